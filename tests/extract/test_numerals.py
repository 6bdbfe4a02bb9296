"""Counted numerals: values, hedges, units and refusals, on invented sentences."""
from __future__ import annotations

import pytest

from reportmine.extract.numerals import convert, find_numerals


@pytest.mark.parametrize("token, value", [
    ("30", 30), ("1.5", 1.5), ("1,200", 1200), ("１２", 12),
    ("十", 10), ("十一", 11), ("两百", 200), ("一千二百", 1200), ("百", 100),
])
def test_convert(token: str, value: float) -> None:
    assert convert(token) == value


def test_convert_refuses_non_numbers() -> None:
    assert convert("点") is None


def test_values_with_multipliers_hedges_and_units() -> None:
    text = "共有党员1.2万名，筹集资金900余万元，开展活动十余次，覆盖率达98.71%，约30人到会。"
    got = [(n.value, n.unit, n.approx) for n in find_numerals(text)]
    assert got == [(12000, "名", None), (9000000, "元", "余"), (10, "次", "余"),
                   (98.71, "%", None), (30, "人", "约")]


def test_spans_cover_hedge_numeral_and_unit() -> None:
    text = "参加培训100人左右，近百名党员参加。"
    spans = [text[n.start:n.end] for n in find_numerals(text)]
    assert spans == ["100人左右", "近百名"]


def test_quotes_and_protected_spans_block() -> None:
    text = "开展“五个一”活动3次。"
    assert [n.value for n in find_numerals(text)] == [3]
    at = text.index("3次")
    assert find_numerals(text, [(at, at + 1)]) == []


@pytest.mark.parametrize("text", [
    "报告会分三部分进行阐述。",
    "讲座从两部分展开。",
    "会议由两部门领导共同主持。",
    "市纪委监委与市委组织部等三部门联合开展督查。",
])
def test_parts_and_departments_are_no_count_of_works(text: str) -> None:
    assert [c for c in find_numerals(text) if c.unit == "部"] == []


def test_works_counted_in_bu_stay() -> None:
    assert [c.value for c in find_numerals("组织观看红色影片3部。")] == [3]


@pytest.mark.parametrize("text, value, approx, unit", [
    # 上 hedges a bare round numeral (上千, 上百, 上万) like 近 does
    ("活动吸引上千名党员群众参与。", 1000, "上", "名"),
    ("全镇上百人报名参加志愿服务。", 100, "上", "人"),
    # 例 counts cases
    ("支部选送5例优秀案例参加评选。", 5, None, "例"),
])
def test_round_hedge_and_case_unit(text: str, value: float, approx: str | None, unit: str) -> None:
    found = [(c.value, c.approx, c.unit) for c in find_numerals(text)]
    assert found == [(value, approx, unit)]


@pytest.mark.parametrize("text", [
    "会上3名党员作交流发言。",   # 上 ends 会上 here: no hedge of 3
])
def test_shang_hedges_only_round_numerals(text: str) -> None:
    assert [c.approx for c in find_numerals(text)] == [None]


@pytest.mark.parametrize("text", [
    "认真贯彻市十四届人大五次会议精神。",   # a session's number, the body between 届 and it
    "学习十三届全国人大四次会议精神。",
    "家住28号楼2单元302户的老党员。",      # a flat's number in an address
])
def test_session_numbers_and_flat_numbers_are_no_counts(text: str) -> None:
    assert find_numerals(text) == []
