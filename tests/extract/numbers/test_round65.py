"""Round 65: counts measured on 40 reports of the seed-65 sample. What is done for
the people counted, or what they did, written right after them ends them
(6位青年教师[加大]培养力度, 一行十余人[莅临]指导, 干部300余人[开展]轮训, with
the doer and 对 before them left out); the body a count of people makes up
(宣讲队成员[由]6名…组成) is no doer; a place's capacity (可容纳200余人) is no
count. Every sentence is invented; each failed before its fix, but the guards
(marked so)."""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers

from lookups import the_number


# --- what is done for the people counted, or what they did, after them
def test_jiada_after_people_ends_object() -> None:
    text = "书记要求党小组对近期递交入党申请书的6位年轻老师加大培养力度。"
    assert the_number(text, 6, "位").object == "年轻老师"


def test_lilin_after_a_party_is_no_object() -> None:
    text = "县作协主席周某某等一行十余人莅临指导。"
    assert the_number(text, 10, "人").object is None


def test_lilin_after_named_people_reads_before() -> None:
    text = "市直机关工委领导等20余人莅临现场观摩。"
    assert the_number(text, 20, "人").object == "市直机关工委领导"


def test_light_verb_after_people_reads_before() -> None:
    text = "分3期对全区科级以上领导干部300余人开展专题轮训。"
    assert the_number(text, 300, "人").object == "全区科级以上领导干部"


def test_dui_before_people_leaves_the_doer_out() -> None:
    text = "街道党工委对辖区社区干部85名开展集中培训。"
    assert the_number(text, 85, "名").object == "辖区社区干部"


def test_light_verb_after_a_bare_count_reads_after() -> None:  # guard
    text = "组织400余人开展义务植树活动。"
    assert the_number(text, 400, "人").object == "义务植树活动"


# --- the body a count of people makes up is no doer
def test_you_before_members_made_up_is_no_actor() -> None:
    text = "学校组建青年宣讲队，宣讲队成员由7名青年教师组成。"
    n = the_number(text, 7, "名")
    assert n.object == "青年教师"
    assert n.actor is None


def test_you_before_a_group_made_up_is_no_actor() -> None:
    text = "县委第二巡察组由4名干部组成。"
    assert the_number(text, 4, "名").actor is None


# --- a place's capacity is no count
def test_capacity_is_no_count() -> None:
    text = "新落成的党群服务中心可容纳300余人同时开展活动。"
    assert not [n for n in extract_numbers(text) if n.value == 300]


def test_capacity_with_hedge_is_no_count() -> None:
    text = "改造后的纪念馆届时将能容纳近千人参观学习。"
    assert not [n for n in extract_numbers(text) if n.value == 1000]


def test_people_held_by_a_hall_stay_a_count() -> None:  # guard
    text = "礼堂里容纳了260余名党员，座无虚席。"
    assert the_number(text, 260, "名").object == "党员"
