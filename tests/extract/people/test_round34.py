"""Round 34 (people): posts after 分别任 for names that carry no post of
their own, village and community bodies and an assessment team kept in the
title (村党支部书记, 社区党组织书记, 考核组组长), 驻村 as a post prefix, an
idiom after a group word read as no name (齐聚一堂), names listed before
等 + a count or a kind of people (等6名优秀党员, 等党员代表), and 编校 as a
credit label.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

import pytest

from lookups import titles_by_name


# --- 分别任 after untitled names ------------------------------------------

def test_respective_posts_for_untitled_names():
    got = titles_by_name("会议成立考评小组，邵明华、柯春生分别任组长、副组长。")
    assert got == {"邵明华": ["组长"], "柯春生": ["副组长"]}


def test_respective_posts_three_names():
    got = titles_by_name("会上宣布，邵明华、柯春生、钮晓飞分别任组长、副组长、联络员。")
    assert got["邵明华"] == ["组长"] and got["柯春生"] == ["副组长"]
    assert got["钮晓飞"] == ["联络员"]


def test_respective_single_post_to_every_untitled_name():
    got = titles_by_name("会上宣布，邵明华、柯春生分别任副组长。")
    assert got == {"邵明华": ["副组长"], "柯春生": ["副组长"]}


def test_respective_posts_of_titled_names_unchanged():
    # guard: names with their own posts keep them and get one post each, once
    got = titles_by_name("县委书记邵明华、县长柯春生分别任组长、副组长。")
    assert got == {"邵明华": ["县委书记", "组长"], "柯春生": ["县长", "副组长"]}


def test_respective_speech_gives_no_post():
    # guard: 分别作 is a list verb, not a post verb
    got = titles_by_name("邵明华、柯春生分别作交流发言。")
    assert got == {"邵明华": [], "柯春生": []}


# --- bodies of villages, communities and teams stay in the title ---------

@pytest.mark.parametrize("text, name, titles", [
    ("村党支部书记樊长青主持会议。", "樊长青", ["村党支部书记"]),
    ("会议由村党支部书记樊长青主持。", "樊长青", ["村党支部书记"]),
    ("柳溪村党支部书记樊长青主持会议。", "樊长青", ["村党支部书记"]),
    ("社区党组织书记闵秋云同志主持会议。", "闵秋云", ["社区党组织书记"]),
    ("社区党总支书记闵秋云作述职报告。", "闵秋云", ["社区党总支书记"]),
    ("村委会主任樊长青参加会议。", "樊长青", ["村委会主任"]),
    ("会议首先由考核组组长聂立平作动员讲话。", "聂立平", ["考核组组长"]),
    ("驻村第一书记樊长青发言。", "樊长青", ["驻村第一书记"]),
])
def test_body_words_kept_in_title(text, name, titles):
    assert titles_by_name(text)[name] == titles


@pytest.mark.parametrize("text, name, titles", [
    # guards: bodies already kept, and bare posts, do not change
    ("县委第二督导组组长聂立平讲话。", "聂立平", ["督导组组长"]),
    ("镇党委书记樊长青主持会议。", "樊长青", ["镇党委书记"]),
    ("局党组书记樊长青主持会议。", "樊长青", ["党组书记"]),
    ("第一书记樊长青发言。", "樊长青", ["第一书记"]),
])
def test_nearby_titles_unchanged(text, name, titles):
    assert titles_by_name(text)[name] == titles


# --- an idiom after a group word is no name --------------------------------

def test_idiom_after_group_word_is_no_name():
    assert titles_by_name("全体党员、流动党员齐聚一堂，共同学习。") == {}


def test_invited_after_group_word_is_no_name():
    assert titles_by_name("部分党员代表应邀观摩。") == {}


def test_three_character_name_after_group_word_kept():
    # guard: a name after a group word with no cue after it still stands
    assert "童晓晓" in titles_by_name("老党员童晓晓带头重温入党誓词。")


# --- names listed before 等 and a count or a kind of people ----------------

def test_names_before_count_of_honoured_members():
    got = titles_by_name("会议评选出霍明远、邰大山、鄢四海等6名优秀党员。")
    assert set(got) == {"霍明远", "邰大山", "鄢四海"}


def test_names_before_bare_deng_and_kind():
    got = titles_by_name("会上，霍红梅、邰海洋等党员代表先后发言。")
    assert set(got) == {"霍红梅", "邰海洋"}


def test_one_name_before_bare_deng_is_not_enough():
    # guard: 等 with no count after one token may close a phrase, not a list
    assert titles_by_name("会上，霍红梅等党员代表先后发言。") == {}


def test_bodies_before_deng_are_no_names():
    # guard: a list of bodies before 等党员 holds no person
    assert titles_by_name("组织部、宣传部等党员干部参加。") == {}


# --- 编校 as a credit label --------------------------------------------------

def test_editor_proofreader_credit():
    from reportmine import analyze
    people = {p.name: p.roles for p in analyze("会议取得圆满成功。\n（编校许文康 供稿石晓梅）").people}
    assert set(people) == {"许文康", "石晓梅"}
    assert people["石晓梅"] == ["作者"]


def test_editing_as_a_word_is_no_credit():
    # guard: 编校 inside a sentence names no one
    assert titles_by_name("会议强调要提高编校质量。") == {}
