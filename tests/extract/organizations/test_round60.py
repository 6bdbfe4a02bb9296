"""Organizations of round 60: 一起 (together) and 分析 before the reader's own
company, a campaign named after the kind of body written after that kind
(学校平安学校建设), a day of the week glued before 机关, and 劳动保障 as a
labour office's field. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 一起 is an adverb; 分析 or 研究 right before the reader's own company is its object
    ("书记同党员们一起分析集团下半年面临的形势。", []),
    ("班子成员一起研究集团改革的思路。", []),
    ("会上，大家一起分析公司二季度经营情况。", []),
])
def test_together_and_analysing_the_company(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reader's own kind, then a campaign named after that kind: no body
    ("会议部署了学校平安学校创建工作。", []),
    ("院长就医院文明医院建设提出要求。", []),
    ("要持续推进机关模范机关建设。", []),
])
def test_campaign_after_its_own_kind(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day of the week, maybe with its evening, is a time before 机关
    ("全体干部利用周四晚机关学习会交流心得。", []),
    ("每周二机关干部集中学习一次。", []),
    ("坚持周五晚机关夜学制度。", []),
])
def test_weekday_before_organs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 劳动保障 is the field of a labour office (保障 is a stop elsewhere)
    ("青山路劳动保障中心派员参加活动。", ["青山路劳动保障中心"]),
    ("县劳动保障监察大队开展专项检查。", ["县劳动保障监察大队"]),
])
def test_labour_security_field(text: str, expected: list[str]) -> None:
    assert names(text) == expected
