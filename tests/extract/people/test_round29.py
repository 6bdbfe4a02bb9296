"""Round 29 (people): township elections, enterprise and hospital reports.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from reportmine.extract.people import extract_people


def _people(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {p.name: (p.titles, p.roles) for p in extract_people(text)}


# --- an election or appointment sentence: 某某同志为 + post ------------------

def test_elected_items_each_hold_their_post():
    got = _people("大会选举出柏兴科同志为镇人大主席，柳立明同志为镇长，杜新渐、马晓锋两位同志为副镇长。")
    assert got["柏兴科"][0] == ["镇人大主席"]
    assert got["柳立明"][0] == ["镇长"]
    assert got["杜新渐"][0] == ["副镇长"]
    assert got["马晓锋"][0] == ["副镇长"]


def test_address_frame_needs_an_election_verb():
    # no election or appointment in the sentence: 为 is no appointment
    got = _people("柳立明同志为镇长。")
    assert got["柳立明"][0] == []


def test_address_frame_needs_the_post_to_close_its_clause():
    got = _people("会议选举产生新一届班子，柳立明同志为支部书记颁发证书。")
    assert got["柳立明"][0] == []


def test_appointment_with_bare_wei_still_needs_renming_before_the_name():
    got = _people("任命柳立明同志为县农业局局长。")
    assert got["柳立明"][0] == ["局长"]


# --- a note in brackets between the name and the vote -----------------------

def test_gender_note_before_vote_keeps_the_elected_post():
    got = _people("经投票，柳梅岭同志（女）全票当选为青禾镇人民政府镇长。")
    assert got["柳梅岭"][0] == ["镇长"]


def test_vote_without_note_unchanged():
    got = _people("柳梅岭同志全票当选为青禾镇人民政府镇长。")
    assert got["柳梅岭"][0] == ["镇长"]


# --- 正 ending a name before a post word --------------------------------------

def test_zheng_after_a_surname_ends_the_name():
    got = _people("会议传达了王立新书记、龚正省长的批示精神。")
    assert got["龚正"][0] == ["省长"]
    assert got["王立新"][0] == ["书记"]


def test_zheng_as_rank_prefix_kept():
    got = _people("会议由正科长柳明主持。")
    assert got["柳明"][0] == ["正科长"]


# --- member posts keep their body ---------------------------------------------

def test_office_member_keeps_the_office():
    got = _people("会上，主题教育办成员柳晓明作点评。")
    assert got["柳晓明"][0] == ["主题教育办成员"]


def test_team_member_keeps_the_team():
    got = _people("县政协党组和班子成员柳晓明、杜新宇出席会议。")
    assert got["柳晓明"][0] == ["班子成员"]
    assert got["杜新宇"][0] == ["班子成员"]


def test_party_group_member_unchanged():
    got = _people("局党组成员柳晓明出席会议。")
    assert got["柳晓明"][0] == ["党组成员"]


def test_other_members_of_a_group_stay_members():
    got = _people("县政府党组其他成员柳晓明、杜新宇参加会议。")
    assert got["柳晓明"][0] == ["成员"]


# --- an untitled name and an attendance act as a clause of its own ------------

def test_untitled_name_attending_after_a_comma():
    got = _people("会议由柳晓明主持，杜新宇列席。")
    assert got["杜新宇"][1] == ["列席"]
    assert got["柳晓明"][1] == ["主持"]


def test_group_word_attending_after_a_comma_is_no_person():
    got = _people("会议由柳晓明主持，全体出席。")
    assert set(got) == {"柳晓明"}


def test_clause_act_must_close_the_clause():
    # the act is followed by more of the clause: no frame
    got = _people("会议由柳晓明主持，杜新宇列席会议并发言。")
    assert "杜新宇" not in got or got["杜新宇"][1]


# --- a lecture verb parted from 党课 ------------------------------------------

def test_lecture_verb_with_determiner_gives_party_lecture():
    got = _people("院党委书记柳晓明主讲此次党课。")
    assert got["柳晓明"][1] == ["讲党课"]


def test_lecture_verb_with_description_gives_party_lecture():
    got = _people("院长柳晓明以“守初心”为题，讲授了一堂内容务实的党课。")
    assert "讲党课" in got["柳晓明"][1]


def test_lecture_verb_without_party_lecture_gives_no_role():
    got = _people("院长柳晓明主讲专题讲座。")
    assert got["柳晓明"][1] == []
