"""People with their titles, roles and bodies, from a cleaned article body.

Meeting news names people almost always in a fixed frame: a title chain
before the name (党组书记、副主席崔某某同志), a title after it (刘某某院长),
同志 after it, a byline (记者 王某), or a 、 list after a shared title
(党组成员张某、李某). So a name is only taken where such a frame holds it, and
then every other occurrence of the same name in the article counts. Open name
tagging (jieba's ``nr``) is not used: it calls 向心力 and 慈善 names.

A name is a surname from ``surnames.txt`` plus one or two given characters.
How long it is comes from what follows it (``right_cues`` in
``person_cues.json``: 李某传达 is two characters, 陈某涛传达 three), and words
that merely start with a surname character (高度, 全体, 常务) are rejected by
``person_stopwords.txt`` and by the segmenter dictionary's word frequencies.
Foreign names are runs of transliteration characters (``translit_chars.txt``)
next to a post word such as 总统 or 总理, or parts joined by a middle dot
after a post; Japanese names start with a family name from
``japanese_surnames.txt`` where the sentence is about Japan. Two frames hold
untitled names: a Chinese name opening a sentence before a verb cue of two or
more characters (某某回答说), and a transliterated run opening a clause before
any cue.

Speed: every word list is looked up by its first or last character
(``_Words``), regexes are compiled once per lexicon, and sentence openings
are found by regexes that start with the stop character so the engine skips
from stop to stop.

All word lists are data files under ``resources/``; nothing here is tuned to
one article.
"""
from __future__ import annotations

import bisect
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from reportmine.extract.dictionary import word_freq
from reportmine.extract.numerals import NUMERAL_CHARS, middle_hedges
from reportmine.extract.organizations import MAX_PLACE_RUN, leading_place
from reportmine.record import Organization, Person
from reportmine.resources import load_json, load_lines, resource_dirs

_SENT_END = re.compile(r"[。！？；!?;\n]")
_CLAUSE_END = re.compile(r"[，,：:“”\"]")
_SEP = "·•・—-－"
_SEP_SET = frozenset(_SEP)
# patterns used inside loops, compiled here rather than looked up in re's cache
_MASK = re.compile(r"《[^《》\n]{0,80}》")
_BRACKET_SPLIT = re.compile(r"[、，,；;兼]")
_SAME_GROUP_GAP = re.compile(r"[，,、；;]|[，,]?[及和与]")
_BYLINE_GAP = re.compile(r"[ \t\u3000、,，]+")
_BARE_PART = re.compile(r"[\u4e00-\u9fff]{2,5}")
_CREDIT_SPLIT = re.compile(r"[、,，;；/\s]+")
_CREDIT_NAME = re.compile(r"[\u4e00-\u9fff·]{2,8}")
#: punctuation between two titles that ends a chain (党组成员、|副主任 goes on; ，ends it)
_CHAIN_BREAK = re.compile("[，,。；;！？\n]")
#: how far a post may stand from the 、 that chains it to the posts before:
#: a leading group's post carries a long body (党组书记、院长、院学习贯彻……主题教育领导小组组长)
_CHAIN_GAP = 40
#: A comma that a chain of two or more posts joined by 、 goes on past, straight
#: into the next post (党组成员、政治部主任，机关党委书记某某): one person's posts,
#: the comma a slip for 、; after a single post it may end an unnamed holder.
_CHAIN_COMMAS = ("，", ",")
_ORDINAL_UNIT = re.compile(
    r"(?:[省市县区州]委|[省市县区]纪委|[省市]法院|[省市]检察院)?"
    r"第[一二三四五六七八九十百\d]+[\u4e00-\u9fff]{0,4}?(?:党支部|党总支|党小组|督导组|指导组|巡视组|巡察组|检察部|支部|组)"
)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _alternation(words: list[str]) -> str:
    """A regex matching the longest of ``words``, built as a trie so that the
    engine tries one branch per character instead of every word in turn."""
    trie: dict = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # the longer continuation first, the word ending here as the fallback
        return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
    return body


class _Words:
    """A word list looked up at a position: the longest word starting (``after``)
    or ending (``before``) there. Words are indexed by their first and last
    character, so a position whose character starts or ends no word costs one
    dict look-up instead of one slice per word length."""

    __slots__ = ("words", "by_first", "by_last")

    def __init__(self, words) -> None:
        self.words = frozenset(w for w in words if w)
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for w in self.words:
            first.setdefault(w[0], set()).add(len(w))
            last.setdefault(w[-1], set()).add(len(w))
        self.by_first = {c: tuple(sorted(ns, reverse=True)) for c, ns in first.items()}
        self.by_last = {c: tuple(sorted(ns, reverse=True)) for c, ns in last.items()}

    def after(self, text: str, j: int, min_len: int = 1) -> int:
        """Length of the longest word starting at ``j`` (0 if none)."""
        lens = self.by_first.get(text[j:j + 1])
        if lens:
            words = self.words
            for n in lens:
                if n >= min_len and text[j:j + n] in words:
                    return n
        return 0

    def before(self, text: str, i: int) -> int:
        """Length of the longest word ending at ``i`` (0 if none)."""
        if i <= 0:
            return 0
        lens = self.by_last.get(text[i - 1])
        if lens:
            words = self.words
            for n in lens:
                if i - n >= 0 and text[i - n:i] in words:
                    return n
        return 0


@dataclass(frozen=True)
class _Offices:
    """Internal offices (教务处, 档案收编室, 护理部) written as part of a post.

    The lead's ruling, as the gold has it (检验科主任, 监察处处长, 第一检察部主任):
    an office that opens the mention stays in the title, while a chain that
    starts with an outside unit (省法院办公室信息科科长, 市纪委监委某某室主任)
    leaves the whole body to ``org`` and the post bare.
    """

    endings: _Words
    posts: frozenset[str]
    unit_words: tuple[str, ...]
    openers: _Words
    max_len: int
    place_firsts: frozenset[str] = frozenset()

    @classmethod
    def from_cues(cls, data: dict) -> "_Offices":
        return cls(endings=_Words(data["endings"]), posts=frozenset(data["posts"]),
                   unit_words=tuple(data["unit_words"]), openers=_Words(data["openers"]),
                   max_len=int(data.get("max_len", 8)), place_firsts=frozenset(data.get("place_firsts", "")))

    def start_before(self, text: str, j: int) -> int | None:
        """Start of an office name that ends at ``j`` and opens its mention, or None.

        The run goes back over CJK characters to the nearest punctuation (or the
        start of the text), then forward past the last opener word in it (由, 邀请);
        it must end with an office ending, hold one character or more before it,
        and no outside unit word may end two characters or more into it.
        """
        n = self.endings.before(text, j)
        if not n:
            return None
        i = j
        while i > 0 and j - i < self.max_len + 4 and _is_cjk(text[i - 1]):
            i -= 1
        if i > 0 and _is_cjk(text[i - 1]):
            return None  # no opening within reach
        k = i
        while k < j - n:
            m = self.openers.after(text, k)
            k = k + m if m else k + 1
            if m:
                i = k
        run = text[i:j]
        if not (n < len(run) <= self.max_len):
            return None
        body = run[:-n]
        if body[0] in self.place_firsts:
            return None  # 镇党群服务中心: a place's own body, an outside unit
        for p in range(len(body)):
            for w in self.unit_words:
                if p + len(w) >= 2 and body.startswith(w, p):
                    return None  # a unit of two characters or more, then the office: a chain
        return i


@dataclass(frozen=True)
class _Lexicon:
    surnames1: frozenset[str]
    surnames2: frozenset[str]
    title_re: re.Pattern[str]
    heads: frozenset[str]
    stopwords: frozenset[str]
    head_re: re.Pattern[str]
    head_firsts: frozenset[str]
    prefix_head_re: re.Pattern[str]
    prefixes: _Words
    quals: _Words
    right_cues: _Words
    left_cues: _Words
    bad: frozenset[str]
    not_given: frozenset[str]
    after_anchor_re: re.Pattern[str]
    honour_re: re.Pattern[str] | None
    before_anchor_re: re.Pattern[str]
    compounds: dict[str, tuple[str, ...]]
    post_skip: frozenset[str]
    not_mention: _Words
    speech_re: re.Pattern[str]
    credit_re: re.Pattern[str]
    short_credit_re: re.Pattern[str]
    credit_roles: dict[str, str]
    foreign_heads: frozenset[str]
    translit: frozenset[str]
    places: _Words
    jp_surnames: _Words
    foreign_not_before: _Words
    title_back_re: re.Pattern[str]
    subject_re: tuple[re.Pattern[str], re.Pattern[str]]
    clause_translit_re: tuple[re.Pattern[str], re.Pattern[str]]
    known_re: re.Pattern[str] | None
    role_re: re.Pattern[str]
    role_of: dict[str, str]
    rank_prefixes: tuple[str, ...]
    titled_chars: frozenset[str]
    titled_not_mention: tuple[str, ...]
    name_list_re: re.Pattern[str] | None
    rare_surnames: frozenset[str] = frozenset()
    group_re: re.Pattern[str] | None = None
    opening_quals: tuple[str, ...] = ()
    relieve_re: re.Pattern[str] | None = None
    #: verbs of taking a post (任, 兼任) that end a name before a post word
    post_verbs: _Words = field(default_factory=lambda: _Words(()))
    level_chars: frozenset[str] = frozenset()
    level_tails: _Words = field(default_factory=lambda: _Words(()))
    #: words that quantify a group (全体, 所有): after a surname character they open no given name
    determiners: _Words = field(default_factory=lambda: _Words(()))
    #: light verbs (作 of 作报告) that end a two-character name before a cue of their own
    light_verbs: frozenset[str] = frozenset()
    #: endings of foreign place names before a post word (巴基斯坦总理)
    place_endings: tuple[str, ...] = ()
    #: words that make a sentence about Japan (日本, 东京, 日方)
    japan_cues: tuple[str, ...] = ()
    #: internal offices whose posts keep the office in the title (教务处主任)
    offices: _Offices | None = None
    #: family names by their line in ``surnames.txt``, most frequent first
    surname_rank: dict[str, int] = field(default_factory=dict, compare=False, hash=False)
    #: _plausible answers by (name, surname length, soft): they depend on the
    #: lexicon alone, and the same candidates recur across articles
    plausible_memo: dict[tuple[str, int, bool], bool] = field(default_factory=dict, compare=False, hash=False)


def _role_pattern(cues: dict[str, str], not_before: dict[str, list[str]],
                  not_after: dict[str, list[str]]) -> re.Pattern[str]:
    parts = []
    for cue in sorted(cues, key=len, reverse=True):
        stop = not_before.get(cue)
        # one look-behind a word: Python's must each have a fixed width
        behind = "".join(f"(?<!{re.escape(w)})" for w in not_after.get(cue, ()))
        parts.append(behind + re.escape(cue) + (f"(?!{_alternation(stop)})" if stop else ""))
    return re.compile("|".join(parts))


def _opening_pair(stops: str, body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``body`` at the opening of a sentence or clause: after one of ``stops``
    (compiled with the stop first) and at the start of the text."""
    return re.compile(f"[{stops}]{_OPENING}{body}"), re.compile(f"{_OPENING}{body}")


def _lexicon() -> _Lexicon:
    """The lexicons in effect, rebuilt when the resource folders change
    (REPORTMINE_RESOURCES); edits inside the same folders need a new process."""
    return _lexicon_for_env(os.environ.get("REPORTMINE_RESOURCES", ""))


@lru_cache(maxsize=4)
def _lexicon_for_env(extra: str) -> _Lexicon:
    # keyed by the variable itself: resource_dirs() builds paths on every call
    return _lexicon_for(tuple(str(d) for d in resource_dirs()))


@lru_cache(maxsize=4)
def _lexicon_for(dirs: tuple[str, ...]) -> _Lexicon:
    cues = load_json("person_cues.json")
    surnames = load_lines("surnames.txt")
    heads = load_lines("person_titles.txt")
    prefixes = load_lines("person_title_prefixes.txt")
    quals = load_lines("person_title_quals.txt")
    title_re = re.compile(
        f"(?P<qual>(?:{_alternation(list(quals))})*)"
        f"(?P<prefix>(?:{_alternation(list(prefixes))})*)"
        f"(?P<head>{_alternation(list(heads))})"
    )
    # the reviewer labels and their roles are credit_words.json's, the list the page parser reads
    credit_roles = {**load_json("credit_words.json").get("reviewer_roles", {}), **cues["credit_labels"]}
    colon_labels = set(cues.get("colon_credit_labels", ()))
    # one-character labels (文, 摄, 图) and labels that are also common words (责任人)
    # only with a colon or slash and not inside a word
    # labels that are also verbs before an object (审阅台账) count only before a colon or a space
    spaced_labels = set(cues.get("spaced_credit_labels", ()))
    long_labels = [k for k in credit_roles if len(k) > 1 and k not in colon_labels | spaced_labels]
    short_labels = [k for k in credit_roles if len(k) == 1 or k in colon_labels]
    spaced = "|".join(re.escape(k) for k in sorted(spaced_labels & set(credit_roles), key=len, reverse=True))
    spaced_alt = f"|(?:{spaced})(?=[\\s:：/|])" if spaced else ""
    credit_re = re.compile(
        rf"(?P<label>{_alternation(long_labels)}{spaced_alt})\s*[:：/|]?\s*(?P<names>(?=[\u4e00-\u9fff]{{2}}))")
    short_credit_re = re.compile(
        rf"(?P<label>{_alternation(short_labels)})\s*[:：/|]\s*(?P<names>(?=[\u4e00-\u9fff]{{2}}))")
    role_data = load_json("person_roles.json")
    roles = role_data["cues"]
    return _Lexicon(
        surnames1=frozenset(s for s in surnames if len(s) == 1),
        surname_rank={name: i for i, name in reversed(list(enumerate(surnames)))},
        surnames2=frozenset(s for s in surnames if len(s) == 2),
        title_re=title_re,
        heads=frozenset(heads),
        stopwords=frozenset(w for w in load_lines("person_stopwords.txt") if len(w) >= 2),
        head_re=re.compile(_alternation(list(heads))),
        head_firsts=frozenset(h[0] for h in heads),
        prefix_head_re=re.compile(f"(?:{_alternation(list(prefixes))})*(?:{_alternation(list(heads))})"),
        prefixes=_Words(prefixes),
        quals=_Words(quals),
        right_cues=_Words(cues["right_cues"]),
        left_cues=_Words(cues["left_cues"]),
        bad=frozenset(cues["bad_name_chars"]),
        # a "given name" that is a form of address or a post (王同志, 李书记) is none
        not_given=frozenset(cues["after_name_anchors"]) | frozenset(h for h in heads if len(h) == 2),
        after_anchor_re=re.compile(_alternation(cues["after_name_anchors"])),
        honour_re=re.compile(f"等(?:{_alternation(cues['honour_words'])})[\u4e00-\u9fff]{{0,4}}?"
                             f"(?:{_alternation(cues['honour_heads'])})") if cues.get("honour_words") else None,
        before_anchor_re=re.compile(_alternation(cues["before_name_anchors"])),
        compounds={k: tuple(v) for k, v in cues["title_compounds"].items()},
        post_skip=frozenset(cues["post_name_skip"]),
        not_mention=_Words(cues["not_mention"]),
        speech_re=re.compile(_alternation(cues["speech_verbs"])),
        credit_re=credit_re,
        short_credit_re=short_credit_re,
        credit_roles=credit_roles,
        foreign_heads=frozenset(cues["foreign_title_heads"]),
        translit=frozenset("".join(load_lines("translit_chars.txt"))),
        places=_Words(load_lines("foreign_places.txt")),
        jp_surnames=_Words(load_lines("japanese_surnames.txt")),
        # a sentence opening that may hold a subject name: a family-name
        # character, one to four more, then a cue of two or more or a speech verb
        # prefixes, then qualifiers, read backwards from a post word: matched on
        # the reversed text, each repetition taking the longest word (as a loop
        # of longest look-ups would)
        title_back_re=re.compile(
            f"((?:{_alternation([w[::-1] for w in prefixes])})*)((?:{_alternation([w[::-1] for w in quals])})*)"),
        foreign_not_before=_Words(cues.get("foreign_not_before", ())),
        subject_re=_opening_pair(_SENTENCE_STOPS, "(?=["
            + "".join(sorted({re.escape(w[0]) for w in (*surnames, *load_lines("japanese_surnames.txt"))}))
            + "][\u4e00-\u9fff]{1,4}?(?:"
            + _alternation([c for c in cues["right_cues"] if len(c) >= 2] + list(cues["speech_verbs"])) + "))"),
        # a clause opening with three transliteration characters
        clause_translit_re=_opening_pair(_SENTENCE_STOPS + _CLAUSE_STOPS, "(?=[{0}][{0}{1}]{{2}})".format(
                "".join(sorted(re.escape(c) for c in set("".join(load_lines("translit_chars.txt"))))),
                re.escape(_SEP))),
        known_re=re.compile(_alternation(list(load_lines("known_people.txt")))) if load_lines("known_people.txt") else None,
        role_re=_role_pattern(roles, role_data.get("not_before", {}), role_data.get("not_after", {})),
        role_of=dict(roles),
        rank_prefixes=tuple(cues.get("rank_prefixes", ())),
        titled_chars=frozenset(cues.get("titled_name_chars", "")),
        titled_not_mention=tuple(cues.get("titled_not_mention", ())),
        # a clause opening with a 、 list of two or more short names before a list verb
        name_list_re=re.compile(
            "(?:^|(?<=[。！？；;，,：:\\n]))[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+(?="
            + _alternation(cues["list_verbs"]) + ")") if cues.get("list_verbs") else None,
        rare_surnames=frozenset(s for s in load_lines("surnames_rare.txt") if len(s) == 1),
        group_re=re.compile(_alternation(cues["group_words"])) if cues.get("group_words") else None,
        opening_quals=tuple(cues.get("opening_only_quals", ())),
        # 免去甲兼任的某某职务，乙的某某职务: a personnel notice's run of relieved holders
        post_verbs=_Words(cues.get("post_verbs", ())),
        level_chars=frozenset(cues.get("level_chars", "")),
        level_tails=_Words(cues.get("level_body_tails", ())),
        determiners=_Words(cues.get("group_determiners", ())),
        light_verbs=frozenset(cues.get("light_verbs", ())),
        place_endings=tuple(cues.get("foreign_place_endings", ())),
        japan_cues=tuple(cues.get("japan_cues", ())),
        offices=_Offices.from_cues(cues["office_bodies"]) if cues.get("office_bodies") else None,
        relieve_re=re.compile(f"(?:{_alternation(cues['relieve_verbs'])})([^。；;\n]{{4,300}})")
        if cues.get("relieve_verbs") else None,
    )


_NAMEISH_TAGS = ("nr", "ns", "nz", "nt")


def _common_word(word: str, threshold: int, places: bool = False) -> bool:
    """An ordinary dictionary word at least this frequent (with ``places``, place names too)."""
    if len(word) < 2:
        return False  # only words of 2+ characters are asked about
    hit = word_freq().get(word)
    if hit is None:
        return False
    freq, tag = hit
    if places and tag.startswith("ns"):
        return freq >= threshold
    return freq >= threshold and not tag.startswith(_NAMEISH_TAGS)


_MANNER_TAGS = frozenset(("a", "ad", "d"))


def _manner_word(word: str) -> bool:
    """An adjective or adverb of the dictionary (郑重, 庄严, 庄重).

    After a group anchor (党员) and before a verb (新党员郑重宣誓) such a word
    tells how the group acts; read as a name it would pass, since the verb is a
    strong cue that rescues ordinary words right after a title.
    """
    hit = word_freq().get(word)
    return hit is not None and hit[1] in _MANNER_TAGS and hit[0] >= 100


# ---------------------------------------------------------------------------
# name parsing


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
        if ch in _SEP and j < len(text) - 1 and _is_cjk(text[j + 1]):
            return 0  # 安德鲁·汤姆森: the name goes on
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
    return 0


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
    """A surname plus 1-2 given characters that is not an ordinary word.

    With ``soft=False`` only the hard rules apply (characters, stopwords), not
    the dictionary check, so that a strong cue after the name can rescue it
    (市委书记万里明强调).
    """
    memo = ctx.lex.plausible_memo
    key = (name, slen, soft)
    hit = memo.get(key)
    if hit is None:
        if len(memo) > 200_000:
            memo.clear()
        hit = memo[key] = _plausible_uncached(ctx.lex, name, slen, soft)
    return hit


def _plausible_uncached(lex: _Lexicon, name: str, slen: int, soft: bool) -> bool:
    given = name[slen:]
    if not 1 <= len(given) <= 2 or not all(_is_cjk(c) and c not in lex.bad for c in given):
        return False
    if name in lex.stopwords or name[:2] in lex.stopwords or name[:3] in lex.stopwords:
        return False
    if given in lex.not_given:
        return False
    if not soft:
        return True
    if len(name) == 2 and (_common_word(name, 60) or _common_word(name, 400, places=True)):
        return False
    if len(name) >= 3 and (_common_word(name[:2], 500) or _common_word(name, 1000, places=True)):
        return False
    return True


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
    """A transliterated run that is no place name and does not start or end with one."""
    text = ctx.text
    if ctx.lex.places.after(text, s) or ctx.lex.places.before(text, e):
        return False
    return not _common_word(text[s:e], 400, places=True)


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
    # 书记向市委汇报, 向市纪委: 市 opens a body; 向全体党员: 全体 opens a group; no given name
    if slen and not _level_body_at(ctx, i + slen) and not lex.determiners.after(text, i + slen):
        options = []
        for length in (slen + 1, slen + 2):
            end = i + length
            if end > len(text) or not _plausible(ctx, text[i:end], slen, soft=False):
                continue
            if length == slen + 2 and (_post_verb_len(ctx, end - 1) or _prefix_opens_post(ctx, end - 1)
                                       or text[end - 1] in lex.light_verbs and _right_score(ctx, end)):
                continue  # 林某任副组长: 任 is the verb before the post; 孙某副教授: 副 opens the rank;
                # 王某作报告: 作 is the verb before its object (报告, 动员讲话), itself a cue
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
                if len(options) == 2 and _common_word(text[i + slen + 1:i + slen + 3], 200):
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
    if text[i] in ctx.lex.translit:
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
    return len(name) - slen == 2 and not _common_word(name, 1000, places=True)


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
        if end > len(text) or not (_is_cjk(text[end - 1]) and text[end - 1] not in lex.bad):
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
        while k < len(text) and k - j < 7 and _is_cjk(text[k]):
            k += 1
        if j < k <= j + 6 and k < len(text) - 1 and text[k] in _DOTS and _is_cjk(text[k + 1]):
            # a part closed by the dot may hold any character (阿不都·某某)
            j, parts = k + 1, parts + 1
            continue
        k = j
        while k < len(text) and k - j < 7 and _is_cjk(text[k]) and text[k] not in bad:
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


def _four_char_end(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """End and right score of a four-character name at ``i`` ending at a cue, or None."""
    text, lex = ctx.text, ctx.lex
    end = i + 4
    if end > len(text):
        return None
    if not all(_is_cjk(c) and c not in lex.bad for c in text[i + 1:end]):
        return None
    score = _right_score(ctx, end)
    if score < 1 or text[i:end] in lex.stopwords or _common_word(text[i:end], 50, places=True) \
            or _common_word(text[i + 2:end], 500) or text[i + 2:end] in lex.not_given \
            or _common_word(text[end - 1:end + 1], 500) or _prefix_opens_post(ctx, end - 1):
        return None  # (the last two: 校长孙某某关于: the fourth character starts a word with the next;
        # 孙某某副教授: 副 opens the rank after the name)
    return end, score


def _post_ends_at(ctx: _Ctx, j: int) -> bool:
    """Whether a post word of two or more characters ends at ``j`` (主任, 院长).

    Why: a surname character that closes a post (任 of 主任) cannot also open
    the name after it; read backwards from 同志, 办公室主任王某同志 would
    otherwise give 任王某 rather than the titled 王某."""
    return any(ctx.text[j - n:j] in ctx.lex.heads for n in range(2, min(j, 4) + 1))


def parse_name_before(ctx: _Ctx, j: int, foreign: bool = False, strong: bool = False) -> tuple[int, int] | None:
    """The name ending at ``j`` (right before a post word or 同志), or None.

    ``strong`` (before 同志) accepts a three-character name whatever stands
    before it; before a post word it must start after punctuation or a cue.
    """
    text = ctx.text
    known = ctx.known_ending(j)
    if known:
        return j - len(known), j
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
        if not score and _common_word(text[i - 1:i + 1], 1000) and text[i - 1] not in _NUMERALS:
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
            if len(given) == 2 and _common_word(given, 1000):
                return None  # 有关负责同志
            return i, j
    return foreign_hit


# ---------------------------------------------------------------------------
# mentions


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
        if follow and text.startswith(follow, me):
            pos = ms + 1
            continue
        pos = me
        back = back_match(rtext, n - ms)
        qual_end = ms - (back.end(1) - back.start(1))
        start = qual_end - (back.end(2) - back.start(2))
        if start < qual_end:
            start = _trim_quals(ctx.lex, text, start, qual_end)
            start -= _opening_qual(lex, text, start)
            start = _repeated_qual(lex, text, start, qual_end)
            if text[start + 1:start + 2] == "委" and text[start] in lex.level_chars:
                start = _league_start(text, start)
        elif lex.offices is not None and head in lex.offices.posts:
            # 教务处主任: an office that opens the mention is the title's body
            office = lex.offices.start_before(text, start)
            if office is not None:
                start = office
                qual_end = ms - (back.end(1) - back.start(1))
                out.append(_Title(start, me, text[start:me], head, text[start:qual_end]))
                continue
        out.append(_Title(start, me, text[start:me], head, text[start:qual_end]))
    return out


def _league_start(text: str, start: int) -> int:
    """Where a title starts whose level committee (市委, 县委) at ``start`` is
    the Communist Youth League's: 团 or 共青团 right before it, or before a
    place that ends in its level (团市委书记, 团青石市委副书记, 共青团青石县委
    书记). The title keeps the league's body as written; without it the post
    reads as the party committee's (市委书记). 团 ending a word (集团, 代表团)
    opens no league body."""
    k = text.rfind("团", max(0, start - MAX_PLACE_RUN * 2 - 1), start)
    if k < 0 or k + 1 < start and leading_place(text[:start + 1], k + 1) != start + 1:
        return start
    if text[k - 2:k] == "共青":
        return k - 2
    if any(_common_word(text[k - n:k + 1], 1) for n in (1, 2) if k >= n):
        return start
    return k


def _opening_qual(lex: _Lexicon, text: str, start: int) -> int:
    """Length of a word (``opening_only_quals``: 机关) that joins a title's body
    only where it opens the mention: 机关党组书记某某 after punctuation, not
    县人大机关党组书记 (whose title stays 党组书记)."""
    for q in lex.opening_quals:
        k = start - len(q)
        if k >= 0 and text.startswith(q, k) and (k == 0 or not _is_cjk(text[k - 1])):
            return len(q)
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


_ITEM = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]{0,6}")


def _list_item_end(text: str, i: int) -> int:
    """End of the run of at most six CJK characters from ``i``."""
    return _ITEM.match(text, i).end()


def _chain_texts(text: str, chain: list[_Title]) -> list[str]:
    """Titles of a chain as written: after a 、 or 兼 the whole stretch up to the
    post word is the title (党组成员、监察处处长 -> 监察处处长)."""
    out = [chain[0].text]
    for prev, t in zip(chain, chain[1:]):
        start = prev.end + 1
        if t.start > start and t.end - start <= 12 and all(_is_cjk(c) for c in text[start:t.start]):
            out.append(text[start:t.end])
        else:
            out.append(t.text)
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
        hit = parse_name_before(ctx, m.start(), strong=True) or _name_after_bracket(ctx, m.end())
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


#: Numerals that close a frequent word with a surname after them (之一|张某).
_NUMERALS = frozenset("一二两三四五六七八九十")
_COUNT_TAIL = re.compile(r"(?:[两二三四五六七八九十几]|[2-9])[名位]?$")


#: A count that closes a list of names (甲和乙两位同志, 甲、乙等20位同志, 甲、乙、丙5名党员,
#: 甲、乙等几名党员): a group counted as people names its items as people, even
#: where the head (党员) holds no name alone. Group 1 is the head.
_LIST_COUNT = re.compile(r"等?(?:[两二三四五六七八九十几]|[2-9]|[1-9][0-9]{1,2})[名位](?=(同志|同学|党员))")


def _names_before_count(ctx: _Ctx, j: int) -> list[tuple[int, int]]:
    """The names of a 、/和 list ending at ``j`` (甲、乙和丙 before 三名), last first."""
    text = ctx.text
    out: list[tuple[int, int]] = []
    while True:
        hit = parse_name_before(ctx, j, foreign=True, strong=True)
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
    for t in titles:
        chain = pending + [t] if pending and (t.start - pending[-1].end <= _CHAIN_GAP and not _CHAIN_BREAK.search(
            text, pending[-1].end, t.start) or text[pending[-1].end:t.start] in _CHAIN_COMMAS) else [t]
        pending = []
        foreign = t.head in lex.foreign_heads
        pos = t.end
        while pos < len(text) and pos - t.end < 2 and text[pos] in (" ", "\u3000", "\xa0"):
            pos += 1
        first = parse_name_at(ctx, pos, foreign=foreign, item_end=None, wide=True)
        if first is None and t.head not in lex.post_skip:
            first = _titled_name_at(ctx, pos) or _rare_name_at(ctx, pos)
        elif first is not None and _right_score(ctx, first[1]) < 2:
            # 支部书记文某月同志: the plain reading stops before 月 at a weak end;
            # the titled reading runs on to the strong cue
            longer = _titled_name_at(ctx, pos)
            first = longer if longer and longer[1] > first[1] else first
        elif first is not None and first[1] - first[0] == 2 and lex.prefix_head_re.match(text, first[1] - 1):
            first = None  # 副书记任副组长: a surname character before a post (副组长), no name
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
            names = [first]
            end = first[1]
            while end < len(text) and text[end] == "、":
                item_end = _list_item_end(text, end + 1)
                nxt = parse_name_at(ctx, end + 1, foreign=foreign, item_end=item_end) \
                    or _rare_name_at(ctx, end + 1, item_end=item_end) \
                    or _place_name_item(ctx, end + 1)
                if nxt is None or lex.title_re.match(text, end + 1) or _right_score(ctx, nxt[1]) == 0:
                    break
                names.append(nxt)
                end = nxt[1]
            # the fullest body any title of the chain binds (县委副书记、县政府党组书记 -> 县政府党组)
            if len(chain) == 1:
                org = _org_for(ctx, t, org_ends) or None
            else:
                orgs = [o for o in (_org_for(ctx, c, org_ends) for c in chain) if o]
                org = max(orgs, key=len) if orgs else None
            if org is None and out and out[-1].org and ctx.sentence_start(out[-1].end) == ctx.sentence_start(t.start) \
                    and _SAME_GROUP_GAP.fullmatch(text[out[-1].end:chain[0].start]) \
                    and out[-1].org.endswith(chain[0].qual):
                # 督导组组长娄某，副组长王某，督导组成员孙某: one group
                org = out[-1].org
            written = _chain_texts(text, chain)
            for s, e in names:
                ctx.add_name(text[s:e])
                out.append(_Mention(s, e, list(written), org))
            carry = None
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
        count = _COUNT_TAIL.search(text, max(0, t.start - 3), t.start) if not t.qual else None
        if count is not None:
            # 甲、乙两名副县长: names listed before a count of a post hold no title
            listed = _names_before_count(ctx, count.start())
            if len(listed) >= 2:
                for s, e in listed:
                    ctx.add_name(text[s:e])
                    out.append(_Mention(s, e))
                continue
        # 某某任支部书记: a known name, then 任, holds the post after it, bodied or not
        named = _named_before_post_verb(ctx, t.start) if t.head not in lex.post_skip else None
        if named or t.head not in lex.post_skip and not t.qual:
            # 某校李某某校长说: a title between a name and a speech verb holds the name
            before = named or parse_name_before(
                ctx, t.start, foreign=foreign, strong=bool(lex.speech_re.match(text, t.end))) \
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
                carry = (m, t.end)
                continue
        if text[t.end:t.end + 1] in ("、", "兼"):
            pending = chain
        elif len(chain) >= 2 and text[t.end:t.end + 1] in _CHAIN_COMMAS:
            pending = chain  # 党组成员、政治部主任，机关党委书记某某: a chain of posts goes on past a comma
    return out


def _office_before_name(ctx: _Ctx, t: _Title, i: int) -> str:
    """The office written before a name whose post follows it (政教处某某主任
    -> 政教处), as the title's body; empty when the title has a body of its own
    or the run before the name is no office opening the mention."""
    offices = ctx.lex.offices
    if offices is None or t.qual or t.head not in offices.posts or t.text != t.text.lstrip():
        return ""
    k = offices.start_before(ctx.text, i)
    return ctx.text[k:i] if k is not None else ""


def _named_before_post_verb(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A name already found, then 任 or 兼任, right before the post word at ``j``.

    团委副书记林某任副组长: the post after 任 is 林某's too; read back from it
    without this, 林某任 would be a three-character name.
    """
    n = ctx.lex.post_verbs.before(ctx.text, j)
    known = ctx.known_ending(j - n) if n else None
    return (j - n - len(known), j - n) if known else None


def _known_list_before(ctx: _Ctx, i: int) -> list[tuple[int, int]]:
    """Names already found that a 、 list joins to the name at ``i``:
    副书记甲、乙任副组长 gives the post after 任 to 甲 as well as 乙."""
    out: list[tuple[int, int]] = []
    while i > 1 and ctx.text[i - 1] == "、" and (known := ctx.known_ending(i - 1)):
        i = i - 1 - len(known)
        out.append((i, i + len(known)))
    return out


def _word_name_after_body(ctx: _Ctx, t: _Title, org_ends: _OrgEnds) -> tuple[int, int] | None:
    """A three-character name whose given name is a word (张建设, 刘发展), between
    a body and its post: 督导组张建设组长、…, 督导组刘发展组长到会. The body
    before and a 、, 和 or strong cue after the post frame it on both sides."""
    text, i = ctx.text, t.start - 3
    if i < 1 or text[i] not in ctx.lex.surnames1 or i not in org_ends.by_end:
        return None
    if not _plausible(ctx, text[i:t.start], 1, soft=False):
        return None
    if text[t.end:t.end + 1] not in ("、", "和", "与", "，", ",") and ctx.lex.right_cues.after(text, t.end, 2) < 2:
        return None
    return i, t.start


def _titled_name_at(ctx: _Ctx, i: int) -> tuple[int, int] | None:
    """A name holding a body character (科, 处, 院: 蒋某兵, 王处某) right after a title.

    Those characters end bodies (科, 院) and are kept out of given names
    elsewhere; right after a post word, and ending at a strong cue (主持,
    讲话, 同志, punctuation), they are a name. A given name that is a post
    (党委书记任组长) or reads as a post (任副组长) is none.
    """
    text, lex = ctx.text, ctx.lex
    slen = _surname_len(ctx, i)
    if not slen or not lex.titled_chars or lex.prefix_head_re.match(text, i + slen):
        return None
    for end in (i + slen + 2, i + slen + 1):
        given = text[i + slen:end]
        if end > len(text) or lex.titled_chars.isdisjoint(given) or given in lex.not_given:
            continue
        if not all(_is_cjk(c) and (c not in lex.bad or c in lex.titled_chars) for c in given):
            continue
        name = text[i:end]
        if _right_score(ctx, end) < 2 or name in lex.stopwords or name[:2] in lex.stopwords \
                or _common_word(name, 50, places=True) or _common_word(given, 200):
            continue
        return i, end
    return None


def _rare_name_at(ctx: _Ctx, i: int, item_end: int | None = None) -> tuple[int, int] | None:
    """A name whose surname is in ``surnames_rare.txt`` (党, 代, 云), in a strong frame.

    Callers ask only where the frame already says a name stands (right after
    a post word, a later item of a titled 、 list, a closing credit). The name
    must end at punctuation or a cue of two or more characters (书记代某某主持)
    or fill its list item (、党某某、), and be no word or place (党建, 云南).
    """
    text, lex = ctx.text, ctx.lex
    if text[i:i + 1] not in lex.rare_surnames or lex.prefix_head_re.match(text, i + 1):
        return None
    best = None
    for end in (i + 2, i + 3):
        if end > len(text):
            break
        name = text[i:end]
        if not _plausible(ctx, name, 1) or _common_word(name[:2], 200, places=True) \
                or _common_word(name[1:], 1000) or _common_word(text[end - 1:end + 1], 500):
            continue
        score = 3 if end == item_end else _right_score(ctx, end)
        if score >= 2 and (best is None or score > best[0]):
            best = (score, end)
    return (i, best[1]) if best else None


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
    if _common_word(text[j - 1:j + 1], 200, places=True):
        return None
    return i, j


def _rare_name_before(ctx: _Ctx, j: int) -> tuple[int, int] | None:
    """A three-character name with a rare surname ending at ``j`` (before 同志),
    standing after punctuation or a left cue (会议由党某某同志主持)."""
    i = j - 3
    if i < 0 or ctx.text[i] not in ctx.lex.rare_surnames:
        return None
    if not ctx.lex.left_cues.before(ctx.text, i) and _left_score(ctx, i) < 3:
        return None  # 各部门负责同志: no frame opens a name at 门
    hit = _rare_name_at(ctx, i, item_end=j)
    return hit if hit == (i, j) else None


def _anchor_mentions(ctx: _Ctx) -> list[_Mention]:
    """Names held by 同志/先生 after them, 教授/烈士 before them, or a speech verb."""
    text, lex = ctx.text, ctx.lex
    out = []
    counted = set()
    for m in _LIST_COUNT.finditer(text):
        # 甲和乙两位同志, 甲、乙等几名党员: every name of the list before the count
        listed = _names_before_count(ctx, m.start())
        if len(listed) >= 2:  # (it stops at a masked name)
            out.extend(_Mention(s, e) for s, e in listed)
            counted.add(m.start(1))
    for m in lex.after_anchor_re.finditer(text):
        j = m.start()
        if j in counted:
            continue
        if text[j - 1:j] == "等":
            j -= 1  # 张某、李某等同志
        hit = parse_name_before(ctx, j, strong=True) or _rare_name_before(ctx, j)
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
        if hit and not _not_mention(ctx, *hit) and (_right_score(ctx, hit[1]) >= 1 or hit[1] - hit[0] >= 3):
            out.append(_Mention(*hit))
    for m in lex.speech_re.finditer(text):
        hit = parse_name_before(ctx, m.start())
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
            if not _not_mention(ctx, m.start(), m.end()):
                out.append(_Mention(m.start(), m.end()))
    ctx.add_mentions(out)
    return out


# the opening of a sentence or clause: a stop (or the very start of the text,
# where the stop is optional), spaces and opening quotes; the match ends where
# the first word starts. Starting with the stop as a character class lets the
# regex engine skip ahead to stops instead of trying every position.
_SENTENCE_STOPS = "。！？；!?;\\n"
_CLAUSE_STOPS = "，,：:"
_OPENING = "[ \\t\\u3000“\"「]*"


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


def _list_mentions(ctx: _Ctx) -> list[_Mention]:
    """Untitled names in a 、 list opening a clause before a list verb
    (会上，某某、某某作交流发言). Every item must be a known surname and one or
    two given characters that form no ordinary word, or a name already found
    (one with a title elsewhere); one bad item drops the list."""
    text, lex = ctx.text, ctx.lex
    if lex.name_list_re is None or "、" not in text:
        return []
    out = []
    for m in lex.name_list_re.finditer(text):
        found = []
        pos = m.start()
        for part in m.group(0).split("、"):
            s, e = pos, pos + len(part)
            pos = e + 1
            if not _untitled_name_ok(ctx, s, e):
                break
            found.append(_Mention(s, e))
        else:
            out.extend(found)
    ctx.add_mentions(out)
    return out


def _group_mentions(ctx: _Ctx, organizations: list[Organization]) -> list[_Mention]:
    """Untitled names right after a body or a group word (干部, 领导).

    ``县纪检组某某到会指导``, ``组织部干部某某出席``: one name must end at a
    cue of two or more characters or a speech verb; ``该院领导甲、乙、丙和……``:
    a 、 list of two or more, each item filled by a name, ends at punctuation
    or a cue. Every name must be a surname and no ordinary word.
    """
    text, lex = ctx.text, ctx.lex
    starts = {e for o in organizations for _, e in o.spans}
    if lex.group_re is not None:
        starts.update(m.end() for m in lex.group_re.finditer(text))
    out: list[_Mention] = []
    for p in sorted(starts):
        if p >= len(text) or not _surname_len(ctx, p) or lex.prefix_head_re.match(text, p):
            continue
        names = []
        pos = p
        titled_next = False  # the list goes on with a titled item (干部甲、镇纪委书记乙到会)
        while True:
            item_end = _list_item_end(text, pos)
            hit = parse_name_at(ctx, pos, item_end=item_end)
            rare = hit is None and bool(names)
            if rare:
                # 区领导甲、乙、明某某、丙: a later item may hold a rare surname
                hit = _rare_name_at(ctx, pos, item_end=item_end)
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
            if lex.right_cues.after(text, e, 2) < 2 and not lex.speech_re.match(text, e):
                continue
        elif _right_score(ctx, e) == 0:
            continue
        out.extend(_Mention(s, e) for s, e in names)
    ctx.add_mentions(out)
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
    a post word within its first ten characters, a name right after it."""
    run = _TITLED_ITEM.match(ctx.text, i)
    if run is None:
        return False
    return any(parse_name_at(ctx, m.end()) is not None
               for m in ctx.lex.head_re.finditer(ctx.text, i, run.end()))


def _untitled_name_ok(ctx: _Ctx, s: int, e: int) -> bool:
    """Whether ``text[s:e]``, standing with no title, is a name: one found already, or
    a surname and one or two given characters that are no word, place or theory name."""
    name = ctx.text[s:e]
    if name in ctx.names:
        return True
    slen = _surname_len(ctx, s)
    return bool(slen) and 1 <= e - s - slen <= 2 and _plausible(ctx, name, slen) \
        and not _common_word(name, 20, places=True) and not _not_mention(ctx, s, e)


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
            slen = _surname_len(ctx, s)
            if not slen or not _plausible(ctx, name, slen, soft=False):
                continue
            if not _masked(ctx, s, s + len(name)):
                ctx.add_name(name)
                out.append(_Mention(s, s + len(name)))
    return out


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
                and not _common_word(text[p:e], 50, places=True):
            out.append(_Mention(p, e))
            taken.add(p)
    for m in _openings(lex.subject_re, text):
        p = m.end()
        if p in taken:
            continue
        hit = parse_name_at(ctx, p, wide=True)
        if hit is None or _not_mention(ctx, *hit):
            continue
        s, e = hit
        if lex.right_cues.after(text, e, 2) < 2 and not lex.speech_re.match(text, e):
            continue
        if lex.prefix_head_re.match(text, e):
            continue  # 白宫发言人: a body before a post
        name = text[s:e]
        slen = _surname_len(ctx, s)
        known = word_freq().get(name) if len(name) >= 2 else None
        if known is not None and not known[1].startswith("nr"):
            continue
        if lex.jp_surnames.after(text, s) and _japan_context(ctx, s):
            pass
        elif slen and 1 <= e - s - slen <= 3:
            if not _plausible(ctx, name[:slen + 2], slen):
                continue
        elif not (e - s >= 3 and text[s] in lex.translit and _foreign_name_ok(ctx, s, e)):
            continue
        out.append(_Mention(s, e))
    ctx.add_mentions(out)
    return out


_BARE_ROLE = re.compile(r"(?:摄影|摄|供图|供稿|报道)$")
# the bare names may be followed by a bar and a labelled credit: （某某 || 责任编辑 某某）
# the writer's unit may open the bracket: （某县纪委宣教室 某某 某某）, glued to the
# name only before 供稿 (（第一党支部某某某供稿）), where the role marks where the name ends
# or stand before a colon: （某市妇联：某某）
_BARE_UNIT = r"[\u4e00-\u9fff]{1,14}(?:部|办|科|处|室|委|局|院|中心|站|所|组|队|社|联|会|总支)"
_BARE_CREDIT = re.compile(rf"[(（]\s*(?:{_BARE_UNIT}\s*[:：]\s*|{_BARE_UNIT}[ \t\u3000]+|{_BARE_UNIT}(?=[\u4e00-\u9fff]{{2,3}}供稿[)）]))?"
                          r"([\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,4}){0,3}|[\u4e00-\u9fff]{2,3}供稿)\s*"
                          r"(?:[|｜丨]{1,2}\s*(?P<rest>[^()（）\n|｜丨]{3,30}))?[)）][ \t\u3000]*")


# bare names closing the text after its last sentence, set apart by spaces
# (……整改工作。 某某 某某): the writers' byline
_TRAILING_NAMES = re.compile(r"(?<=[。！？”])[ \t\u3000]+([\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){0,3})\s*$")


def _trailing_byline(ctx: _Ctx) -> list[_Mention]:
    """Writers named bare at the very end of the text (……整改工作。 某某 某某).

    A lone token after a sentence may be a stray word, so every token must open
    with a surname and be no common word, and one must read as a plausible name;
    a given name holding a word character (某要党) passes beside it."""
    tail = ctx.text[-40:]
    m = _TRAILING_NAMES.search(tail)
    if m is None:
        return []
    base = len(ctx.text) - len(tail) + m.start(1)
    found, plausible = [], False
    for part in re.finditer(r"[\u4e00-\u9fff]+", m.group(1)):
        s, e = base + part.start(), base + part.end()
        slen = _surname_len(ctx, s)
        if not slen or _common_word(ctx.text[s:e], 50, places=True):
            return []  # 全面从严 治党: every token opens with a surname and is no word
        plausible = plausible or _plausible(ctx, ctx.text[s:e], slen)
        found.append(_Mention(s, e, roles=["作者"]))
    return found if plausible else []  # one token at least reads as a name


def _credit_mentions(ctx: _Ctx) -> list[_Mention]:
    """Bylines in the body (记者 王某, 编辑:李某) and a bare (某某) at the very end."""
    text, lex = ctx.text, ctx.lex
    out = []
    matches = list(lex.credit_re.finditer(text)) + [
        m for m in (lex.short_credit_re.finditer(text) if any(c in text for c in ":：/|") else ())
        if m.start() == 0 or not _is_cjk(text[m.start() - 1])]
    for m in matches:
        label = m.group("label")
        role = lex.credit_roles[label]
        pos = m.start("names")
        first = True
        while pos < len(text):
            item_end = _list_item_end(text, pos)
            label = lex.credit_re.search(text, pos + 2, item_end + 6) if item_end - pos > 3 else None
            if label is not None and label.start() < item_end:
                item_end = label.start()  # 供稿某某某编辑: the next label ends the name
            else:
                label = None
            hit = parse_name_at(ctx, pos, item_end=item_end) or _rare_name_at(ctx, pos, item_end=item_end)
            if (hit is None or _right_score(ctx, hit[1]) == 0) and not first:
                # later items of a byline list are names even with a rare surname
                # pos + n must stay inside the text: a short slice at the end
                # passed the character test and gave a span past the end
                hit = next(((pos, pos + n) for n in (3, 2)
                            if pos + n <= len(text)
                            and all(_is_cjk(c) and c not in ctx.lex.bad for c in text[pos:pos + n])
                            and _right_score(ctx, pos + n) >= 2
                            and text[pos:pos + n] not in ctx.lex.credit_roles
                            and not _common_word(text[pos:pos + n], 50, places=True)), None)
            if first and (hit is None or _right_score(ctx, hit[1]) == 0) and not label:
                joined = _joined_credit_names(ctx, pos, item_end)
                if joined:
                    out.extend(_Mention(s, e, roles=[role]) for s, e in joined)
                    break
            if hit is None or (_right_score(ctx, hit[1]) == 0 and not (label and hit[1] == item_end)):
                break
            first = False
            out.append(_Mention(*hit, roles=[role]))
            pos = hit[1]
            gap = _BYLINE_GAP.match(text[pos:pos + 4])
            if not gap:
                break
            pos += gap.end()
    # a bare (某某) or (某某、某某) closing the article or a paragraph, or right
    # after a dateline (新华社北京5月26日电（某某、某某）): the reporters
    for bare in (_BARE_CREDIT.finditer(text) if "（" in text or "(" in text else ()):
        after = text[bare.end():bare.end() + 1]
        before = text[:bare.start()].rstrip(" \t\u3000")[-1:]  # 本报讯 （某某）: spaces may stand between
        if not (after in ("", "\n") or before in ("电", "讯")):
            continue
        if bare.group("rest") and not lex.credit_re.match(text, bare.start("rest")):
            continue  # after a bar, only a labelled credit (责任编辑 某某) keeps the bracket a credit
        parts = list(_BARE_PART.finditer(bare.group(1)))
        found = []
        for part in parts:
            s, e = bare.start(1) + part.start(), bare.start(1) + part.end()
            if found and part is parts[-1] and _BARE_ROLE.fullmatch(part.group(0)):
                # （某某 供稿）, （某某 摄）: the role written apart after the names
                for f in found:
                    f.roles = [ctx.lex.credit_roles.get(part.group(0), "作者")]
                continue
            role = "作者"
            tail = _BARE_ROLE.search(text, s, e)
            if tail and tail.start() - s >= 2:
                e, role = tail.start(), ctx.lex.credit_roles.get(tail.group(0), "作者")
            slen = _surname_len(ctx, s)
            if not (slen and e - s <= 4 and _plausible(ctx, text[s:e], slen)) \
                    and _rare_name_at(ctx, s, item_end=e) != (s, e):
                break
            found.append(_Mention(s, e, roles=[role]))
        else:
            out.extend(found)
    out.extend(_trailing_byline(ctx))
    ctx.add_mentions(out)
    return out


_CREDIT_CLOSE = frozenset(")）]】\n")


def _joined_credit_names(ctx: _Ctx, i: int, j: int) -> list[tuple[int, int]] | None:
    """Two names written together as a whole credit: （记者周某伟李某）.

    The run from ``i`` to ``j`` must fill the credit up to its closing
    bracket or the line's end; ``split_joined_names`` says how it splits.
    """
    if j < len(ctx.text) and ctx.text[j] not in _CREDIT_CLOSE:
        return None
    k = _joined_split(ctx.lex, ctx.text[i:j])
    return [(i, i + k), (i + k, j)] if k else None


def _joined_split(lex: _Lexicon, run: str) -> int:
    """Where a run of 4 to 6 characters splits into two names, or 0.

    It must split into two names of two or three characters, each opening
    with a common family name; a split that leaves a part no name is no pair
    of names. Of two splits (龚某林陈某: 龚某|林陈某 or 龚某林|陈某) the one
    whose second name opens with the more frequent family name wins
    (``surnames.txt`` lists them by frequency). A run opening with a double
    family name (欧阳某某) is one name.
    """
    if not 4 <= len(run) <= 6 or run[:2] in lex.surnames2 or not all(_is_cjk(c) for c in run):
        return 0
    splits = [k for k in (2, 3) if 2 <= len(run) - k <= 3
              and run[0] in lex.surnames1 and run[k] in lex.surnames1 and run[k] not in lex.rare_surnames
              and _plausible_uncached(lex, run[:k], 1, True) and _plausible_uncached(lex, run[k:], 1, True)]
    if len(splits) == 2:
        rank = lex.surname_rank
        splits.sort(key=lambda k: rank.get(run[k], len(rank)))
    return splits[0] if splits else 0


def split_joined_names(run: str) -> list[str] | None:
    """Two names glued together in a credit (周某伟李某 -> 周某伟, 李某), or None.

    The credit parser asks this for a token too long, or too odd, to be one
    name, so that 记者周某伟李某 credits two writers (see ``_joined_split``).
    """
    k = _joined_split(_lexicon(), run)
    return [run[:k], run[k:]] if k else None


def _neighbour_mentions(ctx: _Ctx, mentions: list[_Mention]) -> list[_Mention]:
    """Untitled names joined by 、/和/与/及 to a name already found."""
    text = ctx.text
    taken = {(m.start, m.end) for m in mentions}
    out: list[_Mention] = []
    queue = list(mentions)
    while queue:
        m = queue.pop()
        if m.start >= 2 and text[m.start - 1] in "、和与及":
            hit = parse_name_before(ctx, m.start - 1)
            if hit and hit not in taken and _left_score(ctx, hit[0]) >= 1 and not _masked(ctx, *hit):
                taken.add(hit)
                new = _Mention(*hit)
                out.append(new)
                queue.append(new)
        if m.end < len(text) - 1 and text[m.end] in "、和与及":
            hit = parse_name_at(ctx, m.end + 1, item_end=_list_item_end(text, m.end + 1)
                                if text[m.end] == "、" else None)
            if hit and hit not in taken and not ctx.lex.title_re.match(text, m.end + 1) \
                    and _right_score(ctx, hit[1]) >= 1 and not _not_mention(ctx, *hit):
                taken.add(hit)
                new = _Mention(*hit)
                out.append(new)
                queue.append(new)
    ctx.add_mentions(out)
    return out


_GAP_SPLIT = re.compile(r"[、，,\s]+|以及|及|和|与")


def _passes(ctx: _Ctx, gap: str) -> bool:
    """Whether a role cue after the next name still belongs to this one too:
    only punctuation and titles stand between them (组长娄某，副组长王某……到会督导)."""
    for piece in _GAP_SPLIT.split(gap):
        if not piece or piece in ("同志", "等"):
            continue
        group = ctx.lex.group_re
        if group is not None and len(piece) <= 24 and any(
                m.end() == len(piece) for m in group.finditer(piece)):
            continue  # 区委组织部干部: a group word stands where a title would
        if len(piece) > 24 or not any(ctx.lex.prefix_head_re.fullmatch(piece, len(piece) - n)
                                      for n in range(1, min(len(piece), 8) + 1)):
            return False
    return True


def _roles(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """Give each mention the role cues after it, up to the next named person.

    ``mentions`` are sorted by start. Names in one list or title run share the
    cue that follows the whole run (A、B到会督导, 组长甲，副组长乙到会督导): the
    cue is looked for after the mention and, while only punctuation and titles
    separate it from the next names, after those too; the cues taken run to
    the end of the first cue's clause.
    """
    text, lex = ctx.text, ctx.lex
    for k, m in enumerate(mentions):
        sent = _SENT_END.search(text, m.end)
        sent_end = sent.start() if sent else len(text)
        pos, j = m.end, k + 1
        cue = None
        while True:
            while j < len(mentions) and mentions[j].start < pos:
                j += 1
            nxt = mentions[j].start if j < len(mentions) and mentions[j].start < sent_end else sent_end
            cue = lex.role_re.search(text, pos, nxt)
            if cue is not None or nxt == sent_end or not _passes(ctx, text[pos:nxt]):
                break
            pos = mentions[j].end
            j += 1
        if cue is None:
            continue
        comma = _CLAUSE_END.search(text, cue.start(), nxt)
        stop = comma.start() if comma else nxt
        while cue is not None and cue.start() < stop:
            role = lex.role_of[cue.group(0)]
            if role not in m.roles:
                m.roles.append(role)
            cue = lex.role_re.search(text, cue.end(), stop)


_ELECTED = re.compile(r"当选(?:为)?")
# a body word between 当选为 and the post (村 of 村党支部书记); a term word (下届,
# 新一届) makes the post one still to be taken, no title the person holds
_BODY_GAP = re.compile(r"(?:(?!届)[\u4e00-\u9fff])*")


def _elected_titles(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """甲、乙当选为副主席: the post a vote gives is a title of every name before 当选.

    The post must close its clause (当选为主席，), so that 当选为新一届……代表
    or a post that is only the start of a longer phrase gives nothing.
    """
    text = ctx.text
    if "当选" not in text:
        return  # str search first: the title scan runs only where a vote is told
    by_end = {m.end: m for m in mentions}
    starts = _titles(ctx)  # (already scanned for the title mentions)
    for m in _ELECTED.finditer(text):
        if m.start() not in by_end:
            continue
        # the first post after 当选为, a body word or two before it allowed (当选为村党支部书记)
        post = next((t for t in starts if m.end() <= t.start <= m.end() + 8), None)
        if post is None or _right_score(ctx, post.end) < 3 or not _BODY_GAP.fullmatch(text, m.end(), post.start):
            continue
        j = m.start()
        while (hit := by_end.get(j)) is not None:
            _add_title(hit.titles, text[post.start:post.end])
            if text[hit.start - 1:hit.start] != "、":
                break
            j = hit.start - 1


def _inside_word(text: str, s: int, e: int) -> bool:
    """A two-character name seen inside an ordinary word (高明 in 提高明显)."""
    if e - s != 2:
        return False
    return (s > 0 and _common_word(text[s - 1:s + 1], 100)) or (
        e < len(text) and _common_word(text[e - 1:e + 1], 100))


def _add_title(titles: list[str], new: str) -> None:
    for k, old in enumerate(titles):
        if new in old:
            return
        if old in new:
            titles[k] = new
            return
    titles.append(new)


def extract_people(text: str, organizations: list[Organization] | None = None) -> list[Person]:
    """Every named person in ``text`` with titles, roles, org, count and spans.

    ``organizations`` (from the organization extractor) lets a titled person
    be bound to the body written before the title.
    """
    lex = _lexicon()
    ctx = _Ctx(text=text, lex=lex, masked=_mask_regions(text),
               has_dots=any(d in text for d in _DOTS))
    mentions = _credit_mentions(ctx)
    mentions += _anchor_mentions(ctx)
    mentions += _title_mentions(ctx, organizations or [])
    mentions += _subject_mentions(ctx)
    mentions += _relieved_mentions(ctx)
    mentions += _list_mentions(ctx)
    mentions += _group_mentions(ctx, organizations or [])
    mentions += _department_mentions(ctx)
    mentions += _neighbour_mentions(ctx, mentions)
    by_span: dict[tuple[int, int], _Mention] = {}
    hedges = middle_hedges()
    for m in mentions:
        if m.start and text[m.start] in hedges and text[m.start - 1] in NUMERAL_CHARS:
            continue  # 80余人赴: a count's hedge after its numeral, not the surname 余
        if (m.start, m.end) in by_span:
            old = by_span[(m.start, m.end)]
            for t in m.titles:
                _add_title(old.titles, t)
            old.roles.extend(r for r in m.roles if r not in old.roles)
            old.org = old.org or m.org
        else:
            by_span[(m.start, m.end)] = m
    # drop mentions inside a longer one (a 2-character guess inside a 3-character name)
    spans = sorted(by_span, key=lambda se: (se[0], -(se[1] - se[0])))
    kept: list[_Mention] = []
    last_end = -1
    for s, e in spans:
        if s < last_end:
            continue
        kept.append(by_span[(s, e)])
        last_end = e
    # every other occurrence of a found name is a mention too
    names = {text[m.start:m.end] for m in kept}
    if names:
        occupied = bytearray(len(text) + 1)
        for m in kept:
            occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        for name in sorted(names, key=len, reverse=True):
            s = text.find(name)
            while s != -1:
                e = s + len(name)
                if not any(occupied[s:e]) and not _not_mention(ctx, s, e) and not _inside_word(text, s, e):
                    kept.append(_Mention(s, e))
                    occupied[s:e] = b"\x01" * (e - s)
                s = text.find(name, e)
    kept.sort(key=lambda m: m.start)
    _elected_titles(ctx, kept)
    _roles(ctx, kept)
    people: dict[str, Person] = {}
    for m in kept:
        name = text[m.start:m.end]
        person = people.get(name)
        if person is None:
            person = people[name] = Person(name=name, count=0, method="rule")
        person.count += 1
        person.spans.append((m.start, m.end))
        for t in m.titles:
            _add_title(person.titles, t)
        for r in m.roles:
            if r not in person.roles:
                person.roles.append(r)
        person.org = person.org or m.org
    return list(people.values())


_CREDIT_NOT_NAME = re.compile(
    r"(?:[部办科处委局院室站社网报台组队]|中心|协会|学会)$|^(?:本报|本网|本台|记者|通讯员|特约|见习|实习|供稿|来源)")


def credit_people(author: str | None, editor: str | None, photographers: list[str] | None = None,
                  reviewers: list[str] | None = None) -> list[Person]:
    """People named only in the header credits (作者, 编辑) or on credit lines out of the body (摄影, 审核).

    A credit field may also name a desk, unit or site (宣传部 欧阳某, 某禾健康):
    only tokens that read as a personal name (2-3 characters, or 4 after a
    compound surname, not ending like a body) are people.
    """
    out = []
    seen = set()
    surnames2 = _lexicon().surnames2
    for value, role in ((author, "作者"), (editor, "编辑"), ("、".join(photographers or ()), "摄影"),
                        ("、".join(reviewers or ()), "审核")):
        for name in _CREDIT_SPLIT.split(value or ""):
            if not _CREDIT_NAME.fullmatch(name) or _CREDIT_NOT_NAME.search(name):
                continue
            if len(name) > 4 and "·" not in name:
                continue
            if len(name) == 4 and "·" not in name and name[:2] not in surnames2:
                continue  # 作者:某禾健康: a four-character credit is a site or brand unless 欧阳某某
            if name not in seen:
                seen.add(name)
                out.append(Person(name=name, roles=[role], count=0, method="rule"))
    return out
