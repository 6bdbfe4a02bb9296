"""The bench command runs end to end on a tiny corpus and prints every figure."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reportmine.batch.synth import load_samples, write_corpus
from reportmine.bench import _boundaries, bench_cmd, spread_sample

pytestmark = pytest.mark.slow

SAMPLE = ("{unit}召开专题组织生活会\n来源：{unit}\n2023-0{m}-1{d}\n"
          "{m}月{d}日，{unit}党委召开专题组织生活会，党委书记{name}主持会议。\n"
          "会议指出，要坚持“学思想、强党性、重实践、建新功”，全年开展谈心谈话{k}余次。\n"
          "会上，班子成员逐一发言，查摆问题{j}条，制定整改措施{i}项。\n")


def _samples(folder: Path) -> Path:
    folder.mkdir()
    for i, (unit, name) in enumerate([("青山县税务局", "王建平"), ("绿水市交通运输局", "李明华"),
                                      ("白云区市场监督管理局", "赵春燕")]):
        (folder / f"s{i}.txt").write_text(SAMPLE.format(unit=unit, name=name, m=i + 3, d=i + 2, k=30 + i,
                                                        j=5 + i, i=12 + i), encoding="utf-8")
    return folder


def test_synthetic_corpus_is_deterministic_and_varied(tmp_path: Path) -> None:
    samples = load_samples(_samples(tmp_path / "src"))
    assert len(samples) == 3
    a = [p.read_text(encoding="utf-8") for p in write_corpus(samples, tmp_path / "a", 8, seed=1)]
    b = [p.read_text(encoding="utf-8") for p in write_corpus(samples, tmp_path / "b", 8, seed=1)]
    c = [p.read_text(encoding="utf-8") for p in write_corpus(samples, tmp_path / "c", 8, seed=2)]
    assert a == b and a != c
    assert len(set(a)) == 8


@pytest.mark.parametrize("n, k", [(2000, 500), (10, 3), (7, 7), (5, 9), (3, 0)])
def test_spread_sample_covers_the_whole_sequence(n: int, k: int) -> None:
    got = spread_sample(n, k)
    assert len(got) == min(n, k) and got == sorted(set(got))
    assert all(0 <= i < n for i in got)
    if got:
        # reaches into the last quarter, not only the head of the sequence
        assert got[0] == 0 and (len(got) == 1 or got[-1] >= n * 3 // 4 - 1)


def test_boundaries() -> None:
    assert _boundaries(["召开", "专题", "会议"]) == {2, 4}
    assert _boundaries(["会议"]) == set()


def test_bench_runs_on_a_tiny_corpus(tmp_path: Path) -> None:
    src = _samples(tmp_path / "src")
    out = tmp_path / "bench.json"
    res = CliRunner().invoke(bench_cmd, ["--articles", "8", "--source", str(src), "--json", str(out)])
    assert res.exit_code == 0, res.output
    for field in ("articles/s", "M chars/s", "ratio ours/jieba", "speedup", "peak memory",
                  "time per article", "boundary F1", "sentences identical", "pipeline segmenter"):
        assert field in res.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["articles"] == 8 and figures["chars"] > 0
    assert figures["ratio_to_jieba"] > 0 and figures["speedup"] > 0 and figures["peak_mb_main"] > 0
    assert 0 <= figures["agreement"]["boundary_f1"] <= 1 and figures["agreement"]["texts"] >= 3
    assert figures["machine_speedup"] > 0 and "plain Python work" in res.output
    assert figures["ms_per_article_full_run"] >= figures["ms_per_article_full"] > 0
    assert "whole run with tables" in res.output
    assert figures["small_chars"] > 0 and figures["ms_per_kchar_full"] > 0 and "per 1,000 characters" in res.output

