"""Round 40: counts measured on a new random sample of collected reports (seed 40).
A share opening its clause is a share of the noun after it (，70%的问题线索来自…,
，65%以上线索来自…); the parts of a whole listed before 分别占 each take their
own share, in order; a personal name closing a list before 等 makes the list part
of the people counted, not their doer; an enumerator (二是) opening a clause is
no part of the doer; a participation verb before a count of bodies governs the
people counted right after it (覆盖30个党支部682名党员); 评议 after the people
counted ends them. Every sentence is invented; each failed before its fix, but the
guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number

from reportmine.extract.numbers import extract_numbers


# --- a share opening its clause

@pytest.mark.parametrize("text,value,obj,approx", [
    ("县纪委监委审查的案件中，60%的问题线索来自巡察。", 60, "问题线索", None),
    ("在全区立案审查的案件中,75%以上线索来自群众来信。", 75, "线索", "以上"),
])
def test_a_share_opening_its_clause_is_of_the_noun_after(text: str, value: float, obj: str,
                                                         approx: str | None) -> None:
    n = the_number(text, value, "%")
    assert (n.object, n.approx) == (obj, approx)


@pytest.mark.parametrize("text,value,obj", [
    ("其中,80%以上来自基层。", 80, None),  # guard: a verb after the hedge names no noun
    ("全乡参学率达到100%。", 100, "全乡参学率"),  # guard: a rate named before
])
def test_shares_named_otherwise_stay(text: str, value: float, obj: str | None) -> None:
    assert the_number(text, value, "%").object == obj


# --- the parts of a whole after 分别占

def test_each_part_listed_before_respectively_takes_its_share() -> None:
    hits = extract_numbers("今年新发展会员120名,其中,青年教师、女性、少数民族分别占41.5%、52.3%、8.6%。")
    assert [(n.value, n.object) for n in hits if n.unit == "%"] == [
        (41.5, "青年教师"), (52.3, "女性"), (8.6, "少数民族")]


def test_a_part_lead_opens_no_item() -> None:
    hits = extract_numbers("参训学员中,其中男性、女性分别占55%、45%。")
    assert [n.object for n in hits if n.unit == "%"] == ["男性", "女性"]


@pytest.mark.parametrize("text,obj", [
    ("全镇村级、社区党组织分别有26个、9个。", "社区党组织"),  # guard: a head shared by the items
    ("全镇机关、学校党组织覆盖率分别达97%、93%。", "学校党组织覆盖率"),  # guard: a rate reached
])
def test_a_shared_head_stays_on_every_figure(text: str, obj: str) -> None:
    assert {n.object for n in extract_numbers(text)} == {obj}


# --- people listed before 等

def test_a_name_closing_the_list_makes_it_no_doer() -> None:
    n = the_number("站长刘海平、党委书记赵永刚等近30名党员同志参会。", 30, "名")
    assert (n.actor, n.approx, n.metric) == (None, "近", "participants")


def test_a_doer_before_its_verb_stays() -> None:  # guard
    n = the_number("全县处级党员领导干部讲党课30余次。", 30, "次")
    assert n.actor == "全县处级党员领导干部"


# --- an enumerator opening a clause

def test_an_enumerator_is_no_part_of_the_doer() -> None:
    n = the_number("会议通报了典型案例,一是市纪委监委公开通报六起违纪典型问题。", 6, "起")
    assert n.actor == "市纪委监委"


# --- a count of bodies between the verb and the people

def test_a_verb_before_a_body_count_governs_the_people_after_it() -> None:
    n = the_number("全年开展宣讲15场,覆盖12个党支部305名党员。", 305, "名")
    assert (n.object, n.metric) == ("党员", "participants")


def test_a_body_count_after_a_plain_verb_leaves_members() -> None:  # guard
    assert the_number("全镇有12个党支部305名党员。", 305, "名").metric == "members"


# --- 评议 ends the people counted

def test_judging_ends_the_people_counted() -> None:
    assert the_number("经过民主评议,16名党员评议为优秀。", 16, "名").object == "党员"


def test_a_judging_before_the_count_stays_its_object() -> None:  # guard
    assert the_number("支部开展民主评议2次。", 2, "次").object == "民主评议"
