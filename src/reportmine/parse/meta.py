"""Headline and metadata from the page head and the lines around the headline.

The headline is the visible line that best agrees with what the page says
about itself (``<meta name=ArticleTitle>``, ``og:title``, or ``<title>``,
which usually reads ``headline_site``); the site suffix is therefore never
part of it. Meta keys are data in ``resources/meta_fields.json``.
"""
from __future__ import annotations

import re

from reportmine import resources
from reportmine.parse.dom import Line, squash
from reportmine.parse.fields import normalize_date

_SEP = re.compile(r"\s*(?:_|\||｜|--|—|－|-|–|·|:|：| )\s*")
_DASH_START = re.compile(r"^\s*(?:——|—|－－|--|──)")
_TAGS = re.compile(r"<[^>]*>")
_NOSPACE = re.compile(r"[\s\u3000\xa0\u200b]+")
_STRONG_END = re.compile(r"[。！？]$")
_STRONG_END_CHARS = ("。", "！", "？")


def _strong_end(text: str) -> bool:
    """``_STRONG_END.search`` without scanning the text (``$`` also matches before a final newline)."""
    return text.endswith(_STRONG_END_CHARS) or (text.endswith("\n") and _STRONG_END.search(text) is not None)
_INFO = re.compile(r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|来源\s*[:：]|发布(?:时间|日期)\s*[:：]")


@resources.derived
def meta_keys() -> dict[str, list[str]]:
    data = resources.load_json("meta_fields.json")
    return {k: v for k, v in data.items() if isinstance(v, list)}


@resources.derived
def _title_mark() -> re.Pattern[str]:
    marks = sorted(resources.load_json("meta_fields.json").get("title_marks", []), key=len, reverse=True)
    mark = r"[\[【（(](?:" + "|".join(map(re.escape, marks)) + r")[\]】）)]"
    return re.compile(r"^\s*" + mark + r"\s*|\s*" + mark + r"\s*$") if marks else re.compile(r"(?!x)x")


def strip_title_mark(title: str) -> str:
    """``title`` without a bracketed mark of what the page carries at its end
    (某某召开专题报告会[图], （组图）, 【视频】: meta_fields.json title_marks) or,
    as some sites write it, at its start ((图)某某召开…, round 67)."""
    if not title.endswith(("]", "】", "）", ")")) and not title.startswith(("[", "【", "（", "(")):
        return title
    return _title_mark().sub("", title) or title


#: 【党建】, 【新闻】, [巡察整改] opening a pasted headline: the site's column tag, page boilerplate
#: (GUIDE.md section 1); a long bracket (【学习贯彻全会精神在基层】) may be the headline's own lead, so it stays
_COLUMN_TAG = re.compile(r"^(?:【[^【】\s]{1,6}】|\[[^\[\]\s]{1,6}\])\s*(?=\S{6})")
#: a short column word set before a bar opening a pasted headline (全会学习丨…, 深度关注丨…,
#: 群众工作札记 | …): the site's column or series, page boilerplate like 【党建】 (GUIDE.md section 1)
_COLUMN_BAR = re.compile(r"^[\u4e00-\u9fff]{2,7}\s*[丨｜|]\s*(?=\S{6})")


def strip_column(title: str) -> str:
    """``title`` without the site's column word before it (【党建】…, 全会学习丨…).
    Why: a pasted headline keeps the column the page filed it under, which is
    page boilerplate, not the headline (GUIDE.md section 1). Read for pasted text;
    the HTML parser keeps a bar-led series name in its headline element, as the
    HTML fixtures expect (书记市长这一周 | …)."""
    title = _COLUMN_TAG.sub("", title, count=1)
    if "丨" in title or "|" in title or "｜" in title:  # (cheap test first: most headlines have no bar)
        title = _COLUMN_BAR.sub("", title, count=1)
    return title


def meta_value(metas: dict[str, str], field: str) -> str | None:
    """The first non-empty meta value for a field."""
    for key in meta_keys().get(field, []):
        val = metas.get(key)
        if val and val.strip():
            return val.strip()
    return None


def meta_titles(metas: dict[str, str]) -> list[str]:
    """Headline candidates from meta tags, markup (and any subtitle inside it) cut off."""
    out = []
    for key in meta_keys().get("title", []):
        val = metas.get(key)
        if not val:
            continue
        val = re.split(r"<\s*(?:div|br|p|span)\b", val, maxsplit=1, flags=re.I)[0]
        val = squash(_TAGS.sub("", val))
        if val:
            out.append(val)
    return out


def meta_date(metas: dict[str, str]) -> str | None:
    for key in meta_keys().get("date", []):
        val = metas.get(key)
        d = normalize_date(val) if val else None
        if d is None and val:
            m = re.search(r"((?:19|20)\d{2})(\d{2})(\d{2})", val)
            d = normalize_date(f"{m[1]}-{m[2]}-{m[3]}") if m else None
        if d:
            return d
    return None


@resources.derived
def _script_date_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in resources.load_json("meta_fields.json").get("script_date", []))


def script_date(html: str) -> str | None:
    """A publish date that only a script carries (JSON-LD, WeChat ``var ct``)."""
    import datetime as _dt

    for pat in _script_date_patterns():
        m = pat.search(html)
        if not m:
            continue
        val = m.group(1)
        if val.isdigit() and len(val) == 10:
            t = _dt.datetime.fromtimestamp(int(val), _dt.timezone(_dt.timedelta(hours=8)))
            return t.strftime("%Y-%m-%d")
        d = normalize_date(val)
        if d:
            return d
    return None


def _flat(s: str) -> str:
    if s.isprintable():  # every _NOSPACE character but the space is unprintable
        return s.replace(" ", "")
    return _NOSPACE.sub("", s)


class _TitleRef:
    """What the page says its headline is, flattened once per page."""

    __slots__ = ("ht", "ht_bare", "metas", "meta_set")

    def __init__(self, head_title: str, metas: list[str]) -> None:
        self.ht = _flat(head_title)
        self.ht_bare = bool(self.ht) and _flat(strip_site_suffix(head_title)) == self.ht
        self.metas = [_flat(m) for m in metas]
        self.meta_set = frozenset(self.metas)


def _title_score(text: str, head_title: str | _TitleRef, metas: list[str] | None = None) -> float:
    """How well a visible line agrees with the page's own idea of its headline."""
    ref = head_title if isinstance(head_title, _TitleRef) else _TitleRef(head_title, metas or [])
    return _flat_score(_flat(text), ref)


def _flat_score(t: str, ref: _TitleRef) -> float:
    """``_title_score`` of a text already stripped of whitespace."""
    if len(t) < 4 or len(t) > 120:
        return 0.0
    if t in ref.meta_set:
        return 100.0 + len(t) / 100
    score = 0.0
    ht = ref.ht
    if ht:
        if ht == t:
            # the <title> itself printed in the page: only a headline when it has no site suffix
            score = 90.0 if ref.ht_bare else 58.0
        elif ht.startswith(t):
            nxt = ht[len(t):len(t) + 1]
            if nxt.isalnum() and len(t) < 8:
                score = 0.0
            else:  # a short prefix may be a section name in "栏目--网站" titles
                score = 60.0 + min(len(t), 40) if len(t) >= 6 else 45.0
        elif t in ht and len(t) >= 6:
            score = 30.0 + min(len(t), 40)
        elif ht in t and len(ht) >= 6 and len(t) - len(ht) <= 12:
            score = 20.0 + len(ht) / 10
    if score < 50 and len(t) >= 6:
        for fm in ref.metas:
            if len(fm) >= 6 and fm.startswith(t):
                score = max(score, 40.0 + min(len(t), 40))
    return score


def choose_title(lines: list[Line], head_title: str | None, metas: dict[str, str],
                 body_start: int) -> tuple[str | None, int | None]:
    """(headline, index of its line) — the index is None when the headline came from the head."""
    mt = meta_titles(metas)
    ht = head_title or ""
    ref = _TitleRef(ht, mt)
    best: tuple[float, int, int] = (0.0, -1, -1)  # score, first line, last line
    flats = [_flat(line.text) for line in lines]  # whitespace-free text of each line
    # A text scores only when it is part of the <title> or a meta title, or (shortly) contains
    # the <title>: once the joined text is part of neither, joining more lines cannot make it
    # one, so those texts are not scored (their score would be 0).
    refs = [x for x in (ref.ht, *ref.metas) if x]
    # one string to search: a flattened text holds no newline, so it is in the joined
    # string exactly when it is in one of the references
    joined = "\n".join(refs)
    ht = ref.ht
    # a joined text is a piece of the whole page's text: the <title> can be inside one only
    # when the page holds it
    ht_held = len(ht) >= 6 and ht in "".join(flats)
    n_lines = len(lines)
    for i, line in enumerate(lines):
        if line.link_ratio > 0.5 or _strong_end(line.text) and not line.heading:
            continue
        t = ""
        inside = bool(refs)  # t is part of some reference title
        # a headline may be split over up to four blocks (<h1>A<br>B</h1>, one <p> a line)
        for j in range(i, min(i + 4, n_lines)):
            part = lines[j]
            if j > i and (part.size > 60 or part.link_ratio > 0.5 or _DASH_START.match(part.text)):
                break
            t += flats[j]  # removing blanks commutes with joining
            if len(t) > 120:  # longer than any headline, and joining more only lengthens it
                break
            if inside and t not in joined:
                inside = False
            if not inside:
                if not ht_held or len(t) - len(ht) > 12:
                    break  # no reference holds t, and t can no longer hold the <title>
                if ht not in t:
                    continue
            s = _flat_score(t, ref)
            if s <= 0:
                continue
            if line.heading:
                s += 3
            if line.index > body_start >= 0:
                s -= 20
            # among equal scores the first occurrence is the headline (later ones repeat it)
            s -= line.index / 100000
            if s > best[0]:
                best = (s, i, j)
    if 0 < best[0] < 60:  # weak agreement only: the line above the date/source line is stronger
        found = _above_info_line(lines, body_start)
        if found is not None:
            return found.text, found.index
    if best[1] >= 0:
        i, j = best[1], best[2]
        return "".join(l.text for l in lines[i:j + 1]), j
    # no agreement: the line right above the date/source line, a heading just above
    # the body, else the head title minus the site name
    if body_start > 0:
        found = _above_info_line(lines, body_start)
        if found is not None:
            return found.text, found.index
        for line in reversed(lines[max(0, body_start - 12):body_start]):
            if line.heading and 4 <= line.size <= 80 and line.link_ratio < 0.5:
                return line.text, line.index
    if mt:
        return mt[0], None
    if ht:
        return strip_site_suffix(ht), None
    return None, None


def _above_info_line(lines: list[Line], body_start: int) -> Line | None:
    """The line just above a date/来源 line near the body start: where CMSs put the headline."""
    window = lines[max(0, body_start - 12):min(len(lines), body_start + 2)]
    for k in range(len(window) - 2, -1, -1):
        line, nxt = window[k], window[k + 1]
        if (5 <= line.size <= 80 and line.link_ratio < 0.3 and "。" not in line.text
                and _INFO.search(nxt.text) and len(nxt.text) <= 80 and not _INFO.search(line.text)):
            return line
    return None


_SITE_SEP = re.compile(r"\s*(?:_{1,2}|\s[-|–—]\s|--|－|\s\|\s|｜)\s*")
_SITE_DASH = re.compile(r"^(.{6,}?)-([\u4e00-\u9fffA-Za-z]{2,10})$")


def strip_site_suffix(title: str) -> str:
    """``标题_某某政府网`` / ``标题 - 新华网`` -> ``标题``: keep the longest separated piece at the front."""
    parts = _SITE_SEP.split(title)
    parts = [p for p in parts if p.strip()]
    if not parts:
        return title.strip()
    head = parts[0].strip()
    m = _SITE_DASH.match(head)  # 标题-搜狐财经
    return m.group(1) if m and len(parts) == 1 else head


def is_subtitle(line: Line, title: str) -> bool:
    """A short unpunctuated line under the headline: 副标题/引题."""
    s = line.text.strip()
    if not s or _strong_end(s) or len(s) > 70:
        return False
    if re.match(r"^[（(].*[）)]$", s):  # （……会议通过） under a statute's title is text
        return False
    return _flat(s) != _flat(title)
