"""The slogan and document extractor on sentences written for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.slogans import extract_slogans


def by_text(text: str) -> dict:
    return {s.text: s for s in extract_slogans(text)}


def test_spans_point_at_the_slogan_text() -> None:
    text = ("县法院党组以“守初心、担使命、找差距、抓落实”为主题，对照《中国共产党章程》，"
            "认真落实三会一课制度，增强四个意识。")
    for sl in extract_slogans(text):
        assert sl.count == len(sl.spans)
        for s, e in sl.spans:
            assert text[s:e] == sl.text


def test_quoted_slogan_without_quotes_and_with_count() -> None:
    text = "支部提出“严标准、严程序、严整改”的要求，会上再次强调“严标准、严程序、严整改”。"
    got = by_text(text)
    sl = got["严标准、严程序、严整改"]
    assert sl.kind == "quoted"
    assert sl.count == 2


def test_corner_brackets_and_nested_single_quotes() -> None:
    text = "会议以「反对‘四风’、服务群众」为重点开展查摆。"
    got = by_text(text)
    assert got["反对‘四风’、服务群众"].kind == "quoted"
    assert got["四风"].kind == "numbered"


def test_quoted_count_formula_is_numbered() -> None:
    got = by_text("学院党委推行“三查三改”工作法，落实“五个到位”。")
    assert got["三查三改"].kind == "numbered"
    assert got["五个到位"].kind == "numbered"


def test_lexicon_formulas_unquoted_are_covered() -> None:
    text = "全体党员坚持三会一课制度，深化四史学习，树牢四个意识，坚定四个自信，做到两个维护。"
    got = by_text(text)
    for name in ("三会一课", "四史", "四个意识", "四个自信", "两个维护"):
        assert got[name].kind == "numbered"
        s, e = got[name].spans[0]
        assert text[s:e] == name
    assert got["四个意识"].expansion == ["政治意识", "大局意识", "核心意识", "看齐意识"]


def test_ordinal_is_not_a_lexicon_formula() -> None:
    assert "四风" not in by_text("第四风险点位已整改。")


def test_expanded_formula_is_reported_with_its_expansion() -> None:
    text = "要牢固树立政治意识、大局意识、核心意识、看齐意识，坚决纠治形式主义、官僚主义、享乐主义和奢靡之风。"
    got = by_text(text)
    sl = got["政治意识、大局意识、核心意识、看齐意识"]
    assert sl.kind == "numbered"
    assert sl.expansion == ["政治意识", "大局意识", "核心意识", "看齐意识"]
    assert got["形式主义、官僚主义、享乐主义和奢靡之风"].expansion[-1] == "奢靡之风"


@pytest.mark.parametrize("run", [
    "一张图谋划、一把尺衡量、一条心推进",
    "把思想摆进去、把岗位摆进去、把责任摆进去",
    "政治鉴别力、政治洞察力、政治定力强",
])
def test_parallel_runs(run: str) -> None:
    text = f"二支部坚持{run}，推动整改见效。"
    kinds = {s.text: s.kind for s in extract_slogans(text)}
    found = [t for t, k in kinds.items() if k == "parallel"]
    assert found, kinds
    assert any(t in run or run.startswith(t) for t in found)


def test_parallel_run_trims_the_lead_in() -> None:
    text = "会上大家谈到要学规、知规、守规、用规，并作出承诺。"
    got = by_text(text)
    assert got["学规、知规、守规、用规"].kind == "parallel"


@pytest.mark.parametrize("text", [
    "会议邀请县委、县政府、县人大、县政协有关负责同志参加。",
    "第一党支部、第二党支部、第三党支部分别作交流发言。",
    "组织委员、宣传委员、纪检委员列席会议。",
    "参会人员有王小明、李小红、张大海等。",
    "上午、中午、下午分三个时段进行。",
    "市图书馆、博物馆、纪念馆组织参观。",
])
def test_ordinary_lists_are_not_slogans(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


def test_recurring_count_formula_is_numbered() -> None:
    text = "学院推进三个融合。一是……三个融合贯穿全年，确保四个方面取得实效，四个方面均有进展。"
    got = by_text(text)
    assert got["三个融合"].kind == "numbered"
    assert got["三个融合"].count == 2
    assert not any(t.startswith("四个方面") for t in got)


def test_documents_are_kind_document_without_brackets() -> None:
    text = "学习了《中国共产党支部工作条例（试行）》和《关于开展“我为群众办实事”实践活动的通知》。"
    got = by_text(text)
    assert got["中国共产党支部工作条例（试行）"].kind == "document"
    doc = "关于开展“我为群众办实事”实践活动的通知"
    assert got[doc].kind == "document"
    # a quote inside a title is part of the title, not a slogan of its own
    assert "我为群众办实事" not in got


def test_long_quotations_are_not_slogans() -> None:
    text = "他指出：“我们要把学习成果转化为推动工作的强大动力。要坚持问题导向，坚持实事求是，把每一项整改任务落到实处。”"
    assert [s for s in extract_slogans(text) if s.kind == "quoted"] == []


LONG_THEME = ("认真学习贯彻新时代中国特色社会主义思想，坚定拥护党中央权威和集中统一领导，"
              "做到思想过硬、能力过硬、作风过硬，全面落实县委各项决策部署")


@pytest.mark.parametrize("text", [
    f"县农业农村局党组召开民主生活会，紧扣“{LONG_THEME}”主题开展批评与自我批评。",
    f"会议以“{LONG_THEME}”为主题。",
    f"本次民主生活会的主题是：“{LONG_THEME}”。",
])
def test_long_quoted_themes_are_slogans(text: str) -> None:
    # annual 民主生活会 themes run past MAX_QUOTED; framed by 主题 they are kept,
    # and a formula inside stays one of its own
    got = by_text(text)
    assert got[LONG_THEME].kind == "quoted"
    assert "思想过硬、能力过硬、作风过硬" in got


def test_long_quote_without_a_theme_frame_is_a_quotation() -> None:
    text = f"他说：“{LONG_THEME}”。"
    assert LONG_THEME not in by_text(text)


@pytest.mark.parametrize("text", [
    "学习十九大精神，宣讲十九大精神，落实十九大精神。",
    "自十八大以来，特别是十八大以来的十年。",
])
def test_a_congress_is_no_numbered_formula(text: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "numbered"] == []


def test_short_quoted_nicknames_are_skipped() -> None:
    got = by_text("支部书记当好“领头羊”，发挥“头雁”作用。")
    assert "头雁" not in got and "领头羊" not in got


def test_empty_text() -> None:
    assert extract_slogans("") == []


def test_ascii_and_white_corner_quotes() -> None:
    got = by_text('支部开展"比学习、比作风、比实绩"竞赛，落实『三会一课』。')
    assert got["比学习、比作风、比实绩"].kind == "quoted"
    assert got["三会一课"].kind == "numbered"


def test_short_quoted_numerals_are_kept_to_cover_their_numbers() -> None:
    text = "迎接“七一”，谋划“十四五”。"
    got = by_text(text)
    assert set(got) == {"七一", "十四五"}
    s, e = got["十四五"].spans[0]
    assert text[s:e] == "十四五"


def test_reported_speech_is_not_a_slogan() -> None:
    text = "一名党员说：“这次查摆很有收获”。书记强调“真查真改”，落实“两个维护”。"
    got = by_text(text)
    assert "这次查摆很有收获" not in got
    assert got["真查真改"].kind == "quoted"
    assert got["两个维护"].kind == "numbered"
    got = by_text("活动主题是：“守初心、担使命”。他说“好得很”。")
    assert got["守初心、担使命"].kind == "quoted"


def test_recurring_da_formula_is_numbered() -> None:
    text = "医院实施五大行动，五大行动覆盖全部科室。"
    assert by_text(text)["五大行动"].count == 2


def test_user_lexicon_folder_extends_the_formulas(tmp_path, monkeypatch) -> None:
    from reportmine import resources

    (tmp_path / "numbered_slogans.tsv").write_text("name\taliases\texpansion\n五个坚持\t\t\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        got = by_text("全院上下落实五个坚持。")
        assert got["五个坚持"].kind == "numbered"
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
    assert "五个坚持" not in by_text("全院上下落实五个坚持。")


def test_formula_of_maps_names_aliases_and_written_out_forms() -> None:
    from reportmine.extract.slogans import formula_of

    got = by_text("坚持四个意识，树牢政治意识、大局意识、核心意识、看齐意识，落实四个坚持，倡导“比学赶超”。")
    assert formula_of(got["四个意识"]) == "四个意识"
    assert formula_of(got["政治意识、大局意识、核心意识、看齐意识"]) == "四个意识"
    assert formula_of(got["四个坚持"]) == "四项基本原则"
    assert formula_of(got["比学赶超"]) is None


_PIECES = ["学", "纪", "四个意识", "三会一课", "政治", "力", "、", "，", ",", "。", "“", "”", "‘", "’",
           "《", "》", "「", "」", '"', "把", "摆进去", "形式主义", "官僚主义", "享乐主义", "奢靡之风",
           "和", "五个", "强化", "第", "12", "次", " ", "\n", "以学", "铸魂", "增智"]


def test_spans_stay_valid_on_arbitrary_mixtures() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=60))
    def check(pieces: list[str]) -> None:
        text = "".join(pieces)
        for sl in extract_slogans(text):
            assert sl.text and sl.count == len(sl.spans) == len(set(sl.spans))
            assert sl.kind in {"quoted", "numbered", "parallel", "document"}
            for s, e in sl.spans:
                assert 0 <= s < e <= len(text)
                assert text[s:e] == sl.text

    check()


def test_parallel_run_with_a_joining_he_before_the_last_item() -> None:
    text = "要不断提高政治判断力、政治领悟力和政治执行力，推动工作。"
    got = by_text(text)
    assert got["政治判断力、政治领悟力和政治执行力"].kind == "parallel"
    text = "引导党员学纪、知纪、明纪和守纪。"
    assert by_text(text)["学纪、知纪、明纪和守纪"].kind == "parallel"


@pytest.mark.parametrize("text, run", [
    ("县残联党组增强政治自觉、思想自觉和行动自觉，加强领导。", "政治自觉、思想自觉和行动自觉"),
    ("要提高团组织的凝聚力、战斗力和号召力，近日，区团委举行活动。", "凝聚力、战斗力和号召力"),
    ("引导党员学纪、知纪、明纪和守纪，今年以来，支部多次学习。", "学纪、知纪、明纪和守纪"),
])
def test_joined_last_item_before_a_comma_clause(text: str, run: str) -> None:
    # the token 思想自觉和行动自觉 ends at a comma, so 和 sits inside it
    assert by_text(text)[run].kind == "parallel"


@pytest.mark.parametrize("text", ["会议邀请了县委办、县政府办和县人大办，共同研究。",
                                  "社区组织志愿者、网格员和楼栋长，开展走访。",
                                  "平和、和谐与和睦，三者相连，"])
def test_joined_ordinary_list_before_a_comma_is_no_slogan(text: str) -> None:
    assert not [s for s in extract_slogans(text) if s.kind == "parallel"]


@pytest.mark.parametrize("text", ["学纪、知纪和。", "、知纪和", "学纪、知纪、明纪和", "A、B和“C”、D与，"])
def test_joiner_at_a_run_edge_does_not_break(text: str) -> None:
    for sl in extract_slogans(text):
        for s, e in sl.spans:
            assert text[s:e] == sl.text


@pytest.mark.parametrize("run", [
    "获得感、幸福感、安全感",
    "系统性、整体性、协同性",
    "凝聚力、战斗力、号召力",
])
def test_a_shared_quality_ending_makes_a_parallel_run(run: str) -> None:
    kinds = {s.text: s.kind for s in extract_slogans(f"不断增强群众的{run}，推动工作落实。")}
    assert kinds.get(run) == "parallel", kinds


def test_a_shared_head_noun_is_still_an_ordinary_list() -> None:
    # 馆 is a head noun, not a quality ending (parallel_quality_suffixes.txt)
    assert [s for s in extract_slogans("组织参观科技馆、博物馆、纪念馆。") if s.kind == "parallel"] == []


def test_a_pair_ending_makes_a_formula_of_two_character_items_only() -> None:
    # 点 after one character each is a formula (parallel_pair_suffixes.txt) ...
    kinds = {s.text: s.kind for s in extract_slogans("着力破解企业发展的堵点、痛点、难点，优化服务。")}
    assert kinds.get("堵点、痛点、难点") == "parallel", kinds
    # ... after longer words it names sites, an ordinary list
    assert [s for s in extract_slogans("先后走访服务点、示范点、联系点。") if s.kind == "parallel"] == []


def test_formulas_written_out_or_unquoted_from_the_lexicon() -> None:
    got = by_text("支行要做好科技金融、绿色金融、普惠金融、养老金融、数字金融五篇大文章，落实第一议题制度。")
    assert got["五篇大文章"].kind == "numbered"
    assert got["第一议题"].kind == "numbered"
    run = got["科技金融、绿色金融、普惠金融、养老金融、数字金融"]
    assert run.kind == "numbered" and len(run.expansion) == 5
    # the written-out 五育 covers the whole run, not its first four items
    got = by_text("坚持德育、智育、体育、美育、劳动教育协同发展。")
    assert "德育、智育、体育、美育" not in got
    assert got["德育、智育、体育、美育、劳动教育"].kind == "numbered"


def test_a_frame_inside_items_of_one_length_makes_a_parallel_run() -> None:
    text = "坚持问题不查实不收手、责任不压实不松劲、成效不巩固不撤兵，推动整改。"
    kinds = {s.text: s.kind for s in extract_slogans(text)}
    assert kinds.get("问题不查实不收手、责任不压实不松劲、成效不巩固不撤兵") == "parallel", kinds


@pytest.mark.parametrize("text", [
    "青松市第一中学、白沙市第二中学、石桥县第三中学作交流发言。",   # bodies, though framed alike
    "市科协、市侨联、市残联、市红十字会负责同志参加。",
    "采取个人自学、集中研讨、警示教育、专题辅导相结合的方式。",       # methods, no shared frame
])
def test_lists_of_bodies_or_methods_are_not_slogans(text: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "parallel"] == []


def test_items_up_to_ten_characters_and_venue_lists() -> None:
    got = by_text("坚持理论性和实践性相统一、统一性和多样性相统一、主导性和主体性相统一。")
    assert got["理论性和实践性相统一、统一性和多样性相统一、主导性和主体性相统一"].kind == "parallel"
    # a list of sites shares an ending but is no formula (parallel_stop_suffixes.txt)
    assert not [s for s in extract_slogans("用好红色教育基地、国防教育基地、廉政教育基地。") if s.kind == "parallel"]


def test_a_written_out_four_dare_formula_and_a_short_lexicon_phrase() -> None:
    got = by_text("引导干部敢为、敢闯、敢干、敢首创，深化“放管服”改革。")
    assert got["敢为、敢闯、敢干、敢首创"].kind == "numbered"
    assert "放管服" in got


@pytest.mark.parametrize("text, formula", [
    # three-character items sharing no character, one build (verb + noun, noun + adjective)
    ("要求全体党员做到讲政治、守规矩、重品行、作表率。", "讲政治、守规矩、重品行、作表率"),
    ("争做讲政治、重公道、业务精、作风好的模范部门。", "讲政治、重公道、业务精、作风好"),
    ("会议要求抓党建、促发展、保稳定。", "抓党建、促发展、保稳定"),
    # a tail dropped after items of one length sharing two opening characters
    ("要坚持严的基调、严的措施、严的氛围不动摇。", "严的基调、严的措施、严的氛围"),
])
def test_formulas_without_a_shared_edge(text: str, formula: str) -> None:
    assert formula in [s.text for s in extract_slogans(text)]


@pytest.mark.parametrize("text", [
    "参加会议的有王建国、李明华、张卫东等同志。",
    "家中添置了电冰箱、洗衣机、电视机。",
])
def test_lists_of_names_and_things_are_no_formula(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


@pytest.mark.parametrize("text, formula", [
    # one quality character, 的 and a noun: the frame fixes the length, also of a cut tail
    ("要以新的标准、硬的举措、实的成效推动整改落地。", "新的标准、硬的举措、实的成效"),
    # a shared quality prefix over items of two and three characters
    ("坚持真查、真改、真问责的态度。", "真查、真改、真问责"),
    ("做到早学、早改、早落实。", "早学、早改、早落实"),
    # the last three-character item is no piece cut out of the next clause's word
    ("要求党员讲团结、守规矩、重实干、着力改善作风。", "讲团结、守规矩、重实干"),
])
def test_parallel_runs_without_a_shared_morpheme_or_of_two_lengths(text: str, formula: str) -> None:
    got = [s.text for s in extract_slogans(text) if s.kind == "parallel"]
    assert got == [formula]


@pytest.mark.parametrize("text", [
    "我的家乡、你的朋友、他的老师都来了。",   # pronouns before 的: no frame
    "由党委、党支部、党小组分别组织学习。",   # a noun shared, items of two lengths: bodies
])
def test_no_parallel_run_from_a_loose_frame(text: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "parallel"] == []


def test_short_quotes_in_a_series_are_kept() -> None:
    got = by_text("开设“沉浸式”、“互动式”、“研讨式”课堂，推行“线上学”与“线下学”结合。")
    assert {"沉浸式", "互动式", "研讨式", "线上学", "线下学"} <= set(got)
    # a pair of nicknames stays out
    assert by_text("争当“领头羊”和“排头兵”。") == {}


def test_known_formulas_written_with_a_joining_he_or_mixed_separators() -> None:
    got = by_text("支部担负直接教育党员、管理党员、监督党员和组织群众、宣传群众、凝聚群众、服务群众的职责，"
                  "会议达到了坚持真理、修正错误，增进团结、振奋精神的目的。")
    assert "教育党员、管理党员、监督党员和组织群众、宣传群众、凝聚群众、服务群众" in got
    assert "坚持真理、修正错误，增进团结、振奋精神" in got


@pytest.mark.parametrize("text, formula", [
    # a one-character lead-in before the first item (要|讲…) is cut, not the item
    ("作风要实。要讲原则、讲纪律、讲奉献、讲团结。", "讲原则、讲纪律、讲奉献、讲团结"),
    ("整改要真。要对标、对表、对账、对事，逐项销号。", "对标、对表、对账、对事"),
    # four-character items whose one shared ending is a verb's object (…养廉),
    # also cut from a lead-in and with 和 before the last item
    ("坚持读书养廉、制度保廉、家训助廉、谈话促廉和警示思廉。", "读书养廉、制度保廉、家训助廉、谈话促廉和警示思廉"),
])
def test_parallel_runs_after_a_short_lead_in_or_with_a_verb_object_ending(text: str, formula: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "parallel"] == [formula]


@pytest.mark.parametrize("text", [
    # noun phrases sharing only a final word: a list of things, not a formula
    "学校对图书馆维修、体育馆维修、礼堂维修等项目进行验收。",
    "社区开展高血压筛查、糖尿病筛查、骨密度筛查等服务。",
    "职工就个人经营性贷款、汽车按揭贷款、商业住房贷款等问题提问。",
    "会上就住房公积金贷款、个人消费贷款、汽车按揭贷款等问题作了解答。",
    # four-character school names share 学, but 小学/中学 is a word
    "参观了实验小学、育才中学、第一中学、光明中学。",
])
def test_lists_of_nouns_sharing_a_final_word_are_no_formula(text: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "parallel"] == []


@pytest.mark.parametrize("text, formula", [
    ("始终做到政治过硬、业务过硬、作风过硬。", "政治过硬、业务过硬、作风过硬"),
    ("压实属地管理责任、部门监管责任、企业主体责任。", "属地管理责任、部门监管责任、企业主体责任"),
])
def test_a_shared_final_word_after_qualifiers_is_still_a_formula(text: str, formula: str) -> None:
    assert formula in [s.text for s in extract_slogans(text)]


def test_a_recurring_count_of_bodies_is_no_formula() -> None:
    text = "市委派出四个督导组。四个督导组分别进驻各单位，四个督导组组长参加会议。"
    assert extract_slogans(text) == []


@pytest.mark.parametrize("text, formula", [
    ("充分发挥党委把方向、管大局、促落实的领导作用。", "把方向、管大局、促落实"),
    ("坚持发现问题、形成震慑、推动改革、促进发展的巡察定位。", "发现问题、形成震慑、推动改革、促进发展"),
])
def test_canonical_formulas_without_a_shared_part_come_from_the_lexicon(text: str, formula: str) -> None:
    assert formula in by_text(text)


@pytest.mark.parametrize("text, formula", [
    ("班子成员要切实落实两个主体责任。", "两个主体责任"),
    ("着力抓好五个一批，推动工作落地。", "五个一批"),
])
def test_numbered_formulas_named_once(text: str, formula: str) -> None:
    assert by_text(text)[formula].kind == "numbered"


def test_short_quotes_written_side_by_side_form_a_series() -> None:
    got = by_text("推行“马上办”“网上办”“就近办”，做到“好差评”。")
    assert {"马上办", "网上办", "就近办"} <= set(got)
    assert "好差评" not in got


@pytest.mark.parametrize("text", [
    "“周某身为中共党员、公职人员，纪法意识淡薄……”会上，县中心医院纪委书记通报了案情。",
    "“这次会议准备充分，主题突出，但辣味还有所欠缺…”督导组组长点评道。",
    "“整改要见底,不能只停在纸面上...”他强调。",  # NFKC writes … as ...
])
def test_a_quotation_cut_short_is_no_slogan(text: str) -> None:
    # a quote trailing off in an ellipsis after a comma is reported speech
    assert [s for s in extract_slogans(text) if s.kind == "quoted"] == []


def test_a_formula_with_an_ellipsis_but_no_clause_stays() -> None:
    assert "学思想、强党性……" in by_text("围绕“学思想、强党性……”开展学习。")


@pytest.mark.parametrize("text, run", [
    ("镇党委坚持全面整改、立行立改、即知即改，确保问题清零。", "全面整改、立行立改、即知即改"),
    ("通过原原本本学、融会贯通学、联系实际学，推动学习走深。", "原原本本学、融会贯通学、联系实际学"),
    ("推动示范带动干、比学赶超干、攻坚克难干。", "示范带动干、比学赶超干、攻坚克难干"),
])
def test_a_shared_closing_verb_makes_a_parallel_run(text: str, run: str) -> None:
    assert by_text(text)[run].kind == "parallel"


@pytest.mark.parametrize("text", ["县教育局组织实验中学、育才小学、第一中学开展活动。",
                                  "纪委采取交叉检查、随机抽查、重点督查等方式开展监督。"])
def test_a_shared_closing_noun_or_method_verb_is_an_ordinary_list(text: str) -> None:
    assert not [s for s in extract_slogans(text) if s.kind == "parallel"]


@pytest.mark.parametrize("text, formula", [
    ("围绕“学思践悟提升本领、知行合一推动发展、守正创新勇于担当、清正廉洁树立形象、服务群众办好实事”开展活动。",
     "学思践悟提升本领、知行合一推动发展、守正创新勇于担当、清正廉洁树立形象、服务群众办好实事"),
    ("提出“抓好理论学习、加强组织建设、推进作风转变、深化廉政教育、强化制度执行、提升服务水平、落实主体责任”的要求。",
     "抓好理论学习、加强组织建设、推进作风转变、深化廉政教育、强化制度执行、提升服务水平、落实主体责任"),
])
def test_a_long_quote_of_equal_items_is_one_formula(text: str, formula: str) -> None:
    assert formula in [s.text for s in extract_slogans(text)]


def test_a_long_quoted_sentence_stays_a_quotation() -> None:
    text = "他强调“要坚持把学习贯彻党的二十大精神作为首要政治任务，推动各项工作落地见效，确保取得实实在在的成效”。"
    assert extract_slogans(text) == []


@pytest.mark.parametrize("text", [
    "各支部明确学习时间、学习地点、学习内容。",
    "会议明确检查范围、检查方式、检查重点。",
    "镇党委确定走访人员、走访时间、走访形式、走访内容。",
    "支部制定计划，明确活动主题、活动内容、活动形式。",
])
def test_a_plans_particulars_sharing_an_opening_word_are_no_slogan(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


@pytest.mark.parametrize("text, slogan", [
    ("坚持定目标、定措施、定时限。", "定目标、定措施、定时限"),
    ("持续做到政治过硬、业务过硬、作风过硬。", "政治过硬、业务过硬、作风过硬"),
])
def test_formulas_near_a_plans_particulars_stay(text: str, slogan: str) -> None:
    assert slogan in by_text(text)


@pytest.mark.parametrize("text", [
    "“多亏了志愿者啊，帮我们修好了水管，真是谢谢了”老人对社区工作人员连连称赞。",
    "“这样的课堂我们爱听呢，讲的都是身边事”居民纷纷点赞。",
])
def test_spoken_words_quoted_without_a_verb_of_saying_are_no_slogans(text: str) -> None:
    assert [s.text for s in extract_slogans(text) if s.kind == "quoted"] == []


@pytest.mark.parametrize("text, slogan", [
    ("宣讲队先后进机关、进企业、进校园、进社区、进农村、进军营、进工地、进网络，开展宣讲40场。",
     "进机关、进企业、进校园、进社区、进农村、进军营、进工地、进网络"),
    ("组织党员进社区、进农村、进家庭开展志愿服务。", "进社区、进农村、进家庭"),
    ("支部书记谈学习体会、谈思想认识、谈贯彻举措。", "谈学习体会、谈思想认识、谈贯彻举措"),
])
def test_one_verb_before_places_or_bodies_is_a_formula(text: str, slogan: str) -> None:
    assert slogan in [s.text for s in extract_slogans(text) if s.kind == "parallel"]


@pytest.mark.parametrize("text", [
    "走访了城东社区、城西社区、城南社区。",
    "参加会议的有市委、市政府、市政协负责同志。",
    "先后到张村、李村、王村调研。",
    "辖区有中学、小学、大学各一所。",
])
def test_lists_of_places_and_bodies_stay_no_formula(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


@pytest.mark.parametrize("text, slogan", [
    # one adverb opening every item: 员 closes the verb 动员, no office
    ("县局党组对巡察整改工作再动员、再部署、再落实，确保按期完成。", "再动员、再部署、再落实"),
    # a frame of two inner characters besides the shared last one, the first item after a lead-in
    ("检查各支部思想上是否有偏差、行动上是否有落差、落实上是否有温差，及时纠正。",
     "思想上是否有偏差、行动上是否有落差、落实上是否有温差"),
    ("要把牢为民服务这个出发点、真抓实干这个着力点、群众满意这个落脚点，推动工作。",
     "为民服务这个出发点、真抓实干这个着力点、群众满意这个落脚点"),
    # 及 of the word 及时 is no function character
    ("坚持原原本本学、及时跟进学、联系实际学，推动理论学习走深。", "原原本本学、及时跟进学、联系实际学"),
    # 学 (tagged a noun) opens a verb-object item; the last item is whole before the comma
    ("引导青年干部学党章、读原著、悟原理，在实践中增长本领。", "学党章、读原著、悟原理"),
    # a one-character verb before the shared verb 学
    ("党委书记坚持领学、督学、促学，推动学习往深里走。", "领学、督学、促学"),
])
def test_parallel_formulas_of_frames_and_verbs(text: str, slogan: str) -> None:
    assert slogan in [s.text for s in extract_slogans(text) if s.kind == "parallel"]


def test_an_item_ends_with_the_word_it_is_cut_from() -> None:
    got = [s.text for s in extract_slogans("民主生活会上，班子成员讲实话、讲真话、讲心里话，批评直截了当。")]
    assert got == ["讲实话、讲真话、讲心里话"]


def test_a_quoted_formula_in_two_halves_joined_by_a_semicolon() -> None:
    got = by_text("校党委提出要做到“有温度、有深度、有力度；重学习、重调研、重落实”。")
    assert got["有温度、有深度、有力度；重学习、重调研、重落实"].kind == "quoted"
    assert "有温度、有深度、有力度" not in got
    assert by_text("他说：“我们要好好干；明年再来看看大家。”") == {}


@pytest.mark.parametrize("text, slogan", [
    ("通过展板、视频等形式，全方位、多角度、深层次展示支部建设成果。", "全方位、多角度、深层次"),
    ("对照凝心铸魂筑牢根本、锤炼品格强化忠诚、实干担当促进发展、践行宗旨为民造福、廉洁奉公树立新风的目标，"
     "班子逐一检视。",
     "凝心铸魂筑牢根本、锤炼品格强化忠诚、实干担当促进发展、践行宗旨为民造福、廉洁奉公树立新风"),
])
def test_known_formulas_without_a_shared_character(text: str, slogan: str) -> None:
    assert slogan in by_text(text)


@pytest.mark.parametrize("text, formula", [
    # one shared adverb and one item length fix where a cut tail begins
    ("全体党员要以更高标准、更严要求、更实作风投入整改工作。", "更高标准、更严要求、更实作风"),
    # three-character verb-object items jieba's tags miss, named a formula by the word after them
    ("各支部开展访民情、解民忧、聚民心行动，收效明显。", "访民情、解民忧、聚民心"),
    ("以察民情、访民意、问民需为目标深入调研。", "察民情、访民意、问民需"),
    # ... or by a numeral formula and a colon before them
    ("坚持三个到位：下基层、察实情、解民忧。", "下基层、察实情、解民忧"),
])
def test_adverb_frames_and_named_triads_are_parallel(text: str, formula: str) -> None:
    assert formula in {s.text for s in extract_slogans(text) if s.kind == "parallel"}


@pytest.mark.parametrize("text", [
    "引导党员干部下基层、察实情、解民忧。",           # no word names the triads a formula
    "在病人多、任务重、压力大的情况下坚持学习。",     # a plain list of circumstances
    "党员们纷纷讲党课、写心得、做研讨，氛围浓厚。",   # an activity list inside a clause
    "通过讲党课、写心得、做研讨等形式开展学习。",     # likewise, closed by 等
])
def test_unnamed_triads_stay_plain(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


@pytest.mark.parametrize("text, formula", [
    # round-17 ruling: verb-object triads forming a clause of their own are parallel
    ("通过这次警示教育，受警醒、明底线、知敬畏，筑牢思想防线。", "受警醒、明底线、知敬畏"),
    ("支部党员真正做到下基层、察实情、解民忧。", "下基层、察实情、解民忧"),
    ("三是：下基层、察实情、解民忧。", "下基层、察实情、解民忧"),
])
def test_triads_forming_their_own_clause_are_parallel(text: str, formula: str) -> None:
    assert formula in {s.text for s in extract_slogans(text) if s.kind == "parallel"}


def test_two_character_nouns_joined_by_he_are_a_plain_list() -> None:
    # round-17 ruling: 和 before the last item makes 特点、重点、亮点 a noun list
    text = "会议解读了该书的特点、重点和亮点，并提出学习要求。"
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []
    # longer items so joined stay formulas
    assert "政治自觉、思想自觉和行动自觉" in by_text("增强政治自觉、思想自觉和行动自觉，推动工作。")


@pytest.mark.parametrize("text, formula", [
    # round-18 ruling: noun+predicate items sharing nothing, in a clause of their own
    ("支部要求全体党员做到思想统一、步调一致、行动有力。", "思想统一、步调一致、行动有力"),
    ("会议强调，政治坚定、业务精通、作风过硬，是对干部的基本要求。", "政治坚定、业务精通、作风过硬"),
    # ... or as the qualities of a team, closed by 的
    ("努力建设一支政治坚定、业务精通、作风过硬的机关干部队伍。", "政治坚定、业务精通、作风过硬"),
    # verb-object items after a clause lead, up to punctuation or the 的 of the aim
    ("此次组织生活会达到了统一思想、凝聚共识、促进工作的目的。", "统一思想、凝聚共识、促进工作"),
    ("会后各支部切实做到统一思想、凝聚共识、促进工作。", "统一思想、凝聚共识、促进工作"),
    # objects jieba tags a verb or an adjective (认识 v, 团结 a)
    ("会议达到了统一思想、提高认识、增进团结、改进工作的预期目的。", "统一思想、提高认识、增进团结、改进工作"),
    # the team frame takes items of either build, one in four missing the tags
    ("努力打造一支对党忠诚、服务人民、执法公正、纪律严明的税务干部队伍。", "对党忠诚、服务人民、执法公正、纪律严明"),
    # 努力 is a clause lead too (also for three-character triads)
    ("全院上下努力提质效、争先进、塑品牌，为大局服务。", "提质效、争先进、塑品牌"),
])
def test_four_character_items_forming_their_own_clause_are_parallel(text: str, formula: str) -> None:
    assert formula in {s.text for s in extract_slogans(text) if s.kind == "parallel"}


@pytest.mark.parametrize("text", [
    # what was done: verb-object items after bare punctuation, with no lead
    "会前，支部学习文件、撰写心得、开展研讨，为开好会议作准备。",
    "支部开展理论学习，征求意见、查找差距、制定措施，突出问题导向。",
    # a lead but the run goes on inside the clause (no punctuation, no 的 after it)
    "切实做到学习文件、撰写心得、开展研讨全覆盖。",
    # noun+predicate items inside a clause, no lead
    "此次党课主题鲜明、内容丰富、形式新颖，深受欢迎。",
])
def test_four_character_activity_lists_and_inner_runs_stay_plain(text: str) -> None:
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


def test_a_cut_first_item_holds_no_function_word_the_others_lack() -> None:
    # 生活会 is no word of jieba's: 的 shows the cut went inside it
    text = "要抓好此次民主生活会的整改落实，制定整改措施，形成整改清单，推动工作。"
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []
    # a shared ending fixes the items: 党的意识 stays
    assert "党的意识、宗旨意识、执政意识、大局意识" in by_text("增强党的意识、宗旨意识、执政意识、大局意识，做到为党分忧。")


@pytest.mark.parametrize("text, formula", [
    ("各单位突出筑牢政治忠诚、清除害群之马、整治顽瘴痼疾、弘扬英模精神四项任务。",
     "筑牢政治忠诚、清除害群之马、整治顽瘴痼疾、弘扬英模精神"),
    ("抓好学习教育、查纠整改、总结提升三个环节。", "学习教育、查纠整改、总结提升"),
    ("党组为落实整改制定了路线图、时间表、任务书。", "路线图、时间表、任务书"),
])
def test_round18_lexicon_formulas(text: str, formula: str) -> None:
    assert formula in by_text(text)


def test_a_list_of_aspects_is_no_formula() -> None:
    text = "每位党员就自己在思想方面、纪律方面、作风方面、学习方面存在的问题开展批评。"
    assert [s for s in extract_slogans(text) if s.kind == "parallel"] == []


def test_aspects_named_with_the_locative_shang_are_no_formula() -> None:
    """X上 (in terms of X) names aspects like 方面; the one formula of that
    shape, 思想上、政治上、行动上, comes from the lexicon."""
    for text in ("党员们查找了自身在学业上、纪律上、作风上、生活上等方面的不足。",
                 "大家在工作上、学习上、生活上互相关心。"):
        assert [s for s in extract_slogans(text) if s.kind == "parallel"] == [], text
    found = extract_slogans("全体干部要在思想上政治上行动上同党中央保持高度一致。")
    assert [s.text for s in found] == ["思想上政治上行动上"]
    found = extract_slogans("始终在思想上、政治上、行动上与党中央保持一致。")
    assert [s.text for s in found] == ["思想上、政治上、行动上"]


@pytest.mark.parametrize("sentence, formula", [
    ("会议要求，全县公安机关要从严管党治警，打一场铁腕治警、正风肃纪、激浊扬清的攻坚战。", "铁腕治警、正风肃纪、激浊扬清"),
    ("要以刀刃向内的勇气，打赢正风肃纪、激浊扬清、固本培元攻坚战。", "正风肃纪、激浊扬清、固本培元"),
    ("坚决打好刀刃向内、刮骨疗毒、去腐生肌的自我革命。", "刀刃向内、刮骨疗毒、去腐生肌"),
])
def test_a_run_naming_a_campaign_is_a_formula(sentence: str, formula: str) -> None:
    """Four-character items qualifying a campaign named as a battle (…的攻坚战) form its formula, whatever their build."""
    assert (formula, "parallel") in [(s.text, s.kind) for s in extract_slogans(sentence)]


@pytest.mark.parametrize("sentence", [
    "他们用行动诠释了艰苦朴素、勇往直前、不畏牺牲的革命精神。",   # 革命 alone names no campaign
    "支部举办了一场主题鲜明、内容丰富、形式新颖的主题党日活动。",
])
def test_a_run_before_no_campaign_name_is_left(sentence: str) -> None:
    assert not [s for s in extract_slogans(sentence) if s.kind == "parallel"]


def test_a_document_title_in_quotes_is_no_slogan() -> None:
    """“关于印发《…》的通知”: a notice's title quoted, no slogan; the 《》 title inside stays a document."""
    got = {(s.text, s.kind) for s in extract_slogans(
        "为贯彻落实县委办“关于印发《专题组织生活会工作方案》的通知”精神，支部召开专题组织生活会，"
        "开出了“红脸出汗、咬耳扯袖”的效果。")}
    assert ("专题组织生活会工作方案", "document") in got
    assert ("红脸出汗、咬耳扯袖", "quoted") in got
    assert not any(text.startswith("关于") for text, _ in got)


def test_a_run_the_text_counts_as_a_formula_is_parallel() -> None:
    """…等“四个要求”: as many items as the quoted count says, of one length, the lead-in cut."""
    got = {(s.text, s.kind) for s in extract_slogans(
        "他要求党员做到思想觉悟不动摇、政治立场要站稳、工作标准不能低、奉献情怀不能丢等“四个要求”。")}
    assert ("思想觉悟不动摇、政治立场要站稳、工作标准不能低、奉献情怀不能丢", "parallel") in got
    assert ("四个要求", "numbered") in got


@pytest.mark.parametrize("text", [
    "做到思想觉悟不动摇、政治立场要站稳、工作标准不能低等“四个要求”。",  # three items, four counted
    "查找了学习不够深入、工作不够扎实、作风不够严实等三个问题。",  # an unquoted count of no known formula
    "走访了张家村、李家村、王家村、赵家村等“四个村”。",  # instances of what is counted
])
def test_a_counted_run_needs_the_count_to_name_it(text: str) -> None:
    assert not any(s.kind == "parallel" for s in extract_slogans(text))
