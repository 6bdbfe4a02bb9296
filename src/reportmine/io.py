"""Atomic writes: a temporary file in the same folder, fsync, then rename.

A run killed at any point leaves either the old file or the new one, never a
half-written file, so nothing already written is lost. ``durable=False``
skips the fsync: the rename is still atomic for a killed process, and only a
power cut can leave such a file empty or torn, so it is for files whose
reader checks them and can remake them (the batch cache), where 2,000 fsyncs
cost more than the writes.
"""
from __future__ import annotations

import contextlib
import itertools
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson


_serial = itertools.count()


def _create_beside(path: Path) -> tuple[Path, int]:
    """A new, exclusively created file beside ``path`` and its open descriptor: unique
    per process and call (pid + counter), so concurrent workers and threads never
    share one. The descriptor is handed on rather than closed, so a writer opens
    the file once (a batch writes thousands of small files)."""
    while True:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{next(_serial)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:  # left by a killed run of a process with our pid
            continue
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _replacing(path: Path, tmp_path: Path) -> Iterator[None]:
    """Rename ``tmp_path`` onto ``path`` when the block succeeds; remove it when it fails."""
    try:
        yield
        os.replace(tmp_path, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp_path.unlink()
        raise


@contextlib.contextmanager
def atomic_path(path: str | Path, durable: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; rename it into place on success.

    For writers that open the file by name themselves (Parquet, Excel)."""
    path = Path(path)
    tmp_path, fd = _create_beside(path)
    os.close(fd)
    with _replacing(path, tmp_path):
        yield tmp_path
        if durable:
            _fsync(tmp_path)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8",
                durable: bool = True) -> Iterator[IO[Any]]:
    """Open a temporary file for writing; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    tmp_path, fd = _create_beside(path)
    with _replacing(path, tmp_path):
        kw = {} if "b" in mode else {"encoding": encoding, "newline": ""}
        with open(fd, mode, **kw) as fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())


def write_text(path: str | Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)


def write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def json_line(obj: Any) -> bytes:
    """One compact JSON line, Chinese kept readable (UTF-8, not \\u escapes).

    orjson is several times faster than the json module on records of this
    size; what it refuses (an int beyond 64 bits) goes through json.
    """
    try:
        return orjson.dumps(obj, option=orjson.OPT_APPEND_NEWLINE)
    except (TypeError, orjson.JSONEncodeError):
        return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object a line (UTF-8, ``ensure_ascii=False``); returns the count."""
    n = 0
    with atomic_open(path, "wb") as fh:
        for rec in records:
            fh.write(json_line(rec))
            n += 1
    return n


class JSONLError(ValueError):
    """A line of a JSONL file that is not JSON (the message names the file and line)."""


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise JSONLError(f"{path}:{lineno}: not a JSON line ({exc.msg})") from exc
