"""The quicker slogan patterns find what their plain forms find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.extract import slogans as sl

_TOKC = sl._TOKC
#: the plain forms: a lazy joiner token, a (?:X)+ group, a look-ahead and look-behind before a count
_PLAIN_INNER = r"[、，,](?:" + _TOKC + r"{1,10}(?=[、，,])|" + _TOKC + r"{2,10}?(?=[和与及]))"
_PLAIN_GROUPS = re.compile("(?:" + _PLAIN_INNER + ")+")
_PLAIN_COUNT = re.compile(r"(?=[两三四五六七八九十])(?<![第\d" + sl._NUMERALS + r"这那每])"
                          r"((?:十[一二三四五六七八九]|[两三四五六七八九十])[个大])([\u4e00-\u9fff]{2,4})")

_PIECES = ["、", "，", ",", "和", "与", "及", "。", "学", "纪", "知", "守", "政治", "意识", "强化",
           "第", "这", "三", "十", "两", "四", "一", "个", "大", "3", " ", "“", "”"]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_run_groups_match_the_plain_pattern(text: str) -> None:
    assert [m.span() for m in sl._INNER_GROUP_RE.finditer(text)] == \
        [m.span() for m in _PLAIN_GROUPS.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_texts)
def test_general_counts_match_the_plain_pattern(text: str) -> None:
    assert [(m.span(), m.groups()) for m in sl._GENERAL_COUNT_RE.finditer(text)] == \
        [(m.span(), m.groups()) for m in _PLAIN_COUNT.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["第", "十", "四个意识", "三会一课", "两学一做", "，", "3", "甲"]), max_size=10))
def test_lexicon_names_skip_ordinals_like_a_look_behind(pieces: list[str]) -> None:
    text = "".join(pieces)
    lex = sl._lexicon()
    plain = re.compile(r"(?<![第\d" + sl._NUMERALS + r"])(?:" + lex.name_re.pattern + ")")
    assert [h.span for h in sl._lexicon_names(text, lex)] == [m.span() for m in plain.finditer(text)]


def test_written_out_formula_found_once_in_a_run_read_twice() -> None:
    text = "增强政治意识、大局意识、核心意识和看齐意识，做到知行合一。"
    found = [s for s in sl.extract_slogans(text) if s.expansion]
    assert len(found) == 1 and found[0].count == 1
