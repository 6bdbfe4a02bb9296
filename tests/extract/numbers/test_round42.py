"""Round 42: counts measured on a new random sample of collected reports (seed 42).
A hedge written after a space (400 余次) still binds the numeral to its unit, and
money chained after such a count (…次挪用公款达3000余万元) is the money of what
that count names; 幅 counts pictures and banners; inspection feedback (巡视反馈意见)
and kinds of organization (社会组织) are read whole after a count; a word of manner
(现场, 书面, 线上) ends the people of a head count, and 阶段性 ends a body counted;
三期、四期项目 and 五、六支部 are numbers of a phase or a branch, no counts; a head
count restating the households before it (…3200多户，9000多人) names the same people,
and a total after a labelled list (参加人员：…，共15人) names the people listed and
takes the label's metric; 辅导班 is a training class. Every sentence is invented;
each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number

from reportmine.extract.numbers import extract_numbers


# --- a hedge after a space

def test_a_hedge_after_a_space_binds_the_numeral() -> None:
    n = the_number("有关人员先后300 余次挪用公款。", 300, "次")
    assert (n.approx, n.object) == ("余", "挪用公款")


def test_money_chained_after_a_count_is_of_its_thing() -> None:
    n = the_number("有关人员先后300 余次挪用公款达 2000 余万元。", 20000000, "元")
    assert (n.object, n.metric) == ("挪用公款", "money")


def test_a_year_before_a_space_stays_no_count() -> None:  # guard
    assert [n.value for n in extract_numbers("2023 年开展活动。")] == []


def test_spaced_on_both_sides_still_counts() -> None:  # guard
    n = the_number("全年开展活动 15 余次。", 15, "次")
    assert (n.approx, n.object) == ("余", "活动")


# --- units and whole nouns

def test_pictures_are_counted_by_fu() -> None:
    n = the_number("展厅通过200余幅图片展示支部历史。", 200, "幅")
    assert (n.approx, n.object) == ("余", "图片")


def test_inspection_feedback_is_read_whole_after_a_count() -> None:
    n = the_number("县委明确由8位领导分别对27条巡视反馈意见牵头组织整改。", 27, "条")
    assert (n.object, n.metric) == ("巡视反馈意见", "opinions_given")


def test_feedback_before_a_count_still_opens_at_the_verb() -> None:  # guard
    n = the_number("市委巡察反馈问题共7大类，均已制定措施。", 7, "大类")
    assert n.object == "反馈问题"


def test_social_organizations_are_a_noun_after_a_count() -> None:
    assert the_number("全区210家社会组织建立了党组织。", 210, "家").object == "社会组织"


# --- manner and stage words

@pytest.mark.parametrize("text,value", [
    ("会上，5名党支部书记现场述职。", 5),
    ("会上，4名党支部书记书面述职。", 4),
])
def test_a_manner_ends_the_people_counted(text: str, value: int) -> None:
    assert the_number(text, value, "名").object == "党支部书记"


def test_a_manner_keeps_the_verb_metric() -> None:
    n = the_number("本次共有26名党员线上参加学习。", 26, "名")
    assert (n.object, n.metric) == ("党员", "participants")


def test_a_compound_with_the_manner_word_is_kept() -> None:  # guard
    assert the_number("共有30名现场会代表参加。", 30, "名").object == "现场会代表"


def test_a_stage_ends_a_body_counted() -> None:
    n = the_number("会议听取了三个督导组阶段性督导工作情况。", 3, "个")
    assert n.object == "督导组"


def test_a_stage_after_a_verb_reads_on() -> None:  # guard
    assert the_number("开展3次阶段性检查。", 3, "次").object == "阶段性检查"


# --- phases and branch numbers

@pytest.mark.parametrize("text", [
    "青山公司三期、四期项目建设顺利推进。",
    "园区三期工程已全面完工。",
    "市直属三、四支部联合开展活动。",
])
def test_phases_and_branch_numbers_are_no_counts(text: str) -> None:
    assert [n.value for n in extract_numbers(text)] == []


@pytest.mark.parametrize("text,value,unit", [
    ("组建3支部队参与救援。", 3, "支"),
    ("举办三期培训班。", 3, "期"),
])
def test_troops_and_classes_still_count(text: str, value: int, unit: str) -> None:  # guard
    assert the_number(text, value, unit).value == value


# --- people named before a bare head count

def test_a_head_count_after_households_names_the_same_people() -> None:
    n = the_number("社区现有居民2800多户，8000多人。", 8000, "人")
    assert (n.approx, n.object) == ("多", "居民")


def test_a_bare_count_after_another_kind_names_nothing() -> None:  # guard
    assert the_number("立案12件，9人。", 9, "人").object is None


def test_a_total_after_a_labelled_list_names_the_people() -> None:
    n = the_number("参加人员：机关全体党员，共15人。", 15, "人")
    assert (n.object, n.metric) == ("机关全体党员", "participants")


# --- metric

def test_a_tutoring_class_is_a_training() -> None:
    n = the_number("分专题举办5期党课骨干辅导班。", 5, "期")
    assert n.metric == "trainings"


def test_a_place_for_showing_is_a_noun() -> None:  # guard
    assert the_number("建成3个成果展示区。", 3, "个").object == "成果展示区"
