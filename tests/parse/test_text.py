"""Pasted-text articles: header and footer lines become fields, not body."""
from __future__ import annotations

import pytest

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


def test_labelled_credits_in_pasted_text():
    text = f"""青禾镇召开专题民主生活会
2021-07-01
青禾讯（记者 石青川 通讯员 柯小禾）{BODY1}
{BODY2}
□ 本报记者 石青川
编辑/苏小满
"""
    page = parse_text(text)
    assert page.author == "石青川、柯小禾"
    assert page.editor == "苏小满"
    assert page.paragraphs[-1] == BODY2  # byline and editor lines are not body


def test_bare_bracketed_name_is_not_the_author_in_pasted_text():
    # the annotation guide: （某某） without a role word names a person but leaves author null
    page = parse_text(f"青禾镇召开专题民主生活会\n2021-07-01\n{BODY1}\n{BODY2}（韩立新）\n")
    assert page.author is None
    page = parse_text(f"青禾镇召开专题民主生活会\n2021-07-01\n{BODY1}\n{BODY2}（记者 韩立新）\n")
    assert page.author == "韩立新"


def test_header_credit_lines_without_a_colon():
    for credit, author in (("文/ 祁青禾 柯小满", "祁青禾、柯小满"), ("记者 彭一川 通讯员 赖小禾", "彭一川、赖小禾"),
                           ("文 / 图 祁青禾", "祁青禾"), ("本报记者 祁青禾 柯小满", "祁青禾、柯小满")):
        page = parse_text(f"青禾镇召开专题民主生活会\n日期：2021-07-01\n来源：青禾镇党政办\n{credit}\n\n{BODY1}\n{BODY2}\n")
        assert page.author == author, credit
        assert page.paragraphs == [BODY1, BODY2]
        assert page.source == "青禾镇党政办"


def test_supplier_label_names_a_writer_only_when_it_is_a_person():
    page = parse_text(f"青禾镇召开专题民主生活会\n供稿：青禾县委组织部\n{BODY1}\n{BODY2}\n")
    assert page.author is None
    assert page.paragraphs == [BODY1, BODY2]
    page = parse_text(f"青禾镇召开专题民主生活会\n供稿：赖小禾\n{BODY1}\n{BODY2}\n")
    assert page.author == "赖小禾"


def test_unlabelled_date_before_labelled_fields():
    for header, date in (("2023-07-05 来源：青禾乡人民政府 通讯员 罗小满", "2023-07-05"),
                         ("2024年06月21日 10:32　来源：青禾电力之窗　作者：龚小雪　责任编辑：韩一冰", "2024-06-21")):
        page = parse_text(f"青禾村党支部开展主题党日活动\n{header}\n\n{BODY1}\n{BODY2}\n")
        assert page.date == date
        assert page.source.startswith("青禾")
        assert page.author in ("罗小满", "龚小雪")
        assert page.paragraphs == [BODY1, BODY2]


def test_a_reviewer_is_not_the_editor():
    page = parse_text(f"青禾学院党委召开述职评议会\n发布时间：2024-01-08　来源：青禾学院新闻网　文：苏小禾　审核：丁一川\n"
                      f"{BODY1}\n{BODY2}\n")
    assert (page.author, page.editor) == ("苏小禾", None)
    assert page.paragraphs == [BODY1, BODY2]


def test_a_one_sentence_article_closing_with_a_bracketed_name_is_body():
    # a short column line, then the only body line: its sentence end before （某某）
    # marks it as text, so it must not replace the headline
    page = parse_text("工作动态\n县水利局党组召开民主生活会。（赵立新）\n")
    assert page.title is None  # (the column is no headline either, round 65)
    assert page.paragraphs == ["县水利局党组召开民主生活会。（赵立新）"]


def test_a_long_footer_row_of_fields_keeps_its_source():
    page = parse_text(f"青禾学院党委召开述职评议会\n{BODY1}\n{BODY2}\n"
                      "来源:党委宣传部  文字、图片、编辑:苏小禾  一审:丁一川  二审:柯大川  三审:邰文静\n")
    assert (page.source, page.editor) == ("党委宣传部", "苏小禾")
    assert page.paragraphs == [BODY1, BODY2]


@pytest.mark.parametrize("footer, author, editor, photographers", [
    # each label of a bracketed credit line ends the value before it: the editor is no second writer
    ("（作者：青禾县人民检察院 柯小川 编辑：祁一鸣）", "柯小川", "祁一鸣", []),
    ("(作者:邰文静 编辑:蔺立新)", "邰文静", "蔺立新", []),
    # 文: reads like 文/
    ("(文:邰文静)", "邰文静", None, []),
    # photographers on a credit line out of the body are people, never authors
    ("(文/邰文静 图/蔺立新)", "邰文静", None, ["蔺立新"]),
    ("文:邰文静 摄影:蔺立新", "邰文静", None, ["蔺立新"]),
    ("撰稿:邰文静 审稿:祁一鸣 摄影:蔺立新", "邰文静", None, ["蔺立新"]),
    ("（编辑/祁一鸣）", None, "祁一鸣", []),
])
def test_closing_credit_lines(footer, author, editor, photographers):
    page = parse_text(f"青禾县检察院召开民主生活会\n{BODY1}\n{BODY2}\n{footer}\n")
    assert (page.author, page.editor, page.photographers) == (author, editor, photographers)
    assert page.paragraphs == [BODY1, BODY2]


def test_a_bracketed_line_of_reviewers_stays_in_the_body():
    page = parse_text(f"青禾县检察院召开民主生活会\n{BODY1}\n{BODY2}\n(一审:蔺立新 二审:祁文静)\n")
    assert page.paragraphs[-1] == "(一审:蔺立新 二审:祁文静)"


@pytest.mark.parametrize("heading", ["一、总体情况", "（二）主要做法", "3. 存在问题", "第一部分 工作回顾"])
def test_a_short_numbered_section_heading_opens_the_body(heading):
    page = parse_text(f"某县学习教育工作总结\n{heading}\n县委于3月召开动员会，部署学习教育。")
    assert page.paragraphs[0] == heading
    assert not any("header line" in w for w in page.warnings)


def test_a_short_unnumbered_line_under_the_headline_is_still_kept_out_of_the_body():
    page = parse_text("某县学习教育工作总结\n基层动态栏目\n县委于3月召开动员会，部署学习教育。")
    assert page.paragraphs == ["县委于3月召开动员会，部署学习教育。"]
    assert any("基层动态栏目" in w for w in page.warnings)


def test_short_paragraph_closed_by_credit_stays_in_body():
    # a sentence before the bracketed credit makes the line a paragraph, not a header field line
    page = parse_text("某馆活动\n3月1日，市档案馆党支部开展主题党日活动。（撰稿人：韩秋平 审稿人：邵晓丽）")
    assert page.paragraphs and page.paragraphs[0].startswith("3月1日")
    assert page.author == "韩秋平"


@pytest.mark.parametrize("line, author, first", [
    ("(通讯员:韩秋平)10月28日，青禾学院教工第二党支部召开组织生活会。", "韩秋平", "10月28日，青禾学院教工第二党支部召开组织生活会。"),
    ("【作者：祁文静】近日，青禾县委召开常委会会议。", "祁文静", "近日，青禾县委召开常委会会议。"),
])
def test_a_bracketed_credit_opening_the_first_paragraph_is_split_off(line, author, first):
    page = parse_text(f"青禾学院召开组织生活会\n{line}\n{BODY2}")
    assert page.author == author
    assert page.paragraphs == [first, BODY2]


def test_a_bracketed_reviewer_opening_a_paragraph_leaves_it_whole():
    page = parse_text(f"青禾学院召开组织生活会\n（一审：蔺立新）{BODY1}\n{BODY2}")
    assert page.author is None
    assert page.paragraphs[0].startswith("（一审：蔺立新）")


@pytest.mark.parametrize("credit, reviewers", [
    ("发布时间：2023-05-09　来源：青禾县融媒体中心　文：庞晓雯　审核：管思远", ["管思远"]),
    ("日期：2023-05-09　作者：庞晓雯　审签：管思远", ["管思远"]),
    ("日期：2023-05-09　作者：庞晓雯　审稿人：管思远", ["管思远"]),
    ("一审：洪秋燕　二审：钱振宇　三审：欧阳明川", ["洪秋燕", "钱振宇", "欧阳明川"]),
    ("来源：青禾县融媒体中心　审核：办公室", []),
])
def test_header_reviewers_are_kept_for_the_people(credit: str, reviewers: list[str]) -> None:
    page = parse_text(f"青禾县机关党委召开专题组织生活会\n{credit}\n会议由机关党委书记林致远主持，全体党员参加。")
    assert page.reviewers == reviewers
    assert "审" not in page.text


def test_headline_broken_before_its_bracket_is_one_title():
    page = parse_text("共青团青禾县委传达团市委九届三次全委\n（扩大）会议精神\n"
                      "3月2日，共青团青禾县委召开会议，传达会议精神。")
    assert page.title == "共青团青禾县委传达团市委九届三次全委（扩大）会议精神"
    assert page.paragraphs[0].startswith("3月2日")
    assert not any("header line" in w for w in page.warnings)


def test_bracketed_credit_or_subtitle_under_headline_stays_out_of_title():
    page = parse_text("青禾县林业局召开专题组织生活会\n（通讯员李朵）近日，青禾县林业局召开会议。")
    assert page.title == "青禾县林业局召开专题组织生活会"
    page = parse_text("青禾县林业局召开专题组织生活会\n——记青禾县林业局党支部\n3月2日，青禾县林业局召开会议。")
    assert page.title == "青禾县林业局召开专题组织生活会"
