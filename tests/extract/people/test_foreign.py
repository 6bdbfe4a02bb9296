"""People extractor: foreign names next to posts, and the vote and office fixes of round 17.

Every sentence is invented (made-up names of made-up officials); none comes
from a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.people import extract_people


def titles_by_name(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_people(text)}


CASES = [
    # a post that is no foreign head holds a transliterated name when a state
    # or region outside China stands before it in the clause
    ("欧盟委员会渔业委员卡萨罗当天在会上介绍了情况。", {"卡萨罗": ["委员"]}),
    # ... or when a foreign head is written right before it
    ("总统助理伯德就此发表谈话。", {"伯德": ["助理"]}),
    # a service before a rank (海军中将) ends the name, not 海 inside it
    ("智利海军司令巴托海军中将率领舰艇编队访问。", {"巴托": ["司令"]}),
    # a day in Chinese numerals ends a name as 6日 does
    ("秘鲁外长瓦塔六日宣布将访华。", {"瓦塔": ["外长"]}),
    # characters of the transliteration table added this round (翰, 通, 京)
    ("美国众议员约翰·瓦通今天抵达。", {"约翰·瓦通": ["众议员"]}),
    ("斐济总理布基通加今天抵达。", {"布基通加": ["总理"]}),
    ("卢旺达总统普京森28日抵达。", {"普京森": ["总统"]}),
    # 通了电话 ends the name (通 is now a transliteration character)
    ("总统同巴西总统马卡·迪佩通了电话。", {"马卡·迪佩": ["总统"]}),
    # a state's name before its post is no person (罗斯 of 俄罗斯)
    ("俄罗斯总统与美国总统举行了会晤。", {}),
    # a dotted foreign name before 先生, with no post
    ("该报发行人罗伯·迪曼德先生介绍了经营情况。", {"罗伯·迪曼德": []}),
    # a Korean name holding 日 after a post, before a strong time cue
    ("朝鲜劳动党总书记李成日近日会见了代表团。", {"李成日": ["总书记"]}),
    # Chinese posts and names of our genre stay as they were
    ("委员马丽娜、委员苏丽华出席会议。", {"马丽娜": ["委员"], "苏丽华": ["委员"]}),
    ("支部书记张明日下午主持会议。", {"张明": ["支部书记"]}),
    # an office name holds no 的: the phrase before it is no part of the title
    ("赴外地考察的中心主任邬丽娜同志介绍了情况。", {"邬丽娜": ["主任"]}),
    # 当选 after 同志, across the body and the new term, gives the post
    ("经过无记名投票，邝文渊同志当选财务处党支部新一届支部书记。", {"邝文渊": ["支部书记"]}),
    # ... but a term still to come does not
    ("邝文渊同志当选为下一届人大代表。", {"邝文渊": []}),
    # 党建 stays in the post it qualifies
    ("学会党支部党建指导员邬立群同志介绍了情况。", {"邬立群": ["党建指导员"]}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_foreign_and_round17_frames(text, expected):
    assert titles_by_name(text) == expected


def test_later_bare_mention_of_a_foreign_name_counts():
    """A name found next to a post is a mention wherever else it stands."""
    people = {p.name: p for p in extract_people("埃及副总理瓦塔六日宣布新政策。报道说，瓦塔将于下月访华。")}
    assert people["瓦塔"].count == 2
