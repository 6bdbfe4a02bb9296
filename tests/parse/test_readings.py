"""Pinyin readings a converter wrote after characters (会(huì)议) leave the page."""
from __future__ import annotations

from reportmine import analyze
from reportmine.parse import parse_bytes
from reportmine.parse.readings import strip_readings

_MARKED = (
    "青禾县林(lín)业(yè)局党支部召(zhào)开专题组织生活会(huì)\n"
    "3月2日，青禾县林(lín)业(yè)局党支部召(zhào)开专题组织生活会(huì)，"
    "支部书(shū)记(jì)周明远主持会(huì)议(yì)。全体党员12人参加。\n"
)
_PLAIN = _MARKED.replace("(lín)", "").replace("(yè)", "").replace("(zhào)", "").replace("(huì)", "") \
    .replace("(shū)", "").replace("(jì)", "").replace("(yì)", "")


def test_readings_leave_the_text_and_the_extractors_read_it() -> None:
    marked, plain = analyze(_MARKED), analyze(_PLAIN)
    assert "(" not in marked.text and marked.text == plain.text
    assert marked.title == plain.title == "青禾县林业局党支部召开专题组织生活会"
    assert [(p.name, p.titles) for p in marked.people] == [(p.name, p.titles) for p in plain.people]
    assert ("周明远", ["支部书记"]) in [(p.name, p.titles) for p in marked.people]
    assert [m.type for m in marked.meetings] == [m.type for m in plain.meetings] == ["专题组织生活会"]
    assert any("pinyin readings" in w for w in marked.warnings)
    assert not any("pinyin readings" in w for w in plain.warnings)


def test_the_bytes_path_and_an_html_page_drop_them_too() -> None:
    assert "(huì)" not in parse_bytes(_MARKED.encode("utf-8"), name="a.txt").text
    html = ("<html><head><title>专题组织生活会</title></head><body><div class='content'>"
            + "".join(f"<p>{line}</p>" for line in _MARKED.splitlines()) + "</div></body></html>")
    page = parse_bytes(html.encode("utf-8"), name="a.html")
    assert "周明远" in page.text and "(lín)" not in page.text and "(jì)" not in page.text


def test_a_single_gloss_is_the_writers_own_and_stays() -> None:
    text = "青禾县林业局党支部召开组织生活会\n会上，支部书记周明远讲解了“亓(qí)”字的来历。\n"
    assert "亓(qí)" in analyze(text).text


def test_only_toned_latin_after_a_han_character_is_a_reading() -> None:
    from reportmine.parse import ParsedPage

    page = ParsedPage(title="会(huì)议", paragraphs=["会(huì)议(yì)在(zài)三楼召开", "编号(A)与型号(abc)照旧，(ā)开头照旧"])
    out = strip_readings(page)
    assert out.title == "会议"
    assert out.paragraphs == ["会议在三楼召开", "编号(A)与型号(abc)照旧，(ā)开头照旧"]
