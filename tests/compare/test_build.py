"""build_comparisons: shapes, schemas, determinism, clusters, slogans, terms, people."""
from __future__ import annotations

import random

import pandas as pd


def test_every_table_matches_its_schema_and_round_trips(comparisons, tmp_path):
    from reportmine.compare import COMPARE_TABLES
    from reportmine.tables.write import read_table, write_tables

    assert set(comparisons) == set(COMPARE_TABLES)
    write_tables(comparisons, tmp_path)
    for name, df in comparisons.items():
        back = read_table(name, tmp_path)
        pd.testing.assert_frame_equal(back, df, check_dtype=True)


def test_same_input_in_any_order_gives_the_same_output(records, texts, comparisons):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    shuffled = list(records)
    random.Random(7).shuffle(shuffled)
    again = build_comparisons(build_tables(shuffled), dict(reversed(list(texts.items()))))
    for name in comparisons:
        pd.testing.assert_frame_equal(again[name], comparisons[name])


def test_near_duplicate_pair_is_flagged_and_clustered(comparisons, records):
    sim = comparisons["similarity"]
    orig, copy = records[0]["id"], records[1]["id"]
    pair = sim[(sim["article_a"] == min(orig, copy)) & (sim["article_b"] == max(orig, copy))]
    assert bool(pair["near_duplicate"].iloc[0])
    others = sim[~((sim["article_a"] == min(orig, copy)) & (sim["article_b"] == max(orig, copy)))]
    assert not others["near_duplicate"].any()
    cl = comparisons["article_clusters"].set_index("article_id")
    assert cl.at[copy, "cluster"] == orig  # the earlier article represents the cluster
    assert bool(cl.at[orig, "is_representative"]) and not bool(cl.at[copy, "is_representative"])


def test_slogans_by_unit_with_expansion_and_dates(comparisons):
    cs = comparisons["compare_slogans"]
    s = cs[cs["text"] == "学思想、强党性、重实践、建新功"]
    assert sorted(s["unit"]) == ["县文化和旅游局", "市水务局"]
    assert s.set_index("unit").at["市水务局", "count"] == 1  # the republished copy is not counted
    four = cs[cs["text"] == "四个意识"].iloc[0]
    assert four["expansion"] and "政治意识" in four["expansion"]
    assert four["first_date"] == four["last_date"] == "2022-11-02"


def test_slogan_candidates_find_an_unlisted_recurring_formula(comparisons):
    cand = comparisons["slogan_candidates"]
    phrases = list(cand["phrase"])
    assert any("空间均衡" in p and "系统治理" in p for p in phrases)
    # the listed slogan and its pieces are not proposed again
    assert not any("强党性" in p for p in phrases)
    row = cand[cand["phrase"].str.contains("空间均衡")].iloc[0]
    assert row["n_units"] == 2
    # the copy does not make the phrase look more widespread: 3 distinct articles, not 4
    assert row["n_articles"] == 3


def test_terms_set_units_apart(comparisons):
    terms = comparisons["compare_terms"]
    water = set(terms[terms["unit"] == "市水务局"]["term"])
    culture = set(terms[terms["unit"] == "县文化和旅游局"]["term"])
    assert "水务局" in water and "水务局" not in culture
    assert not ({"会议", "坚持", "召开"} & (water | culture))  # generic report words are left out
    assert (terms.groupby("unit")["rank"].min() == 1).all()


def test_people_titles_across_articles(comparisons):
    pt = comparisons["people_titles"]
    sun = pt[pt["name"] == "孙海波"]
    assert sorted(sun["title"]) == ["局党组书记", "局长"]
    zhou = pt[pt["name"] == "周立新"].iloc[0]
    assert zhou["n_articles"] == 2 and zhou["first_date"] == "2023-03-10" and zhou["last_date"] == "2023-03-11"


def test_without_texts_still_builds(tables):
    from reportmine.compare import build_comparisons

    c = build_comparisons(tables, None)
    assert len(c["compare_metrics"]) > 0
    assert len(c["meetings"]) >= 1  # from the titles


def test_empty_corpus(records):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    c = build_comparisons(build_tables([]), {})
    assert all(df.empty for df in c.values())


def test_a_cut_copy_is_still_a_near_duplicate(records, texts):
    """A copy that keeps only the first half of the report still counts once."""
    from reportmine.compare import build_comparisons
    from reportmine.compare.similarity import containment
    from reportmine.tables.build import build_tables

    b1 = records[4]
    cut_text = b1["text"][: len(b1["text"]) // 2]
    cut = dict(b1, id="c0ffeec0ffeec0ff", text=cut_text, path="b1_cut.html", date="2024-05-09",
               numbers=[n for n in b1["numbers"] if n["span"][1] <= len(cut_text)],
               people=[], organizations=[], slogans=[])
    assert containment(cut_text, b1["text"]) == 1.0
    c = build_comparisons(build_tables(records + [cut]), {**texts, cut["id"]: cut_text})
    pair = c["similarity"][(c["similarity"]["article_a"] == min(b1["id"], cut["id"]))
                           & (c["similarity"]["article_b"] == max(b1["id"], cut["id"]))]
    assert bool(pair["near_duplicate"].iloc[0])
    m = c["compare_metrics"].set_index(["unit", "metric"])
    assert m.at[("县文化和旅游局", "participants"), "value"] == 60  # not 120


def test_distinct_reports_are_not_near_duplicates(comparisons, records):
    sim = comparisons["similarity"]
    ids = {records[0]["id"], records[1]["id"]}
    others = sim[~(sim["article_a"].isin(ids) & sim["article_b"].isin(ids))]
    assert not others["near_duplicate"].any()
    assert (others["containment"].fillna(0) < 0.5).all()


def test_meetings_from_records_match_extraction():
    """Given pipeline records, build_comparisons reads their meetings instead of extracting them again."""
    import importlib.util
    from pathlib import Path

    from reportmine.compare import build_comparisons
    from reportmine.pipeline import analyze
    from reportmine.tables.build import build_tables

    spec = importlib.util.spec_from_file_location("rm_corpus_m", Path(__file__).with_name("corpus.py"))
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    recs = [analyze(title + "\n\n" + body, path=f"m{i}.txt").to_dict()
            for i, (title, body) in enumerate([("市水务局机关第一党支部召开专题组织生活会", corpus.A1),
                                               ("县文化和旅游局召开警示教育大会", corpus.B1)])]
    assert any(r["meetings"] for r in recs)
    tables, texts = build_tables(recs), {r["id"]: r["text"] for r in recs}
    extracted = build_comparisons(tables, texts)["meetings"]
    read = build_comparisons(tables, texts, records=recs)["meetings"]
    pd.testing.assert_frame_equal(read, extracted)
