"""Numerals that count something: a numeral, its hedge and its unit word.

This module finds them and says what they are worth; ``numbers`` then reads what
is counted around them. A count is a numeral (Arabic, Chinese or mixed: 30,
十余, 两百多, 1.2万) followed by a unit word from ``count_units.txt``, or a
``百分之`` share. Refused: ordinals (第一党支部), dates and times (no unit word),
session numbers (十一届九次全会), numerals inside quotes and titles, inside the
patterns of ``number_formulas.txt`` or the names of ``numbered_slogans.tsv``
(四个意识, 三会一课, 十四五), plain ``一``/``二`` used as "a"/"second"
(一次严肃的政治生活, 二级巡视员), vague, per-period and referring numerals
(数十次, 每月1次, 这5个), ranges and ids, and the ``protected`` spans other
extractors hand in. Chinese numerals are converted with cn2an one token at a
time, because cn2an's ``transform`` rewrites whole phrases (三会一课 -> 3会1课).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import cn2an

from reportmine.record import Span
from reportmine.resources import derived, load_lines, load_table

CN_DIGITS = "〇零一二两三四五六七八九十百千万亿"
_FULLWIDTH = str.maketrans("０１２３４５６７８９．，％·", "0123456789.,%.")
_RANGE = set("-—~～至到")
#: Characters of a numeral: Arabic, full-width and Chinese digits.
NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９" + CN_DIGITS)
_PER = re.compile(r"每(?:个|半)?(?:月|周|年|季度?|天|日|学期|星期)$")
#: The same anywhere in a clause before a count: 每季度向巡察办报告1次.
PER_IN_CLAUSE = re.compile(r"每(?:个|半)?(?:月|周|年|季度?|天|日|学期|星期)")
#: Characters before a "before" hedge that make it part of another word (最近, 制约).
_BAD_BEFORE_HEDGE = {"近": set("最附临亲靠将接贴"), "约": set("制节公契预邀相"), "超": set("赶高")}
#: A session's term and body right before its number (十四届人大|五次会议, 十三届全国人大|四次会议).
_SESSION_BODY = re.compile(r"届(?:全国|省|市|县|区)?(?:人大|政协|人民代表大会|职代会|教代会|党代会)$")
#: The bare round numerals a ``round`` hedge goes with (上百, 上千, 上万).
_ROUND = frozenset({"百", "千", "万"})
#: How far around a numeral a formula pattern may start or end.
_FORMULA_REACH = 12
#: Joiners of two numerals sharing the unit of the second (13.4和13.8个百分点).
_SHARED_JOINS = ("和", "与", "及", "、")
#: The word that says two numerals are the respective figures of two things
#: (同比分别上升13.4和13.8个百分点): without it 3、5名 is a vague range.
_RESPECTIVELY = "分别"
#: How many bare numerals of a 、 run may share the unit of the counted one after
#: them (分别提高13.2、5.6、0.7个百分点).
_SHARED_MAX = 5
#: How far before the shared numeral 分别 may stand.
_RESPECTIVELY_REACH = 8
#: A space between a numeral and its unit in text from a PDF (学习 9 次).
_GAP_CHARS = " \u3000"
_GAP = f"[{_GAP_CHARS}]"
_MULT = {"万": 1e4, "亿": 1e8, "万亿": 1e12, "千万": 1e7, "百万": 1e6, "千": 1e3}


def alternation(words: Iterable[str]) -> str:
    """A regex matching the longest of the literal ``words`` at a position.

    Written as a trie (党支部|党委|党组 -> 党(?:支部|委|组)): it matches what a
    longest-first alternation matches, in the same backtracking order, but the
    engine tests one branch per character instead of every word in turn."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        if w:
            node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict) -> str:  # type: ignore[type-arg]
    alts = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    if "" in node:  # a word ends here: the longer ones are tried first
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


@dataclass(slots=True)
class Numeral:
    """One counted numeral: ``text[start:end]`` is hedge + numeral + unit + hedge."""

    start: int
    num_start: int
    end: int
    num: str
    unit: str
    pre: str | None = None
    mid: str | None = None
    mult: str | None = None
    post: str | None = None
    value: float | int = 0
    #: a bare numeral sharing the unit of the counted one after it (13.4和13.8个百分点)
    shared: bool = False

    @property
    def approx(self) -> str | None:
        """The hedge as written (余, 多, 近, 约, 超过, 以上 ...), or None."""
        return self.pre or self.mid or self.post


@dataclass(frozen=True)
class _Lexicon:
    number_re: re.Pattern[str]
    percent_re: re.Pattern[str]
    before_hedges: tuple[str, ...]
    #: hedges written only before a bare 百, 千 or 万 (上千名; count_hedges.tsv ``round``)
    round_hedges: frozenset[str]
    middle_hedges: frozenset[str]
    hedge_ends: frozenset[str]
    formula_re: re.Pattern[str]
    #: a bare numeral and a joiner right before a counted numeral (13.4和|13.8个百分点)
    shared_re: re.Pattern[str]
    quote_re: re.Pattern[str]
    times: tuple[str, ...]
    page_counter: re.Pattern[str]
    counter_re: re.Pattern[str]
    durations: tuple[str, ...]
    #: units written after 个 that give a count its unit (分7个批次, 共9个班次): 个
    #: only says that a number of them follows (count_words.tsv ``after_ge``)
    after_ge: tuple[str, ...]
    #: a Chinese numeral + 期 before one of these names a project's phase, no count
    #: (三期、四期[项目]; count_words.tsv ``phase_noun``)
    phase_re: re.Pattern[str]


@derived
def _lexicon() -> _Lexicon:
    """The compiled patterns (rebuilt after ``reportmine.resources.clear_cache()``)."""
    try:
        slogans: object = load_table("numbered_slogans.tsv")
    except FileNotFoundError:
        slogans = ()
    return _build_lexicon(load_lines("count_units.txt"), load_table("count_hedges.tsv"),
                          load_table("count_words.tsv"), load_lines("number_formulas.txt"), slogans)


def middle_hedges() -> frozenset[str]:
    """Hedges written between a numeral and its unit (count_hedges.tsv ``middle``:
    30余人, 两百多名), for extractors that must not read them as anything else."""
    return _lexicon().middle_hedges


def _build_lexicon(units, hedges, words, formula_lines, slogans) -> _Lexicon:  # type: ignore[no-untyped-def]
    pos = {p: [h["hedge"] for h in hedges if h.get("position") == p]
           for p in ("before", "middle", "after", "round")}
    arabic = r"(?<![A-Za-z0-9_.．·\-/:：])[0-9０-９]+(?:,[0-9]{3})*(?:[.．·][0-9０-９]+)?"
    # a lone 一/二 is "a"/"second" (refused anyway): not even a candidate
    chinese = rf"(?<![{CN_DIGITS}])(?![一二](?![{CN_DIGITS}]))[{CN_DIGITS}]+"
    # the lookahead lets the regex engine skip to numeral characters (2x faster)
    # a bare numeral joined to the next counted one, the two sharing its unit
    # (分别上升[13.4和]13.8个百分点): matched backwards from the counted one
    shared_re = re.compile(rf"(?P<num>{arabic}|{chinese})(?:{alternation(_SHARED_JOINS)})\Z")
    number_re = re.compile(
        rf"(?=[0-9０-９{CN_DIGITS}])(?P<num>{arabic}|{chinese})"
        rf"(?P<gap>{_GAP})?"
        rf"(?P<mid>{alternation(pos['middle'])})?"
        r"(?P<mult>万亿|千万|百万|万|亿|千)?"
        rf"(?P<mid2>{alternation(pos['middle'])})?"
        rf"(?P<unit>{alternation(units)})"
        rf"(?P<post>{alternation(pos['after'])})?"
    )
    percent_re = re.compile(rf"百分之(?P<num>[0-9]+(?:\.[0-9]+)?|[{CN_DIGITS}点]+)")
    slogan_names: list[str] = []
    for row in slogans:  # the slogan extractor's numbered formulas
        names = [row.get("name", "")] + (row.get("aliases") or "").split("|")
        slogan_names.extend(n for n in names if n)
    formulas = list(formula_lines)
    if slogan_names:  # tried after the patterns, longest name first (a trie)
        formulas.append(alternation(slogan_names))
    # formulas begin with a numeral, 光荣在党/壮丽, a bracket, or a listed name
    gate = set("0123456789" + CN_DIGITS + "光壮（(")
    gate.update(n[0] for n in slogan_names)
    formula_re = re.compile(
        "(?=[" + re.escape("".join(sorted(gate))) + "])(?:" + "|".join(f"(?:{f})" for f in formulas) + ")"
    )
    counters = alternation([r["word"] for r in words if r.get("role") == "counter"]) or "(?!)"
    quote_re = re.compile(r"“[^“”\n]{0,60}”|「[^「」\n]{0,60}」|《[^《》\n]{0,80}》|\"[^\"\n]{0,40}\"")
    return _Lexicon(
        number_re=number_re, percent_re=percent_re,
        before_hedges=tuple(sorted(pos["before"] + pos["round"], key=len, reverse=True)),
        round_hedges=frozenset(pos["round"]),
        middle_hedges=frozenset(pos["middle"]),
        hedge_ends=frozenset(h[-1] for h in pos["before"] + pos["round"]),
        formula_re=formula_re, quote_re=quote_re, shared_re=shared_re,
        times=tuple(r["word"] for r in words if r.get("role") == "time"),
        durations=tuple(r["word"] for r in words if r.get("role") == "duration"),
        after_ge=tuple(sorted((r["word"] for r in words if r.get("role") == "after_ge"), key=len, reverse=True)),
        page_counter=re.compile("(?:" + counters + r")(?:次数|人次|数|量)?[：:\s]*$"),
        counter_re=re.compile(counters),
        phase_re=re.compile(rf"(?:[、和][{CN_DIGITS}]+期)*(?:"
                            + (alternation([r["word"] for r in words if r.get("role") == "phase_noun"]) or "(?!)")
                            + ")"),
    )


@lru_cache(maxsize=4096)
def convert(token: str) -> float | None:
    """The value of one numeral token (30, 1.5, 十, 两百, 一千二); None if none."""
    token = token.translate(_FULLWIDTH).replace(",", "")
    try:
        if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", token):
            return float(token)
        if token[0] in "百千万亿":
            token = "一" + token  # 近百名 -> 一百
        return float(cn2an.cn2an(token, "smart"))
    except (ValueError, TypeError, KeyError, IndexError):
        return None


def _tidy(value: float) -> float | int:
    value = round(value, 6)
    return int(value) if value == int(value) else value


def _scan(lex: _Lexicon, text: str) -> list[Numeral]:
    """Numerals with a unit, and 百分之 shares, in text order, hedges attached."""
    out = []
    for m in lex.number_re.finditer(text):
        num, unit, mid, mid2, mult, post = m.group("num", "unit", "mid", "mid2", "mult", "post")
        start, end = m.start(), m.end()
        num_start = m.start()
        if num.startswith("一一"):
            # 唯一|一个, 统一|一项: no Chinese numeral repeats 一 (11 is 十一); the first
            # 一 ends the word before, the count starts at the second
            num, start, num_start = num[1:], start + 1, num_start + 1
        if m.group("gap"):
            if _spaced(text, start, num):
                start -= 1  # 学习[ ]9 次: the count takes the space before it, its object is before that
            elif not (mid and num[0].isdigit()):
                continue  # 400 余次: a hedge after the space binds the numeral to its unit
        if unit == "个" and not post and text.startswith(lex.after_ge, end):
            unit = next(w for w in lex.after_ge if text.startswith(w, end))
            end += len(unit)
        out.append(Numeral(start, num_start, end, num, unit.translate(_FULLWIDTH), None,
                           mid or mid2, mult, post))
    shared = [n for c in out for n in _shared_before(lex, text, c)]
    shares = [Numeral(m.start(), m.start("num"), m.end(), m.group("num").replace("点", "."), "%")
              for m in lex.percent_re.finditer(text)]
    shares += [Numeral(m.start(), m.start(), m.end(), str(_tenths(m.group("num"), m.group("half"))), "%")
               for m in _TENTHS.finditer(text)]
    shares += shared
    if shares:  # (the numerals alone come in text order)
        out.extend(shares)
        out.sort(key=lambda c: c.start)
    for c in out:
        if c.start == 0 or text[c.start - 1] not in lex.hedge_ends:
            continue
        for h in lex.before_hedges:
            k = c.start - len(h)
            if k >= 0 and text.startswith(h, k):
                if h in lex.round_hedges and c.num not in _ROUND:
                    break  # 会上3名: 上 hedges 上千 only
                bad = _BAD_BEFORE_HEDGE.get(h)
                if bad is None or k == 0 or text[k - 1] not in bad:
                    c.pre = h
                    c.start = k
                break
    return out


#: A share written in tenths (近[六成], [九成五]以上): only a single numeral, not
#: after another numeral or 第, and not in the idiom 一成不变.
_TENTHS = re.compile(r"(?<![0-9０-９一二三四五六七八九十百千万第])(?P<num>[一二三四五六七八九])成"
                     r"(?P<half>[一二三四五六七八九](?![个名人次项条]))?(?!不变)")


def _tenths(num: str, half: str | None) -> int:
    """The percentage of a share in tenths (六成 -> 60, 九成五 -> 95)."""
    digits = "一二三四五六七八九"
    return (digits.index(num) + 1) * 10 + (digits.index(half) + 1 if half else 0)


def _spaced(text: str, start: int, num: str) -> bool:
    """Whether an Arabic numeral written with a space before its unit (学习 9 次,
    from a PDF's text layer) is spaced on both sides, with a word before: only
    then is it one count with the unit after the space (2021 年 stays no count,
    年 being no unit; 第 9 次 is still an ordinal, read over the space)."""
    return num[0].isdigit() and start >= 2 and text[start - 1] in _GAP_CHARS and \
        "\u4e00" <= text[start - 2] <= "\u9fff"


#: A 第 ordinal and a joiner right before a numeral of the same unit: the numeral
#: is the next ordinal of that run (第12次和13次会议, 第3届至5届), not a count.
_ORDINAL_JOINED = re.compile(
    "第[" + _GAP_CHARS + "]*[0-9０-９" + CN_DIGITS + "]+[" + _GAP_CHARS + "]*(?P<u>[次届期批轮])"
    "[" + _GAP_CHARS + "]*(?:和|与|及|、|至|到|-|－|~)[" + _GAP_CHARS + "]*(?:第[" + _GAP_CHARS + "]*)?$")
_ORDINAL_REACH = 16


def _ordinal_over_gap(text: str, start: int) -> bool:
    """Whether 第 stands before the numeral at ``start`` over a space (第 12次, from a
    PDF's text layer): still an ordinal, the space says nothing."""
    k = start
    while k > 0 and text[k - 1] in _GAP_CHARS:
        k -= 1
    return k < start and text[k - 1:k] == "第"


def _all_decimal(num: str, found: list[re.Match[str]]) -> bool:
    """Whether a 、 run of bare numerals and the counted one after it are all
    written with a decimal point (比上年提高[14.3、]10.3个百分点): no vague range is
    written so, so they are respective figures without a 分别."""
    return "." in num and all(m.group(0).endswith("、") and "." in m.group("num") for m in found)


def _shared_before(lex: _Lexicon, text: str, c: Numeral) -> list[Numeral]:
    """The bare numerals before ``c`` that share its unit (同比分别上升[13.4]和13.8个
    百分点: both are percentage points; 分别查摆问题[12、9、]7条: all three are
    problems), when 分别 says they are figures of several things (or all are
    decimals joined by 、); else none. Each
    takes the unit and multiplier, not the hedges."""
    if c.pre:
        return []
    found: list[re.Match[str]] = []
    end = c.start
    while len(found) < _SHARED_MAX and (m := lex.shared_re.search(text, max(0, end - 16), end)) is not None:
        found.append(m)
        if not m.group(0).endswith("、"):
            break  # 13.4和13.8: only a run joined by 、 goes on before its first (12、9、7)
        end = m.start()
    if not found:
        return []
    head = text[max(0, found[-1].start() - _RESPECTIVELY_REACH):found[-1].start()]
    if not _all_decimal(c.num, found) and (
            _RESPECTIVELY not in head or re.search(r"[，,。；;：:！!？?\n]", head[head.rfind(_RESPECTIVELY):])):
        return []
    return [Numeral(m.start(), m.start(), m.start() + len(m.group("num")), m.group("num"), c.unit,
                    None, None, c.mult, None, shared=True) for m in reversed(found)]


#: Units that count something done only in thousands (心得体会10万余字, 读书笔记3千字):
#: a bare 字 measures the length of a text (80字的誓词) or names a formula (十六字方针).
_MULTIPLIED_ONLY = frozenset({"字"})


#: Units that count only after an Arabic numeral: 大 (3大共性问题); after a Chinese
#: numeral it names a congress (二十大) or a set phrase (两大主题, 三大攻坚战). 方面
#: written bare (4方面11项问题) counts parts of findings; 一方面 is a conjunction and
#: 从两方面 a speech's own list (round 61).
_ARABIC_ONLY = frozenset({"大", "方面"})


def _refused(lex: _Lexicon, text: str, c: Numeral, counters: bool = True) -> bool:
    """Ordinals, sessions, 'a'/'the second', figures of speech, durations, ids."""
    start, num, unit = c.start, c.num, c.unit
    before = text[max(0, start - 2):start]
    if before.endswith(("第", "届", "每", "初", "星期", "周", "礼拜", "No", "NO", "#", "单元")):
        return True  # (28号楼1单元|701户: a flat's number in an address)
    if _ordinal_over_gap(text, start) or _ORDINAL_JOINED.search(text, max(0, start - _ORDINAL_REACH), start):
        return True  # 第 12次 (a PDF's space); 第12次和13次会议: the second shares the 第
    if before.endswith("前") and unit in ("名", "位"):
        return True  # 前三名: a ranking
    if num in ("一", "壹", "二") and not (c.mid or c.mult):
        return True  # 一次严肃的政治生活, 二级, 二次会议: "a" and ordinals (2 is 两)
    if num in ("万", "千", "百", "亿", "十万", "百万", "千万", "万万") and not (c.pre or c.mid) and unit != "%":
        return True  # 千家万户, 百名书记: a figure of speech unless hedged (近百名, 千余人)
    if before.endswith(("这", "那", "该", "上述", "前述", "此")):
        return True  # 这5个支部: a reference back to a count already made
    if before.endswith(("几", "若")) or before.endswith("数") and num[0] in "十百千万亿" or \
            text.find("每", max(0, start - 4), start) >= 0 and _PER.search(text, max(0, start - 4), start):
        return True  # 数十次 is vague (参与人数400人 is not); 每月1次 is a frequency
    nxt = text[c.end:c.end + 1]
    if nxt and unit in ("个", "项", "种") and nxt in "“「\"" and not num[0].isdigit():
        return True  # 三个“进一步”: a numbered formula (46个“两新”党组织 is a count)
    if unit == "期" and not num[0].isdigit() and lex.phase_re.match(text, c.end):
        return True  # 三期、四期项目, 二期工程: a project's phase, not sessions held
    if unit == "支" and nxt == "部" and text[c.end + 1:c.end + 2] != "队":
        return True  # 五、六支部: branches by their number (3支部队 counts troops)
    if unit == "项" and nxt == "目" and not text.startswith("目标", c.end):
        return True  # 716项目部, 二标段3项目组: a project's number in its name (10项目标任务 counts)
    if unit == "部" and nxt and nxt in "分门":
        return True  # 分三部分讲述, 两部门联合: 部分 ("part") and 部门 ("department"), not works counted
    if unit == "个" and (text.startswith(lex.times, c.end)
                        or text[c.end:c.end + 4].lstrip("多半").startswith(lex.times)):
        return True  # 3个月, 两个多小时, 两个半天: a duration
    if unit in ("小时", "课时", "学时") and any(d in text[max(0, start - 6):start] for d in lex.durations):
        return True  # 历时3小时: how long something took
    if unit == "次" and text.startswith(("全会", "全体会议", "党代会"), c.end):
        return True
    if unit == "次" and text.startswith("会议", c.end) and _SESSION_BODY.search(text, max(0, start - 8), start):
        return True  # 市十四届人大五次会议: the session's number, the body named between
    if counters and lex.page_counter.search(text, max(0, start - 12), start):
        return True  # 浏览次数：356次: a page counter, not something the unit did
    if num[0] in "0０" and len(num) > 1 and "." not in num:
        return True
    if unit != "元" and len(num) >= 9 and sum(ch.isdigit() for ch in num) >= 9:
        return True
    if unit in _ARABIC_ONLY and not ("0" <= num[0] <= "9" or "０" <= num[0] <= "９"):
        return True  # 二十大, 两大主题, 三大作风: a congress or a set phrase, not 3大共性问题
    if unit in _MULTIPLIED_ONLY and not c.mult:
        return True  # 80字的入党誓词, 十六字方针: the length of a text, not work done
    if unit == "元" and not ("0" <= num[0] <= "9" or "０" <= num[0] <= "９") and not c.mult:
        return True  # 三元朱村, 一元复始: money in Chinese numerals comes with 万/亿
    if start >= 2 and text[start - 1] in _RANGE and text[start - 2].isdigit():
        return True  # the end of a range (3至5人): the span is unclear, skip
    if nxt and nxt.isdigit() and not lex.number_re.match(text, c.end) and formula_end(text, c.end) is None:
        return True  # an id (3项2021): digits after a unit that count nothing (not 5名[90后]青工)
    if nxt and nxt in _RANGE and text[c.end + 1:c.end + 2] in NUMERAL_CHARS:
        return True  # a range start (3至5人)
    return False


_SPEECH_END = "…"


def _quoted_speech(text: str, end: int) -> bool:
    """Whether the quote closing at ``end`` is reported speech breaking off
    (“…问题线索2条……”): no name or slogan trails off, so the figures in it are
    counts said by the speaker. (A quote closed by 。 may still hold a plan or a
    name, and is left blocked.)"""
    return end >= 2 and text[end - 2] == _SPEECH_END


def _blocked_spans(lex: _Lexicon, text: str, protected: Sequence[Span]) -> list[Span]:
    """Quote, title and protected spans, merged and sorted (formulas are checked
    around each numeral only: one big alternation over the whole text would cost
    more than everything else)."""
    spans = [(m.start(), m.end()) for m in lex.quote_re.finditer(text) if not _quoted_speech(text, m.end())]
    spans += _quoted_name_repeats(lex, text, spans)
    spans += [(int(s[0]), int(s[1])) for s in protected]
    spans.sort()
    merged: list[Span] = []
    for a, b in spans:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


#: The longest quoted count read as a name (“三个领域”, “两个责任”, “四个一”).
_MAX_QUOTED_NAME = 6


def _quoted_name_repeats(lex: _Lexicon, text: str, quotes: Sequence[Span]) -> list[Span]:
    """The unquoted repeats of a count quoted whole as a name: once the text writes
    “三个领域”专项整治, a later 三个领域工作是重点 names the same campaign, not three
    fields counted. Only a short quote opening with a Chinese numeral and its unit
    (names write their numerals so; a quoted Arabic figure may be a count said)."""
    out: list[Span] = []
    names = set()
    for a, b in quotes:
        name = text[a + 1:b - 1]
        if 2 < len(name) <= _MAX_QUOTED_NAME and name[0] in CN_DIGITS and \
                (m := lex.number_re.match(name)) is not None and m.end() < len(name) and \
                not m.group("mid") and not m.group("post"):
            names.add(name)
    for name in names:
        out += [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]
    return out


def _in_formula(lex: _Lexicon, text: str, a: int, b: int) -> bool:
    """Whether a formula pattern match covers part of text[a:b]."""
    lo, hi = max(0, a - _FORMULA_REACH), min(len(text), b + _FORMULA_REACH)
    for m in lex.formula_re.finditer(text, lo, hi):
        if m.end() > a and m.start() < b and m.end() > m.start():
            return True
    return False


def find_numerals(text: str, protected: Sequence[Span] = ()) -> list[Numeral]:
    """Every counted numeral of ``text`` with its value, in text order."""
    lex = _lexicon()
    blocked = _blocked_spans(lex, text, protected)
    starts = [s for s, _ in blocked]
    # a text naming no page counter (浏览, 阅读量 ...) spares the check at each numeral
    counters = lex.counter_re.search(text) is not None
    out = []
    for c in _scan(lex, text):
        i = bisect.bisect_left(starts, c.end) - 1
        if i >= 0 and blocked[i][1] > c.num_start:
            continue
        if _refused(lex, text, c, counters):
            continue
        value = _value(c.num, c.mult)
        if value is None or _in_formula(lex, text, c.num_start, c.end):
            continue
        c.value = value
        out.append(c)
    return out


@lru_cache(maxsize=4096)
def _value(token: str, mult: str | None) -> float | int | None:
    """The tidy value of a numeral token times its multiplier (cached: tokens recur)."""
    value = convert(token)
    if value is None:
        return None
    return _tidy(value * _MULT[mult] if mult else value)


def formula_end(text: str, pos: int) -> int | None:
    """The end of a formula (八项规定, 四个意识) starting at ``pos``, else None:
    lets a phrase read across a numeral that counts nothing
    (6起违反中央八项规定精神问题)."""
    m = _lexicon().formula_re.match(text, pos)
    return m.end() if m and m.end() > pos else None
