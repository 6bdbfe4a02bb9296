"""Round 50, page metadata on a new random sample of pasted reports (seed 50): an
unlabelled view count after the 来源 value is no part of the outlet, 发布机构 on a
government disclosure page names the publisher (a 来源), a site's column name
standing alone above the header fields is no headline, and a short 【党建】 column
tag opening a headline is cut. All texts are invented (made-up units and people)."""
from reportmine.parse.html import parse_html
from reportmine.parse.text import parse_text
from reportmine.pipeline import analyze

_HEAD = "青禾县林业局党支部召开专题组织生活会"
_LEAD = "6月30日，青禾县林业局党支部召开专题组织生活会，支部书记周明远主持会议。"
_REST = "会议要求，全体党员要对照检查，认真整改。"
_BODY = f"{_LEAD}\n{_REST}"


def _page(*header: str, head: str = _HEAD) -> str:
    return f"{head}\n" + "\n".join(header) + f"\n{_BODY}\n"


# -- a view count after the source ---------------------------------------------------

def test_a_bare_count_after_the_source_is_cut():
    page = parse_text(_page("发布时间：2023-07-04 来源：青禾林业网 74"))
    assert page.source == "青禾林业网"
    assert page.date == "2023-07-04"


def test_a_bare_count_after_the_source_is_cut_in_the_record():
    assert analyze(_page("来源：青禾县林业局办公室 1532")).source == "青禾县林业局办公室"


def test_a_source_ending_in_a_glued_number_keeps_it():
    # 某某12345 without a blank is no separate counter: left as printed
    assert parse_text(_page("来源：青禾林业12345")).source == "青禾林业12345"


def test_a_source_with_a_count_label_still_stops_before_the_label():
    assert parse_text(_page("来源：青禾林业网 浏览次数：74")).source == "青禾林业网"


# -- 发布机构 -------------------------------------------------------------------------

def test_the_publishing_body_of_a_disclosure_page_is_the_source():
    page = parse_text(_page("发布机构：青禾县人民政府 发布时间： 2025-12-17 浏览次数：",
                            head="县政府召开第十二次常务会议"))
    assert page.source == "青禾县人民政府"
    assert page.date == "2025-12-17"
    assert page.author is None


def test_a_labelled_source_is_still_read():
    assert parse_text(_page("来源：青禾县林业局 发布时间：2025-12-17")).source == "青禾县林业局"


def test_the_publishing_body_in_an_html_page_is_the_source():
    html = ("<html><head><title>县政府召开第十二次常务会议</title></head><body>"
            "<h1>县政府召开第十二次常务会议</h1>"
            "<div>发布机构：青禾县人民政府 发布时间：2025-12-17</div>"
            f"<p>{_LEAD}</p><p>{_REST}</p></body></html>")
    page = parse_html(html)
    assert page.source == "青禾县人民政府"
    assert page.date == "2025-12-17"


# -- a column name without its headline ----------------------------------------------

def test_a_column_name_above_the_date_line_is_no_title():
    page = parse_text(_page("发布时间：", "2026-02-02", head="党建工作"))
    assert page.title is None
    assert page.date == "2026-02-02"
    assert "党建工作" not in page.paragraphs


def test_a_column_name_above_a_labelled_date_is_no_title():
    assert analyze(_page("发布时间：2026-02-02", head="工作动态")).title is None


def test_a_column_name_above_the_headline_still_gives_the_headline():
    text = f"工作动态\n{_HEAD}\n发布时间：2026-02-02\n{_BODY}\n"
    assert parse_text(text).title == _HEAD


def test_a_short_headline_above_the_date_line_is_kept():
    # a real headline, however short, is not a column name
    assert parse_text(_page("发布时间：2026-02-02", head="春风送暖入农家")).title == "春风送暖入农家"


def test_a_column_name_followed_by_prose_is_no_title():
    # (round 65: a generic column name is never a headline, field line or not; the title is null)
    assert parse_text(f"党建工作\n{_BODY}\n").title is None


# -- a column tag opening the headline -----------------------------------------------

def test_a_short_column_tag_is_cut_from_the_headline():
    assert parse_text(_page(head=f"【党建】{_HEAD}")).title == _HEAD


def test_a_column_tag_with_two_words_is_cut():
    assert analyze(_page(head=f"【主题教育】{_HEAD}")).title == _HEAD


def test_a_long_bracketed_lead_stays_in_the_headline():
    head = f"【学习贯彻全会精神在基层】{_HEAD}"
    assert parse_text(_page(head=head)).title == head


def test_a_bracket_that_is_the_whole_headline_stays():
    assert parse_text(_page(head="【青禾林业新风】")).title == "【青禾林业新风】"


def test_a_picture_mark_at_the_end_is_still_cut():
    assert parse_text(_page(head=f"{_HEAD}（组图）")).title == _HEAD
