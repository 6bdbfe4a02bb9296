"""The polite client against a local server: retries, limits, redirects, robots."""
from __future__ import annotations

from dataclasses import replace

import pytest

from reportmine.ingest.fetch import Fetcher
from reportmine.ingest.http import FetchError, PoliteClient, check_url, parse_retry_after

HTML = {"Content-Type": "text/html; charset=utf-8"}


def fetcher_for(tmp_path, opts, sleeps=None):
    client = PoliteClient(opts, sleep=(sleeps.append if sleeps is not None else __import__("time").sleep))
    return Fetcher(tmp_path / "raw", opts, client=client)


def test_user_agent_is_sent_and_configurable(server, fast, tmp_path, pages):
    server.routes["/a.html"] = (200, HTML, pages.html("题目", ["正文一段足够长的文字内容在这里。"]))
    with fetcher_for(tmp_path, fast) as f:
        assert f.fetch(server.url("/a.html")).outcome == "stored"
    agents = {h.headers["user-agent"] for h in server.hits}
    assert agents == {fast.user_agent}


def test_500_then_success_is_retried(server, fast, tmp_path, pages):
    body = pages.html("重试", ["第二次才成功的页面正文内容。"])
    server.routes["/flaky.html"] = lambda hit: (500, HTML, b"oops") if hit.count == 1 else (200, HTML, body)
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/flaky.html"))
    assert r.outcome == "stored" and r.data == body
    assert server.asked("/flaky.html") == 2


def test_persistent_500_fails_after_retries(server, fast, tmp_path):
    server.routes["/down.html"] = (503, HTML, b"busy")
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/down.html"))
        assert f.summary.failed == 1
    assert r.outcome == "failed" and "503" in r.error
    assert server.asked("/down.html") == fast.retries + 1


def test_429_honours_retry_after(server, fast, tmp_path, pages):
    body = pages.html("限流", ["限流之后返回的页面正文内容。"])
    server.routes["/busy.html"] = lambda hit: ((429, {**HTML, "Retry-After": "7"}, b"slow down")
                                               if hit.count == 1 else (200, HTML, body))
    sleeps: list[float] = []
    with fetcher_for(tmp_path, fast, sleeps) as f:
        r = f.fetch(server.url("/busy.html"))
    assert r.outcome == "stored"
    assert 7.0 in sleeps  # the server's wait, not our tiny backoff


def test_retry_after_longer_than_allowed_gives_up(server, fast, tmp_path):
    server.routes["/later.html"] = (429, {**HTML, "Retry-After": "86400"}, b"tomorrow")
    sleeps: list[float] = []
    with fetcher_for(tmp_path, fast, sleeps) as f:
        r = f.fetch(server.url("/later.html"))
    assert r.outcome == "failed" and "Retry-After" in r.error
    assert server.asked("/later.html") == 1


def test_parse_retry_after_date_and_junk():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412480.0 - 60) == pytest.approx(60.0)
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_slow_response_times_out_then_retry_succeeds(server, fast, tmp_path, pages):
    body = pages.html("慢", ["第一次超时第二次正常的页面正文。"])
    server.routes["/slow.html"] = lambda hit: ((200, {**HTML, "sleep": 0.6}, body) if hit.count == 1
                                               else (200, HTML, body))
    opts = replace(fast, timeout=0.2)
    with fetcher_for(tmp_path, opts) as f:
        r = f.fetch(server.url("/slow.html"))
    assert r.outcome == "stored" and r.data == body
    assert server.asked("/slow.html") == 2


def test_redirect_loop_is_stopped(server, fast, tmp_path):
    server.routes["/a"] = (302, {"Location": "/b"}, b"")
    server.routes["/b"] = (302, {"Location": "/a"}, b"")
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/a"))
    assert r.outcome == "failed" and "redirect loop" in r.error
    assert server.asked("/a") == 1 and server.asked("/b") == 1


def test_redirect_limit(server, fast, tmp_path):
    for i in range(10):
        server.routes[f"/r{i}"] = (301, {"Location": f"/r{i + 1}"}, b"")
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/r0"))
    assert r.outcome == "failed" and "more than 3 redirects" in r.error
    assert server.asked("/r5") == 0


def test_redirect_followed_and_final_url_recorded(server, fast, tmp_path, pages):
    body = pages.html("跳转", ["跳转之后的文章正文内容在这里。"])
    server.routes["/old.html"] = (301, {"Location": "/new.html"}, b"")
    server.routes["/new.html"] = (200, HTML, body)
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/old.html"))
    assert r.entry["url"] == server.url("/old.html")
    assert r.entry["final_url"] == server.url("/new.html")


def test_redirect_to_other_scheme_refused(server, fast, tmp_path):
    server.routes["/ftp"] = (302, {"Location": "ftp://127.0.0.1/file"}, b"")
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/ftp"))
    assert r.outcome == "failed" and "non-http" in r.error


@pytest.mark.parametrize("declare_length", [True, False])
def test_oversized_page_is_cut_off(server, fast, tmp_path, declare_length):
    big = b"<html><body>" + b"x" * (fast.max_bytes * 2) + b"</body></html>"
    headers = dict(HTML) if declare_length else {**HTML, "no-length": 1}
    server.routes["/big.html"] = (200, headers, big)
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/big.html"))
    assert r.outcome == "failed" and "limit" in r.error
    assert not (tmp_path / "raw" / "pages").exists()


def test_robots_disallowed_path_is_not_requested(server, fast, tmp_path, pages):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                    b"User-agent: *\nDisallow: /private/\n")
    server.routes["/private/a.html"] = (200, HTML, pages.html("内部", ["不应被抓取的页面正文内容。"]))
    server.routes["/public/a.html"] = (200, HTML, pages.html("公开", ["可以抓取的公开页面正文内容。"]))
    with fetcher_for(tmp_path, fast) as f:
        denied = f.fetch(server.url("/private/a.html"))
        ok = f.fetch(server.url("/public/a.html"))
        assert f.summary.robots == 1
    assert denied.outcome == "robots" and ok.outcome == "stored"
    assert server.asked("/private/a.html") == 0
    assert server.asked("/robots.txt") == 1  # cached per host


def test_robots_applies_to_redirect_target(server, fast, tmp_path):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /secret\n")
    server.routes["/go"] = (302, {"Location": "/secret/page.html"}, b"")
    with fetcher_for(tmp_path, fast) as f:
        r = f.fetch(server.url("/go"))
    assert r.outcome == "robots"
    assert server.asked("/secret/page.html") == 0


def test_robots_5xx_means_disallow_all(server, fast, tmp_path):
    server.routes["/robots.txt"] = (500, HTML, b"error")
    server.routes["/a.html"] = (200, HTML, b"<html><body><p>text</p></body></html>")
    with fetcher_for(tmp_path, fast) as f:
        assert f.fetch(server.url("/a.html")).outcome == "robots"
    assert server.asked("/a.html") == 0


def test_crawl_delay_raises_host_delay(server, fast, tmp_path, pages):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 5\n")
    for name in ("a", "b"):
        server.routes[f"/{name}.html"] = (200, HTML, pages.html(name, [f"{name} 页面的正文内容足够长。"]))
    sleeps: list[float] = []
    with fetcher_for(tmp_path, fast, sleeps) as f:
        f.fetch(server.url("/a.html"))
        f.fetch(server.url("/b.html"))
    assert any(s > 4 for s in sleeps)  # waited for the robots Crawl-delay, not our 0.01


def test_unreachable_host_fails_clearly(fast, tmp_path):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens here now
    with fetcher_for(tmp_path, replace(fast, retries=1)) as f:
        r1 = f.fetch(f"http://127.0.0.1:{port}/a.html")
        r2 = f.fetch(f"http://127.0.0.1:{port}/b.html")
    assert r1.outcome == "failed" and "connect" in r1.error
    assert r2.outcome == "failed" and "unreachable" in r2.error


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "javascript:alert(1)",
                                 "http:///nohost", "/relative/path"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError):
        check_url(url)


def test_conditional_get_on_rerun(server, fast, tmp_path, pages):
    body = pages.html("条件请求", ["第二次请求应当带上 ETag 与 Last-Modified 的正文。"])
    validators = {"ETag": '"v1"', "Last-Modified": "Sun, 01 Nov 2026 08:00:00 GMT"}

    def route(hit):
        if hit.headers.get("if-none-match") == '"v1"':
            return (304, validators, b"")
        return (200, {**HTML, **validators}, body)

    server.routes["/etag.html"] = route
    with fetcher_for(tmp_path, fast) as f:
        first = f.fetch(server.url("/etag.html"))
    with fetcher_for(tmp_path, fast) as f:  # a new run reads validators from the manifest
        second = f.fetch(server.url("/etag.html"))
        assert f.summary.not_modified == 1 and f.summary.fetched == 0
    hits = [h for h in server.hits if h.path == "/etag.html"]
    assert hits[1].headers["if-none-match"] == '"v1"'
    assert hits[1].headers["if-modified-since"] == validators["Last-Modified"]
    assert second.outcome == "not_modified" and second.entry["status"] == 304
    assert second.entry["path"] == first.entry["path"] and second.data == body


def test_one_request_at_a_time_per_host(server, fast, tmp_path, pages):
    import threading

    state = {"now": 0, "max": 0}
    lock = threading.Lock()

    def route(hit):
        with lock:
            state["now"] += 1
            state["max"] = max(state["max"], state["now"])
        import time
        time.sleep(0.03)
        with lock:
            state["now"] -= 1
        return (200, HTML, pages.html(hit.path, [f"{hit.path} 的正文内容足够长，用来测试。"]))

    for i in range(6):
        server.routes[f"/p{i}.html"] = route
    with fetcher_for(tmp_path, replace(fast, concurrency=4)) as f:
        results = f.fetch_many([server.url(f"/p{i}.html") for i in range(6)])
    assert [r.outcome for r in results] == ["stored"] * 6
    assert state["max"] == 1


def test_robots_group_for_our_product_token(server, tmp_path, fast, pages):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                    b"User-agent: reportmine\nDisallow: /\n\nUser-agent: *\nAllow: /\n")
    server.routes["/a.html"] = (200, HTML, pages.html("甲", ["我们的爬虫被点名禁止访问的正文。"]))
    opts = replace(fast, user_agent="reportmine/0.1.0 (+https://example.org/reportmine)")
    with fetcher_for(tmp_path, opts) as f:
        assert f.fetch(server.url("/a.html")).outcome == "robots"
    assert server.asked("/a.html") == 0


def test_redirected_robots_txt_is_followed(server, fast, tmp_path):
    server.routes["/robots.txt"] = (301, {"Location": "/policy/robots.txt"}, b"")
    server.routes["/policy/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /x\n")
    with fetcher_for(tmp_path, fast) as f:
        assert f.fetch(server.url("/x/a.html")).outcome == "robots"
    assert server.asked("/policy/robots.txt") == 1
