"""Round 53 (people): 信 is a family name in strong frames only (某省委书记信某某,
信某某同志), and a bare closing credit that opens with a local body's short name
(（某盛 某某）, the text writing 某盛居民区) gives the writer alone.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- 信, a rare family name ---------------------------------------------------------------------------

def test_rare_surname_xin_before_tongzhi_is_a_person():
    text = "会议传达学习了陶立川同志在全省会议上的讲话，信长河同志在某市调研时的讲话要求。"
    assert "信长河" in _names(text)


def test_rare_surname_xin_after_a_post_is_a_person():
    assert titles_by_name("会议由党委书记信长河主持。") == {"信长河": ["党委书记"]}


def test_xin_as_a_word_gives_no_name():
    text = "全体党员要坚定理想信念，树立必胜信心，及时回复群众来信。"
    assert _names(text) == []


def test_xin_in_an_open_frame_gives_no_name():
    # an open frame (a sentence subject before a verb) still takes no rare family name
    assert "信长河" not in _names("信长河表示要把信心传给大家。")


# --- a local body's short name opening a bare closing credit -----------------------------------------

def test_body_short_name_in_closing_credit_is_no_person():
    text = ("3月5日上午，丰盛居民区会议室里坐满了党员，居民区党总支召开主题党日活动。\n"
            "大家表示要把学习成果转化为实际行动。 （丰盛 陆思源）")
    names = _names(text)
    assert "丰盛" not in names
    assert "陆思源" in names


def test_two_writers_in_closing_credit_are_both_people():
    # guard: with no body of that name in the text, both items are writers
    text = "3月5日上午，某居民区党总支召开主题党日活动。\n大家表示要把学习成果转化为实际行动。 （丰晓盛 陆思源）"
    names = _names(text)
    assert "丰晓盛" in names and "陆思源" in names


def test_first_writer_named_elsewhere_as_a_person_is_kept():
    # guard: the first item written elsewhere before 同志 (not before a body) is still a writer
    text = ("3月5日，某居民区党总支召开主题党日活动，丰晓盛同志主持会议。\n"
            "大家表示要把学习成果转化为实际行动。 （丰晓盛 陆思源）")
    names = _names(text)
    assert "丰晓盛" in names and "陆思源" in names


# --- one name under its branch before 等 and a kind of members ---------------------------------------

def test_name_under_a_branch_before_deng_members_is_a_person():
    text = "民进某区支部薛立、刘芳，民进某区一中支部贾海明等会员参加活动。"
    assert _names(text) == ["薛立", "刘芳", "贾海明"]


def test_name_under_a_party_branch_before_deng_party_members():
    assert _names("第一党支部王红梅等党员参加了主题党日活动。") == ["王红梅"]


def test_two_names_before_deng_members_are_people():
    assert _names("王红梅、李立新等会员参加活动。") == ["王红梅", "李立新"]


def test_lone_name_before_deng_with_no_branch_stays_unread():
    # guard: 等 alone after one name with no branch before it still takes no name
    assert _names("王红梅等党员参加活动。") == []


def test_post_before_deng_members_gives_no_name():
    assert _names("某协会组织会员学习，党支部书记等会员参加。") == []
