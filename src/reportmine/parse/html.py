"""HTML article pages: headline, date, 来源, 作者, 编辑 and body paragraphs.

Two paths. When a site rule (``resources/sites/*.json``, see ``sites.py``)
covers the URL's host, its CSS selectors pick the fields. Otherwise (and for
any field the rule leaves empty) the generic extractor runs: the page is
flattened into lines (``dom.py``), the body is the densest run of prose
(``body.py``), the headline is the line that agrees with the page head
(``meta.py``), and fields come from labelled lines between the headline and
the body, then below the body, then in-text credits (``credits.py``).
"""
from __future__ import annotations

import re

from reportmine.parse import ParsedPage
from reportmine.parse.body import common_ancestor, core_range, inside_test
from reportmine.parse.credits import (add_credit_line, byline, dateline_author, is_media, line_editor_rank,
                                      looks_like_person, trailing_author, trailing_editor)
from reportmine.parse.dom import Line, clean_tree, head_info, load_tree, text_lines
from reportmine.parse.encoding import decode
from reportmine.parse.fields import DATE_TIME as _DATE_IN
from reportmine.parse.fields import TIME as _TIME
from reportmine.parse.fields import URL as _URL
from reportmine.parse.fields import (empty_source, field_value, label_pattern, normalize_date, split_fields,
                                     unlabelled_outlet)
from reportmine.parse.fields import is_info_line as _header_info_line
from reportmine.parse.furniture import is_boilerplate, is_end_marker
from reportmine.parse.meta import choose_title, is_subtitle, meta_date, meta_value, script_date

_URL_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)"),  # 20220305, 2022-03/05
    re.compile(r"/((?:19|20)\d{2})/(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9])/"),  # /2022/3/5/
)
_SENTENCE = re.compile(r"[。！？；!?;]")
_FLAT = re.compile(r"[\s\u3000\xa0]+")
_FIELD_LINE_MAX = 80
_PRINTED_BY = re.compile(r"([\u4e00-\u9fff]{2,10}报)社\s*(?:出版|编辑出版)")
_INLINE_CONTAINERS = frozenset("p span font strong b em i a li dd dt h1 h2 h3 h4 h5 h6 center blockquote pre".split())


def _flat(s: str) -> str:
    if s.isprintable():  # every _FLAT character but the space is unprintable
        return s.replace(" ", "")
    return _FLAT.sub("", s)


def parse_html(html: str | bytes, url: str | None = None) -> ParsedPage:
    """Parse one article page (markup as text or raw bytes)."""
    _PAGE_FIELDS.clear()
    _PAGE_FIELD_LINES.clear()
    warnings: list[str] = []
    encoding = None
    if isinstance(html, bytes):
        html, encoding, warnings = decode(html)
        warnings = list(warnings)
    root = load_tree(html, warnings)
    head_title, metas = head_info(root)
    page = ParsedPage(warnings=warnings, encoding=encoding, url=url, kind="html")
    ruled = None
    if url:
        from reportmine.parse.sites import apply_rule, rules_for_url

        rule = rules_for_url(url)
        if rule:
            ruled = apply_rule(html, rule, root)
    clean_tree(root)
    # lxml makes a Python proxy for an element when it is first touched and frees it with its
    # last reference; made here in one C loop and kept for the page, the proxies are found,
    # not built, by the walk in text_lines and the ancestor searches of the body finder
    alive = list(root.iter())
    lines = text_lines(root)
    _generic(page, lines, head_title or "", metas, url)
    if page.date is None:
        page.date = script_date(html)
    if ruled:
        for key in ("title", "date", "source", "author", "editor"):
            if ruled.get(key):
                setattr(page, key, ruled[key])
        if ruled.get("paragraphs"):
            paras, found = clean_paragraphs(ruled["paragraphs"], page.title or "")
            page.paragraphs = paras
            for key, val in found.items():
                if val and not ruled.get(key):
                    setattr(page, key, val)
    if not page.paragraphs:
        page.warnings.append("no body text found")
    del alive
    return page


class _Fields:
    """Field values by where they were found; earlier tiers win."""

    def __init__(self) -> None:
        self.tiers: dict[str, list[tuple[int, str]]] = {}
        #: lines read as fields or bylines: their photographers and reviewers are people
        self.credit_lines: list[str] = []

    def add(self, field: str, value: str | None, tier: int) -> None:
        if value:
            self.tiers.setdefault(field, []).append((tier, value))

    def get(self, field: str) -> str | None:
        vals = sorted(self.tiers.get(field, []), key=lambda x: x[0])
        return vals[0][1] if vals else None


_PAGE_FIELDS: dict[str, dict[str, str]] = {}  # split_fields answers for the page being parsed
_PAGE_FIELD_LINES: dict[str, bool] = {}  # _is_field_line answers for the page being parsed


def _fields_of(line: str) -> dict[str, str]:
    """``split_fields(line)``, remembered while one page is parsed.

    The header, body and footer passes ask about the same lines; the memo is
    emptied at the start of every page (``parse_html``), so nothing carries
    over from one article to the next. Callers only read the answer.
    """
    got = _PAGE_FIELDS.get(line)
    if got is None:
        if len(_PAGE_FIELDS) > 512:  # a caller outside parse_html: stay small
            _PAGE_FIELDS.clear()
            _PAGE_FIELD_LINES.clear()
        got = _PAGE_FIELDS[line] = split_fields(line)
    return got


def _is_field_line(text: str) -> bool:
    """``来源：某报 编辑：某某`` — a short labelled line that is not a sentence (``记者：请问……？``)."""
    if len(text) > _FIELD_LINE_MAX:
        return False
    got = _PAGE_FIELD_LINES.get(text)  # the passes over a page ask about the same lines
    if got is None:
        if len(_PAGE_FIELD_LINES) > 512:  # a caller outside parse_html: stay small
            _PAGE_FIELD_LINES.clear()
        got = _PAGE_FIELD_LINES[text] = not (_SENTENCE.search(text) or ("，" in text and len(text) > 30)) and (
            _starts_with_label(text) and bool(_fields_of(_spaced(text))))  # the cheap test first
    return got


_GLUED = re.compile(r"(?<=[0-9])(?=(?:来源|信息来源|稿源|作者|编辑|责任编辑|责编|记者)[:：])")
# the same places found by a pattern that opens with a character class (the engine skips to digits)
_GLUED_ANY = re.compile(r"[0-9](?:来源|信息来源|稿源|作者|编辑|责任编辑|责编|记者)[:：]")


def _spaced(text: str) -> str:
    """Put a space before a label glued to the previous value: ``07:00:00来源：`` -> ``07:00:00 来源：``."""
    if (":" not in text and "：" not in text) or not _GLUED_ANY.search(text):
        return text  # nothing glued: the label must follow a digit and be followed by its colon
    return _GLUED.sub(" ", text)


def _starts_with_label(text: str) -> bool:
    if ":" not in text and "：" not in text:
        return False  # a label ends in a colon
    s = text.strip().lstrip("（(【[□■●◆ ")
    return label_pattern().match(s) is not None


def _label_only(text: str) -> bool:
    """``作者：`` alone in its element, its value in the next one (``<dt>作者：</dt><dd>某某</dd>``).

    The line after it is that value, header furniture, not the first line of the
    body; the header pass pairs the two.
    """
    t = text.strip()
    return 0 < len(t) <= 12 and t[-1] in ":：" and _starts_with_label(t) and not any(_fields_of(t).values())


def _read_field_line(text: str, fields: _Fields, tier: int) -> list[str]:
    """Harvest every LABEL: value pair; return the fields whose value was empty."""
    fields.credit_lines.append(text)
    s = _spaced(text.strip().strip("（）()【】[]"))
    empty = []
    for fname, raw in _fields_of(s).items():
        raw = raw.strip().strip("（）()【】[] ")
        if not raw:
            empty.append(fname)
            continue
        # several editor labels: the best-ranked one's editor wins (credits.editor_rank)
        _add_field(fields, fname, raw, tier + (line_editor_rank(s) if fname == "editor" else 0))
    return empty


def _add_field(fields: _Fields, fname: str, raw: str, tier: int) -> None:
    if fname == "source":
        val = _clean_source(raw)
        if val and looks_like_person(val) and not is_media(val):
            fields.add("author", val, tier + 50)  # 来源: 某某 names the writer
            return
        fields.add("source", val, tier)
        if d := normalize_date(raw):
            fields.add("date", d, tier + 1)
    elif fname == "date":
        fields.add("date", normalize_date(raw), tier)
    else:
        fields.add(fname, field_value(fname, _DATE_IN.sub("", raw)), tier)
        if d := normalize_date(raw):  # 责编：某某　2021-04-03 09:12: an unlabelled date ends the line
            fields.add("date", d, tier + 2)


_SOURCE_END = re.compile(r"\s{2,}|\s*[|｜]\s*|\s+(?=\S+[:：])")
_ORIGINAL = re.compile(r"\s*原创稿$")
_OUTLET_BEFORE_REPORTER = re.compile(r"([\u4e00-\u9fff]{2,12})(?=(?:特约|首席|见习|全媒体|融媒体)?记者)")


def _clean_source(raw: str) -> str | None:
    val = _DATE_IN.sub(" ", raw)
    val = _TIME.sub(" ", val)
    val = _URL.sub(" ", val)
    val = _SOURCE_END.split(val.strip(), maxsplit=1)[0].strip()
    if "原创稿" in val:
        val = _ORIGINAL.sub("", val)
    val = val.strip(" ，,;；")
    val = val.split()[0] if val.split() else ""
    return None if empty_source(val) else val


def _info_fields_line(text: str) -> bool:
    """A dated header line with labelled fields (``2024年01月19日　来源：某局　作者：某某``).

    Read as fields before any byline test: its 作者 label would otherwise make
    the whole line a byline and lose the date and 来源.
    """
    return _header_info_line(text) and bool(_fields_of(_spaced(text)))


def _read_info_line(text: str, fields: _Fields, tier: int) -> None:
    """Date and an unlabelled outlet from a header info line."""
    text = _spaced(text)
    if _starts_with_label(text) or _fields_of(text):
        first = label_pattern().search(text)
        head = text[: first.start()] if first else text
        fields.add("date", normalize_date(head), tier + 2)
        _read_field_line(text, fields, tier)
        return
    fields.add("date", normalize_date(text), tier + 2)
    fields.add("source", unlabelled_outlet(text), tier + 40)


def clean_paragraphs(paras: list[str], title: str) -> tuple[list[str], dict[str, str | None]]:
    """Furniture, headline repeats, byline and field lines out of a selected body.

    Used on the paragraphs a site rule's body selector returns; the fields
    found on the way (and in-text credits) come back for whatever the rule
    did not select.
    """
    fields = _Fields()
    out: list[str] = []
    ft = _flat(title)
    for text in paras:
        if is_end_marker(text) and out:
            break
        if is_boilerplate(text) or (ft and _flat(text) == ft):
            continue
        if _is_field_line(text) or (not out and _info_fields_line(text)):
            _read_info_line(text, fields, 20)
            continue
        credit = byline(text)
        if credit:
            _add_byline(credit, text, fields, 25)
            continue
        out.append(text)
    if out:
        names = dateline_author(out[0])
        if names:
            fields.add("author", "、".join(names), 40)
        names = trailing_author(out[-1], labelled_only=True)
        if names:
            fields.add("author", "、".join(names), 45)
        names = trailing_editor(out[-1])
        if names:
            fields.add("editor", "、".join(names), 45)
    return out, {k: fields.get(k) for k in ("date", "source", "author", "editor")}


_TRAILING_NOTE = re.compile(
    r"\s*[（(【\[]\s*(?P<label>责任编辑|编辑|责编|来源|稿源|信息来源)\s*[:：/]?\s*(?P<value>[^（）()【】\[\]]{1,30}?)\s*[）)】\]]\s*$")


_CLOSERS = ("）", ")", "】", "]")


def _strip_trailing_notes(body: list[str], fields: _Fields) -> None:
    """``……。（责任编辑：某某）`` glued to the last paragraph: a field, not text."""
    while body:
        if not body[-1].rstrip().endswith(_CLOSERS):
            return  # the note closes the paragraph (``\s*$`` after its bracket)
        m = _TRAILING_NOTE.search(body[-1])
        if not m or m.start() == 0 and len(body) == 1:
            return
        fname = "source" if "源" in m["label"] else "editor"
        _add_field(fields, fname, m["value"], 50)
        rest = body[-1][: m.start()].rstrip()
        if rest:
            body[-1] = rest
            return
        body.pop()


def url_date(url: str) -> str | None:
    """A publication date written into an article URL (``t20220305_1.html``, ``/2022/3/5/``)."""
    path = url.split("?", 1)[0]
    for pat in _URL_DATES:
        m = pat.search(path)
        if m:
            return normalize_date(f"{m[1]}-{m[2]}-{m[3]}")
    return None


def _generic(page: ParsedPage, lines: list[Line], head_title: str, metas: dict[str, str], url: str | None) -> None:
    s, e = core_range(lines)
    title, ti = choose_title(lines, head_title, metas, s if e >= s else len(lines))
    if ti is not None and e >= s and ti >= s:
        # the text follows its headline: prose above the headline is a sidebar
        s2, e2 = core_range(lines[ti + 1:], weighed=True)
        if e2 >= s2 and sum(l.weight for l in lines[ti + 1 + s2:ti + 2 + e2]) >= 20:
            s, e = ti + 1 + s2, ti + 1 + e2
    page.title = title
    fields = _Fields()
    fields.add("date", meta_date(metas), 0)
    if e < s:
        _header_fields(lines, 0 if ti is None else ti + 1, len(lines), fields, 10)
        _finish(page, fields, [], metas, url)
        return
    container = common_ancestor([lines[i].el for i in range(s, e + 1) if lines[i].weight > 0])
    while container is not None and container.tag in _INLINE_CONTAINERS and container.getparent() is not None:
        container = container.getparent()  # a one-paragraph body: its wrapper holds captions and leads
    flat_title = _flat(title or "")
    in_container = inside_test(container) if container is not None else None

    def title_like(line: Line) -> bool:
        """The headline or a piece of it (a headline printed over several blocks)."""
        ft = _flat(line.text)
        return bool(ft) and bool(flat_title) and (ft == flat_title or (len(ft) >= 4 and ft in flat_title and line.size <= 40))

    def title_again(line: Line) -> bool:
        return bool(flat_title) and _flat(line.text) == flat_title

    # widen the prose run to captions and leads inside the same container
    start = s
    j = s - 1
    while j >= 0 and (ti is None or j > ti):
        line = lines[j]
        if in_container is not None and not in_container(line.el):
            break
        if (line.heading or line.link_ratio > 0.3 or is_boilerplate(line.text) or title_like(line)
                or _starts_with_label(line.text) or byline(line.text) or _header_info_line(line.text)
                or (ti is not None and j == ti + 1 and is_subtitle(line, title or ""))
                or (j > 0 and _label_only(lines[j - 1].text))):
            break
        start = j
        j -= 1
    end = e
    j = e + 1
    while j < len(lines) and j <= e + 12:
        line = lines[j]
        if in_container is not None and not in_container(line.el):
            break
        if is_end_marker(line.text) or is_boilerplate(line.text) or line.link_ratio > 0.5:
            break
        if line.size > 60 and line.weight <= 0:
            break
        if _is_field_line(line.text) or byline(line.text) or line.heading or title_again(line):
            break
        end = j
        j += 1

    # header: between the headline and the body (and a few lines above the headline)
    h0 = (ti + 1) if ti is not None else max(0, start - 8)
    if ti is not None:
        for line in lines[max(0, ti - 6):ti]:
            if _header_info_line(line.text) and line.link_ratio < 0.7:
                fields.add("date", normalize_date(line.text), 30)
    _header_fields(lines, h0, start, fields, 10)

    body: list[str] = []
    kept_lines: list[Line] = []
    seen: set[str] = set()
    for k in range(start, end + 1):
        line = lines[k]
        text = line.text
        if is_end_marker(text) and kept_lines:
            break
        if title_again(line) and kept_lines:
            break  # the headline again after the text: a second copy or the next item
        if is_boilerplate(text) or (title_like(line) and not kept_lines):
            if len(text) <= _FIELD_LINE_MAX and _fields_of(_spaced(text)):
                _read_field_line(text, fields, 20 if not kept_lines else 60)
            continue
        if ti is not None and k == ti + 1 and k < s and is_subtitle(line, title or ""):
            continue
        if _is_field_line(text):
            if kept_lines and k <= e and set(_fields_of(_spaced(text))) == {"date"}:
                body.append(text)  # 时间：…… inside a notice is content, not the page's date
                kept_lines.append(line)
                continue
            _read_field_line(text, fields, 20 if not kept_lines else 60)
            continue
        if not kept_lines and _info_fields_line(text):
            _read_info_line(text, fields, 20)
            continue
        credit = byline(text)
        if credit:
            _add_byline(credit, text, fields, 25 if not kept_lines else 55)
            continue
        if not kept_lines and _header_info_line(text):
            _read_info_line(text, fields, 20)
            continue
        if line.link_ratio > 0.6 and line.size < 60 and k > s:
            continue
        if line.size >= 20 and text in seen:
            continue  # a second copy of the same paragraph (print version, summary box)
        seen.add(text)
        body.append(text)
        kept_lines.append(line)

    # footer: labelled fields and bylines below the body
    for line in lines[end + 1:end + 25]:
        text = line.text
        if _is_field_line(text) or (len(text) <= _FIELD_LINE_MAX and not _SENTENCE.search(text)
                                    and _fields_of(_spaced(text)) and line.link_ratio < 0.5):
            _read_field_line(text, fields, 70)
        elif (credit := byline(text)) and line.link_ratio < 0.5:
            _add_byline(credit, text, fields, 75)
        elif _header_info_line(text) and line.link_ratio < 0.5:
            fields.add("date", normalize_date(text), 80)
        if "社" in text and (m := _PRINTED_BY.search(text)):  # e-paper footer: 某某日报社出版 | 国内统一刊号
            fields.add("source", m.group(1), 89)

    if body:
        _strip_trailing_notes(body, fields)
    if body:
        names = dateline_author(body[0]) or (dateline_author(body[1]) if len(body) > 1 else [])
        if names:
            fields.add("author", "、".join(names), 40)
        names = trailing_author(body[-1], labelled_only=True)
        if names:
            fields.add("author", "、".join(names), 45)
        names = trailing_editor(body[-1])
        if names:
            fields.add("editor", "、".join(names), 45)
    _finish(page, fields, body, metas, url)


def _add_byline(credit: dict[str, list[str]], text: str, fields: _Fields, tier: int) -> None:
    """Names from a byline, and the outlet it names (``河南商报记者 某某``) as a weak 来源."""
    fields.credit_lines.append(text)
    for role in ("author", "editor"):
        if credit.get(role):
            fields.add(role, "、".join(credit[role]), tier + (line_editor_rank(text) if role == "editor" else 0))
    m = _OUTLET_BEFORE_REPORTER.search(text) if "记者" in text else None
    if m:
        outlet = m.group(1)
        if is_media(outlet) and not outlet.startswith("本"):
            fields.add("source", outlet, 88)


def _header_fields(lines: list[Line], a: int, b: int, fields: _Fields, tier: int) -> None:
    pending: str | None = None
    for line in lines[a:b]:
        text = line.text
        if pending:
            if not _starts_with_label(text) and len(text) <= 40:
                _add_field(fields, pending, text, tier)
                pending = None
                continue
            pending = None
        if _is_field_line(text) or (len(text) <= _FIELD_LINE_MAX and _starts_with_label(text)):
            empty = _read_field_line(text, fields, tier)
            if len(empty) == 1 and len(_fields_of(text.strip("（）()【】[]"))) == 1:
                pending = empty[0]
            continue
        if line.link_ratio < 0.5 and _info_fields_line(text):
            _read_info_line(text, fields, tier)
            continue
        credit = byline(text)
        if credit and line.link_ratio < 0.5:
            _add_byline(credit, text, fields, tier + 15)
            continue
        if is_media(text) and 2 <= line.size <= 16 and " " not in text and line.link_ratio < 0.5:
            fields.add("source", text.strip("《》"), tier + 40)  # a bare 新华社 under the headline
            continue
        if _header_info_line(text) and line.link_ratio < 0.5:
            _read_info_line(text, fields, tier)


def _finish(page: ParsedPage, fields: _Fields, body: list[str], metas: dict[str, str], url: str | None) -> None:
    src = meta_value(metas, "source")
    if src:
        src = _clean_source(re.sub(r"^\s*(来源|信息来源|稿源)\s*[:：]\s*", "", src))
        fields.add("source", src, 65)
    for u in (url, metas.get("canonical"), metas.get("og:url"), metas.get("url")):
        if u:
            fields.add("date", url_date(u), 90)
    page.paragraphs = body
    for line in dict.fromkeys(fields.credit_lines):
        add_credit_line(page, line)
    page.date = fields.get("date")
    page.source = fields.get("source")
    page.editor = fields.get("editor")
    author = fields.get("author")
    if author and page.editor and set(author.split("、")) <= set(page.editor.split("、")):
        others = [v for t, v in sorted(fields.tiers.get("author", [])) if set(v.split("、")) - set(page.editor.split("、"))]
        author = others[0] if others else None
    page.author = author
