"""Header info lines as Chinese unit websites print them, on invented pages.

Each page puts its date, 来源, 作者 and 编辑 in one of the shapes seen on
government portals, university and hospital news sites, county 融媒体
centres, old table-layout CMSs and WeChat copies. Units, people and outlets
are made up.
"""
from __future__ import annotations

import pytest

from reportmine.parse import parse_bytes
from reportmine.parse.fields import clean_person_list, is_info_line, split_fields
from reportmine.parse.html import parse_html
from reportmine.parse.text import parse_text

NAV = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(10))
P1 = "3月2日，青禾市农机局召开2023年度专题民主生活会，局党组书记柏远山主持会议，局领导班子成员逐一进行对照检查发言。"
P2 = "会议指出，要持续抓好问题整改，把查摆出的问题逐项列入清单，明确整改措施和完成时限，以整改实效推动工作落实。"


def page(title: str, info: str, head: str = "") -> str:
    return (f'<html><head><meta charset="utf-8"><title>{title}_青禾市人民政府</title>{head}</head><body>'
            f'<div class="nav"><ul>{NAV}</ul></div><div class="art"><h1>{title}</h1>{info}'
            f'<div class="content"><p>{P1}</p><p>{P2}</p></div></div>'
            '<div class="footer">版权所有：青禾市人民政府办公室 青ICP备000001号</div></body></html>')


def test_table_cms_info_cell_with_font_widget_in_gb2312():
    # old table layout: date, 来源 and 作者 (a unit, then the writer) in one cell with 【字体：大 中 小】
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>青禾市农机局机关党委召开述职评议会</title></head><body><table>'
            '<tr><td class="biaoti"><b>青禾市农机局机关党委召开述职评议会</b></td></tr>'
            '<tr><td class="xinxi">2024年01月19日　来源：青禾市农机局　作者：机关党委 郁晚晴　'
            '【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>'
            f'<tr><td class="zw">　　{P1}<br>　　{P2}</td></tr>'
            '<tr><td>【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</td></tr></table></body></html>')
    p = parse_bytes(html.encode("gb2312"), "a.html")
    assert (p.title, p.date, p.source, p.author) == ("青禾市农机局机关党委召开述职评议会", "2024-01-19", "青禾市农机局", "郁晚晴")
    assert p.paragraphs == [P1, P2]


@pytest.mark.parametrize("info, expected", [
    # gov portal: 发布日期 / 信息来源 / 浏览次数
    ('<div class="xx">发布日期：2023-03-02　信息来源：市农机局　浏览次数：<span>1024</span></div>',
     ("2023-03-02", "市农机局", None, None)),
    # hospital: a department and the writer in 作者, fields split by bars
    ('<div class="sub">来源：党委办公室 | 作者：宣传科 蒲晚舟 | 时间：2024-02-01 | 浏览：88次</div>',
     ("2024-02-01", "党委办公室", "蒲晚舟", None)),
    # county 融媒体: the date closes the line after 责编, without a label
    ('<div class="meta"><span>来源：青禾县融媒体中心</span><span>责编：汤小圆</span><span>2021-04-03 09:12</span></div>',
     ("2021-04-03", "青禾县融媒体中心", None, "汤小圆")),
    # news site: a bare date, 来源 and the reporters without colons
    ('<div class="b">2023-07-05 10:20:11 来源：青禾日报 记者 吕小帆 通讯员 宁一舟</div>',
     ("2023-07-05", "青禾日报", "吕小帆、宁一舟", None)),
    # bank: a weekday after the date, 稿源, and a proof-reader who is no editor
    ('<div class="b">2024年05月10日 星期五　稿源：青禾银行党委办公室　编辑：奚小雨　校对：邵大山</div>',
     ("2024-05-10", "青禾银行党委办公室", None, "奚小雨")),
    # every field in its own 【】
    ('<div class="b">【来源：市妇联】【作者：褚小雁】【时间：2023-02-28】【点击数：88】</div>',
     ("2023-02-28", "市妇联", "褚小雁", None)),
    # a unit glued to the writer's name
    ('<div class="b">来源：青禾区委组织部　作者：组织部干部科杭小满　发布时间：2023-01-30 11:00</div>',
     ("2023-01-30", "青禾区委组织部", "杭小满", None)),
    # one field a line, the writer after his office
    ('<p>日期：2023/02/17</p><p>来源：青禾学校</p><p>作者：校办 邹小宁</p>',
     ("2023-02-17", "青禾学校", "邹小宁", None)),
    # university: writer, photographer, reviewer and clicks on one line
    ('<p class="info">文字：林小禾 图片：丁一川 审核：韩冰 来源：机械工程学院 发布时间：2023-11-08 点击：<span>356</span></p>',
     ("2023-11-08", "机械工程学院", "林小禾", None)),
    # date with font and print widgets in the same cell, no other field
    ('<div class="d">2023-12-20　【字体：<a>大</a> <a>中</a> <a>小</a>】【<a>打印</a>】【<a>关闭</a>】</div>',
     ("2023-12-20", None, None, None)),
])
def test_info_lines(info, expected):
    p = parse_html(page("青禾市农机局召开专题民主生活会", info))
    assert p.title == "青禾市农机局召开专题民主生活会"
    assert (p.date, p.source, p.author, p.editor) == expected
    assert p.paragraphs == [P1, P2]


def test_date_only_in_pubdate_meta():
    p = parse_html(page("青禾区审计局召开巡视整改专题会", '<div class="src">来源：区审计局</div>',
                        head='<meta name="PubDate" content="2022-09-14 08:00:00">'))
    assert (p.date, p.source) == ("2022-09-14", "区审计局")


@pytest.mark.parametrize("header, expected", [
    ("2024年01月19日　来源：某市农机局　作者：机关党委 郁晚晴　【字体：大 中 小】", ("2024-01-19", "某市农机局", "郁晚晴", None)),
    ("来源：青禾县融媒体中心　　责编：汤小圆　　2021-04-03 09:12", ("2021-04-03", "青禾县融媒体中心", None, "汤小圆")),
    ("2023-07-05 来源：青禾日报 记者 吕小帆 通讯员 宁一舟", ("2023-07-05", "青禾日报", "吕小帆、宁一舟", None)),
    ("撰稿：林小禾　初审：丁一川　复审：韩冰　终审：柏远山", (None, None, "林小禾", None)),
])
def test_pasted_header_lines(header, expected):
    p = parse_text(f"青禾市农机局召开专题民主生活会\n{header}\n{P1}\n{P2}\n")
    assert (p.date, p.source, p.author, p.editor) == expected
    assert p.paragraphs == [P1, P2]


def test_pasted_wechat_copy():
    text = (f"青禾镇召开专题组织生活会\n原创 青禾发布 青禾发布 2024-01-25 18:30 发表于青禾\n{P1}\n{P2}\n"
            "来源：青禾县委组织部\n编辑：方小叶\n审核：邓大川\n阅读 2356\n")
    p = parse_text(text)
    assert (p.date, p.source, p.editor) == ("2024-01-25", "青禾县委组织部", "方小叶")
    assert p.paragraphs == [P1, P2]


def test_an_event_date_under_the_headline_is_not_the_date():
    p = parse_text(f"青禾镇召开专题组织生活会\n2024年1月25日，青禾镇召开专题组织生活会\n{P1}\n")
    assert p.date is None


@pytest.mark.parametrize("raw, names", [
    ("机关党委 郁晚晴", "郁晚晴"),
    ("宣传科、蒲晚舟", "蒲晚舟"),
    ("组织部干部科杭小满", "杭小满"),
    ("党委办公室柏远山", "柏远山"),
    ("青禾县纪委监委 吕小帆 宁一舟", "吕小帆、宁一舟"),
    ("青禾日报 吕小帆", "吕小帆"),
    ("吕小帆（青禾市农机局）", "吕小帆"),
    ("吕小帆 宁一舟（实习生）", "吕小帆、宁一舟"),
    ("吕小帆等", "吕小帆"),
    ("（吕小帆）", "吕小帆"),
    ("宣传统战科", "宣传统战科"),  # a unit alone stays as written
    ("本站记者 林小禾", "林小禾"),
    ("青禾日报记者林小禾", "林小禾"),
    ("佚名", None),
    ("admin", None),
    ("编辑部", None),
])
def test_person_lists_drop_units_and_empty_credits(raw, names):
    assert clean_person_list(raw) == names


def test_new_labels():
    assert split_fields("值班编辑：林小禾") == {"editor": "林小禾"}
    assert split_fields("发布于：2023-03-02 来源：青禾网") == {"date": "2023-03-02", "source": "青禾网"}
    assert split_fields("来源：青禾日报｜作者：林小禾｜编辑：丁一川") == {"source": "青禾日报", "author": "林小禾", "editor": "丁一川"}
    assert split_fields("撰稿：林小禾 初审：丁一川")["author"] == "林小禾"


def test_widgets_and_labels_do_not_make_an_info_line_prose():
    assert is_info_line("2024年01月19日 来源：青禾省文化和旅游厅 作者：机关党委、郁晚晴 【字体：大 中 小】")
    assert not is_info_line("2024年1月19日，青禾省文化和旅游厅机关党委召开党支部书记抓党建工作述职评议会")


def test_full_width_dates():
    p = parse_html(page("青禾市农机局召开专题民主生活会", '<div class="i">发布时间：２０２３－０３－０２　来源：青禾日报</div>'))
    assert (p.date, p.source) == ("2023-03-02", "青禾日报")
    assert parse_text(f"青禾市农机局召开专题民主生活会\n发布时间：２０２３－０３－０２\n{P1}\n").date == "2023-03-02"


@pytest.mark.parametrize("header, expected", [
    ("来源：青禾日报 2023-03-02", ("2023-03-02", "青禾日报")),  # the date after the outlet is no part of it
    ("2023-03-02 08:30 | 青禾日报", ("2023-03-02", "青禾日报")),  # an unlabelled outlet beside the date
    ("2023年3月2日 星期四\n来源：青禾日报", ("2023-03-02", "青禾日报")),  # a dated line, then 来源
])
def test_pasted_date_and_outlet(header, expected):
    p = parse_text(f"青禾市农机局召开专题民主生活会\n{header}\n{P1}\n{P2}\n")
    assert (p.date, p.source) == expected
    assert p.paragraphs == [P1, P2]


def test_pasted_page_furniture_around_the_article():
    text = (f"网站首页 | 机构概况 | 新闻中心 | 政务公开 | 党建工作\n首页 > 党建工作 > 党建动态\n青禾市农机局召开专题民主生活会\n"
            f"作者：宣传科 蒲晚舟　发布时间：2024-02-01　点击：88\n{P1}\n{P2}\n（作者单位：青禾市农机局）\n"
            "【打印本页】【关闭窗口】\n上一篇：青禾市召开营商环境推进会\n相关新闻\n青禾市农机局召开警示教育大会\n")
    p = parse_text(text)
    assert (p.title, p.date, p.author) == ("青禾市农机局召开专题民主生活会", "2024-02-01", "蒲晚舟")
    assert p.paragraphs == [P1, P2]


def test_pasted_bracketed_source_note_names_outlet_and_reporters():
    p = parse_text(f"青禾市农机局召开专题民主生活会\n{P1}\n{P2}\n（来源：青禾日报　记者 吕小帆　通讯员 宁一舟）\n责任编辑：汤小圆\n")
    assert (p.source, p.author, p.editor) == ("青禾日报", "吕小帆、宁一舟", "汤小圆")
    assert p.paragraphs == [P1, P2]


def test_unknown_source_and_admin_author_are_empty():
    info = '<div class="info">时间:2023-03-02 10:20 来源:未知 作者:admin 点击: <script src="/c.php"></script> 次</div>'
    p = parse_html(page("青禾市农机局召开专题民主生活会", info))
    assert (p.date, p.source, p.author) == ("2023-03-02", None, None)
    p = parse_text(f"青禾市农机局召开专题民主生活会\n时间:2023-03-02 10:20 来源:未知 作者:佚名\n{P1}\n")
    assert (p.date, p.source, p.author) == ("2023-03-02", None, None)


def test_pasted_column_name_above_the_headline():
    p = parse_text(f"工作动态\n青禾市农机局召开专题民主生活会\n发布时间：2023-03-02\n{P1}\n{P2}\n")
    assert (p.title, p.date) == ("青禾市农机局召开专题民主生活会", "2023-03-02")
    assert p.paragraphs == [P1, P2]


@pytest.mark.parametrize("header", ["2023-03-02 10:20　青禾县委组织部", "青禾县委组织部　2023-03-02"])
def test_a_unit_alone_beside_the_date_is_the_source(header):
    p = parse_text(f"青禾市农机局召开专题民主生活会\n{header}\n{P1}\n{P2}\n")
    assert (p.date, p.source) == ("2023-03-02", "青禾县委组织部")
    p = parse_html(page("青禾市农机局召开专题民主生活会", f'<div class="i">{header}</div>'))
    assert (p.date, p.source) == ("2023-03-02", "青禾县委组织部")


def test_a_unit_with_other_words_beside_the_date_is_no_source():
    p = parse_text(f"青禾市农机局召开专题民主生活会\n2023-03-02 星期四 青禾县委组织部 浏览\n{P1}\n")
    assert p.source is None
