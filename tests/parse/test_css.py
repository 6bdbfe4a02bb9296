"""CSS selectors of site rules run as XPath on the lxml tree, agreeing with BeautifulSoup."""
from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from reportmine.parse import sites
from reportmine.parse.css import css_to_xpath, select
from reportmine.parse.dom import load_tree

PAGE = """<html><head><title>青禾区新闻</title></head><body>
<div id="top" class="nav main-nav"><a href="/">首页</a> <a href="/xw">新闻</a></div>
<div class="article wide" data-kind="news-item">
  <h1 class="t">青禾区召开专题民主生活会</h1>
  <div class="info"><span class="d">2024年3月2日</span> <span class="s">来源：<!-- src -->青禾区融媒体中心</span>
    <em class="ed">编辑：陶然</em></div>
  <div class="share">分享到：微信</div>
  <div class="c"><p>3月1日，青禾区委常委班子召开专题民主生活会。<br>区委书记严明主持会议。</p>
    <p class="x">扫码关注我们</p><p>会议通报了整改落实情况。<script>var a = 1;</script>班子成员逐一发言。</p></div>
  <ul class="rel"><li><a href="/1">相关新闻一</a></li><li class="last"><a href="/2">相关新闻二</a></li></ul>
</div></body></html>"""

SELECTORS = ["h1", ".t", "h1.t", "#top", "div#top.nav", "div.article .d", ".info > span", ".info>em",
             "span.d + span", ".d ~ em", "[data-kind]", "[data-kind=news-item]", "[data-kind^=news]",
             "[data-kind$=item]", "[data-kind*=ws-it]", "[class~=wide]", "[data-kind|=news]", "li.last a",
             "ul li", "div.c p", "h1, .ed", "*.s", "div.nav.main-nav a", "p.none"]


NO_SCRIPT = PAGE.replace("<script>var a = 1;</script>", "")  # BeautifulSoup's get_text leaves scripts out


def _bs4_texts(sel: str) -> list[str]:
    soup = BeautifulSoup(NO_SCRIPT, "lxml")
    return [el.get_text(" ", strip=True) for el in soup.select(sel)]


@pytest.mark.parametrize("sel", SELECTORS)
def test_translated_selectors_match_what_beautifulsoup_selects(sel):
    got = select(load_tree(NO_SCRIPT), sel)
    assert got is not None
    assert [sites._lxml_text(el) for el in got] == _bs4_texts(sel)


@pytest.mark.parametrize("sel", ["p:first-child", "li:nth-child(2)", "div:not(.c)", "#111", "a[href='http://x']", ""])
def test_selectors_outside_the_subset_are_refused(sel):
    assert css_to_xpath(sel) is None


def test_rule_on_the_lxml_tree_equals_the_beautifulsoup_path():
    rule = {"title": "h1.t", "date": ".info .d", "source": "span.s", "editor": "em.ed", "body": "div.c",
            "drop": [".x", "div.share"]}
    fast = sites.apply_rule(PAGE, rule, load_tree(PAGE))
    assert fast == sites._apply_rule_bs4(PAGE, rule)
    assert fast["title"] == "青禾区召开专题民主生活会"
    assert fast["date"] == "2024-03-02"
    assert fast["editor"] == "陶然"
    assert fast["paragraphs"] == ["3月1日，青禾区委常委班子召开专题民主生活会。", "区委书记严明主持会议。",
                                  "会议通报了整改落实情况。班子成员逐一发言。"]


def test_an_unsupported_selector_falls_back_to_beautifulsoup():
    rule = {"title": "h1:first-of-type", "body": "div.c"}
    assert sites.apply_rule(PAGE, rule, load_tree(PAGE))["title"] == "青禾区召开专题民主生活会"
