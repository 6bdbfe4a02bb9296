"""One URL in, one manifest line out: robots, conditional GET, store, count.

``Fetcher`` ties the polite client, the robots policy and the raw store
together and keeps the tally the CLI prints at the end. Both ``reportmine
fetch`` and ``reportmine crawl`` go through it, so they behave the same.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from reportmine.ingest.http import FetchError, FetchOptions, PoliteClient, RobotsDenied, check_url
from reportmine.ingest.robots import RobotsPolicy
from reportmine.ingest.store import RawStore


@dataclass
class Summary:
    fetched: int = 0
    not_modified: int = 0
    duplicates: int = 0
    robots: int = 0
    failed: int = 0
    skipped: int = 0  # already in the store, not asked again (crawl)
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (f"fetched {self.fetched}, not modified {self.not_modified}, duplicates {self.duplicates}, "
                f"skipped by robots {self.robots}, failed {self.failed}")
        if self.skipped:
            text += f", already stored {self.skipped}"
        return text


@dataclass
class Result:
    url: str
    outcome: str            # stored, unchanged, not_modified, duplicate, robots, failed
    entry: dict | None = None
    data: bytes | None = None  # the page bytes (also for 304: read back from the store)
    error: str | None = None


class Fetcher:
    """Fetch URLs politely into a ``RawStore``; thread-safe, counts outcomes."""

    def __init__(self, raw_dir: str | Path, options: FetchOptions | None = None, *,
                 client: PoliteClient | None = None, log: Callable[[str], None] | None = None) -> None:
        self.options = options or FetchOptions()
        self.client = client or PoliteClient(self.options)
        self.robots = RobotsPolicy(self.client).install()
        self.store = RawStore(raw_dir)
        self.summary = Summary()
        self.log = log or (lambda msg: None)
        self._lock = threading.Lock()
        for w in self.store.warnings:
            self.log(f"warning: {w}")

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str, kind: str = "page", conditional: bool = True) -> Result:
        """Fetch one URL (conditionally when we have validators) and record it."""
        try:
            check_url(url)
            headers = self.store.validators(url) if conditional else {}
            resp = self.client.get(url, headers)
            if resp.status == 304 and self.store.has(url):
                stored = self.store.add_not_modified(url, resp.final_url, etag=resp.headers.get("etag"),
                                                     last_modified=resp.headers.get("last-modified"))
                result = Result(url, "not_modified", stored.entry, self.store.read(stored.entry))
            elif 200 <= resp.status < 300:
                stored = self.store.add(url, resp.final_url, resp.status, resp.content,
                                        content_type=resp.content_type, charset=resp.charset,
                                        etag=resp.headers.get("etag"),
                                        last_modified=resp.headers.get("last-modified"), kind=kind)
                result = Result(url, stored.outcome, stored.entry, resp.content)
            else:
                result = Result(url, "failed", error=f"{url}: HTTP {resp.status}"
                                + (f" after {resp.attempts} attempts" if resp.attempts > 1 else ""))
        except RobotsDenied as exc:
            result = Result(url, "robots", error=str(exc))
        except (FetchError, OSError, ValueError) as exc:
            result = Result(url, "failed", error=str(exc))
        self._count(result)
        return result

    def fetch_many(self, urls: Iterable[str], kind: str = "page", conditional: bool = True) -> list[Result]:
        """Fetch URLs with at most ``options.concurrency`` in flight (one per host at a time)."""
        urls = list(dict.fromkeys(urls))
        if self.options.concurrency <= 1 or len(urls) <= 1:
            return [self.fetch(u, kind, conditional) for u in urls]
        pool = ThreadPoolExecutor(max_workers=self.options.concurrency)
        try:
            return list(pool.map(lambda u: self.fetch(u, kind, conditional), urls))
        finally:  # on Ctrl-C, drop what has not started instead of finishing the batch
            pool.shutdown(wait=True, cancel_futures=True)

    def _count(self, r: Result) -> None:
        s = self.summary
        with self._lock:
            if r.outcome == "stored":
                s.fetched += 1
                self.log(f"fetched {r.url} -> {r.entry['path']}")
            elif r.outcome in ("not_modified", "unchanged"):
                s.not_modified += 1
                self.log(f"not modified {r.url}")
            elif r.outcome == "duplicate":
                s.duplicates += 1
                self.log(f"duplicate {r.url} (of {r.entry['duplicate_of']})")
            elif r.outcome == "robots":
                s.robots += 1
                self.log(f"skipped by robots.txt {r.url}")
            else:
                s.failed += 1
                s.errors.append(r.error or r.url)
                self.log(f"failed {r.error}")
