"""The Dask engine gives the same tables as one process."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from reportmine.batch import runner
from reportmine.batch.dask_engine import PARTITIONED

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cl:
        yield cl


def test_dask_tables_equal_single_process(corpus: Path, tmp_path: Path, cluster, tables) -> None:
    runner.run_batch(corpus, tmp_path / "local", cache_dir=tmp_path / "c_local", progress=False)
    res = runner.run_batch(corpus, tmp_path / "dask", cache_dir=tmp_path / "c_dask", engine="dask",
                           scheduler=cluster.scheduler_address, progress=False)
    assert res.n_new == 12
    tables.assert_same(tables.read(tmp_path / "local"), tables.read(tmp_path / "dask"))
    part = pd.read_parquet(tmp_path / "dask" / PARTITIONED)
    assert len(part) == len(res.tables["numbers"])
    again = runner.run_batch(corpus, tmp_path / "dask", cache_dir=tmp_path / "c_dask", engine="dask",
                             scheduler=cluster.scheduler_address, progress=False)
    assert (again.n_new, again.n_cached) == (0, 12)


def test_dask_records_failures_like_local(tmp_path: Path, cluster, tables) -> None:
    raw = tmp_path / "raw"
    tables.write_corpus(raw, 3)
    (raw / "empty.txt").write_bytes(b"")
    res = runner.run_batch(raw, tmp_path / "out", cache_dir=tmp_path / "c", engine="dask",
                           scheduler=cluster.scheduler_address, progress=False)
    assert [(Path(f.path).name, f.stage) for f in res.failures] == [("empty.txt", "parse")]
    assert len(res.tables["articles"]) == 3
