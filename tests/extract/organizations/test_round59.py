"""Organizations of round 59: a main campus's numbered branch (本部第二支部),
a branch list acting 分别 (each in turn), a band of players, findings (问题)
before a level's committee, clinical fields a verb opens (放射科, 超声医学科),
a list of counties and districts sharing a body's ending, the ways a
committee sends an inspection group (上下联动, 提级巡察), verb pairs and 将
before a body, and a common life (生命共同体). Sentences invented for these
tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 本部, the main campus, numbering its branches beside another campus's
    ("本部第二支部与国际部第一支部开展联学。", ["本部第二支部", "国际部第一支部"]),
    ("本部第四支部全体党员参加志愿服务。", ["本部第四支部"]),
    ("5月8日，本部第五党支部第二学习小组开展读书活动。", ["本部第五党支部"]),
])
def test_main_campus_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 分别 (each in turn) is an adverb: the 与 after it joins two bodies, no fields
    ("初中第二支部分别与师范学院学生党支部签订共建协议。", ["初中第二支部", "师范学院学生党支部"]),
    ("行政第一党支部分别与江州学院机关党支部结对。", ["行政第一党支部", "江州学院机关党支部"]),
])
def test_jointly_each_in_turn(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a band of players (校管乐队, 学生民乐队) is a school activity, no body
    ("部分党员和校管乐队同学参加演出。", []),
])
def test_band_is_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # findings handed over before a level's committee: no place 问题镇
    ("对督导组指出的问题乡党委立即研究整改。", ["乡党委"]),
    ("对反馈的意见区纪委逐条认领。", ["区纪委"]),
])
def test_findings_before_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # clinical fields a dictionary verb opens
    ("放射科党支部书记刘某讲授专题党课。", ["放射科党支部"]),
    ("超声医学科党支部开展主题党日活动。", ["超声医学科党支部"]),
])
def test_clinical_fields(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_counties_and_district_share_ending() -> None:
    # a county and a city's district are of one rank: the list shares the ending
    assert names("会议听取了对青山县、白水县、江州市东湖区人民法院的巡察情况汇报。") \
        == ["青山县人民法院", "白水县人民法院", "江州市东湖区人民法院"]


@pytest.mark.parametrize("text, expected", [
    # the ways a committee sends an inspection group stay inside its name
    ("区委上下联动巡察组向某街道反馈巡察情况。", ["区委上下联动巡察组"]),
    ("江州市委提级巡察第三巡察组反馈专项巡察情况。", ["江州市委提级巡察第三巡察组"]),
])
def test_inspection_group_modes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb pair, an adverb, or a name and 将 before a body open no name
    ("双方代表沟通交流市儿童医学中心建设进展。", ["市儿童医学中心"]),
    ("与会人员深刻分析学院发展面临的形势。", []),
    ("赵明远将县中医医院的经验带回科室。", ["县中医医院"]),
])
def test_verb_before_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_common_life_is_no_body() -> None:
    assert names("为共建人与自然生命共同体贡献力量。") == []
