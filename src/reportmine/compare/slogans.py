"""Slogans across units, and recurring phrases that may be slogans not yet listed.

``compare_slogans`` counts each slogan per unit over distinct articles only
(one representative per near-duplicate cluster), with numbered formulas
expanded from ``resources/numbered_slogans.tsv`` when the extractor did not.

``slogan_candidates`` is for a person to review: word n-grams (2-12 jieba
words, CJK only, 、 allowed inside, mostly not generic report words) that recur in several distinct articles and units but are
neither in the slogan lexicons nor already extracted, nor a meeting type.
Phrases inside a longer candidate with the same spread are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from reportmine import resources
from reportmine.compare.common import blank, dates_range, join, stopwords
from reportmine.tables.schema import validate

_PUNCT = re.compile(r"[、，,；;：:“”\"'‘’「」《》\s]")
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
MAX_CANDIDATES = 200


def _norm(s: str) -> str:
    return _PUNCT.sub("", s)


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
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


@lru_cache(maxsize=1)
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
    for text, unit, kind, count, exp, date, aid in zip(df["text"], df["unit"], df["kind"], df["count"],
                                                       df["expansion"], df["date"], df["article_id"]):
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


def _ngrams(tokens: list[str], lo: int = 2, hi: int = 12, limit_at: np.ndarray | None = None) -> list[str]:
    """Runs of 2..12 CJK words (、 allowed inside), at least 4 characters long,
    neither starting nor ending with a generic report word, and not made mostly
    of such words.

    ``limit_at[p]`` (see ``_extension_limits``), when given, is the furthest
    end offset an n-gram starting at character ``p`` of ``"".join(tokens)``
    may reach and still be found in enough articles; longer ones are not
    generated (they could not reach ``min_df`` anyway).
    """
    stop = stopwords()
    out: list[str] = []
    run: list[str] = []
    offs: list[int] = []
    pos = 0
    for tok in tokens + [""]:
        if _CJK.match(tok or "-") or (tok in _JOINERS and run):
            run.append(tok)
            offs.append(pos)
            pos += len(tok)
            continue
        if len(run) >= lo:
            _run_grams(run, lo, hi, stop, out, offs, limit_at)
        run, offs = [], []
        pos += len(tok)
    return out


def _run_grams(run: list[str], lo: int, hi: int, stop: frozenset[str], out: list[str],
               offs: list[int] | None = None, limit_at: np.ndarray | None = None) -> None:
    n = len(run)
    edge_bad = [t in _JOINERS or t in stop for t in run]
    for i in range(n):
        if edge_bad[i]:
            continue
        limit = None if limit_at is None or offs is None else int(limit_at[offs[i]]) - offs[i]
        text, words, stops = "", 0, 0
        for j in range(i, min(n, i + hi)):
            tok = run[j]
            text += tok
            if limit is not None and len(text) > limit:
                break  # holds a 4-character piece too few articles have: so does every longer one
            if tok not in _JOINERS:
                words += 1
                stops += tok in stop
            if j - i + 1 < lo or edge_bad[j] or len(text) < 4 or stops * 2 > words:
                continue
            out.append(text)


_KINDS: dict[frozenset[str], dict[str, int]] = {}


def _token_kinds(stop: frozenset[str]) -> dict[str, int]:
    """Memo of token -> bit flags (1 CJK word, 2 joiner, 4 generic word), one per stopword set."""
    return _KINDS.setdefault(stop, {})


def _kind_of(tok: str, memo: dict[str, int], stop: frozenset[str]) -> int:
    code = (1 if _CJK.match(tok or "-") else 0) | (2 if tok in _JOINERS else 0) | (4 if tok in stop else 0)
    if len(memo) < 500_000:
        memo[tok] = code
    return code


def _doc_ngrams(tokens: list[str], lo: int = 2, hi: int = 12, limit_at: np.ndarray | None = None) -> list[str]:
    """The n-grams ``_ngrams`` gives (same multiset), with the checks done as array operations.

    Each (start, length) pair of a run is tested at once with cumulative
    sums of characters, words and generic words, and only the n-grams kept
    are cut out of the joined text, instead of growing a string per pair.
    """
    n = len(tokens)
    if n < lo:
        return []
    stop = stopwords()
    kinds = _token_kinds(stop)
    codes = np.fromiter((kinds[t] if t in kinds else _kind_of(t, kinds, stop) for t in tokens),
                        dtype=np.int8, count=n)
    cjk, joiner, stopw = (codes & 1) > 0, (codes & 2) > 0, (codes & 4) > 0
    lens = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=n)
    # a joiner (、) is inside a run when the last word before it is a CJK word
    last_word = np.maximum.accumulate(np.where(~joiner, np.arange(n), -1))
    in_run = cjk | (joiner & (last_word >= 0) & cjk[np.maximum(last_word, 0)])
    if not in_run.any():
        return []
    ends = np.concatenate([[0], np.cumsum(lens)])             # char offset of each token, and the end
    words = np.concatenate([[0], np.cumsum(in_run & ~joiner)])
    stops = np.concatenate([[0], np.cumsum(in_run & ~joiner & stopw)])
    # run_end[k]: first index after k's run (k itself when k is outside a run)
    idx = np.arange(n)
    brk = np.flatnonzero(~in_run)
    nxt = np.searchsorted(brk, idx)
    run_end = np.where(nxt < len(brk), brk[np.minimum(nxt, max(len(brk) - 1, 0))] if len(brk) else n, n)
    run_start_ok = np.ones(n, dtype=bool)
    if len(brk):
        # a run shorter than lo yields nothing: the original skips it whole
        prev_brk = np.concatenate([[-1], brk])[np.searchsorted(brk, idx, side="right")]
        run_start_ok = (run_end - prev_brk - 1) >= lo
    else:
        run_start_ok[:] = n >= lo
    edge_bad = joiner | (stopw & in_run)
    starts = np.flatnonzero(in_run & ~edge_bad & run_start_ok)
    if not len(starts):
        return []
    I = starts[:, None]
    J = I + np.arange(hi)[None, :]
    ok = J < run_end[starts][:, None]
    Jc = np.minimum(J, n - 1)
    L = ends[Jc + 1] - ends[I]
    W = words[Jc + 1] - words[I]
    S = stops[Jc + 1] - stops[I]
    ok &= (J - I + 1 >= lo) & ~edge_bad[Jc] & (L >= 4) & (S * 2 <= W)
    if limit_at is not None:
        ok &= ends[Jc + 1] <= limit_at[ends[I]]
    si, sj = np.nonzero(ok)
    text = "".join(tokens)
    a = ends[starts[si]].tolist()
    b = ends[starts[si] + sj + 1].tolist()
    return [text[x:y] for x, y in zip(a, b)]


#: Length of the character pieces whose spread bounds a phrase's spread.
_PIECE = 4


def _extension_limits(texts: list[str], min_docs: int) -> list[np.ndarray]:
    """For each text, the furthest end offset a substring starting at each character may have
    while every 4-character piece in it occurs in at least ``min_docs`` texts.

    A phrase found in k articles has each of its pieces in at least k
    articles, so a phrase with a rarer piece cannot be a candidate: this
    prunes the n-grams before they are built, without changing the result.
    Pieces with a character beyond the BMP are not coded and never prune.
    """
    codes, okay = [], []
    for t in texts:
        c = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if len(c) < _PIECE:
            codes.append(np.empty(0, np.uint64))
            okay.append(np.empty(0, bool))
            continue
        w = (c[:-3] << np.uint64(48)) | (c[1:-2] << np.uint64(32)) | (c[2:-1] << np.uint64(16)) | c[3:]
        bmp = c < 0x10000
        okay.append(~(bmp[:-3] & bmp[1:-2] & bmp[2:-1] & bmp[3:]))  # True: not coded, never prunes
        codes.append(w)
    uniq, df = np.unique(np.concatenate([np.unique(w) for w in codes]) if codes else np.empty(0, np.uint64),
                         return_counts=True)
    out = []
    for t, w, ok in zip(texts, codes, okay):
        if len(w):
            found = df[np.searchsorted(uniq, w)] >= min_docs
            bad = np.flatnonzero(~(found | ok))
        else:
            bad = np.empty(0, np.int64)
        starts = np.arange(len(t) + 1)
        nxt = np.searchsorted(bad, starts)  # first bad piece starting at or after each offset
        first_bad = np.where(nxt < len(bad), bad[np.minimum(nxt, max(len(bad) - 1, 0))] if len(bad) else 0, 10 ** 9)
        out.append(first_bad + _PIECE - 1)  # end offsets up to the first bad piece's last character
    return out


def _count_ngrams(docs: list[list[str]], min_df: int) -> tuple[list[str], list[list[int]], list[int]]:
    """Phrases (sorted) found in at least ``min_df`` documents, their documents and total counts.

    What ``CountVectorizer(analyzer=_ngrams, min_df=min_df)`` gives, with the
    n-grams that cannot reach ``min_df`` never built.
    """
    from collections import Counter

    limits = _extension_limits(["".join(d) for d in docs], min_df) if min_df >= 2 else [None] * len(docs)
    per_doc = [Counter(_doc_ngrams(d, limit_at=lim)) for d, lim in zip(docs, limits)]
    df: Counter[str] = Counter()
    for c in per_doc:
        df.update(c.keys())
    vocab = sorted(g for g, k in df.items() if k >= min_df)
    keep = set(vocab)
    post: dict[str, list[int]] = {g: [] for g in vocab}
    total: dict[str, int] = dict.fromkeys(vocab, 0)
    for d, c in enumerate(per_doc):
        for g in keep.intersection(c):
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
    unit_of = dict(zip(reps["article_id"], reps["unit"]))
    if min_units is None:
        min_units = 2 if len({unit_of[a] for a in ids}) >= 2 else 1
    vocab, postings, totals = _count_ngrams([tokens[a] for a in ids], max(1, min_articles))
    if not vocab:  # no n-gram reaches min_articles
        return validate(pd.DataFrame(columns=cols), "slogan_candidates")
    covers = _Covers(lexicon_phrases() + tuple(sorted({_norm(t) for t in (
        slogans["text"].dropna() if slogans is not None else [])})))
    titles = _titles()
    found: list[dict[str, Any]] = []
    doc_units = [unit_of[a] for a in ids]
    for phrase, docs, total in zip(vocab, postings, totals):
        flat = _norm(phrase)
        if covers.overlaps(flat):
            continue
        if titles and flat.endswith(titles):
            continue  # 局党组书记: a post, not a slogan
        units = sorted({doc_units[i] for i in docs})
        if len(units) < min_units:
            continue
        found.append({"phrase": phrase, "n_articles": len(docs), "n_units": len(units),
                      "count": total, "units": join(units), "_docs": docs})
    # keep maximal phrases: drop one contained in a longer candidate with the same spread
    found.sort(key=lambda r: (-len(r["phrase"]), r["phrase"]))
    kept: list[dict[str, Any]] = []
    covered: set[tuple[str, int]] = set()
    for r in found:
        p, n = r["phrase"], r["n_articles"]
        if (p, n) in covered:
            continue
        kept.append(r)
        covered.update((p[i:j], n) for i in range(len(p)) for j in range(i + 4, len(p) + 1))
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
