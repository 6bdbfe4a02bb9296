"""Round 44 (people, titles and org): a spaced two-character name after a credit
label and a bar is one name (审核|甘   荣); a footer crediting its writers on two
lines keeps both (记者|甲 then 文字|乙); a staff or students' branch stays in the
title (教工支部书记, 学生党支部书记); one member post for two or three duties
(组宣统委员); a one-character given name that is a word character (第) right
after a post and before a strong cue (支部书记彭第领学); 竹 as a rare family name
in a credit (文/竹某某).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name

from reportmine import analyze


def _roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in analyze(text).people}


# --- credit lines with a bar and spaced names --------------------------------------

_FOOTER = ("3月2日，青禾县委召开常委会会议。县委书记柯明主持会议。\n\n"
           "记者|甘   扬\n\n文字|柯   放\n\n审核|甘   荣\n\n监制|柯可田 苏 红\n")


def test_spaced_names_after_a_bar_are_people():
    roles = _roles(_FOOTER)
    assert roles["甘扬"] == ["作者"]
    assert roles["甘荣"] == ["审核"]
    assert roles["苏红"] == ["审核"]


def test_writers_on_two_footer_lines_are_both_authors():
    art = analyze(_FOOTER)
    assert art.author == "甘扬、柯放"
    assert _roles(_FOOTER)["柯放"] == ["作者"]


def test_one_footer_writer_stays_alone():
    art = analyze("3月2日，青禾县委召开常委会会议。县委书记柯明主持会议。\n\n记者|甘扬\n\n审核|甘荣\n")
    assert art.author == "甘扬"


def test_spaced_characters_in_prose_stay_apart():
    text = "3月2日，青禾县委召开会议。县委书记柯明主持会议。\n\n会上 王 说 明了有关情况。\n"
    assert [p.name for p in analyze(text).people] == ["柯明"]


# --- staff and students' branches in the title -------------------------------------

def test_staff_branch_secretary_keeps_its_branch():
    assert titles_by_name("会议由教工支部书记柯伟国主持。") == {"柯伟国": ["教工支部书记"]}


def test_students_party_branch_secretary_keeps_its_branch():
    assert titles_by_name("会议由学生党支部书记甘小雨主持。") == {"甘小雨": ["学生党支部书记"]}


def test_numbered_staff_branch_still_goes_to_org():
    people = analyze("会议由中文教工第一党支部书记柯伟国主持。").people
    assert [(p.titles, p.org) for p in people] == [(["党支部书记"], "中文教工第一党支部")]


# --- one post for several duties ----------------------------------------------------

def test_combined_duty_post_is_one_title():
    got = titles_by_name("街道纪工委书记柯捷、组宣统委员甘润晓分别提出意见。")
    assert got["甘润晓"] == ["组宣统委员"]


def test_combined_duty_post_after_a_branch_goes_to_org():
    people = analyze("第一党支部组宣委员甘润晓主持会议。").people
    assert [(p.titles, p.org) for p in people] == [(["组宣委员"], "第一党支部")]


# --- 第 as a one-character given name after a post ------------------------------------

def test_di_given_name_after_a_post_before_a_cue():
    got = titles_by_name("随后，教工二支部书记彭第领学了有关讲话，学生第三支部书记甘雨领读了有关文章。")
    assert set(got) == {"彭第", "甘雨"}


def test_di_as_an_ordinal_after_a_name_is_no_part_of_it():
    assert titles_by_name("党支部书记柯某第一个发言。") == {"柯某": ["党支部书记"]}


# --- 竹 as a rare family name ---------------------------------------------------------

def test_zhu_family_name_in_a_slashed_credit():
    assert _roles("会议由党委书记柯明主持。(文/竹轩童 图/柯艳荣)")["竹轩童"] == ["作者"]


def test_zhu_inside_words_gives_no_name():
    assert [p.name for p in analyze("会议由党委书记柯明主持。竹林里开展活动，竹子长得好。").people] == ["柯明"]
