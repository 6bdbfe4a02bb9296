"""Round 69 (people): names that whole reports of the genre showed lost.

A clause opening with a 、 list of untitled names before 参加会议 lists the
attendants, as before 列席 (list_verbs in person_cues.json: 甲、乙和丙参加会议);
a given name may end in 月 right after a post word and before a strong cue
(framed_given_ends: 部长某明月参加会议, not 某明: 明月 is a word); a bare credit closing the text may open
with the town that filed it ((某县某某镇 某某): credits.py _BARE_UNIT); 濮 is a family
name read in strong frames only (surnames_rare.txt: 濮阳 is a city).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- an untitled list before 参加会议 --------------------------------------------------------------

def test_untitled_list_before_attending():
    text = "5月8日,副县长韩立波主持召开县政府第7次常务会议,周德胜、钱晓梅、孙立军和欧阳明参加会议。"
    assert _names(text) == ["韩立波", "周德胜", "钱晓梅", "孙立军", "欧阳明"]


def test_untitled_list_before_attended():
    text = "会议由镇长陶建业主持,邝立新、裴秋生参加了会议。"
    assert _names(text) == ["陶建业", "邝立新", "裴秋生"]


# --- a given name ending in 月 ------------------------------------------------------------------

def test_given_name_ending_in_yue_after_post():
    text = "市委常委、市委统战部部长郑明月参加会议并讲话。"
    assert titles_by_name(text) == {"郑明月": ["市委常委", "市委统战部部长"]}


def test_given_name_ending_in_yue_before_presiding():
    text = "会议由县委副书记韦新月主持。"
    assert titles_by_name(text) == {"韦新月": ["县委副书记"]}


# --- a town before a closing bare credit ---------------------------------------------------------

def test_town_before_closing_credit():
    text = "镇党委书记韩立波到各村督导秋收工作。(丰乐县城南镇 邬晓婷)"
    assert _names(text) == ["韩立波", "邬晓婷"]


def test_street_before_closing_credit():
    text = "社区党委召开了年度组织生活会。(东岭街道 贺春兰)"
    assert _names(text) == ["贺春兰"]


# --- 濮 as a family name --------------------------------------------------------------------------

def test_pu_in_closing_credit():
    text = "供电公司开展了电力设施保护宣传活动。(戴文涛 濮秀英)"
    assert _names(text) == ["戴文涛", "濮秀英"]


def test_pu_after_a_post():
    text = "县总工会召开党组会议,党组书记濮立恒主持会议。"
    assert titles_by_name(text) == {"濮立恒": ["党组书记"]}
