"""Round 40 (slm): a random sample of 60 saved reports (seed 40) read against
GUIDE §5. A short quote opening with 双 (“双报到”) is a paired formula, not a
single word; a run of items right before a quoted count of them (…、…、…“三大
行动”) is the formula the count names, as with 等 before it; 九个严禁, 九个一律
and 十严禁 are numbered formulas; 围绕中心、建设队伍、服务群众 (and 建强队伍),
有理想、敢担当、能吃苦、肯奋斗 and 思想受教育、精神受洗礼、境界有提高 are in
slogans.txt. Sentences invented; each new behaviour failed before its fix, the
guards (so marked) did not."""

from lookups import slogan_texts as slogans


# --- short quotes opening with 双

def test_a_short_quote_opening_with_pair_is_a_slogan() -> None:
    text = "松岭街道组织在职党员开展“双报到”，服务社区群众。"
    assert slogans(text) == ["双报到"]


def test_another_paired_quote_is_a_slogan() -> None:
    text = "青禾学院实施教师党员“双培养”工程，成效明显。"
    assert slogans(text) == ["双培养"]


def test_guard_a_short_nickname_stays_a_single_word() -> None:
    text = "林溪村党支部书记被群众称为“贴心人”。"
    assert slogans(text) == []


# --- a run named by a quoted count right after it

def test_a_run_before_its_quoted_count_is_a_formula() -> None:
    text = "要以强基固本、提质增效、守正创新“三大行动”为抓手，推动工作。"
    assert slogans(text) == ["强基固本、提质增效、守正创新", "三大行动"]


def test_a_lead_in_is_cut_from_the_first_counted_item() -> None:
    text = "石桥区开展学思践悟、比学赶超、争先创优“三个行动”，成效明显。"
    assert "学思践悟、比学赶超、争先创优" in slogans(text)


def test_guard_a_count_that_differs_from_the_items_names_no_run() -> None:
    text = "要以强基固本、提质增效、守正创新“四大行动”为抓手，推动工作。"
    assert "强基固本、提质增效、守正创新" not in slogans(text)


def test_guard_places_before_a_quoted_count_of_them_stay_places() -> None:
    text = "张家村、李家村、王家村“三个村”率先完成整改。"
    assert not any("张家村" in s for s in slogans(text))


def test_guard_an_unquoted_count_right_after_a_run_names_no_formula() -> None:
    text = "检查了东风小学、南湖中学、北城中学三个学校的食堂。"
    assert slogans(text) == []


# --- numbered formulas of election discipline

def test_election_discipline_formulas_are_numbered() -> None:
    text = "镇党委组织学习九个严禁和九个一律，严守换届纪律。"
    assert slogans(text) == ["九个严禁", "九个一律"]


def test_ten_prohibitions_are_numbered() -> None:
    text = "全体党员干部要严格遵守十严禁换届纪律要求。"
    assert slogans(text) == ["十严禁"]


# --- lexicon formulas written without quotes

def test_the_tasks_of_party_work_in_offices_are_a_slogan() -> None:
    text = "市直机关工委坚持围绕中心、建设队伍、服务群众，推动党建提质。"
    assert slogans(text) == ["围绕中心、建设队伍、服务群众"]


def test_the_variant_with_strong_teams_is_a_slogan() -> None:
    text = "各支部要做到围绕中心、建强队伍、服务群众，以作风促发展。"
    assert slogans(text) == ["围绕中心、建强队伍、服务群众"]


def test_the_four_qualities_of_young_people_are_a_slogan() -> None:
    text = "引导学生努力成长为有理想、敢担当、能吃苦、肯奋斗的新时代青年。"
    assert slogans(text) == ["有理想、敢担当、能吃苦、肯奋斗"]


def test_the_three_gains_of_study_are_a_slogan() -> None:
    text = "真正在学习中实现思想受教育、精神受洗礼、境界有提高。"
    assert slogans(text) == ["思想受教育、精神受洗礼、境界有提高"]
