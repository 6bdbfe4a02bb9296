"""Article-to-article similarity and near-duplicate clusters.

One report is often republished by a second site (the unit's own page and a
provincial portal) with different headers and footers, sometimes cut. Such
copies must count once when figures are combined. Bodies are compared as
TF-IDF vectors of character 2-3-grams (no segmentation needed), computed in
row blocks so memory stays bounded. A pair is a near-duplicate when its cosine
is at least ``DUP_THRESHOLD``, or when nearly all character 8-grams of the
shorter body are in the other (``DUP_CONTAINMENT``): a copy that drops a
paragraph loses cosine fast but keeps containment at 1. On the sample and dev
texts distinct reports stay below 0.25 cosine and 0.18 containment, and
copies cut to half still reach containment 1. Near-duplicates are merged into
clusters (connected components); a cluster's representative is its earliest
article (then the smallest id), so the choice is deterministic.
"""
from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from reportmine.compare.common import blank, unit_label
from reportmine.tables.schema import validate

#: Cosine at or above which two bodies are one report republished.
DUP_THRESHOLD = 0.9
#: Containment (shorter body's 8-grams found in the other) at or above which they are too.
DUP_CONTAINMENT = 0.8
SHINGLE = 8
#: Containment is computed only for pairs this similar (copies cut to half stay above 0.65).
CONTAINMENT_FROM = 0.5
MIN_SHINGLES = 20
_SPACE = re.compile(r"\s+")
#: Pairs below this cosine are left out of the similarity table.
MIN_COSINE = 0.3
#: Rows of the similarity matrix computed at once (memory: BLOCK x articles floats).
BLOCK = 512


def _shingles(text: str) -> frozenset[str]:
    t = _SPACE.sub("", text)
    return frozenset(t[i:i + SHINGLE] for i in range(max(1, len(t) - SHINGLE + 1)))


def containment(a: str, b: str, cache: dict[str, frozenset[str]] | None = None) -> float:
    """Share of the shorter text's character 8-grams found in the other text.

    A republished copy that drops a paragraph or adds a header keeps nearly
    all of its shingles in the original (containment near 1) while its
    cosine falls; distinct reports share few 8-grams.
    """
    cache = {} if cache is None else cache
    for t in (a, b):
        if t not in cache:
            cache[t] = _shingles(t)
    sa, sb = cache[a], cache[b]
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    if len(small) < MIN_SHINGLES:  # a scrap of text proves nothing
        return 0.0
    return len(small & big) / len(small)


def similarity_pairs(articles: pd.DataFrame, texts: Mapping[str, str],
                     min_cosine: float = MIN_COSINE, dup_threshold: float = DUP_THRESHOLD) -> pd.DataFrame:
    """Pairs of distinct articles with cosine >= ``min_cosine``."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    meta = articles.drop_duplicates("article_id").set_index("article_id")
    unit, title = meta["unit"].to_dict(), meta["title"].to_dict()
    ids = sorted(a for a in meta.index if (texts.get(a) or "").strip())
    rows = []
    if len(ids) >= 2:
        vec = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True, dtype=np.float32)
        try:
            X = vec.fit_transform([texts[a] for a in ids])
        except ValueError:  # nothing but stop characters
            X = None
        if X is not None:
            XT = X.T.tocsc()
            found: list[tuple[int, int, float]] = []
            for lo in range(0, len(ids), BLOCK):  # row blocks keep memory at BLOCK x n
                block = (X[lo:lo + BLOCK] @ XT).toarray()
                ii, jj = np.nonzero(block >= min_cosine - 1e-6)
                ii = ii + lo
                upper = jj > ii
                found += zip(ii[upper].tolist(), jj[upper].tolist(), block[ii[upper] - lo, jj[upper]].tolist())
            shingles: dict[str, frozenset[str]] = {}
            for i, j, v in sorted(found):
                a, b = ids[i], ids[j]
                cos = round(min(float(v), 1.0), 4)
                cont = round(containment(texts[a], texts[b], shingles), 4) if cos >= CONTAINMENT_FROM else None
                rows.append({"article_a": a, "article_b": b, "unit_a": unit[a], "unit_b": unit[b],
                             "title_a": title[a], "title_b": title[b], "cosine": cos, "containment": cont,
                             "near_duplicate": cos >= dup_threshold or (cont or 0.0) >= DUP_CONTAINMENT})
    cols = ["article_a", "article_b", "unit_a", "unit_b", "title_a", "title_b", "cosine", "containment",
            "near_duplicate"]
    return validate(pd.DataFrame(rows, columns=cols), "similarity")


def clusters(articles: pd.DataFrame, pairs: pd.DataFrame, events: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Near-duplicate clusters of articles (every article is in exactly one)."""
    meta = articles.drop_duplicates("article_id").set_index("article_id")
    parent = {a: a for a in meta.index}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b in pairs.loc[pairs["near_duplicate"].fillna(False).astype(bool), ["article_a", "article_b"]].itertuples(index=False):
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for a in sorted(meta.index):
        groups.setdefault(find(a), []).append(a)

    def order(a: str) -> tuple[int, str, str]:
        d = meta.at[a, "date"]
        return (1, "", a) if blank(d) else (0, str(d), a)

    rows = []
    for members in groups.values():
        rep = min(members, key=order)
        event = (events or {}).get(rep) or rep
        for a in members:
            rows.append({"article_id": a, "unit": unit_label(meta.at[a, "unit"]), "cluster": rep,
                         "cluster_size": len(members), "is_representative": a == rep, "event": event})
    cols = ["article_id", "unit", "cluster", "cluster_size", "is_representative", "event"]
    return validate(pd.DataFrame(rows, columns=cols), "article_clusters")
