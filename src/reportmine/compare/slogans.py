"""Slogans across units, and recurring phrases that may be slogans not yet listed.

``compare_slogans`` counts each slogan per unit over distinct articles only
(one representative per near-duplicate cluster), with numbered formulas
expanded from ``resources/numbered_slogans.tsv`` when the extractor did not.

``slogan_candidates`` is for a person to review: word n-grams (2-12 jieba
words, CJK only, 、 allowed inside, mostly not generic report words) that recur in several distinct articles and units but are
neither in the slogan lexicons nor already extracted, nor a meeting type, a
post or a party, leading or inspection body (巡察工作领导小组). Function words
(resources/compare_function_words.tsv) neither open nor close one.
Phrases inside a longer candidate with the same spread are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from reportmine import resources
from reportmine.compare.common import FunctionWords, blank, dates_range, function_words, join, pylist, release_memory, stopwords
from reportmine.tables.schema import validate

_PUNCT = re.compile(r"[、，,；;：:“”\"'‘’「」《》\s]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
MAX_CANDIDATES = 200


def _norm(s: str) -> str:
    return _PUNCT.sub("", s)


@resources.derived
def numbered_expansions() -> dict[str, str]:
    """Formula (and alias) -> its expansion joined by 、 (empty when unknown)."""
    try:
        rows = resources.load_table("numbered_slogans.tsv")
    except FileNotFoundError:
        return {}
    out = {}
    for r in rows:
        exp = "、".join(x for x in (r.get("expansion") or "").split("|") if x)
        for name in [r.get("name") or ""] + (r.get("aliases") or "").split("|"):
            if name:
                out[name] = exp
    return out


@resources.derived
def lexicon_phrases() -> tuple[str, ...]:
    """Normalized slogans the project already knows (absent files tolerated)."""
    known: list[str] = []
    try:
        known += list(resources.load_lines("slogans.txt"))
    except FileNotFoundError:
        pass
    known += list(numbered_expansions())
    try:
        known += [r["type"] for r in resources.load_table("meeting_types.tsv") if r.get("type")]
    except FileNotFoundError:
        pass
    return tuple(sorted({_norm(k) for k in known if _norm(k)}))


@resources.derived
def _titles() -> tuple[str, ...]:
    try:
        return tuple(t for t in resources.load_lines("person_titles.txt") if len(t) >= 2)
    except FileNotFoundError:
        return ()


class _Covers:
    """Whether a phrase is inside, or contains, any of a set of known phrases.

    Same answer as ``any(flat in k or k in flat for k in known)`` without a
    loop over the known phrases: "inside" is one substring search in the
    known phrases joined by a separator, "contains" is one regex alternation.
    """

    def __init__(self, known: tuple[str, ...]) -> None:
        known = tuple(k for k in dict.fromkeys(known) if k)
        self._joined = "\x00".join(known)
        self._inner = re.compile("|".join(map(re.escape, sorted(known, key=len)))) if known else None

    def overlaps(self, flat: str) -> bool:
        if self._inner is None:
            return False
        if not flat:
            return True  # the empty string is in every known phrase
        return flat in self._joined or self._inner.search(flat) is not None


def compare_slogans(slogans: pd.DataFrame, clusters: pd.DataFrame) -> pd.DataFrame:
    """Slogan x unit counts over distinct articles, with expansions and first/last dates."""
    cols = ["text", "unit", "kind", "count", "n_articles", "expansion", "first_date", "last_date", "article_ids"]
    reps = clusters.loc[clusters["is_representative"].astype(bool), ["article_id", "unit"]]
    # an input read twice (same body, same id) must not count twice
    df = slogans.drop_duplicates(["article_id", "text", "kind"]).drop(columns=["unit"])
    df = df.merge(reps, on="article_id", how="inner")
    expansions = numbered_expansions()
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for text, unit, kind, count, exp, date, aid in zip(pylist(df["text"]), pylist(df["unit"]), pylist(df["kind"]),
                                                       df["count"], pylist(df["expansion"]), pylist(df["date"]),
                                                       pylist(df["article_id"])):
        if blank(text):
            continue
        g = groups.setdefault((text, unit), {"kinds": {}, "count": 0, "exp": None, "dates": [], "ids": set()})
        if not blank(kind):
            g["kinds"][kind] = g["kinds"].get(kind, 0) + 1
        g["count"] += 1 if blank(count) else int(count)
        if g["exp"] is None and not blank(exp):
            g["exp"] = exp
        g["dates"].append(date)
        g["ids"].add(aid)
    rows = []
    for (text, unit), g in sorted(groups.items()):
        first, last = dates_range(g["dates"])
        kind = min(g["kinds"], key=lambda k: (-g["kinds"][k], k)) if g["kinds"] else None
        rows.append({"text": text, "unit": unit, "kind": kind, "count": g["count"], "n_articles": len(g["ids"]),
                     "expansion": g["exp"] or expansions.get(text) or None, "first_date": first, "last_date": last,
                     "article_ids": join(sorted(g["ids"]))})
    return validate(pd.DataFrame(rows, columns=cols), "compare_slogans")


#: Tokens that may sit inside a candidate (节水优先、空间均衡、系统治理) but not at its ends.
_JOINERS = frozenset({"、"})


def _ngrams(tokens: list[str], lo: int = 2, hi: int = 12) -> list[str]:
    """Runs of 2..12 CJK words (、 allowed inside), at least 4 characters long,
    neither starting nor ending with a generic report word or a function word
    (compare_function_words.tsv: no 了|习近平, 中存在|的), and not made mostly of
    generic words. (The plain definition; ``_gram_spans`` computes the same.)
    """
    stop = stopwords()
    plain = function_words()
    out: list[str] = []
    run: list[str] = []
    for tok in tokens + [""]:
        if _CJK.match(tok or "-") or (tok in _JOINERS and run):
            run.append(tok)
            continue
        if len(run) >= lo:
            _run_grams(run, lo, hi, stop, plain, out)
        run = []
    return out


def _run_grams(run: list[str], lo: int, hi: int, stop: frozenset[str], plain: FunctionWords,
               out: list[str]) -> None:
    n = len(run)
    edge_bad = [t in _JOINERS or t in stop for t in run]
    edges = [plain.edges(t) for t in run]
    for i in range(n):
        if edge_bad[i] or edges[i][0]:
            continue
        text, words, stops = "", 0, 0
        for j in range(i, min(n, i + hi)):
            tok = run[j]
            text += tok
            if tok not in _JOINERS:
                words += 1
                stops += tok in stop
            if j - i + 1 < lo or edge_bad[j] or edges[j][1] or len(text) < 4 or stops * 2 > words:
                continue
            out.append(text)


_KINDS: dict[tuple[frozenset[str], FunctionWords], dict[str, int]] = {}


def _token_kinds(stop: frozenset[str], plain: FunctionWords) -> dict[str, int]:
    """Memo of token -> bit flags (see ``_kind_of``), one per stopword set and function-word rules."""
    return _KINDS.setdefault((stop, plain), {})


def _kind_of(tok: str, memo: dict[str, int], stop: frozenset[str], plain: FunctionWords) -> int:
    """Bit flags: 1 CJK word, 2 joiner, 4 generic word, 8 opens no phrase, 16 closes none."""
    opens_none, closes_none = plain.edges(tok)
    code = (1 if _CJK.match(tok or "-") else 0) | (2 if tok in _JOINERS else 0) | (4 if tok in stop else 0) \
        | (8 if opens_none else 0) | (16 if closes_none else 0)
    if len(memo) < 500_000:
        memo[tok] = code
    return code


def _kind_codes(tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Bit flags (``_kind_of``) and length of each token (each distinct token tested once)."""
    stop = stopwords()
    plain = function_words()
    kinds = _token_kinds(stop, plain)
    if not tokens:
        return np.empty(0, np.int8), np.empty(0, np.int64)
    index, uniq = pd.factorize(np.array(tokens, dtype=object))
    uniq = uniq.tolist()
    codes = np.array([kinds[t] if t in kinds else _kind_of(t, kinds, stop, plain) for t in uniq], dtype=np.int8)
    lens = np.array([len(t) for t in uniq], dtype=np.int64)
    return codes[index], lens[index]


def _prefix_sums(values: np.ndarray, dtype: type) -> np.ndarray:
    """0 followed by the running sums of ``values``, in ``dtype``."""
    out = np.zeros(len(values) + 1, dtype=dtype)
    np.cumsum(values, dtype=dtype, out=out[1:])
    return out


def _gram_spans(codes: np.ndarray, lens: np.ndarray, lo: int = 2, hi: int = 12,
                chunk: int = 8192) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first token, start offset, end offset) in ``"".join(tokens)`` of every n-gram ``_ngrams`` gives.

    Each (start, length) pair of a run is tested at once with cumulative
    sums of characters, words and generic words, in chunks of start tokens
    so the (start x length) arrays stay small. A token of kind 0 (an empty
    string, say) ends a run, so several documents can be done in one call.
    """
    n = len(codes)
    none = (np.empty(0, np.int64),) * 3
    if n < lo:
        return none
    # (this runs on the whole corpus at once: positions and offsets are kept in
    # 32 bits when the corpus allows, and each array is let go once used)
    offset = np.int32 if int(lens.sum()) + n < 2 ** 31 else np.int64
    cjk, joiner, stopw = (codes & 1) > 0, (codes & 2) > 0, (codes & 4) > 0
    # a joiner (、) is inside a run when the last word before it is a CJK word
    last_word = np.where(joiner, offset(-1), np.arange(n, dtype=offset))
    np.maximum.accumulate(last_word, out=last_word)
    in_run = cjk | (joiner & (last_word >= 0) & cjk[np.maximum(last_word, 0)])
    del last_word
    if not in_run.any():
        return none
    ends = _prefix_sums(lens, offset)                        # char offset of each token, and the end
    words = _prefix_sums(in_run & ~joiner, offset)
    stops = _prefix_sums(in_run & ~joiner & stopw, offset)
    # run_end[k]: first index after k's run (k itself when k is outside a run)
    idx = np.arange(n, dtype=offset)
    brk = np.flatnonzero(~in_run).astype(offset)
    nxt = np.searchsorted(brk, idx).astype(offset)
    run_end = np.where(nxt < len(brk), brk[np.minimum(nxt, max(len(brk) - 1, 0))] if len(brk) else n, n).astype(offset)
    del nxt
    run_start_ok = np.ones(n, dtype=bool)
    if len(brk):
        # a run shorter than lo yields nothing: the original skips it whole
        prev_brk = np.concatenate([np.full(1, -1, offset), brk])[np.searchsorted(brk, idx, side="right")]
        run_start_ok = (run_end - prev_brk - 1) >= lo
        del prev_brk
    else:
        run_start_ok[:] = n >= lo
    del idx, brk
    edge_bad = joiner | (stopw & in_run)
    end_bad = edge_bad | ((codes & 16) > 0)
    all_starts = np.flatnonzero(in_run & ~edge_bad & ((codes & 8) == 0) & run_start_ok).astype(offset)
    del edge_bad, run_start_ok, in_run, cjk, joiner, stopw
    out_t, out_a, out_b = [], [], []
    width = np.arange(hi, dtype=offset)[None, :]
    for c0 in range(0, len(all_starts), chunk):
        starts = all_starts[c0:c0 + chunk]
        I = starts[:, None]
        J = I + width
        ok = J < run_end[starts][:, None]
        Jc = np.minimum(J, n - 1)
        L = ends[Jc + 1] - ends[I]
        W = words[Jc + 1] - words[I]
        S = stops[Jc + 1] - stops[I]
        ok &= (J - I + 1 >= lo) & ~end_bad[Jc] & (L >= 4) & (S * 2 <= W)
        si, sj = np.nonzero(ok)
        first = starts[si]
        out_t.append(first)
        out_a.append(ends[first])
        out_b.append(ends[first + sj + 1])
    if not out_t:
        return none
    return np.concatenate(out_t), np.concatenate(out_a), np.concatenate(out_b)


def _doc_ngrams(tokens: list[str], lo: int = 2, hi: int = 12) -> list[str]:
    """The n-grams ``_ngrams`` gives (same multiset), with the checks done as array operations."""
    if len(tokens) < lo:
        return []
    _, a, b = _gram_spans(*_kind_codes(tokens), lo=lo, hi=hi)
    text = "".join(tokens)
    return [text[x:y] for x, y in zip(a.tolist(), b.tolist())]


#: Two odd multipliers for the polynomial hashes of phrases (arithmetic mod 2**64).
_HASH_BASES = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F)


def _hash_tables(text: str, base: int) -> tuple[np.ndarray, np.ndarray]:
    """(prefix sums of c[i]·B^(N-1-i), B^-k for k = 0..N), mod 2**64, of ``text``'s code points."""
    # (arrays of the text's length are made one after another and let go, in
    # place where possible: this runs on the whole corpus at once)
    c = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    N = len(c)
    powers = np.full(N, np.uint64(base), dtype=np.uint64)
    powers[0] = 1
    np.cumprod(powers, dtype=np.uint64, out=powers)          # B**k mod 2**64
    c *= powers[::-1]
    del powers
    prefix = np.zeros(N + 1, dtype=np.uint64)
    np.cumsum(c, dtype=np.uint64, out=prefix[1:])
    del c
    inv = np.full(N + 1, np.uint64(pow(base, -1, 2 ** 64)), dtype=np.uint64)
    inv[0] = 1
    np.cumprod(inv, dtype=np.uint64, out=inv)                # B**-k mod 2**64
    return prefix, inv


def _span_hashes(tables: tuple[np.ndarray, np.ndarray], a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Hash of each ``text[a[k]:b[k]]`` from ``_hash_tables(text, base)``."""
    prefix, inv = tables
    out = prefix[b]
    out -= prefix[a]
    out *= inv[len(prefix) - 1 - b]
    return out


def _substring_hashes(text: str, a: np.ndarray, b: np.ndarray, base: int) -> np.ndarray:
    """Polynomial hash (mod 2**64) of each ``text[a[k]:b[k]]``, all at once.

    With prefix sums of c[i]·B^(N-1-i), the hash of any substring is a
    difference times a power of B's inverse: no string is built.
    """
    return _span_hashes(_hash_tables(text, base), a, b)


#: Neighbours in hash order compared at once (the first hashes; the collision check).
_NEIGHBOUR_CHUNK = 1 << 20


def _collision(text: str, a: np.ndarray, b: np.ndarray, new: np.ndarray) -> bool:
    """Whether two neighbours that share the first hash (``~new``) are distinct phrases:
    their second hash or their length differs. Only those neighbours are hashed again,
    a chunk at a time (most n-grams of a corpus repeat: millions of neighbour pairs)."""
    tables = None
    for lo in range(0, len(new) - 1, _NEIGHBOUR_CHUNK):
        first = np.flatnonzero(~new[lo + 1:lo + 1 + _NEIGHBOUR_CHUNK]) + lo
        second = first + 1
        a0, b0, a1, b1 = a[first], b[first], a[second], b[second]
        del first, second
        if np.any((b0 - a0) != (b1 - a1)):
            return True
        if tables is None:
            tables = _hash_tables(text, _HASH_BASES[1])  # (one table of the corpus for every chunk)
        if np.any(_span_hashes(tables, a0, b0) != _span_hashes(tables, a1, b1)):
            return True
    return False


def _count_ngrams(docs: list[list[str]], min_df: int) -> tuple[list[str], list[list[int]], list[int]]:
    """Phrases (sorted) found in at least ``min_df`` documents, their documents and total counts.

    What ``CountVectorizer(analyzer=_ngrams, min_df=min_df)`` gives. All
    documents are done in one pass: n-grams are located as character spans
    of the joined corpus and identified by two 64-bit polynomial hashes plus
    their length, then grouped by one integer sort; only the phrases that
    reach ``min_df`` are cut out as strings. Should two distinct phrases ever
    share the first hash, the second tells and the phrases are counted as
    strings instead.
    """
    flat: list[str] = []
    for d in docs:
        flat.extend(d)
        flat.append("")  # ends any run: no n-gram spans two documents
    tok, a, b = _gram_spans(*_kind_codes(flat))
    if not len(tok):
        return [], [], []
    doc = np.repeat(np.arange(len(docs), dtype=np.int32), [len(d) + 1 for d in docs])[tok]
    del tok
    text = "".join(flat)
    del flat
    # (the arrays below hold one entry per n-gram of the corpus, the step's peak
    # memory: each is let go, or reordered in place of the old one, as soon as done)
    h1 = _substring_hashes(text, a, b, _HASH_BASES[0])
    order = np.argsort(h1, kind="stable")                   # stable: documents stay ascending in a group
    # where a new phrase starts in hash order, from the sorted hashes a chunk at a time
    # (no sorted copy of every hash beside them and the order)
    new = np.empty(len(h1), dtype=bool)
    new[0] = True
    for lo in range(0, len(h1) - 1, _NEIGHBOUR_CHUNK):
        hs = h1[order[lo:lo + _NEIGHBOUR_CHUNK + 1]]
        np.not_equal(hs[1:], hs[:-1], out=new[lo + 1:lo + len(hs)])
    del h1
    doc = doc[order]
    a = a[order]
    b = b[order]
    del order
    if _collision(text, a, b, new):
        return _count_ngrams_strings(docs, min_df)  # a hash collision: count strings
    new_doc = new.copy()
    new_doc[1:] |= doc[1:] != doc[:-1]
    group = np.cumsum(new, dtype=np.int32 if len(new) < 2 ** 31 else np.int64)
    group -= 1
    df = np.bincount(group, weights=new_doc).astype(np.int64)
    total = np.bincount(group)
    starts = np.flatnonzero(new)
    del new
    kept = np.flatnonzero(df >= min_df)
    del df
    doc_starts = np.flatnonzero(new_doc)
    del new_doc
    doc_group = group[doc_starts]
    del group
    lo = np.searchsorted(doc_group, kept, side="left")
    hi = np.searchsorted(doc_group, kept, side="right")
    del doc_group
    # the kept phrases' documents as Python ints, one int object per document shared by all
    # lists (a common phrase is in most documents: 10,000 articles give ~10M entries)
    docs_at = np.array(range(len(docs)), dtype=object)[doc[doc_starts]]
    del doc, doc_starts
    first = starts[kept]
    del starts
    spans = zip(a[first].tolist(), b[first].tolist())
    del a, b
    rows = []
    for g, (x0, y0), x, y in zip(kept.tolist(), spans, lo.tolist(), hi.tolist()):
        rows.append((text[x0:y0], docs_at[x:y].tolist(), int(total[g])))
    rows.sort(key=lambda r: r[0])
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]


def _count_ngrams_strings(docs: list[list[str]], min_df: int) -> tuple[list[str], list[list[int]], list[int]]:
    """``_count_ngrams`` with a Counter of strings per document (the fallback)."""
    from collections import Counter

    per_doc = [Counter(_doc_ngrams(d)) for d in docs]
    df: Counter[str] = Counter()
    for c in per_doc:
        df.update(c.keys())
    vocab = sorted(g for g, k in df.items() if k >= min_df)
    post: dict[str, list[int]] = {g: [] for g in vocab}
    total: dict[str, int] = dict.fromkeys(vocab, 0)
    for d, c in enumerate(per_doc):
        for g in post.keys() & c.keys():
            post[g].append(d)
            total[g] += c[g]
    return vocab, [post[g] for g in vocab], [total[g] for g in vocab]


def slogan_candidates(tokens: Mapping[str, list[str]], texts: Mapping[str, str], clusters: pd.DataFrame,
                      slogans: pd.DataFrame | None = None, min_articles: int = 2,
                      min_units: int | None = None, limit: int = MAX_CANDIDATES) -> pd.DataFrame:
    """Recurring n-grams of distinct articles that no lexicon or extraction covers."""
    cols = ["phrase", "n_articles", "n_units", "count", "units", "example_article_id",
            "example_span_start", "example_span_end", "example_context"]
    reps = clusters.loc[clusters["is_representative"].astype(bool)].sort_values("article_id")
    ids = [a for a in reps["article_id"] if tokens.get(a)]
    if len(ids) < min_articles:
        return validate(pd.DataFrame(columns=cols), "slogan_candidates")
    unit_of = dict(zip(pylist(reps["article_id"]), pylist(reps["unit"])))
    if min_units is None:
        min_units = 2 if len({unit_of[a] for a in ids}) >= 2 else 1
    vocab, postings, totals = _count_ngrams([tokens[a] for a in ids], max(1, min_articles))
    release_memory()
    if not vocab:  # no n-gram reaches min_articles
        return validate(pd.DataFrame(columns=cols), "slogan_candidates")
    covers = _Covers(lexicon_phrases() + tuple(sorted({_norm(t) for t in (
        slogans["text"].dropna() if slogans is not None else [])})))
    titles = _titles()
    from reportmine.extract.organizations import steering_endings

    bodies = steering_endings()
    found: list[dict[str, Any]] = []
    doc_units = [unit_of[a] for a in ids]
    for phrase, docs, total in zip(vocab, postings, totals):
        flat = _norm(phrase)
        if covers.overlaps(flat):
            continue
        if titles and flat.endswith(titles):
            continue  # 局党组书记: a post, not a slogan
        if flat.endswith(bodies):
            continue  # 巡察工作领导小组, 街道党工委: a body, not a slogan
        units = sorted({doc_units[i] for i in docs})
        if len(units) < min_units:
            continue
        found.append({"phrase": phrase, "n_articles": len(docs), "n_units": len(units),
                      "count": total, "units": join(units), "_docs": docs})
    # keep maximal phrases: drop one contained in a longer candidate with the same spread
    found.sort(key=lambda r: (-len(r["phrase"]), r["phrase"]))
    # (a phrase inside a dropped one is inside the longer one that dropped it, so inside any
    # longer candidate of the same spread is the same test)
    same_spread: dict[int, list[str]] = {}
    for r in found:
        same_spread.setdefault(r["n_articles"], []).append(r["phrase"])
    joined = {n: "\x00".join(ps) for n, ps in same_spread.items()}
    kept = [r for r in found if joined[r["n_articles"]].count(r["phrase"]) < 2]  # once: its own entry
    kept.sort(key=lambda r: (-r["n_articles"], -r["n_units"], -r["count"], -len(r["phrase"]), r["phrase"]))
    rows = []
    for r in kept[:limit]:
        aid = ids[r.pop("_docs")[0]]
        text = texts.get(aid) or ""
        start = text.find(r["phrase"])
        r.update({"example_article_id": aid,
                  "example_span_start": start if start >= 0 else None,
                  "example_span_end": start + len(r["phrase"]) if start >= 0 else None,
                  "example_context": text[max(0, start - 20): start + len(r["phrase"]) + 20] if start >= 0 else None})
        rows.append(r)
    return validate(pd.DataFrame(rows, columns=cols), "slogan_candidates")
