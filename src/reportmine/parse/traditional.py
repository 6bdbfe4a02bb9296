"""Pages written in traditional characters (繁體), read as simplified.

Every lexicon of the project (titles, organization suffixes, meeting types,
credit labels) is in simplified characters, so a 繁體 page (召開組織生活會,
黨委書記, 編輯：) yields nothing. Such a page is detected by the share of its
characters that only traditional writing uses, and its source (markup or
pasted text) is converted to simplified with OpenCC (Apache-2.0, dictionaries
inside the wheel, nothing downloaded) and parsed again, so credit labels and
boilerplate lines are recognized too. The record then holds the converted text;
every span slices it.

Conversion keeps the length: OpenCC's phrase tables map a phrase to one of the
same length, and where a conversion would change the length anyway the text is
converted character by character with the same library's tables, so offset i
of the converted source is character i of the original.

Simplified pages pay one precompiled character-class scan; OpenCC is loaded on
the first page (some 40 ms, once per process).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reportmine.parse import ParsedPage
from reportmine.resources import derived, load_json

#: the CJK blocks whose characters the detector weighs (Ext. A, unified, compatibility)
_HAN_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: a separator no phrase of OpenCC's tables spans, so each character converts alone
_SEP = "\n"


@dataclass(frozen=True)
class Settings:
    """``traditional.json``: the converter and the detection threshold."""

    converter: str
    min_share: float
    min_chars: int
    #: how much more common a Big5 reading of an undeclared page must be (parse/encoding.py)
    big5_margin: float


@derived
def settings() -> Settings:
    data = load_json("traditional.json")
    return Settings(str(data["converter"]), float(data["min_share"]), int(data["min_chars"]),
                    float(data["big5_margin"]))


@lru_cache(maxsize=4)
def _opencc(config: str):
    """An OpenCC converter, built once (its dictionaries ship in the wheel)."""
    import opencc

    return opencc.OpenCC(config)


def _convert_each(config: str, chars: list[str]) -> list[str]:
    """Each character converted alone (one OpenCC call; the separator blocks phrases)."""
    out = _opencc(config).convert(_SEP.join(chars)).split(_SEP)
    return out if len(out) == len(chars) else [_opencc(config).convert(c) for c in chars]


def to_simplified_each(chars: list[str]) -> list[str]:
    """Each of ``chars`` in its simplified form by the configured converter (the
    encoding detector weighs a Big5 reading with it)."""
    return _convert_each(settings().converter, chars)


@derived
def _traditional_only() -> re.Pattern[str]:
    """A character class of the characters only traditional writing uses.

    Taken from OpenCC's tables rather than written by hand: a character that the
    traditional-to-simplified table changes and that no character converts to
    (後, 於 and 乾 count; 著, 余 and 干 do not, since simplified text uses them).
    A few variants simplified text may also use (麽) count too; a page holds
    too few of them to come near the share in ``traditional.json``.
    """
    chars = [chr(i) for a, b in _HAN_RANGES for i in range(a, b)]
    to_simple = _convert_each(settings().converter, chars)
    changed = {c: s for c, s in zip(chars, to_simple) if s != c}
    simple_forms = set(changed.values())
    only = sorted(c for c in changed if c not in simple_forms)
    return re.compile("[" + "".join(only) + "]")


def traditional_share(text: str) -> tuple[int, float]:
    """(traditional-only characters, their share of the Han characters) in ``text``."""
    n = len(_traditional_only().findall(text))
    if not n:
        return 0, 0.0
    return n, n / max(1, len(_HAN.findall(text)))


def is_traditional(page: ParsedPage) -> bool:
    """True when the title and body are written in traditional characters.

    A simplified page quoting a few 繁體 words (a name, a book title) stays
    far below the share in ``traditional.json``; real 繁體 reports sit near a third.
    """
    n, share = traditional_share(f"{page.title or ''}\n{page.text}")
    s = settings()
    return n >= s.min_chars and share >= s.min_share


def to_simplified(text: str) -> tuple[str, str | None]:
    """``text`` in simplified characters, same length; and how it was converted.

    Phrase-level conversion first (better for the few characters whose simplified
    form depends on the word: 乾隆 stays, 乾淨 becomes 干净); if that changed the
    length, character by character, which cannot; ``None`` for an unchanged text.
    """
    config = settings().converter
    phrase = _opencc(config).convert(text)
    if phrase == text:
        return text, None
    if len(phrase) == len(text) and all(len(a) == len(b) for a, b in zip(text.split(_SEP), phrase.split(_SEP))):
        return phrase, "phrases"  # same length line by line: no phrase moved an offset
    uniq = sorted(set(text) - {_SEP})
    table = dict(zip(uniq, _convert_each(config, uniq)))
    return "".join(s if len(s := table.get(c, c)) == 1 else c for c in text), "characters"


def simplified_page(page: ParsedPage, source: Callable[[], tuple[str, list[str]]],
                    reparse: Callable[[str], ParsedPage]) -> ParsedPage:
    """``page`` itself unless it is written in traditional characters; else the page
    parsed again from its converted source, marked and warned.

    ``source`` gives the decoded input (markup or pasted text) and the decoding's
    warnings, and is called only for a traditional page; ``reparse`` parses it
    the way ``page`` was parsed.
    """
    if not is_traditional(page):
        return page
    text, decode_warnings = source()
    converted, how = to_simplified(text)
    if how is None:
        page.warnings.append("page looks written in traditional characters, but the converter changed nothing")
        return page
    new = reparse(converted)
    new.encoding, new.url, new.converted_from = page.encoding, page.url, "traditional"
    note = "" if how == "phrases" else " (character by character)"
    new.warnings = list(decode_warnings) + new.warnings + [
        f"page written in traditional characters: converted to simplified{note}; text and fields are the converted ones"]
    return new
