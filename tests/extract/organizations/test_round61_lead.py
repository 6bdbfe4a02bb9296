"""Round 61, organizations (the lead's cross-check on the fifth collection): 总会|计师
is a post, 一系列, 因而, 做大做强 and the verbs 建议 and 抓 before a body end its name.
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, absent", [
    ("青禾集团总会计师柯远参加会议。", "青禾集团总会"),
    ("围绕一系列卫生院的发展方向展开座谈。", "一系列卫生院"),
    ("要做大做强医院的特色专科。", "做大做强医院"),
    ("抓医疗安全、抓医院管理等十项重点工作。", "抓医院"),
    ("他建议市气象台要选好学习载体。", "建议市气象台"),
])
def test_round61_lead_no_false_body(text, absent):
    assert absent not in names(text)


def test_a_body_after_a_stop_keeps_its_name():
    assert "市气象台" in names("他建议市气象台要选好学习载体。")
