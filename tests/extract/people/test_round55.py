"""Round 55 (people): an untitled name opening its clause before a company word
(某某等一行, 某某一行, 某某等人) is a person, read as before a speech verb; and 闭 is
a rare family name, taken only in a strong frame (党委书记闭某某主持).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- a name before 一行 / 等一行 / 等人 -------------------------------------------------------------

def test_name_before_deng_yixing_after_a_time_phrase():
    text = "2021年秋，柯望舒等一行六人来到石湾村开展结对帮扶。"
    assert _names(text) == ["柯望舒"]


def test_name_before_yixing_after_a_date():
    text = "6月3日，柯望舒一行到石湾村卫生室走访慰问。"
    assert _names(text) == ["柯望舒"]


def test_name_before_deng_ren_opening_a_clause():
    text = "活动结束后，柯望舒等人又到石湾村小学捐赠图书。"
    assert _names(text) == ["柯望舒"]


def test_group_before_yixing_is_no_name():
    # a post or a body before 一行 stands for people without naming them
    assert _names("6月3日，市领导一行到石湾村卫生室走访慰问。") == []
    assert _names("6月3日，考察团一行到石湾村卫生室走访慰问。") == []
    assert _names("6月3日，省委书记一行到石湾村走访慰问。") == []


def test_titled_name_before_yixing_keeps_its_title():
    text = "6月3日，区委副书记柯望舒一行到石湾村走访慰问。"
    assert titles_by_name(text) == {"柯望舒": ["区委副书记"]}


# --- 闭 as a rare family name ---------------------------------------------------------------------

def test_bi_after_a_post_before_a_light_verb():
    text = "会上，物业公司党支部书记闭嘉禾做了年度工作报告。"
    assert titles_by_name(text) == {"闭嘉禾": ["党支部书记"]}


def test_bi_after_a_post_before_zhuchi():
    text = "会议由工会主席闭嘉禾主持，全体会员参加。"
    assert titles_by_name(text) == {"闭嘉禾": ["工会主席"]}


def test_bi_in_an_open_frame_gives_no_name():
    # 闭 opens 闭幕, 闭环: outside a strong frame it is no family name
    assert _names("闭幕式上，全体代表起立奏唱国歌。") == []
    assert _names("闭环管理推进有力，问题整改全部到位。") == []


# --- 还将 / 是在 after a name opening its sentence ----------------------------------------------------

def test_name_opening_a_sentence_before_haijiang():
    text = "座谈会结束。柯望舒还将赴石湾村调研产业发展情况。"
    assert _names(text) == ["柯望舒"]


def test_name_opening_a_sentence_before_shizai():
    text = "活动圆满结束。柯望舒是在石湾村驻点期间提出这一倡议的。"
    assert _names(text) == ["柯望舒"]


def test_special_shi_zai_opens_no_name():
    assert _names("特别是在乡村振兴工作中，全体党员冲锋在前。") == []


# --- a rare noun read as a name before 同志 ---------------------------------------------------------

def test_plain_noun_opening_a_clause_before_tongzhi_is_a_name():
    # 洪流 is a dictionary noun; opening its clause right before 同志 it is a name
    text = "洪流同志1952年出生，长期在基层供销系统工作。"
    assert _names(text) == ["洪流"]


def test_group_words_before_tongzhi_stay_no_names():
    assert _names("会上，相关同志汇报了整改进展。") == []
    assert _names("会上，许多同志结合岗位谈了体会。") == []


# --- 反面典型 before a name -----------------------------------------------------------------------

def test_name_after_fanmian_dianxing_is_a_person():
    text = "支部组织观看警示教育片，片中反面典型韦石根多次收受他人财物。"
    assert _names(text) == ["韦石根"]


def test_fanmian_dianxing_anli_gives_no_name():
    assert _names("支部党员对照反面典型案例逐一查摆剖析。") == []
