"""Small helpers the comparison modules share (unit labels, sentences, tokens)."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

#: Label for articles whose reporting unit was not found (kept, not dropped).
UNKNOWN_UNIT = "（单位不明）"
#: The numeral of an ordinal in a unit's name (第三党支部, 一组, 12支部), Chinese or Arabic.
ORDINAL = r"[一二三四五六七八九十百零〇两\d]+"

_SENT_END = re.compile(r"[。！？!?；;\n]")
_CJK_WORD = re.compile(r"^[\u4e00-\u9fff]{2,}$")


def unit_label(value: object) -> str:
    """The unit as a grouping key: missing units share one visible label."""
    if value.__class__ is str:  # the common case, first
        return value or UNKNOWN_UNIT
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA or value == "":
        return UNKNOWN_UNIT
    return str(value)


def release_memory() -> None:
    """Hand memory freed by the array-heavy steps back to the system (glibc ``malloc_trim``).

    glibc keeps freed heap memory for reuse, so a process that built a large
    temporary array keeps its resident size even after the array is gone,
    and the next step's arrays stack on top of it. Trimming after each large
    step keeps the peak close to what is live. A no-op where there is no
    glibc.
    """
    global _TRIM
    if _TRIM is None:
        import ctypes
        import ctypes.util

        _TRIM = False
        # libc.so.6 first: find_library runs ldconfig in a subprocess, a fork of this (large) process
        for name in ("libc.so.6", None):
            try:
                _TRIM = ctypes.CDLL(name or ctypes.util.find_library("c")).malloc_trim
                break
            except (OSError, AttributeError, TypeError):
                continue
    if _TRIM:
        _TRIM(0)


_TRIM = None


def pylist(series: pd.Series) -> list:
    """The values iterating ``series`` gives, as a list; string columns are converted
    at once instead of element by element (iterating an Arrow array is slow)."""
    if isinstance(series.dtype, pd.StringDtype):
        return series.to_numpy(dtype=object, na_value=pd.NA).tolist()
    return list(series)


def blank(value: object) -> bool:
    if value.__class__ is str:  # the common case, first
        return not value
    return value is None or value is pd.NA or (isinstance(value, float) and value != value) or value == ""


def sentence_ends(text: str) -> list[int]:
    """Offsets of the sentence-ending characters of ``text``, ascending (for ``sentence_at``)."""
    return [m.start() for m in _SENT_END.finditer(text)]


def sentence_at(text: str | None, start: int | None, end: int | None,
                ends: list[int] | None = None) -> str | None:
    """The sentence of ``text`` holding [start, end) (None when unknown).

    ``ends`` (``sentence_ends(text)``) saves scanning the text again when
    many sentences of one text are wanted.
    """
    if not text or blank(start) or blank(end):
        return None
    start, end = int(start), int(end)
    if not (0 <= start <= end <= len(text)):
        return None
    if ends is None:
        ends = sentence_ends(text)
    k = bisect_left(ends, start)  # the ends before start: the last one closes the previous sentence
    lo = ends[k - 1] + 1 if k else 0
    k = bisect_left(ends, end)
    hi = ends[k] + 1 if k < len(ends) else len(text)
    return text[lo:hi].strip()


def join(values: Iterable[object], sep: str = ";") -> str | None:
    """Distinct non-empty values in order, joined; None when there are none."""
    out = list(dict.fromkeys(str(v) for v in values if not blank(v)))
    return sep.join(out) if out else None


def content_words(tokens: Iterable[str]) -> list[str]:
    """Tokens that can carry meaning: two or more CJK characters."""
    return [t for t in tokens if _CJK_WORD.match(t)]


@dataclass(frozen=True)
class FunctionWords:
    """Words that carry no content (resources/compare_function_words.tsv), by
    jieba's part-of-speech tag or written out: left out of distinctive terms,
    and no slogan candidate opens or closes with one (了习近平, 中存在的).

    Equal rules compare equal, so memos keyed by them survive a reload."""

    rows: tuple[tuple[str, str, bool, str, str], ...]  # (entry, kind, out of terms, first, last)

    @cached_property
    def _by_kind(self) -> dict[str, dict[str, tuple[bool, str, str]]]:
        by: dict[str, dict[str, tuple[bool, str, str]]] = {"tag": {}, "word": {}}
        for entry, kind, out, first, last in self.rows:
            by["word" if kind == "word" else "tag"][entry] = (out, first, last)
        return by

    def _rules(self, word: str) -> list[tuple[bool, str, str]]:
        from reportmine.dictionary import word_tags

        by = self._by_kind
        return [r for r in (by["word"].get(word), by["tag"].get(word_tags().get(word, ""))) if r]

    def out_of_terms(self, word: str) -> bool:
        return any(r[0] for r in self._rules(word))

    def edges(self, word: str) -> tuple[bool, bool]:
        """(opens no candidate, closes no candidate)."""
        def bad(how: str) -> bool:
            return how == "any" or how == "single" and len(word) == 1
        rules = self._rules(word)
        return any(bad(r[1]) for r in rules), any(bad(r[2]) for r in rules)


def function_words() -> FunctionWords:
    """The rules of resources/compare_function_words.tsv (none when absent)."""
    from reportmine import resources

    try:
        rows = resources.load_table("compare_function_words.tsv")
    except FileNotFoundError:
        rows = []
    return FunctionWords(tuple((r["entry"], r.get("kind") or "tag", r.get("terms") == "out",
                                r.get("first") or "", r.get("last") or "") for r in rows))


def stopwords() -> frozenset[str]:
    """Generic report words (resources/compare_stopwords.txt; empty when absent)."""
    from reportmine import resources

    try:
        return frozenset(resources.load_lines("compare_stopwords.txt"))
    except FileNotFoundError:
        return frozenset()


def compare_backend() -> str | None:
    """Segmenter for terms and slogan candidates.

    $REPORTMINE_COMPARE_SEGMENTER when set; else rjieba when installed (about
    ten times faster than jieba here, so the comparison layer does not cost
    more than the extraction it summarises); else the project default.
    """
    import importlib.util
    import os

    chosen = os.environ.get("REPORTMINE_COMPARE_SEGMENTER")
    if chosen:
        return chosen
    return "rjieba" if importlib.util.find_spec("rjieba") is not None else None


def tokenize_texts(texts: Mapping[str, str], backend: str | None = None,
                   keep_segmenter: bool = True) -> dict[str, list[str]]:
    """Words of each text (one segmenter call per text).

    ``keep_segmenter=False`` uses a segmenter of its own and lets it go
    afterwards: its dictionary is about 60 MB, which a one-off batch run
    need not carry through the rest of its comparison step (loading it again
    costs about 0.3 s, so notebooks keep the shared one).
    """
    from reportmine.nlp.segment import get_segmenter

    name = backend or compare_backend()
    # get_segmenter's own function, past its cache: a segmenter nobody else holds
    seg = get_segmenter(name) if keep_segmenter else get_segmenter.__wrapped__(name)
    # one str object per distinct word: the segmenter makes a new one per token, and
    # a corpus's millions of tokens are a few thousand words (10,000 articles: 2.7M
    # tokens, 8k words, 230 MB of strings -> 25 MB of lists)
    same: dict[str, str] = {}
    one = same.setdefault
    out = {aid: list(map(one, words, words))
           for aid, words in ((aid, seg.cut(text or "")) for aid, text in sorted(texts.items()))}
    del same
    if not keep_segmenter:
        del seg
        release_memory()
    return out


def dates_range(dates: Iterable[object]) -> tuple[str | None, str | None]:
    ds = sorted(str(d) for d in dates if not blank(d))
    return (ds[0], ds[-1]) if ds else (None, None)
