"""Organizations of round 64: a people's congress's special committees written
short (市人大法制委, 县人大农业农村委) and its credentials committee, bodies of
this term (本届|学校党总支), undergraduates opening a branch's name
(本科学生第二党支部), a member's grade (正式|支部委员), 情况 ending an object
before a body, a warning-education hall, the reader's own Youth League
committee (我校|团委), 两 counting branches, a joint committee named only by its
kind (综合党委) and the stock exchanges written short (上交所).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a short field before 委 after a levelled congress
    ("会议听取了县人大法制委关于物业管理条例草案修改情况的报告。", ["县人大法制委"]),
    ("会议听取了江南市人大外事委关于友好城市工作的说明。", ["江南市人大外事委"]),
    # a field of four characters
    ("会议听取了州人大教科文卫委关于义务教育法执法检查的报告。", ["州人大教科文卫委"]),
    ("会议听取了县人大农业农村委关于高标准农田建设的调研报告。", ["县人大农业农村委"]),
    ("会议听取了市人大监察司法委关于法律援助工作的报告。", ["市人大监察司法委"]),
    # the standing committee's credentials committee: 代表 no longer cuts it
    ("会上,旗人大代表资格审查委员会作了说明。", ["旗人大代表资格审查委员会"]),
    ("区人大常务委员会代表资格审查委员会作了说明。", ["区人大常务委员会代表资格审查委员会"]),
])
def test_congress_committees(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # this term's body: 本届 is a determiner as 新一届 is
    ("本届学校党总支将团结带领全体党员开拓进取。", ["学校党总支"]),
    # a member's grade before a post names no branch
    ("大会选举产生了7名正式支部委员。", []),
    ("全会增补了2名候补党委委员。", []),
    # two branches counted
    ("两支部分别对发展对象进行了考察。", []),
    # a joint committee named only by its kind
    ("该综合党委成立后将统筹辖区资源。", []),
])
def test_no_body_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_undergraduate_branch() -> None:
    # 本 opening 本科学生 is no determiner
    assert names("经济学院本科学生第一党支部联合本科学生第二党支部开展主题党日。") == \
        ["经济学院本科学生第一党支部", "本科学生第二党支部"]


def test_report_noun_before_body() -> None:
    # 情况 ends the object of 反馈; the body after it starts its own name
    assert names("巡察组反馈了巡察情况东湖街道党工委书记主持会议。") == ["东湖街道党工委"]


def test_warning_education_hall() -> None:
    assert names("近日,石门警示教育馆正式对外开放。") == ["石门警示教育馆"]


@pytest.mark.parametrize("text, expected", [
    ("我院团委组织青年教师开展读书活动。", ["院团委"]),
    ("我校团委召开全体委员会议。", ["校团委"]),
])
def test_own_league_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("深交所党委召开全体党员大会。", ["深交所党委"]),
    ("巡视组进驻北交所开展常规巡视。", ["北交所"]),
])
def test_stock_exchanges(text: str, expected: list[str]) -> None:
    assert names(text) == expected
