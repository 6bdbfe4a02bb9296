"""Round 59, organizations (the lead's cross-check on the third collection): 学习
read across a school's ending (集中学|习), 委员会|议 (the members' meeting), a
single ending doubled before a post (某局|局领导), verbs of the genre before a
bare body (心系, 畅谈, 提振, 凝练) and 共建 before a partner branch. Sentences
invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, absent", [
    ("支部开展集中学习，全体党员参加。", "集中"),
    ("党工委扩大学习会议召开。", "扩大学"),
    ("在青禾县纪委委员会议上作报告。", "青禾县纪委委员会"),
    ("省统计局局领导、处长以上干部参加会议。", "省统计局局"),
    ("干警们畅谈法院工作，心系法院发展。", "畅谈法院"),
    ("鼓励各支部凝练支部品牌。", "支部凝练支部"),
    ("结对共建党支部赴纪念馆参观学习。", "建党支部"),
])
def test_round59_lead_no_false_body(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text, expected", [
    ("在青禾县纪委委员会召开的会议上作报告。", "青禾县纪委委员会"),
    ("省统计局召开会议，局长柯远出席。", "省统计局"),
    ("青禾县第一中学召开教职工大会。", "青禾县第一中学"),
])
def test_round59_lead_bodies_kept(text, expected):
    assert expected in names(text)


def test_committee_before_its_speaker_stays():
    assert "欧洲委员会" in names("欧洲委员会议长柯远出席会议。")
