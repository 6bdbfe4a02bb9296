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


def test_a_word_repeated_across_texts_is_one_string_object() -> None:
    # a corpus's millions of tokens are a few thousand words: each word is held once
    from reportmine.compare.common import tokenize_texts

    texts = {"a": "党支部开展主题党日活动。党支部召开会议。", "b": "机关党支部召开会议。"}
    out = tokenize_texts(texts, keep_segmenter=False)
    words = [w for ws in out.values() for w in ws]
    assert len({id(w) for w in words}) == len(set(words)) < len(words)
    assert "".join(out["a"]) == texts["a"] and "".join(out["b"]) == texts["b"]
