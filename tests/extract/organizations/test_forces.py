"""Organizations of round 20: armed forces written as a proper name, a short
form defined in brackets after the full name, bodies of every level
(两级院党组, 各级税务局党委) and levels listed before one whole name
(省、市教育整顿工作领导小组). Sentences invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations

from lookups import extracted_org_names as names


def kinds(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # an army known by its name is a unit, bare or after a known part
    ("支部党员重温了八路军和新四军的抗战历史。", [("八路军", "unit"), ("新四军", "unit")]),
    ("讲解员讲述了红军长征途中的感人故事。", [("红军", "unit")]),
    ("大家参观了红四方面军将领纪念馆。", [("红四方面军", "unit")]),
    ("党员们沿着当年红军走过的山路重走长征路。", [("红军", "unit")]),
    # a surname or one character before it makes a person or a veteran
    ("会议由支部书记王红军主持。", []),
    ("主任李红军、委员陈海军参加会议。", []),
    ("支部邀请老红军讲党课。", []),
])
def test_an_army_known_by_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a service with its country, China or an army before it is a body
    ("英国海军和日本空军的舰机参加了演习。", ["英国海军", "日本空军"]),
    ("他曾在解放军海军服役。", ["解放军海军"]),
    # the bare service is generic
    ("他毕业后参加了海军，后来转到空军。", []),
])
def test_a_service_needs_its_owner(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a unit's department, and 某 before a formation in an anonymized unit
    ("教导团政治处主任作了讲评。", ["教导团政治处"]),
    ("某旅政治部和武警某总队的同志参加了座谈。", ["某旅政治部", "武警某总队"]),
    # 某 before no formation stays a determiner
    ("某些支部的学习流于形式。", []),
])
def test_a_units_department_and_anonymized_units(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("中华全国妇女联合会（全国妇联）发出通知。", ["中华全国妇女联合会"]),
    ("中国人民政治协商会议全国委员会（全国政协）召开会议。", ["中国人民政治协商会议全国委员会"]),
    # a bracket naming another body is no short form
    ("市委（县委）分别召开会议。", ["市委", "县委"]),
])
def test_a_short_form_in_brackets_is_the_same_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies of every level, none named
    ("会议要求两级院党组扛起主体责任。", []),
    ("全市各级税务局党委要抓好整改。", []),
    ("上下级院党组要加强沟通。", []),
    ("各级检察院党组开展专题学习。", []),
    # a named one stays
    ("市税务局党委召开专题会议。", ["市税务局党委"]),
    ("我院党政办党支部召开组织生活会。", ["党政办党支部"]),
])
def test_bodies_of_every_level_are_generic(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议传达了省、市政法队伍教育整顿领导小组的部署。",
     ["省政法队伍教育整顿领导小组", "市政法队伍教育整顿领导小组"]),
    ("在省、市、县纪委的指导下开展工作。", ["省纪委", "市纪委", "县纪委"]),
    # a level that closes a word (全省) is no member
    ("全省、市教育局联合发文。", ["市教育局"]),
])
def test_levels_listed_before_one_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("神经所党委召开专题组织生活会。", ["神经所党委"]),
    ("上海神经所党委书记出席。", ["上海神经所党委"]),
])
def test_an_institute_written_short_before_its_committee(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a localizer closing a clause before the bare branch ending names no branch
    ("学习结束后支部书记作了总结。", []),
    ("会前支部委员开展了谈心谈话。", []),
    ("机关后勤支部召开组织生活会。", ["机关后勤支部"]),
    # a part of a month opens no name
    ("按照5月下旬县委的部署，支部开展学习。", ["县委"]),
    # a party's history hall is the event's place
    ("支部党员赴民盟盟史馆参观学习。", []),
])
def test_clause_words_before_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected
