"""Participant counts read with two patterns find what the single pattern finds."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.extract.meetings import _cues, _participant_matches, extract_meetings

_PIECES = ["参会人员", "实到", "党员", "参加", "出席", "了会议", "12", "3", "一", "十", "两", "百",
           "余", "多", "名", "人", "位", "，", "。", "甲", "会", "\n"]


def _single(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("n1") or m.group("n2")) for m in _cues().participants.finditer(text)]


def _double(text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group("n")) for m in _participant_matches(text)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_two_patterns_match_like_one(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _double(text) == _single(text)


def test_lead_cue_and_count_with_verb() -> None:
    text = "实到23人。全体12名党员参加会议，2021年3月"
    assert _double(text) == _single(text)
    assert [n for _, n in _double(text)] == ["23", "12"]


def test_participants_from_either_shape() -> None:
    text = "青禾村党支部召开专题组织生活会，支部书记王某主持会议，十五名党员参加会议。"
    assert extract_meetings(text)[0].participants == 15
