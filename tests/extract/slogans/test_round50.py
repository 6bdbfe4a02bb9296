"""Round 50 (slm): a random sample of 60 saved reports (seed 50) read against
GUIDE §5. A lexicon formula written with dashes matches whichever dash the
text uses (团结——批评——团结); three known formulas join slogans.txt; 账 ends
a formula of two-character steps (建账、对账、销账); a headline's phrases set
apart by spaces form a run as 、 does; a dated lead before a quoted run of
spaced phrases is no part of the formula; a quoted topic naming the parts of
one thing (“…的概念、性质和职能”) is no slogan. Sentences invented; each new
behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans
from reportmine.pipeline import analyze


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def _article_slogans(text: str) -> list[str]:
    return [s.text for s in analyze(text).slogans]


BODY = "5月6日,青禾县林草局召开理论学习中心组学习会,局长白某主持会议。会议传达学习了有关会议精神。"


def test_lexicon_formula_written_with_a_double_dash() -> None:
    text = "会上,大家坦诚相见,真正做到了团结——批评——团结。"
    assert _kinds(text) == {"团结——批评——团结": "parallel"}


def test_lexicon_formula_written_with_hyphens() -> None:
    assert texts("青禾县林草局党支部坚持团结-批评-团结的方针。") == ["团结-批评-团结"]


def test_lexicon_formula_with_its_own_dash_still_found() -> None:
    # guard
    assert texts("青禾县林草局党支部坚持团结—批评—团结的方针。") == ["团结—批评—团结"]


def test_needs_to_adapt_to_written_without_separators() -> None:
    text = "会议要求,林草局上下要更好适应新形势新任务新要求,扎实推进各项工作。"
    assert _kinds(text) == {"新形势新任务新要求": "parallel"}


def test_theme_education_four_tasks() -> None:
    text = "青禾县林草局党支部统筹理论学习、调查研究、推动发展、检视整改各项任务。"
    assert texts(text) == ["理论学习、调查研究、推动发展、检视整改"]


def test_force_the_thought_turns_into_keeps_its_joiner() -> None:
    text = "各支部要推动学员在坚定理想、锤炼党性和指导实践、推动工作上见到实效。"
    assert texts(text) == ["坚定理想、锤炼党性和指导实践、推动工作"]


def test_steps_of_an_account_of_tasks() -> None:
    text = "青禾县委巡察办督促被巡察单位形成建账、对账、销账的整改闭环。"
    assert _kinds(text) == {"建账、对账、销账": "parallel"}


def test_two_account_steps_are_no_run() -> None:
    # guard: a formula needs three items
    assert texts("青禾县林草局要求各站所做到记账、对账,按月报送。") == []


def test_pair_ending_of_earlier_rounds_unchanged() -> None:
    # guard
    assert texts("支部要找准痛点、难点、堵点,逐项解决。") == ["痛点、难点、堵点"]


def test_headline_phrases_set_apart_by_spaces() -> None:
    text = "严谨部署 严格要求 严细检视 ——青禾县林草局召开专题组织生活会\n" + BODY
    assert _article_slogans(text) == ["严谨部署、严格要求、严细检视"]


def test_headline_run_after_a_lead_in() -> None:
    text = "青禾县林草局严谨部署 严格要求 严细检视 扎实开展整改\n" + BODY
    assert _article_slogans(text) == ["严谨部署、严格要求、严细检视"]


def test_headline_words_set_apart_by_spaces_are_no_run() -> None:
    # guard: a post, a name and a verb are no phrases of one shape
    text = "县委书记 白某 调研 青禾县林草局\n" + BODY
    assert _article_slogans(text) == []


def test_headline_quote_keeps_its_spaces() -> None:
    # guard: a quote's spaced phrases stay as written
    text = "青禾县开展“学雷锋 做志愿 护青山”活动\n" + BODY
    assert _article_slogans(text) == ["学雷锋 做志愿 护青山"]


def test_headline_run_held_by_the_body_is_one_entry() -> None:
    # guard
    text = ("严谨部署 严格要求 严细检视 ——青禾县林草局召开专题组织生活会\n"
            "5月6日,青禾县林草局以“严谨部署、严格要求、严细检视”为要求召开专题组织生活会。")
    assert _article_slogans(text) == ["严谨部署、严格要求、严细检视"]


def test_dated_lead_before_a_quoted_run_is_dropped() -> None:
    text = "青禾县林草局工会组织“建党百年 学党史 感党恩 跟党走”歌咏比赛。"
    assert texts(text) == ["建党百年 学党史 感党恩 跟党走"]  # no digit: the lead stays
    text = "青禾县林草局工会组织“建党98周年 学党史 感党恩 跟党走”歌咏比赛。"
    assert texts(text) == ["学党史 感党恩 跟党走"]


def test_dated_lead_span_fits_the_run() -> None:
    text = "青禾县林草局开展“2021年 学党史 强党性 办实事”活动。"
    (slogan,) = extract_slogans(text)
    (a, b), = slogan.spans
    assert text[a:b] == slogan.text == "学党史 强党性 办实事"


def test_dated_quote_of_uneven_phrases_stays_whole() -> None:
    # guard
    text = "青禾县林草局开展“建党98周年 学党史 感党恩 听党的话”活动。"
    assert texts(text) == ["建党98周年 学党史 感党恩 听党的话"]


def test_quoted_topic_naming_the_parts_of_one_thing_is_no_slogan() -> None:
    text = "青禾县林草协会秘书长围绕“协会的概念、性质和职能”作专题讲解。"
    assert texts(text) == []


def test_quoted_formula_with_a_joiner_stays() -> None:
    # guard: items of four characters are a formula's parts, not a thing's
    text = "青禾县林草局要求党员做到“政治过硬、本领高强和作风优良”。"
    assert texts(text) == ["政治过硬、本领高强和作风优良"]


def test_degree_adverb_frame_appraises() -> None:
    text = "白某指出,大家提出的建议很细致、很中肯、很理性、很实际,要认真吸纳。"
    assert texts(text) == []


def test_superlative_frame_stays_a_formula() -> None:
    # guard: 最 is no appraising adverb
    text = "切实回应职工最直接、最关心、最现实的诉求。"
    assert texts(text) == ["最直接、最关心、最现实"]
