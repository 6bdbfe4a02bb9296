"""Round 52: counts measured on a new random sample of collected reports (seed 52).
A passive discipline verb after a head count (8名干部被立案, 5名党员被处分) says
what the people underwent, whatever their kind; 处分 and 立案 before a count of
people are its verb though jieba tags them nouns; cases filed may be counted by
名; a split verb before a count of batches (培训分三批) is no part of the object.
Every sentence is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- a passive discipline verb after a head count names the metric
def test_people_put_under_investigation_by_a_passive() -> None:
    text = "今年以来，全县共有8名科级干部被立案审查。"
    assert the_number(text, 8, "名").metric == "cases_filed"


def test_people_disciplined_by_a_passive_over_their_own_kind() -> None:
    text = "青石镇5名党员被处分，其中2人受到诫勉。"
    assert the_number(text, 5, "名").metric == "disciplined"


def test_people_filed_by_a_passive() -> None:
    text = "上半年，全市14名处级干部被立案。"
    assert the_number(text, 14, "名").metric == "cases_filed"


def test_people_named_as_models_stay_members() -> None:  # guard
    text = "全镇共有6名党员被评为优秀共产党员。"
    assert the_number(text, 6, "名").metric == "members"


# --- 处分 and 立案 before a count of people are its verb
def test_disciplined_people_after_the_verb() -> None:
    text = "红枫区纪委全年处分37名公职人员。"
    assert the_number(text, 37, "名").metric == "disciplined"


def test_cases_filed_counted_by_ming() -> None:
    text = "区纪委立案审查区管干部9名。"
    assert the_number(text, 9, "名").metric == "cases_filed"


def test_members_before_their_verb_stay_members() -> None:  # guard
    text = "支部组织12名党员参观红色教育基地。"
    assert the_number(text, 12, "名").metric != "disciplined"


def test_a_sanction_as_the_object_before_stays_disciplined() -> None:  # guard
    text = "全年给予党纪处分15人。"
    assert the_number(text, 15, "人").metric == "disciplined"


# --- a split verb before a count of batches is no part of the object
def test_training_held_in_batches() -> None:
    text = "青年干部轮训分四批进行。"
    assert the_number(text, 4, "批").object == "青年干部轮训"


def test_a_bare_split_in_brackets_names_nothing() -> None:
    text = "举办入党积极分子培训班（分两批），培训学员86人。"
    assert the_number(text, 2, "批").object is None


def test_batches_going_on_a_visit_keep_their_object() -> None:  # guard
    text = "全体党员分三批赴纪念馆参观学习。"
    assert the_number(text, 3, "批").metric == "site_visits"
