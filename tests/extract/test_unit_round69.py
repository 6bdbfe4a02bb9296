"""find_unit, round 69: a body right before 原 and a post (某县委原常委, 某县水利局原党组书记:
a defendant's past posts at a trial) is no subject; a body sending others to watch a trial
(某县纪委监委组织…干部旁听) holds the event, it is no guest; a department before 通讯员 in
the opening credit's brackets is the writer's, not the unit; a clause 自…以来 or one closing
on a past meeting (…成立大会后) is a time phrase, and its bodies are no subject. On invented
articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_county_committee_before_former_post_is_no_subject() -> None:
    text = ("8月12日，青溪县委原常委、统战部部长某某涉嫌受贿一案在临江市中级人民法院公开开庭审理。"
            "青溪县纪委监委组织全县科级干部110余人参加旁听。")
    assert unit(None, text) == "青溪县纪委监委"


def test_bureau_read_into_former_party_group_is_no_subject() -> None:
    text = ("近日，白河县水利局原党组书记、局长某某涉嫌贪污一案在该县人民法院开庭审理。"
            "白河县纪委监委组织全县重点岗位的60名党员干部参加旁听。")
    assert unit(None, text) == "白河县纪委监委"


def test_body_sending_cadres_to_a_trial_holds_it() -> None:
    text = ("6月5日，清河区纪委监委组织40名年轻干部旁听一起职务犯罪案件庭审。"
            "庭审结束后，大家纷纷表示要引以为戒。")
    assert unit(None, text) == "清河区纪委监委"


def test_department_before_correspondent_in_credit_is_no_unit() -> None:
    text = ("（党委宣传部 通讯员 某某）5月8日上午，学校召开巡察整改推进会。\n"
            "校党委书记主持会议并讲话。")
    assert unit(None, text) == "学校"


def test_since_clause_is_a_time_phrase() -> None:
    text = ("自区委关于开展作风建设专项整治工作部署以来，龙潭镇迅速行动，全面启动专项整治。"
            "此次整治分为三个阶段。")
    assert unit(None, text) == "龙潭镇"


def test_clause_after_a_past_meeting_is_a_time_phrase() -> None:
    text = ("3月2日上午，平山区区委巡察组成立大会后，平山区纪委监委在区行政中心召开全区巡察干部大会。"
            "会议对巡察工作提出要求。")
    assert unit(None, text) == "平山区纪委监委"

