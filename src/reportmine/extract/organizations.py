"""Named organizations and bodies, by the fullest form the text writes.

Why a suffix lexicon rather than a model: organization names in this genre are
built from a small set of endings (党支部, 党组, 督导组, 检察院, 局 ...) preceded
by a qualifier (a place, a parent body, an ordinal, a campaign name). So we
find every ending, then extend leftwards over name characters until a stop
word (召开, 根据, 的, a title, punctuation), skipping whole over known parts of
names (other endings, 党史学习教育, 中国共产党) so that 省纪委监委驻省人大机关纪检
监察组 comes out whole. A suffix with no qualifier left (各党支部, 支部) is a
generic word, not a name. Text inside 《》 and quotes is masked first, so
documents and slogans yield nothing.

All word lists are data files under ``resources/`` (see their headers):
org_suffixes.tsv, org_known.txt, admin_prefixes.txt, org_dept_stems.txt,
org_generic.txt, org_generic_names.txt, org_not_suffix.txt, org_stops.txt,
org_verbs.txt (verbs from jieba's dictionary), org_protected.txt,
org_not_followed.txt, org_joined_suffixes.txt, org_generic_heads.txt,
org_venues.tsv, org_venue_rooms.txt, org_place_names.txt (Chinese places a
stop word would cut: 于都, 包头), and
foreign_places.txt (shared with people.py).

Rules that keep names whole on unseen articles (each with table tests):

- Stops come in two strengths. org_stops.txt (prepositions, titles, curated
  verbs) always ends a name; a dictionary verb from org_verbs.txt is read
  through when a place opens the head it leads to (县防范化解重大风险工作
  领导小组) and cuts the name otherwise (深入县自然资源局).
- A chain of place names (宁川市江北区桂园街道党工委) is longer than the run of
  unknown characters allowed elsewhere: each administrative level character
  (市, 区, 街道 ...) closes one place segment.
- A department stem goes with a one-character ending (动力保障部党支部,
  纳税服务科); 所, 司 and 庭 need such a stem (司法所, 管理司, 立案庭).
- A foreign country opens a name: nothing before it joins (以色列政府), and it
  joins a whole name after it (美国国务院).
- 与/和 joins two fields inside a school-type name (科学与技术学院), never two
  bodies (医院党委与护理学院党委).
- An unknown place name of 1-4 characters before a level word (省 市 县 区
  旗 州 盟 镇 乡 村 街道 社区) is re-read after the extension (_place_start):
  a stop character inside it no longer cuts it (和平里社区党支部, 芦溪县里仁
  镇党委, 和兴街道向阳里社区党委), and a verb read in is given back (深入学习
  |市委). Whether a run opens a place is decided by jieba's dictionary tags
  (verbs, prepositions, conjunctions, pronouns, numerals, localizers refused),
  read lazily from the installed package. A place closed by a level opens a
  局/厂 name as an administrative prefix does (桐林市人社局).
- The bodies listed right before a joint party body's ending (联合党委,
  联合党支部) are its members and part of its name (物理学院、化学学院联合
  党委); a federation (联合会) takes none.
- A title-like 长 after a known part is no post when a place follows
  (中国科学院|长沙分院).

Known limits: a verb that is in no stop list and stands right before a
place-led name joins it (深查细照县政府党组); bodies written without any
listed ending and not in org_known.txt (紫禁城, 联邦快递) are not found; a
place name that opens with a word jieba tags a verb (为民社区, 安定区) or
holds a conjunction after its first word (上和村) is cut at the level word;
a place without a level word (和平里网格党小组) is not read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from reportmine.extract.dictionary import word_tags
from reportmine.record import Organization, Span
from reportmine.resources import load_lines, load_table

#: Longest name we build, in characters (long group names run to ~25).
MAX_NAME = 34
#: Longest run of unknown characters in a name between known parts (a place
#: name, a stem like 粮油储备购销); longer runs are taken for prose.
MAX_FREE = 7

_MASK = "\x00"
_QUOTED = re.compile(r"《[^《》\n]{0,120}》|“[^“”\n]{0,120}”|「[^「」\n]{0,120}」|\"[^\"\n]{0,120}\"")
_NUMERAL = "一二三四五六七八九十百零〇两0123456789"
_TERM = re.compile(f"^[{_NUMERAL}]+届")
_ORDINAL_HEAD = re.compile(f"第[{_NUMERAL}]+")
_COORD = "、和及与"
#: A numbered school's short ending (东营市一中, 县二中), matched apart from the
#: other endings so that a longer word it opens (第一中学, 一中心, 一中队,
#: 统一中央, 统一中国) keeps its own ending (中学) or none.
_NUMBERED_SCHOOL = re.compile("[一二三四五六七八九十]中")
_NUMBERED_SCHOOL_NOT_BEFORE = "(?![学心队央国华])"
_MEASURE = "家个名位支所座项批类次期轮届"
#: A count or a session's ordinal before an ending (三所中小学, 第3次党支部书记
#: 例会, 首期党支部书记培训班, 两大中心工作): it names no body.
_COUNTED = re.compile(f"(?:第?[{_NUMERAL}]+|首)[次期轮届批]|[{_NUMERAL}]+[{_MEASURE}]|[{_NUMERAL}]+大$")
#: A measure word right after digits that cut the extension (2023年党支部
#: 工作要点, 第2次党支部): the qualifier's first character counts, names nothing.
_MEASURE_AFTER_DIGIT = re.compile(f"[{_MEASURE}]|年(?!级)|年度")
#: A session or congress inside a name (十三届二次会议秘书处): skipped whole.
#: Characters that close a place segment (江北区, 桂园街道): crossing one
#: leftwards starts a new segment for the MAX_FREE count. A closed set of
#: administrative levels, so kept here rather than in a resource file.
_PLACE_LEVELS = frozenset("省市县区州旗盟镇乡道")
#: Joiners allowed inside a field name before a school-type ending (org_joined_suffixes.txt).
_FIELD_JOINERS = "与和"
#: Longest head read past dictionary verbs (县乡村振兴, 县防范化解重大风险), and
#: how many verbs it may hold.
MAX_THROUGH = 10
MAX_VERBS = 3
#: Longest place segment (before its level character) that the reset allows.
MAX_PLACE = 5
#: The ending of a system of organs (检察机关, 政法机关): a generic name of
#: org_generic_names.txt ending in it stays generic after a place (市检察机关).
_SYSTEM_ENDING = "机关"
_SESSION = re.compile(f"(?:[{_NUMERAL}]+届)?(?:[{_NUMERAL}]+[次中])?(?:全体会议|全会|会议|代表大会)$|[{_NUMERAL}]+届$")


class _WordSet:
    """A set of words answering "which word ends at position i?" quickly.

    Indexed by last character, so a position whose character ends no word
    costs one dict lookup (this runs for every character of every name).
    """

    __slots__ = ("words", "by_last")

    def __init__(self, words: set[str] | frozenset[str]) -> None:
        self.words = frozenset(w for w in words if w)
        by_last: dict[str, set[int]] = {}
        for w in self.words:
            by_last.setdefault(w[-1], set()).add(len(w))
        self.by_last = {ch: tuple(sorted(ks, reverse=True)) for ch, ks in by_last.items()}

    def ending(self, text: str, i: int) -> int:
        """Length of the longest word ending at ``i`` (0 if none)."""
        if i <= 0:
            return 0
        lengths = self.by_last.get(text[i - 1])
        if lengths:
            for k in lengths:
                if k <= i and text[i - k:i] in self.words:
                    return k
        return 0


@dataclass(frozen=True)
class _Lexicon:
    suffix_re: re.Pattern[str]
    info: dict[str, tuple[str, str]]  # suffix -> (kind, needs)
    known: frozenset[str]  # whole names that take no qualifier (国务院)
    whole: frozenset[str]  # endings that name a body alone (县委, 文联, 国务院)
    jump: _WordSet
    stops: _WordSet
    hard: frozenset[str]  # org_stops.txt
    soft: frozenset[str]  # dictionary verbs (org_verbs.txt) not in org_stops.txt: a name may hold one
    stems: _WordSet
    chain: _WordSet  # endings that may head a longer name (大学党委|常委会)
    generic_re: re.Pattern[str]  # leading generic words and terms
    generic_names: frozenset[str]
    generic_heads: frozenset[str]  # org_generic_heads.txt
    generic_words: tuple[str, ...]  # org_generic.txt, for "is a generic word right before?"
    admin_re: re.Pattern[str]
    admin_long: tuple[str, ...]  # admin prefixes of 2+ characters
    not_suffix: frozenset[str]
    #: endings that a not_suffix word holds with one or two characters before
    #: it or one after it (部 in 干部, 部分, 室 in 会议室); every ending when the list holds a word
    #: of one character or an ending itself (then slices at the text's edges count)
    clashing: frozenset[str]
    places: frozenset[str]  # foreign places that begin a name
    towns: frozenset[str]  # org_place_names.txt: Chinese places a stop would cut (包头, 于都)
    single_verbs: frozenset[str]  # one-character verbs that cut before a body (作, 报, 住)
    single: frozenset[str]  # one-character endings (部, 局, 所) that a department stem may precede
    joined_re: re.Pattern[str]  # 科学与技术学院: a field joined by 与/和 before a school-type ending
    not_followed: tuple[str, ...]  # 工作条例: the ending before it is a generic word in a rule's name
    venues: tuple[str, ...]  # org_venues.tsv "always": 会议中心, a building
    room_venues: tuple[str, ...]  # org_venues.tsv "room": 交流中心 before a room is a building
    room_re: re.Pattern[str]  # org_venue_rooms.txt, maybe after a floor (三楼报告厅)
    campaigns: frozenset[str]  # org_campaigns.txt: a branch qualified by one alone is none
    group_verb_re: re.Pattern[str]  # 巡察组|巡察: a group's ending, then the verb of its work
    system_names: tuple[str, ...]  # generic names ending in 机关 (检察机关): a place before one names no body
    bare_types: frozenset[str]  # org_bare_types.txt: kinds of place a determiner counts (各小区党支部)


def _suffix_pattern(info: dict[str, tuple[str, str]]) -> str:
    """The regex of all endings; numbered schools' short endings (一中) only
    where no longer word goes on (see _NUMBERED_SCHOOL)."""
    schools = [w for w in info if _NUMBERED_SCHOOL.fullmatch(w)]
    rest = _trie_regex(sorted(w for w in info if not _NUMBERED_SCHOOL.fullmatch(w)))
    return f"(?:{'|'.join(schools)}){_NUMBERED_SCHOOL_NOT_BEFORE}|{rest}" if schools else rest


def _trie_regex(words: list[str]) -> str:
    """One regex for many words, factored by shared prefixes (fast in ``re``)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # Greedy optional keeps the longest word when a shorter one is a prefix.
        return f"(?:{body})?" if end else body

    return build(trie)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    info: dict[str, tuple[str, str]] = {}
    for row in load_table("org_suffixes.tsv"):
        info[row["suffix"]] = (row.get("kind") or "other", row.get("needs") or "qualifier")
    _add_numbered_groups(info)
    known = set()
    for row in load_table("org_known.txt"):
        info[row["name"]] = (row.get("kind") or "other", "none")
        known.add(row["name"])
    hard = set(load_lines("org_stops.txt"))
    stops = hard | set(load_lines("org_verbs.txt"))
    stems = set(load_lines("org_dept_stems.txt"))
    protected = set(load_lines("org_protected.txt"))
    # A stem that is also a verb (保障, 生产) is skipped only right before a
    # one-character ending (动力保障部), never elsewhere (以纪律保障医院发展).
    # Country names are read whole: a stop character inside one (斯里兰卡, 以色列)
    # must not cut 斯里兰卡议会 or 以色列政府.
    places = {w for w in load_lines("foreign_places.txt") if len(w) > 1}
    towns = frozenset(load_lines("org_place_names.txt"))
    jump = set(w for w in info if len(w) > 1) | protected | places | towns | \
        {s for s in stems if s not in stops or s in protected}
    # a country opens the name: nothing before it joins (以色列政府, not 谴责以色列政府)
    places -= jump - places
    generic = sorted(load_lines("org_generic.txt"), key=len, reverse=True)
    admin = sorted(load_lines("admin_prefixes.txt"), key=len, reverse=True)
    not_suffix = frozenset(load_lines("org_not_suffix.txt"))
    return _Lexicon(
        suffix_re=re.compile(_suffix_pattern(info)),
        info=info,
        known=frozenset(known),
        whole=frozenset(w for w, (_, needs) in info.items() if needs == "none"),
        jump=_WordSet(jump),
        stops=_WordSet(stops),
        soft=frozenset(stops - hard),
        hard=frozenset(hard),
        stems=_WordSet(stems),
        chain=_WordSet({w for w, (_, needs) in info.items() if len(w) > 1 and needs not in ("prefix", "stem")}),
        generic_re=re.compile("^(?:" + "|".join(map(re.escape, generic)) + f"|[{_NUMERAL}]+届)+"),
        generic_names=frozenset(load_lines("org_generic_names.txt")),
        generic_words=tuple(generic),
        generic_heads=frozenset(load_lines("org_generic_heads.txt")),
        admin_re=re.compile("(?:" + "|".join(map(re.escape, admin)) + ")"),  # use with .match
        admin_long=tuple(a for a in admin if len(a) > 1),
        not_suffix=not_suffix,
        clashing=frozenset(info) if any(len(w) == 1 or w in info for w in not_suffix)
        else frozenset({w[k:] for w in not_suffix for k in (1, 2)} | {w[:-1] for w in not_suffix})
        & frozenset(info),
        places=frozenset(places),
        towns=towns,
        single_verbs=frozenset(w for w in load_lines("org_single_verbs.txt") if len(w) == 1),
        single=frozenset(w for w in info if len(w) == 1),
        joined_re=re.compile("[\u4e00-\u9fff]{1,5}?(?:" + "|".join(
            map(re.escape, sorted(load_lines("org_joined_suffixes.txt"), key=len, reverse=True))) + ")"),
        not_followed=tuple(sorted(load_lines("org_not_followed.txt"), key=len, reverse=True)),
        venues=tuple(r["ending"] for r in load_table("org_venues.tsv") if r.get("when") == "always"),
        room_venues=tuple(r["ending"] for r in load_table("org_venues.tsv") if r.get("when") == "room"),
        campaigns=frozenset(load_lines("org_campaigns.txt")),
        system_names=tuple(w for w in load_lines("org_generic_names.txt") if w.endswith(_SYSTEM_ENDING)),
        group_verb_re=_group_verb_re(info),
        bare_types=frozenset(load_lines("org_bare_types.txt")),
        room_re=re.compile(f"(?:[{_NUMERAL}]+[楼层])?(?:" + "|".join(
            map(re.escape, sorted(load_lines("org_venue_rooms.txt"), key=len, reverse=True))) + ")"),
    )


#: Chinese numerals that number the groups of one round (巡视六组, 巡察十二组).
_GROUP_NUMBERS = tuple("一二三四五六七八九十") + tuple("十" + n for n in "一二三四五六七八九")


def _add_numbered_groups(info: dict[str, tuple[str, str]]) -> None:
    """Give every three-character group ending (巡视组, 巡察组, 督察组) its
    numbered forms (巡视六组, 巡察三组): the number sits inside the ending, so
    without them 省委巡视六组 is cut back to 省委. Numbered in code, not in
    the list: the numerals are a closed set."""
    for w, (kind, needs) in list(info.items()):
        if kind == "inspection_group" and len(w) == 3 and w.endswith("组"):
            for n in _GROUP_NUMBERS:
                info.setdefault(w[:2] + n + "组", (kind, needs))


def _group_verb_re(info: dict[str, tuple[str, str]]) -> re.Pattern[str]:
    """A supervising group's ending followed by the verb it is named for
    (巡察组巡察, 督导组督导, 巡视组进驻): the verb begins a new phrase, so a
    name ending later starts after it (县委巡察组巡察|县教育局党组)."""
    groups = sorted((w for w, (kind, _) in info.items() if kind == "inspection_group" and len(w) > 2),
                    key=len, reverse=True)
    verbs = sorted({w[:-1][-2:] for w in groups if w[-2] not in _NUMERAL} | {"进驻", "入驻", "对"},
                   key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, groups)) + ")(?:" + "|".join(map(re.escape, verbs)) + ")")


def _is_name_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch.isascii() and ch.isalpha()


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
    inside a word, and what is left after the word is read afresh."""
    tags = _dict_tags()
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
    return bool(lex.admin_re.match(head)) or any(c in _PLACE_LEVELS for c in head[1:4]) \
        and len(head) <= MAX_THROUGH - 2


def _extend_core(text: str, start: int, lex: _Lexicon, end: int | None = None) -> tuple[int, int]:
    """Where the name ending at ``start`` (exclusive) begins.

    ``end`` is where the whole name ends (after its suffix); a 与/和 inside
    a field name is kept only when the school-type ending it needs lies
    within the name (not in 联系 after it).

    Written as one tight loop (locals, no helper calls): it runs for every
    character of every candidate name and dominates the extractor's time.
    """
    jump_words, jump_last = lex.jump.words, lex.jump.by_last
    stop_words, stop_last = lex.stops.words, lex.stops.by_last
    soft = lex.soft
    hard_words = lex.hard
    nouns = _stop_nouns()
    whole, places, single = lex.whole, lex.places, lex.single
    towns = lex.towns
    single_verbs = lex.single_verbs
    admin_match = lex.admin_re.match
    i = start
    soft_at = -1  # where the first dictionary verb read into the name ends (-1: none)
    soft_n = 0
    last_known = start  # a name may always begin right after a known part
    free = 0
    lowest = max(0, start - MAX_NAME)
    while i > lowest:
        ch = text[i - 1]
        if ch in _DATE_UNITS and i >= 2 and text[i - 2] in _DATE_DIGITS:
            break  # 3月5日|区委常委会, 今年5月|区委: a date right before the name
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
                        if i < start and w in whole and admin_match(text, i):
                            break  # 县委县政府: two bodies side by side
                        # a one-character part (驻) yields to a stop word ending there (进驻)
                        if n > 1 or (ch not in stop_words and text[i - 2:i] not in stop_words):
                            if w in towns and i > n and text[i - n - 1:i - n + 1] in _dict_tags():
                                continue  # 例如|东城区, 坚定|远: the place's first character ends a word
                            if w in places:
                                return i - n, soft_at  # 斯里兰卡议会: the country begins the name
                            k = n
                            break
            if k:
                i -= k
                free = 0
                last_known = i
                continue
            if i < start and admin_match(text, i) and any(text[i - L:i] in whole for L in lengths if L <= i):
                break
        if ch in single:
            k = lex.stems.ending(text, i - 1)
            if k:  # 动力保障部党支部: a department (stem + 部) inside a longer name
                k = max(k, lex.jump.ending(text, i - 1))  # 文化广电和旅游局: the longer part
                i = last_known = i - 1 - k
                free = 0
                continue
        if ch in "议会届":
            sm = _SESSION.search(text, max(0, i - 14), i)
            if sm and sm.end() == i and sm.start() < i - 1:
                i = last_known = sm.start()
                free = 0
                continue
        if ch in _FIELD_JOINERS and i < start and free <= 5 and i > 1 and _is_name_char(text[i - 2]) \
                and (jm := lex.joined_re.match(text, i)) and jm.end() <= (end or start) \
                and not any(text[i - 1 - k:i - 1] in lex.info for k in range(1, 5) if k < i):
            # (never after a body's ending: 医院党委与护理学院党委 are two bodies)
            i -= 1  # 计算机科学与技术学院: 与 joins two fields inside the name
            free += 1
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
                    and lex.jump.ending(text, i - 1) > 2:
                k = 0  # 中国科学院|长春分院: a body's ending, then a place, is no 院长
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
                break
        if ch in single_verbs and i == last_known and _verb_before_body(text, i, lex):
            break  # 委员会作|党支部, 及时报|局党委, 扣住|高检院党组: a verb, then the body
        if not ("\u4e00" <= ch <= "\u9fff"):
            if ch.isdigit():
                if text[i:i + 2] in ("周年", "届"):
                    while i > 0 and text[i - 1].isdigit():
                        i -= 1
                    continue
                if i == last_known and i < start:
                    j = i
                    while j > 0 and text[j - 1].isdigit():
                        j -= 1
                    if 3 <= i - j <= 6:
                        return j, soft_at  # 12309检察服务中心: a service number opens the name
                break  # (a digit is no name character)
            if not ("\u3400" <= ch <= "\u4dbf" or ch.isascii() and ch.isalpha()):  # _is_name_char, inline
                break
        i -= 1
        free += 1
        if ch in _PLACE_LEVELS and 2 <= free - 1 <= MAX_PLACE and (ch != "道" or text[i - 1:i] == "街"):
            free = 1  # 江北区|桂园街道: the level character closes the segment read so far
        if free > MAX_FREE:
            return _admin_cut(text, i, last_known, lex), soft_at
    if i == lowest and start - i >= MAX_NAME:
        return _admin_cut(text, i, last_known, lex), soft_at
    return i, soft_at


#: A date's or a clock time's last character, and the numerals before it (3月5日|区委,
#: 十二月三日|县委, 上午九点|某某社区党支部); 日 alone opens names (日照市委),
#: so only a numeral before it makes a date.
_DATE_UNITS = frozenset("日月年号点")
_DATE_DIGITS = frozenset("0123456789０１２３４５６７８９〇零一二三四五六七八九十廿卅")
#: Higher levels listed right before a level body (中央|省委, 省市|县委): no name of a place.
_LEVEL_LIST = re.compile("(?:中央|[省市县区])+")
#: Word tags of what may come right before a one-character verb (及时|报, 立即|作).
_ADVERB_TAGS = frozenset(("c", "d", "ad"))


def _verb_before_body(text: str, i: int, lex: _Lexicon) -> bool:
    """Whether the one-character verb ``text[i - 1]`` (org_single_verbs.txt),
    right before a known part, is a verb of the sentence rather than the
    name's first character: it makes no dictionary word with the character
    after it (作协, 住房, 报社 open names), and what precedes it ends a body
    (委员会|作), is an adverb, a conjunction or a common noun (及时|报,
    将名单|报) or a one-character verb it makes no word with (扣|住)."""
    tags = _dict_tags()
    if text[i - 1:i + 1] in tags or i < 2:
        return False
    if any(text[i - 1 - k:i - 1] in lex.info for k in range(2, 6) if k <= i - 1):
        return True
    before = tags.get(text[i - 3:i - 1]) if i >= 3 else None
    if before in _ADVERB_TAGS or before == "n" and text[i - 2:i] not in tags:
        return True  # (after a noun, not where the verb ends a word: 行动工|作 holds 工作)
    return tags.get(text[i - 2]) == "v" and text[i - 2:i] not in tags


#: Level words a place name ends with (青石|县委, 和平里|社区党支部, 和兴|街道);
#: a closed set, like _PLACE_LEVELS.
_LEVEL_WORDS = ("街道", "社区")
_LEVEL_CHARS = frozenset("省市县区旗州盟镇乡村")
_LEVEL_RE = re.compile("街道|社区|[省市县区旗州盟镇乡村]")
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
#: Surnames jieba tags as measure words (张, 段, 章): right after punctuation
#: such a character opens a place named after a clan (张集镇, 段庄村); a closed set.
_SURNAME_MEASURES = frozenset("张段章")
#: jieba tags of the nouns that keep a one-character stop inside a name (交流, 名师).
_NOUN_TAGS = frozenset(("n", "nz", "nt", "ns"))
#: Tags of the one-character stops that may open such a noun: verbs, measure
#: words and localizers (交, 名, 个, 里). A preposition, conjunction, adverb or
#: pronoun stays a stop whatever follows (经|学校, 和|县医保中心, 和|文艺家协会).
_NOUN_OPENER_TAGS = frozenset(("v", "q", "f"))


@lru_cache(maxsize=1)
def _stop_nouns() -> frozenset[str]:
    """Two-character dictionary nouns that open with a one-character stop
    word (交流, 名师, 个体): a name's left edge never falls inside one
    (学术交流中心, not 流中心). Built on first use from jieba's dictionary."""
    lex = _lexicon()
    tags = _dict_tags()
    singles = {w for w in lex.stops.words if len(w) == 1 and tags.get(w) in _NOUN_OPENER_TAGS}
    return frozenset(w for w, tag in tags.items()
                     if len(w) == 2 and w[0] in singles and tag in _NOUN_TAGS and w not in lex.stops.words
                     and w[1] not in lex.stops.words)  # (交由: two stops, a verb)


def _dict_tags() -> dict[str, str]:
    """Words of jieba's dictionary (1-4 characters, frequency >= 50) with their tag.

    Consulted only when a name's start is in doubt next to a level word, so
    that a verb or function word (学习|市委, 对|县委) is told from an unknown
    place name (和平|里社区, 向阳里社区) by the dictionary rather than by a list.
    """
    return word_tags()


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
            return tag[:1] != "u" and tag not in _NOT_PLACE_TAGS and _no_function_char(run[k:], words, punct)
    if not _no_function_char(run[1:], words, punct):
        return False
    tag = words.get(run[0], "x")
    if tag[:1] == "u":
        return False
    if run[0] in lex.hard and tag != "f" and not (tag == "c" and punct and len(run) > 1):
        return False  # 经|北京市教育局: a listed stop, unless a localizer (里仁) or 和 (和兴街道)
    if tag == "zg" and punct and len(run) > 1 and run[0] not in _ZG_FUNCTION_CHARS:
        return True  # ，车墩镇: a name character jieba leaves untyped
    if tag == "q" and punct and len(run) > 1 and run[0] in _SURNAME_MEASURES:
        return True  # ，张洪镇: a surname that is also a measure word opens many places
    if tag in _NOT_PLACE_CHAR_TAGS:
        return False
    return punct and len(run) > 1 or tag not in ("c", "v")


#: Conjunctions that only ever join two items, never sit inside a place name
#: (周敏及|区委, unlike 和 in 上和村).
_LIST_JOINERS = frozenset("及或并")


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
            if w in lex.towns:
                continue  # (a listed place is no body: 包头|市)
            if w in lex.jump.words or (j and w in lex.stops.words):
                return True
    return False


def _first_word(run: str) -> int:
    """Length of the dictionary word ``run`` opens with (1 if none)."""
    words = _dict_tags()
    for k in range(len(run), 1, -1):
        if run[:k] in words:
            return k
    return 1


#: Verbs and prepositions that end no place name right before its level word:
#: 李明到|县水务局 is a person going to a body, not a place 李明到县.
_RUN_END_VERBS = frozenset("到在向对把被给从赴往获")


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
    if m and t.startswith("委", m.end()) and t[s:m.start()] not in lex.towns and _verb_phrase(t[s:m.start()]):
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
            if q < blocked or not _CJK_RUN.fullmatch(run) or _holds_part(run, lex) or run[-1] in _RUN_END_VERBS:
                continue
            before = t[q - 1] if q else ""
            punct = not before or not _is_name_char(before)
            if before == _MASK and run[0] in _COORD:
                continue  # 《通知》和|青山区委: after a quoted work a conjunction joins two items
            if not punct and not (before in _LEVEL_CHARS or t.endswith(_LEVEL_WORDS, 0, q)
                                  or lex.stops.ending(t, q) or lex.jump.ending(t, q)):
                continue
            if not punct and t[q - 1:q + 1] in lex.stops.words:
                continue  # 按|照市委: the stop runs on into the run, no boundary there
            if (before.isdigit() or before in _NUMERAL) and not punct:
                continue
            if _opens_place(run, punct, lex):
                q_found = q
                break
            blocked = q + _first_word(run)
        if q_found < 0:
            if s < blocked:
                return p
            if s < p and t[s:p] not in lex.towns and t[s:p] in _dict_tags() \
                    and _dict_tags()[t[s:p]] in _NOT_PLACE_TAGS \
                    and (lex.stops.ending(t, s) or lex.jump.ending(t, s)):
                return p  # 深入|学习|市委: a verb after a stop is no place name
            return s
        new = _extend_left(t, q_found, lex, end)
        if new >= q_found:
            return q_found
        s = new
    return s


def leading_place(text: str, i: int = 0) -> int:
    """End of the place name that opens ``text[i:]`` (``i`` if none).

    A chain of segments, each a run of 1-4 characters that opens with no
    verb or function word, closed by a level word: 青石县, 江州市东城区,
    桐川县竹溪镇. Used by find_unit for an article whose subject is a place
    (青石县开展…实践活动): a place alone is no organization (GUIDE §3).
    """
    lex = _lexicon()
    pos = i
    for _ in range(3):
        for p in range(pos + 1, min(pos + MAX_PLACE_RUN, len(text) - 1) + 1):
            if not _is_name_char(text[p - 1]):
                return pos
            level = 2 if text.startswith(_LEVEL_WORDS, p) else int(text[p] in _LEVEL_CHARS)
            if not level:
                continue
            if level == 1 and p + 1 < len(text) and text[p:p + 2] in _dict_tags() and not _dict_tags()[text[p:p + 2]].startswith("ns"):
                continue  # 县城, 市场: an ordinary word
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


def _admin_cut(text: str, i: int, last_known: int, lex: _Lexicon) -> int:
    """A run of unknown characters too long for a name: begin the name at the
    last administrative prefix inside it (…大会中国科协 -> 中国科协), else right
    after it."""
    for p in range(last_known - 1, i - 1, -1):
        for a in lex.admin_long:
            if text.startswith(a, p):
                return p
    # a one-character prefix right after punctuation opens a long campaign
    # group's name (，市优化营商环境工作领导小组)
    for p in range(i, max(0, i - 3) - 1, -1):
        if (p == 0 or not _is_name_char(text[p - 1])) and lex.admin_re.match(text, p):
            if not any(lex.stops.ending(text, q) for q in range(p + 1, i + 1)):
                return p
    return last_known


def _strip_generic(qualifier: str, lex: _Lexicon, unit: bool = False) -> str:
    """Drop leading generic words (所属, 各, 我院) and a leading term (十二届).

    A word before an ordinal stays (教工第一党支部 and 学生第一党支部 are two
    branches), unless it is a one-character determiner (各第一...).
    """
    m = lex.generic_re.match(qualifier)
    if not m or m.end() == 1 and (_opens_noun(qualifier) or _opens_town(qualifier, lex)):
        return qualifier  # (本|科生第一党支部: 本 opens the noun 本科生, no determiner)
    rest = qualifier[m.end():]
    if rest.startswith("第") and m.end() > 1 and not lex.generic_re.match(qualifier[:1]):
        return qualifier
    if unit and rest and qualifier[:m.end()] in lex.generic_heads:
        return qualifier  # 社区卫生服务中心, 企业服务中心, 学生工作部: the noun heads an office's name
    return rest


def _heads_post(t: str, start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the one-character ending ``t[start:end]`` begins a post with
    the 长 after it (部长, 局长, 处长) rather than ending a body: after 副
    (市委宣传部副部长) or right after another body's ending (县人社局局长).
    A body heading its own post (县公安局长, 外交部长) stays a name."""
    if not t.startswith("长", end) or not start:
        return False
    if any(t[start - k - 1:start - k] == t[start] and _CJK_RUN.fullmatch(t[start - k:start]) for k in (2, 3)):
        return True  # 市卫生局|王建|局长: a body, its head's name, then the post
    return t[start - 1] == "副" or any(t[start - k:start] in lex.info for k in range(1, min(start, 6) + 1))


def _strip_count(t: str, qualifier: str, start: int, lex: _Lexicon) -> str:
    """``qualifier`` (ending at ``start``) without a leading count or session
    ordinal: 8家二级企业党委 (家 after the digits that cut the extension),
    三所中小学, 第三次党支部书记会议, 首批党支部. What is left may be
    generic (then the ending is no name)."""
    at = start - len(qualifier)
    if at > 0 and t[at - 1] in _NUMERAL and (mm := _MEASURE_AFTER_DIGIT.match(qualifier)):
        return _counted_rest(qualifier[mm.end():], lex)
    cm = _COUNTED.match(qualifier)
    return _counted_rest(qualifier[cm.end():], lex) if cm else qualifier


def _counted_rest(rest: str, lex: _Lexicon) -> str:
    """What a count leaves of a qualifier: nothing when a generic word heads
    it (9个乡镇人大主席团 counts the bodies of every township, none named)."""
    stripped = _strip_generic(rest, lex)
    return "" if stripped != rest and lex.generic_re.match(rest) else stripped


def _bare_type(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier``, left after a determiner was stripped (各学院|
    共青团), is only a type of body: an ending itself (学院), a place type
    (小区), or one character (各分|支部)."""
    return len(qualifier) == 1 or qualifier in lex.bare_types \
        or lex.info.get(qualifier, ("", "none"))[1] != "none"  # (九届|县委常委会: 县委 is a body)


#: Determiners a stop may have cut from a qualifier (各|学院共青团); a closed set.
_DETERMINERS = ("各", "每个", "各个", "所属", "下属")


#: 中心 and the word after it that make 中心工作 (the central task): after a bare
#: type of body (研究所|中心工作, 医院|中心工作) the ending names no centre.
_CENTRE = "中心"
_CENTRE_WORK = "工作"
#: 作中心发言 (gives the keynote speech at a study session): no centre.
_KEYNOTE = "作中心发言"


#: A class (班) numbered in digits before its branch (化工学院201802班团支部).
_CLASS = "班"
_CLASS_NUMBER = re.compile(r"[0-9][0-9-]*$")


def _class_start(t: str, s: int, lex: _Lexicon, end: int) -> int:
    """Where a class branch's name begins when its class is numbered in
    digits (机械学院2019级03班党支部 reads 03班; 化工学院201802|班团支部): the
    digits cut the extension, so it goes on over them to the school's name.
    Only a run of digits (and hyphens: 15-1班) right before 班 is crossed,
    and only when a name stands before it."""
    m = _CLASS_NUMBER.search(t, max(0, s - 12), s)
    if not m or m.end() != s:
        return s
    at = m.start()
    if not at or not _is_name_char(t[at - 1]):
        return s  # (共有|2019班: a count, not a class of a named school)
    before, _ = _extend_core(t, at, lex, end)
    return before if before < at else s


#: Determiners that, right before a branch's ending, refer to a branch
#: instead of naming one (汇报本支部, 该支部, 每支部, 分两支部); a closed set.
_TAIL_DETERMINERS = frozenset("本该每两")
#: 该 and the one-character types of body it refers back with (该行, 该局, 该院,
#: 该校): before more of a name they point at the body named earlier, and
#: belong to no name (该局|机关二支部 -> 机关二支部; 该局党组 stays 局党组).
_REFERRING = "该"
#: 含 (including) opening a bracket after a list of bodies (各党支部(含党总支)).
_INCLUDING = "含"
_OPEN_BRACKETS = "(（"
_REFERRED_TYPES = frozenset("行局院校所厅委部处室")


def _determiner_tail(qualifier: str) -> bool:
    """Whether ``qualifier`` ends in a determiner standing as its own word
    (分别汇报|本|支部, 生活会分|两|支部): the extension read a verb phrase
    before it, and the phrase names no branch. A determiner that closes a
    dictionary word with the character before it (日本, 资本) belongs to the name."""
    return len(qualifier) > 1 and qualifier[-1] in _TAIL_DETERMINERS \
        and qualifier[-2:] not in _dict_tags()


#: The preposition of 自……以来 (since): read apart from a name it opens.
_SINCE = "自"
_SINCE_CLOSE = re.compile("[^。！？；\n]{0,30}?以来")


def _since_clause(t: str, end: int, s: int) -> bool:
    """Whether the 自 at ``t[s]`` opens 自……以来: 以来 closes the clause after the
    name, and 自 makes no dictionary word with the next character (自治区,
    自然资源局 and 自来水公司 keep theirs)."""
    return t[s:s + 2] not in _dict_tags() and _SINCE_CLOSE.match(t, end) is not None


#: A class of units that, whole, names one body above them (直属单位党委 at a
#: university: the committee of the directly affiliated units); a closed set.
_AFFILIATED = "直属单位"
#: Endings such a class names a body with (not 党支部: 直属单位党支部 is any one of them).
_AFFILIATED_ENDINGS = ("党委", "党总支", "党工委")


def _affiliated_body(t: str, s: int, start: int, suffix: str) -> bool:
    """Whether ``t[s:start]`` is 直属单位 itself, no determiner before it, before a
    committee's ending: 直属单位党委 is a standing body, 各直属单位党委 is every one."""
    return suffix in _AFFILIATED_ENDINGS and t[s:start] == _AFFILIATED \
        and not t.endswith(_DETERMINERS, max(0, s - 2), s)


def _opens_town(qualifier: str, lex: _Lexicon) -> bool:
    """Whether ``qualifier`` opens with a listed place (本溪, 于都): its first
    character is then no determiner."""
    return any(qualifier[:k] in lex.towns for k in range(2, min(len(qualifier), 5) + 1))


def _opens_noun(qualifier: str) -> bool:
    """Whether ``qualifier`` opens with a dictionary noun of 3-4 characters
    (本科生), so that its one-character first word is no determiner."""
    tags = _dict_tags()
    return any(tags.get(qualifier[:k], "x") in _NOUN_TAGS for k in (4, 3) if k <= len(qualifier))


def _has_admin_prefix(name: str, lex: _Lexicon, suffix: str = "") -> bool:
    """Whether ``name`` opens with a level (县人社局) or a place name closed by
    one (桐林市人社局), with at least two characters after it.

    An abbreviated body of two or more characters (科协, 妇联, 政协) may follow
    the place directly (宣城市科协, 芜湖市政协): the place is read on its own,
    so that the body's first character cannot make a word with the level
    (市政 in 芜湖市政协)."""
    m = lex.admin_re.match(name)
    if m:
        return len(name) > m.end() + 1
    if len(suffix) > 1 and name.endswith(suffix):
        head = name[:-len(suffix)]
        if len(head) >= 3 and head[-1] in _LEVEL_CHARS and leading_place(head) == len(head):
            return True
    if len(name) < 5 or name[-2] in lex.single or name[-2] == "副" or not _LEVEL_RE.search(name, 1, 6):
        return False  # 文化厅|厅长, 文化局|副局长: a post after the body
    e = leading_place(name)
    return 0 < e < len(name) - 2 and len(name) - e <= MAX_FREE + 1 and not _holds_part(name[e:-1], lex)


def _accept(text: str, qualifier: str, suffix: str, start: int, end: int, lex: _Lexicon) -> bool:
    kind, needs = lex.info[suffix]
    name = qualifier + suffix
    if name in lex.generic_names or suffix == _SYSTEM_ENDING and name.endswith(lex.system_names):
        return False  # (商洛市检察机关: the procuratorial organs of a place, a system)
    if needs == "none":
        return True
    if not qualifier:
        return False
    if needs == "stem":
        # 所 ends too many words (所在, 场所); only a department stem makes it a body
        return bool(lex.stems.ending(qualifier, len(qualifier)))
    if needs == "prefix":
        # 外交部长, 县公安局长: the body heads a post, and is still named (a
        # bare 局长 or 副处长 has no prefix or stem and fails below)
        if _has_admin_prefix(name, lex, suffix) or lex.stems.ending(qualifier, len(qualifier)):
            return True
        # 大学党委常委会: a longer ending may follow another organization's name.
        return len(suffix) > 1 and bool(lex.chain.ending(qualifier, len(qualifier)))
    return True


@dataclass
class _Mention:
    name: str
    kind: str
    span: Span | None  # None for a name rebuilt from a coordination (第一、第二党支部)
    at: int  # where the mention begins, for ordering


def _coordinated(text: str, s: int, name: str, lex: _Lexicon) -> list[_Mention]:
    """Names elided by coordination before an ordinal name: 第一、第二党支部 -> 第一党支部.

    The rebuilt names carry no span (the text never writes them whole); a
    qualifier before the first ordinal (机关党委第一、第二党支部) stays its own
    organization rather than being copied onto each member.
    """
    m = _ORDINAL_HEAD.match(name)
    if not m:
        return []
    rest = name[m.end():]
    if leading_place(rest) > 0:
        return []  # 0、二青山县税务局: a body named for its place is no numbered member
    kind = lex.info.get(_longest_suffix(name, lex), ("other", ""))[0]
    out: list[_Mention] = []
    i = s
    while i > 1 and text[i - 1] in _COORD:
        j = i - 1
        while j > 0 and text[j - 1] in _NUMERAL:
            j -= 1
        if j == i - 1:
            break
        if j > 0 and text[j - 1] == "第":
            j -= 1
        ordinal = text[j:i - 1]
        if not ordinal.startswith("第"):
            ordinal = "第" + ordinal
        out.append(_Mention(ordinal + rest, kind, None, j))
        i = j
    return out[::-1]


def _bare_lead(t: str, at: int, lex: _Lexicon) -> str:
    """The qualifier written right before the first of numbered names listed
    without 第 (机关|一、二支部), or "" when 第, no name or a whole body stands
    there: the members are 机关一支部 and 机关二支部, not 第一支部 and 第二支部."""
    if at < 2 or "第" in t[at - 1:at + 1] or not _is_name_char(t[at - 1]):
        return ""
    lead = _strip_generic(t[_extend_left(t, at, lex):at], lex)
    if len(lead) < 2 or lead in lex.whole:
        return ""  # (县委|一、二巡察组: a whole body before the list is its own name)
    return lead


def _longest_suffix(name: str, lex: _Lexicon) -> str:
    for k in range(len(name), 0, -1):
        if name[-k:] in lex.info:
            return name[-k:]
    return ""


def mask_quoted(text: str) -> str:
    """``text`` with the inside of 《》, “” and 「」 blanked (same length)."""
    return _QUOTED.sub(lambda m: _MASK * len(m.group()), text)


def _mentions(text: str) -> list[_Mention]:
    lex = _lexicon()
    t = mask_quoted(text)
    found: list[tuple[int, int, str, str]] = []
    extra: list[_Mention] = []
    covers: dict[tuple[int, int], int] = {}  # a name cut after 该行 still covers what 行 opens
    info, known, not_suffix, clashing = lex.info, lex.known, lex.not_suffix, lex.clashing
    for m in lex.suffix_re.finditer(t):
        suffix = m.group()
        if not suffix:
            continue
        start, end = m.span()
        # (a known part of two or more characters ending right before the ending keeps
        # its characters: 县政协|办 is the conference's office, no 协办 of its 协)
        part = suffix in clashing and lex.jump.ending(t, start) > 1
        while suffix in clashing and (t[start:end + 1] in not_suffix or not part and (
                t[start - 1:end] in not_suffix or t[start - 2:end] in not_suffix)):
            # 干部, 部分, 党组织, 集中学习, 会议室: the ending belongs to another word; a
            # shorter ending may still stand (药剂科|协同 is no 科协)
            suffix = next((suffix[:L] for L in range(len(suffix) - 1, 0, -1) if suffix[:L] in info), "")
            end = start + len(suffix)
        if not suffix:
            continue
        kind, needs = info[suffix]
        if t.startswith(lex.not_followed, end):
            continue  # 党支部工作条例: a rule's name, not a body
        if len(suffix) > 1 and t.endswith(suffix, 0, start):
            continue  # 第二党支部|支部书记: the ending repeated opens a post
        if len(suffix) == 1 and _heads_post(t, start, end, lex):
            continue  # 市委宣传部副部长, 县人社局局长: the ending begins a post
        c = t[start - 1] if start else ""
        if suffix in known or not start or not ("\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"
                                                  or c.isascii() and c.isalpha()):
            if needs != "none":
                continue  # nothing can qualify it: a generic word
            s = start
            k = lex.jump.ending(t, start) if start else 0
            if k and t[start - k:start] in lex.places:
                s = start - k  # 美国国务院: a country before a whole name belongs to it
        else:
            k = lex.stems.ending(t, start) if len(suffix) == 1 else 0
            if k:
                k = max(k, lex.jump.ending(t, start))
            s, soft_at = _extend_core(t, start - k, lex, end)
            if soft_at >= 0:
                s = _extend_left(t, start - k, lex, end)
            # (_place_start's cheap exits, inline: most names stop at punctuation)
            if s > 0 and "\u4e00" <= t[s - 1] <= "\u9fff" or t.find("委", s + 3, s + MAX_PLACE_RUN + 2) >= 0:
                s = _place_start(t, s, end, lex)
            if t.startswith(_CLASS, s) and s and t[s - 1].isdigit():
                s = _class_start(t, s, lex, end)
        if s < start - 1 and t[s] in lex.single_verbs and _verb_before_body(t, s + 1, lex):
            s += 1  # 及时报|局党委, 扣住|高检院党组巡视组: the sentence's verb opens no name
        if s < start - 4 and "组" in t[s:start - 2]:
            s = max([s] + [gm.end() for gm in lex.group_verb_re.finditer(t, s, start)])
        if s < start and t[s] == _SINCE and _since_clause(t, end, s):
            s += 1  # 自|集团公司党委部署……以来: the preposition opens no name
        qualifier = _strip_generic(t[s:start], lex, kind == "unit") if s < start else ""
        if qualifier == _AFFILIATED[2:] and _affiliated_body(t, s, start, suffix):
            qualifier = _AFFILIATED  # (直属|单位: 直属 is generic only before another name)
        if qualifier.startswith(_INCLUDING) and s and t[s - 1] in _OPEN_BRACKETS \
                and t[s + 2:s + 3] not in _PLACE_LEVELS:  # (含山县: a county's name)
            s, qualifier = s + 1, qualifier[1:]  # 各党支部(含|党总支): "including", no part of a name
            if not qualifier:
                continue
        if len(qualifier) > 2 and qualifier[0] in _REFERRED_TYPES and s and t[s - 1] == _REFERRING \
                and start - s == len(qualifier):
            s, qualifier = s + 1, qualifier[1:]  # 该行|机关一支部: the body named before, no part of the name
            covers[(s, end)] = s - 1  # (still covering 行机关 inside it)
        if kind == "branch" and _determiner_tail(qualifier):
            continue  # 分别汇报本支部, 会议分两支部: the reader's own or a counted branch, none named
        if qualifier and (len(qualifier) < start - s or t.endswith(_DETERMINERS, max(0, s - 2), s)) \
                and _bare_type(qualifier, lex):  # (直属单位 was made whole above: no bare type)
            continue  # 各学院共青团, 各小区党支部, 各分支部: every one, none named
        if suffix == _CENTRE and (t.startswith(_CENTRE_WORK, end) and qualifier and _bare_type(qualifier, lex)
                                  or t.startswith(_KEYNOTE, start - 1)):
            continue  # 围绕研究所中心工作, 作中心发言: the central task, the keynote; no centre named
        if qualifier.endswith(_TYPE_MARK) and len(qualifier) <= _TYPE_MAX:
            continue  # 服务型党支部, 学习型机关, 研究型大学: a type of body, none named
        if kind == "branch" and qualifier and qualifier.strip(_MASK) in lex.campaigns:
            continue  # 主题教育党支部书记轮训: the campaign's training, no branch
        if suffix == _BARE_BRANCH and _dict_tags().get(qualifier) in _VERB_WORD_TAGS \
                and qualifier not in lex.jump.words:
            continue  # 剖析支部存在的问题, 创新支部学习载体, 开支部大会, 方便支部后续工作: a verb and the reader's branch
        if len(qualifier) == 1 and qualifier in _LEVEL_CHARS and _dict_tags().get(t[s - 1:s + 1]) == "n":
            continue  # 对辖|区支部: a level character cut from a noun names no place
        if len(suffix) == 1 and qualifier and lex.stems.ending(qualifier, len(qualifier)) == len(qualifier) \
                and (len(qualifier) < start - s or t.endswith(lex.generic_words, max(0, s - 8), s)
                     or needs == "stem" and s > 0 and _is_name_char(t[s - 1])):
            continue  # 各供电所所长: every station, none named; 深入|供电所, 参观|审判庭: a type after a verb
        if qualifier:
            qualifier = _strip_count(t, qualifier, start, lex)
        if qualifier and suffix[0] in _PLACE_LEVELS and suffix in lex.whole and _LEVEL_LIST.fullmatch(qualifier):
            qualifier = ""  # 中央省委, 省市县委: bodies of several levels listed, the last one named
        if not _accept(t, qualifier, suffix, start, end, lex):
            continue
        s = start - len(qualifier)
        name = text[s:end]  # the original: a quoted campaign inside stays written
        if name.endswith(lex.venues) or name.endswith(lex.room_venues) and lex.room_re.match(t, end):
            continue  # 市会议中心, 在学术交流中心报告厅召开: a building, no body
        if name[0] == "第":
            extra.extend(_coordinated(t, s, name, lex))
        elif name[0] in _NUMERAL and s > 0 and t[s - 1] in _COORD:
            # 第一、二巡察组: the second member drops its 第; rebuild it whole
            members = _coordinated(t, s, "第" + name, lex)
            if members and (lead := _bare_lead(t, members[0].at, lex)):
                # 机关一、二支部: written without 第 after a qualifier, each is 机关一支部
                extra.extend(_Mention(lead + m.name[1:], kind, None, m.at) for m in members)
                extra.append(_Mention(lead + name, kind, None, s))
                continue
            if members:
                extra.extend(members)
                extra.append(_Mention("第" + name, kind, None, s))
                continue
            k = len(name) - len(name.lstrip(_NUMERAL))
            if leading_place(name, k) > k:  # 一、二|青山县税务局: a list's numbers before a place's body
                s, name = s + k, name[k:]
        found.append((s, end, name, kind))
    # A name inside a longer one found around it is no separate mention.
    found.sort(key=lambda f: (covers.get((f[0], f[1]), f[0]), -f[1]))
    kept: list[tuple[int, int, str, str]] = []
    reach = -1
    for f in found:
        if f[1] <= reach:
            continue
        kept.append(f)
        reach = max(reach, f[1])
    return [_Mention(n, k, (s, e), s) for s, e, n, k in _join_members(text, kept, lex)] + extra


#: 型 closing a short qualifier makes it a type (服务型, 学习型, 创新型), not a name.
_TYPE_MARK = "型"
_TYPE_MAX = 4


#: The bare branch ending, and the word tags of a verb or adjective that, as its
#: whole qualifier, acts on or describes the reader's own branch rather than
#: naming one (剖析|支部, 创新|支部, 方便|支部后续工作, 先进|支部): a branch named
#: for a function (运行党支部) writes 党支部.
_BARE_BRANCH = "支部"
_VERB_WORD_TAGS = frozenset(("v", "vn", "a"))


#: What a joint party body's ending opens with (联合党委, 联合党支部; not 联合会): the bodies
#: listed before it are its members, and belong to its name.
_JOINT = "联合党"


def _join_members(text: str, kept: list[tuple[int, int, str, str]],
                  lex: _Lexicon) -> list[tuple[int, int, str, str]]:
    """Fold the members listed right before a joint body into its name:
    化学学院、材料学院联合党委 is one committee of two schools, not a school
    and a committee (a unit finder would read the list as a joint report)."""
    if not any(_JOINT in f[2] for f in kept):
        return kept
    out: list[tuple[int, int, str, str]] = []
    for f in kept:
        s, e, name, kind = f
        joint = _JOINT in name and _longest_suffix(name, lex).startswith(_JOINT)
        while joint and out and out[-1][1] == s - 1 and text[s - 1] in _COORD:
            s = out.pop()[0]
        out.append((s, e, text[s:e], kind) if s != f[0] else f)
    return out


_AT = attrgetter("at")


def _merge_aliases(names: dict[str, Organization]) -> None:
    """Fold a short form into the fuller one the text also writes (第四支部 -> 第四党支部)."""
    shorts = [name for name in names if name.endswith(("支部", "总支"))]  # (most names are neither)
    for short, full in (("支部", "党支部"), ("总支", "党总支")):
        for name in shorts:
            if name.endswith(short) and not name.endswith(full):
                _fold(names, name, name[: -len(short)] + full)
    for name in [name for name in names if name.startswith(_PARTY_SHORT) and len(name) > len(_PARTY_SHORT)]:
        _fold(names, name, _PARTY_FULL + name[len(_PARTY_SHORT):])  # 中共X委员会 -> 中国共产党X委员会


#: The party's short and full names that open a committee's formal name.
_PARTY_SHORT = "中共"
_PARTY_FULL = "中国共产党"


def _fold(names: dict[str, Organization], name: str, target: str) -> None:
    """Fold ``name`` into ``target`` when the text also writes ``target``."""
    if target in names and target != name and name in names:
        org = names.pop(name)
        names[target].count += org.count
        names[target].spans = sorted(names[target].spans + org.spans)


def extract_organizations(text: str) -> list[Organization]:
    """Every named organization in ``text``, one entry per distinct name.

    ``spans`` hold every occurrence (``text[s:e] == name``); ``count`` also
    counts names rebuilt from a coordination such as 第一、第二党支部, which have
    no span of their own. Entries are in order of first appearance.
    """
    names: dict[str, Organization] = {}
    for m in sorted(_mentions(text), key=_AT):
        org = names.get(m.name)
        if org is None:
            org = names[m.name] = Organization(name=m.name, kind=m.kind, count=0, spans=[])
        org.count += 1
        if m.span:
            org.spans.append(m.span)
    _merge_aliases(names)
    for org in names.values():
        org.spans.sort()
    # names were inserted in order of first mention, and merging only removes
    # some: they already stand in order of first appearance
    return list(names.values())


#: Characters that end a sentence or clause (not 、, which a coordination reads
#: back across: 第一、二党支部). No lexicon word holds one (checked
#: in _local_ok), so no name and no look-up of the extractor reaches across one.
_BOUNDARY = frozenset("。！？；!?;\n，,：:")
#: Longest stretch _QUOTED may mask (an opening mark, 120 characters, a closing one):
#: masking text[:k] gives the same mask as the whole text up to k - QUOTE_REACH.
QUOTE_REACH = 123
_QUOTE_OPEN = re.compile("[《“「\"]")


@lru_cache(maxsize=1)
def _local_ok() -> bool:
    """Whether every lexicon word is free of boundary characters, and no
    ending is itself a not-ending (true of the shipped lists; a user list
    could break it, and then mentions_within declines)."""
    lex = _lexicon()
    words = set(lex.info) | lex.jump.words | lex.stops.words | lex.stems.words | set(lex.generic_words) \
        | lex.not_suffix | set(lex.not_followed)
    return not any(ch in _BOUNDARY for w in words for ch in w) \
        and not any(len(w) == 1 or w in lex.info for w in lex.not_suffix)  # (t[-1:e] at a region's edge)


def mentions_within(text: str, organizations: list[Organization], start: int, end: int,
                    masked: str | None = None) -> list[tuple[int, int, str]] | None:
    """The mentions ``extract_organizations(text[start:end])`` would find, as
    sorted (start, end, name) relative to the region, read off
    ``organizations`` (extract_organizations(text)); None where that cannot
    be vouched for, and the caller must extract the region itself.

    Why it holds: the region is a sentence, with a boundary character (or the
    text's edge) on each side. No name, and no look-up made while building
    one, crosses such a character, so the body's mentions inside the region
    are exactly the region's own, provided the quotes masked are the same,
    no body mention crosses an edge, no one-character administrative prefix
    sits just before the region (_admin_cut may look three characters back),
    and no short form (第四支部) there could be merged with a full form.

    ``masked`` may pass ``mask_quoted(text[:k])`` for some k >= end +
    QUOTE_REACH (or of the whole text), for a caller asking about several
    regions of one text.
    """
    n = len(text)
    if not organizations or not 0 <= start <= end <= n or not _local_ok():
        return None
    if start and text[start - 1] not in _BOUNDARY or end < n and text[end] not in _BOUNDARY:
        return None
    lex = _lexicon()
    if start and any(lex.admin_re.match(text, p) for p in range(max(0, start - 3), start)):
        return None
    if _QUOTE_OPEN.search(text, 0, end + QUOTE_REACH):  # (no opening mark: nothing is masked)
        head = masked if masked is not None and len(masked) >= min(n, end + QUOTE_REACH) \
            else mask_quoted(text[:end + QUOTE_REACH])
        if (start and head[start - 1] == _MASK) or (end < n and head[end] == _MASK) \
                or head[start:end] != mask_quoted(text[start:end]):
            return None
    out: list[tuple[int, int, str]] = []
    for org in organizations:
        for s, e in org.spans:
            if e <= start or s >= end:
                continue
            if s < start or e > end:
                return None  # a name across the edge (never expected)
            name = text[s:e]
            if (name.endswith("支部") and not name.endswith("党支部")) or \
                    (name.endswith("总支") and not name.endswith("党总支")):
                return None  # _merge_aliases might rename it within the region alone
            out.append((s - start, e - start, name))
    out.sort()
    return out


@lru_cache(maxsize=2048)
def organization_spans(text: str) -> tuple[tuple[str, tuple[Span, ...]], ...]:
    """``extract_organizations(text)`` as immutable (name, spans) pairs, in
    the same order, cached by string.

    For short strings read more than once (a title, the items of a list that
    slogans checks for being a body's name): the cache keeps shared results
    immutable, so callers cannot alter each other's.
    """
    return tuple((o.name, tuple(o.spans)) for o in extract_organizations(text))


_PARTY_KINDS = frozenset(("branch", "party_committee", "party_group"))


def party_ending_at(text: str, i: int) -> str:
    """The longest ending of a party body (党支部, 党委, 党组) that opens
    ``text[i:]``; "" if none or if the ending is of another kind."""
    lex = _lexicon()
    m = lex.suffix_re.match(text, i)
    return m.group() if m and lex.info[m.group()][0] in _PARTY_KINDS else ""


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for ``word`` (None if the dictionary lacks it)."""
    return _dict_tags().get(word)
