"""find_unit, round 35: an outlet's local desk and day before 讯 in a dateline,
and a title's place named more fully by the opening; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("title, text, expected", [
    # a dateline with the outlet's local desk and the day (某网某县分站1月22日讯) is no unit
    (None, "青川网柳河县分站3月2日讯（通讯员 王某某）3月1日，石门镇召开党支部书记述职评议会。会上，各支部书记逐一述职。",
     "石门镇"),
    (None, "青州新闻网6月18日讯 6月17日，桐溪镇召开党建工作推进会。会议由镇党委书记主持。", "桐溪镇"),
    # the title's place, named more fully in the opening, takes that fuller name
    ("石门镇召开民主生活会征求意见座谈会", "1月27日上午，青川区石门镇召开年度民主生活会征求意见座谈会，会议由镇长王某主持。",
     "青川区石门镇"),
    # and a body a later sentence names is one of the place's parts, not a narrower unit
    ("桐江市推进党纪学习教育扎实开展",
     "党纪学习教育开展以来，青山省桐江市精心谋划部署、统筹推进落实。桐江市委常委会坚持先学一步，带头举办读书班。",
     "青山省桐江市"),
])
def test_round35_units(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected


# guards: nearby behaviour that must not change
@pytest.mark.parametrize("title, text, expected", [
    # a plain 本报讯 and an outlet's 某网讯 still read
    (None, "本报讯 5月8日，青松县林业局党组召开专题民主生活会。", "青松县林业局党组"),
    (None, "青川网讯（记者 李某）3月2日，桐溪镇召开党建工作推进会。", "桐溪镇"),
    # a text that opens with its subject is no dateline, even with 讯 later
    (None, "青松县文联召开年度民主生活会，会议通报了上年度整改情况。本报讯员参加。", "青松县文联"),
    # the title's place narrowed by the opening's body that holds the meeting (竹溪镇 -> 桐川县竹溪镇党委)
    ("竹溪镇深化乡村振兴", "近日，桐川县竹溪镇党委召开乡村振兴工作会议，镇党委书记主持会议。", "桐川县竹溪镇党委"),
    # the same place in the opening stays as the title writes it
    ("石门镇召开年度工作会", "2月1日，石门镇召开年度工作会，镇党委书记主持。", "石门镇"),
])
def test_round35_guards(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected
