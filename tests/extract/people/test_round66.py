"""Round 66 (people): names that whole reports of the genre showed lost. 博士 after a
name marks it as 教授 and 将军 do (after_name_anchors: 某某博士、某某主任分别发言); a
writer's spaced label 文/图 closes a bracketed byline (（某某 文/图）: credit_words.json's
postfix_spaced_writer_labels, which the page parser reads too); scientists named as
examples of the scientists' spirit are known people (李四光 beside 钱学森: known_people.txt);
保 is a family name in a strong frame only (surnames_rare.txt: 党支部书记保某某主持).

Invented sentences in the genre; made-up names except the well-known scientists."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from lookups import person_names as _names


# --- 博士 after a name ----------------------------------------------------------------------------

def test_doctor_after_names_in_a_list():
    text = "孟庆华博士、韩立新主任和邹明远博士分别就课题申报谈了看法。"
    assert titles_by_name(text) == {"孟庆华": [], "韩立新": ["主任"], "邹明远": []}


def test_doctor_after_a_name_before_a_talk():
    assert _names("座谈会上,龚雨桐博士介绍了研究进展。") == ["龚雨桐"]
    # a degree held or counted names nobody
    assert _names("学院现有法学博士9人,另引进海归博士3名。") == []


# --- 文/图 closing a bracketed byline ----------------------------------------------------------

def test_spaced_writer_and_photo_label():
    text = "全体党员重温了入党誓词。(魏婷 文/图)"
    assert titles_and_roles(text) == {"魏婷": ([], ["作者"])}


# --- scientists named as examples -------------------------------------------------------------

def test_scientists_named_as_examples():
    text = "党课以华罗庚、竺可桢等老一辈科学家为例,讲述了科学家精神。"
    assert _names(text) == ["华罗庚", "竺可桢"]


def test_geologist_before_a_list():
    text = "报告还以李四光、黄大年等科学家的事迹,号召党员爱岗敬业。"
    assert _names(text) == ["李四光", "黄大年"]


# --- 保 as a family name ------------------------------------------------------------------------

def test_rare_surname_bao_after_a_post():
    text = "会议由新任党支部书记保志坚主持。"
    assert titles_by_name(text) == {"保志坚": ["党支部书记"]}
    # 保持 is a word: no name after the post
    assert _names("党支部书记保持定力,带头讲党课。") == []
