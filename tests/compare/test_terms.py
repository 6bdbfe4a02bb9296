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
