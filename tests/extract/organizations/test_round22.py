"""Organizations, round 22: 和/与 inside a bureau's or a division's name
(林业和草原局, 观测与网络处), the commission written out (卫生健康委员会), a
data bureau, a verb or 自……以来 before a body, numeral-led county names, the
earthquake bureau, 中心工作 after a joiner, expressway companies and joint
branch committees.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_kinds as orgs_of


# -- 和 and 与 inside one body's name -------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("青岚县林业和草原局党组召开专题民主生活会。", "青岚县林业和草原局党组", "party_group"),
    ("会上，白石市林业和草原局通报了整改情况。", "白石市林业和草原局", "unit"),
    ("国家林业和草原局机关党委召开会议。", "国家林业和草原局机关党委", "party_committee"),
    # a division named for two fields, the second one a stem before 处 or 科
    ("区应急管理局综合协调和预案管理处党支部召开组织生活会。",
     "区应急管理局综合协调和预案管理处党支部", "branch"),
    ("省局资料与信息处党支部联合开展主题党日。", "省局资料与信息处党支部", "branch"),
    ("县人社局政策法规与宣传科召开会议。", "县人社局政策法规与宣传科", "unit"),
])
def test_joiner_inside_a_bureau_or_division_name(text: str, name: str, kind: str) -> None:
    assert orgs_of(text).get(name) == kind


@pytest.mark.parametrize("text, name", [
    # a stop word before the joiner ends the name there: no name opens with 和
    ("区应急管理局应急支援和预案管理处党支部召开组织生活会。", "预案管理处党支部"),
])
def test_joiner_after_a_stop_word_opens_no_name(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert not any(n.startswith(("和", "与")) for n in found)


@pytest.mark.parametrize("text, names", [
    ("市委组织部和宣传部参加会议。", {"市委组织部"}),
    ("县纪委和县监察局联合召开会议。", {"县纪委", "县监察局"}),
])
def test_two_bodies_joined_stay_two(text: str, names: set[str]) -> None:
    found = orgs_of(text)
    assert names <= set(found)
    assert not any("和" in n for n in found)


# -- the commission written out, a data bureau -----------------------------------

@pytest.mark.parametrize("text, name", [
    ("青岚县卫生健康委员会召开党史学习教育专题组织生活会。", "青岚县卫生健康委员会"),
    ("会议由白石市卫生健康委员会机关党委主持。", "白石市卫生健康委员会机关党委"),
    ("青岚县数据资源管理局召开主题教育动员会。", "青岚县数据资源管理局"),
    ("白石市数据资源管理局党组书记出席会议。", "白石市数据资源管理局党组"),
])
def test_commission_and_data_bureau_whole(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert "资源管理局" not in found and not any(n.endswith("卫生健康委") for n in found)


# -- the sentence's words before a body -----------------------------------------

@pytest.mark.parametrize("text, name, wrong", [
    # a verb before the reader's bureau written short
    ("会议审议、研究局党组关于开展学习教育的实施方案。", "局党组", "研究局党组"),
    ("集团党委听取汇报，研究厅党组交办事项。", "厅党组", "研究厅党组"),
    # 自……以来: 自省 is a dictionary word, but 省委 opens the name
    ("自省委第二巡视组反馈意见以来，公司党委高度重视。", "省委第二巡视组", "自省委第二巡视组"),
    ("自市委巡察组进驻以来，局党组立行立改。", "市委巡察组", "自市委巡察组"),
])
def test_sentence_word_before_a_body_is_left_out(text: str, name: str, wrong: str) -> None:
    found = orgs_of(text)
    assert name in found and wrong not in found


@pytest.mark.parametrize("text, name", [
    ("自治区党委巡视组反馈意见以来，厅党组召开专题会议。", "自治区党委巡视组"),
    ("研究院党委召开理论学习中心组学习会。", "研究院党委"),
    ("统计局党组召开专题民主生活会。", "统计局党组"),
])
def test_names_that_open_with_such_words_stay(text: str, name: str) -> None:
    assert name in orgs_of(text)


# -- numeral-led places, the earthquake bureau ------------------------------------

@pytest.mark.parametrize("text, name", [
    ("参观结束后，五华县残联与邻县残联召开座谈会。", "五华县残联"),
    ("七台河市自然资源局召开党组会议。", "七台河市自然资源局"),
    ("四会市委第一巡察组进驻以来，该局高度重视。", "四会市委第一巡察组"),
    ("会后，青海省海东地区地震局召开干部大会。", "青海省海东地区地震局"),
    ("9月3日，西藏自治区地震局召开处级以上干部会议。", "西藏自治区地震局"),
])
def test_numeral_led_place_and_earthquake_bureau(text: str, name: str) -> None:
    assert name in orgs_of(text)


def test_counted_places_stay_unnamed() -> None:
    assert orgs_of("全市三个县残联负责人参加会议。") == {}


# -- 中心工作 after a joiner -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "推动党纪学习教育同中心工作有机结合。",
    "坚持党建与中心工作深度融合。",
    "把主题教育和中心工作统筹起来。",
])
def test_central_task_after_a_joiner_names_no_centre(text: str) -> None:
    assert not any(n.endswith("中心") for n in orgs_of(text))


# -- expressway companies, joint branch committees ---------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("青岚乌石北高速公路管理有限公司党支部开展主题党日。", "青岚乌石北高速公路管理有限公司党支部", "branch"),
    ("中共白石交投东岭联合支部委员会召开党员大会。", "中共白石交投东岭联合支部委员会", "branch"),
])
def test_expressway_company_and_joint_branch(text: str, name: str, kind: str) -> None:
    assert orgs_of(text).get(name) == kind


# -- an elder day-care home -------------------------------------------------------

def test_elder_day_care_home_is_a_unit() -> None:
    assert orgs_of("青岚街道慧民托老院党支部开展主题党日。") == {"青岚街道慧民托老院党支部": "branch"}
    assert orgs_of("老人们住进托老院。") == {}
