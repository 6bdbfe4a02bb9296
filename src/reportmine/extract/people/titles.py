"""Post words in the text and the names they hold (党组书记、副主席某某).

The title scan finds every post word with its qualifiers; a chain of posts
joined by 、 before a name, or a post right after one, makes a mention with
those titles, bound to the body written before the post where the
organization extractor found one.
"""
from __future__ import annotations

import bisect
import re

from reportmine.dictionary import word_tags
from reportmine.extract.matching import last_match
from reportmine.extract.organizations import MAX_PLACE_RUN, leading_place
from reportmine.extract.people.lexicon import (
    _BRACKET_SPLIT, _CHAIN_BREAK, _CHAIN_COMMAS, _CHAIN_GAP, _Lexicon, _MASK, _ORDINAL_UNIT, _SAME_GROUP_GAP,
)
from reportmine.extract.people.names import (
    _Ctx, _Mention, _Title, _foreign_name_ok, _known_list_before, _left_score, _masked, _minority_name_at,
    _named_before_post_verb, _place_name_item, _plausible, _post_ends_at, _post_verb_len, _rare_name_at,
    _rare_name_before, _right_score, _slot_given_item, _slot_name_item, _surname_len, _titled_name_at, _titled_not_mention,
    _translit_run_back, _untitled_name_ok, dotted_name_before,
    parse_name_at, parse_name_before,
)
from reportmine.names import common_word, is_cjk, joined_split, plausible_name
from reportmine.record import Organization


def _titles(ctx: _Ctx) -> list[_Title]:
    """Every post word of the article (callers only read the list: it is kept on ``ctx``)."""
    if ctx.title_scan is None:
        ctx.title_scan = _scan_titles(ctx)
    return ctx.title_scan


def _scan_titles(ctx: _Ctx) -> list[_Title]:
    lex, text = ctx.lex, ctx.text
    search, match, firsts = lex.head_re.search, lex.head_re.match, lex.head_firsts
    compounds, back_match = lex.compounds, lex.title_back_re.match
    rtext = text[::-1]
    n = len(text)
    out = []
    pos = 0
    while True:
        m = search(text, pos)
        if m is None:
            break
        ms, me = m.span()
        # 泰国王储: 国王 is found first, but 王储 reaches further
        for k in range(ms + 1, me):
            if text[k] not in firsts:
                continue
            alt = match(text, k)
            if alt and alt.end() > me:
                m = alt
                ms, me = m.span()
        head = m.group(0)
        follow = compounds.get(head)
        if follow and text.startswith(follow, me) or _inside_place_chain(lex, text, ms):
            pos = ms + 1
            continue
        pos = me
        back = back_match(rtext, n - ms)
        qual_end = ms - (back.end(1) - back.start(1))
        start = qual_end - (back.end(2) - back.start(2))
        if start == qual_end < ms and _prefix_ends_name(ctx, qual_end, ms):
            start = qual_end = ms  # ，龚某正省长: 正 ends the name, the post is 省长
        elif start == qual_end < ms and (won := _elect_prefix(lex, text, qual_end, head)):
            start = qual_end = qual_end + len(won)  # 当选镇长 -> 镇长
        if start < qual_end:
            start = _trim_quals(ctx.lex, text, start, qual_end)
            start -= _opening_qual(lex, text, start)
            start = _repeated_qual(lex, text, start, qual_end)
            start = _past_unit_word(lex, text, start, qual_end)
            start = _named_office_start(lex, text, start, qual_end, head)
            if text[start + 1:start + 2] == "委" and (text[start] in lex.level_chars or text[start] == "工"):
                start = _league_start(text, start)  # 团市委书记; 机关团工委书记 (a league working committee)
                start = _party_start(lex, text, start)  # 九三学社开封市委副主委
            elif text.startswith("中央", start):
                start = _party_start(lex, text, start, place_run=0)  # 民盟中央宣传部副部长
            if (duty := lex.duty_posts.before(text, me)) and me - duty > start \
                    and lex.duty_bodies.before(text, me - duty):
                # 第一党支部组织委员: the branch is the member's org; the post is the title
                start = me - duty
        elif lex.offices is not None and head in lex.offices.posts:
            # 教务处主任: an office that opens the mention is the title's body
            office = lex.offices.start_before(text, start)
            if office is None and start == ms:
                office = _merged_office_start(lex, text, ms, head)  # no prefix: 副部长 merges none
            if office is not None:
                start = office
        out.append(_Title(start, me, text[start:me], head, text[start:qual_end]))
    if "（" in text or "(" in text:
        out = _with_split_posts(lex, text, rtext, out)
    return out


#: a post written with its alternatives in brackets (部（处）长, 副校（院、团）长): one office
#: under several names, a post word for each character before 长
_SPLIT_POST = re.compile(r"([\u4e00-\u9fff])[（(]([\u4e00-\u9fff](?:、[\u4e00-\u9fff]){0,3})[）)]长")


def _with_split_posts(lex: _Lexicon, text: str, rtext: str, titles: list[_Title]) -> list[_Title]:
    """``titles`` with the posts written with bracketed alternatives added, in order.

    Why: 副校（院）长某某 holds 副校长 and 副院长 (the GUIDE gives every post), and
    no post word is written whole, so the name was lost. Each reading must be a
    post word (校长, 院长); the prefixes before it (副, 常务副) go to every one.
    """
    found = []
    for m in _SPLIT_POST.finditer(text):
        heads = [c + "长" for c in (m.group(1), *m.group(2).split("、"))]
        if not all(h in lex.heads for h in heads):
            continue
        ms = m.start()
        back = lex.title_back_re.match(rtext, len(text) - ms)
        start = ms - (back.end(1) - back.start(1))  # the prefixes only: a body before stays org
        posts = [text[start:ms] + h for h in heads]
        found.append(_Title(start, m.end(), posts[0], heads[0], "", tuple(posts[1:])))
    if not found:
        return titles
    kept = [t for t in titles if not any(f.start <= t.start < f.end for f in found)]
    return sorted(kept + found, key=lambda t: t.start)


def _merged_office_start(lex: _Lexicon, text: str, ms: int, head: str) -> int | None:
    """Start of an office whose last character is the first of its head's post
    (组织部长 = 组织部 + 部长, 科技处长 = 科技处 + 处长), or None.

    The office is written once with its post, so the title keeps it as 组织部部长
    keeps 组织部; the same opening rules hold (区委组织部长 is a chain: bare 部长).
    """
    if head[1:] != "长" or head[0] not in _OFFICE_HEAD_CHARS or lex.offices.endings.before(text, ms):
        return None  # 综合处处长: the office is written whole before its post, no merged one
    start = lex.offices.start_before(text, ms + 1)
    if start is not None and _name_ends_at(lex, text, start, ms):
        return None  # 王某华部长出席: a name with its post after it, no office 王某华部
    return start


def _name_ends_at(lex: _Lexicon, text: str, start: int, j: int) -> bool:
    """Whether ``text[start:j]`` ends in a plausible name of two or three
    characters (a common family name, no ordinary word), written right before
    a post word.

    Why: a name followed by its post (李某英部长, 张某处长) was read as an office
    merged with the post (组织部长 = 组织部 + 部长), so the office swallowed the
    name and the person was lost. Office stems are ordinary words (组织, 宣传,
    武装, 安全) or hold no family name first (人武, 统战), which a name does not.
    """
    for k in (j - 3, j - 2):
        if k < start:
            continue
        name = text[k:j]
        if name[0] in lex.surnames1 and name not in word_tags() and plausible_name(lex, name, 1, True):
            return True
    return False


def _elect_prefix(lex: _Lexicon, text: str, i: int, head: str) -> str:
    """The election word (当选, ``elect_prefixes``) opening the prefixes at ``i``,
    or "": it says how the post was won, not a post, so the title is the post
    (王某当选镇长, 当选镇长王某 -> 镇长, as 王某当选为镇长 gives). A head of
    ``elect_standing_heads`` (总统) keeps it: 当选总统 is the standing of a
    president-elect before taking office."""
    if head in lex.elect_standing_heads:
        return ""
    for word in lex.elect_prefixes:
        if text.startswith(word, i):
            return word
    return ""


def _prefix_ends_name(ctx: _Ctx, i: int, ms: int) -> bool:
    """Whether the first character of the prefix ``text[i:ms]`` before a post
    word (正 of 正省长, 新 of 新任组长) is rather the last character of a name
    (``name_end_prefixes``): a family name opens a plausible name of two or
    three characters ending right after it, with punctuation or a cue before
    it (、某正省长批示; ，王某新任组长: 王某新, then 任 "serves as" before 组长).
    正 as a rank (正处长) stands after a body or a name, not after a lone
    family name. The name's other mentions break the tie: the shorter name
    written elsewhere without that character (王某主持…王某新任组长) keeps the
    prefix whole."""
    text = ctx.text
    if text[i:ms] not in ctx.lex.name_end_prefixes:
        return False
    j = i + 1
    for k in (2, 3):
        s = j - k
        slen = _surname_len(ctx, s) if s >= 0 else 0
        if slen and 1 <= k - slen <= 2 and _left_score(ctx, s) >= 2 and _plausible(ctx, text[s:j], slen):
            short = text[s:i]
            return k - slen == 1 or text.count(short) == text.count(text[s:j])
    return False


def _inside_place_chain(lex: _Lexicon, text: str, ms: int) -> bool:
    """Whether the post word at ``ms`` opening with a level character (市长,
    省长) is the joint of a place chain instead: the level closes one place
    and its second character opens the next, a dictionary place name with its
    own level (西安市长安区 holds 长安区, 湖南省长沙市 holds 长沙市: no 市长, no
    省长). A name character must stand before the level (no title prefix such
    as 副 makes a place), and the next place must be a known place word
    followed by a level, so that 市长王镇主持 keeps its 市长."""
    if text[ms:ms + 1] not in lex.level_chars or ms == 0 or not is_cjk(text[ms - 1]):
        return False
    tags = word_tags()
    if text[ms - 1] not in _POST_PREFIX_CHARS and any(text.startswith(_STREET_ENDINGS, ms + 1 + k) for k in (2, 3)):
        return True  # 徐汇区长桥街道: a street office named by two or three characters
    return any(tags.get(text[ms + 1:ms + 1 + k], "").startswith("ns") and text[ms + 1 + k:ms + 2 + k] in lex.level_chars
               for k in (2, 3))


#: endings of a place below a district that the dictionary does not know as a
#: place (长桥街道): written right after a level's post word, they make it the
#: joint of a place chain; a name (市长王某) is never followed by them
_STREET_ENDINGS = ("街道", "街办")
#: prefixes of a post (副区长), which no place name ends with
_POST_PREFIX_CHARS = "副正代"


def _league_start(text: str, start: int) -> int:
    """Where a title starts whose level committee (市委, 县委) at ``start`` is
    the Communist Youth League's: 团 or 共青团 right before it, or before a
    place that ends in its level (团市委书记, 团青石市委副书记, 共青团青石县委
    书记), or a working committee right after 团 (机关团工委书记). The title
    keeps the league's body as written; without it the post reads as the
    party committee's (市委书记, 工委书记). 团 ending a word (集团, 代表团)
    opens no league body."""
    k = text.rfind("团", max(0, start - MAX_PLACE_RUN * 2 - 1), start)
    if k < 0 or k + 1 < start and leading_place(text[:start + 1], k + 1) != start + 1:
        return start
    if text[k - 2:k] == "共青":
        return k - 2
    if any(common_word(text[k - n:k + 1], 1) for n in (1, 2) if k >= n):
        return start
    return k


#: how long a place between a democratic party's name and its level committee may be (九三学社|开封|市委)
_PARTY_PLACE_RUN = 4


def _party_start(lex: _Lexicon, text: str, start: int, place_run: int = _PARTY_PLACE_RUN) -> int:
    """Where a title starts whose level committee (市委, 省委) at ``start`` is
    a democratic party's (``org_parties.txt``): the party's name right before
    it, or before a place of at most four characters (民盟市委主委,
    九三学社开封市委副主委). The title keeps the party's body as written, as
    a chain of that party's posts does; without it 市委副主委 reads as a post
    of the Communist Party's city committee. The party's central committee
    (民盟中央) takes its name with no place between (``place_run`` 0)."""
    for k in range(start, max(-1, start - place_run - 1), -1):
        if not is_cjk(text[k - 1:k] or " ") and k < start:
            break
        for p in lex.party_names:
            if text.startswith(p, k - len(p)) and k - len(p) >= 0:
                return k - len(p)
        for p in lex.party_short_names:
            if k - len(p) >= 0 and text.startswith(p, k - len(p)) and _opens_mention(lex, text, k - len(p)):
                return k - len(p)  # 社市委副主委: 九三学社 by its short name
    return start


def _opens_mention(lex: _Lexicon, text: str, i: int) -> bool:
    """Whether ``i`` opens a mention: the text's start, punctuation or an opener
    word (由, 邀请) before it. A party's one-character short name (社) is read
    only there: after other characters it ends a word (报社, 合作社)."""
    if i == 0 or not is_cjk(text[i - 1]):
        return True
    openers = lex.offices.openers if lex.offices is not None else None
    return openers is not None and bool(openers.before(text, i))


def _opening_qual(lex: _Lexicon, text: str, start: int) -> int:
    """Length of a word (``opening_only_quals``: 机关) that joins a title's body
    where the title opens the mention (机关党组书记某某 after punctuation or an
    opener word: 会议由机关党委书记某某主持) and, after another body, where
    the body it opens is a party body (``party_body_endings``): 机关党组书记 is
    the post of the organ's own party group, another post than the 党组书记 of
    the body before it, so 县人大机关党组书记 and 厅机关党委书记 keep it while
    the body before it stays out, as any outside unit does (round 55; the guide
    writes 机关党组书记 as a post). Before any other body the word is the
    outer unit's (县直机关宣讲团成员 -> 宣讲团成员)."""
    for q in lex.opening_quals:
        k = start - len(q)
        if k >= 0 and text.startswith(q, k) and (
                text.startswith(lex.party_body_endings, start) or _opens_mention(lex, text, k)):
            return len(q)  # (an opener word ends at k: 由 of 会议由, 邀请)
    return 0


def _trim_quals(lex: _Lexicon, text: str, start: int, qual_end: int) -> int:
    """Where a title starts when bodies stand before its prefixes and post word.

    A rank (二级巡视员) is held in a unit, not a post of it: the body before it
    is the person's unit (办公室二级巡视员 -> 二级巡视员). After 驻 the first
    bodies name the host the group is stationed in, and only the last one is
    the post's own body (驻宣传部纪检组组长 -> 纪检组组长).
    """
    if lex.rank_prefixes and text.startswith(lex.rank_prefixes, qual_end):
        return qual_end
    if text[start - 1:start] == "驻":
        return qual_end - (lex.quals.before(text, qual_end) or qual_end - start)
    return start


def _repeated_qual(lex: _Lexicon, text: str, start: int, qual_end: int) -> int:
    """Where a title starts when its last body word repeats the end of the body
    before it (第一党支部支部书记): the body is the person's unit and the title
    is the post with the repeated word (支部书记), not 党支部支部书记."""
    k = lex.quals.before(text, qual_end)
    if k and qual_end - 2 * k >= start and text.startswith(text[qual_end - k:qual_end], qual_end - 2 * k):
        return qual_end - k
    return start


def _past_unit_word(lex: _Lexicon, text: str, start: int, qual_end: int) -> int:
    """Where a title starts whose body opens with a unit's one-character short
    name (``unit_short_chars``: 院 of 院党委) ending a unit's name written out
    before it (贵阳市第四人民医院党委书记, 崇州分院党委副书记): one past it, at
    the body the named unit holds (党委书记), the unit being the org as any
    outside unit before a post is, no piece of its name in the title. The
    short name stays where it opens the mention (，院党委书记某某) and where the
    generic word it ends does (学院党委书记某某, 会议由学校党委副书记某某主持:
    the words stand for the reporting unit, as 院党委 does), and where the
    characters before it make a word of their own (东南大学|校纪委副书记)."""
    if text[start:start + 1] in lex.unit_short_chars and start >= 2 and start + 1 < qual_end \
            and common_word(text[start - 1:start + 1], 50) and is_cjk(text[start - 2]) \
            and not lex.left_cues.before(text, start - 1) and not common_word(text[start - 2:start], 50) \
            and lex.quals.after(text, start + 1) == qual_end - start - 1:
        return start + 1
    return start


def _named_office_start(lex: _Lexicon, text: str, start: int, qual_end: int, head: str) -> int:
    """Where a title starts whose body is only an office word that is also a
    qualifier (办公室 of 办公室主任) and whose office is named by the words
    before it (分级诊疗办公室主任, 质量管理办公室副主任): at the office's
    name, as 教务处主任 keeps 教务处, when that name opens the mention and
    holds no outside unit (``office_bodies``; 县委办公室主任 and
    中心党群办公室主任 keep the bare 办公室主任)."""
    offices = lex.offices
    if offices is None or head not in offices.posts or start == 0 or not is_cjk(text[start - 1]) \
            or offices.endings.before(text, qual_end) != qual_end - start:
        return start
    office = offices.start_before(text, qual_end)
    if office is None or office >= start or lex.head_re.search(text, office, start):
        return start  # 校长办公室主任: an office named for its head (title_compounds) keeps the bare post
    return office


def _mask_regions(text: str) -> list[tuple[int, int]]:
    if "《" not in text:
        return []
    return [(m.start(), m.end()) for m in _MASK.finditer(text)]


class _OrgEnds:
    """Organization spans of one article indexed by where they end.

    A title binds the longest body ending right before it (or two characters
    before, across 其他/全体/各位); looking up those few end positions replaces
    a scan of every organization span for every title.
    """

    _ACROSS = ("其他", "全体", "各位")

    def __init__(self, organizations: list[Organization]) -> None:
        self.organizations = organizations
        self._by_end: dict[int, list[tuple[int, int, str]]] | None = None

    @property
    def by_end(self) -> dict[int, list[tuple[int, int, str]]]:
        """Built on first use: many articles bind no titled person at all."""
        if self._by_end is None:
            self._by_end = {}
            # rank: the order of a stable sort by length, longest first
            for rank, org in enumerate(sorted(self.organizations, key=lambda o: -len(o.name))):
                for s, e in org.spans:
                    self._by_end.setdefault(e, []).append((rank, s, org.name))
        return self._by_end

    def bound(self, text: str, title_start: int, head_start: int) -> str | None:
        by_end = self._by_end if self._by_end is not None else self.by_end  # (no property call once built)
        if not by_end:
            return None
        best: tuple[int, str] | None = None
        ends = range(title_start - 1, head_start + 1)
        if text[title_start - 2:title_start] in self._ACROSS and title_start >= 2:
            ends = [title_start - 2, *ends]
        get = by_end.get
        for e in ends:
            hits = get(e)
            if hits:
                for rank, s, name in hits:
                    if s < head_start and (best is None or rank < best[0]):
                        best = (rank, name)
        return best[1] if best else None


def _org_for(ctx: _Ctx, title: _Title, orgs: _OrgEnds) -> str | None:
    """The body a titled person belongs to, where the text binds them."""
    text = ctx.text
    head_start = title.end - len(title.head)
    organizations = orgs.organizations
    found_org = orgs.bound(text, title.start, head_start)
    if found_org is not None:
        return found_org
    window = text[max(0, title.start - 16):head_start]
    if "第" in window:  # every ordinal unit holds 第
        for m in _ORDINAL_UNIT.finditer(window):
            if m.end() >= len(window) - len(title.qual) - 1:
                return m.group(0)
    if title.qual.endswith("支部"):
        # 第一党支部及时召开党员大会……党支部书记杨某: the branch the sentence is about
        sent_start = ctx.sentence_start(title.start)
        # a branch that holds another person's post (康复科党支部书记某某) is that person's, not the sentence's
        held = [t.start for t in _titles(ctx) if sent_start <= t.start < title.start]
        found = None
        for org in organizations:
            for s, e in org.spans:
                if sent_start <= s and e <= title.start and org.kind == "branch" \
                        and not any(s <= h <= e for h in held):
                    found = org.name
        if found:
            return found
        for m in _ORDINAL_UNIT.finditer(text, sent_start, title.start) if "第" in text[sent_start:title.start] else ():
            if m.group(0).endswith("支部"):
                found = m.group(0)
        return found
    return None


def _bodied_item(ctx: _Ctx, orgs: _OrgEnds, i: int) -> tuple[int, int, str] | None:
    """A 、 list item made of a body and a name (党委办公室某某), as (name
    start, name end, body), where the name fills the item: it ends at a 、,
    等, punctuation or a cue of two or more characters. The body is a found
    organization starting at ``i``, else an internal office (组织部, 宣传部:
    a short run ending like an office). Callers ask only inside a titled list
    (书记甲、党委办公室乙、), which frames the item."""
    text, lex = ctx.text, ctx.lex
    bodies = [(e, org.name) for org in orgs.organizations for s, e in org.spans if s == i and e - s >= 2]
    if not bodies and lex.offices is not None:
        # an internal office the organization extractor leaves out (组织部, 宣传部)
        bodies = [(k, text[i:k]) for k in range(i + 2, min(i + 7, len(text)))
                  if lex.offices.endings.before(text, k) and all(is_cjk(c) for c in text[i:k])]
    for e, body in bodies:
        hit = parse_name_at(ctx, e, item_end=_list_item_end(text, e))
        if hit and not _masked(ctx, *hit) and not lex.title_re.match(text, e) \
                and (text[hit[1]:hit[1] + 1] in ("、", "等") or _right_score(ctx, hit[1]) >= 2):
            return hit[0], hit[1], body
    return None


def _shares_body(lex: _Lexicon, t: _Title, org: str) -> bool:
    """Whether the bare post ``t``, written after a comma that follows a name
    bound to ``org``, is a post of that body too: any post of a unit or group
    (督导组组长甲，副组长乙; 市政协主席甲，秘书长乙), but of a party body only
    its own posts (``party_body_posts``: 党委书记甲，副书记乙). 公司党委书记甲、
    总经理乙: a manager holds no post of the party committee."""
    return t.head in lex.party_body_posts or not org.endswith(lex.party_body_endings)


def _bodied_chain_end(ctx: _Ctx, orgs: _OrgEnds, t: _Title) -> tuple[int, int, str] | None:
    """The name ending a title chain after a 、 and a body with no post of its
    own (委员、某大学外国语学院某某教授, 宣讲团成员、区委党校某某作报告), as
    (name start, name end, body), or None. The posts before the 、 are the
    name's and the body is where the person is from, as in a chain whose last
    item is a post (委员、学院院长某某). Only a title with no name after it asks
    (so 书记甲、党委办公室乙 stays a list), and no post word may stand between
    the 、 and the name's end: a body with a post opens a chain of its own."""
    item = _bodied_item(ctx, orgs, t.end + 1)
    if item is None or ctx.lex.head_re.search(ctx.text, t.end + 1, item[1]):
        return None
    return item


_ITEM = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]{0,6}")


#: the conjunction that may add one more holder to a titled list (组员甲和乙同志)
_AND = "和"


def _and_joined_name(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The name after 和 that closes a titled list at ``end`` (组员甲和乙同志,
    支部书记甲、乙和丙等参加): the conjunction adds one more holder of the chain's
    posts. 及 and 与 join looser company (军长甲及乙同志一起) and add nobody. The
    item must be an untitled name that ends the list (同志, 等, punctuation):
    书记甲和乙交流 may pair two posts, and a post after the conjunction
    (书记甲和院长乙) or a word (甲和群众) adds nobody."""
    text = ctx.text
    if end + 1 >= len(text) or text[end] != _AND or ctx.lex.title_re.match(text, end + 1):
        return None
    nxt = parse_name_at(ctx, end + 1, item_end=_list_item_end(text, end + 1))
    if nxt is None or not _untitled_name_ok(ctx, *nxt):
        return None
    closed = _right_score(ctx, nxt[1]) == 3 and not is_cjk(text[nxt[1]:nxt[1] + 1] or "a") \
        or text.startswith(_AND_LIST_CLOSERS, nxt[1])
    return nxt if closed else None


#: what closes the last name of an 和-joined titled list: the list itself is
#: then the clause's subject (组员甲和乙同志到会; 甲、乙和丙等参加)
_AND_LIST_CLOSERS = ("同志", "等")


def _list_item_end(text: str, i: int) -> int:
    """End of the run of at most six CJK characters from ``i``."""
    return _ITEM.match(text, i).end()


#: how long the stretch after a 、 written as one chained title may be (监察处处长);
#: a post with a body word of its own (领导小组, 督导组) may carry the body's longer
#: name (巡察工作领导小组常务副组长), up to the longer reach
_CHAIN_ITEM_REACH = 12
_BODIED_ITEM_REACH = 16


def _chain_texts(text: str, chain: list[_Title]) -> list[str]:
    """Titles of a chain as written: after a 、 or 兼 the whole stretch up to the
    post word is the title (党组成员、监察处处长 -> 监察处处长)."""
    out = [chain[0].text, *chain[0].alts]
    for prev, t in zip(chain, chain[1:]):
        start = prev.end + 1
        reach = _BODIED_ITEM_REACH if t.qual else _CHAIN_ITEM_REACH
        if t.start > start and t.end - start <= reach and all(is_cjk(c) for c in text[start:t.start]):
            out.append(text[start:t.end])
        else:
            out.append(t.text)
        out.extend(t.alts)
    return out


_BRACKET = re.compile(r"[（(]([^（）()\n]{2,30})[）)]")


def _bracket_titles(ctx: _Ctx, titles: list[_Title], out: list[_Mention]) -> list[_Title]:
    """刘某某（党委书记、局长）: titles in brackets right after a name.

    Adds the mentions to ``out`` and returns the titles not used.
    """
    text = ctx.text
    used: set[int] = set()
    has_bracket = "（" in text or "(" in text  # str search is far cheaper than a regex scan
    for m in (_BRACKET.finditer(text) if has_bracket else ()):
        inside = [t for t in titles if m.start(1) <= t.start and t.end <= m.end(1)]
        if not inside or inside[-1].end != m.end(1):
            continue
        hit = parse_name_before(ctx, m.start(), strong=True)
        if hit is None and any(t.end == m.start() for t in titles) and _past_bracket_post(ctx, m.start())[1]:
            continue  # 办公室主任（处长）某某: the post before the bracket holds the name (_past_bracket_post)
        hit = hit or _name_after_bracket(ctx, m.end())
        if hit is None or _masked(ctx, *hit):
            continue
        written = []
        for piece in _BRACKET_SPLIT.split(m.group(1)):
            if any(t.text in piece for t in inside) and len(piece) <= 12:
                written.append(piece.strip())
        if not written:
            continue
        ctx.add_name(text[hit[0]:hit[1]])
        out.append(_Mention(hit[0], hit[1], written))
        used.update(id(t) for t in inside)
    return [t for t in titles if id(t) not in used] if used else titles


def _name_after_bracket(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """召集人（机关党委第三党支部书记）某某主持: a name right after the closing
    bracket, closed by a cue of two or more characters, takes the titles inside.

    The name must be no ordinary word (soft check), since nothing before it frames it.
    """
    hit = parse_name_at(ctx, j)
    if hit is None or _right_score(ctx, hit[1]) < 2:
        return None
    slen = _surname_len(ctx, hit[0])
    return hit if slen and _plausible(ctx, ctx.text[hit[0]:hit[1]], slen) else None


_COUNT_TAIL = re.compile(r"(?:[两二三四五六七八九十几]|[2-9])[名位]?$")



def _names_before_count(ctx: _Ctx, j: int) -> list[tuple[int, int]]:
    """The names of a 、/和 list ending at ``j`` (甲、乙和丙 before 三名), last first."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    while True:
        # a rare surname opening a framed three-character name wins over the
        # two characters after it (。师某斌等4名: not 某斌)
        hit = _rare_name_before(ctx, j) or parse_name_before(ctx, j, foreign=True, strong=True)
        if hit is None or _masked(ctx, *hit):
            return out
        out.append(hit)
        if hit[0] >= 2 and text[hit[0] - 1] in "、和与及":
            j = hit[0] - 1
        else:
            return out


def _inside_no_name(titles: list[_Title], organizations: list[Organization]) -> list[_Title]:
    """The titles whose post word does not begin inside an organization's name.

    A post word read across the join of a body's name (中国科学院|长沙分院:
    院长) is no post: the name after it would be a piece of the body's name
    (沙分). A post word starting where a name ends (县委|书记) stays.
    """
    spans = [sp for o in organizations for sp in o.spans]
    if not spans or not titles:
        return titles
    spans.sort()
    starts = [s for s, _ in spans]
    out = []
    for t in titles:
        head_at = t.end - len(t.head)
        k = bisect.bisect_right(starts, head_at) - 1
        if k >= 0 and spans[k][0] < head_at and t.end <= spans[k][1]:
            continue
        out.append(t)
    return out


def _title_mentions(ctx: _Ctx, organizations: list[Organization]) -> list[_Mention]:
    text, lex = ctx.text, ctx.lex
    out: list[_Mention] = []
    titles = _inside_no_name(_titles(ctx), organizations)
    titles = _bracket_titles(ctx, titles, out)
    org_ends = _OrgEnds(organizations)
    pending: list[_Title] = []
    carry: tuple[_Mention, int] | None = None  # a post-name title chain: mention, end of last title
    body_end: int | None = None  # where a body after the pending chain's comma ends (see below)
    paired_end = -1  # the end of a run of posts already given one to each name (分别任)
    # the last mention that did not share its list's body (公司党委书记甲、总经理乙), and that body
    held_org: tuple[_Mention, str] | None = None
    held: str | None = None
    for t in titles:
        if t.start < paired_end:
            continue
        chain = pending + [t] if pending and (t.start - pending[-1].end <= _CHAIN_GAP and not _CHAIN_BREAK.search(
            text, pending[-1].end, t.start) or text[pending[-1].end:t.start] in _CHAIN_COMMAS
            or body_end is not None and pending[-1].end + 1 < t.start <= body_end) else [t]
        pending, body_end = [], None
        foreign = _foreign_post(ctx, t)
        pos = t.end
        while pos < len(text) and pos - t.end < 2 and text[pos] in (" ", "\u3000", "\xa0"):
            pos += 1
        pos = _past_chain_ranks(ctx, pos)
        pos = _past_title_note(ctx, pos)
        pos, bracketed = _past_bracket_post(ctx, pos)
        pos = _past_list_colon(ctx, pos)
        first = parse_name_at(ctx, pos, foreign=foreign, item_end=None, wide=True)
        if first is None and t.head not in lex.post_skip:
            first = _titled_name_at(ctx, pos) or _rare_name_at(ctx, pos, after_post=True) \
                or _word_name_at(ctx, pos) or _minority_name_at(ctx, pos)
        elif first is None:
            # 领导小组成员索某某，: a rare surname after a post read only before a
            # name, still closed by punctuation or a strong cue
            first = _rare_name_at(ctx, pos)
        elif first is not None and _right_score(ctx, first[1]) < 2:
            # 支部书记文某月同志: the plain reading stops before 月 at a weak end;
            # the titled reading runs on to the strong cue
            longer = _titled_name_at(ctx, pos)
            first = longer if longer and longer[1] > first[1] else first
        elif first is not None and first[1] - first[0] == 2 and lex.prefix_head_re.match(text, first[1] - 1):
            first = None  # 副书记任副组长: a surname character before a post (副组长), no name
        if first is not None and _post_verb_len(ctx, first[0]) and _right_score(ctx, first[1]) < 2:
            first = None  # 组长任巡察组组长: 任 "serves as" before a post with its body; a name
            # there (组长任某某主持) must end at a strong cue
        if first is not None and t.head not in lex.post_skip and not t.qual \
                and text[first[0]:first[1]] not in ctx.names and _right_score(ctx, first[1]) < 2:
            # 习近平总书记兰考讲话, 科尔总理曾多次: a name standing clear before the
            # title beats a weak guess after it
            if ctx.known_ending(t.start):
                first = None
            else:
                before = parse_name_before(ctx, t.start, foreign=foreign)
                if before and _left_score(ctx, before[0]) >= 2 and _right_score(ctx, first[1]) == 0:
                    first = None
        if first is not None and not _titled_not_mention(ctx, *first):
            names = _glued_pair(ctx, first)
            end = first[1]
            while end < len(text) and text[end] == "、":
                item_end = _list_item_end(text, end + 1)
                nxt = parse_name_at(ctx, end + 1, foreign=foreign, item_end=item_end) \
                    or _titled_name_at(ctx, end + 1) \
                    or _rare_name_at(ctx, end + 1, item_end=item_end) \
                    or _place_name_item(ctx, end + 1) or _minority_name_at(ctx, end + 1) \
                    or (_slot_name_item(ctx, end + 1, item_end) if len(names) >= 2 else None) \
                    or _slot_given_item(ctx, end + 1)
                if nxt is None and (item := _bodied_item(ctx, org_ends, end + 1)) is not None:
                    # 书记甲、党委办公室乙、…: a body and a name make an item of their own,
                    # the body is its org and the chain's titles are not its
                    ctx.add_name(text[item[0]:item[1]])
                    out.append(_Mention(item[0], item[1], [], item[2]))
                    end = item[1]
                    continue
                if nxt is None or lex.title_re.match(text, end + 1) or _right_score(ctx, nxt[1]) == 0:
                    break
                names.append(nxt)
                end = nxt[1]
            if (last := _and_joined_name(ctx, end)) is not None:
                names.append(last)
                end = last[1]
            # the fullest body any title of the chain binds (县委副书记、县政府党组书记 -> 县政府党组)
            if len(chain) == 1:
                org = _org_for(ctx, t, org_ends) or None
            else:
                orgs = [o for o in (_org_for(ctx, c, org_ends) for c in chain) if o]
                org = max(orgs, key=len) if orgs else None
            group_org = (out[-1].org or (held_org[1] if held_org and held_org[0] is out[-1] else None)) \
                if out else None
            if org is None and group_org and ctx.sentence_start(out[-1].end) == ctx.sentence_start(t.start) \
                    and _SAME_GROUP_GAP.fullmatch(text[out[-1].end:chain[0].start]) \
                    and group_org.endswith(chain[0].qual) \
                    and chain[0].head[:1] not in lex.level_chars:
                # 督导组组长娄某，副组长王某，督导组成员孙某: one group; a post of a
                # level's own (区长, 副县长) names its body, so 区委书记甲、区长乙 share none
                if _shares_body(lex, chain[0], group_org):
                    org = group_org
                else:
                    held = group_org  # 党委书记甲、院长乙、副书记丙: 乙 holds none, 丙 the committee
            written = _chain_texts(text, chain)
            if len(chain) == 1 and (shared := _shared_body_titles(ctx, t, org_ends)):
                written = shared  # 市委、市政府副秘书长某某: the post of each body
            elif shared := _shared_office_titles(ctx, t):
                # 党委办公室、校长办公室主任某某: the office post of each (every reading of a split post)
                written[-1 - len(t.alts):] = shared
            if bracketed:
                written.append(bracketed)  # 办公室主任（处长）某某: both posts
            for s, e in names:
                ctx.add_name(text[s:e])
                out.append(_Mention(s, e, list(written), org))
            if held is not None:
                held_org, held = (out[-1], held), None
            if (joined := _comma_joined_name(ctx, end)) is not None:
                ctx.add_name(text[joined[0]:joined[1]])
                out.append(_Mention(*joined))
            carry = None
            continue
        if carry is not None and carry[1] + 1 == t.start and text[carry[1]] == "、" \
                and (item := _named_post_item(ctx, t)) is not None:
            # 甲副关长、乙科长与…: the next item is a name and its own post, no post of 甲's
            ctx.add_name(text[item.start:item.end])
            out.append(item)
            carry = (item, t.end)
            continue
        if carry is not None and carry[1] + 1 == t.start and text[carry[1]] in "兼、":
            carry[0].titles.append(t.text)
            carry = (carry[0], t.end)
            continue
        carry = None
        if text[t.start - 1:t.start] == "为" and t.start >= 4:
            # 以某某为团长的代表团: the leader of a delegation, named without a title
            led = parse_name_before(ctx, t.start - 1, foreign=True, strong=True)
            if led is not None and text[led[0] - 1:led[0]] == "以" and not _masked(ctx, *led):
                ctx.add_name(text[led[0]:led[1]])
                out.append(_Mention(*led))
                continue
        count = _COUNT_TAIL.search(text, max(0, t.start - 3), t.start)
        if count is not None and text[count.start() - 1:count.start()] != "第":
            # 甲、乙两名副县长: every name listed before a count of a post holds that post
            # (the GUIDE gives a person every post the article gives them); after 等 one
            # name is enough (甲等4名第一书记: 等 says 甲 is one of them)
            etc = text[count.start() - 1:count.start()] == "等"
            listed = _names_before_count(ctx, count.start() - etc)
            if len(listed) >= 2 or etc and listed:
                for s, e in listed:
                    ctx.add_name(text[s:e])
                    out.append(_Mention(s, e, [t.text]))
                continue
        if (paired := _respective_posts(ctx, t)) is not None:
            # 甲、乙分别任组长、副组长: the posts go one to each name, in order
            for s, e, post in paired[0]:
                out.append(_Mention(s, e, [post]))
            paired_end, carry = paired[1], None
            continue
        # 某某任支部书记: a known name, then 任, holds the post after it, bodied or not
        named = _named_before_post_verb(ctx, t.start) if t.head not in lex.post_skip else None
        if named is None and (quoted := _quoted_post_start(text, t)) is not None \
                and (named := _named_before_post_verb(ctx, quoted - 1)) is not None:
            # 某某任“业务院长”: the post in quotes after 任 is the name's, as written in them
            ctx.add_name(text[named[0]:named[1]])
            out.append(_Mention(named[0], named[1], [text[quoted:t.end]]))
            continue
        if named or t.head not in lex.post_skip and not t.qual:
            # 某校李某某校长说: a title between a name and a speech verb holds the name
            before = named or dotted_name_before(ctx, t.start) or parse_name_before(
                ctx, t.start, foreign=foreign, strong=bool(lex.speech_re.match(text, t.end))) \
                or _listed_name_after_unit(ctx, t) \
                or _word_name_after_body(ctx, t, org_ends) \
                or (_rare_name_before(ctx, t.start) if not t.qual else None)
            if before is None and not foreign and text[t.start - 1:t.start] in lex.translit:
                # 会见了墨某市长: a transliterated name before any post, with a strong left frame
                i = _translit_run_back(ctx, t.start)
                if t.start - i >= 2 and _left_score(ctx, i) >= 2 \
                        and not text[i:t.start].endswith(lex.place_endings) and _foreign_name_ok(ctx, i, t.start):
                    before = (i, t.start)
            if before is not None and not _masked(ctx, *before):
                ctx.add_name(text[before[0]:before[1]])
                m = _Mention(before[0], before[1], [_office_before_name(ctx, t, before[0]) + t.text])
                out.append(m)
                if text[before[1]:before[1] + 1] in lex.post_verbs.by_first:
                    out.extend(_Mention(s, e, [t.text]) for s, e in _known_list_before(ctx, before[0]))
                elif text[before[0] - 1:before[0]] == "、" and not named:
                    # 甲、乙副主任医师作讲座: the post after the list is every item's
                    for s, e in _untitled_list_before(ctx, before[0], titles):
                        ctx.add_name(text[s:e])
                        out.append(_Mention(s, e, list(m.titles)))
                carry = (m, t.end)
                continue
        if len(chain) >= 2 and text[t.start - 1:t.start] in ("（", "(") and text[t.end:t.end + 1] in ("）", ")"):
            pending = chain[:-1]  # 副理事长、党委（校长）办公室主任某某: the bracketed owner parts no chain
        elif text[t.end:t.end + 1] == "、" and (item := _bodied_chain_end(ctx, org_ends, t)) is not None:
            # 指导委员会委员、某大学外国语学院某某教授: the chain's posts are the name's, the body its org
            ctx.add_name(text[item[0]:item[1]])
            out.append(_Mention(item[0], item[1], _chain_texts(text, chain), item[2]))
        elif text[t.end:t.end + 1] in ("、", "兼") and not lex.determiners.before(text, t.start):
            # (党组全体成员、中央纪委委员某某: 全体成员 names a group, not the next name's post)
            pending = chain
        elif len(chain) >= 2 and text[t.end:t.end + 1] in _CHAIN_COMMAS:
            pending = chain  # 党组成员、政治部主任，机关党委书记某某: a chain of posts goes on past a comma
            body_end = _body_after_comma(org_ends, t.end + 1)
        elif t.qual and text[t.end:t.end + 1] in _CHAIN_COMMAS \
                and (body_end := _body_after_comma(org_ends, t.end + 1)) is not None:
            pending = chain  # 县委组织部副部长，县人社局党组书记、局长某某: one bodied post, then a body's posts
    return out


def _named_post_item(ctx: _Ctx, t: _Title) -> _Mention | None:
    """The person of a 、 item written name first, then post (甲副关长、乙科长与…),
    when ``t`` is such an item's post read with the name as its qualifier.

    After a name and its post, a 、 chains a second post of the same person
    (某某副书记、纪委书记); but a qualifier that reads as an untitled name (a
    surname and one or two given characters, no word, place or level body)
    is the next person of a list of name-post pairs, and the post is his.
    """
    n = len(t.qual)
    if not 2 <= n <= 3 or t.qual[-1] in ctx.lex.level_chars or not _untitled_name_ok(ctx, t.start, t.start + n):
        return None
    return _Mention(t.start, t.start + n, [t.text[n:]])


def _listed_name_after_unit(ctx: _Ctx, t: _Title) -> tuple[int, int] | None:
    """The name written after a unit and before its post that opens a 、 list of such items.

    街道甲副书记、社区乙书记介绍了情况: the first item's name has no cue after its
    post, so it is read as firmly as before a speech verb, but only when a local
    unit's ending (list_item_units: 街道, 社区) stands right before the name and a 、
    and no second post follow the post (a chain 常委、副市长 goes on with a post;
    新任驻华大使、 and 预备役高炮师副政委、 hold no name).
    """
    text = ctx.text
    if text[t.end:t.end + 1] != "、" or ctx.lex.title_re.match(text, t.end + 1) is not None:
        return None
    hit = parse_name_before(ctx, t.start, strong=True)
    return hit if hit is not None and ctx.lex.list_item_units.before(text, hit[0]) else None


def _respective_posts(ctx: _Ctx, t: _Title) -> tuple[list[tuple[int, int, str]], int] | None:
    """Names given the posts after 分别任 one each, and where the posts end.

    县委书记甲、县长乙分别任组长、副组长: 甲 holds 组长 and 乙 副组长, where the
    plain reading gives 乙 both and 甲 none; a single post (甲、乙分别任副组长)
    is every name's. Only a 、 list of names already found, and only posts that
    each fill their item of the 、 list, as many as the names: anything else
    (甲、乙分别任第一组、第二组组长) is left to the plain reading.
    """
    text, lex = ctx.text, ctx.lex
    shared = _shared_head_posts(ctx, t) if text[t.start - 1:t.start] not in lex.post_verbs.words else None
    start = shared[0] if shared else t.start
    n = lex.post_verbs.before(text, start)
    r = lex.respective.before(text, start - n) if n else 0
    known = ctx.known_ending(start - n - r) if r else None
    if not known:
        return None
    k = start - n - r - len(known)
    holders = _titled_list_before(ctx, k) + [(k, k + len(known))]
    if len(holders) < 2:
        return None
    if shared:
        posts, end = shared[1], t.end
    else:
        posts = []
        pos = t.start
        while (m := lex.title_re.match(text, pos)) is not None:
            posts.append(m.group())
            if text[m.end():m.end() + 1] != "、":
                break
            pos = m.end() + 1
        else:
            return None  # an item that is no post (第一组、): the list is not of posts
        end = m.end()
    if len(posts) == 1:
        posts = posts * len(holders)
    if len(posts) != len(holders):
        return None
    return [(s, e, post) for (s, e), post in zip(holders, posts)], end


#: the longest body an item of a list sharing one post may be (第一督导组)
_SHARED_ITEM_MAX = 8


def _shared_head_posts(ctx: _Ctx, t: _Title) -> tuple[int, list[str]] | None:
    """Where a 、 list of parallel bodies sharing the post ``t`` written once at
    its end opens after 分别任, and each body's post (分别任第一组、第二组组长
    -> 第一组组长, 第二组组长), else None.

    Why: the post word closes only the last item, yet each listed body has
    its own head of that post. The items before it must be of one length and
    the last item that length plus the post, so that only parallel bodies
    (第一组、第二组; 一组、二组) share it, never a phrase.
    """
    text, lex = ctx.text, ctx.lex
    k = text.rfind("、", max(0, t.start - _SHARED_ITEM_MAX), t.start)
    if k < 1:
        return None
    items: list[str] = []
    pos = k
    while True:
        j = text.rfind("、", max(0, pos - _SHARED_ITEM_MAX), pos)
        if j < 0:
            break
        items.insert(0, text[j + 1:pos])
        pos = j
    first = next((i for i in range(pos - 1, max(0, pos - _SHARED_ITEM_MAX) - 1, -1)
                  if (n := lex.post_verbs.before(text, i)) and lex.respective.before(text, i - n)), None)
    if first is None:
        return None
    items.insert(0, text[first:pos])
    width = len(items[0])
    last = text[k + 1:t.end]
    if any(len(it) != width or not all(is_cjk(c) for c in it) for it in items) \
            or len(last) <= width or not lex.title_re.fullmatch(last, width):
        return None
    tail = last[width:]
    return first, [it + tail for it in items] + [last]


#: how far back from a listed name the 、 before its own post may stand (、县长|某某)
_TITLED_ITEM_REACH = 12


def _titled_list_before(ctx: _Ctx, i: int) -> list[tuple[int, int]]:
    """Names already found listed by 、 before the name at ``i``, in text order,
    each item bare or with its own post (县委书记甲、县长乙: 甲 for 乙)."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    while i > 1:
        j = text.rfind("、", max(0, i - _TITLED_ITEM_REACH), i)
        if j < 1 or j + 1 < i and not (_post_ends_at(ctx, i) and all(is_cjk(c) for c in text[j + 1:i])):
            break
        known = ctx.known_ending(j)
        if not known:
            break
        i = j - len(known)
        out.append((i, j))
    return out[::-1]


#: a post in quotes: the opening quote at most this many characters before the post word
_QUOTED_POST_REACH = 4
_OPEN_QUOTES = "“「"
_CLOSE_QUOTES = "”」"


def _untitled_list_before(ctx: _Ctx, i: int, titles: list[_Title]) -> list[tuple[int, int]]:
    """The names of a 、 list ending right before the name at ``i``, when the
    list opens untitled (after punctuation or a cue: 由, 邀请了), or [].

    Why: a post written once after a list of names (甲、乙副主任医师, 甲、乙副县长)
    is each listed person's, as a post before the list is (副县长甲、乙); a list
    whose first item follows a post (县长甲、乙副县长) is one of posts each, so
    the post stays with the last name. Every item must read as a name up to its
    、, else the list is no list of names."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    while i > 1 and text[i - 1] == "、" and len(out) < _SHARED_LIST_MAX:
        hit = parse_name_before(ctx, i - 1)
        if hit is None or _masked(ctx, *hit):
            return []
        out.append(hit)
        i = hit[0]
    if not out or text[i - 1:i] == "、" or not _left_score(ctx, i) or any(t.end == i for t in titles):
        return []
    return out


#: how many names a list sharing the post written after it may hold before its last
_SHARED_LIST_MAX = 6


def _quoted_post_start(text: str, t: _Title) -> int | None:
    """Start of a post written in quotes that the title ``t`` closes (“业务院长”:
    业务 is no title body, but the quotes make the whole their post), None when
    ``t`` closes no quote or words other than Chinese characters stand in it."""
    if text[t.end:t.end + 1] not in _CLOSE_QUOTES:
        return None
    k = t.start - 1
    while k >= max(0, t.start - _QUOTED_POST_REACH - 1) and is_cjk(text[k]):
        k -= 1
    return k + 1 if k >= 0 and text[k] in _OPEN_QUOTES else None


def _past_chain_ranks(ctx: _Ctx, pos: int) -> int:
    """Where the name after a post starts when academic ranks stand between
    them (院长、教授某某; 处长、教授、博士生导师某某): past every 、 and rank
    (``chain_ranks``), when a name opens right there; else ``pos`` itself.

    The ranks are no titles, so the post before them keeps the name."""
    text, ranks = ctx.text, ctx.lex.chain_ranks
    k = pos
    while k < len(text) and text[k] == "、" and (n := ranks.after(text, k + 1) or _unit_rank_len(ctx, k + 1)):
        k += 1 + n
    if k == pos or not _surname_len(ctx, k):
        return pos
    return k


#: the longest school or institute name read before a rank in a post chain (某某大学某某学院)
_RANK_UNIT_MAX = 16


def _unit_rank_len(ctx: _Ctx, j: int) -> int:
    """The length of a school's name and the rank after it at ``j``
    (华东某某大学某某学院教授 of 宣讲团成员、华东某某大学某某学院教授某某), or 0.

    A rank is no title, and the school written before it is the rank's, not a
    post: the chain's posts before the 、 still hold the name after the rank
    (``chain_rank_units`` end the school's name: 大学, 学院, 党校)."""
    text, ranks = ctx.text, ctx.lex.chain_ranks
    for k in range(j + 2, min(len(text), j + _RANK_UNIT_MAX + 1)):
        if not is_cjk(text[k - 1]):
            return 0
        if text.endswith(ctx.lex.chain_rank_units, j, k) and (n := ranks.after(text, k)):
            return k - j + n
    return 0


def _past_title_note(ctx: _Ctx, pos: int) -> int:
    """Where the name after a post starts when a note in brackets stands
    between them (副主任（主持工作）某某, 党委书记（兼）某某): past the bracket,
    when its text is a note of ``title_notes`` and a surname follows; else
    ``pos`` itself. The note tells how the post is held, so the title stays
    the post alone (the GUIDE's titles are posts)."""
    text = ctx.text
    if text[pos:pos + 1] not in ("（", "("):
        return pos
    close = min((k for k in (text.find("）", pos), text.find(")", pos)) if k > pos), default=-1)
    if close < 0 or text[pos + 1:close].strip() not in ctx.lex.title_notes:
        return pos
    k = close + 1
    return k if k < len(text) and _surname_len(ctx, k) else pos


def _past_bracket_post(ctx: _Ctx, pos: int) -> tuple[int, str | None]:
    """Where the name after a post starts when a second post in brackets
    stands between them (办公室主任（处长）某某, 副部长（副处长）某某: one
    office with two names, the post in each), and that second post; else
    ``(pos, None)``. The bracket must hold one post word with its qualifiers
    and nothing else, and a surname must follow it."""
    text = ctx.text
    if text[pos:pos + 1] not in ("（", "("):
        return pos, None
    close = text.find("）" if text[pos] == "（" else ")", pos + 1, pos + _BRACKET_POST_MAX + 2)
    if close < 0 or not ctx.lex.title_re.fullmatch(text, pos + 1, close):
        return pos, None
    if close + 1 >= len(text) or not _surname_len(ctx, close + 1):
        return pos, None
    return close + 1, text[pos + 1:close]


def _past_list_colon(ctx: _Ctx, pos: int) -> int:
    """Where the names after a post start when a colon opens a 、 list of
    them (当选的市委副书记：甲、乙、丙，市委常委：丁、戊): past the colon, when
    a name opens right after it and a 、 closes that name; else ``pos``. A
    colon before one name or a sentence (书记：我们要……) is left alone."""
    text = ctx.text
    if text[pos:pos + 1] not in ("：", ":"):
        return pos
    k = pos + 1
    hit = parse_name_at(ctx, k, item_end=_list_item_end(text, k)) or _minority_name_at(ctx, k)
    return k if hit is not None and text[hit[1]:hit[1] + 1] == "、" else pos


#: the longest post written in brackets after another post (党委副书记（主持工作）is a note, not a post)
_BRACKET_POST_MAX = 10


def _word_name_at(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """An everyday word that is a name (``person_word_names.txt``: 周密) right
    after a post word, closed by punctuation or an attendance or speech word
    (``word_name_cues``: 部长周密出席), as ``(start, end)``, or None. Elsewhere
    the stopword list refuses it, and a verb after it (书记周密部署) keeps it
    the adverb it is."""
    text, lex = ctx.text, ctx.lex
    for n in (3, 2):
        e = i + n
        if text[i:e] in lex.word_names and (e >= len(text) or not is_cjk(text[e])
                                             or lex.word_name_cues.after(text, e)):
            return i, e
    return None


def _is_body(ctx: _Ctx, orgs: _OrgEnds, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a body as a whole: a title qualifier (县纪委,
    政协), a found organization, or a level's own body (市政府, 县监委)."""
    text, lex = ctx.text, ctx.lex
    if e - s < 2 or not all(is_cjk(c) for c in text[s:e]):
        return False
    if lex.quals.after(text, s) == e - s:
        return True
    if any(os == s for _, os, _ in orgs.by_end.get(e, ())):
        return True
    return text[s] in lex.level_chars and lex.level_tails.after(text, s + 1) == e - s - 1


def _body_chain_ends(lex: _Lexicon, text: str, i: int, e: int) -> list[int]:
    """Where the bodies written one after another from ``i`` end, before ``e``:
    each step the longest title body (``person_title_quals.txt``: 市委, 组织部,
    县人大常委会, 办公室) or level's body (县政府), so 市委组织部联合督导组 ends
    bodies at 市委 and 市委组织部, 县人大常委会办公室 at both its parts."""
    ends = []
    j = i
    while j < e:
        n = lex.quals.after(text, j)
        if not n and text[j] in lex.level_chars:
            n = lex.level_tails.after(text, j + 1) + 1 if lex.level_tails.after(text, j + 1) else 0
        if n < 2 or j + n > e:
            break
        j += n
        ends.append(j)
    return ends


#: how far back a body shared with the next one may start (县人大常委会、县政府)
_SHARED_BODY_REACH = 10


def _shared_body_titles(ctx: _Ctx, t: _Title, orgs: _OrgEnds) -> list[str] | None:
    """The titles of one post written once after a 、 list of bodies
    (市委、市政府副秘书长某某; 县纪委、县监委副书记某某; 组织部、宣传部、统战部
    副部长某某): the person holds the post in each body, so each body gets the
    post (市委副秘书长, 市政府副秘书长), as the GUIDE gives a person every post
    the text gives them. The first body must open the clause (punctuation or a
    left cue before it) and every item must be a body as a whole; else None.

    The last item may be a level's body written without the level the first
    one carries (县纪委、监委副书记: 监委 is the county's too), and it may be a
    post of its own rather than a body (纪委、监察专员副书记: the post after it
    is the deputy's post in the bodies, not a post of a post), which then
    takes no title: the list of bodies still gets the post each.
    """
    text, lex = ctx.text, ctx.lex
    post_start = t.start + len(t.qual)
    k = _last_body_joint(text, max(0, t.start - 8), t.start + 1)
    if k < 0 or k + 1 == post_start or not all(is_cjk(c) for c in text[k + 1:post_start]):
        return None
    if _is_body(ctx, orgs, k + 1, post_start) \
            or post_start - k - 1 >= 2 and lex.level_tails.after(text, k + 1) == post_start - k - 1:
        last: str | None = text[k + 1:t.end]
    elif _post_ends_at(ctx, post_start):
        last = None  # 纪委、监察专员副书记: 监察专员 is a post, no body of the deputy's
    else:
        return None
    # 县委、县政府督查室主任, 市纪委监委、市委组织部联合督导组组长: the last item
    # is a body like the ones before (县政府, 市委组织部) and an office or group of
    # theirs; the office is shared with the post (县委督查室主任)
    split = max((m for m in _body_chain_ends(lex, text, k + 1, post_start) if m < post_start), default=None) \
        if last else None
    bodies: list[str] = []
    j = k
    while j > 0:
        # the longest body ending at the 、 that opens the clause or a further item
        s = next((s for s in range(max(0, j - _SHARED_BODY_REACH), j - 1)
                  if _is_body(ctx, orgs, s, j)
                  and (s == 0 or not is_cjk(text[s - 1]) or lex.left_cues.before(text, s))), None)
        if s is None:
            break
        bodies.append(text[s:j])
        if text[s - 1:s] != "、":
            break
        j = s - 1  # 组织部、宣传部、统战部副部长: one more body before
    if not bodies:
        return None
    if split and _ends_like(lex, bodies[0], text[split:post_start]):
        split = None  # 甲党支部、乙党委党支部书记: each branch is whole, only the post is shared
    if split is None and last and _unit_list_shares_party_body(lex, t, bodies):
        split = t.start  # 甲集团、乙集团纪委书记: each firm's 纪委书记, no 甲集团书记
    post = text[split if split else post_start:t.end]
    return [b + post for b in bodies[::-1]] + ([last] if last else [])


def _unit_list_shares_party_body(lex: _Lexicon, t: _Title, bodies: list[str]) -> bool:
    """Whether units listed before a title whose own body is a party body
    (甲集团、乙集团纪委书记, 甲公司、乙公司党委书记) share that body with the post:
    a party post (书记) is held in a party body, never in a firm itself, so a
    listed unit that is no party body takes the party body and the post
    (甲集团纪委书记), not the bare post (甲集团书记). Bodies that are party
    bodies already (学校党委、纪委书记) keep the bare post."""
    return bool(t.qual) and t.qual.endswith(lex.party_body_endings) \
        and not any(b.endswith(lex.party_body_endings) for b in bodies)


#: what joins the last body of a list to the ones before: 、 or a conjunction
#: (县政协党组和班子成员某某: a member of both, 党组成员 and 班子成员)
_BODY_JOINT_RE = re.compile("[、和及与]")


def _last_body_joint(text: str, s: int, e: int) -> int:
    """Position of the last 、 or 和 (及, 与) in ``text[s:e]``, -1 when none:
    where the last body of a list sharing one post starts (after it)."""
    m = last_match(_BODY_JOINT_RE, text, s, e)
    return m.start() if m else -1


def _ends_like(lex: _Lexicon, body: str, office: str) -> bool:
    """Whether a listed body ends in the title body the shared part ends in
    (校某党支部 and 机关党委党支部): then the listed body is a unit of that
    kind already, whole, and takes the post alone, not the other's office."""
    n = lex.quals.before(body, len(body))
    return n >= 2 and office.endswith(body[-n:])


#: how long a body written before a shared office may be (西安某大学|党委办公室: the run of title bodies)
_OFFICE_OWNER_MAX = 4


def _qual_run_start(lex: _Lexicon, text: str, j: int) -> int:
    """Start of the run of title bodies (``person_title_quals.txt``) ending
    at ``j`` (党委组织部: 党委 + 组织部), ``j`` itself when none ends there."""
    k = j
    while n := lex.quals.before(text, k):
        k -= n
    return k


def _body_before(ctx: _Ctx, j: int) -> int | None:
    """Start of the body written right before ``j``: a run of title bodies
    (党委办公室, 党委组织部), else an internal office opening the mention
    (教务处); None when neither ends there. A found organization alone (某国
    委员会) is no such body: its post keeps no body in the title."""
    s = _qual_run_start(ctx.lex, ctx.text, j)
    if s < j:
        return s
    return ctx.lex.offices.start_before(ctx.text, j) if ctx.lex.offices is not None else None


def _shared_office_titles(ctx: _Ctx, t: _Title) -> list[str] | None:
    """The posts of one office written once for two owners or two names:
    a 、 list (党委办公室、校长办公室主任某某; 党委、校长办公室主任某某) or a
    second name in brackets before the post (党委（校长）办公室主任某某,
    党委组织部（统战部）部长某某). The offices are one office under two names
    (合署办公), so the person holds the post in each: 党委办公室主任 and
    校长办公室主任, as the GUIDE gives a person every post the text gives them.
    Each part must read as a body (a run of title bodies, an office) or,
    before a shared office, as an owner's post (校长|办公室); else None, and
    the title stays as scanned."""
    text, lex = ctx.text, ctx.lex
    offices = lex.offices
    if offices is None:
        return None
    post = text[t.start + len(t.qual):t.end]
    # the office both parts share, when the title's own body is one (办公室 of 办公室主任)
    shared = t.qual if t.qual and offices.endings.before(t.qual, len(t.qual)) == len(t.qual) else ""

    def part_ok(s: int, e: int) -> bool:
        return 2 <= e - s <= _OFFICE_ITEM_MAX and all(is_cjk(c) for c in text[s:e]) and (
            _qual_run_start(lex, text, e) == s or offices.endings.before(text, e) > 0
            or bool(shared) and lex.title_re.fullmatch(text, s, e) is not None)

    def titled(part: str) -> str:
        return part + post if not shared or offices.endings.before(part, len(part)) else part + shared + post

    if text[t.start - 1:t.start] in ("）", ")") and t.start >= 4:
        # 党委（校长）办公室主任, 党委组织部（统战部）部长
        close = t.start - 1
        open_ = text.rfind("（" if text[close] == "）" else "(", max(0, close - _OFFICE_ITEM_MAX - 1), close)
        if open_ < 1 or not part_ok(open_ + 1, close):
            return None
        s = _body_before(ctx, open_)
        if s is None or not part_ok(s, open_):
            return None
        if t.alts:
            # 规划部（规划处）部（处）长: each office holds the reading headed by its ending
            posts = (t.text, *t.alts)
            return [p + post for p in (text[s:open_], text[open_ + 1:close]) for post in posts
                    if post[-2] == p[-1]] or None
        # 组织部（人事处）副部长: a 部长 heads the 部 only, so the 处 gets no post of it
        return [titled(p) for p in (text[s:open_], text[open_ + 1:close])
                if not (t.head[1:] == "长" and p[-1] in _OFFICE_HEAD_CHARS and p[-1] != t.head[0])]
    if not shared:
        return None
    # 党委办公室、校长办公室主任; 党委、校长办公室主任: the owner of the last office after the 、
    k = text.rfind("、", max(0, t.start - _OFFICE_OWNER_MAX - 1), t.start)
    if k < 2 or not part_ok(k + 1, t.start) or offices.endings.before(text, t.start):
        return None
    s = _body_before(ctx, k)
    if s is None or not part_ok(s, k):
        return None
    first = text[s:k]
    if offices.endings.before(first, len(first)) and not first.endswith(shared):
        return None  # 组织部、校长办公室主任: two offices of their own, no shared one
    return [titled(first), text[k + 1:t.end]]


#: office endings whose head is named after them (部 → 部长, 处 → 处长)
_OFFICE_HEAD_CHARS = "部处科股"
#: how long one part of a shared office may be (党委组织部, 校长办公室)
_OFFICE_ITEM_MAX = 8


def _body_after_comma(orgs: _OrgEnds, i: int) -> int | None:
    """End of the longest found organization starting right after a comma at
    ``i``, or None.

    Posts of two bodies are told apart by a comma (市局党委委员、副局长，市律师
    行业党委书记某某; 县委组织部副部长，县人社局党组书记、局长某某): the chain of
    posts before the comma goes on into the next post when that post opens
    with a body of its own. A body is a found organization, so a clause after
    the comma (，要求某某) does not carry the posts on.
    """
    ends = [e for org in orgs.organizations for s, e in org.spans if s == i and e - s >= 2]
    return max(ends) if ends else None


def _comma_joined_name(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """An untitled name joined by a comma to a titled one and closing the
    clause's subject before a verb cue (副馆长甲，乙参加会议), or None.

    The list of those who attended runs on past the comma; whether the post
    is shared is not told, so the name gets none. It must be a surname and
    one or two given characters, no word or place, and end at a cue of two or
    more characters (参加, 出席) or a speech verb.
    """
    text, lex = ctx.text, ctx.lex
    if text[end:end + 1] not in _CHAIN_COMMAS:
        return None
    hit = parse_name_at(ctx, end + 1)
    if hit is None:
        return None
    s, e = hit
    slen = _surname_len(ctx, s)
    if not slen or not _plausible(ctx, text[s:e], slen) or common_word(text[s:e], 20, places=True) \
            or _titled_not_mention(ctx, s, e):
        return None
    if lex.right_cues.after(text, e, 2) < 2 and not lex.speech_re.match(text, e):
        return None
    return s, e


#: how far back from a post word a state's name still frames it (加拿大海军太平洋舰队司令)
_COUNTRY_REACH = 16
_CLAUSE_STOP = re.compile(r"[。！？；!?;\n，,：:]")


def _foreign_post(ctx: _Ctx, t: _Title) -> bool:
    """Whether the post ``t`` may hold a transliterated name (after or before it).

    The heads of ``foreign_title_heads`` (总统, 总理, 外长) do anywhere. Any
    other post does when a state or region outside China (``countries.txt``)
    stands before it in the same clause (某国副总理兼农业和水利部长瓦某,
    欧盟委员会农业委员菲某勒), or when a foreign head is written right before
    it (总统助理伯某): posts of our own units, which hold Chinese names, are
    so written only about foreign states.
    """
    lex, text = ctx.lex, ctx.text
    if t.head in lex.foreign_heads.words:
        return True
    head_start = t.end - len(t.head)
    if lex.foreign_heads.before(text, t.start):
        return True
    if lex.countries_re is None:
        return False
    lo = max(0, head_start - _COUNTRY_REACH)
    stops = list(_CLAUSE_STOP.finditer(text, lo, head_start))
    if stops:
        lo = stops[-1].end()
    return lex.countries_re.search(text, lo, head_start) is not None


def _office_before_name(ctx: _Ctx, t: _Title, i: int) -> str:
    """The office written before a name whose post follows it (政教处某某主任
    -> 政教处), as the title's body; empty when the title has a body of its own
    or the run before the name is no office opening the mention."""
    offices = ctx.lex.offices
    if offices is None or t.qual or t.head not in offices.posts or t.text != t.text.lstrip():
        return ""
    k = offices.start_before(ctx.text, i)
    return ctx.text[k:i] if k is not None else ""


def _word_name_after_body(ctx: _Ctx, t: _Title, org_ends: _OrgEnds) -> tuple[int, int] | None:
    """A three-character name whose given name is a word (张建设, 刘发展), between
    a body and its post: 督导组张建设组长、…, 督导组刘发展组长到会. The body
    before and a 、, 和 or strong cue after the post frame it on both sides. The
    body is a found organization or a bare title body (督导组, 党委: the
    organization finder keeps no bare body, so 督导组刘发展组长 had none)."""
    text, i = ctx.text, t.start - 3
    if i < 1 or text[i] not in ctx.lex.surnames1 or i not in org_ends.by_end and _body_before(ctx, i) is None:
        return None
    if not _plausible(ctx, text[i:t.start], 1, soft=False):
        return None
    if text[t.end:t.end + 1] not in ("、", "和", "与", "，", ",") and ctx.lex.right_cues.after(text, t.end, 2) < 2:
        return None
    return i, t.start


def _glued_pair(ctx: _Ctx, first: tuple[int, int]) -> list[tuple[int, int]]:
    """The name after a title, or two names written together (支部委员王某李某参加):
    a four-character reading opened by a single family name is two two-character
    names when its third character opens a common family name and both halves
    read as names (``reportmine.names.joined_split``); one person holds no such name, so the
    title is each one's. Any other reading is the one name, and so is a Japanese
    name (首相安某晋某: japanese_surnames.txt opens it) or a transliterated one
    (总统巴某班某: every character a transliteration character)."""
    s, e = first
    if e - s != 4 or ctx.text[s:s + 2] in ctx.lex.surnames2 or joined_split(ctx.lex, ctx.text[s:e]) != 2 \
            or ctx.lex.jp_surnames.after(ctx.text, s) or all(c in ctx.lex.translit for c in ctx.text[s:e]):
        return [first]
    return [(s, s + 2), (s + 2, e)]
