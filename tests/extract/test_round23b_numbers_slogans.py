"""Round 23b: counts and slogans of year-end party-building summaries, 述职
reports, 为民办实事 round-ups, 换届 and 党员教育培训 reports, 巡察 feedback and
党纪学习教育 summaries: figures of a 、 run sharing the unit of the last one
(分别查摆问题12、9、7条), training named by 教育培训 (no study session), and
入党积极分子 / 发展对象 read whole as what a count of people names. Every
sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers


def found(text: str, value: float) -> tuple[str | None, str | None]:
    """(object, metric) of the count of ``value`` in ``text``."""
    hits = [n for n in extract_numbers(text) if n.value == value]
    assert hits, text
    return hits[0].object, hits[0].metric


def values(text: str) -> list[tuple[float, str]]:
    return [(n.value, n.unit) for n in extract_numbers(text)]


# --- a 、 run of bare figures shares the unit of the last one, after 分别

@pytest.mark.parametrize("text,expected", [
    ("三个党小组分别检视问题11、8、6条。", [(11, "条"), (8, "条"), (6, "条")]),
    ("两新组织、机关、农村党员占比分别提高2.4、1.1、0.6个百分点。",
     [(2.4, "百分点"), (1.1, "百分点"), (0.6, "百分点")]),
    ("四个乡镇分别发展党员5、3、4、2名。", [(5, "名"), (3, "名"), (4, "名"), (2, "名")]),
])
def test_a_run_of_figures_shares_the_last_unit(text: str, expected: list[tuple[float, str]]) -> None:
    got = values(text)
    for v in expected:
        assert v in got, (text, got)


def test_the_run_takes_the_noun_before_its_first_figure() -> None:
    text = "各支部分别梳理问题13、10、7条。"
    assert [n.object for n in extract_numbers(text) if n.unit == "条"] == ["问题"] * 3
    assert found(text, 13)[1] == "problems_found"


def test_two_figures_joined_by_he_are_unchanged() -> None:
    # (a guard)
    assert values("结案率和办结率同比分别上升4.2和3.9个百分点。") == [(4.2, "百分点"), (3.9, "百分点")]


def test_a_run_without_fenbie_is_no_run() -> None:
    # (a guard: 3、5名 without 分别 is a vague range)
    assert values("每组安排3、5名干部值守。") == [(5, "名")]


# --- 教育培训 names a training

@pytest.mark.parametrize("text,value", [
    ("开展党纪学习教育培训9次。", 9),
    ("全年开展廉政学习教育培训6期。", 6),
])
def test_education_training_is_a_training(text: str, value: float) -> None:
    assert found(text, value)[1] == "trainings"


def test_a_study_session_stays_one() -> None:
    # (a guard)
    assert found("开展党委理论学习中心组学习14次。", 14)[1] == "study_sessions"


# --- 入党积极分子 and 发展对象 are nouns, read whole after a count of people

@pytest.mark.parametrize("text,value,obj", [
    ("年内确定了37名入党积极分子。", 37, "入党积极分子"),
    ("支部新确定22名入党积极分子和9名发展对象。", 22, "入党积极分子"),
    ("支部新确定22名入党积极分子和9名发展对象。", 9, "发展对象"),
])
def test_applicants_are_read_whole(text: str, value: float, obj: str) -> None:
    assert found(text, value) == (obj, "members")
