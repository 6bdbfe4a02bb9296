"""Pasted-text articles: header and footer lines become fields, not body."""
from __future__ import annotations

from reportmine.parse import parse_bytes
from reportmine.parse.text import parse_text

BODY1 = "近日，青禾县委宣传部召开党史学习教育专题组织生活会，部长韩立新主持会议。"
BODY2 = "会上，与会党员逐一对照检查，认真开展批评和自我批评，会议取得预期效果。"


def test_header_fields_and_furniture():
    text = f"""青禾县委宣传部召开专题组织生活会
来源：青禾县委宣传部
刊发时间：2021-06-25
作者：宣传统战科
字体:【大 中 小】 打印本页
{BODY1}
{BODY2}
(编辑:石小溪)
"""
    page = parse_text(text)
    assert page.title == "青禾县委宣传部召开专题组织生活会"
    assert page.source == "青禾县委宣传部"
    assert page.date == "2021-06-25"
    assert page.author == "宣传统战科"
    assert page.editor == "石小溪"
    assert page.paragraphs == [BODY1, BODY2]


def test_value_on_the_next_line_and_one_line_header():
    text = f"""青禾镇开展巡视整改回头看
时间:2021-07-01 作者:林小禾 来源:青禾镇党政办
{BODY1}
{BODY2}
"""
    page = parse_text(text)
    assert (page.date, page.author, page.source) == ("2021-07-01", "林小禾", "青禾镇党政办")
    assert page.paragraphs == [BODY1, BODY2]
    page = parse_text(f"青禾镇开展巡视整改回头看\n来源：\n青禾镇党政办\n{BODY1}\n")
    assert page.source == "青禾镇党政办"
    assert page.paragraphs == [BODY1]


def test_txt_bytes_go_to_the_text_parser_with_encoding():
    data = f"青禾镇开展巡视整改回头看\n日期：2021年7月1日\n{BODY1}\n".encode("gbk")
    page = parse_bytes(data, name="a.txt")
    assert page.kind == "text"
    assert page.encoding == "gb18030"
    assert page.date == "2021-07-01"
    assert page.paragraphs == [BODY1]
