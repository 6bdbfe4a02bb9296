"""Round 46: counts measured on a new random sample of collected reports (seed 46).
A manner word (现场, 书面) right before a content verb ends the noun of a counted
place or unit (5家单位[现场]述职); the items a piece of work is laid out in after
a split verb, with nothing named after the unit (共分为八项，分别是…), are no
count; nor are the aspects of a standard measured against (对照上级明确的6个方面),
unless what was found is named between (对照反馈的3个方面…). Every sentence is
invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number

from reportmine.extract.numbers import extract_numbers


# --- a manner word before a verb ends the noun of a counted unit

def test_a_manner_word_before_a_verb_ends_a_counted_unit() -> None:
    text = "会上，青川区商务局等6家单位现场述职。"
    assert the_number(text, 6, "家").object == "单位"


def test_a_written_report_by_units_ends_the_noun_too() -> None:
    text = "全区共有8家单位书面述职。"
    assert the_number(text, 8, "家").object == "单位"


def test_guard_a_place_named_by_a_manner_word_stays_whole() -> None:
    # guard: nothing follows, 现场 is the end of the place's name
    assert the_number("与会人员观摩了4个党建现场。", 4, "个").object == "党建现场"


def test_guard_people_counted_before_a_manner_word() -> None:
    # guard: the round 42 rule for a head count of people
    assert the_number("7名党支部书记现场述职。", 7, "名").object == "党支部书记"


# --- the items a piece of work is laid out in

def test_items_after_a_split_verb_with_nothing_named_are_no_count() -> None:
    assert number_values("此次主题党日活动共分为六项，分别是重温入党誓词、集中学习和义务劳动。") == []


def test_guard_groups_formed_by_dividing_stay_counts() -> None:
    # guard: groups formed so are counted
    assert the_number("支部把党员分成4个学习小组开展讨论。", 4, "个").object == "学习小组"


def test_guard_a_count_of_items_without_a_split_verb_stays() -> None:
    # guard: items done, no split verb before
    assert number_values("全年完成重点任务八项，") == [8]


# --- the aspects of a standard measured against

def test_aspects_of_a_standard_measured_against_are_no_count() -> None:
    assert number_values("班子成员对照上级明确的5个方面突出问题进行检视剖析。") == []


def test_aspects_with_a_modifier_are_no_count_either() -> None:
    assert number_values("党员对照三个重点方面以及年初承诺事项逐一检视。") == []


def test_guard_the_parts_of_feedback_stay_counts() -> None:
    # guard: what was found is named between the verb and the count
    assert the_number("对照反馈的4个方面12项具体问题，逐项整改。", 12, "项").object == "具体问题"


def test_guard_aspects_a_talk_is_given_around_stay() -> None:
    # guard: 围绕 introduces what a talk held, an optional count kept as before
    assert number_values("他围绕理想信念和纪律规矩两个方面讲授专题党课。") == [2]


def test_parallel_counts_of_one_figure_in_one_sentence_are_both_kept() -> None:
    """，5家单位现场述职，5家单位书面述职: two sets of five units, each opening its clause,
    are two counts; the repeat rule merged them once the manner word left the object."""
    found = extract_numbers("会上，4家单位现场述职，4家单位书面述职。")
    assert [(n.value, n.object) for n in found] == [(4, "单位"), (4, "单位")]


def test_guard_a_count_pointing_back_stays_one() -> None:
    found = extract_numbers("共查摆问题6个，其中6个已整改到位。")
    assert len(found) == 1


def test_guard_a_count_named_again_as_subject_stays_one() -> None:
    found = extract_numbers("评议出3个先进支部，3个先进支部受到表彰。")
    assert len(found) == 1


def test_parallel_counts_after_a_list_closed_by_deng_are_both_kept() -> None:
    found = extract_numbers("市委办、市财政局、区委直属机关工委等4家单位现场述职，4家单位书面述职。")
    assert [n.value for n in found] == [4, 4]
