"""find_unit, round 70: the whole league (共青团 alone: 紧扣共青团根本任务, 调研共青团工作) is
no unit, as the whole party is none; a year after a place (某区2026年度…培训班开班) and an
event's length before it (历时9天的某县…培训) leave the place the subject, and a place read
on into an ordinary word (某县|农村) stops before it; a place's committee heading a post
(某区委书记某某主持召开区委常委会议) is the committee; a delegation named in a speech's
occasion (参加某代表团审议时的重要讲话) is no subject; a purpose sentence alone (为…提高全镇各村…)
marks no round-up. On invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_bare_league_in_a_purpose_clause_is_no_unit() -> None:
    text = ("为全面检视全区基层团组织工作，紧扣共青团根本任务和工作主线，4月9日上午，"
            "团区委召开了2023年度街道团工委书记述职评议会。各街道团工委书记参加会议。")
    assert unit(None, text) == "团区委"


def test_bare_league_as_a_topic_is_no_unit() -> None:
    text = ("11月4日下午，市总工会团委书记某某一行到城建公司调研共青团工作。"
            "城建公司团支部书记陪同调研。")
    assert unit(None, text) != "共青团"


def test_purpose_sentence_alone_marks_no_round_up() -> None:
    text = ("为切实提高全镇各村党员干部素质，加强基层组织建设。"
            "3月2日，青石镇召开党员干部培训会议。镇党委书记作动员讲话。")
    assert unit(None, text) == "青石镇"


def test_league_congress_of_a_county_gives_the_county() -> None:
    text = ("9月21日，共青团青溪县第十三次代表大会在县文化中心隆重开幕。"
            "大会选举产生了新一届委员会。")
    assert unit(None, text) == "青溪县"


def test_year_after_a_place_opens_its_own_event() -> None:
    text = ("5月8日上午，东岭区2025年度社区书记集中培训班在区委党校正式开班。"
            "全区42名社区书记参加培训。")
    assert unit(None, text) == "东岭区"


def test_duration_before_a_place_and_an_ordinary_word_after_it() -> None:
    text = ("6月14日下午，历时5天的石泉县农村党员致富带头人培训工作圆满结束。"
            "来自全县120个村的党员参加了培训。")
    assert unit(None, text) == "石泉县"


def test_place_committee_heading_a_post_is_the_committee() -> None:
    text = ("5月6日，前锋区委书记李某主持召开区委常委会议，研究部署防汛工作。"
            "区委常委出席会议。")
    assert unit(None, text) == "前锋区委"


def test_delegation_in_a_speech_occasion_is_no_subject() -> None:
    text = ("4月上旬，城建集团纪委书记某某带领检查组一行到在建项目开展监督检查。"
            "检查组召开座谈会，领学总书记在参加二次会议湖南代表团审议时发表的讲话。")
    assert unit(None, text) == "城建集团纪委"
