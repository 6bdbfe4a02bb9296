"""Round 25 (num): counts of 巡察整改 progress reports, discipline statistics and
campaign summaries.

A body written right after a verb of handing over (移交相关部门问题线索, 转交县纪委
监委2件) receives what is counted: neither doer nor object. A 委员会 counted by
个 is a body, no meeting; bodies counted after a cue that qualifies another verb
(整改|回访检查|单位) take no metric of that cue. What became of a regulation's
parts, written after its layout (共15条，其中新增6条、修改9条), is its layout too,
while the parts of rules made share the whole's object. Leads found are leads;
a verb of discipline or training before a kind of people says what was done to
them, and bare kinds after it count more of the same. People heading a body
(书记, 领导, 负责人) are doers. Every sentence is invented; each failed before its
fix, but the guards (marked so) of what the fixes must leave as they were.
"""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers
from lookups import number_values as values
from lookups import the_number as one


# --- a recipient written without 向 is neither doer nor object

@pytest.mark.parametrize("text,value,obj,actor,metric", [
    ("县委第二巡察组移交县纪委监委问题线索4件。", 4, "问题线索", "县委第二巡察组", "leads_handled"),
    ("巡察组移交区委组织部问题5个。", 5, "问题", "巡察组", "problems_found"),
    ("报送市委决策咨询报告4篇。", 4, "决策咨询报告", None, "research_articles"),
])
def test_recipient_after_a_handover_verb_is_left_out(text, value, obj, actor, metric) -> None:
    n = one(text, value)
    assert (n.object, n.actor, n.metric) == (obj, actor, metric)


def test_bare_handover_counts_some_of_those_before() -> None:
    # 转交区纪委监委3件: nothing named after the body, the 信访举报 of the count before
    n = one("受理信访举报31件，转交区纪委监委3件。", 3)
    assert n.object == "受理信访举报" and n.metric == "leads_handled"


@pytest.mark.parametrize("text,value,obj,metric", [
    ("移送司法机关2人。", 2, "移送司法机关", "disciplined"),  # guard: people handed over
    ("向县纪委监委移交问题线索5件。", 5, "移交问题线索", "leads_handled"),  # guard: round 24
    ("共梳理群众反映事项30件，其中转交有关部门办理12件。", 12, "群众反映事项", None),  # guard
])
def test_handover_guards(text, value, obj, metric) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


# --- a counted body is no meeting, nor a thing of a cue qualifying another verb

def test_committee_counted_by_ge_is_no_meeting() -> None:
    assert one("全市新成立五个街道基层委员会。", 5).metric is None


@pytest.mark.parametrize("text,value,metric", [
    ("召开支部委员会9次。", 9, "meetings"),  # guard: a committee's sittings
    ("全镇18个村支部委员会完成换届。", 18, "branches"),  # guard
    ("走访辖区企业40家。", 40, "surveys"),  # guard: the cue governs the bodies
])
def test_committee_and_body_guards(text, value, metric) -> None:
    assert one(text, value).metric == metric


def test_units_inspected_are_no_rectification_items() -> None:
    assert one("整改回访检查单位18个。", 18).metric is None


# --- what became of a regulation's parts is its layout; parts of rules made follow the whole

@pytest.mark.parametrize("text", [
    "新修订的《青山县机关党建工作规定》共15条，其中新增6条、修改9条。",
    "修订后的《柳江区党员管理办法》共20条，较原办法新增4条、删除2条。",
])
def test_changes_of_a_layout_are_no_counts(text: str) -> None:
    assert values(text) == []


def test_changes_of_a_layout_leave_the_next_count() -> None:  # guard
    text = "修订后的《柳江区党员管理办法》共20条，较原办法新增4条、删除2条，各支部组织学习3次。"
    assert values(text) == [3]


def test_every_part_of_rules_made_takes_the_whole() -> None:
    text = "制定完善制度规定15条，其中新增6条、修改9条。"
    assert [(n.value, n.object, n.metric) for n in extract_numbers(text)] == [
        (15, "制度规定", "rules_made"), (6, "制度规定", "rules_made"), (9, "制度规定", "rules_made")]


# --- leads found are leads

@pytest.mark.parametrize("text,value", [
    ("巡察发现问题线索23件。", 23),
    ("梳理出3个方面14项具体问题线索。", 14),
])
def test_leads_found_are_leads(text: str, value: float) -> None:
    assert one(text, value).metric == "leads_handled"


# --- a verb before a kind of people says what was done to them

@pytest.mark.parametrize("text,value,metric", [
    ("问责领导干部6人。", 6, "disciplined"),
    ("培训党员干部300人。", 300, "participants"),
    ("处分科级干部3人，一般干部9人。", 3, "disciplined"),
    ("处分科级干部3人，一般干部9人。", 9, "disciplined"),  # more people of the same verb
    ("对3名村干部采取留置措施。", 3, "disciplined"),
    ("组织300余名干部开展专题轮训。", 300, "participants"),
])
def test_what_was_done_to_people(text, value, metric) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text,value,metric", [
    ("党员120人，入党积极分子5人。", 5, "members"),  # guard: no verb before
    ("邀请6名党员干部参加专题组织生活会。", 6, "members"),  # guard: the dev gold's ruling
    ("应到党员30名，实到28名，请假2名。", 2, None),  # guard: no kind of people
])
def test_kinds_of_people_guards(text, value, metric) -> None:
    assert one(text, value).metric == metric


def test_disposal_verb_ends_the_people() -> None:
    assert one("对3名村干部采取留置措施。", 3).object == "村干部"


# --- people heading a body are doers

@pytest.mark.parametrize("text,value,actor", [
    ("各支部书记讲党课36次。", 36, "各支部书记"),
    ("局领导带头讲党课12次。", 12, "局领导"),
    ("领导小组办公室组织集中学习12次。", 12, None),  # guard: 领导 opens 领导小组
    ("紧紧围绕党的领导弱化、党的建设缺失两个方面的问题，开列问题清单。", 2, None),  # guard
])
def test_heads_of_bodies_are_doers(text, value, actor) -> None:
    assert one(text, value).actor == actor


def test_a_list_restated_by_its_count_is_no_doer() -> None:
    assert one("工作专班分设材料审核组、督导指导组、新闻宣传组三个小组。", 3).actor is None


# --- words that bounded objects wrongly

@pytest.mark.parametrize("text,value,obj", [
    ("60名党员主动认领微心愿。", 60, "党员"),
    ("联合开发党课讲义15篇。", 15, "党课讲义"),
    ("巡察期间受理信访件46件。", 46, "受理信访件"),
    ("向社会公开承诺事项12项。", 12, "承诺事项"),
])
def test_objects_bounded(text, value, obj) -> None:
    assert one(text, value).object == obj


def test_parts_each_with_their_own_verb_keep_it() -> None:  # guard, from merging round 25
    # only a later part of one whole (新增5条、修订7条) takes the whole's object; parts
    # naming what was done each (诫勉, 批评教育, 调整岗位) keep their own
    text = "对问题责任人进行问责，其中诫勉谈话4人、通报批评6人，调离岗位3人。"
    assert one(text, 3).object == "调离岗位"
    assert one(text, 6).object == "通报批评"


@pytest.mark.parametrize("text,value,actor", [
    ("为开好大会，因此学校主要领导先后主持召开5次筹备会议。", 5, "学校主要领导"),
    ("会后，同时各支部书记带头讲党课8次。", 8, "各支部书记"),
])
def test_a_clause_connective_is_no_part_of_the_doer(text, value, actor) -> None:
    assert one(text, value).actor == actor
