"""tables_from_records: the one assembly of base and comparison tables that the CLI and batch share."""
from __future__ import annotations

import pandas as pd
import pytest


def _with_meetings(records: list[dict]) -> list[dict]:
    """The records as the pipeline writes them: each carries its meetings."""
    import dataclasses

    from reportmine.extract.meetings import extract_meetings

    return [dict(r, meetings=[dataclasses.asdict(m) for m in extract_meetings(r["text"], r.get("title"))])
            for r in records]


def test_streamed_records_give_the_tables_of_the_two_steps_done_apart(records, texts):
    from reportmine.compare import build_comparisons
    from reportmine.compare.from_records import tables_from_records
    from reportmine.tables.build import build_tables

    records = _with_meetings(records)

    consumed = []

    def once():  # an iterator that can be read a single time, as the batch's stream
        for r in records:
            consumed.append(r["id"])
            yield r

    got = tables_from_records(once())
    assert consumed == [r["id"] for r in records]
    want = build_tables(records)
    want.update(build_comparisons(want, texts, records=records))
    assert set(got) == set(want)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], obj=name)
    assert len(got["similarity"]) and len(got["compare_metrics"]) and len(got["meetings"])


def test_a_failing_comparison_step_is_reported_and_the_base_tables_kept(records, monkeypatch):
    import reportmine.compare as compare
    from reportmine.compare.from_records import tables_from_records

    def broken(*args, **kwargs):
        raise RuntimeError("no comparisons today")

    monkeypatch.setattr(compare, "build_comparisons", broken)
    seen: list[Exception] = []
    got = tables_from_records(iter(records), on_compare_error=seen.append)
    assert [str(e) for e in seen] == ["no comparisons today"]
    assert set(got) == {"articles", "people", "organizations", "numbers", "slogans"}
    assert len(got["articles"]) == len(records)
    with pytest.raises(RuntimeError, match="no comparisons today"):
        tables_from_records(iter(records))
