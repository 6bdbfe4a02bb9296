"""What an output folder's tables were built from, so a run with nothing new rebuilds nothing.

A daily batch over a large corpus mostly finds nothing new. Skipping the
extraction is not enough: rebuilding the tables and comparisons from every
cached record costs seconds per thousand articles (the similarity step
grows with the square of the corpus). So each run leaves a stamp in its
output folder: a key for everything the tables depend on, and the size and
modification time of every file it wrote. The next run with the same key
and untouched files has nothing to do.

The key covers the inputs as planned (path, content hash and URL of each
file, files that could not be read, how many the manifest skipped), the
package's code and lexicons (any change to the tables or comparisons
counts, not only to extraction) and the output formats and engine. A table
edited or deleted by hand changes the file list, and the next run rebuilds.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from reportmine.io import atomic_open
from reportmine.resources import derived

STAMP = ".reportmine-run.json"
#: stamp layout version; a stamp of another version never matches
VERSION = 1


@derived
def code_hash() -> str:
    """Hash of every module of the package and of the lexicons in effect."""
    from reportmine.config import PACKAGE_DIR, sources_hash

    return sources_hash(sorted(PACKAGE_DIR.rglob("*.py")))


def inputs_key(inputs: Iterable[Sequence[Any]], skipped: int, formats: Sequence[str], engine: str) -> str:
    """Key of a run: ``inputs`` are (path, content hash or None, URL, failure or None) rows."""
    h = hashlib.sha256()
    h.update(orjson.dumps({"version": VERSION, "code": code_hash(), "skipped": skipped,
                           "formats": sorted(formats), "engine": engine}))
    for row in sorted(tuple("" if v is None else str(v) for v in r) for r in inputs):
        h.update(orjson.dumps(row))
    return h.hexdigest()


def _files(out_dir: Path, paths: Iterable[Path]) -> list[list[Any]]:
    rows = []
    for p in sorted({Path(p) for p in paths}):
        st = p.stat()
        rows.append([os.path.relpath(p, out_dir), st.st_size, st.st_mtime_ns])
    return rows


@dataclass
class Stamp:
    """A previous run's outputs: its summary counts and failures, and the files it wrote."""

    counts: dict[str, int]
    failures: list[dict[str, str]]
    paths: list[Path]


def clear(out_dir: Path) -> None:
    """Forget the stamp (before outputs are rewritten: a run killed half-way leaves none)."""
    (Path(out_dir) / STAMP).unlink(missing_ok=True)


def write(out_dir: Path, key: str, paths: Iterable[Path], counts: dict[str, int],
          failures: list[dict[str, str]]) -> None:
    """Record that ``paths`` in ``out_dir`` are the outputs of the run with ``key``."""
    out_dir = Path(out_dir)
    data = {"version": VERSION, "key": key, "counts": counts, "failures": failures,
            "files": _files(out_dir, paths)}
    with atomic_open(out_dir / STAMP, "wb") as fh:
        fh.write(orjson.dumps(data, option=orjson.OPT_INDENT_2))


def current(out_dir: Path, key: str) -> Stamp | None:
    """The stamp of ``out_dir`` when it is for ``key`` and every file it lists is as written; else None."""
    out_dir = Path(out_dir)
    try:
        data = orjson.loads((out_dir / STAMP).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(data, dict) or data.get("version") != VERSION or data.get("key") != key:
        return None
    try:
        files = data["files"]
        paths = [out_dir / rel for rel, _, _ in files]
        if _files(out_dir, paths) != files:
            return None
        return Stamp(counts=dict(data["counts"]), failures=list(data["failures"]), paths=paths)
    except (OSError, KeyError, TypeError, ValueError):
        return None
