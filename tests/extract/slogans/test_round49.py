"""Round 49 (slm): a random sample of 60 saved reports (seed 49) read against
GUIDE §5. A slogan written only in the headline is the article's slogan too
(the annotator reads the headline with the body); a quote holding a question
word anywhere (“…有什么样的…”) with no separator is a question put to a
meeting; a run of only the channels the public writes or calls by
(来信、来电、来访) names no formula; the three 为什么 questions answered are a
known formula. Sentences invented; each new behaviour failed before its fix,
the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans
from reportmine.pipeline import analyze


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def _article_slogans(text: str) -> list[str]:
    return [s.text for s in analyze(text).slogans]


BODY = "5月6日,青禾县林草局召开理论学习中心组学习会,局长白某主持会议。会议传达学习了有关会议精神。"


def test_slogan_written_only_in_the_headline_is_found() -> None:
    text = "在学懂弄通做实上下功夫 青禾县林草局召开理论学习中心组学习会\n" + BODY
    assert _article_slogans(text) == ["学懂弄通做实"]


def test_quoted_count_formula_only_in_the_headline_is_found() -> None:
    text = "白某:青禾县林草局要做到“五个进一步”\n" + BODY
    assert _article_slogans(text) == ["五个进一步"]


def test_headline_slogan_has_no_body_span() -> None:
    text = "在学懂弄通做实上下功夫 青禾县林草局召开理论学习中心组学习会\n" + BODY
    (slogan,) = analyze(text).slogans
    assert slogan.spans == [] and slogan.count == 1


def test_guard_headline_slogan_also_in_the_body_is_one_entry() -> None:
    text = ("在学懂弄通做实上下功夫 青禾县林草局召开理论学习中心组学习会\n" + BODY
            + "会议要求,全局党员要在学懂弄通做实上下功夫。")
    slogans = analyze(text).slogans
    assert [s.text for s in slogans] == ["学懂弄通做实"]
    assert slogans[0].spans  # the body's mention keeps its span


def test_guard_headline_without_slogan_adds_nothing() -> None:
    text = "青禾县林草局召开理论学习中心组学习会\n" + BODY
    assert _article_slogans(text) == []


def test_quoted_question_with_what_kind_in_the_middle_is_no_slogan() -> None:
    text = "青禾支部党员围绕“青禾驿站有什么样的经验”展开讨论。"
    assert _kinds(text) == {}


def test_quoted_questions_side_by_side_with_what_inside_are_no_slogans() -> None:
    text = "青禾支部党员围绕“青禾驿站有什么样的经验”“青禾片区的历史对我们有什么启示”展开讨论。"
    assert _kinds(text) == {}


def test_guard_quoted_formula_of_questions_with_separators_stays() -> None:
    text = "青禾镇要回答好“为谁干事、干什么样的事、怎样干事”的问题。"
    assert _kinds(text) == {"为谁干事、干什么样的事、怎样干事": "quoted"}


def test_guard_short_questions_side_by_side_stay() -> None:
    text = "青禾社区理清了“为什么要建”、“建什么样”、“怎么建”的工作思路。"
    assert "建什么样" in _kinds(text)


def test_run_of_channels_is_no_formula() -> None:
    text = "青禾县信访局通过来信、来电、来访等渠道收集群众意见。"
    assert _kinds(text) == {}


def test_guard_two_character_formula_of_one_shape_stays() -> None:
    text = "青禾支部要求党员做到学纪、知纪、明纪、守纪。"
    assert _kinds(text) == {"学纪、知纪、明纪、守纪": "parallel"}


def test_three_why_questions_answered_are_one_formula() -> None:
    text = "青禾支部组织党员围绕中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好开展研讨。"
    assert _kinds(text) == {"中国共产党为什么能、马克思主义为什么行、中国特色社会主义为什么好": "parallel"}
