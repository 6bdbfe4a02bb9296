"""Round 67: counts measured on 40 reports of the seed-67 sample. A party member's
standing written before the people counted (N名[党龄达到50年的]老党员, [入党满五十年的])
is read over: the people after it are counted, and in a list of people counted
(…、党龄满50年老党员等60余人) the years no longer cut the list into a doer; a
township's 三套班子 names its leading bodies as 四套班子 does; and a portal's comment
widget (N人参与，N条评论) is page furniture; a bare name after the people counted
(2名老党员[某某]和…) is no part of them. Every sentence is invented; each failed
before its fix, but the guards (marked so)."""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers

from lookups import the_number


# --- a member's standing before the people counted is read over
def test_party_age_reached_before_old_members() -> None:
    text = "县委老干部局为7名党龄达到50年的老党员送去纪念章。"
    assert the_number(text, 7, "名").object == "老党员"


def test_rudang_man_before_old_comrades() -> None:
    text = "社区党委向14名入党满五十年的老同志颁发了纪念章。"
    assert the_number(text, 14, "名").object == "老同志"


def test_zaidang_before_members() -> None:
    text = "镇党委为26名在党50年以上的老党员颁发纪念章。"
    assert the_number(text, 26, "名").object == "老党员"


def test_standing_in_a_list_of_people_counted_gives_no_doer() -> None:
    text = "机关干部、入党积极分子、“优秀”志愿者、党龄满50年老党员等70余人参加了大会。"
    n = the_number(text, 70, "人")
    assert n.actor is None and n.metric == "participants"


def test_rudang_activists_stay() -> None:  # guard
    text = "支部确定4名入党积极分子的培养联系人。"
    assert the_number(text, 4, "名").object == "入党积极分子"


# --- 三套班子 names a township's leading bodies
def test_three_sets_of_leaders_is_no_count() -> None:
    text = "乡三套班子成员、各村支部书记参加了会议。"
    assert extract_numbers(text) == []


# --- a portal's comment widget is no count
def test_comment_widget_is_no_count() -> None:
    text = "我来说两句 0人参与，0条评论"
    assert extract_numbers(text) == []


def test_comment_widget_have_joined_is_no_count() -> None:
    text = "已有3人参与，点击查看更多精彩评论"
    assert extract_numbers(text) == []


def test_people_taking_part_stay() -> None:  # guard
    text = "本次志愿服务活动共有85人参与。"
    assert the_number(text, 85, "人").metric == "participants"


# --- the names written after the people counted are no part of them
def test_names_after_old_members_are_left_out() -> None:
    text = "党委书记向3名党龄达到50年的老党员周立新、吴秀兰和郑广平颁发纪念章。"
    assert the_number(text, 3, "名").object == "老党员"


def test_names_after_cadres_are_left_out() -> None:
    text = "会议表彰了2名优秀党员干部韩志强和彭晓燕。"
    assert the_number(text, 2, "名").object == "优秀党员干部"
