"""Round 61 (r61s): a random sample of 40 collected reports (seed 61, the
first forty) read against GUIDE §5. Clauses after commas opened by one shared
adverb make a parallel run: 不 alone over items of one length (不推诿扯皮，
不敷衍塞责，不弄虚作假), or a two-character adverb whose items end in 情况
(如实说明情况…), the object of a verb there, no report's particulars; 学懂、弄通、
做实 is a known formula written with 、 as well; a quoted “一把手” or “三句半”
and a mass organization's congress by its ordinal (“九代会”) count nothing,
and “三农” is a numbered formula. Sentences invented; each new behaviour
failed before its fix, the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_negated_comma_clauses_make_a_run() -> None:
    text = "督导组要求各科室不推诿扯皮，不敷衍塞责，不弄虚作假，按期完成整改任务。"
    assert _kinds(text).get("不推诿扯皮，不敷衍塞责，不弄虚作假") == "parallel"


def test_negated_clauses_of_free_length_make_none() -> None:  # guard
    text = "他说不去了，不想再等下去，不要紧，明天还有机会。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_two_character_adverb_leads_items_ending_in_situation() -> None:
    text = "希望被检查单位如实说明情况，如实报送材料，如实通报问题，全力支持督查工作。"
    assert _kinds(text).get("如实说明情况，如实报送材料，如实通报问题") == "parallel"


def test_situations_listed_stay_no_run() -> None:  # guard
    text = "会议听取了资金使用情况、项目建设情况、制度执行情况的汇报。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_learn_understand_practise_with_commas() -> None:
    text = "全体干部要在学懂、弄通、做实上持续用力，推动理论武装走深走实。"
    assert _kinds(text).get("学懂、弄通、做实") == "parallel"


def test_number_one_is_quoted_not_numbered() -> None:
    text = "纪委持续强化对“一把手”和领导班子的监督。"
    assert _kinds(text).get("一把手") == "quoted"


def test_folk_performance_is_quoted_not_numbered() -> None:
    text = "文艺志愿者用“三句半”的形式宣讲惠农政策。"
    assert _kinds(text).get("三句半") == "quoted"


def test_ordinal_congress_is_quoted_not_numbered() -> None:
    text = "与会委员认为，省妇联“九代会”是一次承前启后的重要会议。"
    assert _kinds(text).get("九代会") == "quoted"


def test_three_rural_is_numbered() -> None:
    text = "宣讲团围绕“三农”领域的改革举措作了解读。"
    assert _kinds(text).get("三农") == "numbered"


def test_count_formula_stays_numbered() -> None:  # guard
    text = "全体党员要增强“四个意识”，把“三会一课”落到实处。"
    kinds = _kinds(text)
    assert kinds.get("四个意识") == "numbered" and kinds.get("三会一课") == "numbered"
