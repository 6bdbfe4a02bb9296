"""Site files: the shipped example loads; mistakes fail with a message naming the fix."""
from __future__ import annotations

import json

import pytest

from reportmine import resources
from reportmine.ingest.sites import SiteError, iter_sites, load_site, page_url, validate_site

GOOD = {
    "name": "demo", "hosts": ["news.example.org"], "start_urls": ["https://news.example.org/list/index.html"],
    "link_selector": "ul.list a", "next_page_selector": "a.next", "max_pages": 2,
    "article": {"title": "h1", "body": "div.content", "drop": ["div.share"]},
}


def test_shipped_sites_are_valid():
    sites = iter_sites()
    assert sites and any(s.name == "example-county" for s in sites)
    ex = load_site("example-county")
    assert ex.allows_host("https://www.example-county.gov.cn/a.html")
    assert not ex.allows_host("https://example.com/a.html")


def test_good_site():
    site = validate_site(GOOD)
    assert site.max_pages == 2 and site.article["drop"] == ["div.share"]


@pytest.mark.parametrize("change, message", [
    ({"link_selecter": "a"}, "did you mean 'link_selector'"),
    ({"article": {"titel": "h1"}}, "did you mean 'title'"),
    ({"link_pattern": r"/t\d+\.html"}, "exactly one of 'link_selector'"),
    ({"page_url_template": "index_{page}.html"}, "at most one of"),
    ({"max_pages": 0}, "'max_pages'"),
    ({"max_pages": True}, "'max_pages'"),
    ({"hosts": []}, "'hosts'"),
    ({"hosts": ["https://news.example.org/"]}, "bare host names"),
    ({"start_urls": ["ftp://news.example.org/"]}, "http(s)"),
    ({"start_urls": ["https://other.example.org/"]}, "not on one of 'hosts'"),
    ({"link_selector": "ul[[a"}, "not a valid CSS selector"),
    ({"name": "Bad Name"}, "'name'"),
    ({"article": {"drop": "div.share"}}, "'drop' must be a list"),
    ({"article": {"body": ""}}, "non-empty string"),
])
def test_bad_sites_are_refused(change, message):
    with pytest.raises(SiteError, match=None) as info:
        validate_site({**GOOD, **change}, where="demo.json")
    assert message in str(info.value) and "demo.json" in str(info.value)


def test_bad_regex_and_template():
    base = {k: v for k, v in GOOD.items() if k not in ("link_selector", "next_page_selector")}
    with pytest.raises(SiteError, match="regular expression"):
        validate_site({**base, "link_pattern": "(unclosed"})
    with pytest.raises(SiteError, match=r"\{page\}"):
        validate_site({**base, "link_pattern": "x", "page_url_template": "index.html"})
    with pytest.raises(SiteError, match="only use"):
        validate_site({**base, "link_pattern": "x", "page_url_template": "index_{page}_{lang}.html"})


def test_missing_required_key():
    data = dict(GOOD)
    del data["start_urls"]
    with pytest.raises(SiteError, match="missing required key 'start_urls'"):
        validate_site(data)


def test_page_url_template_forms():
    start = "https://h.example/a/b/index.html"
    assert page_url("index_{page_index}.html", start, 2) == "https://h.example/a/b/index_1.html"
    assert page_url("https://h.example/list?p={page}", start, 3) == "https://h.example/list?p=3"


def test_load_by_path_and_user_folder(tmp_path, monkeypatch):
    f = tmp_path / "mine.json"
    f.write_text(json.dumps({**GOOD, "name": "mine"}), encoding="utf-8")
    assert load_site(str(f)).name == "mine"
    user = tmp_path / "res"
    (user / "sites").mkdir(parents=True)
    (user / "sites" / "town.json").write_text(json.dumps({**GOOD, "name": "town"}), encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(user))
    resources.clear_cache()
    assert load_site("town").name == "town"
    with pytest.raises(SiteError, match="unknown site 'nowhere'"):
        load_site("nowhere")


def test_unreadable_file(tmp_path):
    f = tmp_path / "broken.json"
    f.write_text("{not json", encoding="utf-8")
    with pytest.raises(SiteError, match="not a UTF-8 JSON file"):
        load_site(str(f))
    with pytest.raises(SiteError, match="no such site file"):
        load_site(str(tmp_path / "absent.json"))
