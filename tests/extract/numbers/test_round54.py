"""Round 54: counts measured on a new random sample of collected reports (seed 54).
An adverbial phrase closed by 地 after the people counted opens what they did;
a relative clause holding a negation (…不在…的) describes the head noun after
it, which is counted; a list of bare nouns joined by 、 after a count is counted
whole (乡镇、街道办事处).
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- an adverbial phrase closed by 地 ends the things counted
def test_adverbial_phrase_after_people_counted() -> None:
    text = "三位老教授细致地翻阅了青柳村的台账。"
    assert the_number(text, 3).object == "老教授"


def test_adverbial_phrase_after_volunteers() -> None:
    text = "活动中，12名志愿者热情地为居民讲解垃圾分类知识。"
    assert the_number(text, 12).object == "志愿者"


def test_a_base_holding_di_stays() -> None:  # guard
    text = "白沙镇新建3个党员教育基地。"
    assert the_number(text, 3).object == "党员教育基地"


# --- a relative clause holding a negation describes the head after it
def test_negated_relative_clause_before_the_branches_counted() -> None:
    text = "经摸排，全镇新建4个成员关系不在本镇的外出务工党员党支部。"
    number = the_number(text, 4)
    assert number.object == "外出务工党员党支部"
    assert number.metric == "branches"


def test_negation_without_a_counted_head_is_cut() -> None:
    text = "督导发现2个支部不按规定的程序发展党员。"
    assert the_number(text, 2).object == "支部"


# --- a list of bare nouns after a count is counted whole
def test_towns_and_subdistricts_counted_together() -> None:
    text = "全市27个乡镇、街道办事处同步召开了动员会。"
    assert the_number(text, 27).object == "乡镇、街道办事处"


def test_members_and_volunteers_counted_together() -> None:
    text = "活动当天，40余名党员、志愿者来到敬老院。"
    assert the_number(text, 40).object == "党员、志愿者"


def test_deputies_and_members_counted_together() -> None:  # guard
    text = "座谈会邀请了15余名人大代表、政协委员参加。"
    assert the_number(text, 15).object == "人大代表、政协委员"


def test_a_list_of_counts_stays_apart() -> None:  # guard
    text = "工作组走访了6个村、2个社区。"
    assert the_number(text, 6).object == "村"
    assert the_number(text, 2).object == "社区"


def test_a_verb_after_the_list_mark_ends_the_object() -> None:  # guard
    text = "全县9个乡镇、开展了集中宣讲。"
    assert the_number(text, 9).object == "乡镇"


def test_another_kind_of_item_ends_the_list() -> None:  # guard
    text = "座谈会上，4个派出法庭、部分律师代表作了交流发言。"
    assert the_number(text, 4).object == "派出法庭"


# --- recruiting party members is one noun after a count
def test_batches_of_member_recruitment() -> None:
    text = "今年以来，学生第二支部完成3批党员发展、1批预备党员转正工作。"
    assert the_number(text, 3).object == "党员发展"


def test_people_counted_before_their_verb_stay() -> None:  # guard
    text = "支部今年有3名党员发展了新党员。"
    assert the_number(text, 3).object == "党员"
