"""The array-based paths give what the plain per-item code gives."""
from __future__ import annotations

from collections import Counter

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

WORDS = ["节水", "优先", "、", "空间", "均衡", "会议", "强调", "水务局", "，", "18", "x", "坚持", "系统治理", "。", "\n",
         "的", "了", "把", "上", "两个", "务必", "一项"]  # (function words: compare_function_words.tsv)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_doc_ngrams_equal_the_plain_generator(tokens):
    from reportmine.compare.slogans import _doc_ngrams, _ngrams

    assert Counter(_doc_ngrams(tokens)) == Counter(_ngrams(tokens))


def test_pruned_counting_equals_counting_everything():
    from reportmine.compare.slogans import _count_ngrams, _ngrams

    docs = [["节水", "优先", "、", "空间", "均衡", "，", "河湖", "安澜"],
            ["坚持", "节水", "优先", "、", "空间", "均衡", "。"],
            ["河湖", "安澜", "，", "节水", "优先", "、", "空间", "均衡"],
            ["独有", "说法", "只此", "一篇"]]
    vocab, post, totals = _count_ngrams(docs, 2)
    df = Counter(g for d in docs for g in set(_ngrams(d)))
    assert vocab == sorted(g for g, k in df.items() if k >= 2)
    assert "节水优先、空间均衡" in vocab and "独有说法" not in vocab
    i = vocab.index("节水优先、空间均衡")
    assert post[i] == [0, 1, 2] and totals[i] == 3


def test_substring_hashes_tell_phrases_apart_and_a_collision_is_noticed():
    from reportmine.compare.slogans import _collision, _substring_hashes

    text = "节水优先节水优先空间均衡"
    a, b = np.array([0, 4, 8], dtype=np.int32), np.array([4, 8, 12], dtype=np.int32)
    h = _substring_hashes(text, a, b, 0x9E3779B97F4A7C15)
    assert h[0] == h[1] != h[2]  # the same phrase at two places, and another
    same_group = np.array([True, False, True])  # 0 and 1 share a group; 2 opens one
    assert not _collision(text, a, b, same_group)
    # told that 1 and 2 share the first hash, the second hash shows they are different phrases
    assert _collision(text, a, b, np.array([True, True, False]))
    # and phrases of different lengths are never one phrase
    assert _collision(text, np.array([0, 0]), np.array([4, 6]), np.array([True, False]))


def test_collision_is_found_in_any_chunk_of_neighbours(monkeypatch):
    # the neighbour pairs are hashed a chunk at a time: a collision in a later chunk still counts
    from reportmine.compare import slogans
    from reportmine.compare.slogans import _collision

    monkeypatch.setattr(slogans, "_NEIGHBOUR_CHUNK", 1)
    text = "节水优先节水优先节水优先空间均衡"
    a, b = np.array([0, 4, 8, 12], dtype=np.int32), np.array([4, 8, 12, 16], dtype=np.int32)
    assert not _collision(text, a, b, np.array([True, False, False, True]))
    assert _collision(text, a, b, np.array([True, False, False, False]))  # the third pair differs
    assert _collision(text, np.array([0, 0, 0]), np.array([4, 4, 6]), np.array([True, False, False]))


def test_counting_in_small_chunks_of_neighbours_gives_the_same_phrases(monkeypatch):
    # phrase starts in hash order are found a chunk at a time: a chunk edge changes nothing
    from reportmine.compare import slogans

    docs = [["节水", "优先", "、", "空间", "均衡", "，", "河湖", "安澜"],
            ["坚持", "节水", "优先", "、", "空间", "均衡", "。"],
            ["河湖", "安澜", "，", "节水", "优先", "、", "空间", "均衡"], ["x"]]
    whole = slogans._count_ngrams(docs, 2)
    for size in (1, 2, 3):
        monkeypatch.setattr(slogans, "_NEIGHBOUR_CHUNK", size)
        assert slogans._count_ngrams(docs, 2) == whole
    assert len(whole[0]) > 3


def test_postings_share_one_int_per_document():
    # a common phrase is in most documents: its postings hold shared ints, not one per entry
    from reportmine.compare.slogans import _count_ngrams

    docs = [["坚持", "节水", "优先", "、", "空间", "均衡", "。"]] * 300
    vocab, post, _ = _count_ngrams(docs, 2)
    assert len(vocab) > 1 and all(p == list(range(300)) for p in post)
    assert post[0][299] is post[1][299]


def test_char_ngram_counts_equal_sklearn():
    from sklearn.feature_extraction.text import CountVectorizer

    from reportmine.compare.similarity import char_ngram_counts

    docs = ["市水务局召开会议。\n\n支部  书记主持", "AB cd 水务局", "县文旅局", "x", "🙂水务🙂局"]
    ref = CountVectorizer(analyzer="char", ngram_range=(2, 3), dtype=np.float32).fit_transform(docs)
    got = char_ngram_counts(docs)
    assert got.shape == ref.shape
    assert np.array_equal(got.toarray(), ref.toarray())


def test_vectorised_containment_equals_the_set_version():
    from reportmine.compare.similarity import containment, containments

    base = "市水务局机关第一党支部召开主题教育专题组织生活会，支部书记主持会议，全体党员参加。" * 2
    texts = [base, "（转载）" + base[: len(base) // 2], "县文化和旅游局党组召开警示教育大会，局党组书记主持会议。", "短"]
    ii, jj = np.array([0, 0, 1, 2]), np.array([1, 2, 2, 3])
    got = containments(texts, ii, jj)
    want = [containment(texts[i], texts[j]) for i, j in zip(ii, jj)]
    assert got.tolist() == want
    assert got[0] >= 0.8 > got[1]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["节水", "优先", "空间", "均衡", "会议", "水务局", "坚持", "整改", "党课"]),
                         max_size=30), min_size=1, max_size=6))
def test_term_weights_equal_sklearn_bit_for_bit(docs):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from reportmine.compare.terms import _tfidf_rows

    if not any(docs):
        return
    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    X = vec.fit_transform(docs).tocsr()
    vocab, rows = _tfidf_rows(docs)
    assert vocab == list(vec.get_feature_names_out())
    for i, (idx, vals) in enumerate(rows):
        want = dict(zip(X.getrow(i).indices.tolist(), X.getrow(i).data.tolist()))
        assert dict(zip(idx.tolist(), vals.tolist())) == want  # exact equality, not approximate


def test_institution_metrics_equal_combining_every_renamed_row(tables, texts):
    """Reusing the cells of one-unit institutions gives what combining all renamed rows gives."""
    import pandas as pd

    from reportmine.compare.institutions import institution_map
    from reportmine.compare.metrics import combine_metrics_levels, combine_sources, metric_sources
    from reportmine.compare.similarity import clusters, similarity_pairs

    cl = clusters(tables["articles"], similarity_pairs(tables["articles"], texts))
    # two units of one institution and one unit alone
    inst_of = institution_map(list(cl["unit"]) + list(tables["numbers"]["unit"]))
    units = sorted(set(cl["unit"]))
    inst_of = {**inst_of, units[0]: "某集团", units[1]: "某集团"}
    _, _, _, got = combine_metrics_levels(tables["numbers"], cl, texts, inst_of)
    src = [dict(r, unit=inst_of.get(r["unit"], r["unit"])) for r in metric_sources(tables["numbers"], cl, texts)]
    want, _ = combine_sources(src)
    assert (got["unit"] == "某集团").any() and len(set(got["unit"])) >= 2
    pd.testing.assert_frame_equal(got, want)
