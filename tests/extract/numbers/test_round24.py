"""Round 24 (num): counts of 巡视巡察整改 reports and campaign summaries.

The layout of a regulation or a book (共3编158条, 共分8章32节) is no count of
work done; a body a thing is handed to (向县纪委监委移交) is neither doer nor
object; a verb written before a count whose noun follows (走访50余户居民) gives
its metric; an opening adverbial of place (在…会上), a 等 closing a list cut off,
an adverb before a figure (满意度均) and compounds holding a light verb
(组织处理, 制定修订) no longer bound objects and actors wrongly. Every sentence
is invented; each failed before its fix, but the guards (marked so) of what the
fixes must leave as they were.
"""
from __future__ import annotations

import pytest

from lookups import number_values as values
from lookups import the_number as one


# --- the layout of a text is no count

@pytest.mark.parametrize("text", [
    "新修订的《青山县机关党建工作规定》共3编158条，分为总则、分则和附则。",
    "宣讲人重点解读了主要内容的4编96条。",
    "该书共分8章32节，约25万字，由红河出版社出版。",
    "《柳江区党员教育管理办法》共24条。",
])
def test_layout_of_a_text_is_no_count(text: str) -> None:
    assert values(text) == []


def test_layout_leaves_the_counts_of_the_same_sentence() -> None:
    assert values("《青山县党建工作准则》共24条，各党支部组织学习3次。") == [3]


@pytest.mark.parametrize("text,value,obj", [
    ("课题组先后形成五个版本，最终定稿。", 5, "版本"),  # guard: versions drafted are work done
    ("党员撰写心得体会36篇，提出意见建议12条。", 36, "心得体会"),  # guard
    ("党员撰写心得体会36篇，提出意见建议12条。", 12, "意见建议"),  # guard: 条 of opinions
    ("查摆问题12条，制定整改措施20条。", 20, "整改措施"),  # guard: two counts of 条
])
def test_counts_of_work_in_text_units_stay(text: str, value: float, obj: str) -> None:
    assert obj in (one(text, value).object or "")


# --- the body a thing is handed to is neither doer nor object

def test_recipient_of_a_handover_is_left_out() -> None:
    n = one("截至目前，县委巡察组向县纪委监委移交问题线索12件。", 12)
    assert n.object == "移交问题线索" and n.actor == "县委巡察组" and n.metric == "leads_handled"


def test_recipient_inside_a_relative_clause() -> None:
    n = one("集团总部完成核实省巡视组和国资委纪委移交的问题线索5个。", 5)
    assert n.object == "问题线索" and n.metric == "leads_handled"


def test_discipline_body_is_the_doer_of_a_case() -> None:
    n = one("区纪委监委立案查处12人。", 12)
    assert n.object == "立案查处" and n.actor == "区纪委监委" and n.metric == "cases_filed"


def test_case_verb_before_a_thing_stays_light() -> None:  # guard: 查处 introduces the cases
    assert one("立案查处食品安全违法案件215件。", 215).object == "食品安全违法案件"


# --- a verb before the count, its noun after

@pytest.mark.parametrize("text,value,obj,actor,metric", [
    ("活动中，党员志愿者走访50余户居民，发放宣传资料3000余份。", 50, "居民", "党员志愿者", "surveys"),
    ("镇干部调研了12家企业，现场解决困难5个。", 12, "企业", "镇干部", "surveys"),
])
def test_verb_before_count_gives_the_metric(text, value, obj, actor, metric) -> None:
    n = one(text, value)
    assert (n.object, n.actor, n.metric) == (obj, actor, metric)


def test_object_after_a_noun_count_keeps_its_metric() -> None:  # guard
    n = one("组织开展8次集中学习。", 8)
    assert (n.object, n.metric) == ("集中学习", "study_sessions")


# --- what bounded objects and actors wrongly

def test_opening_adverbial_of_place_is_no_object() -> None:
    assert one("在巡察整改专题民主生活会上批评帮助5人，责令检查1人。", 5).object == "批评帮助"


def test_opening_adverbial_before_a_verb_word() -> None:
    n = one("在中心组学习会上交流发言6人。", 6)
    assert n.object == "交流发言" and n.metric == "speeches"


def test_place_word_opening_a_word_is_no_adverbial() -> None:  # guard: 上门 is one word
    assert one("在全镇上门走访群众300户。", 300).object == "走访群众"


@pytest.mark.parametrize("text,value", [
    ("开展百姓宣讲活动，在全县22个乡镇、8大系统部门开展宣讲预选赛31场次。", 31),
    ("县级领导干部示范带头，到包联单位开展专题宣讲26场次。", 26),
])
def test_place_is_no_doer(text: str, value: float) -> None:
    n = one(text, value)
    assert n.actor is None and n.metric == "lectures"


def test_list_closing_deng_cut_off() -> None:
    n = one("健全完善《中共青山县委常委会议事规则》等规则制度46项。", 46)
    assert n.object == "规则制度" and n.metric == "rules_made"


def test_adverb_between_rate_and_figure() -> None:
    assert one("对测评结果进行统计，满意度均超过90%。", 90).object == "满意度"


def test_character_ending_a_word_is_no_tail() -> None:  # guard: 平均 is one word
    assert one("班子成员每人平均7条以上。", 7).object.endswith("平均")


@pytest.mark.parametrize("text,value,obj,metric", [
    ("巡察整改中，组织处理11人，诫勉3人。", 11, "组织处理", "disciplined"),
    ("中船某集团总部制定修订规章制度13个。", 13, "规章制度", "rules_made"),
    ("清退追缴违规资金37.5万元。", 375000, "违规资金", "money"),
])
def test_compounds_holding_a_light_verb(text, value, obj, metric) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


def test_bare_revision_is_still_counted() -> None:  # guard: a bare 修订 is no light verb
    assert one("条例历经两次修订。", 2).object == "修订"


@pytest.mark.parametrize("text,value,obj", [
    ("会议听取了四个党支部关于整改情况的汇报。", 4, "党支部"),
    ("会上听取了3个督导组关于督导情况的反馈。", 3, "督导组"),
])
def test_topic_preposition_ends_the_object_after_a_count(text, value, obj) -> None:
    # 关于 opens the report's topic: no part of the things counted (党支部关 before)
    assert one(text, value).object == obj


def test_topic_preposition_inside_an_object_before_a_count_stays() -> None:  # guard
    assert one("印发关于整改的通知3份。", 3).object == "关于整改的通知"


@pytest.mark.parametrize("text,value", [
    ("巡察整改中制定完善制度规定12条。", 12),
    ("制定《青山县委巡察工作办法》等制度规定9条。", 9),
])
def test_bare_rule_nouns_count_rules_made_not_a_layout(text, value) -> None:
    # a bare 规定 is plural rules made; only a titled document or a book has a layout
    n = one(text, value)
    assert n.object == "制度规定" and n.metric == "rules_made"
