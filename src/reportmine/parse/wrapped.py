"""Pasted text hard-wrapped at a fixed width, its paragraphs joined again.

Reports copied out of a PDF (work summaries, 学习工作总结, bulletins) keep the
PDF's line breaks: every line but a paragraph's last is cut at one width, so
a slogan (“两\\n个维护”), a 《document》 title or a name is cut in two and no
extractor finds it. Such a text is told by its lines: most of them lie in one
narrow band of display widths (a Han character counts 2, ASCII 1) and few of
those end on sentence punctuation, where a web page pasted one paragraph a
line ends nearly every line on 。 and has lines of every width. Each full line
is joined to the next; a short line ends its paragraph. Any other text is
returned as it came. Widths and thresholds: ``resources/hard_wrap.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportmine.parse.credits import is_unit
from reportmine.parse.fields import label_pattern
from reportmine.resources import derived, load_json

#: a numbered section heading (一、 （二） 3. 第一部分): a paragraph of its own, however short the line
SECTION_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
                             r"|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十]{1,3}(?:部分|章|节))")
#: characters set two units wide: Han, kana, hangul, full-width forms and CJK punctuation, and the
#: quotes, dash and ellipsis a Chinese font sets full width (“”‘’—…)
_WIDE = re.compile("[\u1100-\u115f\u2018\u2019\u201c\u201d\u2014\u2026\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf"
                   "\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6"
                   "\U00020000-\U0003fffd]")
#: a line ending a sentence (……支撑。 ……如下： ……。”): a paragraph may end there
_SENTENCE_END = re.compile(r"[。！？!?；;：:…][”’」』）)]?$")
#: the punctuation of prose: a line without any may be a headline
_PROSE = re.compile(r"[。！？!?；;，,、：:]")
#: a Latin word or number opening a line: it went down whole when it did not fit the line above
_LATIN_HEAD = re.compile(r"[A-Za-z0-9]+")
_LATIN_END = re.compile(r"[A-Za-z0-9]$")
#: a headline's second line: Han characters only (报告, 总结, 的通知)
_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class WrapSettings:
    min_lines: int
    min_width: int
    band: int
    slack: int
    indent: int
    min_share: float
    max_over: float
    max_end_share: float
    min_prose_share: float
    title_tail_max: int
    title_tails: tuple[str, ...]


@derived
def settings() -> WrapSettings:
    d = load_json("hard_wrap.json")
    return WrapSettings(int(d["min_lines"]), int(d["min_width"]), int(d["band"]), int(d["slack"]),
                        int(d["indent"]),
                        float(d["min_share"]), float(d["max_over"]), float(d["max_end_share"]),
                        float(d["min_prose_share"]),
                        int(d["title_tail_max"]), tuple(d["title_tails"]))


def display_width(line: str) -> int:
    """The width ``line`` takes in a fixed-pitch Chinese layout: Han 2, ASCII 1."""
    return len(line) + len(_WIDE.findall(line))


def wrap_width(lines: list[str]) -> int | None:
    """The width the non-empty ``lines`` were hard-wrapped at, or None when they were not.

    Why: only a text cut at one width may have its lines joined; a web page
    pasted a paragraph a line, a poem, a list of names or a credit block must
    come out as it was. The band holding most lines is found on the sorted
    widths in one pass (ties go to the wider band, whose top is the wrap)."""
    s = settings()
    if len(lines) < s.min_lines:
        return None
    widths = sorted(display_width(l) for l in lines)
    if widths[-1] < s.min_width:
        return None  # (short lines only: a poem, a list, a block of credits)
    best, top, i = 0, 0, 0
    for j, w in enumerate(widths):
        while w - widths[i] > s.band:
            i += 1
        if j - i + 1 >= best:
            best, top = j - i + 1, w
    n = len(widths)
    if top < s.min_width or best < s.min_share * n:
        return None
    if sum(1 for w in widths if w > top + s.band) > s.max_over * n:
        return None
    full = [l for l in lines if top - s.band <= display_width(l) <= top]
    if sum(1 for l in full if _SENTENCE_END.search(l)) >= s.max_end_share * best:
        return None  # (a paragraph a line: each ends a sentence)
    return top if sum(1 for l in full if _PROSE.search(l)) >= s.min_prose_share * best else None


def unwrap(lines: list[str]) -> tuple[list[str], int]:
    """(the lines with each hard-wrapped paragraph on one line, how many breaks were joined).

    ``lines`` are stripped; an empty one ends a paragraph and is kept. Text
    that is not hard-wrapped (``wrap_width``) comes back unchanged."""
    text_lines = [l for l in lines if l]
    wrap = wrap_width(text_lines)
    if wrap is None:
        return lines, 0
    first = next(i for i, l in enumerate(lines) if l)
    out: list[str] = []
    joined = 0
    prev = ""  # the line before, as cut: the paragraph so far ends with it
    for i, line in enumerate(lines):
        if prev and line and _joins(prev, line, wrap, i - 1 == first and not _PROSE.search(prev)):
            out[-1] = _glue(out[-1], line)
            joined += 1
        else:
            out.append(line)
        prev = line
    if (title := _wrapped_title(out, wrap)) is not None:
        out[title:title + 2] = [_glue(out[title], out[title + 1])]
        joined += 1
    return out, joined


def _joins(line: str, nxt: str, wrap: int, headline: bool) -> bool:
    """Whether ``nxt`` goes on the paragraph the cut ``line`` ends.

    Why each break is kept: a short line ends its paragraph (a full one is
    cut by the wrap, and a first line lost its indent to the paste); a line
    ending a sentence must fill the width without that allowance, and keeps
    its break before a heading; a field line (来源：…) stands alone; the first
    line of the text without prose punctuation is the headline."""
    if headline:
        return False
    s = settings()
    width = display_width(line)
    ended = _SENTENCE_END.search(line) is not None
    full = width >= wrap - s.slack - (0 if ended else s.indent)
    if not full and _LATIN_END.search(line) and (word := _LATIN_HEAD.match(nxt)):
        full = width + 1 + len(word.group()) > wrap  # (a Latin word that did not fit went down whole)
    if not full or (ended and SECTION_HEADING.match(nxt)):
        return False
    labels = label_pattern()
    return not labels.match(nxt.lstrip("(（[【 ")) and not labels.match(line)


def _glue(line: str, nxt: str) -> str:
    """``line`` and ``nxt`` as one: a space between two Latin words or numbers, nothing between Han."""
    return f"{line} {nxt}" if _LATIN_END.search(line) and _LATIN_HEAD.match(nxt) else line + nxt


def _wrapped_title(lines: list[str], wrap: int) -> int | None:
    """The index of a headline whose last words went down to the next line
    (国企党委理论学习中心组 2025 年度学习工作 / 总结), or None.

    Why: a PDF's headline is wrapped too, and its first line alone was taken
    for the title. Joined only where that is safe: the headline has no prose
    punctuation, the second line is a few Han characters ending on a kind of
    document (总结, 报告: no byline name, subtitle or unit's signature) and no
    unit, and a full line of prose follows it."""
    s = settings()
    idx = [i for i, l in enumerate(lines[:6]) if l][:3]
    if len(idx) < 3 or idx[1] != idx[0] + 1:
        return None
    head, tail, body = (lines[i] for i in idx)
    if len(head) < 6 or _PROSE.search(head) or label_pattern().search(head):
        return None
    if len(tail) > s.title_tail_max or not tail.endswith(s.title_tails) or not _HAN_ONLY.fullmatch(tail) \
            or is_unit(tail):
        return None
    if display_width(head) >= wrap - s.slack - s.indent:
        return None  # (a full line: body text, or a headline set as wide as the text)
    if not (_PROSE.search(body) and display_width(body) >= wrap - s.slack - s.indent) or label_pattern().match(body):
        return None
    return idx[0]
