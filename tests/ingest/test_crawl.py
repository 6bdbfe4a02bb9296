"""Crawling an invented county site served locally: pagination, GBK, robots, dedupe, resume."""
from __future__ import annotations

import json

import pytest

from reportmine.ingest.crawl import Crawler, article_links
from reportmine.ingest.fetch import Fetcher
from reportmine.ingest.sites import validate_site

HTML = {"Content-Type": "text/html; charset=utf-8"}
GBK = {"Content-Type": "text/html; charset=GBK"}


def _etagged(body: bytes, tag: str, headers=HTML):
    """A route answering 304 to a matching If-None-Match, like a real server."""
    def route(hit):
        if hit.headers.get("if-none-match") == tag:
            return (304, {"ETag": tag}, b"")
        return (200, {**headers, "ETag": tag}, body)
    return route


@pytest.fixture
def county(server, pages):
    """Three list pages (next links), five articles, one GBK, one duplicate, one robots-denied."""
    p = pages
    server.routes["/robots.txt"] = (200, {"Content-Type": "text/plain"},
                                    b"User-agent: *\nDisallow: /news/secret/\n")
    server.routes["/news/index.html"] = _etagged(p.listing(
        ["a1.html", "/news/a2.html", "secret/s1.html", "http://elsewhere.invalid/x.html", "a1.html#top"],
        next_href="index_1.html"), '"l0"')
    server.routes["/news/index_1.html"] = _etagged(p.listing(["a3.html", "a1_copy.html"], "index_2.html"), '"l1"')
    server.routes["/news/index_2.html"] = _etagged(p.listing(["a5.html"], None), '"l2"')
    a1 = p.html("城关镇召开专题组织生活会", ["城关镇机关党支部召开专题组织生活会，党员逐一发言。", "会议开展了批评与自我批评。"])
    server.routes["/news/a1.html"] = _etagged(a1, '"a1"')
    server.routes["/news/a1_copy.html"] = (200, HTML, a1)
    server.routes["/news/a2.html"] = _etagged(p.html("水务局开展主题教育", ["水务局党组书记讲专题党课，干部职工80余人参加。"]), '"a2"')
    server.routes["/news/a3.html"] = _etagged(
        p.html("林业站党史学习教育", ["林业站党支部组织党员集中学习，共开展学习12次。"], charset="gbk"), '"a3"', GBK)
    server.routes["/news/a5.html"] = _etagged(p.html("交通局巡视整改", ["交通局召开巡视整改专题会议，研究整改措施。"]), '"a5"')
    server.routes["/news/secret/s1.html"] = (200, HTML, p.html("不公开", ["robots 不允许抓取这一页。"]))
    return {
        "name": "test-county", "hosts": ["127.0.0.1"], "start_urls": [server.url("/news/index.html")],
        "link_selector": "ul.news-list li a", "next_page_selector": "div.pager a.next", "max_pages": 5,
        "article": {"title": "h1", "body": "div.article-content"},
    }


def crawl(site_data, tmp_path, fast, **kw):
    site = validate_site(site_data)
    with Fetcher(tmp_path / "raw", fast) as fetcher:
        return Crawler(site, fetcher, **kw).run()


def manifest(tmp_path):
    text = (tmp_path / "raw" / "manifest.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_full_crawl(server, county, tmp_path, fast):
    result = crawl(county, tmp_path, fast)
    s = result.summary
    assert result.finished and result.list_pages == 3
    assert (s.fetched, s.duplicates, s.robots, s.failed) == (3 + 4, 1, 1, 0)  # 3 lists + 4 articles
    assert server.asked("/news/secret/s1.html") == 0
    entries = {e["url"]: e for e in manifest(tmp_path)}
    dup = entries[server.url("/news/a1_copy.html")]
    assert dup["duplicate_of"] == server.url("/news/a1.html")
    assert dup["path"] == entries[server.url("/news/a1.html")]["path"]
    # the GBK page is stored byte for byte and its encoding recorded
    gbk = entries[server.url("/news/a3.html")]
    raw = (tmp_path / "raw" / gbk["path"]).read_bytes()
    assert raw == server.routes["/news/a3.html"](type("H", (), {"headers": {}})())[2]
    assert "林业站".encode("gbk") in raw and gbk["encoding"] == "gb18030"
    # every article page asked exactly once; the fragment link did not cause a second fetch
    assert server.asked("/news/a1.html") == 1


def test_max_pages_bounds_the_walk(server, county, tmp_path, fast):
    result = crawl(county, tmp_path, fast, max_pages=2)
    assert result.list_pages == 2 and server.asked("/news/index_2.html") == 0
    assert server.asked("/news/a5.html") == 0


def test_page_url_template_and_link_pattern(server, county, tmp_path, fast):
    site = {**county, "link_pattern": r"/news/a\d\.html$", "page_url_template": "index_{page_index}.html",
            "max_pages": 3}
    del site["link_selector"], site["next_page_selector"]
    result = crawl(site, tmp_path, fast)
    assert result.list_pages == 3
    assert server.asked("/news/index_2.html") == 1
    assert server.asked("/news/a1_copy.html") == 0  # does not match the pattern
    assert server.asked("/news/a5.html") == 1


def test_resume_after_budget_stop(server, county, tmp_path, fast):
    first = crawl(county, tmp_path, fast, max_articles=2)
    assert not first.finished
    state = json.loads(first.state_path.read_text(encoding="utf-8"))
    assert state["finished"] is False and state["lists_done"] == [server.url("/news/index.html")]
    asked_before = dict(server.counts)
    second = crawl(county, tmp_path, fast)
    assert second.finished
    # nothing fetched in the first run is fetched again
    for path, n in asked_before.items():
        if path != "/robots.txt":
            assert server.asked(path) == n, path
    assert server.asked("/news/a5.html") == 1 and server.asked("/news/index_2.html") == 1


def test_resume_after_interrupt(server, county, tmp_path, fast, monkeypatch):
    site = validate_site(county)
    fast1 = fast.__class__(**{**fast.__dict__, "concurrency": 1})
    with Fetcher(tmp_path / "raw", fast1) as fetcher:
        real = fetcher.fetch
        calls = {"n": 0}

        def flaky(url, kind="page", conditional=True):
            if kind == "article":
                calls["n"] += 1
                if calls["n"] == 2:
                    raise KeyboardInterrupt
            return real(url, kind, conditional)

        monkeypatch.setattr(fetcher, "fetch", flaky)
        with pytest.raises(KeyboardInterrupt):
            Crawler(site, fetcher).run()
    assert server.asked("/news/a1.html") == 1 and server.asked("/news/a2.html") == 0
    result = crawl(county, tmp_path, fast)
    assert result.finished
    assert server.asked("/news/index.html") == 1  # the visited list page is not asked again
    assert server.asked("/news/a1.html") == 1     # nor the article that had arrived
    assert server.asked("/news/a2.html") == 1 and server.asked("/news/a5.html") == 1


def test_rerun_after_finished_crawl_uses_conditional_get(server, county, tmp_path, fast):
    crawl(county, tmp_path, fast)
    before = dict(server.counts)
    again = crawl(county, tmp_path, fast)
    s = again.summary
    assert again.finished and s.fetched == 0 and s.not_modified == 3  # the three list pages: 304
    list_hits = [h for h in server.hits if h.path == "/news/index.html"]
    assert list_hits[-1].headers.get("if-none-match") == '"l0"'
    assert server.asked("/news/a2.html") == before["/news/a2.html"]  # stored articles not asked again
    assert s.skipped >= 4


def test_refresh_rechecks_articles_conditionally(server, county, tmp_path, fast):
    crawl(county, tmp_path, fast)
    again = crawl(county, tmp_path, fast, refresh=True)
    assert server.asked("/news/a2.html") == 2
    last = [h for h in server.hits if h.path == "/news/a2.html"][-1]
    assert last.headers.get("if-none-match") == '"a2"'
    assert again.summary.fetched == 0


def test_links_stay_on_site_hosts(county, pages):
    site = validate_site(county)
    page = pages.listing(["/ok.html", "http://evil.invalid/x.html", "javascript:void(0)", "mailto:a@b.c"])
    links = article_links(site, page, county["start_urls"][0])
    assert len(links) == 1 and links[0].endswith("/ok.html")
