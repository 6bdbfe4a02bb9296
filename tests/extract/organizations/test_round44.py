"""Round 44 organizations (a sample of seed 44): a one-character verb of sending
up (报) before a level-led body is no place (名单报|县委组织部), a checking verb
(核实) opens no name, a supervising group named after its sitting
(民主生活会第十二指导组) is in reach, a transport group's short name (交发集团),
a prison after its place (泉州监狱), the discipline commission written short with
the state commission (中纪委国家监委) and the Democratic League's central committee
written short (盟中央). Sentences and units are invented; each new case fails on
the old code, the guards hold on both."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, want, not_want", [
    # 1. 报 before a level-led body: the list is sent to the body, no place 名单报县
    ("会后将推荐名单报县委组织部审核。", "县委组织部", "名单报县委组织部"),
    ("实施方案报县委党建工作领导小组审议。", "县委党建工作领导小组", "方案报县委党建工作领导小组"),
    # 2. 核实 opens no name
    ("集团完成核实中央巡视组移交的问题线索3个。", "中央巡视组", "核实中央巡视组"),
    ("及时核实青岚县委巡察组移交的线索。", "青岚县委巡察组", "核实青岚县委巡察组"),
    # 3. a supervising group named after its sitting, with a two-character ordinal
    ("，县直部门民主生活会第三指导组到会督导。", "县直部门民主生活会第三指导组", None),
    # 4. a transport group's short name whose first character is a stop
    ("松岭区交发集团党委书记李某某主持会议。", "松岭区交发集团党委", "发集团党委"),
    ("白河市交投集团召开警示教育大会。", "白河市交投集团", None),
    # 5. a prison after its place's name
    ("青岚监狱召开警示教育大会。", "青岚监狱", None),
    ("青岚监狱党委书记某某主持会议。", "青岚监狱党委", None),
    # 6. the discipline commission written short with the state commission: one body
    ("全体党员收看了由中纪委国家监委制作的专题片。", "中纪委国家监委", "国家监委"),
    # 7. the Democratic League's central committee written short
    ("会议传达了盟中央、省委以及市委的文件精神。", "盟中央", None),
])
def test_round44_names(text: str, want: str, not_want: str | None) -> None:
    got = names(text)
    assert want in got
    if not_want:
        assert not_want not in got


@pytest.mark.parametrize("text, want", [
    # guards: a place that ends in a verb-like character before its level keeps it
    ("大同市委组织部召开会议。", ["大同市委组织部"]),
    # a meeting before a body that is no group is still no part of its name
    ("召开民主生活会学院党委书记主持。", ["学院党委"]),
    # a prison with no place names none
    ("警示教育让大家仿佛走进监狱。", []),
    # the full forms keep their names
    ("中央纪委国家监委通报了典型问题。", ["中央纪委国家监委"]),
    ("民盟中央召开座谈会。", ["民盟中央"]),
    # a sentence's verb 报 before a known place and body still ends the name
    ("及时报局党委审批。", ["局党委"]),
])
def test_round44_guards(text: str, want: list[str]) -> None:
    assert names(text) == want
