"""Round 58: counts measured on the next 50 reports of the seed-57 sample. Awards
given to those counted (记功, 通报表扬) end the object after a count; a total of
people right after a count of people (…以及30名青年代表[共计]90余人参加会议)
counts those people, not the verb after it, and names no doer; a list of posts
running on into a count (…工会主任、村居工会主席以及36个…) names no doer either, nor
does a list that opens with 和 right after a count (15个乡镇[和]县直各部门…); the
last owner of a cut 、 list (…、南河镇的村干部80余人) leaves the people after 的;
a share after 按照 (按照20%的比例) is a rule applied, no figure; a leader's 重要文稿
are no publicity; and an actor head inside quoted words is no doer. Every sentence
is invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- awards given end the object
def test_jigong_ends_the_object() -> None:
    text = "会议宣读了市局给9个集体和41名个人记功的决定。"
    assert the_number(text, 41, "名").object == "个人"


def test_tongbao_biaoyang_ends_the_object() -> None:
    text = "县纪委决定对6名同志通报表扬。"
    assert the_number(text, 6, "名").object == "同志"


# --- a total of people right after a count of people
def test_a_total_after_a_count_of_people_counts_them() -> None:
    text = "镇机关干部、各村书记以及30名青年代表共计90余人参加会议。"
    n = the_number(text, 90, "人")
    assert n.object == "青年代表"
    assert n.actor is None


def test_a_total_after_representatives_by_ge() -> None:
    text = "街道各科室负责人以及25个社区居民代表共计70余人参加了座谈。"
    n = the_number(text, 70, "人")
    assert n.object is not None and "代表" in n.object


def test_a_total_after_branches_is_not_of_them() -> None:  # guard
    text = "全区14个党支部共300余人参加会议。"
    assert the_number(text, 300, "人").object != "党支部"


# --- a list of posts running into a count names no doer
def test_a_list_of_posts_before_a_count_is_no_doer() -> None:
    text = "各乡镇工会主席、县直各单位工会主任、村居工会主席以及36个职工代表队参加了比赛。"
    assert the_number(text, 36, "个").actor is None


# --- a list opening with 和 right after a count
def test_he_after_a_count_opens_no_actor() -> None:
    text = "全市15个乡镇和县直各部门陆续开展了形式多样的宣讲近300场次。"
    assert the_number(text, 300, "场次").actor is None


# --- the last owner of a cut list
def test_people_after_the_last_owner_of_a_list() -> None:
    text = "城关镇、南河镇、北山镇的村干部及驻村工作队员80余人参加培训。"
    assert the_number(text, 80, "人").object == "村干部及驻村工作队员"


def test_a_single_owner_stays() -> None:  # guard
    text = "机关党委的全体党员共60人参加。"
    assert the_number(text, 60, "人").object == "机关党委的全体党员"


# --- a rate applied
def test_a_share_after_anzhao_is_a_rule() -> None:
    text = "支部共有52名党员，按照20%的比例推荐优秀党员10名。"
    assert 20 not in number_values(text)


def test_a_share_found_stays() -> None:  # guard
    text = "全县党员参学率达到97.5%。"
    assert 97.5 in number_values(text)


# --- a leader's important writings
def test_important_writings_are_no_publicity() -> None:
    text = "支部书记介绍了该文集收录的36篇重要文稿。"
    assert the_number(text, 36, "篇").metric is None


def test_publicity_writing_stays() -> None:  # guard
    text = "宣传组撰写宣传文稿18篇。"
    assert the_number(text, 18, "篇").metric == "publicity_items"


# --- an actor head inside quoted words
def test_a_head_inside_quotes_is_no_doer() -> None:
    text = "各学院团委书记围绕“团支部建设的经验以及如何发挥团支部的作用”“团员管理的方法”两个主题作了交流。"
    assert the_number(text, 2, "个").actor == "各学院团委书记"


def test_a_doer_before_a_quote_is_read() -> None:
    text = "各支部党员围绕“党员如何发挥先锋作用”开展讨论3次。"
    assert the_number(text, 3, "次").actor == "各支部党员"
