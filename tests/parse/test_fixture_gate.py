"""Evaluation gate: the parser on the shared HTML fixture pages must keep its scores.

Runs ``score_html.py`` (imported, not copied) from ../shared/fixtures/html on
our parse of every page. Pinned minimums are the figures reached when the gate
was written (title 1.00, date 1.00, author 1.00, source 0.968, editor 0.968,
body F1 mean 0.997 / min 0.942, no furniture, nothing garbled), less one page
of slack per field (1/31 = 0.032).

Author re-pinned from 0.96 to 0.90: the parser now follows GUIDE.md §1 (a
bare bracketed name or unit closing the text, ``……。（张某）``, leaves
``author`` empty), while two fixture pages count such a credit as the author;
the parser reaches 0.935 (29/31) there, and 0.90 keeps one page of slack.
"""
from __future__ import annotations

import importlib.util
import json
import statistics

import pytest

from reportmine.parse import parse_bytes

PINNED = {"title": 0.96, "date": 0.96, "author": 0.90, "source": 0.93, "editor": 0.93}


@pytest.fixture(scope="module")
def scored(shared_dir):
    root = shared_dir / "fixtures" / "html"
    if not (root / "score_html.py").is_file():
        pytest.skip("fixture scorer not present")
    spec = importlib.util.spec_from_file_location("score_html", root / "score_html.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    rows = []
    for html in sorted((root / "pages").glob("*.html")):
        gt = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
        page = parse_bytes(html.read_bytes(), name=html.name)
        pred = {"title": page.title, "date": page.date, "author": page.author, "content": page.text}
        row = mod.score_page(gt, pred)
        for f in ("source", "editor"):
            g, p = mod.author_tokens(gt.get(f)), mod.author_tokens(getattr(page, f))
            row[f + "_ok"] = (g == p) if g else (not p)
        row["page"] = html.stem
        rows.append(row)
    assert len(rows) >= 30
    return rows


def test_field_accuracy(scored):
    n = len(scored)
    got = {
        "title": sum(r["title_exact"] for r in scored) / n,
        "date": sum(r["date_ok"] for r in scored) / n,
        "author": sum(r["author_ok"] for r in scored) / n,
        "source": sum(r["source_ok"] for r in scored) / n,
        "editor": sum(r["editor_ok"] for r in scored) / n,
    }
    low = {k: v for k, v in got.items() if v < PINNED[k]}
    assert not low, f"below pinned: {low}"
    assert not any(r["editor_as_author"] for r in scored)


def test_body_quality(scored):
    f1 = [r["content_f1"] for r in scored]
    assert statistics.mean(f1) >= 0.99
    worst = min(scored, key=lambda r: r["content_f1"])
    assert worst["content_f1"] >= 0.93, worst["page"]
    assert sum(bool(r["boilerplate"]) for r in scored) == 0
    assert not any(r["garbled"] for r in scored)
