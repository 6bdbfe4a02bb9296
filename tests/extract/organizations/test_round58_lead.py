"""Round 58, organizations (the lead's cross-check on the second collection): a
visiting party (某某一行来|厅机关) ends a name, 向日葵 inside a name is no
preposition, 研究 before 党校 is the meeting's verb, and 副科以上 is a rank, no
section. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected, absent", [
    ("近日，县中医院院长祁向岚一行来厅机关座谈交流。", "厅机关", "祁向岚一行来厅机关"),
    ("代表们参观考察了白沙社区向日葵青少年活动中心。", "白沙社区向日葵青少年活动中心", "日葵青少年活动中心"),
    ("会议传达学习全会精神，研究党校贯彻落实意见。", None, "研究党校"),
    ("青禾农业研究所副科以上干部参加会议。", "青禾农业研究所", "青禾农业研究所副科"),
    ("县审计局副处以上干部参加会议。", "县审计局", "县审计局副处"),
])
def test_round58_lead_names(text, expected, absent):
    found = names(text)
    if expected is not None:
        assert expected in found
    assert absent not in found


def test_a_section_named_by_its_department_stays():
    assert "青禾农业研究所财务科" in names("青禾农业研究所财务科召开支部会议。")
