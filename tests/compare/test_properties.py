"""Properties of the combination rule over random selections of the invented corpus."""
from __future__ import annotations

import copy
import hashlib
import importlib.util
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_spec = importlib.util.spec_from_file_location("rm_prop_corpus", Path(__file__).with_name("corpus.py"))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)
RECORDS = corpus.make_records()


def _republish(rec: dict, tag: int) -> dict:
    """The record as a second site would publish it: a header line before the body."""
    head = f"（本站转载{tag}）\n"
    out = copy.deepcopy(rec)
    out["text"] = head + rec["text"]
    out["id"] = hashlib.sha256(out["text"].encode()).hexdigest()[:16]
    out["path"] = f"copy{tag}_{rec['path']}"
    shift = len(head)
    for group in ("people", "organizations", "slogans"):
        for item in out[group]:
            item["spans"] = [[s + shift, e + shift] for s, e in item["spans"]]
    for n in out["numbers"]:
        n["span"] = [n["span"][0] + shift, n["span"][1] + shift]
    return out


def _build(records):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    return build_comparisons(build_tables(records), {r["id"]: r["text"] for r in records})


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(keep=st.lists(st.booleans(), min_size=len(RECORDS), max_size=len(RECORDS)),
       copies=st.lists(st.integers(0, len(RECORDS) - 1), min_size=1, max_size=3))
def test_republishing_never_raises_a_figure(keep, copies):
    base = [r for r, k in zip(RECORDS, keep) if k] or RECORDS[:1]
    extra = [_republish(base[i % len(base)], t) for t, i in enumerate(copies)]
    before, after = _build(base), _build(base + extra)
    key = ["unit", "metric"]
    b = before["compare_metrics"].set_index(key)["value"]
    a = after["compare_metrics"].set_index(key)["value"]
    assert a.index.equals(b.index)
    assert (a <= b).all(), pd.concat([b, a], axis=1)
    sb = before["compare_slogans"].set_index(["text", "unit"])["count"]
    sa = after["compare_slogans"].set_index(["text", "unit"])["count"]
    assert (sa.reindex(sb.index) <= sb).all()
