"""Round 58, organizations: places listed bare before a body that shares its
ending, three levels written into one committee, railway bureaus and depots,
bare committee departments in a list of bodies, a catch-all kind under 各
that ends its reach, a surname and a head's post after a body, verbs before
a body (高度评价, 壮大, 率), 两会, a court's news site and the procuratorate's
short name. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # places listed bare share the last place's body ending
    ("会上，云南省、贵州省、四川省税务局主要负责同志作交流发言。",
     ["云南省税务局", "贵州省税务局", "四川省税务局"]),
    ("天津市、内蒙古自治区、甘肃省市场监管局分管领导在线参会。",
     ["天津市市场监管局", "内蒙古自治区市场监管局", "甘肃省市场监管局"]),
    ("巡察组分别进驻了松岭镇、石桥镇、柳河镇党委。",
     ["松岭镇党委", "石桥镇党委", "柳河镇党委"]),
])
def test_listed_places_share_the_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # three levels written into one committee name each level's committee
    ("会议严格对照中央和省市县委的部署要求召开。", ["省委", "市委", "县委"]),
])
def test_levels_written_into_one_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a railway bureau and its depots are bodies
    ("近日,武汉铁路局召开形势任务教育大会。", ["武汉铁路局"]),
    ("昆明东车辆段和曲靖工务段联合开展主题党日活动。", ["昆明东车辆段", "曲靖工务段"]),
])
def test_railway_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # committee departments written alone in a list of bodies are named
    ("学生处、组织部、宣传部、财务处负责人列席会议。", ["学生处", "组织部", "宣传部", "财务处"]),
    # a modified catch-all kind under 各 ends its reach: the bodies after it are named
    ("机关各职能部门、财务处、后勤处主要负责同志参加会议。", ["财务处", "后勤处"]),
])
def test_bodies_listed(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a surname and 局长 after a body are no part of its name
    ("会议传达了县税务局赵局长的讲话精神。", ["县税务局"]),
    # the verb before a body is no part of its name
    ("全会高度评价十九届省纪委的工作。", ["省纪委"]),
    # the procuratorate's short name
    ("会议传达了最高检党组会议精神，最高检近日印发通知。", ["最高检党组", "最高检"]),
])
def test_names_cut_right(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "传达学习省局刘局长在全省工作会议上的讲话。",
    "社区将不断壮大小区宣讲团。",
    "副区长孙洁率考察组一行到白沙街道考察。",
    "机关党员认真学习全国两会政府工作报告。",
    "中国法院网讯(李明)5月8日，记者从会上获悉。",
])
def test_no_body_named(text: str) -> None:
    assert names(text) == []
