"""People and titles, round 25 (universities, state firms, hospitals, courts, street
offices, democratic parties, fire rescue and armed police units; reports with many
speakers and supervising-group members): one post written once after a 、 list of
bodies gives each body the post, a level's body written without its level included
(县纪委、监委副书记), a post in the list taking none (纪委、监察专员副书记) and an office
the bodies share kept with the post (县委、县政府督查室主任); a unit's short name that
ends its written-out name is no piece of the title (某某医院党委书记 -> 党委书记); the
heads of detachments and squads (支队长, 大队长), groups' heads written short
(指导组长), hospital grades (主任医师) and 专家组 are posts; a preposition after two
characters ends the name (黄某向与会人员); a 、 list of names holds an item with a
family name no list has; a name after a body closes at a comma before a titled item;
a transliterated name's neighbour in a list may be transliterated too.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import titles_and_org as people_of, titles_by_name as titles_of


@pytest.mark.parametrize("text, name, titles", [
    # a level's body written without the level the first body carries
    ("会议由青岭县纪委、监委副书记韩立群主持。", "韩立群", ["青岭县纪委副书记", "监委副书记"]),
    ("县纪委、监委副书记韩立群出席会议。", "韩立群", ["县纪委副书记", "监委副书记"]),
    # a post in the list is no body: the deputy's post is the bodies' only
    ("纪委、监察专员副书记祁文涛部署了全年任务。", "祁文涛", ["纪委副书记"]),
    ("县纪委、监察专员副书记祁文涛出席会议。", "祁文涛", ["县纪委副书记"]),
    # three bodies share one post
    ("会上，组织部、宣传部、统战部副部长苗晓川作了说明。", "苗晓川",
     ["组织部副部长", "宣传部副部长", "统战部副部长"]),
    # an office or group the bodies share goes with the post
    ("县委、县政府督查室主任柏云峰通报了督查情况。", "柏云峰", ["县委督查室主任", "县政府督查室主任"]),
    ("区委、区政府办公室副主任龚思远出席。", "龚思远", ["区委办公室副主任", "区政府办公室副主任"]),
    ("市纪委监委、市委组织部联合督导组组长甘建勋到会指导。", "甘建勋",
     ["市纪委监委联合督导组组长", "市委组织部联合督导组组长"]),
])
def test_one_post_after_a_list_of_bodies(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text, name, titles", [
    # guards: what the shared-post reading must leave as it was
    ("市委、市政府副秘书长蒲志恒出席。", "蒲志恒", ["市委副秘书长", "市政府副秘书长"]),
    ("会议由县纪委、县监委副书记邰春燕主持。", "邰春燕", ["县纪委副书记", "县监委副书记"]),
    ("纪委副书记、监察专员祁文涛部署了全年任务。", "祁文涛", ["纪委副书记", "监察专员"]),
    ("县委常委、组织部部长蒲志恒出席。", "蒲志恒", ["县委常委", "组织部部长"]),
    ("党委副书记、纪委书记、监察专员邰春燕主持会议。", "邰春燕", ["党委副书记", "纪委书记", "监察专员"]),
])
def test_chains_of_posts_stay(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text, name, titles, org", [
    ("青岭市第二人民医院党委书记葛文斌出席。", "葛文斌", ["党委书记"], "青岭市第二人民医院党委"),
    ("东陵分院党委副书记姚启航介绍了情况。", "姚启航", ["党委副书记"], "东陵分院党委"),
    ("生物与化学工程学院党委书记凌启明作交流发言。", "凌启明", ["党委书记"], "生物与化学工程学院党委"),
])
def test_a_unit_written_out_before_its_committee_is_no_piece_of_the_title(
        text: str, name: str, titles: list[str], org: str) -> None:
    assert people_of(text)[name] == (titles, org)


@pytest.mark.parametrize("text, name, titles", [
    # the short name opens the mention, or ends the generic word that stands for the unit
    ("院党委书记逄志远主持会议。", "逄志远", ["院党委书记"]),
    ("学院党委委员、纪委书记袁思博参加会议。", "袁思博", ["院党委委员", "纪委书记"]),
    ("会议由学校党委书记程立业主持。", "程立业", ["校党委书记"]),
    # 大学|校纪委: the characters before make a word of their own
    ("邀请南岭大学校纪委副书记赵启峰作报告。", "赵启峰", ["校纪委副书记"]),
])
def test_a_short_name_that_stands_for_the_unit_stays(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text, name, titles", [
    ("支队长谷志勇陪同检查。", "谷志勇", ["支队长"]),
    ("谷志勇支队长陪同督导。", "谷志勇", ["支队长"]),
    ("3月5日，邬海涛大队长带队开展夜查。", "邬海涛", ["大队长"]),
    ("副支队长伍立军深入大队检查。", "伍立军", ["副支队长"]),
    ("区卫健委第三指导组长沈建伟作点评。", "沈建伟", ["指导组长"]),
    ("科室党支部书记、主任医师杨宏图讲授专题党课。", "杨宏图", ["党支部书记", "主任医师"]),
    ("副主任医师庞晓雯作交流发言。", "庞晓雯", ["副主任医师"]),
    ("评审委员会专家组成员邢立德点评。", "邢立德", ["专家组成员"]),
])
def test_new_posts(text: str, name: str, titles: list[str]) -> None:
    assert titles_of(text)[name] == titles


@pytest.mark.parametrize("text, name, titles", [
    ("街道党工委副书记马骏向与会人员宣读了表彰决定。", "马骏", ["街道党工委副书记"]),
    ("局长黄翔于3月8日带队检查。", "黄翔", ["局长"]),
])
def test_a_preposition_after_the_name_is_no_given_character(text: str, name: str, titles: list[str]) -> None:
    found = titles_of(text)
    assert found.get(name) == titles
    assert not any(n.startswith(name) and n != name for n in found)


def test_a_name_ending_in_such_a_character_before_its_anchor_stays() -> None:
    assert "陈建任" in titles_of("书记陈建任同志出席。")


def test_a_listed_name_with_a_family_name_no_list_holds() -> None:
    found = titles_of("县领导冯志军、刘启明、宴立新、黄文英等出席会议。")
    assert {"冯志军", "刘启明", "宴立新", "黄文英"} <= set(found)
    titled = titles_of("市政协副主席郝文博、孟庆安、宴立新、祁有才出席会议。")
    assert titled["宴立新"] == ["政协副主席"]


@pytest.mark.parametrize("text", [
    "县领导冯志军、刘启明、各部门负责人参加。",
    "区领导冯志军、刘启明、全体干部参加。",
])
def test_a_list_item_that_is_no_name_stays_out(text: str) -> None:
    found = titles_of(text)
    assert not {"各部门", "全体干"} & set(found)


def test_a_name_after_a_body_closes_at_a_comma_before_a_titled_item() -> None:
    found = people_of("省市联合督导组董立晨，区联系领导徐广仁，区委第三督导组叶方圆等同志参加会议。")
    assert found["董立晨"] == ([], "省市联合督导组")
    assert found["徐广仁"][0] == ["联系领导"]


def test_an_untitled_name_after_a_body_before_a_clause_stays_out() -> None:
    assert "董立晨" not in titles_of("省市联合督导组董立晨，认为会议开得很好。")


def test_a_transliterated_name_listed_after_another() -> None:
    found = titles_of("外科医生罗伯托、威尔森，副会长许传林等出庭作证。")
    assert {"罗伯托", "威尔森", "许传林"} <= set(found)
