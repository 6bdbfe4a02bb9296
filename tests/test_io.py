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


def test_values_orjson_refuses_still_round_trip(tmp_path):
    path = tmp_path / "big.jsonl"
    rows = [{"n": 2 ** 70, "t": "党员"}, {"n": 3, "spans": [(1, 2)]}]
    assert io.write_jsonl(path, rows) == 2
    assert list(io.read_jsonl(path)) == [{"n": 2 ** 70, "t": "党员"}, {"n": 3, "spans": [[1, 2]]}]


def test_nested_atomic_writes_to_one_folder_use_separate_temporaries(tmp_path):
    with io.atomic_open(tmp_path / "a.txt") as fa, io.atomic_open(tmp_path / "b.txt", durable=False) as fb:
        temporaries = [p.name for p in tmp_path.iterdir()]
        assert len(temporaries) == 2 and all(n.endswith(".tmp") for n in temporaries)
        fa.write("甲")
        fb.write("乙")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "乙"


def test_atomic_write_creates_missing_folders(tmp_path):
    io.write_text(tmp_path / "x" / "y" / "z.txt", "会议")
    assert (tmp_path / "x" / "y" / "z.txt").read_text(encoding="utf-8") == "会议"


def test_a_durable_write_is_complete_when_the_block_ends(tmp_path):
    path = tmp_path / "d.bin"
    with io.atomic_open(path, "wb") as fh:
        fh.write(b"x" * 100_000)
        assert not path.exists()  # only the temporary exists until the block ends
    assert path.read_bytes() == b"x" * 100_000
    assert [p.name for p in tmp_path.iterdir()] == ["d.bin"]


def test_atomic_path_hands_a_writable_temporary_to_writers_that_open_by_name(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with io.atomic_path(path) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise RuntimeError("writer failed")
    assert path.read_text(encoding="utf-8") == "old"
    with io.atomic_path(path) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert path.read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]
