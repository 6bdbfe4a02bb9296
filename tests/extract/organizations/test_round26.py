"""Organizations and the reporting unit, round 26: determiners and pronouns
before bodies, meetings and verbs before the reader's own unit, venues,
ministries named in a post, stops inside a name, short branch forms.

- 本 before the reader's own unit's type behaves as 我 (本局党组 -> 局党组,
  本院第一党支部 -> 第一党支部), and a type opening a noun keeps it (本|校区党委);
- 各 (每个) before a level's own body (各镇党委, 各县委, 各县纪委监委,
  各市委组织部) names none; before 委员 it counts one committee's members;
- the meeting 此次/本次 opens (此次民主生活会|学院领导班子) is no part of a body;
- verbs jieba tags as nouns or adjectives (丰富, 重塑, 投身, 共话) open no name;
- a city's 行政中心 is a building;
- a minister's post after two field nouns names the ministry (文化遗产部长);
- a stop opening a proper noun with the one character left belongs to the
  name (和平支部, not 平支部);
- a village's short 支部 folds into the one place-led name (魏楼村支部 into
  官桥镇魏楼村党支部);
- units: a body whose counted or every parts act (某中学党支部的三个党小组分别
  召开…) is the unit; a title subject ending in 团 holds its meeting.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import org_kinds as orgs_of
from lookups import unit_found as unit
from reportmine.extract.organizations import extract_organizations


@pytest.mark.parametrize("text, name", [
    ("本局党组召开巡察整改专题民主生活会。", "局党组"),
    ("会议由本局党组书记柳某某主持。", "局党组"),
    ("本院第一党支部开展主题党日活动。", "第一党支部"),
    ("本局机关第二党支部召开组织生活会。", "机关第二党支部"),
    ("本院党委高度重视整改工作。", "院党委"),
    # the unit's type opening a noun: only 本/我 goes
    ("本校区党委召开专题会议。", "校区党委"),
])
def test_ben_before_the_readers_unit_is_as_wo(text: str, name: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert not any(n != name and n.endswith(name) for n in found)


@pytest.mark.parametrize("text, name", [
    # guards: 我 as before, and a body with a name of its own
    ("我局党组召开专题会议。", "局党组"),
    ("我院第一党支部开展学习。", "第一党支部"),
    ("青岚县财政局党组召开会议。", "青岚县财政局党组"),
])
def test_wo_and_named_bodies_stay(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize("text", [
    "各镇党委要把整改责任扛在肩上。",
    "各县委要结合实际抓好落实。",
    "各区委、各部门要认真贯彻。",
    "各县纪委监委要强化监督。",
    "各市委组织部要做好统筹。",
    "每个乡党委都要建立台账。",
])
def test_every_level_body_names_none(text: str) -> None:
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, name", [
    # a level body named on its own beside a determiner's list
    ("县委、各镇党委参加会议。", "县委"),
    ("各部门、县委办公室负责人参加会议。", "县委办公室"),
    # 各 before 委员 counts one committee's members: the party's committee stays named
    ("九三学社白石市委召开民主生活会,向各市委委员征求意见。", "九三学社白石市委"),
])
def test_level_bodies_beside_a_determiner_stay(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize("text", [
    "点评指出,此次民主生活会学院领导班子高度重视、准备充分。",
    "专家表示,本次大会学校高度重视、精心组织。",
    "这次组织生活会公司党支部书记带头查摆问题。",
])
def test_the_meeting_this_occasion_opens_is_no_body(text: str) -> None:
    found = orgs_of(text)
    assert not any("会" in n for n in found)


def test_a_body_named_past_the_meeting_stays() -> None:
    assert "青岚市委组织部" in orgs_of("此次会议青岚市委组织部高度重视。")


@pytest.mark.parametrize("text", [
    "开拓中外合作办学项目,丰富学院办学层次。",
    "在提升贡献度中重塑学院形象、彰显学科价值。",
    "引导党员干部积极投身分公司的改革发展。",
    "统一战线人士共话学校发展蓝图。",
])
def test_verbs_jieba_tags_otherwise_open_no_name(text: str) -> None:
    assert orgs_of(text) == {}


def test_a_body_after_such_a_verb_stays() -> None:
    assert "县文化馆" in orgs_of("丰富县文化馆藏品。")


@pytest.mark.parametrize("text, kept", [
    ("民建青岚市委会议在市行政中心召开。", "民建青岚市委"),
    ("民进宁川市委在行政中心会议室召开会议。", "民进宁川市委"),
])
def test_administrative_centre_is_a_building(text: str, kept: str) -> None:
    found = orgs_of(text)
    assert kept in found
    assert not any(n.endswith("行政中心") for n in found)


def test_an_administrative_service_centre_is_a_body() -> None:
    assert "青岚市行政服务中心" in orgs_of("青岚市行政服务中心召开会议。")


@pytest.mark.parametrize("text, name", [
    ("副总理兼文化遗产部长某某出席开幕式。", "文化遗产部"),
    ("以产业资源部长官为团长的代表团抵达。", "产业资源部"),
])
def test_a_ministers_post_names_a_ministry_of_two_fields(text: str, name: str) -> None:
    assert name in orgs_of(text)


@pytest.mark.parametrize("text", [
    "他出版了一部长篇小说。",
    "全体党员干部长期坚持学习。",
    # a verb among the fields makes a phrase, no ministry
    "副总理兼土地开发部长某某宣布。",
])
def test_no_ministry_without_two_field_nouns(text: str) -> None:
    assert orgs_of(text) == {}


@pytest.mark.parametrize("text, name, cut", [
    ("近日,柳岸镇青松社区和平支部委员会召开党员大会。", "和平支部委员会", "平支部委员会"),
    ("与和平支部开展结对共建。", "和平支部", "平支部"),
])
def test_a_stop_opening_a_proper_noun_stays_in_the_name(text: str, name: str, cut: str) -> None:
    found = orgs_of(text)
    assert name in found
    assert cut not in found


def test_a_conjunction_before_two_characters_of_a_name_stays_out() -> None:
    # (the rule takes a stop in only before a single character: 平安 is a name of its own)
    assert not any(n.startswith("和") for n in orgs_of("机关和平安支部开展共建。"))
    assert "县委" in orgs_of("党委和县委联合开展调研。")
    # a level after 和 is the conjunction's, though 和县 is a county's name
    assert "县妇联" in orgs_of("会议审议了县总工会党组的请示和县妇联的报告。")


def test_a_villages_short_branch_folds_into_its_place_led_name() -> None:
    text = "石门镇柳湾村党支部召开专题组织生活会。柳湾村支部书记周某某主持会议。"
    [org] = extract_organizations(text)
    assert org.name == "石门镇柳湾村党支部"
    assert org.aliases == ["柳湾村支部"]
    assert {text[s:e] for s, e in org.spans} == {org.name, "柳湾村支部"}


def test_a_short_branch_of_two_towns_villages_stays() -> None:
    text = "石门镇柳湾村党支部、青山镇柳湾村党支部召开会议。柳湾村支部书记周某某主持。"
    assert "柳湾村支部" in orgs_of(text)


@pytest.mark.parametrize("title, text, expected", [
    (None, "(通讯员 刘某)10月28日下午,曙光中学党支部的三个党小组分别召开了专题学习会。", "曙光中学党支部"),
    (None, "（记者 王某）近日，青岚县财政局的各党支部召开专题组织生活会。", "青岚县财政局"),
    (None, "（记者 王某）近日，青岚县财政局的两个党支部分别召开专题组织生活会。", "青岚县财政局"),
])
def test_a_body_whose_parts_meet_is_the_unit(title, text, expected) -> None:
    assert unit(title, text) == expected


def test_a_possessive_body_alone_is_no_subject() -> None:
    assert unit(None, "（记者 王某）近日，青岚县财政局的领导到柳树村参加了村里的会议。") != "青岚县财政局"


def test_a_regiment_in_the_title_is_the_unit() -> None:
    title = "高炮师二团召开党委扩大会议"
    text = "10月9日,预备役高炮师二团召开党委扩大会议。青岚区委书记、高炮二团党委第一书记周某某参加会议。"
    assert unit(title, text) == "高炮师二团"


@pytest.mark.parametrize("text, name", [
    ("5月24日,包装与印刷工程学院学生党支部召开主题党日活动。", "包装与印刷工程学院学生党支部"),
    ("控制与计算机工程学院党委召开专题会议。", "控制与计算机工程学院党委"),
])
def test_a_verb_opening_its_clause_is_the_first_joined_field(text: str, name: str) -> None:
    assert name in orgs_of(text)


def test_a_verb_after_name_characters_stays_out_of_a_joined_name() -> None:
    found = orgs_of("积极参与包装与印刷工程学院建设。")
    assert "印刷工程学院" in found
    assert not any(n.startswith(("包装", "与")) for n in found)


def test_a_cadres_rank_closes_no_place() -> None:
    title = "2024年上半年全市纪检监察机关监督检查情况"
    text = "2024年上半年,全市纪检监察机关共立案210件,处分198人。处分县处级干部4人,乡科级干部31人。"
    assert unit(title, text) != "处分县"


@pytest.mark.parametrize("text, name", [
    ("区主题教育领导小组第三联络组相关同志列席指导。", "区主题教育领导小组第三联络组"),
])
def test_a_liaison_group_is_a_supervising_group(text: str, name: str) -> None:
    assert orgs_of(text).get(name) == "inspection_group"


def test_a_liaison_group_attending_is_no_unit() -> None:
    title = "我镇召开主题教育调研成果交流会"
    text = "近日,我镇召开主题教育调研成果交流会,区主题教育领导小组第三联络组相关同志列席指导,镇党委书记周某某主持。"
    assert unit(title, text) != "区主题教育领导小组"
