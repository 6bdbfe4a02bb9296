"""Round 60 (r60s): a random sample of 40 collected reports (seed 60, the
first forty) read against GUIDE §5. A quote opening with a word that only
starts with a numeral (一刻钟, 五彩, a month before 之) is quoted, no numbered
formula; a quote followed by a verb of saying closing its sentence is speech;
a theme written once with a middle dot and once with a comma is one slogan;
three short ；-parted clauses closing alike are one quoted formula; 责 and 防
make pair formulas of two-character items; 的精神 frames a run of four-character
traits; a locative 上 at one place in every front makes a frame of items that
share a two-character ending; items naming sites (旧址, 故居) are no formula;
verbs before short quoted words (破解“堵点”、打通“痛点”…) make a parallel run.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from reportmine.extract.slogans import extract_slogans

from lookups import slogan_texts as texts


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_quarter_hour_is_quoted_not_numbered() -> None:
    text = "该镇推出廉政“一刻钟”微课堂，由班子成员轮流讲课。"
    assert _kinds(text).get("一刻钟") == "quoted"


def test_colourful_name_is_quoted_not_numbered() -> None:
    text = "团委深入实施“五彩童心”关爱行动，为留守儿童送去图书。"
    assert _kinds(text).get("五彩童心") == "quoted"


def test_month_honour_is_quoted_not_numbered() -> None:
    text = "王老师被全体党员推选为支部“九月之星”。"
    assert _kinds(text).get("九月之星") == "quoted"


def test_count_formula_stays_numbered() -> None:  # guard
    text = "各支部要把“三会一课”落到每一名党员身上。"
    assert _kinds(text).get("三会一课") == "numbered"


def test_quote_with_saying_verb_after_is_speech() -> None:
    text = "“这次讲座时间不长，但案例鲜活，让我深受触动”，在听完讲座后青年干部李某某说道。"
    assert not any("案例鲜活" in s for s in texts(text))


def test_theme_with_middle_dot_and_comma_is_one_slogan() -> None:
    text = ("社区开展“学百年党史·建幸福家园”主题活动。"
            "负责人介绍，“学百年党史，建幸福家园”活动将持续到年底。")
    found = extract_slogans(text)
    assert len([s for s in found if "百年党史" in s.text]) == 1
    assert [s.count for s in found if "百年党史" in s.text] == [2]


def test_semicolon_clauses_closing_alike_are_one_quote() -> None:
    text = "深入贯彻“要把红色遗址保护好；把革命文物管理好；把英雄事迹讲述好”的要求，学校召开专题会。"
    assert "要把红色遗址保护好；把革命文物管理好；把英雄事迹讲述好" in texts(text)


def test_duty_pair_formula() -> None:
    text = "要压实主体责任，推动各级领导干部明责、尽责、督责，形成工作合力。"
    assert "明责、尽责、督责" in texts(text)


def test_defence_pair_formula() -> None:
    text = "要统筹推进人防、技防、物防建设，筑牢园区安全屏障。"
    assert "人防、技防、物防" in texts(text)


def test_spirit_framed_by_its_traits() -> None:
    text = "纪念馆生动展现了先辈们艰苦奋斗、敢为人先、舍己为公、无私奉献的精神，大家深受教育。"
    assert "艰苦奋斗、敢为人先、舍己为公、无私奉献" in texts(text)


def test_locative_frame_before_a_shared_ending() -> None:
    text = "全体干警要自觉在学习上紧跟核心，工作上忠诚核心，行动上拱卫核心，以实绩诠释忠诚。"
    assert "学习上紧跟核心，工作上忠诚核心，行动上拱卫核心" in texts(text)


def test_noun_list_sharing_an_ending_stays_out() -> None:  # guard
    text = "街道完成教学楼外墙维修、宿舍楼屋面维修、图书馆门窗维修，改善办学条件。"
    assert texts(text) == []


def test_sites_of_a_visit_are_no_formula() -> None:
    text = "党员们先后参观了某某游击队司令部旧址、某某游击队宣传部旧址、某某游击队后勤部旧址。"
    assert texts(text) == []


def test_verbs_before_quoted_words() -> None:
    text = "要主动破解“堵点”、打通“痛点”、化解“难点”，切实提升服务效能。"
    assert "破解“堵点”、打通“痛点”、化解“难点”" in texts(text)


def test_count_formulas_after_verbs_stay_numbered() -> None:  # guard
    text = "全院干警要牢固树立“四个意识”、坚决做到“两个维护”、不断增强“四个自信”。"
    assert all(not s.startswith("树立") for s in texts(text))
