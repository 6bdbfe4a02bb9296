"""find_unit, round 42: a discipline commission listed with the office it works
as one with (某县纪委、监察局) is one body; a list of an owner's branches that
act each on their own (某系党总支甲党支部、乙党支部分别召开…; 我院甲党支部、
乙党支部分别…) gives the owner; a body after 民主党派 (各民主党派市委) is no
subject; a county before a number word (某县上千名党员…) is read as the place;
a date broken over lines (1月 / 19日) or a bare 发布时间 line is no sentence;
on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("title, expected", [
    ("青石县纪委、监察局召开乡镇纪检监察工作会议", "青石县纪委"),
    ("青石县纪委、县监委召开全体干部大会", "青石县纪委"),
])
def test_commission_with_its_merged_office_is_one_body(title: str, expected: str) -> None:
    """纪委 and 监察局/监委 are one body's two names: the commission is the unit."""
    assert unit(title, "1月7日下午，会议在县委会议室举行。") == expected


def test_two_different_bodies_listed_stay_a_joint_report() -> None:
    """Guard: 纪委 listed with another body (not its merged office) is still a joint report."""
    assert unit("青石县纪委、青石县财政局召开联席会议", "1月7日，会议在财政局举行。") is None


def test_branches_of_a_named_owner_acting_separately_give_the_owner() -> None:
    """某系党总支's branches 分别召开: the owner is the unit."""
    text = ("根据学院安排，5月9日，外语系党总支行政党支部、研究生党支部、"
            "本科生第二党支部分别召开年度组织生活会，各支部书记主持。")
    assert unit(None, text) == "外语系党总支"


def test_pronoun_before_branches_acting_separately_gives_the_generic_word() -> None:
    """我院 + a list of branches 分别召开, in a hospital's text: 医院."""
    text = ("3月23日，我院内科第一党支部、外科党支部、医技党支部分别召开党员大会。"
            "医院党委书记张某某到会指导，医院各科室党员参加。")
    assert unit("强化支部建设", text) == "医院"


def test_branches_listed_without_separately_stay_a_joint_report() -> None:
    """Guard: two branches listed with no 分别 remain a joint report (no owner read)."""
    text = "5月12日，后勤保障处党支部、资产管理处党支部联合举办读书分享活动。"
    assert unit(None, text) is None


def test_body_after_democratic_parties_is_no_subject() -> None:
    """各民主党派市委: each party's committee, not the city's 市委."""
    title = "各民主党派市委、市侨联负责同志迎春茶话会举行"
    assert unit(title, "2月3日，茶话会在市文化宫举行。") != "市委"


def test_county_before_a_number_word_is_the_place() -> None:
    """某县|上千名: 县上 is no ordinary word here, the county is the subject."""
    assert unit("青石县上千名党员组建志愿服务队", "1月18日，该县组建志愿服务队。") == "青石县"


def test_county_before_ordinary_word_guard() -> None:
    """Guard: 青石县开展… still reads the county."""
    assert unit("青石县开展主题教育", "近日，青石县开展主题教育。") == "青石县"


def test_date_broken_over_lines_is_no_sentence() -> None:
    """1月 / 19日 on lines of their own: the sentence after them still names the unit."""
    text = ("根据学院安排，\n5月\n9日\n，外语系党总支行政党支部、研究生党支部"
            "分别召开年度组织生活会。")
    assert unit(None, text) == "外语系党总支"
