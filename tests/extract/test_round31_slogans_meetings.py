"""Round 31 (slm): a meeting type followed by 后/时 naming a time (专题报告会后第一时间),
a study group's sitting written 中心组会议, a run of appraisals sharing a degree
adverb (准备工作比较充分，…) that is no parallel formula, and a street office
named as a holder (某区某某街道召开…) but not a generic one (各街道, 我街道).
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans, meeting_holders as meetings


# --- a type and 后/时: a time, no sitting

def test_a_type_followed_by_after_names_a_time() -> None:
    text = ("5月6日，青禾县林业局邀请王某作专题辅导报告。"
            "专题报告会后第一时间，县林业局党组组织集中交流研讨。")
    assert meetings(text) == []


def test_a_type_followed_by_while_names_a_time() -> None:
    assert meetings("座谈会时，大家纷纷表示要组织好下一步学习。") == []


def test_guard_a_held_sitting_before_after_stays_read() -> None:
    text = "5月6日，青禾县林业局党组召开座谈会后，各支部分别开展学习。"
    assert meetings(text) == [("座谈会", "青禾县林业局党组")]


def test_guard_a_type_before_a_time_word_stays_read() -> None:
    text = "5月6日，青禾县林业局党组召开座谈会时间两小时。"
    assert meetings(text) == [("座谈会", "青禾县林业局党组")]


# --- 中心组会议

def test_a_study_group_meeting_is_a_type() -> None:
    text = "3月2日，青禾县林业局党组召开理论学习中心组会议，传达学习有关精神。"
    assert meetings(text) == [("理论学习中心组会议", "青禾县林业局党组")]


def test_a_short_study_group_meeting_is_a_type() -> None:
    text = "3月2日，青禾县林业局党组召开中心组会议，传达学习有关精神。"
    assert meetings(text) == [("中心组会议", "青禾县林业局党组")]


# --- appraisals sharing a degree adverb

def test_appraisals_sharing_a_degree_adverb_are_no_formula() -> None:
    text = "会议认为，这次民主生活会准备工作比较充分，主题把握比较准确，查摆分析比较深刻，整改措施有力。"
    assert slogans(text) == []


def test_guard_a_formula_with_a_shared_adverb_stays() -> None:
    assert slogans("要发扬特别能吃苦、特别能战斗、特别能奉献的精神。") == ["特别能吃苦、特别能战斗、特别能奉献"]


# --- a street office as holder

def test_a_street_office_holds_its_meeting() -> None:
    assert meetings("日前，青山区提篮桥街道召开专题民主生活会。") == [("专题民主生活会", "青山区提篮桥街道")]


def test_guard_a_generic_street_office_holds_nothing() -> None:
    assert meetings("日前，各街道召开专题民主生活会。") == [("专题民主生活会", None)]
    assert meetings("日前，街道召开专题民主生活会。") == [("专题民主生活会", None)]


def test_guard_a_named_body_still_holds() -> None:
    assert meetings("日前，县委召开专题民主生活会。") == [("专题民主生活会", "县委")]
