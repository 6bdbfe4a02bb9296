"""Round 33 meetings: 专项述职会议, 述职会议 and 工作例会 are meeting types
(meeting_types.tsv); a sports hall's party members' room is the sitting's
place, never its holder. Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import meeting_holders


@pytest.mark.parametrize("text, expected", [
    ("3月2日，青岚县委召开乡镇党委书记抓基层党建工作专项述职会议。", [("专项述职会议", "青岚县委")]),
    ("1月9日，青禾集团党委召开2024年度党支部书记述职会议。", [("述职会议", "青禾集团党委")]),
    ("9月5日，青禾集团召开第三季度党委书记工作例会。", [("工作例会", "青禾集团")]),
])
def test_report_and_routine_meetings_are_types(text, expected):
    assert meeting_holders(text) == expected


def test_review_meeting_unchanged():
    assert meeting_holders("1月5日，青禾公司党委召开2024年度党支部书记述职评议会。") == [("述职评议会", "青禾公司党委")]


def test_sports_hall_room_is_no_holder():
    text = "3月23日，后勤服务中心第四党支部在体育馆党员活动室召开专题组织生活会。"
    assert meeting_holders(text) == [("专题组织生活会", "后勤服务中心第四党支部")]
