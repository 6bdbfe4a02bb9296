"""Counts that describe a text's layout, not work done (GUIDE.md §4).

A regulation or a book is often described by its parts: 《条例》共3编158条,
该书共分8章32节, 《规定》共24条. Such a count says what the text is, not what
the unit did, found or decided, so ``numbers`` drops it. Two signs, both read
from ``count_document_parts.tsv``:

- the count of a part comes right after a count of 编 or 章 (3编|158条,
  8章|32节), or opens the next clause with only a hedge (8章32节，约|25万字):
  a layout, since nothing done is counted in 编 or 章 (``layout`` units);
- it follows a title in 《》 ending in a document noun (《…条例》) or a
  word for one book (该书, 党章), with only link words between (共, 分为,
  的). A bare 规定 or 办法 is not enough: 制定完善制度规定12条 counts rules
  made, not a regulation's articles.

What a cited document holds (《条例》中违反组织纪律的8类行为, 《…条例》规定的
党支部八条基本任务) is its contents, not work done either (``cite`` words and
``content`` units, read by ``is_document_content``).

A count of versions drafted (形成五个版本) or of articles written
(撰写心得体会3篇) names no document before it and stays.

What became of the parts of such a text, written right after its layout
(共12条，其中新增5条、修订7条), describes the same text: those counts are
its layout too (``change`` words of the table, read by ``layout_changes_end``).
"""
from __future__ import annotations

import re

from reportmine.extract.numerals import CN_DIGITS, alternation
from reportmine.resources import derived, load_table

_NUMERAL = "[0-9０-９" + CN_DIGITS + "]+"
#: matches nothing: a role with no rows must not match the empty string
_NEVER = "(?!)"


@derived
def _patterns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    rows = load_table("count_document_parts.tsv")
    by_role: dict[str, list[str]] = {}
    for row in rows:
        by_role.setdefault(row.get("role", ""), []).append(row["word"])
    parts = alternation(by_role.get("part", []))
    documents = alternation(by_role.get("document", [])) or _NEVER
    books = alternation(by_role.get("book", [])) or _NEVER
    links = alternation(by_role.get("link", []))
    hedges = alternation([r["hedge"] for r in load_table("count_hedges.tsv") if r.get("position") == "before"])
    # ... 3编 | 158条, 8章32节，约 | 25万字: a count of layout parts right before, or ending
    # the clause before with only links and hedges after it (read backwards: anchored at the end)
    layouts = alternation(by_role.get("layout", []))
    after_part = re.compile(
        f"{_NUMERAL}(?:{layouts})(?:{_NUMERAL}(?:{parts}))*(?:[，,、]?(?:{links}|{hedges})*)\\Z")
    # 《…条例》共 | 3编, 该书共分 | 8章: a titled document or a book, then link words only
    # (a bare 规定 or 办法 is plural rules: 制定完善制度规定12条 counts rules made)
    after_document = re.compile(
        f"(?:《[^《》]{{0,40}}(?:{documents})》|(?:{books}))(?:(?:{links})|{_NUMERAL}(?:{parts}))*\\Z")
    return frozenset(by_role.get("part", [])), after_part, after_document


@derived
def _changes() -> re.Pattern[str]:
    rows = load_table("count_document_parts.tsv")
    parts = alternation([r["word"] for r in rows if r.get("role") == "part"])
    changes = alternation([r["word"] for r in rows if r.get("role") == "change"]) or _NEVER
    hedges = alternation([r["hedge"] for r in load_table("count_hedges.tsv") if r.get("position") == "before"])
    # ，其中新增|5条, 、修订|7条, ，较原条例修改|76条: a separator, a few words, a change word, a count of parts
    return re.compile(f"(?:[，,、；;]?[^，,。；;、：:！!？?\n0-9０-９]{{0,8}}?(?:{changes})了?(?:{hedges})?"
                      f"{_NUMERAL}(?:{parts}))+")


def layout_changes_end(text: str, end: int) -> int:
    """Where the counts of what became of a text's parts, written right after the
    count of its layout ending at ``end``, end (共12条[，其中新增5条、修订7条]): they
    describe the text, not work done; ``end`` when none follows."""
    m = _changes().match(text, end)
    return m.end() if m else end


def is_document_part(text: str, num_start: int, unit: str) -> bool:
    """Whether the count of ``unit`` starting at ``num_start`` gives a text's layout."""
    parts, after_part, after_document = _patterns()
    if unit not in parts:
        return False
    before = text[max(0, num_start - 50):num_start]
    return after_part.search(before) is not None or after_document.search(before) is not None


#: how much may stand between the citing word and the count (违反组织纪律的, 党支部)
_MAX_CITED_MODIFIER = 12
#: how far back the cited title is looked for (a title of 40, a citing word, the modifier)
_CITE_WINDOW = 70


@derived
def _contents() -> tuple[frozenset[str], re.Pattern[str]]:
    rows = load_table("count_document_parts.tsv")
    by_role: dict[str, list[str]] = {}
    for row in rows:
        by_role.setdefault(row.get("role", ""), []).append(row["word"])
    documents = alternation(by_role.get("document", [])) or _NEVER
    books = alternation(by_role.get("book", [])) or _NEVER
    cites = alternation(by_role.get("cite", [])) or _NEVER
    # 《…条例（试行）》规定的 | 党支部 | 八条: a titled rule (a short note may close its
    # title) or a book, a citing word, then a modifier without a break or another count
    cited = re.compile(
        f"(?:《[^《》]{{0,40}}(?:{documents})(?:[（(][^（()）]{{1,6}}[)）])?》|(?:{books}))(?:{cites})"
        f"[^，,。；;：:！!？?\n《》0-9０-９{CN_DIGITS}]{{0,{_MAX_CITED_MODIFIER}}}\\Z")
    return frozenset(by_role.get("content", [])), cited


def is_document_content(text: str, num_start: int, unit: str) -> bool:
    """Whether the count of ``unit`` at ``num_start`` counts what a cited document
    holds (《条例》中…的8类行为): the GUIDE counts what a unit did, found or
    decided, and a regulation's contents are none of these."""
    units, cited = _contents()
    if unit not in units:
        return False
    return cited.search(text, max(0, num_start - _CITE_WINDOW), num_start) is not None
