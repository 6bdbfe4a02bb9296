"""Round 38 organizations: kinds of member (教职工, 师生), bodies outside the unit
(院外) or of the locality (属地) and kinds of body (地方党委, 中小学幼儿园, 学校学院)
name none; 找准 is a verb; a level's 宣讲团 (市委宣讲团) is the group, not the
committee, while kinds of group (青年宣讲团) name none. Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("充分肯定各师生党支部书记的履职表现。", []),
    ("全体教职工党支部书记参加述职会议。", []),
    ("外科第二党支部首次与院外支部合作。", ["外科第二党支部"]),
    ("青禾项目党支部与属地青山村党支部联合开展活动。", ["青禾项目党支部", "青山村党支部"]),
    ("全年共有812个地方党委领导班子召开民主生活会。", []),
    ("紧盯养老院、中小学幼儿园等重点场所开展排查。", []),
    ("让毕业生随时关注学校学院的发展。", []),
    ("要找准人民法院服务大局的结合点。", []),
])
def test_kinds_of_member_and_of_body_name_none(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a named unit's staff or student branch, a named school's branch
    ("青岚大学教职工党支部召开会议。", ["青岚大学教职工党支部"]),
    ("青禾中小学党支部召开组织生活会。", ["青禾中小学党支部"]),
    ("青岚县人民法院召开党组会议。", ["青岚县人民法院"]),
])
def test_named_units_keep_their_member_branches(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("党史学习教育青岚市委宣讲团报告会昨日举行。", ["党史学习教育青岚市委宣讲团"]),
    ("青岚市委宣讲团来校宣讲。", ["青岚市委宣讲团"]),
    ("学校组建宣讲团深入社区。", []),
    ("全区组建了干部宣讲团、青年宣讲团。", []),
])
def test_a_committees_lecture_group_is_the_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hall before its party-building room is the meeting's place, with or without
    # a generic kind of member before it (教工, 教职工)
    ("离退休党委在教职工活动中心党建活动室召开述职会议。", ["离退休党委"]),
    ("机关党委在教工活动中心党建活动室召开会议。", ["机关党委"]),
    # guard: a named centre's branch is a body
    ("青岚县老干部活动中心党支部召开会议。", ["青岚县老干部活动中心党支部"]),
])
def test_a_hall_before_its_party_room_is_no_body(text, expected):
    assert names(text) == expected
