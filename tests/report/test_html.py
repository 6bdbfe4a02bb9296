"""The HTML report: self-contained, escaped, with charts whose labels are text."""
from __future__ import annotations

import re

from click.testing import CliRunner


def test_article_text_is_escaped(all_tables):
    from reportmine.report.html import render_report

    page = render_report(all_tables)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page.lower()  # the report itself runs no script


def test_only_http_links_are_written(all_tables):
    from reportmine.report.html import render_report

    page = render_report(all_tables)
    assert "javascript:" not in page
    assert 'href="https://example.org/a1"' in page


def test_self_contained(all_tables):
    from reportmine.report.html import render_report

    page = render_report(all_tables)
    assert not re.search(r"<link\b|<img\b|<iframe\b|@import|url\((?!#)", page, re.I)
    assert not re.search(r"""src=["']?https?:""", page, re.I)
    assert "<style>" in page


def test_charts_are_inline_svg_with_chinese_text(all_tables):
    from reportmine.report.html import render_report

    page = render_report(all_tables)
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    assert len(svgs) >= 2
    texts = " ".join(re.findall(r"<text[^>]*>(.*?)</text>", " ".join(svgs), re.S))
    assert "市水务局" in texts  # a unit label is text, not glyph paths
    assert "<?xml" not in page


def test_charts_raise_no_missing_glyph_warnings(all_tables):
    """Without a CJK font matplotlib warned once per Chinese character while laying
    out each chart; the labels stay text in the SVG, so the warnings are noise."""
    import warnings

    from reportmine.report.html import render_report

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        render_report(all_tables)
    assert not [w for w in caught if "missing from font" in str(w.message)]


def test_sections_and_figures_present(all_tables):
    from reportmine.report.html import render_report

    page = render_report(all_tables)
    for anchor in ("overview", "units", "metrics", "meetings", "slogans", "people", "terms", "duplicates",
                   "candidates"):
        assert f'id="{anchor}"' in page
    assert "县文化和旅游局" in page and "专题民主生活会" in page
    assert "学思想、强党性、重实践、建新功" in page


def test_report_of_an_empty_corpus():
    from reportmine.compare import build_comparisons
    from reportmine.report.html import render_report
    from reportmine.tables.build import build_tables

    tables = build_tables([])
    tables.update(build_comparisons(tables, {}))
    page = render_report(tables)
    assert page.startswith("<!DOCTYPE html>") and "（无数据）" in page


def test_report_cli_writes_the_file(processed):
    from reportmine.cli import main

    res = CliRunner().invoke(main, ["report", "-d", str(processed)])
    assert res.exit_code == 0, res.output
    page = (processed / "report.html").read_text(encoding="utf-8")
    assert "市水务局" in page


def test_report_cli_rebuilds_missing_comparisons(processed):
    from reportmine.cli import main

    for p in processed.glob("compare_*.parquet"):
        p.unlink()
    res = CliRunner().invoke(main, ["report", "-d", str(processed), "-o", str(processed / "r.html")])
    assert res.exit_code == 0, res.output
    assert "sum_distinct_events" in (processed / "r.html").read_text(encoding="utf-8")


def test_a_relative_unit_card_says_it_may_hold_several_bodies(records):
    from reportmine.compare import build_comparisons
    from reportmine.report.html import render_report
    from reportmine.tables.build import build_tables

    recs = [dict(r) for r in records]
    for r in recs:
        if r.get("unit") == "县文化和旅游局":
            r["unit"] = "青川县文化和旅游局"  # named in full: no note
    tables = build_tables(recs)
    tables.update(build_comparisons(tables, {r["id"]: r["text"] for r in recs}))
    html = render_report(tables)
    cards = {c.split("</h3>")[0]: c for c in html.split('<h3>')[1:]}
    assert "名称不具体" in cards["市水务局"]
    assert "名称不具体" not in cards["青川县文化和旅游局"]
