"""Round 42 organizations (a seed-42 sample of 50 collected reports): the mode
of an inspection round written in brackets inside the group's name
(市委第五提级(交叉)巡察组, 县委第二(机动)巡察组) belongs to the name, as a
unit's other legal form does (省局(公司)第四督导组). Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("11月3日,青岚市文旅局党组就市委第三提级(交叉)巡察组反馈意见召开整改推进会。",
     "市委第三提级(交叉)巡察组"),
    ("近日,县委第二(机动)巡察组进驻青岚镇开展巡察。", "县委第二(机动)巡察组"),
    ("区委第三（专项）巡察组向区水务局党组反馈巡察情况。", "区委第三（专项）巡察组"),
])
def test_bracketed_round_mode_stays_in_group_name(text: str, expected: str) -> None:
    assert expected in names(text)


def test_bracketed_mode_takes_no_lone_parent() -> None:
    found = names("11月3日,青岚市文旅局党组就市委第三提级(交叉)巡察组反馈意见召开整改推进会。")
    assert "市委" not in found


def test_legal_form_bracket_unchanged() -> None:
    assert "省局(公司)第四督导组" in names("省局(公司)第四督导组到青岚分局检查指导。")


@pytest.mark.parametrize("text, expected", [
    ("市委第三巡察组(交叉)组长王某某出席会议。", "市委第三巡察组"),
    ("青岚县开展交叉巡察,县委第一巡察组进驻县林业局。", "县委第一巡察组"),
])
def test_mode_outside_the_name_unchanged(text: str, expected: str) -> None:
    assert expected in names(text)


def test_mode_bracket_before_other_ending_joins_nothing() -> None:
    found = names("学校(交叉)党支部开展活动。")
    assert "学校(交叉)党支部" not in found
