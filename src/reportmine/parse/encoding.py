"""Bytes to text for Chinese pages: BOM, declared charset, then detection.

GB2312 and GBK declarations are read as GB18030, their superset, because real
pages labelled GB2312 carry GBK characters. Undecodable bytes are replaced and
reported as a warning on the record instead of failing the article.
"""
from __future__ import annotations

import codecs
import re

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
        data.decode("gb18030")
        return data.decode("gb18030"), "gb18030", warnings
    except UnicodeDecodeError:
        pass
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


def _decode_with(data: bytes, enc: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    try:
        return data.decode(enc), enc, warnings
    except UnicodeDecodeError:
        text = data.decode(enc, errors="replace")
        warnings.append(f"invalid {enc} bytes replaced ({text.count(chr(0xFFFD))})")
        return text, enc, warnings
