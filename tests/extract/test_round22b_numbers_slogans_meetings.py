"""Round 22b (numbers, slogans, meetings): invented sentences in the genre of
the 2025 八项规定 study reports, 以案促改 reports, 三中全会 study reports and
the 民主生活会 of county leading groups. Each case failed before this round."""
from __future__ import annotations

import pytest

from reportmine import analyze
from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


# ----------------------------------------------------------------- metrics

@pytest.mark.parametrize("text, value, obj, metric", [
    # rulings of round 22b: 提醒函 is a notice; 对/与 N名 + 谈心谈话 counts talks
    ("区纪委向五个单位发出整改提醒函7份。", 7, "整改提醒函", "notices_issued"),
    ("镇党委书记对14名村干部进行谈心谈话。", 14, "村干部", "talks"),
    ("支部书记与9名青年党员开展谈心谈话。", 9, "青年党员", "talks"),
    # a count of people with a bare activity of no people's unit stays a count of members
    ("支部与40名党员开展主题党日活动。", 40, "党员", "members"),
    # 追究责任 holds people to account
    ("全县共追究责任人26人。", 26, "追究责任人", "disciplined"),
    # an audience of talks takes part
    ("开展巡回宣讲40场，直接听众近2万人。", 20000, "直接听众", "participants"),
    # reports given are lectures; a work report is none
    ("县委宣讲团共作报告36场。", 36, "作报告", "lectures"),
    ("今年以来，听取工作报告4次。", 4, "听取工作报告", None),
    # a verb of taking part governing a count of a kind of member (GUIDE: 覆盖)
    ("学习教育覆盖全市系统2300余名干部职工。", 2300, "干部职工", "participants"),
])
def test_metrics_of_round22b(text: str, value: int, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, obj", [
    # 查处 introduces what is counted; a bracketed gloss of the verb is no part of it
    ("全市查处违规吃喝问题85个。", 85, "违规吃喝问题"),
    ("全区查处(纠正)违规收费问题42个。", 42, "违规收费问题"),
    # an adverb after a head count ends it (紧密结合…)
    ("会上，4名同志紧密结合岗位实际作交流发言。", 4, "同志"),
    # 由…N名成员组成: the members, not the verb
    ("宣讲团由机关干部和基层骨干等28名成员组成。", 28, "成员"),
    # a group's members hold 组成 (党组成员) and stay whole
    ("9名局党组成员参加会议。", 9, "局党组成员"),
])
def test_objects_of_round22b(text: str, value: int, obj: str) -> None:
    assert one(text, value).object == obj


def test_chachu_problems_counted_by_qi_stay_cases_filed() -> None:
    # ruling kept: 查处…问题N起 stays cases_filed, only the verb leaves the object
    n = one("严肃查处违规收送礼金问题17起。", 17)
    assert (n.object, n.metric) == ("违规收送礼金问题", "cases_filed")


# ----------------------------------------------------------------- slogans

@pytest.mark.parametrize("text, slogan", [
    ("要一体推进学查改，确保学有质量、查有力度、改有成效。", "学有质量、查有力度、改有成效"),
    ("各项整改措施明确了时间表、路线图、任务书。", "时间表、路线图、任务书"),
    ("围绕对党忠诚、干净干事、敢于担当，逐项对照检查。", "对党忠诚、干净干事、敢于担当"),
])
def test_known_formulas_of_round22b(text: str, slogan: str) -> None:
    assert {s.text: s.kind for s in analyze(text).slogans}.get(slogan) == "parallel"


# ----------------------------------------------------------------- meetings

def test_a_basis_phrase_with_an_ends_the_holder() -> None:
    # 某市委[按]省纪委要求召开…: the holder is the subject before 按
    text = "5月8日，青禾市委按省纪委监委要求召开以案促改专题民主生活会。"
    assert [(m.type, m.holder) for m in analyze(text).meetings] == [("专题民主生活会", "青禾市委")]


def test_a_later_mention_names_the_holder_of_a_bare_one() -> None:
    text = ("近期，继召开专题民主生活会后，全市开展警示教育。"
            "4月2日至3日，青禾市委召开专题民主生活会，深刻汲取案件教训。")
    got = [(m.type, m.holder) for m in analyze(text).meetings if m.type == "专题民主生活会"]
    assert got == [("专题民主生活会", "青禾市委")]


def test_a_joint_meeting_is_held_by_the_body_before_huitong() -> None:
    # 甲会同乙召开…: the leading body holds the meeting
    text = "6月5日，青禾市委统战部会同市民政局召开全市党外人士情况通报会。"
    assert [(m.type, m.holder) for m in analyze(text).meetings] == [("通报会", "青禾市委统战部")]


def test_a_report_meeting_on_a_sitting_is_no_sitting_of_it() -> None:
    # 召开…专题民主生活会情况通报会: the 通报会 is held, the 生活会 only reported on
    text = "9月3日，县长某某主持召开县政府党组专题民主生活会情况通报会。"
    assert [m.type for m in analyze(text).meetings] == ["通报会"]


def test_forms_returned_are_more_of_those_handed_out() -> None:
    # 发放…表N份，收回M份: the forms returned are of the kind handed out
    found = extract_numbers("向驻村群众发放征求意见表60份，收回52份。")
    assert [(n.value, n.object) for n in found] == [(60, "征求意见表"), (52, "征求意见表")]
