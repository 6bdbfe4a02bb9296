"""Round 43: counts measured on a new random sample of collected reports (seed 43).
A body counted by 家 or 个 ends where what it held, showed or built begins
(3家县直单位党委（党组）[专题]民主生活会, 12家基层单位[典型]事迹, 六个支部[标准化]建设);
a label and its copula before a head count (培训对象为…) are no part of the people
counted, though its verb still names the metric; 专项整治 items are rectification
items; an actor whose head closes a bracket note (各党组（党委）) keeps the bracket,
and a light verb opening an actor made of bodies counted ([组织]25个村班子) is left
out. Every sentence is invented; each failed before its fix, but the guards
(marked so)."""
from __future__ import annotations

from lookups import the_number

from reportmine.extract.numbers import extract_numbers


# --- a body counted ends before what it held, showed or built

def test_a_body_in_brackets_ends_before_a_special_meeting() -> None:
    n = the_number("县领导到会督导4个乡镇、3家县直单位党委（党组）专题民主生活会。", 3, "家")
    assert (n.object, n.metric) == ("县直单位党委（党组）", "branches")


def test_units_end_before_their_model_deeds() -> None:
    n = the_number("在微信公众号开设专栏，宣传12家基层单位典型事迹。", 12, "家")
    assert n.object == "基层单位"


def test_branches_end_before_their_standardization() -> None:
    n = the_number("近日，离退休党总支召开了六个支部标准化建设推进会。", 6, "个")
    assert (n.object, n.metric) == ("支部", "branches")


def test_guard_a_special_meeting_counted_stays_whole() -> None:
    # guard: without a body before it, 专题 reads on
    n = the_number("全年召开专题民主生活会3次。", 3, "次")
    assert n.metric == "meetings"


def test_guard_a_body_with_a_plain_head_is_kept() -> None:
    # guard: no stop word after the head, the object is unchanged
    n = the_number("全镇15个村党组织全部完成换届。", 15, "个")
    assert n.object == "村党组织"


# --- a label and its copula before a head count

def test_the_label_before_the_people_trained_is_left_out() -> None:
    n = the_number("举办青年干部培训班，培训对象为乡镇干部120余人。", 120, "人")
    assert (n.object, n.approx, n.metric) == ("乡镇干部", "余", "participants")


def test_the_label_still_names_the_metric_of_a_total() -> None:
    n = the_number("举办第二期培训班，培训对象为社区书记共38人。", 38, "人")
    assert (n.object, n.metric) == ("社区书记", "participants")


def test_guard_people_without_a_label_are_unchanged() -> None:
    # guard
    n = the_number("全体党员干部60余人参加培训。", 60, "人")
    assert n.metric == "participants"


# --- special rectification

def test_special_rectification_items_are_rectification_items() -> None:
    n = the_number("在市委15项突出问题专项整治中，该局牵头的3项已完成。", 15, "项")
    assert n.metric == "rectification_items"


def test_guard_problems_found_stay_problems_found() -> None:
    # guard
    n = the_number("班子共查摆突出问题15项。", 15, "项")
    assert n.metric == "problems_found"


# --- actors

def test_an_actor_closing_a_bracket_keeps_it() -> None:
    n = the_number("各机关党组（党委）全年专题研究党建工作64次。", 64, "次")
    assert n.actor == "各机关党组（党委）"


def test_a_light_verb_opening_counted_doers_is_left_out() -> None:
    n = the_number("组织25个村班子查摆问题180条。", 180, "条")
    assert n.actor == "25个村班子"


def test_guard_bodies_counted_without_a_light_verb_stay_the_actor() -> None:
    # guard: no light verb opens the actor, it is kept whole
    nums = extract_numbers("机关9个党支部确定整改问题47项。")
    n = next(n for n in nums if n.value == 47)
    assert n.actor == "机关9个党支部"
