"""People, titles and roles, round 28: an honorary post is kept whole (永远荣誉会长);
任 after an untitled name is the verb "serves as" (某某任副组长); a rare surname and
one given character stand before 同志 (由云某同志主持); a cue that describes the
people after it (对列席侨胞, 向出席嘉宾) is no act of the person before it; a deputy
post and its head written in one chain are two posts (副董事长、董事长); branches
listed before one post keep their own names (甲党支部、乙党委党支部书记); 寿 is a
family name in a strong frame.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

from lookups import titles_and_roles as people_of, titles_by_name as titles_of


# -- honorary posts ------------------------------------------------------------

def test_lasting_honorary_post_is_kept_whole() -> None:
    titles = titles_of("县侨联召开座谈会，永远荣誉会长邓启帆出席并讲话。")
    assert titles["邓启帆"] == ["永远荣誉会长"]


def test_honorary_post_is_kept_whole() -> None:
    titles = titles_of("市商会召开理事会，荣誉会长邱明远出席。")
    assert titles["邱明远"] == ["荣誉会长"]


def test_plain_post_unchanged() -> None:
    # guard: a post with no honour word stays as it was
    titles = titles_of("市商会召开理事会，会长邱明远出席。")
    assert titles["邱明远"] == ["会长"]


# -- 任 after an untitled name ------------------------------------------------

def test_ren_after_untitled_name_is_the_verb() -> None:
    titles = titles_of("会议成立工作专班，由柯立峰任组长，裴文任副组长。")
    assert titles.get("柯立峰") == ["组长"]
    assert titles.get("裴文") == ["副组长"]
    assert "裴文任" not in titles


def test_ren_after_sentence_opening_name() -> None:
    titles = titles_of("经研究，鲍小川任督导组副组长。")
    assert "鲍小川" in titles and "鲍小川任" not in titles


def test_ren_after_titled_name_unchanged() -> None:
    # guard: a titled name was already read before 任
    titles = titles_of("会议明确，党委副书记翟海任副组长。")
    assert titles["翟海"] == ["党委副书记", "副组长"]


def test_post_ending_in_ren_is_no_verb() -> None:
    # guard: 任 that closes 主任 opens no name reading
    titles = titles_of("外科主任医师蒲建华出席义诊活动。")
    assert titles["蒲建华"] == ["主任医师"]


# -- a rare surname and one given character before 同志 ------------------------

def test_two_character_rare_surname_name_before_tongzhi() -> None:
    people = people_of("座谈会由云岚同志主持，各支部书记参加。")
    assert "云岚" in people and people["云岚"][1] == ["主持"]


def test_group_before_tongzhi_men_is_no_name() -> None:
    # guard: 同志们 after a word is a group (干警同志们), no person
    assert people_of("全体干警同志们要立足岗位作贡献。") == {}


def test_common_word_before_tongzhi_is_no_name() -> None:
    # guard: 党员 is a word, not 党 + 员
    assert people_of("会议要求，党员同志要带头学习。") == {}


# -- a cue describing the people after it ---------------------------------------

def test_attend_cue_after_dui_is_no_role() -> None:
    people = people_of("区侨联召开座谈会，主席韦向东对列席侨胞表示感谢。")
    assert people["韦向东"][1] == []


def test_attend_cue_before_guest_noun_is_no_role() -> None:
    people = people_of("市侨联主席章立言向出席嘉宾表示欢迎。")
    assert "出席" not in people["章立言"][1]


def test_attend_cue_as_act_unchanged() -> None:
    # guard: the person who sits in still gets the role
    people = people_of("区侨联副主席韦向东列席会议。")
    assert people["韦向东"][1] == ["列席"]


# -- a deputy post and its head in one chain ----------------------------------

def test_deputy_and_head_in_one_chain_are_two_posts() -> None:
    titles = titles_of("集团党委委员、副董事长、公司党委书记、董事长吕正阳参加支部组织生活会。")
    assert titles["吕正阳"] == ["党委委员", "副董事长", "公司党委书记", "董事长"]


def test_head_short_form_later_joins_the_deputy_post() -> None:
    # guard: 某某书记 after 党委副书记某某 is the writer's short form, no second post
    titles = titles_of("校党委副书记姜宏出席会议。姜宏书记强调，要抓好整改。")
    assert titles["姜宏"] == ["校党委副书记"]


# -- branches listed before one post ------------------------------------------

def test_listed_branches_keep_their_own_names() -> None:
    titles = titles_of("由学院红杉党支部、党政办机关党委党支部书记甄一鸣讲专题党课。")
    assert titles["甄一鸣"] == ["学院红杉党支部书记", "党政办机关党委党支部书记"]


def test_shared_office_after_bodies_unchanged() -> None:
    # guard: a level's bodies still share the office written after the last one
    titles = titles_of("县委、县政府督查室主任郎立群出席。")
    assert titles["郎立群"] == ["县委督查室主任", "县政府督查室主任"]


# -- 寿 as a family name --------------------------------------------------------

def test_shou_family_name_after_a_post() -> None:
    people = people_of("院长柏文主持，副校长寿思源出席并点评。")
    assert "寿思源" in people and people["寿思源"][0] == ["副校长"]


def test_shou_place_is_no_name() -> None:
    # guard: a place opening with 寿 before a post is no person
    people = people_of("寿县县委书记柏文出席。")
    assert list(people) == ["柏文"]
