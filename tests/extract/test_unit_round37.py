"""find_unit, round 37: the whole party (中国共产党) is no reporting unit,
whether it opens a place's party congress, a statistics bulletin or a hall's
name; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("title, text", [
    # a bulletin counting the party's members
    ("2030年中国共产党党内统计公报",
     "截至2030年12月31日，中国共产党党员总数为9999.9万名，比上年净增100.1万名。"),
    # a town's party congress
    (None, "3月16日上午，中国共产党青禾镇第十五届代表大会第三次会议胜利召开，大会应到代表97人。"),
])
def test_whole_party_is_no_unit(title: str | None, text: str) -> None:
    assert unit(title, text) not in ("中国共产党", "中共", "共产党")


def test_town_party_congress_is_the_towns() -> None:
    """The whole party's name opening a place's congress is skipped to the place."""
    assert unit(None, "3月16日上午，中国共产党青禾镇第十五届代表大会第三次会议胜利召开，大会应到代表97人。") == "青禾镇"


@pytest.mark.parametrize("title, text, expected", [
    # guards: a hall named after the party stays the unit
    ("中国共产党历史纪念馆接待观众突破百万人次",
     "在建党纪念日来临之际，中国共产党历史纪念馆迎来参观热潮，记者从纪念馆获悉，今年已接待观众100万人次。",
     "中国共产党历史纪念馆"),
    # a party body opening with the party's name stays the unit
    ("中共青禾县委召开常委会议", "5月6日，中共青禾县委召开常委会议，县委书记王某某主持。", "中共青禾县委"),
    (None, "4月2日，中共青禾县纪委监委机关党支部召开组织生活会，支部书记李某某主持。", "中共青禾县纪委监委机关党支部"),
    # a town opening its own sentence still does
    (None, "4月2日，青禾镇召开党纪学习教育动员会，全体机关干部参加。", "青禾镇"),
])
def test_party_bodies_stay(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected
