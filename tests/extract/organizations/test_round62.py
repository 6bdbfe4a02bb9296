"""Organizations of round 62: a Chinese place read through a country's name
(内蒙古|巴… is no 古巴), a company whose brand and trade run long after a bare
province, a verb glued between a party body and its object's level
character (党支部|组织|局…), border check stations and grain depots, 里 opening
a clause, a grain bureau without 物资, and a port office. Sentences invented
for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 古巴 across 内蒙古 and the place after it is no country opening the name
    ("大家将内蒙古巴彦淖尔市红枫志愿者协会捐赠的书籍送到学校。", ["内蒙古巴彦淖尔市红枫志愿者协会"]),
    ("内蒙古巴彦淖尔市作家协会会员参加活动。", ["内蒙古巴彦淖尔市作家协会"]),
])
def test_no_country_across_a_chinese_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare province opening the clause vouches for a company's long field
    ("调研组走访了山东丰禾粮油储运有限公司。", ["山东丰禾粮油储运有限公司"]),
    ("检查组先后来到河南金穗仓储物流有限公司、河南金穗面粉加工有限公司。",
     ["河南金穗仓储物流有限公司", "河南金穗面粉加工有限公司"]),
])
def test_company_long_field_after_a_province(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 组织 (a stop and a department stem) glued after a party body, then 局 of its object
    ("近日，县水利局机关第二党支部组织局属退休党员参观展览。", ["县水利局机关第二党支部"]),
    ("市统计局直属机关党委组织局属各支部书记集中学习。", ["市统计局直属机关党委"]),
])
def test_verb_glued_after_a_party_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 边检站, 直属库, 储备库: a border check station and grain depots
    ("日前，拉洛边检站联合海关开展普法宣传。", ["拉洛边检站"]),
    ("省储备粮西江直属库主任陪同检查。", ["省储备粮西江直属库"]),
    ("调研组听取了县粮食储备库的工作汇报。", ["县粮食储备库"]),
])
def test_station_and_depot_endings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 里 (inside) needs a noun before it: opening a clause it opens a place's name
    ("日前，里坪边检站开展警营开放日活动。", ["里坪边检站"]),
])
def test_li_opening_a_clause(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 粮食和储备局 (without 物资) and 口岸办 (a port office) in a list
    ("区粮食和储备局党组书记王某出席会议。", ["区粮食和储备局党组"]),
    ("会议邀请口岸办、边防派出所等单位参加。", ["口岸办", "边防派出所"]),
])
def test_grain_bureau_and_port_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected
