"""Organizations, round 25: rectification groups, 各 over kinds of body, verbs
before the reader's own body, democratic parties' committees written short,
level bodies written short.

- the campaign words of a rectification group (巡视反馈意见整改, 巡察反馈问题整改)
  no longer cut its name at the verbs 反馈 and 整改;
- 各 (每个) before a kind of body, after modifiers or over a 、 list, names
  none (各临床科室党支部, 各二级学院党委, 各教学、科研团队党支部);
- a clause's 会议, a meeting's business verb before 局党组 (研究|局党组理论学习
  中心组), 起草 and a verb read as a street (报道: 道) open no name; 我局党组 is
  the reader's 局党组;
- a democratic party's committee written short (市委会, 社市委, 市委|主委,
  九三学社|市委, 致公党|省委) is that party's committee, folded into its
  fullest name in the text, never the CPC's 市委;
- a level's body written short (县委常委会) folds into the one place-led name
  the text gives it (中共某某县委常委会); in a round-up of two places it stays.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_kinds as orgs_of
from reportmine.extract.organizations import extract_organizations


def counts(text: str) -> dict[str, int]:
    return {o.name: o.count for o in extract_organizations(text)}


@pytest.mark.parametrize("text, name", [
    ("县委成立巡视反馈意见整改工作领导小组,统筹推进整改。", "巡视反馈意见整改工作领导小组"),
    ("青岚县巡察反馈问题整改工作领导小组办公室召开调度会。", "青岚县巡察反馈问题整改工作领导小组办公室"),
    ("县委巡察反馈意见整改领导小组召开第二次会议。", "县委巡察反馈意见整改领导小组"),
    ("宁川市委巡视反馈问题整改工作专班召开推进会。", "宁川市委巡视反馈问题整改工作专班"),
])
def test_rectification_group_is_not_cut_at_feedback(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert not any(n.startswith(("工作领导小组", "整改")) for n in found)


@pytest.mark.parametrize("text", [
    "各临床科室党支部认真召开组织生活会。",
    "各生产车间党支部开展主题党日活动。",
    "各职能部门党支部书记参加培训。",
    "各二级学院党委要把整改落到实处。",
    "各附属医院党委书记作述职发言。",
    "各教学、科研团队党支部分别开展研讨。",
    "各临床、医技科室党支部开展义诊。",
    "各学院、研究院党委结合实际抓好落实。",
])
def test_every_body_of_a_kind_names_none(text: str) -> None:
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, name", [
    ("各党支部、宁川市委组织部有关同志参加会议。", "宁川市委组织部"),
    ("各单位、青岚县人民医院党委负责同志参加。", "青岚县人民医院党委"),
    ("教学团队第一党支部召开专题组织生活会。", "教学团队第一党支部"),
    ("科研团队党支部召开支部党员大会。", "科研团队党支部"),
    ("集团所属宏远物流公司党支部召开会议。", "宏远物流公司党支部"),
])
def test_named_bodies_near_a_determiner_stay(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize("text, name", [
    ("会议研究局党组理论学习中心组年度学习计划。", "局党组理论学习中心组"),
    ("我局党组高度重视巡察整改工作。", "局党组"),
    ("我院党委召开专题会议研究部署。", "院党委"),
    ("我局党组理论学习中心组开展集中学习。", "局党组理论学习中心组"),
    ("媒体报道青岚街道党工委的经验做法。", "青岚街道党工委"),
    # guards: a stop verb, and 我院 before a numbered branch (no type char kept)
    ("会议讨论了厅党组中心组专题学习安排。", "厅党组中心组"),
    ("简报刊发了我院第三临床党支部的经验做法。", "第三临床党支部"),
])
def test_verb_or_reader_mark_opens_no_name(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert not any(n != name and n.endswith(name) for n in found)


@pytest.mark.parametrize("text", [
    "党组书记主持起草党组对照检查材料。",
    "牵头起草党总支年度工作计划。",
])
def test_drafting_verb_before_the_readers_body_names_none(text: str) -> None:
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, full, count", [
    ("民盟青岚市委会召开专题民主生活会。市委主委周某某主持,市委副主委吴某某参加。", "民盟青岚市委会", 3),
    ("农工党宁川市委召开四届五次市委扩大会,全体市委委员参加。", "农工党宁川市委", 3),
    ("九三学社白石市委召开民主生活会,向各市委委员征求意见,社市委副主委郑某某发言。", "九三学社白石市委", 3),
    ("九三学社白石市委员会召开会议。郑某某代表九三学社市委领导班子作对照检查。", "九三学社白石市委员会", 2),
    ("致公党云岭省委召开全委会。省委副主委陈某某作报告。", "致公党云岭省委", 2),
])
def test_democratic_party_committee_written_short_is_the_partys(text: str, full: str, count: int) -> None:
    found = counts(text)
    assert found.get(full) == count
    assert not {"市委", "省委", "九三学社", "致公党", "社市委"} & set(found)


@pytest.mark.parametrize("text, kept", [
    # the CPC's committee in such a report stays its own: before 统战部, 市政府, or with 中共
    ("民革青岚市委会召开会议,围绕市委市政府中心工作建言献策。", "市委"),
    ("民盟宁川市委召开会议,市委统战部副部长李某某出席。", "市委统战部"),
    ("九三学社白石市委召开会议,中共白石市委统战部王某某到会。", "中共白石市委统战部"),
    # no committee of the party's level named: the short form stays as read
    ("民进青岚市委会召开会议,省委会秘书长冯某某出席。", "省委会"),
    # two parties' committees of one level: no one to fold into
    ("民革青岚市委会主委王某某、农工党青岚市委会主委陈某某出席,市委会领导参加。", "市委会"),
])
def test_cpc_committee_and_unresolved_short_forms_stay(text: str, kept: str) -> None:
    assert kept in orgs_of(text)


def test_democratic_party_name_opens_its_level_committee() -> None:
    assert orgs_of("致公党省委召开理论学习会。") == {"致公党省委": "party_committee"}


@pytest.mark.parametrize("text, full, count", [
    ("中共青岚县委常委会召开专题民主生活会。县委常委会班子成员逐一发言。", "中共青岚县委常委会", 2),
    ("白石县纪委监委召开会议。县纪委监委主要负责同志讲话。", "白石县纪委监委", 2),
])
def test_level_body_written_short_folds_into_its_place(text: str, full: str, count: int) -> None:
    found = counts(text)
    assert found.get(full) == count
    assert len(found) == 1


def test_level_body_of_two_places_stays_short() -> None:
    found = orgs_of("东岚区委常委会、西岭区委常委会分别召开会议。会议要求区委常委会带头整改。")
    assert {"东岚区委常委会", "西岭区委常委会", "区委常委会"} <= set(found)


@pytest.mark.parametrize("text, name", [
    # a news dateline's 电/讯 closes the dateline, opens no name
    ("新华社兰州6月3日电兰州军区召开党委会。", "兰州军区"),
    ("又讯浙江宏远建设集团党委召开会议。", "浙江宏远建设集团党委"),
    # an ending closing on 委 (民委) read first no longer cuts a committee (人民|委员会)
    ("青岚自治区人民委员会召开全体会议。", "青岚自治区人民委员会"),
    ("他当选为青岚县人民委员会委员。", "青岚县人民委员会"),
    # a newspaper's office is read whole
    ("青岚日报社副总编辑刘某某出席。", "青岚日报社"),
])
def test_news_datelines_and_overlapping_endings(text: str, name: str) -> None:
    assert set(orgs_of(text)) == {name} | ({"新华社"} if text.startswith("新华社") else set())


@pytest.mark.parametrize("text, name", [
    ("该委员会计算机中心负责人出席。", "计算机中心"),
    ("青岚县乡村振兴委员会成立,该委员会秘书处设在县农业农村局。", None),
    ("该行机关一支部召开会议。", "机关一支部"),  # guard: one character still refers back
])
def test_that_committee_refers_back_whole(text: str, name: str | None) -> None:
    found = orgs_of(text)
    assert not any(n.startswith("员会") for n in found)
    if name:
        assert name in found


@pytest.mark.parametrize("text, expected", [
    # a unit's party congress: the party's name opens the congress, not the unit
    ("中国共产党青岚大学第三次代表大会隆重开幕。", {"青岚大学"}),
    ("中共青岚县人民医院第一次党员代表大会召开。", {"青岚县人民医院"}),
    ("中国共产党武警青岚支队第二次代表大会召开。", {"武警青岚支队"}),
    # guard: the party's committee keeps its name
    ("中国共产党青岚县委员会召开全体会议。", {"中国共产党青岚县委员会"}),
])
def test_party_congress_of_a_unit(text: str, expected: set[str]) -> None:
    assert set(orgs_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("分党组书记、院长郑某某主持会议。", set()),  # bare, as generic as 党组
    ("青岚县人民法院分党组召开专题民主生活会。", {"青岚县人民法院分党组"}),
])
def test_a_courts_sub_group(text: str, expected: set[str]) -> None:
    assert set(orgs_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("郑某某代表分党委班子作对照检查,分党委委员逐一发言。", set()),
    ("青岚医学院分党委召开民主生活会。", {"青岚医学院分党委"}),
])
def test_a_schools_sub_committee(text: str, expected: set[str]) -> None:
    assert set(orgs_of(text)) == expected
