"""Round 64: counts measured on 40 reports of the seed-64 sample. A word of acting
together right after the people or bodies counted (党员[共同]参加, 单位[共同]组成,
代表[集体]学习, [一同], [一起]) opens what they did and is no part of them; a count
the text quotes whole as a name (“三个领域”专项整治) names the same thing when
written again without quotes. Every sentence is invented; each failed before its
fix, but the guards (marked so)."""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers

from lookups import the_number


# --- a word of acting together after the people or bodies counted
def test_gongtong_after_members_ends_object() -> None:
    text = "区委宣传部机关党支部28名党员共同参加了主题党日活动。"
    assert the_number(text, 28, "名").object == "党员"


def test_gongtong_after_units_ends_object() -> None:
    text = "市农商银行、城南街道等5家单位共同组建的联合党委揭牌成立。"
    assert the_number(text, 5, "家").object == "单位"


def test_jiti_after_representatives_ends_object() -> None:
    text = "近30位全省高校组织部长代表集体研读了《党章》。"
    assert the_number(text, 30, "位").object == "全省高校组织部长代表"


def test_yitong_after_members_ends_object() -> None:
    text = "15名青年党员一同参观了县档案馆。"
    assert the_number(text, 15, "名").object == "青年党员"


def test_yiqi_after_cadres_ends_object() -> None:
    text = "学院组织40余名教职工党员一起观看了专题片。"
    assert the_number(text, 40, "名").object == "教职工党员"


def test_jiti_as_head_noun_reads_on() -> None:  # guard
    text = "大会表彰了6个先进集体和20名优秀共产党员。"
    assert the_number(text, 6, "个").object == "先进集体"


def test_jiti_inside_a_longer_noun_reads_on() -> None:  # guard
    text = "镇党委召开座谈会，9名村集体经济组织负责人参加。"
    assert "村集体经济组织负责人" in (the_number(text, 9, "名").object or "")


# --- a count quoted whole as a name, written again without quotes
def test_quoted_count_name_repeated_is_no_count() -> None:
    text = "全市“两个清单”专项行动推进会召开。会议指出，两个清单工作是今年的重点。"
    assert not [n for n in extract_numbers(text) if n.value == 2]


def test_quoted_count_name_repeated_with_ge_is_no_count() -> None:
    text = "县里召开“四个片区”综合治理部署会。会议要求，四个片区要压实责任。"
    assert not [n for n in extract_numbers(text) if n.value == 4]


def test_quoted_arabic_figure_keeps_the_count() -> None:  # guard
    text = "他说“整改问题12个”。支部已完成整改问题12个。"
    assert [n for n in extract_numbers(text) if n.value == 12]
