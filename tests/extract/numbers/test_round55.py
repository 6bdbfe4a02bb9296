"""Round 55: actors of counts judged across the collected reports (seed 5555).
A time phrase opening the subject (今年上半年, 一年来) says when, not who; a
subject going somewhere (班子成员到所在支部, …带头到…) acted there: the doer is
the phrase before 到 (and before an adverb such as 带头 in front of it).
Counts: an adverbial phrase closed by 地 right after a count of people names
nothing counted; shares written in tenths (近六成 -> 60%); 组织实施单位 is one
noun (no 工作组 inside 工作组织); a total word after a list of three kinds of
people or more counts the whole list.
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number
from reportmine.extract.numbers import extract_numbers


# --- a time phrase opening the subject is no part of the doer
def test_first_half_year_is_no_part_of_the_doer() -> None:
    text = "今年上半年江东省各级纪检机关共处分3200人。"
    assert the_number(text, 3200).actor == "江东省各级纪检机关"


def test_a_year_long_span_is_no_part_of_the_doer() -> None:
    text = "一年来驻村第一书记共走访农户120户。"
    assert the_number(text, 120).actor == "驻村第一书记"


def test_a_doer_without_time_phrase_stays() -> None:  # guard
    text = "江东省各级纪检机关共处分3200人。"
    assert the_number(text, 3200).actor == "江东省各级纪检机关"


# --- 到 names where the doers went: the doer is before it
def test_members_going_to_their_branch() -> None:
    text = "青松县班子成员到所在支部讲党课9次。"
    assert the_number(text, 9).actor == "青松县班子成员"


def test_members_leading_the_way_to_their_branch() -> None:
    text = "领导班子成员带头到所在支部讲党课12次。"
    assert the_number(text, 12).actor == "领导班子成员"


def test_doers_leading_without_going_stay() -> None:  # guard
    text = "党员领导干部带头讲党课23次。"
    assert the_number(text, 23).actor == "党员领导干部"


def test_a_target_before_to_stays() -> None:  # guard
    text = "督导组对柳河镇党委反馈问题18个。"
    assert the_number(text, 18).actor == "督导组"


# --- an adverbial phrase closed by 地 right after the count names nothing counted
def test_adverbial_phrase_right_after_people_counted() -> None:
    text = "考察组一行六人马不停蹄地赶往石桥村。"
    n = the_number(text, 6)
    assert n.object == "考察组" and n.unit == "人"


def test_adverbial_phrase_after_a_noun_stays() -> None:  # guard
    text = "两位教授细致地检查了台账。"
    assert the_number(text, 2).object == "教授"


# --- shares written in tenths
def test_share_in_tenths_with_hedge() -> None:
    n = the_number("全乡近四成党员报名参加了义务巡河。", 40)
    assert (n.unit, n.approx, n.metric) == ("%", "近", "share")


def test_share_in_tenths_and_a_half_tenth() -> None:
    n = the_number("群众满意度达到八成五。", 85)
    assert n.unit == "%"


def test_idiom_and_verbs_with_cheng_are_no_share() -> None:  # guard
    assert [n.value for n in extract_numbers("一成不变的老办法要改，组成三个小组。")] == [3]


# --- 组织实施单位 is one noun, and no group
def test_organizing_units_are_one_noun_without_group_metric() -> None:
    n = the_number("全市划分为14个评审工作组织实施单位。", 14)
    assert n.object == "评审工作组织实施单位" and n.metric is None


def test_work_groups_stay_groups() -> None:  # guard
    assert the_number("区委派出4个工作组开展督导。", 4).metric == "groups"


# --- a total word after a long list of kinds of people counts the whole list
def test_long_list_of_people_before_a_total() -> None:
    text = "文化站党员、入党积极分子和群众及合唱队第三党小组成员共68人参加。"
    assert the_number(text, 68).object == "文化站党员、入党积极分子和群众及合唱队第三党小组成员"


def test_three_kinds_of_people_before_a_total() -> None:
    text = "退休教师、在校学生和社区群众共150人参加。"
    assert the_number(text, 150).object == "退休教师、在校学生和社区群众"


def test_a_pair_of_kinds_keeps_its_last_item() -> None:  # guard
    assert the_number("离休干部、志愿者共27人参加。", 27).object == "志愿者"


def test_a_list_after_a_verb_is_left() -> None:  # guard
    text = "支部邀请退休教师、在校学生和社区群众共150人参加。"
    assert the_number(text, 150).object != "退休教师、在校学生和社区群众"


def test_organizing_units_repeated_with_their_work_are_one_count() -> None:
    text = "全县分为14个评审工作组织实施单位。到年底，14个评审工作组织实施单位的评审提名工作全部完成。"
    assert [n.object for n in extract_numbers(text) if n.value == 14] == ["评审工作组织实施单位"]


def test_relative_clause_before_the_counted_noun_stays() -> None:  # guard
    assert the_number("查处47起教育领域损害学生利益的突出问题。", 47).object == "突出问题"


def test_a_clause_opened_by_a_short_noun_verb_stays() -> None:  # guard
    assert the_number("梳理出3个需要长期坚持的问题。", 3).object == "问题"
