"""find_unit, round 53: a post holder of one body attending another body's
meeting (某省法院专职委员某某参加了某市法院专题民主生活会) makes the host the
unit, not the visitor's body (unit_cues attend_verbs); a title naming the
institution by its generic word (医院举行…) wins over the body's short-form
party committee (院党委书记某某) heading a post later; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_visitor_attending_the_hosts_meeting_gives_the_host() -> None:
    """省高院某委员某某参加了青川法院…民主生活会: the host court's meeting."""
    title = "省高院林某某委员参加青川法院专题民主生活会"
    text = ("日前，江南省高级人民法院审委会专职委员林某某参加了青川法院专题民主生活会。\n"
            "青川法院党组书记、院长许某某通报了会议准备情况，并带头开展自我批评。")
    assert unit(title, text) == "青川法院"


def test_visitor_present_at_a_bureaus_meeting_gives_the_bureau() -> None:
    """市委某某出席了青湖区财政局…会议: 出席了 reads the same way."""
    text = ("3月2日，青山市委常委、组织部部长赵某某出席了青湖区财政局党组民主生活会。"
            "会上，局党组书记钱某某代表班子作对照检查。")
    assert unit(None, text) == "青湖区财政局党组"


def test_holder_of_the_body_itself_still_reads_the_body() -> None:
    """Guard: 某局党组书记某某主持召开…会议: no attending verb, the body itself."""
    text = ("3月2日，青湖区财政局党组书记、局长钱某某主持召开党组理论学习中心组学习会议，"
            "党组成员参加了会议。")
    assert unit(None, text) == "青湖区财政局党组"


def test_attending_a_meeting_without_a_named_host_keeps_the_body() -> None:
    """Guard: 某委员会某某参加了会议: no host body after the verb."""
    text = ("6月5日，青川县总工会召开全委会议，县总工会党组书记孙某某参加了会议并讲话。")
    assert unit(None, text) == "青川县总工会"


def test_title_hospital_wins_over_its_short_party_committee() -> None:
    """医院举行…。…院党委书记某某等出席: the title's hospital."""
    title = "医院举行“勇毅前行”主题党日优秀案例评选会"
    text = ("11月4日下午，由党委组织部在门诊楼三楼会议厅举行医院主题党日优秀案例评选会。"
            "校党委常委、组织部部长周某某，院党委书记吴某某，院长郑某某等出席评选会。")
    assert unit(title, text) == "医院"


def test_title_school_wins_over_its_short_party_committee() -> None:
    """学校召开…。…校党委书记某某讲话: the title's school."""
    title = "学校举行新学期安全工作部署会"
    text = ("2月26日下午，由保卫处在行政楼报告厅举行新学期安全工作部署会。"
            "校党委书记冯某某出席会议并讲话，各学院负责人参加。")
    assert unit(title, text) == "学校"


def test_named_party_committee_under_a_generic_title_stays() -> None:
    """Guard: 医院召开… but 内科党支部书记某某: a named branch is no short form."""
    title = "医院召开党建工作推进会"
    text = ("3月1日下午，由党委办公室在门诊楼会议室召开党建工作推进会。"
            "内科党支部书记陈某某作交流发言。")
    assert unit(title, text) != "医院"
