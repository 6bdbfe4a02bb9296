"""Round 28 (num): qualifiers of variety, shares given to each of two age groups, owners
before 有, verbs of going after the things counted, quotes and the length read, and the
one helper for "the count right before, of this sentence and unit".

A count followed by 不同…的 (5支不同岗位的志愿者) counts the noun after 的. A share given to
each of several groups (40岁以下和41至45岁的各占30%) names all of them, without the 各. A
body, place or group before a bare 有 (全县有党员1200名, 党员中有12人参加) says where the
things counted are, not what they are. A verb of going after the things counted (15名
党员干部赴…) ends them. Quote marks do not count against the length of the phrase read
after a count. Every sentence is invented; each failed before its fix, but the guards
(marked so) of what the fixes must leave as they were.
"""
from __future__ import annotations

from reportmine.extract import numbers as nb
from reportmine.extract.numbers import extract_numbers
from reportmine.record import Number
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- a qualifier of variety before 的

def test_variety_qualifier_counts_the_noun_after():
    text = "青石镇组建5支不同岗位的志愿者服务队，开展服务40余次。"
    n = one(text, 5, "支")
    assert n.object == "志愿者服务队" and n.metric == "groups"
    spans_honest(text)


def test_variety_qualifier_bare_people():
    assert one("柳河社区组织3支不同专业的志愿者参与活动。", 3, "支").object == "志愿者"


def test_guard_degree_word_still_reads_over_de():
    # guard: the older degree words keep their reading
    assert one("形成6篇比较深入的调研报告。", 6, "篇").object == "调研报告"


# --- a share given to each of several age groups

def test_each_share_names_both_age_groups():
    text = "南湾支部现有党员40名，其中40岁以下和41至45岁的各占30%。"
    n = one(text, 30, "%")
    assert n.object == "40岁以下和41至45岁" and n.metric == "share"
    spans_honest(text)


def test_each_share_of_a_listed_pair():
    n = one("在册党员中，35岁及以下、36至45岁的党员各占25%。", 25, "%")
    assert n.object == "35岁及以下、36至45岁的党员"


def test_guard_single_age_share():
    # guard: one age group alone keeps its name (round 27)
    assert one("全县40岁以下村干部占比达到27.5%。", 27.5, "%").object == "40岁以下村干部占比"


# --- an owner before a bare 有

def test_place_before_you_is_no_part_of_the_object():
    n = one("截至年底，全县有党员1260名。", 1260, "名")
    assert n.object == "党员" and n.metric == "members"


def test_locative_before_you_is_no_part_of_the_object():
    assert one("东坪街道辖区内有老党员48名。", 48, "名").object == "老党员"


def test_body_before_you_is_no_part_of_the_object():
    found = extract_numbers("该支部有正式党员25名、预备党员3名。")
    assert [(n.value, n.object) for n in found] == [(25, "正式党员"), (3, "预备党员")]


def test_people_among_before_you_and_a_verb():
    n = one("参加培训的党员中有14人参加了结业考试。", 14, "人")
    assert n.object == "参加" and n.metric == "participants"  # (GUIDE: N人参加 -> 参加)


def test_meeting_before_you_is_where_the_speakers_are():
    n = one("会上有9人作了交流发言。", 9, "人")
    assert n.object != "会上" and n.metric == "speeches"


def test_guard_you_inside_a_word():
    # guard: 有 inside 所有, 具有 or 有关 is no owner's verb
    assert one("具有高级职称的党员15名。", 15, "名").object == "具有高级职称的党员"
    assert one("有关部门12个。", 12, "个").object == "有关部门"


def test_guard_people_before_you_stay_counted():
    # guard: nothing named after 有, the people before it are counted
    assert one("参会党员有12人。", 12, "人").object == "参会党员"


# --- a verb of going after the things counted

def test_going_ends_the_people_counted():
    n = one("机关党委组织15名党员干部赴便民服务中心开展志愿服务。", 15, "名")
    assert n.object == "党员干部"


def test_going_ends_the_object_but_the_metric_reads_on():
    # the deed after the place still gives the metric (site_visits)
    n = one("石桥村党总支分两批次党员前往烈士纪念馆参观学习。", 2)
    assert n.object == "党员" and n.metric == "site_visits"


def test_guard_go_word_inside_a_quote():
    assert one("120名“双报到”党员开展服务。", 120, "名").object == "“双报到”党员"


# --- data words: 列出, 巡展

def test_lie_chu_introduces_what_is_counted():
    n = one("各乡镇共列出调研专题38项。", 38, "项")
    assert n.object == "调研专题" and n.metric == "surveys"


def test_touring_show_ends_the_places():
    assert one("专题展在全县12个乡镇巡展。", 12, "个").object == "乡镇"


# --- quotes do not count against the length read

def test_quoted_team_name_read_whole():
    text = "全区组建36支“青春先锋队”理论宣讲志愿队伍。"
    assert one(text, 36, "支").object == "“青春先锋队”理论宣讲志愿队伍"
    spans_honest(text)


def test_guard_long_plain_phrase_still_cut():
    # guard: without quotes the phrase read after a count keeps its length
    assert nb._phrase_end_after("一二三四五六七八九十甲乙丙丁戊己", 0) <= nb._MAX_AFTER


# --- the helper for the count right before

def _n(sentence: int, unit: str) -> Number:
    return Number(value=1, approx=None, unit=unit, object="问题", actor=None, metric=None,
                  text="1" + unit, span=(0, 2), sentence=sentence)


def test_just_before_is_the_last_count_of_the_sentence_and_unit():
    out = [_n(0, "个"), _n(1, "条")]
    assert nb._just_before(out, 1, "条") is out[-1]
    assert nb._just_before(out, 1, "个") is None  # (only the last count is looked at)
    assert nb._just_before(out, 2, "条") is None
    assert nb._just_before([], 0, "个") is None
