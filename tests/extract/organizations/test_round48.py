"""Round 48 (organizations, sample seed 48): 代 (acting for) before a branch's
post, a campaign's aims for an organ written after 的 or a verb (和谐机关,
服务机关, 效能机关), and the students' office written bare (学生处). Sentences
invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text", [
    "王某某同志代支部书记通报了支部一年来的工作。",
    "会上,组织委员代支部书记作了表态发言。",
    "由宣传委员代党支部书记主持会议。",
])
def test_acting_for_a_post_names_no_branch(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("青岚代表团临时党支部召开会议。", ["青岚代表团临时党支部"]),
    ("柳河区新时代文明实践中心召开推进会。", ["柳河区新时代文明实践中心"]),
])
def test_words_opening_with_dai_keep_their_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "支部提出建设清正廉洁的政治机关、和睦融洽的和谐机关、规范高效的服务机关。",
    "支部书记带头打造效能机关。",
    "积极打造特色书香机关,开展读书活动。",
    "和谐机关建设推进会召开。",
])
def test_a_campaigns_aim_for_an_organ_names_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("青岚县政协机关召开会议。", ["青岚县政协机关"]),
    ("柳河区和谐社区党支部召开会议。", ["柳河区和谐社区党支部"]),
])
def test_named_organs_and_communities_stay(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("人事处、学生处、保卫处负责人参加会议。", ["人事处", "学生处", "保卫处"]),
    ("学生处召开学生工作例会。", ["学生处"]),
])
def test_the_students_office_written_bare(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "各学生处负责人参加会议。",
    "学生中心召开会议。",
    "学生党支部召开会议。",
])
def test_students_as_a_kind_name_no_office(text: str) -> None:
    assert names(text) == []
