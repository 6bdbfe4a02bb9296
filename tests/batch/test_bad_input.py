"""Bad input never stops a batch: a record with warnings or a failures row, and exit code 3."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reportmine.batch import runner
from reportmine.batch.cli import run_cmd
from reportmine.batch.failures import EXIT_FAILURES

GOOD = "南岭职业技术学院党委召开专题组织生活会\n近日，学院机关第一党支部组织党员30余人开展主题党日活动，支部书记周晓琳讲授专题党课。\n"


def _gbk_truncated() -> bytes:
    data = GOOD.rstrip("\n").encode("gbk")
    return data[:-1]  # cut inside the last two-byte character


CASES = {
    "empty.txt": b"",
    "whitespace.txt": " \n\t\r\n\u3000 \n".encode("utf-8"),
    "binary.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8,
    "invalid_utf8.txt": GOOD.encode("utf-8")[:40] + b"\xff\xfe\xc3" + GOOD.encode("utf-8")[40:],
    "truncated_gbk.txt": _gbk_truncated(),
    "huge.txt": ("东湖街道党工委召开民主生活会，查摆问题12条，全体党员参加。" * 12 + "\n").encode("utf-8") * 19_400,  # about 20 MB
    "nested.html": ("<html><body>" + "<div>" * 50_000 + "<p>东湖街道党工委召开民主生活会。</p>"
                    + "</div>" * 50_000 + "</body></html>").encode("utf-8"),
    "nobody.html": "<html><head><title>东湖街道</title></head></html>".encode("utf-8"),
    "english.html": b"<html><body><h1>Annual meeting</h1><p>The committee met on Monday to review the plan.</p></body></html>",
}


def _run(raw: Path, tmp: Path) -> runner.RunResult:
    return runner.run_batch(raw, tmp / "out", cache_dir=tmp / "cache", progress=False)


def _outcome(res: runner.RunResult, path: Path) -> tuple[list[str] | None, tuple[str, str] | None]:
    """(warnings of the record, (stage, reason) of the failure) for one input."""
    arts = res.tables["articles"]
    row = arts[arts["path"] == str(path)]
    fails = [f for f in res.failures if f.path == str(path)]
    value = None if row.empty else row["warnings"].iloc[0]
    warnings = None if row.empty else [w for w in ("" if pd.isna(value) else value).split(" | ") if w]
    return warnings, (fails[0].stage, fails[0].reason) if fails else None


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_input_is_reported_and_the_batch_completes(name: str, tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    bad = raw / name
    bad.write_bytes(CASES[name])
    res = _run(raw, tmp_path)
    good_warnings, good_fail = _outcome(res, raw / "good.txt")
    assert good_warnings == [] and good_fail is None
    warnings, failure = _outcome(res, bad)
    assert (warnings is None) != (failure is None), "exactly one of record or failure"
    if name == "nested.html" and warnings == []:
        # a clean record is right only when the deep paragraph was recovered
        assert "东湖街道党工委召开民主生活会" in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8")
    else:
        assert failure is not None or warnings, f"{name}: a record without warnings"
    if failure is not None:
        assert failure[0] in {"read", "parse", "extract"} and failure[1]
    assert (tmp_path / "out" / "failures.parquet").is_file()


def test_expected_kinds_of_outcome(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, data in CASES.items():
        if name != "huge.txt":  # slow; covered by the parametrized test
            (raw / name).write_bytes(data)
    res = _run(raw, tmp_path)
    failed = {Path(f.path).name: f.stage for f in res.failures}
    for name in ("empty.txt", "whitespace.txt", "nobody.html"):
        assert failed.get(name) == "parse"
    assert failed.get("binary.txt") == "read"
    arts = res.tables["articles"]
    warned = dict(zip(arts["path"].map(lambda p: Path(p).name), arts["warnings"]))
    assert "english.html" in failed or "Chinese" in warned["english.html"]
    assert warned["truncated_gbk.txt"] and warned["invalid_utf8.txt"]
    assert len(arts) + len(res.failures) == len(CASES) - 1


def test_file_disappearing_mid_run(tmp_path: Path, monkeypatch, tables) -> None:
    raw = tmp_path / "raw"
    tables.write_corpus(raw, 4)
    gone = raw / "art002.txt"
    real_plan = runner.plan

    def plan_then_delete(*args, **kw):
        out = real_plan(*args, **kw)
        gone.unlink()  # after it was listed and hashed, before it is extracted
        return out

    monkeypatch.setattr(runner, "plan", plan_then_delete)
    res = _run(raw, tmp_path)
    assert [(Path(f.path).name, f.stage) for f in res.failures] == [("art002.txt", "read")]
    assert len(res.tables["articles"]) == 3


def test_exit_code_says_something_failed(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text(GOOD, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    res = CliRunner().invoke(run_cmd, [str(raw), "-o", str(tmp_path / "out"), "--cache-dir", str(tmp_path / "c")])
    assert res.exit_code == EXIT_FAILURES
    assert "articles: 1" in res.output and "failures: 1" in res.output
    fails = pd.read_parquet(tmp_path / "out" / "failures.parquet")
    assert fails["path"].tolist() == [str(raw / "empty.txt")] and fails["stage"].tolist() == ["parse"]


def test_invalid_utf8_keeps_the_readable_text(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "invalid_utf8.txt").write_bytes(CASES["invalid_utf8.txt"])
    res = _run(raw, tmp_path)
    assert "主题党日活动" in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8")
    assert res.tables["articles"]["warnings"].iloc[0]


def test_an_article_that_hangs_times_out_and_the_batch_goes_on(tmp_path: Path, monkeypatch, tables) -> None:
    import time

    import reportmine.pipeline

    raw = tmp_path / "raw"
    tables.write_corpus(raw, 3)
    (raw / "hang.txt").write_text("东湖街道党工委召开民主生活会。这篇会卡住。\n", encoding="utf-8")
    real = reportmine.pipeline.analyze_page

    def slow_on_one(page, path=None):
        if "卡住" in page.text:
            time.sleep(30)
        return real(page, path)

    monkeypatch.setattr(reportmine.pipeline, "analyze_page", slow_on_one)
    start = time.monotonic()
    res = runner.run_batch(raw, tmp_path / "out", cache_dir=tmp_path / "cache", progress=False, timeout=0.5)
    assert time.monotonic() - start < 20
    assert [(Path(f.path).name, f.stage) for f in res.failures] == [("hang.txt", "extract")]
    assert "timed out" in res.failures[0].reason
    assert len(res.tables["articles"]) == 3
    # not cached: the next run tries again
    again = runner.run_batch(raw, tmp_path / "out", cache_dir=tmp_path / "cache", progress=False, timeout=0.5)
    assert again.n_new == 1 and again.n_cached == 3
