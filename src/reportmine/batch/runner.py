"""An incremental batch run: plan, extract what changed, rebuild the tables.

1. plan: list the raw files (skipping those the scraper's manifest marks as
   duplicates or listing pages), hash each, and look its result up in the cache
   (content hash + config hash, and the same URL);
2. execute: only the missing results, in this process, a process pool
   (``jobs`` > 1) or on Dask; each worker writes its results to the cache;
3. tables: rebuilt from all cached results, in path order, so the tables do
   not depend on the engine, the number of jobs or on how often a run was
   interrupted.
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import logging
import multiprocessing
import os
import pickle
import resource
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from reportmine import compare
from reportmine.batch import stamp
from reportmine.batch.failures import Failure, failures_table
from reportmine.batch.progress import Progress
from reportmine.batch.state import CachedResult, content_hash, read_manifest, read_result, result_path
from reportmine.batch.task import Outcome, Task, run_chunk, run_tasks
from reportmine.compare.from_records import ArticleRows

log = logging.getLogger(__name__)

#: test hook: after this many extracted articles the runner stops and sleeps,
#: so a test can kill it at a known point
PAUSE_ENV = "REPORTMINE_BATCH_PAUSE_AFTER"
RECORDS_FILE = "records.jsonl"
#: fewer new articles than this are extracted in this process: a pool costs more than it saves
SMALL_BATCH = 8
#: seconds one article may take (parse + extract) before it becomes a failure
DEFAULT_TIMEOUT = 300.0


@dataclass
class RunResult:
    """What a run did and where its outputs are."""

    out_dir: Path
    n_files: int = 0
    n_new: int = 0
    n_cached: int = 0
    n_skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    tables: Mapping[str, pd.DataFrame] = field(default_factory=dict)  # SavedTables when up to date
    paths: list[Path] = field(default_factory=list)
    seconds: float = 0.0
    maxrss_kb: int = 0  # peak resident memory of this (the main) process
    worker_maxrss_kb: int = 0  # peak resident memory of the largest child process (pool worker, comparison step), if any
    timings: dict[str, float] = field(default_factory=dict)  # seconds per phase: plan, extract, tables, write
    cpu_by_process: dict[int, float] = field(default_factory=dict)  # extraction CPU seconds per process
    up_to_date: bool = False  # nothing new: the tables already in out_dir were kept (see batch.stamp)
    summary: dict[str, int] | None = None  # the counts, when the tables were not rebuilt

    def counts(self) -> dict[str, int]:
        """The short summary: articles, people, organizations, numbers, slogans, units (and how many of
        them are relative names), failures."""
        if self.summary is not None:
            return dict(self.summary)
        t = self.tables
        art = t.get("articles")
        units = int(art["unit"].dropna().nunique()) if art is not None and len(art) else 0
        inst = t.get("institutions")
        relative = int(inst["relative"].fillna(False).sum()) if inst is not None and "relative" in inst else 0
        return {
            "articles": len(art) if art is not None else 0,
            "people": len(t.get("people", ())),
            "organizations": len(t.get("organizations", ())),
            "numbers": len(t.get("numbers", ())),
            "slogans": len(t.get("slogans", ())),
            "units": units,
            "relative units": relative,  # 医院, 市委: may stand for several bodies (institutions.relative)
            "failures": len(self.failures),
        }


@dataclass
class _Item:
    task: Task
    chash: str | None = None
    done: bool = False  # a result for (chash, config) is in the cache
    failure: Failure | None = None


def default_cache_dir() -> Path:
    from reportmine.config import interim_dir

    return interim_dir() / "articles"


def plan(input_dir: Path, cache_dir: Path, cfg: str, force: bool = False) -> tuple[list[_Item], int]:
    """Items in path order, each hashed and marked done when a reusable result is cached;
    and the number of files the manifest says to skip."""
    from reportmine.inputs import iter_inputs

    manifest = read_manifest(input_dir)
    items: list[_Item] = []
    dups = 0
    for f in iter_inputs([input_dir]):
        entry = manifest.get(str(f.resolve()))
        if entry is not None and entry.skip:
            dups += 1
            continue
        item = _Item(Task(str(f), entry.url if entry else None))
        try:
            data = f.read_bytes()
        except OSError as exc:
            item.failure = Failure(str(f), "read", f"cannot read file: {exc.strerror or exc}")
            items.append(item)
            continue
        item.chash = content_hash(data)
        if not force:
            cached = read_result(result_path(cache_dir, item.chash, cfg), header_only=True)
            item.done = cached is not None and cached.url == item.task.url
        items.append(item)
    return items, dups


def _chunks(tasks: list[Task], jobs: int) -> list[list[Task]]:
    """Chunks small enough to balance the workers, big enough to keep IPC cheap."""
    size = max(1, min(32, len(tasks) // (jobs * 8) or 1))
    return [tasks[i:i + size] for i in range(0, len(tasks), size)]


def _warm_up() -> None:
    """Build the lazy regex/lexicon caches of a worker before its first real article."""
    from reportmine.pipeline import analyze

    try:
        analyze("某单位召开专题组织生活会。\n党支部书记张某主持会议，全体党员30余人参加。")
    except Exception:  # noqa: BLE001 - a warm-up failure shows up again, per article
        pass


def _mp_context() -> multiprocessing.context.BaseContext:
    """fork where available: workers share this process's warmed lexicons and
    compiled patterns copy-on-write and start at once (a fresh worker needs
    about 2 s and 200 MB to build them). Elsewhere, forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    for method in ("fork", "forkserver", "spawn"):
        if method in methods:
            return multiprocessing.get_context(method)
    return multiprocessing.get_context()


def execute_local(tasks: list[Task], cache_dir: Path, cfg: str, jobs: int, force: bool,
                  on_outcome: Callable[[Outcome], None]) -> None:
    """Run tasks here (jobs == 1) or in a pool of ``jobs`` processes, in chunks."""
    if not tasks:
        return
    in_process = jobs <= 1 or len(tasks) < SMALL_BATCH
    ctx = None if in_process else _mp_context()
    forked = in_process or ctx.get_start_method() == "fork"
    if forked:
        # warm the lexicons, then move them out of the collector's sight: full
        # collections stop walking them (faster here) and stop touching, hence
        # copying, the pages forked workers share
        _warm_up()
        gc.collect()
        gc.freeze()
    try:
        if in_process:
            for o in run_tasks(tasks, str(cache_dir), cfg, force, keep_record=True):
                o.maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                on_outcome(o)
            return
        with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=None if forked else _warm_up) as pool:
            futures = [pool.submit(run_chunk, c, str(cache_dir), cfg, force, True) for c in _chunks(tasks, jobs)]
            for fut in as_completed(futures):
                for o in fut.result():
                    o.worker = True
                    on_outcome(o)
    finally:
        if forked:
            gc.unfreeze()


def run_batch(input_dir: str | Path, out_dir: str | Path, cache_dir: str | Path | None = None,
              jobs: int = 1, engine: str = "local", scheduler: str | None = None, force: bool = False,
              progress: bool | None = None, formats: tuple[str, ...] = ("parquet", "csv"),
              timeout: float | None = DEFAULT_TIMEOUT) -> RunResult:
    """Bring ``out_dir``'s tables up to date with ``input_dir``; see the module docstring."""
    from reportmine.config import config_hash

    start = time.monotonic()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
    cfg = config_hash()
    items, dups = plan(input_dir, cache_dir, cfg, force)
    t_plan = time.monotonic()
    res = RunResult(out_dir=out_dir, n_files=len(items) + dups, n_skipped=dups)
    pending = [it for it in items if not it.done and it.failure is None]
    res.n_cached = len(items) - len(pending) - sum(1 for it in items if it.failure)
    log.info("%d new, %d cached", len(pending), res.n_cached)
    key = stamp.inputs_key(((it.task.path, it.chash, it.task.url, it.failure and it.failure.reason) for it in items),
                           dups, formats, engine)
    if not pending and not force and "parquet" in formats:
        kept = stamp.current(out_dir, key)
        if kept is not None:
            log.info("nothing new: the tables in %s are up to date", out_dir)
            res.up_to_date, res.summary, res.paths = True, kept.counts, kept.paths
            res.failures = [Failure(**f) for f in kept.failures]
            res.tables = SavedTables(out_dir)
            res.timings = {"plan": t_plan - start}
            res.maxrss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            res.seconds = time.monotonic() - start
            return res

    by_path = {it.task.path: it for it in pending}
    pause_after = int(os.environ.get(PAUSE_ENV, "0") or 0)
    bar = Progress(len(pending), "extract", tty=progress)
    done = 0
    fresh: dict[str, tuple[bytes, bytes | None]] = {}  # path -> (records.jsonl line, pickled rows)
    fresh_texts: dict[str, tuple[str, str]] = {}  # path -> (id, body)

    def on_outcome(o: Outcome) -> None:
        nonlocal done
        it = by_path[o.path]
        if o.worker:
            res.worker_maxrss_kb = max(res.worker_maxrss_kb, o.maxrss_kb)
        res.cpu_by_process[o.pid] = res.cpu_by_process.get(o.pid, 0.0) + o.cpu_s
        # new records are kept as bytes (their JSON line and pickled rows) until
        # extraction is over (``iter_rows`` lets each go as it reads it): bytes are
        # invisible to the garbage collector, so a growing batch does not slow this
        # process down
        if o.record_line is not None:
            fresh[o.path] = (o.record_line, o.rows)
            if o.record_id is not None and o.text is not None:
                fresh_texts[o.path] = (o.record_id, o.text)
        if o.status == "failed":
            it.failure = Failure(o.path, o.stage or "read", o.reason or "unknown error")
        if o.chash is not None:
            it.chash, it.done = o.chash, True
        done += 1
        bar.update()
        if pause_after and done == pause_after:
            log.warning("%s=%d: pausing for a test", PAUSE_ENV, pause_after)
            time.sleep(3600)

    tasks = [dataclasses.replace(it.task, timeout=timeout) for it in pending]
    try:
        if engine == "dask":
            from reportmine.batch.dask_engine import execute_dask

            execute_dask(tasks, cache_dir, cfg, jobs, scheduler, force, on_outcome)
        elif engine == "local":
            execute_local(tasks, cache_dir, cfg, jobs, force, on_outcome)
        else:
            raise ValueError(f"unknown engine {engine!r}; choose local or dask")
    finally:
        bar.close()
    res.n_new = len(pending)
    t_extract = time.monotonic()

    # one pass over the records, in path order: each is written to records.jsonl
    # and its rows handed to the tables, and none is kept (the comparison step gets
    # the bodies only), so memory does not hold the whole batch twice
    res.failures = []
    stamp.clear(out_dir)
    texts = None
    if jobs > 1 and len(items) >= compare.SIDE_BY_SIDE_FROM:
        # the bodies first (those extracted now came with their outcomes, the others are
        # read from the cache): the comparison step's similarity then starts in a child
        # at once, beside the base tables
        texts = dict(iter_texts(items, cache_dir, cfg, fresh_texts))
        fresh_texts.clear()
    rows = iter_rows(items, cache_dir, cfg, fresh, None if texts is not None else fresh_texts, res.failures)
    with write_records(out_dir) as keep:
        res.tables = build_all_tables(keep(rows), res.failures, processes=jobs, texts=texts)
    t_tables = time.monotonic()
    res.paths = write_outputs(res.tables, out_dir, formats) + [out_dir / RECORDS_FILE]
    if engine == "dask":
        from reportmine.batch.dask_engine import write_partitioned

        res.paths.append(write_partitioned(res.tables["numbers"], out_dir))
    if not any(f.stage == "tables" for f in res.failures):  # a failed comparison step is tried again next run
        stamp.write(out_dir, key, [p for p in res.paths if p.is_file()], res.counts(),
                    [dataclasses.asdict(f) for f in res.failures])
    t_end = time.monotonic()
    res.timings = {"plan": t_plan - start, "extract": t_extract - t_plan, "tables": t_tables - t_extract,
                   "write": t_end - t_tables}
    res.maxrss_kb = max(res.maxrss_kb, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    if jobs > 1:  # the pool's workers and the comparison step's forked children, all joined by now
        res.worker_maxrss_kb = max(res.worker_maxrss_kb, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    res.seconds = time.monotonic() - start
    return res


class SavedTables(Mapping[str, pd.DataFrame]):
    """The tables of an output folder, each read from its Parquet file when first asked for.

    What an up-to-date run returns: the summary needs no table, and a
    notebook that wants one pays for that one only.
    """

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self._read: dict[str, pd.DataFrame] = {}

    def _names(self) -> list[str]:
        return sorted(p.stem for p in self.out_dir.glob("*.parquet"))

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._read:
            if not (self.out_dir / f"{name}.parquet").is_file():
                raise KeyError(name)
            from reportmine.tables.write import read_table

            self._read[name] = read_table(name, self.out_dir)
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._names())

    def __len__(self) -> int:
        return len(self._names())


def _kept(items: list[_Item], load: Callable[[_Item], Any | Failure], failures: list[Failure],
          log_copies: bool) -> Iterator[tuple[_Item, Any]]:
    """Each item whose record a run keeps, in path order, with what ``load`` read of it.

    Inputs without a record (failed before, or ``load`` gives a ``Failure``) are
    appended to ``failures`` as they are met; identical files count once.
    """
    seen: dict[str, str] = {}
    for it in sorted(items, key=lambda i: i.task.path):
        if it.failure is not None:
            failures.append(it.failure)
            continue
        assert it.chash is not None
        got = load(it)
        if isinstance(got, Failure):
            failures.append(got)
            continue
        if it.chash in seen:
            if log_copies:
                log.info("%s has the same bytes as %s; counted once", it.task.path, seen[it.chash])
            continue
        seen[it.chash] = it.task.path
        yield it, got


def _cached_record(it: _Item, cache_dir: Path, cfg: str) -> CachedResult | Failure:
    """The item's cached result with a record, or the failure it stands for."""
    assert it.chash is not None
    r = read_result(result_path(cache_dir, it.chash, cfg))
    if r is None:
        return Failure(it.task.path, "write", "result missing or unreadable after extraction")
    if r.record is None:
        return Failure(it.task.path, r.stage or "extract", r.reason or "unknown error")
    return r


def iter_rows(items: list[_Item], cache_dir: Path, cfg: str,
              fresh: dict[str, tuple[bytes, bytes | None]] | None = None,
              fresh_texts: dict[str, tuple[str, str]] | None = None,
              failures: list[Failure] | None = None) -> Iterator[tuple[bytes, ArticleRows]]:
    """Each kept record's line of records.jsonl and its table rows, in path order
    (path and URL as of this run); identical files count once.

    ``fresh`` holds what the workers sent of the records extracted in this run
    (line and pickled rows, by path), ``fresh_texts`` their (id, body) when the
    rows are to carry the bodies (None: the caller has them); each is let go of
    once read. The other records are read from the cache. Inputs without a
    record are appended to ``failures`` as they are met.
    """
    import orjson

    from reportmine.compare.from_records import article_rows
    from reportmine.io import json_line

    fresh = {} if fresh is None else fresh
    keep_text = fresh_texts is not None

    def load(it: _Item) -> tuple[bytes, ArticleRows] | Failure:
        got = fresh.pop(it.task.path, None)
        if got is not None:
            line, packed = got
            body = fresh_texts.pop(it.task.path, None) if fresh_texts is not None else None
            if packed is not None and (body is not None or not keep_text):
                rows = pickle.loads(packed)
                return line, rows._replace(text=body[1]) if body is not None else rows
            return line, article_rows(orjson.loads(line), keep_text)
        r = _cached_record(it, cache_dir, cfg)
        if isinstance(r, Failure):
            return r
        rec = r.record
        rec["path"], rec["url"] = it.task.path, it.task.url
        return json_line(rec), article_rows(rec, keep_text)

    for _, got in _kept(items, load, [] if failures is None else failures, log_copies=True):
        yield got


def iter_texts(items: list[_Item], cache_dir: Path, cfg: str,
               fresh_texts: Mapping[str, tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """(id, body) of every record ``iter_rows`` yields, in the same order; for
    records extracted in this run from ``fresh_texts`` (path -> (id, body)) instead
    of parsing their JSON."""
    def load(it: _Item) -> tuple[str, str] | Failure:
        got = fresh_texts.get(it.task.path)
        if got is not None:
            return got
        r = _cached_record(it, cache_dir, cfg)
        return r if isinstance(r, Failure) else (r.record["id"], r.record.get("text") or "")

    for _, got in _kept(items, load, [], log_copies=False):
        yield got


def build_all_tables(rows: Iterable[ArticleRows], failures: list[Failure],
                     processes: int = 1, texts: Mapping[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """Every table of the articles' ``rows`` (read once, as they come) and the failures table.

    A failing comparison step becomes a row in ``failures``; the base tables
    are still written. ``processes`` > 1 lets the comparison step run two of
    its steps side by side (``compare.beside``); ``texts``, the bodies when
    known beforehand, lets it start the first one at once.
    """
    from reportmine.compare.from_records import tables_from_rows

    def compare_failed(exc: Exception) -> None:
        log.error("comparison tables failed: %s", exc)
        failures.append(Failure("(all articles)", "tables", f"build_comparisons: {type(exc).__name__}: {exc}"))

    with collector_paused():
        tables = tables_from_rows(rows, on_compare_error=compare_failed, keep_segmenter=False,
                                  processes=processes, texts=texts)
    tables["failures"] = failures_table(failures)
    return tables


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for the block (as it was after).

    Building the tables makes hundreds of thousands of container objects (rows,
    column lists, frames) that live until the tables are done and hardly form
    cycles, yet their number triggers collector passes, each walking them all
    and everything the extraction left (lexicons, compiled patterns): about 3%
    of the tables phase on 2,000 articles, with no change in peak memory. What
    cycles there are wait for the first pass after the block. (The comparison
    step's forked children start with it off too; they exit when done.)
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextlib.contextmanager
def write_records(out_dir: Path) -> Iterator[Callable[[Iterable[tuple[bytes, ArticleRows]]], Iterator[ArticleRows]]]:
    """records.jsonl, written (atomically) as the articles pass through the function this yields.

    Usage: ``with write_records(out) as keep: use(keep(iter_rows(...)))``; each
    record's line is written and its rows passed on. The file replaces the old
    one only when the block ends without an error.
    """
    from reportmine.io import atomic_open

    with atomic_open(out_dir / RECORDS_FILE, "wb") as fh:
        def keep(lines_and_rows: Iterable[tuple[bytes, ArticleRows]]) -> Iterator[ArticleRows]:
            for line, rows in lines_and_rows:
                fh.write(line)
                yield rows

        yield keep


def write_outputs(tables: dict[str, pd.DataFrame], out_dir: Path, formats: tuple[str, ...]) -> list[Path]:
    """Every table, atomically and schema-checked."""
    from reportmine.tables.write import write_tables

    return write_tables(tables, out_dir, formats)
