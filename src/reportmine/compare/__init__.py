"""The comparison layer: base tables in, tables that compare units out.

``build_comparisons(tables, texts)`` is pure and deterministic: the same
tables and texts give the same frames, rows sorted by each schema's keys.
Importing this package registers the comparison schemas.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from reportmine.compare import schema as _schema  # noqa: F401  (registers the schemas)
from reportmine.compare.schema import COMPARE_TABLES

if TYPE_CHECKING:
    from reportmine.compare.beside import Beside, Staged

__all__ = ["build_comparisons", "COMPARE_TABLES"]

#: Articles from which ``processes`` > 1 forks: below it a child costs more than it saves.
SIDE_BY_SIDE_FROM = 200


def _pseudo_texts(tables: Mapping[str, pd.DataFrame]) -> dict[str, str]:
    """Without bodies, compare what the tables hold: title, figures, slogans."""
    parts: dict[str, list[str]] = {}
    for row in tables["articles"].itertuples(index=False):
        parts.setdefault(row.article_id, []).append("" if pd.isna(row.title) else str(row.title))
    for name, col in (("numbers", "text"), ("slogans", "text")):
        df = tables.get(name)
        if df is not None:
            for aid, value in zip(df["article_id"], df[col]):
                if not pd.isna(value):
                    parts.setdefault(aid, []).append(str(value))
    return {aid: "\n".join(p) for aid, p in parts.items()}


def _by_institution(df: pd.DataFrame, name: str) -> pd.DataFrame:
    from reportmine.tables.schema import validate

    return validate(df.rename(columns={"unit": "institution"}), f"{name}_by_institution")


def _segment(bodies: Mapping[str, str], keep_segmenter: bool) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(tokens, term words) of each body."""
    from reportmine.compare.common import tokenize_texts
    from reportmine.compare.terms import term_words

    tokens = tokenize_texts(bodies, keep_segmenter=keep_segmenter)
    verdicts: dict[str, bool] = {}
    return tokens, {a: term_words(t, verdicts) for a, t in tokens.items()}


def _words_and_candidates(segmented: tuple[dict[str, list[str]], dict[str, list[str]]], bodies: Mapping[str, str],
                          grouping: tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables made of words: terms at both levels and slogan candidates.

    ``grouping`` is (clusters, clusters with institutions as units, slogans
    table); only the clusters' representatives are read from ``segmented``.
    """
    from reportmine.compare.slogans import slogan_candidates
    from reportmine.compare.terms import distinctive_terms

    tokens, words = segmented
    cl, cl_inst, slogans = grouping
    return {
        "compare_terms_by_institution": _by_institution(distinctive_terms(tokens, cl_inst, words_of=words),
                                                        "compare_terms"),
        "slogan_candidates": slogan_candidates(tokens, bodies, cl, slogans),
        "compare_terms": distinctive_terms(tokens, cl, words_of=words),
    }


def words_beside(bodies: Mapping[str, str], keep_segmenter: bool = False) -> Staged:
    """The word tables' branch in a forked child: it segments ``bodies`` at once, then
    waits for the clusters (``send((clusters, institution clusters, slogans))``)."""
    from reportmine.compare.beside import Staged

    return Staged(lambda: _segment(bodies, keep_segmenter),
                  lambda segmented, grouping: _words_and_candidates(segmented, bodies, grouping))


def build_comparisons(tables: Mapping[str, pd.DataFrame],
                      texts: Mapping[str, str] | None = None,
                      records: Iterable[Mapping[str, Any]] | None = None,
                      roll_up_subunits: bool = True, keep_segmenter: bool = True,
                      processes: int = 1, early_pairs: Beside | None = None,
                      early_words: Staged | None = None) -> dict[str, pd.DataFrame]:
    """Every comparison table from the base tables (and article bodies when given).

    ``texts`` maps article_id to the cleaned body; it feeds meetings, the
    sentences of figures, similarity, terms and slogan candidates. Without it
    those are computed from titles and extracted phrases only.

    Meetings are taken, in this order, from ``tables["meetings"]``, from
    ``records`` (the pipeline already extracted them into each record, so
    they are not extracted twice), else extracted here from ``texts``.

    Units are also grouped into institutions (``compare.institutions``:
    party bodies stripped, and sub-units rolled up unless
    ``roll_up_subunits`` is False); metrics, slogans and terms come at both
    levels, the institution level in ``*_by_institution`` tables whose key
    column is ``institution``, and the ``institutions`` table lists the
    units of each.

    ``keep_segmenter=False`` (batch runs) drops the segmenter's dictionary
    once the texts are segmented, lowering the step's peak memory.

    ``processes`` > 1 (a batch run given ``--jobs``) runs independent steps
    side by side (``compare.beside``): similarity in one forked child, and in
    another the segmentation, then (once this process has the clusters)
    slogan candidates and terms, while this process combines the metrics and slogan usage
    (from ``SIDE_BY_SIDE_FROM`` articles). The tables are the same; only the
    order of the work changes. ``early_pairs`` (a ``Beside`` computing
    ``similarity.pair_core(texts)``) and ``early_words`` (``words_beside(texts)``)
    are those branches already started by a caller that had the texts before
    its base tables (``compare.from_records``).
    """
    from reportmine.compare.meetings import article_events, meetings_from_records, meetings_table
    from reportmine.compare.metrics import combine_metrics_levels, number_sources
    from reportmine.compare.people_titles import people_titles
    from reportmine.compare.similarity import clusters, pair_core, similarity_pairs
    from reportmine.compare.slogans import compare_slogans
    from reportmine.compare.common import pylist, release_memory
    from reportmine.compare.institutions import institution_map, institutions_table
    from reportmine.tables.schema import empty, validate

    articles = tables["articles"]
    base = {name: tables.get(name) if tables.get(name) is not None else empty(name)
            for name in ("people", "organizations", "numbers", "slogans")}
    bodies = dict(texts) if texts is not None else _pseudo_texts(tables)
    if tables.get("meetings") is not None:
        meetings = validate(tables["meetings"], "meetings")
    elif records is not None:
        meetings = meetings_from_records(list(records))
    else:
        meetings = meetings_table({"articles": articles, **base}, texts)
    side = processes > 1 and len(bodies) >= SIDE_BY_SIDE_FROM
    started = []  # children this call starts, stopped if it fails before taking their results
    if side:
        from reportmine.compare.beside import Beside

        pending = early_pairs
        if pending is None:
            pending = Beside(lambda: pair_core(bodies))
            started.append(pending)
        words_step = early_words
        if words_step is None:
            words_step = words_beside(bodies, keep_segmenter)
            started.append(words_step)
    try:
        # what needs no clusters first: with ``side`` this is done while the similarity is
        # still computed in its child; without, after it (the similarity's peak need not
        # hold the figures' sentences)
        pairs = None if side else similarity_pairs(articles, bodies)
        titles = people_titles(base["people"])
        numbered = number_sources(base["numbers"], texts)
        if side:
            pairs = similarity_pairs(articles, bodies, core=pending.result())
        cl = clusters(articles, pairs, article_events(meetings, articles), roll_up_subunits)
        cl_inst = cl.assign(unit=cl["institution"])  # the institution level: institutions in place of units
        if side:
            words_step.send((cl, cl_inst, base["slogans"]))
        inst_of = institution_map(pylist(cl["unit"]) + pylist(base["numbers"]["unit"]), roll_up_subunits)
        metrics, wide, sources, metrics_inst = combine_metrics_levels(base["numbers"], cl, texts, inst_of, numbered)
        del numbered  # (its rows are in ``sources`` now)
        slogans = compare_slogans(base["slogans"], cl)
        slogans_inst = _by_institution(compare_slogans(base["slogans"], cl_inst), "compare_slogans")
        release_memory()
        if side:
            by_words = words_step.result()
        else:
            reps = set(pylist(cl.loc[cl["is_representative"].astype(bool), "article_id"]))
            segmented = _segment({a: t for a, t in bodies.items() if a in reps}, keep_segmenter)
            by_words = _words_and_candidates(segmented, bodies, (cl, cl_inst, base["slogans"]))
    finally:
        for step in started:
            step.close()  # a no-op once its result was taken
    return {
        "institutions": institutions_table(cl),
        "compare_metrics_by_institution": _by_institution(metrics_inst, "compare_metrics"),
        "compare_slogans_by_institution": slogans_inst,
        "compare_terms_by_institution": by_words["compare_terms_by_institution"],
        "meetings": meetings,
        "compare_metrics": metrics,
        "compare_metrics_wide": wide,
        "compare_metric_sources": sources,
        "article_clusters": cl,
        "similarity": pairs,
        "compare_slogans": slogans,
        "slogan_candidates": by_words["slogan_candidates"],
        "compare_terms": by_words["compare_terms"],
        "people_titles": titles,
    }
