"""Titles, round 55 (people's posts across the corpus): 机关 kept before a
party body after another body (县政协机关党组书记 -> 机关党组书记, the organ's
own party group, as the guide writes it, not the body's 党组书记), and a
group's head written with the bare group word (小组组长) keeping it, as
党小组组长 does.

Every sentence is invented (made-up units and names in the genre); none comes
from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import titles_by_name as titles_of


@pytest.mark.parametrize("text, name, titles", [
    ("会上，青禾区政协机关党组书记蔺晨阳作动员讲话。", "蔺晨阳", ["机关党组书记"]),
    ("省水文厅机关党委书记、党组成员邬佳禾主持开班式。", "邬佳禾", ["机关党委书记", "党组成员"]),
    ("白石县人大机关党委副书记甄永泰通报整改情况。", "甄永泰", ["机关党委副书记"]),
])
def test_organ_word_kept_before_a_party_body(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text, name, titles", [
    # 机关 opening the mention: kept, as before
    ("会议由机关党委书记蔺晨阳主持。", "蔺晨阳", ["机关党委书记"]),
    # before a body that is no party body, 机关 is the outer unit's
    ("青禾县直机关宣讲团成员，县水利局副局长邬佳禾作宣讲报告。", "邬佳禾", ["宣讲团成员", "县水利局副局长"]),
])
def test_organ_word_elsewhere_unchanged(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


def test_bare_group_word_kept_with_its_head() -> None:
    assert titles_of("本次读书活动由小组组长甄永泰主持。")["甄永泰"] == ["小组组长"]


@pytest.mark.parametrize("text, name, titles", [
    ("第四党小组组长蔺晨阳领学党章。", "蔺晨阳", ["党小组组长"]),
    ("领导小组副组长邬佳禾部署工作。", "邬佳禾", ["领导小组副组长"]),
    ("组长甄永泰带队检查。", "甄永泰", ["组长"]),
])
def test_longer_group_words_and_bare_head_unchanged(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles
