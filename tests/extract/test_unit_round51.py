"""find_unit, round 51: 我院 where the text writes none of 医院, 学院 … is
read by the words that mark one kind (教职工, 师生 -> 学院; 患者 -> 医院:
unit_cues alias_hints), and 我院 + a branch, where the text names the 院
elsewhere (a credit line), gives that name with the branch; a meeting held
passively in the reporter's own place (…大会在我镇…召开) gives the one town
of that level the text names, but not where a host is named before 在 or a
superior's scope (全市…) holds it; on invented articles."""
from __future__ import annotations

from lookups import unit_found as unit


def test_pronoun_in_a_venue_clause_read_by_college_words() -> None:
    """我院在某楼召开…, with 教职工 and no 学院 written: a college."""
    text = ("为落实上级通知要求。5月6日下午，我院在图书馆B301室召开了专题学习会。会议由党支部书记某某主持，"
            "全体教职工参加。")
    assert unit(None, text) == "学院"


def test_pronoun_read_by_hospital_words() -> None:
    """我院…患者 with no 医院 written: a hospital."""
    text = "4月2日，我院在门诊楼会议室召开警示教育会。会议要求全体党员以患者为中心，改进服务。"
    assert unit(None, text) == "医院"


def test_pronoun_with_no_marking_words_stays_empty() -> None:
    """Guard: nothing marks 医院 or 学院: no unit is guessed."""
    text = "3月8日，我院在三楼会议室召开专题会议，传达上级会议精神。"
    assert unit(None, text) is None


def test_generic_word_written_wins_over_marking_words() -> None:
    """Guard: the text writes 医院, so 师生 does not make 我院 a college."""
    text = "6月1日，我院在报告厅召开党风廉政建设会议。医院党委书记某某讲话，医院带教师生参加。"
    assert unit(None, text) == "医院"


def test_pronoun_branch_with_the_college_named_in_a_credit() -> None:
    """我院学生党支部召开…（某某学院 甲 乙）: the named college's student branch."""
    text = ("11月5日，我院学生党支部在明德楼110召开专题组织生活会。支部书记张某某主持，"
            "全体党员参加。会议开展了批评与自我批评。（青禾学院 张某某 李某某）")
    assert unit(None, text) == "青禾学院学生党支部"


def test_pronoun_branch_with_no_name_keeps_the_branch() -> None:
    """Guard (round 44): no 学院 named or marked: the branch alone."""
    text = "10月9日，我院学生党支部举行主题党日。院党委副书记某某到场，支部全体党员参加。"
    assert unit(None, text) == "学生党支部"


def test_pronoun_named_elsewhere_without_a_branch_gives_the_name() -> None:
    """Guard: 我院召开… with the college named once: the name alone, no branch added."""
    text = ("3月2日，我院召开党建工作会议，院党委书记某某讲话。会议部署了年度任务。（青禾学院 王某某）")
    assert unit(None, text) == "青禾学院"


def test_meeting_held_in_the_pronoun_town_gives_the_town_named() -> None:
    """全镇…大会在我镇…召开, the town named once by its party committee: the town."""
    text = ("9月14日上午，全镇作风纪律整顿部署会在我镇二楼会议室举行，县指导组成员某某到会。"
            "青石镇党委书记某某主持会议。")
    assert unit(None, text) == "青石镇"


def test_meeting_held_in_the_pronoun_street_gives_the_street() -> None:
    text = "6月3日，作风建设推进会在我街道三楼会议室召开。白沙街道党工委书记某某主持会议。"
    assert unit(None, text) == "白沙街道"


def test_host_named_before_the_pronoun_venue_holds_its_meeting() -> None:
    """Guard: 县纪委在我镇召开…: the commission holds its meeting in the town."""
    text = "5月28日，县纪委在我镇大会议室召开警示教育现场会。青石镇党委书记某某参加会议。"
    assert unit(None, text) == "县纪委"


def test_superior_scope_meeting_in_the_pronoun_county_is_not_the_countys() -> None:
    """Guard: 全市…推进会在我县召开: the city's meeting; the county only hosts it."""
    text = "5月28日，全市作风建设推进会在我县召开。市委书记某某出席。青石县委书记某某汇报。"
    assert unit(None, text) != "青石县"
