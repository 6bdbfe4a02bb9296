"""Round 30 (people): courts, tax offices, banks, streets and college reports.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from reportmine.extract.people import extract_people


def _people(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.titles, p.roles) for p in extract_people(text)}


# --- a titled list whose last name is joined by 和 --------------------------

def test_and_joined_name_after_titled_name_shares_the_post():
    got = _people("省督导组组长甘立伟、组员殷小胜和袁大泉同志到会指导。")
    assert got["殷小胜"][0] == ["组员"]
    assert got["袁大泉"][0] == ["组员"]


def test_and_joined_name_closing_a_list_before_deng():
    got = _people("党总支副书记柯秀兰、各学生支部书记祁晓雯、苗立新和伍振东等参加会议。")
    # (round 44: a students' branch stays in the title, 学生支部书记)
    assert got["伍振东"][0] == ["学生支部书记"]
    assert got["苗立新"][0] == ["学生支部书记"]


def test_and_joined_name_before_a_verb_gets_no_post():
    # 和 before a verb may join two people of different posts: the post stays put
    got = _people("党委书记甘立伟和袁大泉交流了意见。")
    assert got["甘立伟"][0] == ["党委书记"]
    assert got.get("袁大泉", ([], []))[0] == []


def test_and_joined_post_keeps_its_own_name():
    got = _people("党委书记甘立伟、院长袁大泉出席会议。")
    assert got["甘立伟"][0] == ["党委书记"]
    assert got["袁大泉"][0] == ["院长"]


def test_and_joined_word_is_no_person():
    got = _people("支行行长甘立伟和同事们一起学习。")
    assert list(got) == ["甘立伟"]


# --- an untitled 、 list before 列席 ----------------------------------------

def test_untitled_list_before_attending_without_vote():
    got = _people("会议由党组书记、院长甘立伟主持，祁晓雯、苗立新列席会议。")
    assert got["祁晓雯"][1] == ["列席"]
    assert got["苗立新"][1] == ["列席"]


def test_untitled_list_before_attending_needs_names():
    # 办公室、纪检组 are bodies, no names
    got = _people("会议由党组书记甘立伟主持，办公室、纪检组列席会议。")
    assert list(got) == ["甘立伟"]


def test_single_untitled_name_before_attending_still_found():
    got = _people("会议由党组书记甘立伟主持，祁晓雯列席。")
    assert "祁晓雯" in got


def test_ji_joined_name_gets_no_post():
    # 及 joins looser company than 和: 乙 is not said to hold 甲's post
    got = _people("他与县大队队长甘立伟及袁大泉同志一起组建了游击队。")
    assert got["甘立伟"][0] == ["队长"]
    assert got["袁大泉"][0] == []
