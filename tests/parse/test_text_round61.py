"""Round 61 (pasted pages): a crumb mark before the headline, a welcome line, a
bulleted date without its colon, crumbs opened by 当前所在位置, a column glossed after
a slash, and reviewers' labels ending in 编辑 (初审编辑)."""
from reportmine.parse.text import parse_text

HEADLINE = "青禾县气象局党支部召开专题研讨会认真学习局党组文件精神"
LEAD = "6月23日上午，青禾县气象局党支部召开专题研讨会，支部书记柯远主持。"


def test_crumb_mark_before_the_headline_is_dropped():
    assert parse_text(f"> {HEADLINE}\n{LEAD}").title == HEADLINE


def test_welcome_line_bulleted_date_crumbs_and_column_above_the_headline():
    text = (f"欢迎访问青禾县气象局官方网站 English\n  • 时间 2024-05-17\n"
            f"当前所在位置 : 首页 > 党群文化 > 党建工作\n党群文化\n> {HEADLINE}\n{LEAD}")
    page = parse_text(text)
    assert page.title == HEADLINE
    assert page.date == "2024-05-17"


def test_column_glossed_after_a_slash_is_no_headline():
    page = parse_text(f"党建工作/Party Building Work\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_first_reviewer_labelled_editor_is_no_editor():
    page = parse_text(f"初审编辑:梁允南\n责任编辑:邹雨晴\n{LEAD}")
    assert page.title is None
    assert page.editor == "邹雨晴"
