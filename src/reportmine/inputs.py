"""Which files an INPUT argument names: files as given, folders walked."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

SUFFIXES = (".txt", ".html", ".htm")


def iter_inputs(paths: Iterable[str | Path], suffixes: tuple[str, ...] = SUFFIXES) -> list[Path]:
    """Files under each path, sorted, hidden files skipped; a missing path raises."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in suffixes
                              and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            out.append(p)
        else:
            raise FileNotFoundError(f"no such file or folder: {raw}")
    return out
