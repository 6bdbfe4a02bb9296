"""Organizations, round 22b: a pilot zone as a level (示范区党工委), a zone's
committee and board written as one phrase (高新区党工委管委会), a branch of
serving staff (在职党支部), observatories (省地震台), disease-control stems
(疾控, 血防) and a type of body after a determiner (各级疾控中心), and a
ministry's department (卫生健康委医政司).

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_kinds as orgs_of


# -- a pilot zone opens its bodies as a development zone does ---------------------

@pytest.mark.parametrize("text, name, kind", [
    ("会议由示范区党工委主办，各部门负责人参加。", "示范区党工委", "party_committee"),
    ("经示范区管委会研究，决定成立工作专班。", "示范区管委会", "unit"),
    ("向示范区党工委汇报整改进展。", "示范区党工委", "party_committee"),
])
def test_pilot_zone_opens_its_bodies(text: str, name: str, kind: str) -> None:
    found = orgs_of(text)
    assert found.get(name) == kind
    assert "区党工委" not in found and "区管委会" not in found


# -- a zone's committee and board written as one phrase ---------------------------

@pytest.mark.parametrize("text, committee, board", [
    ("3月5日，松岭高新区党工委管委会召开专题民主生活会。", "松岭高新区党工委", "松岭高新区管委会"),
    ("由示范区党工委管委会牵头，各园区配合。", "示范区党工委", "示范区管委会"),
])
def test_zone_committee_and_board_are_two_bodies(text: str, committee: str, board: str) -> None:
    found = orgs_of(text)
    assert found.get(committee) == "party_committee"
    assert found.get(board) == "unit"
    assert not any(n.endswith("党工委管委会") for n in found)


def test_bare_committee_and_board_name_no_body() -> None:
    assert orgs_of("党工委管委会召开会议，研究近期工作。") == {}


# -- a branch of serving staff ---------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("自治区青禾信息中心在职党支部召开专题组织生活会。", "自治区青禾信息中心在职党支部"),
    ("市方志馆离退休党支部、机关在职党支部联合开展主题党日。", "机关在职党支部"),
])
def test_serving_staff_branch_keeps_its_unit(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "branch"


def test_serving_members_name_no_body() -> None:
    assert orgs_of("全体在职党员到社区报到。") == {}


# -- observatories of a level ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("省地震台党支部召开党纪学习教育专题组织生活会。", "省地震台党支部"),
    ("会上，市地震台台长吴某某作对照检查。", "市地震台"),
    ("县气象台召开主题教育专题组织生活会。", "县气象台"),
])
def test_observatory_of_a_level(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize("text", [
    "依托学习平台和地震台网开展学习。",
    "党员走上舞台讲述身边故事。",
])
def test_other_words_ending_in_tai_name_no_body(text: str) -> None:
    assert orgs_of(text) == {}


# -- disease-control stems and a type after a determiner ------------------------------

@pytest.mark.parametrize("text, name", [
    ("省血防所党支部召开组织生活会，省血防所所长参加。", "省血防所"),
    ("县卫健委疾控科科长孙某某到会指导。", "县卫健委疾控科"),
])
def test_disease_control_stems(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "unit"


@pytest.mark.parametrize("text", [
    "来自全省各级疾控中心的党务干部150余人参加培训。",
    "各疾控中心要抓好整改落实。",
])
def test_a_type_after_a_determiner_names_no_body(text: str) -> None:
    assert orgs_of(text) == {}


# -- a ministry's department -----------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("国家卫生健康委医政司副司长郑某某出席会议。", "国家卫生健康委医政司"),
    ("外交部礼宾司、商务部外资司有关同志参加。", "外交部礼宾司"),
    ("外交部礼宾司、商务部外资司有关同志参加。", "商务部外资司"),
])
def test_department_of_a_ministry(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "unit"


def test_a_word_ending_in_bu_opens_no_department() -> None:
    assert not any(n.endswith("上司") for n in orgs_of("全体干部上司批评。"))


# -- 数据 inside a centre's name -----------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("自治区青禾气象数据中心在职党支部召开组织生活会。", "自治区青禾气象数据中心在职党支部", "branch"),
    ("市政务数据中心第二党支部召开会议。", "市政务数据中心第二党支部", "branch"),
])
def test_data_centre_keeps_its_name(text: str, name: str, kind: str) -> None:
    assert orgs_of(text).get(name) == kind


def test_bare_data_centre_names_no_body() -> None:
    assert orgs_of("各单位要推进数据中心建设。") == {}
