"""Round 59 (people, the lead's part): 工 after a bare surname is the form of
address for an engineer (王工, 李工), no given name. Invented sentences."""
from __future__ import annotations

from lookups import person_names as _names


def test_engineer_address_in_a_closing_bracket_names_nobody():
    # a closing bracketed name is read as the writer; 安工 is a form of address, no name
    assert _names("会议由支部书记朱德志主持。\n(安工)") == ["朱德志"]


def test_a_given_name_ending_in_gong_after_a_label_stays():
    assert _names("（文/安晓工）") == ["安晓工"]
