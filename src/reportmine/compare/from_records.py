"""Records in, every table out: the base tables, then the comparisons built on them.

Both ``reportmine tables`` (records read from a JSONL file) and the batch
runner (records streamed from its cache) need the same assembly, so it lives
here once. The records are read a single time, as they come: the base tables
take each record and the comparison step keeps only the bodies and what the
meetings table needs, so a large batch need not be held in memory twice.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import pandas as pd


def tables_from_records(records: Iterable[dict[str, Any]],
                        on_compare_error: Callable[[Exception], None] | None = None,
                        keep_segmenter: bool = True, processes: int = 1,
                        texts: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """The base tables and the comparison tables of ``records`` (an iterator will do).

    When the comparison step raises, ``on_compare_error`` (if given) is told
    and the base tables are returned without comparisons: a batch run would
    rather write what it has than nothing. Without it the error propagates.
    ``keep_segmenter`` and ``processes`` are passed to ``build_comparisons``.

    ``texts`` (article id -> body, of exactly these records) may be given by a
    caller that has them before the records: with ``processes`` > 1 the
    similarity and the segmentation then start in forked children at once,
    while this process builds the base tables, instead of after them.
    """
    from reportmine.compare import SIDE_BY_SIDE_FROM, build_comparisons
    from reportmine.compare.meetings import meetings_from_records
    from reportmine.tables.build import build_tables

    early = early_words = None
    if texts is not None and processes > 1 and len(texts) >= SIDE_BY_SIDE_FROM:
        from reportmine.compare import words_beside
        from reportmine.compare.beside import Beside
        from reportmine.compare.similarity import pair_core

        given = texts
        early = Beside(lambda: pair_core(given))
        early_words = words_beside(given, keep_segmenter)
    collected: dict[str, str] = {}
    light: list[dict[str, Any]] = []  # what the meetings table needs of a record

    def passing() -> Iterator[dict[str, Any]]:
        for rec in records:
            if texts is None:
                collected[rec["id"]] = rec.get("text") or ""
            light.append({"id": rec.get("id"), "unit": rec.get("unit"), "date": rec.get("date"),
                          "meetings": rec.get("meetings")})
            yield rec

    try:
        stream = passing()
        tables = build_tables(stream)
        for _ in stream:  # read to the end whatever build_tables left
            pass
        try:
            meetings = meetings_from_records(light)
            del light[:]
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
