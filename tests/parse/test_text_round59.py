"""Round 59 (pasted pages): crumbs written with a hyphen, a bullet before the
headline, a motto with commas before a dash and the headline's news, a site's
English heading and its empty labels above the headline."""
import pytest

from reportmine.parse.text import parse_text

HEADLINE = "青禾县自然资源局机关党支部开展“七一”主题党日活动"
LEAD = "6月28日，青禾县自然资源局机关党支部组织党员开展主题党日活动，支部书记柯远主持。"


def test_crumbs_with_a_hyphen_are_no_headline():
    page = parse_text(f"首页-支部建设\n{HEADLINE}\n时间:2024-06-30\n{LEAD}")
    assert page.title == HEADLINE


def test_a_bullet_before_the_headline_is_dropped():
    page = parse_text(f"- {HEADLINE}\n- 发布日期:2024-06-30\n{LEAD}")
    assert page.title == HEADLINE


def test_motto_with_commas_before_a_dash_keeps_the_headline():
    title = "守初心,强党性,勇担当——" + HEADLINE
    page = parse_text(f"{title}\n时间:2024-06-30\n{LEAD}")
    assert page.title == title


def test_a_first_sentence_with_commas_is_still_no_headline():
    text = "6月28日上午,青禾县自然资源局机关党支部,组织党员,开展主题党日活动\n支部书记柯远主持。"
    assert parse_text(text).title is None


@pytest.mark.parametrize("heading", ["CONTACT US", "联系我们", "Contact Us"])
def test_site_heading_above_the_headline_is_no_title(heading):
    page = parse_text(f"{heading}\n{HEADLINE}\n发布时间:2024-06-30\n{LEAD}")
    assert page.title == HEADLINE


def test_empty_labels_above_the_headline_are_furniture():
    page = parse_text(f"办公室电话:\n{HEADLINE}\n发布时间:2024-06-30\n{LEAD}")
    assert page.title == HEADLINE
    assert page.paragraphs[0] == LEAD


def test_a_headline_with_a_colon_inside_stays():
    title = "青禾县自然资源局：开展“七一”主题党日活动"
    assert parse_text(f"{title}\n{LEAD}").title == title


def test_contact_box_above_the_article_gives_no_false_headline():
    text = f"联系我们\nCONTACT US\n办公室电话:\n0771-2345678\n(王工)\n{HEADLINE}\n发布时间:2024-06-30\n{LEAD}"
    page = parse_text(text)
    assert page.title not in ("CONTACT US", "联系我们", "办公室电话:")
    assert page.date == "2024-06-30"


def test_hotline_above_the_text_is_furniture():
    page = parse_text(f"客服热线:0771-88626222\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_headline_under_crumbs_with_a_dash_subtitle_before_the_info_line():
    text = (f"党建引领\n当前位置:首页> 党建引领 > 党建新闻\n守初心 担使命\n—— {HEADLINE}\n"
            f"发布时间:2024/6/29发布者:柯远\n{LEAD}")
    page = parse_text(text)
    assert page.title == "守初心 担使命"
    assert page.date == "2024-06-29"
