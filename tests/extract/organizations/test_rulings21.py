"""Organizations of round 21: a named place's bureau written short (青山县局),
a place's committee and government written as one phrase (桃源镇党委政府,
平川县委县政府), a democratic party's committee with its 会 (民盟江州市委会),
a place chain whose level opens a title (江州市长乐区), and a bureau's other
legal form in brackets inside a name (烟草专卖局(公司)党组). Sentences
invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations

from lookups import extracted_org_names as names


def kinds(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # a named place and its level before a short 局: that place's own bureau
    ("青山县局召开党史学习教育专题组织生活会。", [("青山县局", "unit")]),
    ("会议传达了江州市局党组的部署要求。", [("江州市局党组", "party_group")]),
    ("按照云岭省局的要求，支部认真开展自查。", [("云岭省局", "unit")]),
    # no place named: the bare short bureau stays generic
    ("市局召开会议，县局班子成员参加。", []),
    ("全市局系统党员干部参加学习。", []),
])
def test_a_named_places_short_bureau(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a place's committee and government in one phrase: two bodies of that place
    ("桃源镇党委政府高度重视巡察整改工作。",
     [("桃源镇党委", "party_committee"), ("桃源镇政府", "unit")]),
    ("平川县委县政府召开专题会议。", [("平川县委", "party_committee"), ("平川县政府", "unit")]),
    ("支部紧扣平川县委、县政府中心工作。", [("平川县委", "party_committee"), ("平川县政府", "unit")]),
    # no place named: none for the joint phrase
    ("以镇党委政府为中心开展工作。", []),
    ("紧紧围绕上级党委政府的部署。", []),
    # a bare pair of levels stays as read; another level is another body
    ("县委、县政府主要领导出席。", [("县委", "party_committee"), ("县政府", "unit")]),
    ("平川县委、市政府", [("平川县委", "party_committee"), ("市政府", "unit")]),
])
def test_a_places_committee_and_government(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("民盟江州市委会召开专题会议。", ["民盟江州市委会"]),
    ("九三学社云岭省委会主委出席会议。", ["九三学社云岭省委会"]),
    ("出席民盟省委会全体会议的代表。", ["民盟省委会"]),
    # 会议, 会同 after the committee: the 会 opens another word
    ("民盟江州市委会议室", ["民盟江州市委"]),
    ("平川县委会同县政府研究部署。", ["平川县委", "县政府"]),
    # no democratic party before it: the committee of the place, without 会
    ("在市委会上作了发言。", ["市委"]),
])
def test_a_democratic_partys_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 市长 read across two place segments does not cut the chain
    ("江州市长乐区税务局召开党委会。", ["江州市长乐区税务局"]),
    ("国家税务总局江州市长乐区税务分局第一党支部召开组织生活会。", ["国家税务总局江州市长乐区税务分局第一党支部"]),
    # a title after a level with no place before it still cuts
    ("副市长安排区委落实整改。", ["区委"]),
])
def test_a_title_inside_a_place_chain(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("云岭省烟草专卖局(公司)党组召开民主生活会。", ["云岭省烟草专卖局(公司)党组"]),
    ("省局（公司）第二督导组到会指导。", ["省局（公司）第二督导组"]),
    # a bracket that holds no unit's ending, or follows no body, is not crossed
    ("市委（县委）召开会议。", ["市委", "县委"]),
    ("全体党员（公司）参加学习。", []),
])
def test_a_bracketed_legal_form_inside_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the office of the campaign's own group is as unnamed as the bare group
    ("领导小组办公室全体成员列席会议。", []),
    ("县委主题教育领导小组办公室主任主持会议。", ["县委主题教育领导小组办公室"]),
    # a field's body after a whole area: every such body of the area
    ("全市烟草公司系统各单位开展自查。", []),
    ("全省公安机关开展专项整治。", []),
    ("支部书记到江州市烟草公司调研。", ["江州市烟草公司"]),
    # a bracket listing another kind of school is not crossed
    ("各中小学校(幼儿园)党支部书记参加培训。", []),
])
def test_generic_offices_and_systems(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an activity centre after a locative is the event's place; the body before it stays
    ("座谈会在省文化厅老干部活动中心举行。", ["省文化厅"]),
    ("全体党员赴市青少年活动中心开展志愿服务。", []),
    ("县老干部活动中心党支部召开组织生活会。", ["县老干部活动中心党支部"]),
])
def test_an_activity_centre_as_the_events_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a preposition opening a word the dictionary lists as a given name (向海) is no place's start
    ("区委第一巡察组向海珠区卫生健康局党组反馈了巡察意见。", ["区委第一巡察组", "海珠区卫生健康局党组"]),
    ("和平街道向阳里社区党委召开会议。", ["和平街道向阳里社区党委"]),
    # the bureaus of the government reform are department stems: the place chain holds
    ("巡察组对江州市生态环境局平安分局党组开展了巡察。", ["江州市生态环境局平安分局党组"]),
    ("县医疗保障局、县退役军人事务局召开联席会议。", ["县医疗保障局", "县退役军人事务局"]),
])
def test_place_chains_and_reform_bureaus(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a working group with nothing before it is a kind
    ("局党组成立了整改工作领导小组。", ["局党组"]),
    ("成立了巡察整改工作领导小组。", ["巡察整改工作领导小组"]),
    ("法制委员会、代表工作委员会要各负其责。", ["法制委员会", "代表工作委员会"]),
    # 组织部署 and 宣传部署 are the verb 部署
    ("班子直接组织部署、协调推动整改。", []),
    ("县委组织部部署开展专项整治。", ["县委组织部"]),
    # a date's word (月份) opens no name
    ("支部举行了11月份支部主题党日活动。", []),
    ("3月份第一党支部召开组织生活会。", ["第一党支部"]),
    ("会议总结了2022年内科党支部的工作。", ["内科党支部"]),
    # counts and kinds before an ending name no body
    ("三方党支部书记参加签约。", []),
    ("三所高校档案馆党支部定期开展共建。", []),
    ("两校档案馆加强交流。", []),
    # a one-character verb after a conjunction or a clause's boundary opens no name
    ("支部研究通过并报局党委同意。", ["局党委"]),
    ("书记介绍准备情况、作党支部书记述职报告。", []),
    ("，作协党组召开会议。", ["作协党组"]),
])
def test_kinds_counts_dates_and_verbs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare kind in brackets after a name says what the body serves, and names no second body
    ("机关第二十四党支部(档案馆)与兄弟支部开展共建。", ["机关第二十四党支部"]),
    ("中国人民政治协商会议全国委员会（全国政协）召开会议。", ["中国人民政治协商会议全国委员会"]),
])
def test_a_bare_kind_in_brackets(text: str, expected: list[str]) -> None:
    assert names(text) == expected
