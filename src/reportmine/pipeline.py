"""One article from raw input to an ``Article`` record.

This is the single path the CLI, the batch runner and notebooks share:
parse -> extract -> record. Nothing here writes files.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from reportmine.config import config_hash
from reportmine.extract import extract_all
from reportmine.extract.meetings import extract_meetings
from reportmine.extract.people import credit_people
from reportmine.parse import ParsedPage, finish_page, looks_like_html, parse_bytes
from reportmine.record import Article, Person

MAX_CHARS = 2_000_000


def article_id(text: str) -> str:
    """The contract's stable id: the content hash of the cleaned body, 16 hex chars."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def analyze_page(page: ParsedPage, path: str | None = None) -> Article:
    """Extract everything from a parsed page."""
    text = page.text
    warnings = list(page.warnings)
    if len(text) > MAX_CHARS:
        text = text[:MAX_CHARS]
        warnings.append(f"text cut to the first {MAX_CHARS} characters")
    ex = extract_all(text, page.title)
    people = list(ex.people)
    known = {p.name for p in people}
    credits = credit_people(page.author, page.editor, page.photographers, page.reviewers, page.producers,
                            page.reviewer_role)
    if page.other_editors:  # 文字编辑 beside 编辑: no editor of record, still a person (role 编辑)
        credits += credit_people(None, "、".join(page.other_editors))
    if page.unlabelled_writers:  # 张某 李某 under the headline with no label: writers, no author of record
        credits += credit_people("、".join(page.unlabelled_writers), None)
    for credit in credits:
        for p in people:
            if credit.name not in known and _credited_name_cut(p, credit.name, text):
                # (某某新闻网 陈云峰): the text's reading stopped at a famous name inside the writer's
                known.discard(p.name)
                p.name = credit.name
                p.spans = [(a, a + len(credit.name)) for a, _ in p.spans]
                known.add(p.name)
        if credit.name in known:
            for p in people:
                if p.name == credit.name:
                    p.roles = list(dict.fromkeys(p.roles + credit.roles))
        else:
            people.append(credit)
            known.add(credit.name)
    return Article(
        id=article_id(text), path=path, url=page.url, title=page.title, date=page.date,
        source=page.source, author=page.author, editor=page.editor, unit=ex.unit, text=text,
        people=people, organizations=ex.organizations, numbers=ex.numbers, slogans=ex.slogans,
        meetings=extract_meetings(text, page.title, people, ex.organizations, page.date),
        warnings=warnings, encoding=page.encoding, converted_from=page.converted_from,
        content_hash=None, config_hash=config_hash(),
    )


def _credited_name_cut(person: Person, credited: str, text: str) -> bool:
    """Whether each mention of ``person`` is the start of the credited writer's longer
    name (陈云 in （某某网 陈云峰）). Why: the people extractor may stop at a shorter
    name it knows, and the writer would stand twice, once cut."""
    return bool(person.spans) and len(credited) > len(person.name) and credited.startswith(person.name) \
        and all(text[a:a + len(credited)] == credited for a, _ in person.spans)


def analyze(text_or_html: str | bytes, path: str | None = None, url: str | None = None) -> Article:
    """Analyze one article given as pasted text, HTML markup, or raw bytes."""
    if isinstance(text_or_html, bytes):
        page = parse_bytes(text_or_html, name=path or "", url=url)
    else:
        from reportmine.parse.html import parse_html
        from reportmine.parse.text import parse_text

        if looks_like_html(text_or_html):
            reparse = lambda s: parse_html(s, url=url)  # noqa: E731
        else:
            reparse = parse_text
        page = reparse(text_or_html)
        page.url = url
        page = finish_page(page, lambda: (text_or_html, []), reparse)
    return analyze_page(page, path)


def analyze_file(path: str | Path, url: str | None = None) -> Article:
    """Read and analyze one input file; the record's ``path`` is the path as given."""
    p = Path(path)
    data = p.read_bytes()
    art = analyze(data, path=str(path), url=url)
    art.content_hash = hashlib.sha256(data).hexdigest()[:16]
    return art
