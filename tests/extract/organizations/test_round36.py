"""Round 36 organizations: a society (协会, 联合会, 促进会, 商会 ...) whose
field runs past the usual limit of unknown characters is read whole when a
known place opens it (朝阳区|现代物流中小企业发展|联合会), also after an
autonomous region written with its peoples (宁夏回族自治区); 评议 before a
body is a verb (召开评议|区市场监督管理局工作会议); 商协会 names a class.
Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("朝阳区现代物流中小企业发展联合会召开组织生活会。", ["朝阳区现代物流中小企业发展联合会"]),
    ("内蒙古自治区绿色农牧企业发展促进会党支部召开会议。", ["内蒙古自治区绿色农牧企业发展促进会党支部"]),
    ("宁夏回族自治区特色文旅企业发展研究会召开年会。", ["宁夏回族自治区特色文旅企业发展研究会"]),
    ("湘西土家族苗族自治州文化旅游协会召开会议。", ["湘西土家族苗族自治州文化旅游协会"]),
])
def test_a_place_opens_a_long_society_field(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: without a known place the usual limit holds; a stop word in the
    # field keeps prose out; a long field before another ending is no society's
    ("会上推动现代物流中小企业发展联合会工作。", []),
    ("朝阳区大力推动现代物流中小企业发展商会建设。", []),
    ("朝阳区现代物流中小企业发展服务中心召开会议。", []),
    ("朝阳区物流协会召开会议。", ["朝阳区物流协会"]),
])
def test_long_society_field_needs_a_place_and_no_stop(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青山区人大常委会评议区市场监督管理局工作动员会昨日举行。", ["青山区人大常委会", "区市场监督管理局"]),
    # guards: 评议 opens no name of its own; an appraisal campaign heads its group
    ("支部开展民主评议党员工作。", []),
    ("县政协民主评议领导小组成员出席会议。", ["县政协民主评议领导小组"]),
])
def test_appraising_is_a_verb_before_a_body(text, expected):
    assert names(text) == expected


def test_chambers_and_associations_as_a_class_name_no_body():
    assert names("各地组建商协会的同时同步成立党支部。") == []
