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


def test_empty_source_label_does_not_take_the_subtitle_under_it():
    page = parse_text("安全工作会议召开\n- 时间:2023-04-24\n- 来源:\n"
                      "办公室全体成员在柯主任主持下召开了本年度安全工作会议\n"
                      "4月21日，办公室召开安全工作会议。")
    assert page.source is None
    assert page.date == "2023-04-24"
    page = parse_text("安全工作会议召开\n- 来源:\n青禾县人民政府办公室\n4月21日，办公室召开安全工作会议。")
    assert page.source == "青禾县人民政府办公室"


@pytest.mark.parametrize("header", [
    "基层组织\n青禾县中医院党总支召开年度工作推进会发布时间:2023-04-18  来源:青禾医讯  访问量:",
    "青禾县中医院党总支召开年度工作推进会 发布时间：2023-04-18 来源：青禾医讯",
])
def test_headline_with_the_info_line_glued_after_it(header):
    page = parse_text(header + "\n3月31日上午，青禾县中医院党总支召开会议，推进全年工作。")
    assert page.title == "青禾县中医院党总支召开年度工作推进会"
    assert (page.date, page.source) == ("2023-04-18", "青禾医讯")
    assert page.paragraphs == ["3月31日上午，青禾县中医院党总支召开会议，推进全年工作。"]


def test_lead_sentence_naming_a_source_is_not_cut():
    page = parse_text("青禾县召开会议\n据悉，会议材料来源：县档案馆，日期：2023-04-18前报送。")
    assert page.title == "青禾县召开会议"
    assert page.paragraphs[0].startswith("据悉，会议材料来源")


def test_headline_under_the_crumbs_wins_over_a_longer_site_banner():
    page = parse_text("打造网上青禾投资促进平台 致力于青禾投资促进事业\n"
                      "您现在的位置:首页 > 新闻 > 青禾区 > 文字新闻\n"
                      "青禾区召开区委党建工作领导小组会议\n"
                      "发布时间:2021-03-05  来源:青禾发布\n"
                      "3月3日，青禾区召开区委党建工作领导小组会议。")
    assert page.title == "青禾区召开区委党建工作领导小组会议"
    assert page.date == "2021-03-05"


@pytest.mark.parametrize("info, author, source", [
    ("文章来源:青禾网作者:柯远 发布时间:2021年10月22日 点击数:676次", "柯远", "青禾网"),
    ("发布者:柯远发布时间:2025-09-16浏览次数:100", None, None),
    ("作者:柯远  发布时间:2021-03-01 15:22:50 打印 字号: | |", "柯远", None),
])
def test_info_line_under_headline_is_not_split_as_a_headline(info, author, source):
    page = parse_text("青禾县召开青年工作联席会议\n" + info + "\n10月19日下午，青禾县青年工作联席会议召开。")
    assert page.title == "青禾县召开青年工作联席会议"
    assert (page.author, page.source) == (author, source)


@pytest.mark.parametrize("credit", [
    "（文：祁远；图：韩朵；审核：柯川；编辑：林禾）",
    "(文:祁远;图:韩朵;审核:柯川;编辑:林禾)",
])
def test_credit_row_with_semicolons_gives_every_field(credit):
    page = parse_text("青禾中学召开党支部书记培训会\n3月2日，青禾中学召开党支部书记培训会。\n" + credit)
    assert (page.author, page.editor) == ("祁远", "林禾")
    assert page.photographers == ["韩朵"] and page.reviewers == ["柯川"]
    assert page.paragraphs == ["3月2日，青禾中学召开党支部书记培训会。"]


def test_bracketed_remark_with_semicolons_stays_in_the_body():
    page = parse_text("青禾中学召开会议\n3月2日，青禾中学召开会议。\n（会议要求：抓好落实；注重实效）")
    assert page.paragraphs[-1] == "（会议要求：抓好落实；注重实效）"
    assert page.author is None
