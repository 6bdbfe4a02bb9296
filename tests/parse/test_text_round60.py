"""Round 60 (pasted pages): a newspaper's digital edition banner and page label,
bulleted social links, and a site's short name right above a long headline that
stands over the info line."""
import pytest

from reportmine.parse.text import parse_text

HEADLINE = "青禾县邮政分公司党支部召开年度组织生活会和党员评议会"
LEAD = "3月8日，青禾县邮政分公司党支部召开组织生活会，支部书记柯远主持。"


def test_digital_newspaper_banner_and_page_label_are_furniture():
    page = parse_text(f"青禾日报 数字报纸\n00003版:要闻\n{HEADLINE}\n{LEAD}")
    assert page.title == HEADLINE


def test_bulleted_social_links_are_furniture():
    page = parse_text(f"• 抖音\n  • 微博\n  • 微信\n{HEADLINE}\n全县邮政系统扎实推进基层党建\n发布时间:2024年03月09日\n{LEAD}")
    assert page.title == HEADLINE
    assert page.date == "2024-03-09"


def test_short_site_name_gives_way_to_the_long_headline_above_the_info_line():
    text = f"医院动态\n青禾县人民医院\n【党建动态】{HEADLINE}\n2024-03-10  阅读量:[]\n{LEAD}"
    page = parse_text(text)
    assert page.title == HEADLINE
    assert page.date == "2024-03-10"


def test_short_headline_with_a_lead_under_it_stays():
    # no info line under the second line: it is the text, not a headline
    page = parse_text(f"初心如磐\n{LEAD}")
    assert page.title == "初心如磐"


@pytest.mark.parametrize("furniture", [
    "地址:青禾县人民路12号 邮编628000 电话:0839-1234567",
    "(相关资料图)",
    "青禾政务网 无障碍浏览",
    "法治号 手机版| 站内搜索",
    "网上有害信息举报",
    "青禾县人民法院 http://qhfy.example.gov.cn",
    "青禾县归国华侨联合会>>侨联要闻",
    "川公网安备 51080002000999号",
])
def test_site_furniture_above_the_headline(furniture):
    page = parse_text(f"{furniture}\n{HEADLINE}\n{LEAD}")
    assert page.title == HEADLINE


def test_nav_row_gives_way_to_the_headline_above_bulleted_fields():
    text = f"青禾新征程 青禾艺术馆 特奥纪念馆 阳光馆\n[关闭]\n{HEADLINE}\n  • 文章来源: 青禾县残联\n  • 发布时间:2022.10.25\n{LEAD}"
    page = parse_text(text)
    assert page.title == HEADLINE
    assert page.date == "2022-10-25"


@pytest.mark.parametrize("furniture", [
    "所在位置:首页 > 移动端 > 媒体聚焦 > 学习贯彻全会精神",
    "青禾文艺20240423期 第版:",
    "重大意义 总要求 目标任务 重点措施 工作要求",
])
def test_crumbs_issue_line_and_menu_above_the_headline(furniture):
    assert parse_text(f"{furniture}\n{HEADLINE}\n{LEAD}").title == HEADLINE


def test_section_heading_opening_the_text_is_no_headline():
    page = parse_text(f"一、开展党支部书记讲党课\n{LEAD}")
    assert page.title is None
    assert page.paragraphs[0].startswith("一、")


def test_parallel_headline_of_equal_parts_stays():
    title = "学党史 悟思想 办实事 开新局"
    assert parse_text(f"{title}\n{HEADLINE}\n{LEAD}").title == title


def test_quoted_question_opening_the_text_is_no_headline():
    text = "“新修订的《条例》于今年1月1日起施行，这是第几次修订?”\n“第三次。”\n" + LEAD
    assert parse_text(text).title is None


def test_quoted_slogan_headline_stays():
    title = "“守初心、强本领、重落实、创佳绩”主题读书班在青禾开班"
    assert parse_text(f"{title}\n{LEAD}").title == title
