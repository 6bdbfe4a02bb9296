"""Round 58 (people, the lead's cross-check on the second collection): a pronoun
after a name repeats its subject and is no given name's last character
(某某他要求), and a time word after an untitled name opening a clause ends it
only where the name's act follows (某某今日出席; 常念今日红色接力棒 names nobody).

Invented sentences in the genre; made-up names."""
from __future__ import annotations

import pytest

from lookups import person_names as _names


@pytest.mark.parametrize("text, name", [
    ("会上，党委书记祁向岚作动员讲话。祁向岚他要求各支部抓好学习。", "祁向岚"),
    ("会上，院长柴知远作总结。柴知远她强调，要把整改落到实处。", "柴知远"),
])
def test_pronoun_after_a_name_is_no_part_of_it(text, name):
    assert _names(text) == [name]


def test_rhetorical_clause_after_a_surname_character_names_nobody():
    text = "常思先辈闯过的万水千山；常念今日红色接力棒交到你我手中。"
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("祁向岚今日出席会议并讲话。", "祁向岚"),
    ("柴知远今日上午带队检查安全生产工作。", "柴知远"),
    ("柴知远近日指出，要抓紧整改。", "柴知远"),
])
def test_name_before_a_time_word_and_its_act_stays(text, name):
    assert _names(text) == [name]
