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


#: One record's rows of the five base tables (in ``BASE_TABLES`` order), each row
#: a tuple in its schema's column order. Plain tuples of strings and numbers: a
#: batch worker builds them and pickles them cheaply to the process that builds
#: the frames, which then only concatenates.
RowPack = tuple[list[tuple[Any, ...]], ...]

#: record fields of the people, organizations and slogans rows, between the
#: article's keys and the spans (lists among them are joined, see ``_JOINED``)
_SPANNED_FIELDS = {
    "people": ("name", "titles", "roles", "org", "count"),
    "organizations": ("name", "kind", "count"),
    "slogans": ("text", "kind", "count", "expansion"),
}
#: record fields of a numbers row after the article's keys (``unit`` is the
#: measure word, written to the ``unit_word`` column)
_NUMBER_FIELDS = ("value", "approx", "unit", "object", "actor", "metric", "text", "sentence")
#: fields written as "a;b" (lists in the record)
_JOINED = frozenset({"titles", "roles", "expansion"})


def record_rows(rec: dict[str, Any]) -> RowPack:
    """The base-table rows of one record (see ``RowPack``)."""
    get = rec.get
    aid, unit, date = get("id"), get("unit"), get("date")
    people, orgs, numbers = get("people") or [], get("organizations") or [], get("numbers") or []
    slogans = get("slogans") or []
    article = (aid, get("path"), get("url"), get("title"), date, get("source"), get("author"), get("editor"),
               unit, len(get("text") or ""), len(people), len(orgs), len(numbers), len(slogans),
               get("encoding"), " | ".join(get("warnings") or []) or None, get("config_hash"))
    keys = (aid, unit, date)
    number_rows = []
    for x in numbers:
        span = x.get("span") or (None, None)
        number_rows.append((*keys, *[x.get(k) for k in _NUMBER_FIELDS], span[0], span[1], x.get("method")))
    return ([article], _spanned_rows(keys, people, _SPANNED_FIELDS["people"]),
            _spanned_rows(keys, orgs, _SPANNED_FIELDS["organizations"]), number_rows,
            _spanned_rows(keys, slogans, _SPANNED_FIELDS["slogans"]))


def _spanned_rows(keys: tuple[Any, ...], items: list[dict[str, Any]], fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
    """Rows of one article's people, organizations or slogans: the article's keys, the
    given fields (lists joined), and the first span besides all spans as JSON."""
    rows = []
    for x in items:
        spans = x.get("spans")
        first = spans[0] if spans else None
        rows.append((*keys, *[_join(x.get(f)) if f in _JOINED else x.get(f) for f in fields],
                     int(first[0]) if first else None, int(first[1]) if first else None,
                     _spans_json(spans), x.get("method")))
    return rows


def build_tables(records: Iterable[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The five base tables, schema-checked and sorted."""
    return tables_from_rows(map(record_rows, records))


def tables_from_rows(packs: Iterable[RowPack]) -> dict[str, pd.DataFrame]:
    """The five base tables from each record's ``record_rows``, schema-checked and sorted.

    Rows are collected as tuples and turned into columns at once (``zip``):
    building a frame from one dict per row costs several times more.
    """
    rows: tuple[list[tuple[Any, ...]], ...] = tuple([] for _ in BASE_TABLES)
    for pack in packs:
        for acc, part in zip(rows, pack):
            acc += part
    return {name: schema.validate(_frame(acc, name), name) for name, acc in zip(BASE_TABLES, rows)}


def _frame(rows: list[tuple[Any, ...]], name: str) -> pd.DataFrame:
    """A frame of the schema's columns, each made straight from its values in the schema's dtype
    (no object column in between); a column that does not convert is left to ``validate``."""
    if not rows:
        return schema.empty(name)
    cols = schema.get(name).columns
    widths = {len(r) for r in rows}
    if widths != {len(cols)}:  # zip would drop or shift columns without a word
        raise schema.SchemaError(f"table {name!r}: rows of {sorted(widths)} values for {len(cols)} columns")
    columns = {}
    for col, values in zip(cols, zip(*rows)):
        try:
            columns[col.name] = pd.array(list(values), dtype=col.dtype)
        except (TypeError, ValueError):
            columns[col.name] = pd.array(list(values), dtype=object)
    return pd.DataFrame(columns)
