"""People extractor, round 20: family names that are also function words
(向大会, 应认真, 任某组组长) and places named after a family (张某庙村).

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_by_name as titles_of


@pytest.mark.parametrize("text", [
    # 向 "to" before a frequent word: no 向大会, nor its first two characters
    "会议开始，街道工委主任向大会作上半年工作报告。",
    "支行行长代表支行党委向大会做了工作报告。",
    # 应 "should" before an adverb, after a group
    "希望全体党员应认真学习，严格遵守组织纪律。",
    # 任 "serves as" before a post with its body, after a post
    "由派驻组组长任督查组组长，对整改情况开展回头看。",
])
def test_function_word_before_a_word_is_no_name(text: str) -> None:
    assert titles_of(text) == {}


@pytest.mark.parametrize("text, expected", [
    # the same family names before given names that are rarer words or no words stay names
    ("县纪委常委向丽雯出席会议并讲话。", {"向丽雯": ["县纪委常委"]}),
    ("镇党委书记向大军出席会议。", {"向大军": ["镇党委书记"]}),
    ("由督查组组长任立峰主持会议。", {"任立峰": ["督查组组长"]}),
    ("副校长于春生讲话。", {"于春生": ["副校长"]}),
])
def test_function_surname_names_stay(text: str, expected: dict[str, list[str]]) -> None:
    got = titles_of(text)
    assert {n: got.get(n) for n in expected} == expected


def test_village_named_after_a_family_is_no_person() -> None:
    text = ("刘家桥村党支部开展主题党日活动。\n"
            "刘家桥村利用主题党日，把党员议事和村务公开结合起来。")
    assert "刘家桥村" not in titles_of(text)


def test_level_post_takes_no_org_from_the_party_committee_before_it() -> None:
    people = {p.name: p.org for p in analyze("会议传达了区委书记方立民、区长贺春阳的讲话精神。").people}
    assert people["方立民"] == "区委"
    assert people["贺春阳"] is None  # 区长 is the district government's post, not 区委's


def test_group_post_still_shares_the_group_org() -> None:
    people = {p.name: p.org for p in analyze(
        "区委第三督导组组长柏文清，副组长庞晓琳到会指导。").people}
    assert people["庞晓琳"] == people["柏文清"]


def test_rare_surname_after_a_post() -> None:
    got = titles_of("市纪委监委派驻纪检监察组组长沃振邦到会指导。")
    assert "沃振邦" in got


def test_office_before_an_untitled_name_frames_it() -> None:
    got = titles_of("联合党日开展集中学习，信息中心喻晓川传达了会议精神，财务处葛春燕解读了文件。")
    assert "喻晓川" in got and "葛春燕" in got


@pytest.mark.parametrize("text", [
    "会上，办公室传达了通知精神。",
    "这个中心要求大家认真学习。",
])
def test_office_without_a_name_gives_no_person(text: str) -> None:
    assert titles_of(text) == {}
