"""last_match: the last cue before a point, shared by meetings, roles and organizations."""
from __future__ import annotations

import re

from reportmine.extract.matching import last_match

_DATE = re.compile(r"(\d{1,2})月(\d{1,2})日")


def test_the_last_match_inside_the_window() -> None:
    text = "3月2日筹备，3月5日召开，4月1日总结"
    m = last_match(_DATE, text, 0, text.index("召开"))
    assert m is not None and m.group() == "3月5日"


def test_a_match_crossing_the_window_end_is_not_taken() -> None:
    text = "3月2日筹备，3月15日召开"
    assert last_match(_DATE, text, 0, text.index("15") + 1).group() == "3月2日"


def test_none_when_nothing_matches() -> None:
    assert last_match(_DATE, "会议召开", 0, 4) is None
