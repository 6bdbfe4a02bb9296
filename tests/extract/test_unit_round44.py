"""find_unit, round 44: a standing committee's meeting named with its term or
session number (主持召开十二届县委常委会第57次会议) is the committee's; a body's
numbered party-group meeting (某市政府2025年第12次党组会) gives the party
group; a level's post holder (副主席, 副主任) makes the body heading the post
stand for the unit, and a body read up to 处 before 长 (会员处|长) heads a post,
no subject; a list of branches whose last one is followed by 的 + people
modifies them, no joint report; 我院 + a branch where no 医院/学院 says which
gives the branch; a guest who 到会祝贺 is no unit; a place stem from the
headline takes the level the opening writes; 某某在线讯 is a dateline; on
invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_standing_committee_meeting_with_term_and_session_is_the_committees() -> None:
    """十二届 before and 第57次 after the name still make it the meeting's name."""
    text = "5月8日，县委书记某某主持召开十四届县委常委会第12次会议，审议有关事项。"
    assert unit(None, text) == "县委"


def test_standing_committee_as_subject_stays_the_unit() -> None:
    """Guard: 县委常委会召开… (a subject, no meeting's name) stays the standing committee."""
    text = "3月5日，县委常委会召开专题民主生活会，县委书记某某主持会议。"
    assert unit(None, text) == "县委常委会"


def test_numbered_party_group_meeting_gives_the_party_group() -> None:
    text = "4月2日，青石市政府2024年第7次党组会召开，传达有关文件精神。"
    assert unit("青石市政府2024年第7次党组会召开", text) == "青石市政府党组"


def test_unnumbered_meeting_keeps_the_body() -> None:
    """Guard: 某县政府召开常务会议 has no numbered party meeting: the body stays."""
    text = "5月6日，桐川县政府召开常务会议，县长某某主持。"
    assert unit("桐川县政府召开常务会议", text) == "桐川县政府"


def test_vice_chairman_post_makes_the_body_stand_for_the_unit() -> None:
    """副主席 heads a post; the section head (会员处|长) is no subject."""
    text = ("6月2日，湖南省工商联副主席某某带领省工商联会员处长某某等人到益阳市调研商会建设。"
            "益阳市委统战部副部长某某陪同。")
    # (the full name the opening gives, 湖南省工商联, since round 58: GUIDE §1's most specific form)
    assert unit("省工商联副主席某某调研益阳市“四好”商会建设", text) == "湖南省工商联"


def test_section_read_before_its_own_name_stays_the_subject() -> None:
    """Guard: a body whose name goes on past 处 (某处长征精神…) is not affected when it acts."""
    text = "3月3日，学校组织处召开党支部书记会议，处长某某主持。"
    assert unit(None, text) == "学校组织处"


def test_list_of_branches_modifying_the_people_is_no_joint_report() -> None:
    text = ("日前，医院党委书记某某到所联系的支部开展党建督导。机关一支部、内科二支部、外科三支部的支部书记"
            "和党员代表参加，党办主任某某主持。")
    assert unit("党建督导促提升——医院推进基层党建", text) == "医院党委"


def test_list_of_branches_acting_is_still_a_round_up() -> None:
    """Guard: branches listed as the subjects (甲支部、乙支部召开…) report jointly: no unit."""
    text = "近日，机关一支部、眼科一支部、眼科二支部分头召开组织生活会。"
    assert unit(None, text) is None


def test_pronoun_with_branch_and_no_generic_word_gives_the_branch() -> None:
    text = "10月9日，我院学生党支部举行主题党日。院党委副书记某某到场，支部全体党员参加。"
    assert unit(None, text) == "学生党支部"


def test_pronoun_with_branch_and_a_generic_word_keeps_the_word() -> None:
    """Guard: where the text writes 学院, 我院学生党支部 is 学院学生党支部."""
    text = "4月2日，我院学生党支部开展主题党日活动。学院党委副书记某某到场，学院全体学生党员参加。"
    assert unit(None, text) == "学院学生党支部"


def test_guest_congratulating_is_no_unit() -> None:
    text = "近日，我市召开第五次妇女代表大会。省妇联党组书记某某到会祝贺。"
    assert unit("我市召开第五次妇女代表大会", text) is None


def test_headline_place_stem_takes_the_level_the_opening_writes() -> None:
    text = "近日，泉州市德化县召开以案促改专题会议。"
    assert unit("泉州强化以案促改", text) == "泉州市"


def test_online_outlet_dateline_is_read_past() -> None:
    text = "浙江在线讯 自主题活动启动以来，丽水市莲都区组建党员服务队，走进社区为群众办实事。"
    # (the title's team going out is the unit since round 48, as the number gold
    # writes 某县百姓宣讲团; the opening past the dateline still gives the place alone)
    assert unit("莲都区党员服务队走进社区", text) == "莲都区党员服务队"
    assert unit(None, text) == "丽水市莲都区"


def test_post_named_inside_a_meeting_leaves_the_later_generic_word() -> None:
    """Guard: 公司党支部书记…述职会议在…召开 names the speakers; the later 公司党委 stands."""
    text = "1月9日，公司党支部书记年度述职会议在二楼会议室召开。公司党委委员、职工代表参加。"
    assert unit(None, text) == "公司党委"


def test_group_leaders_meeting_keeps_the_group_named_after_the_verb() -> None:
    """Guard: 召开某党小组长工作会 is read as before (the 长 rule skips a name right after 召开)."""
    text = "5月13日下午，我院召开外科科室党小组长工作会，内科等5名党小组长参会。"
    assert unit(None, text) == "外科科室党小组"
