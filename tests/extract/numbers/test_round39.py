"""Round 39: counts measured on a new random sample of collected reports (seed 39).
Quoted speech that breaks off (“…问题线索2条……”) holds real counts, not a
name; a total opening its clause (，共计30余人参加会议) counts the
people listed in the clause before, not its verb; people gathered (济济一堂) or
taking part online and offline (线上线下) end the people counted; people before a
verb closed by 的 do that relative clause (四位同学带来的微党课); a share
compared with the last term (比上届提高2.4%) is a change of the share before;
review opinions (审核意见) are given, key speeches (重点发言) are speeches.
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number

from reportmine.extract.numbers import extract_numbers


# --- quoted speech holds counts

@pytest.mark.parametrize("text,value,unit", [
    ("“我们共收到该局有关问题线索3条……”近日，县纪委监委向巡察组通报情况。", 3, "条"),
    ("“书面反馈整改报告审核意见60多条……”市委组织部紧盯问题。", 60, "条"),
])
def test_counts_in_quoted_speech(text: str, value: float, unit: str) -> None:
    assert the_number(text, value, unit).value == value


@pytest.mark.parametrize("text", [
    "开展“百名干部进千家”活动。",  # guard: a quoted name holds no count
    "打造“一刻钟微宣讲”品牌。",  # guard
    "“将对5个工作组进行验收。”他说。",  # guard: a quote ending a sentence stays blocked
])
def test_quoted_names_hold_no_count(text: str) -> None:
    assert extract_numbers(text) == []


def test_review_opinions_are_given() -> None:
    n = the_number("“书面反馈整改方案审核意见60多条……”市委组织部紧盯问题。", 60)
    assert n.metric == "opinions_given"


# --- a total opening its clause sums up the people listed before

@pytest.mark.parametrize("text,value,obj", [
    ("队党委委员，全体支部书记、支委及相关科室人员，共计30余人参加会议。", 30, "相关科室人员"),
    ("局领导、各分局负责人和机关干部，共90余人参加了会议。", 90, "机关干部"),
])
def test_total_counts_the_people_listed_before(text: str, value: float, obj: str) -> None:
    n = the_number(text, value)
    assert n.object is not None and n.object.endswith(obj) and n.metric == "participants"


def test_total_after_a_setting_keeps_its_verb() -> None:  # guard
    n = the_number("会上，共计40余人参加会议。", 40)
    assert n.object is not None and n.object.startswith("参加")


def test_total_in_its_own_clause_unchanged() -> None:  # guard
    assert the_number("支部全体成员共计25人参加了培训。", 25).object == "支部全体成员"


# --- words after the people counted that end them

@pytest.mark.parametrize("text,value,obj,metric", [
    ("40余名新老党员济济一堂，重温入党誓词。", 40, "新老党员", None),
    ("支部20余名党员线上线下出席会议。", 20, "党员", "participants"),
])
def test_gathering_and_manner_end_the_people(text: str, value: float, obj: str, metric: str | None) -> None:
    n = the_number(text, value)
    assert n.object == obj
    if metric:
        assert n.metric == metric


def test_online_offline_lectures_keep_their_name() -> None:  # guard
    assert the_number("开展5场线上线下宣讲。", 5).object == "线上线下宣讲"


# --- people before a relative clause's verb do it

def test_people_before_a_relative_verb() -> None:
    assert the_number("学习由甲某、乙某等四位同学带来的党史微党课。", 4).object == "同学"


def test_people_without_a_relative_clause_unchanged() -> None:  # guard
    assert the_number("5名青年突击队员参加。", 5).object == "青年突击队员"


# --- a share compared with the last term

def test_share_compared_with_last_term() -> None:
    n = the_number("一线代表为5120名，占45.2%，比上届提高1.8%。", 1.8)
    assert n.object == "一线代表"


def test_count_compared_with_last_term_is_a_change() -> None:
    n = the_number("本届党代表150名，比上届增加10名。", 10)
    assert n.object == "本届党代表" and n.metric is None


# --- key speeches

def test_key_speeches_are_speeches() -> None:
    assert the_number("4位班子成员作重点发言。", 4).metric == "speeches"
    assert the_number("3名同志作交流发言。", 3).metric == "speeches"  # guard
