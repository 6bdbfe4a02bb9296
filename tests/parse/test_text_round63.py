"""Round 63 (pasted pages): closing credits split by slashes, the labels 来自 and
语音阅读, a label set off by a blank instead of a colon, a date widget, a search box,
photo credits of a supplying unit, a newspaper's issue line, a headline carrying its
date in brackets, a slideshow's pager and a site account as source."""
from reportmine.parse.text import parse_text

HEADLINE = "青禾县林业局召开防火安全工作部署会"
LEAD = "3月12日，青禾县林业局召开防火安全工作部署会，局长韩立川主持会议。"
MORE = "会议要求，各林场要落实防火责任，确保林区安全。"


def test_closing_credits_split_by_slashes():
    page = parse_text(f"{LEAD}\n{MORE}(来源:青禾学院团委/文:林朵/图:韩青/审核:周岚/责任编辑:陶然)\n")
    assert page.source == "青禾学院团委"
    assert page.editor == "陶然"


def test_laizi_is_a_source_label():
    page = parse_text(f"发布时间:2023-03-13\n来自:办公室\n{LEAD}\n{MORE}")
    assert page.source == "办公室"
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_voice_reading_widget_is_no_author():
    page = parse_text(f"{HEADLINE}\n刊发日期:2023-03-13 阅读次数: 作者:  语音阅读:\n{LEAD}\n{MORE}")
    assert page.author is None
    assert page.title == HEADLINE


def test_label_set_off_by_a_blank_in_a_disclosure_table():
    page = parse_text(f"索引号 qhx-GK-2023-0012 发布日期: 2023-03-13 09:20\n来源 青禾县林业局\n内容概述\n"
                      f"{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.source == "青禾县林业局"
    assert page.date == "2023-03-13"


def test_date_widget_before_crumbs_is_furniture():
    page = parse_text(f"今天是\n党建工作 当前位置:   首页>  党建工作\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_party_affairs_column_is_no_headline():
    page = parse_text(f"党群工作\n党建动态\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_supplied_photo_captions_are_furniture():
    page = parse_text(f"（资料图）\n全县林业系统表彰大会现场。单位供图\n防火演练现场。受访者供图\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_newspaper_issue_line_is_no_headline():
    page = parse_text(f"A3:综合总第3107期 >2023-03-13编印\n{HEADLINE}\n刊发日期:2023-03-13\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.date == "2023-03-13"


def test_headline_with_its_date_in_brackets():
    page = parse_text(f"{HEADLINE} ( 2023-03-13 )\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.date == "2023-03-13"


def test_slideshow_pager_is_furniture():
    page = parse_text(f"1. 1\n2. 2\n3. 3\n4. 4\n{HEADLINE}\n发布日期:2023-03-13\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_site_account_is_no_source():
    page = parse_text(f"{HEADLINE}\n发布日期:2023-03-13 来源:管理员 阅读:88次\n{LEAD}\n{MORE}")
    assert page.source is None
    assert page.date == "2023-03-13"


def test_headline_under_a_glossed_column_and_hyphen_crumbs():
    page = parse_text(f"搜索你想要找的\n信息资讯\nNews Information\n- 信息资讯- 林业动态\n{HEADLINE}\n"
                      f"2023-03-13 254\n字号:\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
