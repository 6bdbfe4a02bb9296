"""Round 35, pasted-text metadata: the headline right above a 发布时间 line after a
site's column and crumbs, breadcrumb lines in more shapes (您当前所在的位置是, 当前页面,
某栏目当前位置, > 栏目 > 栏目), a picture caption or a loading notice is no headline,
a bracketed publication stamp, 作者: glued to the value before it. All texts are
invented (made-up units and people)."""
from reportmine.parse.text import parse_text

_HEAD = "青禾县人民医院后勤党支部召开专题组织生活会"
_LEAD = "5月25日，青禾县人民医院后勤党支部召开专题组织生活会。党支部书记柏小琴主持会议。"


def test_the_headline_above_the_date_line_wins_over_the_column_lines_above_it():
    page = parse_text(f"要闻动态Navigation\n卫健新闻\n{_HEAD}\n发布时间:2024-01-13 11:50:35\n{_LEAD}")
    assert page.title == _HEAD
    assert page.date == "2024-01-13"
    assert page.paragraphs == [_LEAD]


def test_the_headline_above_the_date_line_after_a_crumb_line():
    text = f"新闻资讯\n学院要闻\n当前位置: 学校首页 > 新闻资讯 > 正文\n{_HEAD}\n发布时间:2026-01-21\n作者:柏小琴\n{_LEAD}"
    page = parse_text(text)
    assert page.title == _HEAD
    assert page.author == "柏小琴"


def test_a_subtitle_right_under_the_headline_stays_out_of_the_title():
    # guard: the headline right under a short column name, then a longer subtitle line
    page = parse_text(f"工作动态\n{_HEAD}\n——记青禾县人民医院后勤党支部的一次组织生活会\n发布时间:2024-01-13\n{_LEAD}")
    assert page.title == _HEAD


def test_subtitles_between_the_headline_and_the_date_line_keep_the_headline():
    # guard: a headline, a long subtitle, a line of who presided, then the date line
    text = (f"{_HEAD}\n学习贯彻党的二十届四中全会精神 部署全年党建重点任务\n柏小琴主持并讲话 甲某某乙某某丙某某丁某某戊某某出席\n"
            f"发布日期:2024-01-13\n{_LEAD}")
    assert parse_text(text).title == _HEAD


def test_a_headline_and_its_second_line_above_the_date_keep_the_first():
    # guard: two lines of one headline side by side are not a column and a headline
    page = parse_text(f"青禾县人民医院举办\n后勤党支部专题组织生活会暨民主评议党员会\n发布时间:2024-01-13\n{_LEAD}")
    assert page.title == "青禾县人民医院举办"


def test_breadcrumbs_in_more_shapes_are_no_headline():
    for crumb in ("您当前所在的位置是:首页 > 政协工作 > 政协要闻 > " + _HEAD,
                  "当前页面:首页\n> 政府动态 > 镇街动态",
                  "非公经济当前位置 : 首页  >  非公经济",
                  "当前位置: 首页\n>要闻动态>图片新闻"):
        page = parse_text(f"{crumb}\n{_HEAD}\n{_LEAD}")
        assert page.title == _HEAD, crumb


def test_a_disclosure_table_head_is_no_headline():
    page = parse_text(f"文号 索引号 关键词\n主题分类 2024年常务会议 体裁分类 服务对象\n{_HEAD}\n{_LEAD}")
    assert page.title == _HEAD


def test_a_picture_caption_or_a_loading_notice_is_no_headline():
    for first in ("会议现场", "活动现场", "稍等片刻..."):
        page = parse_text(f"{first}\n{_LEAD}")
        assert page.title is None, first
        assert page.paragraphs == [_LEAD]


def test_a_caption_inside_a_sentence_stays():
    # guard: only a caption standing alone is furniture
    line = "会议现场气氛热烈，党员们踊跃发言。"
    page = parse_text(f"{_HEAD}\n{_LEAD}\n{line}")
    assert line in page.paragraphs


def test_a_bracketed_date_line_under_the_headline_dates_the_page():
    page = parse_text(f"{_HEAD}\n( 2014-09-15 )\n{_LEAD}")
    assert page.date == "2014-09-15"
    assert page.paragraphs == [_LEAD]


def test_a_bracketed_stamp_with_its_time_opening_the_first_paragraph():
    page = parse_text(f"{_HEAD}\n(2026年02月28日 09:29){_LEAD}")
    assert page.date == "2026-02-28"
    assert page.paragraphs == [_LEAD]


def test_a_bracketed_date_without_time_before_text_is_no_stamp():
    # guard: 「(2021年3月5日)…」 opening a sentence may date the event, not the page
    page = parse_text(f"{_HEAD}\n(2021年3月5日)青禾县人民医院后勤党支部召开专题组织生活会。")
    assert page.date is None


def test_an_author_label_glued_to_the_source_before_it():
    page = parse_text(f"{_HEAD}\n来源:党群办公室作者:柏小琴 发布日期:2026-01-14\n{_LEAD}")
    assert page.source == "党群办公室"
    assert page.author == "柏小琴"
    assert page.date == "2026-01-14"


def test_an_author_label_glued_to_a_creator_field():
    page = parse_text(f"{_HEAD}\n创建者:柏小琴作者:柏小琴发布时间:2025-11-05浏览次数:35\n{_LEAD}")
    assert page.author == "柏小琴"
    assert page.date == "2025-11-05"



def test_a_creator_glued_to_the_author_label_is_read_as_a_credit_value():
    # guard: 合作者: ends a word (glued_short_labels), so no author is read from it
    page = parse_text(f"{_HEAD}\n来源:党群办公室合作者:蓝一舟\n{_LEAD}")
    assert page.author is None
