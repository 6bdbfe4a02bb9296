"""Slogans, meetings, the reporting unit and header fields, round 22: header
labels in brackets (【发布时间】：…), a date left under its label on the next
line, meeting types that qualify a noun (支委会成员, 警示教育片), numbered
(扩大) meetings of a committee or a study group, the holder of a meeting
whose holding verb follows it, streets whose name opens with a verb character
(某区提篮桥街道), places opening with 万, five-character capacities sharing
力 (政治领导力、思想引领力…), and the 2024/2025 campaigns' formulas.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from reportmine.parse.text import parse_text

BODY = ("12月3日，青禾县融媒体中心党委召开专题学习会。党委书记周文涛主持会议，"
        "全体党员参加学习，会议传达了上级有关要求。")


def slogans_of(text: str) -> dict[str, str]:
    """Slogan text -> kind, as the pipeline finds them."""
    return {s.text: s.kind for s in analyze(text).slogans}


def meetings_of(text: str) -> list[tuple[str, str | None]]:
    """(type, holder) of each meeting the pipeline finds."""
    return [(m.type, m.holder) for m in analyze(text).meetings]


# -- header fields ------------------------------------------------------------------

def test_bracketed_labels_on_a_header_line_are_fields_not_the_title() -> None:
    page = parse_text(f"【发布时间】：2021-11-09 【部门】：办公室 【阅读人数】：318\n{BODY}\n")
    assert page.date == "2021-11-09"
    assert page.title is None


def test_bracketed_source_author_and_editor_labels() -> None:
    page = parse_text(f"青禾县融媒体中心召开专题学习会\n【来源】：青禾融媒 【作者】：林晓雯 【编辑】：郑一帆\n{BODY}\n")
    assert (page.source, page.author, page.editor) == ("青禾融媒", "林晓雯", "郑一帆")


def test_a_date_under_its_label_on_the_next_line_opening_the_body() -> None:
    page = parse_text(f"工作动态\n发布时间：\n2025-03-18为落实上级部署，{BODY}\n")
    assert page.date == "2025-03-18"
    assert page.paragraphs and page.paragraphs[0].startswith("为落实")


# -- meetings --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "5月8日，青禾县文旅局党总支举行专题学习会，党总支委员、各支部支委会成员参加学习。",
    "5月8日，青禾县文旅局党支部组织党员观看警示教育片，并开展交流研讨。",
])
def test_a_type_qualifying_a_noun_names_no_meeting(text: str) -> None:
    types = [t for t, _ in meetings_of(text)]
    assert "支委会" not in types and "警示教育" not in types


@pytest.mark.parametrize("text, mtype", [
    ("4月2日，青禾县档案馆党委会（扩大）会议在三楼会议室召开，馆党委委员参加会议。", "党委会（扩大）会议"),
    # (round 26: a meeting named as the form of the one held, 以…会议形式召开专题学习会, is
    # no sitting of its own; the enlarged session is held here)
    ("4月2日，县档案馆党委召开理论学习中心组(扩大)会议，开展专题学习。", "理论学习中心组（扩大）会议"),
])
def test_an_enlarged_meeting_keeps_its_body_word(text: str, mtype: str) -> None:
    assert mtype in [t for t, _ in meetings_of(text)]


@pytest.mark.parametrize("text, holder", [
    ("4月2日，青禾县档案馆党委会（扩大）会议在三楼会议室召开。", "青禾县档案馆党委"),
    ("11月6日下午，县文旅局党组领导班子“学思想、强党性”专题民主生活会在局机关会议室举行，"
     "全体班子成员参加。", "县文旅局党组"),
])
def test_the_holder_before_a_meeting_whose_verb_follows_it(text: str, holder: str) -> None:
    assert (holder in [h for _, h in meetings_of(text)])


@pytest.mark.parametrize("text", [
    "4月1日上午，县文旅局党支部全体党员到柳溪村党群服务中心召开专题组织生活会。",
    "4月1日上午，县文旅局党支部全体党员赴柳溪村党群服务中心召开专题组织生活会。",
])
def test_the_holder_goes_to_the_place_where_it_meets(text: str) -> None:
    assert meetings_of(text) == [("专题组织生活会", "县文旅局党支部")]


def test_a_post_holder_going_to_a_body_is_no_body_name() -> None:
    text = "县委副书记到县委党校召开党校班子会议\n4月1日上午，青石县委副书记王明远到青石县委党校召开党校班子会议。"
    assert analyze(text).unit != "县委副书记到县委党校"


# -- the reporting unit --------------------------------------------------------------

def test_a_street_whose_name_opens_with_a_verb_character() -> None:
    text = "日前，东林区提篮桥街道召开学习教育动员大会，会议由街道党工委副书记吴立新主持。"
    assert analyze(text).unit == "东林区提篮桥街道"


@pytest.mark.parametrize("text", [
    "日前，东林区到街道召开动员大会，会议由区委副书记主持。",
    "日前，东林区召开村级组织动员大会，会议由区委副书记主持。",
])
def test_a_verb_after_the_place_still_ends_it(text: str) -> None:
    assert analyze(text).unit == "东林区"


def test_a_community_whose_name_opens_with_wan() -> None:
    text = "自主题教育开展以来，万柳社区把主题教育作为一项重大政治任务，全面落实各项重点措施。"
    assert analyze(text).unit == "万柳社区"


# -- slogans -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, formula", [
    ("要不断增强基层党组织的政治领导力、思想引领力、群众组织力、社会号召力。",
     "政治领导力、思想引领力、群众组织力、社会号召力"),
    ("增强政治领导力、思想引领力、群众组织力、社会号召力。",
     "政治领导力、思想引领力、群众组织力、社会号召力"),
])
def test_five_character_capacities_sharing_li(text: str, formula: str) -> None:
    assert slogans_of(text).get(formula) == "parallel"


def test_capacities_of_different_lengths_stay_a_list() -> None:
    assert not slogans_of("全面提高企业核心竞争力、品牌影响力、市场占有率。")


@pytest.mark.parametrize("text, formula", [
    ("教育引导党员干部学纪知纪明纪守纪，筑牢思想防线。", "学纪知纪明纪守纪"),
    ("坚持学查改一体推进，推动作风持续向好。", "学查改"),
    ("通过警示教育，引导干部知敬畏、存戒惧、守底线。", "知敬畏、存戒惧、守底线"),
    ("要在读原著上下功夫，做到真学真懂真信真用。", "真学真懂真信真用"),
])
def test_campaign_formulas_of_2024_and_2025(text: str, formula: str) -> None:
    assert formula in slogans_of(text)


def test_a_study_of_a_rectification_plan_is_no_formula() -> None:
    assert "学查改" not in slogans_of("支部认真学习查改方案，明确了分工。")


@pytest.mark.parametrize("text, mtype", [
    ("12月26日，青石县融媒体中心召开2024年度中层干部述责述廉工作会议，各部门负责人向中心党组述责述廉。",
     "述责述廉工作会议"),
    ("12月26日，青石县融媒体中心召开述责述廉会，中心党组书记王明远主持。", "述责述廉会"),
])
def test_a_report_on_duties_and_integrity_is_a_meeting_type(text: str, mtype: str) -> None:
    assert meetings_of(text) == [(mtype, "青石县融媒体中心")]
