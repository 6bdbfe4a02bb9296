"""Round 61: counts measured on 50 reports of the seed-61 sample. An adverb of
how after the bodies counted (5个党支部严格按照…, 4个督导组分批深入…) is no part of
them; a military unit's code number (8341部队) is a name; 方面 written bare after
an Arabic numeral (巡察发现5方面14项问题) counts the parts findings are sorted into,
while 一方面 and 从两方面 stay none; a joiner opening a head count's phrase after a
count inside the list (…3个中队负责人[及]执法人员近30人) leaves the list before no
doer; 所属 after a count ends what is counted (6个课题所属党支部: the topics);
the spirit of meetings studied is no meeting held; 紧扣 governs a standard's parts
like 按照; an issuer's numbered rules (省局党组八条要求) are a name. Every sentence
is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number
from reportmine.extract.numbers import extract_numbers


# --- an adverb of how after the bodies counted
def test_yange_after_branches_ends_them() -> None:
    text = "按照考评细则，5个党支部严格对照清单逐项整理党建台账。"
    assert the_number(text, 5, "个").object == "党支部"


def test_fenpi_after_groups_ends_them() -> None:
    text = "县委4个督导组分批深入各乡镇开展蹲点督导。"
    assert the_number(text, 4, "个").object == "督导组"


def test_groups_without_adverb_stay_guard() -> None:
    text = "县委组建4个督导组深入各乡镇开展督导。"
    assert the_number(text, 4, "个").object == "督导组"


# --- a military unit's code number
def test_military_code_number_is_no_count() -> None:
    text = "党员们观看了反映8341部队光荣历史的纪录片。"
    assert [n.value for n in extract_numbers(text)] == []


# --- 方面 written bare after an Arabic numeral
def test_bare_fangmian_counts_parts_of_findings() -> None:
    text = "县委第三巡察组组长刘某通报巡察发现5方面14项问题。"
    assert [(n.value, n.unit) for n in extract_numbers(text)] == [(5, "方面"), (14, "项")]


def test_yifangmian_is_no_count_guard() -> None:
    text = "一方面要抓好理论武装，另一方面要从两方面推动整改落实。"
    assert [n.value for n in extract_numbers(text)] == []


def test_bare_fangmian_of_a_standard_is_no_count_guard() -> None:
    text = "班子成员对照4方面标准逐条检视。"
    assert [n.value for n in extract_numbers(text)] == []


# --- a head count closing a list cut by a count inside it
def test_list_before_ji_is_no_doer() -> None:
    text = "局办公室主任孙某、大队全体班子成员、3个中队负责人及执法人员近30人参加培训。"
    assert the_number(text, 30, "人").actor is None


# --- 所属 after a count
def test_suoshu_ends_what_is_counted() -> None:
    text = "会上，6个课题所属党支部书记分别汇报了课题进展。"
    n = the_number(text, 6, "个")
    assert (n.object, n.metric) == ("课题", None)


# --- the spirit of meetings studied
def test_meeting_spirit_studied_is_no_meeting() -> None:
    text = "中心组对周某书记解读的三个会议精神进行了交流讨论。"
    assert the_number(text, 3, "个").metric is None


# --- 紧扣 a standard's parts
def test_jinkou_standard_parts_are_no_count() -> None:
    text = "班子成员紧扣专题民主生活会五个方面反复修改检视材料。"
    assert [n.value for n in extract_numbers(text)] == []


# --- an issuer's numbered rules
def test_issuer_numbered_rules_are_a_name() -> None:
    text = "局党组班子贯彻落实中央八项规定精神和省局党组八条要求情况良好。"
    assert [n.value for n in extract_numbers(text)] == []
