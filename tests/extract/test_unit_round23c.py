"""Round 23c of the reporting unit (GUIDE §1): a party committee's study
group keeps its name as the most specific subject, without a verb glued on
(党委|组织|中心组 -> 党委中心组); a place or body owning the subject's statistics (某区党员
队伍…, 共有中国共产党党员) is no subject, nor a lone level before a common
word (县|农村…); two bodies acting together (甲联合乙召开…, 甲党支部和乙党支部
联合召开… under a title naming both) give no unit; a body inside a meeting's
name (…大会暨监督委员会会议, 召开…二级学院党委书记述职会) is not the unit; a
generic subject (集团召开…) is neither a round-up nor overridden by a later
sentence's object; a committee's working department (公司党委组织部) does
not narrow the unit; a 书院 owns its branches like a 学院."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("title, text, expected", [
    ("长江地质所党委组织中心组(扩大)学习活动", "6月3日，长江地质所党委组织上半年中心组学习活动。", "长江地质所党委中心组"),
    # without a verb the group stays as written, as a department's does
    ("林研所党委中心组召开专题学习会", "3月2日上午，林研所党委中心组在二楼会议室召开专题学习会。", "林研所党委中心组"),
])
def test_a_committees_study_group_loses_a_glued_verb(title, text, expected):
    assert unit(title, text) == expected


def test_a_departments_study_group_stays_whole():
    assert unit("市委统战部理论学习中心组举行专题学习会", "4月1日，市委统战部理论学习中心组举行专题学习会。") \
        == "市委统战部理论学习中心组"


@pytest.mark.parametrize("title, text", [
    ("柳江党员队伍结构持续优化", "6月30日，记者从区委组织部获悉，截至去年底，全区共有中国共产党党员5万余名。"),
    ("县农村基层党组织建设工作情况", "一、总体情况\n今年以来，县坚持抓党建促发展，推动基层党建工作规范化。"),
])
def test_a_places_statistics_or_a_common_word_is_no_unit(title, text):
    assert unit(title, text) is None


@pytest.mark.parametrize("title, text", [
    ("东湖植物园、淡水研究所联合开展廉政教育活动",
     "5月9日，东湖植物园联合淡水研究所在园区召开廉政教育大会，两家单位党员参加。"),
    ("机关离休党支部联合召开党员大会",
     "4月2日，机关离休东城党支部和机关离休南湖党支部联合召开党员大会，传达学习有关精神。"),
])
def test_two_bodies_acting_together_give_no_unit(title, text):
    assert unit(title, text) is None


@pytest.mark.parametrize("title, text, expected", [
    ("公司召开2024年党风廉政建设工作会议",
     "3月1日，公司召开2024年党风廉政建设工作会议暨监督委员会会议。会议深入学习贯彻二十届中央纪委三次全会精神。",
     "公司"),
    ("学校召开二级学院党委书记述职测评大会",
     "根据学校党委工作安排，1月9日上午，学校在图书馆报告厅召开二级学院党委书记述职测评大会。", "学校"),
    ("集团召开党委会研究部署学习教育",
     "7月2日，集团召开党委会，听取集团各单位工作汇报。此前集团各级党组织普遍成立了学习教育工作领导小组。", "集团"),
])
def test_a_generic_subject_is_not_lost_to_a_body_in_a_meeting_name(title, text, expected):
    assert unit(title, text) == expected


def test_a_committees_department_does_not_narrow_the_unit():
    assert unit("公司党委开展年度组织生活会工作",
                "公司党委组织部于3月1日下发了通知，公司党委及时部署开展了该项工作。") == "公司党委"


def test_a_colleges_branches_report_for_it():
    assert unit("明德书院各党支部召开年度组织生活会",
                "3月上旬，明德书院8个党支部陆续召开年度组织生活会，全体党员参加。") == "明德书院"
