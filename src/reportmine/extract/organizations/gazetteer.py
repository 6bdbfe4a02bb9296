"""China's province-, prefecture- and county-level place names, for the place reader.

Why: the place reader (places.py, extend.py) tells a place from a word by
jieba's dictionary tag (ns), but jieba tags only about 600 of the ~3,400
official names as places: 嘉兴, 铁岭, 许昌 are person names to it (nr), 公安
a noun, and most others are absent. A body's name opened by such a place
(嘉兴市青年企业家协会) was cut to its tail. The official list of divisions
ships with the MIT package ``cpca`` (``resources/adcodes.csv``); only that
data file is read, once and lazily, never cpca's code (which would import
pandas and build a matcher). Without the package the reader behaves as it did
before (a one-time warning says so).

The gazetteer maps a stem, the name without its level word, to the levels it
takes: 嘉兴 -> 市, 嘉善 -> 县, 北川 -> 羌族自治县 and 县 (an autonomous county is
written short too: 通道县). A stem is a place only when one of its own levels
follows (公安县, never 公安局; 通道县, never 绿色通道), and never when that level
character opens an ordinary word with the next one (平安|区域, 东方|市场).
Stems of one character (沛县, 城区, 郊区, 矿区) and the placeholder 市辖区 are
left out: too short to tell from a word.
"""
from __future__ import annotations

import csv
import importlib.util
import os
import re
import warnings

from reportmine.dictionary import word_tags
from reportmine.resources import derived

#: The package whose data file lists the divisions, and that file inside it.
_PACKAGE = "cpca"
_CSV = os.path.join("resources", "adcodes.csv")
#: Level words a division's name ends with (嘉兴|市, 浦东|新区, 阿里|地区, 北川羌族|自治县);
#: a name is read under every one it ends with (万柏林|区 and 万柏|林区), so that a
#: reader landing on either level finds it. A closed set, like places.py's levels.
_LEVELS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "新区", "矿区", "特区",
           "省", "市", "县", "区", "旗", "州", "盟")
#: An autonomous area's peoples between its place and its level (北川|羌族|自治县,
#: 湘西|土家族苗族|自治州, 新疆|维吾尔|自治区): a people ends in 族, or is one of the
#: few written without it (a closed set).
_AUTONOMOUS = re.compile("(.{2,}?)((?:[\u4e00-\u9fff]{1,4}?族|蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|锡伯)+)自治([区州县旗])")
#: The placeholder the list gives a city's districts as a group: no place.
_PLACEHOLDER = "市辖区"
#: Fewest characters of a stem: one character (沛|县, 城|区, 矿|区) is too short to tell from a word.
MIN_STEM = 2
#: The short level of an autonomous area, written without its peoples and 自治
#: (通道侗族自治县 is also 通道县; no region is written so: 广西区 is not said).
_SHORT_LEVELS = frozenset("州县旗")


def _csv_path() -> str | None:
    """Where cpca's list of divisions lies, found without importing cpca."""
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = os.path.join(folder, _CSV)
        if os.path.isfile(path):
            return path
    return None


def _splits(name: str) -> list[tuple[str, str]]:
    """A division's name as every (stem, level) it reads as: 嘉兴市 -> (嘉兴, 市);
    北川羌族自治县 -> (北川羌族, 自治县), (北川, 羌族自治县), (北川, 县). None for the
    placeholder 市辖区 or where the stem would be too short."""
    if name == _PLACEHOLDER:
        return []
    found = [(name[:-len(level)], level) for level in _LEVELS
             if name.endswith(level) and len(name) - len(level) >= MIN_STEM]
    if (m := _AUTONOMOUS.fullmatch(name)) is not None:
        found.append((m.group(1), name[len(m.group(1)):]))
        if m.group(3) in _SHORT_LEVELS:
            found.append((m.group(1), m.group(3)))
    return found


@derived
def gazetteer() -> dict[str, tuple[str, ...]]:
    """Stem -> the levels it takes, longest first (吉林 -> 省, 市). Empty, with a
    warning, when cpca is not installed.

    A stem jieba reads as a verb or function word (比如, 解放, 南部, 当阳), or that
    is a stop word of the name reader (会同, org_verbs.txt), is left out unless
    org_place_names.txt lists it (包头, 保定): next to a level word it is more
    often the sentence's word than the place (比如县委书记…, 县纪委会同县委组织部).
    """
    path = _csv_path()
    if path is None:
        warnings.warn("cpca is not installed: places jieba does not know (嘉兴市, 嘉善县) are not read",
                      stacklevel=2)
        return {}
    # (imported here: places.py and lexicon.py read this module)
    from reportmine.extract.organizations.lexicon import _lexicon
    from reportmine.extract.organizations.places import _NOT_PLACE_TAGS
    lex = _lexicon()
    tags, towns, stops = word_tags(), lex.towns, lex.stops.words
    found: dict[str, set[str]] = {}
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for stem, level in _splits(row.get("name") or ""):
                if stem in towns or tags.get(stem) not in _NOT_PLACE_TAGS and stem not in stops:
                    found.setdefault(stem, set()).add(level)
    return {stem: tuple(sorted(levels, key=len, reverse=True)) for stem, levels in found.items()}


@derived
def stem_lengths() -> tuple[int, ...]:
    """The lengths stems take, longest first (the loops over candidate stems)."""
    return tuple(sorted({len(s) for s in gazetteer()}, reverse=True))


@derived
def level_lengths() -> tuple[int, ...]:
    """The lengths levels take, shortest first."""
    return tuple(sorted({len(level) for levels in gazetteer().values() for level in levels}))


def level_after(text: str, a: int, b: int) -> int:
    """Length of the level closing the gazetteer stem ``text[a:b]`` right at
    ``b`` (嘉兴|市 -> 1, 北川|羌族自治县 -> 5), 0 when ``text[a:b]`` is no stem or
    none of its levels follows. A level character that opens an ordinary word
    with the next one is no level (平安|区域, 东方|市场, 南部|县城), unless that
    word is a body's ending (嘉兴|市委), as places.py's level reader has it."""
    levels = gazetteer().get(text[a:b])
    if levels is None:
        return 0
    for level in levels:
        if text.startswith(level, b):
            if len(level) == 1 and _opens_word(text, b):
                continue
            return len(level)
    return 0


def _opens_word(text: str, b: int) -> bool:
    """Whether the level character ``text[b]`` and the next one make an ordinary
    word (市场, 区域, 县城) that is no body's ending (市委, 县委), where no known
    part follows the level (嘉兴市|政府 and 嘉兴市|民政局 keep their level; 市政 and
    市民 are words too)."""
    pair = text[b:b + 2]
    tag = word_tags().get(pair) if len(pair) == 2 else None
    if tag is None or tag.startswith("ns"):
        return False
    from reportmine.extract.organizations.lexicon import _lexicon
    lex = _lexicon()
    if pair in lex.info:
        return False
    return not any(text[b + 1:b + 1 + n] in lex.jump.words for n in _PART_LENGTHS)


#: Lengths of a known part read after a level (政府, 民政局, 人民政府).
_PART_LENGTHS = (2, 3, 4)


def place_ending_at(text: str, at: int) -> int:
    """Start of a gazetteer stem ending at ``at`` whose level follows there
    (嘉兴|市 with ``at`` on 市), the longest first; -1 if none."""
    for k in stem_lengths():
        if at >= k and level_after(text, at - k, at):
            return at - k
    return -1


def official_place_end(text: str, at: int) -> int:
    """End of a gazetteer place, stem and level, opening ``text`` at ``at``
    (安乡县, 乡宁县, 嘉兴市), the longest stem first; ``at`` if none. Why: a stem
    may hold a level character (安|乡|县), where the place reader, cutting at
    the first level character, would read 安乡 as a township and fail."""
    for k in stem_lengths():
        if n := level_after(text, at, at + k):
            return at + k + n
    return at


def place_before(text: str, end: int) -> int:
    """Start of a gazetteer place, stem and level, ending at ``end`` (嘉兴市|, 北川羌族自治县|);
    -1 if none."""
    for n in level_lengths():
        for k in stem_lengths():
            if end - n >= k and level_after(text, end - n - k, end - n) == n:
                return end - n - k
    return -1


#: Longest stem searched around a stop word (犍为, 香格里拉): a cheap bound, as this
#: runs wherever a stop word ends a name's left extension.
_ACROSS_STEM = 4


def place_across(text: str, lo: int, hi: int, end: int) -> int:
    """Start of a gazetteer place (stem and level) whose stem holds ``text[lo:hi]``
    and which ends by ``end``; -1 if none. Why: a stop word or verb inside a
    place's name (犍为|县, 新建|区) would cut a body's name there, as
    org_place_names.txt prevents by hand for the places it lists."""
    if not gazetteer():
        return -1
    for a in range(lo, max(-1, hi - _ACROSS_STEM - 1), -1):
        for b in range(max(hi, a + MIN_STEM), min(a + _ACROSS_STEM, end) + 1):
            n = level_after(text, a, b)
            if n and b + n <= end:
                return a
    return -1
