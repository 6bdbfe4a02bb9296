"""A run killed with SIGKILL half-way and started again ends with the same tables."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reportmine.batch.runner import PAUSE_ENV

pytestmark = pytest.mark.slow


def _cmd(raw: Path, out: Path, cache: Path, jobs: int = 1) -> list[str]:
    return [sys.executable, "-m", "reportmine", "run", str(raw), "-o", str(out), "--cache-dir", str(cache),
            "--jobs", str(jobs)]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != PAUSE_ENV}
    env.update(extra)
    return env


def _configs(cache: Path) -> set[str]:
    """Config hashes named by the cached result files."""
    return {p.stem.rsplit("-", 1)[1] for p in cache.rglob("*.json")}


def test_kill_9_with_two_workers_loses_nothing(tmp_path: Path, tables) -> None:
    raw = tmp_path / "raw"
    tables.write_corpus(raw, 40)
    cache = tmp_path / "cache"
    proc = subprocess.Popen(_cmd(raw, tmp_path / "out", cache, jobs=2), env=_env(**{PAUSE_ENV: "10"}),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(cache.rglob("*.json"))) < 10:
        assert proc.poll() is None
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)  # the runner and its workers, some mid-write
    proc.wait(timeout=30)
    killed_cfg = _configs(cache)
    again = subprocess.run(_cmd(raw, tmp_path / "out", cache, jobs=2), env=_env(), capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0, again.stderr
    if _configs(cache) != killed_cfg:
        pytest.skip("extraction code changed while the test ran (shared checkout)")
    new, cached = (int(x) for x in re.match(r"(\d+) new, (\d+) cached", again.stdout).groups())
    assert new + cached == 40 and cached >= 10
    full = subprocess.run(_cmd(raw, tmp_path / "full", tmp_path / "cache_full"), env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr
    tables.assert_same(tables.read(tmp_path / "full"), tables.read(tmp_path / "out"))


def test_kill_9_then_rerun_gives_the_same_tables(tmp_path: Path, tables) -> None:
    raw = tmp_path / "raw"
    tables.write_corpus(raw, 30)
    cache = tmp_path / "cache"
    proc = subprocess.Popen(_cmd(raw, tmp_path / "out", cache), env=_env(**{PAUSE_ENV: "10"}),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(cache.rglob("*.json"))) < 10:
        assert proc.poll() is None, proc.stderr.read().decode()
        time.sleep(0.1)
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert len(list(cache.rglob("*.json"))) == 10, "the runner went past its pause point"
    assert not (tmp_path / "out" / "articles.parquet").exists()

    killed_cfg = _configs(cache)
    again = subprocess.run(_cmd(raw, tmp_path / "out", cache), env=_env(), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    if _configs(cache) != killed_cfg:
        pytest.skip("extraction code changed while the test ran (shared checkout); results were rightly redone")
    assert "20 new, 10 cached" in again.stdout
    full = subprocess.run(_cmd(raw, tmp_path / "full", tmp_path / "cache_full"), env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert full.returncode == 0, full.stderr
    if _configs(tmp_path / "cache_full") != killed_cfg:
        pytest.skip("extraction code changed while the test ran (shared checkout)")
    tables.assert_same(tables.read(tmp_path / "full"), tables.read(tmp_path / "out"))
    assert len(tables.read(tmp_path / "out")["articles"]) == 30
