"""Round 35 organizations: a body's second name in brackets inside a longer
name stays in it (后勤服务中心(机关服务处)第四党支部); a dictionary verb right
after 与/和 opens the second field of a school (机械与运载工程学院); a level
written before a department whose stem opens on the same character is one
name (市市场监管局). Sentences are invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("青禾学院后勤保障中心(资产管理处)第二党支部召开组织生活会。",
     ["青禾学院后勤保障中心(资产管理处)第二党支部"]),
    ("会议由书记主持，后勤保障中心（资产管理处）党支部全体党员参加。",
     ["后勤保障中心（资产管理处）党支部"]),
])
def test_second_name_in_brackets_stays_in_the_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a bare kind in brackets lists two kinds; a post after the bracket is no name
    ("各中小学校(幼儿园)党支部书记参加培训。", []),
    ("省烟草专卖局(公司)党组召开会议。", ["省烟草专卖局(公司)党组"]),
])
def test_brackets_guards(text, expected):
    assert names(text) == expected


def test_bracket_before_a_post_is_no_longer_name():
    got = names("校党委规划部（规划处）部（处）长某某出席。")
    assert not any("（规划处）部" in n for n in got)


@pytest.mark.parametrize("text, expected", [
    ("1月8日，青岚大学机械与运载工程学院党委召开述职评议会。", ["青岚大学机械与运载工程学院党委"]),
    ("材料与运载工程学院召开党委会。", ["材料与运载工程学院"]),
    # guards: a body before 与 keeps the two bodies apart; fields without a verb unchanged
    ("青禾医院党委与运载工程学院党委联合开展活动。", ["青禾医院党委", "运载工程学院党委"]),
    ("机械与动力工程学院党委召开会议。", ["机械与动力工程学院党委"]),
])
def test_verb_after_joiner_opens_a_field(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("12月4日，市市场监管局组织开展党建督查。", ["市市场监管局"]),
    ("市市场监督管理局召开干部职工大会，市市场监管局党组书记出席。",
     ["市市场监督管理局", "市市场监管局党组"]),
    # guards: a doubled level before no stem still closes a place cut before it
    ("与许镇镇党委签订共建协议。", ["许镇镇党委"]),
    ("县市场监管局召开会议。", ["县市场监管局"]),
])
def test_level_before_a_stem_on_the_same_character(text, expected):
    assert names(text) == expected
