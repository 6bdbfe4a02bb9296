"""One batch task: outcomes in task order, written results, write failures reported."""
from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reportmine.batch.state import read_result, result_path
from reportmine.batch.task import Task, run_tasks

BODY = "{unit}党委召开专题组织生活会。党委书记{name}主持会议，查摆问题{n}条。\n"


def _files(folder: Path, n: int) -> list[Path]:
    folder.mkdir()
    out = []
    for i in range(n):
        p = folder / f"a{i:02d}.txt"
        p.write_text(f"测试单位{i}召开组织生活会\n" + BODY.format(unit=f"第{i}测试单位", name="王建平", n=i + 3),
                     encoding="utf-8")
        out.append(p)
    (folder / "empty.txt").write_bytes(b"")
    return out + [folder / "empty.txt"]


def test_outcomes_come_in_task_order_each_with_its_file_in_place(tmp_path: Path) -> None:
    files = _files(tmp_path / "raw", 40)
    cache = tmp_path / "cache"
    seen = []
    for out in run_tasks([Task(str(f), None) for f in files], str(cache), "cfg", keep_record=True):
        seen.append(out.path)
        if out.status == "new":
            # yielded only once its result is on disk, and the line it carries is that result
            cached = read_result(result_path(cache, out.chash, "cfg"))
            assert cached is not None and out.record_line is not None
            assert cached.record["text"] in out.record_line.decode("utf-8")
    assert seen == [str(f) for f in files]


def test_failures_are_outcomes_not_exceptions(tmp_path: Path) -> None:
    files = _files(tmp_path / "raw", 3)
    outs = list(run_tasks([Task(str(f), None) for f in files] + [Task(str(tmp_path / "gone.txt"), None)],
                          str(tmp_path / "cache"), "cfg"))
    assert [o.status for o in outs] == ["new", "new", "new", "failed", "failed"]
    assert (outs[3].stage, outs[4].stage) == ("parse", "read")
    assert all(o.record_line is None for o in outs)  # not asked for


@pytest.mark.skipif(not hasattr(stat, "S_IWUSR"), reason="needs POSIX permissions")
def test_a_cache_that_cannot_be_written_is_a_write_failure(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        # root ignores permissions: make the cache path a file instead of a folder
        cache = tmp_path / "cache"
        cache.write_text("not a folder")
    else:
        cache = tmp_path / "cache"
        cache.mkdir(mode=0o500)
    files = _files(tmp_path / "raw", 2)
    outs = list(run_tasks([Task(str(f), None) for f in files[:2]], str(cache), "cfg"))
    assert [(o.status, o.stage) for o in outs] == [("failed", "write"), ("failed", "write")]
    assert all("cannot write result" in o.reason for o in outs)
