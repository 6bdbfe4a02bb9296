"""find_unit, round 66: a development zone named by its place's stem after a
purpose clause and a time phrase is the subject, before any guest's body
heading a post; a place followed by 多家 (or a name holding it) opens a
round-up of many bodies, no one unit; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_zone_after_purpose_clause_and_time() -> None:
    text = ("为贯彻落实县委全会精神，9月12日上午，泾阳经济开发区召开全体干部大会，"
            "会议由开发区党工委书记韩某主持，县委常委、产业园区管委会主任罗某出席会议并讲话。\n"
            "会上部署了四季度重点工作。")
    assert unit(None, text) == "泾阳经济开发区"


def test_industrial_park_after_purpose_clause_and_date() -> None:
    text = ("为落实县委经济工作会议精神，5月6日下午，蒲城工业园区召开企业服务推进会，"
            "县委常委、物流园区管委会主任郑某出席会议并讲话。\n"
            "会议通报了企业服务情况。")
    assert unit(None, text) == "蒲城工业园区"


def test_place_before_many_bodies_is_a_round_up() -> None:
    text = ("为迎接建党节，深入学习党的创新理论，兰州市多家医疗机构举行表彰大会。\n"
            "7月1日，某医院举行表彰大会，表彰了优秀共产党员。")
    assert unit(None, text) is None


def test_name_holding_many_bodies_is_a_round_up() -> None:
    text = ("为迎接建党节，西宁市多家医院举行表彰大会。\n"
            "会上表彰了一批优秀共产党员。")
    assert unit(None, text) is None
