"""Round 59 (r59s): a random sample of 40 collected reports (seed 59, the
first forty) read against GUIDE §5. 使 and 让 with their object lead a clause
of verb-object triads as 引导 does; 转化为 leads, and 实际行动 names, the aim of
a run of four-character items; 进一步 leads such a run standing after
punctuation; a meeting (大会, 盛会) or a principle (原则) after 的 frames a run
of four-character items whatever their build; and 富, 美 and 优, which jieba
tags a name, a place and a noun, close a noun + adjective item (乡村美);
an item ending in 开局 or 大局 is no body's name (局), and a last item ending
right before 的 is whole, not cut.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as texts


def test_causative_shi_leads_triads() -> None:
    text = "支部组织观看警示教育片，使全体党员受教育、守底线、拒腐蚀。"
    assert "受教育、守底线、拒腐蚀" in texts(text)


def test_causative_rang_leads_triads() -> None:
    text = "开展廉政谈话，让新任干部明规矩、知敬畏、守底线。"
    assert "明规矩、知敬畏、守底线" in texts(text)


def test_aim_turned_into_deeds() -> None:
    text = "要把学习成果转化为破解难题、服务群众、促进发展的实际行动，推动各项工作落地见效。"
    assert "破解难题、服务群众、促进发展" in texts(text)


def test_further_aim_standing_as_a_clause() -> None:
    text = "会议传达了全会精神，进一步统一认识、汇聚力量、推进落实。"
    assert "统一认识、汇聚力量、推进落实" in texts(text)


def test_meeting_framed_by_its_formula() -> None:
    text = "大家一致认为，这是一次继往开来、凝心聚力、催人奋进的大会。"
    assert "继往开来、凝心聚力、催人奋进" in texts(text)


def test_gathering_framed_by_its_formula() -> None:
    text = "本次代表大会是一次发扬民主、共商大计、鼓舞斗志的盛会。"
    assert "发扬民主、共商大计、鼓舞斗志" in texts(text)


def test_principle_framed_by_its_formula() -> None:
    text = "巡察组坚持依规依纪、客观公正、实事求是的原则，认真开展各项工作。"
    assert "依规依纪、客观公正、实事求是" in texts(text)


def test_noun_adjective_triads_with_mistagged_adjectives() -> None:
    text = "全镇上下齐心协力，努力建设乡村美、产业兴、农民富的和美乡村。"
    assert "乡村美、产业兴、农民富" in texts(text)


def test_noun_adjective_triads_with_you() -> None:
    text = "着力打造环境优、服务好、效率高的一流营商环境。"
    assert "环境优、服务好、效率高" in texts(text)


def test_activity_list_inside_a_clause_stays_out() -> None:
    # guard: a list of activities inside a clause, no lead before it, is no formula
    text = "支部通过集中学习、专题研讨、实地参观等形式开展主题党日活动。"
    assert texts(text) == []


def test_meeting_named_after_a_list_stays_out() -> None:
    # guard: meetings named in a list, each ending in 大会, are no formula
    text = "学校先后召开教职工大会、学生代表大会、家长委员会大会，通报有关情况。"
    assert not any("、" in x for x in texts(text))


def test_item_ending_in_kaiju_is_no_body() -> None:
    text = "全县上下坚持高站位谋划、高质量开局、高效率推进，确保各项任务落地。"
    assert "高站位谋划、高质量开局、高效率推进" in texts(text)


def test_last_item_before_de_with_one_shared_char() -> None:
    text = "镇党委坚持高站位谋划、高质量开局、高效率推进的工作思路。"
    assert "高站位谋划、高质量开局、高效率推进" in texts(text)


def test_bureaus_stay_out() -> None:
    # guard: items ending in 局 that name bureaus are no formula
    text = "县公安局、县民政局、县财政局的负责同志参加了会议。"
    assert not any("、" in x for x in texts(text))
