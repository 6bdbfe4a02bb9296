"""Round 49 (precision): counts drawn at random from every collected report (seed
4949) and judged one by one. A count in a clause of 预计 (expected) is a forecast,
not work done; a 等 right after a count that closes a list of counts leaves the
object before the figure. Every sentence is invented; each failed before its fix,
but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number

from reportmine.extract.numbers import extract_numbers


def _counts(text: str) -> list[tuple[float, str]]:
    return [(n.value, n.unit) for n in extract_numbers(text)]


# --- 预计: a forecast
def test_an_expected_head_count_is_no_count() -> None:
    text = "元宵节期间，在东湖灯会现场预计有60名志愿者开展游园指引服务。"
    assert _counts(text) == []


def test_expected_person_times_are_no_count() -> None:
    text = "今年暑假，全县将开展志愿服务活动300余项，预计参与志愿者1.8万余人次。"
    assert (18000, "人次") not in _counts(text)


def test_a_count_done_before_the_forecast_stays() -> None:  # guard
    text = "已完成整改问题18个，预计年底前全部完成。"
    assert _counts(text) == [(18, "个")]


def test_a_done_count_beside_a_forecast_clause_stays() -> None:  # guard
    text = "本次活动共有45名志愿者参加，下一步预计扩展服务范围。"
    assert the_number(text, 45, "名").metric == "participants"


# --- 等 closing a list of counts
def test_a_closing_deng_leaves_the_object_before() -> None:
    text = "查处违规收送礼金32起、大办婚丧喜庆17起等。"
    n = the_number(text, 17, "起")
    assert n.object == "大办婚丧喜庆"
    assert "等" not in n.text


def test_a_closing_deng_after_problems_keeps_their_metric() -> None:
    text = "座谈中收集问题23个等。"
    assert the_number(text, 23, "个").metric == "problems_found"


def test_deng_before_a_noun_still_names_the_object_after() -> None:  # guard
    text = "开展法治讲座12场等活动。"
    assert the_number(text, 12, "场").object == "活动"
