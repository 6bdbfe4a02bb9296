"""Round 53: counts measured on a new random sample of collected reports (seed 53).
What a cited regulation holds (《条例》中…的8类行为, 《…条例》规定的…八条基本任务)
is its contents, not work done; a 理论学习小组 is a group, not a study session;
分解 is a verb that ends the object after a count, so a repeated mention of the
same measures is one number.
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- the contents of a cited regulation are not counts
def test_kinds_of_conduct_in_a_cited_regulation() -> None:
    text = "王明结合案例逐条对《条例》中违反群众纪律的6类行为作了解读。"
    assert 6 not in number_values(text)


def test_duties_a_cited_regulation_lays_down() -> None:
    text = "各支部书记对照《青河县支部工作条例（试行）》规定的党支部七条基本任务作了汇报。"
    assert 7 not in number_values(text)


def test_duties_the_party_constitution_lays_down() -> None:
    text = "会上，大家重温了党章规定的党员八项义务。"
    assert 8 not in number_values(text)


def test_a_count_after_a_cited_rule_and_a_break_stays() -> None:  # guard
    text = "对照《准则》逐项检视，支部查摆问题9个。"
    assert the_number(text, 9, "个").metric == "problems_found"


def test_people_disciplined_under_a_rule_stay() -> None:  # guard
    text = "按照《条例》规定的程序，给予4名党员党纪处分。"
    assert 4 in number_values(text)


def test_the_layout_of_a_regulation_stays_dropped() -> None:  # guard
    text = "新修订的《条例》共3编158条。"
    assert number_values(text) == []


# --- a theory study group is a group
def test_theory_study_groups_are_groups() -> None:
    text = "全区建立机关青年理论学习小组56个、覆盖900人。"
    assert the_number(text, 56, "个").metric == "groups"


def test_theory_study_sessions_stay_study_sessions() -> None:  # guard
    text = "今年以来，党委开展理论学习12次。"
    assert the_number(text, 12, "次").metric == "study_sessions"


# --- 分解 ends the object after a count
def test_measures_broken_down_are_one_number() -> None:  # guard
    text = "党委制定整改措施42项。随后，党委将42项整改措施分解落实到各科室。"
    assert the_number(text, 42, "项").object == "整改措施"


def test_measures_broken_down_name_the_measures() -> None:
    text = "学院将27项整改措施分解到各支部。"
    assert the_number(text, 27, "项").object == "整改措施"
