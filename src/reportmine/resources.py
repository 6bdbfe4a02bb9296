"""Lexicons and vocabularies shipped as data files under ``resources/``.

Users extend them without touching code: every loader also reads a file of the
same name from each folder in ``REPORTMINE_RESOURCES`` (``os.pathsep``
separated) and appends its lines or rows. Files are read once per process.

Modules that build something from these files (a compiled regex, a word table)
cache it with ``@derived``; ``clear_cache()`` forgets the loaded files and every
such derived object together, so a changed REPORTMINE_RESOURCES (or an edited
user file) is seen everywhere after one call.

Formats:
- ``*.txt``: one entry a line; ``#`` starts a comment; blank lines ignored.
- ``*.tsv``: tab-separated rows, first row is the header; ``#`` comments.
- ``*.json``: one JSON document; user files are merged (lists appended,
  dicts updated).
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent / "resources"

F = TypeVar("F", bound=Callable[..., Any])

#: ``cache_clear`` of every cache of data derived from resource files (see ``derived``)
_DERIVED: list[Callable[[], None]] = []


def derived(func: F | None = None, /, *, maxsize: int | None = 1) -> Any:
    """Cache ``func``, a builder of something made from resource files, until ``clear_cache()``.

    Why: a table or regex compiled from a lexicon outlives the loaders' own
    caches, so clearing only those left it stale and a user's added line was
    silently ignored. The result is a plain ``functools.lru_cache`` (its
    ``cache_clear`` registered here), so a call costs no more than before on
    the hot paths that ask for it per article or per candidate. Use
    ``@derived`` for a zero-argument builder, ``@derived(maxsize=N)`` for a memo
    keyed by text whose answer depends on the lexicons.
    """
    def wrap(f: F) -> F:
        cached = lru_cache(maxsize=maxsize)(f)
        _DERIVED.append(cached.cache_clear)
        return cached  # type: ignore[return-value]

    return wrap(func) if func is not None else wrap


def resource_dirs() -> list[Path]:
    """The package folder first, then the user's folders in order."""
    extra = os.environ.get("REPORTMINE_RESOURCES", "")
    return [PACKAGE_DIR] + [Path(p) for p in extra.split(os.pathsep) if p]


def resource_paths(name: str) -> list[Path]:
    """Every existing file called ``name`` across the resource folders."""
    return [d / name for d in resource_dirs() if (d / name).is_file()]


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    return line.rstrip("\n\r")


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line lexicon, deduplicated, order kept."""
    seen: dict[str, None] = {}
    for path in resource_paths(name):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = _strip_comment(raw).strip()
            if line:
                seen.setdefault(line, None)
    if not seen and not resource_paths(name):
        raise FileNotFoundError(f"no resource file {name!r} in {[str(d) for d in resource_dirs()]}")
    return tuple(seen)


@lru_cache(maxsize=None)
def load_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV lexicon as dicts keyed by the header of each file."""
    rows: list[dict[str, str]] = []
    paths = resource_paths(name)
    if not paths:
        raise FileNotFoundError(f"no resource file {name!r} in {[str(d) for d in resource_dirs()]}")
    for path in paths:
        body = "\n".join(_strip_comment(l) for l in path.read_text(encoding="utf-8").splitlines())
        body = "\n".join(l for l in body.splitlines() if l.strip())
        reader = csv.DictReader(io.StringIO(body), delimiter="\t")
        key = (reader.fieldnames or [""])[0].strip()
        for row in reader:
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            if not row.get(key):  # an entry with no key (a stray tab) would match everywhere
                log.warning("%s: a row with an empty %r is ignored: %s", path, key, "\t".join(row.values()))
                continue
            rows.append(row)
    return tuple(rows)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON resource; user files extend lists and update dicts."""
    paths = resource_paths(name)
    if not paths:
        raise FileNotFoundError(f"no resource file {name!r} in {[str(d) for d in resource_dirs()]}")
    data = json.loads(paths[0].read_text(encoding="utf-8"))
    for path in paths[1:]:
        more = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, list) and isinstance(more, list):
            data = data + more
        elif isinstance(data, dict) and isinstance(more, dict):
            data = {**data, **more}
        else:
            raise ValueError(f"{path}: cannot merge {type(more).__name__} into {type(data).__name__}")
    return data


def resources_hash() -> str:
    """A hash of every resource file in effect, so lexicon edits trigger re-runs."""
    h = hashlib.sha256()
    for d in resource_dirs():
        if not d.is_dir():
            continue
        for path in sorted(d.rglob("*")):
            if path.is_file() and not path.name.startswith("."):
                h.update(str(path.relative_to(d)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def clear_cache() -> None:
    """Forget loaded lexicons and everything built from them (after changing
    REPORTMINE_RESOURCES, or a file in it, in a session)."""
    load_lines.cache_clear()
    load_table.cache_clear()
    load_json.cache_clear()
    for clear in _DERIVED:
        clear()
