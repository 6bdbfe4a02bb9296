"""A run with nothing new keeps the tables it finds; anything that changes them means a rebuild."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportmine.batch import runner, stamp
from reportmine.batch.cli import run_cmd


def run(raw: Path, tmp: Path, **kw):
    return runner.run_batch(raw, tmp / "out", cache_dir=tmp / "cache", progress=False, **kw)


def _no_rebuild(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the tables were rebuilt")

    monkeypatch.setattr(runner, "build_all_tables", refuse)


def _mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in out.iterdir()}


def test_nothing_new_keeps_the_tables_and_reports_the_same(corpus, tmp_path, monkeypatch, tables):
    first = run(corpus, tmp_path)
    before = _mtimes(tmp_path / "out")
    _no_rebuild(monkeypatch)
    again = run(corpus, tmp_path)
    assert again.up_to_date and (again.n_new, again.n_cached) == (0, 12)
    assert again.counts() == first.counts()
    assert _mtimes(tmp_path / "out") == before
    # the tables are still there to read, from the files
    tables.assert_same({k: again.tables[k] for k in ("articles", "people", "numbers")},
                       {k: first.tables[k] for k in ("articles", "people", "numbers")})
    assert "similarity" in set(again.tables)


def test_a_failed_input_still_fails_the_run_that_keeps_the_tables(corpus, tmp_path, monkeypatch):
    (corpus / "empty.txt").write_bytes(b"")
    first = run(corpus, tmp_path)
    assert [f.path for f in first.failures] == [str(corpus / "empty.txt")]
    _no_rebuild(monkeypatch)
    again = run(corpus, tmp_path)
    assert again.up_to_date and again.failures == first.failures


@pytest.mark.parametrize("change", ["new file", "edited file", "table deleted", "table edited", "other formats",
                                    "force", "code"])
def test_what_makes_the_next_run_rebuild(corpus, tmp_path, monkeypatch, tables, change):
    run(corpus, tmp_path)
    out, kw = tmp_path / "out", {}
    if change == "new file":
        tables.write_corpus(corpus / "more", 1, seed=5)
    elif change == "edited file":
        (corpus / "art002.txt").write_text("东湖街道党工委召开民主生活会。\n", encoding="utf-8")
    elif change == "table deleted":
        (out / "people.csv").unlink()
    elif change == "table edited":
        p = out / "numbers.parquet"
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    elif change == "other formats":
        kw["formats"] = ("parquet",)
    elif change == "force":
        kw["force"] = True
    elif change == "code":
        monkeypatch.setattr(stamp, "code_hash", lambda: "0" * 16)
    built = []
    original = runner.build_all_tables
    monkeypatch.setattr(runner, "build_all_tables", lambda *a, **k: built.append(1) or original(*a, **k))
    res = run(corpus, tmp_path, **kw)
    assert built and not res.up_to_date
    assert (out / "people.csv").is_file() or change == "other formats"


def test_a_failed_comparison_step_is_tried_again_by_the_next_run(corpus, tmp_path, monkeypatch):
    import reportmine.compare as compare

    original = compare.build_comparisons
    monkeypatch.setattr(compare, "build_comparisons", lambda *a, **k: 1 / 0)
    first = run(corpus, tmp_path)
    assert [f.stage for f in first.failures] == ["tables"]
    monkeypatch.setattr(compare, "build_comparisons", original)
    again = run(corpus, tmp_path)
    assert not again.up_to_date and again.failures == []
    assert "similarity" in again.tables


def test_a_damaged_stamp_means_a_rebuild(corpus, tmp_path, monkeypatch):
    run(corpus, tmp_path)
    (tmp_path / "out" / stamp.STAMP).write_text("{not json", encoding="utf-8")
    assert not run(corpus, tmp_path).up_to_date
    assert run(corpus, tmp_path).up_to_date  # the rebuild wrote a good stamp again


def test_cli_says_the_tables_are_up_to_date(corpus, tmp_path):
    args = [str(corpus), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")]
    assert "up to date" not in CliRunner().invoke(run_cmd, args).output
    second = CliRunner().invoke(run_cmd, args)
    assert second.exit_code == 0
    assert "0 new, 12 cached; nothing new, the tables are up to date" in second.output
    assert "articles: 12" in second.output
