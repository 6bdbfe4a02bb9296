"""Round 55: actors of counts judged across the collected reports (seed 5555).
A time phrase opening the subject (今年上半年, 一年来) says when, not who; a
subject going somewhere (班子成员到所在支部, …带头到…) acted there: the doer is
the phrase before 到 (and before an adverb such as 带头 in front of it).
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- a time phrase opening the subject is no part of the doer
def test_first_half_year_is_no_part_of_the_doer() -> None:
    text = "今年上半年江东省各级纪检机关共处分3200人。"
    assert the_number(text, 3200).actor == "江东省各级纪检机关"


def test_a_year_long_span_is_no_part_of_the_doer() -> None:
    text = "一年来驻村第一书记共走访农户120户。"
    assert the_number(text, 120).actor == "驻村第一书记"


def test_a_doer_without_time_phrase_stays() -> None:  # guard
    text = "江东省各级纪检机关共处分3200人。"
    assert the_number(text, 3200).actor == "江东省各级纪检机关"


# --- 到 names where the doers went: the doer is before it
def test_members_going_to_their_branch() -> None:
    text = "青松县班子成员到所在支部讲党课9次。"
    assert the_number(text, 9).actor == "青松县班子成员"


def test_members_leading_the_way_to_their_branch() -> None:
    text = "领导班子成员带头到所在支部讲党课12次。"
    assert the_number(text, 12).actor == "领导班子成员"


def test_doers_leading_without_going_stay() -> None:  # guard
    text = "党员领导干部带头讲党课23次。"
    assert the_number(text, 23).actor == "党员领导干部"


def test_a_target_before_to_stays() -> None:  # guard
    text = "督导组对柳河镇党委反馈问题18个。"
    assert the_number(text, 18).actor == "督导组"
