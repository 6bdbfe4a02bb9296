"""Words of the distinctive terms."""
from __future__ import annotations

from reportmine.compare.common import stopwords


def test_term_words_keep_content_words_and_drop_report_words() -> None:
    from reportmine.compare.terms import term_words

    stop = sorted(stopwords())
    assert stop and "乡村振兴" not in stop and "网格员" not in stop
    tokens = ["乡村振兴", "了", "12", stop[0], "网格员", "abc", "乡村振兴"]
    assert term_words(tokens) == ["乡村振兴", "网格员", "乡村振兴"]


def test_verdicts_shared_across_documents_give_each_document_its_own_words() -> None:
    from reportmine.compare.terms import term_words

    docs = [["网格员", "召开", "走访", "的"], ["走访", "强调", "12", "网格员"], [], ["的", "的"], ["整改", "走访"]]
    verdicts: dict[str, bool] = {}
    shared = [term_words(d, verdicts) for d in docs]
    assert shared == [term_words(d) for d in docs]
    assert verdicts["的"] is False and verdicts["网格员"] is True and shared[1][-1] == "网格员"


def test_function_words_of_two_characters_are_no_terms() -> None:
    from reportmine.compare.terms import distinctive_terms, term_words
    import pandas as pd

    # 目前 (a time word), 逐一 (an adverb), 我们 (a pronoun) carry no topic of their own
    tokens = ["目前", "网格员", "逐一", "走访", "我们", "网格员"]
    assert term_words(tokens) == ["网格员", "走访", "网格员"]
    clusters = pd.DataFrame({"article_id": ["a", "b"], "unit": ["甲街道", "乙学院"], "is_representative": [True, True]})
    terms = distinctive_terms({"a": tokens, "b": ["目前", "课程思政", "逐一"]}, clusters)
    assert set(terms["term"]) == {"网格员", "走访", "课程思政"}


def test_function_word_rules_are_data_a_user_can_extend(tmp_path, monkeypatch) -> None:
    from reportmine import resources
    from reportmine.compare import common

    (tmp_path / "compare_function_words.tsv").write_text(
        "entry\tkind\tterms\tfirst\tlast\texamples\n网格员\tword\tout\t\t\t(a test word)\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert common.function_words().out_of_terms("网格员")
        assert not common.function_words().out_of_terms("课程思政")
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
    assert not common.function_words().out_of_terms("网格员")
