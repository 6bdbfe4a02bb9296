"""Round 31 (people): 和 between two titled people, posts shared over 和,
部务委员, and a post in quotes after 任.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name

from reportmine.extract.people import extract_people


def _people(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.titles, p.roles) for p in extract_people(text)}


# --- 和 joining a second titled person ends the first name -----------------

def test_and_before_second_post_ends_two_character_name():
    got = _people("党委书记甘立和院长袁大泉出席会议。")
    assert got["甘立"][0] == ["党委书记"]
    assert got["袁大泉"][0] == ["院长"]


def test_and_before_second_deputy_post_ends_name():
    got = _people("书记王伟和副县长李明出席会议。")
    assert set(got) == {"王伟", "李明"}
    assert got["李明"][0] == ["副县长"]


def test_three_character_name_ending_in_he_kept_before_verb():
    # no post follows 和: the name keeps it
    assert list(_people("党委书记王永和出席会议。")) == ["王永和"]


def test_three_character_name_ending_in_he_kept_before_post_without_name():
    # a post follows 和 but no name after it: 和 is no conjunction here
    assert "王永和" in _people("会见王永和书记一行。")


# --- one post shared by two bodies joined by 和 -----------------------------

def test_member_of_party_group_and_team_gets_both_posts():
    got = titles_by_name("会议。县林业局党组和班子成员甘立伟、袁大泉出席会议。")
    assert "班子成员" in got["甘立伟"] and "县林业局党组成员" in got["甘立伟"]
    assert "班子成员" in got["袁大泉"]


def test_deputy_of_two_bodies_joined_by_he():
    got = titles_by_name("会议。县委和县政府副秘书长甘立伟出席。")
    assert got["甘立伟"] == ["县委副秘书长", "县政府副秘书长"]


def test_shared_post_with_comma_list_unchanged():
    got = titles_by_name("会议。县委、县政府副秘书长甘立伟出席。")
    assert got["甘立伟"] == ["县委副秘书长", "县政府副秘书长"]


def test_he_between_non_bodies_shares_nothing():
    got = titles_by_name("会议。党员和班子成员甘立伟出席。")
    assert got["甘立伟"] == ["班子成员"]


# --- 部务委员 is a post ----------------------------------------------------

def test_department_affairs_member_is_a_post():
    got = titles_by_name("会议。市委组织部部务委员甘立伟出席会议。")
    assert got["甘立伟"] == ["市委组织部部务委员"]


def test_bare_department_affairs_member():
    assert _people("部务委员甘立伟出席会议。")["甘立伟"][0] == ["部务委员"]


def test_plain_member_still_a_member():
    assert _people("区委政法委委员甘立伟出席会议。")["甘立伟"][0] == ["区委政法委委员"]


# --- a post in quotes after 任 --------------------------------------------

def test_quoted_post_after_ren():
    got = titles_by_name("会议决定，甘立伟任“业务院长”，负责审判工作。")
    assert got["甘立伟"] == ["业务院长"]


def test_quoted_post_after_danren_with_title_before():
    got = titles_by_name("会议。副书记甘立伟担任“第一书记”。")
    assert got["甘立伟"] == ["副书记", "第一书记"]


def test_quoted_post_without_a_name_gives_no_person():
    assert titles_by_name("会议。他任“业务院长”。") == {}


def test_quoted_post_without_post_verb_gives_no_person():
    assert titles_by_name("会议。甘立伟当“业务院长”。") == {}
