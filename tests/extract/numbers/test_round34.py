"""Round 34 (num): metrics of preaching tours, leads and prosecutions, the head noun
after a run of quoted names, a light verb closing the phrase before a head count,
and more things of the verb before.

开展巡讲17场 counts talks (巡讲 is a cue of lectures); 移送线索55件 counts leads; 移送检察机关8人
counts people held to account, as 移送司法机关 does. “…”“…”等宣讲品牌6个: two or more
quoted names before 等 are items, the noun after it names them all. 活动包含15名…的宣讲员:
the light verb right before a head count names nothing counted. 查处甲级问题18起，乙级问题
96起: a count right after another, with the same head noun and no verb of its own, takes
the metric of the verb before. 干部结对帮扶困难群众: 结对帮扶 ends the doers (jieba cuts
结|对). Every sentence is invented; each failed before its fix but the guards (marked so).
"""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- metric vocabulary

@pytest.mark.parametrize("text,value,metric", [
    ("青年宣讲分团赴各镇开展巡讲23场。", 23, "lectures"),
    ("县委巡察办向县纪委监委移送线索17件。", 17, "leads_handled"),
    ("区纪委监委留置4人，移送检察机关6人。", 6, "disciplined"),
])
def test_round34_metric_cues(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


def test_guard_touring_talks_still_lectures() -> None:  # guard: 宣讲 inside it
    assert one("示范团已完成巡回宣讲40场次。", 40).metric == "lectures"


def test_guard_handing_to_judiciary_still_disciplined() -> None:  # guard
    assert one("全年移送司法机关3人。", 3).metric == "disciplined"


def test_guard_problem_leads_still_leads() -> None:  # guard
    assert one("巡察组发现问题线索9件。", 9).metric == "leads_handled"


# --- quoted items before 等

def test_quoted_items_before_deng_leave_the_head_noun() -> None:
    text = "柳溪镇打造“晨光课堂”“院坝夜话”“田埂讲台”等宣讲品牌5个。"
    n = one(text, 5)
    assert n.object == "宣讲品牌" and n.metric == "brands"
    spans_honest(text)


def test_guard_one_quote_before_deng_stays_whole() -> None:  # guard
    text = "督查中指出“以会议落实会议”等情况3类。"
    assert one(text, 3, "类").object.endswith("“以会议落实会议”等情况")


# --- a light verb right before a head count

def test_light_verb_before_head_count_names_nothing() -> None:
    text = "本次讲师团包含12名来自驻地院校和党校的青年教员。"
    assert one(text, 12).object != "本次讲师团包含"
    assert one(text, 12).object is None or "包含" not in one(text, 12).object


def test_guard_light_verb_continues_things_before() -> None:  # guard
    text = "该站共举办“青禾讲堂”60余场，今年以来已开展9场。"
    assert one(text, 9).object == "“青禾讲堂”"


def test_guard_noun_ending_like_a_verb_stays() -> None:  # guard: 组织 is a noun here
    assert one("全县新建基层工会组织41个。", 41).object == "基层工会组织"


def test_guard_verb_chain_stays_the_object() -> None:  # guard
    n = one("区纪委监委立案查处9人。", 9)
    assert n.object == "立案查处" and n.metric == "cases_filed"


# --- more things of the verb before

def test_same_head_after_a_count_takes_its_metric() -> None:
    text = "全市共查处科级干部问题27起，一般干部问题134起，村干部问题88起。"
    assert one(text, 27).metric == "cases_filed"
    assert one(text, 134).metric == "cases_filed"
    assert one(text, 88).metric == "cases_filed"


def test_guard_other_head_keeps_its_own_metric() -> None:  # guard
    text = "查摆问题14个，整改措施31条。"
    assert one(text, 14).metric == "problems_found"
    assert one(text, 31).metric == "rectification_measures"


# --- pairing verbs end the doers

def test_pairing_verb_ends_the_doers() -> None:
    n = one("全乡党员干部结对帮扶困难家庭58户。", 58)
    assert n.actor == "全乡党员干部" and n.object.endswith("困难家庭")


def test_pairing_verb_ends_the_things_counted() -> None:
    n = one("五所小学结对开展共建活动。", 5)
    assert n.object == "小学"
