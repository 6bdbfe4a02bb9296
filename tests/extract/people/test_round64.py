"""Round 64 (people): posts and names that whole reports of the genre showed lost.
A post chain whose last item is a rank written with its school (宣讲团成员、某大学
某学院教授某某) keeps its posts before the name, as a bare rank does
(titles._past_chain_ranks, chain_rank_units in person_cues.json); a list of names
closed by a count in 位 (甲、乙和丙3位优秀的获奖者) names people with no head noun
after the count (list_count_re in lexicon.py).

Invented sentences in the genre; made-up schools and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- a rank with its school closing a post chain ----------------------------------------------------

def test_member_post_before_a_school_and_rank():
    text = "会议邀请了省委宣讲团成员、东岭理工大学马克思主义学院教授温启航作专题辅导报告。"
    assert titles_by_name(text) == {"温启航": ["省委宣讲团成员"]}
    # a school and rank with no post before them still give no title
    assert titles_by_name("会议邀请了北林农业大学经济学院教授祁远山作报告。") == {"祁远山": []}


def test_two_posts_before_a_school_and_rank():
    text = "市政协常委、原市人大常委会副主任、南江师范大学文学院教授卢思源作首场辅导报告。"
    assert titles_by_name(text) == {"卢思源": ["政协常委", "原市人大常委会副主任"]}


def test_party_school_and_researcher():
    text = "县委常委、宣传部部长、市委党校研究员费晓岚出席会议并讲话。"
    assert titles_by_name(text) == {"费晓岚": ["县委常委", "宣传部部长"]}


# --- a list of names closed by a count in 位 ------------------------------------------------------

def test_list_with_count_and_modified_head():
    text = "活动开始后,邹明轩、柯雨和简一帆3位优秀的获奖者分别分享了读书心得。"
    assert sorted(_names(text)) == sorted(["邹明轩", "柯雨", "简一帆"])


def test_list_with_chinese_count_and_unlisted_head():
    text = "随后,蒋文韬、骆晴两位获奖选手谈了参赛体会。"
    assert sorted(_names(text)) == sorted(["蒋文韬", "骆晴"])
    assert _names("东城、西城和南城3位一体推进改革。") == []  # 三位一体: no count of people
