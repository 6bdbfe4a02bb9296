"""Meta fields and meetings, round 24 (county and city news sites, companies,
schools, 主题教育 reports). Covered: a meeting held over days (6月18日至19日,
6月30日至7月1日) is one meeting dated by its first day, and a later mention on
a day of the range is that meeting again; bodies joined before the holding
verb hold the meeting together (甲局与乙行联合召开…), while a body taking
another along holds alone (甲支部联合乙支部开展…); a named town or county
opening the clause holds its own meeting (某镇召开…), not 全县 or 我市; a
speaker who 作报告会宣讲 gives a talk, no 报告会 is held; a dateline credit
after a photo caption fills `author`; bureaus whose field is two words joined
by 和 (水利和湖泊局) are one body; 分会场 is a venue, not a branch association.

Every sentence is invented (made-up units, places and people); none comes
from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.pipeline import analyze


def meetings_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(type, holder, date) of every meeting of ``text``."""
    return [(m.type, m.holder, m.date) for m in analyze(text).meetings]


# -- a meeting held over days ---------------------------------------------------

@pytest.mark.parametrize("text, date", [
    ("6月18日至19日，青山县委理论学习中心组举办主题教育读书班。", "--06-18"),
    ("6月18日至6月19日，青山县委理论学习中心组举办主题教育读书班。", "--06-18"),
    ("6月18日上午至19日下午，青山县委理论学习中心组举办主题教育读书班。", "--06-18"),
    ("2023年6月30日至7月1日，青山县委理论学习中心组举办主题教育读书班。", "2023-06-30"),
])
def test_range_dated_by_first_day(text: str, date: str) -> None:
    assert meetings_of(text) == [("读书班", "青山县委理论学习中心组", date)]


def test_day_inside_range_is_same_meeting() -> None:
    text = ("6月18日至19日，白河县委常委班子召开主题教育专题民主生活会。"
            "6月19日上午，专题民主生活会继续召开，县委书记周立新作总结讲话。")
    assert meetings_of(text) == [("专题民主生活会", "白河县委", "--06-18")]


def test_day_outside_range_is_another_meeting() -> None:
    text = ("6月18日至19日，白河县委举办主题教育读书班。"
            "6月25日，白河县委举办主题教育读书班。")
    assert [d for _, _, d in meetings_of(text)] == ["--06-18", "--06-25"]


def test_other_holder_on_a_later_day_stays_apart() -> None:
    text = ("6月18日至19日，白河县林业局召开组织生活会。"
            "6月19日，白河县林业局第二党支部召开组织生活会。")
    assert [h for _, h, _ in meetings_of(text)] == ["白河县林业局", "白河县林业局第二党支部"]


# -- joint holders ----------------------------------------------------------------

def test_bodies_joined_hold_together() -> None:
    text = "6月18日，青山县税务局与农行青山支行联合召开党史学习教育专题组织生活会。"
    assert meetings_of(text) == [("专题组织生活会", "青山县税务局、农行青山支行", "--06-18")]


def test_body_taking_another_along_holds_alone() -> None:
    text = "6月18日，青山县林业局党支部联合青山县文旅局党支部开展主题党日活动。"
    assert meetings_of(text) == [("主题党日活动", "青山县林业局党支部", "--06-18")]


def test_body_taking_another_along_before_a_place() -> None:
    text = "3月28日，东江分行办公室党支部联合总行办公室党总支赴某市红色场馆组织开展主题党日活动。"
    assert meetings_of(text)[0][1] == "东江分行办公室党支部"


# -- a named place holds its own meeting ------------------------------------------------

@pytest.mark.parametrize("text, holder", [
    ("6月18日，白沙镇召开主题教育动员会。", "白沙镇"),
    ("6月18日，白沙街道召开主题教育动员会。", "白沙街道"),
    ("6月18日，全县召开主题教育动员会。", None),
    ("6月18日，我市召开主题教育动员会。", None),
])
def test_place_holder(text: str, holder: str | None) -> None:
    assert meetings_of(text)[0][1] == holder


# -- a talk given is no sitting ---------------------------------------------------------

def test_report_talk_is_no_meeting() -> None:
    text = "6月18日，青山县林业局举办主题教育读书班，邀请市委党校教授吴明作报告会宣讲。"
    assert meetings_of(text) == [("读书班", "青山县林业局", "--06-18")]


def test_work_meeting_keeps_its_type() -> None:
    # 工作推进会: the 作 closes the word 工作, no verb of giving a talk
    assert meetings_of("6月18日，青山县召开全县宣传工作推进会。") == [("推进会", "青山县", "--06-18")]


# -- meta fields --------------------------------------------------------------------------

def test_dateline_credit_after_caption() -> None:
    text = ("青山县林业局召开民主生活会\n会议现场。\n"
            "青山新闻网6月18日讯(青山分站记者 杨明月)6月17日,青山县林业局召开民主生活会。\n")
    art = analyze(text)
    assert art.author == "杨明月"
    assert art.unit == "青山县林业局"


def test_bureau_with_joined_fields_is_the_unit() -> None:
    art = analyze("青山县水利和湖泊局召开动员会\n近日，青山县水利和湖泊局召开党史学习教育动员会。\n")
    assert art.unit == "青山县水利和湖泊局"


def test_branch_venue_is_no_association() -> None:
    art = analyze("市委书记参加全省动员大会\n本报讯 3月1日，省委召开全省主题教育动员大会。"
                  "市委书记吴立在我市分会场参加会议。\n")
    assert all("分会" not in o.name for o in art.organizations)
    assert art.unit != "市分会"
