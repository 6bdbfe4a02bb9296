"""Organizations of round 70: 原 between a body and its party group marks a
former post (某局原党组书记), a class numbered in digits opening a clause names
its own branch (，512班党支部…), and a commerce commission written short
(区商务委). Sentences invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations


def names(text: str) -> list[str]:
    return [o.name for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # a defendant's former post: the body before 原 is named on its own
    ("警示教育片讲述了泸州市政协原党组书记、主席赵某某的堕落轨迹。", ["泸州市政协"]),
    ("观看了青禾县交通运输局原党组书记、局长钱某某的忏悔录。", ["青禾县交通运输局"]),
    ("深刻汲取省农业农村厅原党委委员孙某某案件教训。", ["省农业农村厅"]),
])
def test_former_post_after_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numbered class opening a clause: the digits belong to the branch's name
    ("10月12日晚，512班党支部在教学楼召开组织生活会。", ["512班党支部"]),
    ("近日,2203班团支部开展主题团日活动。", ["2203班团支部"]),
])
def test_a_numbered_class_opens_its_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在区商务委的指导下，协会走访了十余家会员企业。", ["区商务委"]),
    ("会议邀请县商务委有关负责同志作政策解读。", ["县商务委"]),
])
def test_a_commerce_commission_written_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected
