"""Round 57, organizations: an appointment's verb before a county-level body,
a list of posts that 各 does not reach past, verbs of feeling before a bare
school, a level's owned units as a kind, the 发展计划 department stem, and a
city's level before a hospital whose name opens with 长. Sentences invented
for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 任 (appoint) after a person's name opens no place 任县 or 任市
    ("会议表决通过了吴敏、何静任县残联副理事长。", ["县残联"]),
    ("经研究，决定孙涛任县审计局副局长。", ["县审计局"]),
    ("常委会决定韩磊任市司法局局长。", ["市司法局"]),
])
def test_an_appointment_verb_opens_no_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an item closing on a post lists people: 各 reaches no body after it
    ("局党组成员、各党支部书记、党建办负责人列席会议。", ["局党组", "党建办"]),
    ("各党支部书记、财务处负责人参加学习。", ["财务处"]),
])
def test_a_post_ends_the_list_under_every(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "同学们要珍惜学校提供的学习机会。",
    "青年教师热爱学校，扎根讲台。",
    "大家珍爱医院来之不易的声誉。",
    "镇属公司、村居负责人等60余人参加会议。",
    "县属企业和市属医院的负责人列席。",
])
def test_no_body_named(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("发展计划司组织专题学习。", ["发展计划司"]),
    # a city's level, then one character and a hospital's ending: no 市长 cut
    ("上海市长虹医院发生一起事故。", ["上海市长虹医院"]),
])
def test_whole_department_or_hospital_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
