"""Round 42 (slm): a random sample of 60 saved reports (seed 42) read against
GUIDE §5. A verb-object triad opening with 把 after a clause lead (做到把方向、
议大事、促落实), triads after a causative verb and its object (引导党员干部受警醒、
明底线、知敬畏), five-character items closed by different verdicts (查摆问题准，
分析原因深，整改措施实) and 不-framed items after a clause lead (做到主动深入不
表面、…) are parallel formulas. Sentences invented; each new behaviour failed
before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as slogans


def test_triad_opening_with_ba_after_a_lead_is_a_formula() -> None:
    text = "会议要求，青石村党支部要切实履行职责，做到把方向、议大事、促落实。"
    assert slogans(text) == ["把方向、议大事、促落实"]


def test_triads_after_a_causative_verb_and_its_object_are_a_formula() -> None:
    text = "通过观看警示片，引导党员干部受警醒、明底线、知敬畏。"
    assert slogans(text) == ["受警醒、明底线、知敬畏"]


def test_guard_triads_of_dictionary_builds_after_a_causative_object() -> None:
    text = "柳河镇党委督促广大职工讲规矩、守纪律、严自律。"
    assert slogans(text) == ["讲规矩、守纪律、严自律"]


def test_five_character_verdict_items_joined_by_commas_are_a_formula() -> None:
    text = "指导组认为，这次会议查摆问题准，分析原因深，整改措施实，达到了预期目的。"
    assert slogans(text) == ["查摆问题准，分析原因深，整改措施实"]


def test_five_character_verdict_items_with_de_are_a_formula() -> None:
    text = "大家认为，此次民主生活会问题找得准、原因挖得深、措施定得实。"
    assert slogans(text) == ["问题找得准、原因挖得深、措施定得实"]


def test_negated_items_after_a_clause_lead_are_a_formula() -> None:
    text = "要求全体党员做到学习研读不走样、对照检查不回避、整改落实不拖延。"
    assert slogans(text) == ["学习研读不走样、对照检查不回避、整改落实不拖延"]


def test_guard_a_list_of_shortcomings_with_bu_is_no_formula() -> None:
    text = "查摆出责任落实不到位、整改措施不具体、制度执行不严格等问题。"
    assert slogans(text) == []


def test_guard_short_shortcomings_stay_a_list() -> None:
    text = "白沙县巡察办存在经费不足、力量不强、机制不顺、督促不够等困难。"
    assert slogans(text) == []


def test_guard_five_character_items_without_verdicts_stay_a_list() -> None:
    text = "会上，张明远通报工作情况，李晓红汇报了方案，王国庆作表态发言。"
    assert slogans(text) == []


def test_guard_activity_triads_inside_a_clause_stay_a_list() -> None:
    text = "支部通过讲党课、写心得、做研讨等形式开展学习。"
    assert slogans(text) == []


def test_guard_causative_verb_with_a_verb_after_it_opens_nothing() -> None:
    text = "推动解决问题、化矛盾、促和谐的工作落到实处。"
    assert slogans(text) == []


def test_verdict_items_before_a_count_naming_them_are_one_formula() -> None:
    text = "他指出，结对共建呈现出选人用人准、结对帮扶实、日常监督严、群众评价好四个特点。"
    assert slogans(text) == ["选人用人准、结对帮扶实、日常监督严、群众评价好"]


def test_guard_verdict_items_cut_before_a_longer_item_are_no_run() -> None:
    text = "他指出，结对共建呈现出结对帮扶实、日常监督严、群众评价好、服务覆盖面广的特点。"
    assert slogans(text) == []
