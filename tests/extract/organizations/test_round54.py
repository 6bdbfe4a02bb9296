"""Organizations of round 54: a level's organs with no place named (全体镇机关干部)
are no body, and a department's own affairs (组织部部务委员, 宣传部部务会) end
the department's name before 部务, and 应 of 应……邀请 (at the invitation of)
opens no name. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, generic", [
    ("全体镇机关干部和各村书记一同收看了专题片。", "镇机关"),
    ("乡机关全体干部职工参加了这次集中学习。", "乡机关"),
    ("县机关干部要带头走进田间地头开展调研。", "县机关"),
])
def test_level_organs_alone_name_no_body(text: str, generic: str) -> None:
    assert generic not in names(text)


@pytest.mark.parametrize("text, expected", [
    ("柳溪镇机关干部参加了学习会。", "柳溪镇机关"),        # a named town's organs
    ("镇机关党支部召开了专题组织生活会。", "镇机关党支部"),  # their branch is one body
    ("县机关工委组织开展了读书活动。", "县机关工委"),
    ("市直机关工委组织开展了读书活动。", "市直机关工委"),
])
def test_named_or_owned_organs_stay(text: str, expected: str) -> None:
    assert expected in names(text)


@pytest.mark.parametrize("text, expected", [
    ("市委组织部部务委员林晓东主持了座谈。", "市委组织部"),
    ("会前，县委宣传部部务会传达了有关精神。", "县委宣传部"),
    ("青河县委组织部部务委员林晓东主持了座谈。", "青河县委组织部"),  # a named place: already whole
    ("县委统战部部务会议研究了下一步工作。", "县委统战部"),
])
def test_department_affairs_end_the_department(text: str, expected: str) -> None:
    got = names(text)
    assert expected in got
    assert expected + "部" not in got


def test_department_then_pragmatic_keeps_department() -> None:
    """务实 after a department is an adverb; the department stays named."""
    assert "学校后勤部" in names("学校后勤部务实推进各项保障工作。")


def test_affairs_meeting_alone_names_nothing() -> None:
    assert names("部务会研究决定了人事安排。") == []


@pytest.mark.parametrize("text, expected", [
    ("应市委组织部邀请，省党校教授为学员作专题辅导。", "市委组织部"),
    ("应中共青溪县委之邀，考察组一行到园区参观。", "中共青溪县委"),
    ("应区妇联邀请，律师走进社区开展普法讲座。", "区妇联"),
])
def test_invited_by_body_drops_the_preposition(text: str, expected: str) -> None:
    got = names(text)
    assert expected in got
    assert "应" + expected not in got


@pytest.mark.parametrize("text, expected", [
    ("应急管理局邀请消防专家开展培训。", "应急管理局"),   # 应急 is a word
    ("应县县委邀请专家为干部授课。", "应县县委"),         # a one-character place's body
    ("自县委巡察组进驻以来，各项整改有序推进。", "县委巡察组"),
])
def test_words_and_places_opening_with_the_preposition_stay(text: str, expected: str) -> None:
    assert expected in names(text)
