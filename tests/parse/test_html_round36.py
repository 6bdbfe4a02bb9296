"""Round 36, page metadata and body boundaries of unit web pages: a site's search
label (热门搜索：, 站内搜索) is page furniture, not the headline, and a table cell's
lone pipe (|) left on a line of a copied page is no paragraph. All texts are
invented (made-up units and people)."""
from reportmine.parse.html import parse_html
from reportmine.parse.text import parse_text

_HEAD = "青禾县林业局机关党支部召开专题组织生活会"
_LEAD = "3月12日，青禾县林业局机关党支部召开专题组织生活会，党支部书记柏小琴主持会议，支部全体党员参加。"
_NEXT = "会上，柏小琴代表支部班子作对照检查，支部委员逐一作个人对照检查，党员之间开展了批评和自我批评。"


def test_a_search_label_above_the_body_is_no_headline():
    page = parse_text(f"热门搜索:\n{_LEAD}\n{_NEXT}\n(图文:柏小琴;审核:江一帆)")
    assert page.title is None
    assert page.paragraphs == [_LEAD, _NEXT]
    assert page.author == "柏小琴"


def test_a_search_label_with_its_keywords_is_furniture_too():
    page = parse_text(f"站内搜索：主题教育 组织生活会\n{_HEAD}\n发布时间:2024-03-13\n{_LEAD}")
    assert page.title == _HEAD
    assert page.date == "2024-03-13"
    assert page.paragraphs == [_LEAD]


def test_a_lone_pipe_line_is_no_paragraph():
    page = parse_text(f"{_HEAD}\n{_LEAD}\n|\n{_NEXT}\n｜")
    assert page.title == _HEAD
    assert page.paragraphs == [_LEAD, _NEXT]


def test_a_pipe_inside_a_paragraph_stays():
    # guard: only a line made of pipes alone is dropped
    line = "会议议程：传达精神 | 对照检查 | 相互批评 | 表态发言，柏小琴作总结讲话。"
    page = parse_text(f"{_HEAD}\n{_LEAD}\n{line}")
    assert page.paragraphs == [_LEAD, line]


def test_a_body_sentence_about_searching_stays():
    # guard: a paragraph that merely begins with 搜索-words is body text
    line = "热门搜索词中，“组织生活会”一词位居全县政务网站前列，党员群众关注度持续提升，支部将继续做好宣传。"
    page = parse_text(f"{_HEAD}\n{_LEAD}\n{line}")
    assert page.paragraphs == [_LEAD, line]


def test_html_page_search_bar_and_pipe_cells_stay_out():
    html = f"""<html><head><meta charset="utf-8"><title>{_HEAD}_青禾县林业局</title></head><body>
<div class="search">热门搜索：主题教育 组织生活会</div>
<h1>{_HEAD}</h1><div class="info">发布时间：2024-03-13 来源：青禾县林业局</div>
<table><tr><td><p>{_LEAD}</p></td><td>|</td></tr><tr><td><p>{_NEXT}</p></td></tr></table>
</body></html>"""
    page = parse_html(html)
    assert page.title == _HEAD
    assert page.date == "2024-03-13"
    assert page.source == "青禾县林业局"
    assert page.paragraphs == [_LEAD, _NEXT]
