"""Round 43 (slm): a random sample of 60 saved reports (seed 43) read against
GUIDE §5, and a random listing of the parallel slogans of all collected reports
read for false formulas. Four-character items opening with verbs of their own
before one shared object head (听取民意、汇集民智、凝聚民心) are a formula, and
so are the voting steps of 民主评议党员 (个人自评、党员互评、民主测评: 评 closes
each item as a verb) and the six duties of a social organization's party body
(slogans.txt). Kinds of problems (作风问题、纪律问题、能力问题), reports heard
by a congress, teams named …宣讲团 and people listed with one post before their
names are no formula. Sentences invented; each new behaviour failed before its
fix, the guards (so marked) did not."""

from lookups import slogan_texts as slogans


def test_verbs_before_one_shared_object_head_are_a_formula() -> None:
    text = "干部们走进田间地头听取民意、汇集民智、凝聚民心，推动各项工作落地。"
    assert slogans(text) == ["听取民意、汇集民智、凝聚民心"]


def test_guard_nouns_sharing_an_inner_character_are_no_formula() -> None:
    text = "会议研究了青山村民房、白水村民宿、石门村民居的改造计划。"
    assert slogans(text) == []


def test_voting_steps_of_a_democratic_appraisal_are_a_formula() -> None:
    text = "青峰社区党支部按照个人自评、党员互评、民主测评的步骤评议党员。"
    assert slogans(text) == ["个人自评、党员互评、民主测评"]


def test_duties_of_a_social_organization_party_body_are_a_formula() -> None:
    text = ("青禾行业协会党支部切实履行保证政治方向、团结凝聚群众、推动事业发展、建设先进文化、"
            "服务人才成长、加强自身建设的职责。")
    assert slogans(text) == ["保证政治方向、团结凝聚群众、推动事业发展、建设先进文化、服务人才成长、加强自身建设"]


def test_kinds_of_problems_are_no_formula() -> None:
    text = "她希望石岭公司党委要着力解决作风问题、纪律问题、能力问题，推动企业发展。"
    assert slogans(text) == []


def test_guard_verbs_acting_on_problems_stay_a_formula() -> None:
    text = "全体党员坚持查摆问题、分析问题、解决问题，确保整改见效。"
    assert slogans(text) == ["查摆问题、分析问题、解决问题"]


def test_reports_heard_by_a_congress_are_no_formula() -> None:
    text = "大会审议通过了青岭镇政府工作报告、人大工作报告、计生工作报告。"
    assert slogans(text) == []


def test_teams_named_xuanjiangtuan_are_no_formula() -> None:
    text = "全县组建了老干部宣讲团、巾帼宣讲团、青年宣讲团及乡贤宣讲团等队伍。"
    assert slogans(text) == []


def test_people_listed_after_one_post_are_no_formula() -> None:
    text = "会上，农工党县委主委李青山、致公党县委主委王小川、民进党县委主委赵红梅、九三学社县委主委钱江作交流发言。"
    assert slogans(text) == []


def test_guard_a_post_led_formula_stays() -> None:
    text = "该局推行局长带头学、科长示范学、干部跟进学的做法。"
    assert slogans(text) == ["局长带头学、科长示范学、干部跟进学"]
