"""Terms that set each unit apart: TF-IDF with units as documents.

Each unit's distinct articles (one per near-duplicate cluster) are one
document of jieba words (two or more CJK characters). With two or more units,
a term every unit uses sets none apart and is left out, as are the generic
report words of ``resources/compare_stopwords.txt`` and the function words of
``resources/compare_function_words.tsv`` (哪里, 至此, 目前); the rest are ranked by
sublinear TF-IDF weight.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import numpy as np
import pandas as pd

from reportmine.compare.common import content_words, function_words, pylist, stopwords
from reportmine.tables.schema import validate

TOP_K = 20


def term_words(tokens: list[str] | None, verdicts: dict[str, bool] | None = None) -> list[str]:
    """The words terms are made of: content words that are not generic report words.

    ``verdicts`` (token -> kept), shared across the documents of a corpus,
    lets each distinct token be tested once for the whole corpus rather than
    once per document: most words recur from report to report.
    """
    if not tokens:
        return []
    if verdicts is None:
        verdicts = {}
    new = set(tokens).difference(verdicts)
    if new:
        stop = stopwords()
        plain = function_words()
        good = set(content_words(new))
        for w in new:
            verdicts[w] = w in good and w not in stop and not plain.out_of_terms(w)
    return [w for w in tokens if verdicts[w]]


def _tfidf_rows(docs: list[list[str]]) -> tuple[list[str], list[tuple[np.ndarray, np.ndarray]]]:
    """Sublinear, l2-normalised TF-IDF of word lists: the terms (sorted) and, per document,
    (term index, weight) of its terms.

    The numbers ``TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)``
    computes, bit for bit (same operations in the same order: each row's
    norm sums its squares in order of the terms' first appearance in the
    corpus), without importing scikit-learn, whose text module costs
    about 100 MB of memory to load.
    """
    flat = [w for d in docs for w in d]
    if not flat:
        return [], [(np.empty(0, np.int64), np.empty(0)) for _ in docs]
    code, uniq = pd.factorize(np.array(flat, dtype=object))  # ids in order of first appearance
    n_terms = len(uniq)
    row = np.repeat(np.arange(len(docs), dtype=np.int64), [len(d) for d in docs])
    cell, count = np.unique(row * n_terms + code, return_counts=True)  # by row, then first appearance
    cell_row, cell_term = cell // n_terms, cell % n_terms
    df = np.bincount(cell_term, minlength=n_terms).astype(np.float64)
    idf = np.log((len(docs) + 1) / (df + 1)) + 1
    data = np.log(count.astype(np.float64)) + 1
    data *= idf[cell_term]
    terms = uniq.tolist()
    order = sorted(range(n_terms), key=terms.__getitem__)
    rank = np.empty(n_terms, dtype=np.int64)
    rank[order] = np.arange(n_terms)
    bounds = np.searchsorted(cell_row, np.arange(len(docs) + 1))
    rows = []
    for i in range(len(docs)):
        d = data[bounds[i]:bounds[i + 1]]
        if len(d):
            norm = np.sqrt(np.cumsum(d * d)[-1])  # a running sum, in order, as sklearn's loop
            if norm != 0:
                d = d / norm
        rows.append((rank[cell_term[bounds[i]:bounds[i + 1]]], d))
    return [terms[k] for k in order], rows


def distinctive_terms(tokens: Mapping[str, list[str]], clusters: pd.DataFrame, top_k: int = TOP_K,
                      words_of: Mapping[str, list[str]] | None = None) -> pd.DataFrame:
    """Top ``top_k`` terms per unit with score, count and article spread.

    ``words_of`` (article_id -> ``term_words`` of its tokens) saves filtering
    the tokens again when terms are computed at two levels.
    """
    cols = ["unit", "rank", "term", "score", "count", "n_articles"]
    reps = clusters.loc[clusters["is_representative"].astype(bool)].sort_values("article_id")
    verdicts: dict[str, bool] = {}
    docs: dict[str, list[str]] = {}
    spread: dict[str, Counter[str]] = {}
    for aid, unit in zip(pylist(reps["article_id"]), pylist(reps["unit"])):
        words = words_of[aid] if words_of is not None and aid in words_of else term_words(tokens.get(aid), verdicts)
        if not words:
            continue
        docs.setdefault(unit, []).extend(words)
        spread.setdefault(unit, Counter()).update(set(words))
    units = sorted(docs)
    if not units:
        return validate(pd.DataFrame(columns=cols), "compare_terms")
    vocab, weights = _tfidf_rows([docs[u] for u in units])
    df_units = np.zeros(len(vocab), dtype=np.int64)
    for idx, _ in weights:
        df_units[idx] += 1
    rows = []
    for unit, (idx, vals) in zip(units, weights):
        counts = Counter(docs[unit])
        scored = [(float(v), vocab[j]) for j, v in zip(idx.tolist(), vals.tolist())
                  if len(units) < 2 or df_units[j] < len(units)]
        scored.sort(key=lambda t: (-round(t[0], 12), t[1]))
        for rank, (score, term) in enumerate(scored[:top_k], 1):
            rows.append({"unit": unit, "rank": rank, "term": term, "score": round(score, 6),
                         "count": counts[term], "n_articles": spread[unit][term]})
    return validate(pd.DataFrame(rows, columns=cols), "compare_terms")
