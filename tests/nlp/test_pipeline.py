from __future__ import annotations

import spacy
from spacy import displacy

import reportmine
from reportmine.nlp.segment import Segmenter, get_segmenter

SENTENCE = "党组书记、副主席韩立明同志参加了第一党支部专题组织生活会,增强“四个意识”,讲党课12次。"


def test_segmenter_keeps_domain_words_and_offsets():
    seg = Segmenter("jieba")
    words = seg.cut(SENTENCE)
    assert "专题组织生活会" in words and "党组书记" in words
    assert "".join(words) == SENTENCE
    for word, start, end in seg.tokens(SENTENCE):
        assert SENTENCE[start:end] == word


def test_rjieba_backend_knows_the_domain_words_and_agrees_with_jieba():
    rust, py = Segmenter("rjieba"), Segmenter("jieba")
    text = "第二党支部召开专题组织生活会，落实“三会一课”制度，开展谈心谈话。"
    assert "专题组织生活会" in rust.cut(text) and "三会一课" in rust.cut(text)
    assert rust.cut(text) == py.cut(text)


def test_default_backend_can_be_overridden(monkeypatch):
    get_segmenter.cache_clear()
    try:
        monkeypatch.delenv("REPORTMINE_SEGMENTER", raising=False)
        assert get_segmenter().backend == "rjieba"
        get_segmenter.cache_clear()
        monkeypatch.setenv("REPORTMINE_SEGMENTER", "jieba")
        assert get_segmenter().backend == "jieba"
    finally:
        get_segmenter.cache_clear()


def test_segmenter_does_not_touch_global_jieba():
    import jieba

    get_segmenter("jieba").cut(SENTENCE)
    assert "专题组织生活会" not in jieba.dt.FREQ or jieba.dt.FREQ.get("专题组织生活会", 0) == 0


def test_unknown_backend_is_an_error():
    import pytest

    with pytest.raises(ValueError):
        Segmenter("nope")


def test_load_nlp_gives_docs_with_span_groups():
    nlp = reportmine.load_nlp()
    assert isinstance(nlp, spacy.language.Language)
    assert nlp.pipe_names == ["reportmine_slogans", "reportmine_organizations", "reportmine_people",
                              "reportmine_numbers"]
    doc = nlp(SENTENCE)
    assert doc.text == SENTENCE
    assert any(t.text == "专题组织生活会" for t in doc)
    for key in ("people", "organizations", "numbers", "slogans"):
        assert key in doc.spans
        for span in doc.spans[key]:
            assert span._.rm is not None
    html = displacy.render(doc, style="span", options={"spans_key": "organizations"}, jupyter=False)
    assert SENTENCE[:4] in html


def test_factories_are_registered_for_add_pipe():
    nlp = spacy.blank("zh")
    import reportmine.nlp.components  # noqa: F401

    nlp.add_pipe("reportmine_slogans", config={"spans_key": "sl"})
    doc = nlp("要增强“四个意识”。")
    assert "sl" in doc.spans
