"""A scriptable local HTTP server for the ingest tests (127.0.0.1, ephemeral port).

No test touches the internet. Each test sets ``server.routes[path]`` to a
response ``(status, headers, body)`` or to a function of the ``Hit`` that
returns one (it sees the request headers and how many times the path was
asked). A response may carry ``{"sleep": s}`` in its headers dict to stall
before answering. Every request is logged in ``server.hits``.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reportmine.ingest.http import FetchOptions


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    count: int  # 1 for the first request to this path


class _Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1"

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        srv: LocalServer = self.server.owner  # type: ignore[attr-defined]
        with srv.lock:
            srv.counts[self.path] += 1
            hit = Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, srv.counts[self.path])
            srv.hits.append(hit)
        route = srv.routes.get(self.path)
        if route is None:
            route = (404, {"Content-Type": "text/plain"}, b"not found")
        if callable(route):
            route = route(hit)
        status, headers, body = route
        headers = dict(headers)
        sleep = headers.pop("sleep", 0)
        length = headers.pop("no-length", None) is None
        try:
            if sleep:
                time.sleep(float(sleep))
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            if length and status != 304:
                self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if status != 304:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class LocalServer:
    def __init__(self) -> None:
        self.routes: dict[str, object] = {}
        self.hits: list[Hit] = []
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.owner = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02},
                                       daemon=True)

    @property
    def base(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def asked(self, path: str) -> int:
        return self.counts[path]


@pytest.fixture
def server():
    srv = LocalServer()
    srv.thread.start()
    try:
        yield srv
    finally:
        srv.httpd.shutdown()
        srv.httpd.server_close()


@pytest.fixture
def fast() -> FetchOptions:
    """Options with tiny waits so the suite stays quick (no timing is asserted)."""
    return FetchOptions(user_agent="reportmine-test/1 (+http://127.0.0.1/contact)", delay=0.01,
                        timeout=2.0, retries=2, backoff=0.01, max_bytes=64 * 1024, max_redirects=3,
                        concurrency=2)


def html_page(title: str, paragraphs: list[str], extra: str = "", charset: str = "utf-8") -> bytes:
    """A small article page in the usual government-portal shape."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    text = (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
            f"<body>{extra}<h1>{title}</h1><div class='article-content'>{body}</div></body></html>")
    return text.encode("gb18030" if charset.lower() in ("gbk", "gb2312", "gb18030") else charset)


def list_page(links: list[str], next_href: str | None = None) -> bytes:
    items = "".join(f'<li><a href="{h}">item</a></li>' for h in links)
    nxt = f'<a class="next" href="{next_href}">下一页</a>' if next_href else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>列表</title></head><body>'
            f'<ul class="news-list">{items}</ul><div class="pager">{nxt}</div></body></html>').encode()


class Pages:
    html = staticmethod(html_page)
    listing = staticmethod(list_page)


@pytest.fixture
def pages() -> type[Pages]:
    """Page builders (fixtures, because test modules cannot import conftest)."""
    return Pages
