"""Round 33 organizations: branches whose ending is written once after a 、 list
of their qualifiers (甲、乙、丙及机关党支部) are each named; 青年 before 支部书记
describes the secretaries (org_not_suffix.txt: 青年党支部 stays a name); a title whose 《 the
text's cut-off end leaves open names no party body; a sports hall before a
party members' room is the meeting's place. Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names
from reportmine.pipeline import analyze


def test_listed_qualifiers_before_one_branch_ending_name_each_branch():
    text = "集团公司党委下辖四个党支部，即新材料、青岚达、地产及机关党支部，均已召开组织生活会。"
    found = names(text)
    assert {"新材料党支部", "青岚达党支部", "地产党支部"} <= set(found)
    assert "产党支部" not in found
    assert "机关党支部" not in found  # (generic alone, as ever)


def test_listed_qualifiers_joined_by_he():
    found = names("公司下设北辰、南屿和物业党支部，各支部分别召开组织生活会。")
    assert found == ["北辰党支部", "南屿党支部", "物业党支部"]


@pytest.mark.parametrize("text", [
    "加强思想、作风、纪律和党支部建设。",  # abstract nouns and a bare ending
    "会议由主任季某明、马某龙及机关支部全体党员参加。",  # names after a post
    "负责人、机关干部和各村党支部书记参加会议。",  # posts and an every-word
])
def test_lists_of_other_things_name_no_branches(text):
    assert not any(n in names(text) for n in ("思想党支部", "作风党支部", "马某龙支部", "负责人党支部"))


def test_numbered_and_ordinal_lists_unchanged():
    assert names("机关一支部、眼科一支部、眼科二支部召开会议。") == ["机关一支部", "眼科一支部", "眼科二支部"]
    assert names("机关第一、第二党支部召开会议。") == ["机关第一党支部", "机关第二党支部"]


@pytest.mark.parametrize("text", [
    "活动彰显了青年支部书记的责任与担当。",
    "团委举办青年支部书记培训班。",
])
def test_young_secretaries_name_no_branch(text):
    assert "青年支部" not in names(text)


def test_young_bodies_with_more_name_stay():
    assert names("县青年联合会召开会议。") == ["县青年联合会"]
    assert names("市青年志愿者协会成立。") == ["市青年志愿者协会"]
    assert names("青禾学院青年教师党支部召开会议。") == ["青禾学院青年教师党支部"]
    assert names("青年党支部召开会议。") == ["青年党支部"]
    assert names("商会下设的青年企业家分会召开会议。") == ["青年企业家分会"]


def test_unclosed_title_at_the_text_end_names_no_party():
    assert names("会议集中学习了《中国共产党纪律处分条例") == []
    assert analyze("会议集中学习了《中国共产党纪律处分条例").unit is None


def test_closed_title_and_a_party_body_outside_it_unchanged():
    assert names("中共青岚县委组织部学习了《中国共产党章程》。") == ["中共青岚县委组织部"]


def test_sports_hall_before_party_room_is_a_place():
    assert names("后勤服务中心第四党支部在体育馆党员活动室召开专题组织生活会。") == ["后勤服务中心第四党支部"]
    assert names("青禾学院体育馆召开职工大会。") == ["青禾学院体育馆"]
