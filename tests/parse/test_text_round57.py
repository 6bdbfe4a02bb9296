"""Round 57 (pasted pages): furniture above the headline that was read as the title."""
import pytest

from reportmine.parse.text import parse_text

BODY = "青禾县税务局党委召开专题民主生活会\n3月6日，青禾县税务局党委召开专题民主生活会，党委书记柯远主持。"


@pytest.mark.parametrize("furniture", [
    "青禾在线 > 税务动态 > 正文",
    "税务动态 » 正文",
    "内容详情",
    "新闻详情",
    "正文",
    "头图：会议现场",
    "题图:支部书记讲党课",
])
def test_furniture_line_above_headline_is_not_the_title(furniture):
    page = parse_text(furniture + "\n" + BODY)
    assert page.title == "青禾县税务局党委召开专题民主生活会"
    assert page.paragraphs[0].startswith("3月6日")


@pytest.mark.parametrize("line, date", [
    ("【报送单位】: | 2023-03-07", "2023-03-07"),
    ("供稿单位：县局办公室 | 2023-03-07", "2023-03-07"),
    ("报送部门：党建工作科", None),
])
def test_supplying_body_line_is_a_field_and_names_no_author(line, date):
    page = parse_text(line + "\n" + BODY)
    assert page.title == "青禾县税务局党委召开专题民主生活会"
    assert page.date == date
    assert page.author is None


def test_crumb_like_headline_words_stay_the_title():
    # a headline that holds 正文 or 详情 among other words is no furniture
    page = parse_text("青禾县税务局召开《条例》正文解读会\n3月6日，青禾县税务局召开会议。")
    assert page.title == "青禾县税务局召开《条例》正文解读会"
