"""Terms that set each unit apart: TF-IDF with units as documents.

Each unit's distinct articles (one per near-duplicate cluster) are one
document of jieba words (two or more CJK characters). With two or more units,
a term every unit uses sets none apart and is left out, as are the generic
report words of ``resources/compare_stopwords.txt``; the rest are ranked by
sublinear TF-IDF weight.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

import pandas as pd

from reportmine.compare.common import content_words, pylist, stopwords
from reportmine.tables.schema import validate

TOP_K = 20


def term_words(tokens: list[str] | None) -> list[str]:
    """The words terms are made of: content words that are not generic report words."""
    stop = stopwords()
    return [w for w in content_words(tokens or []) if w not in stop]


def distinctive_terms(tokens: Mapping[str, list[str]], clusters: pd.DataFrame, top_k: int = TOP_K,
                      words_of: Mapping[str, list[str]] | None = None) -> pd.DataFrame:
    """Top ``top_k`` terms per unit with score, count and article spread.

    ``words_of`` (article_id -> ``term_words`` of its tokens) saves filtering
    the tokens again when terms are computed at two levels.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    cols = ["unit", "rank", "term", "score", "count", "n_articles"]
    reps = clusters.loc[clusters["is_representative"].astype(bool)].sort_values("article_id")
    stop = stopwords()
    docs: dict[str, list[str]] = {}
    spread: dict[str, Counter[str]] = {}
    for aid, unit in zip(pylist(reps["article_id"]), pylist(reps["unit"])):
        words = words_of[aid] if words_of is not None and aid in words_of else \
            [w for w in content_words(tokens.get(aid) or []) if w not in stop]
        if not words:
            continue
        docs.setdefault(unit, []).extend(words)
        spread.setdefault(unit, Counter()).update(set(words))
    units = sorted(docs)
    if not units:
        return validate(pd.DataFrame(columns=cols), "compare_terms")
    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    X = vec.fit_transform([docs[u] for u in units])
    vocab = vec.get_feature_names_out()
    df_units = (X > 0).sum(axis=0).A1
    rows = []
    for i, unit in enumerate(units):
        counts = Counter(docs[unit])
        row = X.getrow(i).tocoo()
        scored = [(float(v), str(vocab[j])) for j, v in zip(row.col, row.data)
                  if len(units) < 2 or df_units[j] < len(units)]
        scored.sort(key=lambda t: (-round(t[0], 12), t[1]))
        for rank, (score, term) in enumerate(scored[:top_k], 1):
            rows.append({"unit": unit, "rank": rank, "term": term, "score": round(score, 6),
                         "count": counts[term], "n_articles": spread[unit][term]})
    return validate(pd.DataFrame(rows, columns=cols), "compare_terms")
