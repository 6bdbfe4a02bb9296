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

Cost: the n-gram counts are built with numpy (``char_ngram_counts``, the
matrix sklearn's CountVectorizer builds, bit for bit), cosines come from
sparse products of row blocks against the rows after them only, thresholded
on the sparse result, and containment for all pairs at once from a sparse
document x shingle matrix: no Python loop over pairs. The products still
touch every pair that shares an n-gram, which for character 2-3-grams is
nearly every pair: exact prefix filtering (Bayardo et al.) was measured to
keep 96% of pairs at cosine 0.3 on the benchmark corpus, so this step stays
quadratic, with a small constant (about 0.3 s for 1,000 articles, 1.2 s for
2,000 on this machine). MinHash/LSH would make it linear but approximate.
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


def _codepoints(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


#: Base of the integer code of a character n-gram: above every code point + 1,
#: so codes sort exactly as the n-gram strings do (a bigram before its trigrams).
_BASE = 0x110001
_WS_RUNS = re.compile(r"\s\s+")


def char_ngram_counts(docs: list[str]):
    """Counts of character 2- and 3-grams per document, as a CSR matrix.

    The same matrix ``CountVectorizer(analyzer="char", ngram_range=(2, 3),
    dtype=float32)`` builds (lowercased, whitespace runs made one space;
    columns in n-gram string order; entries of a row in order of first
    appearance in the corpus), so the TF-IDF and cosines downstream are
    bit-identical, but computed with numpy instead of one Python string per
    n-gram (about three times faster). Raises ValueError when no document
    has two characters, as sklearn does.
    """
    import scipy.sparse as sp

    keys, rows = [], []
    for i, d in enumerate(docs):
        c = _codepoints(_WS_RUNS.sub(" ", d.lower())).astype(np.int64)
        if len(c) < 2:
            continue
        bi = c[:-1] * (_BASE * _BASE) + c[1:] * _BASE
        keys.append(bi)
        if len(c) >= 3:
            keys.append(bi[:-1] + c[2:] + 1)
        rows.append(np.full(max(1, 2 * len(c) - 3), i, dtype=np.int64))
    if not keys:
        raise ValueError("empty vocabulary")
    grams, row = np.concatenate(keys), np.concatenate(rows)
    order = np.argsort(grams, kind="stable")
    g = grams[order]
    new = np.empty(len(g), dtype=bool)
    new[0] = True
    np.not_equal(g[1:], g[:-1], out=new[1:])
    col_sorted = np.cumsum(new) - 1                 # column (string order) of each sorted gram
    n_cols = int(col_sorted[-1]) + 1
    first_seen = np.empty(n_cols, dtype=np.int64)   # rank of each column by first appearance
    first_seen[np.argsort(order[new], kind="stable")] = np.arange(n_cols)
    r = row[order]                                  # rows ascending inside each column (stable sort)
    run = new.copy()
    run[1:] |= r[1:] != r[:-1]
    starts = np.flatnonzero(run)
    counts = np.diff(np.append(starts, len(g)))
    cell_row, cell_col = r[starts], col_sorted[starts]
    cell = np.lexsort((first_seen[cell_col], cell_row))
    cell_row, cell_col, counts = cell_row[cell], cell_col[cell], counts[cell]
    indptr = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum(np.bincount(cell_row, minlength=len(docs)), out=indptr[1:])
    idx = np.int32 if max(len(cell_col), n_cols) < 2 ** 31 else np.int64
    return sp.csr_matrix((counts.astype(np.float32), cell_col.astype(idx), indptr.astype(idx)),
                         shape=(len(docs), n_cols))


def _dense_ids(parts: list[np.ndarray]) -> tuple[list[np.ndarray], int]:
    """Each distinct int64 value across ``parts`` replaced by a dense id (0..n-1), parts kept apart."""
    if not parts:
        return [], 0
    uniq, inv = np.unique(np.concatenate(parts), return_inverse=True)
    return np.split(inv.ravel(), np.cumsum([len(p) for p in parts])[:-1]), len(uniq)


def _shingle_matrix(texts: list[str]):
    """Binary document x character-8-gram matrix, and each text's distinct 8-gram count.

    The same sets ``_shingles`` builds (whitespace removed; a text shorter than
    8 characters is one shingle). An 8-gram is identified exactly, without
    hashing, by pairing dense ids: characters -> bigrams -> 4-grams -> 8-grams,
    each pair of ids fitting an int64.
    """
    import scipy.sparse as sp

    sizes = np.ones(len(texts), dtype=np.int64)
    cps = {i: _codepoints(_SPACE.sub("", t)).astype(np.int64) for i, t in enumerate(texts)}
    keep = [i for i, c in cps.items() if len(c) >= SHINGLE]  # shorter: one shingle, below MIN_SHINGLES
    if not keep:
        return sp.csr_matrix((len(texts), 0), dtype=np.int64), sizes
    ids, n_ids = _dense_ids([cps[i][:-1] * _BASE + cps[i][1:] for i in keep])
    for step in (2, 4):  # bigram ids -> 4-gram ids -> 8-gram ids
        ids, n_ids = _dense_ids([a[:-step] * n_ids + a[step:] for a in ids])
    rows = np.concatenate([np.full(len(a), i, dtype=np.int64) for i, a in zip(keep, ids)])
    M = sp.csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, np.concatenate(ids))),
                      shape=(len(texts), n_ids))
    M.data[:] = 1  # duplicates were summed: presence only
    counts = np.diff(M.indptr)
    sizes[counts > 0] = counts[counts > 0]
    return M, sizes


def containments(texts: list[str], ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """``containment(texts[i], texts[j])`` for every pair at once (sparse products, no pair loop)."""
    out = np.zeros(len(ii), dtype=np.float64)
    if not len(ii):
        return out
    used = np.unique(np.concatenate([ii, jj]))
    local = np.full(len(texts), -1, dtype=np.int64)
    local[used] = np.arange(len(used))
    M, sizes = _shingle_matrix([texts[k] for k in used])
    a, b = local[ii], local[jj]
    small = np.minimum(sizes[a], sizes[b])
    ok = small >= MIN_SHINGLES
    if ok.any() and M.shape[1]:
        # shared 8-grams of every pair of these texts by one sparse product (exact integer counts),
        # then read at the pairs wanted: no copy of two rows per pair
        shared = (M @ M.T).tocsr()
        inter = np.asarray(shared[a[ok], b[ok]]).ravel()
        out[ok] = inter / small[ok]
    return out


def _pairs_above(X, threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, cosine) of every pair i < j with cosine >= threshold.

    Row blocks against the rows after them only (half the products of a full
    X @ X.T); each cosine is summed in the same order as the full product,
    so the values are bit-identical to it.
    """
    n = X.shape[0]
    out_i, out_j, out_v = [], [], []
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
        block = (X[lo:hi] @ X[lo:].T).tocsr()
        rows = np.repeat(np.arange(lo, hi), np.diff(block.indptr))
        cols = block.indices.astype(np.int64) + lo
        keep = (block.data >= threshold) & (cols > rows)
        out_i.append(rows[keep])
        out_j.append(cols[keep])
        out_v.append(block.data[keep])
    if not out_i:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32)
    return np.concatenate(out_i), np.concatenate(out_j), np.concatenate(out_v)


def similarity_pairs(articles: pd.DataFrame, texts: Mapping[str, str],
                     min_cosine: float = MIN_COSINE, dup_threshold: float = DUP_THRESHOLD) -> pd.DataFrame:
    """Pairs of distinct articles with cosine >= ``min_cosine``."""
    from sklearn.feature_extraction.text import TfidfTransformer

    cols = ["article_a", "article_b", "unit_a", "unit_b", "title_a", "title_b", "cosine", "containment",
            "near_duplicate"]
    meta = articles.drop_duplicates("article_id").set_index("article_id")
    ids = sorted(a for a in meta.index if (texts.get(a) or "").strip())
    if len(ids) < 2:
        return validate(pd.DataFrame(columns=cols), "similarity")
    docs = [texts[a] for a in ids]
    try:
        X = TfidfTransformer(sublinear_tf=True).fit_transform(char_ngram_counts(docs))
    except ValueError:  # nothing but stop characters
        return validate(pd.DataFrame(columns=cols), "similarity")
    ii, jj, vv = _pairs_above(X, min_cosine - 1e-6)
    order = np.lexsort((jj, ii))
    ii, jj, vv = ii[order], jj[order], vv[order]
    # Python's round (correctly rounded), as the per-pair code did; np.round can differ in the last place
    cos = np.array([round(v, 4) for v in np.minimum(vv.astype(np.float64), 1.0).tolist()], dtype=np.float64)
    check = cos >= CONTAINMENT_FROM
    cont = np.full(len(ii), np.nan)
    cont[check] = [round(v, 4) for v in containments(docs, ii[check], jj[check]).tolist()]
    ids_arr = np.array(ids, dtype=object)
    unit, title = meta["unit"].reindex(ids).to_numpy(object), meta["title"].reindex(ids).to_numpy(object)
    df = pd.DataFrame({
        "article_a": ids_arr[ii], "article_b": ids_arr[jj], "unit_a": unit[ii], "unit_b": unit[jj],
        "title_a": title[ii], "title_b": title[jj], "cosine": cos,
        "containment": pd.array(np.where(check, cont, np.nan), dtype="Float64"),
        "near_duplicate": (cos >= dup_threshold) | (np.nan_to_num(cont, nan=0.0) >= DUP_CONTAINMENT),
    }, columns=cols)
    return validate(df, "similarity")


def clusters(articles: pd.DataFrame, pairs: pd.DataFrame, events: Mapping[str, str] | None = None,
             roll_up_subunits: bool = True) -> pd.DataFrame:
    """Near-duplicate clusters of articles (every article is in exactly one), with each unit's institution."""
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

    from reportmine.compare.institutions import institution_map

    inst = institution_map(meta["unit"].tolist(), roll_up_subunits)
    rows = []
    for members in groups.values():
        rep = min(members, key=order)
        event = (events or {}).get(rep) or rep
        for a in members:
            unit = unit_label(meta.at[a, "unit"])
            rows.append({"article_id": a, "unit": unit, "cluster": rep,
                         "cluster_size": len(members), "is_representative": a == rep, "event": event,
                         "institution": inst[unit]})
    cols = ["article_id", "unit", "cluster", "cluster_size", "is_representative", "event", "institution"]
    return validate(pd.DataFrame(rows, columns=cols), "article_clusters")
