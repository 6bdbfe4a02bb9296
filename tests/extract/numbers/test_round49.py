"""Round 49: counts measured on a new random sample of collected reports (seed 49).
A trailing agent mark (12个单位[所]开展的工作) is no part of the units counted; the
items before 分别为 name each figure after it (A和B分别为9起和6起); an event count
after a bare 先后 reads its object behind the adverbial (先后4次[对…]作出批示); a
comparison right after a count (其中8项[优于]…) leaves the object to the things
named before; people who came (前来学习) or gathered (济济一堂) take part; and a
summoned talk (约谈) of discipline work counts people held to account. Every
sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- the agent mark 所
def test_an_agent_mark_ends_the_units_counted() -> None:
    assert the_number("督导组对9个科室所开展的工作逐一检查。", 9, "个").object == "科室"


def test_a_station_named_with_suo_stays() -> None:  # guard
    assert the_number("全县15个新时代文明实践所组织志愿者开展宣讲。", 15, "个").object == "新时代文明实践所"


def test_a_police_station_stays() -> None:  # guard
    assert the_number("检查组查看了4个派出所开展的普法活动。", 4, "个").object == "派出所"


# --- items before 分别为
def test_items_before_respectively_name_each_figure() -> None:
    text = "全年受理信访举报和处置问题线索分别为91起和66起。"
    assert the_number(text, 66, "起").object == "处置问题线索"
    assert the_number(text, 91, "起").object.endswith("受理信访举报")


def test_respective_items_take_their_own_metric() -> None:
    text = "支部查摆问题和整改措施分别为14个和23条。"
    assert the_number(text, 14, "个").metric == "problems_found"
    assert the_number(text, 23, "条").metric == "rectification_measures"


def test_shares_after_respectively_stay() -> None:  # guard
    text = "其中男性、女性分别占52.5%、47.5%。"
    assert the_number(text, 47.5, "%").object == "女性"


# --- a bare adverb before an event count
def test_an_event_after_a_bare_adverb_is_read_behind_the_adverbial() -> None:
    text = "镇党委书记主持会议3次，先后5次对整改工作作出批示。"
    assert the_number(text, 5, "次").object == "批示"


# --- a comparison after a count
def test_a_comparison_leaves_the_object_before() -> None:
    assert the_number("全年16项考核指标全部达标，其中9项优于全市平均。", 9, "项").object == "考核指标"


# --- people who came or gathered
def test_people_who_came_to_learn_take_part() -> None:
    assert the_number("开放以来，600余人次前来学习。", 600, "人次").metric == "participants"


def test_people_gathered_take_part() -> None:
    assert the_number("30余名老党员济济一堂，共话初心。", 30, "名").metric == "participants"


# --- a summoned talk
def test_people_summoned_to_a_talk_are_held_to_account() -> None:
    assert the_number("县纪委约谈相关单位负责人7人。", 7, "人").metric == "disciplined"


def test_a_preventive_integrity_talk_is_no_discipline() -> None:  # guard
    assert the_number("对新任职干部开展廉政约谈42人。", 42, "人").metric is None
