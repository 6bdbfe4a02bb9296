"""Pages written in traditional characters: detected, converted to simplified with
OpenCC, parsed again; the record holds the converted text and every span slices it.

The reports are invented; their 繁體 versions are made with OpenCC's s2t in the test.
"""
from __future__ import annotations

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine.config import config_hash, library_versions
from reportmine.parse import ParsedPage, parse_bytes
from reportmine.parse import traditional
from reportmine.parse.text import parse_text
from reportmine.parse.traditional import is_traditional, simplified_page, to_simplified, traditional_share
from reportmine.pipeline import analyze

TITLE = "青禾县文联机关党支部召开专题组织生活会"
HEADER = "发布时间：2023-05-12 来源：青禾文艺网\n作者：林晓雯 编辑：郑一帆"
BODY = (
    "5月10日，青禾县文联机关党支部召开专题组织生活会。县文联党组书记、主席赵明远参加会议并讲话，"
    "支部书记孙立华主持会议。\n"
    "会上，孙立华代表支部委员会作对照检查，全体党员逐一发言，开展批评和自我批评。"
    "共查摆问题12条，制定整改措施20项。\n"
    "赵明远强调，要深入学习贯彻习近平新时代中国特色社会主义思想，做到“学思想、强党性、重实践、建新功”。"
)
REPORT = f"{TITLE}\n{HEADER}\n{BODY}\n"


@pytest.fixture(scope="module")
def s2t():
    return opencc.OpenCC("s2t").convert


def summary(art):
    """What the extractors found, in a form two records can be compared by."""
    return {
        "fields": (art.title, art.date, art.source, art.author, art.editor, art.unit),
        "people": sorted((p.name, tuple(p.titles), tuple(p.roles)) for p in art.people),
        "organizations": sorted((o.name, o.kind) for o in art.organizations),
        "numbers": sorted((n.value, n.unit, n.object, n.metric) for n in art.numbers),
        "slogans": sorted(s.text for s in art.slogans),
        "meetings": sorted((m.type, m.holder, m.date) for m in art.meetings),
    }


def spans_slice_text(art) -> None:
    for p in art.people:
        for s, e in p.spans:
            assert art.text[s:e] == p.name
    for o in art.organizations:
        for s, e in o.spans:
            assert art.text[s:e] in [o.name, *o.aliases]
    for n in art.numbers:
        if n.span:
            assert art.text[n.span[0]:n.span[1]] == n.text
    for sl in art.slogans:
        for s, e in sl.spans:
            assert 0 <= s < e <= len(art.text)
    for m in art.meetings:
        if m.span:
            assert 0 <= m.span[0] < m.span[1] <= len(art.text)


def test_the_invented_report_is_traditional_once_converted(s2t):
    trad = s2t(REPORT)
    assert trad != REPORT and "黨支部" in trad and "編輯" in trad and len(trad) == len(REPORT)
    assert is_traditional(parse_text(trad))
    assert not is_traditional(parse_text(REPORT))


def test_traditional_text_yields_what_the_simplified_one_does(s2t):
    simple = analyze(REPORT)
    art = analyze(s2t(REPORT))
    assert simple.people and simple.organizations and simple.meetings  # the report is worth comparing
    assert summary(art) == summary(simple)
    assert art.text == simple.text
    assert art.converted_from == "traditional" and simple.converted_from is None
    assert any("traditional characters" in w for w in art.warnings)
    assert not any("traditional" in w for w in simple.warnings)
    spans_slice_text(art)


def test_people_titles_organizations_and_meetings_of_the_converted_page(s2t):
    art = analyze(s2t(REPORT))
    people = {p.name: p.titles for p in art.people}
    assert people["赵明远"] == ["文联党组书记", "主席"] and people["孙立华"] == ["支部书记"]
    assert ("青禾县文联机关党支部", "branch") in {(o.name, o.kind) for o in art.organizations}
    assert "专题组织生活会" in {m.type for m in art.meetings}
    assert (art.author, art.editor, art.source) == ("林晓雯", "郑一帆", "青禾文艺网")


def test_converted_text_keeps_the_original_offsets(s2t):
    trad = s2t(REPORT)
    art = analyze(trad)
    start = trad.index(s2t(BODY)[:20])
    assert art.text == to_simplified(trad[start:start + len(art.text)])[0]
    for p in art.people:  # a span of the record is the same stretch of the 繁體 original
        for s, e in p.spans:
            assert to_simplified(trad[start + s:start + e])[0] == p.name


def test_a_simplified_page_quoting_traditional_words_is_untouched():
    mixed = REPORT.replace("做到“", "引用台湾书名《黨的建設與組織》，做到“")
    n, share = traditional_share(mixed)
    assert n >= 3 and share < 0.05
    art = analyze(mixed)
    assert art.converted_from is None and "《黨的建設與組織》" in art.text
    assert not any("traditional" in w for w in art.warnings)
    assert summary(art)["people"] == summary(analyze(REPORT))["people"]


def page_html(title: str, body: str, charset: str) -> str:
    paras = "".join(f"<p>{line}</p>" for line in body.split("\n"))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>{title}_青禾文艺网</title></head><body><h1>{title}</h1>"
            f"<div>发布时间：2023-05-12 来源：青禾文艺网 编辑：郑一帆</div>{paras}</body></html>")


def test_big5_html_page_is_decoded_and_converted(s2t):
    simple = analyze(page_html(TITLE, BODY, "utf-8").encode("utf-8"), path="a.html")
    data = s2t(page_html(TITLE, BODY, "big5")).encode("big5")
    art = analyze(data, path="a.html")
    assert art.encoding and "big5" in art.encoding.replace("-", "").lower()
    assert art.converted_from == "traditional" and art.title == TITLE and art.editor == "郑一帆"
    assert summary(art) == summary(simple)
    spans_slice_text(art)


def test_utf8_html_markup_with_traditional_text(s2t):
    simple = analyze(page_html(TITLE, BODY, "utf-8"))
    art = analyze(s2t(page_html(TITLE, BODY, "utf-8")))
    assert art.converted_from == "traditional" and art.date == "2023-05-12"
    assert summary(art) == summary(simple)


def test_text_file_bytes_take_the_same_path(s2t):
    art = parse_bytes(s2t(REPORT).encode("utf-8"), name="report.txt")
    assert art.converted_from == "traditional" and art.title == TITLE and art.encoding == "utf-8"


def test_simplified_pages_are_returned_as_they_are():
    page = parse_text(REPORT)
    calls = []
    assert simplified_page(page, lambda: calls.append(1) or (REPORT, []), parse_text) is page
    assert not calls  # the source is not even decoded again


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["黨支部", "召開", "會議", "乾淨", "乾隆", "於是", "後來", "著名", "\n", "，",
                                 "A1", "趙明遠", "頭髮", "麵條", "瞭解", "臺灣", "裡面", "“", "”"]), max_size=40))
def test_conversion_never_changes_the_length(words):
    text = "".join(words)
    converted, how = to_simplified(text)
    assert len(converted) == len(text)
    assert all(len(a) == len(b) for a, b in zip(text.split("\n"), converted.split("\n")))
    assert (how is None) == (converted == text)


def test_a_length_changing_conversion_falls_back_to_characters(monkeypatch):
    real = traditional._opencc("t2s")

    class Longer:
        """A phrase converter that lengthens a phrase, as a future table might."""

        def convert(self, text: str) -> str:
            if "\n" in text:  # the character-by-character call
                return real.convert(text)
            return real.convert(text).replace("会议", "会议会")

    monkeypatch.setattr(traditional, "_opencc", lambda config: Longer())
    converted, how = to_simplified("黨支部召開會議")
    assert (converted, how) == ("党支部召开会议", "characters")


def test_a_character_fallback_page_says_so(monkeypatch, s2t):
    real = traditional._opencc("t2s")
    trad = s2t(REPORT)
    monkeypatch.setattr(traditional, "to_simplified", lambda text: (real.convert(text), "characters"))
    art = analyze(trad)
    assert art.converted_from == "traditional"
    assert any("character by character" in w for w in art.warnings)


def test_no_simplified_text_of_the_project_reads_as_traditional():
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    files = sorted((root / "gold" / "texts").glob("*.txt")) + sorted((root / "gold_heldout" / "texts").glob("*.txt"))
    assert files
    for f in files:
        assert not is_traditional(parse_text(f.read_text(encoding="utf-8"))), f.name


def test_config_hash_covers_the_converter_library():
    assert "opencc==" in library_versions() and "opencc==none" not in library_versions()
    assert len(config_hash()) == 16


def test_empty_and_ascii_pages_are_not_traditional():
    assert not is_traditional(ParsedPage())
    assert not is_traditional(ParsedPage(title="Annual report", paragraphs=["No Chinese here."]))
