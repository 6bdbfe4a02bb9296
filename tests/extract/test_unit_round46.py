"""find_unit, round 46: an outlet's dateline in brackets opening the body
(（某某网某省讯）) is skipped, so the fuller place of the opening is read; a
term written inside a place's body (县十七届人大常委会) is dropped from the
unit; a post holder the title puts at a branch session of a superior's
meeting (市委书记在我市分会场参加全省…) gives the local body, not the
superior holding the meeting; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_bracketed_dateline_is_skipped_for_the_fuller_place() -> None:
    title = "青柳镇召开党委扩大会议"
    text = "（中国乡村网某省讯）5月9日上午，松原区青柳镇召开党委扩大会议，全体班子成员参加会议。"
    assert unit(title, text) == "松原区青柳镇"


def test_reporter_credit_in_brackets_is_still_skipped() -> None:
    """Guard: a reporter's credit in brackets stays skipped as before."""
    title = "青柳镇召开党委扩大会议"
    text = "（记者 某某）5月9日上午，松原区青柳镇召开党委扩大会议，全体班子成员参加会议。"
    assert unit(title, text) == "松原区青柳镇"


def test_term_inside_a_county_peoples_congress_committee_is_dropped() -> None:
    title = "县十五届人大常委会举行第八次会议"
    text = "县十五届人大常委会举行第八次会议\n3月2日，县十五届人大常委会举行第八次会议。县人大常委会主任某某出席会议。"
    assert unit(title, text) == "县人大常委会"


def test_committee_with_its_term_after_the_body_stays() -> None:
    """Guard: a term after the body's name (县总工会第九届委员会) is the committee's own name."""
    title = "县总工会第九届委员会第三次全体会议召开"
    text = "县总工会第九届委员会第三次全体会议召开\n4月1日，县总工会第九届委员会第三次全体会议召开。"
    assert unit(title, text) == "县总工会第九届委员会"


def test_branch_session_of_a_provincial_meeting_gives_the_city_body() -> None:
    title = "市委书记某某在本市分会场出席全省作风建设推进大会"
    text = ("本报讯 4月2日，省委召开全省作风建设推进大会，"
            "省委书记某某作部署。市委书记某某在本市分会场出席会议。")
    assert unit(title, text) == "市委"


def test_provincial_meeting_without_branch_session_stays_the_province() -> None:
    """Guard: with no branch session named, the superior holding the meeting stays the unit."""
    title = "省委召开全省作风建设推进大会"
    text = "省委召开全省作风建设推进大会\n本报讯 4月2日，省委召开全省作风建设推进大会，省委书记某某作部署。"
    assert unit(title, text) == "省委"
