"""Where things live and what changes results.

Every path the project writes to is decided here, so the CLI, the Makefile
and the notebooks agree. ``config_hash`` covers the code and the lexicons that
shape an extraction: a batch run re-extracts an article when it changes.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

from reportmine import resources

PACKAGE_DIR = Path(__file__).resolve().parent


def project_root() -> Path:
    """The folder holding ``data/``: $REPORTMINE_HOME, else the working directory."""
    return Path(os.environ.get("REPORTMINE_HOME", os.getcwd())).resolve()


def raw_dir() -> Path:
    return project_root() / "data" / "raw"


def interim_dir() -> Path:
    return project_root() / "data" / "interim"


def processed_dir() -> Path:
    return project_root() / "data" / "processed"


#: Code whose change alters extraction results (relative to the package).
RESULT_CODE = ("record.py", "parse", "nlp", "extract", "pipeline.py")
#: Libraries whose bundled data alters results: OpenCC's tables convert 繁體 pages
#: (parse/traditional.py), so a new OpenCC release re-runs the batch.
RESULT_LIBRARIES = ("opencc",)


def library_versions() -> str:
    """``name==version`` of each of ``RESULT_LIBRARIES`` (``name==none`` when absent)."""
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for name in RESULT_LIBRARIES:
        try:
            out.append(f"{name}=={version(name)}")
        except PackageNotFoundError:
            out.append(f"{name}==none")
    return " ".join(out)


def sources_hash(files: Iterable[Path]) -> str:
    """Hash of the package files ``files`` (path and bytes, in the order given), of
    the lexicons in effect and of the versions of ``RESULT_LIBRARIES``; 16 hex chars."""
    h = hashlib.sha256()
    for f in files:
        if f.is_file():
            h.update(str(f.relative_to(PACKAGE_DIR)).encode())
            h.update(f.read_bytes())
    h.update(resources.resources_hash().encode())
    h.update(library_versions().encode())
    return h.hexdigest()[:16]


@resources.derived
def config_hash() -> str:
    """Hash of extraction code and lexicons in effect; 16 hex chars."""
    files = []
    for rel in RESULT_CODE:
        path = PACKAGE_DIR / rel
        files.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])
    return sources_hash(files)
