"""Incremental runs: what is cached, what is redone, and what the tables hold."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
from click.testing import CliRunner

from reportmine.batch import runner
from reportmine.batch.cli import run_cmd
from reportmine.batch.state import read_manifest


def run(raw: Path, tmp: Path, **kw):
    return runner.run_batch(raw, tmp / "out", cache_dir=tmp / "cache", progress=False, **kw)


def test_second_run_extracts_nothing(corpus: Path, tmp_path: Path) -> None:
    first = run(corpus, tmp_path)
    assert (first.n_new, first.n_cached) == (12, 0)
    assert first.counts()["articles"] == 12
    second = run(corpus, tmp_path)
    assert (second.n_new, second.n_cached) == (0, 12)
    assert second.counts() == first.counts()


def test_changed_and_new_files_are_redone(corpus: Path, tmp_path: Path, tables) -> None:
    run(corpus, tmp_path)
    (corpus / "art003.txt").write_text("东湖街道党工委召开民主生活会。\n党工委书记陈立军主持会议。\n", encoding="utf-8")
    tables.write_corpus(corpus / "more", 2, seed=99)
    res = run(corpus, tmp_path)
    assert (res.n_new, res.n_cached) == (3, 11)
    arts = res.tables["articles"]
    assert len(arts) == 14
    assert arts["path"].str.endswith("art003.txt").sum() == 1


def test_config_change_redoes_everything(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    run(corpus, tmp_path)
    import reportmine.config

    monkeypatch.setattr(reportmine.config, "config_hash", lambda: "0123456789abcdef")
    res = run(corpus, tmp_path)
    assert res.n_new == 12
    assert len(list((tmp_path / "cache").rglob("*-0123456789abcdef.json"))) == 12


def test_force_redoes_everything(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    assert run(corpus, tmp_path, force=True).n_new == 12


def test_cached_results_are_one_file_per_article(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    files = [p for p in (tmp_path / "cache").rglob("*.json")]
    assert len(files) == 12
    assert not [p for p in (tmp_path / "cache").rglob("*.tmp")]
    header, record = files[0].read_text(encoding="utf-8").splitlines()
    rec = json.loads(record)
    assert json.loads(header) == {"url": None, "failure": None, "size": len((record + "\n").encode("utf-8"))}
    assert rec["content_hash"] and files[0].name.startswith(rec["content_hash"])


def test_a_cache_file_cut_short_is_extracted_again(corpus: Path, tmp_path: Path) -> None:
    # what a power cut can leave of an un-fsynced cache write: the header whole, the record cut
    first = run(corpus, tmp_path)
    victim = sorted((tmp_path / "cache").rglob("*.json"))[0]
    data = victim.read_bytes()
    victim.write_bytes(data[: len(data) - 40])
    again = run(corpus, tmp_path)
    assert again.n_new == 1 and not again.failures
    assert victim.read_bytes() == data
    pd.testing.assert_frame_equal(again.tables["numbers"], first.tables["numbers"])


def test_identical_files_count_once(corpus: Path, tmp_path: Path) -> None:
    (corpus / "copy.txt").write_bytes((corpus / "art000.txt").read_bytes())
    res = run(corpus, tmp_path)
    assert res.counts()["articles"] == 12


def test_manifest_gives_url_and_skips_duplicates(corpus: Path, tmp_path: Path) -> None:
    rows = [{"path": "art000.txt", "url": "https://example.org/a/0.html", "kind": "article"},
            # the raw store's duplicate line names the original's path: art000 stays
            {"path": "art000.txt", "url": "https://mirror.example.org/0", "duplicate_of": "https://example.org/a/0.html"},
            # a store that kept the duplicate's bytes: skipped
            {"path": str(corpus / "art001.txt"), "url": "https://example.org/a/1.html", "duplicate_of": "x"},
            {"path": "art002.txt", "url": "https://example.org/list/1.html", "kind": "list"},
            "not an object", {"url": "no path"}]
    (corpus / "manifest.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken\n", encoding="utf-8")
    manifest = read_manifest(corpus)
    assert sorted((Path(k).name, v.skip) for k, v in manifest.items()) == [
        ("art000.txt", None), ("art001.txt", "duplicate"), ("art002.txt", "listing page")]
    res = run(corpus, tmp_path)
    arts = res.tables["articles"].set_index("path")
    assert res.n_skipped == 2 and len(arts) == 10
    assert arts.loc[str(corpus / "art000.txt"), "url"] == "https://example.org/a/0.html"
    assert str(corpus / "art001.txt") not in arts.index


def test_new_url_in_manifest_is_picked_up(corpus: Path, tmp_path: Path) -> None:
    run(corpus, tmp_path)
    (corpus / "manifest.jsonl").write_text(json.dumps({"path": "art002.txt", "url": "https://example.org/2"}) + "\n",
                                           encoding="utf-8")
    res = run(corpus, tmp_path)
    assert res.tables["articles"]["url"].dropna().tolist() == ["https://example.org/2"]


def test_two_jobs_give_the_same_tables(corpus: Path, tmp_path: Path, tables) -> None:
    runner.run_batch(corpus, tmp_path / "one", cache_dir=tmp_path / "c1", jobs=1, progress=False)
    res = runner.run_batch(corpus, tmp_path / "two", cache_dir=tmp_path / "c2", jobs=2, progress=False)
    assert res.n_new == 12
    tables.assert_same(tables.read(tmp_path / "one"), tables.read(tmp_path / "two"))


def test_outputs_written(corpus: Path, tmp_path: Path) -> None:
    res = run(corpus, tmp_path)
    out = tmp_path / "out"
    for name in ("articles", "people", "organizations", "numbers", "slogans", "failures"):
        assert (out / f"{name}.parquet").is_file() and (out / f"{name}.csv").is_file()
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 12 == len(pd.read_parquet(out / "articles.parquet"))
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    assert res.paths


def test_cli_summary_and_rerun(corpus: Path, tmp_path: Path) -> None:
    args = [str(corpus), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "cache")]
    first = CliRunner().invoke(run_cmd, args)
    assert first.exit_code == 0, first.output
    assert "12 new, 0 cached" in first.output
    assert "articles: 12" in first.output and "failures: 0" in first.output
    assert str(tmp_path / "out") in first.output
    second = CliRunner().invoke(run_cmd, args + ["--no-csv"])
    assert second.exit_code == 0
    assert "0 new, 12 cached" in second.output


def test_cli_rejects_scheduler_without_dask(corpus: Path, tmp_path: Path) -> None:
    res = CliRunner().invoke(run_cmd, [str(corpus), "-o", str(tmp_path), "--scheduler", "tcp://x:1"])
    assert res.exit_code == 2


def test_two_jobs_with_the_comparison_step_side_by_side_give_the_same_tables(corpus: Path, tmp_path: Path,
                                                                            monkeypatch) -> None:
    import reportmine.compare as compare

    runner.run_batch(corpus, tmp_path / "one", cache_dir=tmp_path / "c1", jobs=1, progress=False)
    monkeypatch.setattr(compare, "SIDE_BY_SIDE_FROM", 0)  # fork even for a dozen articles
    runner.run_batch(corpus, tmp_path / "two", cache_dir=tmp_path / "c2", jobs=2, progress=False)
    names = sorted(p.name for p in (tmp_path / "one").glob("*.parquet"))
    assert "similarity.parquet" in names and "slogan_candidates.parquet" in names
    assert names == sorted(p.name for p in (tmp_path / "two").glob("*.parquet"))
    for name in names:
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "one" / name),
                                      pd.read_parquet(tmp_path / "two" / name), obj=name)


def _as_if_fresh(items, cache: Path, cfg: str):
    """Every other article as a worker of this run would have sent it (line and pickled
    rows, id and body), its cache file gone: the run must take it from what was sent."""
    import pickle

    from reportmine.batch.state import read_result, result_path
    from reportmine.compare.from_records import article_rows
    from reportmine.io import json_line

    fresh, fresh_texts = {}, {}
    for it in items[::2]:
        target = result_path(cache, it.chash, cfg)
        cached = read_result(target)  # (None for the copy once its original's file is gone)
        rec = cached.record if cached is not None else None
        if rec is not None:
            fresh[it.task.path] = (json_line(rec), pickle.dumps(article_rows(rec, keep_text=False)))
            fresh_texts[it.task.path] = (rec["id"], rec["text"])
            target.unlink()
    return fresh, fresh_texts


def test_bodies_from_the_outcomes_are_those_of_the_rows(corpus: Path, tmp_path: Path) -> None:
    # a run comparing side by side takes the bodies of new records from their outcomes:
    # the same ids and bodies, in the same order, as the rows give (duplicates once, failures none)
    from reportmine.config import config_hash

    (corpus / "copy.txt").write_bytes((corpus / "art000.txt").read_bytes())
    (corpus / "empty.txt").write_bytes(b"")
    run(corpus, tmp_path)
    cfg, cache = config_hash(), tmp_path / "cache"
    items, _ = runner.plan(corpus, cache, cfg)
    fresh, fresh_texts = _as_if_fresh(items, cache, cfg)
    assert len(fresh_texts) >= 5
    failures: list = []
    want = [(r.article_id, r.text) for _, r in runner.iter_rows(items, cache, cfg, dict(fresh), dict(fresh_texts),
                                                                  failures)]
    assert len(want) == 12 and "empty.txt" in [Path(f.path).name for f in failures]
    assert all(text for _, text in want)
    assert list(runner.iter_texts(items, cache, cfg, fresh_texts)) == want


def test_rows_sent_by_workers_are_those_of_the_cached_records(corpus: Path, tmp_path: Path) -> None:
    # what a run writes does not depend on whether an article's rows came from the
    # worker that extracted it or were made here from its cached record
    from reportmine.config import config_hash

    run(corpus, tmp_path)
    cfg, cache = config_hash(), tmp_path / "cache"
    items, _ = runner.plan(corpus, cache, cfg)
    from_cache = list(runner.iter_rows(items, cache, cfg, None, {}))
    fresh, fresh_texts = _as_if_fresh(items, cache, cfg)
    assert len(fresh) >= 5
    sent = list(runner.iter_rows(items, cache, cfg, fresh, fresh_texts))
    assert sent == from_cache and len(sent) == 12
    assert not fresh and not fresh_texts  # each let go of once read
    lines = (tmp_path / "out" / "records.jsonl").read_bytes().splitlines(keepends=True)
    assert [line for line, _ in sent] == lines


def test_a_fresh_run_and_a_rebuild_from_the_cache_write_the_same(corpus: Path, tmp_path: Path, tables) -> None:
    first = run(corpus, tmp_path, jobs=2)
    assert first.n_new == 12
    records = (tmp_path / "out" / "records.jsonl").read_bytes()
    again = runner.run_batch(corpus, tmp_path / "again", cache_dir=tmp_path / "cache", progress=False)
    assert again.n_new == 0 and not again.up_to_date
    assert (tmp_path / "again" / "records.jsonl").read_bytes() == records
    tables.assert_same(tables.read(tmp_path / "out"), tables.read(tmp_path / "again"))


def test_tables_are_built_with_the_cycle_collector_paused_and_restored(monkeypatch):
    import gc

    from reportmine.compare import from_records

    seen = []

    def fake_tables(rows, **kwargs):
        seen.append(gc.isenabled())
        return {}

    monkeypatch.setattr(from_records, "tables_from_rows", fake_tables)
    assert gc.isenabled()
    runner.build_all_tables([], [])
    assert seen == [False] and gc.isenabled()
    gc.disable()  # a caller that had it off keeps it off
    try:
        runner.build_all_tables([], [])
        assert seen == [False, False] and not gc.isenabled()
    finally:
        gc.enable()
