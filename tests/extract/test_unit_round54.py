"""find_unit, round 54: a town's body written after a determiner (该街道党工委)
gives the town the opening named before it; a meeting held 在我镇 in a text
naming no town gives the level word (镇) as the generic unit; 连日来 opens a
sentence before its place subject like 近日; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_determined_street_body_gives_the_named_street() -> None:
    """…是青川市柳岸街道规定的…。…该街道党工委提前…: the street named before."""
    text = ("本报讯 6月8日，是青川市柳岸街道固定的党员活动日。"
            "为把每月的活动组织好，该街道党工委提前两天在工作群里对各支部作了安排。"
            "当天，记者来到柳岸街道东园村，见证了活动全过程。")
    assert unit(None, text) == "青川市柳岸街道党工委"


def test_determined_town_committee_gives_the_named_town() -> None:
    """…来到石桥镇…。该镇党委召开…: 该镇党委 is the town's committee."""
    text = ("近日，记者走进江南省石桥镇采访。"
            "该镇党委召开专题会议，部署秋季农村人居环境整治工作，镇村干部参加会议。")
    assert unit(None, text) == "江南省石桥镇党委"  # the place chain as the text writes it


def test_street_body_without_determiner_keeps_its_reading() -> None:
    """Guard: 街道党工委召开… with no 该 and no street named stays as written."""
    text = ("6月8日，街道党工委召开党建工作推进会，各社区党组织书记参加会议。"
            "会议由街道党工委书记李某某主持。")
    assert unit(None, text) == "街道党工委"


def test_meeting_in_our_town_naming_no_town_gives_the_level_word() -> None:
    """全镇…动员大会在我镇会议中心召开 and no town named: the generic 镇."""
    text = ("4月2日，全镇作风建设专项行动动员大会在我镇会议中心召开。"
            "县专项行动第三指导组成员一行到会指导。各村党支部书记、镇机关全体干部参加会议。\n"
            "会议要求，全镇上下要统一思想，确保专项行动取得实效。")
    assert unit(None, text) == "镇"


def test_meeting_in_our_town_with_the_town_named_keeps_the_town() -> None:
    """Guard: the text names 青石镇党委: the town itself, as before."""
    text = ("4月2日，全镇作风建设专项行动动员大会在我镇会议中心召开。"
            "青石镇党委书记赵某某主持会议，各村党支部书记参加会议。")
    assert unit(None, text) == "青石镇"


def test_city_meeting_hosted_in_our_county_stays_empty() -> None:
    """Guard: 全市…推进会在我县召开: the city's meeting, the county only hosts it."""
    text = ("5月6日，全市乡村振兴工作推进会在我县召开。"
            "与会人员实地观摩了多个示范点，并召开座谈会交流经验。")
    assert unit(None, text) is None


def test_place_after_lianrilai_is_the_subject() -> None:
    """连日来，江南省坚持…: the province reports its own campaign."""
    title = "江南扎实开展理论宣讲进基层"
    text = ("连日来，江南省坚持高位推动、精心组织，深入开展理论宣讲进基层活动，"
            "推动全省上下形成学习热潮。截至目前，全省共开展宣讲2万余场。")
    assert unit(title, text) == "江南省"
