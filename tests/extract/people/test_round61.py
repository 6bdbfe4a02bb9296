"""Round 61 (people): names that whole reports of the genre showed missed or cut.
A name in parts joined by a middle dot before its post (Uyghur, Tibetan) is read
back whole to the list mark, punctuation or cue before it, any characters in each
part, and a stray space beside the dot is read across and dropped from the name
(names.dotted_name_before); a special commissioner (特派员: 科技特派员, 文化特派员)
and a researcher (研究员, a rank) named before a name mark it as 教授 does
(before_name_anchors; neither is a title).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- dotted names before their post ---------------------------------------------------------------

def test_dotted_name_in_a_list_keeps_its_first_part():
    text = "会议传达了冯志坚主席、努尔古丽·艾山副主席的批示精神。"
    assert titles_by_name(text) == {"冯志坚": ["主席"], "努尔古丽·艾山": ["副主席"]}


def test_dotted_name_after_a_verb():
    text = "会上，大家认真学习了帕提古丽·买买提副书记的讲话。"
    assert titles_by_name(text) == {"帕提古丽·买买提": ["副书记"]}


def test_spaced_dot_is_read_across():
    text = "会议传达了周文海主席、次旦 ·格桑多吉副主席的指示精神。"
    assert titles_by_name(text) == {"周文海": ["主席"], "次旦·格桑多吉": ["副主席"]}


def test_tibetan_dotted_name_after_a_verb():
    text = "会议传达了扎西·尼玛次仁副主席的指示批示精神。"
    assert titles_by_name(text) == {"扎西·尼玛次仁": ["副主席"]}


# --- callings before a name --------------------------------------------------------------------------

def test_special_commissioner_before_a_name():
    text = "派驻该村的县农业特派员苗振宇和驻村指导员韦晓东介绍了情况。"
    assert set(_names(text)) == {"苗振宇", "韦晓东"}
    assert titles_by_name(text)["苗振宇"] == []


def test_culture_commissioner_before_a_name():
    text = "对于市文化特派员柯灵秀来说，宣讲全会精神是义不容辞的责任。"
    assert _names(text) == ["柯灵秀"]


def test_researcher_before_a_name_is_no_title():
    text = "我阅读了省社会科学院研究员岑慧兰著的《山河岁月》一书。"
    assert titles_by_name(text) == {"岑慧兰": []}
    assert _names("副研究员以上职称人员参加了本次培训。") == []  # the rank alone names nobody
