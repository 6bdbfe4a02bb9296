"""Round 63: counts measured on 40 reports of the seed-63 sample. What the things
counted did, written right after them, ends them: 推出 (门店[推出]…活动), 站在
(青年[站在]舞台中央) and a party birthday held for the people counted (党员[过]
政治生日); an adverb such as 各 right before a noun only qualifies it inside the
object (社会[各]阶层人士代表); the event a count was made at, opening the doer's
phrase without 在 or a comma (活动中, 会上), is no part of the doer. Every sentence
is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import the_number


# --- what the things counted did ends them
def test_tuichu_after_outlets_ends_object() -> None:
    text = "市图书馆在全省150多家分馆推出“书香满城”系列阅读活动。"
    assert the_number(text, 150, "家").object == "分馆"


def test_tuichu_before_count_is_left_out() -> None:
    text = "县政务服务中心推出便民举措12项。"
    assert the_number(text, 12, "项").object == "便民举措"


def test_zhanzai_after_people_ends_object() -> None:
    text = "8名社区网格员站在“平安之夜”舞台中央，讲述身边故事。"
    assert the_number(text, 8, "名").object == "社区网格员"


def test_party_birthday_after_members_ends_object() -> None:
    text = "机关第二党支部为四名党员过集体政治生日。"
    assert the_number(text, 4, "名").object == "党员"


def test_party_birthday_with_aspect_ends_object() -> None:
    text = "学院教工党支部开展主题党日活动，为三名党员过了一次特别的政治生日。"
    assert the_number(text, 3, "名").object == "党员"


def test_party_birthday_quoted_ends_object() -> None:
    text = "街道党工委为7名老党员过“政治生日”。"
    assert the_number(text, 7, "名").object == "老党员"


# --- an adverb before a noun qualifies it inside the object
def test_ge_before_noun_stays_in_object() -> None:
    text = "县交警大队邀请了15名社会各阶层人士代表参加座谈。"
    assert the_number(text, 15, "名").object == "社会各阶层人士代表"


def test_ge_before_verb_ends_object_guard() -> None:
    text = "五个党小组各推荐2名党员参加评选。"
    assert the_number(text, 5, "个").object == "党小组"


# --- the event a count was made at opens no doer
def test_event_setting_before_doer_is_dropped() -> None:
    text = "活动中县文旅局机关党委对8名优秀共产党员进行了表彰。"
    assert the_number(text, 8, "名").actor == "县文旅局机关党委"


def test_meeting_setting_before_doer_is_dropped() -> None:
    text = "会上区审计局党组对4名优秀党务工作者进行了表彰。"
    assert the_number(text, 4, "名").actor == "区审计局党组"
