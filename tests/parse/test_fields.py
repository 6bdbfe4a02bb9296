"""Labelled header/footer fields shared by the text and HTML parsers."""
from __future__ import annotations

import pytest

from reportmine.parse.fields import clean_person_list, normalize_date, split_fields


@pytest.mark.parametrize("raw, iso", [
    ("2021-06-25 09:12", "2021-06-25"), ("2021年6月5日", "2021-06-05"), ("2007-08-20-23:59:59", "2007-08-20"),
    ("2019/3/6", "2019-03-06"), ("2022.02.13", "2022-02-13"), ("2021-13-40", None), ("无日期", None),
])
def test_normalize_date(raw, iso):
    assert normalize_date(raw) == iso


@pytest.mark.parametrize("raw, names", [
    ("本报记者 祁青", "祁青"), ("记者祁青 通讯员柯禾", "祁青、柯禾"), ("文/图 刘东禾 易楠", "刘东禾、易楠"),
    ("撰稿人王小满", "王小满"), ("青禾县委宣传部", "青禾县委宣传部"), ("", None),
])
def test_person_lists_lose_role_words(raw, names):
    assert clean_person_list(raw) == names


def test_several_fields_on_one_line():
    got = split_fields("时间:2021-06-25 作者:张小禾 来源:宣传统战科")
    assert got == {"date": "2021-06-25", "author": "张小禾", "source": "宣传统战科"}
    assert split_fields("来源于：临川街道办事处") == {"source": "临川街道办事处"}
    assert split_fields("发文机关：青禾县人民政府") == {"author": "青禾县人民政府"}


@pytest.mark.parametrize("line, expected", [
    ("发布时间：2021-11-26 10:15　来源：青禾街道办事处　作者：祁小禾　浏览次数：312",
     {"date": "2021-11-26 10:15", "source": "青禾街道办事处", "author": "祁小禾"}),
    ("作者：祁小禾浏览次数：88", {"author": "祁小禾"}),
    ("作者：祁小禾 点击数 45", {"author": "祁小禾"}),
    ("来源：青禾阅读网 编辑：柯禾 【打印】", {"source": "青禾阅读网", "editor": "柯禾"}),
    ("来源：青禾网 字号：大 中 小", {"source": "青禾网"}),
    # a label right after another's colon: both fields empty, not 来源 = 作者:
    ("浏览次数: 来源:作者:", {"source": "", "author": ""}),
    ("来源:作者:祁小禾", {"source": "", "author": "祁小禾"}),
    # a label glued to a widget's count, or after 、
    ("阅读次数:1750来源:青禾农商银行", {"source": "青禾农商银行"}),
    ("文字、图片、编辑:柯禾", {"editor": "柯禾"}),
])
def test_widget_labels_end_a_field_value(line, expected):
    assert split_fields(line) == expected


def test_person_lists_keep_only_name_like_tokens():
    assert clean_person_list("祁小禾 阅读量：312") == "祁小禾"
    assert clean_person_list("祁小禾 2021") == "祁小禾"
    assert clean_person_list("祁小禾 柯一川  2017年3月21日") == "祁小禾、柯一川"  # a date is no writer
    assert clean_person_list("QH666") == "QH666"  # an editor code is kept
    # beside a name it is the portal's code for that editor, no second person
    assert clean_person_list("祁小禾 QH666") == "祁小禾"
    assert clean_person_list("祁小禾 柯一川 NF-021") == "祁小禾、柯一川"


@pytest.mark.parametrize("line, expected", [
    ("发布时间：2023-05-06 来源：青禾金融网 记者 祁小禾",
     {"date": "2023-05-06", "source": "青禾金融网", "author": "祁小禾"}),
    ("来源：青禾日报 记者：祁小禾 通讯员：柯一川", {"source": "青禾日报", "author": "祁小禾 柯一川"}),
    ("来源：青禾镇人民政府 通讯员 罗小满", {"source": "青禾镇人民政府", "author": "罗小满"}),
    ("来源：青禾县委 记者节活动", {"source": "青禾县委 记者节活动"}),  # no name after the role word
    ("文：苏小禾　审核：丁一川", {"author": "苏小禾", "reviewer": "丁一川"}),
    # the reviewer labels are credit_words.json's reviewer_roles (审稿人 is one)
    ("文：苏小禾　审稿人：丁一川", {"author": "苏小禾", "reviewer": "丁一川"}),
])
def test_credits_inside_other_fields_and_reviewers(line, expected):
    assert split_fields(line) == expected


def test_reviewers_and_photographers_end_a_person_list():
    assert clean_person_list("祁小禾 审核 丁一川") == "祁小禾"
    assert clean_person_list("祁小禾 摄影 丁一川") == "祁小禾"


@pytest.mark.parametrize("line, expected", [
    # a long date, source or editor label glued to the value before it ends that value
    ("作者:韩秋平发布时间:2022-05-10", {"author": "韩秋平", "date": "2022-05-10"}),
    ("来源:档案馆党支部发布日期:2023-03-02", {"source": "档案馆党支部", "date": "2023-03-02"}),
    ("文：韩秋平责任编辑：邵晓丽", {"author": "韩秋平", "editor": "邵晓丽"}),
    # a short date label glued to the value before it, when a year follows
    ("来源:外国语学院日期:2025-11-03", {"source": "外国语学院", "date": "2025-11-03"}),
    ("作者:韩秋平时间:2022年5月10日", {"author": "韩秋平", "date": "2022年5月10日"}),
])
def test_split_fields_glued_long_label(line, expected):
    assert split_fields(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("来源：某区时间银行服务中心", {"source": "某区时间银行服务中心"}),  # no year after 时间
    ("编辑：韩时间", {"editor": "韩时间"}),
])
def test_a_short_date_label_inside_a_value_stays(line, expected):
    assert split_fields(line) == expected


def test_a_spaced_out_name_is_one_writer():
    # a two-character name padded to three characters' width (苏 禾) is one name, not two halves
    assert clean_person_list("苏 禾") == "苏禾"
    assert clean_person_list("苏 禾  丁一川") == "苏禾、丁一川"


def test_the_page_editor_label_ends_the_author():
    # 本页责编 names the page's editor: its names are no writers
    assert split_fields("来源:校团委 作者:韩秋平 本页责编:邵晓丽,丁一川") == {
        "source": "校团委", "author": "韩秋平", "editor": "邵晓丽,丁一川"}


def test_the_added_time_label_is_a_date_and_ends_the_author():
    # 加入时间 (the time a CMS entry was added) dates the page like 发布时间
    fields = split_fields("来源:镇教育组 作者:韩秋平 加入时间:2016-10-09")
    assert fields["author"] == "韩秋平"
    assert normalize_date(fields["date"]) == "2016-10-09"


def test_a_report_label_in_a_header_line_names_a_writer_only() -> None:
    assert split_fields("发布时间：2024-05-09 报道：林晓东")["author"] == "林晓东"
    assert "author" not in split_fields("发布时间：2024-05-09 报道：青石县水务局")
    assert "author" not in split_fields("记者彭一鸣 报道:近年来，青石县水务局坚持…")
    assert split_fields("多家媒体报道：近年来") == {}
