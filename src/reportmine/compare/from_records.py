"""Records in, every table out: the base tables, then the comparisons built on them.

Both ``reportmine tables`` (records read from a JSONL file) and the batch
runner (records streamed from its cache) need the same assembly, so it lives
here once. Each record is read a single time and turned into its rows
(``article_rows``): the base tables and the meetings table are concatenated
from those, and the comparison step keeps only the bodies, so a large batch
need not be held in memory twice. A batch worker makes the rows of the
articles it extracts itself, so the process building the tables only
concatenates them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import pandas as pd

from reportmine.tables.build import RowPack


class ArticleRows(NamedTuple):
    """What the tables need of one record: its id, body (None when the caller
    knows the bodies otherwise), base-table rows and meetings-table rows."""

    article_id: str
    text: str | None
    tables: RowPack
    meetings: list[tuple[Any, ...]]


def article_rows(rec: Mapping[str, Any], keep_text: bool = True) -> ArticleRows:
    """The rows of one record (path and URL as the record has them)."""
    from reportmine.compare.meetings import record_meeting_rows
    from reportmine.tables.build import record_rows

    return ArticleRows(rec["id"], (rec.get("text") or "") if keep_text else None,
                       record_rows(rec), record_meeting_rows(rec))


def tables_from_records(records: Iterable[dict[str, Any]],
                        on_compare_error: Callable[[Exception], None] | None = None,
                        keep_segmenter: bool = True, processes: int = 1,
                        texts: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """The base tables and the comparison tables of ``records`` (an iterator will do).

    See ``tables_from_rows``; this only turns each record into its rows.
    """
    return tables_from_rows((article_rows(rec, keep_text=texts is None) for rec in records),
                            on_compare_error, keep_segmenter, processes, texts)


def tables_from_rows(rows: Iterable[ArticleRows],
                     on_compare_error: Callable[[Exception], None] | None = None,
                     keep_segmenter: bool = True, processes: int = 1,
                     texts: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """The base tables and the comparison tables of each article's ``rows``.

    When the comparison step raises, ``on_compare_error`` (if given) is told
    and the base tables are returned without comparisons: a batch run would
    rather write what it has than nothing. Without it the error propagates.
    ``keep_segmenter`` and ``processes`` are passed to ``build_comparisons``.

    The bodies come from the rows, unless ``texts`` (article id -> body, of
    exactly these articles) is given: a caller that has them before the rows
    lets the similarity and the segmentation (``processes`` > 1) start in
    forked children at once, while this process builds the base tables,
    instead of after them.
    """
    from reportmine.compare import SIDE_BY_SIDE_FROM, build_comparisons
    from reportmine.compare.common import release_memory
    from reportmine.compare.meetings import meetings_frame
    from reportmine.tables.build import tables_from_rows as base_tables

    early = early_words = None
    if texts is not None and processes > 1 and len(texts) >= SIDE_BY_SIDE_FROM:
        from reportmine.compare import words_beside
        from reportmine.compare.beside import Beside
        from reportmine.compare.similarity import pair_core

        given = texts
        early = Beside(lambda: pair_core(given))
        early_words = words_beside(given, keep_segmenter)
    collected: dict[str, str] = {}
    meeting_rows: list[tuple[Any, ...]] = []

    def passing() -> Iterator[RowPack]:
        for r in rows:
            if texts is None:
                collected[r.article_id] = r.text or ""
            meeting_rows.extend(r.meetings)
            yield r.tables

    try:
        stream = passing()
        tables = base_tables(stream)
        for _ in stream:  # read to the end whatever the base tables left
            pass
        release_memory()  # the records' bytes and rows are gone: their heap goes back before the arrays come
        try:
            meetings = meetings_frame(meeting_rows)
            del meeting_rows[:]
            tables.update(build_comparisons({**tables, "meetings": meetings},
                                            collected if texts is None else texts,
                                            keep_segmenter=keep_segmenter, processes=processes,
                                            early_pairs=early, early_words=early_words))
        except Exception as exc:  # noqa: BLE001 - handed to the caller, who decides
            if on_compare_error is None:
                raise
            on_compare_error(exc)
    finally:
        for step in (early, early_words):
            if step is not None:
                step.close()  # a no-op once its result was taken
    return tables
