"""Round 36: what bounds the object of a count, and the metric of a part still
under rectification. A preposition of means after the people counted
(通过…) ends them; a preposition opening the phrase before a count (按照…)
introduces what is counted; a comparison before the things counted (和她一样…)
is no part of them; a restricting adverb (仅) between them and the figure
neither; a bare part of a count written before 正在/仍在 and a verb counts what
the verb names (3条正在整改: items under rectification). Every sentence is
invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

import pytest
from lookups import the_number


# --- a preposition of means after a head count of people ends the people counted

@pytest.mark.parametrize("text,value,obj", [
    ("青岚街道90余名党员干部通过视频会议线上收听报告。", 90, "党员干部"),
    ("机关60名年轻干部借助网络平台同步参学。", 60, "年轻干部"),
])
def test_means_after_people_ends_them(text: str, value: float, obj: str) -> None:
    assert the_number(text, value).object == obj


def test_guard_means_after_people_named_before() -> None:
    # (a guard: people named before the count who, by some means, attend an event)
    n = the_number("全乡村组干部近300人通过线上线下结合的方式接受警示教育。", 300)
    assert (n.object, n.metric) == ("全乡村组干部", "participants")


def test_guard_verb_after_people_still_cuts() -> None:
    # (a guard: the verb after the people counted still ends them)
    assert the_number("6位党支部书记作述职发言。", 6).object == "党支部书记"


# --- a bare part still under rectification counts rectification items

@pytest.mark.parametrize("text,value", [
    ("对照检查问题11条，8条已完成整改，3条正在整改。", 3),
    ("巡察反馈问题26个，其中21个已整改到位，5个仍在整改。", 5),
])
def test_part_under_way_is_rectification_items(text: str, value: float) -> None:
    n = the_number(text, value)
    assert n.metric == "rectification_items"
    assert n.object is not None and "问题" in n.object


def test_guard_part_done_stays_done() -> None:
    # (a guard: the part done keeps its metric)
    n = the_number("对照检查问题11条，8条已完成整改，3条正在整改。", 8)
    assert n.metric == "rectification_done"


# --- a preposition opening the phrase before a count is no part of the object

def test_preposition_before_a_share() -> None:
    text = "课程考核按照平时表现占40%、期末考试占60%计算。"
    assert the_number(text, 40).object == "平时表现"
    assert the_number(text, 60).object == "期末考试"


def test_guard_one_character_preposition_kept() -> None:
    # (a guard: one-character prepositions often open a word and are left alone)
    assert the_number("在职党员32名参加。", 32).object == "在职党员"


# --- a comparison before the things counted is no part of them

def test_likeness_before_the_things_counted() -> None:
    n = the_number("和老张一样受益于旧改工程的住户共有230户。", 230)
    assert n.object is not None and not n.object.startswith(("和", "老张"))
    assert n.object.endswith("住户")


# --- a restricting adverb between the things counted and the figure

def test_only_between_object_and_figure() -> None:
    assert the_number("全年查处的科级干部仅7人。", 7).object == "科级干部"
