"""Round 62 (pasted pages): crumbs behind a bullet, a run of table bars after the
headline, and a reading-time note."""
from reportmine.parse.text import parse_text

HEADLINE = "青禾县林业局党支部与县水库管理处党支部开展结对共建"
LEAD = "4月10日，青禾县林业局党支部与县水库管理处党支部开展结对共建活动。"


def test_bulleted_crumbs_are_furniture():
    page = parse_text(f"- 当前位置:首页青禾县林业局>>综合新闻>>局内信息\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_table_bars_after_the_headline_are_dropped():
    page = parse_text(f"{HEADLINE} | |||\n|\n|||\n{LEAD}")
    assert page.title == HEADLINE


def test_reading_time_note_is_furniture():
    page = parse_text(f"本篇文章316字,读完约1分钟\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD
