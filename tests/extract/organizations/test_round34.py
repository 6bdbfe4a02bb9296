"""Round 34 organizations: campaign verbs and qualities before a generic ending
name no body (建设模范机关, 做实机关党建, 聚力中心工作, 打造活力机关, 高质量机关党建),
致 and 力争 are verbs before a body, 研究 before 商会 is the sentence's, a county
opening with 原 keeps it (原阳县), 一支部一品牌 is a formula, 乡镇党委 is a kind of
body, 市级机关工委 is a body, 和 stays inside 自然资源和城乡建设局, and an
industry's trade words before 行业协会 stay in its name. Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text", [
    "会议要求，各支部要建设模范机关，争创先进党支部。",
    "各单位要做实机关党建，打造活力机关。",
    "全体党员要聚力中心工作，以高质量机关党建推动发展。",
    "开展一支部一品牌创建活动。",
    "青岚县2025年度乡镇党委书记述职评议会召开。",
])
def test_campaign_phrases_name_no_body(text):
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("党员学习了总书记致青禾日报创刊40周年的贺信。", ["青禾日报"]),
    ("要力争市工商联直属商会党组织全覆盖。", ["市工商联直属商会"]),
    ("会议共同研究商会党组织建设方面的问题。", []),
    ("原阳县法院召开党组会议。", ["原阳县法院"]),
    # (the committee owns its organs' work committee: one name, round 40)
    ("青岚市委市级机关工委召开专题会议。", ["青岚市委市级机关工委"]),
    ("青岚市自然资源和城乡建设局作交流发言。", ["青岚市自然资源和城乡建设局"]),
    ("江西省防水防腐保温行业协会党支部召开组织生活会。", ["江西省防水防腐保温行业协会党支部"]),
])
def test_verbs_and_places_before_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: names that open with a verb-like word or 致, or carry 第一, stay
    ("致公党青州市委召开会议。", ["致公党青州市委"]),
    ("建设银行青州分行党委召开会议。", ["建设银行青州分行党委"]),
    ("青州市政策研究中心召开会议。", ["青州市政策研究中心"]),
    ("第一支部召开组织生活会。", ["第一支部"]),
    ("青州市直机关工委召开会议。", ["青州市直机关工委"]),
    ("原县委书记某某出席。", ["县委"]),
    ("退休教师党支部交流了做法。", ["退休教师党支部"]),
    ("如致公党青州市委召开会议。", ["致公党青州市委"]),
])
def test_nearby_names_unchanged(text, expected):
    assert names(text) == expected
