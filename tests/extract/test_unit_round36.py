"""find_unit, round 36: places the place reader missed (a numeral or a
preposition-tagged character opening the name, autonomous counties), 和 inside
a name, parks as holders, agency datelines, listed levels and list items,
开发区 and invited guests; on invented articles."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import leading_place
from lookups import unit_found as unit


@pytest.mark.parametrize("title, text, expected", [
    # a town whose name opens with a numeral or a character tagged a preposition
    (None, "3月5日，五和镇召开党建工作推进会，镇党委书记王某某主持会议。", "五和镇"),
    ("鉴湖镇召开党纪学习教育动员会", "4月2日，鉴湖镇召开党纪学习教育动员会，全体机关干部参加。", "鉴湖镇"),
    # an autonomous county, whose level stands past the place reader's reach
    (None, "主题教育开展以来，青岭瑶族自治县聚焦群众急难愁盼，扎实推进为民办实事。", "青岭瑶族自治县"),
    # 和 as a name's own character is no joiner
    (None, "4月8日，永和书院党总支中心组在会议室召开政治理论学习会议，党总支副书记李某主持。", "永和书院党总支中心组"),
    # a park or zone holding its own meeting
    ("青禾生物产业园召开警示教育会议", "7月8日下午，青禾生物产业园召开警示教育会议，传达学习有关精神。", "青禾生物产业园"),
    # 开发区 named only by its generic word; the invited speaker's body is a guest's
    ("开发区举办宣讲报告会",
     "为深入学习贯彻全会精神，12月18日下午，开发区举办宣讲报告会，市委宣讲团成员、市委宣传部副部长王某某受邀作专题宣讲。",
     "开发区"),
])
def test_round36_units(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected


@pytest.mark.parametrize("title, text", [
    # an agency's undated line (据新华社电) is no unit, nor its dispatch line opening the title
    ("两国外长将访华", "据新华社电 外事部门发言人王某某1日宣布，两国外长将于下周访华。"),
    ("新华社北京11月7日电题：紧贴基层特点——各地不断推进主题教育走深走实",
     "第二批主题教育启动以来，各地紧贴基层特点，推动主题教育走深走实。"),
    # 省市委: several levels' committees, none the subject; 学校 in a list of places reached is none
    ("联学共建活动在青溪启动",
     "党史学习教育开展以来，青溪深入贯彻中央和省市委决策部署，深入机关、学校、企业开展宣讲活动。"),
])
def test_round36_no_unit(title: str, text: str) -> None:
    assert unit(title, text) is None


# guards: nearby behaviour that must not change
@pytest.mark.parametrize("title, text, expected", [
    # a body joined by 和 to another is still a joint report
    (None, "5月6日，青石县委和青石县政府召开联席会议。", None),
    # a committee opening the sentence stays the unit
    (None, "6月3日，市委召开常委会议，传达学习有关精神。", "市委"),
    # a generic subject opening its clause still stands
    (None, "2月27日，公司召开党风廉政建设工作会议，传达上级会议精神。", "公司"),
    # a town named in the dictionary, and one whose name has 和 inside
    (None, "1月9日，太和县召开巡察工作动员会。", "太和县"),
    # a guest's post before 到会指导 still leaves the reporter's branch the unit
    (None, "3月6日，机关第七党支部召开组织生活会，机关党委书记王某某到会指导。", "机关第七党支部"),
])
def test_round36_guards(title: str | None, text: str, expected: str | None) -> None:
    assert unit(title, text) == expected


@pytest.mark.parametrize("text, place", [
    ("三和镇召开", "三和镇"),
    ("青岭瑶族自治县召开", "青岭瑶族自治县"),
    # counts and spans of places are no place
    ("三个镇召开", ""),
    ("两年区委", ""),
    ("一是县委", ""),
    ("根据县委", ""),
])
def test_round36_leading_place(text: str, place: str) -> None:
    assert text[:leading_place(text)] == place
