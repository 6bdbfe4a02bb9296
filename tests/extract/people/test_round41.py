"""Round 41 (people, titles and org): a resident, a social worker or a civility
guide a report quotes is a person after that word (社区居民某某指出, 街道社工某某表示,
文明引导员某某强调); 预审 labels a reviewer in a credit line, as 初审 does; and a
clause opened by a district or county named with a surname character
(丰禾区组织…) holds no name.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from lookups import person_names as _names


# --- quoted residents and workers --------------------------------------------------

def test_resident_before_name_is_a_person():
    assert _names("青禾社区居民孟长林指出，河道改造既美化了环境又方便了出行。") == ["孟长林"]


def test_social_worker_before_name_is_a_person():
    assert _names("桃源街道社工李雨萱表示，小区议事会让大家都有了发言权。") == ["李雨萱"]


def test_civility_guide_before_name_is_a_person():
    assert _names("公共文明引导员陈安国强调，环境改善离不开每位市民。") == ["陈安国"]


def test_resident_group_words_stay_no_person():
    assert _names("社区居民代表、居民群众参加了议事会，引导居民积极参与。") == []


def test_titled_name_after_resident_word_keeps_its_post():
    got = titles_by_name("居民小组长王海涛主持议事会，社区居民刘春花发言。")
    assert got["王海涛"] == ["组长"] or got["王海涛"] == ["居民小组长"]
    assert got["刘春花"] == []


# --- reviewer credits ---------------------------------------------------------------

def test_pre_review_label_names_a_reviewer():
    got = titles_and_roles("学院党委召开述职评议会议。（文/图：翁丽香；预审：苏晓南；审批：杨会明）")
    assert got["苏晓南"][1] == ["审核"]
    assert "作者" in got["翁丽香"][1]


def test_first_review_label_unchanged():
    got = titles_and_roles("学院党委召开述职评议会议。（文/图：翁丽香；初审：苏晓南）")
    assert got["苏晓南"][1] == ["审核"]


# --- places opening a clause ------------------------------------------------------

def test_district_opening_a_clause_is_no_name():
    assert _names("不久前，青石县召开警示教育大会。丰禾区组织全区百余名党员干部参观警示教育基地。") == []


def test_untitled_name_opening_a_clause_still_found():
    assert _names("会议听取了汇报。王建华强调，要抓好整改落实。") == ["王建华"]


def test_titled_name_ending_in_level_char_kept():
    assert titles_by_name("副县长李文县出席会议并讲话。") == {"李文县": ["副县长"]}
