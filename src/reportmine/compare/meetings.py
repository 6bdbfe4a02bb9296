"""The meetings table: one row per meeting an article reports.

Built from the article texts with ``reportmine.extract.meetings`` and the
people and organizations already in the base tables (their spans are
reused, so the meeting's presider is the same person the people table
holds). A meeting date written without a year (5月16日) takes the year of
the article date, or the year before when that would put the meeting after
publication.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from reportmine.compare.common import blank, join, pylist
from reportmine.extract.meetings import extract_meetings
from reportmine.record import Meeting, Organization, Person
from reportmine.tables.schema import validate

COLUMNS = ["article_id", "unit", "article_date", "type", "theme", "date", "holder", "presided_by",
           "guide_names", "guide_bodies", "guides", "participants", "span_start", "span_end", "method"]


def complete_date(date: str | None, article_date: object) -> str | None:
    """``--MM-DD`` with the year of the article (the year before if it would be later)."""
    if not date:
        return None
    if not date.startswith("--"):
        return date
    if blank(article_date) or len(str(article_date)) < 10:
        return None
    year, mmdd = int(str(article_date)[:4]), date[2:]
    if mmdd > str(article_date)[5:10]:
        year -= 1
    return f"{year:04d}-{mmdd}"


def _spans(value: object) -> list[tuple[int, int]]:
    if blank(value):
        return []
    try:
        return [(int(s), int(e)) for s, e in json.loads(str(value))]
    except (ValueError, TypeError):
        return []


def _by_article(df: pd.DataFrame | None, make: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    if df is None or df.empty:
        return out
    cols = {c: df[c].tolist() for c in ("article_id", "name", "kind", "spans") if c in df.columns}
    for i, aid in enumerate(cols["article_id"]):
        out.setdefault(aid, []).append(make({c: v[i] for c, v in cols.items()}))
    return out


def meeting_rows(article_id: str, unit: object, article_date: object,
                 meetings: list[Meeting]) -> list[tuple[Any, ...]]:
    """Table rows for one article's meetings, each a tuple in ``COLUMNS`` order: what a
    batch worker hands on, so the process building the tables only concatenates."""
    rows = []
    for m in meetings:
        guides = [g for g in m.guides or []]
        rows.append((
            article_id, unit, article_date, m.type, getattr(m, "theme", None), complete_date(m.date, article_date),
            m.holder, join(m.presided_by or [], "、"),
            join((g.get("name") for g in guides), "、"), join((g.get("body") for g in guides), "、"),
            json.dumps(guides, ensure_ascii=False) if guides else None,
            m.participants, m.span[0] if m.span else None, m.span[1] if m.span else None, m.method,
        ))
    return rows


def meetings_table(tables: Mapping[str, pd.DataFrame], texts: Mapping[str, str] | None) -> pd.DataFrame:
    """Meetings of every article whose text is given (titles only otherwise)."""
    articles = tables["articles"].drop_duplicates("article_id")
    people = _by_article(tables.get("people"), lambda r: Person(
        name=r["name"], titles=[], spans=_spans(r["spans"])))
    orgs = _by_article(tables.get("organizations"), lambda r: Organization(
        name=r["name"], kind=r["kind"] if not blank(r["kind"]) else "other", spans=_spans(r["spans"])))
    rows: list[tuple[Any, ...]] = []
    articles = articles.sort_values("article_id")
    for aid, unit, date, title in zip(articles["article_id"].tolist(), articles["unit"].tolist(),
                                      articles["date"].tolist(), articles["title"].tolist()):
        text = (texts or {}).get(aid) or ""
        found = extract_meetings(text, None if blank(title) else str(title), people.get(aid, []), orgs.get(aid, []),
                               None if blank(date) else str(date))
        rows.extend(meeting_rows(aid, unit, date, found))
    return meetings_frame(rows)


def meetings_from_records(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """The meetings table from records that already carry ``meetings`` (JSONL).

    Reads only the record fields it needs (id, unit, date, meetings) instead
    of rebuilding whole ``Article`` objects: a batch of records is read once.
    """
    return meetings_frame([row for rec in records for row in record_meeting_rows(rec)])


def record_meeting_rows(rec: Mapping[str, Any]) -> list[tuple[Any, ...]]:
    """One record's meetings table rows (``meeting_rows``), read from the meetings it carries."""
    from reportmine.record import _build

    found = [_build(Meeting, m) for m in rec.get("meetings") or []]
    return meeting_rows(rec.get("id"), rec.get("unit"), rec.get("date"), found) if found else []


def meetings_frame(rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """The meetings table of rows from ``record_meeting_rows``."""
    return validate(pd.DataFrame(rows, columns=COLUMNS), "meetings")


def article_events(meetings: pd.DataFrame, articles: pd.DataFrame) -> dict[str, str]:
    """Event key per article: first meeting type@date, else the article date.

    Two distinct articles of one unit with the same key report the same
    event, so their figures are not added up.
    """
    first = {}
    if not meetings.empty:
        m = meetings.sort_values(["article_id", "span_start"], na_position="last")
        for aid, kind, date, article_date in zip(pylist(m["article_id"]), pylist(m["type"]), pylist(m["date"]),
                                                 pylist(m["article_date"])):
            if aid not in first:
                date = date if not blank(date) else article_date
                first[aid] = f"{kind}@{date if not blank(date) else '?'}"
    out = {}
    arts = articles.drop_duplicates("article_id")
    for aid, date in zip(pylist(arts["article_id"]), pylist(arts["date"])):
        key = first.get(aid)
        if key is None and not blank(date):
            key = f"@{date}"
        out[aid] = key or f"#{aid}"
    return out
