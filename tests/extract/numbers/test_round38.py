"""Round 38: what a head count of people and its clause name, measured on a
random sample of collected reports. A body, place or time word before 的 owns
the people a person unit counts, who are the head after it (2名青山学院的委员
候选人, 四名本年度的优秀党员); adverbs of many doers acting in turn (纷纷, 相继)
end the bodies counted before them; the order words of a report (首先, 接着)
open a clause and are no part of its doer; where the people come from (来自…的)
qualifies the clause's subject, so the verb after the count gives its metric;
and a clause opening with who attended (出席会议的有…) makes the people listed
participants. Every sentence is invented; each failed before its fix, but the
guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number


# --- a body, place or time word before 的 owns the people counted

@pytest.mark.parametrize("text,value,obj", [
    ("会议还对3名青岚学院的委员候选人进行了民主测评。", 3, "委员候选人"),
    ("支部评选出四名本年度的优秀党员。", 4, "优秀党员"),
    ("表彰了5名县委办公室的优秀党员。", 5, "优秀党员"),
])
def test_owner_before_de_is_no_person(text: str, value: float, obj: str) -> None:
    assert the_number(text, value).object == obj


@pytest.mark.parametrize("text,value,obj", [
    ("大家学习了3名同志的先进事迹。", 3, "同志"),
    ("走访慰问5名支部书记的家属。", 5, "支部书记"),
])
def test_guard_people_before_de_are_counted(text: str, value: float, obj: str) -> None:
    # (a guard: people before 的 own the thing after it and are what is counted)
    assert the_number(text, value).object == obj


def test_guard_owner_of_things_by_ge() -> None:
    # (a guard: by 个 the units before 的 are counted, not the work after it)
    assert the_number("督查了两个被巡察单位的整改工作。", 2).object == "被巡察单位"


# --- adverbs of many doers acting in turn end the bodies counted

@pytest.mark.parametrize("text,value", [
    ("全镇16个党支部纷纷开展主题党日活动。", 16),
    ("青岚街道9个党支部相继召开组织生活会。", 9),
])
def test_adverb_in_turn_ends_bodies(text: str, value: float) -> None:
    n = the_number(text, value)
    assert (n.object, n.metric) == ("党支部", "branches")


# --- order words open a clause, no part of its doer

@pytest.mark.parametrize("text,value", [
    ("首先支部班子从七个方面进行了剖析。", 7),
    ("接着支部班子从五个方面进行了剖析。", 5),
])
def test_order_word_is_no_doer(text: str, value: float) -> None:
    assert the_number(text, value).actor == "支部班子"


# --- where the people come from qualifies the subject

def test_origin_clause_keeps_following_verb_metric() -> None:
    n = the_number("来自全县各单位的60名党员干部参加了培训。", 60)
    assert (n.object, n.metric) == ("党员干部", "participants")


def test_guard_origin_clause_after_verb_is_object() -> None:
    # (a guard: after a verb the people are its object, and keep their kind)
    assert the_number("邀请来自各单位的6名党员干部参加。", 6).metric == "members"


# --- a clause opening with who attended

@pytest.mark.parametrize("text", [
    "出席本次会议的有支部党员、预备党员共25人。",
    "参加会议的有机关党员、入党积极分子共31人。",
])
def test_attended_by_makes_participants(text: str) -> None:
    value = 25 if "25" in text else 31
    assert the_number(text, value).metric == "participants"


def test_guard_people_listed_without_attendance() -> None:
    # (a guard: with no participation verb the people listed keep their kind)
    assert the_number("支部现有党员、预备党员共25人。", 25).metric == "members"
