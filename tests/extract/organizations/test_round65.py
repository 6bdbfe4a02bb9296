"""Organizations of round 65: drug-control and civilization commissions and
their offices (省禁毒办, 县文明委), a compulsory drug-rehabilitation centre
(市强制隔离戒毒所), a body's new term after 该 and its type (该院|新一届党组) and
获评 before an award (某党支部获评|…先进集体).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # drug-control and civilization commissions: 禁毒 is a verb, 文明 generic elsewhere
    ("工作得到了省禁毒办和市文明委的一致好评。", ["省禁毒办", "市文明委"]),
    ("区禁毒委员会召开全体成员会议。", ["区禁毒委员会"]),
    # a compulsory drug-rehabilitation centre: 强制 and 隔离 are verbs elsewhere
    ("揭牌仪式在省强制隔离戒毒所举行。", ["省强制隔离戒毒所"]),
])
def test_endings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 该 and its type point back at the body; what is left is a term's word
    ("经过换届,该院新一届党组着力加强队伍建设。", []),
    ("该局新一届党委狠抓作风建设。", []),
    # 获评 ends the name before an award's wording
    ("东关法庭党支部获评南川法院党建工作先进集体。", ["东关法庭党支部", "南川法院"]),
])
def test_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected
