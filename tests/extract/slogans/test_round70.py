"""Round 70 (r70s): a random sample of 39 collected reports (seed 68, slice
80:119) read against GUIDE §5. A known formula of slogans.txt with quote marks
setting off words inside it (…为什么“能”…) is found, without the marks; the
aim of a 民主生活会 (unity of thought and of the team, better work) and the three aims of
studying history are known formulas; 一起 and 共同 before three-character
verb-object items open them as a clause lead.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    """Each slogan's kind by its text, commas read as 、 (as score.py reads them)."""
    return {s.text.replace(",", "、"): s.kind for s in extract_slogans(text)}


def test_known_formula_with_quoted_words_inside() -> None:
    text = ("宣讲团成员结合亲身经历，讲清了中国共产党为什么“能”,马克思主义为什么“行”,"
            "中国特色社会主义为什么‘好’的道理。")
    whole = "、".join(["中国共产党为什么能", "马克思主义为什么行", "中国特色社会主义为什么好"])
    assert _kinds(text).get(whole) == "parallel"


def test_quote_marks_inside_a_known_formula_are_its_omitted_stretches() -> None:
    text = "宣讲中阐明了中国共产党为什么“能”,马克思主义为什么“行”,中国特色社会主义为什么‘好’。"
    slogan = next(s for s in extract_slogans(text) if s.text.startswith("中国共产党为什么能"))
    (a, b), = slogan.spans
    assert all(text[s:e] in "“”‘’" for s, e in slogan.omitted)
    less = "".join(c for i, c in enumerate(text[a:b], a) if not any(s <= i < e for s, e in slogan.omitted))
    assert less == slogan.text


def test_known_formula_without_quotes_keeps_its_span() -> None:  # guard
    text = "同学们深刻认识到中国共产党为什么能,马克思主义为什么行,中国特色社会主义为什么好。"
    found = [s for s in extract_slogans(text) if s.kind == "parallel"]
    assert [s.text for s in found] == ["中国共产党为什么能,马克思主义为什么行,中国特色社会主义为什么好"]
    start, end = found[0].spans[0]
    assert text[start:end] == found[0].text


def test_quoted_formula_stays_quoted() -> None:  # guard
    text = "村党总支以“学党史,悟思想,办实事,开新局”为目标开展活动。"
    assert _kinds(text).get("、".join(["学党史", "悟思想", "办实事", "开新局"])) == "quoted"


def test_democratic_life_meeting_aim_before_its_effect() -> None:
    text = "县税务局党委书记王某评价说，此次会议取得了统一思想,增进团结,促进工作的良好效果。"
    assert _kinds(text).get("、".join(["统一思想", "增进团结", "促进工作"])) == "parallel"


def test_three_aims_of_studying_history() -> None:
    text = "镇党委要求各村以史为鉴，更好地总结历史经验,认识历史规律,掌握历史主动。"
    assert _kinds(text).get("、".join(["总结历史经验", "认识历史规律", "掌握历史主动"])) == "parallel"


def test_together_opens_verb_object_triads() -> None:
    text = "一年来，乡团委带领全乡青年一起抗洪水、战贫困、圆梦想、奔小康，展现了青春担当。"
    assert _kinds(text).get("抗洪水、战贫困、圆梦想、奔小康") == "parallel"


def test_jointly_opens_verb_object_triads() -> None:
    text = "驻村工作队与村两委干部共同护生态、兴产业、奔小康，村容村貌焕然一新。"
    assert _kinds(text).get("护生态、兴产业、奔小康") == "parallel"


def test_activity_list_after_together_is_no_clause() -> None:  # guard
    text = "周末，社区志愿者一起打扫卫生、整理书籍和看望老人。"
    assert not any(k == "parallel" for k in _kinds(text).values())
