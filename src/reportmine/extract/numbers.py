"""Counted numbers: how many things a unit did, found or decided (GUIDE.md §4).

``numerals.find_numerals`` finds the counted numerals and their values; this
module reads, around each, what is counted (``object``), who did it
(``actor``) and what it measures (``metric``).

The object is read from the words right after the unit (7次专题研讨, 5个党支部)
or, when nothing nameable follows, from the words before the numeral
(讲党课30余次); ``count_words.tsv`` says which verbs and particles bound it.
The actor is the subject phrase before the verb (机关处级领导干部 讲党课30余次).
The metric is the ``metrics.tsv`` row whose cue is found in the object and the
verb before it. A count mentioned again (same value, unit and metric, one object
inside the other) is reported once.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from reportmine.dictionary import word_tags
from reportmine.extract.matching import last_match
from reportmine.extract.document_parts import is_document_content, is_document_part, layout_changes_end
from reportmine.extract.numerals import PER_IN_CLAUSE, CN_DIGITS, Numeral, alternation, find_numerals, formula_end
from reportmine.record import Number, Span
from reportmine.resources import derived, load_lines, load_table

#: Characters that end the phrase an object or actor is read from; 】 closes a
#: heading ([党员民主评议] 全年开展党员民主评议1次: no actor 【党员).
_CLAUSE_END = set("，,。；;：:！!？?\n\r\t】")
#: An ellipsis (……) ends a phrase too: “复诊”问题417个[……]红河州坚持 counts no 红河州.
_SEGMENT_END = _CLAUSE_END | set("、 　/|…")
_SENTENCE_END = re.compile(r"[。！？!?\n]+")
_CLAUSE_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")
_LEAD_JUNK = set("年月日号届期周岁份底")
#: The tail of a date's digits (2015[年], 9[月份]): no part of a rate named after it.
_DATE_JUNK = set("年月日号份底")
_MAX_BEFORE = 18
_ONLY_QUOTES = re.compile(r"[“”「」\"]*")
#: A quoted name inside the phrase after a count.
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
#: A short bracketed note inside an object written after the unit.
#: a character that can name something (an ideograph, a letter or a digit)
_NAMING = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]")
_BRACKET_NOTE = re.compile(r"[（(][^（()）、，,。；;：:\n]{1,6}[)）]")
_MAX_AFTER = 14
#: Spaces a writer may leave between a closing quote and its count (“…” 77件).
_SPACES = " \u3000\u00a0"


@dataclass(frozen=True)
class _Lexicon:
    light: frozenset[str]
    verbs: frozenset[str]
    ends: frozenset[str]
    blocks: frozenset[str]
    actors: tuple[str, ...]
    word_re: re.Pattern[str]
    noun_re: re.Pattern[str] | None
    #: nouns that hold a verb, read whole only after a count (29条[巡视反馈意见]); before
    #: one the verb still opens the object (市委巡察|反馈问题9大类)
    counted_noun_re: re.Pattern[str]
    actor_re: re.Pattern[str]
    plan_re: re.Pattern[str]
    #: what opens a retelling of a shown film's or case's story (片中): counts up to
    #: the clause's end are its content, not the unit's work
    shown_re: re.Pattern[str]
    regroup: tuple[str, ...]
    critic_re: re.Pattern[str]
    gather_re: re.Pattern[str]
    verb_starts: frozenset[str]
    go: tuple[str, ...]
    joins: tuple[str, ...]
    #: whole words that, right after a count, open the next item of a list of counts
    item_joins: frozenset[str]
    item_join_starts: frozenset[str]
    degrees: tuple[str, ...]
    #: surnames of surnames.txt, to tell a list of names from a list of things
    surnames: frozenset[str]
    metrics: tuple[tuple[str, tuple[str, ...], frozenset[str]], ...]
    # the grammar words of count_words.tsv (see its header), longest first where
    # the first match decides
    adverbs: tuple[str, ...]
    adverb_chars: str
    #: up to two adverbs after a head count (23名党员[全部]参会)
    adverb_run: re.Pattern[str]
    #: the rest of a list after a head count's noun, up to its verb (、监票人和计票人[组织])
    list_tail: re.Pattern[str]
    prepositions: tuple[str, ...]
    #: right after a count in a 其中 clause, it says what the part counted is (其中3项[为]…)
    copulas: tuple[str, ...]
    #: verbs of dividing right before a count (分三批, 分为两个阶段): a way of doing, no count
    splits: tuple[str, ...]
    #: adverbs that end an object written after a count (2家国企[未]公开)
    object_stops: frozenset[str]
    #: what a divided piece of work is cut into (阶段, 部分): with a split verb before, no count
    phases: tuple[str, ...]
    split_ends: frozenset[str]
    #: units of the items a whole is divided into (分为八项，分别是…): with a split verb
    #: before and nothing named after, how the work was laid out, no count
    split_units: frozenset[str]
    #: verbs of measuring against a standard (对照, 落实) and the heads of its parts
    #: (方面, 要求): 对照中央明确的6个方面 counts a regulation's contents, not work done
    standards: tuple[str, ...]
    aspects: tuple[str, ...]
    found_parts: tuple[str, ...]
    #: a label noun and its copula before a count (培训对象[为]…120余人): the object starts after
    label_re: re.Pattern[str]
    partners: frozenset[str]
    targets: tuple[str, ...]
    tails: tuple[str, ...]
    subject_links: tuple[str, ...]
    subordinates: tuple[str, ...]
    quotas: frozenset[str]
    futures: tuple[str, ...]
    bare_opinions: tuple[str, ...]
    unit_nouns: frozenset[str]
    person_units: frozenset[str]
    category_units: frozenset[str]
    #: nouns naming kinds only (方面): a chain's parts count no such thing (4大类16个方面)
    kind_nouns: frozenset[str]
    #: words that only qualify a head and are never counted alone (8家[直属]和挂靠单位)
    joined_attributes: frozenset[str]
    #: units of cases and leads (件): people counted right after are those involved
    case_units: frozenset[str]
    #: words right after a bare 两人 opening a clause that make it a pronoun (两人[就]…)
    pronoun_nexts: tuple[str, ...]
    #: words in a sentence that make the day named in it a span or a tally (以来, 至, 共)
    span_words: tuple[str, ...]
    chain_joiners: frozenset[str]
    total_joiners: frozenset[str]
    #: places and bodies a count's parts fall in (县直机关[单位]100场次)
    parts: tuple[str, ...]
    #: last characters of the regroup words (归纳为, 梳理成): a quick test
    regroup_ends: frozenset[str]
    #: nouns of places and peoples (乡镇, 民族) and the verbs stating them as a setting (辖, 聚居)
    places: frozenset[str]
    setting_re: re.Pattern[str]
    #: nouns of a thing about the people counted (案例, 事迹): they end at their head before it
    abouts: tuple[str, ...]
    #: place words after an actor head (支部[内]): the head is where, not who
    locatives: tuple[str, ...]
    #: bodies, places and events holding people (高校, 全院, 会议): before a total
    #: word and a head count of people they are where the people are, not who
    wholes: tuple[str, ...]
    #: the same without the nouns of peoples (居民), and with words of where people
    #: met (会议现场): with no total word, a head count's verb is still what is counted
    settings: tuple[str, ...]
    #: the words closing a visiting party's name (督导组[一行]5人)
    teams: tuple[str, ...]
    #: roll-call verbs (应到, 实到): the body before one is whose roll it is, no doer
    roll_calls: tuple[str, ...]
    #: prepositions making a head count of people the ones served ([为]50名老党员…)
    beneficiaries: tuple[str, ...]
    #: post words of person_titles.txt (the longest at a place): an actor head right
    #: before one is part of a title
    title_re: re.Pattern[str] | None
    #: actor heads that, right after a personal name, are the verb "on behalf of"
    proxies: tuple[str, ...]
    #: a clause's connective before its subject (因此, 同时): no part of the doer
    connectives: tuple[str, ...]
    #: time phrases opening an actor phrase (今年上半年, 一年来): when, not who
    whens: tuple[str, ...]
    #: events numbered in sequence right after N次 (十九次[全国代表大会]): 第 left out
    numbered_events: tuple[str, ...]
    #: a verb making the doers after it act (督促, 推动): its own doer is unnamed
    causatives: tuple[str, ...]
    #: verbs of studying written pieces (学习, 领学, 研读) and of writing or sending
    #: them (撰写, 报送): the pieces counted after the last are read, or written
    reads: tuple[str, ...]
    writes: tuple[str, ...]
    #: units of a share (%, 百分点): the object is the rate named before the figure
    share_units: frozenset[str]
    #: words of change between a rate and its figure (从, 同比, 上升, 降至)
    #: words comparing a rate with a date (较4月份, 比2005年)
    compares: tuple[str, ...]
    #: words after 等 that name no kind (方面): a list so closed keeps its items
    vague_heads: tuple[str, ...]
    #: units counting bodies (所, 家) and the nouns of their people (师生, 职工)
    body_units: frozenset[str]
    people_of: tuple[str, ...]
    #: heads naming people, not bodies (代表, 委员): a count of them before a total
    #: (…以及48个妇女代表[共计]100余人参加) is part of the people the total counts
    people_heads: tuple[str, ...]
    #: prepositions of applying a rate (按照15%的比例评出…): the share is a rule, no figure
    rate_rules: tuple[str, ...]
    #: units whose bodies counted end before a verb they do (19个党支部[通过]…; with 所, 家 and people)
    doer_units: frozenset[str]
    #: verbs of reaching a figure (浏览量[突破]366人次): the noun before is the next count's
    reaches: tuple[str, ...]
    #: verbs that send the people counted after them to do what follows
    #: (组织120名干部参观…): the count is the doer of that verb, as a subject is
    musters: tuple[str, ...]
    #: demonstratives opening a body's name (该支部有12人参加): the body owns the people
    demonstratives: tuple[str, ...]
    #: metric of a leading verb -> the metrics of the things it may be done to
    #: for its metric to hold (metric_lead_objects.tsv: 完成[稽查项目] is no rectification)
    lead_objects: dict[str, frozenset[str]]
    #: words that alone as an object refer back to the count before (中, 剩余)
    part_refs: frozenset[str]
    #: verbs of building or naming places (打造52个教育基地): no visit is counted
    builds: tuple[str, ...]
    change_re: re.Pattern[str]
    #: verbs of handing things over to a body (移交, 转交, 报送) and the endings of a
    #: body's name (部门, 纪委监委, 组织部: actor heads and org_suffixes.tsv): the body
    #: written right after such a verb receives what is counted (移交[相关部门]问题线索)
    handovers: tuple[str, ...]
    body_ends: tuple[str, ...]
    body_re: re.Pattern[str]
    #: phrases holding an actor head that name no doer (党的领导, 领导核心)
    no_doer_re: re.Pattern[str]
    no_doer_heads: frozenset[str]
    #: any cue of metrics.tsv, whatever its unit: a phrase holding one names a thing counted
    any_cue_re: re.Pattern[str]
    #: a comparison with an earlier figure and a change word ending an object read before
    #: a count (党员总数[比上年净增]120名): the count is a change, not a count of things
    versus_re: re.Pattern[str]
    #: verbs disposing of the noun after a share and its 的 (将86.5%的科研骨干…)
    disposals: tuple[str, ...]
    #: words opening the qualifier of a part written without its noun ([反映]…问题的109条)
    concerns: tuple[str, ...]
    #: teams sent to inspect, supervise or guide a unit (巡察组, 督导组): what they raise is given
    supervisors: tuple[str, ...]
    #: words right before a quoted name making it a means or an agent, no deed ([被]“学习强国”采用5次)
    quote_means: tuple[str, ...]
    #: words jieba tags nouns that, right before a count, are its verb (处分21名干部)
    verb_nouns: frozenset[str]
    #: adverbs of manner written as nouns, which a verb after a count completes ([专题]研究3次)
    manners: frozenset[str]
    #: prepositions of two or more characters (按照, 通过): inside the phrase before a count
    #: they introduce the noun counted
    long_prepositions: tuple[str, ...]
    #: progressive adverbs before a verb (3条[正在]整改): the part still under way counts what the verb names
    ongoing: tuple[str, ...]
    #: words closing a comparison before the things counted ([和她一样]受益的居民510户): the object starts after
    likeness: tuple[str, ...]
    #: endings of what owns the people of a head count before 的: bodies, places and
    #: time words (2名青山[学院]的委员候选人, 五名[本年度]的优秀党员)
    owners: tuple[str, ...]
    #: verbs opening a relative clause of where the people counted come from (来自)
    origins: tuple[str, ...]
    #: words of how or where people acted, after the noun of a head count (7名书记[现场]述职)
    people_manners: frozenset[str]
    #: means people used, after the noun of a head count only (8名党员[利用]周末时间…)
    people_means: frozenset[str]
    #: words ending the object after a count only after a body or doer head (巡察组[阶段性]…)
    body_stops: tuple[str, ...]
    unit_metrics: dict[str, tuple[re.Pattern[str] | None, dict[str, tuple[int, str | None]], str | None,
                                  tuple[re.Pattern[str] | None, dict[str, str]]]]


@derived
def _lexicon() -> _Lexicon:
    """The compiled word and metric lexicons (rebuilt after ``reportmine.resources.clear_cache()``)."""
    return _build_lexicon(load_table("count_words.tsv"), load_table("metrics.tsv"), load_lines("surnames.txt"),
                          load_lines("person_titles.txt"), load_table("metric_lead_objects.tsv"),
                          load_table("org_suffixes.tsv"))


def _build_lexicon(words: Sequence[dict[str, str]], metric_rows: Sequence[dict[str, str]],
                   surnames: Sequence[str] = (), titles: Sequence[str] = (),
                   lead_objects: Sequence[dict[str, str]] = (),
                   org_suffixes: Sequence[dict[str, str]] = ()) -> _Lexicon:
    roles: dict[str, set[str]] = {}
    for row in words:  # (rows without a word never get here: load_table skips them)
        roles.setdefault(row["role"], set()).add(row["word"])

    def longest_first(role: str) -> tuple[str, ...]:
        return tuple(sorted(roles.get(role, ()), key=lambda w: (-len(w), w)))

    adverbs = longest_first("adverb")
    adverb_run = "(?:" + alternation(adverbs) + "){0,2}" if adverbs else ""
    light = frozenset(roles.get("light", ()))
    verbs = frozenset(roles.get("verb", ()))
    ends = frozenset(roles.get("end", ()))
    blocks = frozenset(roles.get("block", ()))
    nouns = roles.get("noun", set())
    metrics = []
    for row in metric_rows:
        cues = tuple(c for c in (row.get("cues") or "").split("|") if c)
        units = frozenset(u for u in (row.get("units") or "").split("|") if u)
        metrics.append((row["metric"], cues, units))
    return _Lexicon(
        light=light, verbs=verbs, ends=ends, blocks=blocks,
        actors=tuple(sorted(roles.get("actor", ()), key=len, reverse=True)),
        word_re=re.compile(alternation(light | verbs | ends | blocks)),
        noun_re=re.compile(alternation(nouns)) if nouns else None,
        counted_noun_re=re.compile(alternation(roles.get("counted_noun", ())) or "(?!)"),
        actor_re=re.compile(alternation(roles.get("actor", ())) or "(?!)"),
        plan_re=re.compile(alternation(roles.get("plan", ())) or "(?!)"),
        shown_re=re.compile("(?:" + (alternation(roles.get("shown", ())) or "(?!)") + ")[^。；;！!？?\n]*"),
        regroup=tuple(sorted(roles.get("regroup", ()), key=len, reverse=True)),
        critic_re=re.compile(alternation(roles.get("critic", ())) or "(?!)"),
        gather_re=re.compile(alternation(roles.get("gather", ())) or "(?!)"),
        verb_starts=frozenset(w[0] for w in verbs),
        go=tuple(sorted(roles.get("go", ()), key=len, reverse=True)),
        joins=tuple(sorted(roles.get("join", ()), key=len, reverse=True)),
        item_joins=frozenset(roles.get("item_join", ())),
        item_join_starts=frozenset(w[0] for w in roles.get("item_join", ())),
        degrees=tuple(sorted(roles.get("degree", ()), key=len, reverse=True)),
        surnames=frozenset(surnames),
        metrics=tuple(metrics),
        adverbs=adverbs,
        adverb_chars="".join(sorted(w for w in adverbs if len(w) == 1)),
        adverb_run=re.compile(adverb_run),
        list_tail=re.compile(r"(?:(?:、|以及|和|及|与)[\u4e00-\u9fff（）()]{1,12}?){1,4}" + adverb_run),
        prepositions=longest_first("preposition"),
        copulas=longest_first("copula"),
        splits=longest_first("split"),
        object_stops=frozenset(roles.get("object_stop", ())),
        phases=longest_first("phase") or ("\0",),
        split_ends=frozenset(w[-1] for w in roles.get("split", ())),
        split_units=frozenset(roles.get("split_unit", ())),
        standards=longest_first("standard") or ("\0",),
        aspects=longest_first("aspect") or ("\0",),
        found_parts=longest_first("found_part") or ("\0",),
        label_re=re.compile("(?:" + (alternation(roles.get("label", ())) or "(?!)") + ")(?:"
                            + (alternation(roles.get("copula", ())) or "(?!)") + ")"),
        partners=frozenset(roles.get("partner", ())),
        targets=longest_first("target"),
        tails=longest_first("tail"),
        subject_links=longest_first("subject_link"),
        subordinates=longest_first("subordinate"),
        quotas=frozenset(roles.get("quota", ())),
        futures=longest_first("future"),
        bare_opinions=longest_first("bare_opinion"),
        unit_nouns=frozenset(roles.get("unit_noun", ())),
        person_units=frozenset(roles.get("person_unit", ())),
        category_units=frozenset(roles.get("category_unit", ())),
        kind_nouns=frozenset(roles.get("kind_noun", ())),
        joined_attributes=frozenset(roles.get("joined_attribute", ())),
        case_units=frozenset(roles.get("case_unit", ())),
        chain_joiners=frozenset(roles.get("chain_joiner", ())) | {""},
        total_joiners=frozenset(roles.get("total_joiner", ())),
        parts=longest_first("part"),
        regroup_ends=frozenset(w[-1] for w in roles.get("regroup", ())),
        places=frozenset(roles.get("place", ())),
        setting_re=re.compile(alternation(roles.get("setting", ())) or "(?!)"),
        abouts=longest_first("about"),
        locatives=longest_first("locative"),
        proxies=longest_first("proxy"),
        connectives=longest_first("connective"),
        whens=longest_first("when"),
        numbered_events=longest_first("numbered_event"),
        causatives=longest_first("causative"),
        reads=longest_first("read"),
        writes=longest_first("write"),
        title_re=re.compile(alternation(titles)) if titles else None,
        wholes=longest_first("whole") + longest_first("part") + longest_first("place"),
        settings=tuple(sorted(roles.get("whole", set()) | roles.get("part", set()) | roles.get("locative", set())
                              | roles.get("scene", set()), key=len, reverse=True)),
        teams=longest_first("team"),
        people_manners=frozenset(roles.get("people_manner", ())),
        people_means=frozenset(roles.get("people_means", ())),
        body_stops=longest_first("body_end"),
        roll_calls=longest_first("roll_call"),
        beneficiaries=longest_first("beneficiary"),
        share_units=frozenset(roles.get("share_unit", ())),
        rate_rules=longest_first("rate_rule") or ("\0",),
        compares=longest_first("compare"),
        vague_heads=longest_first("vague_head"),
        reaches=longest_first("reach"),
        musters=longest_first("muster"),
        demonstratives=longest_first("demonstrative"),
        builds=longest_first("build"),
        part_refs=frozenset(roles.get("part_ref", ())),
        lead_objects={row["metric"]: frozenset(m for m in (row.get("objects") or "").split("|") if m)
                      for row in lead_objects},
        body_units=frozenset(roles.get("body_unit", ())),
        people_of=longest_first("people_of"),
        people_heads=longest_first("people_head"),
        doer_units=frozenset(w for r in ("body_unit", "person_unit", "doer_unit") for w in roles.get(r, ())),
        change_re=re.compile(alternation(roles.get("change", ())) or "(?!)"),
        handovers=longest_first("handover"),
        any_cue_re=re.compile(alternation({c for _, cues, _ in metrics for c in cues
                                           if c[:1] not in ("^", _NO_METRIC)}) or "(?!)"),
        # (one-character endings such as 局 or 处 need a prefix to name a body: left out;
        # an ending alone only opening a clause, 组织部 or 校长办公室, still closes a body)
        body_ends=(body_ends := tuple(sorted(roles.get("actor", set()) | {
            row["suffix"] for row in org_suffixes
            if row.get("needs") in ("none", "qualifier", "opening") and len(row["suffix"]) >= 2}, key=len, reverse=True))),
        body_re=re.compile(alternation(body_ends) or "(?!)"),
        owners=body_ends + longest_first("whole") + longest_first("part") + longest_first("place")
        + longest_first("period"),
        origins=longest_first("origin"),
        no_doer_re=re.compile(alternation(roles.get("no_doer", ())) or "(?!)"),
        no_doer_heads=frozenset(a for a in roles.get("actor", ()) if any(a in w for w in roles.get("no_doer", ()))),
        versus_re=re.compile(f"(?:{alternation(roles['versus'])})"
                             f"(?:{alternation(roles.get('change', set()) | roles.get('adverb', set()) | {'了'})})+\\Z")
        if roles.get("versus") else re.compile("(?!)"),
        disposals=longest_first("disposal"),
        concerns=longest_first("concern"),
        supervisors=longest_first("supervisor"),
        quote_means=longest_first("quote_means"),
        verb_nouns=frozenset(roles.get("verb_noun", ())),
        manners=frozenset(roles.get("manner", ())),
        long_prepositions=tuple(w for w in longest_first("preposition") if len(w) >= 2),
        ongoing=longest_first("ongoing"),
        likeness=longest_first("likeness"),
        unit_metrics={},
        pronoun_nexts=longest_first("pronoun_next"),
        span_words=longest_first("span_word"),
    )


# --------------------------------------------------------------------------- words

def _words(lex: _Lexicon, s: str) -> list[tuple[int, str]]:
    """Occurrences of the bounding words in ``s``, leaving those inside a noun."""
    found = [(m.start(), m.group()) for m in lex.word_re.finditer(s)]
    if not found or lex.noun_re is None:
        return found
    hidden = [(m.start(), m.end()) for m in lex.noun_re.finditer(s)]
    if not hidden:
        return found
    return [(i, w) for i, w in found
            if not any(a <= i and i + len(w) <= b and b - a > len(w) for a, b in hidden)]


def _plain_ideographs() -> str:
    """A character class of the ideographs that are no numeral characters."""
    digits = sorted(ord(c) for c in CN_DIGITS if 0x4E00 <= ord(c) <= 0x9FFF)
    ranges, lo = [], 0x4E00
    for d in digits:
        if d > lo:
            ranges.append(f"{chr(lo)}-{chr(d - 1)}")
        lo = d + 1
    ranges.append(f"{chr(lo)}-\u9fff")
    return "[" + "".join(ranges) + "]"


#: Characters that never stop or shape the phrase after a count (_object_after).
_PLAIN_RUN = re.compile(_plain_ideographs() + "*")


def _phrase_end_after(text: str, start: int) -> int:
    """Where the phrase after a count ends: at a separator or bracket, over quotes,
    short bracketed notes and formulas, at most _MAX_AFTER characters on."""
    end = start
    limit = min(len(text), start + _MAX_AFTER)
    depth = 0
    while end < limit:
        # ideographs other than numerals are read over in one step (at any depth)
        plain = _PLAIN_RUN.match(text, end, limit)  # (a starred class: always matches)
        end = plain.end() if plain is not None else end
        if end >= limit:
            break
        ch = text[end]
        if ch in "“「”」":
            # (quote marks name nothing: they do not count against the length read,
            # 127支“红色先锋”理论宣讲志愿队伍 is read whole)
            depth = depth + 1 if ch in "“「" else max(0, depth - 1)
            limit = min(len(text), limit + 1)
        elif ch in "（(" and depth == 0 and end > start:
            close = _BRACKET_NOTE.match(text, end)
            if close is None:
                break
            end = close.end()  # 17个村（社区）党组织: a note inside the object
            continue
        elif (ch in _SEGMENT_END or ch in "（(《【)）") and depth == 0:
            break  # (…、5个领域复核组[)]: a count inside a bracket note ends with it)
        elif depth == 0 and (ch.isdigit() or (ch in CN_DIGITS and end > start and ch not in "一万千百")):
            skip = formula_end(text, end)  # (Arabic digits too: 5名[90后]青工)
            if skip is None or skip > limit:
                break
            end = skip  # 违反中央[八项规定]精神问题: a formula inside the object
            continue
        end += 1
    if end == limit and end < len(text):
        end = _word_start(text, end, start)  # (cut at the limit: not in the middle of a word)
        while end > start and text[end - 1] in "“「":
            end -= 1  # nor after the opening quote of a name cut off
    return end


def _word_start(text: str, at: int, lo: int) -> int:
    """Where the dictionary word that ``at`` falls inside starts (整改提升[工|作]
    -> 工), or ``at`` when it falls between words; never before ``lo``."""
    tags = word_tags()
    for a in range(max(lo, at - 3), at):
        if any(text[a:b] in tags for b in range(at + 1, min(len(text), a + 4) + 1)):
            return a
    return at


def _word_end(text: str, at: int, hi: int) -> int:
    """Where the dictionary word that ``at`` falls inside ends (采[购]成本 -> 成),
    or ``at`` when it falls between words; never after ``hi``."""
    tags = word_tags()
    for a in range(max(0, at - 3), at):
        for b in range(min(hi, a + 4), at, -1):
            if text[a:b] in tags:
                return b
    return at


#: A clause of what the things counted are made of, closed by 的 (520名[由高校专家、
#: 基层干部等组成的]宣讲队伍): it may hold 、, so it is read over whole.
_MADE_OF = re.compile(r"由[^，,。；;：:！!？?\n]{1,40}?[组构]成的(?=[\u4e00-\u9fff])")


def _formula_spans(s: str) -> list[tuple[int, int]]:
    """Spans of the formulas opening at an Arabic numeral inside the phrase after a count
    (5名[90后]青工): the phrase is read over them (``_phrase_end_after``), so a word
    inside them (后) ends no object."""
    return [(i, e) for i, ch in enumerate(s)
            if ch.isdigit() and (i == 0 or not s[i - 1].isdigit()) and (e := formula_end(s, i)) is not None]


def _object_after(lex: _Lexicon, text: str, start: int, unit: str) -> tuple[int, int, int] | None:
    """(phrase_start, object_start, end) of an object written after the unit."""
    made_of = _MADE_OF.match(text, start)
    if made_of is not None:  # (what they are made of is no cue of the metric)
        return _object_after(lex, text, made_of.end(), unit)
    note = _BRACKET_NOTE.match(text, start)
    if note is not None:  # 122项[(条)]履职成果: a second unit in brackets, the noun follows it
        found = _object_after(lex, text, note.end(), unit)
        return (start, found[1], found[2]) if found is not None else None
    end = _phrase_end_after(text, start)
    s = text[start:end]
    if not s or (lex.joins and s.startswith(lex.joins)):
        return None  # 制定整改措施18项[并]逐项销号: a new verb phrase, the object is before
    if s == "等":
        return None  # 大办婚丧喜庆50起[等]。: the 等 closes a list of counts, the object is before
    if s[0] in lex.item_join_starts and end < len(text) and _DIGIT.match(text, end) and _opens_item(lex, s):
        return None  # 委员5名[和]候补委员2名: the next counted item, the object is before
    words = _words(lex, s)
    whole = [m.span() for m in lex.counted_noun_re.finditer(s)]
    if whole:  # 29条巡视[反馈]意见: the verb inside the noun counted bounds nothing
        words = [(i, w) for i, w in words if not any(a <= i and i + len(w) <= b for a, b in whole)]
    if formulas := _formula_spans(s):  # 5名[90后]青工: a formula read over bounds nothing
        words = [(i, w) for i, w in words if not any(a < i < b for a, b in formulas)]
    obj_start = 0
    if (s.startswith(lex.degrees) and (de := s.find("的")) > 0) or (de := _done_clause_end(s)) or \
            (de := _standing_end(s)):
        # 10篇[比较深入全面的]调研报告: a graded quality before 的, the head noun is counted;
        # 35家[已巡察过的]党组织: a clause of what was done to them, likewise
        obj_start = de + 1
        words = [(i, w) for i, w in words if i >= obj_start]
    if words and words[0][0] == 0:
        w = words[0][1]
        if w in lex.blocks or (w in lex.prepositions and not _opens_word(s, len(w))):
            return None  # 分20批次[对]61起问题通报曝光: a new phrase, nothing counted after
        if w in lex.light and unit not in lex.category_units:
            obj_start = len(w)
        elif (w in lex.verbs or w in lex.light) and unit not in lex.person_units and unit not in ("次", "场"):
            return None  # (a head count of people by any unit, 人 or 名, may do the verb: 260名[参加])
    cut = len(s)
    quoted = [m.span() for m in _QUOTED.finditer(s)]
    for i, w in words:
        if i >= max(1, obj_start + 1) and not any(a < i < b for a, b in quoted):
            cut = i  # (a verb inside a quoted name bounds nothing: 11个“我为群众[办]实事”咨询项目)
            break
    if s[obj_start:cut] in lex.manners and unit in _EVENT_UNITS and (verb := next(
            (w for i, w in words if i == cut and w in lex.verbs), None)):
        cut += len(verb)  # 3次[专题]研究…方案: the manner noun is an adverb of the verb counted
    if s.startswith(_ASPECT, cut):
        cut = _verb_before_aspect(s, obj_start, cut)  # 12个乡镇[上]了一堂辅导课: 上 is the verb
    s, words, cut = _over_joined_modifier(lex, text, start, s, words, obj_start, cut, unit)
    for a, _ in quoted:
        if obj_start < a < cut and s[obj_start:a].endswith(lex.actors):
            cut = a  # 10个单位[“三微”实事办理情况]: the head is counted, the quote opens what they did
            break
    # 12人[怀着]崇敬的心情参观: people counted, then what they did; the 的 inside
    # their verb phrase closes no relative clause before them
    acted = unit in lex.person_units and bool(words) and words[0] == (obj_start, words[0][1]) and \
        words[0][1] in lex.verbs
    de = 0 if acted else _relative_clause_end(lex, s, obj_start, cut)
    if de:  # 61起[扶贫领域侵害群众利益的]典型问题: a relative clause, the head noun is counted
        head = _object_after(lex, text, start + de + 1, unit)
        return (start, head[1], head[2]) if head is not None else None
    obj_start = _owner_of_people(lex, s, obj_start, cut, unit)
    cut = min(cut, _modal_at(lex, s, obj_start + 1, cut), _possessive_at(s, obj_start, cut, lex.actors))
    if unit in lex.person_units:
        cut = _before_people_manner(lex, s, obj_start, cut)
        cut = _before_people_manner(lex, s, obj_start, cut, words=lex.people_means)
    elif unit not in _EVENT_UNITS and not s.startswith(tuple(lex.people_manners), obj_start) and \
            (manner := _before_people_manner(lex, s, obj_start, cut, 1)) < cut and \
            (next((w for w in lex.people_manners if s.startswith(w, manner)), s[manner:cut]) != s[manner:cut]
             or _verb_at(lex, words, cut)):
        cut = manner  # 深入5个村[现场]察看: how the visit went, the places are counted (not 5个党建现场,
        # nor an event's name: 5场线上线下宣讲)
    cut = _before_body_stop(lex, s, obj_start, cut)
    cut = _before_adverb(lex, s, obj_start, cut)
    cut = _before_agent_mark(s, obj_start, cut)
    if cut < len(s) and cut - 1 > obj_start and s[cut - 1] in _NEGATIONS:
        head = _negated_clause_head(lex, text, start, s, obj_start, unit)
        if head is not None:
            return head
        cut -= 1  # 3个支部[不]按…: the negation opens the predicate, it names nothing
    if s[obj_start:cut].strip("的之") == "" or cut - obj_start < 1:
        return None
    if _ONLY_QUOTES.fullmatch(s, obj_start, cut) or not _NAMING.search(s, obj_start, cut):
        return None  # (含立行立改问题2个[)]: a closing bracket names nothing)
    if cut == len(s) and text.startswith("、", start + cut):
        cut = _over_noun_items(lex, text, start + cut, s[obj_start:cut], unit) - start
    return start, start + obj_start, start + cut


#: Negations that open a predicate inside the phrase after a count (关系[不]在…的).
_NEGATIONS = "不未没"

#: The longest item of a list of nouns read over after the object of a count.
_MAX_NOUN_ITEM = 8

#: Tags of jieba's dictionary for a word that opens a noun item of a list.
_NOUN_ITEM_TAGS = ("n", "nr", "ns", "nt", "nz", "j")


def _negated_clause_head(lex: _Lexicon, text: str, start: int, s: str, obj_start: int,
                         unit: str) -> tuple[int, int, int] | None:
    """The head noun after a relative clause holding a negation (5个[党组织关系
    不在本地的]流动党员党组织): the 的 after the negated verb closes a clause
    describing the head, which is counted when the vocabulary counts it by this
    unit; None otherwise (3个支部不按规定的时间… keeps the noun before)."""
    k = s.find("的", obj_start + 4, len(s) - 1)
    if k < 0:
        return None
    head = _object_after(lex, text, start + k + 1, unit)
    if head is None or _metric(lex, text[head[1]:head[2]], unit, after=True) is None:
        return None
    return start, head[1], head[2]


def _over_noun_items(lex: _Lexicon, text: str, end: int, obj: str, unit: str) -> int:
    """Where the object after a count ends when a list of bare nouns of its kind
    joined by 、 follows it (33个乡镇、街道办事处; 66名党员、群众代表): the count
    counts them all, so each item with no numeral and opening with a noun is read
    on up to its first bounding word (verb, preposition: 街道办事处|开展…). An
    item naming anything else (5个村、3个社区, 5名党员、各组干部) or another kind
    of thing (3个基层法庭、律师) ends the object before it."""
    while end < len(text) and text[end] == "、":
        item_end = _phrase_end_after(text, end + 1)
        item = text[end + 1:item_end]
        bound = next((i for i, _ in _words(lex, item)), len(item))
        item = item[:bound]
        if not item or len(item) > _MAX_NOUN_ITEM or _DIGIT.search(item):
            break
        first = next(_dict_words(item), None)
        if first is None or first[2] not in _NOUN_ITEM_TAGS or len(first[1]) < 2 or \
                not _same_kind(lex, obj, item, unit):
            break
        end += 1 + len(item)
    return end


def _same_kind(lex: _Lexicon, obj: str, item: str, unit: str) -> bool:
    """Whether ``item`` of a list after a count is counted with ``obj``: people
    counted by a unit of people whose metric the list keeps (党员、群众代表),
    places by places (乡镇、街道办事处), or things the vocabulary counts alike
    (…会议、常委扩大会议: meetings)."""
    if unit in lex.person_units:  # (人大代表、政协委员 name no party members: the list must not make them so)
        return _metric(lex, obj, unit, after=True) == _metric(lex, obj + "、" + item, unit, after=True)
    if obj.endswith(tuple(lex.places)) and item.startswith(tuple(lex.places)):
        return True
    metric = _metric(lex, obj, unit, after=True)
    return metric is not None and metric == _metric(lex, item, unit, after=True)


def _verb_at(lex: _Lexicon, words: list[tuple[int, str]], at: int) -> bool:
    """Whether a content verb starts at ``at`` (5家单位现场[述职]): a manner word just
    before it is the verb's adverb, not the end of a place's name (5个党建现场)."""
    return any(i == at and w in lex.verbs for i, w in words)


def _opens_item(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` opens with a whole word of role item_join (和, 以及): the
    next item of a list of counts, not a noun that opens with it (和美乡村)."""
    first = next(_dict_words(s), None)
    return first is not None and first[1] in lex.item_joins


def _after_item_join(lex: _Lexicon, obj: str) -> str:
    """``obj`` without the whole word of role item_join opening it ([和]候补委员2名:
    the joiner links it to the count before, it names nothing); kept when nothing
    would be left or when the word is part of a longer one (与会人员)."""
    if obj[:1] not in lex.item_join_starts or not _opens_item(lex, obj):
        return obj
    first = next(_dict_words(obj))[1]
    return obj[len(first):] or obj


def _before_people_manner(lex: _Lexicon, s: str, lo: int, cut: int, gap: int = 2,
                          words: frozenset[str] | None = None) -> int:
    """Where the noun after a head count of people ends at a word of how or where
    they acted (7名党支部书记[现场]述职, 6名…[书面]述职): that is their verb's
    adverb, not who they are. A longer dictionary word opening there (现场会) is no stop.
    ``words`` replaces the manner words (the means of ``people_means``, read after
    people only: 3个资源利用项目 is one noun)."""
    tags = word_tags()
    for w in lex.people_manners if words is None else words:
        i = s.find(w, lo + gap, cut)
        if i >= 0 and not any(s[i:j] in tags for j in range(i + len(w) + 1, min(cut, i + 4) + 1)) and \
                (words is None or not any(s[k:i + len(w)] in tags for k in range(max(lo, i - 2), i))):
            cut = i  # (a means closing a longer word, 综合[利用], is none)
    return cut


def _before_adverb(lex: _Lexicon, s: str, lo: int, cut: int) -> int:
    """Where the object after a count ends at an adverb of count_words role
    object_stop, read as a whole word (2家国企关联交易[未]公开…, 28个街道职能定位[更加]
    明确): it opens what the things counted did or how they are, naming none of
    them. Only past the object's first word and outside quotes (关键词“全面从严治党”).
    So does an adverbial phrase closed by 地 (两位专家[耐心地]查看), at its first word,
    or right after the count (一行五人[风尘仆仆地]赶到: nothing named is counted)."""
    if cut - lo < 3:
        return cut
    depth = 0
    prev = 0
    for i, w, tag in _dict_words(s[lo:cut]):
        if tag == _ADVERBIAL_TAG and depth == 0 and (prev >= 2 or (prev == 0 and i >= 2)):
            return lo + prev  # 两位专家[耐心地]查看, 一行五人[风尘仆仆地]: an adverbial phrase opens what they did
        prev = i
        if w in "“「":
            depth += 1
        elif w in "”」":
            depth = max(0, depth - 1)
        elif i >= 2 and depth == 0 and w in lex.object_stops and not _before_noun(s, lo + i + len(w), cut):
            return lo + i
    return cut


def _before_noun(s: str, at: int, cut: int) -> bool:
    """Whether the rest of the object from ``at`` to ``cut`` is all nouns: an
    object_stop right before them only qualifies them inside the object (10名社会[各]
    阶层人士代表), where before a verb it opens what the things counted did (四个党小组
    [各]推荐…; 7个支部[各]选派一支队伍, 选派 being tagged a noun, reads on to a numeral)."""
    words = list(_dict_words(s[at:cut]))
    return bool(words) and all(tag.startswith("n") for _, _, tag in words)


#: The tag of jieba's dictionary for the particle closing an adverbial phrase
#: (耐心[地], 热情[地]); 地 inside a word (基地, 阵地) is no particle.
_ADVERBIAL_TAG = "uv"


def _before_body_stop(lex: _Lexicon, s: str, lo: int, cut: int) -> int:
    """Where the object after a count ends at a word that, right after a body or
    doer head, opens what they did (四个巡察组[阶段性]巡察工作情况: the groups are
    counted); after anything else it reads on (4个取得阶段性成效)."""
    for w in lex.body_stops:
        i = s.find(w, lo + 2, cut)
        if i >= 0 and s[lo:i].rstrip(_CLOSING_BRACKETS).endswith(lex.actors):
            cut = i
    return cut


#: Closing brackets: a body's note in brackets (党委（党组）) still ends with its head.
_CLOSING_BRACKETS = ")）"

#: The aspect particle closing a verb (上了, 整治了): it ends the phrase after a count.
_ASPECT = "了"


def _verb_before_aspect(s: str, lo: int, k: int) -> int:
    """Where the verb closed by the 了 at ``k`` starts, the object after a count
    ending there (12个乡镇[上]了一堂辅导课, 3个村[整治]了…): a word of two characters
    of jieba's dictionary (整治 is tagged n) that opens no word with the character
    before it (乡镇|上, not 镇上), else one verb character (tag v, or f for 上/下); ``k`` when the 了
    opens a word (了解) or no verb stands before it."""
    tags = word_tags()
    if s[k:k + 2] in tags:
        return k
    if k - 2 >= lo and s[k - 2:k] in tags and (k - 3 < lo or s[k - 3:k - 1] not in tags):
        return k - 2 if k - 2 > lo else k  # (400余人[参加]了: the verb is all the phrase, it stays)
    if k - 1 > lo and tags.get(s[k - 1], "")[:1] in ("v", "f"):
        return k - 1
    return k


def _over_joined_modifier(lex: _Lexicon, text: str, start: int, s: str, words: list[tuple[int, str]],
                          obj_start: int, cut: int, unit: str) -> tuple[str, list[tuple[int, str]], int]:
    """(phrase, its bounding words, object end) after a count whose object stops
    at a 和 joining two modifiers of one head noun (26起[扶贫领域腐败和作风问题
    典型案例]): the phrase is read on past the 和 (a phrase of its own, so past
    the length limit) to the next bounding word when the part before 和 names
    nothing the vocabulary counts by this unit and the longer phrase does. Two
    things counted (5个党支部和…, 12个村和社区) still end at 和. A part before 和 that
    only qualifies a head (8家[直属]和挂靠单位, 12名[在职]和退休党员: ``joined_attribute``)
    names nothing counted either: the phrase reads on whatever its metric."""
    if not s.startswith("和", cut):
        return s, words, cut
    attribute = s[obj_start:cut] in lex.joined_attributes
    if not attribute and _metric(lex, s[obj_start:cut], unit, after=True) is not None:
        return s, words, cut
    longer = text[start:_phrase_end_after(text, start + cut + 1)]
    found = _words(lex, longer)
    nxt = next((i for i, _ in found if i > cut), len(longer))
    if not attribute and _metric(lex, longer[obj_start:nxt], unit, after=True) is None:
        return s, words, cut
    return longer, found, nxt


def _opens_word(s: str, n: int) -> bool:
    """Whether the first ``n`` characters of ``s`` begin a longer dictionary word
    ([在]职党员: 在职, not the preposition 在)."""
    tags = word_tags()
    return any(s[:k] in tags for k in range(n + 1, min(len(s), n + 3) + 1))


#: A run of Arabic digits (a formula's numeral read over before a count).
_DIGIT_RUN = re.compile(r"\d+")

#: A party member's standing (党龄达到50年的, 入党满五十年, 在党50年以上的) before the people counted.
_STANDING = re.compile(r"(?:党龄|入党|在党)(?:已|均)?(?:达到|达|满|超过|超|逾)?[\d一二三四五六七八九十]+周?年"
                       r"(?:以上|及以上)?的?(?=[\u4e00-\u9fff])")

#: A clause of what was already done to the things counted, closed by 的 (已巡察过的, 已完成的).
_DONE_CLAUSE = re.compile(r"已[\u4e00-\u9fff]{1,4}?过?的(?=[\u4e00-\u9fff])")


def _money_object_after(lex: _Lexicon, text: str, end: int) -> tuple[int, int, int] | None:
    """The object of a sum of money written after it, only behind 的 (3万多元[的]差价款):
    a sum is else a quantity of the thing before it (投入资金300万元), and what
    follows it bare is the next phrase."""
    if text[end:end + 1] != "的":
        return None
    after = _object_after(lex, text, end + 1, "元")
    return (end, after[1], after[2]) if after is not None else None


#: Hedges written after a share (65%以上), which may stand between it and its noun.
_SHARE_HEDGES = ("以上", "左右")


#: What opens a clause giving a share of a whole (占总数的33.6%): the thing the share
#: is of is the subject of the clause before.
_SHARE_OF = "占"
_MAX_SHARE_SUBJECT = 12
#: Adverbs of continuance jieba leaves untagged as such (仍是, 依然是).
_STILL = frozenset({"仍", "仍然", "依然", "依旧", "还"})


def _split_into(lex: _Lexicon, text: str, clause_start: int, num_start: int) -> bool:
    """Whether a verb of dividing (count_words role split: 分, 分为) stands right
    before the count, as a word of its own (not the end of 部分, 充分, 十分). The
    caller also asks that the pieces be phases (role phase): groups formed so
    (分成6个学习小组) are counted, and so are batches (分三批赴…: the gold counts them)."""
    tags = word_tags()
    for w in lex.splits:
        at = num_start - len(w)
        if at >= clause_start and text.startswith(w, at) and \
                (at == clause_start or text[at - 1:at + 1] not in tags):
            return True
    return False


#: Joiners of the phases named between a split verb and their count (分为A、B两个阶段).
_PHASE_LIST_JOINS = ("、", "和", "及")
#: How far before the count the split verb of a list of named phases is looked for.
_MAX_PHASE_LIST = 24


def _before_split(lex: _Lexicon, text: str, before: tuple[int, int, int],
                  clause_start: int, num_start: int) -> tuple[int, int, int] | None:
    """The object before a count without the split verb right before the count
    (培训[分]三批, 活动[共分为]三批次: the work was done in batches, the verb names
    nothing counted); None when the verb was all of it ((分三批): the thing split
    is named outside the clause)."""
    if not _split_into(lex, text, clause_start, num_start):
        return before
    cut = num_start - next(len(w) for w in lex.splits if text.startswith(w, num_start - len(w)))
    cut = min(cut, before[2])
    return (before[0], before[1], cut) if cut > before[1] else None


def _split_into_named(lex: _Lexicon, text: str, clause_start: int, num_start: int) -> bool:
    """Whether a split verb of two characters or more (分为, 分成) opens a list of the
    phases named right before their count, in the same clause (活动分为理论学习、义诊活动
    两个阶段进行): the count only says how many pieces were just named, no count of work."""
    lo = max(clause_start, num_start - _MAX_PHASE_LIST)
    for w in lex.splits:
        at = text.rfind(w, lo, num_start) if len(w) > 1 else -1
        if at < 0:
            continue
        items = text[at + len(w):num_start]
        if any(j in items for j in _PHASE_LIST_JOINS) and not any(c in _SEGMENT_END - set("、") for c in items) \
                and (at == clause_start or text[at - 1:at + 1] not in word_tags()):
            return True
    return False


def _bare_split_item(lex: _Lexicon, text: str, num_end: int, unit: str) -> bool:
    """Whether a count after a split verb names nothing after its unit (共分为八项，
    分别是…): the items a piece of work is laid out in, introduced for a list."""
    return unit in lex.split_units and text[num_end:num_end + 1] in _CLAUSE_END


_MAX_ASPECT_LEAD = 2


def _standard_parts(lex: _Lexicon, text: str, clause_start: int, num_start: int,
                    after: tuple[int, int, int]) -> bool:
    """Whether a count names the parts of a standard measured against (对照中央明确的
    6个方面): its object opens with an aspect head (方面) after at most a short
    modifier, and a verb of measuring against (role standard) governs it, with no
    other verb between (就…提出三个方面的要求 is what was decided) and no finding
    named between (对照反馈的…). Those parts are a regulation's contents, not work
    done; a chain of counts after it (4个方面15条) counts findings."""
    obj = text[after[1]:after[2]]
    if not text[num_start:after[1]].rstrip().endswith(lex.aspects) and \
            not any(obj.startswith(lex.aspects, i) for i in range(min(len(obj), _MAX_ASPECT_LEAD + 1))):
        return False  # (对照6[方面]标准: the aspect head written as the unit, round 61)
    if _DIGIT.match(text, after[2]):
        return False  # 对照检查出问题4个方面[15]条: the parts of findings, counted in a chain
    at, verb = max((text.rfind(w, clause_start, num_start), w) for w in lex.standards)
    if at < 0:
        return False
    between = text[at + len(verb):num_start]
    # 对照[反馈]的3个方面…: the parts of what was found are counts
    return not any(w in between for w in lex.found_parts) and \
        not any((w in lex.verbs or w in lex.light) and not between.startswith("的", i + len(w))
                for i, w in _words(lex, between))  # (中央明确[的]: a relative clause, no verb)


def _share_subject_before(lex: _Lexicon, text: str, clause_start: int, num_start: int) -> str | None:
    """The subject of the clause before one opening with 占 (工人和农民[仍是]党员队伍主体，
    占总数的33.6%): the noun phrase before that clause's first verb, without the
    adverbs before the verb. None when the 占 clause names a noun of its own before
    the share (占总数的党员33.6%: handled as usual), or no noun phrase opens the clause before."""
    if "的" not in text[clause_start:num_start] or not text[clause_start:num_start].endswith("的"):
        return None
    lo = clause_start - 1
    prev = lo
    while prev > 0 and text[prev - 1] not in _CLAUSE_END:
        prev -= 1
    words = list(_dict_words(text[prev:lo]))
    verb = next((k for k, (_, _, tag) in enumerate(words) if tag.startswith("v")), None)
    if not verb or not words[verb][1].startswith(lex.copulas):
        return None  # (only a copula makes its subject the whole: 工人和农民[是]主体)
    while verb > 0 and (words[verb - 1][2] == "d" or words[verb - 1][1] in lex.adverbs or words[verb - 1][1] in _STILL):
        verb -= 1  # 仍是: the adverb goes with the verb
    if verb == 0 or not words[verb - 1][2].startswith("n"):
        return None
    subject = text[prev:prev + words[verb][0]]
    return subject if 2 <= len(subject) <= _MAX_SHARE_SUBJECT else None


def _share_opens_clause(text: str, num_start: int) -> bool:
    """Whether a share opens its clause (案件中，70%的问题线索来自巡视): nothing before it
    names a rate, so the noun after it is what the share is of."""
    return num_start == 0 or text[num_start - 1] in _CLAUSE_END


def _share_object_after(lex: _Lexicon, text: str, num_start: int, num_end: int) -> tuple[int, int, int] | None:
    """The object of a share written between two 的 (完成省分行下达[的]90%[的]阶段性目标):
    the share is itself qualified by the clause before it, so it names no rate of
    that clause; it is a share of the noun after it. Else None: a share is a
    rate named before it (参学率达到100%), and the noun after 的 of a plain
    rate (党员占比60%的支部) is what has that rate, not what it measures."""
    tags = word_tags()
    opens = _share_opens_clause(text, num_start)
    if opens and text[num_end:num_end + 1] != "的" and text.endswith(_SHARE_HEDGES, num_start, num_end) and \
            tags.get(text[num_end:num_end + 2], "").startswith("n"):
        read = num_end  # ，65%以上线索来自巡察: a hedged share opening its clause, of the noun after it
    elif text[num_end:num_end + 1] != "的" or (text[num_start - 1:num_start] != "的" and not opens and not (
            # 将86.5%的科研骨干培养成党员, 使92%的党员教师…: the verb after the noun is what was
            # done to that share of them, the verb before names no rate
            text.endswith(lex.disposals, max(0, num_start - 2), num_start))):
        return None
    else:
        read = num_end + 1
    after = _object_after(lex, text, read, "%")
    if after is None:
        return None
    verb = next((i for i in range(after[1] + 2, after[2])
                 if tags.get(text[i:i + 2], "").startswith("v") and text[i - 1:i + 1] not in tags), after[2])
    return num_end, after[1], verb  # 92%的党员教师[成为]…: the noun ends at its verb


#: Units of events that an adverbial of place or target may separate from their verb.
_EVENT_UNITS = frozenset({"次", "场", "场次"})
#: How far after an event count its verb may stand behind an adverbial.
_MAX_ADVERBIAL = 40


def _object_after_adverbial(lex: _Lexicon, text: str, start: int, unit: str) -> tuple[int, int, int] | None:
    """(phrase_start, object_start, end) of what an event count counts when an
    adverbial opened by a preposition stands between the count and its verb
    (3次[在全院干警大会上对“三个规定”]进行专题解读): the object is read after the
    first verb of the clause, outside quotes. None when no preposition opens
    the phrase or no verb follows in the clause."""
    if unit not in _EVENT_UNITS or not text.startswith(lex.prepositions, start):
        return None
    m = _CLAUSE_RE.search(text, start, start + _MAX_ADVERBIAL)
    end = m.start() if m else min(len(text), start + _MAX_ADVERBIAL)
    quoted = [q.span() for q in _QUOTED.finditer(text, start, end)]
    for i, w in _words(lex, text[start:end]):
        at = start + i
        if i == 0 or any(a <= at < b for a, b in quoted) or (w not in lex.light and w not in lex.verbs):
            continue
        found = _object_after(lex, text, at + len(w) if w in lex.light else at, unit)
        return (at, found[1], found[2]) if found is not None else None
    return None


def _late_after_subject(lex: _Lexicon, text: str, before: tuple[int, int, int], num_end: int,
                        unit: str) -> tuple[int, int, int] | None:
    """The object of an event count read after an adverbial (see
    _object_after_adverbial) when the phrase before the count ends with an adverb
    of sequence or sum (王明[先后]两次对简报作出批示): that phrase is the doer and its
    adverb, not what was done. None otherwise (cheapest test first)."""
    if unit not in _EVENT_UNITS or not text.startswith(lex.prepositions, num_end) or \
            not text.endswith(lex.adverbs, before[1], before[2]) or \
            (before[2] - before[1] < 3 and text[before[1]:before[2]] not in lex.adverbs):
        return None  # (the adverb alone, [先后]4次对…作出批示, has its doer in a clause before)
    return _object_after_adverbial(lex, text, num_end, unit)


def _standing_end(s: str) -> int:
    """Where a party member's standing written before the people counted ends
    (5名[党龄达到50年的]老党员, 12名[入党满50年的]老同志, [党龄满50年]老党员), or 0:
    the years are how long they have been members, the people after them are
    counted, where the object would stop at 党龄 before its verb."""
    m = _STANDING.match(s)
    return m.end() - 1 if m else 0


def _done_clause_end(s: str) -> int:
    """Where 的 closes a leading 已… clause (35家[已巡察过的]党组织), or 0: the
    head noun after it is counted, where 已 alone would mean nothing is."""
    m = _DONE_CLAUSE.match(s)
    return m.end() - 1 if m else 0


def _relative_clause_end(lex: _Lexicon, s: str, lo: int, hi: int) -> int:
    """Where 的 closes a relative clause opening the phrase after a count, or 0:
    a verb of jieba's dictionary (tag v) with an object before the 的
    (61起[扶贫领域侵害群众利益的]典型问题), so the head noun after it is
    counted, not the noun the verb governs. A passive 被 before the verb makes
    it a modifier of the noun (两个被巡察单位的整改工作) and the 的 possessive.
    So does 在内 before the 的 (包括…在内的志愿者), the light verb 包括 being skipped.
    A verb inside a noun of count_words.tsv (推荐工作组织[实施]单位的…) is none, and
    neither is a verb naming a field of work ([推荐]工作组织实施单位的…)."""
    k = s.find("的", lo + 4, hi - 2)
    if k < 0 or _agent_mark_at(s, lo, k) > 0:
        return 0  # (32个村党组织书记[所抓的]党建工作: the agent is counted, _possessive_at cuts)
    if s.endswith("在内", lo, k):
        return k  # 120名[包括]党员干部在内的志愿者: what the people include, the head after it
    tags = word_tags()
    nouns = [(n.start(), n.end()) for n in lex.noun_re.finditer(s, lo, k) if n.end() - n.start() > 2] \
        if lex.noun_re is not None else []  # (a noun no longer than the verb is the verb: 需要)
    for i in range(lo, k - 3):
        if tags.get(s[i:i + 2]) == "v" and (i == lo or s[i - 1] != "被") and \
                not s.startswith(_WORK, i + 2) and not any(a <= i and i + 2 <= b for a, b in nouns):
            return k
    return 0


def _modal_at(lex: _Lexicon, s: str, lo: int, hi: int) -> int:
    """Where a modal word (要, 必须: plan words of count_words.tsv) opens the
    predicate after the counted noun (3个村[要]…), or ``hi``. A modal inside
    a noun (主要任务, 要求) stays."""
    for m in lex.plan_re.finditer(s, lo, hi):
        if lex.noun_re is None or not any(
                n.start() <= m.start() and m.end() <= n.end()
                for n in lex.noun_re.finditer(s, max(0, m.start() - 3), min(len(s), m.end() + 3))):
            return m.start()
    return hi


#: The noun that makes a verb before it the name of a field of work (推荐[工作]).
_WORK = "工作"


#: Tags of a word before 的 that make it the head of the counted noun phrase
#: (j: an abbreviated body, 乡镇纪委[的]案件检查工作).
_HEAD_TAGS = ("n", "vn", "j")


def _owner_of_people(lex: _Lexicon, s: str, lo: int, hi: int, unit: str) -> int:
    """Where the people of a head count start after the body or time owning them
    (2名[青山学院的]委员候选人, 五名[本年度的]优秀党员): a person unit counts no
    body and no year, so the head after 的 is counted; ``lo`` otherwise (3名同志的事迹:
    people own the thing after 的, which _possessive_at cuts off)."""
    if unit not in lex.person_units:
        return lo
    k = s.find("的", lo + 2, hi - 2)
    if k < 0 or not s.endswith(lex.owners, lo, k) or _metric(lex, s[lo:k], unit) is not None:
        return lo  # (an actor head may name people: 3名[同志]的事迹 counts them)
    return k + 1


def _possessive_at(s: str, lo: int, hi: int, heads: tuple[str, ...] = ()) -> int:
    """Where 的 after a noun starts a new noun phrase (两个被巡察单位[的]整改工作:
    the count is of the units), or ``hi``. After an adjective or a verb the 的
    only qualifies the counted noun (两个较大的问题, 新入党的党员) and stays.
    A doer head of ``heads`` (巡察组, 督导组: jieba has no such word, so the two
    characters before 的 carry no tag) is a noun too (两个巡察组[的]工作报告, round 66)."""
    k = s.find("的", lo + 2, hi - 1)
    if k < 0:
        return hi
    agent = _agent_mark_at(s, lo, k)
    if agent > 0:
        return agent  # 45个乡镇第一责任人[所抓的]党建工作: the people counted, then what they did
    before = s[k - 2:k]
    if before[-1] in ")）" or word_tags().get(before, "").startswith(_HEAD_TAGS) or \
            (heads and s.endswith(heads, lo, k)):
        return k
    return hi


#: The particle of an agent's relative clause (X[所]V的Y): the noun before it did V.
_AGENT_MARK = "所"


def _agent_mark_at(s: str, lo: int, k: int) -> int:
    """Where 所 opens the agent's clause closed by the 的 at ``k`` (村党组织书记[所]抓的),
    or -1: a verb of one or two characters between, no word of its own (所在, 所属
    name where or whose, not who did it), a noun of two characters or more before,
    and 所 ending no word of its own (派出所, 研究所: a place, 五个直属所的)."""
    tags = word_tags()
    return next((a for a in (k - 3, k - 2) if a > lo + 1 and s[a] == _AGENT_MARK and
                 s[a:a + 2] not in tags and s[a:k] not in tags and _word_start(s, a, lo) == a), -1)


def _before_agent_mark(s: str, lo: int, cut: int) -> int:
    """``cut`` less a trailing 所 that marks the agent of the verb after it, a
    verb of one or two characters closed by 的 (12个单位[所]开展的工作: the units
    are counted, 所 opens what they did), or ``cut``: 所 ending a word of its own
    (派出所, 研究所) or naming a place (24个实践所组织…, 五个直属所) stays."""
    if cut - lo < 3 or s[cut - 1] != _AGENT_MARK:
        return cut
    k = s.find("的", cut + 1, cut + 3)
    return cut - 1 if k >= 0 and _agent_mark_at(s, lo, k) == cut - 1 else cut


#: Ideographs up to the end of the searched range: none of them ends a phrase
#: (they are no separators, quotes, brackets or digits).
_IDEOGRAPHS = re.compile("[\u4e00-\u9fff]+\\Z")


#: A dash (——) sets a headline's phrase apart.
_DASH = "—"


def _segment_before(text: str, end: int, floor: int) -> tuple[int, int]:
    """(start, end) of the phrase before ``end``: back to a separator, over
    brackets and over the first part of a compound count (主要内容的[3编]158条)."""
    i = end
    lo = max(floor, end - _MAX_BEFORE)
    compound = None
    while i > lo:
        # a run of ideographs is read over in one step: none of them stops the phrase
        run = _IDEOGRAPHS.search(text, lo, i)
        if run is not None:
            i = run.start()
            if i <= lo:
                break
        ch = text[i - 1]
        if ch in ")）":
            j = max(text.rfind("(", lo, i - 1), text.rfind("（", lo, i - 1))
            if j < 0:
                break
            i = j
            continue
        if ch in "”」" and i - 1 > lo:
            j = text.rfind("“" if ch == "”" else "「", lo, i - 1)
            if j >= 0 and not any(c in _SEGMENT_END for c in text[j:i]):
                i = j  # 评定“好”等次6个: the quote is part of the object
                continue
        if ch == "、" and _joins_a_compound(text, i - 1, lo):
            i -= 1  # 党员医[、]护人员: one noun with its first part shared
            continue
        if ch in _SEGMENT_END or ch in "“”「」《》\"(（" or ch == _DASH:
            break  # (——山西追责800余人次: a dash opens a headline's phrase)
        if ch.isdigit():
            # a compound count (3编158条): read the object before its first part
            j = i - 1
            while j > lo and (text[j - 1].isdigit() or text[j - 1] in ".．"):
                j -= 1
            if end - i <= 2 and j > lo:
                compound = j if compound is None else compound
                i = j
                continue
            if j > lo and (skip := formula_end(text, j)) is not None and skip >= i:
                i = j  # 党龄满[50]年老党员等60余人: a formula read over, the phrase goes on
                continue
            break
        i -= 1
    return i, (compound if compound is not None else end)


#: Words that never open an object cut at the length limit: a joiner (…入党积极分子
#: [以及]部分…负责人) or the 以上 of a rank cut off (中层[以上]领导干部…).
_CUT_LEADS = ("以及", "以上", "以下")


@derived
def _known_names() -> tuple[frozenset[str], int]:
    """The well-known people (known_people.txt) and the longest one's length: a
    name the length limit cuts through (学习习|近平总书记…) is kept whole, since
    jieba's dictionary does not hold most of them."""
    names = frozenset(load_lines("known_people.txt"))
    return names, max(map(len, names), default=0)


def _cut_start(text: str, at: int, hi: int) -> int:
    """Where the phrase before a count starts when the length limit cuts it at ``at``:
    back at the start of a known name cut through (习|近平总书记 -> 习近平总书记),
    else after the word cut (采|购成本 -> 成本), and never at a joiner or at the 等
    closing a list cut off (看守所[等]单位负责人, 受确认[和]新命名的…书记)."""
    names, longest = _known_names()
    for a in range(max(0, at - longest + 1), at):
        if any(text[a:b] in names for b in range(at + 1, min(len(text), a + longest) + 1)):
            return a
    at = _word_end(text, at, hi)
    lead = next((w for w in _CUT_LEADS if text.startswith(w, at)), "")
    if lead:
        return at + len(lead)
    if text.startswith(("等", "和", "及", "与"), at) and text[at:at + 2] not in word_tags():
        return at + 1
    return at


def _joins_a_compound(text: str, at: int, lo: int) -> bool:
    """Whether the 、 at ``at`` stands inside one compound, between two single
    characters that are a dictionary word together (医、护人员 = 医护人员,
    党、团员 = 党团员, 中、小学): the phrase goes on before it. Items of a
    list (门诊部、体检中心) end at it, and so does a first character that closes
    a word of its own (党支部、门诊部: 支部, though 部门 is a word)."""
    if at - 1 <= lo or at + 1 >= len(text):
        return False
    a, b = text[at - 1], text[at + 1]
    tags = word_tags()
    return all("\u4e00" <= c <= "\u9fff" and c not in CN_DIGITS for c in (a, b)) and a + b in tags and \
        text[at - 2:at] not in tags


def _after_number(s: str, at: int, text: str, seg_start: int) -> bool:
    """Whether the character at ``at`` of the phrase ``s`` (which starts at
    ``seg_start`` of ``text``) follows a number or its dropped tail, so that a date or
    age word there (50[年], 3[月]) is that number's tail; after a verb it opens the
    object (开展|日常监督80余次: 日 of 日常 is no day)."""
    prev = s[at - 1] if at > 0 else text[seg_start - 1:seg_start]
    return not prev or prev.isdigit() or prev in CN_DIGITS or prev in _LEAD_JUNK


def _after_lead_causative(lex: _Lexicon, s: str, obj: int) -> tuple[int, int]:
    """(verb, object start) for an object holding a causative verb (count_words role
    causative) right before another verb: with no doer written between them
    ([督促]整改问题49个, 某组[推动]解决问题20个) the urging is how the work was done, no
    part of what is counted (a doer after it, 督促被巡察单位落实…, is read by
    ``_after_causative`` and the verb after it). (obj, obj) when there is none."""
    tags = word_tags()
    best = (obj, obj)
    for w in lex.causatives:
        at = s.find(w, obj)
        while at >= 0:
            rest = at + len(w)
            if len(s) - rest >= 2 and at >= best[0] and \
                    any((tags.get(s[rest:k]) or "").startswith("v") for k in (rest + 2, rest + 3)):
                best = (at, rest)  # (帮助群众|解决问题: the people helped are named, no verb follows)
            at = s.find(w, rest)
    return best


def _object_before(lex: _Lexicon, text: str, end: int, floor: int, unit: str = "") -> tuple[int, int, int] | None:
    """(phrase_start, object_start, end) of an object written before the numeral
    (``unit``, when given, the count's: people handed over, 移送司法机关8人, are
    named by the whole phrase)."""
    seg_start, seg_end = _segment_before(text, end, floor)
    if seg_start == end - _MAX_BEFORE and seg_start > floor:
        seg_start = _cut_start(text, seg_start, seg_end)
    s = text[seg_start:seg_end]
    if not s and end > floor and text[end - 1] in _SPACES:
        j = end
        while j > floor and text[j - 1] in _SPACES:
            j -= 1
        if j > floor and text[j - 1] in "”」》":  # 收集“我为群众办实事”[ ]77件: a space after
            return _object_before(lex, text, j, floor)  # the quote or title that names what is counted
    if not s and end > floor and text[end - 1] == "》":
        j = text.rfind("《", floor, end)
        if j >= 0:  # 编印《…手册》600册: the title names what is counted
            return j, j, end
    if len(s) < 1:
        return None
    obj = 0
    phrase = None
    words = _unquoted(s, _words(lex, s))
    # the object starts after the last light word (撰写|研讨文章, 组织|专题讲座)
    # or at the last content verb (带头到联系点|讲党课, 参加学习) ...
    for i, w in words:
        if w in lex.light and len(s) - (i + len(w)) >= 2:
            obj = i + len(w)
        elif w in lex.verbs and len(s) - i >= 3 and i > obj:
            obj = i
    # ... or at the verb that follows a doer (领导干部|讲党课)
    for i, w in words:
        if (w in lex.light or w in lex.verbs) and i >= 1 and _ends_with_actor(lex, s[:i]):
            phrase = i
            if w in lex.verbs and obj < i:
                obj = i
            break
    if phrase is None:  # the text shows the verb right before the object
        phrase = obj
        for i, w in words:
            if i + len(w) == obj and len(w) >= 2 and (w in lex.light or w in lex.verbs):
                phrase = i
    if (read_over := [m.end() for m in _DIGIT_RUN.finditer(s)]) and obj < read_over[-1]:
        obj = read_over[-1]  # 党龄满50年老党员等60余人: a formula's numeral the phrase was read
        # over (so the list before it is no doer) still bounds the object, as it did the phrase
    while obj < len(s) - 1 and s[obj] in _LEAD_JUNK and _after_number(s, obj, text, seg_start):
        obj += 1  # 光荣在党50[年]党员127名: the tail of a refused number
    verb, after_verb = _after_lead_causative(lex, s, obj)
    if after_verb != obj:
        phrase, obj = min(phrase, verb), after_verb  # 某组|督促|整改问题: the doers before the verb
    obj = _after_joined_verb(lex, s, obj)
    obj = _after_setting(s, obj)
    if (lead := _after_lead_preposition(lex, s, obj)) != obj:
        obj = phrase = lead  # [按照]平时成绩占50%: the preposition only introduces what is counted
    if (like := _after_likeness(lex, s, obj)) != obj:
        obj = phrase = like  # [和她一样]受益的居民510户: whom they are like is no part of them
    if (owned := _after_owner_has(lex, s, obj)) != obj:
        obj = phrase = owned  # 全县[有]党员1200名: the owner is where they are
    if (to := _after_recipient_to(s, obj)) != obj:
        obj = phrase = to  # [向街道]调剂行政编制96名: the body only receives them
    if unit in lex.person_units and (aimed := _after_target_of_people(s, obj)) != obj:
        obj = phrase = aimed  # 镇党委[对]全镇村干部120名开展培训: the doer and 对 are no part of them
    tail = len(s)
    while tail > obj + 1 and s[:tail].endswith(lex.tails):
        w = next(w for w in lex.tails if s[:tail].endswith(w))
        if len(w) == 1 and w in lex.adverbs and s[tail - 2:tail] in word_tags():
            break  # (每人平[均]7条: the adverb's character ends a word, 平均, no tail of its own)
        tail -= len(w)  # 参与率[达到]98%, 满意度[均]超过90%
    s = s[:tail]
    received = _recipient_end(lex, s, obj)
    if received is not None and received[1] == len(s) and unit and unit not in lex.person_units:
        tail = received[0]  # 转交县纪委监委|2条: the verb alone, the body is no thing counted
        s = s[:tail]
    elif received is not None and received[1] < len(s):
        obj = phrase = received[1]  # 移交[相关部门]问题线索3件: the body only receives them
    seg_end = seg_start + tail
    if len(s[obj:].rstrip("的之等").lstrip("的之")) < 1 or s[obj:] in lex.tails:
        return None  # (两批主体班|共|9个班次: a linking word names nothing)
    if unit in lex.person_units and (light := _last_light(lex, s, obj)) is not None:
        obj = light  # 活动|包含15名…: the light verb alone, which names nothing counted
        # (only before people: 基层工会组织56个 ends with a noun that jieba tags a verb)
    return seg_start + phrase, seg_start + obj, seg_end


def _after_label(lex: _Lexicon, obj: str) -> str:
    """An object without the label noun and copula opening it (培训对象为乡镇干部,
    counted 120余人): the label only announces whom the count names; it stays a cue
    of the metric (培训: participants). ``obj`` itself when none is there or fewer
    than two characters follow it."""
    last = last_match(lex.label_re, obj, 0, len(obj))
    if last is None or len(obj) - last.end() < 2:
        return obj
    return obj[last.end():]


def _after_lead_preposition(lex: _Lexicon, s: str, obj: int) -> int:
    """Where an object read before a count starts when a preposition of two or more
    characters stands in it (课程考核[按照]平时表现占40%): the preposition introduces
    the noun counted, what precedes it is no part of it. A one-character preposition is
    left alone, as it often opens a word (在职, 对口), and so is one opening a longer
    dictionary word."""
    return _after_last_of(s, obj, lex.long_prepositions, whole_word=True)


#: The preposition naming the people a doer acts on, before their count (see _after_target_of_people).
_TARGET_OF_PEOPLE = "对"


def _after_target_of_people(s: str, obj: int) -> int:
    """Where the people counted start when 对, naming whom is acted on, stands as a
    word of its own in the phrase before their count (镇党委[对]全镇村干部120名开展
    集中培训): the doer and the preposition are no part of them. A 对 ending or
    opening a dictionary word (面对, 针对, 对口, 对象) is no such preposition, and
    the other target words are left alone (应[到]党员24名: 到 is the verb); ``obj``
    when none is."""
    k = s.rfind(_TARGET_OF_PEOPLE, obj)
    if k < obj or len(s) - (k + 1) < _MIN_OBJECT_AFTER or \
            (k > 0 and s[k - 1:k + 1] in word_tags()) or _opens_word(s[k:], 1):
        return obj
    return k + 1


def _after_likeness(lex: _Lexicon, s: str, obj: int) -> int:
    """Where an object read before a count starts once a comparison opening it is left
    out (和她[一样]受益于…的居民): the word closing the comparison ends the phrase of
    whom the things counted are like, so they start after it; ``obj`` when none does."""
    return _after_last_of(s, obj, lex.likeness, whole_word=False)


#: Fewest characters an object keeps after a word that opens it (按照|平时成绩, 一样|受益…的居民).
_MIN_OBJECT_AFTER = 2


def _after_last_of(s: str, obj: int, words: tuple[str, ...], whole_word: bool) -> int:
    """The end of the last of ``words`` standing in ``s`` from ``obj`` on, where
    the object starts after it, or ``obj`` when none does: what follows must keep
    _MIN_OBJECT_AFTER characters to name what is counted, and with ``whole_word``
    the word must not open a longer dictionary word."""
    best = obj
    for w in words:
        k = s.rfind(w, obj)
        if k >= obj and len(s) - (k + len(w)) >= _MIN_OBJECT_AFTER and k + len(w) > best \
                and not (whole_word and _opens_word(s[k:], len(w))):
            best = k + len(w)
    return best


def _last_light(lex: _Lexicon, s: str, obj: int) -> int | None:
    """Where the light verb closing the phrase ``s`` starts, when one does after
    ``obj`` (活动[包含]|15名…, 今年以来已[开展]|12场); None otherwise. Right before the
    numeral it introduces what is counted, so what precedes it is no part of it; after
    another verb it is part of that verb's phrase ([立案]查处12人 counts cases)."""
    words = _words(lex, s)
    return next((i for i, w in words if i > obj and i + len(w) == len(s) and w in lex.light and
                 word_tags().get(w) == "v" and not any(obj <= j < i for j, _ in words)), None)


def _unquoted(s: str, words: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``words`` left out of the quoted names in ``s``: a verb inside a quote
    (发现“以整改措施代替整改[落实]情况”等情况3类) is part of the name counted,
    it opens no object."""
    if "“" not in s and "「" not in s:
        return words
    quoted = [m.span() for m in _QUOTED.finditer(s)]
    return [(i, w) for i, w in words if not any(a < i < b for a, b in quoted)]


#: The verb of having between an owner and what it has (全县[有]党员1200名).
_HAS = "有"


def _after_owner_has(lex: _Lexicon, s: str, obj: int) -> int:
    """Where the object starts after a bare 有 that follows a body, place or group
    (全县有|党员1200名, 辖区内有|老党员36名, 该支部有|正式党员25名): the owner says where
    the things counted are, it names none of them. ``obj`` itself when 有 is part of
    a word (所有, 具有, 有关) or nothing that owns stands before it."""
    tags = word_tags()
    if s.startswith(_HAS, obj) and len(s) - obj >= 3 and s[obj:obj + 2] not in tags:
        return obj + 1  # (…中，[有]农村党组织5405个: the owner stands in the clause before)
    i = s.rfind(_HAS, obj + 1)
    if i < 0 or len(s) - i < 3:
        return obj  # (参会党员有|12人: nothing named after 有, the people before are counted)
    if s[i:i + 2] in tags or s[i - 1:i + 1] in tags:
        return obj
    return i + 1 if s[:i].endswith(lex.wholes + lex.locatives + lex.actors) else obj


#: Joiners of two verbs sharing one object (新建[或]改扩建, 完善[和]新建).
_VERB_JOINERS = "或和及与并"


def _after_joined_verb(lex: _Lexicon, s: str, obj: int) -> int:
    """Where the object starts when it opens with a joiner and a second verb after
    the light verb that ended before it (新建[或改扩建]村级组织活动场所7.6万个,
    制定[或修订]制度12项): both verbs share the object after them. A verb is a
    word of count_words.tsv or of jieba's dictionary tagged v, of two characters,
    or of three whose last two are one (改扩建); ``obj`` when the text is not so."""
    if s[obj:obj + 1] not in _VERB_JOINERS or obj + 1 >= len(s):
        return obj
    tags = word_tags()

    def verb(w: str) -> bool:
        return w in lex.light or w in lex.verbs or tags.get(w, "")[:1] == "v"

    if not verb(s[max(0, obj - 2):obj]):
        return obj  # (党组成员[与]分管部门…谈心谈话: a preposition after a doer, no second verb)

    k = obj + 1
    for n in (3, 2):
        w = s[k:k + n]
        if len(w) == n and len(s) - (k + n) >= 2 and (
                verb(w) or (n == 3 and verb(w[1:]) and w[:2] not in tags)):
            return k + n
    return obj


#: The preposition naming whom things are given or sent to (向街道调剂行政编制96名).
_TO = "向"


def _after_recipient_to(s: str, obj: int) -> int:
    """Where the object starts once a 向… phrase opening it is left out, up to the
    first verb of jieba's dictionary after it ([向街道]调剂行政编制96名: the body
    receives them); ``obj`` when the object opens otherwise or no verb follows
    (向上, 向往: words of their own). A verb of count_words.tsv after the 向…
    phrase has already opened the object there (向县纪委监委|移交问题线索)."""
    if not s.startswith(_TO, obj) or _opens_word(s[obj:], len(_TO)):
        return obj
    tags = word_tags()
    for i in range(obj + len(_TO) + 1, len(s) - 2):
        if tags.get(s[i:i + 2], "").startswith("v"):
            return i
    return obj


def _recipient_end(lex: _Lexicon, s: str, obj: int) -> tuple[int, int] | None:
    """(end of the verb, end of the body) when the object at ``obj`` opens with a
    verb of handing over, or follows one, and a body's name comes right after the
    verb (移交[县纪委监委]问题线索, 报送[市委]决策咨询报告): the body receives the
    things counted, it is neither their doer nor their name. The longest such
    name is taken whose rest names a thing (no verb phrase, holding a cue of
    metrics.tsv or three characters long at least; a bare verb, 转交相关部门[办理],
    keeps the body: what was done is counted) or is empty (转交县纪委监委|2条);
    else None."""
    if s.startswith(lex.handovers, obj):
        verb = next(w for w in lex.handovers if s.startswith(w, obj))
    elif s.endswith(lex.handovers, 0, obj):
        verb = ""
    else:
        return None
    k = obj + len(verb)
    for e in range(len(s), k + 1, -1):
        if not s.endswith(lex.body_ends, k, e):
            continue
        rest = s[e:]
        if rest == "" and verb:
            return k, e
        if _NAMING.match(rest) and not _is_verb_phrase(rest) and (lex.any_cue_re.search(rest) or len(rest) >= 3):
            return k, e
    return None


#: An adverbial of place or time opening a phrase before a count (在…会上, 在…期间).
_SETTING = re.compile(r"在[^，,。；;：:、]{2,24}(?:上|中|期间)|[^，,。；;：:、在]{2,8}(?:期间|以来)")


def _after_setting(s: str, obj: int) -> int:
    """Where the object starts once an opening adverbial of place or time is left out
    ([在巡察整改专题民主生活会上]批评帮助5人: what was done is counted, not where;
    [巡察期间]受理信访件46件: a time, 期间 needing no 在; [3月份以来]摸排…问题3000余件).
    The last 上, 中 or 期间 closes it (在中心组学习会[上]), unless it opens a word
    other than a verb (在全市[上下]开展, 在全镇[上门]走访): then no adverbial is read.
    The adverbial may open the phrase or the object (a verb inside it, 会[上交]流发言,
    may have started the object there)."""
    m = _SETTING.match(s, obj) or _SETTING.match(s, 0)
    if m is None or m.end() <= obj or len(s) - m.end() < 2 or \
            word_tags().get(s[m.end() - 1:m.end() + 1], "v")[:1] != "v":
        return obj
    return m.end()


def _list_head(lex: _Lexicon, text: str, start: int, end: int, floor: int) -> str:
    """The object ``text[start:end]``, or only the head noun after its last 等
    when the phrase is the last item of a 、 list (党员轮流讲、积极分子接力讲[等活动]
    1200余次: the list's items are kinds of what is counted, the head names them
    all). A 等 inside a word of the dictionary or a noun of count_words.tsv
    (等待, 优秀[等次]) is no list end."""
    obj = text[start:end]
    k = obj.rfind("等")
    vague = next((w for w in lex.vague_heads if obj.startswith(w, k + 1)), "") if k >= 0 else ""
    if vague and len(obj) - (k + 1 + len(vague)) >= 2 and not obj.startswith("的", k + 1 + len(vague)):
        return obj[k + 1 + len(vague):]  # 全面从严治党不力[等方面]问题343个: the noun after the vague head
    if k < 0 or end - (start + k + 1) < 2 or obj[k:k + 2] in word_tags() or \
            vague or \
            (lex.noun_re is not None and any(m.start() <= k < m.end() for m in lex.noun_re.finditer(obj))):
        return obj
    seg_start = _segment_before(text, end, floor)[0]
    if seg_start > floor and text[seg_start - 1] == "、" or _quoted_items(obj[:k]):
        return obj[k + 1:]
    return obj


def _quoted_items(s: str) -> bool:
    """Whether ``s`` is only quoted names, two or more one after another (“田园课堂”
    “民歌宣讲”): before 等 they are items of a list, and the noun after 等 names them
    all (“…”“…”等宣讲品牌6个 counts brands); one quote before 等情况 stays with it."""
    return len(_QUOTED.findall(s)) >= 2 and _QUOTED.sub("", s) == ""


#: Characters of a date's tail after its digits (4月份, 2005年, 7月底, 一季度).
_DATE_TAIL = re.compile(r"[0-9０-９]+(?:年底|年度?|月份?|月底|日|季度)")


def _before_compared_date(lex: _Lexicon, text: str, before: tuple[int, int, int],
                          floor: int) -> tuple[int, int, int]:
    """A share's phrase read over the date it is compared with (全行电费总支出[较4月份]
    下降12%, 信访件[比2005年]下降了26.47%): the date's digits end the phrase read
    before the figure, which then holds only the date's tail and the change
    (月份下降); the rate is named before the comparison word (count_words
    role ``compare``), and that phrase is returned instead."""
    p = min(before[0], before[1])
    j = p
    while j > floor and text[j - 1].isdigit():
        j -= 1
    date = _DATE_TAIL.match(text, j) if j < p else None
    if date is None or date.end() < p or lex.change_re.match(text, date.end()) is None:
        return before
    word = next((w for w in lex.compares if text.endswith(w, floor, j)), None)
    again = _object_before(lex, text, j - len(word), floor) if word else None
    return again if again is not None else before


def _rate_from_date(lex: _Lexicon, text: str, num_start: int, floor: int) -> tuple[int, int, int] | None:
    """The rate of a share whose starting point is dated (谈话函询类比例[由2014年底的]1.6%上升至…):
    before the figure stand only a word of change, a date and 的, so the rate is
    named before that word of change; None when the text is not so."""
    if text[num_start - 1:num_start] != "的":
        return None
    date = None
    for m in _DATE_TAIL.finditer(text, max(floor, num_start - 12), num_start - 1):
        if m.end() == num_start - 1:
            date = m
    if date is None:
        return None
    change = next((m for m in lex.change_re.finditer(text, max(floor, date.start() - 4), date.start())
                   if m.end() == date.start()), None)
    return _object_before(lex, text, change.start(), floor) if change is not None else None


#: The measure word of an age (35岁及以下): an age bracket's number is part of its name.
_AGE = "岁"
#: The adverb of figures given one for each of several things (占比[分别]提高13.2、5.6个百分点).
_RESPECTIVELY = "分别"
#: The longest item of a 、 list of things a 分别 share is given for (大专及以上学历、女性、…).
_MAX_RESPECTIVE_ITEM = 10


def _before_respectively(lex: _Lexicon, text: str, before: tuple[int, int, int],
                         floor: int) -> tuple[int, int, int]:
    """A share's phrase read over 分别 opening it (党员占比[分别]提高13.2、5.6个百分点):
    the light word 分别 ended the object read before the figures, leaving only the
    change word, so the rates are named before 分别, and an earlier 、 list of the
    things they are of (大专及以上学历、女性、少数民族党员占比) is part of their name.
    ``before`` itself when the phrase does not open with 分别 or nothing is named
    before it."""
    at = min(before[0], before[1])
    if not text.startswith(_RESPECTIVELY, at):
        return before
    again = _object_before(lex, text, at, floor)
    if again is None:
        return before
    start = min(again[0], again[1])
    while start - 1 > floor and text[start - 1] == "、":
        item = _segment_before(text, start - 1, floor)[0]
        if not 0 < start - 1 - item <= _MAX_RESPECTIVE_ITEM or _words(lex, text[item:start - 1]):
            break  # (no list of short nouns: 开展X、组织Y, the list is of deeds)
        start = item
    return start, start, again[2]


#: An age or age bracket ending right before a group's name (35[岁]及以下, 31至35[岁]).
_AGE_TAIL = re.compile(r"(?:\d+(?:\.\d+)?岁?[至到~－-])?\d+(?:\.\d+)?岁\Z")
#: An earlier age group joined to the one found (40岁以下[和]41至45岁的各占30%).
_AGE_JOINED = re.compile(r"(?:\d+(?:\.\d+)?岁?[至到~－-])?\d+(?:\.\d+)?岁(?:及?以[下上])?[和、及与]\Z")


def _with_age(text: str, before: tuple[int, int, int], floor: int) -> tuple[int, int, int]:
    """``before`` started at the age that opens its group's name (45岁|以下党员占比达31.6%,
    35岁及以下的|161.3万名: the age's number and 岁 are part of the name, not 以下 alone);
    age groups joined before it are named with it (40岁以下和41至45岁的各占30%: one
    figure given for both)."""
    phrase_start, obj_start, obj_end = before
    k = obj_start + 1 if text.startswith(_AGE, obj_start) else obj_start
    m = _AGE_TAIL.search(text, max(floor, k - 12), k)
    if m is None or k >= obj_end:
        return before
    start = m.start()
    while (joined := _AGE_JOINED.search(text, max(floor, start - 16), start)) is not None:
        start = joined.start()
    return min(phrase_start, start), start, obj_end


def _after_last_verb(s: str) -> int:
    """Where ``s`` goes on after its last verb of two characters (jieba's tag v):
    a verb before a list item (培训[覆盖]企事业单位) is no part of the body named."""
    tags = word_tags()
    for i in range(len(s) - 2, -1, -1):
        if tags.get(s[i:i + 2]) == "v":
            return i + 2
    return 0


#: The longest item of a list of bodies that shares the head noun of the people after it.
_MAX_MODIFIER_ITEM = 10


def _over_modifier_list(lex: _Lexicon, text: str, before: tuple[int, int, int],
                        floor: int) -> tuple[int, int, int]:
    """The object of a count of people read back over a 、 list of bodies that
    share its head noun ([企事业单位、]民办非企业单位专业技术人员300余人: people of
    both kinds of unit are counted, so the list is one phrase, GUIDE §4). An item
    qualifies when it ends with a body or place word (role part of
    count_words.tsv) and the object names one too before its head; a list of
    people (社区党员、志愿者) is left as it is. The verb before the first item
    (培训覆盖…) opens the phrase, so it stays a cue of the metric. Items that are
    no body words qualify too when the object is their kind's people ([社会团体、]
    行业协会负责人: the people of both are counted) and no item names people itself."""
    phrase_start, obj_start, obj_end = before
    noun = text[obj_start:obj_end]
    if text[obj_start - 1:obj_start] != "、":
        return before
    bodies = not noun.endswith(lex.parts) and any(p in noun[:-1] for p in lex.parts)
    if not bodies and not _kinds_head(lex, noun):
        return before
    start, phrase = obj_start, phrase_start
    while text[start - 1:start] == "、" and start - 1 > floor:
        item = _object_before(lex, text, start - 1, floor)
        if item is None:
            break
        words = text[item[1]:start - 1]
        head = _after_last_verb(words)
        if len(words) - head > _MAX_MODIFIER_ITEM or len(words) - head < 2 or _DIGIT.search(words):
            break
        if not (words.endswith(lex.parts) if bodies else _kind_item(lex, words[head:])):
            break
        phrase, start = item[0], item[1] + head
    return (min(phrase, phrase_start), start, obj_end) if start < obj_start else before


def _past_cut_owners(text: str, before: tuple[int, int, int]) -> tuple[int, int, int]:
    """The people after the 的 of an object of a head count that opens with the last
    item of a 、 list of their owners (机关一支部、眼科一支部、[眼科二支部的]支部书记及
    党员50余人): the list was cut, so the item alone would name only its own people;
    the noun after 的 names all of them (GUIDE §4: the shortest phrase naming what is
    counted). The phrase start stays, a cue of the metric."""
    phrase_start, obj_start, obj_end = before
    k = text.rfind("的", obj_start, obj_end)
    if text[obj_start - 1:obj_start] != "、" or k < 0 or obj_end - k - 1 < 2:
        return before
    return (phrase_start, k + 1, obj_end)


#: Total words between a list of people and its count (…和群众[共]86人参加): the count
#: is of the whole list.
_LIST_TOTALS = ("共计", "合计", "共")
#: The joiners a list of people must hold to be read whole (three items or more).
_LONG_LIST_JOINS = 2
#: The most items of a list of people read back before a total count.
_MAX_PEOPLE_ITEMS = 6


def _over_people_list(lex: _Lexicon, text: str, before: tuple[int, int, int], num_start: int,
                      floor: int) -> tuple[int, int, int]:
    """The object of a count of people that totals a long 、 list of kinds of people
    opening its clause ([社区党员、入党积极分子和]群众共86人参加): all of them are
    counted, not only the last item (which a length cut may even split). Only with a
    total word before the count, three items or more (a pair keeps its last item) and
    items that are plain nouns (no verb of count_words.tsv, no numeral) reaching back
    to the clause start."""
    phrase_start, obj_start, obj_end = before
    if text[obj_start - 1:obj_start] not in _PEOPLE_JOINS or obj_start - 1 <= floor or \
            not text.startswith(_LIST_TOTALS, obj_end) or text[obj_end:num_start].strip(_TOTAL_CHARS):
        return before
    start = obj_start
    for _ in range(_MAX_PEOPLE_ITEMS):
        if text[start - 1:start] not in _PEOPLE_JOINS or start - 1 <= floor:
            break
        item = _segment_before(text, start - 1, floor)[0]
        words = text[item:start - 1]
        if len(words) < 2 or _DIGIT.search(words) or _words(lex, words):
            return before  # (a verb of count_words.tsv: 邀请…; 退休教师, 在校学生 stay kinds of people)
        start = item
    if start != floor and text[start - 1:start] not in _CLAUSE_END:
        return before  # (the list must open its clause: else a verb or count before owns it)
    if sum(text[start:obj_end].count(j) for j in _PEOPLE_JOINS) < _LONG_LIST_JOINS:
        return before  # (社区党员、志愿者共56人: a pair of kinds keeps its last item, as ruled in round 29)
    return (min(start, phrase_start), start, obj_end)


#: The joiners of the items of a list of people (党员、积极分子[和]群众): one character each,
#: the object before the count may have been cut at any of them.
_PEOPLE_JOINS = "、和及与"
#: The characters of the total words between a list of people and its count.
_TOTAL_CHARS = "共计合"


def _kinds_head(lex: _Lexicon, noun: str) -> bool:
    """Whether ``noun`` names people by a kind of body or trade before an actor head
    (行业协会|负责人, 个体工商户|代表): items before it may share that head."""
    head = next((a for a in lex.actors if noun.endswith(a)), "")
    return bool(head) and len(noun) - len(head) >= 2


def _kind_item(lex: _Lexicon, item: str) -> bool:
    """Whether a 、 item before such people is a kind sharing their head (社会团体,
    民营企业), not people of its own (社区党员、志愿者 lists two kinds of people)."""
    return not item.endswith(lex.actors + lex.people_of) and not _has_verb(lex, item) and \
        not any(item.endswith(w) for w in lex.places) and _last_word_tag(item).startswith("n")


def _dict_words(s: str) -> Iterator[tuple[int, str, str]]:
    """(start, word, jieba's tag or "") of ``s`` read word by word, each the longest
    word of the dictionary (up to four characters) starting there, else one character.
    Why: several rules ask what kind of word a phrase holds or ends with, and the
    object phrases are too short to be worth segmenting."""
    tags = word_tags()
    i = 0
    while i < len(s):
        k = next((k for k in range(min(4, len(s) - i), 0, -1) if s[i:i + k] in tags), 1)
        yield i, s[i:i + k], tags.get(s[i:i + k], "")
        i += k


def _last_word_tag(s: str) -> str:
    """jieba's tag of the last word of ``s`` (a noun for 社会团体, an adjective for
    优秀: a grade qualifies, it names no kind)."""
    tag = ""
    for _, _, tag in _dict_words(s):
        pass
    return tag


def _rate_before(lex: _Lexicon, text: str, before: tuple[int, int, int]) -> tuple[int, int, int] | None:
    """A share's object cut at the first word of change: the rate's name
    (诉前羁押率[从]63.59%, 不捕率[同比上升]13.4个百分点); None when the phrase
    opens with one (…[降至]33.68%: the rate is the one named before)."""
    phrase_start, obj_start, obj_end = before
    m = lex.change_re.search(text, min(phrase_start, obj_start), obj_end)
    while m is not None and lex.noun_re is not None and lex.noun_re.match(text, m.start(), obj_end) and \
            len(lex.noun_re.match(text, m.start(), obj_end).group()) > len(m.group()):
        # [占比]92.7%: 占 opening a noun of count_words.tsv (占比, the share) is no word of change
        m = lex.change_re.search(text, m.end(), obj_end)
    start = min(phrase_start, obj_start)
    limit = m.start() - 1 if m is not None else obj_end - 1
    if text[start - 1:start].isdigit():
        while start < limit and text[start] in _DATE_JUNK:
            start += 1  # 2015[年]全国党员总量增幅比上年下降0.2个百分点: the tail of a date
    if m is None:
        return (start, start, obj_end) if start > min(phrase_start, obj_start) else before
    if m.start() <= start:
        return None
    end = m.start()
    while end - 1 > start and text.endswith(lex.tails, start, end):
        end -= len(next(w for w in lex.tails if text.endswith(w, start, end)))  # 41至45岁的[各]占30%
    return start, start, end


#: What may stand between a setting verb and a count it governs: earlier short items
#: of its list (辖[两区四县、]94个乡镇; 聚居[汉、回、藏等]19个民族).
_SETTING_LIST = re.compile(r"(?:[^，,、。；;：:\n]{1,8}[、，,])*(?:[^，,、。；;：:\n]{1,8}等)?")


def _background(lex: _Lexicon, text: str, num_start: int, obj: str | None, obj_end: int) -> bool:
    """Whether a count of places or peoples is stated as the setting of an area
    (辖94个乡镇、1587个行政村; 聚居汉、回等19个民族): the GUIDE counts what the unit
    did, found or decided, and a place's make-up is none of these. The same count
    governed by an activity (走访94个乡镇) or followed by one (15个村开展…) counts."""
    if obj not in lex.places or (obj_end < len(text) and text[obj_end] not in _SEGMENT_END):
        return False
    lo = max(text.rfind("。", 0, num_start) + 1, num_start - 40)
    last = None
    for m in lex.setting_re.finditer(text, lo, num_start):
        last = m
    return last is not None and _SETTING_LIST.fullmatch(text, last.end(), num_start) is not None


def _list_metric(lex: _Lexicon, text: str, end: int, floor: int, unit: str) -> str | None:
    """The metric the earlier items of a 、 list give a count written after its
    last item (办实事、办好事、解难题达500余件): the items are kinds of one
    deed, so when those with a metric all give the same one the count takes it;
    when they disagree (专题党课、读书班、党性教育23次) it takes none."""
    found: set[str] = set()
    start = _segment_before(text, end, floor)[0]
    while start - 1 > floor and text[start - 1] == "、":
        item = _object_before(lex, text, start - 1, floor)
        if item is None:
            break
        metric = _metric(lex, text[item[0]:item[2]], unit)
        if metric is not None:
            found.add(metric)
        start = _segment_before(text, start - 1, floor)[0]
    return found.pop() if len(found) == 1 else None


def _people_before(lex: _Lexicon, out: list[Number], text: str, clause_start: int, last_end: int) -> str | None:
    """The people counted right before, in the same clause, when what follows
    them opens with an adverb (20余名优秀法官[分别]组成宣讲团…开展普法宣传活动11次):
    they are the doers of this count; else None."""
    if not out or last_end <= clause_start or out[-1].span[1] != last_end or \
            out[-1].unit not in lex.person_units or not _opens_with_adverb(lex, text[last_end:last_end + 4]):
        return None
    return out[-1].object


#: Aspect particles (提交了, 看着, 学过) and joiners (157.9%和210%): alone they
#: name nothing counted.
_EMPTY_OBJECTS = "了着过和及与或"


def _opens_with_noun(obj: str) -> bool:
    """Whether ``obj`` opens with a noun of count_words.tsv (role noun) that holds
    a particle: 4个[等次] keeps its 等, which closes no list there."""
    noun_re = _lexicon().noun_re
    return noun_re is not None and noun_re.match(obj) is not None


def _trim_particles(obj: str) -> str:
    """``obj`` without the particles 的, 之, 等 at its ends (党员等 -> 党员, 等制度), but
    keeping a 的 that ends a noun of the dictionary (审结标的: 标的 is the
    amount at issue) unless the character before it closes another word
    (重点项目的: 项目, then the particle)."""
    tags = word_tags()
    trimmed = obj.lstrip("的之")
    if trimmed[:1] == "等" and trimmed[:2] not in tags and not _opens_with_noun(trimmed):
        trimmed = trimmed[1:]  # 《…规则》[等]规则制度115项: the 等 closing a list cut off
    while trimmed and trimmed[-1] in "的之等" and (
            tags.get(trimmed[-2:], "")[:1] != "n" or trimmed[-3:-1] in tags):
        trimmed = trimmed[:-1]
    return trimmed


def _ends_with_actor(lex: _Lexicon, s: str) -> bool:
    if s.endswith(lex.adverbs):
        for w in lex.adverbs:
            if s.endswith(w):
                s = s[: -len(w)]
                break
    return s.endswith(lex.actors)


#: What opens a clause counting a part of the count before (其中6个设在党员家中).
_PART_LEAD = "其中"
#: A whole clause before a count that names no thing, only that a part of the
#: count before follows (14个生产车间，[有]12个在异地; [其中]6个设在党员家中).
_BARE_PART_LEADS = frozenset({_PART_LEAD, "有", "其中有", "已有", "目前已有", "现已有", "目前有"})


def _part_done_metric(lex: _Lexicon, text: str, end: int, clause_ends: list[int], unit: str,
                      whole: str | None) -> str | None:
    """The metric of the verb phrase after a bare part of a count, up to its clause's
    end (其中40个|已完成整改 -> rectification_done, 其中18个|已整改到位): the part
    counts what was done to it. Only a verb of the vocabulary that opens the phrase
    (over 已, 均, 全部) decides; a phrase naming a place or state (6个|设在党员家中,
    12条|已采纳) leaves the whole's metric."""
    k = bisect_left(clause_ends, end)
    stop = clause_ends[k] if k < len(clause_ends) else len(text)
    rest = text[end:min(stop, end + _MAX_AFTER)]
    if not rest:
        return None
    done = _lead_metric(lex, rest, unit)
    if done is not None:
        return _done_to(lex, done, whole)  # (已办结 leads stay leads handled)
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    rest = rest.lstrip(_LEAD_SKIP)
    if rest.startswith(lex.ongoing):
        # 5条已完成整改，3条[正在]整改: the part still under way counts what its verb names
        rest = rest[len(next(w for w in lex.ongoing if rest.startswith(w))):]
        rest = rest[_ongoing_lead(rest, cue_re):]
    m = cue_re.match(rest) if cue_re is not None else None
    return cue_best[m.group(1)][1] if m is not None else None


#: jieba's tags of the verbs and adverbs that may stand between 正在 and the verb of the vocabulary.
_ONGOING_LEAD_TAGS = frozenset({"v", "d", "ad", "vd"})
_MAX_ONGOING_LEAD = 2


def _ongoing_lead(rest: str, cue_re: re.Pattern[str] | None) -> int:
    """Where the verb of an ongoing part starts after a lead of at most two verbs or
    adverbs (3条正在[加紧推进]整改, 5个正在[推进]整改): a light verb of progress
    between 正在 and the verb counted names nothing, and the word lists miss most
    of them. 0 when no cue of the vocabulary follows such a lead."""
    if cue_re is None:
        return 0
    for n, (k, _, tag) in enumerate(_dict_words(rest[:8])):
        if cue_re.match(rest, k) is not None:
            return k
        if n >= _MAX_ONGOING_LEAD or tag not in _ONGOING_LEAD_TAGS:
            break
    return 0


#: The rest of a 、 list after an actor head, up to the count (、宣传报道组|三个工作组).
_LIST_RUN = re.compile(r"(?:、[^，,。；;：:、！!？?\n]{1,12})+")
#: A numeral's first character.
_DIGIT = re.compile("[0-9０-９" + CN_DIGITS + "]")
#: What joins a phrase to the count right after it as items of one list.
_LIST_LINKS = frozenset({"等", "、", "和", "及", "以及", "与"})


def _joins_total(lex: _Lexicon, span: str) -> bool:
    """Whether ``span``, the phrase up to a count right before a head count, joins
    items with 以及/及 as words (副处长、主任科员周某[以及]一片区16家单位的|负责同志
    近30人参加): the count before is the last item of a list of people the head count
    totals, so the list is counted, not the doer (round 62). 及 inside a word (及时,
    涉及) is no joiner."""
    return any(w in _TOTAL_LINKS for _, w, _ in _dict_words(span))


def _after_has(actor: str) -> str:
    """``actor`` after its last word 有 (全镇[有]党员志愿者): what has them is where
    they are, the doers follow; 有 inside a word (有关部门) is kept."""
    cut = 0
    for i, w, _ in _dict_words(actor):
        if w == _HAS:
            cut = i + 1
    return actor[cut:] if cut < len(actor) else actor


#: Right before a count, the word making the things counted the agents of the
#: clause (宣讲团成员[由]6名青年教师组成, 活动[由]5名党员带队): the phrase before it is
#: what they make up or lead, no doer of theirs.
_MADE_BY = "由"


def _actor(lex: _Lexicon, text: str, clause_start: int, phrase_start: int) -> str | None:
    """The doer: the subject phrase before the verb phrase, ending with an actor
    head (机关处级、科级领导干部[讲党课20余次], 党员领导干部带头[讲党课23次])."""
    s = text[clause_start:phrase_start]
    best = None
    for m in lex.actor_re.finditer(s):
        if any(w not in lex.ends for _, w in _words(lex, s[:m.start()])) and not (
                m.end() == len(s) and not any(w not in lex.ends for _, w in _words(lex, s))):
            break  # a verb before it: no longer the subject (but a noun holding a verb that
            # ends right before the count is the last people listed: 书记、[组织]委员共60人)
        body = lex.body_re.match(s, m.start())
        if body is not None and body.end() > m.end():
            continue  # [领导]小组办公室: the head opens a longer body's ending, no head of its own
        if m.group() in lex.no_doer_heads and (held := next((
                n for n in lex.no_doer_re.finditer(s, max(0, m.start() - 4), m.end() + 4)
                if n.start() <= m.start() and m.end() <= n.end()), None)) is not None:
            if best is not None and held.start() <= best:
                best = None  # [支部]党员大会参加党员32名: the head before only names whose meeting it is
            continue  # 围绕党的[领导]弱化…: leadership, no leader
        if _closes_quote(s[m.end():]):
            continue  # 围绕“…如何发挥团支部的作用”三个主题: a head in quoted words is no doer
        post = lex.title_re.match(s, m.end()) if lex.title_re is not None else None
        title = post.group() if post else ""
        rest = s[m.end() + len(title):]
        if title and (_is_name(lex, rest[:2]) or _is_name(lex, rest[:3])):
            continue  # 支部[主委]孔莉和…的12名专家: the head is part of a named person's title
        best = m.end()
        if (body := lex.body_re.match(s, best)) is not None and \
                (lex.title_re is None or lex.title_re.match(s, body.end()) is None):
            best = body.end()  # 开封市志愿者[协会]共分两个小组: the head names the body's members, the body acts
    if best is None:
        return None
    if s[best:best + 1] and s[best:best + 1] in _CLOSING_BRACKETS and \
            ("(" in s[:best] or "（" in s[:best]):
        best += 1  # 各机关党组（[党委]）: the head closes a bracket note, the actor takes its bracket
    if s.startswith(lex.locatives, best):
        return None  # 支部[内]23名团员: the branch is where they are, the members are counted
    if s.startswith(lex.subordinates, best):
        return None  # 机关党总支[所属的]16名党支部书记: the owner of the people counted, no doer
    if s[best:] == _MADE_BY:
        return None  # 宣讲团成员[由]6名青年教师组成: the people counted make it up, it does nothing
    if _closes_list_item(lex, s[best:]):
        return None  # 党委书记[王某某、]副书记…等20余人参加: a member of the list counted, no doer
    if s.startswith("、", best) and _LIST_RUN.fullmatch(s, best) and not _words(lex, s[best:]) and \
            _DIGIT.match(text, phrase_start):
        return None  # 分设综合协调组、督导指导组[、宣传报道组]三个工作组: the list is what is counted
    if clause_start > 0 and text[clause_start - 1] not in _CLAUSE_END and s.startswith(_ITEM_LINKS):
        return None  # 33个乡镇[和]县直各单位开展…: the list's first items were the count before
    actor = s[:best].lstrip("、，, 的之")  # 两个支部[的]党员到…2个村: the owner was a count before
    if _HAS in actor:
        actor = _after_has(actor)  # [全镇有]党员志愿者…开展服务: 有 introduces the doers
    if actor.startswith(lex.connectives):
        actor = actor[len(next(w for w in lex.connectives if actor.startswith(w))):]  # [因此]学校主要领导
    if actor.startswith(lex.whens):
        actor = actor[len(next(w for w in lex.whens if actor.startswith(w))):]  # [今年上半年]某省纪委
    proxy = next((w for w in lex.proxies if actor.endswith(w)), "")
    if proxy and best < len(s) and _is_name(lex, actor[: -len(proxy)]):
        return actor[: -len(proxy)]  # 张雷[代表]巡察组通报: on behalf of the group, 张雷 did it
    if proxy and _ends_with_name(lex, actor[: -len(proxy)]):
        actor = actor[: -len(proxy)]  # 指导组组长成建军[代表]两个指导组: the titled person did it
    titled = next((actor[:k] for w in lex.proxies if (k := actor.find(w)) > 3), "")
    if titled and _ends_with_name(lex, titled):
        return titled  # 组长成建军[代表]督导组提出…: as for a bare name, the person speaks
    named = next((actor[:k] for w in lex.proxies if 2 <= (k := actor.find(w)) <= 3), "")
    if named and _is_name(lex, named):
        return named  # 李强[代表]县委第三巡察组反馈: the group, now a head of its own, is whom he stands for
    pronoun = next((p for p in _PRONOUNS if actor.startswith(p)), "")
    if pronoun and (proxy := next((w for w in lex.proxies if actor.startswith(w, len(pronoun))), "")):
        actor = actor[len(pronoun) + len(proxy):]  # 他[代表]督导组提出三条建议: a pronoun names nobody, the group acts
    if _opens_with_adverb(lex, actor):
        return None  # [分别]组成宣讲团进入行政机关…开展: a predicate, its subject is before
    if _open_quote(actor):
        return None  # 我们的‘党员|会客厅’: the head word is part of a quoted name
    if actor.startswith(lex.prepositions):
        return None  # 对机关12个党支部, 通过…督促各县级领导干部: the object of a preposition, not a doer
    actor = _after_causative(lex, actor)
    if actor[:1] in lex.partners and actor[:2] not in word_tags():
        return None  # 与全体党员|分享了三堂微党课: the partner, not the doer (与会党员 is one)
    doer = _before_target(lex, actor)
    if doer == actor and s[best:] in _LIST_LINKS:
        return None  # 区委办公室党支部[等]8个党支部, 班子成员[和]15个村干部: a member of a list, no doer
    actor = doer
    return actor if 2 <= len(actor) <= 24 else None


#: Personal pronouns that open an actor standing for a body (他代表督导组提出…).
_PRONOUNS = ("他们", "她们", "他", "她")  # (longest first)
#: What joins one item of a list to the next.
_ITEM_LINKS = ("以及", "、", "和", "及", "与")
#: What joins the last item of a list of people to the ones before, ahead of their total.
_TOTAL_LINKS = ("以及", "及")
#: The longest rest of a list item after an actor head (党总支[秘书]和…).
_MAX_LIST_ITEM = 6


def _closes_list_item(lex: _Lexicon, tail: str) -> bool:
    """Whether ``tail``, what follows an actor head up to the counted phrase, closes
    an item of a list that runs on into what is counted: the head's own person
    (党委书记[王某某、]), its post or kind (党总支[秘书和]4个支部书记: ideographs and no
    verb) or further items
    (班子成员[、各站所办（中心）及]18个…党总支) before a joiner. The head is then one
    of the people or bodies listed, which the count takes in, not their doer."""
    if tail.endswith(_LIST_CLOSE) and _is_name(lex, tail[: -len(_LIST_CLOSE)]):
        return True  # 纪委书记[王雷等]近40名党员: the last person of the list counted
    link = next((w for w in _ITEM_LINKS if tail.endswith(w)), None)
    if _people_item_first(lex, tail):
        return True
    if link is not None and _named_item_first(lex, tail):
        return True  # 镇党委副书记[余某某、组织委员…以及商会会长、]秘书长等20余人: the list runs on
    if link is None or len(tail) <= len(link):
        return False
    item = tail[: -len(link)]
    return item.startswith("、") or _is_name(lex, item) or \
        (len(item) <= _MAX_LIST_ITEM and _IDEOGRAPHS.match(item) is not None and not _words(lex, item)) or \
        _rest_of_list(lex, item) or _people_of_head(lex, item)


def _people_item_first(lex: _Lexicon, tail: str) -> bool:
    """Whether ``tail``, what follows an actor head, opens with that body's people
    and a 、 running on into the counted phrase (各区分局[纪检机构主要负责同志、各督查组]
    负责同志以及…近150人): the body owns the first item of the people counted."""
    first, sep, rest = tail.partition("、")
    return bool(sep) and _people_of_head(lex, first) and \
        (not rest or _IDEOGRAPHS.match(rest) is not None and not _words(lex, rest))


def _named_item_first(lex: _Lexicon, tail: str) -> bool:
    """Whether ``tail``, what follows an actor head and ends with a joiner, opens with
    the head's own person named and a joiner (党委副书记[王某某、组织委员李某以及…、]秘书长
    等20余人参加): the list of people runs on, past further titled names, into the
    head count, which takes the named head in; the head is one of those counted, no
    doer (round 62)."""
    first = _FIRST_ITEM.match(tail)
    return first is not None and _is_name(lex, first.group(1))


#: The first item of a list, up to the joiner after it (王某某[、], 孙某[以及]).
_FIRST_ITEM = re.compile(r"([^、，,。；;：:]{2,4}?)(?:" + "|".join(("、",) + _TOTAL_LINKS) + ")")


def _people_of_head(lex: _Lexicon, item: str) -> bool:
    """Whether ``item``, after an actor head and before a joiner, names that body's
    people, however long (各区分局[纪检机构主要负责同志、]各督查组负责同志…近150人):
    ideographs only, no word of count_words.tsv, ending with a head of people
    (``people_head``). The body owns one item of the people counted; it did nothing."""
    return _IDEOGRAPHS.match(item) is not None and item.endswith(lex.people_heads) and not _words(lex, item)


def _rest_of_list(lex: _Lexicon, item: str) -> bool:
    """Whether ``item``, after an actor head and before a joiner, is the rest of
    that head's item and further items of a list (区直各单位[妇委会主任、村居妇联
    主席]以及48个妇女代表): each piece between 、 a short run of ideographs with no
    word of count_words.tsv, so the list runs on into what is counted."""
    pieces = item.split("、")
    return len(pieces) >= 2 and all(
        1 <= len(p) <= _MAX_LIST_ITEM and _IDEOGRAPHS.match(p) is not None for p in pieces) and \
        not _words(lex, item)


def _after_causative(lex: _Lexicon, actor: str) -> str:
    """The doers after a causative verb in the actor phrase (区纪委[督促]被巡察单位
    落实整改措施3900余项): the verb's own subject only made them act, the body after
    it did what is counted. ``actor`` itself when no causative is in it, or its
    characters open a longer dictionary word, or too little follows it."""
    at, w = max(((actor.rfind(w), w) for w in lex.causatives), default=(-1, ""))
    if at < 0 or actor[at:at + len(w) + 1] in word_tags() or len(actor) - at - len(w) < 2:
        return actor
    return actor[at + len(w):]


def _after_lead_light(lex: _Lexicon, actor: str) -> str:
    """The counted bodies of an actor phrase without the light verb opening it
    ([组织]47个乡科级领导班子|查摆问题329条): whoever organized them is not named, the
    bodies did what is counted. ``actor`` itself when its first characters open a
    longer dictionary word (组织部)."""
    w = max((w for w in lex.light if actor.startswith(w)), key=len, default="")
    if not w or len(w) < 2 or actor[:len(w) + 1] in word_tags() or len(actor) - len(w) < 2:
        return actor
    return actor[len(w):]


def _ends_with_name(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` is a title followed by a bare personal name (组长[成建军]): a
    person, so a proxy word after it is the verb "on behalf of", no noun (党员代表,
    职工代表: no title before a name). Read only for an actor ending with a proxy."""
    if lex.title_re is None or len(s) < 4:
        return False
    ends = {m.end() for m in lex.title_re.finditer(s, max(0, len(s) - 12))}
    return any(len(s) - k in ends and _is_name(lex, s[-k:]) for k in (3, 2))


def _is_name(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` is a bare personal name: two or three characters opening
    with a surname of surnames.txt (张雷, 欧阳明), no dictionary word but a
    name (tag nr: 李强)."""
    if not 2 <= len(s) <= 3 or not word_tags().get(s, "nr").startswith("nr"):
        return False
    return s[:1] in lex.surnames or s[:2] in lex.surnames


def _opens_with_adverb(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` opens with an adverb that jieba tags d (分别, 均, 逐一): a
    phrase so opened is a predicate whose subject stands before it, never a
    doer (全体党员 opens with 全体, a noun, and is one)."""
    if not s.startswith(lex.adverbs):
        return False  # (most phrases: one call instead of a try of every adverb)
    return any(s.startswith(w) and word_tags().get(w, "").startswith("d") for w in lex.adverbs)


def _closes_quote(s: str) -> bool:
    """Whether ``s`` closes a quotation it did not open (…发挥团支部[的作用”]): what
    stands before it is inside the quoted words, a topic or title, no doer."""
    depth = 0
    for ch in s:
        if ch in "“‘「『":
            depth += 1
        elif ch in "”’」』":
            depth -= 1
            if depth < 0:
                return True
    return False


def _open_quote(s: str) -> bool:
    """Whether ``s`` ends inside a quotation (more opening marks than closing)."""
    return sum(s.count(q) for q in "“‘「『") > sum(s.count(q) for q in "”’」』")


def _tag_at_end(s: str) -> str:
    """jieba's tag of the two-character word ending ``s``, else of its last character
    (二[是]: v), "n" when the dictionary has neither."""
    tags = word_tags()
    return tags.get(s[-2:]) or tags.get(s[-1:], "n")


def _is_verb_phrase(s: str) -> bool:
    """Whether ``s`` opens or ends with a verb of jieba's dictionary (tag v:
    [交]与县级相关部门办理, 当场[答复]): it says what was done, naming no thing."""
    tags = word_tags()
    head = tags.get(s[:2]) or tags.get(s[:1], "")
    return head.startswith("v") or _tag_at_end(s).startswith("v")


def _before_target(lex: _Lexicon, actor: str) -> str:
    """The doer before a preposition naming whom it acts on (工作专班[对]该镇党委:
    工作专班); "" when what is before is no plain noun phrase (二是对…, 加强对…)."""
    for k in range(1, len(actor)):
        if actor.startswith(lex.targets, k):
            head = actor[:k]
            adverb = next((a for a in lex.adverbs if head.endswith(a)), "")
            if adverb and head[: -len(adverb)].endswith(lex.actors):
                return head[: -len(adverb)]  # 领导班子成员[带头]到所在支部: the members did it
            return head if not _words(lex, head) and not adverb and \
                not _tag_at_end(head).startswith(("v", "m", "r")) else ""
    return actor


_UnitMetrics = tuple[re.Pattern[str] | None, dict[str, tuple[int, str | None]], str | None,
                     tuple[re.Pattern[str] | None, dict[str, str]]]
#: Adverbs read over before a leading verb (已完成, 均已落实).
_LEAD_SKIP = "已均全部都共"


#: Opening a cue of metrics.tsv, it makes the cue name no metric (!便利措施).
_NO_METRIC = "!"


def _unit_metrics(lex: _Lexicon, unit: str) -> _UnitMetrics:
    """For one unit: a regex finding, at every position, the longest cue of a
    metric that admits the unit; cue -> (rank, metric); the unit-only metric;
    the leading cues (written ``^完成`` in metrics.tsv) as (verb, metric).
    A cue written ``!便利措施`` names no metric: being longer, it shadows a
    shorter cue inside it (措施) for things of another kind."""
    if unit in lex.unit_metrics:
        return lex.unit_metrics[unit]
    cue_best: dict[str, tuple[int, str | None]] = {}
    unit_only = None
    leads: list[tuple[str, str]] = []
    for rank, (name, cues, units) in enumerate(lex.metrics):
        if units and unit not in units:
            continue
        if not cues:
            unit_only = unit_only or name
        for c in cues:
            if c.startswith("^"):
                leads.append((c[1:], name))
            elif c.startswith(_NO_METRIC):
                cue_best.setdefault(c[len(_NO_METRIC):], (rank, None))
            else:
                cue_best.setdefault(c, (rank, name))
    # the first-character gate lets most positions fail on one test
    gate = "".join(sorted({re.escape(c[0]) for c in cue_best}))
    cue_re = re.compile(f"(?=[{gate}])(?=({alternation(cue_best)}))") if cue_best else None
    lead_map = dict(reversed(leads))  # the first row listing a verb wins
    lead_re = re.compile(f"[{_LEAD_SKIP}]*({alternation(lead_map)})") if lead_map else None
    lex.unit_metrics[unit] = (cue_re, cue_best, unit_only, (lead_re, lead_map))
    return lex.unit_metrics[unit]


#: Metrics of pieces written or sent (研讨文章, 文稿): a verb of studying before them
#: makes them material read instead.
_WRITTEN = ("research_articles", "publicity_items")
#: Titles and quotes before a count, whose words are no verbs of the clause.
_TITLED = re.compile(r"《[^《》]*》|“[^“”]*”")


def _pieces_read(lex: _Lexicon, text: str, lo: int, num_start: int) -> bool:
    """Whether a verb of studying (count_words role read: 学习, 领学, 研读) is the
    last verb of reading or writing (role write: 撰写, 报送) before a count of pieces
    whose noun follows it (集中学习了《…》等4篇文稿): the pieces were read, so
    they measure no writing or publicity. Words inside titles and quotes are skipped."""
    seg = _TITLED.sub(lambda m: "\0" * len(m.group()), text[lo:num_start])
    last_read = max((seg.rfind(w) for w in lex.reads), default=-1)
    last_write = max((seg.rfind(w) for w in lex.writes), default=-1)
    return last_read >= 0 and last_read > last_write


def _mixed_people(lex: _Lexicon, obj: str | None, unit: str) -> bool:
    """Whether a list of people counted together (``obj``, items joined by 、, 和,
    以及 ...) ends with an item that names no party members or cadres (党员志愿者
    以及热心[群众], 机关干部和居民[代表]): the count is of a mixed crowd, so the
    members cue of an earlier item gives it no metric."""
    if not obj:
        return False
    items = re.split("|".join(map(re.escape, _ITEM_LINKS)), obj)
    return len(items) >= 2 and bool(items[-1]) and _metric(lex, items[-1], unit) != _MEMBERS


def _verb_before_metric(lex: _Lexicon, text: str, lo: int, num_start: int, unit: str) -> str | None:
    """The metric of a verb of the vocabulary written right before a count whose
    object follows it ([走访]50余户居民, [调研]12家企业), over link words and hedges
    (走访了|近|50户): the noun after says whom, the verb what was done. Only a cue
    that jieba tags a verb counts (a noun before a count is no verb of it), or a
    verb_noun of count_words.tsv (处分21名干部: jieba tags 处分 a noun)."""
    seg = text[lo:num_start]
    trimmed = True
    while seg and trimmed:
        trimmed = False
        for w in lex.tails + ("了",):
            if seg.endswith(w) and len(seg) > len(w):
                seg, trimmed = seg[: -len(w)], True
                break
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    if cue_re is None:
        return None
    ends = [m.group(1) for m in cue_re.finditer(seg) if m.start() + len(m.group(1)) == len(seg)]
    cue = max(ends, key=len, default=None)
    if cue is None or not (word_tags().get(cue, "")[:1] == "v" or cue in lex.verb_nouns):
        return None
    return cue_best[cue][1]


def _lead_metric(lex: _Lexicon, phrase: str, unit: str) -> str | None:
    """The metric of a leading verb that decides what a count measures
    whatever it is a count of (完成整改措施61条 counts items done)."""
    lead_re, lead_map = _unit_metrics(lex, unit)[3]
    m = lead_re.match(phrase) if lead_re is not None else None
    return lead_map[m.group(1)] if m else None


def _whole_before(lex: _Lexicon, text: str, before: tuple[int, int, int], num_start: int) -> bool:
    """Whether the noun before a head count of people is a body, place or event
    joined to it by a total word (中管高校[共有]9550余人参加, 全院[共]40余人参加,
    会议共有…): it says where the people are, so it is no name of them, and
    the verb after the count names what is counted (GUIDE: N人参加 -> 参加).
    People before the total word (支部代表共40余人) stay the object."""
    link = text[before[2]:num_start]
    if not link:
        # 全校300人参加, 会上6人作表态发言, 会议现场50人参加: with no total word a
        # body, event or scene alone is where the people are, as with one; a kind of
        # people (社区居民) is who they are
        return text[before[1]:before[2]].endswith(lex.settings) and \
            not text[before[1]:before[2]].endswith(lex.actors + lex.people_of)
    if not link.startswith(lex.subject_links):
        return False
    noun = text[before[1]:before[2]]
    if len(noun) > 1 and noun.startswith(lex.demonstratives):
        return True  # 该支部[有]12人参加: a body named by 该 owns the people, whatever its kind
    return noun.endswith(lex.wholes + lex.locatives)  # (党员[中]有12人参加)


def _only_a_verb(lex: _Lexicon, noun: str) -> bool:
    """Whether the phrase before a head count of people ends with a verb that
    sends or gathers them (中心[组织]80余人赴…, [邀请]30人参加): the people are
    named by nothing before the count, so the verb after them says what is
    counted (GUIDE: N人参加 -> 参加)."""
    if noun.endswith(lex.musters):
        return True
    words = _words(lex, noun)
    return bool(words) and words[-1][0] + len(words[-1][1]) == len(noun) and words[-1][1] in lex.light


#: The word closing a list before its head count (党员代表[等]9位同志).
_LIST_CLOSE = "等"


def _opens_clause(lex: _Lexicon, head: str) -> bool:
    """Whether a head count is its clause's subject: nothing before it but a
    place or body and a total word (全市共有[370名]…), no verb (邀请[6名]…). A list
    closed by 等 (支部委员、党员代表[等]9位同志参加) may be longer: its items name
    the people counted; so may a list of people the count totals or ends
    (委员、支部书记和支部委员[共]16位同志参加, 副书记王明[及]25名党员参加), its
    joiners being no verbs."""
    link = next((w for w in lex.subject_links if head.endswith(w)), "")
    whole = head
    head = head[: len(head) - len(link)]
    if not head:
        return True
    if head.endswith("的") and head.startswith(lex.origins) and len(head) <= _MAX_BEFORE and \
            len(_words(lex, head)) == 1:
        return True  # [来自全县各单位的]60名党员干部参加: where they come from qualifies the subject
    if len(head) <= (_MAX_BEFORE if link == _LIST_CLOSE else 8) and not _words(lex, head) and \
            not word_tags().get(head[-2:], "n").startswith(("v", "p", "d")):
        return True
    return _people_list_head(lex, whole, link)


#: Joiners of a list of people a head count closes or totals (副书记王明[及]25名党员参加).
_PEOPLE_LIST_JOINS = ("以及", "和", "及", "与", "、")


def _people_list_head(lex: _Lexicon, head: str, link: str) -> bool:
    """Whether the head before a count is a list of people the count totals or
    closes (委员、支部书记和支部委员[共]16位同志参加, 副书记王明[及]25名党员参加): the
    joiners are no verbs, and the list may run longer than a plain subject. A
    preposition alone (与[12名党员]开展谈心谈话) is no list."""
    if not link and (join := next((w for w in _PEOPLE_LIST_JOINS if head.endswith(w)), "")):
        link = join
    body = head[: len(head) - len(link)]
    if not body or body in _DISPOSAL_LEADS or len(body) > 2 * _MAX_BEFORE:
        return False
    if link not in _PEOPLE_LIST_JOINS and not any(w in body for w in _PEOPLE_LIST_JOINS):
        return False
    if any(w not in _PEOPLE_LIST_JOINS for _, w in _words(lex, body)):
        return False
    return not word_tags().get(body[-2:], "n").startswith(("v", "p", "d"))


#: The passive mark opening a verb after a head count (41名干部[被]处分): the people
#: counted underwent what the verb names, so its metric holds over their own.
_PASSIVE = "被"


def _following_metric(lex: _Lexicon, text: str, end: int, unit: str,
                      own: Callable[[], str | None], subject: bool = False) -> str | None:
    """The metric of a verb written right after a head count, over adverbs
    (11名成员[出席]会议, 23名党员全部[参会], 12名党员逐一[发言]); the head
    noun keeps its own metric unless an adverb says the whole group acted or
    the count is the clause's subject (全市300名干部参加培训); after a verb
    it is the verb's object (邀请6名党员干部参加 counts members)."""
    listed = _listed_verb(lex, text, end, unit)
    if listed is not None:
        return listed  # 30名团支部书记[、团干部]参加: several kinds of people, no one kind
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    at = end
    while manner := next((w for w in lex.people_manners if text.startswith(w, at)), ""):
        at += len(manner)  # (12名党员[线上线下]参会: how they did it)
    skip = lex.adverb_run.match(text, at, end + 8)
    s = text[skip.end():end + 8]
    skipped = skip.end() > end
    m = cue_re.match(s) if cue_re is not None else None
    if m is None and subject and cue_re is not None and (w := lex.word_re.match(s)) is not None and \
            w.group() in lex.light:
        # 组织550余名干部[开展]专题轮训: the people the clause sends take part in the event
        # a light verb opens (a kind of member alone names no activity)
        event = cue_re.search(s, w.end())
        return "participants" if event is not None and cue_best[event.group(1)][1] == "participants" else None
    if m is None or (not skipped and not subject and not m.group(1).startswith(_PASSIVE) and own() is not None):
        return None  # (a passive verb says what the people underwent, whatever their kind: 3名党员[被处分])
    return cue_best[m.group(1)][1]


#: 对 + a head count + one of these verbs + what was done to the people
#: (对6名村干部[给予]党纪处分, 对8名党员干部[进行]谈话函询; 与12名党员[开展]谈心谈话;
#: 对2名县处级干部[采取]留置措施).
_DISPOSAL = re.compile(r"(?:给予|予以|进行|作出|实施|开展|采取)([^，,。；;：:、！!？?\n]{2,12})")
#: Prepositions before a head count that make the people the ones something is
#: done to or with (对6名村干部给予党纪处分, 与12名党员开展谈心谈话).
_DISPOSAL_LEADS = ("对", "与", "同")


def _disposal_metric(lex: _Lexicon, text: str, clause_start: int, num_start: int, obj_end: int,
                     unit: str) -> str | None:
    """The metric of what was done to people counted as the object of 对
    (对6名村干部给予党纪处分: disciplined, 对12名干部进行谈心谈话: talks): the
    people are counted for what they underwent, not as members. None when
    no 对 governs the count or the verb after it names nothing counted.
    与/同 lead such a count too (与12名党员开展谈心谈话: the people talked
    with); only metrics counting people by 名/人 apply, so a bare activity
    with them (与50名党员开展主题党日活动) leaves the count to its noun."""
    # (a hedge before the count, 对近10名, is inside the count's span: numerals reads count_hedges.tsv)
    if not text.endswith(_DISPOSAL_LEADS, clause_start, num_start):
        return None
    m = _DISPOSAL.match(text, obj_end)
    return _metric(lex, m.group(1), unit) if m is not None else None


#: The rest of a list of people after a head count's first noun, up to the
#: verb (20名支部书记[、班子成员]参加, 2000余名镇(乡)[、村级干部及妇女群众]参加).
_LIST_REACH = 40


def _listed_verb(lex: _Lexicon, text: str, end: int, unit: str) -> str | None:
    """``participants`` when a verb of taking part follows the rest of a list
    of people that a head count opens (15名妇联主席、执委及志愿者|参加): the
    count is of them all, so no one kind of member."""
    return "participants" if _people_list_end(lex, text, end, unit) is not None else None


#: A count of people inside a list (、千余名群众): that list is of counts, not of kinds.
_COUNTED_IN_LIST = re.compile("[0-9０-９" + CN_DIGITS + "]+[余多]?[名位人]")


def _people_list_end(lex: _Lexicon, text: str, end: int, unit: str) -> int | None:
    """Where the rest of a list of people that a head count opens ends, when a
    verb of taking part follows it (15名妇联主席[、执委及志愿者]参加): the
    people counted are the whole list (GUIDE §4, as for a list written before
    the count). Only a verb right after nouns joined by 、/和/及 counts (a 干部
    inside the list is one of them); adverbs before the verb are left out."""
    if text[end:end + 1] not in "、和及与以":
        return None
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    if cue_re is None:
        return None
    for m in cue_re.finditer(text, end + 2, end + _LIST_REACH):
        cue = m.group(1)
        if cue_best[cue][1] != "participants" or not lex.list_tail.fullmatch(text, end, m.start()):
            continue
        if text.startswith("的", m.start() + len(cue)) or \
                any(w in lex.verbs for _, w in _words(lex, text[end:m.start()])):
            return None  # 监票人、计票人组织|到会的135名党员: the verb is another count's
        k = m.start()
        while (w := next((a for a in lex.adverbs if text.endswith(a, end, k)), None)) is not None:
            k -= len(w)  # 及中青年干部[共同]参加
        return k
    return None


def _metric(lex: _Lexicon, cue_text: str, unit: str, after: bool = False) -> str | None:
    """The metric of the longest cue in ``cue_text`` (ties: first row); else by
    unit. Written after the unit, the counted noun comes first, so there the
    earliest cue wins (12个党支部开好组织生活会 counts branches). A cue after
    the last 等 wins over those before it: the items listed are kinds of it."""
    cue_re, cue_best, unit_only, (lead_re, lead_map) = lex.unit_metrics.get(unit) or _unit_metrics(lex, unit)
    lead = None
    if lead_re is not None:
        m = lead_re.match(cue_text)
        if m:
            lead = lead_map[m.group(1)]
            if lead not in lex.lead_objects or not _NAMING.search(cue_text, m.end()):
                return lead  # 已完成12项: the verb alone says what is counted
            cue_text = cue_text[m.end():]  # 完成|稽查项目: what is done decides (below)
    if cue_re is None or not cue_text:
        return unit_only
    k = max(cue_text.rfind(w) + len(w) if w in cue_text else -1 for w in lex.subordinates)
    if 0 < k < len(cue_text):
        cue_text = cue_text[k:]  # 机关党委所属|部门23个: the owner is no cue, what it holds is counted
    best: tuple[int, int, int] | None = None
    best_name = unit_only
    matches = list(cue_re.finditer(cue_text))
    k = cue_text.rfind("等")
    if k > 0 and any(m.start() > k for m in matches):
        # 党委会、专题研讨会[等]各类会议50次: the head noun after 等 says what all are
        matches = [m for m in matches if m.start() > k]
    means = [q.span() for q in _QUOTED.finditer(cue_text) if cue_text.endswith(lex.quote_means, 0, q.start())]
    if means:
        # 稿件[被]“学习强国”采用5次: a quoted means or agent names no deed counted
        matches = [m for m in matches if not any(a < m.start() < b for a, b in means)]
        if not matches:
            return unit_only if lead is None else _done_to(lex, lead, unit_only)
    if after and matches:
        quoted = [q.span() for q in _QUOTED.finditer(cue_text)]
        outside = [m for m in matches if not any(a < m.start() < b for a, b in quoted)]
        if outside:
            # 34期“青年大学习”网络主题团课: a quoted name only qualifies the head after it
            matches = outside
        head = cue_best[_head_cue(lex, cue_text, matches)][1]
        return head if lead is None else _done_to(lex, lead, head)
    for m in matches:
        cue = m.group(1)
        rank, name = cue_best[cue]
        key = (0, len(cue), -rank)
        if best is None or key > best:
            best, best_name = key, name
    if best_name == _MEMBERS:
        # 处分|县处级干部5人, 培训|党员干部300人: a cue of another metric before the kind of
        # people counted says what was done to them; the kind alone names no activity
        first = min((m.start() for m in matches if cue_best[m.group(1)][1] == _MEMBERS), default=0)
        done = [m for m in matches if m.start() + len(m.group(1)) <= first and cue_best[m.group(1)][1]]
        if done:
            best_name = cue_best[max(done, key=lambda m: (len(m.group(1)), -cue_best[m.group(1)][0])).group(1)][1]
    if lead is not None:
        return _done_to(lex, lead, best_name)
    return best_name


def _within_brackets(obj: str, after: bool) -> str:
    """``obj`` on the count's side of a closing bracket it holds without its
    opening one. Read before the count, the object began inside a bracket note
    (财政部门(含|自然资源局)预算执行问题6项): what is counted is named after the
    note (预算执行问题). Read after it, the count is inside the note
    ((含民办、四个|办事处)党政负责人): what it counts ends at the bracket (办事处).
    A note opening an object read before the count is left out too: it
    glosses the verb before it (查处[(纠正)]违规收费问题40个)."""
    if not after and (lead := _BRACKET_NOTE.match(obj)) is not None and \
            len(_NAMING.findall(obj, lead.end())) >= 2:
        obj = obj[lead.end():]
    k = max(obj.rfind(")"), obj.rfind("）"))
    if k < 0 or "(" in obj[:k] or "（" in obj[:k]:
        return obj
    if after:
        return obj[:k] if _NAMING.search(obj, 0, k) else obj
    return obj[k + 1:] if _NAMING.search(obj, k + 1) else obj


#: The longest verb phrase before 的 that is cut off an object (参与接待的|党代表).
_MAX_RELATIVE_VERBS = 4


def _after_relative_verb(lex: _Lexicon, obj: str) -> str:
    """``obj`` without a verb + 的 in front (提出的|整改意见建议, 存在的|突出问题):
    the relative clause says what was done to the things, the noun after it
    names them (GUIDE §4: the shortest phrase that names what is counted).
    Only a phrase of verbs alone is cut (one or two words tagged v, up to four
    characters); a noun or adverb before 的 (生日的同志, 长期推进的问题,
    后勤保障等方面的意见) stays."""
    k = obj.find("的")
    if not 2 <= k <= _MAX_RELATIVE_VERBS or len(obj) - k - 1 < 2:
        return obj
    head, tags = obj[:k], word_tags()

    def is_verb(w: str) -> bool:
        return tags.get(w, "") == "v" or w in lex.verbs or w in lex.light

    if is_verb(head) or (k == 4 and is_verb(head[:2]) and is_verb(head[2:])):
        return obj[k + 1:]
    return obj


#: The metric of a kind of people counted (党员, 干部): it gives way to a verb
#: of taking part governing the count (覆盖2000余名党员: participants).
_MEMBERS = "members"

#: The metric of visits to places (教育基地, 纪念馆): places built are no visit.
_VISITS = "site_visits"


def _built(lex: _Lexicon, text: str, lo: int, num_start: int) -> bool:
    """Whether the places counted at ``num_start`` were built or named, not
    visited: a build verb (打造, 建成, 命名) is the last verb before the count,
    with only the object between ([打造]52个…基地, [建成]红色教育基地12个).
    A build verb qualifying a noun (新[打造]的基地) is no verb of the count."""
    s = text[lo:num_start]
    for i in range(len(s) - 1, -1, -1):
        w = next((b for b in lex.builds if s.startswith(b, i)), None)
        if w is None:
            continue
        rest = s[i + len(w):]
        return not rest.startswith("的") and not any(
            v in lex.light or v in lex.verbs for _, v in _words(lex, rest))
    return False


def _done_to(lex: _Lexicon, lead: str, done: str | None) -> str | None:
    """The metric of a count whose phrase opens with a leading verb (完成) of
    metric ``lead``, the thing done having metric ``done``: the verb's when the
    thing is of a kind the verb's metric admits (完成整改措施: items done), else
    the thing's own (完成培训12期: trainings; 完成稽查项目3个: none)."""
    return lead if done in lex.lead_objects[lead] else done


def _is_noun(word: str) -> bool:
    """Whether jieba's dictionary reads ``word`` as a noun (tag n… or j), by the
    whole word or else by its last two characters or last character (党建[品牌])."""
    tags = word_tags()
    tag = tags.get(word) or tags.get(word[-2:]) or tags.get(word[-1:], "")
    return tag.startswith(("n", "j"))


def _has_verb(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` holds a verb: a word of count_words.tsv, or a word of jieba's
    dictionary (longest first, up to four characters) tagged v (开好, 入选)."""
    if _words(lex, s):
        return True
    return any(tag == "v" or tag.startswith("vd") for _, _, tag in _dict_words(s))


def _head_cue(lex: _Lexicon, cue_text: str, matches: list[re.Match[str]]) -> str:
    """The cue deciding the metric of an object written after the unit. The counted
    noun comes first (12个[党支部]开好组织生活会), so the earliest cue is read,
    the longest at its place; but a noun cue followed, with only nouns between,
    by another noun cue is a modifier of that head (5个支部[党建品牌]: brands,
    of branches), so the head is read on to the last such noun."""
    def longest_at(lo: int) -> re.Match[str] | None:
        after = [m for m in matches if m.start() >= lo]
        if not after:
            return None
        first = min(m.start() for m in after)
        return max((m for m in after if m.start() == first), key=lambda m: len(m.group(1)))

    cur = longest_at(0)
    assert cur is not None
    while _is_noun(cur.group(1)):
        end = cur.start() + len(cur.group(1))
        nxt = longest_at(end)
        if nxt is None or not _is_noun(nxt.group(1)) or _has_verb(lex, cue_text[end:nxt.start()]):
            break
        cur = nxt
    return cur.group(1)


def _planned(lex: _Lexicon, clause: str, approx: str | None, sentence_head: str = "") -> bool:
    """Whether the clause states a target (要开展集中学习不少于4次, 要求…不少于4次),
    not a deed. (An average per head, 每位成员平均修改十余次, is a count.)"""
    if approx in lex.quotas and "要求" in clause:
        return True
    if approx in lex.quotas and approx != "以上" and sentence_head.endswith(clause) and \
            any(w in sentence_head[: len(sentence_head) - len(clause)] for w in lex.futures):
        return True  # 将…，今年办实事不少于20件: a floor to reach, not what was done
    for m in lex.plan_re.finditer(clause):
        a, b = m.start(), m.end()
        if lex.noun_re is None or not any(
                n.start() <= a and b <= n.end() and n.end() - n.start() > b - a
                for n in lex.noun_re.finditer(clause, max(0, a - 4), min(len(clause), b + 4))):
            return True
    return False


#: The most characters between two counts of one figure and noun in one sentence that
#: still make them parallel counts (5家单位现场述职，5家单位书面述职), not a repeat.
_TWIN_GAP = 8
#: What, after the comma, makes the second count refer back to the first (其中, 这, 该).
_BACK_REFERENCE = ("其中", "这", "该", "上述", "以上", "均", "全部", "都")


def _parallel_twin(text: str, reported: list[Number], num: Number) -> bool:
    """Whether ``num`` repeats the figure, unit and object of the count reported
    last, in the same sentence, as the next clause right after it, both counts
    opening their clauses (，5家单位现场述职，5家单位书面述职): two parallel counts of as
    many things each, no repeat. A clause pointing back (其中5家, 这5家), a first
    count inside its clause or a longer distance stays a repeat."""
    if not reported or num.object is None:
        return False
    last = reported[-1]
    if (last.value, last.unit, last.object, last.sentence) != (num.value, num.unit, num.object, num.sentence):
        return False
    between = text[last.span[1]:num.span[0]]
    if len(between) > _TWIN_GAP or not any(c in between for c in "，,；;"):
        return False
    rest = between.lstrip("，,；; ")
    if rest.startswith(_BACK_REFERENCE):
        return False
    # both open their clauses, as parallel subjects (评议出5个先进支部，5个先进支部受到表彰
    # names the branches found before: a repeat)
    # (or the first closes a list of those it counts: 甲、乙、丙等5家单位现场述职)
    opens = max((text.rfind(c, 0, last.span[0]) for c in "，,；;。：:\n"), default=-1) + 1
    lead = text[opens:last.span[0]].strip()
    return not lead or lead.endswith(_LIST_CLOSE)


#: What closes a count that names the total of a count before (处分的5101人[中]，…).
_AMONG = "中"
#: What opens a count named by what was done to the things (查处[的]5178起问题): the deed
#: was reported with the count before.
_DONE_TO = "的"


def _points_back(text: str, reported: list[Number], num: Number, num_end: int) -> bool:
    """Whether ``num`` names again a figure reported before with the same unit, in
    words that point back to it: the total a breakdown follows (被给予处分的5101人[中]，…)
    or the things the deed already reported was done to (从查处[的]5178起问题类型看).
    The object read then is only the frame (中, 问题类型看), so _same_count misses it."""
    at = num.span[0]
    if not (text.startswith(_AMONG, num_end) or (at > 0 and text[at - 1] == _DONE_TO)):
        return False
    return any(n.value == num.value and n.unit == num.unit and n.span[0] < at for n in reported)


def _same_count(found: list[Number], value: float, unit: str, metric: str | None, obj: str | None) -> bool:
    """A repeated mention: same value, unit and metric, one object inside the other
    (5个党支部 ... 这5个支部). A mention without a metric repeats one that has
    any (3个村党组织 ... 3个村[要]…): its object names no other thing."""
    if obj is None:
        return False
    for n in found:
        if n.value == value and n.unit == unit and metric in (n.metric, None) and n.object:
            if obj in n.object or n.object in obj:
                return True
    return False


def _bare_lead(lex: _Lexicon, obj: str, unit: str) -> bool:
    """Whether an object is only a leading verb (已完成, 落实): it counts
    part of what the count before in the sentence named."""
    if len(obj) > 5:
        return False
    _, cues, _, (_, leads) = _unit_metrics(lex, unit)
    verb = obj.lstrip(_LEAD_SKIP)
    if verb in leads:
        return True
    # 问题126件，已[解决]98件: a verb that is itself a cue of a metric of leading
    # verbs (items done) names nothing but that they were done
    tags = word_tags()
    if verb in cues and cues[verb][1] in leads.values() and tags.get(verb, "").startswith("v"):
        return True
    # 1717个问题，[帮助]解决1762个: a helping verb before the done verb names nothing either
    return any(tags.get(verb[:k], "").startswith("v") and verb[k:] in cues and
               cues[verb[k:]][1] in leads.values() and tags.get(verb[k:], "").startswith("v")
               for k in range(1, len(verb) - 1))


def _done_alone(lex: _Lexicon, text: str, start: int, obj: str, metric: str | None, unit: str) -> bool:
    """Whether a count written after 已 names only what was done (问题199条，已[整改]92条):
    its object is one verb of the dictionary and its metric one of things done, so it
    counts a part of what the count before named, like 已完成 (_bare_lead). Phrases of
    more words (已完成整改, 整改到位) stay the object, as the gold annotations have them."""
    if text[start - 1:start] != "已" or not obj:
        return False
    _, _, _, (_, leads) = _unit_metrics(lex, unit)
    words = list(_dict_words(obj))
    return metric in leads.values() and len(words) == 1 and words[0][2].startswith("v")


def _bare_opinion_metric(lex: _Lexicon, text: str, obj: str | None, num_start: int, unit: str) -> str | None:
    """The metric of a bare 意见 count from its sentence before the count: a
    bare 意见 is a criticism in a meeting's mutual criticism and an opinion
    where the unit gathered them; with neither cue it stays unmeasured."""
    if obj is None or not obj.endswith(lex.bare_opinions):
        return None
    head = text[text.rfind("。", 0, num_start) + 1:num_start]
    metric = "criticisms" if lex.critic_re.search(head) else \
        "opinions_collected" if lex.gather_re.search(head) else None
    # only in a unit the metric takes (意见…3条, not 提意见的群众30人)
    return metric if any(name == metric and (not units or unit in units)
                         for name, _, units in lex.metrics) else None


#: What joins the figures given one for each of several things (分别有320个[、]150个).
_RESPECTIVE_LINKS = ("、", "和", "及")
#: What joins a count to the one before it when one verb is written for both
#: (开展宣讲700场次、县直机关单位100场次): the later count is a part of the first.
_PART_JOINERS = ("、", "，", ",")
#: How far before a head count the verb governing it is looked for (培训[市县乡三级]790名).
_MAX_GOVERNING = 10


#: A run of bare names joined by 、 written right before a count (张明、李华、王强|三位同志),
#: the last one perhaps by 和 or 及 (张明、李华和王强|三位同志), after a clause break or a
#: closing quote (“一门四忠烈”|段明、段华和谢强四位革命烈士).
_NAME_LIST_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s（(”」]))((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4}|"
                           r"(?:[\u4e00-\u9fff]{2,4}、)*[\u4e00-\u9fff]{2,3}[和及][\u4e00-\u9fff]{2,3})$")
#: The joiners of such a run: 、, and a 和/及 before its last name.
_NAME_JOINS = re.compile(r"、|[和及](?=[\u4e00-\u9fff]{2,3}$)")


def _restates_names(lex: _Lexicon, text: str, num_start: int, value: float, unit: str, approx: str | None) -> bool:
    """Whether a head count only restates the names listed just before it
    (张明、李华、王强三位同志作交流发言): it counts nothing the unit did beyond
    the people already named, like a count introducing the article's own list."""
    if unit not in ("位", "名") or approx is not None:
        return False
    m = _NAME_LIST_RE.search(text, max(0, num_start - 40), num_start)
    if m is None:
        return _restates_titled_names(lex, text, num_start, value)
    names = _NAME_JOINS.split(m.group(1))
    surnames = lex.surnames
    return len(names) == value and all(
        len(n) <= 3 and n[:1] in surnames or n[:2] in surnames for n in names)


#: A bare pair or trio of people written in words (两人, 二人, 三人), the pronoun reading
_PRONOUN_COUNT = frozenset({"两", "二", "俩", "三"})
_CLAUSE_OPEN = frozenset("，,。；;：:！!？?\n")


def _pronoun_pair(lex: _Lexicon, text: str, num_start: int, num_end: int, unit: str) -> bool:
    """Whether a bare 两人 (二人, 三人) opening a clause refers back to people just named
    (会见奥巴马，两人[就]…交换意见): a pronoun, not a count of people who took part. A
    hedge, digits or a total word before it (共有两人发言) keep it a count."""
    if unit != "人" or num_end - num_start != 2 or text[num_start] not in _PRONOUN_COUNT:
        return False
    if num_start > 0 and text[num_start - 1] not in _CLAUSE_OPEN:
        return False
    return text.startswith(lex.pronoun_nexts, num_end)


#: A single day opening a clause (3月20日，, 5日上午，): what is held that day is one event
_DAY_RE = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚)?[，,]")
#: How far back the day of a numbered meeting is looked for
_DAY_REACH = 40


def _numbered_meeting(lex: _Lexicon, text: str, num_start: int, num_end: int, unit: str,
                      approx: str | None) -> bool:
    """Whether 召开N次… on a single day written before it in the sentence is the
    meeting's number with its 第 left out (3月20日，市委召开108次常委会会议): one day
    holds one such meeting. A span or a tally in between (以来, 至, 共) keeps a count.
    So is N次 right before an event numbered in sequence (党的十九次[全国代表大会]):
    the congress's number, never a count of congresses held."""
    if unit == "次" and approx is None and text.startswith(lex.numbered_events, num_end):
        return True
    if unit != "次" or approx is not None or not text.startswith("召开", num_start - 2):
        return False
    head = text[max(0, num_start - _DAY_REACH):num_start]
    head = head[head.rfind("。") + 1:]
    return _DAY_RE.search(head) is not None and not any(w in head for w in lex.span_words)


#: A run of names each after its post, joined by 、 or 和/及, from a clause break right to
#: a count (，局长张明和副局长李华|两位局领导).
_TITLED_LIST_RE = re.compile(r"(?:^|(?<=[，,。；;：:\s（(”」]))((?:[\u4e00-\u9fff]{3,9}[、和及])+[\u4e00-\u9fff]{3,9})$")
_TITLED_JOINS = re.compile(r"[、和及]")


def _restates_titled_names(lex: _Lexicon, text: str, num_start: int, value: float) -> bool:
    """Whether the head count restates a run of titled names right before it (局长张明和
    副局长李华两位局领导): each item a post of person_titles.txt, then a name opening with
    a surname, as many as the count says; the names already count them."""
    if lex.title_re is None or value < 2:
        return False
    m = _TITLED_LIST_RE.search(text, max(0, num_start - 60), num_start)
    if m is None:
        return False
    items = _TITLED_JOINS.split(m.group(1))
    if len(items) != value:
        return False
    for item in items:
        post = last_match(lex.title_re, item, 0, len(item))
        name = item[post.end():] if post is not None else ""
        if not 2 <= len(name) <= 3 or not (name[:1] in lex.surnames or name[:2] in lex.surnames):
            return False
    return True


def _before_plural(obj: str) -> str:
    """The people counted end at the plural 们 (120余名老党员们[面向]党旗):
    what follows it is the predicate, not part of the noun."""
    k = obj.find("们")
    return obj[:k] if k > 0 else obj


def _before_going(lex: _Lexicon, obj: str) -> str:
    """What a count names ends at a verb of going written after it (15名党员干部[赴]…
    开展志愿服务, 两批次党员[前往]…): the rest is where they went and what they did
    there, which still gives the metric but names none of them. A go word inside a
    dictionary word or a quoted name (“双报到”党员) is no verb."""
    tags = word_tags()
    quoted = [m.span() for m in _QUOTED.finditer(obj)]
    for k in range(2, len(obj) - 1):
        w = next((g for g in lex.go if obj.startswith(g, k)), None)
        if w is not None and obj[k - 1:k + len(w)] not in tags and obj[k:k + len(w) + 1] not in tags and \
                not any(a < k < b for a, b in quoted):
            return obj[:k]
    return obj


#: jieba's tags of the word a doer's verb follows: a noun, or an abbreviation (党支部 is j).
_DOER_TAGS = ("n", "j")


def _before_doing(lex: _Lexicon, obj: str, unit: str, bare: bool = True) -> str:
    """The people or bodies a count names end before a verb that follows their head
    noun (12名[党员教师]主持科研课题, 6位[党支部书记]作述职, 16家[基层党组织书记]抓党建,
    19个[党支部]通过主题党日…, 12个[村党组织]进驻): the verb is what they did, which
    the verb lists miss. Only a dictionary verb (jieba tag v) right after a noun ending
    with a doer's head counts, so a verb inside a kind of people (新发展党员, 机关[在职]党员:
    the phrase still ends with a person head) cuts nothing. A preposition of
    count_words.tsv that jieba tags one (p) cuts too (130余名[党员干部]通过视频会议线上学习:
    by what means they acted). People of any kind (外国法官, 会员, 技术骨干) end before
    such a verb too, after a word jieba tags a noun (not an abbreviation: 妇联[执]委),
    when no noun closes the phrase after it (27名[外国法官]来院教学研修):
    a noun there may be the head the verb qualifies (青年突击队员), and only when
    the phrase follows the count with no verb before it (``bare``: 9人作了[交流]发言
    names what they did, not who). A verb closed by 的 after people of any kind
    opens a relative clause they are the doers of (四位[同学]带来的党史微党课), so
    they end there even when a noun follows. Nothing from a
    quote on is read: a verb inside a quoted name is no doing."""
    heads = lex.actors + lex.people_of
    if not obj or obj.endswith(heads):
        return obj
    words = list(_dict_words(obj))
    anyone = bare and unit in lex.person_units and not words[-1][2].startswith("n")
    relative = unit in lex.person_units  # 四位[同学]带来的党史微党课: the people do the relative clause
    quote = obj.find("“")  # (a verb inside a quoted name is no doing: 6个“我为群众办实事”项目)
    prev_tag, prev_word = "", ""
    for k, word, tag in words:
        if quote >= 0 and k > quote:
            break
        if k >= 2 and (tag == "v" or tag == "p" and word in lex.prepositions) and \
                prev_tag.startswith(_DOER_TAGS) and (obj[:k].endswith(heads) or
                                                 (anyone or relative and obj.startswith("的", k + len(word))) and
                                                 tag == "v" and len(prev_word) >= 2 and prev_tag.startswith("n")):
            return obj[:k]
        prev_tag, prev_word = tag, word
    return obj


def _people_named(lex: _Lexicon, obj: str) -> str:
    """The people a count of people names, when its phrase goes on to a thing
    about them (4名[厅级干部]违纪违法典型案例): the shortest phrase naming what
    is counted ends at the last actor head before that thing."""
    if not obj.endswith(lex.abouts):
        return obj
    heads = [m.end() for m in lex.actor_re.finditer(obj)]
    return obj[:heads[-1]] if heads and heads[-1] < len(obj) else obj


def _before_names(lex: _Lexicon, obj: str) -> str:
    """The people counted without the first of their names written after them
    (2名老党员[孙晓明]和…): the names say who they are, the shortest phrase naming
    what is counted ends at its head (党员, 干部); only a bare name after a doer head."""
    for k in (3, 2):
        head = obj[:-k]
        opening = word_tags().get(obj[-k:][:2], "nr")
        if len(head) >= 2 and head.endswith(lex.actors) and _is_name(lex, obj[-k:]) and \
                (k == 2 or opening.startswith("nr") or not opening.startswith(("n", "v"))):
            return head  # (not 班子[成员间]: a word of jieba's opens no name)
    return obj


#: Heads of people counted that say no kind of their own (评出优秀党员某某、某某等8名[同志]).
_BARE_PEOPLE = frozenset({"同志"})


def _kind_before_names(lex: _Lexicon, text: str, clause_start: int, num_start: int, obj: str) -> str:
    """The kind of people a bare head count names before their names (评定出[优秀党员]
    王某、赵某等8名同志): 同志 says no kind, the words before the names do, so the
    shortest phrase naming what is counted is the noun phrase after the clause's last
    verb or particle (优秀党员, 先进个人); ``obj`` where no run of names closed by 等
    stands right before the count, or the names have no such kind before them."""
    if obj not in _BARE_PEOPLE or not text.startswith(_LIST_CLOSE, num_start - len(_LIST_CLOSE)):
        return obj
    items = text[clause_start:num_start - len(_LIST_CLOSE)].split("、")
    if not all(_is_name(lex, x) for x in items[1:]):
        return obj
    head = next((items[0][:-k] for k in (3, 2) if _is_name(lex, items[0][-k:]) and
                 _last_word_tag(items[0][:-k]).startswith("n")), "")
    kind_at = 0
    for i, word, tag in _dict_words(head):
        if tag.startswith(("v", "u", "p")):
            kind_at = i + len(word)
    kind = head[kind_at:]
    return kind if len(kind) >= 2 and kind.endswith(lex.actors) else obj


def _team_named(lex: _Lexicon, obj: str) -> str | None:
    """The people of a visiting party (市委督导组[一行]28人): the count counts its
    members, so the body before 一行 names them (督导组); a leader's name before it
    (调研员某某一行4人) or nothing at all (一行28人) names none of them, and a leader
    leading others (某某带领…负责同志一行6人) leaves the people led (负责同志)."""
    team = next((w for w in lex.teams if obj.endswith(w)), "")
    if not team:
        return obj
    rest = obj[:len(obj) - len(team)]
    hidden = [(m.start(), m.end()) for m in lex.noun_re.finditer(rest)] if lex.noun_re is not None else []
    led = [i + len(w) for w in lex.musters for i in range(len(rest)) if rest.startswith(w, i)
           and not any(a <= i < b and b - a > len(w) for a, b in hidden)]  # (not 组织 of 组织部)
    led = [max(led)] if led and rest[max(led):].endswith(lex.body_ends + lex.wholes) else []
    if led:  # 书记某某[带领]区直部门负责同志一行6人: the leader is one of them, those led name them
        rest = rest[led[-1]:]
    return rest if rest.endswith(lex.body_ends + lex.wholes) else None


def _leader_named(lex: _Lexicon, obj: str) -> str | None:
    """The people of a count written after a leader's name ([县委常委张某某]等11人):
    the name, with or without the post before it, names only the first of them, not
    what is counted, so the count names nothing (as 调研员某某一行4人 does not)."""
    for n in (3, 2):
        rest = obj[:-n]
        if len(obj) >= n and _is_name(lex, obj[-n:]) and (not rest or _ends_with_title(lex, rest)):
            return None
    return obj


def _ends_with_title(lex: _Lexicon, s: str) -> bool:
    """Whether ``s`` ends with an actor head or a post (县委常委, 支部书记): what
    stands right before a name that it qualifies."""
    if s.endswith(lex.actors):
        return True
    return lex.title_re is not None and any(
        (m := lex.title_re.match(s, i)) is not None and m.end() == len(s) for i in range(max(0, len(s) - 6), len(s)))


def _served_named(lex: _Lexicon, text: str, num_start: int, obj: str) -> str:
    """The people a deed is done for ([为]820名残疾人适配辅助器具, 为50名老党员配备…):
    after a beneficiary preposition the people counted end before the first verb of
    the dictionary (read word by word, longest first), which says what they got.
    (作为, 成为: 为 closing a verb is no preposition.)"""
    if not text[:num_start].endswith(lex.beneficiaries) or text[num_start - 2:num_start] in word_tags():
        return obj
    return next((obj[:i] for i, _, tag in _dict_words(obj) if i >= 2 and tag.startswith("v")), obj)


def _body_named(lex: _Lexicon, obj: str) -> str:
    """The bodies a count of bodies names (30多所[兄弟高校]师生): people of them
    written right after the body (师生, 职工) are not what 所 or 家 counts, so the
    object ends at the body (a part or whole word of count_words.tsv)."""
    people = next((w for w in lex.people_of if obj.endswith(w)), "")
    body = obj[: len(obj) - len(people)]
    return body if people and body.endswith(lex.wholes) else obj


def _cue_qualifies_another_verb(lex: _Lexicon, cue_text: str, unit: str) -> bool:
    """Whether a phrase before a count names bodies or places (单位, 企业, 社区: the
    part words of count_words.tsv) whose every cue of the vocabulary stands before
    another verb (整改|督促检查|单位30个): the cue then qualifies that verb, and
    the bodies counted are no thing of the cue's metric. A cue right before the
    body, or before only nouns, governs it (走访辖区企业30家: surveys)."""
    if not cue_text.endswith(lex.parts):
        return False  # (the quick answer for most phrases)
    head = next(w for w in lex.parts if cue_text.endswith(w))
    if len(cue_text) == len(head):
        return False
    cue_re = _unit_metrics(lex, unit)[0]
    body = len(cue_text) - len(head)
    ends = [m.start() + len(m.group(1)) for m in cue_re.finditer(cue_text, 0, body)] if cue_re is not None else []
    ends = [e for e in ends if e <= body]
    return bool(ends) and _has_verb(lex, cue_text[max(ends):body])


#: Closing a clause before a bare part of a count, it names the whole (问题线索[中]，有8507件…).
_AMONG = "中"


def _among_before(lex: _Lexicon, text: str, clause_start: int, unit: str) -> tuple[str, str | None] | None:
    """(object, metric) of the things named before a 中 closing the clause before a
    bare part of a count (该省处置的各类问题线索中，有8507件来源于巡视巡察): the
    part counts those things. None when the clause before does not end so, or 中
    ends a word (集中, 其中) or nothing is named before it."""
    at = clause_start - 2
    if at < 1 or text[at] != _AMONG or text[clause_start - 1] not in _CLAUSE_END or text[at - 1:at + 1] in word_tags():
        return None
    floor = max(text.rfind("。", 0, at) + 1, at - _MAX_BEFORE)
    before = _object_before(lex, text, at, floor, unit)
    if before is None:
        return None
    obj = _trim_particles(text[before[1]:before[2]])
    k = obj.rfind("的")
    obj = obj[k + 1:] if len(obj) - k - 1 >= 2 else obj  # (处置的|各类问题线索: the head after the clause)
    return (obj, _metric(lex, text[before[0]:before[2]], unit)) if obj else None


#: Opinions and suggestions gathered by the unit (征求意见建议) and given to it (反馈意见建议).
_GATHERED = "opinions_collected"
_GIVEN = "opinions_given"


def _opinions_way(lex: _Lexicon, text: str, metric: str, cue_text: str, actor: str | None,
                  lo: int, hi: int) -> str:
    """Whether opinions counted were gathered by the unit or given to one: a gather
    word (征求, 收集: count_words role gather) before them makes them gathered, even of
    rectification (征求整改意见建议); a cue of opinions_given (反馈意见建议, 整改建议),
    a supervising team doing it (督导组提出三条建议; role supervisor) or a body they
    are addressed to with no doer named (向县政府提出建议3条) makes them given. Opinions
    raised by the members of a meeting (党员提出改进建议15条) stay gathered."""
    head = text[lo:hi]
    if lex.gather_re.search(cue_text) or lex.gather_re.search(head):
        return _GATHERED
    if metric == _GIVEN or (actor is not None and actor.endswith(lex.supervisors)):
        return _GIVEN
    if actor is None and head.startswith(_TO) and lex.body_re.search(head) is not None:
        return _GIVEN
    return metric


def _chain_end(lex: _Lexicon, text: str, numerals: Sequence[Numeral], first: int) -> Numeral:
    """The last part of a chained count that starts at ``numerals[first]`` (10类20项
    [69条]重点目标任务): each part touches the one before or follows a total word, and
    none is money or a share, whose noun is no part's."""
    j = first
    while j + 1 < len(numerals) and numerals[j + 1].unit != "元" and \
            numerals[j + 1].unit not in lex.share_units and \
            (numerals[j + 1].start == numerals[j].end or
             text[numerals[j].end:numerals[j + 1].start] in lex.total_joiners):
        j += 1
    return numerals[j]


def _names_no_kind(lex: _Lexicon, text: str, numerals: Sequence[Numeral], j: int,
                   after: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    """The object read after ``numerals[j]``, a later part of a chain, unless it only
    names kinds (4大类16个[方面]): the part before counts no 方面 but what a count
    written right after the kinds names (4大类16个方面22个[问题]), or nothing. Kinds
    qualifying a noun (5大类14个方面[的问题]) stay the object, as they were."""
    while after is not None and text[after[1]:after[2]] in lex.kind_nouns and \
            not text.startswith("的", after[2]):
        j += 1
        if j >= len(numerals) or numerals[j].start != after[2] or numerals[j].unit == "元" or \
                numerals[j].unit in lex.share_units:
            return None
        after = _object_after(lex, text, numerals[j].end, numerals[j].unit)
    return after


def _things_not_people(lex: _Lexicon, obj: str, first: str, unit: str) -> bool:
    """Whether the noun before a chain of a count of things and then of people (问题线索
    2件3人) names only the cases: it names no people and its metric takes the case
    unit but not people (立案12件15人: a case is filed against people; 宣讲12场600人次
    are those who heard the talks, no case)."""
    return unit in lex.person_units and first in lex.case_units and \
        not obj.endswith(lex.actors + lex.people_of) and \
        _metric(lex, obj, unit) is None and _metric(lex, obj, first) is not None


def _just_before(out: list[Number], sentence: int, unit: str) -> Number | None:
    """The count right before, when it is of ``sentence`` and counts by ``unit``: the
    one a part, a restatement or more of the same (其中…, 剩余4个, 已开展32场) refers
    back to; None otherwise. Unlike _last_of_kind it looks at that one count only."""
    if out and out[-1].sentence == sentence and out[-1].unit == unit:
        return out[-1]
    return None


def _same_head(lex: _Lexicon, text: str, prior: Number | None, obj: str, start: int) -> bool:
    """Whether the count at ``start`` right after ``prior`` (joined by 、 or ，, same
    sentence and unit) names things with the same head noun and no verb of its own
    (省部级领导干部问题18起，[地厅级领导干部问题]1196起): the verb that gave the one
    before its metric governs it too."""
    return prior is not None and prior.metric is not None and prior.object is not None and \
        len(obj) > 2 and obj[-2:] == prior.object[-2:] and text[prior.span[1]:start] in _PART_JOINERS and \
        text.startswith(obj, start) and not _words(lex, obj)


def _last_of_kind(lex: _Lexicon, out: list[Number], sentence: int, unit: str) -> Number | None:
    """The last count of ``sentence`` counting by ``unit``, or by any unit of people
    when ``unit`` is one (56.7万名村党组织书记中，…的8.1万人), over counts of other
    units between (处分968人，增长53.7%，其中…3人); None when there is none."""
    for n in reversed(out):
        if n.sentence != sentence:
            return None
        if n.unit == unit or (unit in lex.person_units and n.unit in lex.person_units):
            return n
    return None


def _names_a_part(lex: _Lexicon, text: str, start: int, obj: str) -> bool:
    """Whether the phrase at ``start`` is only a place or body (县直机关单位,
    中小学校) with no verb of its own: written after another count it says where
    a part of that count fell (请假2名, 民主评议63次 are other things done)."""
    return text.startswith(obj, start) and obj.endswith(lex.parts) and not _words(lex, obj)


#: What closes the opening of a clause naming who attended (出席会议[的有]…共30人).
_ATTENDED_BY = "的有"


def _attendance_metric(lex: _Lexicon, text: str, clause_start: int, hi: int, unit: str) -> str | None:
    """``participants`` when the clause opens with a participation verb closed by
    的有 before the people counted (出席本次会议的有支部党员、预备党员共30余人):
    the people listed attended, whatever their kind."""
    k = text.find(_ATTENDED_BY, clause_start, hi)
    if k < 0:
        return None
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    m = cue_re.match(text, clause_start, k) if cue_re is not None else None
    return "participants" if m is not None and cue_best[m.group(1)][1] == "participants" else None


def _before_body_count(lex: _Lexicon, out: list[Number], num_start: int) -> int:
    """Where the verb governing a count of people is read back from: before a count
    of bodies written right against it (覆盖[30个党支部]682名党员), whose people they
    are, so that the verb before both governs the people too; else the count itself."""
    if out and out[-1].span[1] == num_start and out[-1].unit not in lex.person_units:
        return out[-1].span[0]
    return num_start


def _governing_metric(lex: _Lexicon, text: str, lo: int, hi: int, unit: str) -> str | None:
    """``participants`` when the last cue before a count of people is a
    participation verb taking them as its object (集中培训市县乡三级790余名人大代表,
    覆盖2000余名群众): the people took part, whatever they are. A 的 after the
    verb makes it a qualifier (参加过培训的3名老兵), and another word of
    count_words.tsv after it another verb."""
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    if cue_re is None:
        return None
    last = None
    for m in cue_re.finditer(text, lo, hi):
        last = m
    if last is None or cue_best[last.group(1)][1] != "participants":
        return None
    rest = text[last.start() + len(last.group(1)):hi].removeprefix("了")
    if "的" in rest or _words(lex, rest):
        return None
    return "participants"


def _counted_head(lex: _Lexicon, obj: str, unit: str) -> int:
    """Where, in the noun read after a count that runs right into the next count
    (3个[方面问题]12条, 两项[法规心得体会文章]百余篇), the thing the next count
    counts begins: at its first cue for the next unit, when one dictionary word
    stands before it (方面, 法规, 专题), which is then all the count before
    counts; 0 when the noun opens with the cue or a longer phrase qualifies it
    (4个方面突出问题21个)."""
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    m = next((m for m in cue_re.finditer(obj) if cue_best[m.group(1)][1] is not None), None) \
        if cue_re is not None else None
    if m is None or m.start() == 0 or obj[:m.start()] not in word_tags():
        return 0
    return m.start()


def _cut_object(lex: _Lexicon, num: Number, k: int) -> None:
    """Cut a count's object (and text and span) to its first ``k`` characters,
    its metric read again (3个[方面]|问题12条)."""
    obj = num.object or ""
    cut = num.text.find(obj) + k
    num.object, num.text = obj[:k], num.text[:cut]
    num.span = (num.span[0], num.span[0] + cut)
    num.metric = _metric(lex, num.object, num.unit or "", after=True)


def _names_counted(lex: _Lexicon, obj: str) -> bool:
    """Whether a phrase names something of the metric vocabulary (反馈问题,
    问题清单): the groups of a category count (6大类) are groups of it. A verb
    or a list item before the count (围绕|三大方面, 工作作风等|5大方面) is no
    such thing."""
    return _metric(lex, obj, "个") is not None


def _starts_with_verb(lex: _Lexicon, text: str, after: tuple[int, int, int], unit: str = "") -> bool:
    """Whether the phrase after a count opens with a content verb (专题会议6次[研究]推进整改),
    or a head count with a verb of going (80余人[赴]烈士陵园). Adverbs between
    a head count of people and its verb are skipped (共52人[认真]观看, 12人[集中]学习):
    they name no one, so the people are named before the count. So does a light
    verb the object reader skipped after such a count (领导干部300余人[开展]政治轮训):
    what was done with the people follows, they are named before."""
    at = after[1]
    if unit in lex.person_units:
        at = lex.adverb_run.match(text, at, after[2]).end()
    if unit in lex.person_units and lex.go and text.startswith(lex.go, at):
        return True
    if unit in lex.person_units and text[after[0]:after[1]] in lex.light:
        return True  # 领导干部300余人[开展]政治轮训: a light verb skipped opens what was done with them
    if unit in lex.person_units and text.startswith(lex.prepositions, at):
        w = next(w for w in lex.prepositions if text.startswith(w, at))
        if not _opens_word(text[at:after[2]], len(w)):
            return True  # 干部近1万人[通过]线上方式接受警示教育: the people are named before
    if text[at:at + 1] not in lex.verb_starts:
        return False
    m = lex.word_re.match(text, at)
    if m is None or m.group() not in lex.verbs:
        return False  # the quick answer for most objects
    words = _words(lex, text[at:after[2] + 4])
    return bool(words) and words[0][0] == 0 and words[0][1] in lex.verbs


#: Units of people and households: a count of them restated by another such unit
#: right after a comma counts the same people (居民3200多户，9000多人).
_HOUSEHOLD = "户"


def _same_people_again(lex: _Lexicon, out: list[Number], text: str, clause_start: int, num_start: int,
                       unit: str, sentence: int) -> bool:
    """Whether a bare head count (nothing before it in its clause) restates the
    people of the count that closes the clause before (居民3200多户，[9000多人]):
    it counts the same people by another unit, so it takes their noun."""
    if unit not in lex.person_units or clause_start != num_start or not out or clause_start < 1:
        return False
    last = out[-1]
    return last.object is not None and last.sentence == sentence and last.span[1] == clause_start - 1 and \
        text[clause_start - 1] in "，," and (last.unit in lex.person_units or last.unit == _HOUSEHOLD)


def _label_metric(lex: _Lexicon, text: str, listed: int, unit: str) -> str | None:
    """The metric of a label closing with a colon before the people listed
    (参加人员：|机关全体党员，共15人; the list may have been cut at the length
    limit): the label says what they did."""
    colon = max(text.rfind(c, max(0, listed - _MAX_BEFORE), listed) for c in "：:")
    if colon < 1 or _CLAUSE_RE.search(text, colon + 1, listed):
        return None
    k = max(text.rfind(c, 0, colon) for c in "\n。；;，,") + 1
    return _metric(lex, text[k:colon], unit) if colon - k <= 8 else None


def _total_of_clause_before(lex: _Lexicon, text: str, clause_start: int, num_start: int,
                            floor: int) -> tuple[int, int, int] | None:
    """The people a total opening its clause sums up, listed in the clause before
    (…支委及相关科室人员，[共计]30余人参加会议): the count's verb is no name of them.
    Only a phrase ending with a head of people qualifies."""
    if clause_start < 1 or text[clause_start - 1] not in "，," or \
            text[clause_start:num_start] not in lex.total_joiners or floor >= clause_start - 1:
        return None
    before = _object_before(lex, text, clause_start - 1, floor)
    if before is None or not text.endswith(lex.actors + lex.people_of, before[1], before[2]):
        return None  # (会上，共计40余人参加: a setting, no people)
    return before


def _total_of_count_before(lex: _Lexicon, text: str, out: list[Number], last_end: int, num_start: int,
                           clause_start: int) -> tuple[int, int, int] | None:
    """The people a total of people sums up when the last of them were a count of
    their own (…村居妇联主席以及48个妇女代表[共计]100余人参加会议): the total counts
    them all, with the list the count closes, not the verb after it, and the list
    names no doer. Only right after a count of people (by a unit of people or a
    head of people: 代表, 委员) and a total word (共, 共计, 合计) between them."""
    if not out or out[-1].object is None or out[-1].span[1] != last_end or \
            text[last_end:num_start] not in _LIST_TOTALS:
        return None
    prev = out[-1]
    if (prev.unit or "") not in lex.person_units and not prev.object.endswith(lex.people_of + lex.people_heads):
        return None  # (12个党支部共300余人参加: the branches hold the people, they are not them)
    start = prev.span[0]
    before = _over_people_list(lex, text, (start, start, last_end), num_start, clause_start)
    if before[1] == start:
        j = text.find(prev.object, start, last_end)
        return (j, j, j + len(prev.object)) if j >= 0 else None  # 36名群众代表共计80余人: those people
    return before


def _attended_later(lex: _Lexicon, text: str, after: tuple[int, int, int], unit: str) -> str | None:
    """``participants`` when the verb phrase or preposition after a head count of
    people (named before it) leads, further in its clause, to an event taken part
    in (干部近1万人[通过]线上方式[接受警示教育], 党员1200余人次接受了[警示教育]):
    the people attended it, whatever their noun names (GUIDE §4: participants)."""
    cue_re, cue_best, _, _ = _unit_metrics(lex, unit)
    end = next((i for i in range(after[1], min(len(text), after[1] + _MAX_ADVERBIAL))
                if text[i] in _CLAUSE_END), min(len(text), after[1] + _MAX_ADVERBIAL))
    if cue_re is None:
        return None
    cues = (cue_best[m.group(1)][1] for m in cue_re.finditer(text, after[1], end))
    return "participants" if "participants" in cues else None


#: How far after a count opening a relative clause its 的 may stand (千余名[党员参与]的).
_MAX_COUNTED_CLAUSE = 12


def _head_after_counted_clause(lex: _Lexicon, text: str, inner_end: int, unit: str) -> tuple[int, int, int] | None:
    """The object after the 的 closing a relative clause that opens with a count
    of its own, written right after a count (15支[千余名党员参与的]服务队): the
    clause says who the things counted hold, its head noun is what is counted
    (the count inside it is read on its own). None when no 的 closes a clause
    holding a verb within the clause after the inner count."""
    m = _CLAUSE_RE.search(text, inner_end, inner_end + _MAX_COUNTED_CLAUSE)
    k = text.find("的", inner_end, m.start() if m else min(len(text), inner_end + _MAX_COUNTED_CLAUSE))
    if k <= inner_end or not _has_verb(lex, text[inner_end:k]):
        return None
    return _object_after(lex, text, k + 1, unit)


def _leads_next_count(lex: _Lexicon, text: str, after: tuple[int, int, int], next_start: int) -> bool:
    """Whether the phrase after a count is a verb phrase that runs right into the
    next count (走访320户|收集意见建议85条, 开展宣讲12场|覆盖群众3000人次): its noun
    is what the next count counts, so this count's object is written before it.
    A bare noun there (5个方面18条) stays: it names what this count counts.
    A noun and a verb of reaching a figure (四期[浏览量突破]366人次) is the
    next count's too: the noun is what that figure measures."""
    if after[2] != next_start:
        return text[after[2]:next_start] in lex.reaches
    if after[1] > after[0]:
        return True  # a light verb was skipped (收集, 征集)
    m = lex.word_re.match(text, after[1])
    return m is not None and m.group() in lex.verbs


#: Opening quotes: a count right after one that ends the text is the first characters of a
#: quoted formula (“四个意识”, “三个一”) a page cut short, not a count of anything (round 68).
_QUOTE_OPENS = frozenset("“「‘")


def extract_numbers(text: str, protected: Sequence[Span] = ()) -> list[Number]:
    """Every count in ``text``; numbers inside ``protected`` spans are never counts."""
    lex = _lexicon()
    # clause and sentence ends, looked up by bisection at each count
    clause_ends = [m.start() for m in _CLAUSE_RE.finditer(text)]
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    sentence = 0
    out: list[Number] = []
    seen: set[tuple[object, ...]] = set()
    reported: list[Number] = []  # ``out`` without the repeats and in its order: the result
    clause_counts: set[int] = set()  # where counts opening a relative clause start (15支[千余名]党员参与的…)
    last_end = 0
    prev: tuple[int, int, int] | None = None  # start, end, floor of the last count
    prev_obj: str | None = None  # the last count's object
    last_clause: tuple[int, str | None] = (-1, None)
    prev_after = False  # whether the last count's object was written after it
    subset = False  # whether the last count was a part (其中…) of the one before
    done_of: str | None = None  # the whole's metric, after a part counted for what was done to it
    numerals = find_numerals(text, protected)
    shown = [m.span() for m in lex.shown_re.finditer(text)]  # (almost always none)
    shared: list[Numeral] = []  # bare numerals waiting for the count whose unit they share
    layout_end = 0  # the end of a text's layout and of the changes of its parts
    for idx, c in enumerate(numerals):
        if c.start < last_end or c.start < layout_end:
            continue  # inside the phrase of the count before, or of a text's layout
        if c.shared:
            # 分别上升[13.4]和13.8个百分点, 分别查摆问题[12、9、]7条: read with the count after
            shared = shared + [c] if shared and shared[-1].end < c.start <= shared[-1].end + 2 else [c]
            continue
        unit = c.unit
        num_start, num_end = c.start, c.end
        k = bisect_left(clause_ends, num_start) - 1
        clause_start = max(0, num_start - 80)  # (a clause is read back at most 80 characters)
        if k >= 0 and clause_ends[k] >= clause_start:
            clause_start = clause_ends[k] + 1
        approx = c.approx
        clause = text[clause_start:num_start]
        sentence_head = text[text.rfind("。", 0, num_start) + 1:num_start] if approx in lex.quotas else clause
        if _planned(lex, clause, approx, sentence_head):
            continue
        if text[num_start - 1:num_start] in _QUOTE_OPENS and not text[num_end:].strip():
            continue  # 是检验“四个|: a page cut inside a quoted formula, whose numeral counts nothing
        if shown and any(a <= num_start < b for a, b in shown):
            continue  # 片中的反面典型…400余次贪污公款: the story of a film shown, not work done
        if _restates_names(lex, text, num_start, c.value, unit, approx):
            continue  # 张明、李华两位同志: the names already say how many
        if _pronoun_pair(lex, text, num_start, num_end, unit):
            continue  # 会见李华，两人就…交换意见: the people just named, not how many took part
        if _numbered_meeting(lex, text, num_start, num_end, unit, approx):
            continue  # 3月20日，市委召开108次常委会会议: the meeting's number, 第 left out
        if is_document_part(text, num_start, unit):
            # 《条例》共3编158条: the layout of a text, not work done; so are the counts of
            # what became of its parts written right after it (，其中新增5条、修订7条)
            layout_end = layout_changes_end(text, num_end)
            continue
        if unit in lex.share_units and clause.endswith(lex.rate_rules):
            continue  # 按照15%的比例计算: a rate applied, a rule, not a figure found
        if is_document_content(text, num_start, unit):
            continue  # 《条例》中违反组织纪律的8类行为: what a cited rule holds, not work done
        if text[num_start - 1:num_start] in lex.split_ends and (
                text.startswith(lex.phases, num_end) or _bare_split_item(lex, text, num_end, unit)) and \
                _split_into(lex, text, clause_start, num_start):
            continue  # 会议[分]两个部分进行, [分为]两个阶段: how it was done, not a count of work
        if text.startswith(lex.phases, num_end) and _split_into_named(lex, text, clause_start, num_start):
            continue  # 分为理论学习、义诊活动两个阶段: the phases named, then how many
        if text.find("每", clause_start, num_start) >= 0 and PER_IN_CLAUSE.search(text, clause_start, num_start):
            continue  # 每季度向巡察办报告1次: a frequency, not a count
        chained = prev is not None and prev[1] > clause_start and num_start - prev[1] <= 3 and \
            text[prev[1]:num_start] in lex.chain_joiners
        head_end = prev[0] if chained and prev is not None else num_start
        read_from = num_end
        if text.startswith(_PART_LEAD, clause_start) and text.startswith(lex.copulas, num_end):
            # 其中3项[为]省部级荣誉: a part of a count, and what that part is
            read_from += len(next(w for w in lex.copulas if text.startswith(w, num_end)))
        after = _money_object_after(lex, text, num_end) if unit == "元" else \
            _share_object_after(lex, text, num_start, num_end) if unit in lex.share_units else \
            _object_after(lex, text, read_from, unit)
        inner = False  # whether the phrase after the count holds a count of its own, read on its own
        if unit not in lex.share_units and unit != "元" and idx + 1 < len(numerals) and \
                numerals[idx + 1].start == (after[1] if after is not None else read_from) and \
                (head := _head_after_counted_clause(lex, text, numerals[idx + 1].end, unit)) is not None:
            # 15支[千余名党员参与的]服务队: a count opens a relative clause; the head after it is counted
            after, inner = (read_from, head[1], head[2]), True
            clause_counts.add(numerals[idx + 1].start)
        if after is not None and idx + 1 < len(numerals) and after[1] < numerals[idx + 1].start < after[2]:
            # 12家单位|近千人次: the phrase read over a round numeral (千 may be a word's
            # character), but a counted numeral begins a count of its own
            after = (after[0], after[1], numerals[idx + 1].start)
        if after is not None and text[after[1]:after[2]] in lex.unit_nouns:
            after = None  # 培训班6个[班次]: the thing counted is written before
        if after is not None and _standard_parts(lex, text, clause_start, num_start, after):
            continue  # 对照中央明确的6个方面: the parts of a standard, a regulation's contents
        if after is not None and idx + 1 < len(numerals) and \
                _leads_next_count(lex, text, after, numerals[idx + 1].start):
            after = None  # 走访320户[收集意见建议]85条: the phrase after is the next count's
        metric: str | None = None
        verb_metric: str | None = None
        verb_end = num_end  # 56人[参加]: the verb after a head count stays in its text
        total_before: tuple[int, int, int] | None = None  # the people a total sums up, listed before its clause
        regrouped = bool(out) and text[head_end - 1:head_end] in lex.regroup_ends and \
            (after is None or after[1] > after[0]) and \
            text[max(clause_start, head_end - 6):head_end].endswith(lex.regroup)
        if regrouped:
            # 收集意见建议146条，梳理归纳为32条: the same things counted again
            after = None
        elif after is not None and (unit in lex.person_units or unit in ("次", "场")) and \
                _starts_with_verb(lex, text, after, unit):
            before = _object_before(lex, text, num_start, max(clause_start, last_end))
            if before is None and unit in lex.person_units:
                before = total_before = _total_of_clause_before(
                    lex, text, clause_start, num_start, max(clause_ends[k - 1] + 1 if k >= 1 else 0, last_end))
            if before is None and unit in lex.person_units:
                before = total_before = _total_of_count_before(lex, text, out, last_end, num_start, clause_start)
            if before is not None and unit in lex.person_units and (
                    _whole_before(lex, text, before, num_start) or
                    _only_a_verb(lex, text[before[1]:before[2]])):
                before = None  # 中管高校共有9550余人[参加]: the universities hold the people counted
            if before is not None and text[after[0]:after[1]] in lex.light and \
                    not _ends_with_actor(lex, text[before[1]:before[2]]):
                before = None  # 该所3581人[提交]了…: after a light verb only people named before count
            if before is not None and before[2] - before[1] >= 2 and (
                    unit in lex.person_units or _metric(lex, text[before[0]:before[2]], unit) is not None):
                # 社区党员、志愿者共56人[参加]; 专题会议6次[研究]推进整改: the noun before
                if unit in lex.person_units:
                    verb_metric = _metric(lex, text[after[0]:after[2]], unit, after=True) or \
                        _attended_later(lex, text, after, unit)
                    verb_end = after[2]
                after = None
        middle = False
        changed = False  # whether the count is a change of a figure (比上年净增120名)
        if after is None and not regrouped and idx + 1 < len(numerals) and \
                (numerals[idx + 1].start == num_end or text[num_end:numerals[idx + 1].start] in lex.total_joiners):
            # 3个方面12项28个具体问题: the middle part counts what the last one names
            # (also over a total word: 5个方面15项[共]67个问题)
            nxt = numerals[idx + 1]
            if nxt.unit != "元" and nxt.unit not in lex.share_units:
                after = _names_no_kind(lex, text, numerals, idx + 1, _object_after(lex, text, nxt.end, nxt.unit))
                middle = after is not None
            if after is None and (last := _chain_end(lex, text, numerals, idx + 1)) is not nxt:
                # 涉及10类20项69条重点目标任务: every part but the last counts what the last names
                after = _names_no_kind(lex, text, numerals, numerals.index(last, idx + 1),
                                       _object_after(lex, text, last.end, last.unit))
                middle = after is not None
        actor = None
        if regrouped:
            # the count before the regrouping, not the first part of this chain (5个方面)
            source = next((m for m in reversed(out) if m.span[1] <= head_end and m.span[0] != head_end), out[-1])
            obj, cue_text, span = source.object, "", (num_start, num_end)
            metric = source.metric
        elif after is not None:
            phrase_start, obj_start, obj_end = after
            if unit in lex.doer_units:
                obj_end = obj_start + len(_before_doing(lex, text[obj_start:obj_end], unit,
                                                        phrase_start == obj_start))
            obj = text[obj_start:obj_end]
            cue_text = text[phrase_start:obj_end]
            span = (num_start, obj_end)
            actor = _actor(lex, text, max(clause_start, last_end), num_start) or \
                _people_before(lex, out, text, clause_start, last_end)
            if unit in lex.person_units:
                verb_metric = _following_metric(lex, text, obj_end, unit,
                                                lambda: _metric(lex, cue_text, unit, after=True),
                                                _opens_clause(lex, text[clause_start:num_start]) or
                                                text[clause_start:num_start].endswith(lex.musters) or
                                                num_start in clause_counts)
                verb_metric = verb_metric or _disposal_metric(lex, text, clause_start, num_start, obj_end, unit)
            if unit in lex.person_units and (list_end := _people_list_end(lex, text, obj_end, unit)) is not None \
                    and not _COUNTED_IN_LIST.search(text, obj_end, list_end):
                # 260余名县处级[、乡科级及中青年干部]参加: the whole list is counted
                # (百余名党员[、千余名群众]参加 lists counts: each keeps its own)
                obj_end = list_end
                obj, span = text[obj_start:obj_end], (num_start, obj_end)
        else:
            # (the noun of a 、 run of figures stands before its first: 查摆问题|12、9、7条)
            lead = shared[0].start if shared and shared[-1].end < num_start <= shared[-1].end + 2 else num_start
            before = _object_before(lex, text, lead, max(clause_start, last_end), unit) or total_before
            if before is not None:
                before = _before_split(lex, text, before, clause_start, num_start)
            if before is None and unit in lex.person_units and not chained:
                # 参加人员：机关全体党员，[共]15人: the people named in the clause before,
                # and a label before them says what they did
                before = _total_of_clause_before(
                    lex, text, clause_start, num_start, max(clause_ends[k - 1] + 1 if k >= 1 else 0, last_end))
                if before is not None:
                    verb_metric = _label_metric(lex, text, before[0], unit)
            if before is None and chained and prev is not None:
                k = text.rfind("的", prev[0], num_start)
                if prev_after and k >= 0 and num_start - k >= 3:
                    before = (k + 1, k + 1, num_start)  # 3个方面的|问题29个
                elif prev_after and out and out[-1].object and text[prev[1]:num_start] in lex.total_joiners and \
                        (j := text.find(out[-1].object, prev[0], num_start)) >= 0:
                    # 两批主体班[共]9个班次: a total of the same things (查摆问题5个方面|18条 is not)
                    before = (j, j, j + len(out[-1].object))
                elif unit == "元" and prev_after and prev_obj and (j := text.find(prev_obj, prev[0], num_start)) >= 0:
                    # 400余次挪用公款[达]3000余万元: the money of what the count before counts
                    before = (j, j, j + len(prev_obj))
                elif prev_after and prev[1] == num_start and prev_obj and \
                        _metric(lex, prev_obj, unit) is not None and \
                        (j := text.find(prev_obj, prev[0], num_start)) >= 0:
                    # 查摆出3个方面[问题]12条, 撰写学习两项法规[心得体会文章]百余篇: the noun
                    # read after the count before runs into this one and names what it counts;
                    # one word before its cue (方面, 法规) is all the count before counts
                    k = _counted_head(lex, prev_obj, unit)
                    if k and out and out[-1].span[0] == prev[0] and out[-1].object == prev_obj:
                        _cut_object(lex, out[-1], k)
                    before = (j + k, j + k, j + len(prev_obj))
                else:
                    # 查摆问题5个方面18条: the second part counts what the first did
                    before = _object_before(lex, text, prev[0], max(clause_start, prev[2]))
                    if before is not None and out and _things_not_people(lex, text[before[1]:before[2]],
                                                                         out[-1].unit or "", unit):
                        before = None  # 移交问题线索2件|3人: the people involved, named nowhere
            carried = None
            if before is None and unit in lex.share_units:
                before = _rate_from_date(lex, text, num_start, max(clause_start, last_end))
            if before is not None and unit in lex.share_units:
                before = _before_respectively(lex, text, before, max(clause_start, last_end))
                before = _rate_before(lex, text, _before_compared_date(lex, text, before, max(clause_start, last_end)))
                if before is None and out and out[-1].sentence == bisect_right(sentence_ends, num_start):
                    # 诉前羁押率从63.59%[降至]33.68%: the same rate, changed; 审结标的8860万元，
                    # [同比上升]28.82%: the change of the figure before
                    carried = out[-1].object
            here = bisect_right(sentence_ends, num_start)
            if before is None and carried is None and _same_people_again(lex, out, text, clause_start, num_start,
                                                                          unit, here):
                carried = out[-1].object  # 居民3200多户，9000多人: the same residents, by head
            if before is None and carried is None and out and out[-1].sentence == here and out[-1].unit == unit and \
                    text[out[-1].span[1]:num_start] in _RESPECTIVE_LINKS and _RESPECTIVELY in out[-1].text:
                # 党组织分别有320个[、]150个, 覆盖率分别达98%[、]95%: one figure for each, of the same things
                carried = out[-1].object
            changed_from: str | None = None
            if before is not None and unit not in lex.share_units and \
                    (change := lex.versus_re.search(text, before[1], before[2])) is not None:
                # 党员总数[比上年净增]120名: a change of a figure, not a count of things; what
                # changed is named before the comparison, or is the count before it
                changed = True
                if change.start() - before[1] >= 2:
                    before = (before[0], before[1], change.start())
                else:
                    prior = next((n for n in reversed(out) if n.sentence == here and n.unit == unit), None)
                    changed_from = prior.object if prior is not None else None
            if before is not None and carried is None and \
                    (late := _late_after_subject(lex, text, before, num_end, unit)) is not None:
                # 书记王明先后|两次[对简报]作出批示: the phrase before is the doer, the verb comes late
                actor = _actor(lex, text, max(clause_start, last_end), before[2])
                phrase_start, obj_start, obj_end = late
                obj, cue_text, span = text[obj_start:obj_end], text[phrase_start:obj_end], (num_start, obj_end)
            elif before is not None:
                before = _with_age(text, before, max(clause_start, last_end))
                if unit in lex.person_units:
                    before = _over_modifier_list(lex, text, before, max(clause_start, last_end))
                    before = _over_people_list(lex, text, before, num_start, max(clause_start, last_end))
                    before = _past_cut_owners(text, before)
                phrase_start, obj_start, obj_end = before
                obj = _list_head(lex, text, obj_start, obj_end, max(clause_start, last_end))
                if changed and changed_from is not None:
                    obj = changed_from  # 全县党员8000名，比上年净增120名: of the party members
                cue_text = text[phrase_start:obj_end]
                span = (phrase_start, verb_end)
                actor = _actor(lex, text, max(clause_start, last_end), phrase_start) or \
                    _people_before(lex, out, text, clause_start, last_end)
                if actor is not None and obj and unit in lex.person_units and \
                        (actor.endswith(obj) or obj.startswith(lex.roll_calls)):
                    # [班子成员、党员代表及居民代表]共40名参与: the people counted, no doer;
                    # [支部]应到党员24名: whose roll is called, no doer either
                    actor = None
                if actor is None and prev is not None and prev[1] > clause_start and \
                        text[prev[1]:phrase_start].strip(lex.adverb_chars) == "" and \
                        text[clause_start:prev[1]].endswith(lex.actors) and \
                        not text.startswith(lex.prepositions, clause_start) and \
                        not (unit in lex.person_units and text.startswith(_TOTAL_LINKS, phrase_start)) and \
                        not (unit in lex.person_units and _joins_total(lex, text[clause_start:prev[1]])):
                    # (班子成员、9个大队负责人|[及]执法人员近50人参加: the list a head count
                    # closes, cut by a count inside it, is counted too, no doer; round 61)
                    # (在全县22个乡镇、8大系统部门|开展宣讲预选赛31场次: where, not who)
                    actor = _after_lead_light(lex, text[clause_start:prev[1]])  # 机关16个党支部|确定整改问题74项
            elif carried is None and (late := _object_after_adverbial(lex, text, num_end, unit)) is not None:
                # 3次[在全院干警大会上对“三个规定”]进行专题解读: the verb comes after a long adverbial
                phrase_start, obj_start, obj_end = late
                obj, cue_text, span = text[obj_start:obj_end], text[phrase_start:obj_end], (num_start, obj_end)
            else:
                obj, cue_text, span = carried, "", (num_start, num_end)
        if obj is not None:
            obj = _trim_particles(obj) or None
        if obj is not None and after is None:
            obj = _after_item_join(lex, obj)
        if obj is None and unit in lex.share_units and text.startswith(_SHARE_OF, clause_start):
            obj = _share_subject_before(lex, text, clause_start, num_start)  # [工人和农民]仍是主体，占总数的33.6%
        if obj is not None and obj.strip(_EMPTY_OBJECTS) == "":
            obj = None  # 3581人提交[了]《…》, 分别增长157.9%[和]210%: a particle or joiner names nothing
        if obj is not None:
            obj = _after_relative_verb(lex, _within_brackets(obj, after is not None))
        if obj is not None and (labelled := _after_label(lex, obj)) != obj:
            cue_text, obj = cue_text or obj, labelled  # [培训对象为]乡镇干部: the label stays a cue
        if obj is not None and len(obj) > len(_PART_LEAD) and obj.startswith(_PART_LEAD):
            obj = obj[len(_PART_LEAD):]  # [其中]“谈话函询”占33.4%: 其中 opens the clause, it names nothing
        if obj is not None and after is not None:
            obj = _before_going(lex, obj)
        if obj is not None and after is not None and unit in lex.person_units:
            obj = _served_named(lex, text, num_start, _people_named(lex, _before_plural(obj)))
            obj = _before_names(lex, obj)
            obj = _kind_before_names(lex, text, clause_start, num_start, obj)
        if obj is not None and unit in lex.person_units:
            obj = _team_named(lex, obj)
        if obj is not None and after is None and unit in lex.person_units and _LIST_CLOSE in text[max(0, num_start - 3):num_start]:
            obj = _leader_named(lex, obj)
        if obj is not None and after is not None and unit in lex.body_units:
            obj = _body_named(lex, obj)
        if unit in lex.category_units and after is None and obj is not None and not _names_counted(lex, obj):
            obj, cue_text, span = None, "", (num_start, num_end)  # 围绕三大方面: nothing named before
        if after is not None and _background(lex, text, c.start, obj, after[2]):
            continue  # 辖94个乡镇: the setting of an area, nothing done
        if actor is None and last_clause[0] == clause_start:
            actor = last_clause[1]
        last_clause = (clause_start, actor)
        prev_after = after is not None and not middle
        reach = num_end if middle or inner else max(num_end, span[1])  # the next part is read on its own
        prev = (num_start, reach, last_end)
        prev_obj = obj  # (kept when the count is a repeat and so not reported again)
        last_end = reach
        sentence = max(sentence, bisect_right(sentence_ends, span[0]))  # sentences only move on
        if not regrouped:
            if after is None and cue_text and span[0] > 0 and text[span[0] - 1] in "已并":
                # 已|整改16个: the items are done; 发现并|整改问题43个: found first
                cue_text = text[max(clause_start, span[0] - (1 if text[span[0] - 1] == "已" else 3)):span[0]] + cue_text
            metric = verb_metric or _metric(lex, cue_text or (obj or ""), unit, after=after is not None)
            if metric is not None and after is None and cue_text and _cue_qualifies_another_verb(lex, cue_text, unit):
                metric = None  # 整改督促检查单位30个: units inspected, no rectification items
            if metric is None:
                metric = _bare_opinion_metric(lex, text, obj, num_start, unit)  # 相互批评…提了3条意见
            if metric in (_GATHERED, _GIVEN):
                metric = _opinions_way(lex, text, metric, cue_text or obj or "", actor, clause_start, span[0])
            if metric == _MEMBERS and not verb_metric and after is None and unit in lex.person_units and \
                    _mixed_people(lex, obj, unit):
                metric = None  # 党员志愿者以及热心群众50余人: not all of them are party members
            if metric in _WRITTEN and after is not None and \
                    _pieces_read(lex, text, max(clause_start, prev[2]), num_start):
                metric = None  # 学习了《…》等3篇文稿: pieces studied, none written or sent
            if metric is None and after is not None and not middle and not regrouped:
                # [走访]50余户居民: the verb before the count says what was done to those after it
                metric = _verb_before_metric(lex, text, max(clause_start, prev[2]), num_start, unit)
            if metric is None and after is None and before is not None and not chained and \
                    unit not in lex.person_units:  # (党员、群众324人: several kinds of people, no one kind)
                metric = _list_metric(lex, text, num_start, max(clause_start, prev[2]), unit)
            if metric in (None, _MEMBERS) and not verb_metric and after is not None and \
                    unit in lex.person_units:
                # 学习教育覆盖全局系统1500余名干部职工: the people the verb reached took part,
                # whatever their kind (a kind of member alone names no activity)
                hi = _before_body_count(lex, out, num_start)
                lo = prev[2] if hi == num_start else clause_start  # (the body count's own floor)
                metric = _governing_metric(lex, text, max(clause_start, lo, hi - _MAX_GOVERNING),
                                           hi, unit) or metric
            if metric in (None, _MEMBERS) and not verb_metric and after is None and unit in lex.person_units:
                metric = _attendance_metric(lex, text, clause_start, span[0], unit) or metric
            if metric is None and after is None and obj is not None and text.startswith(obj, span[0]) and \
                    span[0] - 2 > max(clause_start, prev[2]) and unit not in lex.person_units:
                # (not for people: 于某某率领的…督查组一行三人 counts the team, not its leader's post)
                # 召开党组会议专题|研究整改工作6次: the named thing before the purpose verb
                head = _object_before(lex, text, span[0], max(clause_start, prev[2]))
                head_metric = _metric(lex, text[head[0]:head[2]], unit) if head else None
                if head is not None and head_metric is not None:
                    metric = head_metric
                    if not _tag_at_end(text[head[1]:head[2]]).startswith("v"):
                        obj, span = text[head[1]:head[2]], (head[0], span[1])
                    # (else 严肃查处|发生在群众身边的…问题36起: a verb names no thing, the object stays)
            # 开展宣讲700场次，[县直机关单位]100场次: a count right after another, one verb for both
            joined = after is None and obj is not None and bool(out) and \
                text[out[-1].span[1]:span[0]] in _PART_JOINERS and _names_a_part(lex, text, span[0], obj)
            part = text.startswith(_PART_LEAD, clause_start) or subset or joined
            prior = _just_before(out, sentence, unit)
            if metric in (None, _MEMBERS) and not verb_metric and after is None and obj is not None and \
                    unit in lex.person_units and prior is not None and prior.metric not in (None, _MEMBERS) and \
                    (text[prior.span[1]:span[0]] in _PART_JOINERS or clause_start > prior.span[1] and
                     text[prior.span[1]:clause_start] in _PART_JOINERS) and not _words(lex, obj) and \
                    (metric == _MEMBERS or obj.endswith(lex.actors + lex.people_of)):
                # 处分县处级干部5人，[乡科级干部]46人: more people of the same verb, by kind
                # (参加党员32人、[群众]15人 too)
                metric = prior.metric
            if metric is None and not verb_metric and after is None and obj is not None and \
                    unit not in lex.person_units and _same_head(lex, text, prior, obj, span[0]):
                # 查处省部级领导干部问题18起，[地厅级领导干部问题]1196起: more things of the
                # verb before, of another kind
                metric = prior.metric
            whole = _last_of_kind(lex, out, sentence, unit)
            if whole is not None and whole.metric is not None and after is None and obj is not None and \
                    text[num_start - 1:num_start] == "的" and (metric is None or obj.startswith(lex.concerns)):
                # 其中[反映“四风”方面问题的]109条, 196.5万名党员中，[生产工作一线的]97.7万名: a part
                # written without its noun counts what the whole before it counts, of the same
                # unit (a share may stand between); its qualifier only says which part
                metric = whole.metric
            if metric is None and part and whole is not None:
                metric = whole.metric  # 意见建议207条，其中涉及班子的82条; 处分968人，增长53.7%，其中局级3人
                if done_of is not None:
                    # 其中40个已完成整改，6个[正在整改]: another part of the whole, not of the part done
                    metric = _part_done_metric(lex, text, num_end, clause_ends, unit, done_of) or done_of
            if not part:
                done_of = None
            subset = metric is not None and part and bool(out) and metric == out[-1].metric
            if obj is not None and out and out[-1].sentence == sentence and out[-1].object and \
                    (_bare_lead(lex, obj, unit) or _done_alone(lex, text, span[0], obj, metric, unit)):
                obj = out[-1].object  # 制定整改措施67项，已完成52项: done of those measures
            if obj in lex.part_refs and prior is not None and prior.object:
                obj = prior.object  # 24个整改问题[中]的20个, [剩余]4个: a part of those
                metric = metric or prior.metric
            if obj in lex.light and prior is not None:
                obj = prior.object  # 举办讲堂160余场，今年以来已[开展]32场: more of those
                metric = metric or prior.metric
            elif obj in lex.light:
                obj = None  # 活动[包含]15名…的宣讲员: a light verb alone names nothing counted
            if obj in lex.handovers and after is None and out and out[-1].sentence == sentence and \
                    out[-1].object and unit not in lex.person_units:
                # 受理信访举报46件，[转交]县纪委监委2件: some of those, handed over
                obj = out[-1].object
                metric = metric or _metric(lex, obj, unit)
            if obj is not None and _is_verb_phrase(obj) and prior is not None and prior.object and \
                    (text.startswith(_PART_LEAD, clause_start) and prior.span[1] <= clause_start
                     or part and len(out) >= 2 and prior.object == out[-2].object and
                     text[prior.span[1]:span[0]] in _PART_JOINERS) and prior.object[-2:] not in obj and \
                    metric in (None, prior.metric) and _metric(lex, obj, unit) is None:
                # 反映事项24件，其中[交与县级相关部门办理]11件: what was done with a part of those
                # (the first count of the 其中 clause; 处理处分11人，其中给予党纪处分4人 and
                # 处分9人，其中诫勉3人 name a kind: a cue of the vocabulary of their own); a later
                # part of the same whole likewise (制度规定12条，其中新增5条、[修订]7条: round 25)
                obj, metric = prior.object, prior.metric
            if obj == _PART_LEAD or (after is None and text[clause_start:num_start] in _BARE_PART_LEADS):
                # 成立8个会客厅，[其中]6个设在党员家中; 14个车间，[有]12个在异地: a part of those
                obj = prior.object if prior is not None else None
                metric = prior.metric if prior is not None else None
                among = None if prior is not None else _among_before(lex, text, clause_start, unit)
                if among is not None:
                    # 处置的各类问题线索[中]，有8507件来源于巡视巡察: a part of the things named before 中
                    obj, metric = among
                # 反馈问题46个，其中40个[已完成整改], 目前已有28项[完成阶段性整改]: what was
                # done to the part, written after it, is what the part counts
                done = _part_done_metric(lex, text, num_end, clause_ends, unit, metric)
                done_of = metric if done is not None and done != metric else None
                metric = done or metric
            elif obj is None and after is None and prior is not None and prior.object and \
                    clause_start == num_start and clause_start > prior.span[1] and \
                    (done := _part_done_metric(lex, text, num_end, clause_ends, unit, prior.metric)) is not None:
                # 反馈问题30个，[28个]已完成整改: a bare count opening the clause after a count
                # of the same unit is a part of those, and what was done to it is what it counts
                obj, metric = prior.object, done
        if changed:
            metric = _unit_metrics(lex, unit)[2]  # (a change counts no things: only a sum stays money)
        if shared and shared[-1].end < num_start <= shared[-1].end + 2:
            if obj is not None and text[shared[-1].end:num_start] == obj:
                obj = None  # 13.4[和]13.8个百分点: the joiner names nothing
                if unit in lex.share_units and (rate := _just_before(out, sentence, "%")) is not None:
                    obj, metric = rate.object, rate.metric  # the change of the share before
            first = obj
            if len(shared) == 1 and unit in lex.share_units and len(out) >= 2 and out[-1].object == obj and \
                    all(n.sentence == sentence and n.unit == "%" for n in out[-2:]):
                first = out[-2].object  # 不捕率…、不诉率…，分别上升[13.4]和13.8个百分点: respectively
            # the bare numerals count the same things: they are reported first, in text order
            for sh in shared:
                out.append(Number(value=sh.value, approx=None, unit=unit, object=first, actor=actor,
                                  metric=metric, text=text[sh.start:sh.end],
                                  span=(sh.start, sh.end), sentence=sentence))
                reported.append(out[-1])
        if metric == _VISITS and _built(lex, text, max(clause_start, num_start - _MAX_BEFORE), num_start):
            metric = None  # 打造52个实践教育基地: bases built, none visited
        shared = []
        if actor is not None and obj and actor.endswith(obj):
            actor = None  # 非公有制企业、社会组织党组织|分别有6521个: the things counted do nothing
        key = (c.value, unit, obj)
        num = Number(value=c.value, approx=approx, unit=unit, object=obj, actor=actor, metric=metric,
                     text=text[span[0]:span[1]], span=span, sentence=sentence)
        # 女党员2227.8万名[，占25.1%]: a repeated count is reported once, but it stays in
        # ``out``, the count before for what follows it (the share after it is of it)
        if key not in seen and not _same_count(reported, c.value, unit, metric, obj) and \
                not _points_back(text, reported, num, num_end) or _parallel_twin(text, reported, num):
            reported.append(num)
        seen.add(key)
        out.append(num)
    _pair_respective(text, reported)
    return reported


_RESPECTIVE_ITEM = re.compile(r"[\u4e00-\u9fff0-9０-９（）()]{1,%d}" % _MAX_RESPECTIVE_ITEM)


#: What follows 分别 when each figure is the part of a whole one item takes (分别[占]51.4%、…).
_PARTS_OF_WHOLE = "占"
#: What follows 分别 when each figure counts the things one item names
#: (受理信访举报和处置问题线索分别[为]992起和690起).
_RESPECTIVE_COPULAS = ("为", "是", "达")
#: What separates the items of a list before 分别为 (、 and a single joiner).
_RESPECTIVE_SPLIT = re.compile("[、和及与]")


def _pair_respective(text: str, reported: list[Number]) -> None:
    """Give each share of a 分别占 run its own thing (大专及以上学历、女性、少数民族分别占
    51.4%、45.5%、10.5%): the list before 分别 names as many things as the run has
    figures, in the same order, so the first figure's object (the last item, read
    whole before it) and the bare ones after it are each named by their own item.
    Left alone when the counts differ, an item is no short name, or the last item is
    longer than the object read (非公企业、社会组织[党组织]: a head shared by all, as
    is a rate reached, 机关、企业党组织覆盖率分别达96%、91%)."""
    for i, first in enumerate(reported):
        at = text.find(_RESPECTIVELY, first.span[0], first.span[1])
        if at < 0 or first.object is None or not text.endswith(first.object, 0, at):
            continue
        shares = text.startswith(_PARTS_OF_WHOLE, at + len(_RESPECTIVELY))
        if not shares and not text.startswith(_RESPECTIVE_COPULAS, at + len(_RESPECTIVELY)):
            continue
        run = [first]
        for n in reported[i + 1:]:
            gap = text[run[-1].span[1]:n.span[0]]
            if gap == "" and not shares:
                gap = n.text[:1]  # (和690起: the joiner may open the figure's own text)
            if (shares and n.unit != first.unit) or gap not in _RESPECTIVE_LINKS:
                break
            run.append(n)
        if len(run) < 2:
            continue
        lo = max((text.rfind(c, 0, at) for c in "，,。；;：:\n"), default=-1) + 1
        if not shares:
            lo = max(lo, at - len(first.object))  # ([今年]查摆问题和整改措施: read as the object was)
        items = text[lo:at].removeprefix(_PART_LEAD)  # ([其中]男性、女性分别占…)
        items = items.split("、") if shares else _RESPECTIVE_SPLIT.split(items)
        if len(items) != len(run) or not all(_RESPECTIVE_ITEM.fullmatch(x) for x in items):
            continue
        for n, item in zip(run, items):
            n.object = item
            if not shares:  # (each item names what its own figure counts)
                n.metric = _metric(_lexicon(), item, n.unit)
