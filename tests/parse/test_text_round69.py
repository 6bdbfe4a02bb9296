"""Round 69 (pasted pages): a widget's label behind a bar, a back link, a newspaper's
page label with a letter, a listed company's ticker, a search form's empty field
names, a links heading above the text, bulleted crumbs opened by 当前路径, a summary
label before a blank, a script link, a production credit, the headline repeated under
its info line, a date after the headline, 来源 glued to the writer's name, and a credit
row whose labels are set off by bars."""
from reportmine.parse.text import parse_text

HEADLINE = "柳河镇党委召开年度民主生活会"
LEAD = "3月12日，柳河镇党委召开年度民主生活会，镇党委书记韦思远主持会议并讲话。"
MORE = "会议要求，班子成员要把查摆出的问题逐项列入整改清单，按期销号。"


def test_widget_label_behind_a_bar_and_a_back_link_are_no_headline():
    page = parse_text(f"|服务热线\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [LEAD, MORE]
    page = parse_text(f"返回上一级\n字号\n{HEADLINE} 2024-03-13\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.date == "2024-03-13"


def test_lettered_page_label_and_ticker_are_furniture():
    page = parse_text(f"2024年03月14日\n第B03版:乡镇新闻\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    page = parse_text(f"证券代码 601288\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_search_form_field_names_give_no_field_and_no_paragraph():
    form = "\n".join(["标题", "关键词", "摘要", "作者", "来源", "栏目"])
    page = parse_text(f"{form}\n党建工作\n{HEADLINE}\n发布日期:2024-03-13\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.author is None and page.source is None
    assert page.paragraphs == [LEAD, MORE]


def test_links_heading_and_bulleted_crumbs_above_the_text():
    page = parse_text(f"友情链接\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [LEAD, MORE]
    page = parse_text(f"- 当前路径:\n- 首页\n- 机关建设\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [LEAD, MORE]


def test_links_heading_after_the_text_ends_it():
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{MORE}\n友情链接\n某某市人民政府网\n某某日报")
    assert page.paragraphs == [LEAD, MORE]


def test_summary_label_before_a_blank_is_furniture():
    page = parse_text(f"{HEADLINE}\n摘要 3月12日，柳河镇党委召开年度民主生活会。\n{LEAD}\n{MORE}")
    assert page.paragraphs == [LEAD, MORE]


def test_script_link_and_production_credit_close_no_paragraph():
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{MORE}\n某某晚报融媒体出品\n链接地址:javascript:")
    assert page.paragraphs == [LEAD, MORE]


def test_headline_repeated_under_its_info_line_is_no_paragraph():
    headline = "查摆问题见真章 整改落实求实效——柳河镇党委召开年度民主生活会"
    page = parse_text(f"{headline}\n发布时间:2024-03-13 阅读量:512\n{headline}\n{LEAD}\n{MORE}")
    assert page.title == headline
    assert page.paragraphs == [LEAD, MORE]


def test_source_label_glued_to_the_writers_name():
    page = parse_text(f"{HEADLINE}\n作者: 韦小禾来源: 柳河镇党政办\n{LEAD}\n{MORE}")
    assert page.author == "韦小禾"
    assert page.source == "柳河镇党政办"


def test_word_ending_in_source_before_a_colon_stays_in_the_value():
    page = parse_text(f"{HEADLINE}\n作者: 韦小禾 图片来源: 柳河镇党政办\n{LEAD}\n{MORE}")
    assert page.author == "韦小禾"
    assert page.source is None


def test_credit_row_with_bars_for_colons_is_no_paragraph():
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{MORE}\n编辑|韦小禾\n审核|覃立山 终审|蓝海峰")
    assert page.paragraphs == [LEAD, MORE]
    assert page.editor == "韦小禾"


def test_bar_inside_a_sentence_is_no_label():
    said = "会上，镇党委书记韦思远说|编辑部的同志要把会议精神及时刊发出来。"
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{said}\n{MORE}")
    assert said in page.paragraphs
