"""Round 67 (r67s): a random sample of 40 collected reports (seed 67, the
first forty) read against GUIDE §5. Two-character items that share a first
character but are a stretch of a longer list of two-character names are no
formula; the kinds of question on a quiz paper (填空题、判断题…) are a list,
no formula; 志气、骨气、底气 and 团结、批评、再团结 are known formulas; comma-joined
items opening with a standard (高质量、高水平…) before a verb form a formula.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_slice_of_a_list_of_place_names_is_no_formula() -> None:
    text = "会上为河口、石门、北岭、北坡、北湾、西岗等6个村的党小组授旗。"
    assert not any("北岭" in t for t in _kinds(text))


def test_two_character_formula_standing_alone_stays() -> None:  # guard
    text = "全镇干部要做到严管、严查、严惩，守住廉洁底线。"
    assert _kinds(text).get("严管、严查、严惩") == "parallel"


def test_question_types_of_a_quiz_are_no_formula() -> None:
    text = "竞赛试卷设有单选题、多选题、判断题、填空题，全面检验学习效果。"
    assert not any("判断题" in t for t in _kinds(text))


def test_question_types_counted_after_are_no_formula() -> None:
    text = "党纪知识测试卷分为单选题、多选题、判断题、简答题四类。"
    assert not any("多选题" in t for t in _kinds(text))


def test_zhiqi_guqi_diqi_is_a_formula() -> None:
    text = "青年团员要把志气、骨气、底气体现在岗位上。"
    assert _kinds(text).get("志气、骨气、底气") == "parallel"


def test_unity_criticism_unity_with_zai() -> None:
    text = "本次组织生活会真正达到了团结、批评、再团结的效果。"
    assert _kinds(text).get("团结、批评、再团结") == "parallel"


def test_comma_run_opened_by_standards() -> None:
    text = "新区将高水平编制规划,高质量建设项目,高标准改善民生,加快建设滨江新城。"
    assert _kinds(text).get("高水平编制规划,高质量建设项目,高标准改善民生") == "parallel"


def test_comma_clauses_sharing_one_character_stay_none() -> None:  # guard
    text = "本周高校组织学习,高中开展活动,高职举办讲座,形式多样。"
    assert not any("高中开展活动" in t for t in _kinds(text))
