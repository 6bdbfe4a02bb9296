"""Round 32 (num): grounds and causes after a count, 上报 and 落实 as light verbs,
causative verbs before the doers, verbs inside a quoted name before a count.

12家被巡察单位根据反馈意见…: 根据, 按照, 依据 and 因 after a count open what the
things counted did, no part of them (原因, 因素 stay nouns). 上报社情民意信息30篇: the
verb of reporting up is left out of the object. 督促被巡察单位落实整改措施: the body
after 督促 or 推动 did what is counted, and 落实 is left out of the object. A verb
inside a quoted name (“以整改措施代替整改落实情况”等情况3类) opens no object.
Every sentence is invented; each failed before its fix but the guards (marked so).
"""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- a preposition of grounds or cause after a count

def test_grounds_after_count_end_the_object():
    text = "青川县委前八轮巡察中，42家被巡察单位根据反馈意见共制定整改措施1260条。"
    assert one(text, 42, "家").object == "被巡察单位"
    assert one(text, 1260, "条").metric == "rectification_measures"
    spans_honest(text)


def test_procedure_after_head_count_ends_the_object():
    assert one("年内支部有5名积极分子按照程序转为预备党员。", 5, "名").object == "积极分子"


def test_cause_after_count_ends_the_object():
    assert one("督查发现，4家单位因台账缺失被通报批评。", 4, "家").object == "单位"


def test_guard_nouns_holding_cause_stay_whole():
    assert one("支部班子深入剖析3个原因。", 3, "个").object == "原因"
    assert one("逐条查找影响作风的因素6个。", 6, "个").object.endswith("因素")


# --- 上报 is a light verb

def test_reporting_up_is_left_out_of_the_object():
    text = "全年向某某市委会、槐荫区政协上报社情民意信息26篇。"
    n = one(text, 26, "篇")
    assert n.object == "社情民意信息"
    spans_honest(text)


# --- causatives and 落实

def test_body_after_urging_is_the_doer():
    n = one("区纪委督促第三轮被巡察单位落实整改措施860余项。", 860, "项")
    assert (n.object, n.actor) == ("整改措施", "第三轮被巡察单位")


def test_body_after_pushing_is_the_doer():
    n = one("推动被巡察党组织完成整改问题57个。", 57, "个")
    assert (n.actor, n.metric) == ("被巡察党组织", "rectification_done")


def test_implementing_is_left_out_and_doer_kept():
    n = one("各被巡察单位落实整改措施140项。", 140, "项")
    assert n.actor == "各被巡察单位"


def test_guard_measures_counted_before_implementing():
    n = one("制定整改措施38项，均已落实到位。", 38, "项")
    assert (n.object, n.metric) == ("整改措施", "rectification_measures")


# --- a verb inside a quoted name

def test_verb_inside_quote_opens_no_object():
    text = "检查中发现“组织学习流于形式”等情况5类。"
    n = one(text, 5, "类")
    assert n.object.endswith("“组织学习流于形式”等情况")
    assert n.text.endswith("“组织学习流于形式”等情况5类")
    spans_honest(text)


def test_implementing_inside_quote_opens_no_object():
    text = "评审中指出“以整改方案代替整改落实情况”等情况4类。"
    assert one(text, 4, "类").object == "“以整改方案代替整改落实情况”等情况"


def test_guard_verb_before_quote_still_opens_object():
    assert one("收集“我为群众办实事”项目45个。", 45, "个").object == "“我为群众办实事”项目"
