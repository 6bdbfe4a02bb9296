"""The raw store: exact bytes, hash-only names, append-only manifest, dedupe."""
from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.ingest.fetch import Fetcher
from reportmine.ingest.store import SUFFIXES, RawStore, body_hash


_EXTS = "|".join(sorted({e.lstrip(".") for e in SUFFIXES.values()} | {"bin"}))
HASHED = re.compile(rf"^pages/[0-9a-f]{{2}}/[0-9a-f]{{64}}\.({_EXTS})$")
HOSTILE = [
    "http://h/../../../../etc/passwd",
    "http://h/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "http://h/..%2f..%2f..%2fetc%2fpasswd",
    "http://h//etc/passwd",
    "http://h/C:\\Windows\\win.ini",
    "http://h/" + "a" * 5000 + ".html",
    "http://h/\x00nul/..\\..",
    "/etc/passwd",
]


def _article(n: int) -> bytes:
    return (f"<html><head><meta charset='utf-8'></head><body><h1>标题{n}</h1>"
            f"<p>第{n}篇文章的正文，内容足够长，可以用于判断是否重复。</p></body></html>").encode()


def _inside(root, rel) -> bool:
    return (root / rel).resolve().is_relative_to(root.resolve())


@pytest.mark.parametrize("url", HOSTILE)
def test_hostile_urls_cannot_choose_the_file_name(tmp_path, url):
    store = RawStore(tmp_path / "raw")
    stored = store.add(url, url, 200, _article(len(url)), content_type="text/html")
    assert HASHED.match(stored.entry["path"])
    assert _inside(store.root, stored.entry["path"])
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(p.resolve().is_relative_to((tmp_path / "raw").resolve()) for p in files)


@settings(max_examples=60, deadline=None)
@given(url=st.text(min_size=0, max_size=300), ctype=st.text(max_size=40))
def test_any_url_and_content_type_stay_inside(tmp_path_factory, url, ctype):
    root = tmp_path_factory.mktemp("raw")
    store = RawStore(root)
    stored = store.add(url, url, 200, url.encode("utf-8", "surrogatepass") + b"!", content_type=ctype)
    assert HASHED.match(stored.entry["path"]) and _inside(root, stored.entry["path"])


def test_path_of_refuses_escapes(tmp_path):
    store = RawStore(tmp_path)
    for rel in ("../x", "/etc/passwd", "pages/../../x"):
        with pytest.raises(ValueError):
            store.path_of(rel)


def test_hostile_paths_over_http(server, fast, tmp_path):
    paths = ["/../../etc/passwd", "/%2e%2e/%2e%2e/secret.html", "//abs/olute.html", "/" + "b" * 3000]
    for i, p in enumerate(paths):
        server.routes[p] = (200, {"Content-Type": "text/html"}, _article(100 + i))
    raw = tmp_path / "raw"
    with Fetcher(raw, fast) as f:
        for p in paths:
            f.fetch(server.base + p)
    for line in (raw / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        assert HASHED.match(entry["path"]) and _inside(raw, entry["path"])
    assert all(p.resolve().is_relative_to(raw.resolve()) for p in tmp_path.rglob("*"))


def test_bytes_stored_exactly(tmp_path):
    data = "<html><head><meta charset='gbk'></head><body><p>党史学习教育</p></body></html>".encode("gbk")
    store = RawStore(tmp_path)
    stored = store.add("http://h/a", "http://h/a", 200, data, content_type="text/html", charset="GBK")
    assert store.read(stored.entry) == data
    assert stored.entry["encoding"] == "gb18030"


def test_same_bytes_two_urls_recorded_once(tmp_path):
    store = RawStore(tmp_path)
    a = store.add("http://h/a", "http://h/a", 200, _article(1), content_type="text/html")
    b = store.add("http://h/b?from=rss", "http://h/b?from=rss", 200, _article(1), content_type="text/html")
    assert (a.outcome, b.outcome) == ("stored", "duplicate")
    assert b.entry["duplicate_of"] == "http://h/a" and b.entry["path"] == a.entry["path"]
    assert len(list((tmp_path / "pages").rglob("*.html"))) == 1


def test_same_body_other_chrome_is_a_duplicate(tmp_path):
    text = "<p>某县委召开专题民主生活会，县委书记主持会议并讲话。</p><p>会议通报了整改落实情况。</p>"
    site_a = f"<html><body><div class='nav'></div><h1>会议</h1>{text}</body></html>".encode()
    site_b = f"<html><body><h1>转载：会议</h1>\n  {text}\n<!-- other site --></body></html>".encode()
    store = RawStore(tmp_path)
    a = store.add("http://a.example/1", "http://a.example/1", 200, site_a, content_type="text/html")
    b = store.add("http://b.example/9", "http://b.example/9", 200, site_b, content_type="text/html")
    assert a.entry["content_hash"] != b.entry["content_hash"]
    assert b.outcome == "duplicate" and b.entry["duplicate_of"] == "http://a.example/1"


def test_list_pages_and_empty_bodies_are_not_body_deduped(tmp_path):
    store = RawStore(tmp_path)
    one = b"<html><body><ul><li><a href='/1'>a</a></li></ul></body></html>"
    two = b"<html><body><ul><li><a href='/2'>b</a></li></ul></body></html>"
    assert store.add("http://h/l1", "http://h/l1", 200, one, content_type="text/html").outcome == "stored"
    assert store.add("http://h/l2", "http://h/l2", 200, two, content_type="text/html").outcome == "stored"


def test_body_hash_ignores_whitespace_only():
    assert body_hash("甲 乙\n丙") == body_hash("甲乙丙")
    assert body_hash("甲乙丙") != body_hash("甲乙丁")
    assert body_hash("  \n ") is None


def test_manifest_survives_reload_and_a_torn_last_line(tmp_path):
    store = RawStore(tmp_path)
    store.add("http://h/a", "http://h/a", 200, _article(1), content_type="text/html")
    with open(tmp_path / "manifest.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"url": "http://h/b", "final')  # a run killed mid-append
    again = RawStore(tmp_path)
    assert again.has("http://h/a") and not again.has("http://h/b")
    assert any("unreadable line" in w for w in again.warnings)
    again.add("http://h/c", "http://h/c", 200, _article(3), content_type="text/html")
    lines = (tmp_path / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["url"] == "http://h/a"  # append-only: the first line is untouched
    assert json.loads(lines[-1])["url"] == "http://h/c"


def test_manifest_fields(tmp_path):
    store = RawStore(tmp_path)
    e = store.add("http://h/a", "http://h/a2", 200, _article(1), content_type="text/html",
                  etag='"e"', last_modified="Sun, 01 Nov 2026 08:00:00 GMT").entry
    line = json.loads((tmp_path / "manifest.jsonl").read_text(encoding="utf-8"))
    for key in ("url", "final_url", "fetched_at", "status", "content_hash", "encoding", "path", "etag",
                "last_modified", "duplicate_of"):
        assert key in line
    assert line == {k: e.get(k) for k in line}
    assert store.validators("http://h/a") == {"If-None-Match": '"e"',
                                              "If-Modified-Since": "Sun, 01 Nov 2026 08:00:00 GMT"}


def test_pages_lists_each_distinct_article_once(tmp_path):
    store = RawStore(tmp_path)
    store.add("http://h/list", "http://h/list", 200, b"<html><body><a href='/a'>a</a></body></html>",
              content_type="text/html", kind="list")
    store.add("http://h/a", "http://h/a", 200, _article(1), content_type="text/html", kind="article")
    store.add("http://h/a-copy", "http://h/a-copy", 200, _article(1), content_type="text/html", kind="article")
    store.add("http://h/b", "http://h/b", 200, _article(2), content_type="text/html", kind="article")
    store.add("http://h/b", "http://h/b", 200, _article(2), content_type="text/html", kind="article")
    urls = sorted(e["url"] for e in RawStore(tmp_path).pages())
    assert urls == ["http://h/a", "http://h/b"]
    assert len(RawStore(tmp_path).pages(kind=None)) == 3
