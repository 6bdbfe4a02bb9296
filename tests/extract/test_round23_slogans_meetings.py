"""Slogans, meetings and header credits, round 23 (reports of 2023-2025 on
主题教育, 党纪学习教育, 中央八项规定精神学习教育, 二十届三中/四中全会精神,
民主生活会 and 组织生活会): meeting types of these years (党委扩大会 without
议, 专题宣讲会, 宣讲报告会, 报告会, 专题微党课), warning-education films and
cases that name no sitting, a meeting a notice asks for (关于召开…) whose
issuer holds nothing, dates typed with blanks (4 月 26 日), three-character
formulas framed by a shared middle character (跟党走、感党恩、听党话). Header
credits of the round are in tests/parse/test_credits_round23.py.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze


def slogans_of(text: str) -> dict[str, str]:
    """Slogan text -> kind, as the pipeline finds them."""
    return {s.text: s.kind for s in analyze(text).slogans}


def meetings_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, holder, date) of each meeting the pipeline finds."""
    return [(m.type, m.holder, m.date) for m in analyze(text).meetings]


# -- meeting types -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("3月12日上午，青禾县档案馆在二楼会议室召开党委扩大会，专题学习全会精神。",
     ("党委扩大会", "青禾县档案馆", "--03-12")),
    ("9月3日下午，柳溪县直机关工委组织召开专题宣讲会，80余名机关党务干部参会。",
     ("专题宣讲会", "柳溪县直机关工委", "--09-03")),
    ("6月18日，青禾县委宣传部举办宣讲报告会，全县宣讲骨干参加。",
     ("宣讲报告会", "青禾县委宣传部", "--06-18")),
    ("10月9日下午，县农业农村局党支部通过线上方式开展了学习全会精神专题微党课。",
     ("专题微党课", "县农业农村局党支部", "--10-09")),
])
def test_meeting_types_of_recent_reports(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in meetings_of(text)


def test_spreading_a_meeting_spirit_is_no_talk_meeting() -> None:
    text = "5月9日，县文联组织开展宣讲会议精神活动，全体干部参加。"
    assert "宣讲会" not in [t for t, _, _ in meetings_of(text)]


@pytest.mark.parametrize("text", [
    "8月2日，县水务局党支部组织党员集中观看警示教育纪录片，并开展交流研讨。",
    "报告会上，主讲人选取多个典型警示教育案例开展深入剖析。",
    "7月5日，县商务局党支部组织观看警示教育专题片，引导党员筑牢防线。",
])
def test_warning_films_and_cases_name_no_sitting(text: str) -> None:
    assert "警示教育" not in [t for t, _, _ in meetings_of(text)]


def test_the_body_issuing_a_notice_holds_no_meeting() -> None:
    text = ("根据县委组织部关于开展专题党课活动的要求，11月4日下午，县统计局党支部开展专题党课，"
            "全体党员参加。")
    assert meetings_of(text) == [("专题党课", "县统计局党支部", "--11-04")]


def test_a_date_typed_with_blanks() -> None:
    text = "3 月 15 日下午，县图书馆党支部于三楼会议室举办党纪学习教育专题学习会。"
    assert meetings_of(text) == [("专题学习会", "县图书馆党支部", "--03-15")]


# -- slogans -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, formula", [
    ("要教育引导广大青年团员跟党走、感党恩、听党话，争做时代新人。", "跟党走、感党恩、听党话"),
    ("学习全会精神，要知其义、明其理、行其道，切实学懂弄通。", "知其义、明其理、行其道"),
])
def test_three_character_items_framed_by_a_shared_middle(text: str, formula: str) -> None:
    assert slogans_of(text).get(formula) == "parallel"


@pytest.mark.parametrize("text", [
    "会议表彰了周晓明、林晓红、郑晓东三名优秀党员。",
    "邀请马大姐、牛大哥、朱大爷为居民讲述身边故事。",
])
def test_names_sharing_a_middle_character_stay_a_list(text: str) -> None:
    assert not [k for k in slogans_of(text).values() if k == "parallel"]
