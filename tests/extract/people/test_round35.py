"""Round 35 (people): later items of a titled 、 list whose given name holds
a character kept out of names elsewhere (月 of 柯月芬, 科 of 钮科文), read as
the first name after a post already is; and the election word 当选 dropped
from a post won in a domestic election (当选镇长 -> 镇长) while 当选总统
(a president-elect) keeps it.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name


# --- later items of a titled 、 list ----------------------------------------

def test_list_item_with_month_character():
    got = titles_by_name("民进枫林市委会副主委邵明华、柯月芬、钮晓飞参加会议。")
    # the party's city committee stays in the post (round 51)
    assert got == {"邵明华": ["民进枫林市委会副主委"], "柯月芬": ["民进枫林市委会副主委"], "钮晓飞": ["民进枫林市委会副主委"]}


def test_list_item_with_body_character():
    got = titles_by_name("会议由副主任邵明华、钮科文主持。")
    assert got == {"邵明华": ["副主任"], "钮科文": ["副主任"]}


def test_list_item_month_character_last_item():
    got = titles_by_name("副院长邵明华、柯月芬出席会议。")
    assert got == {"邵明华": ["副院长"], "柯月芬": ["副院长"]}


def test_list_first_item_still_read():
    # guard: the first name after the post was read before this round too
    got = titles_by_name("副主委柯月芬、邵明华参加会议。")
    assert got == {"柯月芬": ["副主委"], "邵明华": ["副主委"]}


def test_list_item_post_word_not_a_name():
    # guard: an item that is a post of its own keeps its own post
    got = titles_by_name("枫林县委书记邵明华、县长钮晓飞出席会议。")
    assert got["邵明华"] == ["县委书记"] and got["钮晓飞"] == ["县长"]


def test_list_item_word_after_list_not_a_name():
    # guard: the list ends where no name stands
    got = titles_by_name("副主委邵明华、柯春生和各支部主委参加会议。")
    assert set(got) == {"邵明华", "柯春生"}


# --- 当选 before a post -------------------------------------------------------

def test_elected_post_after_name():
    got = titles_by_name("经无记名投票，邵明华当选镇党委副书记。")
    assert got["邵明华"] == ["镇党委副书记"]


def test_elected_post_before_name():
    got = titles_by_name("会上，新当选镇长邵明华作表态发言。")
    assert got == {"邵明华": ["镇长"]}


def test_elected_post_plain():
    got = titles_by_name("会议选举邵明华当选镇长，柯春生当选副镇长。")
    assert got == {"邵明华": ["镇长"], "柯春生": ["副镇长"]}


def test_elected_with_wei_unchanged():
    # guard: 当选为 + post gave the post before this round
    got = titles_by_name("邵明华当选为镇长。")
    assert got == {"邵明华": ["镇长"]}


def test_president_elect_keeps_standing():
    # guard: 当选总统 is a president-elect's standing, kept whole
    got = titles_by_name("据报道，当选总统阿巴斯特将于下月宣誓就职。")
    assert got == {"阿巴斯特": ["当选总统"]}
