from __future__ import annotations

import pytest

from reportmine import io


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "t.jsonl"
    io.write_jsonl(path, [{"a": 1}])

    def boom():
        yield {"a": 2}
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        io.write_jsonl(path, boom())
    assert list(io.read_jsonl(path)) == [{"a": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["t.jsonl"]


def test_jsonl_keeps_chinese_readable(tmp_path):
    path = tmp_path / "x.jsonl"
    io.write_jsonl(path, [{"t": "组织生活会"}])
    assert "组织生活会" in path.read_text(encoding="utf-8")


def test_bad_jsonl_line_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"a": 1}\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=":2:"):
        list(io.read_jsonl(path))
