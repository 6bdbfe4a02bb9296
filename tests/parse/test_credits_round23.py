"""Header credits, round 23 (reports of 2023-2025): a closing credit whose
role word 文 stands before the name with a blank only (（文 某某）), read as
（文/某某） when a surname-initial name follows.

Every sentence is invented (made-up units and people in the genre).
"""
from __future__ import annotations

from reportmine.parse.text import parse_text


def test_a_closing_credit_with_wen_and_a_blank() -> None:
    page = parse_text("县档案馆党委召开专题学习会\n11月5日，县档案馆党委召开专题学习会，全体党员参会。\n"
                      "会议要求抓好落实。\n（文 周晓岚）\n")
    assert page.author == "周晓岚"
    assert page.paragraphs[-1] == "会议要求抓好落实。"


def test_a_lone_wen_before_a_word_is_no_credit() -> None:
    page = parse_text("县档案馆党委召开专题学习会\n11月5日，县档案馆党委召开专题学习会，全体党员参会。\n"
                      "会议要求抓好落实。\n（文 化下乡）\n")
    assert page.author is None
