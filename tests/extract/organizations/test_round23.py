"""Organizations, round 23: bodies in department, university, hospital, bank,
procuratorate, inspection and 2024-2025 campaign reports. A meeting's verb or
a list of attendees before a body (会议选举|, 部署启动|, 同时套开|, 参会人员有|),
a body's departments referred to (区教育局相关科室: the bureau is named), an
office building (行政办公楼: no office), a general branch written without 党
(外科总支), a unit's one student or staff general branch (学生党总支), a
department whose field opens with 组织 (组织与人力资源处), the committee for the
next generation (关工委: a mass body), an election committee, the 2025 campaign
heading its groups (深入贯彻中央八项规定精神学习教育第五指导组), and a qualifier
before a list of ordinal branches (机关第一、第二党支部).

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.pipeline import analyze
from lookups import org_kinds as orgs_of


# -- a meeting's verb or a list of attendees opens no name ------------------------

@pytest.mark.parametrize("text, name, wrong", [
    ("大会选举青禾建工集团公司周某同志为联合党支部书记。", "青禾建工集团公司", "大会选举青禾建工集团公司"),
    ("会议部署启动经管学院离退休党委学习教育工作。", "经管学院离退休党委", "启动经管学院离退休党委"),
    ("当天同时套开理论学习中心组学习会。", "理论学习中心组", "套开理论学习中心组"),
    ("出席人员有药学院党委副书记钱某。", "药学院党委", "人员有药学院党委"),
])
def test_verb_or_attendee_list_before_a_body(text: str, name: str, wrong: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert wrong not in found


def test_election_committee_keeps_its_election() -> None:
    # (a guard: 选举 now ends a name, yet the committee it names stays whole)
    assert orgs_of("梅岭区选举委员会发布换届公告。") == {"梅岭区选举委员会": "unit"}


# -- a body's departments referred to: the body is named, the departments not ---

@pytest.mark.parametrize("text, name", [
    ("市财政局相关科室负责人共12人参加。", "市财政局"),
    ("省卫健委有关处室负责人列席会议。", "省卫健委"),
])
def test_related_departments_leave_the_body(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert not any(n.endswith(("科室", "处室")) for n in found)


# -- an office building is no office ---------------------------------------------

@pytest.mark.parametrize("text", [
    "在综合办公楼三楼会议室召开党委扩大会。",
    "会议在行政办公大楼第二会议室举行。",
])
def test_office_building_is_no_office(text: str) -> None:
    assert not any(n.endswith("办") for n in orgs_of(text))


# -- a general branch written without 党; a unit's student or staff general branch --

@pytest.mark.parametrize("text, name", [
    ("近日,内科总支利用午休时间召开支部建设推进会。", "内科总支"),
    ("机关总支书记罗某主持会议。", "机关总支"),
    ("4月2日,学生党总支召开研究生党支部书记座谈会。", "学生党总支"),
    ("教工党总支书记严某作专题党课。", "教工党总支"),
])
def test_general_branch(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "branch"


# (guards: the new endings and qualifiers name nothing here)
@pytest.mark.parametrize("text", [
    "全年总支出比上年下降8%。",
    "各学生党总支要认真组织学习。",
    "学院各教工党总支书记参加会议。",
])
def test_no_general_branch_named(text: str) -> None:
    assert not any(n.endswith("总支") for n in orgs_of(text))


def test_student_general_branch_is_the_reporting_unit() -> None:
    text = ("学生党总支召开研究生党支部党建工作座谈会\n"
            "5月8日下午,学生党总支在教学楼会议室召开研究生党支部党建工作座谈会,"
            "各研究生党支部书记参加会议。")
    assert analyze(text).unit == "学生党总支"


# -- a department whose field opens with 组织; the committee for the next generation --

def test_organization_and_personnel_department_is_whole() -> None:
    found = orgs_of("学校党委委员、组织与人力资源处处长邵某出席会议。")
    assert "组织与人力资源处" in found
    assert "人力资源处" not in found


@pytest.mark.parametrize("text, name", [
    ("会议研究了学院关工委和团委的协作事项。", "学院关工委"),
    ("县关心下一代工作委员会召开年度工作会议。", "县关心下一代工作委员会"),
])
def test_next_generation_committee_is_a_mass_body(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "association"


# -- the 2025 campaign heads its groups -------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("市委深入贯彻中央八项规定精神学习教育第三指导组组长杭某到会指导。",
     "市委深入贯彻中央八项规定精神学习教育第三指导组", "inspection_group"),
    ("区委深入贯彻中央八项规定精神学习教育领导小组召开第二次会议。",
     "区委深入贯彻中央八项规定精神学习教育领导小组", "leading_group"),
])
def test_eight_point_campaign_heads_its_groups(text: str, name: str, kind: str) -> None:
    assert orgs_of(text).get(name) == kind


# -- a qualifier before a list of ordinal branches --------------------------------

@pytest.mark.parametrize("text, names", [
    ("机关第一、第二党支部联合开展主题党日活动。", ["机关第一党支部", "机关第二党支部"]),
    ("离退休第一、第二、第三党支部召开联合党员大会。",
     ["离退休第一党支部", "离退休第二党支部", "离退休第三党支部"]),
    ("教工第一、第二党支部共同开展志愿服务。", ["教工第一党支部", "教工第二党支部"]),
])
def test_lead_qualifies_every_ordinal_member(text: str, names: list[str]) -> None:
    found = orgs_of(text)
    assert all(found.get(n) == "branch" for n in names)
    assert "第一党支部" not in found


# (a guard: a whole body before the list stays apart, as before)
@pytest.mark.parametrize("text, body", [
    ("机关党委第一、第二党支部召开会议。", "机关党委"),
    ("县委第一、第二巡察组同日进驻。", "县委"),
])
def test_whole_body_before_ordinal_list_stays_its_own(text: str, body: str) -> None:
    found = orgs_of(text)
    assert body in found
    assert not any(n.startswith(body + "第") for n in found)
