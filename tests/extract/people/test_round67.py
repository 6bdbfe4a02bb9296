"""Round 67 (people): posts and names that whole reports of the genre showed lost or misread.
总农艺师 and 总规划师 are posts as 总工程师 is (person_titles.txt); 讲师 and 高级讲师 before
a name are ranks as 研究员 is: they hold the name and do not part it from the posts before
them (person_cues.json: before_name_anchors, chain_ranks); 颇有, 颇为 … end a name (right_cues:
副镇长某某颇有感触 names 某某, not 某某颇); a name already found, then 和, 与 or 及, before a post
word is no three-character name: the post opens the next person's chain (names.py
_joined_after_known); a 指导小组, 督导小组 or 工作小组 keeps its members' and heads' posts
as 指导组 does (person_title_quals.txt).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- 总农艺师, 总规划师 ------------------------------------------------------------------------------

def test_chief_agronomist_before_a_name():
    text = "在总农艺师葛长顺带领下,支部党员走进果园帮助农户疏果。"
    assert titles_by_name(text) == {"葛长顺": ["总农艺师"]}


def test_chief_planner_before_a_name():
    text = "市自然资源局总规划师邬晓川为全体党员讲授专题党课。"
    assert _names(text) == ["邬晓川"]


# --- 讲师 and 高级讲师 before a name ---------------------------------------------------------------

def test_senior_lecturer_after_a_post():
    text = "会议邀请县委党校副校长、高级讲师柏雪芬作专题宣讲。"
    assert titles_by_name(text) == {"柏雪芬": ["副校长"]}


def test_lecturer_alone_before_a_name():
    assert _names("党校讲师萧云汉为大家作了辅导报告。") == ["萧云汉"]


# --- 颇有 after a name ---------------------------------------------------------------------------

def test_name_before_po_you():
    text = "座谈中,副镇长闵华颇有感触地说,要把群众的急难愁盼办好。"
    assert titles_by_name(text) == {"闵华": ["副镇长"]}


# --- a known name and 和 before a post ------------------------------------------------------------

def test_known_name_and_he_before_the_next_post():
    text = "会议由院党委书记芮江主持。芮江和院长、院党委副书记鲍立新分别作述职报告。"
    assert titles_by_name(text) == {"芮江": ["院党委书记"], "鲍立新": ["院长", "院党委副书记"]}


# --- 指导小组, 督导小组 ------------------------------------------------------------------------------

def test_guiding_group_members():
    text = "区委指导小组成员蓝海生、詹秋云到会指导并作点评。"
    assert titles_by_name(text) == {"蓝海生": ["区委指导小组成员"], "詹秋云": ["区委指导小组成员"]}


def test_supervising_group_head():
    text = "督导小组组长谭新民对会议作了点评。"
    assert titles_by_name(text) == {"谭新民": ["督导小组组长"]}
