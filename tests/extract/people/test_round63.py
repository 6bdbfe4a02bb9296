"""Round 63 (people): names that whole reports of the genre showed missed or false.
A name written before a 部长 or 处长 is no office merged with the post (组织部长 =
组织部 + 部长): a plausible name of a common family name, no ordinary word, keeps
its post (titles._merged_office_start); a 、 list of units each with its untitled
name (甲中队某某、乙中队某某获得二等奖) holds people in every item, the next bodied
item framing the name before it as a cue would (mentions._group_mentions);
凭借 after a name ends it (right_cues); a transliterated run after a foreign post
head (总书记) opens with no stopword (总书记考察某地: 考察 is a verb), and 钱塘 (a
district's name) is no name (person_stopwords.txt).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- a name before 部长 / 处长 is no merged office ---------------------------------------------------

def test_name_before_minister_post_after_a_verb():
    text = "学习了郑永平部长、高书林厅长在水利工作会议上的讲话。"
    assert titles_by_name(text) == {"郑永平": ["部长"], "高书林": ["厅长"]}


def test_name_before_minister_post_opening_a_clause():
    text = "会上,韩丽娟部长对下一步工作提出了要求。"
    assert titles_by_name(text) == {"韩丽娟": ["部长"]}


def test_name_before_division_chief_post():
    text = "随后,冯建国处长通报了专项整治工作进展情况。"
    assert titles_by_name(text) == {"冯建国": ["处长"]}
    assert titles_by_name("武装部长孟庆丰出席会议并讲话。") == {"孟庆丰": ["武装部长"]}  # still merged


# --- a list of units, each with its untitled name ---------------------------------------------------

def test_unit_name_items_before_an_award():
    text = "经过评选,东港中队吕博、西岭中队邹晓丽获得二等奖。"
    assert sorted(_names(text)) == sorted(["吕博", "邹晓丽"])


def test_three_unit_name_items_before_an_award():
    text = "南桥中队严可、北塘中队柯文静、西门中队蒋涛获得三等奖。"
    assert sorted(_names(text)) == sorted(["严可", "柯文静", "蒋涛"])


def test_name_before_by_virtue_of():
    text = "最终,东港中队龚言凭借《守护城市烟火气》宣讲荣获一等奖。"
    assert _names(text) == ["龚言"]


# --- no name after 总书记 + a verb, nor a district's name -----------------------------------------

def test_general_secretary_before_inspection_verb_holds_no_name():
    text = "各支部要把总书记考察宁夏时的指示精神落到实处。"
    assert titles_by_name(text) == {}


def test_district_name_in_a_venue_list_is_no_person():
    text = "大家走进了红色驿站、钱塘分享空间和初心书屋。"
    assert _names(text) == []
