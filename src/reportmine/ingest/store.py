"""The raw store: pages exactly as received, plus an append-only manifest.

``data/raw`` is immutable: a page is written once, under a name made only of
the SHA-256 of its bytes (``pages/ab/ab12….html``), so no URL, however
hostile, can choose where a file lands, and the same bytes are never stored
twice. Each fetch appends one JSON line to ``manifest.jsonl`` saying which URL
gave which file, when, with which validators (ETag, Last-Modified) for the
next conditional GET, and whether it duplicated an earlier page.

Duplicates are caught twice: by the raw hash (same bytes under two URLs) and
by the hash of the cleaned body from ``reportmine.parse`` (the same article
republished with different page chrome). A duplicate is recorded with
``duplicate_of`` and the original's ``path`` instead of being stored again.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from reportmine import io

MANIFEST = "manifest.jsonl"
PAGES = "pages"
FIELDS = ("url", "final_url", "fetched_at", "status", "content_hash", "body_hash", "encoding",
          "path", "etag", "last_modified", "duplicate_of", "kind")
#: Content types we keep under a telling suffix; anything else is ``.bin``.
SUFFIXES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt",
            "application/pdf": ".pdf", "application/json": ".json", "text/xml": ".xml",
            "application/xml": ".xml"}
TEXT_SUFFIXES = (".html", ".txt")
_WS = re.compile(r"\s+")


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def body_hash(text: str) -> str | None:
    """Hash of a cleaned body with all whitespace removed; None when there is no body.

    Whitespace is dropped because a republished article differs in line
    breaks and indentation long before it differs in words.
    """
    squeezed = _WS.sub("", text)
    return hashlib.sha256(squeezed.encode("utf-8")).hexdigest() if squeezed else None


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Stored:
    """What ``RawStore.add`` did with one response."""

    outcome: str          # "stored", "unchanged", "duplicate"
    entry: dict[str, Any]


class RawStore:
    """Files under ``root/pages`` and the manifest ``root/manifest.jsonl``."""

    def __init__(self, root: str | Path, *, min_body_chars: int = 20) -> None:
        self.root = Path(root)
        self.manifest_path = self.root / MANIFEST
        self.min_body_chars = min_body_chars
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._latest: dict[str, dict[str, Any]] = {}
        self._by_content: dict[str, dict[str, Any]] = {}
        self._by_body: dict[str, dict[str, Any]] = {}
        self._load()

    # ---- reading the manifest -------------------------------------------------
    def _load(self) -> None:
        if not self.manifest_path.is_file():
            return
        with open(self.manifest_path, encoding="utf-8", errors="replace") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    entry = json.loads(line)
                except json.JSONDecodeError:
                    # A run killed mid-append leaves a partial last line; skip it, say so.
                    self.warnings.append(f"{self.manifest_path}:{lineno}: unreadable line skipped")
                    continue
                if isinstance(entry, dict):
                    self._index(entry)

    def _index(self, entry: dict[str, Any]) -> None:
        path = entry.get("path")
        if not path or not (self.root / path).is_file():
            return
        self._latest[entry["url"]] = entry
        if entry.get("final_url"):
            self._latest.setdefault(entry["final_url"], entry)
        if entry.get("duplicate_of") is None:
            if entry.get("content_hash"):
                self._by_content.setdefault(entry["content_hash"], entry)
            if entry.get("body_hash"):
                self._by_body.setdefault(entry["body_hash"], entry)

    def latest(self, url: str) -> dict[str, Any] | None:
        """The newest usable manifest entry for ``url`` (its raw file still exists)."""
        return self._latest.get(url)

    def has(self, url: str) -> bool:
        return url in self._latest

    def validators(self, url: str) -> dict[str, str]:
        """Headers for a conditional GET of ``url`` from what the last fetch recorded."""
        entry = self._latest.get(url)
        headers: dict[str, str] = {}
        if entry:
            if entry.get("etag"):
                headers["If-None-Match"] = entry["etag"]
            if entry.get("last_modified"):
                headers["If-Modified-Since"] = entry["last_modified"]
        return headers

    def pages(self, kind: str | None = "article") -> list[dict[str, Any]]:
        """The newest entry of each URL whose page is stored under its own name.

        Duplicates and (by default) everything but articles are left out, so
        a downstream step reads every distinct article once, with its URL
        (which selects the site's parsing rules).
        """
        seen: set[str] = set()
        out = []
        for url, entry in self._latest.items():
            if entry["url"] != url or entry.get("duplicate_of") or entry["path"] in seen:
                continue
            if kind is not None and entry.get("kind") != kind:
                continue
            seen.add(entry["path"])
            out.append(entry)
        return out

    def read(self, entry: dict[str, Any]) -> bytes:
        return self.path_of(entry["path"]).read_bytes()

    # ---- where files go -------------------------------------------------------
    def path_of(self, rel: str) -> Path:
        """Absolute path for a manifest ``path``; refuses anything outside the root."""
        root = self.root.resolve()
        full = (root / rel).resolve()
        if not full.is_relative_to(root):
            raise ValueError(f"manifest path {rel!r} points outside {root}")
        return full

    @staticmethod
    def relpath_for(digest: str, content_type: str = "") -> str:
        """``pages/<2 hex>/<64 hex><suffix>``: built from the hash only, never the URL."""
        if not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise ValueError(f"not a sha256 hex digest: {digest!r}")
        suffix = SUFFIXES.get(content_type.split(";")[0].strip().lower(), ".bin")
        return f"{PAGES}/{digest[:2]}/{digest}{suffix}"

    # ---- writing ---------------------------------------------------------------
    def add(self, url: str, final_url: str, status: int, data: bytes, *, content_type: str = "",
            charset: str | None = None, etag: str | None = None, last_modified: str | None = None,
            kind: str = "page") -> Stored:
        """Record a 2xx response: store its bytes unless they (or its body) are known."""
        digest = content_hash(data)
        rel = self.relpath_for(digest, content_type or "text/html")
        encoding, bhash = self._inspect(data, rel, final_url, charset, kind)
        entry = {"url": url, "final_url": final_url, "fetched_at": utc_now(), "status": status,
                 "content_hash": digest, "body_hash": bhash, "encoding": encoding, "path": rel,
                 "etag": etag, "last_modified": last_modified, "duplicate_of": None, "kind": kind}
        with self._lock:
            original = self._by_content.get(digest) or (self._by_body.get(bhash) if bhash else None)
            if original is not None:
                entry["path"] = original["path"]
                if original["url"] in (url, final_url) or original.get("final_url") in (url, final_url):
                    outcome = "unchanged"
                else:
                    outcome = "duplicate"
                    entry["duplicate_of"] = original["url"]
            else:
                target = self.path_of(rel)
                if not target.is_file():
                    io.write_bytes(target, data)
                outcome = "stored"
            self._append(entry)
            return Stored(outcome, entry)

    def add_not_modified(self, url: str, final_url: str, *, etag: str | None = None,
                         last_modified: str | None = None) -> Stored:
        """Record a 304: the file from the previous fetch still stands."""
        with self._lock:
            prior = self._latest.get(url) or self._latest.get(final_url)
            if prior is None:
                raise ValueError(f"{url}: 304 Not Modified but nothing stored for it")
            entry = {**{k: prior.get(k) for k in FIELDS}, "url": url, "final_url": final_url,
                     "fetched_at": utc_now(), "status": 304,
                     "etag": etag or prior.get("etag"), "last_modified": last_modified or prior.get("last_modified")}
            self._append(entry)
            return Stored("not_modified", entry)

    def _inspect(self, data: bytes, rel: str, url: str, charset: str | None,
                 kind: str) -> tuple[str | None, str | None]:
        """(encoding, body hash) of a text page; list pages get no body hash."""
        from reportmine.parse.encoding import normalize_encoding

        declared = normalize_encoding(charset) if charset else None
        if not rel.endswith(TEXT_SUFFIXES):
            return declared, None
        try:
            from reportmine.parse import parse_bytes

            page = parse_bytes(data, Path(rel).name, url)
        except Exception as exc:  # a parser bug must not lose the raw page
            self.warnings.append(f"{url}: could not parse for dedupe ({type(exc).__name__}: {exc})")
            return declared, None
        text = page.text
        bhash = body_hash(text) if kind != "list" and len(_WS.sub("", text)) >= self.min_body_chars else None
        return declared or page.encoding, bhash

    def _append(self, entry: dict[str, Any]) -> None:
        """One ``write`` on an O_APPEND descriptor, then fsync: lines never interleave."""
        line = (json.dumps({k: entry.get(k) for k in FIELDS}, ensure_ascii=False) + "\n").encode("utf-8")
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.manifest_path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                line = b"\n" + line  # close a line torn by a killed run instead of gluing onto it
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)
        self._index(entry)
