"""Round 31 organizations: a verb glued before a body (规定|市局党组, 参观完|青禾海关,
学习过|县委), a clinical field jieba tags as a verb inside a department (诊疗中心),
a time word or a bare 中心 as a party group's whole qualifier (现党小组, 中心党小组),
and the branches of a whole sector (税务系统党支部). Sentences are invented; each
new case fails on the old code, the guards hold on both."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, want, wrong", [
    ("会议规定市局党组每季度开展一次集中学习。", "市局党组", "规定市局党组"),
    ("代表团参观完青禾海关后召开座谈会。", "青禾海关", "完青禾海关"),
    ("大家学习过县委文件后进行了讨论。", "县委", "过县委"),
    ("大家走访完县人社局后召开座谈会。", "县人社局", "完县人社局"),
    ("青禾医院成立骨关节疾病诊疗中心党小组等3个党小组。", "骨关节疾病诊疗中心党小组", "中心党小组"),
])
def test_verb_before_body_is_cut(text, want, wrong):
    found = names(text)
    assert want in found
    assert wrong not in found


@pytest.mark.parametrize("text, wrong", [
    ("党小组长由现党小组全体党员推荐产生。", "现党小组"),
    ("中心党小组开展集中学习。", "中心党小组"),
    ("全市税务系统党支部标准化建设观摩活动举行。", "税务系统党支部"),
    ("青山区教育系统党小组开展学习。", "青山区教育系统党小组"),
])
def test_generic_party_group_is_no_name(text, wrong):
    assert wrong not in names(text)


@pytest.mark.parametrize("text, want", [
    ("服务中心党小组开展集中学习。", "服务中心党小组"),
    ("完达山乳业公司党委召开会议。", "完达山乳业公司党委"),
    ("青禾县税务局第一党支部召开组织生活会。", "青禾县税务局第一党支部"),
    ("中心党委召开专题组织生活会。", "中心党委"),
    ("青禾大学现代教育技术中心党支部召开会议。", "青禾大学现代教育技术中心党支部"),
])
def test_guards(text, want):
    assert want in names(text)
