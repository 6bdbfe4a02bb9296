"""``reportmine run``: the incremental batch from data/raw to data/processed."""
from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click


@click.command("run")
@click.argument("input_dir", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the tables (default: data/processed).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Per-article results (default: data/interim/articles).")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes  [default: 0 = all cores].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this process or a process pool; dask: a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address (default: start a LocalCluster with --jobs workers).")
@click.option("--force", is_flag=True, help="Re-extract every article, ignoring cached results.")
@click.option("--csv/--no-csv", default=True, help="Also write CSV beside Parquet.")
@click.option("--timeout", type=click.FloatRange(min=0), default=300.0, show_default=True,
              help="Seconds one article may take before it is reported as failed (0 = no limit; "
                   "not enforced on Dask workers).")
def run_cmd(input_dir: Path | None, out_dir: Path | None, cache_dir: Path | None, jobs: int, engine: str,
            scheduler: str | None, force: bool, csv: bool, timeout: float) -> None:
    """Extract new or changed articles of INPUT_DIR (default data/raw) and rebuild the tables.

    Exits with 3 when some inputs failed (see the failures table); the rest is written.
    """
    from reportmine.batch.failures import EXIT_FAILURES
    from reportmine.batch.runner import run_batch
    from reportmine.config import processed_dir, raw_dir

    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    logging.getLogger("distributed").setLevel(logging.WARNING)
    input_dir = input_dir or raw_dir()
    out_dir = out_dir or processed_dir()
    if not input_dir.is_dir():
        raise click.BadParameter(f"no such folder: {input_dir}", param_hint="INPUT_DIR")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    jobs = jobs or os.cpu_count() or 1
    res = run_batch(input_dir, out_dir, cache_dir=cache_dir, jobs=jobs, engine=engine, scheduler=scheduler,
                    force=force, formats=("parquet", "csv") if csv else ("parquet",), timeout=timeout or None)
    c = res.counts()
    extra = f", {res.n_skipped} skipped (manifest: duplicates, listing pages)" if res.n_skipped else ""
    fresh = "; nothing new, the tables are up to date" if res.up_to_date else ""
    click.echo(f"{res.n_new} new, {res.n_cached} cached{extra}{fresh} ({res.seconds:.1f}s)")
    click.echo(f"tables in {out_dir}/ (Parquet{' + CSV' if csv else ''}), records in {out_dir / 'records.jsonl'}")
    click.echo("  ".join(f"{k}: {v}" for k, v in c.items()))
    mem = f"peak memory: this process {res.maxrss_kb / 1024:.0f} MB"
    if res.worker_maxrss_kb:
        mem += f", largest child process {res.worker_maxrss_kb / 1024:.0f} MB"
    click.echo(mem)
    if res.failures:
        click.echo(f"{len(res.failures)} input(s) failed; see {out_dir / 'failures.csv' if csv else out_dir / 'failures.parquet'}",
                   err=True)
        for f in res.failures[:10]:
            click.echo(f"  {f.path}: {f.stage}: {f.reason}", err=True)
        sys.exit(EXIT_FAILURES)
