"""Round 27 (slm3): comma-joined verb-object triads; meetings asked for, planned,
or named only as another thing's modifier are no sittings. Sentences invented."""

from lookups import slogan_texts as slogans, meeting_holders as meetings


def test_comma_joined_verb_object_triads_are_a_parallel_slogan() -> None:
    got = slogans("青石村党支部组织党员同志学党史，知党情，明初心，担使命，气氛热烈。")
    assert "学党史，知党情，明初心，担使命" in got


def test_comma_clauses_opening_with_a_pronoun_or_one_verb_are_no_triad() -> None:
    assert not any("他表示" in s for s in slogans("会上，他表示，找问题，找不足，剖析原因。"))
    assert not any("任务重" in s for s in slogans("大家反映，人手少，任务重，压力大。"))


def test_a_warning_education_urged_in_an_instruction_is_no_sitting() -> None:
    got = meetings("会议强调要在全镇范围内深入开展警示教育，筑牢思想防线。")
    assert got == []


def test_a_meeting_asked_of_the_branches_is_no_sitting() -> None:
    assert meetings("会议要求各村党支部召开专题组织生活会。") == []


def test_a_meeting_planned_for_next_week_is_no_sitting() -> None:
    assert meetings("青石村党支部将于下周召开专题组织生活会。") == []
    assert meetings("专题组织生活会将于下周在村部召开。") == []


def test_a_meeting_a_notice_is_about_is_no_sitting() -> None:
    got = meetings("按照县委关于召开专题组织生活会的安排，青石村党支部召开了支部委员会会议。")
    assert all(t != "专题组织生活会" for t, _ in got)


def test_a_meeting_planned_by_the_sitting_held_is_no_sitting() -> None:
    got = meetings("3月2日，青石村党支部召开党员大会部署组织生活会。")
    assert [t for t, _ in got] == ["党员大会"]


def test_a_speech_at_another_meeting_names_no_sitting() -> None:
    got = meetings("青石村党支部组织党员学习书记在全县动员大会上的重要讲话。")
    assert all(t != "动员大会" for t, _ in got)


def test_a_lecture_and_a_campaign_month_name_no_warning_education_held() -> None:
    assert meetings("县纪委召开“警示教育月”活动推进会。") == [("推进会", "县纪委")]
    assert all(t != "警示教育" for t, _ in meetings("书记给全体干部上了一堂警示教育课。"))


def test_guards_a_sitting_held_on_a_basis_or_after_a_request_stays() -> None:
    assert meetings("按照上级要求，青石村党支部召开专题组织生活会。") == [("专题组织生活会", "青石村党支部")]
    assert meetings("青石村党支部按计划召开专题组织生活会。") == [("专题组织生活会", "青石村党支部")]
    assert [t for t, _ in meetings("县委要求各支部已召开专题组织生活会。")] == ["专题组织生活会"]
    # a word of the held meeting's own name plans nothing
    got = meetings("学校先后召开筹备工作领导小组会议和座谈会。")
    assert len(got) == 2
    # 重要 holds 要 but asks for nothing
    assert [t for t, _ in meetings("青石村党支部就重要事项召开专题组织生活会。")] == ["专题组织生活会"]
