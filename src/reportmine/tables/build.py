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


def _first(spans: Any) -> tuple[int | None, int | None]:
    if spans:
        return int(spans[0][0]), int(spans[0][1])
    return None, None


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
        n = len(people)
        if n:
            P["article_id"] += [aid] * n
            P["unit"] += [unit] * n
            P["date"] += [date] * n
            for p in people:
                spans = p.get("spans")
                s, e = _first(spans)
                P["name"].append(p.get("name"))
                P["titles"].append(_join(p.get("titles")))
                P["roles"].append(_join(p.get("roles")))
                P["org"].append(p.get("org"))
                P["count"].append(p.get("count"))
                P["span_start"].append(s)
                P["span_end"].append(e)
                P["spans"].append(_spans_json(spans))
                P["method"].append(p.get("method"))
        n = len(orgs)
        if n:
            O["article_id"] += [aid] * n
            O["unit"] += [unit] * n
            O["date"] += [date] * n
            for o in orgs:
                spans = o.get("spans")
                s, e = _first(spans)
                O["name"].append(o.get("name"))
                O["kind"].append(o.get("kind"))
                O["count"].append(o.get("count"))
                O["span_start"].append(s)
                O["span_end"].append(e)
                O["spans"].append(_spans_json(spans))
                O["method"].append(o.get("method"))
        n = len(numbers)
        if n:
            N["article_id"] += [aid] * n
            N["unit"] += [unit] * n
            N["date"] += [date] * n
            for x in numbers:
                span = x.get("span") or (None, None)
                for c, k in (("value", "value"), ("approx", "approx"), ("unit_word", "unit"), ("object", "object"),
                             ("actor", "actor"), ("metric", "metric"), ("text", "text"),
                             ("sentence", "sentence"), ("method", "method")):
                    N[c].append(x.get(k))
                N["span_start"].append(span[0])
                N["span_end"].append(span[1])
        n = len(slogans)
        if n:
            S["article_id"] += [aid] * n
            S["unit"] += [unit] * n
            S["date"] += [date] * n
            for sl in slogans:
                spans = sl.get("spans")
                s, e = _first(spans)
                S["text"].append(sl.get("text"))
                S["kind"].append(sl.get("kind"))
                S["count"].append(sl.get("count"))
                S["expansion"].append(_join(sl.get("expansion")))
                S["span_start"].append(s)
                S["span_end"].append(e)
                S["spans"].append(_spans_json(spans))
                S["method"].append(sl.get("method"))
    out = {}
    for name in BASE_TABLES:
        data = cols[name]
        df = pd.DataFrame(data, columns=schema.get(name).names) if data["article_id"] else schema.empty(name)
        out[name] = schema.validate(df, name)
    return out
