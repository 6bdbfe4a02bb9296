"""Round 68 (r68s): a random sample of 40 collected reports (seed 68, the
first forty) read against GUIDE §5. Runs of a frame before a short quoted
word (以某某教育“某某”, x3 or more) are a formula even when the quoted words
share no character; a quote of several clauses closing in a long question
(…，我们应该怎么做) is a question put to a class, no slogan; a run sharing an
ending of two characters takes a longer last item ending the same way
(…、品德合格、带头作用合格); four-character items of a noun, 不 and one
character after a clause lead (做到思想不松、…) form a formula.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_framed_quotes_sharing_the_frame_form_a_formula() -> None:
    text = "各支部要以理论教育“固本”，以廉政教育“守底”，以实践教育“强能”，推动整顿走深走实。"
    assert _kinds(text).get("以理论教育“固本”，以廉政教育“守底”，以实践教育“强能”") == "parallel"


def test_framed_quotes_sharing_a_last_character_form_a_formula() -> None:
    text = "青年干部要夯实理想之“基”、砥砺作风之“刃”、涵养品德之“源”。"
    assert _kinds(text).get("夯实理想之“基”、砥砺作风之“刃”、涵养品德之“源”") == "parallel"


def test_framed_quotes_of_unequal_frames_are_no_formula() -> None:  # guard
    text = "他被群众称作“老黄牛”，同事们叫他“拼命郎”，孩子们喊他“故事王”。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_quote_closing_in_a_long_question_is_no_slogan() -> None:
    text = "主讲人以问题“面对新的发展形势，我们新时代的大学生应该怎么做”引出班会主题。"
    assert not any("怎么做" in t for t in _kinds(text))


def test_short_question_formula_stays() -> None:  # guard
    text = "支部围绕“学什么、怎么学”开展讨论。"
    assert "学什么、怎么学" in _kinds(text)


def test_rule_of_thumb_asking_twice_stays() -> None:  # guard
    text = "食堂坚持“职工缺什么备什么，大家想吃什么做什么”的做法。"
    assert "职工缺什么备什么，大家想吃什么做什么" in _kinds(text)


def test_longer_last_item_sharing_the_ending_joins_the_run() -> None:
    text = "按照思想合格、作风合格、能力合格、带头作用合格等标准开展评议。"
    assert _kinds(text).get("思想合格、作风合格、能力合格、带头作用合格") == "parallel"


def test_noun_bu_verb_items_after_a_lead_form_a_formula() -> None:
    text = "全体干部要做到标准不降、劲头不松、热情不减，确保各项任务落地。"
    assert _kinds(text).get("标准不降、劲头不松、热情不减") == "parallel"


def test_noun_bu_verb_shortcomings_without_a_lead_are_no_formula() -> None:  # guard
    text = "该所存在人手不足、经费不够、设备不全，工作推进较慢。"
    assert not any(k == "parallel" for k in _kinds(text).values())


def test_quoted_topics_of_one_build_each_asking_how_stay_one_quote() -> None:
    text = "学习班围绕“党员队伍怎么带、业务工作怎么抓、机关作风怎么转、窗口服务怎么优”等内容展开研讨。"
    # (the lead's review: round 68's closing-question rule first dropped such a quote)
    assert _kinds(text).get("党员队伍怎么带、业务工作怎么抓、机关作风怎么转、窗口服务怎么优") == "quoted"
