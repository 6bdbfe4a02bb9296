"""Helpers shared by the comparison tables."""
from __future__ import annotations



def test_a_private_segmenter_gives_the_same_words_and_leaves_the_shared_one_alone() -> None:
    from reportmine.compare.common import compare_backend, tokenize_texts
    from reportmine.nlp.segment import get_segmenter

    texts = {"b": "县委常委班子召开专题民主生活会，查摆问题12条。", "a": "党支部开展主题党日活动。"}
    shared = tokenize_texts(texts)
    before = get_segmenter.cache_info().currsize
    private = tokenize_texts(texts, keep_segmenter=False)
    assert private == shared and list(private) == ["a", "b"]
    assert "专题民主生活会" in private["b"]  # the domain words are loaded in the private one too
    assert get_segmenter.cache_info().currsize == before  # nothing new cached
    assert get_segmenter(compare_backend()).cut(texts["a"]) == shared["a"]
