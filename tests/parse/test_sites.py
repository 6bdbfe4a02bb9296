"""Per-site rules: host matching and CSS selectors with generic fallback."""
from __future__ import annotations

import json

import pytest

from reportmine.parse import sites
from reportmine.parse.html import parse_html

PAGE = """<html><head><title>站点标题</title></head><body>
<div class="hd"><span class="t">青禾区召开巡视整改专题民主生活会</span></div>
<div class="m"><em class="d">2024年3月2日</em><em class="s">青禾区融媒体中心</em><em class="ed">陶然</em></div>
<div class="ad"><p>广告：本栏目招商，欢迎洽谈合作事宜，电话请见页面底部说明。</p></div>
<div class="c"><p>3月1日，青禾区委常委班子召开巡视整改专题民主生活会，区委书记严明主持会议并作总结讲话。</p>
<p class="x">扫码关注我们</p>
<p>会议通报了巡视反馈意见整改落实情况，班子成员逐一进行对照检查，开展批评和自我批评。</p></div>
</body></html>"""


@pytest.fixture
def site_folder(tmp_path, monkeypatch):
    d = tmp_path / "sites"
    d.mkdir()
    (d / "qinghe.json").write_text(json.dumps({
        "name": "qinghe", "hosts": ["news.qinghe.example"], "start_urls": ["https://news.qinghe.example/"],
        "link_pattern": "/art/", "max_pages": 1,
        "article": {"title": ".hd .t", "body": ".c", "date": ".d", "source": ".s", "editor": ".ed",
                    "drop": [".x"]},
    }, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    sites._rules.cache_clear()
    yield d
    sites._rules.cache_clear()


def test_rules_match_host_with_or_without_www(site_folder):
    assert sites.rules_for_url("https://news.qinghe.example/art/1.html")["body"] == ".c"
    assert sites.rules_for_url("http://www.news.qinghe.example/art/1.html") is not None
    assert sites.rules_for_url("https://other.example/art/1.html") is None
    assert sites.rules_for_url(None) is None


def test_rule_selectors_pick_fields(site_folder):
    page = parse_html(PAGE, url="https://news.qinghe.example/art/1.html")
    assert page.title == "青禾区召开巡视整改专题民主生活会"
    assert page.date == "2024-03-02"
    assert page.source == "青禾区融媒体中心"
    assert page.editor == "陶然"
    assert len(page.paragraphs) == 2
    assert "扫码" not in page.text and "广告" not in page.text


def test_without_rule_the_generic_extractor_runs(site_folder):
    page = parse_html(PAGE, url="https://elsewhere.example/a.html")
    assert "区委书记严明主持会议" in page.text
    assert page.editor is None


def test_no_site_folder_means_no_rules(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path / "missing"))
    sites._rules.cache_clear()
    try:
        assert sites.rules_for_url("https://news.qinghe.example/a") is None
    finally:
        sites._rules.cache_clear()


def test_rule_body_is_cleaned_and_credits_read(site_folder):
    html = PAGE.replace('<p class="x">扫码关注我们</p>', '<p>【打印本页】【关闭窗口】</p><p>□ 本报记者 葛青禾</p>')
    page = parse_html(html, url="https://news.qinghe.example/art/2.html")
    assert page.author == "葛青禾"
    assert len(page.paragraphs) == 2
    assert "打印" not in page.text and "记者" not in page.text
