"""Fixtures: the invented corpus of tests/compare as full table sets."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location(
    "rm_test_corpus_report", Path(__file__).resolve().parents[1] / "compare" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return corpus.make_records()


@pytest.fixture(scope="module")
def all_tables(records):
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    tables = build_tables(records)
    tables.update(build_comparisons(tables, {r["id"]: r["text"] for r in records}))
    return tables


@pytest.fixture()
def processed(tmp_path, records, all_tables):
    """A data/processed folder as `reportmine run` leaves it."""
    from reportmine.io import write_jsonl
    from reportmine.tables.write import write_tables

    out = tmp_path / "processed"
    write_tables(all_tables, out, ("parquet",))
    write_jsonl(out / "records.jsonl", records)
    return out
