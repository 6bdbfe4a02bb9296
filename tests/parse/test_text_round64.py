"""Round 64 (pasted pages): picture file names and screenshots, crumbs inside table
bars, a submissions mailbox, a stock picture's disclaimer, a newspaper's masthead,
crumbs joined by hyphens after 首页, an uploader's label, and a site's bookmark row
and QR-code label between its name and the headline."""
from reportmine.parse.text import parse_text

HEADLINE = "青禾县林业局召开防火安全工作部署会"
LEAD = "3月12日，青禾县林业局召开防火安全工作部署会，局长韩立川主持会议。"
MORE = "会议要求，各林场要落实防火责任，确保林区安全。"


def test_picture_file_names_are_furniture():
    page = parse_text(f"{HEADLINE}\n2023-03-13 09:20 来源:青禾日报\nQQ截图20230313092011\n{LEAD}\n"
                      f"微信图片_20230313092255.jpg\n{MORE}\nimage.png\n")
    assert page.paragraphs == [LEAD, MORE]


def test_crumbs_inside_table_bars_are_no_headline():
    page = parse_text(f"| 当前位置: | 首页 | > 县政府部门 > 县林业局 > 工作动态 |\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_submission_mailboxes_are_no_headline():
    page = parse_text(f"qhlyj_tougao@163.com(投稿)\n投稿邮箱:qhlyj@126.com\n{HEADLINE}\n"
                      f"2023-03-13 09:20  来源:青禾林业网\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_stock_picture_disclaimer_is_no_headline():
    page = parse_text(f"(资料图片仅供参考)\n{LEAD}\n{MORE}")
    assert page.title is None
    assert page.paragraphs[0] == LEAD


def test_newspaper_masthead_is_no_headline():
    page = parse_text(f"中共青禾县委主管·青禾日报社出版\n2023年03月13日\n{HEADLINE}\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE


def test_hyphen_crumbs_after_home_are_no_headline():
    page = parse_text(f"首页-党建工作-党建动态\n{LEAD}\n{MORE}")
    assert page.title is None


def test_uploader_label_is_no_source():
    page = parse_text(f"{HEADLINE}\n时间:2023-03-13 13:39:43 来源: 发布人:小编 浏览:\n{LEAD}\n{MORE}")
    assert page.source is None
    assert page.date == "2023-03-13"


def test_headline_under_site_name_bookmarks_and_qr_label():
    page = parse_text(f"青禾县第一中学\n设为首页 | 收藏本站\n{HEADLINE}\n 二维码\n发表时间:2023-03-13 10:21\n{LEAD}\n{MORE}")
    assert page.title == HEADLINE
