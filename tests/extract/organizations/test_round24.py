"""Organizations, round 24: universities' institutes, democratic parties,
armed police and military units, bodies written side by side.

- a class word of a name (高等) ends in a stop character (等) and no longer
  cuts the name (某大学苏州高等研究院党委, 高等教育研究中心);
- level bodies written without a separator split into their bodies
  (省委市委, 市人大市政协, 市委组织部市委宣传部), as 县委县政府 already did;
- a joint party body takes no other party body as a member (甲联合党支部和
  乙联合党支部 are two branches);
- a party's name and a term before 中央委员会 belong to it (中国共产党第十届
  中央委员会, 民进第十届中央委员会);
- a democratic party's 市委会/省委会 written without the party, in a report
  that names the party, keeps its 会 (市委会主委) and is not the CPC's 市委;
- a post closing a committee's short name (基层委员会|副主委) is the person's,
  a meeting's ordinal (十五次) ends a name, a count of places (四个区) names
  none, 全体委员 holds no sports commission (体委);
- armed forces: 某部 (an anonymized unit), 政治工作部, 军分区, 警备区, and
  the numeral 〇 inside a unit's number (第九〇一医院).

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_kinds as orgs_of


@pytest.mark.parametrize("text, name", [
    ("3月2日,东岚大学苏州高等研究院党委理论学习中心组召开集中学习会。",
     "东岚大学苏州高等研究院党委理论学习中心组"),
    ("东岚大学宁川高等研究院党委召开专题民主生活会。", "东岚大学宁川高等研究院党委"),
    ("高等教育研究中心党员参加了会议。", "高等教育研究中心"),
])
def test_class_word_ending_in_a_stop_keeps_the_name(text: str, name: str) -> None:
    assert name in orgs_of(text)


def test_etc_after_names_still_cuts() -> None:
    assert orgs_of("张某某、李某某等同志参加会议。") == {}


@pytest.mark.parametrize("text, names", [
    ("省委市委高度重视主题教育。", {"省委", "市委"}),
    ("县委县纪委联合部署。", {"县委", "县纪委"}),
    ("市人大市政协领导出席。", {"市人大", "市政协"}),
    ("县委县政府县人大县政协班子成员参加。", {"县委", "县政府", "县人大", "县政协"}),
    ("市委市政府市纪委联合发文。", {"市委", "市政府", "市纪委"}),
    ("市委组织部市委宣传部联合印发通知。", {"市委组织部", "市委宣传部"}),
])
def test_level_bodies_side_by_side_split(text: str, names: set[str]) -> None:
    assert set(orgs_of(text)) == names


@pytest.mark.parametrize("text, name", [
    ("建设银行省分行党委召开会议。", "建设银行省分行党委"),
    ("中共青岚市委组织部召开部务会。", "中共青岚市委组织部"),
    ("和顺里社区党支部召开组织生活会。", "和顺里社区党支部"),
])
def test_one_body_with_a_level_inside_stays_whole(text: str, name: str) -> None:
    assert name in orgs_of(text)


def test_joint_branches_joined_by_he_are_two() -> None:
    found = orgs_of("物理系党支部拆分为光学联合党支部和声学联合党支部。")
    assert found.get("光学联合党支部") == "branch"
    assert found.get("声学联合党支部") == "branch"
    assert not any("和" in n for n in found)


def test_joint_committee_still_takes_its_member_schools() -> None:
    assert "数学学院、统计学院联合党委" in orgs_of("数学学院、统计学院联合党委召开会议。")


@pytest.mark.parametrize("text, name", [
    ("会议学习了中国共产党第十届中央委员会第三次全体会议公报精神。", "中国共产党第十届中央委员会"),
    ("中共十九届中央委员会第六次全体会议召开。", "中共十九届中央委员会"),
    ("民进第十届中央委员会召开常委会议。", "民进第十届中央委员会"),
    ("九三学社第十五届中央委员会作出部署。", "九三学社第十五届中央委员会"),
])
def test_party_and_term_belong_to_the_central_committee(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "party_committee"


def test_term_alone_names_no_party() -> None:
    assert set(orgs_of("第十届中央委员会召开会议。")) == {"中央委员会"}


@pytest.mark.parametrize("text, name", [
    # (round 25: where the text names the party's committee of that level, the
    # short form is folded into that fullest name; see organizations/test_round25.py)
    ("民盟青岚市委会召开全委会议,市委会主委周某某主持。", "民盟青岚市委会"),
    ("民建宁川市委召开学习会。市委会专职副主委吴某某参加。", "民建宁川市委"),
    ("民进白石市委会召开会议,省委会秘书长郑某某出席。", "省委会"),
    ("九三学社青岚市委员会举办培训班。社市委会委员参加。", "九三学社青岚市委员会"),
])
def test_democratic_party_committee_written_short_keeps_hui(text: str, name: str) -> None:
    found = orgs_of(text)
    assert found.get(name) == "party_committee"
    assert "市委" not in found  # never the CPC's committee


@pytest.mark.parametrize("text", [
    "人民进一步增强获得感,市委会同市政府研究部署。",
    "民盟青岚市委召开会议。会后在市委会议室座谈。",
])
def test_cpc_committee_before_hui_words_stays_shiwei(text: str) -> None:
    found = orgs_of(text)
    assert "市委会" not in found


def test_post_after_a_committee_is_no_section() -> None:
    found = orgs_of("民革青岚区基层委员会副主委陈某某、民革白石区基层委员会主委杨某某参加会议。")
    assert set(found) == {"民革青岚区基层委员会", "民革白石区基层委员会"}


def test_all_members_hold_no_sports_commission() -> None:
    assert orgs_of("全体委员、主委、副主委参加会议。") == {}


def test_meeting_ordinal_ends_the_name() -> None:
    found = orgs_of("会议通报了民建宁川市委会十届十五次市委会议内容。")
    assert "民建宁川市委会" in found
    assert not any("十五次" in n for n in found)


def test_counted_places_name_no_committee() -> None:
    assert orgs_of("会议听取了东湾、西湾、南湾三个区基层委员会的汇报。") == {}


@pytest.mark.parametrize("text", [
    "支部要争创特色支部和优秀支部。",
    "选举产生新一届党的委员会和纪律检查委员会。",
])
def test_kinds_of_body_name_none(text: str) -> None:
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, name", [
    ("某部政治部主任刘某某参加会议。", "某部政治部"),
    ("武警青岚总队政治工作部召开党史学习教育动员会。", "武警青岚总队政治工作部"),
    ("青岚省军区政治工作局召开会议。", "青岚省军区政治工作局"),
    ("宁川军分区党委召开民主生活会。", "宁川军分区党委"),
    ("白石警备区召开会议。", "白石警备区"),
    ("联勤保障部队第九〇六医院党委召开专题民主生活会。", "联勤保障部队第九〇六医院党委"),
])
def test_armed_forces_units(text: str, name: str) -> None:
    assert name in orgs_of(text)


def test_political_work_as_a_phrase_names_nothing() -> None:
    assert orgs_of("要加强思想政治工作部署。") == {}
