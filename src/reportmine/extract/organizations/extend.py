"""How far a name reaches to the left of its ending.

From an ending (党支部, 局) the name extends over name characters until a
stop: known parts of names are skipped whole, a dictionary verb is read
through only where a place opens the head it leads to, and an
administrative prefix bounds a run of unknown characters.
"""
from __future__ import annotations

import re

from reportmine.extract.organizations.gazetteer import gazetteer, place_across, place_before, place_ending_at
from reportmine.extract.organizations.lexicon import (
    COUNTRY, MAX_FREE, MAX_LONG_FIELD, MAX_NAME, MAX_PLACE, MAX_THROUGH, MAX_VERBS, _FIELD_JOINERS, _Lexicon, _MASK,
    _NO_INFO, _ORDINAL_HEAD, _PLACE_LEVELS, _SESSION, _dict_tags, _stop_nouns,
)


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch.isascii() and ch.isalpha() \
        or ch == _ZERO


#: The numeral zero, outside the CJK block (第九〇一医院: a unit's number reads it as a digit).
_ZERO = "〇"


def _extend_left(text: str, start: int, lex: _Lexicon, end: int | None = None) -> int:
    """Where the name ending at ``start`` (exclusive) begins (see _extend_core)."""
    i, soft_at = _extend_core(text, start, lex, end)
    if soft_at < 0 or _through(text[i:soft_at], lex):
        return i
    # fall back to the first verb's end, or to a shorter head that passes
    for j in range(i + 1, soft_at):
        if _through(text[j:soft_at], lex) and not _is_name_char(text[j - 1]):
            return j
    return _past_cut_word(text, soft_at, start)


def _past_cut_word(text: str, at: int, start: int) -> int:
    """``at``, or the end of the dictionary word that the verb before ``at``
    opens across it (示范|点 of 示范点督查组 -> 督查组): a name never begins
    inside a word, and what is left after the word is read afresh. A verb
    that was itself read across two words (发挥|手术: 挥手) gives back its
    last character to the noun it cut."""
    tags = _dict_tags()
    if at >= 3 and text[at - 3:at - 1] in tags and tags.get(text[at - 1:at + 1], "").startswith("n"):
        return at - 1  # 发挥|手术室: the verb read (挥手) overlapped a word before it and a noun after it
    for b in (at + 1, at + 2):
        for a in (at - 2, at - 1):
            if b <= start and a >= 0 and not tags.get(text[a:b], "ns").startswith("ns"):
                return b  # (a place, 进|山西省委会, is left to _place_start)
    return at


def _through(head: str, lex: _Lexicon) -> bool:
    """Whether ``head`` (the name read on past one dictionary verb, the verb
    included) is a place-led name: it opens with an administrative prefix or
    a place segment (南川市, 江北区), is short, and holds no other body's
    ending (县纪委监委督促县住建局党组 is two bodies and a verb)."""
    if not head or len(head) > MAX_THROUGH:
        return False
    verb_free = head.rstrip()
    for k in range(2, 6):
        for j in range(0, len(verb_free) - k + 1):
            if verb_free[j:j + k] in lex.info:
                return False
    # (道 is a level only in 街道: 报道|我院第七科研团队党支部 opens with a verb, no street)
    return bool(lex.admin_re.match(head)) or any(c in _PLACE_LEVELS and (c != "道" or head[j] == "街")
                                                 for j, c in enumerate(head[1:4])) \
        and len(head) <= MAX_THROUGH - 2


#: What opens the frame 为……服务 (为师生服务|学院各项工作), and how many characters
#: (the beneficiary) it may stand before the verb.
_FRAME_OPENER = "为"
_FRAME_REACH = 8
_CLAUSE_BREAK = re.compile("[，,。；;：:！？!?、\n]")


def _serving_frame(text: str, at: int) -> bool:
    """Whether the head verb at ``at`` (服务) closes a 为…服务 frame in its clause:
    为 stands at most _FRAME_REACH characters before it, no punctuation between.
    Why: there the verb ends the frame and what follows is its object
    (为师生服务|学院发展), while a field of a name (现代服务学院) has no 为 before it."""
    j = text.rfind(_FRAME_OPENER, max(0, at - _FRAME_REACH), at)
    return j >= 0 and not _CLAUSE_BREAK.search(text, j, at)


#: A level's committee for the organs of that level (市委|市直机关工委, 县委|县级机关工作委员会).
_ORGANS_COMMITTEE = re.compile("([省市县区])[直级]机关(?:工委|工作委员会)")


def _own_organs_committee(text: str, i: int, w: str) -> bool:
    """Whether the level committee ``w`` just before ``i`` owns the organs'
    work committee of its own level written right after it (市委市级机关工委):
    one body, not two written side by side as 市委市政府 are."""
    m = _ORGANS_COMMITTEE.match(text, i)
    return m is not None and w.endswith("委") and w[0] == m.group(1)


#: 原 (former) between a body and a post of its own (某局原党组书记, 某市政协原党委委员).
_FORMER = "原"
#: Only before the party's own body (原党组, 原党委): a whole post of the body's
#: own organ stays one title (县供销社原理事会主任, tests/extract/people/test_round22b).
_FORMER_PARTY_BODY = "党"


def _former_post(text: str, start: int, lex: _Lexicon) -> bool:
    """Whether 原 right before the ending at ``start`` follows a body's ending:
    then it marks a former post (湛江某局原|党组书记, a defendant's posts in a
    warning-education report), and the party's body after it is no longer named
    with the body before (no 某局原党组); 太原, 中原 end in no body's ending."""
    return start >= 2 and text[start - 1] == _FORMER and text.startswith(_FORMER_PARTY_BODY, start) \
        and any(text[start - 1 - k:start - 1] in lex.info for k in range(1, 5) if k < start)


def _extend_core(text: str, start: int, lex: _Lexicon, end: int | None = None) -> tuple[int, int]:
    """Where the name ending at ``start`` (exclusive) begins.

    ``end`` is where the whole name ends (after its suffix); a 与/和 inside
    a field name is kept only when the school-type ending it needs lies
    within the name (not in 联系 after it).

    Written as one tight loop (locals, no helper calls): it runs for every
    character of every candidate name and dominates the extractor's time.
    """
    jump_words, jump_last = lex.jump.words, lex.jump.by_last
    jump_ending = lex.jump.ending
    stop_words, stop_last = lex.stops.words, lex.stops.by_last
    soft = lex.soft
    hard_words = lex.hard
    nouns = _stop_nouns()
    whole, places, single = lex.whole, lex.places, lex.single
    numbered = lex.numbered
    towns = lex.towns
    single_verbs = lex.single_verbs
    admin_match = lex.admin_re.match
    head_objects = lex.head_objects
    cut = lex.head_verbs.get(text[start - 2:start]) if start >= 2 else None
    if cut is not None and (not cut or text.startswith(cut, start) and _serving_frame(text, start - 2)):
        return start, -1  # 尘土影响|学院师生, 为师生服务|学院: the verb's object is the bare ending (not 社会影响评估中心)
    if _former_post(text, start, lex):
        return start, -1  # 某市政协原|党组书记: a former post; the body before 原 is named on its own
    i = start
    soft_at = -1  # where the first dictionary verb read into the name ends (-1: none)
    soft_n = 0
    last_known = start  # a name may always begin right after a known part
    free = 0
    lowest = max(0, start - MAX_NAME)
    while i > lowest:
        ch = text[i - 1]
        if ch in _DATE_UNITS and i >= 2 and text[i - 2] in _DATE_DIGITS:
            if i < start and text[i - 1:i + 1] in _dict_tags() and text[i:i + 2] not in _dict_tags():
                i += 1  # 11月份|支部: the unit's word (月份) is the date's, and opens no name (2022年|内科 keeps 内科)
            break  # 3月5日|区委常委会, 今年5月|区委: a date right before the name
        if ch == _SESSION_COUNT and i >= 2 and text[i - 2] in _DATE_DIGITS:
            break  # 十届十五次|市委会议: a meeting's ordinal, no part of a body's name
        if ch == _MASK and last_known == i and i < start:
            # a quoted campaign right before a known part belongs to the name:
            # 县委“不忘初心、牢记使命”主题教育领导小组
            while i > lowest and text[i - 1] == _MASK:
                i -= 1
            last_known = i
            free = 0
            continue
        lengths = jump_last.get(ch)
        if lengths:
            k = 0
            for n in lengths:
                if n <= i:
                    w = text[i - n:i]
                    if w in jump_words:
                        if (w in whole or _level_body(text, i - n, w, lex)) and admin_match(text, i) \
                                and not lex.party_names_re.fullmatch(w) and not _own_organs_committee(text, i, w):
                            # (a democratic party opens its own committee: 九三学社|市委, 致公党|省委)
                            break  # 县委县政府, 市人大市政协: two bodies side by side
                        # a one-character part (驻) yields to a stop word ending there (进驻)
                        if n > 1 or (ch not in stop_words and text[i - 2:i] not in stop_words):
                            if w in towns and i > n and text[i - n - 1:i - n + 1] in _dict_tags() \
                                    and not jump_ending(text, i - n):
                                # (after a known part the word across is chance: 建国会|宁夏回族 is no 会宁)
                                continue  # 例如|东城区, 坚定|远: the place's first character ends a word
                            if w in towns and n == 2 and _stop_opens_chance_place(text, i - n, lex):
                                continue  # 某某任|县妇联: the verb of an appointment, no county 任县
                            if w in places and _town_across(text, i - n, i, towns):
                                continue  # 内蒙古|巴彦淖尔市: 古巴 across a Chinese place is no country
                            if w in places:
                                return i - n, soft_at  # 斯里兰卡议会: the country begins the name
                            if w in head_objects and w in lex.head_verbs.get(text[i - n - 2:i - n], ()) \
                                    and _serving_frame(text, i - n - 2):
                                return i - n, soft_at  # 为师生服务|学院党委: the verb's object opens the name
                            k = n
                            if lex.info.get(w[0], _NO_INFO)[1] == COUNTRY:
                                # 共产党|中央: a party's name overlaps the centre's 党 (越南共产党中央)
                                k += max(0, jump_ending(text, i - n + 1) - 1)
                            break
            if k:
                i -= k
                free = 0
                last_known = i
                continue
            if admin_match(text, i) and any(text[i - L:i] in whole or _level_body(text, i - L, text[i - L:i], lex)
                                            for L in lengths if L <= i):
                break
        if ch in single:
            k = lex.stems.ending(text, i - 1)
            if k:  # 动力保障部党支部: a department (stem + 部) inside a longer name
                k = max(k, lex.jump.ending(text, i - 1))  # 文化广电和旅游局: the longer part
                i = last_known = i - 1 - k
                free = 0
                continue
        if ch in numbered and i < start and (k := _bureau_number(text, i - 1)):
            i = last_known = i - 1 - k  # 水电七局|台山项目党支部: a numbered bureau is a known part
            free = 0
            continue
        if ch in "议会届":
            sm = _SESSION.search(text, max(0, i - 14), i)
            # (a bare 会议 with no ordinal is no session but a clause's subject, a stop:
            # 会议研究|局党组理论学习中心组学习计划)
            if sm and sm.end() == i and sm.start() < i - 1 and sm.group() != _BARE_MEETING:
                i = last_known = sm.start()
                free = 0
                continue
        if ch in _FIELD_JOINERS and i == start and (k := _bureau_field_before(text, i - 1, lex)) \
                and _stem_led(text, start, end, lex):
            i = last_known = i - 1 - k  # 区卫生健康|和|体育局: one bureau of two merged fields
            free = 0
            continue
        if ch in _FIELD_JOINERS and (i < start or _stem_led(text, start, end, lex)) and free <= MAX_JOINED_FIELD + (text[start - 1] in single) and i > 1 \
                and _is_name_char(text[i - 2]) \
                and (not (vk := lex.stops.ending(text, i - 1)) or _field_verb(text, i - 1, vk, lex)) \
                and (jm := lex.joined_re.match(text, i)) and jm.end() <= (end or start) \
                and not any(text[i - 1 - k:i - 1] in lex.info for k in range(1, 5) if k < i) \
                and _plain_field(text, i, jm, lex) and not _named_after_post(text, i - 1, lex):
            # (never after a body's ending: 医院党委与护理学院党委 are two bodies;
            # nor after a stop word, which ends the name there: 支援|和预案管理处)
            i -= 1  # 计算机科学与技术学院: 与 joins two fields inside the name
            if vk:
                i -= vk  # ，包装与印刷工程学院: the dictionary verb opening the clause is the first field
            # the field after the joiner is vouched for by the ending; the one
            # before it may hold as many characters (语言学及应用语言学团队)
            free = MAX_FREE - MAX_JOINED_FIELD
            continue
        lengths = stop_last.get(ch)
        # (a known word across the cut, 组织|部, keeps the name, but not one
        # reaching into the suffix itself: 新建|党支部 is no 建党)
        if lengths and (i == start or text[i - 1:i + 1] not in jump_words or text[i - 1:i + 1] in towns):
            k = 0
            for h in lengths:
                if h <= i and text[i - h:i] in stop_words:
                    k = h
                    break
            if k == 2 and ch == "长" and i < start and jump_last.get(text[i - 2]) \
                    and lex.jump.ending(text, i - 1) > 2 and _place_opens(text, i - 1, towns):
                k = 0  # 中国科学院|长春分院: a body's ending, then a place, is no 院长 (联谊会会长李某: one)
            if k == 2 and ch == "长" and text[i - 2] in _PLACE_LEVELS and _one_character_head(text, i, start, end):
                k = 0  # 北京市|长峰医院: a place's level, then the body's name, is no 市长
            if k == 1 and ch == _LI and i >= 2 and text[i - 2] in _LI_NUMERALS and i < start:
                k = 0  # 八里|庙村委会, 三里|河支行: a numeral before 里 names a place (N里X), no "inside"
            if k == 1 and ch == _LI and i < start and (i == 1 or not _is_name_char(text[i - 2])):
                k = 0  # ，里孜|边检站: 里 (inside) follows a noun, so 里 opening a clause opens a place's name
            if 1 < k < i < start and text[i - k:i] in soft and _opens_discipline(text, i, k, lex):
                i -= k  # 翻译|学团队, 应用|语言学: the verb names a field of study
                free += k
                continue
            if 1 < k < i - 2 and text[i - k - 1] in _FIELD_JOINERS and text[i - k:i] in soft \
                    and _joined_field(text, i - k, end or start, lex):
                i -= k  # 机械与|运载|工程学院: a verb right after a joiner opens the second field
                free += k
                continue
            if k and not (k == 1 and i < start and text[i - 1:i + 1] in nouns):
                # (a one-character stop opening a noun with the name's first
                # character is no stop: 学术交|流中心, 县公安局交|警大队)
                if soft_n < MAX_VERBS and i < start and text[i - k:i] in soft and not any(
                        h != k and h <= i and text[i - h:i] in hard_words for h in lengths):
                    # a dictionary verb may sit inside a place-led name (县乡村振兴工作领导小组):
                    # read on, and keep it only if a place opens the name (see _through)
                    if soft_at < 0:
                        soft_at = i
                    soft_n += 1
                    i -= k
                    continue
                if i < start and (a := place_across(text, i - k, i, max(start, end or 0))) >= 0:
                    i = last_known = a  # 大名|县, 犍为|县: the stop is inside an official place's name
                    free = 0
                    continue
                break
        if ch in single_verbs and (i == last_known or _noun_word(text, i, last_known)) \
                and _verb_before_body(text, i, lex):
            break  # 委员会作|党支部, 及时报|局党委, 扣住|高检院党组: a verb, then the body
        if ch in single_verbs and i <= last_known <= i + 1 and _named_after_post(text, i - 1, lex) \
                and text[i - 1:i + 1] not in nouns:
            break  # 会长某某作|女…联谊会工作报告: a person named after a post, the verb, then the body
        if not ("\u4e00" <= ch <= "\u9fff"):
            if ch in _ALIAS_CLOSE and (i == last_known or _ORDINAL_HEAD.fullmatch(text, i, last_known)) \
                    and (j := _alias_open(text, i, lex)) >= 0:  # (…(公司)|第四督导组: an ordinal between)
                i = last_known = j  # 省烟草专卖局(公司)|党组: the unit's other legal form, inside its name
                free = 0
                continue
            if ch.isdigit():
                if text[i:i + 2] in ("周年", "届"):
                    while i > 0 and text[i - 1].isdigit():
                        i -= 1
                    continue
                if i < start and text[i] == _COUNTRIES and text[i:i + 2] not in _dict_tags():
                    # (not 国有, 国家, 国资: a word that opens with 国 counts no countries)
                    j = i
                    while j > 0 and text[j - 1].isdigit():
                        j -= 1
                    return j, soft_at  # 11国委员会: a group of countries counted in digits
                if i == last_known and i < start:
                    j = i
                    while j > 0 and text[j - 1].isdigit():
                        j -= 1
                    if 3 <= i - j <= 6:
                        return j, soft_at  # 12309检察服务中心: a service number opens the name
                break  # (a digit is no name character)
            if not ("\u3400" <= ch <= "\u4dbf" or ch.isascii() and ch.isalpha() or ch == _ZERO):  # _is_name_char, inline
                break
        i -= 1
        free += 1
        if ch in _PLACE_LEVELS and 2 <= free - 1 <= MAX_PLACE and (ch != "道" or text[i - 1:i] == "街"):
            free = 1  # 江北区|桂园街道: the level character closes the segment read so far
        if free > MAX_FREE:
            j = _placed_long_field(text, last_known, lex)
            return (j if j >= 0 else _admin_cut(text, i, last_known, lex)), soft_at
    if i == lowest and start - i >= MAX_NAME:
        return _admin_cut(text, i, last_known, lex), soft_at
    return i, soft_at


def _stop_opens_chance_place(text: str, a: int, lex: _Lexicon) -> bool:
    """Whether the two-character place at ``a`` (任县) is chance: its first
    character is a one-character stop (任, appoint) and a name character that
    closes no known part and is no stop stands before it (某某任|县妇联副主席:
    a person appointed, the verb, then the body). Why: a real county written
    so (河北省任县, 在任县) follows a known part, a stop or punctuation, never
    a person's name run into it (round 57)."""
    return a > 0 and text[a] in lex.hard and _is_name_char(text[a - 1]) and text[a - 1] not in _PLACE_LEVELS \
        and not lex.jump.ending(text, a) and not lex.stops.ending(text, a)


#: Level characters that open a body alone (市|政府, 县|人大): the whole qualifier of a level body.
_BARE_LEVELS = frozenset(_PLACE_LEVELS) - {"道"}


def _level_body(text: str, at: int, w: str, lex: _Lexicon) -> bool:
    """Whether the ending ``w`` (at ``at``) closes a body that a bare level
    character opens (市|政府, 县|人大, 市|政协) at a name's start: after
    punctuation or right after another body (市委|市政府). Such a body is
    complete; a level-led body written right after it is another body
    (市人大市政协, 县政府县人大县政协), as after 县委 (县委县政府). A longer
    qualifier keeps the bodies one name (建设银行|省分行: no level opens 银行).
    A department of a level's committee (市委|组织部) is as complete."""
    if len(w) < 2 or w not in lex.info or at < 1:
        return False
    if text[at - 1] in _BARE_LEVELS:
        p = at - 1
    else:  # 市委|组织部: a level's whole committee opens the department
        p = next((at - L for L in (2, 3) if at >= L and text[at - L:at] in lex.whole
                  and text[at - L] in _BARE_LEVELS), -1)
        if p < 0:
            return False
    return p == 0 or not _is_name_char(text[p - 1]) or lex.jump.ending(text, p) > 1


#: Brackets around a unit's other legal form inside its name (烟草专卖局(公司)).
_ALIAS_OPEN = "(（"
_ALIAS_CLOSE = ")）"
#: Longest such form (公司, 分公司).
_ALIAS_MAX = 3


def _alias_open(text: str, i: int, lex: _Lexicon) -> int:
    """Where the bracket closing at ``text[i - 1]`` opens when it holds a
    company's legal form alone (公司: 烟草专卖局(公司) is the bureau and the
    company run as one) and a body's ending stands right before it (局, 专卖局): the
    name goes on over it (省局(公司)第四督导组); -1 otherwise."""
    j = text.rfind(_ALIAS_OPEN[0], max(0, i - _BODY_ALIAS_MAX - 2), i - 1)
    j = max(j, text.rfind(_ALIAS_OPEN[1], max(0, i - _BODY_ALIAS_MAX - 2), i - 1))
    if j < 1:
        return -1
    inner = text[j + 1:i - 1]
    if inner in lex.bracket_modes and _group_ending(text, i, lex):
        return j  # 市委第五提级(交叉)|巡察组: the round's mode, inside the group's name
    if inner not in _LEGAL_FORMS and not _body_alias(text, j + 1, i - 1, lex):
        return -1
    return j if text[j - 1] in lex.single or lex.jump.ending(text, j) > 1 else -1


#: The kind of body whose round a bracketed mode (交叉, 提级) qualifies.
_GROUP_KIND = "inspection_group"


def _group_ending(text: str, i: int, lex: _Lexicon) -> bool:
    """Whether an inspecting group's ending (巡察组, 督导组) starts at ``text[i]``:
    only such a group is named with the mode of its round in brackets."""
    m = lex.suffix_re.match(text, i)
    return m is not None and lex.info.get(m.group(), ("",))[0] == _GROUP_KIND


#: Most characters of a body's second name in brackets inside a longer name
#: (后勤服务中心(机关服务处)第四党支部).
_BODY_ALIAS_MAX = 10


def _body_alias(text: str, a: int, b: int, lex: _Lexicon) -> bool:
    """Whether ``text[a:b]``, in brackets right after a body's ending, is
    that body's other name (后勤服务中心(机关服务处), 组织部(老干部局)): name
    characters of more than two, closed by a body's ending (处, 局, 办公室)
    with a qualifier before it (a bare kind lists two kinds: 中小学校(幼儿园)).
    The name then goes on over the bracket to the ending after it, as one
    unit run under two names has one branch (…(机关服务处)第四党支部). A
    one-character ending after the bracket opens a post (发展规划部(发展规划处)部
    (处)长), no longer name."""
    return b - a > 2 and text[b + 1:b + 2] not in lex.single and all("\u4e00" <= c <= "\u9fff" for c in text[a:b]) \
        and (1 < lex.jump.ending(text, b) < b - a or text[b - 1] in lex.single and lex.stems.ending(text, b - 1) > 0)


#: The legal forms a bureau is run as besides (专卖局(公司), 县局(分公司)); not any
#: unit's ending (中小学校(幼儿园) lists two kinds of school).
_LEGAL_FORMS = frozenset(("公司", "分公司", "总公司"))


#: Most characters of a field joined by 与/和/及 inside a name (lex.joined_re's {1,5}).
MAX_JOINED_FIELD = 5


#: Numerals that number a builder's bureau (中铁十四局, 中建三局); not 第 or 两.
_BUREAU_NUMERALS = frozenset("一二三四五六七八九十0123456789")
#: Most numerals of a bureau's number (十四).
MAX_BUREAU_NUMBER = 2


def _bureau_number(text: str, j: int) -> int:
    """Length of the numeral ending at ``j``, right before a numbered ending
    (org_numbered_endings.txt) inside a longer name, when a name character
    (the builder's short name: 中铁, 水电) stands before it; else 0. Why:
    中铁七局 is one known part, so the project or branch after it
    (七局青岚项目党支部) does not spend the free characters of MAX_FREE, and
    the builder before the numeral opens its own segment."""
    k = 0
    while k < MAX_BUREAU_NUMBER and j - k > 0 and text[j - k - 1] in _BUREAU_NUMERALS:
        k += 1
    if not k or j - k < 1 or text[j - k - 1] in _BUREAU_NUMERALS or not _is_name_char(text[j - k - 1]):
        return 0
    return k


def _field_verb(text: str, i: int, k: int, lex: _Lexicon) -> bool:
    """Whether the stop word of ``k`` characters ending at ``i``, right
    before a joiner of fields, is a dictionary verb (org_verbs.txt, not a
    curated stop) that opens its clause (，包装|与印刷工程学院): then it
    names the first field of the school, as no verb stands there without an
    object before it. After name characters it stays the sentence's verb
    (支援|和预案管理处)."""
    return text[i - k:i] in lex.soft and (i == k or not _is_name_char(text[i - k - 1]))


def _joined_field(text: str, i: int, end: int, lex: _Lexicon) -> bool:
    """Whether a dictionary verb at ``i``, right after 与/和/及, opens the
    second field of a school-type name (机械与|运载工程学院): the field after the
    joiner reaches the name's own ending and is plain (no place or body inside,
    see _plain_field), and a name character stands before the joiner. A verb
    after a joiner of two bodies or clauses is the sentence's: there no
    school-type ending closes what follows within the field's length."""
    return _is_name_char(text[i - 2]) and bool(jm := lex.joined_re.match(text, i)) \
        and jm.end() <= end and _plain_field(text, i, jm, lex)


#: Shortest department field before a joiner that _bureau_field_before takes (卫生健康).
MIN_BUREAU_FIELD = 2
#: Levels after which a bureau's field opens (区|卫生健康和体育局); not 道 or 乡, which close
#: few bureaus' places.
_BUREAU_LEVELS = frozenset("省市县区州旗")


def _bureau_field_before(text: str, j: int, lex: _Lexicon) -> int:
    """Length of a department stem (org_dept_stems.txt, or a protected field
    of org_protected.txt) ending at ``j``, right before a joiner, when a place's
    level stands right before that stem; else 0. Why: reformed bureaus merge two
    fields, each a department's own (卫生健康和体育局, 农业农村和水利局,
    应急管理和综合执法局); after a level (区, 市) the first field opens the
    bureau's name, so the 和 joins the two fields and no bodies. A body's
    ending before the joiner (市委和体育局) is no field."""
    k = max(lex.stems.ending(text, j), lex.jump.ending(text, j))
    if k < MIN_BUREAU_FIELD or j - k < 1 or text[j - k - 1] not in _BUREAU_LEVELS:
        return 0
    w = text[j - k:j]
    return 0 if w in lex.info or w in lex.places or w in lex.towns else k


def _stem_led(text: str, start: int, end: int | None, lex: _Lexicon) -> bool:
    """Whether the name read so far (``text[start:end]``) is a department
    stem before its one-character ending (网络|处, 宣传|科) rather than the
    ending itself: a joiner right before it may join a field to the stem
    (观测与|网络处); right before a bare ending it joins nothing (与|学院)."""
    return end is not None and end - start > 1 and text[start:end] not in lex.info \
        and text[start:end - 1] in lex.stems.words


def _plain_field(text: str, i: int, jm: re.Match[str], lex: _Lexicon) -> bool:
    """Whether the field after a joiner (``text[i:jm.end()]``, closed by the
    school-type ending ``jm`` found) is a plain field: no place, known part or
    body ends inside it (及|包头医学院, 及|中国科学院 name a second body, not a
    field), and no longer body's ending closes it than the joined one
    (科学院 over 学院)."""
    j = jm.end()
    g = len(jm.group(1))
    if (longer := lex.suffix_re.match(text, j - g)) and longer.end() > j:
        return False  # 及中国科|学院: the ending read opens a longer one (科学院), another body
    if any(text[j - k:j] in lex.info and not (g == 1 and text[j - k:j - g] in lex.stems.words)
           for k in range(g + 1, min(j - i, MAX_JOINED_FIELD) + 1)):
        return False  # (a stem before a division's one-character ending is no other body: 预案|管理处)
    return not any(text[q:p] in lex.info or text[q:p] in lex.places or text[q:p] in lex.towns
                   for p in range(i + 2, j - len(jm.group(1)) + 1) for q in range(i, p - 1))


def _named_after_post(text: str, j: int, lex: _Lexicon) -> bool:
    """Whether the two or three characters before the joiner at ``j`` are a
    person's name written after a post (新华社副社长|某某|和研究室副主任某某):
    a surname opens them and a post word (person_titles.txt) ends right
    before. The joiner then links two people's phrases, not two fields of
    one body's name; no field of study follows a post word."""
    for k in (2, 3):
        a = j - k
        if a > 1 and (text[a] in lex.surnames or text[a:a + 2] in lex.surnames) and lex.posts.ending(text, a):
            return True
    return False


#: What closes the name of a field of study (语言学, 翻译学).
_DISCIPLINE = "学"


def _opens_discipline(text: str, i: int, k: int, lex: _Lexicon) -> bool:
    """Whether the dictionary verb ``text[i - k:i]`` opens a field of study
    named before a known part (团队, 学院): 学 follows alone (翻译|学团队, no
    word such as 学习) or a noun ending in 学 follows (应用|语言学团队). Such a
    name holds the verb (翻译学团队党支部). Not a verb cut from a longer
    word (直|接送|学: 直接)."""
    tags = _dict_tags()
    if i > k and text[i - k - 1:i - k + 1] in tags:
        return False
    if text.startswith(_DISCIPLINE, i) and text[i:i + 2] not in tags:
        e = i + 1
    else:
        e = next((i + n for n in (2, 3) if text[i:i + n].endswith(_DISCIPLINE) and tags.get(text[i:i + n]) == "n"), 0)
    return bool(e) and any(text[e:e + n] in lex.jump.words for n in (2, 3, 4))


#: A date's or a clock time's last character, and the numerals before it (3月5日|区委,
#: 十二月三日|县委, 上午九点|某某社区党支部); 日 alone opens names (日照市委),
#: so only a numeral before it makes a date.
_DATE_UNITS = frozenset("日月年号点")
_DATE_DIGITS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅")
#: 里 (inside: 公司里, a stop) and the numerals that make it a place's measure word
#: instead (三里河, 八里庙, 十里铺, 五里墩): places named by their distance, whose
#: bodies (八里庙村委会, 三里河支行) the stop would cut.
_LI = "里"
_LI_NUMERALS = frozenset("一二三四五六七八九十百千")
#: A meeting's count after its numeral (十五次|市委会议); a name that holds one
#: (十三届二次会议秘书处) is skipped whole over _SESSION before reaching it.
_SESSION_COUNT = "次"
#: A meeting written without ordinal or term (会议研究……): no session of a body.
_BARE_MEETING = "会议"
#: 国 after digits names a group of that many countries (11国委员会, 20国集团):
#: the digits belong to the name, which never begins inside the word N国.
_COUNTRIES = "国"
#: Higher levels listed right before a level body (中央|省委, 省市|县委): no name of a place.
_LEVEL_LIST = re.compile("(?:中央|[省市县区])+")
#: Word tags of what may come right before a one-character verb (及时|报, 立即|作).
_ADVERB_TAGS = frozenset(("c", "d", "ad"))


def _place_opens(text: str, i: int, towns: frozenset[str] | set[str]) -> bool:
    """Whether a place's name opens at ``text[i]`` (长春, 长沙: gazetteer.py or
    the listed towns): a title-like 长 after a body's ending is then the
    place's first character, not a post (会长 before a person's name)."""
    g = gazetteer()
    return any(text[i:i + n] in g or text[i:i + n] in towns for n in (2, 3))


def _one_character_head(text: str, i: int, start: int, end: int | None) -> bool:
    """Whether only one character stands between a title-like 长 (ending at
    ``i``) and an ending of two characters or more at ``start``: 北京市|长峰|医院
    is a hospital of the city, not the mayor (市长) and a body 峰医院, which
    no one-character qualifier names (round 57)."""
    return start - i == 1 and end is not None and end - start >= 2


def _noun_word(text: str, i: int, j: int) -> bool:
    """Whether ``text[i:j]`` is one common noun of two characters (基层, 社区):
    a one-character verb before it still cuts the name (干部同|基层党支部)."""
    return j - i == 2 and _dict_tags().get(text[i:j]) == "n"


def _verb_before_body(text: str, i: int, lex: _Lexicon) -> bool:
    """Whether the one-character verb ``text[i - 1]`` (org_single_verbs.txt),
    right before a known part, is a verb of the sentence rather than the
    name's first character: it makes no dictionary word with the character
    after it (作协, 住房, 报社 open names), and what precedes it ends a body
    (委员会|作), is an adverb, a conjunction or a common noun (及时|报,
    将名单|报) or a one-character verb or conjunction it makes no word with
    (扣|住, 并|报)."""
    tags = _dict_tags()
    if text[i - 1:i + 1] in tags or i < 2:
        return False
    if any(text[i - 1:i - 1 + n] in lex.jump.words for n in _KNOWN_OPENING):
        return False  # 如|致公党贵州省委: the character opens a known part (a party's name), no verb
    if any(text[i - 1 - k:i - 1] in lex.info for k in range(2, 6) if k <= i - 1):
        return True
    if _CLAUSE_BREAK.match(text, i - 2) and text[i - 1] in _CLAUSE_OPENING_VERBS:
        return True  # 人选,报|分行党委组织部批准: the clause opens on its verb
    before = tags.get(text[i - 3:i - 1]) if i >= 3 else None
    if before is None and i >= 4:
        before = tags.get(text[i - 4:i - 1])  # 研究员|作: a three-character noun (a post) before the verb
    if before in _ADVERB_TAGS or before == "n" and text[i - 2:i] not in tags:
        return True  # (after a noun, not where the verb ends a word: 行动工|作 holds 工作)
    # (a one-character verb or conjunction it makes no word with: 扣|住, 研究通过并|报)
    return tags.get(text[i - 2]) in _VERB_OR_JOINER and text[i - 2:i] not in tags


#: One-character verbs that open a clause before the body they go to (,报|分行党委批准);
#: 同, 作 and 代 open clauses of their own (,同|区委一起, ,代|支部书记) and are left out.
_CLAUSE_OPENING_VERBS = frozenset("报")

#: Lengths of a known part (org_protected.txt) a one-character verb may open (致公党).
_KNOWN_OPENING = (2, 3, 4)

#: Tags of the character before a one-character verb that make it the sentence's verb.
_VERB_OR_JOINER = frozenset(("v", "c"))


def _admin_cut(text: str, i: int, last_known: int, lex: _Lexicon) -> int:
    """A run of unknown characters too long for a name: begin the name at the
    last administrative prefix inside it (…大会中国科协 -> 中国科协), else right
    after it."""
    for p in range(last_known - 1, i - 1, -1):
        for a in lex.admin_long:
            if text.startswith(a, p):
                return _named_place_before(text, p, a)
    # a city or county the dictionary knows, right before the run, opens a
    # long company's name (北京市|东方航天通讯技术发展中心)
    for p in range(last_known - 1, max(0, i - MAX_PLACE_GAP) - 1, -1):
        if text[p - 1:p] in _PLACE_LEVELS and last_known - p <= MAX_FREE and all(_is_name_char(c) for c in text[p:i]) \
                and not any(lex.stops.ending(text, q) for q in range(p + 1, last_known + 1)) \
                and ((q := _dict_place_ending(text, p)) >= 0 or (q := place_before(text, p)) >= 0):
            return q  # (嘉兴市|新生代企业家联谊会: an official place, level included, jieba tags otherwise)
    # a one-character prefix right after punctuation opens a long campaign
    # group's name (，市优化营商环境工作领导小组)
    for p in range(i, max(0, i - 3) - 1, -1):
        if (p == 0 or not _is_name_char(text[p - 1])) and lex.admin_re.match(text, p):
            if not any(lex.stops.ending(text, q) for q in range(p + 1, i + 1)):
                return p
    return last_known


def _placed_long_field(text: str, last_known: int, lex: _Lexicon) -> int:
    """Where a society's name begins when its field (the unknown run before
    the ending at ``last_known``) is too long for MAX_FREE: the start of the
    nearest known place closing the run within MAX_LONG_FIELD characters
    (海淀区|民营中小企业发展|联合会), else -1. Why: a society spells out its
    members' trade and aim, and a place vouches for where the name opens; the
    field must hold only name characters and no stop word, so prose before
    the ending (…推动民营企业发展|商会) is not read in."""
    if any(text.startswith(w, last_known) for w in lex.company_endings):
        return _company_place_start(text, last_known, lex)
    if not any(text.startswith(w, last_known) for w in lex.long_fields):
        return -1
    for p in range(last_known - 1, max(1, last_known - MAX_LONG_FIELD) - 1, -1):
        if not _is_name_char(text[p]):
            return -1
        if text[p - 1] in _PLACE_LEVELS and (q := _known_place_end(text, p, lex)) >= 0:
            if any(lex.stops.ending(text, r) for r in range(p + 1, last_known + 1)):
                return -1
            return q
    return -1


def _company_place_start(text: str, last_known: int, lex: _Lexicon) -> int:
    """Where a company's name begins when its field before the legal form at
    ``last_known`` (有限公司, org_company_endings.txt) is too long for MAX_FREE:
    a dictionary place (山东, tag ns) opening the clause (after punctuation, a
    stop word such as 走访了, or at the text's start) within MAX_LONG_FIELD characters, with only name
    characters and no stop word up to the ending; else -1. Why: a company's
    full name runs province, brand and trade together without a level
    (山东|国新粮油储备库|有限公司), and the clause's opening place vouches for
    where it starts."""
    tags = _dict_tags()
    for p in range(last_known - 1, max(0, last_known - MAX_LONG_FIELD) - 1, -1):
        if not _is_name_char(text[p]):
            return -1
        if (p == 0 or not _is_name_char(text[p - 1]) or lex.stops.ending(text, p)) and any(
                tags.get(text[p:p + k], "").startswith("ns") for k in _NAME_WORD_LENGTHS):
            if any(lex.stops.ending(text, r) for r in range(p + 1, last_known + 1)):
                return -1
            return p
    return -1


def _known_place_end(text: str, p: int, lex: _Lexicon) -> int:
    """Start of a known place whose level character ends at ``p`` (海淀|区,
    内蒙古|自治区), else -1. The place before the level must be a dictionary
    place (ns) of two or more characters: a word that only ends in a level
    (城市, 全区) opens nothing."""
    for a in lex.admin_long:
        if text.startswith(a, p - len(a)):
            q = _named_place_before(text, p - len(a), a)
            return q if q < p - len(a) else -1
    return _dict_place_ending(text, p - 1)


#: Lengths of a dictionary word (a place, a people) read right before a level, longest first.
_NAME_WORD_LENGTHS = (4, 3, 2)


def _dict_place_ending(text: str, at: int) -> int:
    """Start of a place the dictionary knows (tag ns) of two to four characters
    ending at ``at`` (北京|市, 浦东|新区), the longest first, else of an official
    place whose level stands at ``at`` (嘉兴|市, gazetteer.py), else -1."""
    tags = _dict_tags()
    for k in _NAME_WORD_LENGTHS:
        if at >= k and tags.get(text[at - k:at], "").startswith("ns"):
            return at - k
    return place_ending_at(text, at)  # 嘉兴|市: an official place jieba tags otherwise (gazetteer.py)


#: What opens an autonomous area's level (自治区, 自治州, 自治县): its peoples'
#: names (壮族, 维吾尔, 土家族苗族) stand between the place and the level.
_AUTONOMY = "自治"
#: The dictionary tag of those peoples' names (proper nouns).
_PEOPLE_TAG = "nz"


def _past_peoples(text: str, p: int, tags: dict[str, str]) -> int:
    """``p`` moved left over the peoples' names written right before it
    (广西|壮族|自治区, 湘西|土家族苗族|自治州): at most two, each a proper
    noun of two to four characters."""
    for _ in range(2):
        k = next((k for k in _NAME_WORD_LENGTHS if p >= k and tags.get(text[p - k:p]) == _PEOPLE_TAG), 0)
        if not k:
            break
        p -= k
    return p


def _named_place_before(text: str, p: int, prefix: str) -> int:
    """Where a name opening on the administrative prefix ``prefix`` at ``p``
    begins when the prefix closes a place's own name (浦东|新区, 内蒙古|自治区):
    a place the dictionary knows, written right before a prefix that ends on a
    level (新区, 开发区, 自治区, 街道), belongs to the name (浦东新区民营企业发展促进会,
    not 新区民营企业发展促进会). A prefix that opens a name alone (中国, 全国) or a
    word no place before it keeps ``p``."""
    if prefix[-1] in _PLACE_LEVELS:
        at = _past_peoples(text, p, _dict_tags()) if prefix.startswith(_AUTONOMY) else p
        if (q := _dict_place_ending(text, at)) >= 0:
            return q
    return p


#: Most characters a known city or county may stand before a run of unknown
#: characters too long for a name and still open it (北京市|东方航天通讯技术发展中心,
#: with at most MAX_FREE characters after the place).
MAX_PLACE_GAP = 2


#: Most characters of one field between a country and the joiner of a
#: ministry's fields (法国|经济|和财政部, 澳大利亚|体育|与旅游部).
MAX_COUNTRY_FIELD = 6


def _country_fields_start(text: str, s: int, lex: _Lexicon) -> int:
    """Where a foreign ministry named for two fields begins, when the name
    read so far (``text[s:]``, 财政部) follows a joiner: 法国经济和财政部 is
    one ministry, not a 财政部 (a government names its ministry by fields
    joined with 和/与, and a country opens the whole). ``s`` itself when no
    country stands one field before the joiner, or when that field holds a
    body's ending or a stop word of two characters or more (美国国务院和财政部, 法国总统和财政部 are two)."""
    if s < 3 or text[s - 1] not in _FIELD_JOINERS or _country_at(text, s, lex):
        return s
    for p in range(s - 3, max(-1, s - 2 - MAX_COUNTRY_FIELD), -1):
        k = lex.jump.ending(text, p)
        if k and text[p - k:p] in lex.places:
            field = text[p:s - 1]
            if all(_is_name_char(c) for c in field) and field[-1] not in lex.info and not any(
                    field[a:b] in lex.info or field[a:b] in lex.stops.words
                    for a in range(len(field)) for b in range(a + 2, len(field) + 1)):
                return p - k
            return s
    return s


def _town_across(text: str, s: int, e: int, towns: frozenset[str]) -> bool:
    """Whether a Chinese place of org_place_names.txt begins before ``s`` and
    ends inside ``text[s:e]``. Why: a country read leftwards may begin inside
    such a place (内蒙古巴彦淖尔市, 内蒙古巴林右旗: 古巴), and the place, not the
    country, opens the name there."""
    return any(text[s - a:s + b] in towns for a in range(1, 4) if a <= s for b in range(1, e - s))


def _country_at(text: str, s: int, lex: _Lexicon) -> int:
    """Length of the foreign country (countries.txt or foreign_places.txt) that opens
    ``text[s:]`` (0 if none)."""
    return next((k for k in range(5, 1, -1) if text[s:s + k] in lex.places), 0)


#: Shortest ending of a body that a head of state's office names (委员会, 办公室).
MIN_OFFICE_ENDING = 3


def _state_office_start(text: str, s: int, lex: _Lexicon) -> int:
    """Where a body of a head of state's office begins when the name read so
    far (``text[s:]``, 反腐委员会) follows such a post written right after a
    foreign country (印度尼西亚|总统|反腐委员会): the country's start, else ``s``.
    The post is a stop word, so without this the country and the post are lost."""
    h = lex.state_heads.ending(text, s)
    if not h:
        return s
    k = lex.jump.ending(text, s - h)
    return s - h - k if k and text[s - h - k:s - h] in lex.places else s
