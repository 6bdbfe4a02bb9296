"""Organizations in reports of courts, farms, institutes, hospitals and
people's congresses: tribunals and farms named for a place, numbered
divisions, institutes written short, clinical departments, a congress's
working committees, venues used as the meeting's place, and an abbreviation
before 学术. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations

from lookups import extracted_org_names as names


def kinds(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # a tribunal or a farm named for a place is a body
    ("青石口法庭庭长、柳城法庭庭长先后发言。", ["青石口法庭", "柳城法庭"]),
    ("集团领导参加北郊农场和物业公司的民主生活会。", ["北郊农场", "物业公司"]),
    ("县法院青石口法庭党支部召开组织生活会。", ["县法院青石口法庭党支部"]),
    # a kind of tribunal or farm is none
    ("同学们走进模拟法庭，又参观了家庭农场。", []),
    ("发展休闲农场和生态农场。", []),
    ("他在法庭上作了陈述。", []),
])
def test_a_tribunal_or_a_farm_named_for_a_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a department stem, a section number, and the ending
    ("民事审判二庭庭长、刑事审判一庭副庭长参加。", ["民事审判二庭", "刑事审判一庭"]),
    ("综合三处党支部召开专题组织生活会。", ["综合三处党支部"]),
    # a number with no stem before it names nothing
    ("二庭庭长作了发言。", []),
])
def test_a_numbered_division_after_a_stem(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("植物所党委召开会议，古脊椎所领导班子成员参加。", ["植物所党委", "古脊椎所"]),
    ("省农科院微生物所召开民主生活会。", ["省农科院微生物所"]),
    # after a field the text could not mean an institute, 所 is the particle
    ("这是时代所赋予的责任，也是历史所决定的。", []),
    ("满足生物所需的养分。", []),
])
def test_an_institute_written_short_after_its_field(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("神经外科主任、消化内科护士长参加了会议。", ["神经外科", "消化内科"]),
    ("骨伤外科与呼吸内科党员一同参加。", ["骨伤外科", "呼吸内科"]),
    # the verb of having after a stop opens no name, one that opens a word does
    ("专家中，其中有肝胆外科王某。", ["肝胆外科"]),
    ("其中有色金属公司党委参加。", ["有色金属公司党委"]),
    # the specialty in a word for surgery or for its doctors names no department
    ("他是一名内科医生，擅长外科手术。", []),
])
def test_clinical_departments(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("区人大常委会人事代表工委召开会议。", [("区人大常委会人事代表工委", "unit")]),
    ("会议由代表人事工委主任主持。", [("代表人事工委", "unit")]),
    ("街道人大工委组织代表视察。", [("街道人大工委", "unit")]),
    ("市人大常委会预算工委主任出席。", [("市人大常委会预算工委", "unit")]),
    # the party's working committees keep their kind
    ("市直机关工委召开会议。", [("市直机关工委", "party_committee")]),
    # bare, the congress's committee is generic
    ("人大工委主任出席。", []),
])
def test_a_congress_working_committee_is_a_unit(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("支部在村史馆召开主题党日活动，随后参观了区博物馆。", []),
    ("党员们走进革命纪念馆重温入党誓词。", []),
    # written as the subject, the museum is a body
    ("区博物馆党支部召开组织生活会，区博物馆馆长主持。", ["区博物馆党支部", "区博物馆"]),
])
def test_a_venue_used_as_the_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("国科大学术副校长出席会议。", ["国科大"]),
    ("国科大学术委员会召开会议。", ["国科大学术委员会"]),
    ("北京大学学术委员会召开会议。", ["北京大学学术委员会"]),
])
def test_an_abbreviation_before_scholarship(text: str, expected: list[str]) -> None:
    assert names(text)[:1] == expected


@pytest.mark.parametrize("text, expected", [
    # numbered clinical departments after their field
    ("第二党支部下辖心内二科、肾内一科、重症医学科三个科室。", ["第二党支部", "心内二科", "肾内一科", "重症医学科"]),
    # a conjunction opening the clause is no part of the name
    ("虽然外科支部书记外出进修，支部工作没有停。", ["外科支部"]),
    ("因为党支部的工作扎实，群众满意。", []),
    # a district inside a name stays
    ("城南辖区派出所党支部召开会议。", ["城南辖区派出所党支部"]),
])
def test_clinical_sections_and_clause_openers(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("按照海关总署的部署，黄埔海关党委召开会议，学习青岛海关的经验。",
     ["海关总署", "黄埔海关党委", "青岛海关"]),
    # bare, counted or described, the customs is generic
    ("货物通过海关查验。", []),
    ("编写8篇海关故事，弘扬当代海关精神。", []),
])
def test_a_customs_house_named_for_its_port(text: str, expected: list[str]) -> None:
    assert names(text) == expected
