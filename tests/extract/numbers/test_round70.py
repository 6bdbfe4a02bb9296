"""Round 70: counts measured on 39 reports of the seed-68 sample (the part after
rounds 68 and 69). N次 right before 全国代表大会 is the congress's number with its 第
left out (党的十八次全国代表大会), never a count of congresses held; 具有 right after a
count opens a relative clause up to its 的, so the head noun after it is counted
(8个具有里程碑意义的示范项目; the clause reader
alone lost the head behind 里程碑). Every sentence is invented; each failed before its fix,
but the guards (marked so). 以 (taking … as) opening the phrase before a count
makes it the object of a preposition: no doer."""
from __future__ import annotations

from lookups import number_values, the_number


# --- a national congress numbered without 第
def test_congress_number_without_ordinal_mark() -> None:
    text = "报告会上，王教授围绕党的十八次全国代表大会精神作了系统解读。"
    assert 18 not in number_values(text)


def test_congress_number_then_a_real_count() -> None:
    text = "宣讲团以中国共产党的十七次全国代表大会为起点，共举办宣讲12场。"
    assert number_values(text) == [12]


def test_meetings_held_still_counted() -> None:  # guard
    text = "今年以来，市委共召开7次常委会会议，专题研究巡察整改。"
    assert the_number(text, 7, "次").object == "常委会会议"


# --- 具有 opens a relative clause after a count
def test_projects_with_landmark_meaning() -> None:
    text = "该镇培育了8个具有里程碑意义的示范项目。"
    assert the_number(text, 8, "个").object == "示范项目"


def test_congresses_with_landmark_meaning() -> None:
    text = "学院回顾了两次具有里程碑意义的教代会。"
    assert the_number(text, 2, "次").object == "教代会"


def test_cases_with_warning_value() -> None:  # guard
    text = "纪委编印了16个具有警示意义的身边典型案例。"
    assert the_number(text, 16, "个").object == "身边典型案例"


def test_sessions_with_landmark_meaning() -> None:
    text = "支部组织党员重温了两次具有里程碑意义的重要会议。"
    assert the_number(text, 2, "次").object == "重要会议"


# --- 以 opening the phrase before a count makes it the object of a preposition, no doer
def test_taking_meetings_as_thread_has_no_doer() -> None:
    text = "王研究员独辟蹊径，以中国共产党的第十八次全国代表大会和古田会议两次具有转折意义的会议为线索作了讲解。"
    assert the_number(text, 2, "次").actor is None


def test_taking_meetings_as_main_line_has_no_doer() -> None:
    text = "课上，以党的第七次全国代表大会和古田会议两次关键会议为主线。"
    assert the_number(text, 2, "次").actor is None
