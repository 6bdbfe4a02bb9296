"""Flattening a page into lines: block boundaries, link share, headings, removed furniture."""
from __future__ import annotations

from reportmine.parse.dom import clean_tree, load_tree, text_lines


def _lines(html: str):
    root = load_tree(html)
    clean_tree(root)
    return text_lines(root)


def test_blocks_and_line_breaks_split_lines_inline_markup_does_not():
    lines = _lines("<html><body><div>青禾<b>县委</b>召开会议<br>第二行<p>段落<span>一</span></p>尾巴</div></body></html>")
    assert [l.text for l in lines] == ["青禾县委召开会议", "第二行", "段落一", "尾巴"]
    assert [l.el.tag for l in lines] == ["div", "div", "p", "div"]


def test_link_characters_and_ratio():
    lines = _lines("<html><body><ul><li><a href='/'>首页</a> | <a>新闻 中心</a></li></ul>"
                   "<p>会议由<a>韩立新</a>主持。</p></body></html>")
    nav, para = lines
    assert nav.text == "首页 | 新闻 中心" and nav.links == 6 and nav.size == 7
    assert para.links == 3 and round(para.link_ratio, 2) == round(3 / 9, 2)


def test_headings_reach_three_ancestors_up():
    lines = _lines("<html><body><h1><span><div>标题甲</div></span></h1>"
                   "<h2><div><div><div><p>太深了</p></div></div></div></h2><p>正文</p></body></html>")
    assert [(l.text, l.heading) for l in lines] == [("标题甲", True), ("太深了", False), ("正文", False)]


def test_labelled_spans_stay_apart_and_scripts_comments_hidden_go():
    html = ("<html><body><div class='info'><span>作者：甲乙</span><span>发布时间：2021-01-01</span></div>"
            "<p>前<!-- 注释 -->后<script>var x = 1;</script>文</p><div style='display:none'>隐藏的字</div>"
            "<p>结束</p></body></html>")
    assert [l.text for l in _lines(html)] == ["作者：甲乙 发布时间：2021-01-01", "前后文", "结束"]


def test_tail_after_a_link_is_not_link_text():
    (line,) = _lines("<html><body><p><a>链接</a>之后的文字</p></body></html>")
    assert line.text == "链接之后的文字" and line.links == 2
