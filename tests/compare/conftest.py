"""Fixtures: the invented corpus as records, base tables and comparisons."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("rm_test_corpus", Path(__file__).with_name("corpus.py"))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.fixture()
def records() -> list[dict]:
    return corpus.make_records()


@pytest.fixture()
def tables(records):
    from reportmine.tables.build import build_tables

    return build_tables(records)


@pytest.fixture()
def texts(records) -> dict[str, str]:
    return {r["id"]: r["text"] for r in records}


@pytest.fixture()
def comparisons(tables, texts):
    from reportmine.compare import build_comparisons

    return build_comparisons(tables, texts)
