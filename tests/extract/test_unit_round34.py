"""find_unit, round 34: datelines naming a place, guests read as subjects,
落实 clauses, venues after a quoted name, a generic title widened by the
opening's full name; on invented articles."""
from __future__ import annotations

import pytest

from lookups import unit_found as unit


@pytest.mark.parametrize("title, text, expected", [
    # an outlet's dateline with the place it reports from opens the text: the place after it is the subject
    (None, "青川网柳河讯（通讯员 王某某）近日，石门镇召开2024年度领导班子民主生活会。会上，班子成员逐一发言。",
     "石门镇"),
    (None, "本报青州讯（记者 李某）3月2日，桐溪镇召开党建工作推进会。会议由镇党委书记主持。", "桐溪镇"),
    # a body whose people come to the meeting to guide it is a guest, not the reporter
    (None, "3月2日，青禾社区党委召开年度组织生活会，白石街道党工委李某某同志到会指导，全体党员参加。",
     "青禾社区党委"),
    # a clause that carries out a superior's plan (落实…要求) names sources, not the subject
    (None, "为深入推进基层党建，落实省市区委关于述职评议工作的有关要求，2月1日上午，柳岸街道召开基层党组织书记述职评议会议。",
     "柳岸街道"),
    # the title's generic body (集团党委) narrowed to the full name the opening writes before 召开
    ("集团党委召开年度述职评议会议", "1月20日下午，远山建工控股集团党委召开2024年度述职评议会议，集团党委书记出席。",
     "远山建工控股集团党委"),
])
def test_round34_units(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected


@pytest.mark.parametrize("text", [
    "12月20日下午，社区召开年度党员大会，白石街道党工委李某某同志到会指导，社区全体党员参加。",
    "12月20日下午，中海城南苑社区召开年度党员大会，白石街道党工委李某某同志到会指导，社区全体党员参加。",
])
def test_a_body_coming_to_guide_is_no_unit(text: str) -> None:
    """A body whose people come to the meeting to guide it (某街道党工委某某同志到会指导) is a
    guest, even where the reporter is named in a way the extractor does not read."""
    assert unit(None, text) != "白石街道党工委"


def test_guests_named_together_are_no_joint_report() -> None:
    """Two bodies whose people both come to guide (甲、乙有关同志到会指导) are guests, not a joint report."""
    text = "2月26日上午，青松县审计局党组召开2024年度民主生活会，县纪委监委、县委组织部有关同志到会指导。"
    assert unit(None, text) == "青松县审计局党组"


@pytest.mark.parametrize("text", [
    "近日，社区在“桂香里”网格党群服务站内举办党员政治生日活动。30余名党员参加。",
    "近日，中海城南苑社区在“桂香里”网格党群服务站内举办党员政治生日活动。30余名党员参加。",
])
def test_venue_after_a_quoted_name_is_no_subject(text: str) -> None:
    """在“某某”网格党群服务站内举办: the venue after 在 and its quoted name is where it happens, not the unit."""
    assert unit(None, text) != "网格党群服务站"


# guards: nearby behaviour that must not change
@pytest.mark.parametrize("title, text, expected", [
    # a named company after 所属 is the extractor's whole reading, not widened to the owner
    (None, "6月2日，远帆控股集团所属远帆海洋工程有限公司党委召开专题民主生活会。", "远帆海洋工程有限公司党委"),
    # a pronoun does not widen a generic body (我院党委 stays the generic reading)
    (None, "3月1日，我院党委召开理论学习中心组学习会。会议由院党委书记主持。", "院党委"),
    # a report issued by a body (X党组关于…的报告) is that body's
    ("柳河县财政局党组关于巡察整改情况的报告", "县委第二巡察组反馈意见后，县财政局党组成立整改工作领导小组。",
     "柳河县财政局党组"),
    # the body's own leader 到会指导 with no other subject: the post holder's body still stands for the unit
    (None, "3月5日，第三党支部召开组织生活会。院党委书记王某某到会指导。", "第三党支部"),
    # a plain 本报讯 dateline still reads
    (None, "本报讯 5月8日，青松县林业局党组召开专题民主生活会。", "青松县林业局党组"),
])
def test_round34_guards(title: str | None, text: str, expected: str) -> None:
    assert unit(title, text) == expected
