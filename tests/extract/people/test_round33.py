"""Round 33 (people): a given name ending in 新 before 任 and a post
(新任 is no prefix there), 再 inside a given name after a post, 候 as a
rare family name, 镇委/乡委 as the body of a town's posts, and a post
written once at the end of a 、 list of groups after 分别任.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name


# --- 新 ends a given name before 任 and a post ------------------------------

def test_name_ending_in_xin_before_ren():
    got = titles_by_name("会上，经研究决定，林建新任组长，韩晓任副组长。")
    assert got["林建新"] == ["组长"]
    assert "林建" not in got


def test_other_mention_keeps_the_short_name():
    # tie-break: the two-character name stands elsewhere without 新
    got = titles_by_name("会议由村党支部书记林建主持。会上，林建新任组长。")
    assert "林建新" not in got and "林建" in got


def test_new_before_post_and_name_unchanged():
    # guard: 新任 opening a post before the name stays the post's prefix
    assert titles_by_name("新任组长韩晓作表态发言。")["韩晓"] == ["新任组长"]


def test_prefix_zheng_unchanged():
    # guard: round-earlier reading of 正 as a name's last character
    assert "龚文正" in titles_by_name("会上，龚文正省长指出，要抓好整改。")


# --- 再 inside a given name after a post -------------------------------------

def test_zai_in_titled_name():
    got = titles_by_name("上一届党支部书记褚再兴同志代表支部委员会作工作总结。")
    assert got["褚再兴"] == ["党支部书记"]


def test_zai_as_again_is_no_name():
    # guard: 再 never ends a given name (书记某再强调 is "again")
    assert titles_by_name("镇党委书记翟再强调，要抓好整改。") == {}


# --- 候 as a rare family name -------------------------------------------------

def test_hou_rare_surname_after_post():
    got = titles_by_name("县委组织部副部长候明远到会指导。")
    assert got["候明远"] == ["县委组织部副部长"]


def test_candidates_hold_no_name():
    # guard: 候选人 stays a word
    assert titles_by_name("会议确定了支部委员候选人名单。") == {}


# --- 镇委 and 乡委 open a town's posts ---------------------------------------

def test_town_committee_posts():
    got = titles_by_name("镇委书记葛润兰，镇委副书记、镇长蓝海舟分别带队。镇委委员柏志诚参加。")
    assert got["葛润兰"] == ["镇委书记"]
    assert got["蓝海舟"] == ["镇委副书记", "镇长"]
    assert got["柏志诚"] == ["镇委委员"]


# --- a post shared at the end of a 、 list after 分别任 ----------------------

def test_shared_post_after_respective():
    got = titles_by_name("党委书记杭明、镇长梅丽分别任第一组、第二组组长。")
    assert got["杭明"] == ["党委书记", "第一组组长"]
    assert got["梅丽"] == ["镇长", "第二组组长"]


def test_shared_post_three_groups():
    got = titles_by_name("书记杭明、镇长梅丽、副镇长童刚分别任第一督导组、第二督导组、第三督导组组长。")
    assert got["童刚"] == ["副镇长", "第三督导组组长"]


def test_list_of_posts_unchanged():
    # guard: round 32's posts one to each name
    got = titles_by_name("党委书记杭明、镇长梅丽分别任组长、副组长。")
    assert got["杭明"] == ["党委书记", "组长"] and got["梅丽"] == ["镇长", "副组长"]


def test_groups_with_no_post_give_none():
    # guard: a list with no post at its end gives no post
    got = titles_by_name("党委书记杭明、镇长梅丽分别任第一组、第二组。")
    assert got["杭明"] == ["党委书记"]


def test_untitled_names_before_respective_post_are_people():
    got = titles_by_name("会上，杭明、梅丽分别任第一组、第二组组长。")
    assert "杭明" in got and "梅丽" in got
