"""Round 66 (pasted pages): captions closed by a full stop, continuation markers,
a portal's toolbar and login box, counter and widget labels behind bullets, a column
too short to be a headline, 发布来源 and a comment link in an info row, a subtitle
naming who presided, a quotation opening the text, and a headline broken after its
subject or inside a phrase."""
from reportmine.parse.text import parse_text

HEADLINE = "柳塘镇党委召开年度专题组织生活会"
LEAD = "4月8日，柳塘镇党委召开专题组织生活会，镇党委书记贺明远主持会议并讲话。"
MORE = "会议要求，各支部要把学习成果转化为为民办实事的具体行动。"


def test_caption_label_with_a_full_stop_is_furniture():
    page = parse_text(f"会议现场。\n{LEAD}\n{MORE}")
    assert page.paragraphs[0] == LEAD


def test_continuation_marker_is_furniture():
    page = parse_text(f"（上接第1版）\n{LEAD}\n{MORE}\n（下转第3版）")
    assert page.paragraphs == [LEAD, MORE]


def test_portal_toolbar_and_login_box_are_no_headline():
    page = parse_text(f"今日  首页 - 帮助\n用户名: 密码: [注册][找回密码]\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_bulleted_counter_and_widget_labels_are_no_headline():
    page = parse_text(f"• 访问量\n• 字体\n• 分享\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_column_too_short_for_a_headline_is_passed_over():
    page = parse_text(f"本地\n{HEADLINE}\n时间:2024年04月12日信息来源:不详\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
    assert page.date == "2024-04-12"
    assert page.paragraphs[0] == LEAD


def test_publishing_source_label_and_comment_link():
    page = parse_text(f"{HEADLINE}\n发布来源:党委办公室\n发布时间:2025-05-22\n{LEAD}\n{MORE}")
    assert page.source == "党委办公室"
    page = parse_text(f"{HEADLINE}\n2017-08-09 10:12:58 来源:青禾新闻网 责任编辑:邵文涛 我来说两句 |\n{LEAD}\n{MORE}")
    assert page.editor == "邵文涛"


def test_presiding_subtitles_are_neither_headline_nor_text():
    page = parse_text(f"贺明远主持会议并讲话\n邵文涛出席会议并讲话\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [LEAD, MORE]


def test_headline_that_names_who_presided_over_a_meeting_stays():
    page = parse_text(f"贺明远主持召开镇党委会议\n{LEAD}\n{MORE}")
    assert page.title == "贺明远主持召开镇党委会议"


def test_quotation_opening_the_text_is_no_headline():
    page = parse_text(f"“我从一名村干部走到今天这一步，愧对组织的培养……”\n{LEAD}\n{MORE}")
    assert page.title is None


def test_headline_broken_after_its_subject_is_joined():
    page = parse_text(f"青禾县人民医院\n召开庆祝建党周年暨“七一”表彰大会\n{LEAD}\n{MORE}")
    assert page.title == "青禾县人民医院召开庆祝建党周年暨“七一”表彰大会"


def test_subtitle_under_a_headline_with_its_own_verb_stays_apart():
    page = parse_text(f"{HEADLINE}\n召开会议部署下半年工作\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_headline_broken_inside_a_phrase_the_lead_writes_whole_is_joined():
    page = parse_text("全省基层干部学习贯彻省委全会精神\n专题培训班在青禾结业\n"
                      "全省基层干部学习贯彻省委全会精神专题培训班今天在青禾结业。\n" + MORE)
    assert page.title == "全省基层干部学习贯彻省委全会精神专题培训班在青禾结业"


def test_short_subject_over_the_rest_of_the_headline_is_joined():
    page = parse_text(f"县科协\n组织开展“四个一”读书分享活动\n{LEAD}\n{MORE}")
    assert page.title == "县科协组织开展“四个一”读书分享活动"
