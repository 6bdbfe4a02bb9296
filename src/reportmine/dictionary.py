"""jieba's own dictionary as a word lookup, shared by every layer.

It sits below the layers (parse, extract, compare) because each asks it:
the extractors whether a string is an ordinary word, the credit reader
whether a name glued to 报道 is a place, the comparison layer a word's tag.
People and organizations both ask jieba's dictionary whether a string is an
ordinary word (全体, 学习) or a name-like one (青石, 临溪), by frequency and
part-of-speech tag. The 5 MB file is read and parsed once per process here,
lazily, without importing jieba or building a tokenizer.
"""
from __future__ import annotations

import importlib.util
import os
import re
from functools import lru_cache

#: the lowest frequency any caller asks about; rarer words are not kept
MIN_FREQ = 50
_ROW = re.compile(r"^(\S{1,4}) ([5-9]\d|[1-9]\d{2,})(?: (\S+))?[ \t\r]*$", re.M)


@lru_cache(maxsize=1)
def word_freq() -> dict[str, tuple[int, str]]:
    """One- to four-character words with frequency >= MIN_FREQ: word -> (frequency, tag).

    One regex over the whole file keeps only the frequent rows: a fifth of the
    time of splitting every line. The tag is "" where the dictionary has none.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:  # pragma: no cover - jieba is a dependency
        return {}
    with open(os.path.join(os.path.dirname(spec.origin), "dict.txt"), encoding="utf-8") as fh:
        return {w: (int(f), t) for w, f, t in _ROW.findall(fh.read())}


@lru_cache(maxsize=1)
def word_tags() -> dict[str, str]:
    """The same words -> tag, "x" where the dictionary gives none (keys shared with word_freq)."""
    return {w: t or "x" for w, (_, t) in word_freq().items()}
