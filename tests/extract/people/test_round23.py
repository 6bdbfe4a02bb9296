"""People extractor, round 23 (people and their titles in meeting reports of
county leading groups, universities, companies, hospitals and townships):
academic ranks between a post and its name (院长、教授某某), untitled name
lists before 分别进行/分别点评/分别讲话, the surnames 边 and 阴 in strong
frames, credits written name first with the role after a slash
（某某/文 某某/图 某某/审核）, and 廉洁党课 as a party lecture.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import titles_and_roles as people_of


# -- an academic rank between the posts and the name ----------------------------

@pytest.mark.parametrize("text, name, titles", [
    ("会议邀请经济学院院长、教授马文涛作专题辅导。", "马文涛", ["院长"]),
    ("学院党委书记、院长、教授钱立群讲专题党课。", "钱立群", ["院党委书记", "院长"]),
    ("研究所所长、研究员、博士生导师罗家明出席会议。", "罗家明", ["所长"]),
    ("党委副书记、副教授汤晓云主持会议。", "汤晓云", ["党委副书记"]),
])
def test_a_rank_after_a_post_keeps_the_post_on_the_name(text: str, name: str, titles: list[str]) -> None:
    people = people_of(text)
    assert name in people
    assert people[name][0] == titles


@pytest.mark.parametrize("text", [
    "处长、教授们参加了座谈。",
    "院长、教授代表列席会议。",
])
def test_a_rank_with_no_name_after_it_makes_no_person(text: str) -> None:
    assert people_of(text) == {}


# -- untitled names listed before 分别进行 / 分别点评 ------------------------------

def test_untitled_names_before_fenbie_jinxing_are_people() -> None:
    people = people_of("会上，罗文山、郑海平、谢文斌分别进行了点评。")
    assert set(people) == {"罗文山", "郑海平", "谢文斌"}
    assert all("点评" in roles for _, roles in people.values())


def test_untitled_names_before_fenbie_dianping_are_people() -> None:
    people = people_of("述职结束后，唐国栋、韦丽华分别点评。")
    assert set(people) == {"唐国栋", "韦丽华"}


def test_units_listed_before_fenbie_jinxing_are_no_people() -> None:
    assert people_of("随后，办公室、财务科分别进行了汇报。") == {}


# -- 边 and 阴 as family names in strong frames ---------------------------------

def test_bian_and_yin_after_a_shared_post() -> None:
    people = people_of("区政协副主席边庆华、阴晓峰、周长青出席会议。")
    assert set(people) == {"边庆华", "阴晓峰", "周长青"}
    assert people["边庆华"][0] == ["政协副主席"]


@pytest.mark.parametrize("text", [
    "支部书记边学边改，带头示范。",
    "讲解员边讲解边演示。",
])
def test_bian_as_a_word_after_a_post_is_no_name(text: str) -> None:
    assert people_of(text) == {}


# -- credits with the role after the name ---------------------------------------

def test_postfix_credits_in_a_closing_bracket() -> None:
    people = people_of("会议由院长冯立新主持。（许晓雯/文 邱志远/图 龚海燕/审核）")
    assert people["许晓雯"][1] == ["作者"]
    assert people["邱志远"][1] == ["摄影"]
    assert people["龚海燕"][1] == ["审核"]


def test_postfix_credits_on_a_line_of_their_own() -> None:
    people = people_of("会议由院长冯立新主持。\n许晓雯/文 邱志远/摄")
    assert people["邱志远"][1] == ["摄影"]


@pytest.mark.parametrize("text", [
    "会议由院长冯立新主持。（党委宣传部/供稿）",
    "会议由院长冯立新主持。（邱志远/图 另见第二版）",
])
def test_a_bracket_with_other_words_gives_no_credit(text: str) -> None:
    assert set(people_of(text)) == {"冯立新"}


# -- 廉洁党课 is a party lecture ------------------------------------------------

def test_a_clean_government_lecture_is_a_party_lecture() -> None:
    people = people_of("6月12日，支部书记孔令辉同志为全体党员讲廉洁党课。")
    assert "讲党课" in people["孔令辉"][1]
