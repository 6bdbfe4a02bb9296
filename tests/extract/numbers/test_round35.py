"""Round 35 (num): the things counted end at what they got or did, a branch before its
members' meeting is no doer, a bare count after a count of the same unit is a part
of those, and a party congress in Arabic digits is no count.

2项成果获国家级表彰: 获 ends the things counted, like 荣获 and 获评 (获奖 and 收获 are nouns
holding it); 5名专家作报告, 7名学员表现突出, 9个支部脱颖而出, 4个单位入围, 3名书记代表现场发言
likewise, and 深刻 and 着力 are adverbs ending them. 某支部党员大会参加党员32名: the
branch only says whose meeting it is. 反馈问题30个，28个已完成整改: the bare 28个 counts
those problems, done (rectification_done). 中共20大以来, 党的19大精神: the congress.
Every sentence is invented; each failed before its fix but the guards (marked so).
"""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- what the things counted got or did ends them

@pytest.mark.parametrize("text,value,obj", [
    ("青禾区机关工委深化模范机关创建，3项成果获国家级表彰。", 3, "成果"),
    ("青禾区机关工委深化模范机关创建，11项案例获省级推广。", 11, "案例"),
    ("座谈会上，5名专家作报告，分享了基层治理经验。", 5, "专家"),
    ("结业典礼上，8名学员表现突出，被评为优秀学员。", 8, "学员"),
    ("评比中，9个党支部脱颖而出入围最终展示。", 9, "党支部"),
    ("全区共有4个单位入围决赛。", 4, "单位"),
    ("会上，3名党支部书记代表现场发言。", 3, "党支部书记"),
    ("围绕5个方面深刻剖析问题根源。", 5, "方面"),
    ("2个督导组着力用好谈话和查阅两种方式。", 2, "督导组"),
])
def test_round35_object_ends_at_what_they_did(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj
    spans_honest(text)


@pytest.mark.parametrize("text,value,obj", [
    ("学院评出30项获奖成果。", 30, "获奖成果"),      # guard: 获奖 is a noun
    ("青禾中学共有12名获奖学生。", 12, "获奖学生"),   # guard
])
def test_guard_nouns_holding_got(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_guard_work_report_is_no_talk() -> None:  # guard: 工作报告 holds 作报告
    n = one("今年以来，听取工作报告4次。", 4)
    assert n.object == "听取工作报告" and n.metric is None


# --- the branch before its members' meeting

def test_round35_branch_before_its_meeting_is_no_doer() -> None:
    n = one("青禾支部党员大会参加党员32名。", 32)
    assert (n.object, n.actor, n.metric) == ("参加党员", None, "participants")


def test_guard_doer_after_the_meeting() -> None:  # guard: a doer after the meeting stays
    n = one("支部党员大会上，支部书记讲党课1次。", 1)
    assert (n.metric, n.actor) == ("party_lectures", "支部书记")


# --- a bare count after a count of the same unit

@pytest.mark.parametrize("text,value,metric", [
    ("反馈问题30个，28个已完成整改。", 28, "rectification_done"),
    ("查摆问题15条，12条已整改到位，3条正在整改。", 12, "rectification_done"),
])
def test_round35_bare_part_done(text: str, value: float, metric: str) -> None:
    n = one(text, value)
    assert n.metric == metric and n.object is not None and "问题" in n.object


def test_guard_bare_part_not_done() -> None:  # guard: 已采纳 is no deed of the vocabulary
    n = one("收集意见20条，15条已采纳。", 15)
    assert n.metric is None


def test_guard_done_written_out() -> None:  # guard: the verb before the count still decides
    n = one("查摆问题15条，已完成整改12条。", 12)
    assert (n.object, n.metric) == ("完成整改", "rectification_done")


# --- a party congress in Arabic digits

@pytest.mark.parametrize("text", [
    "立案人数创中共20大以来新高。",
    "支部组织学习党的20大精神。",
])
def test_round35_congress_in_digits_is_no_count(text: str) -> None:
    assert [n for n in extract_numbers(text) if n.value == 20] == []


def test_guard_big_kinds_still_counted() -> None:  # guard: 大 counts big kinds
    assert one("青禾县建成3大基地。", 3).unit == "大"
