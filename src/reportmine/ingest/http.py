"""A polite HTTP client: one request at a time per host, bounded and retried.

Government news sites are small servers; a careless crawler gets a whole
address range blocked. So every request waits its turn per host (``delay``
seconds apart, or the robots.txt Crawl-delay when larger), transient failures
(429, 5xx, timeouts, dropped connections) are retried with exponential
backoff honouring ``Retry-After``, bodies are streamed and cut at
``max_bytes``, redirects are followed by hand so each hop is checked (scheme,
robots, loop, limit), and the User-Agent names the tool and a contact.

httpx does the HTTP: it streams bodies, has separate connect/read timeouts,
pooled connections that are safe to share between threads, and lets
redirects be disabled so they can be followed one checked hop at a time.
"""
from __future__ import annotations

import email.utils
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import httpx

from reportmine import __version__

#: Replace the placeholder with your project page or e-mail (``--user-agent``
#: or $REPORTMINE_USER_AGENT) so site owners can reach you.
DEFAULT_USER_AGENT = f"reportmine/{__version__} (+https://example.org/reportmine; contact: you@example.org)"
SCHEMES = ("http", "https")
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


def default_user_agent() -> str:
    return os.environ.get("REPORTMINE_USER_AGENT") or DEFAULT_USER_AGENT


@dataclass(frozen=True)
class FetchOptions:
    """Everything that decides how hard we knock; shared by the API and the CLI."""

    user_agent: str = field(default_factory=default_user_agent)
    delay: float = 1.0            # seconds between two requests to the same host
    timeout: float = 20.0         # connect / read timeout per attempt
    total_timeout: float = 120.0  # a whole body must arrive within this
    retries: int = 3              # extra attempts after the first
    backoff: float = 1.0          # first retry waits this, then doubles
    max_wait: float = 300.0       # longest Retry-After we accept; longer = give up
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 4          # hosts fetched in parallel (one request per host at a time)


class FetchError(Exception):
    """A URL that could not be fetched; the message says why in plain words."""


@dataclass
class Response:
    url: str              # the URL asked for
    final_url: str        # after redirects
    status: int
    headers: dict[str, str]
    content: bytes = b""  # exactly the body bytes received (after transfer decoding)
    attempts: int = 1

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            k, _, v = part.partition("=")
            if k.strip().lower() == "charset" and v.strip():
                return v.strip().strip("\"'")
        return None


def check_url(url: str) -> str:
    """The URL if it is absolute http(s) with a host; else raise ``FetchError``."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"only http and https URLs are fetched, not {url!r}")
    if not parts.hostname:
        raise FetchError(f"no host in URL {url!r}")
    return url


def host_key(url: str) -> str:
    """What 'per host' means for the delay: scheme-less host[:port], lower case."""
    return urlsplit(url).netloc.lower()


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HostGate:
    """One request at a time per host, at least ``delay`` seconds apart."""

    def __init__(self, sleep: Callable[[float], None] = time.sleep) -> None:
        self._sleep = sleep
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}
        self._guard = threading.Lock()

    def set_delay(self, host: str, delay: float) -> None:
        """Raise a host's delay (e.g. to its robots.txt Crawl-delay); never lowers it."""
        with self._guard:
            self._delays[host] = max(delay, self._delays.get(host, 0.0))

    def lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str, delay: float) -> None:
        """Call with the host's lock held: sleep until the host may be asked again."""
        delay = max(delay, self._delays.get(host, 0.0))
        last = self._last.get(host)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                self._sleep(remaining)

    def done(self, host: str) -> None:
        self._last[host] = time.monotonic()


class PoliteClient:
    """GET with per-host turns, retries, size and redirect limits.

    ``allowed(url)`` is asked before every request, including each redirect
    hop; it is how robots.txt plugs in (see ``robots.RobotsPolicy``).
    """

    def __init__(self, options: FetchOptions | None = None, *,
                 sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.options = options or FetchOptions()
        self._sleep = sleep
        self.gate = HostGate(sleep)
        limits = httpx.Limits(max_connections=max(1, self.options.concurrency) * 2,
                              max_keepalive_connections=max(1, self.options.concurrency))
        self._client = httpx.Client(
            headers={"User-Agent": self.options.user_agent},
            timeout=httpx.Timeout(self.options.timeout),
            follow_redirects=False,
            limits=limits,
            transport=transport,
        )
        self.allowed: Callable[[str], bool] = lambda url: True

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "PoliteClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, headers: dict[str, str] | None = None, *,
            max_bytes: int | None = None, retries: int | None = None, ask_allowed: bool = True) -> Response:
        """Fetch ``url``; 2xx, 304 and final 4xx come back as a Response, the rest raise.

        Raises ``FetchError`` for bad schemes, redirect loops or too many
        redirects, oversized bodies, exhausted retries and unreachable hosts,
        and ``RobotsDenied`` when a hop is disallowed (``ask_allowed=False``
        skips that check: it is how robots.txt itself is fetched).
        """
        current = check_url(url)
        seen = {current}
        for _hop in range(self.options.max_redirects + 1):
            if ask_allowed and not self.allowed(current):
                raise RobotsDenied(f"robots.txt disallows {current}")
            resp = self._get_retrying(current, headers or {}, max_bytes, retries)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                target = urljoin(current, resp.headers["location"].strip())
                try:
                    check_url(target)
                except FetchError as exc:
                    raise FetchError(f"{url}: redirect to a non-http(s) URL refused ({target!r})") from exc
                if target in seen:
                    raise FetchError(f"{url}: redirect loop ({current} -> {target})")
                seen.add(target)
                current = target
                continue
            return replace(resp, url=url, final_url=current)
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    def _get_retrying(self, url: str, headers: dict[str, str], max_bytes: int | None,
                      retries: int | None) -> Response:
        opts = self.options
        tries = (opts.retries if retries is None else retries) + 1
        last_problem = ""
        transport_failed = False
        for attempt in range(1, tries + 1):
            try:
                resp = self._get_once(url, headers, opts.max_bytes if max_bytes is None else max_bytes)
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                last_problem = _describe(exc)
                transport_failed = True
                wait = opts.backoff * 2 ** (attempt - 1)
            else:
                resp.attempts = attempt
                if resp.status not in RETRY_STATUS:
                    return resp
                last_problem = f"HTTP {resp.status}"
                transport_failed = False
                wait = opts.backoff * 2 ** (attempt - 1)
                asked = parse_retry_after(resp.headers.get("retry-after"))
                if asked is not None:
                    if asked > opts.max_wait:
                        raise FetchError(f"{url}: server asked to wait {asked:.0f} s (Retry-After), "
                                         f"more than the {opts.max_wait:.0f} s allowed; try later")
                    wait = max(wait, asked)
                if attempt == tries:
                    return resp
            if attempt < tries:
                self._sleep(wait)
        raise (Unreachable if transport_failed else FetchError)(f"{url}: {last_problem} after {tries} attempt(s)")

    def _get_once(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        host = host_key(url)
        with self.gate.lock(host):
            self.gate.wait_turn(host, self.options.delay)
            try:
                return self._stream(url, headers, max_bytes)
            except (httpx.InvalidURL, httpx.UnsupportedProtocol, httpx.LocalProtocolError,
                    httpx.DecodingError, httpx.TooManyRedirects) as exc:
                raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from exc
            finally:
                self.gate.done(host)

    def _stream(self, url: str, headers: dict[str, str], max_bytes: int) -> Response:
        started = time.monotonic()
        with self._client.stream("GET", url, headers=headers) as r:
            hdrs = {k.lower(): v for k, v in r.headers.items()}
            declared = hdrs.get("content-length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(f"{url}: response of {int(declared)} bytes is larger than the "
                                 f"{max_bytes}-byte limit")
            chunks: list[bytes] = []
            size = 0
            for chunk in r.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(f"{url}: response larger than the {max_bytes}-byte limit; stopped reading")
                if time.monotonic() - started > self.options.total_timeout:
                    raise httpx.ReadTimeout(f"body took longer than {self.options.total_timeout} s")
                chunks.append(chunk)
            return Response(url=url, final_url=url, status=r.status_code, headers=hdrs, content=b"".join(chunks))


class RobotsDenied(FetchError):
    """robots.txt disallows the URL for our User-Agent."""


class Unreachable(FetchError):
    """Every attempt failed below HTTP: connection refused, DNS, timeouts."""


def _describe(exc: Exception) -> str:
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out ({type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"cannot connect ({exc})"
    return f"{type(exc).__name__}: {exc}"
