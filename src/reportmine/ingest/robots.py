"""robots.txt, read once per site and asked before every request.

Rules follow RFC 9309: a robots.txt that is missing (any 4xx) allows
everything; one that cannot be read because the server fails (5xx after
retries) disallows everything until the next run, since a struggling server
is exactly the one not to crawl. A host that cannot be reached at all is
reported as a fetch failure, not as a robots refusal. A ``Crawl-delay`` larger
than our own delay slows our requests to that host.
"""
from __future__ import annotations

import threading
import urllib.robotparser
from urllib.parse import urlsplit

from reportmine.ingest.http import FetchError, PoliteClient, Unreachable

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB


class RobotsPolicy:
    """Caches one parsed robots.txt per scheme://host:port."""

    def __init__(self, client: PoliteClient) -> None:
        self.client = client
        self.agent = client.options.user_agent
        self._parsers: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._lock = threading.Lock()
        self._origin_locks: dict[str, threading.Lock] = {}
        self._unreachable: dict[str, Unreachable] = {}

    def install(self) -> "RobotsPolicy":
        """Make the client ask this policy before every request and redirect hop."""
        self.client.allowed = self.allowed
        return self

    def allowed(self, url: str) -> bool:
        return self.parser_for(url).can_fetch(self.agent, url)

    def parser_for(self, url: str) -> urllib.robotparser.RobotFileParser:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._origin_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._parsers and origin not in self._unreachable:
                try:
                    self._parsers[origin] = self._load(origin)
                except Unreachable as exc:
                    self._unreachable[origin] = exc  # do not knock again in this run
            if origin in self._unreachable:
                raise Unreachable(f"{url}: host unreachable (while reading robots.txt: {self._unreachable[origin]})")
            return self._parsers[origin]

    def _load(self, origin: str) -> urllib.robotparser.RobotFileParser:
        rp = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
        try:
            resp = self.client.get(origin + "/robots.txt", max_bytes=ROBOTS_MAX_BYTES, ask_allowed=False)
        except Unreachable:
            raise
        except FetchError:
            rp.disallow_all = True
            return rp
        if 200 <= resp.status < 300:
            text = resp.content.decode("utf-8", errors="replace")
            rp.parse(text.splitlines())
            delay = rp.crawl_delay(self.agent)
            if delay:
                self.client.gate.set_delay(urlsplit(origin).netloc.lower(), float(delay))
        elif 400 <= resp.status < 500:
            rp.allow_all = True
        else:
            rp.disallow_all = True
        return rp
