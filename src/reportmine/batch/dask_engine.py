"""The same batch on Dask: a LocalCluster by default, or a real cluster by address.

Workers run the very task the local engine runs (``task.run_chunk``): they
read the raw files and write the per-article results to the cache folder,
so on a real cluster ``data/raw`` and ``data/interim`` must be on storage
every worker sees. The client only gathers the small outcomes; the tables
are rebuilt from the cache exactly as in a local run, hence identical.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from reportmine.batch.task import Outcome, Task, run_chunk

log = logging.getLogger(__name__)

#: folder (under the output folder) of the numbers table partitioned by metric
PARTITIONED = "numbers_by_metric"


def _client(jobs: int, scheduler: str | None):
    from distributed import Client, LocalCluster

    # distributed configures its loggers on import; keep cluster chatter out of the run's output
    for name in ("distributed", "distributed.scheduler", "distributed.core", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster), cluster


def execute_dask(tasks: list[Task], cache_dir: Path, cfg: str, jobs: int, scheduler: str | None,
                 force: bool, on_outcome: Callable[[Outcome], None]) -> None:
    """Map chunks of tasks over the cluster's workers; outcomes arrive as chunks finish."""
    if not tasks:
        return
    from distributed import as_completed

    from reportmine.batch.runner import _chunks

    client, cluster = _client(jobs, scheduler)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        chunks = _chunks(tasks, n_workers)
        log.info("dask: %d chunk(s) on %d worker(s) at %s", len(chunks), n_workers, client.scheduler.address)
        futures = client.map(run_chunk, chunks, cache_dir=str(cache_dir), cfg=cfg, force=force, pure=False)
        for _fut, outs in as_completed(futures, with_results=True):
            for o in outs:
                o.worker = True
                on_outcome(o)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def write_partitioned(numbers: pd.DataFrame, out_dir: Path) -> Path:
    """Write the numbers table as a Parquet dataset partitioned by metric (hive layout).

    Written to a temporary folder and swapped in, so readers never see a
    half-written dataset. Numbers without a metric go to ``metric=none``.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    target = out_dir / PARTITIONED
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{PARTITIONED}.", dir=out_dir))
    try:
        df = numbers.copy()
        df["metric"] = df["metric"].fillna("none").astype("string")
        pq.write_to_dataset(pa.Table.from_pandas(df, preserve_index=False), str(tmp), partition_cols=["metric"])
        old = None
        if target.exists():
            old = out_dir / f".{PARTITIONED}.old"
            shutil.rmtree(old, ignore_errors=True)
            target.rename(old)
        tmp.rename(target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target
