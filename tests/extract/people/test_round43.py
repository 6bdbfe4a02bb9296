"""Round 43 (people, titles and org): 束 is a family name in strong frames
(市长束某某); a given name does not take 为 when the text writes the name
elsewhere without it (团长甘某为宣讲团授牌…甘某对学员); 由 + a name + 就 frames
the name (由甲就……作说明); a two-character name holding 科 opens a clause before
a speech verb (。甘科带领大家学习); after 的 an anchor word (英雄) followed by a
frequent word is no name (的英雄史诗); 责任发布 is a credit label.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from lookups import person_names as _names


# --- 束 as a rare family name ----------------------------------------------------

def test_shu_family_name_after_a_post_chain():
    got = titles_by_name("市委书记柯明主持会议。市委副书记、市长束晓岚，市委副书记甘立新出席会议。")
    assert got["束晓岚"] == ["市委副书记", "市长"]


def test_shu_inside_words_gives_no_name():
    assert _names("会议结束后，全体党员约束自己，严守纪律。") == []


# --- a preposition after a given name --------------------------------------------

def test_wei_after_a_name_written_elsewhere_without_it():
    got = titles_by_name("仪式上，市委讲师团团长甘立为宣讲团授牌。授牌后，甘立对宣讲员作培训。")
    assert got == {"甘立": ["市委讲师团团长"]}


def test_given_name_ending_in_wei_stays_when_written_whole():
    got = titles_by_name("县委书记柯大为主持会议。柯大为强调，要加强学习。")
    assert got == {"柯大为": ["县委书记"]}


# --- 由 + name + 就 ----------------------------------------------------------------

def test_you_name_jiu_frames_an_untitled_name():
    assert _names("第二期由柯晓岚就《某某读本》进行推介和交流。") == ["柯晓岚"]


def test_you_body_jiu_gives_no_name():
    assert _names("会议由学校就此事作说明，由大家就问题开展讨论。") == []


# --- 科 in a name opening a clause -------------------------------------------------

def test_ke_name_opening_a_clause_before_a_speech_verb():
    assert _names("活动前，支部开展了集中学习。甘科带领大家共同学习了有关文件。") == ["甘科"]


def test_ke_word_opening_a_clause_is_no_name():
    assert _names("活动前，支部开展集中学习。文科带领大家学习，理科带领大家讨论。") == []


# --- an anchor word modifying a word ----------------------------------------------

def test_hero_epic_after_de_is_no_name():
    assert _names("展馆还原了青岚人民不畏强暴的英雄史诗。全体党员庄严列队。") == []


def test_anchor_before_a_name_still_holds_it():
    assert _names("会上，优秀党员甘立新作交流发言。") == ["甘立新"]


# --- 责任发布 credit ----------------------------------------------------------------

def test_release_credit_label_names_the_editor():
    got = titles_and_roles("开展宣讲90余次，进行督导检查7次。（责任发布：柯晓岚）")
    assert got == {"柯晓岚": ([], ["编辑"])}


def test_release_phrase_inside_a_sentence_is_no_credit():
    assert _names("要压实责任发布工作，做好宣传。") == []
