"""Round 69: counts measured on 40 reports of the seed-68 sample (the next 40 after
round 68's). An adverb of manner right after the things counted (迅速, 快速, 立即,
共同, 一起) opens what they did, even before a verb the lexicon does not know; 参评
(taking part in an appraisal) is a verb that ends the people counted; 加上 (adding one
more count to those before) is no part of what is counted. Every sentence is invented;
each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- an adverb after the things counted opens what they did
def test_leaflets_quickly_reach_villages() -> None:
    text = "镇党委印发明白纸3000份、600多块展板迅速铺到各个村组。"
    assert the_number(text, 600, "块").object == "展板"


def test_teams_immediately_go_down() -> None:
    text = "活动结束后，12支党员服务队立即奔赴受灾农户家中。"
    assert the_number(text, 12, "支").object == "党员服务队"


def test_schools_jointly_visit() -> None:
    text = "清明前夕，全区11所中小学共同走进烈士纪念馆。"
    assert the_number(text, 11, "所").object == "中小学"


def test_communities_together_visit() -> None:
    text = "重阳节当天，7个网格一起走进敬老院慰问老人。"
    assert the_number(text, 7, "个").object == "网格"


def test_booklets_quickly_sent() -> None:
    text = "学院编印的1500册学习手册快速发到每位师生手中。"
    assert the_number(text, 1500, "册").object == "学习手册"


def test_adverb_inside_a_word_reads_on() -> None:  # guard
    text = "全县建成14个共同富裕示范村。"
    assert the_number(text, 14, "个").object == "共同富裕示范村"


# --- 参评: the people counted took part in an appraisal
def test_probationary_member_in_brackets_appraised() -> None:
    text = "第三党支部现有党员37名（2名预备党员参评不评定等次），其中9名党员被评为优秀。"
    assert the_number(text, 2, "名").object == "预备党员"


def test_members_counted_before_appraising() -> None:
    text = "此次民主评议中，41名党员参评，无不合格党员。"
    n = the_number(text, 41, "名")
    assert (n.object, n.metric) == ("党员", "participants")


def test_appraising_members_after_a_meeting_word() -> None:
    text = "年度民主评议参评党员56名。"
    assert the_number(text, 56, "名").object == "参评党员"


# --- 加上: one more count added to those before
def test_staff_members_added_to_students() -> None:
    text = "学院现有学生党员96人，加上教工党员27人，共设7个党支部。"
    assert the_number(text, 27, "人").object == "教工党员"


def test_again_added_retired_members() -> None:
    text = "在职党员54名，再加上离退休党员31名，全局共有党员85名。"
    assert the_number(text, 31, "名").object == "离退休党员"
