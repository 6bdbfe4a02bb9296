"""Records (CONTRACT.md dicts) to the base tables.

Every row keeps its provenance: article id, character span and the method
that found it, so any figure in a comparison can be traced to its sentence.
"""
from __future__ import annotations

import json
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


def _spans_json(spans: Any) -> str:
    return json.dumps([list(s) for s in spans or []])


def build_tables(records: Iterable[dict[str, Any]]) -> dict[str, pd.DataFrame]:
    """The five base tables, schema-checked and sorted."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in BASE_TABLES}
    for rec in records:
        aid, unit, date = rec.get("id"), rec.get("unit"), rec.get("date")
        slogans = rec.get("slogans") or []
        rows["articles"].append({
            "article_id": aid, "path": rec.get("path"), "url": rec.get("url"), "title": rec.get("title"),
            "date": date, "source": rec.get("source"), "author": rec.get("author"),
            "editor": rec.get("editor"), "unit": unit, "n_chars": len(rec.get("text") or ""),
            "n_people": len(rec.get("people") or []), "n_organizations": len(rec.get("organizations") or []),
            "n_numbers": len(rec.get("numbers") or []), "n_slogans": len(slogans),
            "encoding": rec.get("encoding"), "warnings": " | ".join(rec.get("warnings") or []) or None,
            "config_hash": rec.get("config_hash"),
        })
        for p in rec.get("people") or []:
            s, e = _first(p.get("spans"))
            rows["people"].append({
                "article_id": aid, "unit": unit, "date": date, "name": p.get("name"),
                "titles": _join(p.get("titles")), "roles": _join(p.get("roles")), "org": p.get("org"),
                "count": p.get("count"), "span_start": s, "span_end": e,
                "spans": _spans_json(p.get("spans")), "method": p.get("method"),
            })
        for o in rec.get("organizations") or []:
            s, e = _first(o.get("spans"))
            rows["organizations"].append({
                "article_id": aid, "unit": unit, "date": date, "name": o.get("name"), "kind": o.get("kind"),
                "count": o.get("count"), "span_start": s, "span_end": e,
                "spans": _spans_json(o.get("spans")), "method": o.get("method"),
            })
        for n in rec.get("numbers") or []:
            span = n.get("span") or (None, None)
            rows["numbers"].append({
                "article_id": aid, "unit": unit, "date": date, "value": n.get("value"),
                "approx": n.get("approx"), "unit_word": n.get("unit"), "object": n.get("object"),
                "actor": n.get("actor"), "metric": n.get("metric"), "text": n.get("text"),
                "sentence": n.get("sentence"), "span_start": span[0], "span_end": span[1],
                "method": n.get("method"),
            })
        for sl in slogans:
            s, e = _first(sl.get("spans"))
            rows["slogans"].append({
                "article_id": aid, "unit": unit, "date": date, "text": sl.get("text"), "kind": sl.get("kind"),
                "count": sl.get("count"), "expansion": _join(sl.get("expansion")),
                "span_start": s, "span_end": e, "spans": _spans_json(sl.get("spans")),
                "method": sl.get("method"),
            })
    out = {}
    for name in BASE_TABLES:
        df = pd.DataFrame(rows[name], columns=schema.get(name).names) if rows[name] else schema.empty(name)
        out[name] = schema.validate(df, name)
    return out
