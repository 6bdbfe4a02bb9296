"""Titles and slogans, round 23c (people's posts and formulas in meeting
reports): the level of a people's congress kept in the title (镇人大主席,
县人大常委会党组书记), 机关 kept before a party committee after an opener
word (会议由机关党委书记某某主持), committees and their 负责人 as internal
offices that open a mention (妇委会主任, 提案委员会主任, 宣教办负责人), a
quoted phrase opening with a congress ordinal (“十九大精神学习”) read as a
quote and not a count formula, and a list of plenary sessions by their spirit
(某届某次全会精神、…) read as no parallel formula.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_by_name as titles_of


def slogans_of(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in analyze(text).slogans}


@pytest.mark.parametrize("text, name, titles", [
    ("随后，青山镇人大主席林永健作表态发言。", "林永健", ["镇人大主席"]),
    ("会上，县人大主任何建国讲话。", "何建国", ["县人大主任"]),
    ("区人大常委会党组书记、主任严海洋主持会议。", "严海洋", ["区人大常委会党组书记", "主任"]),
    ("会议由机关党委书记钱文彬主持。", "钱文彬", ["机关党委书记"]),
    ("会议由提案委员会主任陶志平主持。", "陶志平", ["提案委员会主任"]),
    ("会议由妇委会主任姜丽华主持。", "姜丽华", ["妇委会主任"]),
    ("组织部副部长郭平、宣教办负责人韩立出席会议。", "韩立", ["宣教办负责人"]),
])
def test_body_before_post_is_kept(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


def test_body_after_another_body_still_left_out() -> None:
    # round 55: 机关 stays with the organ's party group (机关党组书记), the outer body 县人大 stays out
    assert titles_of("县人大机关党组书记柯晓东主持会议。")["柯晓东"] == ["机关党组书记"]


def test_quoted_congress_ordinal_is_no_count_formula() -> None:
    got = slogans_of("支部开展“十九大精神学习”“两学一做”等专题活动。")
    assert got["十九大精神学习"] == "quoted"
    assert got["两学一做"] == "numbered"


def test_plenary_sessions_by_their_spirit_are_no_parallel() -> None:
    text = "会议传达学习了省委九届五次全会精神、市委六届四次全会精神、县委三届八次全会精神。"
    assert not [k for k in slogans_of(text).values() if k == "parallel"]
