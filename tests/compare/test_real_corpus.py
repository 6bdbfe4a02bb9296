"""Promises of the comparison layer checked on real pipeline output (data/raw)."""
from __future__ import annotations

import re

import pandas as pd
import pytest

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def real(repo_root):
    from reportmine.inputs import iter_inputs
    from reportmine.pipeline import analyze_file

    raw = repo_root / "data" / "raw"
    files = iter_inputs([raw]) if raw.is_dir() else []
    if len(files) < 3:
        pytest.skip("the sample corpus in data/raw is not there")
    records = [analyze_file(f).to_dict() for f in files]
    return records


@pytest.fixture(scope="module")
def built(real):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    tables = build_tables(real)
    texts = {r["id"]: r["text"] for r in real}
    return tables, texts, build_comparisons(tables, texts)


def test_meetings_point_at_their_type_and_dates_are_plausible(built):
    from reportmine import resources

    tables, texts, c = built
    meetings = c["meetings"]
    assert len(meetings) >= len(tables["articles"]) // 2  # most reports are about a meeting
    vocab = {r["type"] for r in resources.load_table("meeting_types.tsv")}
    for m in meetings.itertuples(index=False):
        assert m.type in vocab
        if not pd.isna(m.span_start):
            assert texts[m.article_id][int(m.span_start):int(m.span_end)] == m.type
        if not pd.isna(m.date):
            assert ISO.match(m.date)
            if not pd.isna(m.article_date):
                assert m.date <= m.article_date  # a report comes after its meeting
        if not pd.isna(m.presided_by):
            for name in m.presided_by.split("、"):
                assert name in texts[m.article_id]


def test_records_carry_the_same_meetings(real, built):
    from reportmine.compare.meetings import meetings_from_records

    _, _, c = built
    from_records = meetings_from_records(real)
    cols = ["article_id", "type", "date", "holder", "presided_by", "participants"]
    pd.testing.assert_frame_equal(from_records[cols], c["meetings"][cols])


def test_metric_cells_trace_back_to_real_sentences(built):
    _, texts, c = built
    m = c["compare_metrics"]
    if m.empty:
        pytest.skip("the number extractor found no metric in the sample corpus")
    for row in m.itertuples(index=False):
        for spec in row.spans.split(";"):
            aid, rng = spec.split(":")
            s, e = map(int, rng.split("-"))
            assert texts[aid][s:e] in row.texts.split(";")
            assert texts[aid][s:e] in row.sentences
    wide = c["compare_metrics_wide"]
    assert set(wide["unit"]) == set(m["unit"])


def test_a_republished_real_report_changes_no_figure(real, built):
    """Copy each real article as if a second site republished it: nothing may grow."""
    from reportmine.compare import build_comparisons
    from reportmine.pipeline import analyze
    from reportmine.tables.build import build_tables

    _, _, c = built
    copies = []
    for rec in real:
        if not rec["text"]:
            continue
        body = rec["text"] + "\n本文转载时略有删改，转载请注明出处。"
        art = analyze(((rec["title"] or "") + "\n\n" + body), path="copy:" + (rec["path"] or ""))
        art.date = rec["date"]
        copies.append(art.to_dict())
    assert all(cp["id"] != rec["id"] for cp, rec in zip(copies, real))
    both = real + copies
    c2 = build_comparisons(build_tables(both), {r["id"]: r["text"] for r in both})
    dup = c2["similarity"]
    assert dup["near_duplicate"].sum() >= len(copies)
    assert (c2["article_clusters"]["cluster_size"] >= 2).sum() >= 2 * len(copies)
    key = ["unit", "metric"]
    before = c["compare_metrics"].set_index(key)["value"]
    after = c2["compare_metrics"].set_index(key)["value"]
    common = before.index.intersection(after.index)
    assert (after.loc[common] <= before.loc[common]).all()
    assert len(common) >= len(before) * 0.8
    s_before = c["compare_slogans"].set_index(["text", "unit"])["count"]
    s_after = c2["compare_slogans"].set_index(["text", "unit"])["count"]
    shared = s_before.index.intersection(s_after.index)
    assert (s_after.loc[shared] <= s_before.loc[shared]).all()


def test_people_titles_come_from_the_people_table(built):
    tables, _, c = built
    pt = c["people_titles"]
    people = tables["people"]
    titled = people[people["titles"].notna()]
    assert len(pt) >= titled["name"].nunique() > 0
    for row in pt.itertuples(index=False):
        assert ((people["name"] == row.name) & people["titles"].fillna("").str.contains(re.escape(row.title))).any()
