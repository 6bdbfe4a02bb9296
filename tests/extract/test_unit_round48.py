"""find_unit, round 48: a bureau's or a bank's report naming itself only by
its pronoun (我局, 我行) and no body of its kind gives the pronoun's own party
body the text writes with it (我局党组 -> 局党组); a local body opening a
clause of the opening in which it watches a superior's meeting relayed
(…。市政协组织政协委员在某地收听收看宣讲报告会) is the unit, not the superior
holding the meeting; a title's body ending in 团 before 走进 (某县百姓宣讲团走进田间
地头) is the unit, not its place; a leadership team holding the meeting
(某大学领导班子召开…) is the unit; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


SUMMARY = ("今年3月至7月，我局在本系统部署开展了为期四个月的能力作风建设专项学习，"
           "覆盖全局干部职工800余人。期间共组织专题学习研讨20场次、专题党课9次，查摆问题15个。"
           "学习教育取得了扎实成效，干部队伍作风明显好转。\n一、强化组织领导\n"
           "我局党组深刻认识到，抓好学习教育是重要政治任务。")


def test_a_bureau_pronoun_with_its_party_group_gives_the_group() -> None:
    assert unit("作风建设学习教育工作总结", SUMMARY) == "局党组"


def test_a_bank_pronoun_with_its_party_committee_gives_the_committee() -> None:
    text = ("今年以来，我行在全行范围内开展党纪学习教育，组织专题学习12次、警示教育3场。"
            "学习教育覆盖全行员工300余人，取得了扎实成效。\n一、提高政治站位\n"
            "我行党委高度重视，把学习教育作为重要政治任务。")
    assert unit(None, text) == "行党委"


def test_a_bureau_pronoun_with_no_party_body_stays_null() -> None:
    text = ("今年3月至7月，我局在本系统部署开展了为期四个月的能力作风建设专项学习，"
            "覆盖全局干部职工800余人。全局干部队伍作风明显好转。")
    assert unit(None, text) is None


def test_a_named_bureau_still_stands_for_the_pronoun() -> None:
    # guard: the one bureau the text names wins over the bare party body
    text = SUMMARY + "会上，青山县农业农村局党组书记、局长李斌讲党课。"
    assert unit(None, text) == "青山县农业农村局"


def test_a_hospital_pronoun_keeps_its_generic_word() -> None:
    # guard: 我院 has generic words, so 院党委 is not read off 我院党委 here
    text = "9月3日上午，我院专题民主生活会在门诊楼召开。会上，医院领导班子作对照检查，我院党委书记作总结。"
    assert unit(None, text) == "医院"


WATCHED = ("6月12日，全国政协召开理论宣讲报告会。宣讲团专家作专题辅导，深入解读会议精神。"
           "青山市政协组织各级政协委员在青山收听收看宣讲报告会。市政协副主席王立、李平聆听报告会。")


def test_a_local_body_watching_a_national_meeting_is_the_unit() -> None:
    assert unit(None, WATCHED) == "青山市政协"


def test_a_body_watching_in_its_own_first_clause_stays_the_unit() -> None:
    # guard: the unit opening the watching clause itself stays
    text = "3月1日，青山市政协组织委员收听收看全国政协宣讲报告会。市政协副主席王立参加。"
    assert unit(None, text) == "青山市政协"


def test_a_meeting_watched_by_no_named_body_keeps_the_holder() -> None:
    # guard: a clause with no body opening it (与会人员收听收看…) changes nothing
    text = "3月1日，青山县委召开常委会议。会议首先收听收看了全省视频会议，县委书记王立主持。"
    assert unit(None, text) == "青山县委"


def test_a_titles_lecture_team_going_out_is_the_unit() -> None:
    text = ("为推动党的创新理论走进基层，青山县组建由老干部、乡村教师等组成的百姓宣讲团，成员共40名。"
            "宣讲团深入全县12个乡镇开展宣讲300余场次。")
    assert unit("青山县百姓宣讲团走进田间地头", text) == "青山县百姓宣讲团"


def test_a_place_going_out_stays_the_place() -> None:
    # guard: a place with no body's ending before 走进 is still the place
    text = "近日，青山县组织党员干部开展宣讲活动，覆盖全县12个乡镇。"
    assert unit("青山县走进乡村开展宣讲活动", text) == "青山县"


@pytest.mark.parametrize("title, text, expected", [
    ("青湖理工大学领导班子召开2023年度民主生活会",
     "1月29日，青湖理工大学领导班子召开2023年度民主生活会。校领导班子成员13人参加会议。", "青湖理工大学领导班子"),
    ("白沙县委常委班子召开专题民主生活会",
     "1月25日，白沙县委常委班子召开专题民主生活会。县委常委班子11名成员出席会议。", "白沙县委常委班子"),
])
def test_a_leadership_team_holding_the_meeting_is_the_unit(title: str, text: str, expected: str) -> None:
    assert unit(title, text) == expected


def test_a_team_that_does_not_hold_the_meeting_leaves_the_unit() -> None:
    # guard: 领导班子 reading a report inside the meeting is no holder
    text = "1月29日，青湖理工大学召开2023年度民主生活会。青湖理工大学领导班子作对照检查。"
    assert unit(None, text) == "青湖理工大学"
