"""People extractor: rare surnames, votes and elections, member and duty posts, counted and comma-joined name lists.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.people import extract_people
from lookups import titles_and_org as people_of


def titles_by_name(text: str) -> dict[str, list[str]]:
    return {p.name: p.titles for p in extract_people(text)}


CASES = [
    # 英 is a real family name (rare: 英雄, 英模): after a post, a three-character
    # name may end at a one-character cue (就)
    ("院办主任英秋岚就安全生产作了部署。", {"英秋岚": ["院办主任"]}),
    # ... but a word after the post stays a word
    ("院长英雄就在我们身边。", {}),
    # how the vote went (全票) stands between the name and 当选: the post is still a title,
    # and 全票 ends the rare-surname name after a post
    ("会上，财务科科长党立群全票当选为纪检委员。", {"党立群": ["财务科科长", "纪检委员"]}),
    # a count of the elected names before 同志, and a written-out branch committee
    ("周明远、郑晓雯、钱立峰3名同志当选第二党支部新一届支部委员会委员。",
     {"周明远": ["支部委员"], "郑晓雯": ["支部委员"], "钱立峰": ["支部委员"]}),
    # a 和 joins the last elected name, and a given name may hold 月 before 同志
    ("黄志军、谢月明、关晓东和邹丽萍四位同志当选新一届党总支委员。",
     {"黄志军": ["党总支委员"], "谢月明": ["党总支委员"], "关晓东": ["党总支委员"], "邹丽萍": ["党总支委员"]}),
    ("随后由谢月明同志宣读了选举办法。", {"谢月明": []}),
    # ... but a body before 同志 gives no name
    ("会议由保卫科同志主持。", {}),
    # a comma joins an untitled name to a titled one before the verb
    ("局党组成员、副局长韩立新，闫晓峰参加会议。", {"韩立新": ["党组成员", "副局长"], "闫晓峰": []}),
    # ... a word after the comma is no name
    ("副局长韩立新，高度评价了这项工作。", {"韩立新": ["副局长"]}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_vote_and_election_frames(text, expected):
    assert titles_by_name(text) == expected


def test_a_branch_before_a_member_post_is_the_org():
    """第一党支部组织委员: the post is the title, the branch is the org."""
    got = people_of("机关第一党支部组织委员袁晓峰同志主持会议，学会党支部党建指导员邓立群介绍了情况。")
    assert got["袁晓峰"] == (["组织委员"], "机关第一党支部")
    assert got["邓立群"] == (["党建指导员"], "学会党支部")


def test_a_committee_member_post_keeps_its_committee():
    """党委委员 is a post of its own, not a branch before a member post."""
    assert titles_by_name("学院党委委员、纪委书记袁晓峰参加会议。")["袁晓峰"] == ["院党委委员", "纪委书记"]


def test_a_level_committee_keeps_its_member_post():
    """镇党委组织委员 is the town committee's post, kept whole as 镇党委书记 is."""
    assert titles_by_name("镇党委组织委员袁晓峰主持会议。")["袁晓峰"] == ["镇党委组织委员"]


@pytest.mark.parametrize("text,expected", [
    # a list of names closed by a count of students is a list of people
    ("支部大会对钱立峰、郑晓雯2名学生进行了入党讨论表决。", {"钱立峰": [], "郑晓雯": []}),
    # one name, 等 and a count before a post: 等 says the name is one of them
    ("会议通报了情况。邹立民等5名第一书记代表作了交流发言。", {"邹立民": ["第一书记"]}),
    # ... and a rare surname opening the name is kept (not the two characters after it)
    ("会议通报了情况。师立民等5名第一书记代表作了交流发言。", {"师立民": ["第一书记"]}),
    # ... but a word before 等 is no name
    ("其中，党员等3名干部参加了会议。", {}),
    # posts of a hospital's or company's party work (纪检书记, 组织干事)
    ("市医院纪检书记邹立民参加会议。", {"邹立民": ["纪检书记"]}),
    ("党委组织部部长钱立峰、组织干事郑晓雯一起调研。", {"钱立峰": ["党委组织部部长"], "郑晓雯": ["组织干事"]}),
])
def test_counted_lists_and_posts(text, expected):
    assert titles_by_name(text) == expected


@pytest.mark.parametrize("text,expected", [
    # 索 is a real family name, kept to strong frames (索要, 索取 are words);
    # 成员 is read before a name only, and a rare surname after it still is
    ("纪委副书记、工作组成员索立华，副组长钱立峰参加。",
     {"索立华": ["纪委副书记", "工作组成员"], "钱立峰": ["副组长"]}),
    ("会上，委员索要了相关材料。", {}),
    # an aide named with the head served (所长助理) is one post
    ("所长助理邹立民主持会议。", {"邹立民": ["所长助理"]}),
])
def test_rare_surnames_and_aide_posts(text, expected):
    assert titles_by_name(text) == expected
