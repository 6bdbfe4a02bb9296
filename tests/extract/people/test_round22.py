"""People extractor, round 22: a given name holding 百 or 千 after a post, a name
after a police word (民警, 辅警) or 功臣, 连续 and 转达 after a name, 总编 on a
credit line, and a bare bracketed byline opening the first paragraph before its date.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine import analyze
from lookups import titles_and_roles as people_of


# -- 百 and 千 inside a given name, right after a post ----------------------------

@pytest.mark.parametrize("text, name, titles", [
    ("5月9日，党组书记、局长邹百川同志就抓好巡察整改作了专题部署。", "邹百川", ["党组书记", "局长"]),
    ("会议由支行党支部书记、行长孟千禾主持。", "孟千禾", ["党支部书记", "行长"]),
])
def test_numeral_in_a_given_name_after_a_post(text: str, name: str, titles: list[str]) -> None:
    people = people_of(text)
    assert name in people
    assert people[name][0] == titles


def test_numeral_words_after_a_post_are_no_names() -> None:
    # 百姓, 千方百计: words, not a given name
    assert people_of("局长要千方百计为百姓办实事，书记百忙之中到场。") == {}


# -- a name after a police word or an honour ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("即将退休的老民警吕长顺，走上所里的讲堂，讲述自己的从警故事。", "吕长顺"),
    ("辅警顾晓东说，支部的关心让他很温暖。", "顾晓东"),
    ("社区副所长、二等功臣柏云翔连续21天驻守卡口。", "柏云翔"),
])
def test_name_after_a_police_word_or_honour(text: str, name: str) -> None:
    assert name in people_of(text)


@pytest.mark.parametrize("text", [
    "全所民警严格执法，民警全力以赴，民警周末也加班。",
    "民警同志们辛苦了，辅警队伍不断壮大。",
])
def test_police_word_before_an_ordinary_word_is_no_name(text: str) -> None:
    assert people_of(text) == {}


def test_lianxu_ends_a_name() -> None:
    # 连续 ends a two-character name as 始终 or 积极 does
    assert "柏翔" in people_of("老党员柏翔连续五年资助困难学生。")
    assert people_of("副所长樊海连续三年获评优秀共产党员。")["樊海"][0] == ["副所长"]


def test_zhuanda_marks_the_name_before_it() -> None:
    people = people_of("座谈会上，并请卜立新转达对退休老党员的问候。")
    assert "卜立新" in people


# -- 总编 on a credit line ----------------------------------------------------------

def test_chief_editor_credit_line_is_a_reviewer() -> None:
    text = "会议要求抓好整改落实。\n编辑：岑某鹏\n编审：滕某阳\n总编：阮海某"
    people = people_of(text)
    assert people["阮海某"][1] == ["审核"]
    assert analyze(text).editor == "岑某鹏"


def test_spaced_chief_editor_label_is_no_name() -> None:
    text = "会议要求抓好整改落实。（编辑 岑某鹏 总编 阮海某）"
    a = analyze(text)
    assert "总编" not in {p.name for p in a.people}
    assert a.editor == "岑某鹏"


def test_chief_editor_post_in_the_body_is_no_credit() -> None:
    people = people_of("报社党委书记、总编辑阮海某出席会议并讲话。")
    assert people["阮海某"][0] == ["党委书记", "总编辑"]
    assert "审核" not in people["阮海某"][1]


# -- a bare bracketed byline opening the first paragraph ------------------------

@pytest.mark.parametrize("opening", ["3月11日", "近日"])
def test_bare_bracket_before_the_first_date_is_the_writer(opening: str) -> None:
    text = f"区公安分局召开教育整顿动员会\n（邬某涛）{opening}，区公安分局召开教育整顿动员部署会议。"
    people = people_of(text)
    assert people["邬某涛"][1] == ["作者"]


def test_bracket_opening_a_paragraph_without_a_date_is_no_byline() -> None:
    text = "区公安分局召开教育整顿动员会\n（邬某涛）区公安分局召开教育整顿动员部署会议。"
    assert "邬某涛" not in people_of(text)


# -- a function-word surname before a unit's short name; 件 in no given name ----

@pytest.mark.parametrize("text", [
    "述职会上，各部门负责人向台党组述责述廉。",
    "会后，各车间负责人向厂党委汇报整改情况。",
])
def test_function_word_before_a_short_unit_and_its_party_body_is_no_name(text: str) -> None:
    assert people_of(text) == {}


def test_function_word_surname_still_opens_a_titled_name() -> None:
    assert "向东" in people_of("会议由办公室主任向东主持。")


def test_measure_word_jian_is_in_no_given_name() -> None:
    # 包件督访: each leader takes charge of a case (件), no person 包件督访
    assert people_of("班子成员包件督访，办结重复举报21件。") == {}
