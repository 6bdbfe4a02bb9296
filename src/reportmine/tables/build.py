"""Records (CONTRACT.md dicts) to the base tables.

Every row keeps its provenance: article id, character span and the method
that found it, so any figure in a comparison can be traced to its sentence.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import pandas as pd

from reportmine.tables import schema

BASE_TABLES = ("articles", "people", "organizations", "numbers", "slogans")


def _join(values: Any) -> str | None:
    if not values:
        return None
    return "、".join(str(v) for v in values)


#: What ``str`` writes for a list of [int, int] lists, which is also what ``json.dumps`` writes.
_SPANS_TEXT = re.compile(r"\[(?:\[-?\d+, -?\d+\](?:, \[-?\d+, -?\d+\])*)?\]")


def _spans_json(spans: Any) -> str:
    """The spans as JSON (``json.dumps`` of the list of [start, end] lists)."""
    if not spans:
        return "[]"
    text = str(spans)
    if _SPANS_TEXT.fullmatch(text):  # lists of two ints: str and json agree (tuples, floats, bools do not)
        return text
    return json.dumps([list(s) for s in spans])


def build_tables(records: Iterable[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The five base tables, schema-checked and sorted.

    Columns are collected as lists (one append per value) and each frame is
    built from them at once: building from one dict per row costs several
    times more.
    """
    cols = {name: {c: [] for c in schema.get(name).names} for name in BASE_TABLES}
    A, P, O, N, S = (cols[name] for name in BASE_TABLES)
    for rec in records:
        get = rec.get
        aid, unit, date = get("id"), get("unit"), get("date")
        people, orgs, numbers = get("people") or [], get("organizations") or [], get("numbers") or []
        slogans = get("slogans") or []
        for c, v in (("article_id", aid), ("path", get("path")), ("url", get("url")), ("title", get("title")),
                     ("date", date), ("source", get("source")), ("author", get("author")),
                     ("editor", get("editor")), ("unit", unit), ("n_chars", len(get("text") or "")),
                     ("n_people", len(people)), ("n_organizations", len(orgs)), ("n_numbers", len(numbers)),
                     ("n_slogans", len(slogans)), ("encoding", get("encoding")),
                     ("warnings", " | ".join(get("warnings") or []) or None), ("config_hash", get("config_hash"))):
            A[c].append(v)
        _add_spanned(P, aid, unit, date, people, ("name", "titles", "roles", "org", "count", "method"))
        _add_spanned(O, aid, unit, date, orgs, ("name", "kind", "count", "method"))
        n = len(numbers)
        if n:
            N["article_id"] += [aid] * n
            N["unit"] += [unit] * n
            N["date"] += [date] * n
            for c, k in (("value", "value"), ("approx", "approx"), ("unit_word", "unit"), ("object", "object"),
                         ("actor", "actor"), ("metric", "metric"), ("text", "text"),
                         ("sentence", "sentence"), ("method", "method")):
                N[c] += [x.get(k) for x in numbers]
            spans = [x.get("span") or (None, None) for x in numbers]
            N["span_start"] += [x[0] for x in spans]
            N["span_end"] += [x[1] for x in spans]
        _add_spanned(S, aid, unit, date, slogans, ("text", "kind", "count", "expansion", "method"))
    return {name: schema.validate(_frame(cols[name], name), name) for name in BASE_TABLES}


#: fields written as "a;b" (lists in the record)
_JOINED = frozenset({"titles", "roles", "expansion"})


def _add_spanned(cols: dict[str, list[Any]], aid: Any, unit: Any, date: Any, items: list[dict[str, Any]],
                 fields: tuple[str, ...]) -> None:
    """Rows of one article's people, organizations or slogans: the article's keys, the
    given fields (lists joined), and the first span besides all spans as JSON."""
    n = len(items)
    if not n:
        return
    cols["article_id"] += [aid] * n
    cols["unit"] += [unit] * n
    cols["date"] += [date] * n
    for f in fields:
        cols[f] += [_join(x.get(f)) for x in items] if f in _JOINED else [x.get(f) for x in items]
    spans = [x.get("spans") for x in items]
    cols["span_start"] += [int(x[0][0]) if x else None for x in spans]
    cols["span_end"] += [int(x[0][1]) if x else None for x in spans]
    cols["spans"] += [_spans_json(x) for x in spans]


def _frame(data: dict[str, list[Any]], name: str) -> pd.DataFrame:
    """A frame of the schema's columns, each made straight from its list in the schema's dtype
    (no object column in between); a column that does not convert is left to ``validate``."""
    if not data["article_id"]:
        return schema.empty(name)
    columns = {}
    for col in schema.get(name).columns:
        values = data[col.name]
        try:
            columns[col.name] = pd.array(values, dtype=col.dtype)
        except (TypeError, ValueError):
            columns[col.name] = pd.array(values, dtype=object)
    return pd.DataFrame(columns)
