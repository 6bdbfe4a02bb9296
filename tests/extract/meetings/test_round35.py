"""Round 35 meetings: 组织 inside 党组织书记 is no holding verb, so the town or
street office before 召开 holds a review of its party organizations'
secretaries. Sentences are invented."""
from __future__ import annotations

from lookups import meeting_holders


def test_party_organization_secretary_is_no_verb():
    text = "2025年1月10日，青岚镇街道召开2024年度基层党组织书记抓基层党建工作述职评议会。"
    assert meeting_holders(text) == [("述职评议会", "青岚镇街道")]


def test_organizing_verb_still_holds():
    text = "1月10日，青禾学院党委组织召开述职评议会。"
    assert meeting_holders(text) == [("述职评议会", "青禾学院党委")]
