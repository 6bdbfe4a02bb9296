"""Records (CONTRACT.md dicts) to the base tables.

Every row keeps its provenance: article id, character span and the method
that found it, so any figure in a comparison can be traced to its sentence.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
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
    "organizations": ("name", "kind", "count", "aliases"),
    "slogans": ("text", "kind", "count", "expansion"),
}
#: record fields of a numbers row after the article's keys (``unit`` is the
#: measure word, written to the ``unit_word`` column)
_NUMBER_FIELDS = ("value", "approx", "unit", "object", "actor", "metric", "text", "sentence")
#: fields that are lists in the record, written joined by 、
_JOINED = frozenset({"titles", "roles", "expansion", "aliases"})


def record_rows(rec: Mapping[str, Any]) -> RowPack:
    """The base-table rows of one record (see ``RowPack``)."""
    get = rec.get
    aid, unit, date = get("id"), get("unit"), get("date")
    people, orgs, numbers = get("people") or [], get("organizations") or [], get("numbers") or []
    slogans = get("slogans") or []
    article = (aid, get("path"), get("url"), get("title"), date, get("source"), get("author"), get("editor"),
               unit, len(get("text") or ""), len(people), len(orgs), len(numbers), len(slogans),
               get("encoding"), get("converted_from"), " | ".join(get("warnings") or []) or None,
               get("config_hash"))
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


#: Records whose rows are turned into typed arrays at once. Holding every value of a
#: large batch as a Python object until the end kept the heap at its high-water mark
#: for the rest of the run (at 20,000 articles, about 450 MB more than the tables hold):
#: a few long-lived objects made in between pin the pages the freed ones leave.
CHUNK_RECORDS = 1000


def tables_from_rows(packs: Iterable[RowPack]) -> dict[str, pd.DataFrame]:
    """The five base tables from each record's ``record_rows``, schema-checked and sorted.

    Each record's rows go into column lists as they come (``zip`` per record),
    which become typed arrays every ``CHUNK_RECORDS`` records; the frames are
    built from those arrays at the end. Building a frame from one dict per row
    costs several times more.
    """
    schemas = [schema.get(name) for name in BASE_TABLES]
    cols: list[list[list[Any]]] = [[[] for _ in s.columns] for s in schemas]
    arrays: list[list[list[Any]]] = [[[] for _ in s.columns] for s in schemas]
    for k, pack in enumerate(packs, 1):
        for table, columns, part in zip(schemas, cols, pack):
            if not part:
                continue
            width = len(columns)
            if any(len(row) != width for row in part):  # zip would drop or shift columns without a word
                raise schema.SchemaError(f"table {table.name!r}: rows of {sorted({len(r) for r in part})} values "
                                         f"for {width} columns")
            for column, values in zip(columns, zip(*part)):
                column += values
        if k % CHUNK_RECORDS == 0:
            _to_arrays(schemas, cols, arrays)
    _to_arrays(schemas, cols, arrays)
    return {s.name: schema.validate(_frame(s, a), s.name) for s, a in zip(schemas, arrays)}


def _to_arrays(schemas: list[schema.Schema], cols: list[list[list[Any]]], arrays: list[list[list[Any]]]) -> None:
    """Move the values collected so far into one more typed array per column, each straight
    in its schema dtype (no object column in between); values that do not convert stay
    objects, for ``validate`` to report."""
    for table, columns, done in zip(schemas, cols, arrays):
        if not columns[0]:
            continue
        for col, values, chunks in zip(table.columns, columns, done):
            try:
                chunks.append(pd.array(values, dtype=col.dtype))
            except (TypeError, ValueError):
                chunks.append(pd.array(values, dtype=object))
            values.clear()


def _frame(table: schema.Schema, arrays: list[list[Any]]) -> pd.DataFrame:
    """A frame of the table's columns, each its chunks of arrays joined."""
    if not arrays[0]:
        return schema.empty(table.name)
    data = {}
    for col, chunks in zip(table.columns, arrays):
        data[col.name] = chunks[0] if len(chunks) == 1 else \
            pd.concat([pd.Series(c, copy=False) for c in chunks], ignore_index=True).array
        chunks.clear()
    return pd.DataFrame(data)
