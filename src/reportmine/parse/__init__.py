"""From raw input (bytes of an HTML page or pasted text) to a ``ParsedPage``.

Parsing stops at fields and paragraphs; nothing here knows about people or
numbers. ``parse_bytes`` decides HTML or text, decodes, and dispatches.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class ParsedPage:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    #: photographers named on credit lines kept out of the body (摄影：某某): people, no author
    photographers: list[str] = field(default_factory=list)
    #: reviewers named on header/footer credit lines (审核：某某, 一审/二审/三审, 审签, 校对, 监制: any
    #: label of credit_words.json's reviewer_roles): people of the article (GUIDE §2, every
    #: named person) with role 审核, neither author nor editor
    reviewers: list[str] = field(default_factory=list)
    #: reviewers whose label gives another role than 审核 (校对：某某 -> 校对: reviewer_roles)
    reviewer_role: dict[str, str] = field(default_factory=dict)
    #: producers named on such credit lines (制作/某某): people with role 制作, no photographer
    producers: list[str] = field(default_factory=list)
    #: editors a better-ranked editor label outranks (文字编辑 beside 编辑, credits.editor_rank):
    #: people of the article with role 编辑, though not the record's editor
    other_editors: list[str] = field(default_factory=list)
    #: writers named with no label (张某 李某 alone under the headline): people of the
    #: article with role 作者, but no author of record, which GUIDE §1 takes from a
    #: labelled credit only (as it leaves a bare bracketed name at the end)
    unlabelled_writers: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    url: str | None = None
    kind: str = "text"  # "html" or "text"
    #: "traditional" when the page was written in traditional characters and every field
    #: and the body were read from its simplified conversion (parse/traditional.py)
    converted_from: str | None = None

    def add_credited(self, photographers: list[str], reviewers: list[str], producers: list[str] = ()) -> None:
        """Photographers, reviewers and producers of a credit line the body lost, each once."""
        self.photographers.extend(n for n in dict.fromkeys(photographers) if n not in self.photographers)
        self.reviewers.extend(n for n in dict.fromkeys(reviewers) if n not in self.reviewers)
        self.producers.extend(n for n in dict.fromkeys(producers) if n not in self.producers)

    @property
    def text(self) -> str:
        """The cleaned body: paragraphs joined by newlines."""
        return "\n".join(self.paragraphs)


#: tags of running text; three of them near the start make a "text" file markup: a body copied
#: from a page's source or a rich-text editor (<p class="…">…</p>) with no <html> or <body> around it
_TEXT_TAGS = re.compile(r"</?(?:p|div|br|span|section|article|h[1-6]|li|td|tr|table|strong|b|font|img)\b[^<>\n]{0,300}>",
                        re.IGNORECASE)

#: the warning on a record whose text file held markup, so a user sees why its lines were read as a page
MARKUP_IN_TEXT = "text file holds HTML markup: read as a page"


def looks_like_html(text: str) -> bool:
    """True when a document is markup rather than pasted text: a whole page, or a fragment
    of one whose tags would otherwise reach the body and every extractor as words."""
    head = text[:2048].lower()
    if "<html" in head or "<!doctype html" in head or ("<body" in head) or ("<div" in head and "</" in head):
        return True
    return "<" in head and len(_TEXT_TAGS.findall(head)) >= 3


_parsers = None


def parse_bytes(data: bytes, name: str = "", url: str | None = None) -> ParsedPage:
    """Decode and parse one input file; the kind follows the name, then the content."""
    global _parsers
    if _parsers is None:  # imported on first use (they import this module); later calls skip the import
        from reportmine.parse.encoding import decode
        from reportmine.parse.html import parse_html
        from reportmine.parse.text import parse_text

        _parsers = (decode, parse_html, parse_text)
    decode, parse_html, parse_text = _parsers
    lower = name.lower()
    is_html = lower.endswith((".html", ".htm", ".shtml", ".xhtml"))
    if not is_html and not lower.endswith(".txt"):
        sniff = data[:4096].decode("latin-1").lower()
        is_html = "<html" in sniff or "<!doctype" in sniff or "<body" in sniff
    if is_html:
        page = parse_html(data, url=url)
    else:
        text, encoding, warnings = decode(data)
        if looks_like_html(text):
            is_html = True
            page = parse_html(text, url=url)
            warnings = warnings + [MARKUP_IN_TEXT]
        else:
            page = parse_text(text)
        page.encoding = encoding
        page.warnings = warnings + page.warnings
        page.url = url

    def decoded() -> tuple[str, list[str]]:  # called again only for a page in traditional characters
        text, _, warnings = decode(data)
        return text, warnings

    return finish_page(page, decoded, (lambda s: parse_html(s, url=url)) if is_html else parse_text)


def finish_page(page: ParsedPage, source: Callable[[], tuple[str, list[str]]],
                reparse: Callable[[str], ParsedPage]) -> ParsedPage:
    """The last steps of every parsed page, whichever way it came in (bytes, markup
    or pasted text): a page in traditional characters is read again from its
    simplified conversion (``source`` gives the decoded input, ``reparse`` parses it
    as ``page`` was parsed), then a page with pinyin readings a converter wrote
    after characters is read again from its source without them."""
    from reportmine.parse.readings import reread_without_readings
    from reportmine.parse.traditional import simplified_page

    return reread_without_readings(simplified_page(page, source, reparse), source, reparse)
