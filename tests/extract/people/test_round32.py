"""Round 32 (people): posts of a lecture team (宣讲团成员), 作宣讲报告 as a
speech verb, a post taken after 同志 (and a place phrase), and posts given one
to each name by 分别.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name


# --- a lecture team is a body written inside its member's post -------------

def test_lecture_team_member_keeps_the_team():
    got = titles_by_name("市委宣讲团成员、市委党校副校长钟立川作宣讲报告。")
    assert got["钟立川"] == ["市委宣讲团成员", "市委党校副校长"]


def test_lecture_team_member_across_a_comma():
    got = titles_by_name("青禾县直机关宣讲团成员，县人社局党组成员、副局长范志远作宣讲报告。")
    assert "宣讲团成员" in got["范志远"] and "副局长" in got["范志远"]
    assert "成员" not in got["范志远"]


def test_lecturers_team_head_keeps_the_team():
    assert titles_by_name("省委讲师团团长裘明远作辅导报告。")["裘明远"] == ["省委讲师团团长"]


def test_party_group_member_unchanged():
    # guard: a party group's member post stays as before
    assert titles_by_name("党组成员、副主任崔立平出席会议。")["崔立平"] == ["党组成员", "副主任"]


# --- 作宣讲报告 and 作专题宣讲 mark an untitled name before them --------------

def test_name_after_a_body_before_lecture_report():
    got = titles_and_roles("区委宣讲团成员、区委党校闵雪妍作宣讲报告。")
    assert "闵雪妍" in got


def test_untitled_name_before_special_lecture():
    assert "闵雪妍" in titles_and_roles("会议邀请市委党校闵雪妍作专题宣讲。")


def test_no_name_before_lecture_verb_after_a_group():
    # guard: a group word before the verb names nobody
    assert titles_and_roles("各支部书记率先作专题辅导。") == {}


# --- a post taken after 同志 -------------------------------------------------

def test_bare_post_after_comrade_unchanged():
    # guard: 某某同志任某职。 with no place phrase stays untitled (pd98's gold)
    assert titles_by_name("会议宣布，梁启航同志任组长。")["梁启航"] == []


def test_post_after_comrade_modifies_a_group():
    assert titles_by_name("成立由梁启航同志任组长的领导小组。")["梁启航"] == ["组长"]


def test_quoted_post_after_comrade_and_a_place():
    got = titles_by_name("县卫健局选派梁启航同志到青禾镇卫生院任“业务院长”。")
    assert got["梁启航"] == ["业务院长"]


def test_post_after_comrade_and_a_village():
    assert titles_by_name("选派梁启航同志到柳溪村任第一书记。")["梁启航"] == ["第一书记"]


def test_post_after_comrade_must_close_its_clause():
    # guard (round 27): a post followed by 以来 speaks of a time
    assert titles_by_name("梁启航同志担任支部书记以来，工作扎实。")["梁启航"] == []


def test_post_after_another_name_is_not_the_first_names():
    # 同志 of a second name in the gap: that name is the verb's subject, not the first
    got = titles_by_name("梁启航同志宣读了关于秦向东同志任组长的决定。")
    assert got["梁启航"] == []
    assert got["秦向东"] == ["组长"]


# --- 分别 gives the posts after the verb one to each name -----------------------

def test_respective_posts_in_order():
    got = titles_by_name("党委书记翁立群、院长柯长青分别任组长、副组长。")
    assert got["翁立群"] == ["党委书记", "组长"]
    assert got["柯长青"] == ["院长", "副组长"]


def test_respective_posts_with_a_body():
    got = titles_by_name("县委书记翁立群、县长柯长青分别担任领导小组组长、第一副组长，负责全面工作。")
    assert got["翁立群"] == ["县委书记", "领导小组组长"]
    assert got["柯长青"] == ["县长", "第一副组长"]


def test_respective_single_post_is_everyones():
    got = titles_by_name("副书记翁立群、柯长青分别任副组长。")
    assert got["翁立群"] == ["副书记", "副组长"]
    assert got["柯长青"] == ["副书记", "副组长"]


def test_respective_holders_of_a_meeting_unchanged():
    # guard: 分别由 … 主持 pairs each post written before its name
    got = titles_and_roles("两场会议分别由县委书记翁立群、县长柯长青主持。")
    assert got["翁立群"] == (["县委书记"], ["主持"])
    assert got["柯长青"] == (["县长"], ["主持"])
