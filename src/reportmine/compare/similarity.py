"""Article-to-article similarity and near-duplicate clusters.

One report is often republished by a second site (the unit's own page and a
provincial portal) with different headers and footers, sometimes cut. Such
copies must count once when figures are combined. Bodies are compared as
TF-IDF vectors of character 2-3-grams (no segmentation needed). A pair is a
near-duplicate when its cosine is at least ``DUP_THRESHOLD``, or when its
cosine is at least ``CONTAINMENT_FROM`` and nearly all character 8-grams of
the shorter body are in the other (``DUP_CONTAINMENT``): a copy that drops a
paragraph loses cosine fast but keeps containment at 1. On the sample and dev
texts distinct reports stay below 0.25 cosine and 0.18 containment, and
copies cut to half still reach containment 1. Near-duplicates are merged into
clusters (connected components); a cluster's representative is its earliest
article (then the smallest id), so the choice is deterministic.

What the similarity table holds, and why. Listing every pair above a low
cosine grows with the square of the corpus: on a corpus of reports of one
genre nearly every pair shares enough wording to pass 0.3 (168k pairs, 43 MB,
for 2,000 generated articles). The table is therefore bounded to O(n·k) rows:

* every near-duplicate pair, always (the clusters are built from them);
* for each article, its ``TOP_K`` most similar others with cosine at least
  ``MIN_COSINE`` (ties broken by the smaller article id), so a reader can see
  each report's closest relatives without the flood.

A pair appears once even when it is in both articles' top k or is also a
near-duplicate. Containment is given for every listed pair whose cosine is at
least ``CONTAINMENT_FROM`` (null below), as before.

How it is computed (exact, no sampling): cosines come in row blocks of
``BLOCK`` articles against the articles after them; each block is reduced at
once to its top-k candidates per row and per column (which together hold
every row's top k) and to its pairs at or above ``CONTAINMENT_FROM``, so
memory is O(BLOCK·n) for the block plus O(n·k) kept, never an n x n matrix.
The n-grams found in many articles (``DENSE_DF``) are multiplied as a dense
matrix (BLAS), the rare ones as a sparse one: a common n-gram costs df² in a
sparse product but one column of a dense one. Containment is computed only
for the pairs at or above ``CONTAINMENT_FROM`` (the only ones where it can
count), by sparse row intersections, not for all pairs. The time still grows
with the square of the corpus (every cosine is computed: about 0.4 s of CPU
for 2,000 articles here); the memory grows with it only through the pairs at
or above ``CONTAINMENT_FROM`` held until their containment is known (17k of
the 2M pairs of the generated corpus). The dense part is capped at
``DENSE_MAX_BYTES``. The cosines are float32 sums, and which n-grams go dense
depends on the corpus (and on that cap), which changes the order of the sums: the
same pair's rounded cosine can differ by 0.0001 between two corpora (0.07% of
pairs when the cap was changed on 2,000 articles); the near-duplicate decisions
are made on the rounded values.

Why exact and not approximate (MinHash, random projections): near-duplicates
must all be found, or a republished report counts twice; and on reports of
one genre the cosines are packed closely (most pairs 0.3-0.5), so random
projections with 64-256 dimensions recovered only 58-97% of each article's
true 10 best here, at no lower cost than the exact product.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from reportmine.compare.common import blank, release_memory, unit_label
from reportmine.tables.schema import validate

#: Cosine at or above which two bodies are one report republished.
DUP_THRESHOLD = 0.9
#: Containment (shorter body's 8-grams found in the other) at or above which they are too.
DUP_CONTAINMENT = 0.8
SHINGLE = 8
#: Containment counts only for pairs this similar (copies cut to half stay above 0.65).
CONTAINMENT_FROM = 0.5
MIN_SHINGLES = 20
_SPACE = re.compile(r"\s+")
#: Pairs below this cosine are not listed as an article's most similar.
MIN_COSINE = 0.3
#: Most similar others listed per article (besides all near-duplicates).
TOP_K = 10
#: Rows of the similarity matrix computed at once (memory: BLOCK x articles floats).
BLOCK = 256
#: n-grams in at least this share of the articles (and at least 32) go to the dense product.
DENSE_DF = 0.05
#: Most memory the dense part may take (n x dense columns float32); beyond it the rarer
#: of those n-grams stay sparse (slower, but the memory stays linear in the corpus).
DENSE_MAX_BYTES = 128 * 2 ** 20
#: Slack below a threshold when selecting raw float32 cosines; the exact test is on the rounded value.
_EPS = 1e-4


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


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codes, uniques): hash-based, codes numbered in order of first appearance."""
    codes, uniq = pd.factorize(values, sort=False)
    return codes.astype(np.int64, copy=False), np.asarray(uniq)


#: Documents whose n-gram cells are counted at once. The vocabulary is merged chunk by
#: chunk and the TF-IDF weights are computed per chunk, so the temporaries of a step
#: are those of one chunk, not of the whole corpus (at 20,000 articles: 350 MB less).
#: 512 rather than 2,048: at 2,000 articles the step's peak is 50 MB lower, and at
#: 20,000 neither its time nor its peak (then the matrices themselves) moves.
CHUNK_DOCS = 512


def _doc_grams(doc: str) -> tuple[np.ndarray, np.ndarray]:
    """(sorted distinct 2-/3-gram codes, their counts) of one document; codes sort as the strings do."""
    c = _codepoints(_WS_RUNS.sub(" ", doc.lower())).astype(np.int64)
    if len(c) < 2:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    bi = c[:-1] * (_BASE * _BASE) + c[1:] * _BASE
    grams = np.concatenate([bi, bi[:-1] + c[2:] + 1]) if len(c) >= 3 else bi
    return np.unique(grams, return_counts=True)


@dataclass
class _GramChunk:
    """One chunk of documents' cells: columns (codes until the vocabulary is known), counts, cells per document."""

    col: np.ndarray
    counts: np.ndarray
    sizes: np.ndarray


def _gram_chunks(docs: list[str]) -> tuple[list[_GramChunk], int]:
    """Every document's distinct 2-/3-grams, in chunks, with columns numbered in n-gram string
    order (as CountVectorizer numbers them), and the number of columns.

    Each document's codes are counted on their own (one small sort) and the
    vocabulary grows by a sorted merge per chunk, so no array of every cell
    of the corpus exists in int64 beside its int32 columns for long.
    """
    chunks: list[_GramChunk] = []
    vocab = np.empty(0, dtype=np.int64)
    for lo in range(0, len(docs), CHUNK_DOCS):
        part = [_doc_grams(d) for d in docs[lo:lo + CHUNK_DOCS]]
        codes = np.concatenate([u for u, _ in part])
        chunks.append(_GramChunk(codes, np.concatenate([k for _, k in part]).astype(np.int32),
                                 np.array([len(u) for u, _ in part], dtype=np.int64)))
        del part
        vocab = np.union1d(vocab, pd.unique(codes))  # hashed first: only the distinct codes are sorted
    if not len(vocab):
        raise ValueError("empty vocabulary")
    index = pd.Index(vocab)  # sorted codes: a code's position is its string-order column
    for ch in chunks:  # codes -> columns, one chunk at a time
        ch.col = index.get_indexer(ch.col).astype(np.int32)
    return chunks, len(vocab)


def char_ngram_counts(docs: list[str]):
    """Counts of character 2- and 3-grams per document, as a CSR matrix.

    The matrix ``CountVectorizer(analyzer="char", ngram_range=(2, 3),
    dtype=float32)`` builds (lowercased, whitespace runs made one space;
    columns in n-gram string order), entries of a row sorted by column. Raises ValueError when no document has two
    characters, as sklearn does.
    """
    import scipy.sparse as sp

    chunks, n_cols = _gram_chunks(docs)
    indptr = np.zeros(len(docs) + 1, dtype=np.int64)
    np.cumsum(np.concatenate([ch.sizes for ch in chunks]), out=indptr[1:])
    return sp.csr_matrix((np.concatenate([ch.counts for ch in chunks]).astype(np.float32),
                          np.concatenate([ch.col for ch in chunks]), indptr), shape=(len(docs), n_cols))


def _tfidf_parts(docs: list[str]):
    """The l2-normalised sublinear TF-IDF rows (as ``TfidfTransformer(sublinear_tf=True)``
    gives), split into a dense float32 matrix of the frequent columns and a CSR
    matrix of the rest, so that ``D @ D.T + S @ S.T`` is the cosine matrix.

    The weights are computed chunk by chunk (``CHUNK_DOCS`` documents) and
    each chunk's cells go to ``D`` or ``S`` before the next one is weighed;
    every element gets the same float64 operations, in the same order, as
    over the whole corpus at once, so the matrices do not depend on the chunking.
    """
    import scipy.sparse as sp

    n = len(docs)
    chunks, n_cols = _gram_chunks(docs)
    df = np.zeros(n_cols, dtype=np.int64)
    for ch in chunks:
        df += np.bincount(ch.col, minlength=n_cols)
    idf = np.log((1.0 + n) / (1.0 + df)) + 1.0
    dense_cols = df >= max(32, DENSE_DF * n)
    most = max(0, DENSE_MAX_BYTES // (4 * n))
    if dense_cols.sum() > most:  # a large corpus: only the most frequent n-grams go dense
        dense_cols[:] = False
        dense_cols[np.argsort(-df, kind="stable")[:most]] = True
    del df
    pos = (np.cumsum(dense_cols) - 1).astype(np.int32)
    D = np.zeros((n, int(dense_cols.sum())), dtype=np.float32)
    data, indices, per_row = [], [], []
    lo = 0
    chunks.reverse()
    while chunks:
        ch = chunks.pop()  # let go of each chunk once it is placed
        m = len(ch.sizes)
        row = np.repeat(np.arange(m, dtype=np.int32), ch.sizes)
        w = np.log(ch.counts.astype(np.float64))
        w += 1.0
        w *= idf[ch.col]
        norm = np.sqrt(np.bincount(row, weights=w * w, minlength=m))
        w /= np.where(norm > 0, norm, 1.0)[row]
        w32 = w.astype(np.float32)
        del w
        hot = dense_cols[ch.col]
        D[row[hot] + lo, pos[ch.col[hot]]] = w32[hot]
        cold = ~hot
        data.append(w32[cold])
        indices.append(ch.col[cold])
        per_row.append(np.bincount(row[cold], minlength=m))
        lo += m
        del ch, row, w32, hot, cold
    # rows are ascending and each row's columns sorted: the CSR arrays directly, no COO sort
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.concatenate(per_row), out=indptr[1:])
    S = sp.csr_matrix((np.concatenate(data), np.concatenate(indices), indptr), shape=(n, n_cols))
    return D, S


def _dense_ids(parts: list[np.ndarray]) -> tuple[list[np.ndarray], int]:
    """Each distinct int64 value across ``parts`` replaced by a dense id (0..n-1), parts kept apart.

    Empties ``parts`` once they are concatenated (callers pass a list they are done with).
    """
    if not parts:
        return [], 0
    at = np.cumsum([len(p) for p in parts])[:-1]
    flat = np.concatenate(parts)
    parts.clear()  # the caller's list: its arrays go before the hash table and the ids come
    inv, uniq = _factorize(flat)
    del flat
    return np.split(inv, at), len(uniq)


def _shingle_matrix(texts: list[str]):
    """Binary document x character-8-gram matrix (sorted indices), and each text's distinct 8-gram count.

    The same sets ``_shingles`` builds (whitespace removed; a text shorter than
    8 characters is one shingle). An 8-gram is identified exactly, without
    hashing: when every character is in the BMP, as two packed 4-grams (one
    table lookup of 4-gram ids, then an integer pair); otherwise by pairing
    dense ids, characters -> bigrams -> 4-grams -> 8-grams. Column numbers
    are these integer codes (a wide matrix, nothing is allocated per column).
    """
    import scipy.sparse as sp

    n = len(texts)
    sizes = np.ones(n, dtype=np.int64)
    cps = [_codepoints("".join(t.split())) for t in texts]  # str.split's whitespace is re's \s
    keep = [i for i, c in enumerate(cps) if len(c) >= SHINGLE]  # shorter: one shingle, below MIN_SHINGLES
    if not keep:
        return sp.csr_matrix((n, 0), dtype=np.int8), sizes
    if all(int(cps[i].max()) < 0x10000 for i in keep):
        k4 = []
        for i in keep:
            c = cps[i].astype(np.uint64)
            k4.append((c[:-3] << np.uint64(48)) | (c[1:-2] << np.uint64(32)) | (c[2:-1] << np.uint64(16)) | c[3:])
        del cps
        ids, n4 = _dense_ids(k4)
        del k4  # each step's arrays go before the next one's peak
        codes = [a[:-4] * n4 + a[4:] for a in ids]
        del ids
        n_codes = n4 * n4
    else:
        ids, n_ids = _dense_ids([cps[i][:-1].astype(np.int64) * _BASE + cps[i][1:] for i in keep])
        for step in (2, 4):  # bigram ids -> 4-gram ids -> 8-gram ids
            ids, n_ids = _dense_ids([a[:-step] * n_ids + a[step:] for a in ids])
        codes, n_codes = ids, n_ids
    if n_codes * n < 2 ** 62:
        # one (row, code) cell per 8-gram, packed as row * n_codes + code in place, text by
        # text: no corpus-long row and code arrays beside the cells
        for i, a in zip(keep, codes):
            a += i * n_codes
        cell = np.concatenate(codes)
        del codes
        cell.sort()
        new = np.empty(len(cell), dtype=bool)
        new[0] = True
        np.not_equal(cell[1:], cell[:-1], out=new[1:])
        cell = cell[new]
        del new
        # sorted cells: each row's count from the row bounds, its codes in place of the cells
        counts = np.diff(np.searchsorted(cell, np.arange(n + 1, dtype=np.int64) * n_codes))
        flat = np.remainder(cell, n_codes, out=cell)
        del cell
    else:  # too many codes to pack a row with them: one sort per text
        uniq = [np.unique(a) for a in codes]
        rows = np.repeat(np.array(keep, dtype=np.int64), [len(u) for u in uniq])
        flat = np.concatenate(uniq)
        counts = np.bincount(rows, minlength=n)
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    # int8 ones (the intersections are summed as int64): an eighth of int64 ones
    M = sp.csr_matrix((np.ones(len(flat), dtype=np.int8), flat, indptr), shape=(n, max(1, int(n_codes))))
    M.has_sorted_indices = True
    sizes[counts > 0] = counts[counts > 0]
    return M, sizes


def _intersections(M, a: np.ndarray, b: np.ndarray, chunk: int = 1024) -> np.ndarray:
    """Shared 8-grams of rows a[k] and b[k] of a binary CSR matrix, for every k (chunked)."""
    out = np.zeros(len(a), dtype=np.int64)
    for lo in range(0, len(a), chunk):
        sa, sb = M[a[lo:lo + chunk]], M[b[lo:lo + chunk]]
        out[lo:lo + chunk] = np.asarray(sa.multiply(sb).sum(axis=1)).ravel()
    return out


def _ratio(M, sizes: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    small = np.minimum(sizes[a], sizes[b])
    out = np.zeros(len(a), dtype=np.float64)
    ok = small >= MIN_SHINGLES
    if ok.any() and M.shape[1]:
        out[ok] = _intersections(M, a[ok], b[ok]) / small[ok]
    return out


def containments(texts: list[str], ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """``containment(texts[i], texts[j])`` for every pair at once (no Python loop over pairs)."""
    if not len(ii):
        return np.zeros(0, dtype=np.float64)
    M, sizes = _shingle_matrix(texts)
    return _ratio(M, sizes, np.asarray(ii, dtype=np.int64), np.asarray(jj, dtype=np.int64))


def _top_per_row(r: np.ndarray, c: np.ndarray, v: np.ndarray, k: int) -> tuple[np.ndarray, ...]:
    """Of directed entries (row, other, value), each row's k best: highest value, then smallest other."""
    order = np.lexsort((c, -v, r))
    r, c, v = r[order], c[order], v[order]
    first = np.searchsorted(r, r, side="left")
    keep = np.arange(len(r)) - first < k
    return r[keep], c[keep], v[keep]


def _scan(D, S, k: int, min_cos: float, gate: float):
    """One pass over the cosine matrix in row blocks (upper triangle only).

    Returns each row's top-k entries (row, other, cosine) at or above
    ``min_cos``, and every pair (i < j) at or above ``gate``.
    """
    import scipy.sparse as sp

    n = D.shape[0]
    top = (np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0, np.float32))
    gi, gj, gv = [], [], []
    for lo in range(0, n, BLOCK):
        hi = min(n, lo + BLOCK)
        G = D[lo:hi] @ D[lo:].T
        b, m = G.shape
        if S.nnz:
            # rows lo.. of S as views of its arrays (S[lo:] would copy them), transposed to
            # CSR here (the product would convert it anyway, beside the copy)
            at = S.indptr[lo]
            rest = sp.csr_matrix((S.data[at:], S.indices[at:], S.indptr[lo:] - at), shape=(m, S.shape[1]))
            rest = rest.T.tocsr()
            part = S[lo:hi] @ rest
            del rest
            G += part.toarray()  # (SciPy's public API: one dense block beside G, freed at once)
            del part
        G[np.tril_indices(b, 0, m)] = -np.inf  # j <= i: the diagonal and pairs seen in an earlier block
        ri, ci = np.nonzero(G >= gate)
        gi.append(ri + lo)
        gj.append(ci + lo)
        gv.append(G[ri, ci])
        # each row's and each column's best in this block: together they hold every row's best
        # (copied out, so that each partitioned copy of G goes at once)
        kth_row = np.partition(G, m - k, axis=1)[:, m - k].copy() if m > k else np.full(b, -np.inf, np.float32)
        kth_col = np.partition(G, b - k, axis=0)[b - k].copy() if b > k else np.full(m, -np.inf, np.float32)
        ri, ci = np.nonzero((G >= np.maximum(kth_row, min_cos)[:, None])
                            | (G >= np.maximum(kth_col, min_cos)[None, :]))
        vals = G[ri, ci]
        r, c = ri + lo, ci + lo
        top = _top_per_row(np.concatenate([top[0], r, c]), np.concatenate([top[1], c, r]),
                           np.concatenate([top[2], vals, vals]), k)
        del G
    return top, (np.concatenate(gi), np.concatenate(gj), np.concatenate(gv))


def _round4(values: np.ndarray) -> np.ndarray:
    # Python's round (correctly rounded), as the per-pair code did; np.round can differ in the last place
    return np.array([round(v, 4) for v in np.asarray(values, dtype=np.float64).tolist()], dtype=np.float64)


@dataclass
class PairCore:
    """The pairs of a set of texts, before the articles' units and titles are attached.

    ``ids`` are the texts compared (sorted, blank ones left out); the pair
    ``k`` is ``ids[ii[k]]``, ``ids[jj[k]]`` (``ii < jj``). Computed from the
    texts alone, so a batch run can start it before its articles table exists.
    """

    ids: list[str]
    ii: np.ndarray
    jj: np.ndarray
    cosine: np.ndarray
    containment: np.ndarray
    near: np.ndarray
    settings: tuple[float, float, int]


def _no_pairs(ids: list[str], settings: tuple[float, float, int]) -> PairCore:
    empty = np.empty(0, dtype=np.int64)
    return PairCore(ids, empty, empty, np.empty(0), np.empty(0), np.empty(0, dtype=bool), settings)


def pair_core(texts: Mapping[str, str], min_cosine: float = MIN_COSINE, dup_threshold: float = DUP_THRESHOLD,
              top_k: int = TOP_K) -> PairCore:
    """Every near-duplicate pair and each text's ``top_k`` most similar others, as arrays."""
    settings = (min_cosine, dup_threshold, top_k)
    ids = sorted(a for a, t in texts.items() if (t or "").strip())
    if len(ids) < 2:
        return _no_pairs(ids, settings)
    docs = [texts[a] for a in ids]
    n = len(ids)
    try:
        D, S = _tfidf_parts(docs)
    except ValueError:  # nothing but stop characters
        return _no_pairs(ids, settings)
    from threadpoolctl import threadpool_limits

    gate = min(CONTAINMENT_FROM, dup_threshold)
    with threadpool_limits(1, user_api="blas"):  # one BLAS thread: the blocks are small, threads cost more CPU than they save
        (tr, tc, tv), (gi, gj, gv) = _scan(D, S, max(1, top_k), min_cosine - _EPS, gate - _EPS)
    del D, S  # before the shingles are built: the two peaks do not stack
    release_memory()
    # pairs similar enough to be near-duplicates, by cosine or (from CONTAINMENT_FROM) by containment
    g_cos = _round4(np.minimum(gv, 1.0))
    gated = g_cos >= gate
    gi, gj, g_cos = gi[gated], gj[gated], g_cos[gated]
    M, sizes = _shingle_matrix(docs)
    g_cont = np.full(len(gi), np.nan)
    check = g_cos >= CONTAINMENT_FROM
    g_cont[check] = _round4(_ratio(M, sizes, gi[check], gj[check]))
    del M
    release_memory()
    g_dup = (g_cos >= dup_threshold) | (np.nan_to_num(g_cont, nan=0.0) >= DUP_CONTAINMENT)
    # listed: every near-duplicate, and each article's top k (as i < j)
    t_cos = _round4(np.minimum(tv, 1.0))
    keep_top = t_cos >= min_cosine
    ta, tb = np.minimum(tr, tc)[keep_top], np.maximum(tr, tc)[keep_top]
    key = np.unique(np.concatenate([gi[g_dup] * n + gj[g_dup], ta * n + tb]))
    ii, jj = key // n, key % n
    t_key = ta * n + tb
    cos = np.empty(len(key))
    cos[np.searchsorted(key, t_key)] = t_cos[keep_top]
    g_key = gi * n + gj  # ascending: the scan goes row by row
    order = np.argsort(g_key, kind="stable")
    g_key, g_cos, g_cont = g_key[order], g_cos[order], g_cont[order]
    at = np.minimum(np.searchsorted(g_key, key), max(len(g_key) - 1, 0))
    in_gate = (g_key[at] == key) if len(g_key) else np.zeros(len(key), dtype=bool)
    cos[in_gate] = g_cos[at[in_gate]]
    cont = np.where(in_gate, g_cont[at] if len(g_key) else np.nan, np.nan)
    near = (cos >= dup_threshold) | (np.nan_to_num(cont, nan=0.0) >= DUP_CONTAINMENT)
    return PairCore(ids, ii, jj, cos, cont, near, settings)


def similarity_pairs(articles: pd.DataFrame, texts: Mapping[str, str],
                     min_cosine: float = MIN_COSINE, dup_threshold: float = DUP_THRESHOLD,
                     top_k: int = TOP_K, core: PairCore | None = None) -> pd.DataFrame:
    """Every near-duplicate pair, and each article's ``top_k`` most similar others at or above ``min_cosine``.

    ``core`` is a ``pair_core`` computed beforehand (a batch run starts it
    early, in a child process); it is used only when it covers exactly these
    articles' texts with these settings, else the pairs are computed here.
    """
    cols = ["article_a", "article_b", "unit_a", "unit_b", "title_a", "title_b", "cosine", "containment",
            "near_duplicate"]
    meta = articles.drop_duplicates("article_id").set_index("article_id")
    ids = sorted(a for a in meta.index if (texts.get(a) or "").strip())
    settings = (min_cosine, dup_threshold, top_k)
    if core is None or core.ids != ids or core.settings != settings:
        core = pair_core({a: texts[a] for a in ids}, min_cosine, dup_threshold, top_k)
    if not len(core.ii):
        return validate(pd.DataFrame(columns=cols), "similarity")
    ii, jj = core.ii, core.jj
    ids_arr = np.array(ids, dtype=object)
    unit, title = meta["unit"].reindex(ids).to_numpy(object), meta["title"].reindex(ids).to_numpy(object)
    df = pd.DataFrame({
        "article_a": ids_arr[ii], "article_b": ids_arr[jj], "unit_a": unit[ii], "unit_b": unit[jj],
        "title_a": title[ii], "title_b": title[jj], "cosine": core.cosine,
        "containment": pd.array(core.containment, dtype="Float64"),
        "near_duplicate": core.near,
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

    dup = pairs["near_duplicate"].fillna(False).astype(bool).to_numpy()
    for a, b in zip(pairs["article_a"].to_numpy(object)[dup].tolist(), pairs["article_b"].to_numpy(object)[dup].tolist()):
        if a in parent and b in parent:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for a in sorted(meta.index):
        groups.setdefault(find(a), []).append(a)

    date_of = dict(zip(meta.index.tolist(), meta["date"].astype(object).tolist()))
    unit_of = dict(zip(meta.index.tolist(), meta["unit"].astype(object).tolist()))

    def order(a: str) -> tuple[int, str, str]:
        d = date_of[a]
        return (1, "", a) if blank(d) else (0, str(d), a)

    from reportmine.compare.institutions import institution_map

    inst = institution_map(meta["unit"].tolist(), roll_up_subunits)
    rows = []
    for members in groups.values():
        rep = min(members, key=order)
        event = (events or {}).get(rep) or rep
        for a in members:
            unit = unit_label(unit_of[a])
            rows.append({"article_id": a, "unit": unit, "cluster": rep,
                         "cluster_size": len(members), "is_representative": a == rep, "event": event,
                         "institution": inst[unit]})
    cols = ["article_id", "unit", "cluster", "cluster_size", "is_representative", "event", "institution"]
    return validate(pd.DataFrame(rows, columns=cols), "article_clusters")
