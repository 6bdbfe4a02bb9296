"""Round 51: counts measured on a new random sample of collected reports (seed 51).
A plan drawn up (工作计划, 学习计划, 年度计划) is a document, not the modal 计划 that
makes a count a target, so 制定工作计划3份 is a count; 上下游 (产业上下游企业) and
市级组织 (县级组织) are nouns, so the object is not cut at 上下 or 组织. Every
sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- the name of a plan drawn up is no target word
def test_work_plans_drawn_up_are_counted() -> None:
    text = "年初，各党支部共制定工作计划12份。"
    assert the_number(text, 12, "份").object == "工作计划"


def test_study_plans_drawn_up_are_counted() -> None:
    text = "青石镇党委为每名党员制定个人学习计划，共制定学习计划46份。"
    assert 46 in number_values(text)


def test_tasks_of_an_annual_plan_are_counted() -> None:
    text = "今年以来，红枫社区落实年度计划中的7项重点任务。"
    assert the_number(text, 7, "项").object == "重点任务"


def test_a_planned_count_stays_a_target() -> None:  # guard
    text = "支部计划开展集中学习4次。"
    assert 4 not in number_values(text)


def test_a_plan_for_the_whole_year_stays_a_target() -> None:  # guard
    text = "全年计划完成培训3次。"
    assert 3 not in number_values(text)


def test_a_floor_set_by_a_study_plan_stays_a_target() -> None:  # guard
    text = "按照学习计划要求，开展集中学习不少于4次。"
    assert 4 not in number_values(text)


# --- nouns holding an end or light word
def test_upstream_and_downstream_firms_stay_whole() -> None:
    text = "与9个职能部门、17个产业上下游企业开展党建联建。"
    assert the_number(text, 17, "个").object == "产业上下游企业"


def test_city_level_organizations_stay_whole() -> None:
    text = "会上通报了全省五个市级组织换届情况。"
    assert "市级组织" in the_number(text, 5, "个").object


def test_a_light_zuzhi_before_a_count_still_goes() -> None:  # guard
    text = "全县组织10个小组开展宣讲。"
    assert the_number(text, 10, "个").object == "小组"
