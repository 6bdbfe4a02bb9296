"""Round 49 (precision): counts drawn at random from every collected report (seed
4949) and judged one by one. A count in a clause of 预计 (expected) is a forecast,
not work done; a 等 right after a count that closes a list of counts leaves the
object before the figure; the phases named between a split verb and their count
(分为理论学习、现场教学两个阶段) make no count; and names each after its post
(局长某某和副局长某某两位局领导) are restated by a head count of as many, as bare
names were. Every sentence is invented; each failed before its fix,
but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number

from reportmine.extract.numbers import extract_numbers


def _counts(text: str) -> list[tuple[float, str]]:
    return [(n.value, n.unit) for n in extract_numbers(text)]


# --- 预计: a forecast
def test_an_expected_head_count_is_no_count() -> None:
    text = "元宵节期间，在东湖灯会现场预计有60名志愿者开展游园指引服务。"
    assert _counts(text) == []


def test_expected_person_times_are_no_count() -> None:
    text = "今年暑假，全县将开展志愿服务活动300余项，预计参与志愿者1.8万余人次。"
    assert (18000, "人次") not in _counts(text)


def test_a_count_done_before_the_forecast_stays() -> None:  # guard
    text = "已完成整改问题18个，预计年底前全部完成。"
    assert _counts(text) == [(18, "个")]


def test_a_done_count_beside_a_forecast_clause_stays() -> None:  # guard
    text = "本次活动共有45名志愿者参加，下一步预计扩展服务范围。"
    assert the_number(text, 45, "名").metric == "participants"


# --- 等 closing a list of counts
def test_a_closing_deng_leaves_the_object_before() -> None:
    text = "查处违规收送礼金32起、大办婚丧喜庆17起等。"
    n = the_number(text, 17, "起")
    assert n.object == "大办婚丧喜庆"
    assert "等" not in n.text


def test_a_closing_deng_after_problems_keeps_their_metric() -> None:
    text = "座谈中收集问题23个等。"
    assert the_number(text, 23, "个").metric == "problems_found"


def test_deng_before_a_noun_still_names_the_object_after() -> None:  # guard
    text = "开展法治讲座12场等活动。"
    assert the_number(text, 12, "场").object == "活动"


# --- phases named between a split verb and their count
def test_named_phases_after_a_split_verb_are_no_count() -> None:
    text = "本次读书班分为专题辅导和分组研讨两个阶段进行。"
    assert _counts(text) == []


def test_a_list_of_named_steps_closed_by_deng_is_no_count() -> None:
    text = "开放日活动共分参观、交流、点评等三个环节。"
    assert _counts(text) == []


def test_phases_without_a_split_verb_stay() -> None:  # guard
    text = "先后完成了调研和起草两个阶段的工作，形成报告3篇。"
    assert (3, "篇") in _counts(text)


def test_groups_formed_after_a_list_stay() -> None:  # guard
    text = "全镇分成东片和西片两个小组开展工作。"
    assert the_number(text, 2, "个").object == "小组"


# --- titled names restated by a head count
def test_titled_names_restated_by_a_count_are_no_count() -> None:
    text = "座谈时，局长王明华和副局长李建国两位局领导与青年干部交流心得。"
    assert _counts(text) == []


def test_three_titled_names_in_a_list() -> None:
    text = "会上，县委书记赵光明、县长钱立新、副县长孙海三位同志作交流发言。"
    assert _counts(text) == []


def test_more_people_than_titled_names_stay() -> None:  # guard
    text = "会上，局长王明华和副局长李建国等五位局领导参加学习。"
    assert the_number(text, 5, "位").object == "局领导"


def test_posts_without_names_stay() -> None:  # guard
    text = "会上，各支部书记和委员代表两位同志发言。"
    assert _counts(text) == [(2, "位")]
