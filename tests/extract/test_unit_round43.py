"""find_unit, round 43: a university's faculty (某某学部召开…) holds its own
meeting; a development zone named by a place's stem without its level
(安顺工业园区扎实推进…) reports its own campaign; the generic word opening
a sentence gives way to the longer body the sentence names as holder
(学院某系研究生第一党支部于…召开); a body owned through 所属 (某医院党委所属
第二党支部) and one committee two colleges share (甲学院、乙学院分党委) are
one unit; a subject joined to every unit of a level (省委常委会以及全省…)
opens a round-up; a visitor going to 联系的 + a named branch gives the branch;
a bare 党委 holding a meeting where nothing is named gives 党委; on invented
articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


def test_faculty_holding_its_meeting_is_the_unit() -> None:
    """学部 is a faculty's ending, though the dictionary knows it as a word."""
    text = "4月8日下午，艺术学部在青藤楼会议室召开学习教育动员大会。学部党委书记某某作动员讲话。"
    assert unit("艺术学部召开学习教育动员大会", text) == "艺术学部"


def test_zone_named_by_a_bare_place_stem_is_the_unit() -> None:
    """安顺 (安顺市) before 工业园区 names the zone, whatever verb follows."""
    text = "今年以来，安顺工业园区聚焦群众所盼，推动主题教育走深走实。"
    assert unit("安顺工业园区扎实推进主题教育", text) == "安顺工业园区"


def test_word_that_is_no_place_stem_before_a_zone_word_gives_no_zone() -> None:
    """Guard: a common word before 开发区 is no place's stem: no zone is read."""
    assert unit("积极推进开发区建设", "今年以来，各地积极推进开发区建设。") is None


def test_generic_word_gives_way_to_the_longer_holder_named() -> None:
    """学院 opens the holder's name; the branch the sentence names is more specific."""
    text = "学院热能系研究生第二党支部于5月12日召开了组织生活会，支部书记某某主持。"
    assert unit(None, text) == "学院热能系研究生第二党支部"


def test_generic_word_alone_stays_the_unit() -> None:
    """Guard: 学院 holding the meeting itself stays the generic unit."""
    text = "5月12日，学院在二楼报告厅召开党建工作会议，各党支部书记参加。"
    assert unit(None, text) == "学院"


def test_branch_owned_through_suoshu_is_the_unit() -> None:
    """某医院党委所属第二党支部: the owned branch, written as the text writes it."""
    text = "11月9日下午，青禾区人民医院党委所属第二党支部于门诊楼开展主题党日活动。"
    assert unit("青禾区人民医院党委所属第二党支部开展主题党日活动", text) == "青禾区人民医院党委所属第二党支部"


def test_committee_shared_by_two_colleges_is_one_unit() -> None:
    """甲学院、乙学院分党委: one committee, not a joint report."""
    title = "物理学院、天文学院分党委召开年度民主生活会"
    text = "2月15日下午，物理学院、天文学院分党委领导班子民主生活会在会议室召开。"
    assert unit(title, text) == "物理学院、天文学院分党委"


def test_two_colleges_each_with_its_own_body_stay_joint() -> None:
    """Guard: 甲学院党委、乙学院党委 are two bodies: a joint report."""
    title = "物理学院党委、天文学院党委联合召开学习会"
    assert unit(title, "2月15日下午，两个学院党委联合召开学习会。") is None


def test_subject_joined_to_every_unit_of_a_level_is_a_round_up() -> None:
    """某省委常委会以及全省…党委已全部召开: a round-up, no one unit."""
    text = ("自今年部署开展专题教育以来，青川推深做实民主生活会。"
            "截至目前，青川省委常委会以及全省120个省管单位党委已全部召开专题民主生活会。")
    assert unit("青川推深做实专题民主生活会", text) is None


def test_subject_joined_to_a_named_body_keeps_its_reading() -> None:
    """Guard: a subject followed by 和 and a named body is not a round-up."""
    text = "3月5日，青石县委和县政府召开联席会议，研究部署重点工作。"
    assert unit(None, text) is None


def test_visitor_to_the_named_branch_he_keeps_in_touch_with_gives_the_branch() -> None:
    """某院工会主席到联系的某科支部上党课: the visited branch, not the visitor's body."""
    text = "12月3日下午，三附院工会主席某某到联系的外科二支部给全体党员上党课。"
    assert unit("三附院工会主席到联系的外科二支部上党课", text) == "外科二支部"


def test_visitor_to_an_unnamed_contact_village_gives_no_visited_unit() -> None:
    """Guard: 到联系村 names no unit: the visitor's body heading the post stays."""
    text = "12月3日，青石县财政局局长某某到联系村参加组织生活会。"
    assert unit(None, text) != "联系村"


def test_bare_party_committee_holding_a_meeting_is_the_unit() -> None:
    """党委召开… where nothing is named: the generic body is the unit."""
    text = "4月3日上午，党委召开理论学习中心组专题学习会议，全体党委成员参加。会议由党委书记某某主持。"
    assert unit("党委召开理论学习中心组专题学习会议", text) == "党委"


def test_named_party_committee_is_read_before_the_bare_one() -> None:
    """Guard: a named committee is the unit, not the bare ending."""
    text = "4月3日上午，青石县水利局党委召开理论学习中心组专题学习会议。"
    assert unit(None, text) == "青石县水利局党委"


def test_named_company_owned_through_suoshu_reports_as_itself() -> None:
    """Guard: a named company after 某集团所属 is its own unit, not the owner's part."""
    title = "青禾新材料有限公司党委召开专题民主生活会"
    text = "12月20日，青禾集团所属青禾新材料有限公司党委召开专题民主生活会，党委书记某某主持。"
    assert unit(title, text) == "青禾新材料有限公司党委"
