"""Precision of people and organizations, round 23c: a staffing verb phrase
before a post is no person (派强用好第一书记), a time word or a verb of the
sentence opens no body (全年|数字政府, 三季度|党委理论学习中心组, 总结|支部,
实行|问题清单处方制, 组织|八室), a numbered plenary session is no numbered
middle school (二十届三中全会), a bare supervisory committee is a kind, not a
name (监督委员会成员), a convener's studio cut after its verb names no body
(召集|人工作室), and a bureau whose field holds 与 stays whole (监督与审计局).

Every sentence is invented (made-up units and officials in the genre); none
comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import org_names as orgs_of


def people_of(text: str) -> set[str]:
    return {p.name for p in analyze(text).people}


def test_a_staffing_phrase_before_a_post_is_no_person() -> None:
    assert "强用好" not in people_of("会议要求，各乡镇要选优派强用好第一书记和驻村干部。")


@pytest.mark.parametrize(("text", "wrong"), [
    ("今年以来，全年数字政府平台共办结事项412件。", "全年数字政府"),
    ("6月3日，集团召开2024年三季度党委理论学习中心组学习会。", "三季度党委理论学习中心组"),
    ("会上，各支部书记认真总结支部在组织建设方面的成绩。", "总结支部"),
    ("为抓好整改，西山州实行问题清单处方制，逐项销号。", "西山州实行问题清单处"),
    ("会后，党总支书记组织六室全体党员集中学习。", "组织六室"),
    ("会议传达学习了中共二十届三中全会精神。", "中共二十届三中"),
    ("会议要求，用好委员工作室和政协召集人工作室。", "人工作室"),
])
def test_a_time_word_or_a_verb_opens_no_body(text: str, wrong: str) -> None:
    assert wrong not in orgs_of(text)


@pytest.mark.parametrize("text", [
    "镇党委班子成员、各村党支部书记、监督委员会成员列席会议。",
    "会议由主委主持，市委会委员、监督委员会成员参加。",
])
def test_a_bare_supervisory_committee_is_a_kind(text: str) -> None:
    assert "监督委员会" not in orgs_of(text)


def test_a_bureau_whose_field_holds_yu_stays_whole() -> None:
    names = orgs_of("会议集中学习了院党组、监督与审计局有关通报精神。")
    assert "监督与审计局" in names and "审计局" not in names


def test_a_numbered_school_and_a_ministry_section_stay() -> None:
    assert "县三中党支部" in orgs_of("县三中党支部召开专题组织生活会。")
    assert "中组部组织一局" in orgs_of("中组部组织一局负责同志参加会议。")
