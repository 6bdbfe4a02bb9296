"""The organization extractor's word lists and the dictionary tags it reads.

Endings, known names, stems, stops, generic words and venues are data files
under ``resources/`` (the package docstring lists them); this module builds
them once into a suffix regex, tries and word sets. The segmenter
dictionary's tags (verbs, nouns, places) come from the installed jieba
package, read lazily.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportmine.dictionary import word_tags
from reportmine.resources import derived, load_lines, load_table


#: Longest name we build, in characters (long group names run to ~25).
MAX_NAME = 34
#: Longest run of unknown characters in a name between known parts (a place
#: name, a stem like 粮油储备购销); longer runs are taken for prose.
MAX_FREE = 7
#: Longest such run in the field of a society (org_long_field_endings.txt) that a
#: known place opens (海淀区|民营中小企业发展|联合会).
MAX_LONG_FIELD = 12

_MASK = "\x00"
#: (a title whose 《 the text's cut-off end leaves open, 学习了《中国共产党纪律处分条例,
#: is a title too: its 中国共产党 names no body of the report's)
_QUOTED = re.compile(r"《[^《》\n]{0,120}》|《[^《》\n]{1,120}$|“[^“”\n]{0,120}”|「[^「」\n]{0,120}」|\"[^\"\n]{0,120}\"")
_NUMERAL = "一二三四五六七八九十百零〇两0123456789"
#: The character that closes a term's word (新一届, 上届).
_TERM_CHAR = "届"
#: A term's number and 届 (九届), matched at a position (``TERM_ONLY.match(text, s, e)``).
TERM_ONLY = re.compile(f"[{_NUMERAL}]+届")
#: What ``info.get`` gives for a text that is no ending: no kind, no needs.
_NO_INFO = ("", "")
_ORDINAL_HEAD = re.compile(f"第[{_NUMERAL}]+")
_COORD = "、和及与"
#: A numbered school's short ending (东营市一中, 县二中), matched apart from the
#: other endings so that a longer word it opens (第一中学, 一中心, 一中队,
#: 统一中央, 统一中国) keeps its own ending (中学) or none.
_NUMBERED_SCHOOL = re.compile("[一二三四五六七八九十]中")
_NUMBERED_SCHOOL_NOT_BEFORE = "(?![学心队央国华院])"  # (市三中院: a court, read by 中院)
_MEASURE = "家个名位支所座项批类次期轮届校"
#: A count or a session's ordinal before an ending (三所中小学, 第3次党支部书记
#: 例会, 首期党支部书记培训班, 两大中心工作): it names no body.
_COUNTED = re.compile(f"(?:第?[{_NUMERAL}]+|首)[次期轮届批]|[{_NUMERAL}]+[{_MEASURE}]|[{_NUMERAL}]+大$")
#: A measure word right after digits that cut the extension (2023年党支部
#: 工作要点, 第2次党支部): the qualifier's first character counts, names nothing.
_MEASURE_AFTER_DIGIT = re.compile(f"[余多]?(?:平方米|平米|[{_MEASURE}]|年(?!级)|年度)")  # (1600平方米|财西社区党群服务中心; 30余支|志愿者服务队: a hedge first)
#: A session or congress inside a name (十三届二次会议秘书处): skipped whole.
#: Characters that close a place segment (江北区, 桂园街道): crossing one
#: leftwards starts a new segment for the MAX_FREE count. A closed set of
#: administrative levels, so kept here rather than in a resource file.
_PLACE_LEVELS = frozenset("省市县区州旗盟镇乡道")
#: Joiners allowed inside a field name before a school-type ending (org_joined_suffixes.txt):
#: 计算机科学与技术学院, 语言学及应用语言学团队.
_FIELD_JOINERS = "与和及"
#: Longest head read past dictionary verbs (县乡村振兴, 县防范化解重大风险), and
#: how many verbs it may hold.
MAX_THROUGH = 10
MAX_VERBS = 3
#: Longest place segment (before its level character) that the reset allows.
MAX_PLACE = 5
#: The ending of a system of organs (检察机关, 政法机关): a generic name of
#: org_generic_names.txt ending in it stays generic after a place (市检察机关).
_SYSTEM_ENDING = "机关"
#: A sector's whole system (税务系统, 教育系统): a branch of org_generic_names.txt
#: after it (系统党支部) is any branch of that sector, none named (全市税务系统党支部建设).
_SYSTEM_WORD = "系统"
#: The ``needs`` of an ending that only a foreign country opening the name
#: makes a body (古巴共产党, 瑞典国防军; org_suffixes.tsv).
COUNTRY = "country"
#: The ``needs`` of an ending that only a named body's ending and a short field
#: before it make a body (全国人大财经委; org_conditional_endings.tsv).
SECTION = "section"
#: The ``needs`` of an ending that only a place's name right before it makes a
#: body (汤河口法庭, 西郊农场; not 模拟法庭, 家庭农场; org_conditional_endings.tsv).
PLACE = "place"
#: The ``needs`` of a democratic party's committee written with its 会 (民盟舟山市委会,
#: org_conditional_endings.tsv): a party of org_parties.txt opens the name.
PARTY = "party"
#: The ``needs`` of an office named after its head (校长办公室, org_suffixes.tsv): a
#: body alone where it opens a clause (校长办公室召开…, 。校长办公室主任某某), else only
#: with its owner right before it (学校校长办公室); never right after 、, where one
#: office is written once for two owners (党委、校长办公室副主任: people's reading).
OPENING = "opening"
#: Most characters (a place) between the party's name and such an ending (民盟|舟山|市委会).
PARTY_REACH = 6
#: The Communist Party's short and full names that open a committee's formal name.
PARTY_SHORT = "中共"
PARTY_FULL = "中国共产党"


def _head_verbs(lines: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """org_head_verbs.txt read: a verb, then the endings it cuts before, if only
    some (服务 学院 医院: 为师生服务|学院, while 政务服务中心 keeps its 服务)."""
    return {verb: tuple(endings) for verb, *endings in (line.split() for line in lines)}


def _longest_first(words: list[str] | tuple[str, ...]) -> str:
    """An alternation of the literal ``words``, the longest tried first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
#: The ``needs`` of an army known by its name (红军, 新四军; org_armed_forces.tsv):
#: a body alone, unless a person's surname stands right before it (常红军).
ARMY = "army"
#: The ``needs`` of a country's service (海军, 空军; org_armed_forces.tsv): a body
#: only with its owner right before it (美国海军, 中国海军, 解放军海军).
SERVICE = "service"
#: The role, in org_armed_forces.tsv, of a force that may own an anonymized
#: formation (武警|某支队) but names none alone.
_OWNER = "owner"
_FORMATION = "formation"
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


#: Numbers that count a department's sections after its stem (民事审判|一|庭,
#: 综合|二|处): a stem and such a number still make a department before a
#: one-character ending. Only up to ten, and at most two characters (十一).
_DEPT_NUMBER = "一二三四五六七八九十"
_DEPT_NUMBER_MAX = 2


def stem_ending(stems: "_WordSet", text: str, i: int) -> int:
    """Length of the department stem that ends at ``i``, with any section
    number after it (民事审判一 before 庭); 0 if none. A number with no stem
    before it (一庭, 第三科) gives 0: the stem is what makes it a department."""
    k = stems.ending(text, i)
    if k:
        return k
    n = 0
    while n < _DEPT_NUMBER_MAX and i - n > 0 and text[i - n - 1] in _DEPT_NUMBER:
        n += 1
        k = stems.ending(text, i - n)
        if k:
            return k + n
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
    fields: _WordSet  # org_institute_fields.txt: 生物|所 is an institute written short
    chain: _WordSet  # endings that may head a longer name (大学党委|常委会)
    generic_re: re.Pattern[str]  # leading generic words and terms
    generic_names: frozenset[str]
    generic_heads: frozenset[str]  # org_generic_heads.txt
    generic_words: tuple[str, ...]  # org_generic.txt, for "is a generic word right before?"
    term_words: tuple[str, ...]  # the generic words of a term (新一届, 上届): a body's new term
    admin_re: re.Pattern[str]
    admin_long: tuple[str, ...]  # admin prefixes of 2+ characters
    long_fields: tuple[str, ...]  # org_long_field_endings.txt: a place opens a longer field (…发展促进会)
    company_endings: tuple[str, ...]  # org_company_endings.txt: a bare place opens a company's long field
    not_suffix: frozenset[str]
    #: endings that a not_suffix word holds with one or two characters before
    #: it or one or two after it (部 in 干部, 部分, 室 in 会议室, 局 in 局处级); every
    #: ending when the list holds a word
    #: of one character or an ending itself (then slices at the text's edges count)
    clashing: frozenset[str]
    places: frozenset[str]  # foreign places that begin a name
    towns: frozenset[str]  # org_place_names.txt: Chinese places a stop would cut (包头, 于都)
    single_verbs: frozenset[str]  # one-character verbs that cut before a body (作, 报, 住)
    # org_head_verbs.txt: verbs that cut only right before the ending (影响|学院), each
    # with the endings it cuts before (empty: every ending; 服务 only before 学院, 医院 …)
    head_verbs: dict[str, tuple[str, ...]]
    verb_modifiers: frozenset[str]  # org_verb_modifiers.txt: 专题 of 专题研究|市人大
    #: one or more honour words a campaign aims at (org_campaign_aims.txt: 模范, 先进), whole
    campaign_aims_re: re.Pattern[str]
    head_objects: frozenset[str]  # the endings named in head_verbs (学院, 医院 …), read as known parts too
    single: frozenset[str]  # one-character endings (部, 局, 所) that a department stem may precede
    numbered: frozenset[str]  # org_numbered_endings.txt: 局 of 中铁七局, numbered inside a longer name
    joined_re: re.Pattern[str]  # 科学与技术学院: a field joined by 与/和 before a school-type ending (group 1)
    not_followed: tuple[str, ...]  # 工作条例: the ending before it is a generic word in a rule's name
    venues: tuple[str, ...]  # org_venues.tsv "always": 会议中心, a building
    one_per_unit: frozenset[str]  # 学生, 教工: a group with one general branch per unit
    business_verbs: frozenset[str]  # 研究, 审定: a meeting's verbs before the reader's 局党组
    room_venues: tuple[str, ...]  # org_venues.tsv "room": 交流中心 before a room is a building
    place_venues: tuple[str, ...]  # org_venues.tsv "place": 村史馆 after 在 is the event's place
    venue_leads: _WordSet  # org_venue_leads.txt: locatives (在, 参观) before a venue
    room_re: re.Pattern[str]  # org_venue_rooms.txt, maybe after a floor (三楼报告厅)
    campaigns: frozenset[str]  # org_campaigns.txt: a branch qualified by one alone is none
    appositive_re: re.Pattern[str]  # org_appositive_heads.txt before a level: 辖区单位|市中医医院党委
    group_verb_re: re.Pattern[str]  # 巡察组|巡察: a group's ending, then the verb of its work
    system_names: tuple[str, ...]  # generic names ending in 机关 (检察机关): a place before one names no body
    system_branches: tuple[str, ...]  # generic names opening with 系统 (系统党支部): a field before one names no body
    bare_types: frozenset[str]  # org_bare_types.txt: kinds of place a determiner counts (各小区党支部)
    prep_types: frozenset[str]  # org_prep_types.txt: 在|校 before a body's ending (在校党委 -> 校党委)
    party_re: re.Pattern[str]  # a democratic party's name and a place, closing where it is searched
    party_back: int  # how far before an ending party_re may start: the longest party and PARTY_REACH
    party_names_re: re.Pattern[str]  # a democratic party's name anywhere (民建, 九三学社)
    party_full_re: re.Pattern[str]  # org_party_full_names.txt: a democratic party's formal name (中国民主促进会)
    party_posts: tuple[str, ...]  # org_party_posts.txt: 市委|主委 is a democratic party's committee
    committee_departments: tuple[str, ...]  # org_committee_departments.txt: 县委组织部、|宣传部
    party_term_re: re.Pattern[str]  # any party's name and a term, closing where searched (民盟第十三届)
    state_heads: _WordSet  # org_state_heads.txt: 总统 between a country and its office's body
    celebrate: tuple[str, ...]  # org_anniversaries.tsv verbs: 庆祝|南开大学|建校
    founding: tuple[str, ...]  # org_anniversaries.tsv founding words after the body (建校, 成立)
    generic_alone: _WordSet  # org_generic_alone.txt: 新 as the whole qualifier (新内阁)
    not_first: frozenset[str]  # org_not_first.txt: 有, 同 open no name unless they open a noun
    session_bodies: tuple[str, ...]  # org_session_bodies.txt: a term before one names it (八届人大)
    armies: _WordSet  # org_armed_forces.tsv armies, services and owners: who may own a service (解放军|海军)
    formations: tuple[str, ...]  # org_armed_forces.tsv formations, longest first: 某|师政治部
    surnames: frozenset[str]  # surnames.txt: one right before an army's name makes a given name (常|红军)
    army_streets: tuple[str, ...]  # org_army_streets.txt: 红军|路, a street named for the army
    posts: _WordSet  # person_titles.txt: a post, then a surname, opens a person's name (副社长|某某和…)
    bracket_modes: frozenset[str]  # org_bracket_modes.txt: 提级(交叉)|巡察组, a round's mode inside the name
    bracket_scopes: frozenset[str]  # org_bracket_scopes.txt: 某某(国际)|研学中心, a scope inside a unit's name
    shared_endings: tuple[str, ...]  # org_shared_endings.txt: 图书馆、信息中心|党支部, one branch of two departments
    meeting_re: re.Pattern[str]  # meeting_types.tsv sittings (民主生活会, 座谈会): never part of a body's name


def _suffix_pattern(info: dict[str, tuple[str, str]]) -> str:
    """The regex of all endings; numbered schools' short endings (一中) only
    where no longer word goes on (see _NUMBERED_SCHOOL)."""
    schools = [w for w in info if _NUMBERED_SCHOOL.fullmatch(w)]
    rest = _trie_regex(sorted(w for w in info if not _NUMBERED_SCHOOL.fullmatch(w)))
    pattern = f"(?:{'|'.join(schools)}){_NUMBERED_SCHOOL_NOT_BEFORE}|{rest}" if schools else rest
    # (a gate of the endings' first characters: the schools' branch in front keeps
    # ``re`` from skipping ahead to them by itself, and the scan ran 3x slower)
    firsts = "".join(sorted({w[0] for w in info if w}))
    return f"(?=[{re.escape(firsts)}])(?:{pattern})" if firsts and "" not in info else pattern


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


@derived
def _lexicon() -> _Lexicon:
    info: dict[str, tuple[str, str]] = {}
    for row in load_table("org_suffixes.tsv"):
        info[row["suffix"]] = (row.get("kind") or "other", row.get("needs") or "qualifier")
    _add_numbered_groups(info)
    for row in load_table("org_conditional_endings.tsv"):
        info.setdefault(row["suffix"], (row.get("kind") or "other", row.get("needs") or COUNTRY))
    forces = load_table("org_armed_forces.tsv")
    for row in forces:
        if row.get("role") in (ARMY, SERVICE):
            info.setdefault(row["name"], (row.get("kind") or "unit", row["role"]))
    known = set()
    for row in load_table("org_known.txt"):
        info[row["name"]] = (row.get("kind") or "other", "none")
        known.add(row["name"])
    for party in load_lines("org_parties.txt"):
        # 农工党中央, 民革中央: a party's centre is its central committee
        info[party + _PARTY_CENTRE] = ("party_committee", "none")
        known.add(party + _PARTY_CENTRE)
    hard = set(load_lines("org_stops.txt"))
    stops = hard | set(load_lines("org_verbs.txt"))
    stems = set(load_lines("org_dept_stems.txt"))
    protected = set(load_lines("org_protected.txt"))
    # A stem that is also a verb (保障, 生产) is skipped only right before a
    # one-character ending (动力保障部), never elsewhere (以纪律保障医院发展).
    # Country names are read whole: a stop character inside one (斯里兰卡, 以色列)
    # must not cut 斯里兰卡议会 or 以色列政府.
    places = {w for w in load_lines("foreign_places.txt") + load_lines("countries.txt") if len(w) > 1}
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
        fields=_WordSet(set(load_lines("org_institute_fields.txt"))),
        chain=_WordSet({w for w, (_, needs) in info.items() if len(w) > 1 and needs in ("none", "qualifier", OPENING)}),
        generic_re=re.compile("^(?:" + "|".join(map(re.escape, generic)) + f"|[{_NUMERAL}]+届)+"),
        generic_names=frozenset(load_lines("org_generic_names.txt")),
        generic_words=tuple(generic),
        term_words=tuple(w for w in generic if w.endswith(_TERM_CHAR)),
        generic_heads=frozenset(load_lines("org_generic_heads.txt")),
        admin_re=re.compile("(?:" + "|".join(map(re.escape, admin)) + ")"),  # use with .match
        admin_long=tuple(a for a in admin if len(a) > 1),
        long_fields=tuple(load_lines("org_long_field_endings.txt")),
        company_endings=tuple(load_lines("org_company_endings.txt")),
        not_suffix=not_suffix,
        clashing=frozenset(info) if any(len(w) == 1 or w in info for w in not_suffix)
        else frozenset({w[k:] for w in not_suffix for k in (1, 2)} | {w[:-k] for w in not_suffix for k in (1, 2)})
        & frozenset(info),
        places=frozenset(places),
        towns=towns,
        single_verbs=frozenset(w for w in load_lines("org_single_verbs.txt") if len(w) == 1),
        head_verbs=(head_verbs := _head_verbs(load_lines("org_head_verbs.txt"))),
        verb_modifiers=frozenset(load_lines("org_verb_modifiers.txt")),
        campaign_aims_re=re.compile(
            "(?:" + "|".join(map(re.escape, sorted(load_lines("org_campaign_aims.txt"), key=len, reverse=True))) + ")+"),
        head_objects=frozenset(e for endings in head_verbs.values() for e in endings),
        # (not 党, 军 or 委, which only a country or a body opens: no department stem goes before them)
        single=frozenset(w for w, (_, needs) in info.items() if len(w) == 1 and needs not in (COUNTRY, SECTION, PLACE)),
        numbered=frozenset(load_lines("org_numbered_endings.txt")),
        armies=_WordSet({r["name"] for r in forces if r.get("role") in (ARMY, SERVICE, _OWNER)}),
        formations=tuple(sorted((r["name"] for r in forces if r.get("role") == _FORMATION), key=len, reverse=True)),
        surnames=frozenset(load_lines("surnames.txt")),
        army_streets=tuple(sorted(load_lines("org_army_streets.txt"), key=len, reverse=True)),
        posts=_WordSet(set(load_lines("person_titles.txt"))),
        meeting_re=re.compile(_longest_first(_meeting_words())),
        joined_re=re.compile("[\u4e00-\u9fff]{1,5}?(" + "|".join(
            map(re.escape, sorted(load_lines("org_joined_suffixes.txt"), key=len, reverse=True))) + ")"),
        not_followed=tuple(sorted(load_lines("org_not_followed.txt"), key=len, reverse=True)),
        venues=tuple(r["ending"] for r in load_table("org_venues.tsv") if r.get("when") == "always"),
        one_per_unit=frozenset(load_lines("org_one_per_unit.txt")),
        prep_types=frozenset(w for w in load_lines("org_prep_types.txt") if len(w) == 2),
        business_verbs=frozenset(load_lines("org_business_verbs.txt")),
        room_venues=tuple(r["ending"] for r in load_table("org_venues.tsv") if r.get("when") == "room"),
        place_venues=tuple(r["ending"] for r in load_table("org_venues.tsv") if r.get("when") == "place"),
        venue_leads=_WordSet(set(load_lines("org_venue_leads.txt"))),
        campaigns=frozenset(load_lines("org_campaigns.txt")),
        appositive_re=re.compile("(?:" + _longest_first(load_lines("org_appositive_heads.txt"))
                                 + ")(?=[" + "".join(sorted(_PLACE_LEVELS)) + "])"),
        # (not one opening with a level, 市直机关: after a place it is that place's organs, 广安市直机关)
        system_names=tuple(w for w in load_lines("org_generic_names.txt")
                           if w.endswith(_SYSTEM_ENDING) and not any(w.startswith(a) for a in admin)),
        system_branches=tuple(w for w in load_lines("org_generic_names.txt") if w.startswith(_SYSTEM_WORD)),
        group_verb_re=_group_verb_re(info),
        bare_types=frozenset(load_lines("org_bare_types.txt")),
        party_re=re.compile("(?:" + "|".join(map(re.escape, load_lines("org_parties.txt")))
                            + f")[\u4e00-\u9fff]{{0,{PARTY_REACH}}}$"),  # use with .search(t, lo, start)
        party_back=PARTY_REACH + max(map(len, load_lines("org_parties.txt")), default=0),
        party_names_re=re.compile(_longest_first(load_lines("org_parties.txt"))),
        party_full_re=re.compile(_longest_first(load_lines("org_party_full_names.txt"))),
        party_posts=tuple(sorted(load_lines("org_party_posts.txt"), key=len, reverse=True)),
        committee_departments=tuple(load_lines("org_committee_departments.txt")),
        # (the Communist Party's full or short name too; use with .search(t, lo, start))
        party_term_re=re.compile("(?:" + _longest_first([PARTY_FULL, PARTY_SHORT, *load_lines("org_parties.txt")])
                                 + f")(?:第?[{_NUMERAL}]+届)?$"),
        state_heads=_WordSet(set(load_lines("org_state_heads.txt"))),
        celebrate=tuple(r["word"] for r in load_table("org_anniversaries.tsv") if r.get("role") == "verb"),
        founding=tuple(r["word"] for r in load_table("org_anniversaries.tsv") if r.get("role") == "founding"),
        generic_alone=_WordSet(set(load_lines("org_generic_alone.txt"))),
        not_first=frozenset(load_lines("org_not_first.txt")),
        session_bodies=tuple(sorted(load_lines("org_session_bodies.txt"), key=len, reverse=True)),
        bracket_modes=frozenset(load_lines("org_bracket_modes.txt")),
        bracket_scopes=frozenset(load_lines("org_bracket_scopes.txt")),
        shared_endings=tuple(sorted(load_lines("org_shared_endings.txt"), key=len, reverse=True)),
        room_re=re.compile(f"(?:[{_NUMERAL}]+[楼层])?(?:" + "|".join(
            map(re.escape, sorted(load_lines("org_venue_rooms.txt"), key=len, reverse=True))) + ")"),
    )


#: The end of a sitting's name that a verb cut from its start leaves (组织|生活会, 民主|生活会).
_SITTING_TAIL = "生活会"


def _meeting_words() -> list[str]:
    """The sittings of meeting_types.tsv named with 会 or 会议 (民主生活会, 座谈会,
    党员大会, 专题会议) and _SITTING_TAIL; not the words a session number comes
    before (常委会, which also ends a body's name: 县人大常委会办公室)."""
    words = {row["type"] for row in load_table("meeting_types.tsv")
             if row.get("kind") == "meeting" and not row.get("session") and row["type"].endswith(("会", "会议"))}
    return sorted(words | {_SITTING_TAIL})


#: Chinese numerals that number the groups of one round (巡视六组, 巡察十二组).
_GROUP_NUMBERS = tuple("一二三四五六七八九十") + tuple("十" + n for n in "一二三四五六七八九")


#: What a party's name is followed by to name its central committee (org_parties.txt).
_PARTY_CENTRE = "中央"


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


#: jieba tags of the nouns that keep a one-character stop inside a name (交流, 名师).
_NOUN_TAGS = frozenset(("n", "nz", "nt", "ns"))
#: Tags of the one-character stops that may open such a noun: verbs, measure
#: words and localizers (交, 名, 个, 里). A preposition, conjunction, adverb or
#: pronoun stays a stop whatever follows (经|学校, 和|县医保中心, 和|文艺家协会).
_NOUN_OPENER_TAGS = frozenset(("v", "q", "f"))


#: jieba's tag of an abbreviation (交警, traffic police): a noun for _stop_nouns.
_ABBREVIATION_TAG = "j"


@derived
def _stop_nouns() -> frozenset[str]:
    """Two-character dictionary nouns that open with a one-character stop
    word (交流, 名师, 个体, and the abbreviation 交警): a name's left edge never falls inside one
    (学术交流中心, not 流中心). Built on first use from jieba's dictionary."""
    lex = _lexicon()
    tags = _dict_tags()
    singles = {w for w in lex.stops.words if len(w) == 1 and tags.get(w) in _NOUN_OPENER_TAGS}
    return frozenset(w for w, tag in tags.items()
                     if len(w) == 2 and w[0] in singles and (tag in _NOUN_TAGS or tag == _ABBREVIATION_TAG)
                     and w not in lex.stops.words
                     and w[1] not in lex.stops.words)  # (交由: two stops, a verb)


def _dict_tags() -> dict[str, str]:
    """Words of jieba's dictionary (1-4 characters, frequency >= 50) with their tag.

    Consulted only when a name's start is in doubt next to a level word, so
    that a verb or function word (学习|市委, 对|县委) is told from an unknown
    place name (和平|里社区, 向阳里社区) by the dictionary rather than by a list.
    """
    return word_tags()
