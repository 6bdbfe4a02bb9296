"""The unit of work of a batch: one raw file to one cached result.

Shared by the local process pool and the Dask engine, so both produce the
same results. A task never raises for bad input: a file that cannot be read,
parsed or extracted becomes a cached failure (stage, reason) and the batch
goes on. Results go straight to the cache (atomically) from the worker, so
work already done survives a killed run.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import re
import resource
import signal
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportmine.batch.state import CachedResult, content_hash, read_result, result_path, write_result
from reportmine.io import json_line

_CJK = re.compile(r"[\u3400-\u9fff]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Task:
    path: str
    url: str | None
    timeout: float | None = None  # seconds one article may take to parse and extract


class ArticleTimeout(Exception):
    """An article took longer than its time limit."""


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in this block after ``seconds`` (SIGALRM; the main
    thread of a process only, elsewhere no limit). Regex matching checks for
    signals, so a pathological pattern/input pair is stopped too."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return

    def on_alarm(signum, frame):  # noqa: ARG001
        raise ArticleTimeout(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Outcome:
    path: str
    chash: str | None
    status: str  # "new", "cached" or "failed"
    stage: str | None = None
    reason: str | None = None
    maxrss_kb: int = 0
    worker: bool = False  # ran in a pool or cluster worker (its maxrss is the worker's)
    cpu_s: float = 0.0  # CPU seconds the task took in its process
    pid: int = 0
    #: the new record's JSON line, when asked for (``keep_record``): bytes, which
    #: cost the receiving process no garbage-collector time while it waits
    record_line: bytes | None = None
    #: with ``record_line``, the record's id and body: a run comparing in several
    #: processes starts its similarity from the bodies without parsing the records first
    record_id: str | None = None
    text: str | None = None
    #: with ``record_line``, the record's table rows (``from_records.ArticleRows``,
    #: body left out), pickled: bytes again, and cheap to unpickle
    rows: bytes | None = None


def analyze_bytes(data: bytes, path: str, url: str | None, timeout: float | None = None) -> CachedResult:
    """Parse and extract one input; a failure names the stage that failed."""
    try:
        with time_limit(timeout):
            return _analyze_bytes(data, path, url)
    except ArticleTimeout as exc:
        return CachedResult(None, "extract", f"timed out: {exc}", url)


def _analyze_bytes(data: bytes, path: str, url: str | None) -> CachedResult:
    from reportmine.parse import parse_bytes
    from reportmine.pipeline import analyze_page

    if b"\x00" in data[:65536] and not data.startswith(_UTF16_BOMS):
        return CachedResult(None, "read", "binary file (NUL bytes), not text or HTML", url)
    try:
        page = parse_bytes(data, name=path, url=url)
    except ArticleTimeout:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser crash is reported, not raised
        return CachedResult(None, "parse", f"{type(exc).__name__}: {exc}"[:500], url)
    if not page.text.strip():
        reason = "; ".join(page.warnings) or "no body text found"
        if not data.strip():
            reason = "empty file" if not data else "only whitespace"
        return CachedResult(None, "parse", reason, url)
    try:
        art = analyze_page(page, path)
    except ArticleTimeout:
        raise
    except Exception as exc:  # noqa: BLE001
        return CachedResult(None, "extract", f"{type(exc).__name__}: {exc}"[:500], url)
    art.content_hash = content_hash(data)
    if not _CJK.search(art.text):
        art.warnings.append("no Chinese text found")
    return CachedResult(art.to_dict(), url=url)


def run_task(task: Task, cache_dir: str, cfg: str, force: bool = False, keep_record: bool = False) -> Outcome:
    """Read, hash, analyze and cache one file; the outcome says how much CPU it took
    and, with ``keep_record``, carries the record so the run need not read it back."""
    return next(run_tasks([task], cache_dir, cfg, force, keep_record))


def run_tasks(tasks: Iterable[Task], cache_dir: str, cfg: str, force: bool = False,
              keep_record: bool = False) -> Iterator[Outcome]:
    """``run_task`` over many tasks, one outcome per task in task order, each
    yielded once its result file is in place.

    (Writing the results from a background thread was tried: the writes are
    system calls that release the GIL, but switching threads cost as much as
    it saved on this 2-core machine, so the writes stay in line.)
    """
    for task in tasks:
        start = time.process_time()
        out, pending = _prepare(task, cache_dir, cfg, force)
        if pending is not None:
            target, result = pending
            try:
                line = write_result(target, result)
            except OSError as exc:
                out.status, out.stage, out.reason = "failed", "write", f"cannot write result: {exc}"
            else:
                if keep_record and result.record is not None:
                    _keep(out, task, result.record, line)
        out.cpu_s, out.pid = time.process_time() - start, os.getpid()
        yield out


def _keep(out: Outcome, task: Task, record: dict, line: bytes) -> None:
    """Put on the outcome what the run's tables need of a new record: its line of
    records.jsonl (path and URL as this run names them), id, body, and its rows,
    made here so that with ``--jobs`` the process building the tables only
    concatenates them."""
    from reportmine.compare.from_records import article_rows

    if record.get("path") != task.path or record.get("url") != task.url:
        record = {**record, "path": task.path, "url": task.url}
        line = json_line(record)
    out.record_line = line
    out.record_id, out.text = record["id"], record.get("text") or ""
    out.rows = pickle.dumps(article_rows(record, keep_text=False), protocol=pickle.HIGHEST_PROTOCOL)


def _prepare(task: Task, cache_dir: str, cfg: str, force: bool) -> tuple[Outcome, tuple[Path, CachedResult] | None]:
    """The outcome of one task and, when a result must be cached, where and what."""
    try:
        data = Path(task.path).read_bytes()
    except OSError as exc:
        return Outcome(task.path, None, "failed", "read", f"cannot read file: {exc.strerror or exc}"), None
    chash = content_hash(data)
    target = result_path(Path(cache_dir), chash, cfg)
    if not force and read_result(target, header_only=True) is not None:
        return Outcome(task.path, chash, "cached"), None
    result = analyze_bytes(data, task.path, task.url, task.timeout)
    if result.record is not None:
        # the record names the config its cache key names (the run's, decided once)
        result.record["config_hash"] = cfg
        return Outcome(task.path, chash, "new"), (target, result)
    if (result.reason or "").startswith("timed out"):
        # depends on the machine's load: not cached, so the next run tries again
        return Outcome(task.path, chash, "failed", result.stage, result.reason), None
    return Outcome(task.path, chash, "failed", result.stage, result.reason), (target, result)


def run_chunk(tasks: list[Task], cache_dir: str, cfg: str, force: bool = False,
              keep_record: bool = False) -> list[Outcome]:
    """A chunk of tasks in one worker; each outcome carries the worker's peak memory."""
    out = list(run_tasks(tasks, cache_dir, cfg, force, keep_record))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for o in out:
        o.maxrss_kb = rss
    return out
