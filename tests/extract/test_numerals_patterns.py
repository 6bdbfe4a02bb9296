"""The trie-shaped word alternation matches what a longest-first alternation matches."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.extract.numerals import alternation, find_numerals

_CHARS = "党支部委组会议学习教育，、12"
_words = st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=4), min_size=1, max_size=8)
_texts = st.text(alphabet=_CHARS + "人次名", max_size=40)


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def test_trie_shares_prefixes() -> None:
    pattern = alternation(["党支部", "党委", "党组"])
    assert pattern.count("党") == 1
    assert [m.group() for m in re.finditer(pattern, "党委党支部党组党")] == ["党委", "党支部", "党组"]


def test_empty_word_list_gives_empty_pattern() -> None:
    assert alternation([]) == ""


@settings(max_examples=300, deadline=None)
@given(_words, _texts)
def test_trie_finds_the_same_matches(words: list[str], text: str) -> None:
    trie, plain = re.compile(alternation(words)), re.compile(_plain(words))
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_words, _texts)
def test_trie_backtracks_in_the_same_order(words: list[str], text: str) -> None:
    # inside a longer pattern a shorter word is tried when the longest fails after it
    trie = re.compile(f"({alternation(words)})(?=[人次名])")
    plain = re.compile(f"({_plain(words)})(?=[人次名])")
    assert [m.span(1) for m in trie.finditer(text)] == [m.span(1) for m in plain.finditer(text)]


def test_page_counter_is_still_refused() -> None:
    assert find_numerals("浏览次数：356次") == []
    assert [c.value for c in find_numerals("开展专题学习356次")] == [356]
