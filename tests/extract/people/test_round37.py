"""Round 37 (people, titles and org): a title chain ending in 、 and a body
with no post of its own before the name (委员、某大学外国语学院某某教授) gives
the name the chain's posts and the body as org; 兼 between two posts opens an
office's post (院长助理兼医务部部长 -> 院长助理, 医务部部长); and a bare post
after a name bound to a party body inherits that body only when the post is
one a party body holds (书记, 委员, 成员): 公司党委书记甲、总经理乙 leaves 乙 no
party committee, while a unit's or group's body is still shared (市政协主席甲，
秘书长乙; 督导组组长甲，副组长乙).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_org, titles_by_name


# --- a chain's posts, then a body and the name --------------------------------

def test_chain_then_body_then_name():
    got = titles_and_org("会上，全省外语教学指导委员会委员、青石大学外国语学院徐明华教授宣读了通知。")
    titles, org = got["徐明华"]
    assert titles == ["委员"]
    assert org == "青石大学外国语学院"


def test_chain_then_party_school_then_name():
    titles, org = titles_and_org("白河区委宣讲团成员、区委党校张晓妍出席会议并讲话。")["张晓妍"]
    assert titles == ["区委宣讲团成员"]
    assert org == "区委党校"


def test_chain_then_bodied_post_unchanged():
    # guard: a body with its own post is a post of the chain, as before
    got = titles_by_name("校党委委员、外国语学院院长徐明华出席会议。")
    assert got["徐明华"] == ["校党委委员", "外国语学院院长"]


def test_titled_list_with_bodied_item_unchanged():
    # guard: 书记甲、党委办公室乙 stays a list; the chain's posts are 甲's alone
    got = titles_and_org("党委书记邵明华、党委办公室钮晓飞出席会议。")
    assert got["邵明华"][0] == ["党委书记"]
    assert got["钮晓飞"][0] == []


# --- 兼 between two posts -------------------------------------------------------

def test_jian_opens_office_post():
    got = titles_by_name("校党委委员、院长助理兼医务部部长周明远出席会议。")
    assert got["周明远"] == ["校党委委员", "院长助理", "医务部部长"]


def test_office_post_after_punctuation_unchanged():
    # guard: an office opening the mention keeps its post whole
    got = titles_by_name("会上，教务处处长武立锋作重点发言。")
    assert got["武立锋"] == ["教务处处长"]


def test_jian_between_posts_unchanged():
    got = titles_by_name("党委副书记兼纪委书记王启明领学。")
    assert got["王启明"] == ["党委副书记", "纪委书记"]


# --- a bare post after a bodied post's name ------------------------------------

def test_manager_takes_no_party_committee():
    got = titles_and_org("青石公司党委书记王立强、总经理马立刚出席会议。")
    assert got["王立强"][1] == "青石公司党委"
    assert got["马立刚"] == (["总经理"], None)


def test_vice_president_takes_no_party_committee():
    got = titles_and_org("白河大学党委书记邵明华，副校长柯建军出席会议。")
    assert got["柯建军"][1] != "白河大学党委"


def test_group_posts_keep_the_group():
    # guard: 组长 -> 副组长 and a member's post stay in the group
    got = titles_and_org("省第三督导组组长娄明华，副组长王大力，成员孙晓东到会指导。")
    assert got["王大力"][1] == "省第三督导组"
    assert got["孙晓东"][1] == "省第三督导组"


def test_secretary_general_keeps_the_unit():
    # guard: a unit's own body is shared along the list
    got = titles_and_org("白河市政协主席邵明华，秘书长柯建军出席会议。")
    assert got["柯建军"] == (["秘书长"], "白河市政协")


def test_deputy_secretary_keeps_the_party_committee():
    got = titles_and_org("青石公司党委书记王立强，副书记马立刚出席会议。")
    assert got["马立刚"][1] == "青石公司党委"


def test_committee_member_keeps_the_committee():
    got = titles_and_org("学院党委书记陈文军，委员刘志平参加会议。")
    assert got["刘志平"] == (["委员"], "学院党委")


def test_party_post_after_unit_post_keeps_the_committee():
    # a party post after the unit's posts still binds the committee of the list
    got = titles_and_org("白河大学党委书记邵明华，校长柯建军，副校长罗立新，党委副书记汤晓峰出席会议。")
    assert got["柯建军"][1] is None
    assert got["汤晓峰"][1] == "白河大学党委"
