"""Frames other than a post that hold a name.

Anchors (同志 after a name, 教授 before one, a speech verb after one),
untitled names opening a sentence before a verb cue, a 、 list of names before
a list verb (某某、某某作交流发言), names right after a body or a group word
(组织部干部某某出席), departments listed with their people (泌尿外科某某、骨科
某某), and the people a personnel notice relieves of a post.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from reportmine.dictionary import word_freq
from reportmine.extract.people.lexicon import _LIST_AND, _SEP_SET, _Lexicon, _manner_word
from reportmine.extract.people.names import (
    _DOTS, _Ctx, _Mention, _foreign_name_ok, _japan_context, _left_score, _masked, _minority_name_before,
    _not_mention,
    _plausible, _rare_name_at, _rare_name_before, _right_score, _slot_name_item, _surname_len, _titled_name_at,
    _translit_run_back,
    _translit_run_fwd, _untitled_name_ok, parse_name_at, parse_name_before,
)
from reportmine.extract.people.titles import _list_item_end, _names_before_count, _titles
from reportmine.names import common_word, is_cjk
from reportmine.record import Organization


#: the measure word of a count closing a name list (甲等4名同志), absent after a bare 等
_COUNT_WORDS = re.compile("[名位]")


def _speech_or_party(lex: _Lexicon, text: str) -> Iterator[re.Match[str]]:
    """Speech verbs and company words (某某等一行, 某某等人): both end a name that
    opens its clause (，某某一行到我院调研), read with the same firm left frame."""
    yield from lex.speech_re.finditer(text)
    if lex.party_re is not None:
        yield from lex.party_re.finditer(text)


def _anchor_mentions(ctx: _Ctx) -> list[_Mention]:
    """Names held by 同志/先生 after them, 教授/烈士 before them, or a speech verb."""
    text, lex = ctx.text, ctx.lex
    out = []
    counted = set()
    for m in lex.list_count_re.finditer(text):
        # 甲和乙两位同志, 甲、乙等几名党员: every name of the list before the count
        listed = _names_before_count(ctx, m.start())
        # (it stops at a masked name); one name will do before 等 and a count
        # (某某等63名同志当选): the count holds more people, so the name is one of
        # them; 等 alone (某某等党员) may close one name and a kind of people, so
        # it takes two names listed
        counts = _COUNT_WORDS.search(m.group()) is not None
        if len(listed) >= 2 or listed and text.startswith("等", m.start()) and (
                counts or lex.duty_bodies.before(text, listed[0][0])):
            # 某支部某某等会员: one name under its branch is a member listed too
            out.extend(_Mention(s, e) for s, e in listed)
            counted.add(m.start(1))
    if "等" in text:
        out.extend(_group_list_mentions(ctx))
    for m in lex.after_anchor_re.finditer(text):
        j = m.start()
        if j in counted or text.startswith(lex.after_anchor_tails, m.end()):
            continue  # 某某律师事务所, 某某律师协会: the anchor opens a body's name, no name before it
        if text[j - 1:j] == "等":
            j -= 1  # 张某、李某等同志
        hit = parse_name_before(ctx, j, strong=True) or _rare_name_before(ctx, j, short=True) \
            or _dotted_before(ctx, j) or _minority_name_before(ctx, j)
        if hit and _not_mention(ctx, *hit):
            continue  # 龙华烈士陵园: the anchor opens a place's name (not_mention), no person
        if hit and text[hit[1] - 1] in _PLACE_LEVELS and hit[1] == j:
            continue  # 安徽省律师当选…: a place's level ends the run, the lawyers' province, no name
        if hit and not _masked(ctx, *hit):
            out.append(_Mention(*hit))
    if lex.honour_re is not None and "等" in text:
        for m in lex.honour_re.finditer(text):  # 甲、乙、丙等先进法官事迹: the list's last name
            hit = parse_name_before(ctx, m.start(), strong=True) or _rare_name_before(ctx, m.start())
            if hit and not _masked(ctx, *hit):
                out.append(_Mention(*hit))
    held = [(x.start, x.end) for x in out]  # names held by 同志 after them
    for m in lex.before_anchor_re.finditer(text):
        pos = m.end() + (1 if text[m.end():m.end() + 1] in (":", "：") else 0)
        hit = parse_name_at(ctx, pos)
        if hit and any(s < hit[1] and hit[0] < e for s, e in held):
            continue  # 党员向王某某同志学习: 向 is no surname where 同志 holds the name after it
        if hit and _manner_word(text[hit[0]:hit[1]]):
            continue  # 新党员庄严宣誓: how the members vow, no name
        if hit and _modified_anchor_word(ctx, m.start(), *hit):
            continue  # 不畏强暴的英雄史诗: the anchor modifies a word, no name
        if hit and common_word(text[hit[0]:hit[1]], _ANCHORED_WORD_FREQ):
            continue  # 志愿者成立宣讲小分队: a frequent ordinary word (成立), no name after the anchor
        if hit and not _not_mention(ctx, *hit) and (
                _right_score(ctx, hit[1]) >= 1 or hit[1] - hit[0] >= 3 and not _runs_into_word(text, *hit)):
            out.append(_Mention(*hit))
            out.extend(_anchored_list_rest(ctx, hit[1]))
    for m in _speech_or_party(lex, text):
        hit = parse_name_before(ctx, _before_vote_manner(ctx, m.start())) or _opening_titled_char_name(ctx, m.start())
        if hit is None:
            i = _translit_run_back(ctx, m.start())
            if m.start() - i >= 3 and _foreign_name_ok(ctx, i, m.start()):
                hit = (i, m.start())
        if hit and not _masked(ctx, *hit) and (
                (hit[1] - hit[0] >= 3 and _left_score(ctx, hit[0]) >= 2) or _left_score(ctx, hit[0]) >= 3
                or lex.left_cues.before(text, hit[0]) >= 1 and text[hit[0] - 1] in "由请与和"):
            out.append(_Mention(*hit))
    if lex.known_re is not None:
        for m in lex.known_re.finditer(text):
            if not _not_mention(ctx, m.start(), m.end()) and not _known_in_campaign(ctx, m.start(), m.end()):
                out.append(_Mention(m.start(), m.end()))
    ctx.add_mentions(out)
    return out


#: levels that end a place's name (安徽省, 某某市) and, in names of the genre, never a given name
_PLACE_LEVELS = frozenset("省市县区州盟")


def _anchored_list_rest(ctx: _Ctx, e: int) -> list[_Mention]:
    """The later items of a 、 list whose first name an anchor before it holds
    (党员教师甲、乙、丙引领全体党员宣誓): the anchor names the whole list, so each
    item that reads as an untitled name (one found already, or a surname and one or
    two given characters that are no word) is a person too. Reading stops at the
    first item that is none; the last must end at a cue or punctuation (unlike the
    anchor's own name, no bare three characters: a list may hold a longer foreign
    name, 周森古沙, that such a reading would cut)."""
    text = ctx.text
    out: list[_Mention] = []
    while text[e:e + 1] == "、":
        hit = parse_name_at(ctx, e + 1)
        if hit is None or not _untitled_name_ok(ctx, *hit) or _masked(ctx, *hit):
            break
        if text[hit[1]:hit[1] + 1] != "、" and _right_score(ctx, hit[1]) < 1:
            break  # 元老甲、周森古沙和乙: a longer (foreign) name runs on past three characters
        out.append(_Mention(*hit))
        e = hit[1]
    return out


def _known_in_campaign(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether a known name found with no cue is part of a campaign's name
    (学雷锋志愿服务): such a name does not mention the person, as a theory name
    does not (GUIDE: names inside slogans are no mentions; 雷锋精神 is left to
    not_mention, which looks after the name). A cue whose last character
    makes a word with the name's first is that word, not the campaign: 认真学习近平
    (学习 + 习近平, the text sharing 习) still mentions the person."""
    n = ctx.lex.known_not_before.before(ctx.text, s)
    return n > 0 and not common_word(ctx.text[s - 1:s + 1], _ACROSS_WORD_FREQ)


#: how frequent a dictionary word must be to undo an uncued three-character name it overlaps
_ACROSS_WORD_FREQ = 100


def _runs_into_word(text: str, s: int, e: int) -> bool:
    """Whether an uncued three-character reading after a group anchor cuts a word.

    流动党员齐聚一堂 reads 齐聚一 (一堂 is a word), 党员代表应邀观摩 reads 应邀观
    (应邀, 观摩): with no cue after it, only its length held such a reading, so
    a common word made of its last character and the next, or of its first
    two characters, shows the text runs on as words, not as a name.
    """
    return common_word(text[e - 1:e + 1], _ACROSS_WORD_FREQ) or common_word(text[s:s + 2], _ACROSS_WORD_FREQ)


def _before_vote_manner(ctx: _Ctx, j: int) -> int:
    """Where a name before the speech verb at ``j`` ends: before how a vote
    went when the verb is 当选 (，某某全票当选为理事会主任: 全票 stands between the
    name and 当选, as _elected_titles reads it too), else ``j``."""
    if not ctx.text.startswith("当选", j):
        return j
    while n := ctx.lex.vote_manners.before(ctx.text, j):
        j -= n
    return j


def _dotted_before(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A transliterated name in parts joined by a middle dot (某某·某某某)
    right before 同志 or 先生, as ``(start, end)``, or None.

    Chinese names are read back from the anchor; a foreign one, which no
    surname opens, is the run of transliteration characters before it,
    taken only when a dot joins two parts of two or more characters each
    (发行人汉某·迪某德先生): the dot marks it as a name.
    """
    i = _translit_run_back(ctx, j)
    while i < j and ctx.text[i] in _SEP_SET:
        i += 1
    parts = re.split(f"[{re.escape(_DOTS)}]", ctx.text[i:j])
    if len(parts) < 2 or any(len(p) < 2 or not _SEP_SET.isdisjoint(p) for p in parts):
        return None
    return (i, j) if _foreign_name_ok(ctx, i, j) else None


def _openings(pair: tuple[re.Pattern[str], re.Pattern[str]], text: str):
    """Matches of an opening pattern at the very start and after every stop.

    ``pair`` is (the pattern with the stop required, the same without it, for
    position 0): a pattern that starts with a character class lets the regex
    engine jump from stop to stop instead of trying every position.
    """
    after_stop, at_start = pair
    first = at_start.match(text)
    if first is not None:
        yield first
    yield from after_stop.finditer(text)


#: how far before a colon list's lead a people noun is looked for (党员共计16名。分别是：)
_COLON_LIST_REACH = 24


#: how frequent the two given characters must be as a word to be that word (再次, 再度)
_INNER_GIVEN_WORD_FREQ = 50


def _inner_given_name_at(ctx: _Ctx, p: int) -> tuple[int, int] | None:
    """A three-character name at a sentence's opening whose given name opens with
    a character kept out of names (``inner_given_chars``: 杨再某指出).

    As an adverb 再 stands before a verb (王再强调, 将再度召开), so only here,
    with the sentence start on the left and a cue of two or more characters or a
    speech verb right after the third character, is it read as a given name, and
    never when the two given characters are a word (再次, 再度)."""
    text, lex = ctx.text, ctx.lex
    e = p + 3
    if e > len(text) or text[p] not in lex.surnames1 or text[p + 1] not in lex.inner_given \
            or not is_cjk(text[p + 2]) or text[p + 2] in lex.bad \
            or common_word(text[p + 1:e], _INNER_GIVEN_WORD_FREQ):
        return None
    if lex.right_cues.after(text, e, 2) < 2 and not lex.speech_re.match(text, e):
        return None
    return p, e


def _list_mentions(ctx: _Ctx) -> list[_Mention]:
    """Untitled names in a 、 list opening a clause before a list verb
    (会上，某某、某某作交流发言), or filling a sentence after a lead and a colon
    (分别是：某某、某某。). Every item must be a known surname and one or
    two given characters that form no ordinary word, or a name already found
    (one with a title elsewhere); one bad item drops the list."""
    text, lex = ctx.text, ctx.lex
    if lex.name_list_re is None:
        return []
    out = []
    # a list filling its sentence after 分别是： (list_colon_leads) names people as
    # a list before a list verb does: 评出优秀党员5名，分别是：甲、乙、丙。
    colon_lists = [m for m in (lex.colon_list_re.finditer(text) if lex.colon_list_re else ())
                   if any(h in text[max(0, m.start() - _COLON_LIST_REACH):m.start()] for h in lex.colon_list_heads)]
    for m in [*lex.name_list_re.finditer(text), *colon_lists]:
        found = []
        pos = m.start()
        parts = m.group(0).split("、")
        for k, part in enumerate(parts):
            s, e = pos, pos + len(part)
            pos = e + 1
            items = [(s, e)] if k < len(parts) - 1 else _joined_pair(ctx, s, e)
            if items == [(s, e)] and m in colon_lists and _rare_name_at(ctx, s, item_end=e) == (s, e):
                found.append(_Mention(s, e))  # 、党某某、: the list frames a rare family name
                continue
            if not items or not all(_untitled_name_ok(ctx, *item) for item in items):
                break
            found.extend(_Mention(*item) for item in items)
        else:
            out.extend(found)
    ctx.add_mentions(out)
    return out


def _group_list_mentions(ctx: _Ctx) -> list[_Mention]:
    """Names of a 、 list closed by 等, a short body or qualifier and a people noun
    (甲、乙、丙等区四套班子领导出席, 甲、乙等市政府党组成员作交流发言).

    The noun says the list holds people, as 等党员代表 does; so that a list of
    bodies or places with one name-like item (宣传部、王某等单位负责人) gives
    nobody, the list must open its clause (no 、 before its first item), hold two
    names or more, and every item must read as an untitled name.
    """
    text, lex = ctx.text, ctx.lex
    out: list[_Mention] = []
    for m in lex.list_group_re.finditer(text):
        listed = _names_before_count(ctx, m.start())
        if len(listed) < 2 or text[listed[-1][0] - 1:listed[-1][0]] in ("、", "和", "与", "及"):
            continue
        if all(_untitled_name_ok(ctx, s, e) for s, e in listed):
            out.extend(_Mention(s, e) for s, e in listed)
    return out


#: how frequent a two-character word must be to be read as that word after 的 + an anchor
_MODIFIED_ANCHOR_FREQ = 300


def _modified_anchor_word(ctx: _Ctx, k: int, s: int, e: int) -> bool:
    """Whether the anchor at ``k`` (英雄, 模范) stands after 的 and the two-character
    "name" after it is a frequent dictionary word of any tag (不畏强暴的英雄史诗: jieba
    tags 史诗 as a name): the anchor then modifies the word, as an adjective does."""
    if e - s != 2 or k < 1 or ctx.text[k - 1] != "的":
        return False
    hit = word_freq().get(ctx.text[s:e])
    return hit is not None and hit[0] >= _MODIFIED_ANCHOR_FREQ


def _opening_titled_char_name(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A two-character name holding a body character (科: 吴某科) that opens a clause
    right before a speech verb at ``j`` (。吴科带领大家学习): the verb and the clause
    opening frame it as a post word does (``_titled_name_at``), which also refuses
    names that are posts."""
    if j < 2 or ctx.text[j - 1] not in ctx.lex.titled_chars or _left_score(ctx, j - 2) < 3:
        return None
    if ctx.text[j - 2:j] in word_freq():
        return None  # 。文科带领: any dictionary word, whatever its tag, is that word
    hit = _titled_name_at(ctx, j - 2)
    return hit if hit == (j - 2, j) else None


def _agent_mentions(ctx: _Ctx) -> list[_Mention]:
    """An untitled name after 由 and before a link (就) that opens the matter acted on
    (第一期由某某就《某书》进行推介): 由 makes the name the agent of the act, as
    由某某主持 does; the name must read as a surname and one or two given characters
    that form no ordinary word. 以某某为代表的 (以某某为主要代表的) frames a name the
    same way: the person a current or group is named for (round 54)."""
    out = [_Mention(m.start(1), m.end(1)) for frame in ctx.lex.agent_frame_res for m in frame.finditer(ctx.text)
           if not _masked(ctx, m.start(1), m.end(1)) and _untitled_name_ok(ctx, m.start(1), m.end(1))]
    ctx.add_mentions(out)
    return out


def _clause_act_mentions(ctx: _Ctx) -> list[_Mention]:
    """An untitled name, or a 、 list of them, that with an attendance act makes a
    clause of its own (会议由甲主持，乙列席。; ，甲、乙、丙出席，): the act closing the
    clause right after the names frames them as a list verb frames a list, so one
    name will do. Every name must pass as an untitled name (a surname, one or two
    given characters, no word)."""
    if ctx.lex.clause_act_re is None:
        return []
    out = []
    for m in ctx.lex.clause_act_re.finditer(ctx.text):
        # ，甲、乙、丙出席，: a list of names makes the clause as one name does; every item must pass
        items, pos = [], m.start(1)
        for part in m.group(1).split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        if all(_untitled_name_ok(ctx, s, e) for s, e in items):
            out.extend(_Mention(s, e) for s, e in items)
    ctx.add_mentions(out)
    return out


def _joined_pair(ctx: _Ctx, s: int, e: int) -> list[tuple[int, int]]:
    """The last item of a name list, ``text[s:e]``: one name, or two joined by
    和/与/及 (甲和乙), cut where both sides read as names (a given name may hold
    和 itself: 胡和平和李某); ``[]`` when no cut works."""
    text = ctx.text
    if e - s <= 3:
        return [(s, e)]
    for j in range(s + 2, min(s + 3, e - 3) + 1):
        if text[j] in _LIST_AND and _untitled_name_ok(ctx, s, j) and _untitled_name_ok(ctx, j + 1, e):
            return [(s, j), (j + 1, e)]
    return []


def _group_mentions(ctx: _Ctx, organizations: list[Organization]) -> list[_Mention]:
    """Untitled names right after a body or a group word (干部, 领导).

    ``县纪检组某某到会指导``, ``组织部干部某某出席``: one name must end at a
    cue of two or more characters or a speech verb; ``该院领导甲、乙、丙和……``:
    a 、 list of two or more, each item filled by a name, ends at punctuation
    or a cue. Every name must be a surname and no ordinary word.
    """
    text, lex = ctx.text, ctx.lex
    starts = {e for o in organizations for _, e in o.spans}
    group_ends = {m.end() for m in lex.group_re.finditer(text)} if lex.group_re is not None else set()
    starts.update(group_ends)
    office_spans = _office_spans(ctx)
    starts.update(e for _, e in office_spans)
    # where each body or office opens, and where it ends: an item of a comma list (see below)
    body_at: dict[int, int] = {}
    for s, e in [*office_spans, *(span for o in organizations for span in o.spans)]:
        body_at[s] = max(e, body_at.get(s, e))  # the longest (老干部|管理部: the whole office)
    out: list[_Mention] = []
    for p in sorted(starts):
        # 学生代表索某发言: right after a group word a rare surname (surnames_rare.txt) may open the name
        rare_first = p in group_ends and text[p:p + 1] in lex.rare_surnames
        if p >= len(text) or not (_surname_len(ctx, p) or rare_first) or lex.prefix_head_re.match(text, p):
            continue
        names = []
        pos = p
        titled_next = False  # the list goes on with a titled item (干部甲、镇纪委书记乙到会)
        while True:
            if names and _bodied_name_item(ctx, body_at, pos):
                # 甲中队某某、乙中队某某获得二等奖: the next item is a body with its name (read
                # from the body's own start), which frames the names before the 、 as a cue would
                titled_next = True
                break
            item_end = _list_item_end(text, pos)
            hit = parse_name_at(ctx, pos, item_end=item_end)
            rare = hit is None and (bool(names) or rare_first)
            if rare and not names:
                # 学生代表索某等表态: 等 before a cue closes the rare-surname name as its item
                for k in (pos + 2, pos + 3):
                    if text[k:k + 1] == "等" and (lex.right_cues.after(text, k + 1, 2) >= 2
                                                  or lex.speech_re.match(text, k + 1)):
                        item_end = k
                        break
            if rare:
                # 区领导甲、乙、明某某、丙: a later item may hold a rare surname
                hit = _rare_name_at(ctx, pos, item_end=item_end)
                if hit is None and len(names) >= 2:
                    # 县领导甲、乙、宴某某、丙: or one no surname list holds, framed by the list
                    hit = _slot_name_item(ctx, pos, item_end)
            if hit is None or not (_untitled_name_ok(ctx, *hit) or rare and not _not_mention(ctx, *hit)):
                titled_next = bool(names) and _titled_item(ctx, pos)
                if not titled_next:
                    names = []
                break
            names.append(hit)
            if text[hit[1]:hit[1] + 1] != "、":
                break
            pos = hit[1] + 1
        if not names:
            continue
        e = names[-1][1]
        if titled_next:
            pass  # the titled item after the 、 frames the names as a cue would
        elif len(names) == 1:
            # 学生代表索某等表态: 等 and a cue or speech verb after it end the name as a cue does
            f = e + 1 if text[e:e + 1] == "等" else e
            if (post := _closed_post_after(ctx, e)) is not None:
                out.append(_Mention(names[0][0], e, [post]))  # 联系点领导某某副院长到会指导
                continue
            if lex.right_cues.after(text, f, 2) < 2 and not lex.speech_re.match(text, f) \
                    and not (text[e:e + 1] in ("，", ",")
                             and (_titled_item(ctx, e + 1) or _bodied_name_item(ctx, body_at, e + 1))):
                # (督导组甲，区联系领导乙，…参加会议: a list of attendants goes on past the
                # comma with a titled item, or a body and its name (组织部甲，老干部管理部乙),
                # which frames the name as a cue would)
                continue
        elif _right_score(ctx, e) == 0:
            continue
        out.extend(_Mention(s, e) for s, e in names)
    ctx.add_mentions(out)
    return out


def _closed_post_after(ctx: _Ctx, e: int) -> str | None:
    """The bare post written right after an untitled name at ``e`` when a cue closes it.

    After a group word the name may be written before its post (联系点领导某某副院长到会指导):
    the post frames the name as a cue would, provided a cue of two characters or more or a
    speech verb follows it, and it is the name's post. Only a bare post (no body of its
    own) counts: a bodied one opens the next person's mention (领导某某、市委书记乙)."""
    lex, text = ctx.lex, ctx.text
    if not lex.title_re.match(text, e):
        return None
    t = next((t for t in _titles(ctx) if t.start == e), None)
    if t is None or t.qual or not (lex.right_cues.after(text, t.end, 2) >= 2 or lex.speech_re.match(text, t.end)):
        return None
    return t.text


def _bodied_name_item(ctx: _Ctx, body_at: dict[int, int], i: int) -> bool:
    """Whether a body or office opens at ``i`` with a name right after it
    (，老干部管理部某某): the next item of a list of people named by their unit."""
    j = body_at.get(i)
    return j is not None and _surname_len(ctx, j) > 0 and parse_name_at(ctx, j) is not None


def _office_spans(ctx: _Ctx) -> list[tuple[int, int]]:
    """(start, end) of internal offices that open a clause (，数据中心某某传达…, 。观网处某某解读…).

    An office the organization extractor does not name (a department, a data
    centre) still frames the name after it as a body does: a staff member
    speaking for the office. The office must open its mention as
    ``_Offices.start_before`` reads it (after punctuation or an opener word,
    no outside unit before its ending), and a surname must follow.
    """
    offices = ctx.lex.offices
    if offices is None:
        return []
    text = ctx.text
    out = []
    for m in offices.end_re.finditer(text):
        j = m.end()
        if j < len(text) and _surname_len(ctx, j) and (i := offices.start_before(text, j)) is not None:
            out.append((i, j))
    return out


# a 、 list whose items are a department and a name (泌尿外科某某、骨科某某)
_DEPT_LIST = re.compile(r"[\u4e00-\u9fff]{1,7}?[科室]([\u4e00-\u9fff]{2,4})(?:、[\u4e00-\u9fff]{1,7}?[科室][\u4e00-\u9fff]{2,4})+")


def _department_mentions(ctx: _Ctx) -> list[_Mention]:
    """Names in a 、 list of department-and-name items (心内科甲、眼科乙、儿科丙及……).

    Names hold no 科/室, so each item's name starts after its last 科 or 室.
    Every item must hold a surname and two or three characters, the last one
    ending at punctuation or a cue; items that read as words are passed over,
    and two or more names must remain.
    """
    text = ctx.text
    if "、" not in text or ("科" not in text and "室" not in text):
        return []
    out: list[_Mention] = []
    for m in _DEPT_LIST.finditer(text):
        found = []
        pos = m.start()
        pieces = m.group(0).split("、")
        for k, piece in enumerate(pieces):
            cut = max(piece.rfind("科"), piece.rfind("室")) + 1
            s = pos + cut
            end = pos + len(piece) if k < len(pieces) - 1 else None
            hit = parse_name_at(ctx, s, item_end=end if end is not None else _list_item_end(text, s))
            pos += len(piece) + 1
            if end is not None and (hit is None or hit[1] != end):
                hit = (s, end) if 2 <= end - s <= 3 and _surname_len(ctx, s) else None
            if hit is None or (end is None and _right_score(ctx, hit[1]) == 0):
                break
            if _untitled_name_ok(ctx, *hit):
                found.append(_Mention(*hit))
            # (an item that reads as a word, 烧伤科霍然, is passed over, not taken)
        else:
            if len(found) >= 2:
                out.extend(found)
    ctx.add_mentions(out)
    return out


_TITLED_ITEM = re.compile(r"[\u4e00-\u9fff]{2,10}")


def _titled_item(ctx: _Ctx, i: int) -> bool:
    """A list item at ``i`` that is a body and post before a name (镇纪委书记某某):
    a post word within its first ten characters, a name right after it. A
    group word stands for the post (人士代表甲、特约监督员乙先后发言: the next
    item is a person of a group, named as a titled one is)."""
    run = _TITLED_ITEM.match(ctx.text, i)
    if run is None:
        return False
    lex = ctx.lex
    heads = [m.end() for m in lex.head_re.finditer(ctx.text, i, run.end())]
    if lex.group_re is not None:
        heads += [m.end() for m in lex.group_re.finditer(ctx.text, i, run.end())]
    return any(parse_name_at(ctx, j) is not None for j in heads)


_RELIEVED_ITEM = re.compile(r"[，,、]?([\u4e00-\u9fff]{2,4}?)(?:兼任|担任|所任)?的[\u4e00-\u9fff]{2,40}?职务")


def _relieved_mentions(ctx: _Ctx) -> list[_Mention]:
    """Holders in a personnel notice (免去甲兼任的某院院长职务，乙的某部副部长职务).

    Each item is a name, 的, a post and 职务: the frame holds names with no
    cue around them. The posts are the ones taken away, so they are no titles.
    """
    text, lex = ctx.text, ctx.lex
    if lex.relieve_re is None or "职务" not in text:
        return []
    out = []
    for m in lex.relieve_re.finditer(text):
        pos = 0
        while item := _RELIEVED_ITEM.match(m.group(1), pos):  # items one after another
            pos = item.end()
            name = item.group(1)
            s = m.start(1) + item.start(1)
            slen = _surname_len(ctx, s) or _relieved_rare_surname(ctx, name)
            if not slen or not _plausible(ctx, name, slen, soft=False):
                continue
            if not _masked(ctx, s, s + len(name)):
                ctx.add_name(name)
                out.append(_Mention(s, s + len(name)))
    return out


def _relieved_rare_surname(ctx: _Ctx, name: str) -> int:
    """1 where a relieved item opens with a rare family name (``surnames_rare.txt``:
    原 of ，原某的某办公室副主任职务) and reads as no word: the notice's frame
    (a name, 的, a post, 职务) is as strong as a post before the name, so the
    checks are those of a rare-surname name there (原来, 原担任 are words)."""
    if name[0] not in ctx.lex.rare_surnames or len(name) > 3:
        return 0
    if common_word(name[:2], 200, places=True) or common_word(name[1:], 1000):
        return 0
    return 1


def _resigned_mentions(ctx: _Ctx) -> list[_Mention]:
    """People whose resignation a decision takes (关于接受甲、乙辞去副镇长职务的决定).

    The lead (接受) and the verb of resigning (辞去 …职务) frame the 、 list
    between them as names, with no cue around each; every item must read as
    a surname and one or two given characters (the dictionary is not asked:
    the frame is strong). The posts are being left, so they are no titles.
    """
    text, lex = ctx.text, ctx.lex
    if lex.resign_re is None or "职务" not in text:
        return []
    out = []
    for m in lex.resign_re.finditer(text):
        out.extend(_framed_names(ctx, m.start(1), m.group(1), []))
    ctx.add_mentions(out)
    return out


def _framed_names(ctx: _Ctx, s: int, run: str, titles: list[str]) -> list[_Mention]:
    """The names of a 、 list at ``s`` that a frame marks as people (接受…辞去, 通过…任),
    each with ``titles``; none when one item is no name, since the run is then some
    other object, and none that an earlier reading masked."""
    items = []
    for name in run.split("、"):
        slen = _surname_len(ctx, s)
        if not slen or not _plausible(ctx, name, slen, soft=False):
            return []
        items.append(_Mention(s, s + len(name), titles=list(titles)))
        s += len(name) + 1
    return [x for x in items if not _masked(ctx, x.start, x.end)]


#: how far after the verb of taking a post the post word may start (任|县妇联|副主席)
_APPOINT_LIST_REACH = 12
#: what may close the post a decision gives: the clause ends, or 职务 follows it
_APPOINT_LIST_CLOSE = re.compile(r"[，。；;,、！？]|职务|$")


def _appointed_list_mentions(ctx: _Ctx) -> list[_Mention]:
    """People a vote or decision puts in a post (会议表决通过甲、乙任县妇联副主席; round 57).

    The lead (``appoint_list_frame``: 通过, 同意, 决定) and the verb of taking a
    post (任, 担任) frame the 、 list between them as names, as 接受…辞去 frames
    the ones resigning; the frame holds only where a post word follows the verb
    (a body's name between allowed) and closes its clause, so 通过某某任职 or
    决定某某任务 hold none. Every item must read as a surname and one or two
    given characters. Unlike a resignation, the post is taken: each name holds it.
    """
    text, lex = ctx.text, ctx.lex
    if lex.appoint_list_re is None or "任" not in text:
        return []
    out: list[_Mention] = []
    posts = None
    for m in lex.appoint_list_re.finditer(text):
        if posts is None:
            posts = _titles(ctx)
        e = m.end(2)
        post = next((t for t in posts if e <= t.start <= e + _APPOINT_LIST_REACH), None)
        if post is None or not all("\u4e00" <= c <= "\u9fff" for c in text[e:post.start]) \
                or not _APPOINT_LIST_CLOSE.match(text, post.end):
            continue
        out.extend(_framed_names(ctx, m.start(1), m.group(1), [text[post.start:post.end]]))
    ctx.add_mentions(out)
    return out


#: how frequent an ordinary word read after a before-name anchor must be to be no name (成立: a verb)
_ANCHORED_WORD_FREQ = 1000


def _acts_after_time(ctx: _Ctx, e: int) -> bool:
    """Whether a cue or a speech verb follows the time words at ``e`` (某某今日上午|出席).

    Why: a time word ends a name because the name's act follows it; where
    none does, the clause is no one's report (常念今日红色接力棒, a surname
    character opening a rhetorical clause), and a bare surname and one
    character with no act is too weak to name a person."""
    text, lex = ctx.text, ctx.lex
    while n := lex.time_cues.after(text, e):
        e += n
    return bool(lex.right_cues.after(text, e) or lex.speech_re.match(text, e)) or text[e:e + 1] in "，,"


def _subject_mentions(ctx: _Ctx) -> list[_Mention]:
    """Untitled names opening a sentence or clause before a verb cue.

    A Chinese name must open a sentence and be followed by a cue of two or
    more characters or a speech verb (柏某群回答说); a transliterated run of
    three or more characters may open a clause too and needs any cue
    (，萨某拉尼将出任). The sentence start stands in for the left frame; the
    name must not be an ordinary dictionary word or place name, nor a body
    before a post (白宫发言人). Openings are found by two regexes, so the
    many sentences that open otherwise cost no Python.
    """
    text, lex = ctx.text, ctx.lex
    out = []
    taken = set()
    for m in _openings(lex.clause_translit_re, text):
        p = m.end()
        e = _translit_run_fwd(ctx, p)
        if e - p >= 3 and _right_score(ctx, e) >= 1 and not lex.prefix_head_re.match(text, e) \
                and not lex.foreign_not_before.after(text, e) \
                and not _not_mention(ctx, p, e) and _foreign_name_ok(ctx, p, e) \
                and not common_word(text[p:e], 50, places=True):
            out.append(_Mention(p, e))
            taken.add(p)
    for m in _openings(lex.subject_re, text):
        p = m.end()
        if p in taken:
            continue
        hit = parse_name_at(ctx, p, wide=True)
        if hit is None and (inner := _inner_given_name_at(ctx, p)) and not _not_mention(ctx, *inner):
            out.append(_Mention(*inner))  # 杨再某指出: its own checks; 再 fails the plain ones
            continue
        if hit is None or _not_mention(ctx, *hit):
            continue
        s, e = hit
        if lex.right_cues.after(text, e, 2) < 2 and not lex.speech_re.match(text, e):
            continue
        if lex.time_cues.after(text, e) and not _acts_after_time(ctx, e):
            continue  # 常念今日红色接力棒…: a rhetorical clause, no one acting 今日
        if lex.prefix_head_re.match(text, e):
            continue  # 白宫发言人: a body before a post
        name = text[s:e]
        slen = _surname_len(ctx, s)
        if slen and e - s == slen + 2 and name[-1] in lex.place_given_ends:
            continue  # 丰泽区组织…: a clause opened by a district named with a surname character
        known = word_freq().get(name) if len(name) >= 2 else None
        if known is not None and not known[1].startswith("nr"):
            continue
        if lex.jp_surnames.after(text, s) and _japan_context(ctx, s):
            pass
        elif slen and 1 <= e - s - slen <= 3:
            if not _plausible(ctx, name[:slen + 2], slen):
                continue
        elif not (e - s >= 3 and text[s] in lex.translit_first and _foreign_name_ok(ctx, s, e)):
            continue
        out.append(_Mention(s, e))
    ctx.add_mentions(out)
    return out
