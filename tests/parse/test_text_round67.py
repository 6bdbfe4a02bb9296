"""Round 67 (pasted pages): a page's summary above the text, tag and keyword lines, a
link to the original report, a news app's prompt, a dialog's button, a first-publication
note, bulleted mailbox and search labels, crumbs after the column's name, a caption naming
the event's scene, a picture mark opening the headline, a column tag in square brackets,
a submitter's label, a byline whose label closes it, a date line with a counter, and the
original headline of a repost where the paste has no other."""
from reportmine.parse.text import parse_text

HEADLINE = "桐溪街道党工委召开年度专题组织生活会"
LEAD = "5月9日，桐溪街道党工委召开专题组织生活会，党工委书记邬晓岚主持会议并讲话。"
MORE = "会议要求，各社区党组织要把查摆出的问题逐条列入整改清单。"


def test_summary_above_the_text_is_no_paragraph():
    page = parse_text(f"{HEADLINE}\n摘要:5月9日，桐溪街道党工委召开专题组织生活会。\n{LEAD}\n{MORE}")
    assert page.paragraphs == [LEAD, MORE]
    page = parse_text(f"{HEADLINE}\n核心提示: 5月9日，桐溪街道党工委召开专题组织生活会。\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.paragraphs == [LEAD, MORE]


def test_tag_keyword_and_original_link_lines_are_furniture():
    page = parse_text(f"{HEADLINE}\n关键词: 组织生活会 街道 整改\n{LEAD}\n{MORE}\n标签:组织生活会")
    assert page.paragraphs == [LEAD, MORE]
    page = parse_text(f"{HEADLINE}\n报道链接:http://www.example.gov.cn/xwzx/202405/t20240510_1.html\n{LEAD}\n{MORE}")
    assert page.paragraphs == [LEAD, MORE]


def test_keyword_sentence_in_the_text_stays():
    said = "关键词：担当，这是邬晓岚对全体党员提出的要求。"
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{said}\n{MORE}")
    assert said in page.paragraphs


def test_app_prompt_dialog_button_and_first_publication_note_are_furniture():
    page = parse_text(f"打开某某新闻 查看精彩图片\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [LEAD, MORE]
    page = parse_text(f"我知道了\n{HEADLINE}\n{LEAD}\n{MORE}\n本网首发")
    assert page.title == HEADLINE
    assert page.paragraphs == [LEAD, MORE]


def test_bulleted_mailbox_and_search_labels_are_no_headline():
    page = parse_text(f"- 投稿邮箱:tongxi_news@example.com\n- 站内搜索:\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_crumbs_after_the_column_name_are_no_text():
    page = parse_text(f"街道动态 首页 > 新闻中心 > 街道动态\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.paragraphs == [LEAD, MORE]


def test_caption_naming_the_scene_is_furniture():
    page = parse_text(f"{HEADLINE}\n{LEAD}\n民主评议会现场\n{MORE}")
    assert page.paragraphs == [LEAD, MORE]


def test_picture_mark_opening_the_headline_is_cut():
    page = parse_text(f"(图){HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    page = parse_text(f"【组图】{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_column_tag_in_square_brackets_is_cut():
    page = parse_text(f"[党建动态]{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_submitter_label_ends_an_empty_source():
    page = parse_text(f"{HEADLINE}\n时间:2024-05-10 09:12 次 来源: 提交人:管理员\n{LEAD}\n{MORE}")
    assert page.source is None
    assert page.date == "2024-05-10"


def test_byline_whose_label_closes_it_names_the_writer():
    page = parse_text(f"桐溪书院 邬晓岚 报道\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.author == "邬晓岚"
    page = parse_text(f"{HEADLINE}\n记者站 邬晓岚 报道\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.author == "邬晓岚"


def test_reported_phrase_that_is_prose_names_no_writer():
    line = "多家媒体对此进行了深入报道"
    page = parse_text(f"{HEADLINE}\n{LEAD}\n{MORE}\n{line}")
    assert page.author is None


def test_date_line_with_a_counter_dates_the_page():
    page = parse_text(f"{HEADLINE}\n2024-05-10 37\n{LEAD}\n{MORE}")
    assert page.date == "2024-05-10"
    assert page.paragraphs == [LEAD, MORE]


def test_original_headline_of_a_repost_is_the_title_where_none_other():
    page = parse_text(f"原标题:{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.paragraphs == [LEAD, MORE]


def test_repost_headline_wins_over_the_original_headline():
    page = parse_text(f"桐溪街道今年要办好十件实事\n（原标题：{HEADLINE}）\n{LEAD}\n{MORE}")
    assert page.title == "桐溪街道今年要办好十件实事"
