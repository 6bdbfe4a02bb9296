"""What a batch run already knows: content hashes, cached results, the manifest.

A result is keyed by the hash of the raw bytes and the config hash (code and
lexicons that shape extraction), so a result is reused exactly when neither
changed. One JSON file per article, written atomically: a run killed at any
moment leaves complete results or none, never a half-written one.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from reportmine.io import atomic_open, json_line

MANIFEST = "manifest.jsonl"
#: keys the scraper's manifest may use for the stored file
_PATH_KEYS = ("path", "file", "raw_path", "filename")


def content_hash(data: bytes) -> str:
    """Hash of the raw input bytes, 16 hex chars (same as ``Article.content_hash``)."""
    return hashlib.sha256(data).hexdigest()[:16]


def result_path(cache_dir: Path, chash: str, cfg: str) -> Path:
    """The cache file of one article's result."""
    return Path(cache_dir) / chash[:2] / f"{chash}-{cfg}.json"


@dataclass
class CachedResult:
    """A cached outcome: either a record (dict) or a failure (stage, reason)."""

    record: dict[str, Any] | None
    stage: str | None = None
    reason: str | None = None
    url: str | None = None


def write_result(path: Path, result: CachedResult) -> bytes | None:
    """Two JSON lines: a small header (url, failure, size of the record line), then the record.

    The header alone tells a run whether the result can be reused, so planning
    a run over thousands of cached articles does not parse their records. The
    write is atomic but not fsynced (one fsync per article costs more than the
    write); the size in the header is how a reader notices a file a power cut
    left short, and then the article is simply extracted again. Returns the
    record's JSON line (None for a failure), which a run can read back without
    opening the file again.
    """
    record = json_line(result.record)
    header = {"url": result.url,
              "failure": None if result.record is not None else {"stage": result.stage, "reason": result.reason},
              "size": len(record)}
    with atomic_open(path, "wb", durable=False) as fh:
        fh.write(json_line(header))
        fh.write(record)
    return record if result.record is not None else None


def read_result(path: Path, header_only: bool = False) -> CachedResult | None:
    """A cached result (record left None with ``header_only``), or None when absent,
    unreadable or shorter than its header says (then it is recomputed)."""
    try:
        with open(path, "rb") as fh:
            first = fh.readline()
            header = orjson.loads(first)
            size = header.get("size")
            if size is not None and os.fstat(fh.fileno()).st_size != len(first) + size:
                return None
            fail = header.get("failure") or {}
            if fail:
                return CachedResult(None, fail.get("stage"), fail.get("reason"), header.get("url"))
            if header_only:
                return CachedResult(None, url=header.get("url"))
            record = orjson.loads(fh.readline())
    except (OSError, ValueError, AttributeError):  # orjson.JSONDecodeError is a ValueError
        return None
    if not isinstance(record, dict):
        return None
    return CachedResult(record=record, url=header.get("url"))


@dataclass(frozen=True)
class ManifestEntry:
    """What the manifest says about one raw file: its URL, or why it is not an article."""

    url: str | None
    skip: str | None = None  # "duplicate" or "listing page"


#: manifest ``kind`` values that are not articles (crawl listing pages)
NOT_ARTICLES = frozenset({"list", "listing", "index"})


def _key(raw_dir: Path, value: str) -> str:
    p = Path(value)
    if not p.is_absolute():
        p = raw_dir / p
    return str(p.resolve())


def read_manifest(raw_dir: Path) -> dict[str, ManifestEntry]:
    """The scraper's ``manifest.jsonl`` keyed by resolved file path (empty when absent).

    The raw store (``reportmine.ingest.store``) appends one line per fetch; a
    line with ``duplicate_of`` names the *original's* path, so a file is
    skipped only when no line claims it as an original (a store that kept the
    duplicate's bytes under their own name), and listing pages
    (``kind: list``) are skipped too. The URL is that of the newest original
    article line. Bad lines are skipped: the manifest only adds URLs and skip
    marks, it never stops a run.
    """
    path = Path(raw_dir) / MANIFEST
    if not path.is_file():
        return {}
    urls: dict[str, str | None] = {}
    flags: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except ValueError:
                continue
            if not isinstance(row, dict):
                continue
            name = next((row[k] for k in _PATH_KEYS if isinstance(row.get(k), str)), None)
            if not name:
                continue
            key = _key(Path(raw_dir), name)
            url = row.get("url") if isinstance(row.get("url"), str) else None
            if row.get("duplicate_of"):
                flags.setdefault(key, set()).add("duplicate")
            elif str(row.get("kind") or "") in NOT_ARTICLES:
                flags.setdefault(key, set()).add("listing page")
            else:
                flags.setdefault(key, set()).add("article")
                urls[key] = url
    out = {}
    for key, seen in flags.items():
        if "article" in seen:
            out[key] = ManifestEntry(urls.get(key))
        else:
            out[key] = ManifestEntry(None, "listing page" if "listing page" in seen else "duplicate")
    return out
