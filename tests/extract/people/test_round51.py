"""Round 51 (people and titles): bodies written inside a title that now stay
part of it: a level's government (市政府副秘书长, which also lets a chain of
posts go on past a comma into the next body's posts), a democratic party's
provincial or city committee by its short name (省委会主委, 市委会副主委), and
a community written without its party body (社区书记).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name


# --- a level's government opens the title --------------------------------------------------------

def test_city_government_post_keeps_its_body():
    text = "县政府党组成员、副县长苗立川出席会议并讲话。"
    assert titles_by_name(text)["苗立川"] == ["县政府党组成员", "副县长"]


def test_government_post_chain_goes_on_past_comma():
    text = "市政府副秘书长，局党委书记、局长韦振东出席并讲话。"
    assert titles_by_name(text)["韦振东"] == ["市政府副秘书长", "局党委书记", "局长"]


def test_comma_after_named_government_post_still_splits_people():
    # guard: a name closes the first item, so the comma parts two people
    text = "市政府副秘书长范明远，市林业局局长柯晓峰出席。"
    got = titles_by_name(text)
    assert got["范明远"] == ["市政府副秘书长"]
    assert got["柯晓峰"] == ["局长"]


# --- a democratic party's committee by its short name ---------------------------------------------

def test_party_provincial_committee_chair():
    text = "致公党某省委员会召开全会。省委会主委罗安平主持会议，省委会副主委方一鸣、顾青参加。"
    got = titles_by_name(text)
    assert got["罗安平"] == ["省委会主委"]
    assert got["方一鸣"] == ["省委会副主委"]
    assert got["顾青"] == ["省委会副主委"]


def test_party_city_committee_vice_chair():
    text = "民进某市委员会召开座谈会，市委会副主委常立新出席。"
    assert titles_by_name(text)["常立新"] == ["市委会副主委"]


def test_party_committee_with_full_name_unchanged():
    # guard: the party's name before its committee keeps the whole body
    text = "九三学社某市委副主委蒋怀远出席。"
    assert titles_by_name(text)["蒋怀远"] == ["九三学社某市委副主委"]


# --- a community's head --------------------------------------------------------------------------

def test_community_secretary_without_party_body():
    text = "“这支队伍是社区治理的重要力量。”社区书记邵佳敏说。"
    assert titles_by_name(text)["邵佳敏"] == ["社区书记"]


def test_community_party_committee_post_unchanged():
    # guard: the community's party committee stays in the title as before
    text = "青石社区党委副书记鲁文静带领大家学习。"
    assert titles_by_name(text)["鲁文静"] == ["社区党委副书记"]


# --- 应邀 after an unnamed post ------------------------------------------------------------------

def test_invited_after_unnamed_post_is_no_name():
    text = "另有三名区委会委员应邀列席了本次会议。"
    assert titles_by_name(text) == {}


def test_surname_ying_name_after_post_still_found():
    # guard: 应 as a surname before another given name stays a name
    text = "市委会委员应晓川出席会议。"
    assert titles_by_name(text)["应晓川"] == ["市委会委员"]
