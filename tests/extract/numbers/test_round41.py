"""Round 41: counts measured on a new random sample of collected reports (seed 41).
When the length limit cuts the phrase before a count, a well-known person's name
cut through is kept whole (学习习|近平… -> 习近平…), and the phrase opens neither
at a joiner (以及) nor at the 以上 of a rank cut off; a bare 有 opening the clause
of a count names nothing (…中，有村级党组织40个); a personal name, with or
without a post, before 等 and a head count names only the first of the people
counted, so the count names nothing (as 某某一行4人). Every sentence is invented;
each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number


# --- a known name cut by the length limit

def test_a_known_name_cut_by_the_limit_is_kept_whole() -> None:
    text = "一是落实制度。集中学习习近平总书记重要论述和重要回信贺信精神150多次。"
    n = the_number(text, 150, "次")
    assert n.object == "习近平总书记重要论述和重要回信贺信精神"
    assert (n.approx, n.metric) == ("多", "study_sessions")


def test_a_short_phrase_with_the_name_stays() -> None:  # guard
    n = the_number("集中学习习近平总书记重要讲话精神30次。", 30, "次")
    assert n.object == "集中学习习近平总书记重要讲话精神"


# --- a joiner or 以上 where the limit cuts

@pytest.mark.parametrize("text,value,obj", [
    ("会上，镇机关干部、驻村工作队员和入党积极分子以及部分村民小组组长和党员代表共48人参加。", 48,
     "部分村民小组组长和党员代表"),
    ("青禾县农业农村局机关中层以上管理人员及各二级单位主要负责人共60余人参加。", 60,
     "管理人员及各二级单位主要负责人"),
])
def test_a_phrase_cut_by_the_limit_opens_at_no_joiner(text: str, value: float, obj: str) -> None:
    assert the_number(text, value, "人").object == obj


def test_a_short_list_with_a_joiner_stays() -> None:  # guard
    assert the_number("支部党员以及入党积极分子共26人参加。", 26, "人").object == "支部党员以及入党积极分子"


# --- a bare 有 opening the clause

@pytest.mark.parametrize("text,value,unit,obj", [
    ("全县1200个基层党组织中，有村级党组织640个，社区党组织85个。", 640, "个", "村级党组织"),
    ("活动期间，有青年志愿者近300人参与服务。", 300, "人", "青年志愿者"),
])
def test_a_bare_you_opening_the_clause_names_nothing(text: str, value: float, unit: str, obj: str) -> None:
    assert the_number(text, value, unit).object == obj


@pytest.mark.parametrize("text,value,obj", [
    ("全镇有农村党组织32个。", 32, "农村党组织"),  # guard: an owner before 有
    ("镇有关部门负责人14人参加。", 14, "镇有关部门负责人"),  # guard: 有关 is a word
])
def test_you_in_a_word_or_after_an_owner_stays(text: str, value: float, obj: str) -> None:
    unit = "人" if "人" in text else "个"
    assert the_number(text, value, unit).object == obj


# --- a leader's name before 等 and a head count

@pytest.mark.parametrize("text,value", [
    ("县委常委柳青云等9人参加了调研。", 9),
    ("村党支部书记郑晓帆等6人到场指导。", 6),
    ("欧阳林等3人作交流发言。", 3),
])
def test_a_name_before_etc_names_no_people_counted(text: str, value: float) -> None:
    assert the_number(text, value, "人").object is None


@pytest.mark.parametrize("text,value,obj", [
    ("退休干部、老党员等25人参加。", 25, "老党员"),  # guard: people named by kind
    ("全体教师等130人参加。", 130, "全体教师"),  # guard
])
def test_kinds_of_people_before_etc_stay(text: str, value: float, obj: str) -> None:
    assert the_number(text, value, "人").object == obj
