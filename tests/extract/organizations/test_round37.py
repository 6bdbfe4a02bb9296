"""Round 37 organizations: verbs and adverbs jieba does not tag as verbs stop a
name's left edge (立足, 健全, 剖析, 报送, 宣告, 重新定义); the end of a span of
time (任期内) and 紧接着 open no name; a tier of bodies (二级学院, 不同层级政府)
names no body. Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("要立足支部实际,开展青禾路社区党支部共建活动。", ["青禾路社区党支部"]),
    ("会议要求建立健全党委统一领导、各方协同的工作机制。", []),
    ("会上,大家深刻剖析党支部在学习方面存在的问题。", []),
    ("评议结果报送党总支审核后公布。", []),
    ("大会宣告中共青岚市物流协会支部委员会正式成立。", ["中共青岚市物流协会支部委员会"]),
    ("新时期要重新定义商会的角色。", []),
])
def test_a_verb_before_a_body_opens_no_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("书记回顾了任期内支部在思想建设方面的工作。", []),
    ("紧接着党支部书记带领全体党员重温入党誓词。", []),
    ("推动工作在不同层级政府部门之间协同实施。", []),
    ("校党委理论学习中心组成员和二级学院党组织负责人参加。", ["校党委理论学习中心组"]),
])
def test_time_spans_and_tiers_name_no_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: the same words inside a name, or a named body after them, stay
    ("青岚大学二级学院党委召开会议。", ["青岚大学二级学院党委"]),
    ("青岚市二级医院管理中心召开会议。", ["青岚市二级医院管理中心"]),
    ("会议宣布中共青岚市委员会成立。", ["中共青岚市委员会"]),
    ("要立足青岚县人民医院实际,推进改革。", ["青岚县人民医院"]),
    ("期间,青岚县总工会党组召开会议。", ["青岚县总工会党组"]),
])
def test_names_after_the_new_stops_stay_whole(text, expected):
    assert names(text) == expected
