"""Slogans, round 25: a shared head before words of different lengths
(党管宣传、党管意识形态、党管媒体), a count written before a quoted formula
name (五个“必由之路”), 权 and 好 endings (领导权、管理权、话语权; 学习好、
宣传好、贯彻好), 劲 on two-character items (拼劲、干劲、冲劲), 把 as the verb
of a three-character item (把方向、抓导向、管阵地), verbs jieba's dictionary
misses in verb-object items (深化认识, 找准问题), 更好 as a clause lead, the
2024/2025 numbered formulas (五个带头, 七个聚焦, 六个坚持), and a four-character
word never cut by the end of a run (坚持实事|求是).

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.slogans import extract_slogans


def slogans_of(text: str) -> dict[str, str]:
    """Slogan text -> kind (documents left out)."""
    return {s.text: s.kind for s in extract_slogans(text) if s.kind != "document"}


@pytest.mark.parametrize("text, slogan", [
    # a shared head before one word each, of different lengths
    ("会议要求，青禾县融媒体中心要坚定不移把党管宣传、党管意识形态、党管媒体的要求落到实处。",
     "党管宣传、党管意识形态、党管媒体"),
    ("支部书记强调，始终坚持党管宣传、党管意识形态和党管媒体，守好阵地。",
     "党管宣传、党管意识形态和党管媒体"),
    ("全体党员要坚持学习、坚持创新、坚持实事求是。", "坚持学习、坚持创新、坚持实事求是"),
    # a power held, a verb's result, a drive
    ("会议指出，要牢牢掌握意识形态工作领导权、管理权、话语权，压实各级责任。", "领导权、管理权、话语权"),
    ("各支部要学习好、宣传好、贯彻好全会精神。", "学习好、宣传好、贯彻好"),
    ("广大干部要鼓足闯劲、干劲、拼劲，推动各项工作落地。", "闯劲、干劲、拼劲"),
    # 把 the verb of a three-character item
    ("机关党委要把方向、抓导向、管阵地、强队伍，切实履行主体责任。", "把方向、抓导向、管阵地、强队伍"),
    # 更好 before verb-object triads standing as a clause
    ("要创新方式方法，更好立主导、强主流、聚民心、促发展。", "立主导、强主流、聚民心、促发展"),
    # verb-object items whose verbs jieba lacks or mis-tags, after 达到…的目的
    ("会议开得严肃认真，达到了深化认识、增进团结、改进工作的目的。", "深化认识、增进团结、改进工作"),
    ("通过相互批评，真正达到了找准问题、提高认识、增强团结、改进工作的目的。",
     "找准问题、提高认识、增强团结、改进工作"),
    # a phrase of the lexicon
    ("要自觉用全会精神统一思想、指导实践、推动工作。", "统一思想、指导实践、推动工作"),
])
def test_new_parallel_formulas(text: str, slogan: str) -> None:
    assert slogans_of(text).get(slogan) == "parallel"


@pytest.mark.parametrize("text, slogan", [
    # (round 26: the record keeps the quotes, so that its span slices to its text)
    ("支部党员围绕五个“必由之路”开展学习研讨。", "五个“必由之路”"),
    ("青年党员重点学习了三个“务必”的深刻内涵。", "三个“务必”"),
    ("班子成员紧扣五个带头查摆问题。", "五个带头"),
    ("中心组专题学习了七个聚焦和六个坚持。", "七个聚焦"),
    ("中心组专题学习了七个聚焦和六个坚持。", "六个坚持"),
])
def test_numbered_formulas(text: str, slogan: str) -> None:
    assert slogans_of(text).get(slogan) == "numbered"


def test_count_before_quote_replaces_the_bare_quote() -> None:
    found = slogans_of("支部党员围绕五个“必由之路”开展学习研讨。")
    assert "必由之路" not in found


def test_six_principles_written_out_are_the_numbered_formula() -> None:
    text = ("全会提出，必须贯彻坚持党的全面领导、坚持以人民为中心、坚持守正创新、"
            "坚持以制度建设为主线、坚持全面依法治国、坚持系统观念等原则。")
    hits = [s for s in extract_slogans(text) if s.kind == "numbered"]
    assert hits and hits[0].expansion[0] == "坚持党的全面领导"


# -- what must not change --------------------------------------------------------

@pytest.mark.parametrize("text, bad", [
    # a count of quoted things stays a count: only a lexicon name joins its count
    ("镇里评出十个“文明家庭”，予以表彰。", "十个文明家庭"),
    # an ordinal before the count
    ("会议学习了第三个“务必”的由来。", "第三个务必"),
    # bodies sharing a noun head, of different lengths
    ("区委组织部、区委巡察办、区委第四巡察组有关负责同志参加会议。",
     "区委组织部、区委巡察办、区委第四巡察组"),
    # a list whose first member lacks the head
    ("县文联、党管宣传、党管意识形态、党管媒体", "党管宣传、党管意识形态、党管媒体"),
    # people's posts sharing a head
    ("会议由党委书记、党委副书记、党委委员参加。", "党委书记、党委副书记、党委委员"),
    # a pair is no run
    ("要坚持好、发展好这一制度。", "坚持好、发展好"),
])
def test_not_a_formula(text: str, bad: str) -> None:
    assert bad not in slogans_of(text)


def test_items_of_one_length_unchanged() -> None:
    found = slogans_of("要做到严的基调、严的措施、严的氛围不动摇，更高标准、更严要求、更实作风积极投身。")
    assert "严的基调、严的措施、严的氛围" in found
    assert "更高标准、更严要求、更实作风" in found


def test_activity_list_after_bare_punctuation_stays_out() -> None:
    # verb-object items after bare punctuation are what was done, no formula
    assert not slogans_of("会前，支部深化认识、征求意见、查找差距，撰写了材料。")
