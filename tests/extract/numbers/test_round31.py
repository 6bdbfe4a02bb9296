"""Round 31 (num): 成为 a verb, a bare done verb after 已 counts part of the count
before, kind words in a chain, people after a count of cases, 前来 a verb of going.

12名积极分子成为预备党员: 成为 ends the people counted. 问题105条，已整改92条: the
items done are of the problems before. 4大类16个方面: 方面 only names kinds, so the
part before counts what a count right after the kinds names, or nothing. 问题线索2件3人:
the people involved are named nowhere (立案12件15人 keeps its cases filed). 近千人次
前来学习: the people came, what they came for names them. Every sentence is invented;
each failed before its fix but the guards (marked so) of what the fixes must leave.
"""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- 成为 is a verb

def test_people_counted_end_before_becoming():
    text = "会上，青禾支部9名入党积极分子成为预备党员。"
    assert one(text, 9, "名").object == "入党积极分子"
    spans_honest(text)


# --- a bare done verb after 已

def test_done_verb_alone_counts_part_of_the_problems_before():
    n = one("白桦镇共查摆问题87条，已整改65条。", 65, "条")
    assert (n.object, n.metric) == ("查摆问题", "rectification_done")


def test_guard_done_phrase_stays_the_object():
    n = one("巡察组反馈31个问题，已完成整改27个。", 27, "个")
    assert (n.object, n.metric) == ("完成整改", "rectification_done")


def test_guard_measures_done_stay_measures():
    n = one("制定整改措施40项，已完成33项。", 33, "项")
    assert (n.object, n.metric) == ("整改措施", "rectification_done")


def test_guard_done_with_its_own_noun_keeps_it():
    assert one("查摆问题20条，已整改问题18条。", 18, "条").object == "整改问题"


# --- kind words in a chain

def test_chain_ending_in_kinds_names_nothing_for_the_part_before():
    text = "清单涵盖5大类18个方面。"
    assert one(text, 5, "大类").object is None
    assert one(text, 18, "个").object == "方面"
    spans_honest(text)


def test_chain_over_kinds_counts_the_last_noun():
    text = "督导组梳理出3大类11个方面26个问题。"
    assert one(text, 3, "大类").object == "问题"
    assert one(text, 26, "个").metric == "problems_found"


def test_guard_chain_of_tasks_unchanged():
    assert one("涉及7类15项40条重点任务。", 7, "类").object == "重点任务"


# --- people after a count of cases

def test_people_after_leads_are_named_nowhere():
    text = "向区纪委监委移交问题线索4件6人。"
    n = one(text, 6, "人")
    assert (n.object, n.metric) == (None, None)
    assert one(text, 4, "件").metric == "leads_handled"


def test_guard_cases_filed_against_people():
    n = one("今年共立案14件17人。", 17, "人")
    assert (n.object, n.metric) == ("立案", "cases_filed")


def test_guard_people_after_sessions_keep_the_event():
    assert one("开展宣讲9场700人次。", 700, "人次").object == "宣讲"


# --- 前来 is a verb of going

def test_people_who_came_to_study():
    text = "先后有9家单位近千人次前来学习。"
    assert one(text, 1000, "人次").object == "前来学习"
    spans_honest(text)


def test_guard_people_named_before_coming_stay_named():
    assert one("全乡60余名党员前来参观。", 60, "名").object == "党员"
