"""Organizations, round 55: a committee's departments listed bare, the body of
every place of a level, a level's own organs in a list 各 opens, levels
offered as alternatives, and a department's own 我系.

- after a committee's department written in full, the departments listed bare
  (青柳市委组织部、宣传部、统战部) are that committee's (青柳市委宣传部);
- 各 (每个) right before a level and a unit (各镇文化站, 各县图书馆) names the
  body of every place of that level, none;
- in a list 各 opens, an item opening with a level and 直 (各县、地直机关工委)
  names that one place's body, not every one's;
- levels offered as alternatives before 委 (8县(区)委宣传部, 县(市、区)委) name
  a kind of committee, none;
- 我系党总支 is the reader's 系党总支, as 我院党委 is 院党委.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest
from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, wanted", [
    ("本次画展由青柳市委组织部、宣传部联合指导,青柳市美术馆具体承办。",
     ["青柳市委组织部", "青柳市委宣传部"]),
    ("云岚县委宣传部、组织部、统战部负责同志一同观看了汇报演出。",
     ["云岚县委宣传部", "云岚县委组织部", "云岚县委统战部"]),
])
def test_departments_listed_bare_share_the_committee(text: str, wanted: list[str]) -> None:
    found = names(text)
    assert all(w in found for w in wanted), found


@pytest.mark.parametrize("text, absent", [
    ("云岚县委组织部、宣传部门负责同志到场指导。", "云岚县委宣传部"),
    ("青柳纺织集团组织部、宣传部负责同志一同观看演出。", "宣传部"),
])
def test_no_committee_or_a_department_word_shares_nothing(text: str, absent: str) -> None:
    assert absent not in names(text)


@pytest.mark.parametrize("text", [
    "巡回展览由各镇综合文体服务中心负责承办,群众踊跃观看。",
    "各县图书馆均设立了红色书籍专柜,供读者免费借阅。",
])
def test_every_places_unit_names_none(text: str) -> None:
    assert names(text) == []


def test_every_level_guard_keeps_a_named_unit() -> None:
    found = names("活动由云岚县图书馆主办,各乡镇综合文化站协办。")
    assert found == ["云岚县图书馆"]


def test_level_direct_organs_in_an_every_list_are_one_body() -> None:
    found = names("各县、地直机关工委分管负责同志参加了本次培训班。")
    assert found == ["地直机关工委"]


def test_every_list_of_plain_kinds_still_names_none() -> None:
    assert names("各教学、科研团队党支部书记参加了本次培训班。") == []


@pytest.mark.parametrize("text", [
    "全市8县(区)委宣传部分管负责同志参加了培训。",
    "各县(市、区)委宣传部分管负责同志参加了培训。",
])
def test_levels_offered_as_alternatives_name_no_committee(text: str) -> None:
    assert names(text) == []


def test_one_levels_committee_stays() -> None:
    assert names("云岚县委宣传部分管负责同志参加了培训。") == ["云岚县委宣传部"]


def test_my_department_branch_is_the_departments() -> None:
    assert names("5月6日,我系党总支在明德楼召开专题学习会,全体党员参加。") == ["系党总支"]


def test_my_college_committee_unchanged() -> None:
    assert names("5月6日,我院党委在明德楼召开专题学习会,全体党员参加。") == ["院党委"]


@pytest.mark.parametrize("text", [
    "青柳区坚决贯彻中央和省市委的决策部署,推动各项工作落地见效。",
    "认真落实中央、省市委关于乡村振兴的部署要求。",
])
def test_pair_of_levels_written_as_one_names_both_committees(text: str) -> None:
    found = names(text)
    assert "省委" in found and "市委" in found, found


def test_whole_province_before_city_committee_adds_no_provincial_one() -> None:
    assert "省委" not in names("会上传达了全省市委书记座谈会的精神。")


def test_pair_of_levels_inside_a_longer_name_stays_one_body() -> None:
    assert names("省市委联合督查组到青柳开展专项督查。") == ["省市委联合督查组"]


def test_level_direct_departments_in_an_every_list_stay_generic() -> None:
    assert names("各乡镇党委、县直部门党组要结合实际抓好落实。") == []
