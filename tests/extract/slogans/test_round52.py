"""Round 52 (slm52): a random sample of 40 saved reports (seed 52) read against
GUIDE §5, and 150 numbered and quoted slogans of the corpus read for precision.
Pairs of verb-object triads joined by commas (讲政治、强党建，聚人心、促发展…)
form one run; five-character items sharing an object their verbs take
(小切口选题、接地气入题、精准化破题) form one; three one-character adjectives
quoted as one (“严紧硬”) are a formula. Quoted problems a review found and
quoted short names (简称“…”) are no slogans. Sentences invented; each new
behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans


def test_comma_joined_pairs_of_triads_form_one_run() -> None:
    text = "希望青禾各村在新的一年讲政治、强党建，聚人心、促发展，强基础、树形象，谱写新篇章！"
    assert texts(text) == ["讲政治、强党建，聚人心、促发展，强基础、树形象"]


def test_pair_run_span_slices_its_text() -> None:
    text = "希望青禾各村在新的一年讲政治、强党建,聚人心、促发展,强基础、树形象,谱写新篇章!"
    [slogan] = extract_slogans(text)
    (start, end), = slogan.spans
    assert text[start:end] == slogan.text


def test_guard_comma_joined_pairs_of_names_stay_out() -> None:
    text = "会议邀请了张晓明、李建国,王振华、赵立新,刘德胜、陈志强等同志参加。"
    assert texts(text) == []


def test_guard_dun_joined_triads_still_found() -> None:
    text = "要求青禾各村讲政治、强党建、聚人心、促发展。"
    assert texts(text) == ["讲政治、强党建、聚人心、促发展"]


def test_five_character_items_sharing_an_object_form_a_run() -> None:
    text = "青禾县各支部坚持小切口选题、接地气入题、精准化破题，推动调研成果转化。"
    assert texts(text) == ["小切口选题、接地气入题、精准化破题"]


def test_guard_kinds_of_meetings_sharing_a_head_stay_out() -> None:
    text = "通过理论学习会、专题研讨会、经验交流会等形式开展学习。"
    assert texts(text) == []


def test_guard_kinds_of_stations_sharing_a_head_stay_out() -> None:
    text = "青禾镇建成党员活动站、群众服务站、文化宣传站。"
    assert texts(text) == []


def test_quoted_adjective_triad_is_a_formula() -> None:
    text = "会议要求推动青禾县管党治党走向“严紧硬”。"
    assert texts(text) == ["严紧硬"]


def test_guard_quoted_nickname_stays_optional_and_out() -> None:
    text = "要发挥支部书记“头雁”作用，争当“排头兵”。"
    assert texts(text) == []


def test_quoted_problem_found_is_no_slogan() -> None:
    text = "巡察组指出“贯彻落实上级决策部署不够有力，党组领导核心作用发挥不足”等问题。"
    assert texts(text) == []


def test_quoted_single_problem_is_no_slogan() -> None:
    text = "针对青禾社区“对辖区内困难群体关心关注还不够，适老化改造效果不明显”的问题开展整改。"
    assert texts(text) == []


def test_guard_quoted_formula_of_not_letting_go_stays() -> None:
    text = "坚持“问题不解决不放过、整改不到位不放过、群众不满意不放过”。"
    assert texts(text) == ["问题不解决不放过、整改不到位不放过、群众不满意不放过"]


def test_quoted_short_name_is_no_slogan() -> None:
    text = "青禾市某某科技有限公司（简称“青禾科技”）党支部开展主题党日活动。"
    assert texts(text) == []


def test_guard_short_name_of_numbered_formula_stays() -> None:
    text = "学党章党规、学系列讲话、做合格党员学习教育（简称“两学一做”）在青禾县展开。"
    assert "两学一做" in texts(text)


def test_guard_runs_of_three_beside_a_pair_stay_apart() -> None:
    text = "他强调，要学纪、知纪、明纪、守纪，受警醒、明底线、知敬畏，学而信、学而悟、学而行、学而精。"
    assert texts(text) == ["学纪、知纪、明纪、守纪", "受警醒、明底线、知敬畏", "学而信、学而悟、学而行、学而精"]


def test_guard_run_before_a_pair_of_qualities_keeps_its_end() -> None:
    text = "青禾县逐项列清单、定措施、明责任、设时限，清单化、具体化落实整改任务。"
    assert texts(text) == ["列清单、定措施、明责任、设时限"]
