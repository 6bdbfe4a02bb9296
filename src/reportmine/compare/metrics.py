"""Unit x metric comparison with a stated rule for combining articles.

The combination rule (also in README):

1. Near-duplicate articles (one report republished, see ``similarity``) form
   one cluster; it belongs to the unit of its representative.
2. Inside one cluster, a metric takes the LARGEST figure: reports restate a
   total next to its parts (查摆问题36个，其中班子12个), and copies repeat the
   same figure, so adding would double-count.
3. A unit's clusters are grouped into events: the first meeting the article
   reports (type + date), else the article date. Clusters of the same event
   (same key, or the same meeting type within ``SAME_EVENT_DAYS`` days) are
   follow-ups of one meeting: the largest figure is kept.
4. Across distinct events, flow metrics (``sum`` in
   resources/metric_combination.tsv: lectures given, problems found ...) are
   added up; stock metrics (branches, members, participants, shares, and any
   metric not listed) keep the largest figure.

Every number with a metric appears in ``compare_metric_sources`` with
``used`` and the reason, so each cell of ``compare_metrics`` is traceable to
its articles, sentences and spans.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date as Date
from functools import lru_cache
from typing import Any

import pandas as pd

from reportmine import resources
from reportmine.compare.common import UNKNOWN_UNIT, blank, join, pylist, sentence_at, sentence_ends, unit_label
from reportmine.compare.schema import register_wide
from reportmine.tables.schema import validate

COMBINATION_FILE = "metric_combination.tsv"
#: Two reports of the same meeting type this many days apart are one event.
SAME_EVENT_DAYS = 7


@resources.derived
def combination_rules() -> dict[str, str]:
    """metric -> 'sum' or 'max' (absent metrics are 'max')."""
    try:
        rows = resources.load_table(COMBINATION_FILE)
    except FileNotFoundError:
        return {}
    return {r["metric"]: (r.get("rule") or "max").strip() for r in rows if r.get("metric")}


@lru_cache(maxsize=65536)
def _parse_event(key: str) -> tuple[str, Date | None]:
    kind, _, day = key.partition("@")
    try:
        return kind, Date.fromisoformat(day)
    except ValueError:
        return kind, None


def _same_event(a: str, b: str) -> bool:
    if a == b:
        return True
    ta, da = _parse_event(a)
    tb, db = _parse_event(b)
    return bool(ta) and ta == tb and da is not None and db is not None and abs((da - db).days) <= SAME_EVENT_DAYS


def _group_events(keys: list[str]) -> list[list[str]]:
    """Events whose keys name the same meeting, grouped (order-stable).

    Each key, in sorted order, joins the first group holding a key it is the
    same event as (``_same_event``), else starts a group. Only keys of one
    meeting type with a date can match, so each key is tested against the
    groups of its own type only, by a binary search of their day numbers.
    """
    from bisect import bisect_left, insort

    groups: list[list[str]] = []
    by_type: dict[str, list[tuple[list[str], list[int]]]] = {}
    for k in sorted(set(keys)):
        kind, day = _parse_event(k)
        if not kind or day is None:
            groups.append([k])  # matches no other key
            continue
        d = day.toordinal()
        for members, days in by_type.setdefault(kind, []):
            i = bisect_left(days, d - SAME_EVENT_DAYS)
            if i < len(days) and days[i] <= d + SAME_EVENT_DAYS:
                members.append(k)
                insort(days, d)
                break
        else:
            group = [k]
            groups.append(group)
            by_type[kind].append((group, [d]))
    return groups


SOURCE_COLUMNS = ["unit", "metric", "article_id", "cluster", "event", "value", "approx", "text", "sentence",
                  "span_start", "span_end", "used", "reason"]
LONG_COLUMNS = ["unit", "metric", "value", "approx", "rule", "n_articles", "n_events", "n_candidates",
                "article_ids", "spans", "texts", "sentences"]


def number_sources(numbers: pd.DataFrame, texts: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """The part of ``metric_sources`` that needs no clusters: one row per number with a
    metric, in article and span order, with its sentence; unit, cluster and event unset.

    Apart so that a run comparing in several processes builds it while the
    similarity that the clusters need is still being computed elsewhere.
    """
    nums = numbers[numbers["metric"].notna() & numbers["value"].notna()]
    nums = nums.drop_duplicates(["article_id", "metric", "span_start", "span_end", "value"])  # same input twice
    nums = nums.sort_values(["article_id", "span_start"], na_position="last")
    texts = texts or {}
    bounds: dict[str, list[int]] = {}
    src: list[dict[str, Any]] = []
    cols = ["article_id", "unit", "metric", "value", "approx", "text", "span_start", "span_end"]
    for aid, unit, metric, value, approx, text, s, e in zip(*(nums[c].astype(object).tolist() for c in cols)):
        src.append({
            "unit": unit, "metric": metric, "article_id": aid,
            "cluster": None, "event": None, "value": float(value), "approx": approx,
            "text": text, "sentence": sentence_at(texts.get(aid), s, e, _bounds(bounds, aid, texts)) or text,
            "span_start": s, "span_end": e, "used": False, "reason": None,
            "_key": (aid, -1 if blank(s) else int(s)),  # the order of figures in a cell (not a column)
        })
    return src


def metric_sources(numbers: pd.DataFrame, clusters: pd.DataFrame,
                   texts: Mapping[str, str] | None = None,
                   numbered: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """One row per number with a metric: its unit (the cluster representative's), cluster, event, sentence.

    ``numbered`` is ``number_sources(numbers, texts)`` when already built (its rows are filled in place).
    """
    ids = pylist(clusters["article_id"])
    cluster_of = dict(zip(ids, pylist(clusters["cluster"])))
    event_of = dict(zip(ids, pylist(clusters["event"])))
    rep_unit: dict[str, str] = {}
    ordered = clusters.sort_values(["cluster", "is_representative", "article_id"], ascending=[True, False, True])
    for cluster, unit in zip(ordered["cluster"].tolist(), ordered["unit"].tolist()):
        if rep_unit.get(cluster) in (None, UNKNOWN_UNIT):
            rep_unit[cluster] = unit
    src = number_sources(numbers, texts) if numbered is None else numbered
    for r in src:
        aid = r["article_id"]
        cluster = r["cluster"] = cluster_of.get(aid, aid)
        r["unit"] = rep_unit.get(cluster, unit_label(r["unit"]))
        r["event"] = event_of.get(aid, aid)
    return src


def _bounds(cache: dict[str, list[int]], aid: str, texts: Mapping[str, str]) -> list[int]:
    if aid not in cache:
        cache[aid] = sentence_ends(texts.get(aid) or "")
    return cache[aid]


def _span_key(r: dict[str, Any]) -> tuple[str, int]:
    key = r.get("_key")
    return key if key is not None else (r["article_id"], -1 if blank(r["span_start"]) else int(r["span_start"]))


def combine_sources(src: list[dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(compare_metrics, compare_metric_sources) from source rows (``used`` and ``reason`` are set in place)."""
    long = validate(pd.DataFrame(_combine_cells(src), columns=LONG_COLUMNS), "compare_metrics")
    sources = validate(pd.DataFrame(src, columns=SOURCE_COLUMNS), "compare_metric_sources")
    return long, sources


def _combine_cells(src: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The compare_metrics rows (one per unit and metric) of source rows, setting their ``used`` and ``reason``."""
    rules = combination_rules()
    cells: list[dict[str, Any]] = []
    by_cell: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in src:
        by_cell.setdefault((r["unit"], r["metric"]), []).append(r)
    for (unit, metric), rows in sorted(by_cell.items()):
        rows.sort(key=_span_key)
        # step 2: the largest figure per cluster
        by_cluster: dict[str, list[dict[str, Any]]] = {}
        for r in rows:
            by_cluster.setdefault(r["cluster"], []).append(r)
        per_cluster: dict[str, dict[str, Any]] = {}
        for cluster in sorted(by_cluster):
            members = by_cluster[cluster]
            # ties go to the representative's own copy, then the earliest span
            members.sort(key=lambda r: (r["article_id"] != cluster, r["article_id"]))
            best = max(members, key=lambda r: r["value"])  # first max wins
            per_cluster[cluster] = best
            for r in members:
                if r is best:
                    continue
                r["reason"] = ("smaller or equal figure in the same article (largest kept)"
                               if r["article_id"] == best["article_id"]
                               else f"near-duplicate of article {best['article_id']} (largest kept)")
        # step 3: clusters of the same event
        per_event: list[dict[str, Any]] = []
        groups = _group_events([r["event"] for r in per_cluster.values()])
        group_of = {k: gi for gi, g in enumerate(groups) for k in g}
        grouped: list[list[dict[str, Any]]] = [[] for _ in groups]
        for r in per_cluster.values():
            grouped[group_of[r["event"]]].append(r)
        for members in grouped:
            members.sort(key=lambda r: (r["event"], r["cluster"]))  # ties: the earliest event
            best = max(members, key=lambda r: r["value"])
            per_event.append(best)
            for r in members:
                if r is not best:
                    r["reason"] = f"same event as article {best['article_id']} ({best['event']}; largest kept)"
        # step 4: across events
        rule = rules.get(metric, "max")
        if rule == "sum":
            used = per_event
        else:
            top = max(per_event, key=lambda r: r["value"])
            used = [top]
            for r in per_event:
                if r is not top:
                    r["reason"] = f"{metric} is a stock: largest figure across events kept"
        for r in used:
            r["used"] = True
            r["reason"] = "used"
        if len(used) > 1:
            label = "sum_distinct_events"
        elif len(per_event) > 1:
            label = "max_stock"
        elif len(per_cluster) > 1:
            label = "max_same_event"
        elif len(rows) > 1:
            label = "max_in_article"
        else:
            label = "single"
        cells.append({
            "unit": unit, "metric": metric, "value": float(sum(r["value"] for r in used)),
            "approx": join((r["approx"] for r in used), "、"), "rule": label,
            "n_articles": len({r["article_id"] for r in used}), "n_events": len(used),
            "n_candidates": len(rows),
            "article_ids": join(r["article_id"] for r in used),
            "spans": join(f"{r['article_id']}:{r['span_start']}-{r['span_end']}" for r in used),
            "texts": join(r["text"] for r in used),
            "sentences": join((r["sentence"] for r in used), " | "),
        })
    return cells


def combine_metrics(numbers: pd.DataFrame, clusters: pd.DataFrame,
                    texts: Mapping[str, str] | None = None,
                    wide: bool = True) -> tuple[pd.DataFrame, pd.DataFrame | None, pd.DataFrame]:
    """(compare_metrics, compare_metrics_wide, compare_metric_sources); no wide table when ``wide`` is False."""
    long, sources = combine_sources(metric_sources(numbers, clusters, texts))
    return long, (wide_form(long) if wide else None), sources


def combine_metrics_levels(numbers: pd.DataFrame, clusters: pd.DataFrame, texts: Mapping[str, str] | None,
                           institution_of: Mapping[str, str], numbered: list[dict[str, Any]] | None = None
                           ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """(compare_metrics, compare_metrics_wide, compare_metric_sources, institution-level compare_metrics).

    The source rows (and their sentences) are built once; the institution
    level combines copies of them with each unit replaced by its institution
    (``institution_of``: unit label -> institution; a unit not in it is its own).
    ``numbered``: see ``metric_sources``.
    """
    src = metric_sources(numbers, clusters, texts, numbered)
    inst = {u: institution_of.get(u, u) for u in {r["unit"] for r in src}}
    members: dict[str, int] = {}
    for i in inst.values():
        members[i] = members.get(i, 0) + 1
    # an institution of one unit has that unit's cells under its own name: only the
    # institutions of several units are combined again
    inst_src = [dict(r, unit=inst[r["unit"]]) for r in src if members[inst[r["unit"]]] > 1]
    long, sources = combine_sources(src)
    renamed = [c for c in (dict(zip(long.columns, row)) for row in long.itertuples(index=False, name=None))
               if members[inst[c["unit"]]] == 1]
    for c in renamed:
        c["unit"] = inst[c["unit"]]
    inst_cells = renamed + _combine_cells(inst_src)
    inst_long = validate(pd.DataFrame(inst_cells, columns=LONG_COLUMNS), "compare_metrics")
    return long, wide_form(long), sources, inst_long


def wide_form(long: pd.DataFrame) -> pd.DataFrame:
    """One row per unit, one column per metric of the vocabulary (NaN where none)."""
    schema = register_wide(sorted(set(long["metric"].dropna())))
    metrics = [c.name for c in schema.columns if c.name != "unit"]
    if long.empty:
        return validate(pd.DataFrame(columns=["unit"] + metrics), "compare_metrics_wide")
    wide = long.pivot(index="unit", columns="metric", values="value").reindex(columns=metrics)
    wide = wide.reset_index()
    wide.columns.name = None
    return validate(wide, "compare_metrics_wide")
