"""Round 58 (r58s): a random sample of 40 collected reports (seed 57, the
second forty) read against GUIDE §5. A theme in quotes may hold quotes written
with the same marks (以“…落实“三项机制”，…”为主题): the outer quote is read as
well as the inner ones; a long quote framed as a campaign's 根本任务 or 总要求
is kept as a theme is; a run whose every item opens with 有的 narrates what each
did, no formula; and four-character items written two at a time, the pairs
parted by commas, between a clause lead and the aim it names are one formula;
全 at one inner place of items of one length frames them (群众诉求全回应).
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as texts


def test_theme_holding_quotes_of_the_same_marks() -> None:
    text = ("镇党委班子以“扎根乡村沃土，落实“三项机制”，争当“四有”干部，"
            "奋力推动乡村振兴再上台阶”为主题召开民主生活会。")
    found = texts(text)
    assert "扎根乡村沃土，落实“三项机制”，争当“四有”干部，奋力推动乡村振兴再上台阶" in found


def test_short_quote_holding_a_quote() -> None:
    text = "青年志愿者协会发出“学习“雷锋日记”，争做时代新人”的倡议。"
    assert "学习“雷锋日记”，争做时代新人" in texts(text)


def test_quotes_side_by_side_are_not_joined() -> None:
    # guard: two quotes in a row are two slogans, no quote holding another
    text = "全体党员践行“守正创新”“实干担当”理念，推动各项工作落地见效。"
    assert texts(text) == ["守正创新", "实干担当"]


def test_long_quote_framed_as_the_set_task() -> None:
    text = ("各支部要紧紧围绕“坚持以理论滋养初心，以实践检验成效，把学习成果转化为"
            "推动县域经济高质量发展的实际行动”的根本任务，扎实推进主题教育。")
    assert texts(text) == ["坚持以理论滋养初心，以实践检验成效，把学习成果转化为推动县域经济高质量发展的实际行动"]


def test_long_quote_framed_as_the_general_requirement() -> None:
    text = ("全体干部牢牢把握“坚定理想信念，锤炼过硬作风，强化责任担当，以干事创业的"
            "优异成绩回报全区广大人民群众的信任和期盼”的总要求，认真抓好各项工作。")
    assert texts(text) == ["坚定理想信念，锤炼过硬作风，强化责任担当，以干事创业的优异成绩回报全区广大人民群众的信任和期盼"]


def test_long_quotation_without_a_frame_stays_out() -> None:
    # guard: a long quote framed as nothing is a quotation
    text = ("老党员感慨地说：“我们那时候条件艰苦，大家都是白天种地晚上学习，"
            "一点一点把文化补上来的，现在的年轻人赶上了好时代。”")
    assert texts(text) == []


def test_partitive_run_narrates() -> None:
    text = "党员们分工协作，有的搬桌椅，有的挂横幅，有的发传单，现场秩序井然。"
    assert texts(text) == []


def test_partitive_run_of_three_character_clauses() -> None:
    text = "大家纷纷表态，有的谈感受，有的说打算，有的提建议，会场气氛热烈。"
    assert texts(text) == []


def test_run_with_a_shared_lead_stays() -> None:
    # guard: a shared lead that is no partitive still frames a formula
    text = "支部要求党员做到把问题查清楚、把原因析透彻、把措施定具体。"
    assert texts(text) == ["把问题查清楚、把原因析透彻、把措施定具体"]


def test_aim_written_in_pairs_parted_by_commas() -> None:
    text = "会议开得严肃活泼，达到了交流思想、澄清是非，明辨得失、改进作风，凝聚人心、推动发展的目的。"
    assert texts(text) == ["交流思想、澄清是非，明辨得失、改进作风，凝聚人心、推动发展"]


def test_aim_in_pairs_with_effect_word() -> None:
    text = "班子成员坦诚交流，收到了统一认识、增进互信，查找不足、共同进步的实际效果。"
    assert texts(text) == ["统一认识、增进互信，查找不足、共同进步"]


def test_pairs_without_a_lead_stay_out() -> None:
    # guard: pairs of actions parted by commas with no lead and aim are what was done
    text = "会前，支部征求意见、查找问题，召开会议、制定措施，层层压实整改责任。"
    assert texts(text) == []


def test_whole_of_a_thing_frame() -> None:
    text = "力争实现党员联系全覆盖、群众诉求全回应、矛盾纠纷全化解。"
    assert texts(text) == ["党员联系全覆盖、群众诉求全回应、矛盾纠纷全化解"]


def test_safety_zones_share_no_frame() -> None:
    # guard: 全 inside 安全 before a shared head names kinds of a place
    text = "镇里开展食品安全区、生产安全区、消防安全区巡查。"
    assert texts(text) == []
