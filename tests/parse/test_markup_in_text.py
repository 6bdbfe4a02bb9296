"""A text file that holds a page's markup (a body copied from a page's source or a
rich-text editor) is read as a page, with a warning, so no tag reaches the body."""
from reportmine.parse import MARKUP_IN_TEXT, looks_like_html, parse_bytes
from reportmine.pipeline import analyze

FRAGMENT = (
    '<p class="ql-block">3月8日上午，青禾镇中心小学党支部召开2023年度组织生活会，'
    '会议由党支部书记、校长韩立川主持。</p>\n'
    '<p class="ql-block">会上，支部委员逐一作对照检查，共查摆问题9条。</p>\n'
    '<p class="ql-block"><span>会议强调，要把整改措施落到实处。</span></p>'
)

PLAIN = (
    "3月8日上午，青禾镇中心小学党支部召开2023年度组织生活会，会议由党支部书记、校长韩立川主持。\n"
    "会上，支部委员逐一作对照检查，共查摆问题9条。"
)


def test_fragment_is_markup_but_pasted_text_is_not():
    assert looks_like_html(FRAGMENT)
    assert not looks_like_html(PLAIN)
    # a lone tag-like run in running text is no page
    assert not looks_like_html("会议指出，<b>要</b>把整改落到实处。" + PLAIN)


def test_text_file_with_markup_reads_as_page_with_warning():
    page = parse_bytes(FRAGMENT.encode("utf-8"), name="note.txt")
    assert "<" not in page.text and "ql-block" not in page.text
    assert page.paragraphs[0].startswith("3月8日上午")
    assert MARKUP_IN_TEXT in page.warnings
    assert page.encoding == "utf-8"


def test_text_file_without_markup_has_no_warning():
    page = parse_bytes(PLAIN.encode("utf-8"), name="note.txt")
    assert MARKUP_IN_TEXT not in page.warnings
    assert page.text == PLAIN


def test_extraction_from_markup_text_file_matches_plain_text():
    marked = analyze(FRAGMENT.encode("utf-8"), path="note.txt")
    plain = analyze(PLAIN.encode("utf-8"), path="plain.txt")
    assert [p.name for p in marked.people] == [p.name for p in plain.people] == ["韩立川"]
    assert [(n.value, n.object) for n in marked.numbers] == [(n.value, n.object) for n in plain.numbers]
    assert marked.unit == plain.unit
    # a pasted string of markup goes the same way
    assert [p.name for p in analyze(FRAGMENT).people] == ["韩立川"]
