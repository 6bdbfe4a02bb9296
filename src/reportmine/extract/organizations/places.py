"""Place names before a level word (市, 县, 街道 ...) that open a body's name.

An unknown place of one to four characters before a level word is re-read
after the extension: a stop character inside it no longer cuts it, and a
verb read in is given back. Whether a run opens a place is decided by the
dictionary's tags.
"""
from __future__ import annotations

import re

from reportmine.resources import derived, load_lines
from reportmine.extract.organizations.gazetteer import level_after, official_place_end
from reportmine.extract.organizations.extend import _DATE_DIGITS, _DATE_UNITS, _extend_left, _is_name_char
from reportmine.extract.organizations.lexicon import (
    PARTY_SHORT, PLACE, _COORD, _MEASURE, _NO_INFO, _Lexicon, _MASK, _NUMERAL, _dict_tags, _lexicon,
)


#: Level words a place name ends with (青石|县委, 和平里|社区党支部, 和兴|街道);
#: a closed set, like _PLACE_LEVELS.
_LEVEL_WORDS = ("街道", "社区")
_LEVEL_CHARS = frozenset("省市县区旗州盟镇乡村")
_LEVEL_RE = re.compile("街道|社区|[省市县区旗州盟镇乡村]")
#: Level characters that also end many a two-character name (秦州, 沙市), and the levels
#: that close such a name right after them (秦州区, 温州市, 津市市); closed sets.
NAME_LEVELS = frozenset("州市")
_LOWER_AFTER_NAME = frozenset("市区县")
_CJK_RUN = re.compile("[\u4e00-\u9fff]+")
_VERB_TAGS = frozenset(("v", "vd", "ad", "d"))
#: Longest unknown place name read before a level word (青云谱|区委, 紫荆花园|社区).
MAX_PLACE_RUN = 4
#: jieba tags of a word that cannot open a place name: verbs, function words,
#: pronouns, numerals, measure words, localizers, time words (学习|市委,
#: 对|县委, 各|村党支部, 两个|村, 以北|镇, 近日|区委).
_NOT_PLACE_TAGS = frozenset("v vd p c d r u m q f t ad y e o mq zg".split())
#: One-character tags refused at any boundary (在|河村, 各|村); a conjunction (和兴街道) or a
#: verb (建新村) may open a name right after punctuation only.
_NOT_PLACE_CHAR_TAGS = frozenset("p d r u m q t y e zg".split())
#: jieba tags zg (a catch-all) on many plain name characters (车, 刘, 农, 园): right
#: after punctuation such a character may open a place (车墩镇召开……), unless it is
#: one of these function characters (今, 仍, 每, 此 ...); a closed set.
_ZG_FUNCTION_CHARS = frozenset("且乎今仍否您很往每此止矣虽曰为爲")
#: Surnames jieba tags as measure words (张, 段, 章) or as a numeral (万): right after
#: punctuation such a character opens a place named after a clan (张集镇, 段庄村,
#: 万家社区); a closed set.
_SURNAME_MEASURES = frozenset("张段章万")
#: Characters jieba tags as prepositions that are no preposition alone and open many
#: places' names (鉴江镇, 根河市, 顺河镇, 针山村): right after punctuation such a character
#: may open a place, like the surnames above; a closed set.
_NAME_PREPOSITIONS = frozenset("鉴根针顺靶繇")
#: Numerals that open places' names (三和镇, 五里村, 八步区): right after punctuation a
#: numeral and a name character that is no numeral, measure or time word may open a place
#: (not 三个|镇, 两年|区: counts and spans); a closed set.
_NAME_NUMERALS = frozenset("一二三四五六七八九十")
_NOT_AFTER_NUMERAL_TAGS = ("m", "q", "t", "f")
#: An autonomous county, prefecture or banner: a place, one or more peoples, then the level
#: (北川|羌族|自治县, 长阳|土家族|自治县, 湘西|土家族苗族|自治州), whose level stands too far
#: past the place for the level reader (MAX_PLACE_RUN).
_AUTONOMOUS = re.compile("(?:[\u4e00-\u9fff]{1,3}族){1,3}自治[县州旗]")


def _level_at(t: str, s: int, end: int, lex: _Lexicon) -> int:
    """Where the first level word of the name ``t[s:end]`` begins, if within
    MAX_PLACE_RUN characters of ``s`` (-1 if none). A level character that
    opens an ordinary word (市场, 乡村, 区域) is none, one that opens a body's
    ending (县委, 区委) is."""
    m = _LEVEL_RE.search(t, s, min(s + MAX_PLACE_RUN, end - 1) + 1)
    if m is None or m.start() >= min(s + MAX_PLACE_RUN, end - 1):
        return -1
    words = None
    for p in range(m.start(), min(s + MAX_PLACE_RUN, end - 1)):
        if t.startswith(_LEVEL_WORDS, p):
            return p
        if t[p] in _LEVEL_CHARS:
            pair = t[p:p + 2]
            if pair not in lex.info and pair not in lex.jump.words:
                words = words or _dict_tags()
                if pair in words and not words[pair].startswith("ns"):
                    return -1
            return p
    return -1


def _opens_place(run: str, punct: bool, lex: _Lexicon) -> bool:
    """Whether ``run`` may be (the start of) a place name: its first word,
    read by longest dictionary match, is no stop word (落实, 代表) and no verb
    or function word by its jieba tag."""
    words = _dict_tags()
    for k in range(len(run), 1, -1):
        w = run[:k]
        if w in lex.towns:
            return _no_function_char(run[k:], words, punct)  # 包头, 于都: a listed place
        if w in lex.stops.words and w not in lex.jump.words:
            return False
        tag = words.get(w)
        if tag is not None:
            # (after a word, a conjunction joins two items even after punctuation: ，工作队|和|村党支部)
            return tag[:1] != "u" and tag not in _NOT_PLACE_TAGS and _no_function_char(run[k:], words)
    if not _no_function_char(run[1:], words, punct):
        return False
    tag = words.get(run[0], "x")
    if tag[:1] == "u":
        return False
    if run[0] in lex.hard and tag != "f" and not (tag == "c" and punct and len(run) > 1):
        return False  # 经|北京市教育局: a listed stop, unless a localizer (里仁) or 和 (和兴街道)
    if tag == "zg" and punct and len(run) > 1 and run[0] not in _ZG_FUNCTION_CHARS:
        return True  # ，车墩镇: a name character jieba leaves untyped
    if tag in ("q", "m") and punct and len(run) > 1 and run[0] in _SURNAME_MEASURES:
        return True  # ，张洪镇, ，万家社区: a surname that is also a measure word or numeral opens many places
    if punct and len(run) > 1 and (run[0] in _NAME_PREPOSITIONS or _numeral_name(run, words)):
        return True  # ，鉴江镇, ，三和镇: a name character that a tag or a numeral would refuse
    if tag in _NOT_PLACE_CHAR_TAGS:
        return False
    return punct and len(run) > 1 or tag not in ("c", "v")


def _numeral_name(run: str, words: dict[str, str]) -> bool:
    """Whether ``run`` opens with a numeral that begins a place's name (三和|镇): the
    next character is no numeral, measure, time or place word (三个, 两年, 三地)."""
    return run[0] in _NAME_NUMERALS and not words.get(run[1], "x").startswith(_NOT_AFTER_NUMERAL_TAGS) \
        and run[1] not in _NAME_NUMERALS


#: jieba's tag of a person's name (向海, nr): such a word gives no place its start.
_PERSON_TAG = "nr"


#: Conjunctions that only ever join two items, and the copula, never sit inside
#: a place name (周敏及|区委, 内容是|区纪委; unlike 和 in 上和村).
_LIST_JOINERS = frozenset("及或并是")


#: Fewest characters of a run that a conjunction closes before a level, read as
#: an item and its joiner (张三和|市委, 汪文斌和|市文旅局): shorter runs are
#: places named with the conjunction (新和县, 太和县).
_MIN_JOINED_RUN = 3


def _joined_before_level(run: str) -> bool:
    """Whether ``run`` (the characters before a level word) ends in a
    conjunction that makes no dictionary word with the character before it:
    the run is an item (a person, a body) joined to the body that follows
    (汪文斌和|市文旅局党委), not a place (上和村 holds 和 inside, 太和县 ends
    on the word 太和)."""
    words = _dict_tags()
    return len(run) >= _MIN_JOINED_RUN and words.get(run[-1], "")[:1] == "c" and run[-2:] not in words


def _no_function_char(rest: str, words: dict[str, str], punct: bool = False) -> bool:
    """No preposition, conjunction or particle after a place name's first
    word (局|与|青阳, 桂明辉|和|市): two names or a name and a person. Right
    after punctuation a conjunction may sit inside the name (，上和村)."""
    banned = "pu" if punct else "pcu"
    return not any(words.get(c, "x")[:1] in banned or c in _LIST_JOINERS for c in rest)


def _verb_phrase(run: str) -> bool:
    """Whether ``run`` reads wholly as common dictionary words of 2+
    characters (longest match first), one of them a verb, adverb or function
    word, none a name (学习, 深刻领会; not 青石, 永定, 临溪)."""
    words = _dict_tags()
    i, verb = 0, False
    while i < len(run):
        for k in range(min(4, len(run) - i), 1, -1):  # (a lone character may be a name's: 临|溪)
            tag = words.get(run[i:i + k])
            if tag is not None:
                break
        else:
            return False
        if tag.startswith(("ns", "nr", "nz", "nt")):
            return False
        verb = verb or tag in _VERB_TAGS or tag in _NOT_PLACE_TAGS
        i += k
    return verb


def _holds_part(run: str, lex: _Lexicon) -> bool:
    """Whether ``run`` holds another body's ending or a stop word of 2+
    characters (党支部|与|区税务局 is two names, not a place)."""
    for k in range(2, len(run) + 1):
        for j in range(0, len(run) - k + 1):
            w = run[j:j + k]
            if w in lex.towns or lex.info.get(w, _NO_INFO)[1] == PLACE:
                continue  # (a listed place is no body: 包头|市; nor an ending named for a place: 农场|街道)
            if w in lex.jump.words or (j and w in lex.stops.words):
                return True
    return False


def _word_before_place(t: str, q: int, p: int) -> bool:
    """Whether the run ``t[q:p]`` before the level ``t[p]`` opens with a
    dictionary word that is no place and is followed by a place the
    dictionary knows, level included (正巧|北京市, 正巧 an adverb): the place
    begins after that word."""
    words = _dict_tags()
    k = _first_word(t[q:p])
    return 1 < k < p - q and words.get(t[q + k:p + 1], "").startswith("ns") \
        and not words.get(t[q:q + k], "").startswith("ns")


def _first_word(run: str) -> int:
    """Length of the dictionary word ``run`` opens with (1 if none)."""
    words = _dict_tags()
    for k in range(len(run), 1, -1):
        if run[:k] in words:
            return k
    return 1


#: Verbs and prepositions that end no place name right before its level word:
#: 李明到|县水务局 is a person going to a body, not a place 李明到县; 将名单报|县委组织部
#: is a list sent up to a body, not a place 名单报县; 某某将|市第三人民医院 (round 59) a person
#: acting on a body, not a place 某某将市.
_RUN_END_VERBS = frozenset("到在向对把被给从赴往获报将")
#: Verbs of appointment that end no place name before its level word either
#: (某某任|县妇联副主席, 某某任|市教育局局长), unless the run is an official
#: place on its own (任|县 is a county: 河北省任县; round 57).
_RUN_END_APPOINT = frozenset("任")


#: Fewest characters of the place a level closes right before a stop that opens
#: with that level (西安|市|长安区: the title 市长 read across two segments).
_MIN_PLACE_BEFORE = 2


def _place_closed_at(t: str, q: int) -> bool:
    """Whether the level character ``t[q - 1]`` closes a place segment of
    two or more characters (西安市|长安区, 长沙市|长沙县): a stop word it opens
    with the next character (市长) is then no stop, but a place ending and
    the next place opening. Not after one character or none (副市长, 王县长)."""
    if t[q - 1] not in _LEVEL_CHARS:
        return False
    return any(leading_place(t[j:q]) == q - j for j in range(max(0, q - 1 - MAX_PLACE_RUN), q - _MIN_PLACE_BEFORE))


#: The word closing a news dateline after its date (新华社成都4月30日电, 本报5月2日讯).
_DATELINE_WORDS = frozenset("电讯")


def _place_start(t: str, s: int, end: int, lex: _Lexicon) -> int:
    """Move the start ``s`` of the name ``t[s:end]`` to take in, or give back,
    an unknown place name before a level word.

    The left extension stops at any stop word, so a place name holding one is
    cut (和平里社区党支部 -> 社区党支部, 芦溪县里仁镇 -> 仁镇); and a verb no stop
    list holds is read in (深入学习市委 -> 学习市委). Here the run of 1-4
    characters before the first level word of the name is re-read: it must
    begin at a boundary (punctuation, a stop word, a known part, a level
    word, a date) and open with no verb or function word by jieba's
    dictionary. The longest such run wins, and the extension then goes on
    left from it (和兴街道 before 向阳里社区).
    """
    # (a 委 must follow the level: most names have none there, and skip the search)
    m = _LEVEL_RE.search(t, s + 2, s + MAX_PLACE_RUN + 1) if t.find("委", s + 3, s + MAX_PLACE_RUN + 2) >= 0 else None
    if m and t.startswith("委", m.end()) and t[s:m.start()] not in lex.towns and not level_after(t, s, m.start()) \
            and not t.startswith(PARTY_SHORT, s) and _verb_phrase(t[s:m.start()]):
        # (中共|开封市委: after the party's name the run is the committee's place, whatever jieba tags it)
        return m.start()  # 深刻领会|区委, 学习|市委: a verb phrase before a committee is no place
    for _ in range(3):  # one step per place segment: 芦溪县|里仁镇, 和兴街道|向阳里社区
        if s <= 0 or not ("\u4e00" <= t[s - 1] <= "\u9fff") or not _LEVEL_RE.search(t, s, s + MAX_PLACE_RUN):
            return s  # (cheap exits first: this runs for every name found)
        p = _level_at(t, s, end, lex)
        if p < 0:
            return s
        if t.startswith(lex.admin_long, s) and not t.startswith(_LEVEL_WORDS, s):
            return s  # 自治区, 开发区: a known level opens the name
        q_found = -1
        blocked = -1  # inside a refused word (为民|社区: no 民社区)
        for q in range(max(0, p - MAX_PLACE_RUN), s):
            run = t[q:p]
            official = level_after(t, q, p)  # 嘉兴|市, 犍为|县: an official place (gazetteer.py)
            if q < blocked or not _CJK_RUN.fullmatch(run) or _holds_part(run, lex) and not official \
                    or run[-1] in _RUN_END_VERBS or run[-1] in _RUN_END_APPOINT and not (official and len(run) == 1):
                continue
            before = t[q - 1] if q else ""
            punct = not before or not _is_name_char(before) and not before.isdigit() \
                or before in _DATE_UNITS and q > 1 and t[q - 2] in _DATE_DIGITS and t[q - 1:q + 1] not in _dict_tags() \
                and run[0] not in _DATELINE_WORDS
            # (30条|和市委: a count, no boundary; 2021年|和平街道: a date is one, but not 年|度 of 年度,
            # nor 4月30日|电 of a dateline, whose 电 is a stop: 日电|成都军区后勤部)
            if run[0] in _LIST_JOINERS:
                continue  # 》，及|巴中市委: the conjunction joins two items, opens no place
            if len(run) >= 2 and run[-1] in _MEASURE and run[-2] in _NUMERAL:
                continue  # 南湖三个|区: a count of places closes the run, which names none
            if any(lex.jump.ending(t, q + b) > b for b in range(1, len(run) + 1)):
                continue  # 市委组织|部|市委: a known part runs on into the run, which opens inside it
            if _joined_before_level(run):
                continue  # 汪文斌|和|市文旅局党委: a name, 和, then the body
            if before == _MASK and run[0] in _COORD:
                continue  # 《通知》和|青山区委: after a quoted work a conjunction joins two items
            if run[0] in _COORD and q and lex.jump.ending(t, q) > 1:
                continue  # 镇政府和|平度市医院: after a body's ending a conjunction joins two bodies
            if not punct and not (before in _LEVEL_CHARS or t.endswith(_LEVEL_WORDS, 0, q)
                                  or lex.stops.ending(t, q) or lex.jump.ending(t, q)):
                continue
            if not punct and (t[q - 1:q + 1] in lex.stops.words or lex.stops.ending(t, q + 1) > 2) \
                    and not _place_closed_at(t, q):
                continue  # 按|照市委, 在市委领导|下广州法院: the stop runs on into the run, no boundary there
            if lex.stops.ending(t, p) > p - q:
                continue  # 沟通交流|省某中心: a stop word ends at the level and holds the whole run (round 59)
            if (before.isdigit() or before in _NUMERAL) and not punct:
                continue
            if _word_before_place(t, q, p):
                continue  # 正巧|北京市: a word before a place the dictionary knows is no part of it
            if run[0] in _LEVEL_CHARS and _place_closed_at(t, q + 1):
                continue  # 江州|市|长乐区: the level closes the place before, and opens no run (nor blocks one)
            # 巡察组|向|海珠区: a name the dictionary lists (向海) opened by a stop; the stop ends
            # the name (after a level the run is the next place: 和兴街道|向阳里社区)
            if not punct and run[0] in lex.hard and before not in _LEVEL_CHARS and not t.endswith(_LEVEL_WORDS, 0, q) \
                    and _dict_tags().get(run[:_first_word(run)], "").startswith(_PERSON_TAG):
                continue
            if official or _opens_place(run, punct, lex):  # (an official place, whatever jieba's tag)
                q_found = q
                break
            blocked = q + _first_word(run)
        if q_found < 0:
            if s < blocked:
                return p
            if s < p and t[s:p] not in lex.towns and t[s:p + 1] not in lex.towns and t[s:p] in _dict_tags() \
                    and not level_after(t, s, p) \
                    and _dict_tags()[t[s:p]] in _NOT_PLACE_TAGS \
                    and not _dict_tags().get(t[s:p + 1], "").startswith("ns") \
                    and (lex.stops.ending(t, s) or lex.jump.ending(t, s)):
                return p  # 深入|学习|市委: a verb after a stop is no place name (成为|润州法院 is one; so
                # is a listed place whose level closes its own name: 与|崇州分院)
            return s
        new = _extend_left(t, q_found, lex, end)
        if new >= q_found:
            return q_found
        s = new
    return s


#: A road (道) named after a place, then the street (街道, or 街 for short) or another
#: place named after the road (place_longer_levels.txt): 杭州道街道 and 杭州道街 are one
#: street, not the city 杭州.
#: The rank a level character opens (县处级, 乡科级, 县团级, 地厅级): no place ends on that level.
_RANK = re.compile("[处科团厅局]级")
#: A town whose name opens with 城 right after a county's level (青山县|城关镇, 某县|城头山镇):
#: 县城 is an ordinary word (the county seat), but here the county's name closes at 县 and the
#: town's opens at 城; one to three name characters, then 镇 or 街道 (乡 only after two or more,
#: so 县城乡 stays 城乡, town and country) (round 67).
_SEAT_TOWN = re.compile("城[^省市县区旗州盟镇乡村\\W\\d]{0,2}(?:镇|街道)|城[^省市县区旗州盟镇乡村\\W\\d]{1,2}乡")
_ROAD = "道"


@derived
def longer_place_levels() -> tuple[str, ...]:
    """The level words of place_longer_levels.txt, longest first (街道 before 街).
    Why one list: leading_place's road rule and find_unit's longer place
    (unit.py) read the same fact, a place that only opens a longer one."""
    return tuple(sorted(load_lines("place_longer_levels.txt"), key=len, reverse=True))


def leading_place(text: str, i: int = 0) -> int:
    """End of the place name that opens ``text[i:]`` (``i`` if none).

    A chain of segments, each a run of 1-4 characters that opens with no
    verb or function word, closed by a level word: 青石县, 江州市东城区,
    桐川县竹溪镇. Used by find_unit for an article whose subject is a place
    (青石县开展…实践活动): a place alone is no organization (GUIDE §3).
    """
    lex = _lexicon()
    levels = longer_place_levels()
    pos = i
    for _ in range(3):
        if (auto := _autonomous_end(text, pos, i, lex)) > pos:
            pos = auto
            continue
        if pos > i and text.startswith(_ROAD, pos) and text.startswith(levels, pos + 1):
            # 杭州|道|街道: a street named after a city (杭州道) is one street
            pos += 1 + next(len(w) for w in levels if text.startswith(w, pos + 1))
            continue
        if (official := official_place_end(text, pos)) > pos:
            # 嘉兴市, 公安县: an official place (gazetteer.py), whatever jieba's tag, and one whose
            # name holds a level character (安|乡|县), which the run below would cut at 乡
            pos = official
            continue
        for p in range(pos + 1, min(pos + MAX_PLACE_RUN, len(text) - 1) + 1):
            if not _is_name_char(text[p - 1]):
                return pos
            level = 2 if text.startswith(_LEVEL_WORDS, p) else int(text[p] in _LEVEL_CHARS)
            if not level:
                continue
            if level == 1 and p + 1 < len(text) and text[p:p + 2] in _dict_tags() and not _dict_tags()[text[p:p + 2]].startswith("ns") \
                    and not _dict_tags().get(text[p + 1:p + 3], "").startswith("m") \
                    and not (text[p] == "县" and _SEAT_TOWN.match(text, p + 1)):
                continue  # 县城, 市场: an ordinary word (not 县|上千名: the level, then a number word; nor 县|城关镇)
            if level == 1 and _RANK.match(text, p + 1):
                continue  # 处分|县处级干部, 提拔|乡科级: a cadre's rank, whose level closes no place
            if level == 1 and p - pos == 1 and text[p] in NAME_LEVELS and text[p + 1:p + 2] in _LOWER_AFTER_NAME:
                continue  # 秦|州|区: 州 after one character is the name's (秦州区, 沙市区), its level follows
            run = text[pos:p]
            punct = pos == i and (i == 0 or not _is_name_char(text[i - 1]))
            if _holds_part(run, lex) or not _opens_place(run, punct, lex):
                return pos
            if _dict_tags().get(text[pos:p + level], "ns")[:2] != "ns":
                return pos  # 城乡, 乡镇, 城区: an ordinary word, no place's name
            pos = p + level
            break
        else:
            return pos
    return pos


#: How many characters the place before an autonomous area's peoples may run (北川, 恭城).
_AUTONOMOUS_PLACE = (2, 3)


def _autonomous_end(text: str, pos: int, i: int, lex: _Lexicon) -> int:
    """End of an autonomous county, prefecture or banner opening ``text[pos:]``
    (北川羌族自治县; ``pos`` if none): a place of two or three characters that
    may open a place, then the peoples and 自治县/州/旗. The cheap check first:
    自治 stands within reach."""
    k = text.find("自治", pos + 3, pos + 3 + 12)
    if k < 0:
        return pos
    for n in _AUTONOMOUS_PLACE:
        m = _AUTONOMOUS.match(text, pos + n)
        if m is not None and m.start() < k:
            punct = pos == i and (i == 0 or not _is_name_char(text[i - 1]))
            run = text[pos:pos + n]
            if _CJK_RUN.fullmatch(run) and not _holds_part(run, lex) and _opens_place(run, punct, lex):
                return m.end()
    return pos


def names_place_level(head: str, levels: frozenset[str] = _LEVEL_CHARS) -> bool:
    """Whether ``head`` is a named place closed by one of ``levels`` and
    nothing else: 昆明市, 长安县, and 宁乡市 (whose 乡 ends the place read
    first, so the level stands after it alone); not 全市, 我县, 本市 or a
    bare 市, where no place is named."""
    if len(head) < 3 or head[-1] not in levels:
        return False
    e = leading_place(head)
    return e == len(head) or e == len(head) - 1 and head[e - 1] in _LEVEL_CHARS
