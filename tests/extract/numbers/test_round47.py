"""Round 47: counts measured on a new random sample of collected reports (seed 47).
An ordinal over a space (第 12次) or shared across a joiner (第12次和13次会议) is
no count; 及以下/及以上 close a rank, so a later count of the same head keeps the
verb's metric; a round of meetings (组织生活会1轮) is meetings; 同向 ends the unit
counted before it (5家单位[同向]发力); 主持 is a content verb, so a time word
before it is no part of the object; a pronoun standing for a body leaves the body
as the doer; a doer with its adverb before an event count (王某先后两次…) is no
object; the formula 七个有力 is no count. Every sentence is invented; each failed
before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- ordinals

def test_an_ordinal_over_a_space_is_no_count() -> None:
    assert number_values("会议传达了省青联领导小组第 7次会议精神。") == []


def test_an_ordinal_shares_its_di_across_a_joiner() -> None:
    assert number_values("会议学习了省青联领导小组第 7次和8次会议精神。") == []


def test_an_ordinal_run_by_a_range_is_no_count() -> None:
    assert number_values("支部学习了第3次至4次全委会精神。") == []


def test_guard_a_count_after_an_ordinal_clause_stays() -> None:
    # guard: a clause between: the count is its own
    assert the_number("召开第3次党员大会，集中学习5次。", 5, "次").metric == "study_sessions"


# --- a rank closed by 及以下

def test_a_rank_closed_by_ji_yixia_keeps_the_verb_metric() -> None:
    text = "全年共查处县处级干部问题16起，乡科级及以下干部问题231起。"
    assert the_number(text, 231, "起").metric == "cases_filed"


def test_guard_a_rank_closed_by_ji_yishang_stays_in_the_object() -> None:
    # guard: after the count the rank was whole already
    text = "培训45名县处级及以上领导干部。"
    assert the_number(text, 45, "名").object == "县处级及以上领导干部"


# --- a round of meetings

def test_a_round_of_meetings_is_meetings() -> None:
    text = "各党支部全年召开组织生活会1轮、讲授党课25次。"
    assert the_number(text, 1, "轮").metric == "meetings"


def test_guard_rounds_of_inspection_stay_inspections() -> None:
    # guard: 巡察 by 轮 (round 45)
    assert the_number("县委开展3轮常规巡察。", 3, "轮").metric == "inspections"


# --- 同向 ends the unit counted

def test_tongxiang_ends_the_counted_unit() -> None:
    text = "指导组与联系的甲局、乙局等5家单位同向发力。"
    assert the_number(text, 5, "家").object == "单位"


# --- 主持 is a content verb

def test_a_time_word_before_zhuchi_is_no_part_of_the_object() -> None:
    n = the_number("全年主持中心组学习9次，撰写心得体会3篇。", 9, "次")
    assert (n.object, n.metric) == ("主持中心组学习", "study_sessions")


def test_zhuchi_ends_the_doer_before_it() -> None:
    text = "支部党员教师主持科研课题4项。"
    n = the_number(text, 4, "项")
    assert (n.object, n.actor) == ("主持科研课题", "支部党员教师")


def test_guard_zhuchi_zhaokai_stays_light() -> None:
    # guard: 主持召开 introduces the meetings counted (round 20)
    n = the_number("支部书记主持召开支委会12次。", 12, "次")
    assert (n.object, n.actor, n.metric) == ("支委会", "支部书记", "meetings")


def test_guard_a_host_is_a_thing() -> None:
    # guard: 主持人 names people
    assert the_number("5名主持人参加。", 5, "名").object == "主持人"


# --- a pronoun standing for a body

def test_a_pronoun_for_a_body_leaves_the_body_as_doer() -> None:
    assert the_number("他代表县委第二督导组提出三条建议。", 3, "条").actor == "县委第二督导组"


def test_guard_a_name_for_a_body_stays_the_doer() -> None:
    # guard: round 4x, a named person on behalf of a group did it
    assert the_number("李强代表县委第三巡察组反馈问题8个。", 8, "个").actor == "李强"


# --- a doer with its adverb before an event count

def test_a_doer_with_its_adverb_is_no_object() -> None:
    n = the_number("院党委书记陈某先后两次对工作简报作出批示。", 2, "次")
    assert (n.object, n.actor) == ("批示", "院党委书记")


def test_guard_an_adverb_before_a_count_with_its_verb_after() -> None:
    # guard: the verb right after the count names what was done
    n = the_number("支部书记先后3次讲授党课。", 3, "次")
    assert (n.object, n.actor, n.metric) == ("党课", "支部书记", "party_lectures")


# --- 七个有力

def test_the_formula_qige_youli_is_no_count() -> None:
    assert number_values("各支部书记围绕落实七个有力要求的具体成效作了汇报。") == []


def test_guard_a_count_of_strong_measures_stays() -> None:
    # guard: 有力 before another noun is a plain adjective
    assert the_number("支部制定了3个有力举措。", 3, "个").object == "有力举措"
