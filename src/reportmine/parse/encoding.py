"""Bytes to text for Chinese pages: BOM, declared charset, then detection.

GB2312 and GBK declarations are read as GB18030, their superset, because real
pages labelled GB2312 carry GBK characters. Undecodable bytes are replaced and
reported as a warning on the record instead of failing the article.

A page that declares nothing and is not UTF-8 is read as GB18030 unless it
reads better as Big5 (Hong Kong, Macao and Taiwan pages): GB18030 accepts
almost any byte pair, so Big5 bytes decode "successfully" into nonsense, and
charset-normalizer picked Big5 for only two thirds of such pages. What decides
is which reading is made of common characters (``_common_share``).
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from reportmine.parse.traditional import _HAN, settings, to_simplified_each


_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
            "cp936": "gb18030", "utf8": "utf-8", "big5": "big5hkscs"}


def normalize_encoding(name: str) -> str | None:
    """A codec name Python knows, with GB2312/GBK widened to GB18030."""
    name = name.strip().lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in a meta tag, if any."""
    head = data[:8192]
    if b"<" not in head:
        return None  # pasted text: no tag to search
    m = _META.search(head)
    return normalize_encoding(m.group(1).decode("ascii", "ignore")) if m else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Return (text, encoding used, warnings)."""
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _decode_with(data[len(bom):], enc, warnings)
    candidates: list[str] = []
    for enc in (normalize_encoding(declared) if declared else None, declared_encoding(data)):
        if enc and enc not in candidates:
            candidates.append(enc)
    for enc in candidates + ["utf-8"]:
        try:
            return data.decode(enc), enc, warnings
        except UnicodeDecodeError:
            continue
    # a declared (or UTF-8) page with a few broken bytes: keep the codec, replace the bytes
    for enc in candidates + ["utf-8"]:
        text = data.decode(enc, errors="replace")
        bad = text.count("\ufffd")
        if bad <= max(2, len(text) // 500):
            warnings.append(f"invalid {enc} bytes replaced ({bad})")
            return text, enc, warnings
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        text, enc = _gb_or_big5(data, text)
        return text, enc, warnings
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = normalize_encoding(best.encoding) if best is not None else None
    enc = guess or (candidates[0] if candidates else "utf-8")
    # Prefer the CJK codec that breaks fewest bytes when detection is unsure.
    scored = []
    for cand in dict.fromkeys([enc, *candidates, "utf-8", "gb18030"]):
        text = data.decode(cand, errors="replace")
        scored.append((text.count("\ufffd"), cand, text))
    bad, enc, text = min(scored)
    warnings.append(f"encoding guessed as {enc}; {bad} undecodable byte sequence(s) replaced")
    return text, enc, warnings


#: how much of a page's beginning is weighed: a few thousand characters decide it
_WEIGHED_CHARS = 4000


def _gb_or_big5(data: bytes, gb_text: str) -> tuple[str, str]:
    """The reading of an undeclared, non-UTF-8 page: GB18030 (``gb_text``) unless
    the bytes are also valid Big5 and that reading is clearly the more common
    characters (by ``big5_margin`` of ``traditional.json``)."""
    try:
        big5_text = data.decode("big5hkscs")
    except UnicodeDecodeError:
        return gb_text, "gb18030"
    if _common_share(big5_text) > _common_share(gb_text) + settings().big5_margin:
        return big5_text, "big5hkscs"
    return gb_text, "gb18030"


def _common_share(text: str) -> float:
    """The share of the Han characters of ``text``'s beginning that are common.

    Either misreading of the other encoding's bytes scatters over rare
    characters, kana and Greek, while a right reading of real text, simplified
    or traditional, is nine parts in ten common: on 850 real reports the right
    reading led by 0.18 or more (median 0.38 for Big5, 0.60 for GB) on every
    300-character piece.
    """
    han = _HAN.findall(text, 0, _WEIGHED_CHARS)
    if not han:
        return 0.0
    common = _common_chars()
    return sum(c in common for c in han) / len(han)


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312's first level (its 3,755 most used characters) and every traditional
    character of Big5 whose simplified form is one of them (OpenCC's table), so one
    set weighs a simplified and a traditional reading alike."""
    level1 = []
    for row in range(0xB0, 0xD8):  # GB2312 level 1: rows 16-55
        for cell in range(0xA1, 0xFF):
            try:
                level1.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    big5 = []
    for lead in range(0xA4, 0xFA):  # Big5's Han rows, frequent then less frequent
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                big5.append(bytes((lead, trail)).decode("big5hkscs"))
            except UnicodeDecodeError:
                continue
    first = frozenset(level1)
    return first | {c for c, s in zip(big5, to_simplified_each(big5)) if s in first}


def _decode_with(data: bytes, enc: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    try:
        return data.decode(enc), enc, warnings
    except UnicodeDecodeError:
        text = data.decode(enc, errors="replace")
        warnings.append(f"invalid {enc} bytes replaced ({text.count(chr(0xFFFD))})")
        return text, enc, warnings
