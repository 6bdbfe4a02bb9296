"""Round 26 (num2): counts of inspection feedback, party statistics bulletins,
discipline statistics and volunteer reports.

Opinions an inspection or supervision team gives a unit (反馈意见建议, 整改意见建议,
督导组提出…建议, 向县政府提出建议) are ``opinions_given``, no opinions gathered; a
gather word keeps them gathered. Figures given one for each of several things after
分别 (占比分别提高2.1、1.3个百分点; 分别有320个、150个) share the object named before
分别. A figure compared with the year before (比上年净增120名) is a change: it counts
what the count before counts and takes no metric of things. A part written without
its noun (其中反映…问题的109条) counts what its whole counts; a repeated count stays
the count before for the share after it. 件次/轮次/篇次 are units; 了 ends the verb
of the phrase after a count; a count opening a relative clause (15支千余名党员参与的
服务队) leaves the head counted and is read on its own; a 中 closing the clause before
a bare part names the whole. Every sentence is invented; each failed before its fix,
but the guards (marked so) of what the fixes must leave as they were.
"""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers


def one(text: str, value: float, unit: str | None = None):
    hits = [n for n in extract_numbers(text) if n.value == value and (unit is None or n.unit == unit)]
    assert len(hits) == 1, (text, [n.text for n in extract_numbers(text)])
    return hits[0]


# --- opinions given to a unit, not gathered by it

@pytest.mark.parametrize("text,value,metric", [
    ("县委第一巡察组向区档案馆党支部反馈意见建议14条。", 14, "opinions_given"),
    ("巡察组向被巡察村党组织提出针对性整改意见建议37条。", 37, "opinions_given"),
    ("巡察期间，巡察组向县财政局提出建议2条。", 2, "opinions_given"),
    ("市委督导组当场提出改进建议6条。", 6, "opinions_given"),
    # guards: opinions the unit gathers, or its own members raise, stay gathered
    ("会前，镇党委向辖区群众征求整改意见建议41条。", 41, "opinions_collected"),
    ("青年党员现场提出改进建议9条。", 9, "opinions_collected"),
    ("支部共征求意见建议23条。", 23, "opinions_collected"),
])
def test_opinions_given_and_gathered(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


# --- figures one for each after 分别

@pytest.mark.parametrize("text,unit,obj", [
    ("全县青年党员、女党员占比分别提高2.1、1.3个百分点。", "百分点", "全县青年党员、女党员占比"),
    ("全县机关、企业党组织覆盖率分别达96%、91%。", "%", "企业党组织覆盖率"),
])
def test_shares_after_respectively_are_named_before_it(text: str, unit: str, obj: str) -> None:
    hits = [n for n in extract_numbers(text) if n.unit == unit]
    assert len(hits) == 2 and all(n.object == obj for n in hits), [(n.text, n.object) for n in hits]


def test_counts_after_respectively_share_their_object() -> None:
    hits = extract_numbers("全区非公企业、社会组织党组织分别有86个、41个。")
    assert [(n.value, n.object, n.metric) for n in hits] == [
        (86, "党组织", "branches"), (41, "党组织", "branches")]


def test_a_date_tail_opens_no_rate() -> None:
    n = one("2022年全县党员总量增幅比上年下降0.3个百分点。", 0.3)
    assert n.object == "全县党员总量增幅"


# --- a change of a figure

@pytest.mark.parametrize("text,value,obj", [
    ("截至年底，全镇党员总数为1260名，比上年净增31名。", 31, "全镇党员总数"),
    ("全县共有基层党组织512个，比上年增加9个。", 9, "基层党组织"),
    ("全区基层党组织总数较上年增加14个。", 14, "全区基层党组织总数"),
])
def test_a_change_counts_what_the_figure_before_counts(text: str, value: float, obj: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, None)


def test_a_change_of_money_stays_money() -> None:  # guard
    n = one("全年党建经费比上年增加120万元。", 1200000)
    assert (n.object, n.metric) == ("全年党建经费", "money")


# --- parts written without their noun, and repeats

@pytest.mark.parametrize("text,value,metric", [
    ("共收集意见建议88条，其中反映作风方面问题的52条。", 52, "opinions_collected"),
    ("全年发展的860名党员中，生产工作一线的402名。", 402, "members"),
    ("全市给予党纪政务处分315人，同比增长12.6%，其中县处级3人。", 3, "disciplined"),
])
def test_a_part_counts_what_its_whole_counts(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


def test_a_repeated_count_is_the_count_before_for_its_share() -> None:
    hits = extract_numbers("全县女党员3120名。据统计，全县女党员3120名，占党员总数的28.4%。")
    assert [(n.value, n.object) for n in hits] == [(3120, "全县女党员"), (28.4, "全县女党员")]


# --- units, verbs and clauses after a count

@pytest.mark.parametrize("text,value,unit,obj", [
    ("全县纪检监察机关共接收信访举报1260件次。", 1260, "件次", "接收信访举报"),
    ("组织开展了三轮次专题调研活动。", 3, "轮次", "专题调研活动"),
    ("6名班子成员分别到6个社区上了一堂专题党课。", 6, "个", "社区"),
])
def test_units_and_verbs_after_a_count(text: str, value: float, unit: str, obj: str) -> None:
    n = one(text, value, unit)
    assert (n.unit, n.object) == (unit, obj)


def test_a_count_opening_a_relative_clause_is_read_on_its_own() -> None:
    hits = extract_numbers("社区组建了8支300余名党员参与的志愿服务队。")
    assert [(n.value, n.object, n.metric) for n in hits] == [
        (8, "志愿服务队", "groups"), (300, "党员", "participants")]


def test_the_whole_before_among_names_a_bare_part() -> None:
    n = one("今年全县受理的信访举报中，有126件来源于12345热线。", 126)
    assert (n.object, n.metric) == ("信访举报", "leads_handled")


@pytest.mark.parametrize("text,value,obj", [
    ("学校将72.3%的青年教师培养成骨干。", 72.3, "青年教师"),
    ("完成上级下达的95%的年度任务。", 95, "年度任务"),  # guard
])
def test_a_share_of_the_noun_after_it(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_a_body_after_an_actor_head_is_the_doer() -> None:
    assert one("县青年志愿者协会共组建4个服务小组。", 4).actor == "县青年志愿者协会"


@pytest.mark.parametrize("text,value,obj", [
    ("整改完成率已达96%。", 96, "整改完成率"),
    ("全院共50余人参加了学习。", 50, "参加"),  # guard: the verb is all the phrase
])
def test_tails_and_aspect_guards(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text,value,obj", [
    ("全年新建或改扩建党群服务站点46个。", 46, "党群服务站点"),
    ("制定或修订管理制度15项。", 15, "管理制度"),
    ("开展学习和讨论12次。", 12, "学习和讨论"),  # guard: the joiner inside the object
])
def test_two_verbs_joined_share_the_object(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_a_count_inside_a_bracket_note_ends_with_it() -> None:
    assert one("组建工作专班(2个协调组、6个复核组)。", 6).text == "6个复核组"


def test_an_age_bracket_before_respective_shares_keeps_its_number() -> None:  # from merging round 26
    # the figures after 分别 take the name before it; an age bracket's number is part of that name
    text = "村党组织书记中，40岁及以下的分别占11.5%、16.2%。"
    assert [(n.value, n.object) for n in extract_numbers(text)] == [(11.5, "40岁及以下"), (16.2, "40岁及以下")]
