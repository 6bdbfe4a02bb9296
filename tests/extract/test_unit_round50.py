"""find_unit, round 50: a town's party congress opened by the whole party's
name (中国共产党青禾镇第十二届代表大会…召开) gives the town, also when its name
opens with a numeral (中国共产党三塘镇…), instead of the bare 镇党委 named later;
on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def congress(town: str) -> str:
    return (f"4月9日上午，中国共产党{town}第十二届代表大会第二次会议隆重召开，"
            "出席代表79名。会议审查了镇党委和镇纪委的工作报告，"
            "并对镇党委班子开展了测评。")


def test_a_towns_congress_after_the_whole_partys_name_gives_the_town() -> None:
    assert unit(None, congress("青禾镇")) == "青禾镇"


def test_a_town_whose_name_opens_with_a_numeral_is_kept_whole() -> None:
    assert unit(None, congress("三塘镇")) == "三塘镇"


def test_a_numeral_town_still_gives_itself_without_the_partys_name() -> None:
    text = congress("三塘镇").replace("中国共产党", "")
    assert unit(None, text) == "三塘镇"


def test_a_town_committee_holding_a_meeting_is_unchanged() -> None:
    text = "4月9日上午，三塘镇党委召开理论学习中心组学习会，镇党委书记王青山主持会议。"
    assert unit(None, text) == "三塘镇党委"
