"""Round 34 meetings: 述职考评会 is a meeting type; a meeting whose spirit is
passed on with 有关精神 or 相关精神 is no sitting; the township committees
reviewed at a county's meeting (乡镇党委书记…述职评议会) are no holder.
Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import meeting_holders


def test_review_and_appraisal_meeting_is_a_type():
    text = "1月12日，青禾学院党委组织召开2025年党支部书记工作述职考评会。"
    assert meeting_holders(text) == [("述职考评会", "青禾学院党委")]


def test_spirit_passed_on_is_no_sitting():
    text = "会上，青禾公司党委书记传达学习了市国资委党委2025年度国有企业党组织书记抓基层党建工作述职评议会议有关精神。"
    assert meeting_holders(text) == []


def test_spirit_with_de_unchanged():
    assert meeting_holders("会上，书记传达了省委组织部述职评议会议的有关精神。") == []


def test_reviewed_township_committees_are_no_holder():
    # (乡镇党委 is a kind of body, org_generic_names.txt: no holder can come from it)
    text = "1月15日，青岚县2025年度乡镇党委书记抓党建工作专项述职评议会在县委三楼会议室召开。"
    assert meeting_holders(text) == [("述职评议会", None)]


def test_county_committee_holds_its_review():
    text = "3月2日，青岚县委召开乡镇党委书记抓基层党建工作专项述职会议。"
    assert meeting_holders(text) == [("专项述职会议", "青岚县委")]
