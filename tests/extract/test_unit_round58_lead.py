"""Round 58 (unit, the lead's cross-check on the second collection): a county or
district written by its stem alone before a holding verb, where the meeting is
全区/全县 (江夏召开全区…大会), is the place with its level. Invented sentences."""
from __future__ import annotations

from lookups import unit_found as unit


def test_bare_district_stem_before_a_whole_district_meeting():
    text = "9月2日，江夏召开全区干部作风建设大会，传达学习市委书记讲话精神。"
    assert unit(None, text) == "江夏区"


def test_bare_stem_after_a_dateline_credit():
    text = "江城日报融媒体讯（通讯员甲某 记者乙某）9月2日，蔡甸召开全区警示教育大会。大会传达了市委书记的讲话。"
    assert unit(None, text) == "蔡甸区"


def test_bare_stem_without_the_level_in_the_sentence_stays_unread():
    assert unit(None, "9月2日，江夏召开干部作风建设大会。") is None


def test_bare_stem_at_another_level_than_the_meeting_stays_unread():
    assert unit(None, "9月2日，江夏召开全市干部作风建设大会。") is None
