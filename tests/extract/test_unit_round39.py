"""find_unit, round 39: a setting clause (在…下, 在…中) opening a sentence hides
no place subject after it; a body read out as a decision's author (宣读了…的决定)
is no subject; a title that leaves a committee's closing 委 off a body the text
names in full (民建某区召开…) names that body; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("text, expected", [
    ("在主题教育中，青禾区坚持问题导向，建立问题清单，推进整改落实。全区梳理问题30余项。", "青禾区"),
    ("为了解基层党建情况，进一步夯实基础。在严格落实防控要求下，3月8日下午，翠竹镇召开基层党组织书记述职评议会。"
     "会议由镇党委书记李某某主持。", "翠竹镇"),
])
def test_setting_clause_before_place_subject(text: str, expected: str) -> None:
    """在…中，/在…下， states the setting: the place opening the next clause is the unit."""
    assert unit(None, text) == expected


def test_setting_clause_body_stays_no_subject() -> None:
    """Guard: the body inside 在…的领导下 is no subject; the branch after it is."""
    text = "在青禾县委的领导下，青禾县林业局第一党支部召开专题组织生活会，全体党员参加。"
    assert unit(None, text) == "青禾县林业局第一党支部"


def test_setting_clause_without_closing_word_is_kept() -> None:
    """Guard: a 在 clause that is no setting (在某地，) is not skipped as one."""
    text = "在青禾县，翠竹镇召开党员大会，全体党员参加。"
    from reportmine.extract.unit import _cues, _past_setting_clause
    assert _past_setting_clause(text, 0, _cues()) == 0


def test_decision_read_out_names_no_subject() -> None:
    """宣读了X关于…的决定: X wrote the decision, it holds no meeting here."""
    text = ("5月6日上午，青禾县林业局召开党支部成立大会，会议宣读了青禾县直机关工委关于成立党支部的决定，"
            "选举产生支部委员会。")
    assert unit(None, text) == "青禾县林业局"
    text2 = "会议宣读了青禾县直机关工委关于成立翠竹站党支部的决定。"
    assert unit(None, text2) != "青禾县直机关工委"


def test_title_without_committee_ending_names_the_committee() -> None:
    """民建某区召开… where the text names 民建某区委: the committee is the unit."""
    title = "民建青禾翠竹区召开主题学习会"
    text = ("6月2日下午，民建青禾翠竹区召开主题学习会。民建青禾市委副主委王某某应邀出席会议。"
            "会议由民建青禾翠竹区委主委李某某主持，区委班子成员参加。")
    assert unit(title, text) == "民建青禾翠竹区委"


def test_title_without_committee_and_no_full_name_stays_none() -> None:
    """Guard: with no 委 form named anywhere, nothing is made up."""
    title = "民建青禾翠竹区召开主题学习会"
    text = ("6月2日下午，民建青禾翠竹区召开主题学习会。民建青禾市委副主委王某某应邀出席会议。"
            "会议由主委李某某主持。")
    assert unit(title, text) != "民建青禾翠竹区委"


def test_named_committee_subject_unchanged() -> None:
    """Guard: a committee written whole as the subject stays the unit."""
    text = "6月2日下午，民建青禾市委召开主委会议，主委王某某主持。"
    assert unit("民建青禾市委召开主委会议", text) == "民建青禾市委"
