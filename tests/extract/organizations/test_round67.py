"""Organizations of round 67: a campaign's guidance group written with 小组
(园区主题教育指导小组, as 指导组), a street's market-supervision and
land-management stations written short (市场监督所, 土管所), and a level's
lecture group named after the spirit it preaches (自治区三中全会精神宣讲团:
精神 stops a name elsewhere).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a guidance group written with 小组
    ("青松科技园区主题教育指导小组成员到三家企业督促指导。", ["青松科技园区主题教育指导小组"]),
    ("镇党委邀请县委巡察整改指导小组到会指导。", ["镇党委", "县委巡察整改指导小组"]),
])
def test_guidance_groups(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # stations written short: the stem is no word a dictionary gives
    ("会上,柳湾街道市场监督所、土管所负责人分别作了述职。", ["柳湾街道市场监督所", "土管所"]),
    ("镇土管所联合村委会开展耕地保护巡查。", ["镇土管所"]),
])
def test_short_stations(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a lecture group named after the spirit it preaches, opened by a level
    ("自治区三中全会精神宣讲团的二十名成员分赴各盟市宣讲。", ["自治区三中全会精神宣讲团"]),
    ("市委二十大精神宣讲团走进石桥社区开展宣讲。", ["市委二十大精神宣讲团"]),
])
def test_spirit_lecture_groups(text: str, expected: list[str]) -> None:
    assert names(text) == expected
