"""Round 65 (pasted pages): a byline set in brackets on a line of its own with no label,
and a lead whose purpose clause was hard-wrapped into a short first line."""
from reportmine.parse.text import parse_text

HEADLINE = "柳塘镇党委召开年度专题组织生活会"
LEAD = "4月8日，柳塘镇党委召开专题组织生活会，镇党委书记贺明远主持会议并讲话。"
MORE = "会议要求，各支部要把学习成果转化为为民办实事的具体行动。"


def test_bracketed_name_line_is_the_byline_not_the_headline():
    page = parse_text(f"（邵文涛）\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.author == "邵文涛"
    assert page.paragraphs[0] == LEAD


def test_bracketed_name_line_under_the_headline_is_the_byline():
    page = parse_text(f"{HEADLINE}\n(邵文涛 褚丽娟)\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.author == "邵文涛、褚丽娟"
    assert page.paragraphs == [LEAD, MORE]


def test_bracketed_word_that_is_no_name_stays_out_of_the_byline():
    page = parse_text(f"{HEADLINE}\n（扩大）\n{LEAD}\n{MORE}")
    assert page.author is None


def test_bare_bracketed_name_closing_the_text_still_leaves_the_author_empty():
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{MORE}\n（邵文涛）")
    assert page.author is None
    assert page.paragraphs[-1] == "（邵文涛）"


def test_hard_wrapped_purpose_clause_is_no_headline():
    page = parse_text("为深入贯彻省委全会精神,进一步激发支部党员干事创业的热情和担当\n"
                      "作为,柳塘镇党委组织全体党员赴革命纪念馆开展主题党日活动。\n" + MORE)
    assert page.title is None


def test_short_purpose_headline_stays_a_headline():
    page = parse_text(f"为进一步加强作风建设，柳塘镇召开警示教育大会\n{LEAD}\n{MORE}")
    assert page.title == "为进一步加强作风建设，柳塘镇召开警示教育大会"


def test_bracketed_column_or_form_of_address_is_no_byline():
    page = parse_text(f"【党建动态】{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.author is None
    assert page.title == HEADLINE
    page = parse_text(f"（韩工）\n（韩工）\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.author is None


# -- furniture and columns ------------------------------------------------------------------

def test_info_line_holding_a_font_widget_still_anchors_the_headline():
    page = parse_text(f"青禾县统计局\n当前位置:首页 > 工作动态\n{HEADLINE}\n"
                      f"信息来源:统计局 发表时间:2024-05-06 字体:【大】【中】【小】\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.date == "2024-05-06"


def test_site_name_above_hyphen_crumbs_gives_way_to_the_headline_under_them():
    page = parse_text(f"青禾控股集团有限公司\n首页 - 党建工作 - 支部风采\n支部风采\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_headline_above_the_text_with_no_crumbs_stays():
    page = parse_text(f"{HEADLINE}\n支部风采\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_welcome_line_without_the_word_site_is_furniture():
    page = parse_text(f"您好!欢迎访问青禾气象研究所!\n{HEADLINE}\n发布时间:2024-05-06 10:12\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.paragraphs[0] == LEAD
    page = parse_text(f"欢迎来到青禾盟讯\n07:要闻\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_archived_column_is_no_headline():
    page = parse_text(f"- 机关党建(已归档)\n{LEAD}\n{MORE}")
    assert page.title is None


def test_columns_with_no_headline_under_them_leave_the_title_empty():
    page = parse_text(f"首页\n新闻资讯\n气象新闻\n气象要闻\n{LEAD}\n{MORE}")
    assert page.title is None
    page = parse_text(f"公司要闻\n{LEAD}\n{MORE}")
    assert page.title is None


def test_news_source_label_is_a_field_not_the_headline():
    page = parse_text(f"- 发布日期:2023-4-21 11:03:34\n- 消息来源:青禾日报社\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.source == "青禾日报社"


def test_browser_page_name_with_the_site_gives_way_to_the_headline():
    page = parse_text(f"{HEADLINE} —— 青禾党建网| 基层动态\n{HEADLINE}\n"
                      f"来源: 青禾日报 2021-09-15 09:10:51 责编: 韩立川\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_source_holding_only_names_names_no_outlet():
    page = parse_text(f"{HEADLINE}\n来源: 邵文涛 褚丽娟 韩立川 2021-09-15 09:10:51 责编: 韩立川\n{LEAD}\n{MORE}")
    assert page.source is None
    page = parse_text(f"{HEADLINE}\n来源: 青禾日报 2021-09-15 09:10:51 责编: 韩立川\n{LEAD}\n{MORE}")
    assert page.source == "青禾日报"


def test_subtitle_dash_is_stripped_when_the_main_title_is_missing():
    page = parse_text(f"——{HEADLINE}\n作者:邵文涛\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_byline_mark_is_no_part_of_the_writer():
    page = parse_text(f"{HEADLINE}\n作者: ■邵文涛\n{LEAD}\n{MORE}")
    assert page.author == "邵文涛"


def test_caption_in_round_brackets_is_no_headline():
    page = parse_text(f"（镇党委书记贺明远作动员讲话）\n{LEAD}\n{MORE}")
    assert page.title is None


def test_posting_before_the_next_reporter_is_no_name():
    page = parse_text(f"{HEADLINE}\n本报讯 (驻青禾记者 邵文涛 驻柳塘记者 褚丽娟 通讯员 韩立川 )4月8日，柳塘镇党委召开专题组织生活会。\n{MORE}")
    assert page.author == "邵文涛、褚丽娟、韩立川"


def test_lead_glued_to_the_editor_name_opens_the_text():
    page = parse_text(f"{HEADLINE}\n发布时间:2024-04-24 10:46:40 | 来源:青禾网 | 作者:邵文涛 | "
                      f"责任编辑:褚丽娟春光无限好,正是读书时。4月22日,柳塘镇举办读书分享会。\n{MORE}")
    assert page.editor == "褚丽娟"
    assert page.paragraphs[0] == "春光无限好,正是读书时。4月22日,柳塘镇举办读书分享会。"
