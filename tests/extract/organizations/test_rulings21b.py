"""Organizations of round 21b: a grade written in digits opens a student
body's name (2020级…团支部), a street named after a road named after a city
(扬州道街道), a person joined by 和 to a body is no place, the field word 交运,
and a street's committee written with 政府 (a street has no government).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations, leading_place


def kinds(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # a grade (year of entry in digits, 2 or 4 of them) opens the name
    ("2020级行政管理团支部开展主题团日活动。", [("2020级行政管理团支部", "branch")]),
    ("近日，18级测绘2班团支部召开专题组织生活会。", [("18级测绘2班团支部", "branch")]),
    ("5月6日,2021级园林一班团支部在教室召开会议。", [("2021级园林一班团支部", "branch")]),
    # a school's name before the grade belongs to the name as well
    ("文学院2022级汉语言文学团支部召开会议。", [("文学院2022级汉语言文学团支部", "branch")]),
])
def test_a_grade_in_digits_opens_the_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, place", [
    # a road named after a city, then the street named after the road: one street
    ("扬州道街道召开巡察整改推进会", "扬州道街道"),
    ("区委巡察组对扬州道街开展巡察", ""),
    ("扬州道街及所属社区开展巡察", "扬州道街"),
    # a plain chain of places is read as before
    ("青石县开展主题教育", "青石县"),
])
def test_a_street_named_after_a_road(text: str, place: str) -> None:
    assert text[:leading_place(text)] == place


@pytest.mark.parametrize("text, expected", [
    # a person, 和, then a body: the body alone
    ("巡回指导组李明、周立和市林业局党委委员王红到会指导。",
     [("市林业局党委", "party_committee")]),
    ("陈建国和县委组织部同志参加。", [("县委组织部", "unit")]),
    # a place named with 和 stays whole
    ("太和县委召开专题会议。", [("太和县委", "party_committee")]),
    ("，上和村党支部召开组织生活会。", [("上和村党支部", "branch")]),
])
def test_a_name_joined_by_he_before_a_level_is_no_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_jiaoyun_is_a_field_word() -> None:
    # 交运 (交通运输 written short) opens the branch's name; 交 alone is a stop
    assert kinds("交运第三学生党支部召开组织生活会。") == [("交运第三学生党支部", "branch")]


@pytest.mark.parametrize("text, expected", [
    # a street has no government: only its committee
    ("西湖街道党工委政府高度重视整改工作。", [("西湖街道党工委", "party_committee")]),
    # a town has one
    ("桃源镇党委政府高度重视整改工作。", [("桃源镇党委", "party_committee"), ("桃源镇政府", "unit")]),
])
def test_a_street_has_no_government(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an area's or a period's central task names no centre
    ("支部将紧紧围绕开发区中心工作开展主题党日。", []),
    ("会议研究如何结合年内中心工作推进整改。", []),
    # a centre's staff still name the centre
    ("高新区党群服务中心工作人员列席会议。", [("高新区党群服务中心", "unit")]),
])
def test_central_task_of_an_area_or_period(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a power station's branch counted or paired, none named: generic
    ("公司选择8个供电所党支部结成对子。", []),
    ("我们主动开展与供电所支部结对共建活动。", []),
    # a named station's branch is a name
    ("新港供电所党支部召开组织生活会。", [("新港供电所党支部", "branch")]),
])
def test_a_bare_power_stations_branch_is_generic(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, name", [
    ("青石县农业农村局召开党史学习教育动员会。", "青石县农业农村局"),
    ("青石县乡村振兴局召开专题组织生活会。", "青石县乡村振兴局"),
    ("江州市住房和城乡建设局党组召开民主生活会。", "江州市住房和城乡建设局党组"),
    ("江州市发展和改革局召开巡察整改推进会。", "江州市发展和改革局"),
    ("江州市行政审批服务局召开主题教育读书班。", "江州市行政审批服务局"),
    ("江州市粮食和物资储备局召开警示教育大会。", "江州市粮食和物资储备局"),
])
def test_reform_bureaus_whose_stems_hold_a_level_or_a_joiner_are_named(text: str, name: str) -> None:
    # 农村/乡村 hold a level character and 和 joins two fields: the stem row keeps the name whole
    assert name in [n for n, _ in kinds(text)]


def test_a_list_of_levels_with_townships_and_villages_names_no_body() -> None:
    # 县乡村妇联: the federations of three levels, none named (as 省市县妇联)
    assert not any(n.endswith("妇联") for n in [n for n, _ in kinds("县乡村妇联部分党员干部参加活动。")])
    assert "青石县妇联" in [n for n, _ in kinds("青石县妇联部分党员干部参加活动。")]
    # a town whose name ends in its level's character (许镇|镇) is no list of levels
    assert "许镇镇政府" in [n for n, _ in kinds("会议要求许镇镇政府抓好整改。")]
