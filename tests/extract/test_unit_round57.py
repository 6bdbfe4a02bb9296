"""find_unit, round 57: an opening clause 在…之际 is a setting, not the
subject; 任 before a body makes it a post's body (某某任县妇联副主席); an
outlet before a dateline (某某融媒体中心5月3日讯) files the story; the
reporter's pronoun read past a source clause (按照我院…部署，我院…); a
generic word holding the meeting before a body the meeting studies; a
title that is only a column header's name; a branch qualifier before a
numbered branch (我院教工第三党支部); on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_setting_clause_closing_on_zhiji() -> None:
    text = ("在新中国成立七十五周年到来之际，9月27日上午，青河县柳塘乡举行“优秀共产党员”表彰大会，"
            "表彰柳塘乡各条战线的先进典型。乡党政班子成员参加会议。")
    assert unit(None, text) == "青河县柳塘乡"


def test_appointed_person_glued_to_a_body_is_no_fuller_name() -> None:
    text = ("5月8日，县妇联十四届三次执委（扩大）会召开。县委副书记刘青出席会议。"
            "会议表决通过了王芳、李娜任县妇联副主席；表彰了一批先进集体。")
    assert unit(None, text) == "县妇联"


def test_outlet_before_a_dateline_files_the_story() -> None:
    text = ("青川区融媒体中心5月3日讯（记者 周敏）5月3日，青川区科协九届二次全委（扩大）会议召开，"
            "区人大常委会副主任赵林出席会议。")
    assert unit(None, text) == "青川区科协"


def test_pronoun_after_a_source_clause_is_still_the_reporter() -> None:
    text = ("按照我院开展主题教育的具体安排，我院领导班子专题民主生活会于9月2日召开。"
            "会议由院党委书记、院长张明主持，市卫健委第三督导组刘强、赵亮等同志全程参与并指导会议。"
            "为开好这次会议，医院制定了专题方案。")
    assert unit(None, text) == "医院"


def test_generic_holder_before_a_studied_body() -> None:
    text = ("4月6日下午，学校召开2024年党风廉政建设工作会，深入学习贯彻二十届中央纪委三次全会精神，"
            "部署本年度重点任务。会议由党委副书记、校长周立主持。")
    assert unit(None, text) == "学校"


def test_column_header_title_gives_way_to_the_opening() -> None:
    text = ("3月2日上午，公司召开2023年度领导班子民主生活会，公司全体领导参加会议。"
            "公司党总支书记代表领导班子作对照检查。")
    assert unit("信息中心", text) == "公司"


def test_branch_qualifier_before_a_numbered_branch() -> None:
    text = "我院教工第三党支部召开组织生活会\n4月9日，我院教工第三党支部在图书馆二楼召开2024年度组织生活会。全体党员参加。"
    assert unit("我院教工第三党支部召开组织生活会", text) == "教工第三党支部"
