"""The phrase scans around a count skip ideographs in one step and read what a
character-by-character scan reads."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.extract import numbers as nb
from reportmine.extract.numerals import CN_DIGITS

_PIECES = ["党员", "讲党课", "医", "护人员", "召开", "专题", "会议", "（社区）", "(扩大)", "“好”", "「优」", "，", "、", "。",
           "3", "12", "1.5", "三", "八项规定", "一", "万", "次", "个", "《手册》", " ", "/", "②", "a", "\n", "——", "）"]
_texts = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join)


def _segment_before_by_char(text: str, end: int, floor: int) -> tuple[int, int]:
    """The per-character reading that nb._segment_before must agree with."""
    i = end
    lo = max(floor, end - nb._MAX_BEFORE)
    compound = None
    while i > lo:
        ch = text[i - 1]
        if ch in ")）":
            j = max(text.rfind("(", lo, i - 1), text.rfind("（", lo, i - 1))
            if j < 0:
                break
            i = j
            continue
        if ch in "”」" and i - 1 > lo:
            j = text.rfind("“" if ch == "”" else "「", lo, i - 1)
            if j >= 0 and not any(c in nb._SEGMENT_END for c in text[j:i]):
                i = j
                continue
        if ch == "、" and nb._joins_a_compound(text, i - 1, lo):
            i -= 1
            continue
        if ch in nb._SEGMENT_END or ch in "“”「」《》\"(（" or ch == nb._DASH:
            break
        if ch.isdigit():
            j = i - 1
            while j > lo and (text[j - 1].isdigit() or text[j - 1] in ".．"):
                j -= 1
            if end - i <= 2 and j > lo:
                compound = j if compound is None else compound
                i = j
                continue
            break
        i -= 1
    return i, (compound if compound is not None else end)


def test_no_ideograph_is_a_digit_or_separator() -> None:
    # what lets both scans read over ideographs in one step
    for code in range(0x4E00, 0xA000):
        ch = chr(code)
        assert not ch.isdigit() and ch not in nb._SEGMENT_END
        assert (nb._PLAIN_RUN.fullmatch(ch) is not None) == (ch not in CN_DIGITS)


@settings(max_examples=400, deadline=None)
@given(_texts, st.data())
def test_segment_before_reads_like_a_character_scan(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, end))
    assert nb._segment_before(text, end, floor) == _segment_before_by_char(text, end, floor)


def test_object_before_and_after_a_count() -> None:
    found = nb.extract_numbers("机关党员领导干部讲党课12次，开展专题研讨3次。")
    assert [(n.value, n.object, n.actor) for n in found] == \
        [(12, "讲党课", "机关党员领导干部"), (3, "专题研讨", None)]


def _object_after_end_by_char(text: str, start: int) -> int:
    """Where the per-character reading that nb._phrase_end_after must agree with stops."""
    end = start
    limit = min(len(text), start + nb._MAX_AFTER)
    depth = 0
    while end < limit:
        ch = text[end]
        if ch in "“「":
            depth += 1
            limit = min(len(text), limit + 1)  # (quote marks do not count against the length)
        elif ch in "”」":
            depth = max(0, depth - 1)
            limit = min(len(text), limit + 1)
        elif ch in "（(" and depth == 0 and end > start:
            close = nb._BRACKET_NOTE.match(text, end)
            if close is None:
                break
            end = close.end()
            continue
        elif (ch in nb._SEGMENT_END or ch in "（(《【)）") and depth == 0:
            break
        elif depth == 0 and (ch.isdigit() or (ch in CN_DIGITS and end > start and ch not in "一万千百")):
            skip = nb.formula_end(text, end) if ch in CN_DIGITS else None
            if skip is None or skip > limit:
                break
            end = skip
            continue
        end += 1
    if end == limit and end < len(text):
        # cut by the length limit: back to the start of the word it cuts, and before
        # an opening quote left without its name
        end = nb._word_start(text, end, start)
        while end > start and text[end - 1] in "“「":
            end -= 1
    return end


@settings(max_examples=400, deadline=None)
@given(_texts, st.data())
def test_phrase_after_ends_where_a_character_scan_ends(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    assert nb._phrase_end_after(text, start) == _object_after_end_by_char(text, start)
