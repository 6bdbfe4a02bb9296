"""find_unit, round 40: a pronoun before a generic branch (我院教工党支部) gives
the branch under the generic word; a visiting group that inspects a unit
named right after it (巡察组巡察某局党组…动员会) or comes to a place written
without its level (来某地督查) gives the visited unit; a source label
(来源：某社), a meeting of post holders (办公室主任联席会) and a name the
extractor split after an object (省委|某工委) give no subject; a body's own
generic part after 、 (某县政协党组、机关党组…) keeps the report one unit's;
a field pair joined by 与 (材料物理与化学党支部) is one name; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("text, expected", [
    ("3月10日下午，我院教工党支部在学院会议室举行政治理论学习会。会议由学院教工支部书记李某某主持。",
     "学院教工党支部"),
    ("11月7日晚，我院学生支部在明理楼召开党员大会。学院党总支书记王某某参会。", "学院学生支部"),
    ("3月20日，我系党总支在外语楼召开学习教育动员会议，党总支书记孙某某主持。", "系党总支"),
])
def test_pronoun_before_a_generic_branch_gives_the_branch(text: str, expected: str) -> None:
    """我院/我系 opening a generic branch: the branch is the most specific unit named."""
    assert unit(None, text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a pronoun or generic word alone stays the generic word; a round-up after 各 stays null
    ("3月10日，我院召开党风廉政建设工作会议。学院党委书记李某某主持。", "学院"),
    ("近日，公司各党支部纷纷开展主题党日活动。", None),
])
def test_generic_word_without_a_branch_is_unchanged(text: str, expected: str | None) -> None:
    assert unit(None, text) == expected


@pytest.mark.parametrize("title, text, expected", [
    ("县委第二巡察组巡察县科协党组工作动员会召开",
     "9月1日，县委第二巡察组巡察县科协党组工作动员会召开。县科协党组书记王某某主持会议。", "县科协党组"),
    ("校党委第一巡察组召开巡察青禾学院党委工作动员会",
     "11月5日下午，校党委第一巡察组巡察青禾学院党委工作动员会在明德楼召开。", "青禾学院党委"),
])
def test_group_inspecting_a_unit_named_right_after_it(title: str, text: str, expected: str) -> None:
    """巡察组巡察X / 巡察组召开巡察X…动员会: the mobilizing meeting is X's."""
    assert unit(title, text) == expected


def test_group_holding_its_own_meeting_stays_the_unit() -> None:
    """Guard: a group's own meeting, with no unit named after the inspection word, stays its own."""
    text = "6月3日，省委第五督导组召开督导工作联席会议。"
    assert unit(None, text) == "省委第五督导组"


def test_group_coming_to_a_place_without_its_level() -> None:
    """督查组来南浔督查: the district written without 区 is the visited unit, with its level."""
    assert unit("省委督查组来南浔督查", "督查组一行听取了有关情况汇报。") == "南浔区"


def test_post_holder_with_lai_in_the_name_still_visits() -> None:
    """Guard: 来 as a going verb is a group's only; a post holder named 王来顺 still goes 到."""
    text = "5月6日，青石镇党委书记王来顺到柳树村参加组织生活会。"
    assert unit(None, text) == "柳树村"


def test_source_label_names_no_subject() -> None:
    """来源：某社 credits an outlet, which is no unit."""
    text = "4天3场外事活动 关注哪些话题\n2016年11月07日 09:23:23 来源:新华社\n11月2日下午，会谈举行。"
    assert unit(None, text) != "新华社"


def test_meeting_of_post_holders_gives_no_post_body() -> None:
    """某办公室主任联席会: the directors of many units meet; the office is no unit."""
    title = "青禾省东片高校办公室主任联席会在青州召开"
    text = "9月8日，由青禾科技大学主办的青禾省东片高校办公室主任联席会在青州召开。"
    assert unit(title, text) != "青禾省东片高校办公室"


def test_name_split_after_a_listed_object_is_no_subject() -> None:
    """省委社会工作部、省委|省直机关工委联合举办: the split name's second part is no subject."""
    text = "3月4日上午，志愿服务活动启动仪式在青州举行。该活动由省委社会工作部、省委省直机关工委联合举办。"
    assert unit(None, text) != "省直机关工委"


@pytest.mark.parametrize("title, text, expected", [
    ("青禾县政协党组、机关党组理论学习中心组举行集中学习",
     "10月27日，青禾县政协党组、机关党组理论学习中心组举行集中学习。", "青禾县政协党组"),
    # guard: two named bodies listed are a joint report
    ("青禾县科协党组、青禾县文联党组联合举行集中学习",
     "10月27日，青禾县科协党组、青禾县文联党组联合举行集中学习。", None),
])
def test_a_bodys_generic_part_after_it_keeps_one_unit(title: str, text: str, expected: str | None) -> None:
    assert unit(title, text) == expected


def test_fields_joined_by_yu_are_one_name() -> None:
    """材料物理与化学党支部: 与 joins two fields of one branch's name."""
    title = "材料物理与化学党支部召开年度述职评议会议"
    text = "根据所党委的部署和要求，材料物理与化学党支部于1月18日召开了述职评议会议。"
    assert unit(title, text) == "材料物理与化学党支部"


@pytest.mark.parametrize("name, expected", [
    ("材料物理与化学党支部", True),
    # guards: a body's or a place's name before 与 makes two, and so does another list mark
    ("青禾县委与青禾县政府", False),
    ("青禾县与白水县党委", False),
    ("材料物理与化学、生物党支部", False),
])
def test_yu_joins_fields_only_after_no_body(name: str, expected: bool) -> None:
    from reportmine.extract.unit import _cues, _joined_field
    assert _joined_field(name, _cues()) is expected


def test_department_owning_its_branches() -> None:
    """某某系各党支部召开…: the department reports its branches' meetings."""
    title = "文史系各党支部召开专题组织生活会"
    text = "1月19日上午，文史系党总支教工第一党支部、学生第一党支部分别召开了专题组织生活会。"
    assert unit(title, text) == "文史系"


def test_split_name_in_a_list_keeps_the_list_joint() -> None:
    """Guard: 市委|市直机关工委、市生态环境局承办…: the split name is one item of a list, a joint report."""
    text = ("11月25日，由省委省直机关工委、省生态环境厅主办，市委市直机关工委、市生态环境局承办的"
            "全省模范机关建设推进会在我市举行。")
    assert unit(None, text) is None
