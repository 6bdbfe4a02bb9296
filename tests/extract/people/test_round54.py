"""Round 54 (people): an office named by the words before 办公室 keeps its name in the
title (康复随访办公室主任), a personnel notice's later item may open with a rare family
name (，原某某的某职务), and 以某某为代表的 frames an untitled name.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- an office named before 办公室 --------------------------------------------------------------------

def test_named_office_before_bangongshi_stays_in_the_title():
    text = "会议由康复随访办公室副主任罗青岚主持，全体党员参加。"
    assert titles_by_name(text) == {"罗青岚": ["康复随访办公室副主任"]}


def test_named_office_after_jian_stays_in_the_title():
    text = "门诊部副主任兼支部组织委员韦春柳、康复随访办公室主任兼支部宣传委员罗青岚先后发言。"
    assert titles_by_name(text)["罗青岚"] == ["康复随访办公室主任", "支部宣传委员"]


def test_outside_unit_before_bangongshi_keeps_the_bare_post():
    # a unit word (学院, 中心) inside the run makes a chain: the post stays bare
    assert titles_by_name("会议由理工学院办公室主任罗青岚主持。") == {"罗青岚": ["办公室主任"]}
    assert titles_by_name("会上，中心党群办公室主任罗青岚作了发言。") == {"罗青岚": ["办公室主任"]}


def test_office_named_for_its_head_keeps_its_shared_posts():
    # (校长办公室: the two offices share the post as before; 校长 is no office name before 办公室)
    text = "会议由党委办公室、校长办公室主任罗青岚主持。"
    assert titles_by_name(text) == {"罗青岚": ["党委办公室主任", "校长办公室主任"]}


def test_bare_bangongshi_post_is_unchanged():
    assert titles_by_name("会议由办公室主任罗青岚主持。") == {"罗青岚": ["办公室主任"]}


# --- a rare family name in a personnel notice ---------------------------------------------------------

def test_rare_surname_item_in_relieve_notice_is_a_person():
    text = "会议决定：免去葛文涛的县水利局副局长职务，原昌沅的县委宣传部副部长职务。"
    assert {"葛文涛", "原昌沅"} <= set(_names(text))


def test_yuan_as_former_in_relieve_notice_gives_no_name():
    text = "会议决定免去其原担任的县水利局副局长职务，免去原来的办公室主任职务。"
    assert _names(text) == []


# --- 以某某为代表的 -----------------------------------------------------------------------------------

def test_name_before_wei_daibiao_de_is_a_person():
    text = "支部党员观看专题片，了解了以钱望舒为代表的错误路线给革命事业带来的损失。"
    assert "钱望舒" in _names(text)


def test_name_before_wei_zhuyao_daibiao_de_is_a_person():
    text = "大家重温了以卢鸿远为主要代表的早期党员在本地开展革命活动的历史。"
    assert "卢鸿远" in _names(text)


def test_group_word_before_wei_daibiao_de_gives_no_name():
    text = "以企业为代表的市场主体、以高校为代表的科研单位、以创新为首的发展理念都在会上被提到。"
    assert _names(text) == []
