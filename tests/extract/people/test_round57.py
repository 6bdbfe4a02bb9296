"""Round 57 (people): names and posts that whole reports of the genre showed missing
or wrong. 参会 after 向 quantifies a group (向参会成员), so 向 is no surname
there; 教务长 and 工长 are posts; 拿着 after a name ends it as a verb cue
does; 青工 and a performer's calling (歌唱家, 演奏家, 音乐家) before a name mark a
person, as 社工 and 作家 do; and a vote or decision putting a 、 list of names in a
post (通过甲、乙任某会副主席) names each of them, with the post as their title.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- 向 before a group word is a preposition -----------------------------------------------------

def test_xiang_before_canhui_opens_no_name():
    # 成员 after 参会 is the group's noun, no post of a name 向参会
    text = "会上，邝云舟主任向参会成员通报了上级会议精神。"
    assert _names(text) == ["邝云舟"]


# --- new post words ------------------------------------------------------------------------------

def test_jiaowuzhang_is_a_post_in_a_chain():
    text = "区委组织部部长、区委党校教务长邝云舟教授为全体党员讲授专题党课。"
    titles = titles_by_name(text)["邝云舟"]
    assert any(t.endswith("教务长") for t in titles)
    assert any(t.endswith("组织部部长") for t in titles)


def test_gongzhang_is_a_post():
    text = "交班会上，三工区工长邬启明结合近期作业安全提出具体要求。"
    assert any(t.endswith("工长") for t in titles_by_name(text)["邬启明"])


# --- verbs of holding end a name -----------------------------------------------------------------

def test_nazhe_ends_a_two_character_name():
    text = "检修车间主任邬峰拿着学习资料向班组职工逐条讲解。"
    assert _names(text) == ["邬峰"]


# --- words before a name that mark a person ------------------------------------------------------

def test_qinggong_before_a_name_marks_a_person():
    text = "交流中，来自机务段的青工邝晓帆表示，要把学习体会落实到岗位上。"
    assert _names(text) == ["邝晓帆"]


def test_singer_before_a_name_marks_a_person():
    text = "晚会最后，青年歌唱家邝晓帆演唱了歌曲《我和我的祖国》。"
    assert _names(text) == ["邝晓帆"]


# --- a decision putting a list of names in a post ------------------------------------------------

def test_vote_puts_a_list_of_names_in_a_post():
    text = "会议补选了区工会委员，表决通过了邝玉兰、诸葛芸任区总工会副主席。"
    titles = titles_by_name(text)
    assert set(titles) == {"邝玉兰", "诸葛芸"}
    assert all(any(t.endswith("副主席") for t in ts) for ts in titles.values())
    # 任务 and 任职 after the verb: no post is taken, so the run is no list of names
    assert _names("会议审议通过了整改任务清单和年度工作要点。") == []
    assert _names("会议表决通过邝玉兰任职资格审查意见。") == []


def test_decision_puts_one_name_in_a_post():
    text = "会议决定邬启明任镇团委书记。"
    assert any(t.endswith("书记") for t in titles_by_name(text)["邬启明"])


def test_decision_with_danren_and_a_comma_after_the_post():
    text = "会议同意邝玉兰担任支部组织委员，同意邬启明担任支部宣传委员。"
    titles = titles_by_name(text)
    assert any(t.endswith("组织委员") for t in titles["邝玉兰"])
    assert any(t.endswith("宣传委员") for t in titles["邬启明"])

