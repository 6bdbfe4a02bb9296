"""Round 59 (people): names and posts that whole reports of the genre showed wrong.
基于 and the adverb 先 before a preposition (先向, 先就) end a name; 九三学社's
short name 社 before its level committee stays in the post (社市委副主委); a
district's post word that is the joint of a street's name (某区长桥街道) holds
no name; a band (乐队) before 同学 is no name; 凡 and 树 open names in strong
frames; a town named after a person (某某镇党委) is no mention of him; the
heads of a school's grade and teaching groups keep them (年级组长, 教研组长); and
martyrs named in party history study are known people (known_people.txt).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from reportmine import analyze
from lookups import titles_by_name
from lookups import person_names as _names


# --- 基于 and 先 after a name ---------------------------------------------------------------------

def test_jiyu_ends_a_two_character_given_name():
    text = "心内科党支部书记戚岚基于多年临床工作经历，讲述了身边党员的故事。"
    assert titles_by_name(text) == {"戚岚": ["党支部书记"]}


def test_xian_xiang_ends_a_three_character_name():
    text = "会议由党支部副书记祁明远先向大家通报了支部工作情况。祁明远强调，要抓好整改。"
    assert titles_by_name(text) == {"祁明远": ["党支部副书记"]}


def test_xian_jiu_ends_a_name():
    text = "组织委员柏文韬先就活动方案作了说明。"
    assert titles_by_name(text) == {"柏文韬": ["组织委员"]}


# --- 社 of 九三学社 before its level committee --------------------------------------------------------

def test_she_short_name_stays_in_the_post():
    text = "座谈会由社市委常委、宣传处主任顾婉清主持，社市委副主委潘景行应邀参加。"
    got = titles_by_name(text)
    assert got["顾婉清"][0] == "社市委常委"
    assert got["潘景行"] == ["社市委副主委"]


def test_she_short_name_before_a_place():
    text = "九三学社召开民主生活会。社江陵市委副主委聂崇文、秘书长甘若兰参加了会议。"
    assert titles_by_name(text)["聂崇文"] == ["社江陵市委副主委"]


# --- a street's name after a district -------------------------------------------------------------

def test_district_street_is_no_district_head():
    text = "我校与柏溪区长林街道、工商银行柏溪支行联合开展志愿服务活动。"
    assert _names(text) == []


# --- a band before 同学 ----------------------------------------------------------------------------

def test_band_before_tongxue_is_no_name():
    text = "部分党员作为志愿者和校管乐队同学出席了活动。"
    assert _names(text) == []


# --- rare family names 凡 and 树 -------------------------------------------------------------------

def test_shu_after_a_post_before_a_list_mark():
    text = "教务处主任树琳、团委书记覃立军出席了会议。会上，覃立军要求全体团员树立正确的成才观。"
    assert titles_by_name(text) == {"树琳": ["教务处主任"], "覃立军": ["团委书记"]}


def test_fan_in_a_closing_bracket():
    text = "会议要求凡事做在前面，会议气氛热烈，达到了预期效果。（凡晓琪）"
    assert _names(text) == ["凡晓琪"]


# --- a town named after a person --------------------------------------------------------------------

def test_town_named_after_a_martyr_is_no_mention():
    text = ("韩岭镇党委召开党史学习教育动员会。韩岭镇是以烈士名字命名的乡镇，"
            "韩岭烈士的事迹在当地广为传颂。韩岭镇党委的负责人还带领大家重温了入党誓词。")
    people = {p.name: p.count for p in analyze(text).people}
    assert people == {"韩岭": 1}


# --- a school's grade and teaching groups -----------------------------------------------------------

def test_grade_and_teaching_group_heads_keep_their_group():
    text = "高三年级组长邹海波、数学教研组长简立、语文备课组长穆青参加了会议。"
    assert titles_by_name(text) == {"邹海波": ["年级组长"], "简立": ["教研组长"], "穆青": ["备课组长"]}


# --- martyrs named in party history study ------------------------------------------------------------

def test_martyrs_of_the_red_family_letters_are_known():
    text = "党课以杨开慧、方志敏、林觉民的三封家书为切入点，讲述革命先辈的理想信念。"
    assert _names(text) == ["杨开慧", "方志敏", "林觉民"]
