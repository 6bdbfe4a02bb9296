"""Round 22: counts of rectification notices and discipline reports (巡察整改通报,
集中整治, 党纪学习教育). Every sentence is invented; each failed before its fix."""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers


def counts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """{text of each count: (object, metric)}."""
    return {n.text: (n.object, n.metric) for n in extract_numbers(text)}


def metric_of(text: str, value: float) -> str | None:
    """The metric of the count of ``value`` in ``text``."""
    found = [n for n in extract_numbers(text) if n.value == value]
    assert found, text
    return found[0].metric


@pytest.mark.parametrize("text,value", [
    ("今年以来，青禾县共查处群众身边不正之风和腐败问题57起，处理73人。", 73),
    ("巡察以来，党政纪处理12人，诫勉谈话4人。", 12),
    ("专项整治中，全镇违规领取补贴的干部被处理9人。", 9),
])
def test_people_dealt_with_are_disciplined(text: str, value: float) -> None:
    assert metric_of(text, value) == "disciplined"


def test_handling_visitors_by_person_times_stays_out() -> None:
    assert metric_of("窗口共接待处理来访群众86人次。", 86) != "disciplined"


def test_warning_education_sessions_are_activities() -> None:
    text = "全县累计开展警示教育320场次，受教育党员干部1.5万人次。"
    assert metric_of(text, 320) == "activities"
    assert metric_of(text, 15000) == "participants"


def test_follow_up_and_investigation_teams_are_groups() -> None:
    text = "县纪委成立了五个专项督办组和2个调查组。"
    assert metric_of(text, 5) == "groups"
    assert metric_of(text, 2) == "groups"


def test_notices_and_recommendation_letters_issued() -> None:
    text = "向相关单位下发整改通知书17份，发出纪律检查建议书6份，监察建议书3份。"
    assert metric_of(text, 17) == "notices_issued"
    assert metric_of(text, 6) == "notices_issued"  # no opinion gathered
    assert metric_of(text, 3) == "notices_issued"


def test_verb_before_a_relative_clause_keeps_the_counted_noun() -> None:
    found = counts("梅岭镇纪委严肃查处发生在群众身边的“四风”和腐败问题36起。")
    (obj, metric), = found.values()
    assert obj is not None and obj.endswith("腐败问题")
    assert metric == "cases_filed"


def test_meeting_before_a_purpose_verb_still_counts_meetings() -> None:
    (obj, metric), = counts("召开党组会议专题研究整改工作6次。").values()
    assert metric == "meetings" and obj is not None and obj.startswith("党组会议")


@pytest.mark.parametrize("text,obj", [
    ("通报了9起惠民资金领域腐败和作风问题典型案例。", "惠民资金领域腐败和作风问题典型案例"),
    ("分两批通报了11起违规吃喝和违规收送礼金典型问题。", "违规吃喝和违规收送礼金典型问题"),
])
def test_modifiers_joined_by_and_before_the_head_noun(text: str, obj: str) -> None:
    found = [n for n in extract_numbers(text) if n.unit == "起"]
    assert [(n.object, n.metric) for n in found] == [(obj, "cases_reported")]


@pytest.mark.parametrize("text,obj", [
    ("共有12个村和社区参加。", "村"),
    ("走访了6个党支部和党员群众。", "党支部"),
    ("组织开展3次集中学习和专题研讨。", "集中学习"),
])
def test_two_things_joined_by_and_still_end_the_object(text: str, obj: str) -> None:
    assert extract_numbers(text)[0].object == obj


def test_aspect_particle_alone_is_no_object() -> None:
    found = extract_numbers("该所3581人提交了《个人有关事项报告表》。")
    assert [(n.value, n.object) for n in found] == [(3581, None)]


def test_joiner_alone_is_no_object() -> None:
    found = extract_numbers("立案件数和处分人数较去年同期分别增长57.9%和110%。")
    assert [n.object for n in found if n.value == 110] == [None]


@pytest.mark.parametrize("text,value", [
    ("全年谈话函询12人，函询5人次。", 12),  # no heart-to-heart talk
    ("全年谈话函询12人，函询5人次。", 5),
    ("对8名党员干部进行谈话函询。", 8),
    ("对6名村干部给予党纪处分。", 6),
])
def test_people_inquired_of_or_punished_are_disciplined(text: str, value: float) -> None:
    assert metric_of(text, value) == "disciplined"


@pytest.mark.parametrize("text", ["对20名党员进行表彰。", "邀请6名党员干部参加。"])
def test_people_after_dui_with_nothing_counted_stay_members(text: str) -> None:
    assert extract_numbers(text)[0].metric == "members"
