"""Round 51 (slm51): a random sample of 40 saved reports (seed 51) read against
GUIDE §5. A short bracketed note after an item of a parallel run
(思想建设(意识形态)、组织建设、作风建设) no longer parts the run: the run is
found with the note left out of its text, which is the formula score.py
matches. Sentences invented; each new behaviour failed before its fix, the
guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans


def _spans(text: str) -> dict[str, list[tuple[int, int]]]:
    return {s.text: s.spans for s in extract_slogans(text)}


def test_ascii_bracketed_note_parts_no_run() -> None:
    text = "会上,支委们逐项对照思想建设(意识形态)、组织建设、作风建设查找短板。"
    assert texts(text) == ["思想建设、组织建设、作风建设"]


def test_full_width_bracketed_note_parts_no_run() -> None:
    text = "青禾县林草局党支部把思想建设（意识形态）、组织建设、作风建设、纪律建设列为年度考核内容。"
    assert texts(text) == ["思想建设、组织建设、作风建设、纪律建设"]


def test_noted_run_span_covers_the_note_in_the_text() -> None:
    text = "会上,支委们逐项对照思想建设(意识形态)、组织建设、作风建设查找短板。"
    start = text.index("思想建设")
    end = text.index("作风建设") + len("作风建设")
    assert _spans(text) == {"思想建设、组织建设、作风建设": [(start, end)]}


def test_noted_run_records_the_note_it_leaves_out() -> None:
    text = "会上,支委们逐项对照思想建设(意识形态)、组织建设、作风建设查找短板。"
    note = (text.index("("), text.index(")") + 1)
    [slogan] = extract_slogans(text)
    assert slogan.omitted == [note]
    (start, end), = slogan.spans
    assert text[start:note[0]] + text[note[1]:end] == slogan.text


def test_note_after_a_quality_item() -> None:
    text = "白某强调,要不断提高政治判断力（含鉴别力）、政治领悟力、政治执行力,做到知行合一。"
    assert texts(text) == ["政治判断力、政治领悟力、政治执行力"]


def test_run_without_note_unchanged() -> None:
    # guard
    text = "会上,支委们逐项对照思想建设、组织建设、作风建设查找短板。"
    assert texts(text) == ["思想建设、组织建设、作风建设"]


def test_bracketed_office_in_a_list_of_bodies_stays_out() -> None:
    # guard: a note after a body in a list of departments makes no formula
    text = "青禾县林草局办公室（党办）、财务科、人事科等科室负责人参加会议。"
    assert texts(text) == []


def test_long_bracketed_aside_is_no_note() -> None:
    # guard: an aside longer than a gloss keeps parting the run
    text = "会上,白某回顾了思想建设(包括理论学习和意识形态工作等多项内容)、组织建设、作风建设的成绩。"
    assert "思想建设、组织建设、作风建设" not in texts(text)
