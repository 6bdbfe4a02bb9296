"""Organizations of round 68: culture-and-tourism bureaus merged under longer
names (县文体广电和旅游局: 和 joins fields), a market listed before an office
(建材市场、某某办事处: two bodies, not one field's department), a county's
medical community (某某人民医院医共体党委), a meeting's verb with its modifier
before a bare school (专题研究|学校), the verb 选派 before 共青团, and the member
word 委员 after a town or district (驻镇委员: no committee).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a culture-and-tourism bureau whose fields are joined by 和
    ("巡察组进驻县文体广电和旅游局开展常规巡察。", ["县文体广电和旅游局"]),
    ("市委宣传部、市文化广播电视和旅游局联合举办读书会。", ["市委宣传部", "市文化广播电视和旅游局"]),
])
def test_tourism_bureaus(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a market, then an office: the list mark ends the market
    ("副县长先后走访了青禾农贸市场、柳塘办事处南湾村。", ["柳塘办事处"]),
    ("检查组来到城南物流市场、石岭办事处查看防汛准备。", ["石岭办事处"]),
])
def test_market_then_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a county's medical community led by a hospital
    ("清源县人民医院医共体党委书记给全体党员上党课。", ["清源县人民医院医共体党委"]),
    ("市中医院医联体召开年度工作推进会。", ["市中医院医联体"]),
])
def test_medical_communities(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting's verb and its modifier before a bare school or hospital
    ("6月3日,学院党委召开会议,专题研究学校关于巡察反馈问题的整改方案。", ["学院党委"]),
    ("会议集体研究医院高质量发展规划,院党委书记作总结。", ["院党委"]),
    # the verb 选派 before the youth league
    ("会议部署了从各高校中选派共青团干部到乡镇挂职工作。", ["共青团"]),
])
def test_verbs_before_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 委员 after a town or district: members, no committee
    ("会上,刘青、马林等驻镇委员分别就乡村振兴发言。", []),
    ("市政协组织驻区委员开展专题视察。", ["市政协"]),
])
def test_member_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected
