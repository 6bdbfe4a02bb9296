"""``reportmine fetch`` / ``reportmine crawl`` run through click into a temporary folder."""
from __future__ import annotations

import json
import socket

from click.testing import CliRunner

from reportmine.cli import main

HTML = {"Content-Type": "text/html; charset=utf-8"}
FAST = ["--delay", "0.01", "--backoff", "0.01", "--retries", "1", "--timeout", "2"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_fetch_summary_and_exit_codes(server, pages, tmp_path):
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /no/\n")
    server.routes["/a.html"] = (200, HTML, pages.html("甲", ["甲单位召开专题组织生活会的正文。"]))
    raw = tmp_path / "raw"
    ok = run("fetch", server.url("/a.html"), server.url("/no/b.html"), "--raw-dir", raw, *FAST,
             "--user-agent", "probe/9 (+mailto:me@example.org)")
    assert ok.exit_code == 0, ok.output
    assert "fetched 1, not modified 0, duplicates 0, skipped by robots 1, failed 0" in ok.output
    assert server.hits[-1].headers["user-agent"] == "probe/9 (+mailto:me@example.org)"
    assert (raw / "manifest.jsonl").is_file()

    missing = run("fetch", server.url("/gone.html"), "--raw-dir", raw, *FAST)
    assert missing.exit_code == 1 and "failed 1" in missing.output and "HTTP 404" in missing.output


def test_fetch_refuses_bad_urls(tmp_path):
    res = run("fetch", "ftp://example.org/file", "--raw-dir", tmp_path)
    assert res.exit_code == 2 and "only http and https" in res.output
    assert not (tmp_path / "manifest.jsonl").exists()


def test_fetch_unreachable_host(tmp_path):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    res = run("fetch", f"http://127.0.0.1:{port}/x.html", "--raw-dir", tmp_path, *FAST)
    assert res.exit_code == 1
    assert "failed 1" in res.output and "cannot connect" in res.output


def test_crawl_by_path_then_resume(server, pages, tmp_path):
    server.routes["/l.html"] = (200, HTML, pages.listing(["/x1.html", "/x2.html", "/x3.html"]))
    for i in (1, 2, 3):
        server.routes[f"/x{i}.html"] = (200, HTML, pages.html(f"文{i}", [f"第{i}篇：某局党组召开民主生活会的正文。"]))
    site = tmp_path / "local.json"
    site.write_text(json.dumps({"name": "local", "hosts": ["127.0.0.1"], "start_urls": [server.url("/l.html")],
                                "link_selector": "ul.news-list a"}), encoding="utf-8")
    raw = tmp_path / "raw"
    first = run("crawl", site, "--raw-dir", raw, "--max-articles", "1", *FAST)
    assert first.exit_code == 0, first.output
    assert "stopped early, run again to resume" in first.output
    second = run("crawl", site, "--raw-dir", raw, *FAST)
    assert second.exit_code == 0, second.output
    assert "fetched 2," in second.output and "stopped early" not in second.output
    assert server.asked("/l.html") == 1 and server.asked("/x1.html") == 1


def test_crawl_bad_site_arguments(tmp_path):
    unknown = run("crawl", "no-such-site", "--raw-dir", tmp_path)
    assert unknown.exit_code == 2 and "unknown site 'no-such-site'" in unknown.output
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "bad", "hosts": ["h.example"], "start_urls": ["https://h.example/"],
                               "link_selector": "a", "maxpages": 3}), encoding="utf-8")
    res = run("crawl", bad, "--raw-dir", tmp_path)
    assert res.exit_code == 2 and "did you mean 'max_pages'" in res.output


def test_crawl_unreachable_site(tmp_path):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    site = tmp_path / "dead.json"
    site.write_text(json.dumps({"name": "dead", "hosts": ["127.0.0.1"],
                                "start_urls": [f"http://127.0.0.1:{port}/list.html"],
                                "link_selector": "a"}), encoding="utf-8")
    res = run("crawl", site, "--raw-dir", tmp_path / "raw", *FAST)
    assert res.exit_code == 1 and "failed 1" in res.output and "error:" in res.output
