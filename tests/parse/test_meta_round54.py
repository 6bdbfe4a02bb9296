"""Round 54, page metadata on a new random sample of pasted reports (seed 54) and the
HTML parser's page layouts: a header label alone in its element with the value in the
next one (<dt>作者：</dt><dd>某某</dd>) gives the field and keeps the value out of the
body; a bare ``undefined`` line left by a page script is furniture.
All texts are invented (made-up units and people)."""
from reportmine.parse.furniture import is_boilerplate
from reportmine.parse.html import parse_html
from reportmine.parse.text import parse_text

_HEAD = "桐溪县农机推广站党支部召开春耕动员会"
_LEAD = "<p>3月9日，桐溪县农机推广站党支部召开春耕动员会，支部书记詹若松主持会议。</p>"
_REST = "<p>会议要求，全站党员要深入田间地头，切实把各项服务措施落到实处。</p>"


def _html(info: str, foot: str = "") -> str:
    return (f"<html><head><title>{_HEAD}</title></head><body><div class='nav'>首页 &gt; 工作动态</div>"
            f"<h1>{_HEAD}</h1>{info}{_LEAD}{_REST}{foot}</body></html>")


_DL = ("<dl class='info'><dt>发布时间：</dt><dd>2025-03-10</dd><dt>来源：</dt><dd>桐溪县农机推广站</dd>"
       "<dt>作者：</dt><dd>柏佳禾</dd></dl>")


# -- a label in one element, its value in the next ----------------------------------------

def test_a_split_author_label_gives_the_author():
    page = parse_html(_html(_DL))
    assert (page.author, page.source, page.date) == ("柏佳禾", "桐溪县农机推广站", "2025-03-10")


def test_a_split_author_value_stays_out_of_the_body():
    page = parse_html(_html(_DL))
    assert page.text.startswith("3月9日")
    assert "柏佳禾" not in page.text


def test_a_split_editor_label_gives_the_editor():
    info = "<dl><dt>来源：</dt><dd>桐溪县农机推广站</dd><dt>责任编辑：</dt><dd>郎书远</dd></dl>"
    page = parse_html(_html(info))
    assert (page.editor, page.source) == ("郎书远", "桐溪县农机推广站")
    assert page.text.startswith("3月9日")


# -- guards: nearby layouts that already worked ------------------------------------------

def test_an_info_line_of_joined_fields_still_reads():
    info = "<div class='meta'><span>2025-03-10 09:30</span><span>来源：桐溪融媒</span><span>作者：柏佳禾</span></div>"
    page = parse_html(_html(info))
    assert (page.author, page.source, page.date) == ("柏佳禾", "桐溪融媒", "2025-03-10")


def test_a_short_first_paragraph_after_a_filled_label_stays_in_the_body():
    info = "<p>作者：柏佳禾</p><p>春回大地。</p>"
    page = parse_html(_html(info))
    assert page.author == "柏佳禾"
    assert page.text.startswith("春回大地。")


def test_a_split_label_in_pasted_text_still_reads():
    text = f"{_HEAD}\n作者：\n柏佳禾\n3月9日，桐溪县农机推广站党支部召开春耕动员会，支部书记詹若松主持会议。\n"
    page = parse_text(text)
    assert page.author == "柏佳禾"
    assert page.text.startswith("3月9日")


# -- a script's leftover ------------------------------------------------------------------

def test_a_bare_undefined_line_is_furniture():
    assert is_boilerplate("undefined")
    assert is_boilerplate(" [object Object] ")


def test_a_sentence_with_the_word_undefined_is_kept():
    assert not is_boilerplate("undefined 一词出现在会议材料中")


def test_an_undefined_line_leaves_a_pasted_body():
    text = f"{_HEAD}\n发布日期：2025-03-10\nundefined\n3月9日，桐溪县农机推广站党支部召开春耕动员会，支部书记詹若松主持会议。\n"
    page = parse_text(text)
    assert "undefined" not in page.text
    assert page.date == "2025-03-10"
