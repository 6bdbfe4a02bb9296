"""The bounded similarity table: near-duplicates always, otherwise each article's k most similar."""
from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest

SENTENCES = [
    "市水务局机关第一党支部召开专题组织生活会，支部书记主持会议。",
    "全体党员围绕主题教育目标任务，逐一进行党性分析。",
    "会上通报了上年度组织生活会查摆问题整改落实情况。",
    "与会党员开展了批评和自我批评，达到了红红脸出出汗的效果。",
    "县文化和旅游局党组召开警示教育大会，局党组书记讲专题党课。",
    "大家一致表示，要坚持节水优先、空间均衡、系统治理、两手发力。",
    "会议强调，要把学习成果转化为推动高质量发展的实际成效。",
    "镇党委组织党员干部赴红色教育基地开展主题党日活动。",
    "区财政局召开党史学习教育专题民主生活会，班子成员逐一发言。",
    "下一步，支部将建立问题清单、责任清单和整改清单，逐项销号。",
    "督导组组长对会议进行点评，指出会议准备充分、查摆问题深刻。",
    "活动结束后，党员们纷纷表示受到了深刻的思想洗礼。",
]


def _corpus(n: int, copies: int, seed: int = 3) -> tuple[pd.DataFrame, dict[str, str]]:
    """n recombined reports of one genre (so most pairs are similar), plus ``copies`` reprints of the first."""
    rng = random.Random(seed)
    texts = {}
    for i in range(n):
        body = "".join(rng.sample(SENTENCES, 6)) + f"参加会议的党员共{rng.randint(10, 99)}人，编号{i:04d}。"
        texts[f"a{i:03d}"] = body
    first = texts["a000"]
    for c in range(copies):
        texts[f"c{c:03d}"] = ("（转载）" if c % 2 else "") + first[: len(first) - 3 * c]
    arts = pd.DataFrame({"article_id": list(texts), "unit": ["某局"] * len(texts), "title": list(texts),
                         "date": ["2024-01-02"] * len(texts)})
    return arts, texts


def _brute(texts: dict[str, str]) -> tuple[list[str], np.ndarray]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = sorted(texts)
    X = TfidfVectorizer(analyzer="char", ngram_range=(2, 3), sublinear_tf=True).fit_transform([texts[a] for a in ids])
    return ids, (X @ X.T).toarray()


def test_tfidf_parts_give_the_sklearn_cosines():
    from reportmine.compare.similarity import _tfidf_parts

    _, texts = _corpus(30, 2)
    ids, want = _brute(texts)
    D, S = _tfidf_parts([texts[a] for a in ids])
    got = D @ D.T + (S @ S.T).toarray()
    assert np.allclose(got, want, atol=1e-5)


@pytest.mark.parametrize("chunk", [1, 4, 7])
def test_tfidf_parts_do_not_depend_on_the_chunking(monkeypatch, chunk):
    # the weights are computed chunk by chunk to bound memory: every bit must match one chunk
    from reportmine.compare import similarity as sim

    _, texts = _corpus(30, 2, seed=11)
    docs = [texts[a] for a in sorted(texts)] + ["", "短"]  # blank and one-character texts inside a chunk
    D, S = sim._tfidf_parts(docs)
    monkeypatch.setattr(sim, "CHUNK_DOCS", chunk)
    D_c, S_c = sim._tfidf_parts(docs)
    assert D.shape == D_c.shape and D.shape[1] > 0 and np.array_equal(D, D_c)
    assert S.nnz > 0
    for a in ("indptr", "indices", "data"):
        assert np.array_equal(getattr(S, a), getattr(S_c, a))
    with pytest.raises(ValueError):
        sim._tfidf_parts(["", "x"])


@pytest.mark.parametrize("block", [4, 7, 1000])
def test_each_article_keeps_its_k_best_and_every_near_duplicate(monkeypatch, block):
    from reportmine.compare import similarity as sim
    from reportmine.compare.similarity import containment, similarity_pairs

    monkeypatch.setattr(sim, "BLOCK", block)
    arts, texts = _corpus(40, 6)
    k = 3
    got = similarity_pairs(arts, texts, top_k=k)
    ids, cos = _brute(texts)
    pairs = set(zip(got["article_a"], got["article_b"]))
    # every near-duplicate pair is listed and flagged, although the 7 copies exceed k
    dups = set()
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            c = round(float(cos[i, j]), 4)
            if c >= 0.9 or (c >= 0.5 and containment(texts[ids[i]], texts[ids[j]]) >= 0.8):
                dups.add((ids[i], ids[j]))
    assert len(dups) >= 21  # a000 and its six copies: all 21 pairs
    assert dups == set(zip(got.loc[got["near_duplicate"], "article_a"], got.loc[got["near_duplicate"], "article_b"]))
    # each article's k most similar others (ties aside) are listed
    np.fill_diagonal(cos, -1)
    for i, a in enumerate(ids):
        order = np.argsort(-cos[i], kind="stable")
        for j in order[:k]:
            if cos[i, j] >= 0.3 and cos[i, j] > cos[i, order[k]] + 1e-4:  # clearly among the k best
                assert (min(a, ids[j]), max(a, ids[j])) in pairs
    # the cap: besides near-duplicates, at most k rows per article
    others = got[~got["near_duplicate"]]
    assert len(others) <= k * len(ids)
    assert len(got) < len(ids) * (len(ids) - 1) / 2 / 4  # far from all pairs, though most pass 0.3
    assert (cos[np.triu_indices(len(ids), 1)] >= 0.3).mean() > 0.5
    # listed cosines are the true ones
    pos = {a: i for i, a in enumerate(ids)}
    for a, b, c in zip(got["article_a"], got["article_b"], got["cosine"]):
        assert abs(c - cos[pos[a], pos[b]]) < 2e-4


def test_block_size_does_not_change_the_table(monkeypatch):
    from reportmine.compare import similarity as sim

    arts, texts = _corpus(25, 3, seed=11)
    big = sim.similarity_pairs(arts, texts, top_k=2)
    monkeypatch.setattr(sim, "BLOCK", 5)
    small = sim.similarity_pairs(arts, texts, top_k=2)
    pd.testing.assert_frame_equal(big, small)


@pytest.mark.parametrize("mark", ["", "🙂"])  # BMP only, and a character beyond it
def test_shingle_matrix_holds_the_shingle_sets(mark):
    from reportmine.compare.similarity import _shingle_matrix, _shingles

    texts = ["市水务局 机关第一党支部召开专题组织生活会", f"{mark}水务局机关第一党支部召开专题{mark}组织生活会", "短文", ""]
    M, sizes = _shingle_matrix(texts)
    for i, t in enumerate(texts):
        assert sizes[i] == len(_shingles(t))
    # shared 8-grams of the first two, as the set version counts them
    inter = int(M[0].multiply(M[1]).sum())
    assert inter == len(_shingles(texts[0]) & _shingles(texts[1])) > 0


def test_dense_memory_cap_does_not_change_the_table(monkeypatch):
    from reportmine.compare import similarity as sim

    arts, texts = _corpus(30, 2, seed=5)
    monkeypatch.setattr(sim, "DENSE_DF", 0.0)  # many dense columns
    full = sim.similarity_pairs(arts, texts, top_k=3)
    D, _ = sim._tfidf_parts([texts[a] for a in sorted(texts)])
    monkeypatch.setattr(sim, "DENSE_MAX_BYTES", 4 * len(texts) * 5)  # room for 5 dense columns
    D_capped, _ = sim._tfidf_parts([texts[a] for a in sorted(texts)])
    assert D.shape[1] > 5 and D_capped.shape[1] == 5
    capped = sim.similarity_pairs(arts, texts, top_k=3)
    pd.testing.assert_frame_equal(full, capped, check_exact=False, atol=1e-4)


def test_a_core_computed_beforehand_is_used_only_when_it_fits(monkeypatch):
    from reportmine.compare import similarity as sim

    arts, texts = _corpus(30, 4)
    plain = sim.similarity_pairs(arts, texts, top_k=3)
    fits = sim.pair_core(texts, top_k=3)
    other_texts = sim.pair_core({a: t for a, t in list(texts.items())[1:]}, top_k=3)
    other_k = sim.pair_core(texts, top_k=5)
    calls = []
    real = sim.pair_core
    monkeypatch.setattr(sim, "pair_core", lambda *a, **k: calls.append(1) or real(*a, **k))
    pd.testing.assert_frame_equal(sim.similarity_pairs(arts, texts, top_k=3, core=fits), plain)
    assert calls == []  # used as it is
    for stale in (other_texts, other_k):
        pd.testing.assert_frame_equal(sim.similarity_pairs(arts, texts, top_k=3, core=stale), plain)
    assert len(calls) == 2  # computed again, each time
