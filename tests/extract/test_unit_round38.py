"""find_unit, round 38: a campaign named 大学习 names no university, an opening
quote breaking off on …… is a speech, a visiting group's 对X…巡察 clause names
the inspected unit, and a 州 after one character belongs to the place's name
(禾州区); on invented articles."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import leading_place
from lookups import unit_found as unit


def test_da_xuexi_campaign_names_no_university() -> None:
    """大学习大调研 is a campaign: its 大学 is no generic unit word."""
    text = ("“大学习、大调研、大改进”工作开展以来，我县高度重视，成立领导小组，明确各自职责。"
            "截至目前，全县共梳理问题120余项。")
    assert unit("60多个部门列出调研计划", text) != "大学"


def test_university_subject_still_read() -> None:
    """Guard: 大学 standing alone as a subject is still the generic unit."""
    assert unit(None, "5月8日，大学召开党委理论学习中心组学习会，党委书记王某某主持。") == "大学"


def test_quote_closing_on_ellipsis_is_skipped() -> None:
    """A speech quote that breaks off on …… opens no sentence: the place after it is the unit."""
    text = ("“我想对年轻党员说，要永远记住入党时的誓言……”近日，青禾街道翠竹园社区在“竹影”网格党群"
            "服务站内举办党员政治生日活动。40余名党员参加。")
    assert unit(None, text) == "青禾街道翠竹园社区"


def test_theme_quote_without_sentence_end_still_opens() -> None:
    """Guard: a quoted theme with no sentence end and no …… is no speech to skip."""
    from reportmine.extract.unit import _cues, _speech_end
    assert _speech_end("“三会一课”落实情况交流会在青禾镇召开，各村党支部书记参加。", _cues()) == 0


@pytest.mark.parametrize("text, expected", [
    ("根据省委统一部署，2030年3月1日至5月30日，省委第六巡视组对青禾市进行了巡视。"
     "6月10日，省委第六巡视组向青禾市委反馈了巡视意见。", "青禾市"),
    ("根据集团党委的统一部署，集团公司党委第三巡察组自5月6日开始对翠竹物流公司开展为期1个月的巡察工作。"
     "5月6日下午，翠竹物流公司召开巡察工作动员会。", "翠竹物流公司"),
])
def test_visiting_group_inspecting_names_the_inspected(text: str, expected: str) -> None:
    """对X…巡视/巡察 after a visiting group: X reports, not the group."""
    assert unit(None, text) == expected


def test_visiting_group_own_meeting_stays() -> None:
    """Guard: a group holding its own meeting, with no 对X inspection, stays the unit."""
    text = "6月3日，省委第六巡视组召开组务会议，组长李某某主持。"
    assert unit(None, text) == "省委第六巡视组"


@pytest.mark.parametrize("text, expected", [
    ("青阳市禾州区：志愿服务覆盖乡村", "青阳市禾州区"),
    ("禾州区召开会议", "禾州区"),
    ("沙市区召开会议", "沙市区"),
])
def test_zhou_after_one_character_is_the_names(text: str, expected: str) -> None:
    """禾州区: 州 after a single character ends no place; the district's level follows."""
    assert text[:leading_place(text, 0)] == expected


@pytest.mark.parametrize("text, expected", [
    ("萧县乡镇党委书记参加", "萧县"),
    ("青州市召开会议", "青州市"),
    ("广州市召开会议", "广州市"),
])
def test_place_reader_guards(text: str, expected: str) -> None:
    """Guards: a one-character county before 乡镇, and ordinary 州 cities, read as before."""
    assert text[:leading_place(text, 0)] == expected


def test_title_place_with_zhou_district() -> None:
    """The title's place subject keeps the district's whole name."""
    text = "日前，禾州区文明实践站里，一场理论宣讲如期举行。"
    assert unit("青阳市禾州区：志愿服务覆盖乡村", text) == "青阳市禾州区"
