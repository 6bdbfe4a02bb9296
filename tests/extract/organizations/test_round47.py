"""Round 47 (organizations, sample seed 47): a builder's numbered bureau inside
a project's branch, a staff branch numbered without 第, a school's 学部,
a packaging group inside a name, a democratic
party's formal name before a full autonomous region's committee, and a post
(研究员) before the verb 作. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 七局, 十四局, 14局: the numbered bureau is a known part; the project after it spends no free characters
    ("青岚项目公司党支部与水电七局柳河项目党支部开展联学联建。", ["青岚项目公司党支部", "水电七局柳河项目党支部"]),
    ("中建三局青岚项目党支部召开会议。", ["中建三局青岚项目党支部"]),
    ("中铁十四局柳河项目部党支部召开会议。", ["中铁十四局柳河项目部党支部"]),
])
def test_a_numbered_bureau_opens_a_project_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("水电七局党委书记王某出席会议。", ["水电七局党委"]),
    ("中建三局项目党支部召开会议。", ["中建三局项目党支部"]),
    ("柳河局青岚项目党支部召开会议。", ["柳河局青岚项目党支部"]),
])
def test_a_bureau_before_a_short_name_stays(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("随后,教工二支部书记彭某某领学党章。", ["教工二支部"]),
    ("学生三支部召开组织生活会。", ["学生三支部"]),
    ("教工第二党支部召开组织生活会。", ["教工第二党支部"]),
])
def test_a_staff_branch_numbered_without_di_is_named(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "教工两支部联合开展主题党日活动。",
    "学生党支部召开组织生活会。",
    "教工党员参加了学习。",
])
def test_a_count_or_a_bare_kind_of_member_names_no_branch(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("文学院、心理学部、历史学院党组织书记依次述职。", ["文学院", "心理学部", "历史学院"]),
    ("青岚大学地理科学学部召开教职工大会。", ["青岚大学地理科学学部"]),
    ("教育学部党委召开专题会议。", ["教育学部党委"]),
])
def test_a_school_faculty_is_a_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_each_faculty_alone_is_no_name() -> None:
    assert names("整改措施提出后,各学部要认真落实。") == []


@pytest.mark.parametrize("text, expected", [
    ("选举浙江柳河包装集团有限公司副董事长王某某为会长。", ["浙江柳河包装集团有限公司"]),
])
def test_a_trade_read_as_a_verb_stays_inside_a_group(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("市领导带队检查了安全生产工作。", []),
    ("积极参与包装与印刷工程学院建设。", ["印刷工程学院"]),
])
def test_the_verbs_alone_still_cut(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中国民主建国会宁夏回族自治区第九届委员会召开全体会议。", ["中国民主建国会宁夏回族自治区第九届委员会"]),
    ("中国民主促进会宁夏回族自治区第八届委员会召开全体会议。", ["中国民主促进会宁夏回族自治区第八届委员会"]),
    ("中国民主建国会青岚市委员会召开会议。", ["中国民主建国会青岚市委员会"]),
    ("中国民主建国会召开全国代表大会。", ["中国民主建国会"]),
])
def test_a_party_formal_name_opens_its_regions_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("党支部书记赵某某研究员作支部工作述职报告。", []),
    ("党支部书记赵某某作支部工作述职报告。", []),
    ("市作协党支部召开会议。", ["市作协党支部"]),
])
def test_a_post_before_the_verb_zuo_opens_no_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected
