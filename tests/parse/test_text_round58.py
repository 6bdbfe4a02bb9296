"""Round 58 (pasted pages): a site's banner, column or page name, or a picture's
caption, above the headline, read as the title."""
import pytest

from reportmine.parse.text import parse_text

HEADLINE = "白杨县市场监管局党组召开巡察整改专题民主生活会"
LEAD = "9月14日，白杨县市场监管局党组召开巡察整改专题民主生活会，党组书记梁允南主持会议。"


@pytest.mark.parametrize("column", ["工作动态Navigation", "要闻速递 NEWS", "基层动态News Center"])
def test_column_with_english_gloss_gives_way_to_the_headline(column):
    page = parse_text(f"{column}\n{HEADLINE}\n{LEAD}")
    assert page.title == HEADLINE
    assert page.paragraphs[0] == LEAD


def test_long_english_free_first_line_stays_the_title():
    # a first line of more than a column's length is the headline, the line under it a subtitle
    page = parse_text(f"{HEADLINE}\n——以问题整改推动作风转变\n{LEAD}")
    assert page.title == HEADLINE


@pytest.mark.parametrize("bar", ["白杨县市场监管局_工作动态", "白杨县人民政府_部门动态_市场监管"])
def test_title_bar_page_name_gives_way_to_the_headline(bar):
    page = parse_text(f"{bar}\n{HEADLINE}\n{LEAD}")
    assert page.title == HEADLINE


def test_headline_written_with_underscores_keeps_its_place_when_long():
    long_bar = "白杨县市场监管局党组召开巡察整改专题民主生活会_白杨县人民政府"
    page = parse_text(f"{long_bar}\n{LEAD}")
    assert page.title == long_bar


@pytest.mark.parametrize("social", ["官方微博            官方微信", "官方微信 | 官方微博", "微博 微信"])
def test_social_links_row_is_furniture(social):
    # the search box's labels between the row and the crumbs used to leave the row the title
    page = parse_text(f"{social}\n• 关键字: 栏  目:\n当前位置: 首页 > 新闻中心 > 工作动态\n{HEADLINE}\n"
                      f"作者:邹雨晴 发布时间:2025-09-15 10:00:00\n{LEAD}")
    assert page.title == HEADLINE
    assert page.author == "邹雨晴"
    assert page.date == "2025-09-15"


def test_headline_under_crumbs_beats_site_name_and_phone_above_them():
    text = (f"白杨城投官网\n白杨城市建设投资集团\n07712345678\n工作动态\n"
            f"党建信息 您的位置:首页>>工作动态>>党建信息\n{HEADLINE}\n2025-09-15 312 返回列表\n{LEAD}")
    page = parse_text(text)
    assert page.title == HEADLINE
    assert page.date == "2025-09-15"
    assert not any("您的位置" in w for w in page.warnings)


def test_a_line_under_a_banner_without_crumbs_or_date_row_is_no_headline():
    # no crumbs and no dated row under it: the first line keeps the title
    text = f"{HEADLINE}\n白杨城市建设投资集团\n梁允南主持会议并讲话\n{LEAD}"
    assert parse_text(text).title == HEADLINE


@pytest.mark.parametrize("caption", [
    "14日上午，白杨县干部大会在县会议中心召开 通讯员邹雨晴 摄",
    "会议现场 记者 邹雨晴 摄",
    "白杨县干部大会现场 邹雨晴/摄",
])
def test_picture_caption_above_the_text_is_no_headline(caption):
    page = parse_text(f"{caption}\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_headline_ending_in_a_word_with_she_stays_the_title():
    title = "白杨县举办“镜头里的家乡”主题拍摄"
    page = parse_text(f"{title}\n{LEAD}")
    assert page.title == title


def test_repeated_headline_leaves_no_warning():
    page = parse_text(f"工作动态\n{HEADLINE}\n{HEADLINE}\n{LEAD}")
    assert page.title == HEADLINE
    assert not any(HEADLINE in w for w in page.warnings)
    assert page.paragraphs[0] == LEAD


def test_site_motto_banner_gives_way_to_the_headline_above_the_info_line():
    text = (f"以法治精神立身 以改革创新立业 以廉洁自律立信\n{HEADLINE}\n"
            f"来源:县市场监管局 发布时间:2025年09月15日\n{LEAD}")
    page = parse_text(text)
    assert page.title == HEADLINE
    assert page.source == "县市场监管局"


def test_short_parallel_headline_stays_the_title():
    # parts of three characters are a headline's own parallel phrases
    text = f"学党史 悟思想 办实事\n白杨县市场监管局专题党课纪实\n来源:县市场监管局\n{LEAD}"
    assert parse_text(text).title == "学党史 悟思想 办实事"


def test_person_editor_closing_the_text_replaces_an_outlet_in_the_header():
    text = f"{HEADLINE}\n来源:白杨融媒 编辑:白杨融媒\n{LEAD}\n编辑:邹雨晴"
    page = parse_text(text)
    assert page.editor == "邹雨晴"


def test_first_person_editor_stays_against_a_later_one_of_the_same_rank():
    text = f"{HEADLINE}\n编辑:梁允南\n{LEAD}\n编辑:邹雨晴"
    assert parse_text(text).editor == "梁允南"
