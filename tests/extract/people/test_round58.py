"""Round 58 (people): names and posts that whole reports of the genre showed missing.
A name opening its sentence before 在 and a speech (某某在总结讲话中指出) and a
list item before 依次 are read; a 、 list of names filling its sentence after
分别是： names people when people were just counted (优秀党员5名，分别是：甲、乙);
a chain holding a bare post and the same post in a body of its own (局长,
档案局局长) keeps both; a bracketed byline before 连日来 credits its writers;
and 再 may open a given name at a sentence's start before a cue (杨再某指出).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from lookups import person_names as _names


# --- 在 + a speech before the verb ----------------------------------------------------------------

def test_name_before_zai_summary_speech():
    text = "邝云舟在总结讲话中指出，各支部要抓好问题整改。"
    assert _names(text) == ["邝云舟"]


def test_name_before_zai_comment_speech():
    text = "会议听取了各支部的述职。\n温立川在点评讲话时肯定了一年来的工作成效。"
    assert _names(text) == ["温立川"]


def test_name_before_zai_huishang():
    text = "覃嘉禾在会上强调，要把学习成果转化为工作实效。"
    assert _names(text) == ["覃嘉禾"]


# --- 依次 closes a titled list ---------------------------------------------------------------------

def test_last_item_before_yici_keeps_the_list_post():
    text = "领导班子成员邝云舟、温立川、覃嘉禾、苗蓓依次作个人对照检查。"
    got = titles_by_name(text)
    assert set(got) == {"邝云舟", "温立川", "覃嘉禾", "苗蓓"}
    assert got["苗蓓"] == got["邝云舟"]


# --- a list of names after 分别是： ---------------------------------------------------------------

def test_colon_list_after_counted_members():
    text = "经民主测评，评出优秀党员5名，分别是：邝云舟、温立川、覃嘉禾、苗蓓、龙晓岚。"
    assert _names(text) == ["邝云舟", "温立川", "覃嘉禾", "苗蓓", "龙晓岚"]
    # no people noun before the lead: the items are places, no names
    assert _names("本次共走访三个村，分别是：汤庄、韦庄、柏庄。" + text) == ["邝云舟", "温立川", "覃嘉禾", "苗蓓", "龙晓岚"]


def test_colon_list_after_a_sentence_counting_members():
    # an item may open with a rare family name (党)
    text = "共评选出优秀党员4名。分别是:邝云舟、党晓岚、覃嘉禾和苗蓓。"
    assert _names(text) == ["邝云舟", "党晓岚", "覃嘉禾", "苗蓓"]


# --- a bare post beside the same post in a body of its own ---------------------------------------

def test_bare_head_and_own_body_post_in_one_chain():
    text = "某区文旅局党组书记、局长、档案局局长邝云舟出席签约仪式。"
    titles = titles_by_name(text)["邝云舟"]
    assert "局长" in titles
    assert any(t.endswith("档案局局长") for t in titles)


# --- a bracketed byline before 连日来 -------------------------------------------------------------

def test_bracketed_byline_before_lianrilai():
    text = "（邝云舟 温立川）连日来，某供电公司深入开展主题教育活动，推动学习走深走实。"
    got = titles_and_roles(text)
    assert set(got) == {"邝云舟", "温立川"}
    assert "作者" in got["邝云舟"][1]


# --- 再 inside a given name -------------------------------------------------------------------------

def test_zai_opens_a_given_name_before_a_speech_verb():
    text = "会议听取了巡察情况汇报。\n韦再林指出，要以整改实效取信于民。"
    assert _names(text) == ["韦再林"]
    # 再次 is a word, and 韦再 before 强调 would hold a one-character given name: no names
    assert _names("支部将再次强调纪律要求。韦再强调，要抓好整改。" + text) == ["韦再林"]


def test_zai_name_after_a_post_before_xiang_keeps_the_post():
    # the name opens a sentence too, so 向 after the post's mention ends it there
    text = "市委第二巡察组组长韦再林向该局党组反馈巡察意见。韦再林指出，要抓好整改落实。"
    assert titles_by_name(text) == {"韦再林": ["巡察组组长"]}


# --- an internal office after the unit named by a determiner -------------------------------------

def test_office_post_after_gaiyuan_keeps_the_office():
    text = "学生们参观了诉讼服务中心，该院审管办主任邝云舟介绍了审判工作流程。"
    assert titles_by_name(text)["邝云舟"] == ["审管办主任"]
