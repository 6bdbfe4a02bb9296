"""A partner marked as the local one (与属地某村党支部联合开展…) still holds
the meeting with the body before 与: the organization reader leaves 属地 out
of the partner's name, so the word stands between the joiner and the body.

Every sentence is invented (made-up units, places and people).
"""
from __future__ import annotations

import pytest

from lookups import extracted_org_names
from reportmine.pipeline import analyze


@pytest.mark.parametrize("text, holder", [
    ("10月9日，青禾项目党支部与属地石桥村党支部联合开展主题党日活动。", "青禾项目党支部、石桥村党支部"),
    ("5月8日，园区管委会机关党支部和当地柳营社区党委共同开展主题党日活动。", "园区管委会机关党支部、柳营社区党委"),
    ("10月9日，青禾项目党支部与驻地石桥村党支部联合开展主题党日活动。", "青禾项目党支部、石桥村党支部"),
    # guards: a plain joiner still joins; a word that is no partner mark ends the list
    ("10月9日，青禾项目党支部与石桥村党支部联合开展主题党日活动。", "青禾项目党支部、石桥村党支部"),
    ("10月9日，青禾项目党支部邀请石桥村党支部联合开展主题党日活动。", "石桥村党支部"),
])
def test_a_partner_marked_as_local_holds_jointly(text: str, holder: str) -> None:
    assert [(m.type, m.holder) for m in analyze(text).meetings] == [("主题党日活动", holder)]


@pytest.mark.parametrize("mark", ["属地", "当地", "驻地"])
def test_the_partner_mark_is_no_part_of_the_name(mark: str) -> None:
    assert extracted_org_names(f"支部与{mark}石桥村党支部结对共建。") == ["石桥村党支部"]
