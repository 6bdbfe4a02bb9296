"""Pinyin readings a converter wrote after characters, dropped from a parsed page.

Pages copied through some aggregator sites carry a reading after many
characters (學(xué)習(xí)黨章, 会(huì)议): every name, title and meeting type is
cut by them, so nothing is read (钱网(wǎng)兰 is no name). The readings are
no part of the report, so the page's text is rebuilt without them; spans are
taken on that text, so no offset map is needed. A page needs several of them
(``reading_marks.json``): one bracketed gloss may be the writer's own. Such a
page is parsed again from its source with the readings dropped, so that its
header and credit lines (責(zé)編：某某, 來(lái)源：…) are read as fields too.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportmine.parse import ParsedPage
from reportmine.resources import derived, load_json

#: a bracketed run of lowercase letters with a tone-marked vowel, right after a Han character
_READING = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]")


@derived
def min_marks() -> int:
    return int(load_json("reading_marks.json")["min_marks"])


def strip_readings(page: ParsedPage) -> ParsedPage:
    """``page`` with the readings dropped from its title, fields and paragraphs
    when it holds at least ``min_marks()`` of them; else unchanged."""
    whole = "\n".join([page.title or "", *page.paragraphs])
    if whole.count("(") + whole.count("（") < min_marks():
        return page  # (most pages: too few brackets to hold the readings, and no scan)
    n = len(_READING.findall(whole))
    if n < min_marks():
        return page
    page.paragraphs = [_READING.sub("", p) for p in page.paragraphs]
    for name in ("title", "source", "author", "editor"):
        value = getattr(page, name)
        if value:
            setattr(page, name, _READING.sub("", value))
    page.warnings.append(f"{n} pinyin readings written after characters dropped from the text")
    return page


def reread_without_readings(page: ParsedPage, source: Callable[[], tuple[str, list[str]]],
                            reparse: Callable[[str], ParsedPage]) -> ParsedPage:
    """``page`` parsed again from its source with the readings dropped, when it holds
    at least ``min_marks()`` of them; else ``strip_readings(page)``.

    Why: dropping the readings from the parsed paragraphs came too late for the
    page's labels: a footer 責(zé)編：某某 was no 责编 line when the fields were read,
    so the editor stayed empty and the credit line stayed in the body."""
    from reportmine.parse.traditional import simplified_page

    whole = "\n".join([page.title or "", *page.paragraphs])
    if whole.count("(") + whole.count("（") < min_marks() or len(_READING.findall(whole)) < min_marks():
        return page
    text, decode_warnings = source()
    clean, n = _READING.subn("", text)
    if n < min_marks():
        return strip_readings(page)
    new = reparse(clean)
    new.encoding, new.url = page.encoding, page.url
    new = strip_readings(simplified_page(new, lambda: (clean, []), reparse))
    new.warnings = list(decode_warnings) + new.warnings + [
        f"{n} pinyin readings written after characters dropped from the text"]
    return new
