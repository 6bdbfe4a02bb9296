"""Where a personal name starts and ends, given a frame that holds one.

A name is a surname plus one or two given characters (or a transliterated
run next to a post word, or a dotted foreign name); how long it is comes from
what follows and precedes it (``right_cues``, ``left_cues``), and common words
that merely start with a surname character are refused. ``_Ctx`` carries the
article's text and lexicon through every finder, with the answers they share.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reportmine.dictionary import word_freq, word_tags
from reportmine.extract.people.lexicon import _Lexicon, _SENT_END, _SEP, _SEP_SET
from reportmine.names import common_word, function_word_after, is_cjk, plausible_name


@dataclass
class _Ctx:
    """One article: the text, what is masked, and the names found so far."""

    text: str
    lex: _Lexicon
    masked: list[tuple[int, int]]
    names: dict[str, None] = field(default_factory=dict)
    _by_first: dict[str, list[str]] = field(default_factory=dict)
    _by_last: dict[str, list[str]] = field(default_factory=dict)

    def add_name(self, name: str) -> None:
        if name and name not in self.names:
            self.names[name] = None
            self._by_first.setdefault(name[0], []).append(name)
            self._by_last.setdefault(name[-1], []).append(name)

    def add_mentions(self, mentions: list[_Mention]) -> None:
        """Register the names of an extractor's mentions, so later extractors know them."""
        for mention in mentions:
            self.add_name(self.text[mention.start:mention.end])

    _bounds: list[int] | None = None
    has_dots: bool = False
    #: every post word of the text (``_titles``), scanned once for the readers that need them
    title_scan: list[_Title] | None = None

    def sentence_start(self, i: int) -> int:
        """Start of the sentence holding position ``i``."""
        if self._bounds is None:
            self._bounds = [m.end() for m in _SENT_END.finditer(self.text)]
        k = bisect.bisect_right(self._bounds, i)
        return self._bounds[k - 1] if k else 0

    def known_at(self, i: int) -> str | None:
        best = None
        if i >= len(self.text):
            return None
        for name in self._by_first.get(self.text[i], ()):
            if self.text.startswith(name, i) and (best is None or len(name) > len(best)):
                best = name
        return best

    def known_ending(self, j: int) -> str | None:
        best = None
        if j <= 0:
            return None
        for name in self._by_last.get(self.text[j - 1], ()):
            if j - len(name) >= 0 and self.text.startswith(name, j - len(name)) and (
                    best is None or len(name) > len(best)):
                best = name
        return best


def _right_score(ctx: _Ctx, j: int) -> int:
    """How strongly position ``j`` can end a name: 3 at punctuation, else cue length."""
    text = ctx.text
    if j >= len(text):
        return 3
    ch = text[j]
    if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):
        if ch in _SEP and j < len(text) - 1 and is_cjk(text[j + 1]):
            return 0  # 彼得·汤姆林: the name goes on
        return 3
    lex = ctx.lex
    lens = lex.right_cues.by_first.get(ch)  # (right_cues.after, inline: this runs for every candidate end)
    if lens:
        words = lex.right_cues.words
        for n in lens:
            if text[j:j + n] in words:
                return n
    if lex.prefix_head_re.match(text, j):
        return 3
    if ch in _DAY_FIRSTS and _DAY.match(text, j):
        return 2
    return 0


#: a day of the month in Chinese numerals (六日, 二十八日): a time word that ends
#: a name as 28日 does (部长瓦某六日宣布), where digits end it as punctuation
_DAY = re.compile("[一二三四五六七八九十廿卅]{1,3}日")
_DAY_FIRSTS = frozenset("一二三四五六七八九十廿卅")


def _left_score(ctx: _Ctx, i: int) -> int:
    """How strongly position ``i`` can start a name: 3 after punctuation or at the start."""
    text = ctx.text
    if i == 0:
        return 3
    ch = text[i - 1]
    if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):
        return 3
    n = ctx.lex.left_cues.before(text, i)
    if n:
        return n
    if text[i - 1] in ctx.lex.bad:
        return 1
    return 0


def _surname_len(ctx: _Ctx, i: int) -> int:
    text = ctx.text
    if text[i:i + 2] in ctx.lex.surnames2:
        return 2
    if i < len(text) and text[i] in ctx.lex.surnames1:
        return 1
    return 0


def _plausible(ctx: _Ctx, name: str, slen: int, soft: bool = True) -> bool:
    """``reportmine.names.plausible_name``, remembered in the lexicon: the same
    candidates recur across articles. With ``soft=False`` only the hard rules
    apply, so that a strong cue after the name can rescue it (市委书记万里明强调).
    """
    memo = ctx.lex.plausible_memo
    key = (name, slen, soft)
    hit = memo.get(key)
    if hit is None:
        if len(memo) > 200_000:
            memo.clear()
        hit = memo[key] = plausible_name(ctx.lex, name, slen, soft)
    return hit


def _masked(ctx: _Ctx, s: int, e: int) -> bool:
    if not ctx.masked:
        return False
    return any(a <= s and e <= b for a, b in ctx.masked)


def _not_mention(ctx: _Ctx, s: int, e: int) -> bool:
    if ctx.masked and _masked(ctx, s, e):
        return True
    return ctx.lex.not_mention.after(ctx.text, e) > 0


def _titled_not_mention(ctx: _Ctx, s: int, e: int) -> bool:
    """``_not_mention`` for a name right after a title, where some words
    (``titled_not_mention``: 关于) follow a speaker rather than a theory name."""
    if ctx.lex.titled_not_mention and ctx.text.startswith(ctx.lex.titled_not_mention, e):
        return _masked(ctx, s, e)
    return _not_mention(ctx, s, e)


def _foreign_name_ok(ctx: _Ctx, s: int, e: int) -> bool:
    """A transliterated run that is no place name and does not start or end with one,
    nor opens with a word of ``person_stopwords.txt``.

    Why the stopwords: after a foreign post head (总书记) a verb such as 考察 read as a
    transliterated name (总书记考察安徽 -> 考察安); the list is meant to keep its words
    out of the first two characters of any name.
    """
    text = ctx.text
    if ctx.lex.places.after(text, s) or ctx.lex.places.before(text, e):
        return False
    if text[s:s + 2] in ctx.lex.stopwords:
        return False
    return not common_word(text[s:e], 400, places=True)


def _translit_run_fwd(ctx: _Ctx, i: int) -> int:
    """End of a run of transliteration characters (with · joins) starting at ``i``.

    The run stops before a two-character cue word (克林顿利用 -> 克林顿).
    """
    text, tl = ctx.text, ctx.lex.translit
    j = i
    while j < len(text) and (text[j] in tl or (text[j] in _SEP and j > i and j + 1 < len(text)
                                                and text[j + 1] in tl)):
        if j - i >= 2 and text[j - 1] not in _SEP and ctx.lex.right_cues.after(text, j, 2):
            break
        j += 1
    return j


def _translit_run_back(ctx: _Ctx, j: int) -> int:
    text, tl = ctx.text, ctx.lex.translit
    i = j
    while i > 0 and (text[i - 1] in tl or (text[i - 1] in _SEP and i < j and i - 2 >= 0
                                            and text[i - 2] in tl)):
        i -= 1
    first = ctx.lex.translit_first
    while i < j and text[i] not in first:
        i += 1  # 今年克林顿: 年 only ever stands inside a name (阿利谢年科)
    return i


def parse_name_at(ctx: _Ctx, i: int, foreign: bool = False, item_end: int | None = None,
                  wide: bool = False) -> tuple[int, int] | None:
    """The name starting at ``i``, as ``(start, end)``, or None.

    ``item_end`` is the end of a 、 list item: when the whole item reads as a
    name, it is the name. ``foreign`` allows a transliterated name (after 总统).
    ``wide`` (right after a title) allows a four-character name when neither
    the two- nor the three-character reading ends at a cue but the four-character
    one does (所长巴某旺堆在, 局长高某纪元说).
    """
    text = ctx.text
    if i >= len(text):
        return None
    ch = text[i]
    if not ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"):
        return None
    if ch in ctx._by_first:
        known = ctx.known_at(i)
        if known and _right_score(ctx, i + len(known)) > 0:
            return i, i + len(known)
    if wide and ctx.has_dots and (dotted := _dotted_end(ctx, i)):
        return i, dotted
    lex = ctx.lex
    slen = 2 if text[i:i + 2] in lex.surnames2 else 1 if ch in lex.surnames1 else 0
    if item_end is not None and slen and 2 <= item_end - i - slen + 1 <= 3 and _plausible(ctx, text[i:item_end], slen):
        return i, item_end
    best: tuple[int, int] | None = None
    # 书记向市委汇报, 向市纪委: 市 opens a body; 向全体党员: 全体 opens a group; no given name;
    # 主任向大会作报告: a function word before a frequent word opens none either (no 向大),
    # nor before a unit's one-character short name and its party body (负责人向台党组述职: no 向台),
    # nor before a party body itself (书记向支部成员发放: no 向支)
    if slen and not _level_body_at(ctx, i + slen) and not lex.determiners.after(text, i + slen) \
            and not (slen == 1 and ch in lex.function_surnames
                     and (function_word_after(lex, text[i + 1:i + 3])
                          or lex.function_body_heads.after(text, i + 2)
                          or lex.function_body_heads.after(text, i + 1))):
        options = []
        for length in (slen + 1, slen + 2):
            end = i + length
            if end > len(text) or not _plausible(ctx, text[i:end], slen, soft=False):
                continue
            if length == slen + 2 and (_post_verb_len(ctx, end - 1) or _prefix_opens_post(ctx, end - 1)
                                       or text[end - 1] in lex.light_verbs and _right_score(ctx, end)):
                continue  # 林某任副组长: 任 is the verb before the post; 孙某副教授: 副 opens the rank;
                # 王某作报告: 作 is the verb before its object (报告, 动员讲话), itself a cue
            if length == slen + 2 and text[end - 1] in lex.post_joiners and _joins_titled_person(ctx, end):
                continue  # 书记张某和院长李某: 和 joins a second titled person, no third given character
            if length == slen + 2 and lex.commission_re is not None and lex.commission_re.match(text, end - 1):
                continue  # 陈某受院长委托: 受 opens the commission, it ends no given name
            if length == slen + 2 and text[end - 1] in lex.preposition_given_ends \
                    and (_stands_without_last(text, i, end)
                         or lex.preposition_acts_re is not None and lex.preposition_acts_re.match(text, end)):
                continue  # 团长侯某为宣讲团授牌…侯某对学员, 经理某某为获奖代表颁发证书: 为 is the
                # preposition before whom the act is for, no third given character
            if length == slen + 2 and text[end - 1] in lex.function_surnames and _right_score(ctx, end - 1):
                # 副书记黄某向与会人员宣读, 局长黄某于3月带队: a preposition (向, 于, 应)
                # that is a cue after two characters is that word, no third given character
                continue
            score = _right_score(ctx, end)
            if score < 2 and not _plausible(ctx, text[i:end], slen) \
                    and not (wide and score and _titled_word_name(ctx, text[i:end], slen)):
                continue
            options.append((score, length, end))
        if options:
            score, length, end = max(options)
            if score == 0:
                # nothing tells where the name ends: a third character that starts
                # an ordinary word with what follows belongs to that word
                if len(options) == 2 and (common_word(text[i + slen + 1:i + slen + 3], 200)
                                          or _verb_pair_at(text, i + slen + 1)):
                    end = i + slen + 1
                elif len(options) == 1:
                    end = options[0][2]
                else:
                    end = i + slen + 2
                    if wide and slen == 1:
                        four = _four_char_end(ctx, i)
                        if four:
                            end, score = four
            best = (score, end)
    if wide and (best is None or best[0] == 0) and ctx.lex.jp_surnames.after(text, i) and _japan_context(ctx, i):
        # 日本外相小某惠三也: a Japanese family name and its given name
        jp_end = _japanese_end(ctx, i)
        if jp_end is not None:
            return i, jp_end
    if text[i] in ctx.lex.translit_first:
        end = _translit_run_fwd(ctx, i)
        run = end - i
        joined = not _SEP_SET.isdisjoint(text[i:end])
        if best is None:
            ok = run >= 4 or joined or (foreign and (run >= 3 or (run == 2 and _right_score(ctx, end) > 0)))
        else:
            ok = run > best[1] - i and (joined or run >= 4 or best[0] == 0)
        ok = ok and _foreign_name_ok(ctx, i, end)
        if ok:
            return i, end
    if best is None:
        return None
    return i, best[1]


def _stands_without_last(text: str, i: int, end: int) -> bool:
    """Whether the text writes ``text[i:end - 1]`` more often than ``text[i:end]``:
    then the name stands elsewhere without its last character, which is a word of
    its own after it (a preposition: 侯某为…授牌, later 侯某对…). Only asked for
    the few readings ending in such a character, so the counts stay cheap."""
    return text.count(text[i:end - 1]) > text.count(text[i:end])


#: how far past a conjunction the post word of a second titled person may start, a body
#: before it (和|组织部|部长某某, 和|书记处|书记某某)
_JOINED_BODY_REACH = 5


def _joins_titled_person(ctx: _Ctx, k: int) -> bool:
    """Whether a post word opens at ``k``, or after a short body written there, and a
    name follows it (院长李某, 组织部部长李某, 书记处书记李某): then the conjunction
    before ``k`` joins a second titled person to the name before it. Why the body
    (round 67): 第一书记陆某和书记处书记贺某 read 陆某和 as a name, the post after 和
    opening with its body rather than its post word."""
    text, head = ctx.text, ctx.lex.prefix_head_re
    m = head.match(text, k)
    if m is not None and parse_name_at(ctx, m.end()) is not None:
        return True
    m = head.search(text, k + 1, k + _JOINED_BODY_REACH + 4)
    if m is None or m.start() - k > _JOINED_BODY_REACH or not all(is_cjk(c) for c in text[k:m.start()]):
        return False
    return parse_name_at(ctx, m.end()) is not None


def _untitled_name_ok(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, standing with no title, is a name: one found already, or
    a surname and one or two given characters that are no word, place or theory name."""
    name = ctx.text[s:e]
    if name in ctx.names:
        return True
    slen = _surname_len(ctx, s)
    return bool(slen) and 1 <= e - s - slen <= 2 and _plausible(ctx, name, slen) \
        and not common_word(name, 20, places=True) and not _not_mention(ctx, s, e)


def _minority_name_at(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A Tibetan name starting at ``i``: one or two syllables of
    ``person_minority_names.txt`` (扎西, 格桑次旦), which no family name opens,
    closed by punctuation, a 、 or a cue (社长旺久主持, 书记扎西同志), as
    ``(start, end)``, or None. Callers ask only where a post or a titled list
    frames the name; the longer reading wins when both end well."""
    syllables = ctx.lex.minority_syllables
    text = ctx.text
    if text[i:i + 2] not in syllables:
        return None
    for end in ((i + 4, i + 2) if text[i + 2:i + 4] in syllables else (i + 2,)):
        if end <= len(text) and (end == len(text) or text[end] == "、" or _right_score(ctx, end) > 0):
            return i, end
    return None


def _minority_name_before(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A Tibetan name of one or two syllables ending at ``j`` (扎西同志: the
    anchor after it frames it), opening at punctuation or a left cue."""
    syllables = ctx.lex.minority_syllables
    text = ctx.text
    if text[j - 2:j] not in syllables or j < 2:
        return None
    for start in ((j - 4, j - 2) if j >= 4 and text[j - 4:j - 2] in syllables else (j - 2,)):
        if _left_score(ctx, start) > 0:
            return start, j
    return None


def _post_verb_len(ctx: _Ctx, j: int) -> int:
    """Length of a verb of taking a post (任, 兼任) at ``j`` that a post word follows, else 0.

    In 团委副书记林某任副组长 the verb ends the name as a cue would: without
    it the post after 任 makes 林某任 the longer, better-framed reading.
    """
    n = ctx.lex.post_verbs.after(ctx.text, j)
    if n and ctx.lex.title_re.match(ctx.text, j + n):
        return n
    return 0


def _prefix_opens_post(ctx: _Ctx, k: int) -> bool:
    """Whether a one-character post prefix at ``k`` (副, 前) opens a post or a
    rank after a name (孙某副教授, 王某副主任). Why: such a character would
    otherwise end a three- or four-character name read before the cue that
    the rank holds (教授), while given names seldom end in 副; a given name
    ending in 前 (张向前) stays, being followed by no post."""
    text, lex = ctx.text, ctx.lex
    return text[k:k + 1] in lex.prefixes.words and bool(
        lex.prefix_head_re.match(text, k) or lex.after_anchor_re.match(text, k))


def _level_body_at(ctx: _Ctx, j: int) -> bool:
    """Whether an administrative level (省, 市, 县) at ``j`` opens a body or post
    (市委, 省纪委, 县政府, 市长): then it is no one-character given name, and the
    surname before it is a preposition (向, 于) or a word's end."""
    lex = ctx.lex
    return ctx.text[j:j + 1] in lex.level_chars and bool(lex.level_tails.after(ctx.text, j + 1))


def _titled_word_name(ctx: _Ctx, name: str, slen: int) -> bool:
    """A three-character name whose surname and first given character make a word
    (宋朝某, 高明某), right after a post and closed by a cue (总裁宋朝某等): the
    post and the cue frame it, so the dictionary no longer refuses it; the
    whole name must still be no word or place of its own."""
    return len(name) - slen == 2 and not common_word(name, 1000, places=True)


def _japan_context(ctx: _Ctx, i: int) -> bool:
    """Whether the sentence holding ``i`` is about Japan (names 日本, 东京 or 日方)."""
    start = ctx.sentence_start(i)
    end = _SENT_END.search(ctx.text, i)
    sentence = ctx.text[start:end.start() if end else len(ctx.text)]
    return any(c in sentence for c in ctx.lex.japan_cues)


def _japanese_end(ctx: _Ctx, i: int) -> int | None:
    """End of a Japanese name at ``i``: a family name from ``japanese_surnames.txt``
    and the fewest given characters (one to three) that end at a cue or punctuation."""
    text, lex = ctx.text, ctx.lex
    n = lex.jp_surnames.after(text, i)
    if not n:
        return None
    for g in (1, 2, 3):
        end = i + n + g
        if end > len(text) or not (is_cjk(text[end - 1]) and text[end - 1] not in lex.bad):
            return None
        if _right_score(ctx, end) >= 1:
            return end
    return None


_DOTS = "·•・"
_DOT_AHEAD = re.compile(r"[\u4e00-\u9fff]{1,6}[·•・][\u4e00-\u9fff]")


def _dotted_end(ctx: _Ctx, i: int) -> int | None:
    """End of a name written in parts joined by a middle dot (某某·某某某), or None.

    Every part is a run of one to six name characters; the last part ends at
    the first cue or punctuation after its first character.
    """
    text, bad = ctx.text, ctx.lex.bad
    if not _DOT_AHEAD.match(text, i):
        return None
    j, parts = i, 0
    while True:
        k = j
        while k < len(text) and k - j < 7 and is_cjk(text[k]):
            k += 1
        if j < k <= j + 6 and k < len(text) - 1 and text[k] in _DOTS and is_cjk(text[k + 1]):
            # a part closed by the dot may hold any character (阿不都·某某)
            j, parts = k + 1, parts + 1
            continue
        k = j
        while k < len(text) and k - j < 7 and is_cjk(text[k]) and text[k] not in bad:
            k += 1
        if k == j:
            return None
        if not parts:
            return None
        # the last part may run on into the words after it (某某·某某提出要求,
        # 某某·某某某提到会指导): it ends at the first cue within six
        # characters, which there must be one of two or more characters (a
        # one-character cue may sit inside the words: 某某·某某有幸成为, 某某为团长)
        for end in range(j + 1, min(k, j + 6) + 1):
            score = _right_score(ctx, end)
            if score >= 1:
                return end if score >= 2 or k - j <= 6 else None
        return None


#: a name in parts joined by a middle dot, read back from its end: each part one to
#: six CJK characters, the dot with or without a stray space on either side
_DOTTED_BACK = re.compile(r"[\u4e00-\u9fff]{1,6}((?: ?[·•・] ?[\u4e00-\u9fff]{1,6})+)$")


def dotted_name_before(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A name in parts joined by a middle dot that ends at ``j`` (right before a
    post word) and opens its mention, as ``(start, end)``, or None.

    Minority names (Uyghur, Tibetan: 阿依某某·某某, 甲某 ·洛桑某某) hold
    characters no transliteration run or surname reads, so the parts are read
    as _dotted_end reads them forward: any one to six characters each, the
    dot marking the name. The first part must follow punctuation, a list mark
    (、), a cue or a character kept out of names (传达了), the longest such reading
    winning, so no words before it join it. A stray space beside the dot, as
    pages leave it, is read across.
    """
    if not ctx.has_dots:
        return None
    text, lex = ctx.text, ctx.lex
    m = _DOTTED_BACK.search(text, max(0, j - 40), j)
    if m is None or text[j - 1] in lex.bad or lex.head_re.search(text, m.start(), j):
        return None  # 以主席某·某某为团长: 为 ends the name, a post word stands inside the run
    for s in range(m.start(), m.start(1)):
        score = _left_score(ctx, s)
        if score >= 3 or score >= 1 and text[s] not in lex.bad:
            return s, j  # (传达了|某某·某某: 了, kept out of names, opens none after words)
    return None


def _verb_pair_at(text: str, k: int) -> bool:
    """Whether ``text[k:k+4]`` is a pair of two-character verbs that share their
    last character (巡听旁听: 巡听 beside the dictionary verb 旁听).

    Such a pair is one verb phrase written as a parallel form, so its first
    character opens no third given character, and its first two characters no
    four-character name's end (书记王某巡听旁听会议 holds 王某): a real
    name's last character does not repeat the end of the verb after it.
    """
    pair = text[k + 2:k + 4]
    return len(pair) == 2 and text[k + 1] == pair[1] and word_tags().get(pair, "").startswith("v") \
        and text[k:k + 2] not in word_tags()


def _four_char_end(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """End and right score of a four-character name at ``i`` ending at a cue, or None."""
    text, lex = ctx.text, ctx.lex
    end = i + 4
    if end > len(text):
        return None
    if not all(is_cjk(c) and c not in lex.bad for c in text[i + 1:end]):
        return None
    if text[end - 1] in lex.level_chars:
        return None  # 张公庙村利用…: a place (village, town) named after a family, no person
    score = _right_score(ctx, end)
    if score < 1 or text[i:end] in lex.stopwords or common_word(text[i:end], 50, places=True) \
            or common_word(text[i + 2:end], 500) or text[i + 2:end] in lex.not_given \
            or common_word(text[end - 1:end + 1], 500) or _prefix_opens_post(ctx, end - 1):
        return None  # (the last two: 校长孙某某关于: the fourth character starts a word with the next;
        # 孙某某副教授: 副 opens the rank after the name)
    return end, score


def _post_ends_at(ctx: _Ctx, j: int) -> bool:
    """Whether a post word of two or more characters ends at ``j`` (主任, 院长).

    Why: a surname character that closes a post (任 of 主任) cannot also open
    the name after it; read backwards from 同志, 办公室主任王某同志 would
    otherwise give 任王某 rather than the titled 王某."""
    return any(ctx.text[j - n:j] in ctx.lex.heads for n in range(2, min(j, 4) + 1))


#: the most frequent plain noun read as a two-character name before 同志 (洪某同志是…):
#: rarer nouns only, so that everyday words (方面, 金融) never become names
_ANCHOR_NOUN_FREQ = 1000


def _noun_name_before_anchor(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A two-character plain noun led by a family name, opening its clause right
    before 同志 (，洪某同志是江苏人): the anchor names a person, and at a clause
    start no word before can own the noun, so it is a name although the
    dictionary knows it as a noun (group words such as 广大, 相关 are no nouns)."""
    i = j - 2
    text = ctx.text
    if i < 0 or text[i] not in ctx.lex.surnames1 or _left_score(ctx, i) < 3:
        return None
    known = word_freq().get(text[i:j])
    if known is None or known[1] != "n" or known[0] > _ANCHOR_NOUN_FREQ:
        return None
    return (i, j) if _plausible(ctx, text[i:j], 1, soft=False) else None


#: Conjunctions that join two people (甲和乙, 甲与乙, 甲及乙).
_PERSON_JOINERS = frozenset("和与及")


def _joined_after_known(ctx: _Ctx, j: int) -> bool:
    """Whether a name already found and a conjunction stand right before the post
    word at ``j`` (校党委书记高某主持…高某和校长、副书记姚某分别述职): the post
    opens the next person's chain, and 高某和 is no three-character name."""
    return j >= 3 and ctx.text[j - 1] in _PERSON_JOINERS and ctx.known_ending(j - 1) is not None


def parse_name_before(ctx: _Ctx, j: int, foreign: bool = False, strong: bool = False) -> tuple[int, int] | None:
    """The name ending at ``j`` (right before a post word or 同志), or None.

    ``strong`` (before 同志) accepts a three-character name whatever stands
    before it; before a post word it must start after punctuation or a cue.
    """
    text = ctx.text
    known = ctx.known_ending(j)
    if known:
        return j - len(known), j
    if _joined_after_known(ctx, j):
        return None
    if ctx.lex.countries.before(text, j):
        return None  # 俄罗斯总统: the state holds the post; its tail (罗斯) is no name
    if foreign:
        n = ctx.lex.jp_surnames.before(text, j)
        if n and _left_score(ctx, j - n) > 0:
            return j - n, j  # 桥某首相: a Japanese family name alone before a post
    foreign_hit = None
    if foreign:
        i = _translit_run_back(ctx, j)
        # a run of three or more needs no left frame (正如克某斯某尔总统所说)
        if j - i >= 2 and (_left_score(ctx, i) > 0 or j - i >= 3) and not text[i:j].endswith(ctx.lex.place_endings) \
                and _foreign_name_ok(ctx, i, j):
            foreign_hit = (i, j)
    options = []
    s1, s2 = ctx.lex.surnames1, ctx.lex.surnames2
    for length in (4, 3, 2):
        i = j - length
        if i < 0:
            continue
        slen = 2 if text[i:i + 2] in s2 else 1 if text[i] in s1 else 0
        if not slen or length - slen not in (1, 2) or (slen == 1 and length == 4) \
                or not _plausible(ctx, text[i:j], slen):
            continue
        if _post_ends_at(ctx, i + 1):
            continue  # 副主任王某同志: 任 ends the post 主任 and opens no name
        score = _left_score(ctx, i)
        if not score and common_word(text[i - 1:i + 1], 1000) and text[i - 1] not in _NUMERALS:
            continue  # 关于|某某同志, 学习|习总书记: the surname closes a frequent word, no name
            # opens there (a numeral's word, 之一|张某同志, still lets the name open)
        options.append((score, length, i))
    if options:
        score, length, i = max(options)
        if foreign_hit and foreign_hit[0] < i:
            return foreign_hit
        if score > 0 or (strong and length >= 3) or (length == 2 and not any(o[1] > 2 for o in options)
                         and text[i - 1:i] not in ctx.lex.surnames1
                         and text[i - 1:i] not in ctx.lex.translit):
            given = text[i + _surname_len(ctx, i):j]
            if len(given) == 2 and common_word(given, 1000):
                return None  # 有关负责同志
            return i, j
    if strong and not options and foreign_hit is None:
        hit = _noun_name_before_anchor(ctx, j)
        if hit is not None:
            return hit
    if strong and foreign_hit is None and j >= 3 and _left_score(ctx, j - 3) > 0:
        # 由邵某新同志: a given name holding a character kept out of names
        # (月, 科) is read in the strong frame 同志 closes, as after a title
        hit = _titled_name_at(ctx, j - 3)
        if hit == (j - 3, j) and not common_word(text[j - 3:j - 1], 500):
            return hit
    return foreign_hit


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    titles: list[str] = field(default_factory=list)
    org: str | None = None
    roles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Title:
    start: int
    end: int
    text: str
    head: str
    qual: str
    #: the other posts of a post written with bracketed alternatives (副校（院）长 -> 副院长)
    alts: tuple[str, ...] = ()


#: Numerals that close a frequent word with a surname after them (之一|张某).
_NUMERALS = frozenset("一二两三四五六七八九十")


def _named_before_post_verb(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A name already found, then 任 or 兼任, right before the post word at ``j``.

    团委副书记林某任副组长: the post after 任 is 林某's too; read back from it
    without this, 林某任 would be a three-character name.
    """
    n = ctx.lex.post_verbs.before(ctx.text, j)
    if not n or _post_ends_at(ctx, j - n + 1):
        return None  # 办公室主任医师: 任 closes the post 主任, no verb
    known = ctx.known_ending(j - n)
    if known:
        return j - n - len(known), j - n
    return _anchored_subject(ctx, j - n, j) or _new_name_before_post_verb(ctx, j - n)


#: how far back from a post verb the anchor after its subject's name may start
_SUBJECT_REACH = 14


#: what may follow a post taken after 同志: the clause ends, or 的 makes the whole a
#: modifier (由某某同志任组长的领导小组); 以来 or 期间 after it speak of a time instead
_SUBJECT_POST_CLOSERS = frozenset("，。；！？,;、）)”」的")


def _anchored_subject(ctx: _Ctx, k: int, j: int) -> tuple[int, int] | None:
    """A known name, then 同志 and at most a place phrase, before the post verb at ``k``
    whose post starts at ``j`` (at its opening quote when quoted).

    某某同志任组长, 由某某同志任组长的领导小组, 某某同志到该院任“业务院长”: 同志
    closes the name, so the post after the verb is the name's as if the verb
    followed it; the place phrase (到该院, 到某村挂职) holds no post word and no
    other 同志, so the name is the verb's subject. The post must close its clause
    (某某同志担任支部书记以来 speaks of a time, as round 27 rules); with no place
    phrase it must be quoted or make a group's modifier (任组长的), as the bare
    某某同志任某职。 of a historical narrative holds no title in pd98's gold.
    """
    frame = ctx.lex.post_subject_re
    if frame is None or k < 3:
        return None
    post = ctx.lex.title_re.match(ctx.text, j)
    if post is not None and ctx.text[post.end():post.end() + 1] not in _SUBJECT_POST_CLOSERS \
            and post.end() < len(ctx.text):
        return None
    m = frame.search(ctx.text, max(0, k - _SUBJECT_REACH), k)
    if m is None:
        return None
    gap = ctx.text[m.end(1):k]
    if gap and (m.group(1) in gap or ctx.lex.title_re.search(gap)):
        return None
    if not gap and post is not None and ctx.text[post.end():post.end() + 1] != "的":
        return None  # 某某同志任主任委员。 bare: pd98's gold gives the post to nobody
    known = ctx.known_ending(m.start())
    return (m.start() - len(known), m.start()) if known else None


def _new_name_before_post_verb(ctx: _Ctx, k: int) -> tuple[int, int] | None:
    """A name not found yet ending at ``k``, right before 任 and a post word
    (，李某任副组长): read with the verb, the post's reading backwards would
    take 任 as a third given character (李某任). The name must start at a
    strong frame (punctuation, a cue), as an untitled name does, and have no
    title word right before it (主任王某任组长 is read from 主任 forwards)."""
    hit = parse_name_before(ctx, k)
    if hit is None or _post_ends_at(ctx, hit[0]):
        return None
    if _left_score(ctx, hit[0]) < 2 and not ctx.lex.left_cues.before(ctx.text, hit[0]):
        return None
    return hit


def _known_list_before(ctx: _Ctx, i: int) -> list[tuple[int, int]]:
    """Names already found that a 、 list joins to the name at ``i``:
    副书记甲、乙任副组长 gives the post after 任 to 甲 as well as 乙."""
    out: list[tuple[int, int]] = []
    while i > 1 and ctx.text[i - 1] == "、" and (known := ctx.known_ending(i - 1)):
        i = i - 1 - len(known)
        out.append((i, i + len(known)))
    return out


#: a month written with a numeral (三月, 十二月's last two, 正月, 腊月, 元月): after a post
#: word it is the date of what follows, never a given name ending in 月 (framed_given_ends)
_MONTH = re.compile(r"[一二三四五六七八九十正腊冬元]月")


def _titled_name_at(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A name holding a body character (科, 处, 院: 蒋某兵, 王处某) right after a title.

    Those characters end bodies (科, 院) and are kept out of given names
    elsewhere; right after a post word, and ending at a strong cue (主持,
    讲话, 同志, punctuation), they are a name; a weak cue (向) will do when the
    name also opens a sentence elsewhere (组长杨再某向….杨再某指出). A given name that is a post
    (党委书记任组长) or reads as a post (任副组长) is none.
    """
    text, lex = ctx.text, ctx.lex
    slen = _surname_len(ctx, i)
    if not slen or not lex.titled_chars or lex.prefix_head_re.match(text, i + slen):
        return None
    for end in (i + slen + 2, i + slen + 1):
        given = text[i + slen:end]
        # 副书记彭某要主持: a two-character given name may end in 要 (framed_given_ends);
        # 支部书记彭第领学: a one-character given name may be such a character
        # (总理于3月28日, 于三月: a month is a date, no given name ending in 月)
        framed = given[-1:] in lex.framed_ends and (len(given) == 1 or len(given) == 2 and is_cjk(given[0])
                                                     and given[0] not in lex.bad and not _MONTH.fullmatch(given))
        if framed and len(given) == 2 and _stands_without_last(text, i, end):
            continue  # 书记王某要主持会议…王某指出: the name stands elsewhere without 要, a modal
        if end > len(text) or lex.titled_chars.isdisjoint(given) and not framed or given in lex.not_given:
            continue
        if not framed and not all(is_cjk(c) and (c not in lex.bad or c in lex.titled_chars) for c in given):
            continue
        if given[-1] in lex.titled_openers:
            continue  # 书记刘时，: 时 "when" closes the clause; only 张时某 is a name
        name = text[i:end]
        score = _right_score(ctx, end)
        if score == 1 and _opens_sentence_elsewhere(ctx, i, name):
            score = 2  # 组长杨再某向…。杨再某指出: the name opens a sentence too, so a weak cue ends it here
        if score < 2 or name in lex.stopwords or name[:2] in lex.stopwords \
                or common_word(name, 50, places=True) or not framed and common_word(given, 200):
            continue
        return i, end
    return None


def _rare_name_at(ctx: _Ctx, i: int, item_end: int | None = None,
                  after_post: bool = False) -> tuple[int, int] | None:
    """A name whose surname is in ``surnames_rare.txt`` (党, 代, 云), in a strong frame.

    Callers ask only where the frame already says a name stands (right after
    a post word, a later item of a titled 、 list, a closing credit). The name
    must end at punctuation or a cue of two or more characters (书记代某某主持)
    or fill its list item (、党某某、), and be no word or place (党建, 云南).
    ``after_post`` (right after a post word) lets a three-character name end
    at a one-character cue too (主任英某某就): the post already frames the
    start, and the word checks still refuse 党建工 or 英雄就.
    """
    text, lex = ctx.text, ctx.lex
    if text[i:i + 1] not in lex.rare_surnames or lex.prefix_head_re.match(text, i + 1):
        return None
    if lex.places.after(text, i, 2):
        return None  # 、东某某外长: a foreign state or place (countries.txt) opens the run, no name
    best = None
    for end in (i + 2, i + 3):
        if end > len(text):
            break
        name = text[i:end]
        if not _plausible(ctx, name, 1) or common_word(name[:2], 200, places=True) \
                or common_word(name[1:], 1000) or common_word(text[end - 1:end + 1], 500):
            continue
        if end == i + 3 and end != item_end and text[end - 1] in lex.light_verbs and _right_score(ctx, end - 1):
            continue  # 代表云某作交流发言: 作 is the light verb, no third character
        score = 3 if end == item_end else _right_score(ctx, end)
        if score == 1 and after_post and end == i + 3:
            score = 2  # 主任英某某就: a post and a cue frame a three-character name
        elif score == 1 and after_post and _opens_sentence_elsewhere(ctx, i, name):
            score = 3  # 书记时某以…。时某就…: the two characters open a sentence as its subject too
        elif score == 1 and after_post and lex.speech_re.match(text, end):
            score = 2  # 主任原某说: a post and a speech verb frame a two-character name
        if score >= 2 and (best is None or score > best[0]):
            best = (score, end)
    return (i, best[1]) if best else None


def _opens_sentence_elsewhere(ctx: _Ctx, i: int, name: str) -> bool:
    """Whether ``name`` also opens a sentence away from ``i``, before a cue.

    A rare-surname name after a post that ends at a one-character cue (书记时某以)
    reads as well as a post + 时 "when"; the same two characters standing as
    the subject of another sentence (。时某就…提出要求) say they are a name,
    which 书记时说 never does.
    """
    text = ctx.text
    k = text.find(name)
    while k != -1:
        if k != i and ctx.sentence_start(k) == k and k and _right_score(ctx, k + len(name)) >= 1:
            return True
        k = text.find(name, k + 1)
    return False


def _slot_name_item(ctx: _Ctx, i: int, item_end: int) -> tuple[int, int] | None:
    """A middle item of a 、 list of names whose family name no surname list
    holds (县领导甲、乙、宴某某、丙等出席: 宴 is a rare family name), as
    ``(start, end)``, or None.

    Callers ask only after two names of the list (a titled or grouped list);
    the item must fill its slot between two 、 with two or three name
    characters, be no word, place or stopword, and a name must follow the
    next 、, so that the list frames it on both sides.
    """
    text, lex = ctx.text, ctx.lex
    if not 2 <= item_end - i <= 3 or text[item_end:item_end + 1] != "、":
        return None
    item = text[i:item_end]
    if any(c in lex.bad for c in item) or item in lex.stopwords or item[:2] in lex.stopwords \
            or item[1:] in lex.not_given or common_word(item, 5, places=True) \
            or lex.prefix_head_re.match(text, i) or lex.determiners.after(text, i):
        return None
    if parse_name_at(ctx, item_end + 1, item_end=_ITEM_RUN.match(text, item_end + 1).end()) is None:
        return None
    return i, item_end


_ITEM_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]{0,6}")

#: what closes a titled list's item that fills its slot: the next 、, punctuation or 等
_SLOT_CLOSERS = frozenset("、，,。；;等")


def _slot_given_item(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A later item of a titled 、 list whose given name holds a character kept
    out of names elsewhere (``slot_given_chars``: 月 of 黄月某, 也 of 王也某), as
    ``(start, end)``, or None.

    Those characters are kept out because 月 ends dates and 也 is an adverb;
    here the post and the list already frame the start, so the item must fill
    its slot exactly: a surname and two given characters up to the next 、,
    punctuation or 等 (副主委甲、王也某、乙; 副主委甲、黄月某等进行交流), and be
    no word, stopword or post.
    """
    text, lex = ctx.text, ctx.lex
    slen = _surname_len(ctx, i)
    end = i + slen + 2
    if not slen or end >= len(text) or text[end] not in _SLOT_CLOSERS:
        return None
    given = text[i + slen:end]
    if lex.slot_given_chars.isdisjoint(given) \
            or not all(is_cjk(c) and (c not in lex.bad or c in lex.slot_given_chars) for c in given):
        return None
    name = text[i:end]
    if name in lex.stopwords or name[:2] in lex.stopwords or given in lex.not_given \
            or lex.prefix_head_re.match(text, i + slen) or common_word(name[:2], 500) or common_word(given, 200):
        return None
    return i, end


def _place_name_item(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A three-character name opening with a place (宁某某 where 宁某 is a city),
    as a later item of a titled 、 list: 书记甲、乙、宁某某参加.

    Place names are stopwords for names, so the list frame must say where the
    name ends: a 、 or punctuation right after it, or a cue of two or more
    characters (参加, 出席); the three characters are no word or place, and the
    last does not open a word with what follows (宁某港口).
    """
    text, lex = ctx.text, ctx.lex
    j = i + 3
    if j > len(text) or text[i] not in lex.surnames1 or text[i + 2] in lex.bad:
        return None
    head = word_freq().get(text[i:i + 2])
    if head is None or not head[1].startswith("ns") or word_freq().get(text[i:j]) is not None:
        return None
    if not (text[j:j + 1] in ("、", "，", ",", "。", "；", ";") or lex.right_cues.after(text, j, 2) >= 2):
        return None
    if common_word(text[j - 1:j + 1], 200, places=True):
        return None
    return i, j


#: the plural after 同志 (干警同志们): a group addressed, no name before it
_PLURAL = "们"


def _rare_name_before(ctx: _Ctx, j: int, short: bool = False) -> tuple[int, int] | None:
    """A name with a rare surname ending at ``j`` (before 同志), standing after
    punctuation or a left cue (会议由党某某同志主持). With ``short`` (before an
    anchor word such as 同志, which follows only a person) a surname and one
    given character too (由云某同志主持), unless 同志们 makes it a group
    (干警同志们); before a post word two characters are too weak a frame
    (对中国派特使 holds no 国派)."""
    text = ctx.text
    for n in ((3, 2) if short else (3,)):
        i = j - n
        if i < 0 or text[i] not in ctx.lex.rare_surnames:
            continue
        if n == 2 and text.startswith(_PLURAL, j + 2):
            continue
        if not ctx.lex.left_cues.before(text, i) and _left_score(ctx, i) < 3:
            continue  # 各部门负责同志: no frame opens a name at 门
        hit = _rare_name_at(ctx, i, item_end=j)
        if hit == (i, j):
            return hit
    return None
