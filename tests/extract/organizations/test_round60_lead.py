"""Round 60, organizations (the lead's cross-check on the fourth collection): a
verb's complement after an ending (站|起来, 支队|伍), 所做 and 在家 before a body,
campaign verbs before a branch, 呼和浩特 whole, and a town's 中心校. Sentences
invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, absent", [
    ("推翻三座大山，让中华民族站起来。", "中华民族站"),
    ("两支队伍整合后召开动员会。", "两支队"),
    ("认真学习县长所做政府工作报告。", "所做政府"),
    ("支队在家党委成员参加会议。", "家党委"),
    ("做深党支部工作，建强支部堡垒。", "做深党支部"),
    ("开展联学联建党支部活动。", "建党支部"),
])
def test_round60_lead_no_false_body(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text, expected", [
    ("呼和浩特博物馆党支部组织党员参观学习。", "呼和浩特博物馆党支部"),
    ("青禾镇中心校校长柯远表示，要抓好党建。", "青禾镇中心校"),
    ("青禾县消防救援支队召开党委会。", "青禾县消防救援支队"),
])
def test_round60_lead_bodies(text, expected):
    assert expected in names(text)
