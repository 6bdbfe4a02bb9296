"""Round 47 (slm): a random sample of 60 saved reports (seed 47) read against
GUIDE §5, and a random listing of 200 parallel slogans of all collected
reports (seed 4747) read for false ones. Titles between <<>> are documents
like those in 《》; one-character verbs jieba tags otherwise (惠, 顺) open
verb-object triads; a quoted honour (“全市十佳红旗党支部”) is no slogan;
verb-object items each opened by a different strengthening verb form a
formula without a lead word; runs whose items carry the particle 了, problem
lists (…不到位) and lists of skills (…能力) are none. Sentences invented;
each new behaviour failed before its fix, the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans

from lookups import slogan_texts as slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_title_between_ascii_angles_is_a_document() -> None:
    text = "青禾支部书记带领党员学习了<<关于开展青禾片区党建联建的通知>>,随后讨论。"
    assert _kinds(text) == {"关于开展青禾片区党建联建的通知": "document"}


def test_guard_title_in_book_brackets_stays_a_document() -> None:
    text = "青禾支部学习了《青禾镇党员积分管理办法》,随后讨论。"
    assert _kinds(text) == {"青禾镇党员积分管理办法": "document"}


def test_guard_short_button_between_ascii_angles_is_no_document() -> None:
    text = "页面显示<<返回首页>>按钮,支部召开会议。"
    assert slogans(text) == []


def test_triads_opening_with_hui_and_shun() -> None:
    text = "白湾法庭把惠民生、暖民心、顺民意的事项列入清单。"
    assert slogans(text) == ["惠民生、暖民心、顺民意"]


def test_quoted_honour_is_no_slogan() -> None:
    text = "石门社区党支部获评“全县十佳红旗党支部”，李某获评“优秀共产党员”。"
    assert slogans(text) == []


def test_guard_quote_ending_in_a_holder_without_honour_word_stays() -> None:
    text = "石门社区号召党员“争做合格党员”，持续推进工作。"
    assert slogans(text) == ["争做合格党员"]


def test_guard_quoted_pair_holding_honour_words_stays() -> None:
    text = "石门社区提出“重回先进，再当优秀”的目标。"
    assert slogans(text) == ["重回先进，再当优秀"]


def test_strengthening_verb_object_run_without_lead() -> None:
    text = "会议要求，锤炼党性、激发活力、凝聚合力，推动各项工作落地。"
    assert slogans(text) == ["锤炼党性、激发活力、凝聚合力"]


def test_strengthening_six_character_run_without_lead() -> None:
    text = "马某要求，强化理论武装、锤炼政治品格、坚定理想信念，担当作为。"
    assert slogans(text) == ["强化理论武装、锤炼政治品格、坚定理想信念"]


def test_guard_steps_taken_without_lead_stay_none() -> None:
    text = "会前，征求意见、查找差距、制定措施，做好各项准备。"
    assert slogans(text) == []


def test_guard_six_character_steps_stay_none() -> None:
    text = "会前，召开专题会议、制定工作方案、撰写检查材料，做好准备。"
    assert slogans(text) == []


def test_run_of_clauses_with_le_is_no_formula() -> None:
    text = "会后，党员们明确了学习任务，把握了学习重点，坚定了学习信心。"
    assert slogans(text) == []


def test_guard_run_with_liaojie_stays() -> None:
    text = "驻村干部走进田间倾听民声、了解民情、化解民忧，办好实事。"
    assert slogans(text) == ["倾听民声、了解民情、化解民忧"]


def test_problem_list_ending_budaowei_is_no_formula() -> None:
    text = "着力解决台账管理不到位、督促检查不到位、成果运用不到位等问题。"
    assert slogans(text) == []


def test_list_of_skills_is_no_formula() -> None:
    text = "着力提升舆情研判能力、防范风险能力、应急处置能力，保障发展。"
    assert slogans(text) == []


def test_guard_daowei_run_stays() -> None:
    text = "青川区要求做到宣传到位、排查到位、整治到位。"
    assert slogans(text) == ["宣传到位、排查到位、整治到位"]
