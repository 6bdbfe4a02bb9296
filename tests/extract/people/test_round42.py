"""Round 42 (people, titles and org): a given name may end in 员 right after a
post (政法委书记姚某员强调); 传达, 带领 and 领读 mark an untitled name opening a
clause as 宣读 does; a chained post of a named group keeps the group's whole
name (巡察工作领导小组常务副组长); a street office's head is 街道办事处主任; a
post written once after a 、 list of names is every listed person's.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names

from reportmine import analyze


# --- 员 ending a titled given name ----------------------------------------------

def test_given_name_ending_in_yuan_after_a_post():
    got = titles_by_name("市委副书记、政法委书记柯明员强调，要抓好队伍建设。")
    assert got == {"柯明员": ["市委副书记", "政法委书记"]}


def test_members_word_after_a_name_stays_out():
    assert _names("支部书记柯明主持会议，全体党员参加。") == ["柯明"]


def test_untitled_yuan_word_is_no_name():
    assert _names("会上，全体成员传达学习了会议精神。") == []


# --- verbs marking an untitled name opening a clause ---------------------------

def test_relay_verb_marks_an_untitled_name():
    assert _names("会议听取了汇报。最后，申岚传达了上级会议精神。") == ["申岚"]


def test_lead_verb_marks_an_untitled_name():
    assert _names("参观结束后，韦思远带领大家重温入党誓词。") == ["韦思远"]


def test_relay_after_a_group_word_is_no_name():
    assert _names("会上，支部书记带领全体党员传达学习了会议精神。") == []


# --- a named group's chained post ---------------------------------------------

def test_chained_group_post_keeps_the_groups_name():
    got = titles_by_name("区委常委、区纪委书记、区委巡察工作领导小组常务副组长岑立国主持会议。")
    assert got["岑立国"] == ["区委常委", "区纪委书记", "区委巡察工作领导小组常务副组长"]


def test_short_chained_post_unchanged():
    got = titles_by_name("县委常委、组织部部长、巡察工作领导小组副组长岑立国出席会议。")
    assert got["岑立国"] == ["县委常委", "组织部部长", "巡察工作领导小组副组长"]


# --- street office ------------------------------------------------------------

def test_street_office_head_keeps_the_office():
    people = analyze("青溪街道办事处主任韩若松主持会议。").people
    assert [(p.name, p.titles, p.org) for p in people] == [("韩若松", ["街道办事处主任"], "青溪街道办事处")]


def test_plain_office_head_unchanged():
    assert titles_by_name("党委办公室主任韩若松主持会议。") == {"韩若松": ["党委办公室主任"]}


# --- a post after a list of names ---------------------------------------------

def test_post_after_a_list_is_every_names():
    got = titles_by_name("医院邀请了穆清、邵雨桐副主任医师作健康讲座。")
    assert got == {"穆清": ["副主任医师"], "邵雨桐": ["副主任医师"]}


def test_post_after_a_list_opened_by_you():
    got = titles_by_name("会议由穆清、邵雨桐、柯明远副主任主持。")
    assert got == {"穆清": ["副主任"], "邵雨桐": ["副主任"], "柯明远": ["副主任"]}


def test_list_opened_by_a_post_keeps_posts_apart():
    got = titles_by_name("县长穆清、邵雨桐副县长出席会议。")
    assert got == {"穆清": ["县长"], "邵雨桐": ["副县长"]}


def test_list_before_anchor_holds_no_post():
    assert titles_by_name("穆清、邵雨桐同志出席会议。") == {"穆清": [], "邵雨桐": []}
