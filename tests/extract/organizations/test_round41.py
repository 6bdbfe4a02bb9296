"""Round 41 organizations (a seed-41 sample of 50 collected reports): a class
branch numbered by a bare code in digits keeps its school and code (信息学院
20238812党支部), a campaign's liaison group written with 小组 is one name
(区委主题教育办第三联络小组), and the verbs 规范 and 促 open no body's name
(规范|社区党委设置, 党建促|学校发展), and 民进 before 山东 or 山西 opens the
party's committee (民进山东省委会: 进山 is no verb there), and 会见 ends a name (机关会见|农业部党组). Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("3月5日,信息学院20238812党支部召开组织生活会。", "信息学院20238812党支部"),
    ("近日,材料学院20217702团支部开展主题团日活动。", "材料学院20217702团支部"),
])
def test_class_code_branch_keeps_school_and_code(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize("text", [
    "学院共有2023党支部。",
    "全校3党支部开展活动。",
])
def test_count_before_branch_names_none(text: str) -> None:
    assert not any(n.endswith("党支部") for n in names(text))


def test_numbered_class_branch_unchanged() -> None:
    assert "机械学院2019级03班党支部" in names("机械学院2019级03班党支部召开会议。")


def test_liaison_small_group_is_one_name() -> None:
    assert "区委主题教育办第三联络小组" in names("区委主题教育办第三联络小组到会指导。")


def test_liaison_group_unchanged() -> None:
    assert "区主题教育领导小组第八联络组" in names("区主题教育领导小组第八联络组到会指导。")


def test_regulate_opens_no_name() -> None:
    found = names("完善配套机制,规范社区党委设置。")
    assert "规范社区党委" not in found


def test_spur_opens_no_name() -> None:
    assert "党建促学校" not in names("推动党建促学校发展。")


@pytest.mark.parametrize("text, expected", [
    ("市慈善促进会召开理事会。", "市慈善促进会"),
    ("县规范化建设办公室召开会议。", "县规范化建设办公室"),
])
def test_names_with_the_verbs_inside_keep_them(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("民进山东省委会副主委出席会议。", "民进山东省委会"),
    ("民进山西省委会内部监督委员会主任出席。", "民进山西省委会内部监督委员会"),
])
def test_democratic_party_before_shan_province_keeps_party(text: str, expected: str) -> None:
    assert expected in names(text)


def test_walk_into_university_names_only_the_university() -> None:
    assert "山东大学" in names("师生走进山东大学参观学习。")


def test_meet_ends_the_name_before_the_visited_body() -> None:
    found = names("青山学社主席在社中央机关会见农业部党组书记一行。")
    assert "农业部党组" in found
    assert not any("会见" in n for n in found)
