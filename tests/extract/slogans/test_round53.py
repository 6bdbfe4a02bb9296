"""Round 53 (slm53): a random sample of 40 saved reports (seed 53) read against
GUIDE §5, and 150 parallel slogans of the corpus read for precision. A last
two-character verb item followed by a result complement and its result
(开好、开实、开出成效) is read whole, not cut to 开出; a character joined to its
own negation (进与不进) is one phrase, so the 与 neither separates items nor
cuts the last one (正确看待得失、正确看待进与不进). Sentences invented; each new
behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans


def test_result_complement_keeps_last_item_whole() -> None:
    text = "青禾县政协主席要求大家共同努力，把本次协商座谈会开好、开实、开出成效。"
    assert texts(text) == ["开好、开实、开出成效"]


def test_result_complement_with_other_verb() -> None:
    text = "支部书记强调，要把整改工作抓好、抓实、抓出实效，确保不走过场。"
    assert texts(text) == ["抓好、抓实、抓出实效"]


def test_result_complement_span_slices_its_text() -> None:
    text = "支部书记强调，要把整改工作抓好、抓实、抓出实效，确保不走过场。"
    [slogan] = extract_slogans(text)
    (start, end), = slogan.spans
    assert text[start:end] == slogan.text


def test_negated_twin_is_one_last_item() -> None:
    text = "教育青年干部正确看待名利、正确看待得失、正确看待进与不进的问题。"
    assert texts(text) == ["正确看待名利、正确看待得失、正确看待进与不进"]


def test_negated_twin_span_slices_its_text() -> None:
    text = "教育青年干部正确看待名利、正确看待得失、正确看待进与不进的问题。"
    [slogan] = extract_slogans(text)
    (start, end), = slogan.spans
    assert text[start:end] == slogan.text


def test_guard_short_last_item_with_tail_stays_cut() -> None:
    text = "会议要求全体党员学好、用好、做好本职工作。"
    assert texts(text) == ["学好、用好、做好"]


def test_guard_three_character_last_item() -> None:
    text = "青禾镇纪委坚持严抓、严改、严问责的工作要求。"
    assert texts(text) == ["严抓、严改、严问责"]


def test_guard_joined_last_item_still_separates() -> None:
    text = "全体干部要做到讲政治、讲大局、讲党性和讲规矩。"
    assert texts(text) == ["讲政治、讲大局、讲党性和讲规矩"]


def test_guard_joined_quality_run() -> None:
    text = "不断提高政治判断力、政治领悟力和政治执行力。"
    assert texts(text) == ["政治判断力、政治领悟力和政治执行力"]
