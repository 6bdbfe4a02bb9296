"""Slogans and document titles (GUIDE.md §5) as a pure function on ``str``.

Five finders feed one merge:

- ``document``: titles in 《》, kept apart from slogans.
- ``quoted``: text in “” or 「」 (and a ‘’ pair nested in them); a quoted
  count+noun formula is reported as ``numbered``, and so is a lexicon name
  whose count stands before the quote (五个“必由之路”).
- ``numbered`` from the lexicon ``numbered_slogans.tsv`` (quoted or not), its
  written-out form (政治意识、大局意识、核心意识、看齐意识) with ``expansion``
  filled, and an unlisted 两个/三个/...+noun that recurs in the article.
- known unnumbered formulas from ``slogans.txt`` found without quotes.
- ``parallel``: unquoted runs of 3+ short phrases of one shape that share a
  morpheme (一盘棋部署、一标准推进、一体抓落实), a quality ending
  (政治性、人民性、专业性; parallel_quality_suffixes.txt) or a frame inside
  items of one length (问题不解决不松劲、整改不到位不罢手、…), a 的 frame
  (严的标准、实的作风、铁的纪律), a shared quality prefix over items of two
  lengths (严查、严改、严问责) or a one-character object of four-character items
  (读书养廉、制度保廉、家风助廉、谈话促廉), or a shared head before one
  word each, of different lengths (党管宣传、党管意识形态、党管媒体). A run
  whose items are organization names (市科协、市侨联、市残联), or nouns sharing only a final word
  (教学楼维修、宿舍楼维修、食堂维修), is a list, not a formula.
- short quotes (3 characters) are single words unless several stand in a
  series (“沉浸式”、“互动式”、“研讨式”).

Spans matter beyond this module: the number extractor skips them, so numbers
inside formulas (三会一课, 四个意识) must be covered even when unquoted.
Everything is regex and lexicon work, compiled once per process.
"""
from __future__ import annotations

import re
from operator import eq
from dataclasses import dataclass, field, fields
from typing import Any

from reportmine.dictionary import word_tags
from reportmine.extract.numerals import alternation, convert
from reportmine.extract.matching import last_match
from reportmine.record import Slogan, Span
from reportmine.resources import derived, load_lines, load_table

#: a character inside a token of a 、/， run (everything but separators, stops, quotes, brackets)
_TOKC = r"[^、，,。；;：:！？!?\s“”「」『』《》（）()‘’\"\[\]【】]"
# an inner token of a run: short (up to MAX_ITEM), between two separators; the second may be a
# joining 和/与/及 before the last item (政治判断力、政治领悟力和政治执行力)
# (both are possessive, which saves backtracking without changing a match: a shorter
# first token is followed by a token character, never a separator; the second ends
# at the first 和/与/及 after its second character, as a lazy {2,10}? would)
_JOINERS = "和与及"
_TOKC_NO_JOINER = _TOKC[:-1] + _JOINERS + "]"
_INNER = r"[、，,](?:" + _TOKC + r"{1,10}+(?=[、，,])|" + _TOKC + r"{2}" + _TOKC_NO_JOINER + \
    r"{0,8}+(?=[和与及]))"
# consecutive inner tokens, one match per group (written X(?:X)* rather than (?:X)+:
# a pattern that opens with a character class lets the engine skip to separators)
_INNER_GROUP_RE = re.compile(_INNER + "(?:" + _INNER + ")*")
#: how far an edge token of a run is read (enough for any lexicon item)
EDGE = 40
_TAIL_RE = re.compile(_TOKC + r"{1,%d}" % EDGE)
_SEP_RE = re.compile(r"([、，,])")
#: longest item of a parallel run
MAX_ITEM = 10
_QUOTED_RE = re.compile(r"“([^“”\n]{1,80})”|「([^「」\n]{1,80})」|『([^『』\n]{1,80})』|\"([^\"\n]{1,80})\"")
_SINGLE_RE = re.compile(r"‘([^‘’“”\n]{1,30})’")
#: a quote holding quotes written with the same marks (以“…提高“五种能力”，践行“四新”要求…”为主题):
#: _QUOTED_RE finds only the inner ones, so the outer is read here as well
_NESTED_QUOTED_RE = re.compile(r"“((?:[^“”\n]*“[^“”\n]{1,20}”)+[^“”\n]*)”")
#: longest quote holding quotes, as MAX_QUOTED's themes run (the inner marks included)
MAX_NESTED_QUOTED = 100
#: a title in 《》, which may hold one title of its own (《…审议《领导干部报告个人有关事项规定》》)
_DOC_RE = re.compile(r"《((?:[^《》\n]|《[^《》\n]{1,150}》){1,150})》")
_INNER_DOC_RE = re.compile(r"《([^《》\n]{1,150})》")
#: A title typed between doubled ASCII angles (<<…的通知>>) where the writer had no 《》 key.
_ASCII_DOC_RE = re.compile(r"<<([^<>《》\n]{1,150})>>")
#: the shortest title taken between <<>>: shorter ones are a page's buttons (<<返回首页>>, <<上一篇>>)
MIN_ASCII_TITLE = 5
_SENTENCE_END_RE = re.compile(r"[。！？!?；;]")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_NUMERALS = "〇零一二两三四五六七八九十百千万"
_COUNT_FORMULA_RE = re.compile(
    r"^(?:[一二两三四五六七八九十]+[个大项种条点必]?[\u4e00-\u9fff]{1,4}?)+$")
# (十一个 .. 九十个 or 两个 .. 十个, not after 第/这/那/每 or a numeral; opening with the
# character class and testing the character before it afterwards lets the engine skip ahead)
_GENERAL_COUNT_RE = re.compile(r"([两三四五六七八九十](?<![第\d" + _NUMERALS + r"这那每].)"
                               r"(?:(?<=十)[一二三四五六七八九])?[个大])"
                               r"([\u4e00-\u9fff]{2,4})")
#: what names the party before the ordinal of one of its congresses (中共五大会址, 党的七大):
#: 五大 there is the fifth congress, no count of five big things
_CONGRESS_HOLDERS = ("中共", "党的")
#: 十一大 .. 十九大: a party congress by its ordinal, not a count of big things
_CONGRESS_RE = re.compile(r"十[一二三四五六七八九]大")
#: A character before a formula name that makes it part of an ordinal or a longer count.
_NOT_BEFORE_NAME = re.compile(r"[第\d" + _NUMERALS + r"]")
_FUNCTION_CHARS = set("的了和与及等之是在为把")
#: pronouns and determiners: 我的家乡、你的朋友 is no 的-frame formula
_PRONOUNS = set("我你他她它咱谁这那每各某其本该")
#: what stands right before the opening quote of reported speech
_SPEECH_RE = re.compile(r"(?:[：:]|[说道称])\s*\Z")
#: a verb of saying closing the sentence right after a quote (“……”，在会后党员某某说道。):
#: the quote is the speaker's words, said after it as often as before (round 60)
_SAID_AFTER_RE = re.compile(r"[，,]?[^。！？!?；;“”‘’《》]{0,20}?(?:说道|笑道|说|感慨道|坦言)[。！!]")
#: a quote after 说/： this long and without 、 is taken as speech
MIN_SPEECH = 6
#: modal particles and thanks that only spoken words carry (“感谢小王啊，……真是谢谢了”):
#: a formula is never said with them
_SPOKEN_RE = re.compile(r"[啊呀吧呢嘛哇]|谢谢")

#: longest quoted string taken as a slogan; longer ones are quotations
MAX_QUOTED = 40
#: quoted strings this short are nicknames or single words (头雁) unless a lexicon
#: knows them or they hold a numeral (七一, 十四五: kept so their numbers stay covered)
MIN_PLAIN_QUOTED = 4
#: characters that count like a numeral in a short quote: 双 opens paired formulas
#: (“双报到”, “双培养”, “双述双评”: two things done together), no nickname
_COUNT_CHARS = frozenset(_NUMERALS) | {"双"}

#: longest item of a quoted formula longer than MAX_QUOTED (凝心铸魂筑牢根本、…: 8)
MAX_LONG_FORMULA_ITEM = 10


def _long_formula(inner: str) -> bool:
    """Whether a quote longer than MAX_QUOTED is still one formula: three or
    more short items of one length joined by 、 and nothing else (“凝心铸魂筑牢
    根本、锤炼品格强化忠诚、…”), where a quotation runs on in a sentence."""
    items = inner.split("、")
    return len(items) >= 3 and len({len(x) for x in items}) == 1 and \
        2 <= len(items[0]) <= MAX_LONG_FORMULA_ITEM and _CJK_ONLY_RE.fullmatch(inner.replace("、", "")) is not None


_CJK_ONLY_RE = re.compile(r"[\u4e00-\u9fff]+")
_SEMICOLON_RE = re.compile(r"[；;]")


def _formula_halves(inner: str) -> bool:
    """Whether the ；/; of a quote only joins the halves of one formula, each
    a run of items joined by 、 (“有情、有味、有认同；发声、发力、谋发展”),
    where in a quotation it ends a clause."""
    parts = _SEMICOLON_RE.split(inner)
    return len(parts) >= 2 and all("、" in x and not _SENTENCE_END_RE.search(x) for x in parts) \
        or _semicolon_clauses(parts)


#: longest clause of a quoted formula whose clauses a ；/; parts (把某某资源利用好: 8)
MAX_SEMICOLON_CLAUSE = 12


def _semicolon_clauses(parts: list[str]) -> bool:
    """Whether three or more short clauses parted by ；/; make one formula: of
    near one length (within 2), each without a comma or sentence end, all
    closing on the same character (“要把某某资源利用好；把某某传统发扬好；把某某
    基因传承好”, round 60). A quotation's clauses run longer and end apart."""
    parts = [x.strip() for x in parts]
    lens = [len(x) for x in parts]
    return len(parts) >= 3 and all(_CJK_ONLY_RE.fullmatch(x) for x in parts) \
        and 3 <= min(lens) and max(lens) <= MAX_SEMICOLON_CLAUSE and max(lens) - min(lens) <= 2 \
        and len({x[-1] for x in parts}) == 1 and parts[0][-1] not in _FUNCTION_CHARS

#: what stands right before the opening quote of a meeting's theme (主题是“…”, 主题：“…”)
_THEME_BEFORE_RE = re.compile(r"主题(?:是|为)?[：:]?\Z")
#: what follows the closing quote of a theme (紧扣“…”主题, 以“…”为主题, “…”专题)
#: (…”的根本任务, …”的总要求: the set task of a campaign is framed as its theme is)
_THEME_AFTER_RE = re.compile(r"(?:的|这一|为)?(?:主题|专题|根本任务|总要求)")


def _theme(text: str, open_at: int, close_end: int) -> bool:
    """Whether a quote is framed as a meeting's theme. Themes of annual
    民主生活会 run to 50-70 characters (深入学习贯彻…，全面落实…), longer
    than any other slogan, so a quote past MAX_QUOTED is kept only so framed;
    other long quotes are quotations."""
    return bool(_THEME_AFTER_RE.match(text, close_end)
                or _THEME_BEFORE_RE.search(text, max(0, open_at - 5), open_at))


_KIND_RANK = {"document": 4, "numbered": 3, "quoted": 2, "parallel": 1}


@dataclass(frozen=True)
class _Lexicon:
    canonical: dict[str, str]            # surface form -> formula name
    expansion: dict[str, tuple[str, ...]]
    name_re: re.Pattern[str] | None
    phrase_re: re.Pattern[str] | None
    item_run_re: re.Pattern[str] | None
    item_re: re.Pattern[str] | None
    stop_nouns: tuple[str, ...]
    stop_suffixes: tuple[str, ...]
    quality_suffixes: frozenset[str] = frozenset()
    pair_suffixes: frozenset[str] = frozenset()  # 点: a formula of two-character items (痛点、难点、堵点)
    verb_suffixes: frozenset[str] = frozenset()
    list_heads: frozenset[str] = frozenset()  # 时间, 地点, 内容: a plan's particulars
    formula_words: tuple[str, ...] = ()  # 活动, 要求: after a run of verb-object triads, a formula
    clause_leads: tuple[str, ...] = ()  # 做到, 切实: before a clause of verb-object triads
    quality_words: frozenset[str] = frozenset()  # 统一, 有力: predicates jieba tags otherwise
    quality_leads: tuple[str, ...] = ()  # 一支: before the qualities of a team (…的队伍)
    locative_tails: tuple[str, ...] = ()  # 下功夫: after 在…上, the effort a run is the field of
    campaign_heads: tuple[str, ...] = ()  # 攻坚战: a campaign a run of four-character items qualifies
    sep_item_re: re.Pattern[str] | None = None  # a separator and an item after it
    surnames: frozenset[str] = frozenset()  # 王, 李: a list of names of three characters opens with them
    opening_verbs: frozenset[str] = frozenset()  # 把, 深化, 找准: verbs opening an item that jieba's tags miss
    quote_things: tuple[str, ...] = ()  # 家庭, 驿站: a count before a quote so ending counts things
    evaluation_adverbs: tuple[str, ...] = ()  # 比较, 较为: a shared one makes a run an appraisal
    scope_run_re: re.Pattern[str] | None = None  # 全党动手、全民参与、全社会齐抓共管: a scope head's run
    frame_chars: frozenset[str] = frozenset()  # 所: one shared at an inner place frames items (发展所需、基层所盼)
    pair_closers: tuple[str, ...] = ()  # 相结合: after “当下改”与“长久立”, the pair is one formula
    causative_leads: tuple[str, ...] = ()  # 引导: with its object, before a clause of verb-object triads
    verdict_chars: frozenset[str] = frozenset()  # 准, 深, 实: the verdict closing an item (查摆问题准)
    kind_heads: frozenset[str] = frozenset()  # 问题: shared after noun fronts, it names kinds (思想问题、素质问题)
    posts: frozenset[str] = frozenset()  # 主委, 书记: a post before a name closes an item of a list of people
    body_endings: tuple[str, ...] = ()  # 宣讲团, 工作室: a quote so ending names a body
    honour_words: tuple[str, ...] = ()  # 十佳, 优秀: inside a quote with an honour head, an award
    honour_heads: tuple[str, ...] = ()  # 党支部, 集体: closing a quote with an honour word, an award
    uplift_verbs: frozenset[str] = frozenset()  # 锤炼, 凝聚: each opening an item, a clause of them is a formula
    question_openers: tuple[str, ...] = ()  # 如何, 为什么: a quote so opening asks a question
    question_endings: tuple[str, ...] = ()  # 什么, 吗: a quote so ending asks a question
    question_words: tuple[str, ...] = ()  # 什么样, 有什么: anywhere in a quote, a question
    channel_words: frozenset[str] = frozenset()  # 来信, 来电: a run of only these lists channels
    problem_endings: tuple[str, ...] = ()  # 不够有力, 不到位: every clause of a quote so ending cites a problem
    name_leads: tuple[str, ...] = ()  # 简称: right before a quote, it makes the quote a short name
    numeral_words: tuple[str, ...] = ()  # 一刻钟, 五彩: numeral-led words that count nothing
    status_endings: tuple[str, ...] = ()  # 妥当, 就绪: items so ending, unlike, report a state of things
    body_formula_endings: tuple[str, ...] = ()  # 命运共同体: a body ending that still closes a formula
    name_tails: tuple[str, ...] = ()  # 公众号, 小程序: right after a quote, it makes the quote a channel's name
    document_endings: tuple[str, ...] = ()  # 管理办法, 工作规则: a quote so ending is a document's title
    headline_verbs: tuple[str, ...] = ()  # 印发: before a 《document》 closing a quote, a headline
    result_complements: frozenset[str] = frozenset()  # 出: 开好、开实、开出成效 keeps its last item whole
    le_words: tuple[str, ...] = ()  # 案结事了, 了却: 了 inside them marks no finished action
    partitive_leads: tuple[str, ...] = ()  # 有的: every item so opening narrates what each did
    tail_adjectives: frozenset[str] = frozenset()  # 富, 美: adjectives closing a noun (百姓富) jieba tags otherwise
    stop_exceptions: tuple[str, ...] = ()  # 开局, 大局: words ending as a body does (局) that name none


def _alternation(words: list[str]) -> str:
    """Longest word first, written as a trie (quicker to match, same matches)."""
    return alternation(words)


def _source(file: str) -> Any:
    """A field of ``_Sources`` read from ``file`` (a ``.tsv`` as rows, anything else as lines)."""
    return field(default=(), metadata={"file": file})


@dataclass(frozen=True)
class _Sources:
    """The word lists the slogan lexicon is built from, each field with the resource file it is read from.

    Why a table of fields: a new list is one line here (its name and its file)
    and its use in ``_build_lexicon``, not one more positional argument in two
    places; the fields default to empty so a test builds a lexicon from a few lists.
    """

    table: tuple[dict[str, str], ...] = _source("numbered_slogans.tsv")
    phrases: tuple[str, ...] = _source("slogans.txt")
    stop_nouns: tuple[str, ...] = _source("numbered_stop_nouns.txt")
    stop_suffixes: tuple[str, ...] = _source("parallel_stop_suffixes.txt")
    quality_suffixes: tuple[str, ...] = _source("parallel_quality_suffixes.txt")
    verb_suffixes: tuple[str, ...] = _source("parallel_verb_suffixes.txt")
    list_heads: tuple[str, ...] = _source("parallel_list_heads.txt")
    pair_suffixes: tuple[str, ...] = _source("parallel_pair_suffixes.txt")
    formula_words: tuple[str, ...] = _source("parallel_formula_words.txt")
    clause_leads: tuple[str, ...] = _source("parallel_clause_leads.txt")
    quality_words: tuple[str, ...] = _source("parallel_quality_words.txt")
    quality_leads: tuple[str, ...] = _source("parallel_quality_leads.txt")
    campaign_heads: tuple[str, ...] = _source("parallel_campaign_heads.txt")
    surnames: tuple[str, ...] = _source("surnames.txt")
    opening_verbs: tuple[str, ...] = _source("parallel_opening_verbs.txt")
    quote_things: tuple[str, ...] = _source("numbered_quote_things.txt")
    scope_heads: tuple[str, ...] = _source("parallel_scope_heads.txt")
    evaluation_adverbs: tuple[str, ...] = _source("parallel_evaluation_adverbs.txt")
    frame_chars: tuple[str, ...] = _source("parallel_frame_chars.txt")
    pair_closers: tuple[str, ...] = _source("quoted_pair_closers.txt")
    causative_leads: tuple[str, ...] = _source("parallel_causative_leads.txt")
    tail_adjectives: tuple[str, ...] = _source("parallel_tail_adjectives.txt")
    stop_exceptions: tuple[str, ...] = _source("parallel_stop_exceptions.txt")
    verdict_chars: tuple[str, ...] = _source("parallel_verdict_chars.txt")
    kind_heads: tuple[str, ...] = _source("parallel_kind_heads.txt")
    posts: tuple[str, ...] = _source("person_titles.txt")
    body_endings: tuple[str, ...] = _source("quoted_body_endings.txt")
    honour_words: tuple[str, ...] = _source("quoted_honour_words.txt")
    honour_heads: tuple[str, ...] = _source("quoted_honour_heads.txt")
    uplift_verbs: tuple[str, ...] = _source("parallel_uplift_verbs.txt")
    question_openers: tuple[str, ...] = _source("quoted_question_openers.txt")
    question_endings: tuple[str, ...] = _source("quoted_question_endings.txt")
    question_words: tuple[str, ...] = _source("quoted_question_words.txt")
    channel_words: tuple[str, ...] = _source("parallel_channel_words.txt")
    problem_endings: tuple[str, ...] = _source("quoted_problem_endings.txt")
    name_leads: tuple[str, ...] = _source("quoted_name_leads.txt")
    numeral_words: tuple[str, ...] = _source("quoted_numeral_words.txt")
    status_endings: tuple[str, ...] = _source("parallel_status_endings.txt")
    body_formula_endings: tuple[str, ...] = _source("quoted_body_formula_endings.txt")
    name_tails: tuple[str, ...] = _source("quoted_name_tails.txt")
    document_endings: tuple[str, ...] = _source("quoted_document_endings.txt")
    headline_verbs: tuple[str, ...] = _source("quoted_headline_verbs.txt")
    result_complements: tuple[str, ...] = _source("parallel_result_complements.txt")
    le_words: tuple[str, ...] = _source("quoted_le_words.txt")
    partitive_leads: tuple[str, ...] = _source("parallel_partitive_leads.txt")
    locative_tails: tuple[str, ...] = _source("parallel_locative_tails.txt")

    @classmethod
    def load(cls) -> _Sources:
        """Every list from its file in the resource folders in effect."""
        return cls(**{f.name: _load(f.metadata["file"]) for f in fields(cls)})


def _load(file: str) -> tuple[Any, ...]:
    return load_table(file) if file.endswith(".tsv") else load_lines(file)


@derived
def _lexicon() -> _Lexicon:
    """The compiled lexicon (rebuilt after ``reportmine.resources.clear_cache()``)."""
    return _build_lexicon(_Sources.load())


#: a dash inside a lexicon phrase (团结—批评—团结) stands for any dash written in
#: the text: one or two em dashes, a hyphen or a full-width hyphen (团结——批评——团结)
_DASH_RUN_RE = re.compile(r"[—－\-]+")
_DASHES = r"[—－\-]{1,2}"


def _build_lexicon(src: _Sources) -> _Lexicon:
    canonical: dict[str, str] = {}
    expansion: dict[str, tuple[str, ...]] = {}
    for row in src.table:
        name = row.get("name", "").strip()
        if not name:
            continue
        canonical[name] = name
        for alias in (row.get("aliases") or "").split("|"):
            if alias.strip():
                canonical[alias.strip()] = name
        items = tuple(i.strip() for i in (row.get("expansion") or "").split("|") if i.strip())
        if len(items) >= 2:
            expansion[name] = items
    name_re = None
    if canonical:
        # the character before a name is tested by _lexicon_names (_NOT_BEFORE_NAME)
        name_re = re.compile(_alternation(list(canonical)))
    phrase_re = None
    if src.phrases:
        pats = []
        for p in sorted(set(src.phrases), key=len, reverse=True):
            parts = [_DASHES.join(map(re.escape, _DASH_RUN_RE.split(x))) for x in re.split(r"[、，,\s]+", p) if x]
            pats.append(r"[、，,]?".join(parts))
        phrase_re = re.compile("|".join(pats))
    items = [i for its in expansion.values() for i in its]
    item_run_re = item_re = sep_item_re = None
    if items:
        alt = _alternation(items)
        sep = r"(?:[、，,和及与]|以及)"
        item_re = re.compile(alt)
        # (no first-character look-ahead: a pattern opening with the trie's
        # literal branches already lets the engine skip to their first characters)
        item_run_re = re.compile(r"(?:" + alt + r")(?:" + sep + r"(?:" + alt + r"))+")
        sep_item_re = re.compile(sep + r"(?:" + alt + r")")
    return _Lexicon(
        canonical=canonical, expansion=expansion, name_re=name_re, phrase_re=phrase_re,
        item_run_re=item_run_re, item_re=item_re,
        stop_nouns=tuple(src.stop_nouns),
        stop_suffixes=tuple(sorted(src.stop_suffixes, key=len, reverse=True)),
        quality_suffixes=frozenset(src.quality_suffixes), verb_suffixes=frozenset(src.verb_suffixes),
        list_heads=frozenset(src.list_heads), sep_item_re=sep_item_re,
        pair_suffixes=frozenset(src.pair_suffixes),
        formula_words=tuple(sorted(src.formula_words, key=len, reverse=True)),
        clause_leads=tuple(sorted(src.clause_leads, key=len, reverse=True)),
        quality_words=frozenset(src.quality_words),
        quality_leads=tuple(sorted(src.quality_leads, key=len, reverse=True)),
        campaign_heads=tuple(sorted(src.campaign_heads, key=len, reverse=True)),
        surnames=frozenset(n for n in src.surnames if len(n) == 1),
        opening_verbs=frozenset(src.opening_verbs),
        quote_things=tuple(src.quote_things),
        evaluation_adverbs=tuple(sorted(src.evaluation_adverbs, key=len, reverse=True)),
        # (the item after the last 、 may run on past its end: _scope_runs cuts it at 的)
        scope_run_re=re.compile("([%s])[\u4e00-\u9fff]{2,%d}(?:、\\1[\u4e00-\u9fff]{2,%d})+" % (
            "".join(re.escape(h) for h in src.scope_heads if len(h) == 1), MAX_SCOPE_ITEM - 1, MAX_SCOPE_ITEM - 1))
        if any(len(h) == 1 for h in src.scope_heads) else None,
        frame_chars=frozenset(c for c in src.frame_chars if len(c) == 1),
        pair_closers=tuple(sorted(src.pair_closers, key=len, reverse=True)),
        causative_leads=tuple(sorted(src.causative_leads, key=len, reverse=True)),
        tail_adjectives=frozenset(c for c in src.tail_adjectives if len(c) == 1),
        stop_exceptions=tuple(src.stop_exceptions),
        verdict_chars=frozenset(c for c in src.verdict_chars if len(c) == 1),
        kind_heads=frozenset(src.kind_heads), posts=frozenset(src.posts),
        body_endings=tuple(sorted(src.body_endings, key=len, reverse=True)),
        honour_words=tuple(src.honour_words), honour_heads=tuple(src.honour_heads),
        uplift_verbs=frozenset(src.uplift_verbs),
        question_openers=tuple(src.question_openers), question_endings=tuple(src.question_endings),
        question_words=tuple(src.question_words), channel_words=frozenset(src.channel_words),
        problem_endings=tuple(sorted(src.problem_endings, key=len, reverse=True)),
        name_leads=tuple(sorted(src.name_leads, key=len, reverse=True)),
        numeral_words=tuple(sorted(src.numeral_words, key=len, reverse=True)),
        status_endings=tuple(sorted(src.status_endings, key=len, reverse=True)),
        body_formula_endings=tuple(src.body_formula_endings),
        name_tails=tuple(sorted(src.name_tails, key=len, reverse=True)),
        document_endings=tuple(sorted(src.document_endings, key=len, reverse=True)),
        headline_verbs=tuple(src.headline_verbs),
        result_complements=frozenset(src.result_complements),
        le_words=tuple(src.le_words),
        partitive_leads=tuple(src.partitive_leads),
        locative_tails=tuple(sorted(src.locative_tails, key=len, reverse=True)),
    )


@dataclass
class _Hit:
    text: str
    kind: str
    span: Span
    method: str
    expansion: tuple[str, ...] = ()
    #: stretches of the span left out of ``text`` (a bracketed note: Slogan.omitted)
    omitted: tuple[Span, ...] = ()


def _inside(span: Span, spans: list[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def _overlaps(span: Span, spans: list[Span]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in spans)


#: a quote opening with a party congress by its ordinal (十九大精神学习, 二十大报告), or a mass
#: organization's congress so (侨联“十代会”, 妇联“十二代会”: its tenth congress): no count formula
_CONGRESS_OPENING_RE = re.compile(r"(?:二十[一二三四五六七八九]?|十[一二三四五六七八九])大|[一二三四五六七八九十]{1,3}代会")


def _is_count_formula(text: str) -> bool:
    return bool(_COUNT_FORMULA_RE.match(text)) and any(c not in _NUMERALS for c in text) \
        and not _CONGRESS_OPENING_RE.match(text)


#: a month before 之/的/份 (“三月之星”, 十二月的): a date's word, no count
_MONTH_RE = re.compile(r"(?:十[一二]?|[一二三四五六七八九])月[之的份]")


def _numeral_word(inner: str, words: tuple[str, ...]) -> bool:
    """Whether a quote that reads as a count formula opens with a word that only
    starts with a numeral (“一刻钟”课堂, “五彩梦想”, “三月之星”, a brand jieba
    tags nz: 三鼎): a name or plain word, kept as quoted, since the GUIDE's
    numbered kind is a count plus a noun."""
    if inner.startswith(words) or _MONTH_RE.match(inner):
        return True
    tags = word_tags()
    return any(tags.get(inner[:k]) == "nz" for k in (2, 3))


def _documents(text: str) -> list[_Hit]:
    """Titles in 《》; a title nested in another is a document too, and so is the
    outer one, its inner brackets kept (《中共中央政治局召开会议…审议《领导干部报告
    个人有关事项规定》》: both)."""
    hits = []
    for m in _DOC_RE.finditer(text):
        found = [m] + (list(_INNER_DOC_RE.finditer(text, m.start(1), m.end(1))) if "《" in m.group(1) else [])
        for d in found:
            inner = d.group(1).strip()
            if not inner or not _CJK_RE.search(inner) and not _named_work(text, d.start()):
                continue
            s = d.start(1) + d.group(1).index(inner)
            hits.append(_Hit(inner, "document", (s, s + len(inner)), "rule"))
    if "<<" in text:
        hits += _ascii_documents(text)
    return hits


#: the last character of a noun naming a work (影片, 宣传片, 话剧, 歌曲, 图书) right before 《
_WORK_NOUN_CHARS = frozenset("片剧曲歌书")


def _named_work(text: str, open_at: int) -> bool:
    """Whether a title of Latin letters or digits alone (《CPC》, 《731》) is named a
    work by the noun right before its 《 (宣传片《CPC》, 影片《731》): a document
    then, as any title in 《》 is; without that noun such a title is as often
    markup or a code (rounds 61 and 65)."""
    return open_at > 0 and text[open_at - 1] in _WORK_NOUN_CHARS


def _ascii_documents(text: str) -> list[_Hit]:
    """Titles between <<>>, the ASCII stand-in some sites type for 《》
    (学习<<…廉洁从业九项准则>>): documents like those in 《》, but of at least
    MIN_ASCII_TITLE characters, shorter ones being a page's buttons."""
    hits = []
    for m in _ASCII_DOC_RE.finditer(text):
        inner = m.group(1).strip()
        if len(inner) >= MIN_ASCII_TITLE and _CJK_RE.search(inner):
            s = m.start(1) + m.group(1).index(inner)
            hits.append(_Hit(inner, "document", (s, s + len(inner)), "rule"))
    return hits


#: How a document's title opens (关于…的通知, 关于…的意见): quoted, it names a document, not a slogan.
_DOC_OPENING = "关于"
#: A count written before the opening quote (五个“必由之路”, 三个“务必”); the quote's closing
#: character is tested apart
_COUNT_BEFORE_QUOTE_RE = re.compile(r"(?<![第" + _NUMERALS + r"\d])[一二两三四五六七八九十]{1,2}个\Z")


def _counted_quote(text: str, open_at: int, close_end: int, inner: str, lex: _Lexicon) -> int | None:
    """Where a count before a quote opens, when count and quote together name a
    formula (五个“必由之路” is 五个必由之路); None otherwise. The quote alone
    (必由之路) names no formula. Besides the lexicon's names, an unlisted count
    of two to ten before a short quote is one (五个“有利条件”, 三个“讲清楚”), but
    a count of quoted things stays a count: the quote names things counted,
    honoured or built (评出十个“文明家庭”: numbered_quote_things.txt, a stop
    suffix, a stop noun), or a noun after the quote is what is counted
    (三个“红旗”单位)."""
    m = _COUNT_BEFORE_QUOTE_RE.search(text, max(0, open_at - 3), open_at)
    if m is None:
        return None
    if m.group() + inner in lex.canonical:
        return m.start()
    if m.group()[0] == "一" or not _UNLISTED_QUOTE_RE.fullmatch(inner) or inner.endswith(lex.quote_things) \
            or inner.endswith(lex.stop_suffixes) or inner.startswith(lex.stop_nouns):
        return None
    after = text[close_end:close_end + 2]
    if (word_tags().get(after) or "").startswith("n"):
        return None  # 三个“红旗”单位: the count is of 单位
    return m.start()


#: a formula named by counts joined with + (“1+3+5+N”, “6+1”, “3+x”): a quote without a
#: Chinese character that still names a way of working, unlike a hotline (“12345”)
_PLUS_FORMULA_RE = re.compile(r"(?=.*\d)[0-9A-Za-z]{1,3}(?:[+＋][0-9A-Za-z]{1,3})+")
#: what an unlisted count may name as one formula in quotes: a short phrase with no separator
_UNLISTED_QUOTE_RE = re.compile(r"[\u4e00-\u9fff]{2,6}")


#: shortest quote read as a document's title when it ends in quoted_document_endings.txt
#: (“某某管理办法”: 6; “工作规则” alone is a word, optional either way)
MIN_QUOTED_DOCUMENT = 6
#: the last clause of a quote closing in a counted target (新增通车里程62公里, 覆盖率达95%)
_PLAN_COUNT_RE = re.compile(r"[\u4e00-\u9fff]\d+(?:\.\d+)?[万亿]?(?:[\u4e00-\u9fff]{1,2}|[%％])\Z")


def _issued_headline(inner: str, verbs: tuple[str, ...]) -> bool:
    """Whether a quote closing with a 《document》 names it right after a verb of
    quoted_headline_verbs.txt (“某某厅印发《关于某某的意见》”): a news headline
    reporting the document, no formula. The caller tests the closing 》 first."""
    at = inner.rfind("《")
    return at > 0 and bool(verbs) and inner.endswith(verbs, 0, at)


def _channel_name(text: str, close_end: int, tails: tuple[str, ...]) -> bool:
    """Whether a word of quoted_name_tails.txt (公众号, 小程序, APP) follows the
    closing quote ending at ``close_end`` (“某某发布”公众号): the quote names an
    account or an app, no formula. Numbered formulas are taken before this test."""
    return bool(tails) and text.startswith(tails, close_end)


def _question_topic(inner: str, lex: _Lexicon) -> bool:
    """Whether a quote of several clauses is a topic put to a meeting as questions
    (“怎么开、如何开好”, “如何以某精神为指引强化支部建设、提升某某质效”): it opens
    with a question opener and either a clause is longer than MAX_PAIRED_QUESTION
    or every clause opens with an opener, the clauses of unequal length. A formula
    of short questions (“干什么、怎么干”, “为什么学、学什么、怎么学”) stays:
    a clause opens otherwise; and so do questions of one shape (“怎么学、怎么干”)."""
    if not inner.startswith(lex.question_openers) or not _SEP_RE.search(inner):
        return False  # cheap exit first: most quotes open with no question word
    clauses = _SEP_RE.split(inner)[0::2]
    if any(len(c) > MAX_PAIRED_QUESTION for c in clauses):
        return True
    return all(c.startswith(lex.question_openers) for c in clauses) and len({len(c) for c in clauses}) > 1


def _question(inner: str, lex: _Lexicon) -> bool:
    """Whether a quote is one question (“如何进一步加强支部建设”, “我们做对了什么”,
    “党有什么样的法宝”): a topic put to a meeting, not a formula. It opens with a
    word of quoted_question_openers.txt, ends with one of quoted_question_endings.txt
    or holds one of quoted_question_words.txt anywhere, and holds no separator:
    “干什么、怎么干”, items of one shape, stays, and so do short questions quoted
    side by side (“学什么”“怎么学”: the caller checks)."""
    return (inner.startswith(lex.question_openers) or inner.endswith(lex.question_endings)
            or any(w in inner for w in lex.question_words)) and not _SEP_RE.search(inner)


def _closing_question(inner: str, lex: _Lexicon) -> bool:
    """Whether a quote of several clauses closes with a long question (“对于
    某某新的挑战，我们青年学生应该怎么做”): a problem put to a class or a
    meeting, no formula (round 68). The last clause is longer than
    MAX_PAIRED_QUESTION and ends with a word of quoted_question_endings.txt or
    with an opener and at most one character more (怎么做, 怎么办, 如何办).
    Formulas of short questions stay (“干什么、怎么干”, “为什么学、学什么、
    怎么学”), and so do clauses holding a question word inside (“政绩为谁而树、
    树什么样的政绩、靠什么树政绩”) and clauses of one build or asking twice
    (“缺什么补什么，需要什么加什么”: a rule of thumb, no question; three or more
    clauses closing alike, 某某怎么建、某某怎么搞、某某怎么抓, a run of topics)."""
    if not _SEP_RE.search(inner):
        return False
    clauses = _SEP_RE.split(inner)[0::2]
    last = clauses[-1]
    if clauses[0][-2:] == last[-2:] or any(last.count(w) > 1 for w in lex.question_endings):
        return False  # “缺什么补什么，需要什么加什么”: clauses of one build, a rule of thumb
    if len(clauses) >= 3 and all(c[-3:-1] == last[-3:-1] for c in clauses):
        return False  # “支部怎么建、教育怎么搞、工作怎么做”: topics of one build, each asking how
    return len(last) > MAX_PAIRED_QUESTION and (
        last.endswith(lex.question_endings)
        or any(last[:len(last) - k].endswith(lex.question_openers) for k in (0, 1)))


#: the longest quoted question that, set beside another quote, is part of a formula
#: (“为什么要抓”、“抓什么”、“怎么抓”); longer ones side by side are topics put to a
#: meeting (“为什么是中国共产党”、“中国共产党做对了什么”)
MAX_PAIRED_QUESTION = 5
#: a quote opening or closing right beside another (“为什么要抓”、“抓什么”、“怎么抓”)
_QUOTE_BESIDE_RE = re.compile(r"[”」][、和与及]?[“「]")


def _beside_quote(text: str, open_at: int, close_end: int) -> bool:
    """Whether a quote stands next to another, joined by 、, a conjunction or
    nothing: questions so set side by side (“为什么要抓”、“抓什么”、“怎么抓”)
    are the parts of one formula, like “干什么、怎么干” in a single quote."""
    return bool(_QUOTE_BESIDE_RE.match(text, close_end - 1)
                or _QUOTE_BESIDE_RE.search(text, max(0, open_at - 2), open_at + 1))


_QUESTION_MARKS = frozenset("？?")
#: the aspect particle 了 inside a quote (取得了实效), not 为了/除了, a verb (了解, 了结)
#: or a potential complement (跑不了, 少不了: 成绩不说跑不了、问题不说不得了 is a formula)
_QUOTED_LE_RE = re.compile(r"(?<=[^为除不])了(?=[\u4e00-\u9fff])(?![解然结])")


def _aspect_le(inner: str, words: tuple[str, ...]) -> bool:
    """Whether a quote holds the aspect particle 了 (取得了实效: what was done,
    no formula) outside the words of quoted_le_words.txt, where 了 is the verb
    "settle" or part of a word (“案结事了政和” is a formula of the courts and
    procuratorates). The words are masked before the pattern reads the quote."""
    for w in words:
        inner = inner.replace(w, "〇" * len(w))
    return bool(_QUOTED_LE_RE.search(inner))


def _quoted(text: str, lex: _Lexicon, docs: list[Span]) -> list[_Hit]:
    hits = []
    found: list[tuple[int, int]] = []
    series = _quoted_series(text, lex.pair_closers) if "”“" in text or "”、“" in text or "”与“" in text \
        or "”和“" in text or "”及“" in text or "」、「" in text or "既" in text else set()
    for m in _QUOTED_RE.finditer(text):
        g = m.lastindex or 1
        found.append((m.start(g), m.end(g)))
    if text.count("“") >= 2:
        for m in _NESTED_QUOTED_RE.finditer(text):
            if m.end(1) - m.start(1) <= MAX_NESTED_QUOTED:
                found.append((m.start(1), m.end(1)))
    for m in _SINGLE_RE.finditer(text):
        span = (m.start(1), m.end(1))
        # a ‘’ pair counts nested in “” or alone, but not spanning across quotes
        found.append(span)
    speech_end = -1  # where the last quote taken as speech closed
    for qs, qe in found:
        s, e = qs, qe
        raw = text[s:e]
        inner = raw.strip()
        if not inner:
            continue
        s += raw.index(inner)
        e = s + len(inner)
        if _inside((s, e), docs):
            continue
        if inner[-1] in _QUESTION_MARKS:
            speech_end = qe + 1  # (“…请回答？”“1921年”“回答正确”: the quotes after a question are a dialogue)
        if len(inner) > MAX_QUOTED and not _theme(text, qs - 1, qe + 1) and not _long_formula(inner) \
                or _SENTENCE_END_RE.search(inner) and not _formula_halves(inner):
            continue  # (qs - 1: the opening quote; qe + 1: after the closing one)
        if not _CJK_RE.search(inner) and not _PLUS_FORMULA_RE.fullmatch(inner):
            continue  # (“1+3+5+N”党建工作体系, “3+x”模式: a formula of counted parts stays)
        if inner.startswith(_DOC_OPENING):
            continue  # “关于印发《…方案》的通知”: a document's title written in quotes, no slogan
        if inner.endswith(lex.body_endings) and not _SEP_RE.search(inner) \
                and not inner.endswith(lex.body_formula_endings) and not _DASH_RUN_RE.search(inner):
            continue  # “某山宣讲团”, “某某工作室”, “某某共同体”: the name of a body, no slogan
            # (“建账-更新-销号”: steps joined by dashes stay)
        if len(inner) >= MIN_QUOTED_DOCUMENT and inner.endswith(lex.document_endings) \
                and not _SEP_RE.search(inner):
            continue  # “某某场所管理办法”: a document's title in quotes, neither slogan nor 《document》
        if inner[-1] == "》" and _issued_headline(inner, lex.headline_verbs):
            continue  # “某某厅印发《关于…的意见》”: a headline about a document, no slogan
        if _honour(inner, lex):
            continue  # “全市十佳红旗党支部”: an award's name, no slogan
        if _question_topic(inner, lex) or _closing_question(inner, lex):
            continue  # 围绕“怎么开、如何开好”这一主题: questions put to the meeting, no slogan
        if _question(inner, lex) and (s, e) not in series \
                and not (len(inner) <= MAX_PAIRED_QUESTION and _beside_quote(text, qs - 1, qe + 1)):
            continue  # 围绕“如何加强支部建设”讨论: a question put to the meeting, no slogan
        if (inner.endswith(("…", "⋯", "...")) or "……" in inner) \
                and (re.search(r"[，,]", inner) or "、" not in inner):
            # a quotation cut short (“某某身为党员，法律意识淡薄……”; the oath's opening
            # words “我志愿加入中国共产党……”), no formula; a list of items cut short
            # (“学党史、悟思想……”) stays. Round 63: a pause inside the quote marks
            # spoken words too (“叮……请作答”, a quiz's call opening a paragraph)
            continue
        counted = _counted_quote(text, qs - 1, qe + 1, inner, lex) if text[qs - 2:qs - 1] == "个" else None
        if counted is not None:
            # 对五个“必由之路”展开学习: the count and the quote are one formula, written
            # with its quotes so that the span slices to the text (formula_of reads it
            # without them: 五个必由之路)
            hits.append(_Hit(text[counted:qe + 1], "numbered", (counted, qe + 1), "rule",
                             lex.expansion.get(lex.canonical.get(text[counted:qs - 1] + inner, ""), ())))
            continue
        if inner in lex.canonical or _is_count_formula(inner) and not _numeral_word(inner, lex.numeral_words):
            hits.append(_Hit(inner, "numbered", (s, e), "rule",
                             lex.expansion.get(lex.canonical.get(inner, ""), ())))
            continue
        if (len(inner) < MIN_PLAIN_QUOTED and not re.search(r"[、，,]", inner)
                and not any(c in _COUNT_CHARS or c.isdigit() for c in inner)
                and (s, e) not in series and not _adjective_triad(inner)):
            continue  # a nickname or single word (头雁); 七一 and 十四五 stay, covering their numbers
        if len(inner) >= MIN_SPEECH and "、" not in inner and (
                _SPEECH_RE.search(text, max(0, s - 4), s - 1) and not _theme(text, qs - 1, qe + 1)
                or _SPOKEN_RE.search(inner) or qs - 1 == speech_end
                or _SAID_AFTER_RE.match(text, qe + 1)):
            # reported speech (他说：“……”; 主题是：“不忘初心、牢记使命” stays), or spoken
            # words (particles, thanks) quoted with no verb of saying before them, or a
            # quote right after one taken as speech (说道：“……”“……”: the speaker goes on)
            speech_end = qe + 1
            continue
        if "了" in inner and _aspect_le(inner, lex.le_words):
            continue  # 点评会议“…有辣味，取得了实效”: a statement of what was done, no formula
        if _TOPIC_LIST_RE.match(inner):
            continue  # 围绕“商会的概念、性质和职能”讲解: a talk's topic, the parts of one thing, no formula
        if _cited_problem(inner, lex.problem_endings) or _named_short(text, qs - 1, lex.name_leads) \
                or _channel_name(text, qe + 1, lex.name_tails):
            continue  # “…部署不够有力，…发挥不足”: a problem found; (简称“某某电子”), “某某发布”公众号: a name
        if _PLAN_COUNT_RE.search(inner) and _SEP_RE.search(inner):
            continue  # “…加快某某建设，新增通车里程62公里”: a work plan's item with its target, no formula
        lead = _dated_lead(inner)
        hits.append(_Hit(inner[lead:], "quoted", (s + lead, e), "rule"))
    return hits


#: shortest clause of a quote read as a cited problem (部署不够有力: 6)
MIN_PROBLEM_CLAUSE = 6


def _cited_problem(inner: str, endings: tuple[str, ...]) -> bool:
    """Whether every clause of a quote (split at 、 or commas) is MIN_PROBLEM_CLAUSE
    or more characters long and closes with a shortcoming of
    quoted_problem_endings.txt (“贯彻落实上级决策部署不够有力，党组领导核心作用
    发挥不足”): a review quoting the problems it found, no formula. Items of a
    formula are shorter or close otherwise (整改不到位不放过)."""
    if not endings or not inner.endswith(endings):
        return False  # cheap exit first: most quotes end in no shortcoming
    clauses = _SEP_RE.split(inner)[0::2]
    return all(len(c) >= MIN_PROBLEM_CLAUSE and c.endswith(endings) for c in clauses)


def _adjective_triad(inner: str) -> bool:
    """Whether a three-character quote packs three one-character adjectives,
    each one by jieba's tags, into no dictionary word (管党治党“严紧硬”):
    three demands written as one, a formula, not a nickname (头雁)."""
    if len(inner) != 3:
        return False
    tags = word_tags()
    return inner not in tags and all(tags.get(c) == "a" for c in inner)


def _named_short(text: str, open_at: int, leads: tuple[str, ...]) -> bool:
    """Whether a word of quoted_name_leads.txt (简称) stands right before the
    opening quote at ``open_at`` (某某科技有限公司（简称“某某电子”）): the quote
    is a short name, no formula. Numbered formulas are taken before this test."""
    return bool(leads) and text.endswith(leads, max(0, open_at - 4), open_at)


#: a quoted topic naming the parts of one thing, two characters each, the last
#: joined by 和/与/及: “商会的概念、性质和职能”
_TOPIC_LIST_RE = re.compile(r"[\u4e00-\u9fff]{2,8}的[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})+[和与及][\u4e00-\u9fff]{2}\Z")
#: a dated or counted lead set apart by a space before a run of 3+ phrases set
#: apart by spaces: “建党98周年 学党史 感党恩 跟党走”
_DATED_LEAD_RE = re.compile(r"\S*\d\S*\s+(?=([\u4e00-\u9fff]{2,6})(?:\s+[\u4e00-\u9fff]{2,6}){2,}\Z)")


def _dated_lead(inner: str) -> int:
    """Where a run of spaced phrases of one length begins after a dated lead, else 0.

    The run is the formula (学党史 感党恩 跟党走); the anniversary before it
    only dates the event, and with it the quote would not match the formula.
    """
    if " " not in inner or not any(c.isdigit() for c in inner):
        return 0  # cheap exit: most quotes hold no space or no digit
    m = _DATED_LEAD_RE.match(inner)
    if m is None or len({len(x) for x in inner[m.end():].split()}) != 1:
        return 0
    return m.end()


def _honour(inner: str, lex: _Lexicon) -> bool:
    """Whether a quote names an honour (“全市十佳红旗党支部”, “优秀共产党员”):
    it ends in a holder of quoted_honour_heads.txt, holds a word of
    quoted_honour_words.txt before that head and no separator. An award's
    name is no formula (GUIDE §5); “争做合格党员” (no honour word) stays."""
    if not inner.endswith(lex.honour_heads) or _SEP_RE.search(inner):
        return False  # cheap exit first: most quotes end in no holder
    return any(w in inner[:-1] for w in lex.honour_words)


#: short quotes side by side, joined by 、, a conjunction or nothing (“沉浸式”、“互动式”、“研讨式”;
#: “马上办”“网上办”“就近办”)
_QUOTED_SERIES_RE = re.compile(r"[“「][^“”「」\n]{2,3}[”」](?:[、和与及]?[“「][^“”「」\n]{2,3}[”」])+")
_SHORT_QUOTE_RE = re.compile(r"[“「]([^“”「」\n]{2,3})[”」]")
#: a pair of three-character quotes in a 既…又… frame (既“治已病”，又“防未病”)
_BOTH_QUOTES_RE = re.compile(r"既要?“([^“”\n]{3})”[，,]?又要?“([^“”\n]{3})”")


def _quoted_series(text: str, closers: tuple[str, ...] = ()) -> set[Span]:
    """Spans of three-character quotes that are parts of one formula: three or
    more in a series, or a pair with one ending (“线上学”与“线下学”), or a
    pair that the sentence frames as one: joined by 与/和 before a closer
    such as 相结合 (“当下改”与“长久立”相结合: quoted_pair_closers.txt), or set
    in 既…又… (既“治已病”，又“防未病”). One alone, or a pair of nicknames
    (“领头羊”和“排头兵”), stays a single word."""
    spans: set[Span] = set()
    for m in _QUOTED_SERIES_RE.finditer(text):
        items = [(q.group(1), q.span(1)) for q in _SHORT_QUOTE_RE.finditer(text, m.start(), m.end())]
        if len(items) >= 3 or len({x[-1] for x, _ in items}) == 1 \
                or len(items) == 2 and closers and text.startswith(closers, m.end()):
            spans.update(sp for x, sp in items if len(x) == 3)
    if "既" in text:
        for m in _BOTH_QUOTES_RE.finditer(text):
            spans.update((m.span(1), m.span(2)))
    return spans


def _lexicon_names(text: str, lex: _Lexicon) -> list[_Hit]:
    if lex.name_re is None:
        return []
    hits = []
    pos = 0
    while (m := lex.name_re.search(text, pos)) is not None:
        s = m.start()
        if s and _NOT_BEFORE_NAME.match(text, s - 1):
            pos = s + 1  # 第四个意识: part of an ordinal; try again one character on
            continue
        name = lex.canonical[m.group()]
        hits.append(_Hit(m.group(), "numbered", m.span(), "lexicon", lex.expansion.get(name, ())))
        pos = m.end()
    return hits


def _expanded(runs: list[tuple[int, str, str]], lex: _Lexicon) -> list[_Hit]:
    """Formulas written out: every item of one lexicon entry in a single run.

    Only runs of 3+ tokens are searched, so a written-out formula needs at
    least two 、 or ， (形式主义、官僚主义、享乐主义和奢靡之风).
    """
    if lex.item_run_re is None or lex.item_re is None:
        return []
    hits = []
    last = None
    for start, chunk, _ in runs:
        if (start, chunk) == last:
            continue  # the same run read again with 和 kept: the same items
        last = (start, chunk)
        if lex.sep_item_re is not None and lex.sep_item_re.search(chunk) is None:
            continue  # no item after a separator: a quicker test than the whole pattern
        hits.extend(_expanded_in(chunk, start, lex))
    return hits


def _expanded_in(chunk: str, offset: int, lex: _Lexicon) -> list[_Hit]:
    assert lex.item_run_re is not None and lex.item_re is not None
    hits = []
    for m in lex.item_run_re.finditer(chunk):
        found = [(im.group(), im.start() + m.start(), im.end() + m.start())
                 for im in lex.item_re.finditer(m.group())]
        names = {x[0] for x in found}
        for name, items in lex.expansion.items():
            if set(items) <= names:
                pos = [(s, e) for w, s, e in found if w in items]
                s, e = min(p[0] for p in pos), max(p[1] for p in pos)
                hits.append(_Hit(chunk[s:e], "numbered", (s + offset, e + offset), "lexicon", items))
    return hits


#: quote marks a known formula may hold inside (为什么“能”): read past by _phrases
_INNER_QUOTES_RE = re.compile("[“”‘’\"]")


def _phrases(text: str, lex: _Lexicon) -> list[_Hit]:
    """Known formulas of ``slogans.txt`` found in ``text``. Round 70: quote
    marks inside a formula (中国共产党为什么“能”、马克思主义为什么“行”…) are
    read past, since a page may set off one word of it; the found text is the
    formula without them, its span runs from its first to its last character, and
    the marks are the span's ``omitted`` stretches, so a span less them reads the text."""
    if lex.phrase_re is None:
        return []
    if _INNER_QUOTES_RE.search(text) is None:
        return [_Hit(m.group(), "parallel", m.span(), "lexicon") for m in lex.phrase_re.finditer(text)]
    keep = [i for i, c in enumerate(text) if not _INNER_QUOTES_RE.match(c)]
    bare = "".join(text[i] for i in keep)
    hits = []
    for m in lex.phrase_re.finditer(bare):
        s, e = keep[m.start()], keep[m.end() - 1] + 1
        marks = tuple((i, i + 1) for i in range(s, e) if _INNER_QUOTES_RE.match(text[i]))
        hits.append(_Hit(m.group(), "parallel", (s, e), "lexicon", omitted=marks))
    return hits


def _blank_titles(text: str) -> str:
    """``text`` with every 《…》 title replaced by spaces of its length, so that
    counting a phrase's mentions leaves out its repetitions inside titles."""
    return _DOC_RE.sub(lambda m: " " * len(m.group()), text)


def _general_counts(text: str, lex: _Lexicon) -> list[_Hit]:
    """Unlisted count+noun formulas (五个强化) that the article repeats; a
    count of bodies (四个督导组, ending as parallel_stop_suffixes.txt) is none."""
    hits = []
    cache: dict[str, int] = {}
    # (a count repeated only because a work's title is named again, 《某某的四个昼夜》
    # twice and 用四个昼夜 once, is no formula the article repeats: titles are blanked
    # for the counting)
    plain = _blank_titles(text)
    for m in _GENERAL_COUNT_RE.finditer(text):
        noun = m.group(2)
        if noun.startswith(lex.stop_nouns) or _CONGRESS_RE.fullmatch(m.group(1)) \
                or m.group(1)[-1] == "大" and text.endswith(_CONGRESS_HOLDERS, 0, m.start()):
            continue  # (十九大精神, 中共五大会址: a congress, named by its ordinal, is no count)
        best = None
        for k in (2, 3, 4):
            if len(noun) < k:
                break
            cand = m.group(1) + noun[:k]
            n = cache.get(cand)
            if n is None:
                n = cache[cand] = plain.count(cand)
            if n < 2:
                break
            if best is not None and n < best[1]:
                break
            best = (cand, n)
        if best and best[0] not in lex.canonical and not best[0].endswith(lex.stop_suffixes):
            # (a count of bodies, 三个巡察组 or 四个督导组, stays a count however often named)
            s = m.start()
            hits.append(_Hit(best[0], "numbered", (s, s + len(best[0])), "rule"))
    return hits


def _common_prefix(items: list[str]) -> int:
    n = 0
    for chars in zip(*items):
        if len(set(chars)) != 1:
            break
        n += 1
    return n


def _common_suffix(items: list[str]) -> int:
    return _common_prefix([x[::-1] for x in items])


def _shape_ok(items: list[str], comma: bool, lex: _Lexicon,
              cut: tuple[bool, bool] = (False, False)) -> bool:
    """Same length, a shared prefix or suffix, and not an ordinary noun list.

    ``cut`` says whether the first item was cut from a longer token (a lead-in
    dropped) and whether the last was (a tail dropped). A lead-in is common
    (始终做到政治过硬、业务过硬、作风过硬), so a cut first item needs a shared
    prefix or a shared suffix of 2+ characters; a dropped tail needs a shared
    suffix to mark where the item ends. Items of 2-3 characters are exempt:
    their equal length is evidence enough (学纪、知纪、明纪、守纪).
    """
    lens = [len(x) for x in items]
    lo, hi = min(lens), max(lens)
    if lo < 2 or hi > MAX_ITEM or len(set(items)) != len(items):
        return False
    if any(not _CJK_RE.match(x[0]) or not _CJK_RE.match(x[-1]) for x in items):
        return False
    if cut[1] and items[-1][-1] in _FUNCTION_CHARS:
        return False  # 党史、党章和党的|创新理论: a tail cut after a function word ends no item
    if _reports_results(items):
        return False  # 明确了工作任务，把握了工作重心，坚定了工作信心: what a meeting achieved
    p = _common_prefix(items)
    s = _common_suffix(items)
    if p + s >= lo:
        return False
    if p and items[0][:p] in lex.evaluation_adverbs:
        return False  # 很细致、很中肯、很理性: a degree adverb shared as the frame appraises, no formula
    if p == 1 and not s and hi == 2 and _family_names(items, lex.surnames):
        return False  # 段某、段某、段某某和…四位烈士: people of one family, no formula
    if hi <= 3 and all(x in lex.channel_words for x in items):
        return False  # 来信、来电、来访: the ways the public reaches a body, no formula
    if p >= 2 and not s and all(x[p:] in lex.list_heads for x in items):
        return False  # 走访时间、走访形式、走访内容: a plan's particulars, no formula
    if cut[0] and lo != hi and "的" in items[0][len(items[0]) - s:]:
        # (a shared 的 ending after clauses of free length, 对照党章|党规找出的问题、
        # 调研中发现的问题、群众反映的问题, names kinds of a noun: neither the
        # ending nor a length says where the cut first item begins)
        return False
    if p + s == 0:
        # no shared edge, but a frame inside whole items of one length:
        # 问题不解决不松劲、整改不到位不罢手、群众不满意不收兵
        # (a lead-in may be cut from the first item: the length fixes where it begins)
        if _de_frame(items):
            return True  # 严的标准、实的作风、铁的纪律: the frame fixes the length, also of a cut tail
        if (not comma or _tail_slot(items, lex.frame_chars)) and _slot_frame(items, lex.frame_chars):
            # (joined by 、 only: clauses after commas opening with four-character
            # idioms, 抓细抓严…，真刀真枪…，逐项逐条…, repeat a character as well)
            return True  # 面对面听民声、心连心解民困、实打实惠民生; 发展所需、基层所盼、民心所向
        if not comma and _object_head_frame(items):
            return True  # 倾听民声、了解民情、化解民忧: verbs of their own before one object's head
        if not cut[1] and _middle_frame(items, lex.surnames):
            return True  # 跟党走、感党恩、听党话; 知其义、明其理、行其道
        # (a first item cut from a longer token holds no function word the
        # others lack: 民主生活|会的整改落实，制定整改措施，形成整改清单 cuts a
        # word jieba does not know, 生活会; with no shared edge nothing else
        # fixes where the item begins)
        # (nor, cut so, a noun where the others open with a verb: 紧密结合…学生|工作实际，
        # 创新工作方法，提升工作成效 shares 工作, but 学生 is what 结合 took)
        return not cut[1] and _inner_frame(items) >= 2 and not any(
            x.endswith(lex.stop_suffixes) for x in items) and not (
            cut[0] and _function_word(items[0], word_tags()) and not _function_word(items[1], word_tags())) \
            and not (cut[0] and _noun_before_verbs(items, lex.opening_verbs))
    strong = p + s >= 2
    wrapped = _wrapped(items, p, s, lex)
    if hi - lo > (1 if strong or _quality_prefix(items, p, s) else 0) and not wrapped:
        return False
    if comma and (not strong or lo < 3) and not _framed_disposal(items, p, s, lex.opening_verbs) \
            and not _negation_led(items, p, s) and not _standard_led(items, p, s):
        return False
    if p + s == 0:
        return False
    verb_object = s == 1 and p == 0 and (_verb_object_ends(items) or _verb_ends(items, lex)
                                         or _verb_object_fives(items))
    # a frame inside items of one length besides the shared end (思想是否有偏差、
    # 推动是否有误差、落实是否有时差; 坚定信仰这个出发点、对党忠诚这个着力点、…):
    # no list of names sharing a head noun repeats two inner characters as well
    framed = s == 1 and p == 0 and (_inner_frame(items) >= 2 or _located(items))
    shared_quality = items[0][-1] in lex.quality_suffixes and _quality_items(items, hi, lo)
    if s == 1 and p == 0 and not (hi <= 3 and len(items) >= 4) \
            and not shared_quality \
            and not verb_object and not framed \
            and not (hi == 2 and items[0][-1] in lex.pair_suffixes):
        # 图书馆、博物馆、纪念馆: a shared head noun, not a frame; but a shared
        # quality ending is one (政治性、人民性、专业性; 获得感、幸福感、安全感), and
        # so is a pair ending after one character each (痛点、难点、堵点)
        return False
    if not p and s == 2 and _noun_list(items, s, lex.frame_chars):
        return False
    # (a cut first item of one length with the others and their quality ending is fixed by
    # that length: 增强|政治领导力、思想引领力、群众组织力、社会号召力)
    quality = s == 1 and lo == hi and shared_quality
    if hi > 3 and ((cut[0] and not p and s < 2 and not verb_object and not framed and not quality)
                   or (cut[1] and not s and not ((p >= 2 or _adverb_led(items, p, s)) and lo == hi))):
        # (a dropped tail after items of one length sharing two opening
        # characters, or one adverb, is fixed by that length: 严的基调、严的措施、
        # 严的氛围|不动摇; 更高标准、更严要求、更实作风|积极投身)
        return False
    shared = items[0][:p] + (items[0][-s:] if s else "")
    if all(c in _FUNCTION_CHARS or c in _NUMERALS for c in shared):
        # a numeral prefix is a frame only when the rest differs in shape (一盘棋部署、一标准推进);
        # a function word opening items of one length is one when a content character
        # inside them is shared too (把问题谈开、把道理谈透、把思想谈通: 把…谈…)
        # (a numeral and a measure word opening every item count things: 一台电脑、一套桌椅、一批图书)
        if not (p and all(c in _NUMERALS for c in shared) and lo >= 4
                and not all(word_tags().get(x[p]) == "q" for x in items)) \
                and not (p and not s and lo == hi and _inner_frame(items) >= 1) \
                and not _disposal_items(items, p, s, lex.opening_verbs):
            return False
    rests = [x[p:len(x) - s] for x in items]
    if all(all(c in _NUMERALS for c in r) for r in rests):
        return False  # 第一、第二、第三; 一组、二组、三组
    if any(_body_ending(x, lex) for x in items) and not _going_to(items, p, s) \
            and not _adverb_led(items, p, s) and not (framed and _located(items)):
        return False
    return True


def _body_ending(item: str, lex: _Lexicon) -> bool:
    """Whether ``item`` ends as the name of a body or place does (parallel_stop_suffixes.txt:
    局, 院), unless in a word of parallel_stop_exceptions.txt that names none (开局, 大局:
    高标准谋划、高起点开局、高规格推动 is a formula, round 59)."""
    return item.endswith(lex.stop_suffixes) and not item.endswith(lex.stop_exceptions)


#: the aspect particle 了 after a verb inside an item (明确了|方向); not 了解, 为了, 除了
_ASPECT_LE_RE = re.compile(r"(?<=[^为除])了(?!解)")


def _reports_results(items: list[str]) -> bool:
    """Whether all items but at most one carry the aspect particle 了 inside
    (统一了思想、明确了方向、压实了责任): a report of what was done, no formula;
    了解 (倾听民声、了解民情、化解民忧) is a verb, not the particle."""
    if not any("了" in x for x in items):
        return False  # cheap exit: most runs hold no 了
    done = sum(1 for x in items if _ASPECT_LE_RE.search(x))
    return done >= 2 and done >= len(items) - 1


def _family_names(items: list[str], surnames: frozenset[str]) -> bool:
    """Two-character items opening with one family name (surnames.txt) that
    jieba knows as no word, or as a name, are given names listed (段某、段某、
    段某某和…四位烈士): a formula's two-character items sharing an opening are
    words (严查、严管、严惩) or open with no family name (更严、更细、更全)."""
    if items[0][0] not in surnames:
        return False
    tags = word_tags()
    return all(tags.get(x) in (None, "nr") for x in items)


#: how long the part between a shared head and a shared ending may be (把|整改要求|讲清楚)
MAX_WRAPPED_REST = 4


def _wrapped(items: list[str], p: int, s: int, lex: _Lexicon) -> bool:
    """Items framed by a shared verb or preposition before and a shared ending of
    two or more characters after, around one part of their own of any length
    (把问题讲清楚、把危害性讲清楚、把整改要求讲清楚): the frame marks the
    formula, so the items may differ in length by more than one. A list of
    bodies opens with a place or a level (县实验小学、县第二实验小学), no verb,
    and its endings are stop suffixes."""
    if p < 1 or s < 2 or len(items) < 3:
        return False
    rests = [x[p:len(x) - s] for x in items]
    if any(not 1 <= len(r) <= MAX_WRAPPED_REST for r in rests) or len(set(rests)) < len(rests):
        return False
    head = items[0][:p]
    return head in lex.opening_verbs or (word_tags().get(head) or "")[:1] in ("p", "v", "d")


#: how long the verb after 把 and its noun may be (把问题|找准, 把责任|扛起来)
DISPOSAL_VERB = (1, 3)


def _disposal_items(items: list[str], p: int, s: int, verbs: frozenset[str]) -> bool:
    """Items of one length, each a shared one-character opening verb of ``verbs``
    (把), a two-character noun and then a short verb or result of its own
    (把情况摸清、把问题找准、把对策提实): the 把 + noun + verb build is the
    frame, though only a function word is shared. Where what follows the noun
    is a noun or a verbal noun as well (把党建工作、把业务工作), the items name
    things, no formula."""
    if p != 1 or s or items[0][0] not in verbs or len({len(x) for x in items}) != 1:
        return False
    rest = len(items[0]) - 3
    if not DISPOSAL_VERB[0] <= rest <= DISPOSAL_VERB[1]:
        return False
    tags = word_tags()
    return all((tags.get(x[1:3]) or "").startswith("n") and
               not (tags.get(x[3:]) or "").startswith(("n", "vn")) for x in items)


def _framed_disposal(items: list[str], p: int, s: int, verbs: frozenset[str]) -> bool:
    """Clauses after commas of one length, each opening with one shared verb of
    ``verbs`` (把) and holding one more content character at the same inner
    place (把温暖送到基层，把实惠送给群众，把关怀送到农家: 把…送…): the frame
    holds across the commas. A shared 把 alone opens the clauses of a plain
    sentence as well (他把材料交给我，把文件放进柜，…), so it is not enough."""
    return p == 1 and not s and items[0][0] in verbs and len(items) >= 3 and _inner_frame(items) >= 1


def _noun_before_verbs(items: list[str], verbs: frozenset[str]) -> bool:
    """Whether the first item opens with a two-character noun of the dictionary
    while every other opens with a verb (by jieba's tag or from ``verbs``)."""
    tags = word_tags()
    return (tags.get(items[0][:2]) or "").startswith("n") and all(
        (tags.get(x[:2]) or "").startswith("v") or x[:2] in verbs for x in items[1:])


def _quality_items(items: list[str], hi: int, lo: int) -> bool:
    """Whether items are short enough to share a quality ending as a formula:
    up to four characters (凝聚力、战斗力、创造力), or five of one length, a
    two-character field before a three-character capacity (政治领导力、思想引领力、
    群众组织力、社会号召力), which no list of names of one length repeats."""
    return hi <= 4 or (hi == 5 and lo == hi and len(items) >= 3)


def _adverb_led(items: list[str], p: int, s: int) -> bool:
    """Whether one shared adverb opens every item (再动员、再部署、再推进; of two
    characters too: 如实汇报情况，如实提供资料，如实反映问题, round 61): what
    follows an adverb is a verb, so an ending like 员 or 情况 closes a verb or its
    object (动员, 汇报情况), not the name of an office (委员、党员) or a report's
    particulars in a list of things."""
    return p in (1, 2) and not s and word_tags().get(items[0][:p]) == "d"


#: the shortest item a comma-joined run opened by 不 alone may have (不回避问题)
MIN_NEGATED_ITEM = 4


def _negation_led(items: list[str], p: int, s: int) -> bool:
    """Whether 3+ comma-joined items of one length, at least MIN_NEGATED_ITEM
    long, share only an opening 不 (不弄虚作假，不回避问题，不消极应对; round 61):
    a pledge of what the members will not do, a formula though one character
    is all the items share; a plain sentence's clauses are of free length."""
    return p == 1 and not s and items[0][0] == "不" and len(items) >= 3 \
        and len({len(x) for x in items}) == 1 and len(items[0]) >= MIN_NEGATED_ITEM


#: the shortest item a comma-joined run opened by a standard (高质量…) may have: the
#: standard's three characters and a two-character verb
MIN_STANDARD_ITEM = 5


def _standard_led(items: list[str], p: int, s: int) -> bool:
    """Whether 3+ comma-joined items of one length share only their first
    character, which with the two after it makes a standard (高|质量, 高|水平,
    高|标准, 高|要求: the two a noun or 要求) followed by a verb (高质量发展经济，
    高水平保障民生，高标准深化改革，高要求确保稳定; round 67): the standard
    words vary by design, so one character is all the items share, yet each is
    built alike, a formula of how the work is to be done; a sentence's clauses
    do not open with a character and a noun of two before their verbs."""
    if p != 1 or s or len(items) < 3 or len({len(x) for x in items}) != 1 \
            or len(items[0]) < MIN_STANDARD_ITEM:
        return False
    tags = word_tags()
    return all((tags.get(x[1:3]) or "").startswith("n") or x[1:3] == "要求" for x in items) \
        and all((tags.get(x[3:5]) or "")[:1] in ("v", "j") for x in items)


#: The longest place or body a verb-led item goes to (进|机关, 进|新经济组织).
MAX_GOING_PLACE = 4


def _going_to(items: list[str], p: int, s: int) -> bool:
    """Whether the items are one shared verb before short places (进机关、进社区、
    进校园): the verb makes a campaign formula of them, so a place or body
    ending (社区, 村) does not mark an ordinary list of names there."""
    if not p or s or any(len(x) - p > MAX_GOING_PLACE for x in items):
        return False
    return word_tags().get(items[0][:p], "").startswith("v")


def _verb_object_ends(items: list[str]) -> bool:
    """Four or more items of four characters ending in one shared character
    that a one-character verb takes as its object, two content characters
    before (读书养廉、制度保廉、家风助廉、谈话促廉): the last two characters
    of no item form a dictionary word, as the head nouns of a list do
    (实验小学、育才中学、第一中学) and no item holds a function character."""
    if len(items) < 4 or any(len(x) != 4 for x in items):
        return False
    tags = word_tags()
    return all(x[-2:] not in tags and not _FUNCTION_CHARS.intersection(x) for x in items)


def _verb_object_fives(items: list[str]) -> bool:
    """Three or more items of five characters ending in one shared character
    that a different one-character verb before it takes as its object, after a
    three-character front saying how (小切口选题、接地气入题、精准化破题): the
    verb makes no dictionary word with the character before it (口选, 气入),
    where a list of kinds of one thing has a word before its head noun
    (理论学习会、专题研讨会: 学习, 研讨), and no item holds a function
    character or a numeral."""
    if len(items) < 3 or any(len(x) != 5 for x in items) or len({x[3] for x in items}) < len(items):
        return False
    tags = word_tags()
    return all(x[2:4] not in tags and not (_FUNCTION_CHARS.intersection(x) or set(_NUMERALS).intersection(x))
               for x in items)


def _function_word(item: str, tags: dict[str, str]) -> bool:
    """Whether a function character (的, 和, 及 ...) stands as a word of its own
    in ``item``: inside a two-character word of the dictionary (及时跟进学,
    为民服务) it is none."""
    return any(c in _FUNCTION_CHARS and item[max(0, k - 1):k + 1] not in tags and item[k:k + 2] not in tags
               for k, c in enumerate(item))


def _verb_ends(items: list[str], lex: _Lexicon) -> bool:
    """Items of 4-6 characters closed by one shared verb of the lexicon's list
    (原原本本学、融会贯通学、联系实际学; 全面整改、立行立改、即知即改): the
    fronts say how, the verb what. No item may end in a two-character noun
    of the dictionary (实验中学、育才小学), the head of a list of bodies.
    Items of two characters need a verb before the shared one (带学、导学、
    促学), where a list has a noun or an adjective (中学、小学、大学)."""
    if items[0][-1] not in lex.verb_suffixes:
        return False
    tags = word_tags()
    if all(len(x) == 2 for x in items):
        return all((tags.get(x[0]) or "").startswith("v") for x in items)
    if any(not 4 <= len(x) <= 6 for x in items):
        return False
    if any((tags.get(x[-2:]) or "").startswith("n") or _function_word(x, tags) for x in items):
        return False
    # when every item ends in a two-character verb of its own (交叉检查、随机抽查、
    # 重点督查), they name methods; a formula's one-character verb stands alone
    return not all(x[-2:] in tags for x in items)


def _noun_list(items: list[str], s: int, frame_chars: frozenset[str] = frozenset()) -> bool:
    """Items sharing only a final two-character word whose fronts are concrete nouns of
    their own (教学楼维修、宿舍楼维修、食堂维修; 高血压筛查、糖尿病筛查、
    骨密度筛查): fronts of two lengths, of three characters (one noun) or
    of five and more. A formula's fronts are two-character qualifiers
    (政治过硬、业务过硬、作风过硬) or two words of one length
    (属地管理责任、部门监管责任、企业主体责任); a longer shared ending is a
    frame (问题不查清不放过、整改不到位不放过、群众不满意不放过)."""
    fronts = {len(x) - s for x in items}
    if _activity_fronts(items, s) or _quality_de_fronts(items, s):
        return False
    if len(fronts) == 1 and _slot_frame([x[:len(x) - s] for x in items], frame_chars):
        # (fronts of one length holding a frame character at one inner place, the
        # locative 上 of 思想上紧跟|核心、政治上忠诚|核心、行动上捍卫|核心: a
        # frame, no nouns of their own; round 60)
        return False
    return len(fronts) > 1 or fronts == {3} or min(fronts) >= 5


#: how long the quality before the 的 of a quality-framed front is (绝对忠诚|的政治)
DE_FRONT_QUALITY = 4


def _quality_de_fronts(items: list[str], s: int) -> bool:
    """Fronts of one length holding 的 at one place after a four-character
    quality of their own and before a qualifier of two or more characters
    (绝对忠诚的政治机关、团结协作的和谐机关、务实高效的服务机关): the 的 frames
    each item as a quality and its noun, as 严的标准、实的作风 does, so the
    shared ending is a formula's head and no concrete noun's. The quality ends
    in a word the dictionary tags as an adjective, verb or adverb (忠诚, 协作,
    担当); one ending in a noun (社区居民的服务站点) names an owner, no quality."""
    n = len(items[0])
    k = DE_FRONT_QUALITY
    if n - s - k - 1 < 2 or items[0][k:k + 1] != "的" or any(len(x) != n for x in items):
        return False  # cheapest first: most items hold no 的 right after four characters
    tags = word_tags()
    return all(x[k] == "的" and "的" not in x[:k] and (tags.get(x[k - 2:k]) or "x")[:1] in _DE_QUALITY_TAGS
               for x in items) and len({x[:k] for x in items}) == len(items)


#: first letters of the dictionary's tags for the word closing a quality before 的 (忠诚 a, 担当 v, 协作 vn)
_DE_QUALITY_TAGS = frozenset("avd")


#: how long the front of an item naming a subject and its activity may be (社会主义|建设)
ACTIVITY_FRONT = (4, 6)


def _activity_fronts(items: list[str], s: int) -> bool:
    """Fronts naming a subject and its activity before one shared abstract noun
    (共产党执政规律、社会主义建设规律、人类社会发展规律): each front of 4-6
    characters closes on a two-character verb or verbal noun of the dictionary
    (执政, 建设, 发展) and the shared ending is a noun (规律), so the fronts may
    differ in length. A list of works shares a verb (教学楼维修、食堂维修) or
    names things by nouns (实验小学)."""
    tags = word_tags()
    if s != 2 or tags.get(items[0][-2:]) != "n":
        return False
    # (a front opening with a preposition took in the lead-in: 对|共产党执政规律)
    return all(ACTIVITY_FRONT[0] <= len(x) - s <= ACTIVITY_FRONT[1] and tags.get(x[0]) != "p"
               and x[0] not in _FUNCTION_CHARS and (tags.get(x[-4:-2]) or "") in ("v", "vn") for x in items)


#: jieba tags of a shared opening character that qualifies short items of
#: two lengths (严抓、严改、严问责); a noun or place (县委、县政府) does not
_QUALITY_TAGS = frozenset(("a", "ad", "d", "v"))


def _quality_prefix(items: list[str], p: int, s: int) -> bool:
    """Items of 2-3 characters opening with one shared adjective, adverb or
    verb (严抓、严改、严问责; 真学、真信、真落实), which may differ in length."""
    if p != 1 or s or len(items[0]) > 3 or any(len(x) > 3 for x in items):
        return False
    return word_tags().get(items[0][0]) in _QUALITY_TAGS


def _de_frame(items: list[str]) -> bool:
    """Items of one quality character, 的 and a two-character noun
    (严的标准、实的作风、铁的纪律): 的 in the same place is a frame, though a
    function character shared elsewhere is none. So is a content character and
    的 shared at the same inner place of items of one length, each opening with a
    verb of its own (坚持严的基调，强化严的措施，营造严的氛围; 执行党的决定，
    严守党的纪律，保守党的秘密): the shared 严的 is the frame the lone 的 of the
    first shape is, and no shared edge says where the items begin."""
    if all(len(x) == 4 and x[1] == "的" and x[0] not in _FUNCTION_CHARS
           and x[0] not in _NUMERALS and x[0] not in _PRONOUNS for x in items):
        return True
    return _shared_de(items)


#: how many characters the verb opening a shared-的 item has (坚持|严的基调)
_SHARED_DE_VERB = 2


def _shared_de(items: list[str]) -> bool:
    """Whether items of one length (5+) hold one content character and 的 at the
    same place after a two-character opening of their own (坚持|严的|基调,
    强化|严的|措施): a verb-led frame. The openings differ (no shared edge),
    the shared character is no pronoun or numeral (我们的, 三的)."""
    n = len(items[0])
    k = _SHARED_DE_VERB
    if n < k + 3 or any(len(x) != n for x in items):
        return False
    c = items[0][k]
    return all(x[k + 1] == "的" and x[k] == c for x in items) and c not in _FUNCTION_CHARS \
        and c not in _NUMERALS and c not in _PRONOUNS and len({x[:k] for x in items}) == len(items)


def _middle_frame(items: list[str], surnames: frozenset[str]) -> bool:
    """Three or more items of three characters around one shared middle
    character, a verb before it and its object after (跟党走、感党恩、听党话;
    知其义、明其理、行其道): the repeated middle is the frame. A list of
    three-character names may share a generation character (王晓明、李晓红、
    张晓东), so no item may open with a family name of ``surnames.txt``."""
    if len(items) < 3 or any(len(x) != 3 for x in items):
        return False
    mid = items[0][1]
    return (all(x[1] == mid for x in items) and _middle_char(mid, items)
            and not any(x[0] in surnames for x in items))


#: function characters that may frame three-character items from the middle
#: (知之深、爱之切、行之笃: verb, 之, how): the other function characters
#: (的, 和, 是 ...) join words of a list or a sentence
_MIDDLE_FUNCTION_CHARS = frozenset("之")


def _middle_char(mid: str, items: list[str]) -> bool:
    """Whether the shared middle character ``mid`` of three-character items frames
    them: a content character, or 之 when no item holds a numeral (之一, 三之一
    count) and each ends with a character of its own (知之深、爱之切)."""
    if mid in _NUMERALS:
        return False
    if mid not in _FUNCTION_CHARS:
        return True
    return mid in _MIDDLE_FUNCTION_CHARS and len({x[2] for x in items}) == len(items) \
        and not any(c in _NUMERALS for x in items for c in (x[0], x[2]))


def _reduplicated_front(item: str) -> bool:
    """Whether ``item`` opens with a reduplicated triple, one character on each
    side of another (面对面, 心连心, 手把手): a fixed adverbial shape."""
    return len(item) >= 3 and item[0] == item[2] != item[1] and item[0] not in _FUNCTION_CHARS


#: dictionary tags of idioms and set phrases (i, l), whose inner words are no list's nouns
_IDIOM_TAGS = frozenset(("i", "l"))


def _slot_frame(items: list[str], frame_chars: frozenset[str]) -> bool:
    """Whether items of one length share a frame that neither a shared edge nor two
    shared inner characters show: each opens with a reduplicated triple
    (面对面听民声、心连心解民困、实打实惠民生; 手把手、心贴心、面对面), or a
    character of ``parallel_frame_chars.txt`` holds the same inner place in all
    (发展所需、基层所盼、民心所向), not as part of a noun (所长, a post after names).
    Lists of names or things have neither shape."""
    n = len(items[0])
    if n < 3 or any(len(x) != n for x in items):
        return False
    if _reduplicated_front(items[0]) and all(_reduplicated_front(x) for x in items):
        return True
    if n < 4 or not frame_chars.intersection(items[0][1:n - 1]):
        return False  # (most items: no frame character inside the first)
    tags = word_tags()
    # (a noun the frame character makes with the next one inside an item the
    # dictionary holds whole as an idiom, 有数 of 心中有数, is that idiom's
    # reading, not a noun of the list: it leaves 肩上有责、手上有招 their frame)
    return any(items[0][k] in frame_chars and all(x[k] == items[0][k] for x in items)
               and not any((tags.get(x[k:k + 2]) or "").startswith("n")
                           and tags.get(x) not in _IDIOM_TAGS for x in items)
               for k in range(1, n - 1))


def _tail_slot(items: list[str], frame_chars: frozenset[str]) -> bool:
    """Whether a frame character of ``parallel_frame_chars.txt`` stands last but
    one in every item of one length (five or more characters) before a last
    character of each item's own (补足精神之钙，筑牢信仰之基，把稳思想之舵): the
    frame closes each item, so clauses after commas share it too, where
    four-character idioms opening comma clauses repeat a character inside."""
    n = len(items[0])
    if n < 5 or any(len(x) != n for x in items):
        return False
    c = items[0][n - 2]
    return c in frame_chars and all(x[n - 2] == c for x in items) \
        and len({x[-1] for x in items}) == len(items)


#: characters that place an action between a verb and a place word (记在心上、扛在肩上)
_LOCATIVE_CHARS = frozenset("在到")


def _located(items: list[str]) -> bool:
    """Whether four-character items each open with a verb of their own (one
    character, which the dictionary tags unreliably), share a locative
    character after it and a final place word (记在心上、扛在肩上、抓在手上:
    在…上): the frame makes a formula, so the shared ending 上, a stop suffix
    after names of bodies, marks no list here."""
    if len(items) < 2 or any(len(x) != 4 for x in items):
        return False
    c, e = items[0][1], items[0][3]
    if c not in _LOCATIVE_CHARS or any(x[1] != c or x[3] != e for x in items):
        return False
    return len({x[0] for x in items}) == len({x[2] for x in items}) == len(items)


def _object_head_frame(items: list[str]) -> bool:
    """Whether four-character items each open with a two-character verb of
    their own (jieba's tag v) and share the third character, the head of their
    objects, while the last differs (倾听民声、了解民情、化解民忧): the verb
    and the shared head are the frame, where a list of names repeats a whole
    ending (县实验小学) or no verb opens the items."""
    if any(len(x) != 4 for x in items):
        return False
    c = items[0][2]
    if c in _FUNCTION_CHARS or c in _NUMERALS or c in _PRONOUNS or any(x[2] != c for x in items):
        return False
    if len({x[:2] for x in items}) != len(items) or len({x[3] for x in items}) != len(items):
        return False
    tags = word_tags()
    return all(tags.get(x[:2]) == "v" for x in items)


def _mid_pair(a: str, b: str) -> bool:
    """Two items of three characters sharing their middle one (跟党走, 听党话): what
    ``_middle_frame`` asks of a whole run, as the cheap tests before it read pairs."""
    return len(a) == len(b) == 3 and a[1] == b[1] and _middle_char(a[1], [a, b])


#: personal pronouns, with the plural 们, that frame no formula from inside its items
#: (帮助他们…，引导他们…: whom the acts concern); a demonstrative does frame one
#: (为民服务这个出发点、真抓实干这个着力点)
_PRONOUN_FRAME_CHARS = frozenset("我你他她它咱们")


def _inner_frame(items: list[str]) -> int:
    """How many inner positions hold the same content character in every item.

    Only for items of one length (4+), so that the positions line up; a shared
    function character (的, 和) does not count, nor a shared personal pronoun (了解他们思想状况，
    帮助他们更新观念，引导他们调整心态: whom the acts concern, a list of deeds).
    """
    n = len(items[0])
    if n < 4 or any(len(x) != n for x in items):
        return 0
    return sum(1 for k in range(1, n - 1)
               if len({x[k] for x in items}) == 1 and items[0][k] not in _FUNCTION_CHARS
               and items[0][k] not in _NUMERALS and items[0][k] not in _PRONOUN_FRAME_CHARS)


def _find_runs(text: str) -> list[tuple[int, str, str]]:
    """Runs of 3+ tokens joined by 、/，/, whose inner tokens are short, as (offset, text).

    Groups of consecutive inner tokens are found by one regex pass; each forms a run,
    extended by the token before and after (read at most EDGE characters:
    only their ends can belong to a parallel run or a written-out formula).
    A token can close one run and open the next (…、2015年提出纪严于法、纪在法前…).
    """
    runs: list[tuple[int, str, str]] = []
    groups = [m.span() for m in _INNER_GROUP_RE.finditer(text)]
    if not groups:
        return runs
    rev = text[::-1]  # the token before a run, read backwards with an anchored match
    n = len(text)
    for start, end in groups:
        lead = _TAIL_RE.match(rev, n - start)
        tail = _TAIL_RE.match(text, end + 1) if end < n else None
        # no token before (a quote or a full stop): the first inner token opens the run
        s = start - (lead.end() - lead.start()) if lead else start + 1
        e = tail.end() if tail else end
        chunk = text[s:e]
        # a joining 和 before the last item separates like 、 (same length, offsets kept)
        chain = chunk if tail is None or text[end] not in _JOINERS or _negated_twin(text, end) else \
            chunk[:end - s] + "、" + chunk[end - s + 1:]
        runs.append((s, chunk, chain))
        joined = _joined_item(text, start, end)
        if joined is not None:
            # 和 inside an inner token (政治自觉、思想自觉和行动自觉，加强…): the
            # run ends with that token, its second item read as if after 、
            at, stop = joined
            runs.append((s, text[s:stop], text[s:at] + "、" + text[at + 1:stop]))
        if chain is not chunk:
            # 和 may also sit inside the items (理论性和实践性相统一、…、主导性和主体性相统一):
            # read the run once more with 和 kept
            runs.append((s, chunk, chunk))
    return runs


def _negated_twin(text: str, at: int) -> bool:
    """Whether the 与/和 at ``at`` joins a character to its own negation
    (进与不进, 为与不为): one phrase, so it separates no items."""
    return text[at + 1:at + 2] == "不" and at > 0 and text[at + 2:at + 3] == text[at - 1]


def _joined_item(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where 和/与/及 joins two items inside an inner token of a group, and
    where that token ends; None when no token holds one.

    An inner token up to MAX_ITEM long that a separator follows may hold two
    items joined by 和 (、思想自觉和行动自觉，加强…; 、战斗力和号召力，日前，):
    the regex cannot split it, since the token ends at the separator. The
    和 must leave two characters on each side, so that a word with 和 inside
    (平和, 和谐) is not cut.
    """
    pos = start + 1
    for tok in _SEP_RE.split(text[start + 1:end])[0::2]:
        for k in range(2, len(tok) - 2):
            if tok[k] in _JOINERS:
                return pos + k, pos + len(tok)
        pos += len(tok) + 1
    return None


def _chains(runs: list[tuple[int, str, str]], frames: frozenset[str] = frozenset()
            ) -> tuple[list[list[tuple[str, int]]], list[list[tuple[str, int]]]]:
    """Runs of 3+ tokens joined by 、 and runs joined by ，, each token with its offset."""
    dun: list[list[tuple[str, int]]] = []
    comma: list[list[tuple[str, int]]] = []
    for pos, _, chunk in runs:
        parts = _SEP_RE.split(chunk)
        toks = parts[0::2]
        # cheap exit: a parallel run needs some inner token that shares an end with its neighbour
        if not any(_may_join(toks[i - 1], toks[i], True, frames) or _may_join(toks[i + 1], toks[i], False, frames)
                   for i in range(1, len(toks) - 1) if 2 <= len(toks[i]) <= MAX_ITEM):
            continue
        cur_d: list[tuple[str, int]] = []
        cur_c: list[tuple[str, int]] = []
        prev = ""
        for i in range(0, len(parts), 2):
            tok = (parts[i], pos)
            if prev == "、":
                cur_d.append(tok)
            else:
                if len(cur_d) >= 3:
                    dun.append(cur_d)
                cur_d = [tok]
            if prev and prev != "、":
                cur_c.append(tok)
            else:
                if len(cur_c) >= 3:
                    comma.append(cur_c)
                cur_c = [tok]
            pos += len(parts[i])
            if i + 1 < len(parts):
                prev = parts[i + 1]
                pos += 1
        if len(cur_d) >= 3:
            dun.append(cur_d)
        if len(cur_c) >= 3:
            comma.append(cur_c)
    return dun, comma


def _runs(text: str, chains: list[list[tuple[str, int]]], comma: bool,
          lex: _Lexicon) -> list[_Hit]:
    hits = []
    for toks in chains:
        n = len(toks)
        j = 0
        while j <= n - 3:
            done = False
            # inner tokens must agree with each other: same length, a shared end char
            ref = toks[j + 1][0]
            if len(ref) > MAX_ITEM or len(ref) < 2:
                j += 1
                continue
            k_max = j + 2
            while k_max < n - 1 and _agree(ref, toks[k_max][0], lex.frame_chars):
                k_max += 1
            if comma and len(ref) < 3:
                j += 1
                continue
            for k in range(k_max, j + 1, -1):
                if not (_may_join(toks[j][0], ref, True, lex.frame_chars)
                        and _may_join(toks[k][0], ref, False, lex.frame_chars)):
                    continue
                span = _window(toks, j, k, comma, lex)
                if span:
                    hits.append(_Hit(text[span[0]:span[1]], "parallel", span, "rule"))
                    j = k + 1
                    done = True
                    break
            if not done:
                j += 1
    return hits


def _may_join(tok: str, ref: str, first: bool, frames: frozenset[str] = frozenset()) -> bool:
    """Cheap test that an edge token, trimmed to about ref's length, could share its ends."""
    t = len(ref)
    if not tok or not t:
        return False
    if len(tok) <= t + 1 and (tok[0] == ref[0] or tok[-1] == ref[-1]):
        return True
    if len(tok) > t:
        # a longer edge token may hold a lead-in or a tail around its item, also
        # when only one character longer (要|讲政治、讲规矩、讲廉洁)
        if first and (tok[-1] == ref[-1] or ref[0] in tok[-t - 1:len(tok) - t + 2]):
            return True
        if not first and (tok[0] == ref[0] or ref[-1] in tok[t - 2:t + 1]):
            return True
    if t == 3 and len(tok) >= 3 and _mid_pair(tok[-3:] if first else tok[:3], ref):
        return True  # (要|跟党走、感党恩、听党话: a shared middle character)
    if len(tok) < t:
        return False
    edge = tok[-t:] if first else tok[:t]
    if _slot_frame([edge, ref], frames) or t == 4 and edge[2] == ref[2] and _object_head_frame([edge, ref]):
        return True  # (要|面对面听民声、心连心解民困: the frame fixes where the item begins)
    if t < 4:
        return False
    # an inner frame (不…不…), the edge token trimmed to ref's length
    return sum(map(eq, edge, ref)) >= 2 and _inner_frame([edge, ref]) >= 2 or _de_frame([edge, ref])


def _agree(a: str, b: str, frames: frozenset[str] = frozenset()) -> bool:
    return abs(len(a) - len(b)) <= 1 and (a[0] == b[0] or a[-1] == b[-1]) or _mid_pair(a, b) or \
        len(a) == len(b) >= 4 and sum(map(eq, a, b)) >= 2 and _inner_frame([a, b]) >= 2 or \
        _de_frame([a, b]) or len(a) == len(b) and _slot_frame([a, b], frames) or \
        len(a) == len(b) == 4 and a[2] == b[2] and _object_head_frame([a, b])


def _window(toks: list[tuple[str, int]], j: int, k: int, comma: bool,
            lex: _Lexicon) -> Span | None:
    """The span of tokens j..k as one parallel run, trimming lead-in and tail."""
    inner = [t for t, _ in toks[j + 1:k]]
    target = len(inner[0]) if inner else len(toks[j][0])
    firsts = [(toks[j][0], toks[j][1])]
    if len(toks[j][0]) > target:
        tok, pos = toks[j]
        firsts = [(tok[-L:], pos + len(tok) - L)
                  for L in (target, target + 1, target - 1) if 0 < L < len(tok)]
    lasts = [toks[k][0]]
    # a last item read whole past the cut that fits the shape (开出|成效, 正确对待进|与不进)
    whole: dict[str, str] = {}
    if len(toks[k][0]) > target:
        # (the whole token is one of them when one character longer: 讲实话、讲真话、讲心里话)
        lasts = [toks[k][0][:L] for L in (target, target + 1, target - 1) if 0 < L <= len(toks[k][0])]
        tail = toks[k][0]
        if inner and target == 2 and tail[0] == inner[0][0] and tail[3:4] in ("", "的"):
            lasts.insert(0, tail[:3])  # 严抓、严改、严问责(的): a whole short item, not 严问
        elif inner and target == 2 and len(tail) == 4 and tail[0] == inner[0][0] \
                and tail[1] in lex.result_complements:
            whole[tail[:2]] = tail  # 开好、开实、开出成效: a result closes the run, not 开出
        whole.update((x, _with_negated_twin(x, tail)) for x in lasts if x not in whole)
    if len(firsts) > 1 or len(lasts) > 1:
        tags = word_tags()
        # an item never begins or ends inside a word (就住|房公积金贷款: 住房 is
        # one, 房公 none), though the cut may touch one (压实|属地管理责任)
        head = toks[j][0]
        # (a verb every item opens with starts one, whatever word it seems to
        # end: 先后|进机关、进企业, though 后进 is a word)
        # (nor does an item framed as the inner ones are, of their length with their
        # head and their ending: 精神|往深里走、往实里走, though 神往 is a word;
        # nor one of their 在…上 frame: 牢牢|记在心上、扛在肩上, though 牢记 is a word)
        firsts = [f for f in firsts if f[0][:2] in tags or
                  _clean_cut(head[len(head) - len(f[0]) - 1:len(head) - len(f[0]) + 1], tags) or
                  bool(inner) and f[0][0] == inner[0][0] and _going_to([f[0]] + inner, 1, 0) or
                  bool(inner) and _framed_like(f[0], inner) or
                  bool(inner) and _located([f[0]] + inner)]
        tail = toks[k][0]
        lasts = [x for x in lasts if (x[-2:] in tags or _clean_cut(tail[len(x) - 1:len(x) + 1], tags))
                 and not _cuts_word(tail, len(x), tags)]
    ref = inner[0] if inner else firsts[0][0]
    firsts = [f for f in firsts if f[0] and (f[0][0] == ref[0] or f[0][-1] == ref[-1]
                                             or _inner_frame([f[0], ref]) >= 2 or _de_frame([f[0], ref])
                                             or _mid_pair(f[0], ref) or _slot_frame([f[0], ref], lex.frame_chars)
                                             or _object_head_frame([f[0], ref]))]
    lasts = [x for x in lasts if x and (x[0] == ref[0] or x[-1] == ref[-1]
                                        or x == toks[k][0] and _inner_frame([x, ref]) >= 2
                                        or _de_frame([x, ref]) or _mid_pair(x, ref)
                                        or _slot_frame([x, ref], lex.frame_chars)
                                        or _object_head_frame([x, ref]))]
    for first, start in firsts:
        for last in lasts:
            # (a last item widened over its twin or result ends there, not at a cut;
            # nor does one ending right before 的, which closes it: 高规格推动|的思路, round 59)
            cut = (first != toks[j][0], last != toks[k][0] and whole.get(last, last) == last
                   and not toks[k][0].startswith("的", len(last)))
            if _shape_ok([first] + inner + [last], comma, lex, cut):
                return (start, toks[k][1] + len(whole.get(last, last)))
    return None


def _with_negated_twin(item: str, tail: str) -> str:
    """``item`` widened over a joined negated twin (正确对待进|与不进): "X与不X"
    is one phrase, so a last item never ends at its 与/和."""
    n = len(item)
    return tail[:n + 3] if n and tail[n:n + 1] in _JOINERS and _negated_twin(tail, n) else item


def _framed_like(item: str, inner: list[str]) -> bool:
    """Whether ``item`` has the length of the inner items and shares both their
    head and an ending of two or more characters (往深里走 with 往实里走、往心里走):
    so framed, its first character opens an item whatever word it seems to
    close with the character before it (精神|往…: 神往 is a word)."""
    items = [item] + inner
    return len({len(x) for x in items}) == 1 and _common_prefix(items) >= 1 and _common_suffix(items) >= 2


#: a short bracketed note right after an item of a run and before its separator
#: (思想建设(意识形态)、组织建设、作风建设): it glosses the item and parts no run
_ITEM_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][^（）()、，,。；;\n]{1,8}[）)](?=[、，,])")


def _noted_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Parallel runs that a bracketed note after an item would part, read
    with the notes left out. The text of such a run is the formula without its
    note (思想建设、组织建设、作风建设, what a reader lists and score.py
    matches); its span runs from the first item to the last in ``text``,
    and the notes inside it are its ``omitted`` stretches, so that the span
    less them reads the slogan's text. Only the sentence around the notes is read again, and only runs that
    bridge a note are returned: the others are found anyway."""
    notes = [m.span() for m in _ITEM_NOTE_RE.finditer(text)]
    if not notes:
        return []
    start = _sentence_start(text, notes[0][0])
    end = _sentence_end(text, notes[-1][1])
    kept: list[int] = []  # offset in text of each character of the stripped sentence
    pieces: list[str] = []
    gaps: list[int] = []  # where each note was in the stripped sentence
    at = start
    for s, e in notes:
        pieces.append(text[at:s])
        kept.extend(range(at, s))
        gaps.append(len(kept))
        at = e
    pieces.append(text[at:end])
    kept.extend(range(at, end))
    stripped = "".join(pieces)
    out = []
    for h in _parallel(stripped, _find_runs(stripped), lex):
        if any(h.span[0] < g < h.span[1] for g in gaps):
            span = (kept[h.span[0]], kept[h.span[1] - 1] + 1)
            inside = tuple(n for n in notes if span[0] < n[0] and n[1] < span[1])
            out.append(_Hit(h.text, h.kind, span, h.method, h.expansion, inside))
    return out


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` begins (after 。！？；, or 0)."""
    m = last_match(_SENTENCE_END_RE, text, 0, at)
    return m.end() if m else 0


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` ends (its stop included, or the text's end)."""
    m = _SENTENCE_END_RE.search(text, at)
    return m.end() if m else len(text)


def _parallel(text: str, runs: list[tuple[int, str, str]], lex: _Lexicon) -> list[_Hit]:
    dun, comma = _chains(runs, lex.frame_chars)
    return _tail_widened(text, [h for h in _runs(text, dun, False, lex) + _runs(text, comma, True, lex)
            + _verb_object_runs(text, runs, lex.verb_suffixes | lex.opening_verbs, lex.formula_words,
                                lex.clause_leads, lex.causative_leads, lex.tail_adjectives)
            + _four_character_clauses(text, lex) + _uplift_runs(text, lex) + _comma_qualities(text, lex) + _head_runs(text, runs, lex)
            + _scope_runs(text, lex)
            + _measure_runs(text, lex) + _comma_triads(text, lex) + _verdict_runs(text, lex)
            + _negated_runs(text, lex)
            if not _names_bodies(h.text) and not _joined_word_list(h.text, lex.pair_suffixes)
            and not _evaluation(h.text, lex.evaluation_adverbs) and not _names_kinds(h.text, lex.kind_heads)
            and not _status_report(h.text, lex.status_endings)
            and not _partitive(h.text, lex.partitive_leads)
            and not _names_people(h.text, lex.posts, lex.surnames)
            and not _list_slice(text, h.span, h.text)])


#: a further 、-item after a run, closing at a separator, a clause end or 等 (…、发挥作用合格等方面)
_TAIL_ITEM_RE = re.compile(r"、([\u4e00-\u9fff]+?)(?=[、，,。；;！!？?\n”」等]|$)")
#: how much longer than the run's items a further item sharing their ending may be
MAX_TAIL_ITEM_GROWTH = 2


def _tail_widened(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Runs of one length sharing an ending of two characters or more, widened
    by the 、-items written right after them that end the same way and are at
    most MAX_TAIL_ITEM_GROWTH characters longer (政治合格、纪律合格、品德合格、
    发挥作用合格: the run finder trims its edge items to the inner items' length,
    so a longer last item was cut off and the formula read short). Round 68.
    Only 、 joins the added items: a comma after a run opens a new clause."""
    out = []
    for h in hits:
        items = _SEP_RE.split(h.text)[0::2]
        tail = _common_suffix(items)
        size = len(items[0])
        if len(items) < 3 or tail < 2 or len({len(x) for x in items}) != 1 or tail >= size:
            out.append(h)
            continue
        end = h.span[1]
        while (m := _TAIL_ITEM_RE.match(text, end)) \
                and size < len(m.group(1)) <= size + MAX_TAIL_ITEM_GROWTH \
                and m.group(1).endswith(items[0][-tail:]):
            end = m.end()
        out.append(h if end == h.span[1] else _Hit(text[h.span[0]:end], h.kind, (h.span[0], end), h.method))
    return out


#: a two-character item of a 、-list closing right before a run (…、南澳、|东山、东渔…)
_TWO_CJK_TOKEN_RE = re.compile(r"(?:^|[、，,。；;：:\s（(])([\u4e00-\u9fff]{2})、\Z")


def _list_slice(text: str, span: Span, run: str) -> bool:
    """Whether ``run``, all of two-character items, is cut out of a longer
    、-list of two-character items: a two-character item stands before it and
    another item follows it, both after 、 (土洋、南澳、东山、东渔、东涌、西涌等八个社区:
    the places that happen to share 东 are a stretch of a list of names; the
    chains would have taken the neighbours had they shared its character). A
    formula of two-character words is written whole, not as a slice of a
    longer list. Round 67."""
    items = [x for x in _SEP_RE.split(run)[0::2] if x]
    if not items or any(len(x) != 2 for x in items):
        return False
    start, end = span
    if not text.startswith("、", end) or not _CJK_RE.match(text[end + 1:end + 2]):
        return False
    return _TWO_CJK_TOKEN_RE.search(text[max(0, start - 5):start]) is not None


#: the shortest item read as a subject, an appraising adverb and an adjective (主题把握比较准确)
MIN_EVALUATION_ITEM = 6


def _evaluation(run: str, adverbs: tuple[str, ...]) -> bool:
    """Whether every item of ``run`` (of MIN_EVALUATION_ITEM+ characters) holds
    one shared appraising adverb (parallel_evaluation_adverbs.txt: 比较) after a
    subject of two or more characters and before a predicate (准备工作比较充分，
    主题把握比较准确，查摆分析比较深刻): the items judge how well things were
    done, clauses of a description, however alike; a formula does not grade
    itself."""
    items = _SEP_RE.split(run)[0::2]
    if min(map(len, items)) < MIN_EVALUATION_ITEM:
        return False
    return any(all(2 <= x.find(a) and x.find(a) + len(a) < len(x) for x in items) for a in adverbs)


def _partitive(run: str, leads: tuple[str, ...]) -> bool:
    """Whether every item of ``run`` opens with one partitive lead
    (parallel_partitive_leads.txt: 有的拿扫帚，有的提水桶，有的擦窗户): the
    items tell what each part of a group did, a narration, not a formula."""
    items = _SEP_RE.split(run)[0::2]
    return any(all(x.startswith(a) for x in items) for a in leads)


def _status_report(run: str, endings: tuple[str, ...]) -> bool:
    """Whether every item of ``run`` (of MIN_EVALUATION_ITEM+ characters) closes
    with a word of parallel_status_endings.txt, not all the same one (会务工作安排
    妥当，保障工作部署到位，筹备工作全部就绪): clauses telling how things stand,
    no formula; a formula repeats its ending (思想认识到位、责任落实到位、措施
    保障到位) and stays."""
    items = _SEP_RE.split(run)[0::2]
    if min(map(len, items)) < MIN_EVALUATION_ITEM or not all(x.endswith(endings) for x in items):
        return False
    return len({next(e for e in endings if x.endswith(e)) for x in items}) > 1


#: three-character items joined by commas, each after the first a whole clause; the pattern
#: opens with the comma after the first item, which the engine skips to
_COMMA_TRIAD_RE = re.compile(r"(?<=[\u4e00-\u9fff]{3})[，,][\u4e00-\u9fff]{3}(?:[，,][\u4e00-\u9fff]{3})+"
                             r"(?=[，,。；;！!？?\n]|$)")


def _comma_triads(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ three-character verb-object items joined by commas
    (教育党员学党史，知党情，明初心，担使命。): each item after the first a
    clause of its own, every item opening with a different one-character verb
    (jieba's v or a, or parallel_verb_suffixes.txt: 学), no item opening with a
    function word, pronoun or numeral (他表示，…), and the first item cut from
    its clause where no word is split (同志|学党史). A comma list of
    three-character clauses is otherwise rare: such runs form a formula."""
    hits: list[_Hit] = []
    tags: dict[str, str] | None = None
    bad = _FUNCTION_CHARS | _PRONOUNS | set(_NUMERALS)
    for m in _COMMA_TRIAD_RE.finditer(text):
        start, end = m.start() - 3, m.end()
        items = [text[start:m.start()]] + _SEP_RE.split(m.group(0))[2::2]
        if len({x[0] for x in items}) < len(items) or any({x[0], x[1]} & bad for x in items):
            continue
        tags = tags or word_tags()
        if not all(tags.get(x[0]) in ("v", "a") or x[0] in lex.verb_suffixes for x in items):
            continue
        if not _opens_clause(text, start) and not _clean_cut(text[start - 1:start + 1], tags):
            continue
        hits.append(_Hit(text[start:end], "parallel", (start, end), "rule"))
    return hits


#: Three or more five-character items joined by commas or 、 and closing at
#: punctuation or a count naming them (…、考核管理严、整体效果好四个特点); a run
#: followed by 、 goes on with a longer item and is cut. The engine starts each
#: run at the last five characters before its first separator.
_FIVE_RUN_RE = re.compile(r"[\u4e00-\u9fff]{5}(?:[、，,][\u4e00-\u9fff]{5}){2,}"
                          r"(?=[，,。；;！!？?\n]|[两三四五六七八九十][个项条]|$)")


def _verdict_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ five-character items, each a four-character phrase closed by
    a different one-character verdict of parallel_verdict_chars.txt (查摆问题准、
    分析原因深、整改措施实; 问题找得准、原因挖得深、措施定得实): the shared
    build of phrase and verdict is the frame. No item opens with a function
    word, pronoun or numeral, and the first item is cut from its clause where
    no word is split (会议|查摆问题准)."""
    if not lex.verdict_chars:
        return []
    hits: list[_Hit] = []
    for m in _FIVE_RUN_RE.finditer(text):
        items = _SEP_RE.split(m.group(0))[::2]
        ends = {x[-1] for x in items}
        if len(ends) < len(items) or not ends <= lex.verdict_chars \
                or any(_TRIAD_BAD & set(x[:2]) or _FUNCTION_CHARS & set(x[2:4]) for x in items):
            continue
        start = m.start()
        if not _opens_clause(text, start) and not _clean_cut(text[start - 1:start + 1], word_tags()):
            continue
        hits.append(_Hit(m.group(0), "parallel", (start, m.end()), "rule"))
    return hits


#: Three or more seven-character items of a four-character phrase, 不 and a
#: two-character word, joined by 、 and closing at punctuation (主动深入不表面、…);
#: round 68: or four-character items of a two-character noun, 不 and one
#: character (思想不松、劲头不弱、力度不减)
_NEGATED_RUN_RE = re.compile(r"(?:[\u4e00-\u9fff]{4}不[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{4}不[\u4e00-\u9fff]{2}){2,}"
                             r"|[\u4e00-\u9fff]{2}不[\u4e00-\u9fff](?:、[\u4e00-\u9fff]{2}不[\u4e00-\u9fff]){2,})"
                             r"(?=[，,。；;！!？?\n]|$)")


def _negated_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ items framed by 不 at the same inner place (主动深入不表面、正确
    对待不任性、一身正气不缺位) right after a clause lead of
    parallel_clause_leads.txt (做到, 切实): what the members are to be. 不 as a
    frame anywhere cut lists of shortcomings short (人员不足、能力不高); a list of
    shortcomings (存在责任落实不到位、…) has no such lead."""
    hits: list[_Hit] = []
    for m in _NEGATED_RUN_RE.finditer(text):
        if text.endswith(lex.clause_leads, 0, m.start()):
            hits.append(_Hit(m.group(0), "parallel", (m.start(), m.end()), "rule"))
    return hits


#: items of a verb, 一 with a measure word, and a noun (解决一个问题), the two characters of the
#: first verb read before the match: the pattern opens with 一, which the engine skips to
_MEASURE_RUN_RE = re.compile(r"一[\u4e00-\u9fff]{3}(?:[、，,][\u4e00-\u9fff]{2}一[\u4e00-\u9fff]{3}){2,}")


def _measure_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ items of one build, a two-character verb, 一 and a measure word,
    a two-character noun (解决一个问题、完善一套制度、堵塞一批漏洞): 一 with its
    measure in the same place is the frame, which the shape rules, leaving
    numerals out of frames, miss. Each verb and noun by jieba's tags (or a verb
    of parallel_opening_verbs.txt), each measure word tagged one (个, 套, 批),
    the verbs all different, the last noun ending where no word is cut."""
    if "一" not in text:
        return []
    hits: list[_Hit] = []
    tags = None
    for m in _MEASURE_RUN_RE.finditer(text):
        start, end = m.start() - 2, m.end()
        if start < 0:
            continue
        items = _SEP_RE.split(text[start:end])[0::2]
        tags = tags or word_tags()
        if any(not ((tags.get(x[:2]) or "").startswith("v") or x[:2] in lex.opening_verbs)
               or tags.get(x[3]) != "q" or not (tags.get(x[4:]) or "").startswith(("n", "vn")) for x in items) \
                or len({x[:2] for x in items}) < len(items) or not _clean_cut(text[end - 1:end + 1], tags):
            continue
        hits.append(_Hit(text[start:end], "parallel", (start, end), "rule"))
    return hits


#: longest item of a run opening with a scope character (全社会齐抓共管)
MAX_SCOPE_ITEM = 8


def _scope_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ items joined by 、 opening with one scope character
    (parallel_scope_heads.txt: 全), of different lengths (全党动手、全民参与、
    全社会齐抓共管): the scope of each actor or step is the frame, which the
    length rules miss. The last item ends at 的 or punctuation (a run going on
    gives no end); the run opens where no word is cut (健全|制度) unless its first
    two characters make a word (形成|全党动手, though 成全 is one); no item holds a
    function word of its own (和, 与: 参与 is a word) or ends as a body or place
    does (全市、全县、全区)."""
    if lex.scope_run_re is None:
        return []
    hits: list[_Hit] = []
    tags = None
    for m in lex.scope_run_re.finditer(text):
        items = m.group().split("、")
        if len(items) < 3:
            continue
        last = items[-1]
        if "的" in last:
            items[-1] = last[:last.index("的")]
        elif m.end() < len(text) and _CJK_RE.match(text[m.end()]):
            continue  # (the last item runs on: where it ends is unknown)
        tags = tags or word_tags()
        start = m.start()
        if start and not _clean_cut(text[start - 1:start + 1], tags) and items[0][:2] not in tags:
            continue  # (健全|制度: no item; 形成|全党动手 is one, though 成全 is a word)
        if any(len(x) < 3 or _function_word(x, tags) for x in items) or len(set(items)) < len(items) \
                or len({len(x) for x in items}) < 2 or any(x.endswith(lex.stop_suffixes) for x in items):
            continue  # (items of one length are the length rules' business)
        end = m.end() - len(last) + len(items[-1])
        hits.append(_Hit(text[start:end], "parallel", (start, end), "rule"))
    return hits


#: jieba tags of the word after a shared head (党管|宣传, 党管|意识形态): a content word
_HEAD_REST_TAGS = frozenset(("n", "vn", "nz", "v", "j", "l", "i"))
#: two characters opening an item that the item before holds too (党管宣传、党管): a cheap test
_HEAD_PAIR_RE = re.compile(r"([\u4e00-\u9fff]{2})[^、，,]*、\1")
#: longest head shared by items of different lengths, and longest word after it
MAX_HEAD, MAX_HEAD_REST = 4, 4


def _head_runs(text: str, runs: list[tuple[int, str, str]], lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ items joined by 、 opening with one shared head of 2-4
    characters, each followed by one dictionary word of its own, the words of
    different lengths (党管宣传、党管意识形态、党管媒体): the head is the frame,
    which the length rules of ``_runs`` miss. Items of one length are left to
    them. A head jieba tags a noun opens a list of things (区委组织部、区委巡察办),
    and so does a run with one item not opening with the head; the first item
    is cut where the head begins in its token (坚决把|党管宣传), the last after
    the longest word that ends at a clean cut (党管媒体|的原则)."""
    hits: list[_Hit] = []
    tags: dict[str, str] | None = None
    last = None
    for pos, _, chain in runs:
        if (pos, chain) == last:
            continue  # the same run read again with 和 kept
        last = (pos, chain)
        if _HEAD_PAIR_RE.search(chain) is None:
            continue  # cheap exit: no item opens as its neighbour does
        parts = _SEP_RE.split(chain)
        toks, seps = parts[0::2], parts[1::2]
        offs = [pos]
        for k in range(len(toks) - 1):
            offs.append(offs[-1] + len(toks[k]) + 1)
        i = 0
        while i < len(toks) - 1:
            head = toks[i][:_common_prefix([toks[i], toks[i + 1]])][:MAX_HEAD]
            if len(head) < 2 or seps[i] != "、":
                i += 1
                continue
            m = i + 1
            while m + 1 < len(toks) and seps[m] == "、" and toks[m + 1].startswith(head):
                m += 1
            tags = tags or word_tags()
            span = _head_run(toks, seps, offs, i, m, head, tags, lex)
            if span is not None:
                hits.append(_Hit(text[span[0]:span[1]], "parallel", span, "rule"))
            i = m + 1
    return hits


def _head_run(toks: list[str], seps: list[str], offs: list[int], i: int, m: int, head: str,
              tags: dict[str, str], lex: _Lexicon) -> Span | None:
    """The span of tokens i..m sharing ``head`` (and of the token before, cut
    where the head begins) as one run of ``_head_runs``, or None."""
    p = len(head)
    if m + 1 < len(toks) and seps[m] == "、" or (tags.get(head) or "").startswith("n") \
            or all(c in _FUNCTION_CHARS or c in _NUMERALS for c in head):
        return None  # (a further item without the head: an ordinary list)
    items = toks[i:m]
    start = offs[i]
    if i and seps[i - 1] == "、":
        tok = toks[i - 1]
        at = tok.rfind(head)
        if at < 0 or at and not _clean_cut(tok[at - 1:at + 1], tags):
            return None  # (an item before without the head: an ordinary list)
        items.insert(0, tok[at:])
        start = offs[i - 1] + at
    tail = toks[m]
    ends = [L for L in range(min(MAX_HEAD_REST, len(tail) - p), 1, -1)
            if tags.get(tail[p:p + L]) in _HEAD_REST_TAGS and not _cuts_word(tail, p + L, tags)
            and _clean_cut(tail[p + L - 1:p + L + 1], tags)]
    if not ends:
        return None
    items.append(tail[:p + ends[0]])
    rests = [x[p:] for x in items]
    if len(items) < 3 or len(set(rests)) < len(rests) or len({len(r) for r in rests}) < 2 \
            or any(tags.get(r) not in _HEAD_REST_TAGS or len(r) > MAX_HEAD_REST for r in rests) \
            or any(x.endswith(lex.stop_suffixes) for x in items):
        return None
    return start, offs[m] + len(items[-1])


#: A run of two-character items whose last is joined by 和/与/及 (特点、重点和亮点).
_JOINED_WORDS_RE = re.compile(r"[\u4e00-\u9fff]{2}(?:、[\u4e00-\u9fff]{2})+[和与及][\u4e00-\u9fff]{2}")


def _joined_word_list(run: str, pair_suffixes: frozenset[str]) -> bool:
    """Whether a run is two-character nouns sharing a pair suffix
    (parallel_pair_suffixes.txt: 点) with its last joined by 和/与/及
    (特点、重点和亮点): the lead's round-17 ruling reads it as an ordinary noun
    list, not a formula. Only this shape: the ruling read literally would also
    drop 学纪、知纪、明纪和守纪, 凝聚力、战斗力和号召力 and the held-out gold's
    属地管理责任、部门监管责任和企业主体责任 (27 runs on the 665-text dump)."""
    if _JOINED_WORDS_RE.fullmatch(run) is None:
        return False
    return run[-1] in pair_suffixes or _shared_head_words(_JOINED_SPLIT_RE.split(run))


#: what separates the items of a run of two-character words joined by 和/与/及
_JOINED_SPLIT_RE = re.compile("[、和与及]")
#: jieba tags of dictionary nouns and verbs: a list of them sharing one opening is no formula
_LISTED_WORD_TAGS = ("n", "v")


def _shared_head_words(items: list[str]) -> bool:
    """Whether two-character items sharing their first character are all nouns
    or verbs of jieba's dictionary (决策、决议和决定; 来信、来电和来访): with
    the last joined by 和, an ordinary list of words. A formula's items sharing
    an opening are coined (严查、严管和严惩: 严管 is no word) or adverbs and
    adjectives (公平、公正和公开: 公开 is tagged ad)."""
    if len({x[0] for x in items}) != 1:
        return False
    tags = word_tags()
    return all((tags.get(x) or "").startswith(_LISTED_WORD_TAGS) for x in items)


#: jieba tags of the one-character part of a three-character formula item
#: (讲|政治, 业务|精) and of its two-character word (a common noun or verbal noun,
#: never a person's or place's name).
_ONE_TAGS = frozenset(("v", "a", "ad", "d"))
_THREE_INNER_RE = re.compile("、[\u4e00-\u9fff]{3}、")
#: two pairs of three-character items joined by a comma (…、强党建，聚人心、…): a cheap test
_PAIRED_THREE_RE = re.compile("、[\u4e00-\u9fff]{3}[，,][\u4e00-\u9fff]{3}、")
_TWO_TAGS = frozenset(("n", "vn", "an", "a", "nz", "j"))


def _three_fits(item: str, tags: dict[str, str], verbs: frozenset[str] = frozenset(),
                adjectives: frozenset[str] = frozenset()) -> bool:
    """A three-character item built as verb + noun (讲政治, 守规矩) or noun +
    adjective (作风好), by jieba's dictionary tags; a one-character verb of
    ``verbs`` (parallel_verb_suffixes.txt) is one whatever its tag (学原著:
    jieba tags 学 a noun), and so is a function word there of
    parallel_opening_verbs.txt (把方向: to hold the course). Round 59: a
    closing adjective of ``adjectives`` (parallel_tail_adjectives.txt: 富, 美,
    which jieba tags a name and a place) is one whatever its tag (百姓富, 生态美)."""
    if len(item) != 3 or item[0] in _FUNCTION_CHARS and item[0] not in verbs:
        return False
    if (tags.get(item[0]) in _ONE_TAGS or item[0] in verbs) and tags.get(item[1:]) in _TWO_TAGS:
        return True
    return tags.get(item[:2]) in _TWO_TAGS - {"a"} and (tags.get(item[2]) in _ONE_TAGS or item[2] in adjectives)


def _cuts_word(tok: str, at: int, tags: dict[str, str]) -> bool:
    """Whether cutting ``tok`` at ``at`` splits a three-character word of the
    dictionary (讲心里|话: 心里话), though the two characters before the cut
    form a word of their own (心里): the item runs to the word's end. So does
    a four-character word cut in its middle (坚持实事|求是: 实事求是)."""
    return 0 < at < len(tok) and (tok[max(0, at - 2):at + 1] in tags and at >= 2
                                  or tok[at - 1:at + 2] in tags and at + 2 <= len(tok)
                                  or at >= 2 and at + 2 <= len(tok) and tok[at - 2:at + 2] in tags)


def _clean_cut(pair: str, tags: dict[str, str]) -> bool:
    """Whether cutting between the two characters of ``pair`` splits no word:
    they form no dictionary word (要|讲政治, 作风好|的) (one character: nothing cut)."""
    return len(pair) < 2 or pair[1] in _FUNCTION_CHARS or pair not in tags


def _verb_object_runs(text: str, runs: list[tuple[int, str, str]],
                      verbs: frozenset[str] = frozenset(), formula_words: tuple[str, ...] = (),
                      clause_leads: tuple[str, ...] = (),
                      causative_leads: tuple[str, ...] = (),
                      adjectives: frozenset[str] = frozenset()) -> list[_Hit]:
    """Runs of 3+ three-character items joined by 、 that share no character
    but one build (讲政治、守规矩、重品行、作表率; 讲政治、重公道、业务精、作风好):
    each item a one-character verb or adjective with a two-character noun, by
    jieba's tags; one item in four may miss the dictionary (业务精: 精 is
    tagged a noun). A lead-in before the first item and a tail after the last
    are cut at three characters."""
    hits: list[_Hit] = []
    tags: dict[str, str] | None = None
    last = None
    for pos, chunk, _ in runs:
        if (pos, chunk) == last:
            continue  # the same run read again with 和 kept: the same items
        last = (pos, chunk)
        if not _THREE_INNER_RE.search(chunk) and not _PAIRED_THREE_RE.search(chunk):
            continue  # cheap exit: no three-character item between two 、 (or two pairs)
        parts = _SEP_RE.split(chunk)
        toks, offs, at = [], [], pos
        for i in range(0, len(parts), 2):
            toks.append(parts[i])
            offs.append(at)
            at += len(parts[i]) + (len(parts[i + 1]) if i + 1 < len(parts) else 0)
        seps = _paired_seps(toks, parts[1::2])
        j = 0
        while j < len(toks) - 2:
            k = j + 1
            while k < len(toks) - 1 and len(toks[k]) == 3 and seps[k - 1] == "、":
                k += 1
            if seps[k - 1] != "、" and k - j > 2:
                k -= 1  # a comma after the last item (学原著、读原文、悟原理，在…): it is whole
            # toks[j+1:k] are inner three-character items; toks[j] and toks[k] the edges
            if k - j < 2 or seps[k - 1] != "、" or len(toks[j]) < 3 or len(toks[k]) < 3:
                j = k if k > j + 1 else j + 1
                continue
            tags = tags or word_tags()
            # an edge token cut inside a word is no item (着力改|进作风): the run ends before it
            lo = j if _clean_cut(toks[j][-4:-2], tags) else j + 1
            hi = k if _clean_cut(toks[k][2:4], tags) else k - 1
            items = ([toks[lo][-3:]] if lo == j else []) + toks[j + 1:k] + ([toks[k][:3]] if hi == k else [])
            if len(set(items)) == len(items) and all(_CJK_RE.match(c) for x in items for c in x):
                misses = sum(1 for x in items if not _three_fits(x, tags, verbs, adjectives))
                start = offs[lo] + len(toks[lo]) - 3
                end = offs[hi] + 3
                if len(items) - misses >= 3 and misses * 4 <= len(items) \
                        and _three_fits(items[0], tags, verbs, adjectives) \
                        and _three_fits(items[-1], tags, verbs, adjectives) \
                        or hi == k and _named_triads(text, start, end, items, formula_words) \
                        or hi == k and _clause_triads(text, start, end, items, clause_leads, verbs,
                                                      causative_leads):
                    hits.append(_Hit(text[start:end], "parallel", (start, end), "rule"))
            j = k
    return hits


def _paired_seps(toks: list[str], seps: list[str]) -> list[str]:
    """The separators of a run, with a comma read as 、 where it joins two pairs
    of three-character items that 、 joins (讲政治、强党建，聚人心、促发展，强基础、
    树形象): the pairs are one formula written two items at a time. A comma
    joins pairs when a 、 stands on each side of it, no 、 stands two places
    away (a run of three or more items is no pair: 受警醒、明底线、知敬畏，学而信、
    学而悟… stays two runs) and both items beside it have three characters;
    the items are then tested as any others."""
    if len(seps) < 3 or "、" not in seps or all(x == "、" for x in seps):
        return seps  # cheap exit: no mixed run
    out = list(seps)
    for i in range(1, len(seps) - 1):
        if seps[i] != "、" and seps[i - 1] == "、" and seps[i + 1] == "、" \
                and (i < 2 or seps[i - 2] != "、") and (i + 2 >= len(seps) or seps[i + 2] != "、") \
                and len(toks[i]) == 3 and len(toks[i + 1]) == 3:
            out[i] = "、"
    return out


#: A numeral formula introducing the run right before it (三个到位：下基层、…).
_FORMULA_LEAD_RE = re.compile("[两三四五六七八九十][个项条字大][\u4e00-\u9fff]{1,4}[”」]?[：:]$")
#: What may close a run of triads before its formula word (下基层、察实情、解民忧[的]要求).
_TRIAD_LINKS = ("的", "为")


#: a count right after a run naming its items as a set (…、重自强四个方面)
_COUNT_AFTER_RE = re.compile("[三四五六七八九十][个项条大种方]")
_COUNT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九十")}


def _counted_after(text: str, end: int, n: int) -> bool:
    """Whether a count of exactly ``n`` follows the run (讲政治、顾大局、谋发展、
    重自强四个方面进行动员): the writer names the items one set, a formula, though
    jieba's tags miss an item's build (自强 is tagged a verb). The caller
    first sets aside items that all end alike (甲村、乙村、丙村三个村: a list of
    places of one kind, not a formula)."""
    m = _COUNT_AFTER_RE.match(text, end)
    return m is not None and _COUNT_VALUES[m.group()[0]] == n


def _named_triads(text: str, start: int, end: int, items: list[str], formula_words: tuple[str, ...]) -> bool:
    """Three-character items whose build jieba's tags miss (察实情, 解民忧: 民忧 is
    no dictionary word), taken as a formula only when the text names them one:
    a formula word right after the run, 的 or 为 between (开展下基层、察实情、解民忧
    活动; 以…为目标), or a numeral formula with a colon before it (三个到位：…).
    Each item opens with a content character (not 的, 这, 三 ...). Without such a
    cue a run of three-character items is as often a plain list (病人多、任务重、压力大)."""
    if any(len(x) != 3 or {x[0], x[1]} & (_FUNCTION_CHARS | _PRONOUNS | set(_NUMERALS)) for x in items):
        return False
    if len({x[-1] for x in items}) > 1 and _counted_after(text, end, len(items)):
        return True  # (not 青石村、塘口村、新寨村三个村: one shared end names places of a kind)
    after = text[end:end + 1 + max((len(w) for w in formula_words), default=0)]
    if after.startswith(_TRIAD_LINKS):
        after = after[1:]
    return bool(formula_words) and after.startswith(formula_words) or \
        _FORMULA_LEAD_RE.search(text, max(0, start - 10), start) is not None


#: What closes a clause of triads standing alone (受警醒、明底线、知敬畏[。]).
_CLAUSE_CLOSE = frozenset("，,。；;！!？?：:\n")


def _clause_triads(text: str, start: int, end: int, items: list[str], leads: tuple[str, ...],
                   verbs: frozenset[str] = frozenset(), causatives: tuple[str, ...] = ()) -> bool:
    """Three-character verb-object items forming a clause of their own
    (…，受警醒、明底线、知敬畏。; 真正做到下基层、察实情、解民忧，…): the lead's
    ruling of round 17 takes them as a parallel slogan without a formula word.
    The run opens after punctuation, the text's start or a lead word
    (parallel_clause_leads.txt) and ends at punctuation, and each item opens
    with a different verb: an activity list inside a clause (通过讲党课、写心得、
    做研讨等形式) has neither edge. Round 42: an item may open with a function
    word that is a verb of parallel_opening_verbs.txt (做到把方向、议大事、促落实。),
    and the run may follow a causative verb with its object (引导党员干部受警醒、
    明底线、知敬畏。: _led_object)."""
    if len(items) < 3 or len({x[0] for x in items}) < len(items) or \
            any(len(x) != 3 or _TRIAD_BAD & ({x[1]} if x[0] in verbs else {x[0], x[1]}) for x in items):
        return False
    return _closes_clause(text, end) and (_opens_clause(text, start) or text.endswith(leads, 0, start)
                                          or _led_object(text, start, causatives))


#: characters that open no item of a triad clause nor stand second in one (的, 这, 三)
_TRIAD_BAD = _FUNCTION_CHARS | _PRONOUNS | set(_NUMERALS)
#: the longest object between a causative verb and the triads it governs (党员干部)
MAX_LED_OBJECT = 6


def _led_object(text: str, start: int, causatives: tuple[str, ...]) -> bool:
    """Whether the run at ``start`` follows a causative verb of
    parallel_causative_leads.txt and its object, a noun phrase of at most
    MAX_LED_OBJECT characters ending in a dictionary noun (引导|党员干部|受警醒、
    明底线、知敬畏): the triads are what the object is led to, a clause of their own."""
    if not causatives or start < 4 or not _CJK_RE.match(text[start - 1]):
        return False  # cheap exit: punctuation or nothing before the run
    tags = word_tags()
    if tags.get(text[start - 2:start]) != "n":
        return False
    window = text[max(0, start - MAX_LED_OBJECT - max(len(c) for c in causatives)):start - 2]
    for lead in causatives:
        at = window.rfind(lead)
        if at >= 0 and _CJK_ONLY_RE.fullmatch(window[at + len(lead):] or "x") \
                and not set(window[at + len(lead):]) & _FUNCTION_CHARS:
            return True
    return False


def _opens_clause(text: str, start: int) -> bool:
    """Whether a run starting at ``start`` opens a clause (the text's start or punctuation before it)."""
    return start == 0 or text[start - 1] in _CLAUSE_CLOSE


def _closes_clause(text: str, end: int) -> bool:
    """Whether a run ending at ``end`` closes a clause (the text's end or punctuation after it)."""
    return end >= len(text) or text[end] in _CLAUSE_CLOSE


#: Three or more four-character items joined by 、 (政治坚定、业务精通、作风过硬):
#: the regex starts each run at the last four characters before its first 、.
_FOUR_RUN_RE = re.compile(r"[\u4e00-\u9fff]{4}(?:、[\u4e00-\u9fff]{4}){2,}")
#: Pairs of four-character items joined by 、, the pairs parted by commas
#: (统一思想、增进团结，相互监督、共同提高，凝聚力量、推动工作)
_FOUR_PAIRS_RE = re.compile(r"[\u4e00-\u9fff]{4}、[\u4e00-\u9fff]{4}(?:[，,][\u4e00-\u9fff]{4}、[\u4e00-\u9fff]{4})+")
#: jieba tags of the subject of a noun+adjective item (政治|坚定, 作风|过硬);
#: None (a word jieba lacks, 步调) passes too
_SUBJECT_TAGS = frozenset(("n", "vn", "nz", "j", "an", "ng", None))
#: jieba tags of the predicate of such an item (坚定 a, 一致 d)
_PREDICATE_TAGS = frozenset(("a", "ad", "an", "d", "i", "z"))
#: jieba tags of the object of a verb-object item (统一|思想, 促进|工作,
#: 提高|认识, 增进|团结: jieba tags many such objects a verb or an adjective;
#: round 64: or a noun-adjective, 化解|矛盾, 克服|困难, as the subjects may be)
_OBJECT_TAGS = frozenset(("n", "vn", "nz", "j", "ng", "v", "a", "an"))


def _quality_item(item: str, tags: dict[str, str], words: frozenset[str]) -> bool:
    """A noun and a two-character predicate (政治坚定, 步调一致, 行动有力): the
    predicate an adjective or adverb by jieba's tags or a word of
    parallel_quality_words.txt (统一, 有力: jieba tags them a verbal noun, a noun)."""
    head, pred = item[:2], item[2:]
    if head not in tags and _cuts_word(item, 2, tags):
        return False
    return tags.get(head) in _SUBJECT_TAGS and (tags.get(pred) in _PREDICATE_TAGS or pred in words)


def _predicate_ends(item: str, tags: dict[str, str], words: frozenset[str]) -> bool:
    """A two-character predicate closing the item after a two-character word of
    its own, whatever jieba calls that word (组织|坚实, 履职|有力: jieba tags
    组织 and 履职 verbs): enough inside a quality lead's frame (建设好…的)."""
    return not _cuts_word(item, 2, tags) and (tags.get(item[2:]) in _PREDICATE_TAGS or item[2:] in words)


def _verb_object_item(item: str, tags: dict[str, str], verbs: frozenset[str] = frozenset()) -> bool:
    """A two-character verb and its two-character object (统一思想, 凝聚共识); the
    verb by jieba's tag or from ``verbs`` (parallel_opening_verbs.txt: 深化|认识,
    找准|问题, which jieba tags an abbreviation or lacks)."""
    return ((tags.get(item[:2]) or "").startswith("v") or item[:2] in verbs) and tags.get(item[2:]) in _OBJECT_TAGS


#: characters no item of a campaign's formula holds: a phrase with 的 or a list's joiner is no set item
_LIST_CHARS = frozenset("的和与及等")


def _holds_list_word(items: list[str]) -> bool:
    """Whether an item holds 的 or a joining word (和, 与, 及, 等): a list of things, no formula."""
    return any(set(x) & _LIST_CHARS for x in items)


#: how far before a run its clause lead (为, 达到了, 切实) is looked for
_LEAD_REACH = 8


def _lead_head(text: str, start: int) -> str:
    """The words right before a run at ``start``, a trailing 了 dropped (达到了|…), where a
    clause lead (parallel_clause_leads.txt) is looked for."""
    head = text[max(0, start - _LEAD_REACH):start]
    return head[:-1] if head.endswith("了") else head


def _framed(text: str, start: int, end: int, opener: str, closer: str, words: tuple[str, ...]) -> bool:
    """Whether a run stands between ``opener`` and ``closer`` + one of ``words``: 以…为 + a
    formula word (以理论强基、实践转化、典型引路为思路; …为重点, round 65) or 在…上 + an effort
    word (在深读原著、深学原文、深悟原理上下功夫; parallel_locative_tails.txt, round 66). The
    frame names the run as the one line of work taken or the one field the effort is spent
    on, as round 62's 以忆党史、…为重点 did for triads, whatever each item's build (理论强基 is
    a noun + verb, 典型引路 a noun + verb-object); a list of things (items with 的, 和) stays none."""
    return text.endswith(opener, 0, start) and text.startswith(closer, end) \
        and text.startswith(words, end + len(closer))


def _four_character_clauses(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ four-character items that share nothing, taken by their build
    and their place: the lead's ruling of round 18.

    - noun + predicate items (政治坚定、业务精通、作风过硬; 思想统一、步调一致、
      行动有力) forming a clause of their own: after punctuation or a clause lead
      (parallel_clause_leads.txt), up to punctuation; also as the qualities of a
      team, after a quality lead (parallel_quality_leads.txt: 一支) up to 的.
    - verb-object items (统一思想、凝聚共识、促进工作) only after a clause lead
      (做到, 达到了 ...), up to punctuation or the 的 of the aim they state
      (达到了…的目的): after bare punctuation they are as often what was done
      (，征求意见、查找差距、制定措施，), an activity list, no formula.
    - before the name of a campaign (parallel_campaign_heads.txt: 攻坚战, 自我革命),
      after 的 or glued: the frame alone marks the formula (打一场铁腕治警、
      正风肃纪、激浊扬清的攻坚战), no item holding 的 or a joining word (和, 及, 等).
    - after a quality lead up to 的 (一支对党忠诚、服务人民、执法公正、纪律严明的
      队伍) the frame alone marks the formula: items of either build, one in
      four may miss the tags (公正 is tagged a name), the first and last fit.
    Every item has its own two halves (no first or second word repeated): a
    shared part is the other rules' business.
    """
    hits: list[_Hit] = []
    tags: dict[str, str] | None = None
    for m in _FOUR_RUN_RE.finditer(text):
        start, end = m.span()
        items = m.group().split("、")
        if len({x[:2] for x in items}) < len(items) or len({x[2:] for x in items}) < len(items):
            continue
        head = _lead_head(text, start)
        after = text[end:end + 1]
        led = head.endswith(lex.clause_leads)
        closed = _closes_clause(text, end)
        tags = tags or word_tags()
        quality = [_quality_item(x, tags, lex.quality_words) for x in items]
        verb_object = [_verb_object_item(x, tags, lex.opening_verbs) for x in items]
        if text.startswith(lex.campaign_heads, end + (after == "的") + _quoted_name_length(text, end)):
            # 打一场铁腕治警、正风肃纪、激浊扬清的攻坚战: what a campaign is, by its frame
            ok = not _holds_list_word(items)
        elif _framed(text, start, end, "以", "为", lex.formula_words) \
                or _framed(text, start, end, "在", "上", lex.locative_tails):
            # 以理论强基、实践转化、典型引路为思路, 在深读原著、深学原文、深悟原理上下功夫:
            # 以…为 or 在…上 and the word they name frame the run
            ok = not _holds_list_word(items)
        elif led and after == "的" and text.startswith(lex.formula_words, end + 1):
            # 达到了红脸出汗、排毒治病、增进团结的目的: a lead and the aim it names
            # frame the run, whatever each item's build (红脸出汗 is neither)
            ok = not _holds_list_word(items)
        elif head.endswith(lex.quality_leads) and after == "的":
            fits = [a or b or _predicate_ends(x, tags, lex.quality_words)
                    for a, b, x in zip(quality, verb_object, items)]
            ok = fits[0] and fits[-1] and fits.count(False) * 4 <= len(items)
        elif all(quality):
            ok = closed and (_opens_clause(text, start) or led)
        elif all(verb_object):
            ok = (led or _opens_clause(text, start) and _uplifting(items, lex.uplift_verbs)) \
                and (closed or after == "的")
        elif led and closed and _idiom_among_aims(items, verb_object, tags):
            ok = not _holds_list_word(items)
        else:
            ok = False
        if ok:
            hits.append(_Hit(m.group(), "parallel", (start, end), "rule"))
    return hits + _paired_aims(text, lex)


#: a quoted name between 的 and the spirit it names (…的“红旗渠”精神)
_QUOTED_NAME_RE = re.compile(r"[“「][^“”「」\n]{1,8}[”」]")
#: jieba's tags of a four-character idiom or set phrase (取长补短 i, 求真务实 l)
_IDIOM_TAGS = frozenset(("i", "l"))


def _quoted_name_length(text: str, end: int) -> int:
    """The length of a quoted name right after the 的 closing a run (艰苦奋斗、
    …、无私奉献的“东灌”精神), else 0. Round 63: a spirit named in quotes is a
    campaign head as 精神 alone is, the run spelling it out is its formula; a
    bare qualifier (的革命精神) stays no frame (test_extract's ruling)."""
    if text[end:end + 1] != "的":
        return 0
    m = _QUOTED_NAME_RE.match(text, end + 1)
    return len(m.group()) if m else 0


def _idiom_among_aims(items: list[str], verb_object: list[bool], tags: dict[str, str]) -> bool:
    """Round 63: a led run of aims closed by punctuation (为进一步开阔视野、寻找
    差距、取长补短，…) where one item is a four-character idiom, not a verb and
    its object: the lead and the clause frame it as all verb-object aims are
    framed; two verb-object items at least, one idiom at most."""
    misses = [x for x, ok in zip(items, verb_object) if not ok]
    return len(misses) == 1 and len(items) - 1 >= 2 and tags.get(misses[0]) in _IDIOM_TAGS


def _paired_aims(text: str, lex: _Lexicon) -> list[_Hit]:
    """Four-character items written two at a time, the pairs parted by commas,
    between a clause lead and the aim it names (达到了统一思想、增进团结，相互
    监督、共同提高，凝聚力量、推动工作的目的). Why: _FOUR_RUN_RE joins items by
    、 only, so the formula the aim frames split into pairs of two, none a run;
    the frame is the one _four_character_clauses reads for a 、 run."""
    hits: list[_Hit] = []
    for m in _FOUR_PAIRS_RE.finditer(text):
        start, end = m.span()
        head = _lead_head(text, start)
        items = _SEP_RE.split(m.group())[0::2]
        if head.endswith(lex.clause_leads) and text[end:end + 1] == "的" \
                and text.startswith(lex.formula_words, end + 1) and len(set(items)) == len(items) \
                and not _holds_list_word(items):
            hits.append(_Hit(m.group(), "parallel", (start, end), "rule"))
    return hits


def _uplifting(items: list[str], verbs: frozenset[str]) -> bool:
    """Whether each item opens with a different verb of parallel_uplift_verbs.txt
    (锤炼党性、激发活力、凝聚合力): what is strengthened, a formula standing as a
    clause without a lead word; steps taken (征求意见、制定措施) open otherwise."""
    fronts = [x[:2] for x in items]
    return len(set(fronts)) == len(fronts) and all(f in verbs for f in fronts)


#: Three or more six-character items joined by 、 (加强理论武装、巩固政治共识、强化责任担当)
_SIX_RUN_RE = re.compile(r"[\u4e00-\u9fff]{6}(?:、[\u4e00-\u9fff]{6}){2,}")


def _uplift_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs of 3+ six-character items, each a verb of parallel_uplift_verbs.txt
    and a four-character object ending in a dictionary noun, verb or adjective
    (加强理论武装、巩固政治共识、强化责任担当、推进…: 推进 fails, so only with
    the strengthening verbs), standing as a clause of their own: after
    punctuation, up to punctuation or 的. The four-character rule takes the
    same build with two-character objects (_four_character_clauses)."""
    hits: list[_Hit] = []
    if "、" not in text:
        return hits
    tags: dict[str, str] | None = None
    for m in _SIX_RUN_RE.finditer(text):
        start, end = m.span()
        items = m.group().split("、")
        if not _opens_clause(text, start) or not (_closes_clause(text, end) or text[end:end + 1] == "的") \
                or not _uplifting(items, lex.uplift_verbs):
            continue
        tags = tags or word_tags()
        if all(tags.get(x[4:]) in _OBJECT_TAGS for x in items):
            hits.append(_Hit(m.group(), "parallel", (start, end), "rule"))
    return hits


#: four-character items joined by commas (思想坚定，对党忠诚，纪律严明，作风优良)
_FOUR_COMMA_RUN_RE = re.compile(r"[\u4e00-\u9fff]{4}(?:[，,][\u4e00-\u9fff]{4}){2,}")
_QUALITY_LEAD_REACH = 4  # how far before a comma run its quality lead (一支, 打造) may end


def _comma_qualities(text: str, lex: _Lexicon) -> list[_Hit]:
    """The qualities of a team joined by commas, framed by a quality lead right
    before them and 的 after (一支思想坚定，对党忠诚，纪律严明，作风优良的队伍): the
    frame marks the formula as it does for items joined by 、; without it
    comma clauses of four characters report a state (领导重视，措施到位，成效明显)
    or steps taken, no formula. Items as in the 、 rule: the first and last fit
    the builds, at most one in four misses the tags."""
    hits: list[_Hit] = []
    if "，" not in text and "," not in text:
        return hits
    tags: dict[str, str] | None = None
    for m in _FOUR_COMMA_RUN_RE.finditer(text):
        start, end = m.span()
        if text[end:end + 1] != "的" or not text[max(0, start - _QUALITY_LEAD_REACH):start].endswith(lex.quality_leads):
            continue
        items = _SEP_RE.split(m.group())[::2]
        if len({x[:2] for x in items}) < len(items) or _holds_list_word(items):
            continue
        tags = tags or word_tags()
        fits = [_quality_item(x, tags, lex.quality_words) or _verb_object_item(x, tags, lex.opening_verbs)
                or _predicate_ends(x, tags, lex.quality_words) for x in items]
        if fits[0] and fits[-1] and fits.count(False) * 4 <= len(items):
            hits.append(_Hit(m.group(), "parallel", (start, end), "rule"))
    return hits


#: A run of 3+ items joined by 、, then 等 and a count of them (“四个要求”, 三个坚持), or
#: right away a quoted count of them (…、正风肃纪“四大行动”): the text names the run
#: as one numbered formula.
_COUNTED_RUN_RE = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、){2,}[\u4e00-\u9fff]{2,12}?)"
                             r"(?:(?P<etc>等)(?P<quote>[“\"])?|(?P<bare>[“\"]))"
                             r"(?P<name>(?P<count>[两二三四五六七八九十]|\d{1,2})(?P<measure>[个大项])"
                             r"[\u4e00-\u9fff]{1,4}?)(?(quote)[”\"]|(?(bare)[”\"]))")
_COUNTED_ITEM = (3, 8)  # how long a counted run's items may be


def _counted_runs(text: str, lex: _Lexicon) -> list[_Hit]:
    """Runs the text itself counts as a formula (思想觉悟不动摇、政治立场要站稳、工作
    标准不能低、奉献情怀不能丢等“四个要求”): as many items as the count after 等
    says, all of one length (the first cut to it: 做到|思想觉悟不动摇), none
    holding a joining word (和, 与, 及, 等). Why: the shapes of such items
    differ too much for the shape rules, while the count that names them
    marks the run as a numbered formula spelt out. The count must be quoted
    or a known numbered slogan: 张家村、李家村、王家村等三个村 counts places.
    With no 等, a quoted name of the count right after the run is the cue
    (凝心铸魂、固本强基、创先争优、正风肃纪“四大行动”)."""
    hits: list[_Hit] = []
    for m in _COUNTED_RUN_RE.finditer(text):
        items = m.group(1).split("、")
        quoted = m.group("quote") or m.group("bare")
        if convert(m.group("count")) != len(items) or not (quoted or m.group("name") in lex.canonical):
            continue
        if m.group("bare") and m.group("measure") == "项":
            continue  # with no 等, a quoted count of 个 or 大 right after names the run (…“四大行动”)
        if all(x.endswith(m.group("name")[-1]) for x in items) or _names_bodies(m.group(1)):
            continue  # 张家村、李家村、王家村等“三个村”: instances of what is counted, no formula
        size = len(items[1])
        if not _COUNTED_ITEM[0] <= size <= _COUNTED_ITEM[1] or any(len(x) != size for x in items[1:]) \
                or len(items[0]) < size or any(set(x) & (_LIST_CHARS - {"的"}) for x in items):
            continue
        start = m.start(1) + len(items[0]) - size
        hits.append(_Hit(text[start:m.end(1)], "parallel", (start, m.end(1)), "rule"))
    return hits


_LIST_ITEM_SEP_RE = re.compile("[、，,和及与]")


def _names_kinds(run: str, heads: frozenset[str]) -> bool:
    """Whether every item of ``run`` ends in one shared head of
    ``parallel_kind_heads.txt`` after a front that jieba tags a noun (or a
    verbal noun), one at least a plain noun (思想问题、素质问题、发展问题): the
    fronts name kinds of the head, no formula. A verb front acts on it
    (查摆问题、分析问题、解决问题), a formula."""
    if not heads:
        return False
    items = [x for x in _LIST_ITEM_SEP_RE.split(run) if x]
    head = next((h for h in heads if items[0].endswith(h)), None)
    if head is None or any(not x.endswith(head) or len(x) <= len(head) for x in items):
        return False
    tags = word_tags()
    fronts = [tags.get(x[:-len(head)]) or "" for x in items]
    return all(t.startswith("n") or t == "vn" for t in fronts) and any(t.startswith("n") for t in fronts)


#: how many characters a name after a post may have (陈群, 徐毅松)
_NAME_LENGTHS = (2, 3)
#: how many characters a post before a name may have (主委, 副主席); one-character posts (长) are too loose
_POST_LENGTHS = (2, 3, 4)


def _names_people(run: str, posts: frozenset[str], surnames: frozenset[str]) -> bool:
    """Whether every item of ``run`` is a body, a post of
    ``person_titles.txt`` and then a name: a family name of ``surnames.txt``
    opening two or three characters that jieba knows as no other word
    (民盟市委主委陈群、民建市委主委解冬、民进市委主委黄震): a list of people,
    whose shared post frames no formula. A verb after a post (书记带头讲) is
    no name."""
    if not posts or not surnames:
        return False
    items = [x for x in _SEP_RE.split(run)[0::2] if x]
    if any(len(x) < 5 for x in items):
        return False
    tags = word_tags()
    return all(any(x[-k] in surnames and x[len(x) - k - n:len(x) - k] in posts
                   and (tags.get(x[-k:]) or "nr").startswith("nr")
                   for k in _NAME_LENGTHS for n in _POST_LENGTHS if len(x) - k - n >= 1) for x in items)


def _names_bodies(run: str) -> bool:
    """A run whose items are mostly organization names is a list of bodies
    (青松市第一中学、白沙市第二中学、石桥县第三中学), not a formula."""
    from reportmine.extract.organizations import organization_spans  # cached by string

    items = [x for x in _SEP_RE.split(run)[0::2] if x]
    whole = sum(1 for x in items if any(name == x for name, _ in organization_spans(x)))
    return whole * 2 > len(items)


#: separators that write the same slogan (不忘初心、牢记使命 and 不忘初心，牢记使命 are one)
#: (the middle dot and a space part the halves of a theme as a comma does: “忆某某·看某某”
#: and “忆某某，看某某” are one; round 60)
_SAME_SEPARATOR = str.maketrans({",": "、", "，": "、", ";": "、", "；": "、", "·": "、", "・": "、",
                                 " ": "、", "\u3000": "、"})


def _merge(hits: list[_Hit]) -> list[Slogan]:
    """One entry per slogan, counting its mentions; the same phrase written
    with 、 once and with commas another time is one slogan (the GUIDE's
    matching reads ，,;； as 、), kept as first written."""
    by_text: dict[str, Slogan] = {}
    for h in sorted(hits, key=lambda h: h.span):
        key = h.text.translate(_SAME_SEPARATOR)
        sl = by_text.get(key)
        if sl is None:
            by_text[key] = Slogan(text=h.text, kind=h.kind, count=0, spans=[],
                                  expansion=list(h.expansion), method=h.method)
            sl = by_text[key]
        if _KIND_RANK[h.kind] > _KIND_RANK[sl.kind]:
            sl.kind = h.kind
        if h.expansion and not sl.expansion:
            sl.expansion = list(h.expansion)
        if h.span not in sl.spans:
            sl.spans.append(h.span)
            sl.omitted.extend(h.omitted)
    out = list(by_text.values())
    for sl in out:
        sl.spans.sort()
        sl.omitted.sort()
        sl.count = len(sl.spans)
    out.sort(key=lambda sl: sl.spans[0])
    return out


_NO_QUOTES = str.maketrans("", "", "“”「」『』‘’\"")


def formula_of(slogan: Slogan) -> str | None:
    """The lexicon name of a numbered formula, also for an alias or its written-out form.

    So that tables can count 四个意识 and 政治意识、大局意识、核心意识、看齐意识
    together; None for anything the lexicon does not know.
    """
    lex = _lexicon()
    text = slogan.text.translate(_NO_QUOTES)  # 五个“必由之路” (a count before a quote) is 五个必由之路
    if text in lex.canonical:
        return lex.canonical[text]
    if slogan.expansion:
        items = set(slogan.expansion)
        for name, exp in lex.expansion.items():
            if set(exp) == items:
                return name
    return None


def _unwidened(phrases: list[_Hit], parallel: list[_Hit]) -> list[_Hit]:
    """The lexicon phrases not written out longer: a two-item phrase (以案为鉴、
    以案促改) inside a longer parallel run of the text (以案为鉴、以案促改、以案促治)
    gives way to the run, which is the formula the text writes. Why: the phrase
    is read first and took the run's place. Phrases of three items or more are
    whole formulas of their own and stay."""
    if not parallel:
        return phrases
    return [h for h in phrases
            if len(_SEP_RE.findall(h.text)) != 1
            or not any(p.span[0] <= h.span[0] and h.span[1] <= p.span[1] and p.span != h.span for p in parallel)]


#: an item after a written-out pair: a separator, then the item, then a clause end or another separator
_NEXT_ITEM_RE = re.compile(r"[、，,]([\u4e00-\u9fff]+?)(?=[、，,。；;！!？?\n”」]|$)")


def _widened(text: str, phrases: list[_Hit]) -> list[_Hit]:
    """A two-item lexicon phrase (以案为鉴、以案促改) widened by the items
    written after it that share the pair's frame: the same length and the
    pair's common head (以案明纪 after 以案为鉴，以案促改) or common ending.
    Why: the separators may differ between the items (以案为鉴，以案促改、以案
    明纪), and then no run of one separator holds the three, so the pair
    alone was found. A phrase with no such item stays as it is."""
    out = []
    for h in phrases:
        items = _SEP_RE.split(h.text)[0::2]
        if len(items) != 2 or len(items[0]) != len(items[1]):
            out.append(h)
            continue
        head, tail = items[0][:_common_prefix(items)], items[0][len(items[0]) - _common_suffix(items):]
        end = h.span[1]
        while (m := _NEXT_ITEM_RE.match(text, end)) and len(m.group(1)) == len(items[0]) \
                and (head and m.group(1).startswith(head) or tail and m.group(1).endswith(tail)):
            end = m.end()
        if end == h.span[1]:
            out.append(h)
        else:
            out.append(_Hit(text[h.span[0]:end], h.kind, (h.span[0], end), h.method))
    return out


#: verb + a short quoted word, three or more joined by 、 (紧盯“热点”、挖掘“亮点”、聚焦“难点”)
_QUOTED_WORD_ITEM = r"([\u4e00-\u9fff]{1,2})“([\u4e00-\u9fff]{2,3})”"
_QUOTED_WORD_ITEM_RE = re.compile(_QUOTED_WORD_ITEM)
_QUOTED_WORD_RUN_RE = re.compile(_QUOTED_WORD_ITEM + "(?:、" + _QUOTED_WORD_ITEM + "){2,}")


def _one_length_distinct(items: list[str]) -> bool:
    """Items all of one length and all different: the slots of one formula's build
    (紧盯|挖掘|聚焦, 以理论教育|以廉政教育|以实践教育)."""
    return len({len(x) for x in items}) == 1 and len(set(items)) == len(items)


def _plain_quoted_words(words: list[str]) -> bool:
    """Quoted words of one length, all different, none holding a numeral: the quoted
    slots of a run (“热点”、“亮点”); “四个意识”… are numbered formulas, read on their own."""
    return _one_length_distinct(words) and not any(c in _NUMERALS for w in words for c in w)


def _quoted_word_runs(text: str) -> list[_Hit]:
    """Runs of a verb before a short quoted word (紧盯“热点”、挖掘“亮点”、聚焦
    “难点”, round 60): the quotes part the run, so the run finder never sees it,
    and each quoted word alone is a single word (optional), yet together they are
    a formula of one shape. Verbs of one length, all different; quoted words of
    one length sharing their last character, none holding a numeral (增强“四个
    意识”、坚定“四个自信”… are numbered formulas, read on their own). Round 66:
    or sharing their first character, each after a noun of its own (作风“在线”、
    纪律“在岗”、人员“在位”): the shared head binds the quoted words as a shared
    last character does, and the words before them differ as the verbs do."""
    hits = []
    for m in _QUOTED_WORD_RUN_RE.finditer(text):
        items = _QUOTED_WORD_ITEM_RE.findall(m.group())
        verbs = [v for v, _ in items]
        words = [w for _, w in items]
        if _one_length_distinct(verbs) and _plain_quoted_words(words) \
                and (len({w[-1] for w in words}) == 1 or len({w[0] for w in words}) == 1) \
                and not set("".join(verbs)) & (_FUNCTION_CHARS | _PRONOUNS):
            hits.append(_Hit(m.group(), "parallel", m.span(), "rule"))
    return hits


#: a phrase of 3-5 characters before a short quoted word (以政治教育“铸魂”, 补足精神之“钙”)
_FRAMED_QUOTE_RE = re.compile(r"([\u4e00-\u9fff]{3,5})“([\u4e00-\u9fff]{1,3})”")
#: what may join two framed quotes of one run
_FRAMED_QUOTE_JOINS = frozenset("、，,；;")


def _framed_quote_runs(text: str) -> list[_Hit]:
    """Runs of a frame before a short quoted word (以政治教育“铸魂”，以党史教育
    “夯基”，以警示教育“明纪”; 补足精神之“钙”，融入中国之“梦”，锤炼品格之“魂”),
    three or more joined by 、 or commas. Round 68, recurring since round 65:
    the quoted words share no character (so _quoted_word_runs leaves them) and
    the quotes part the run (so the run finder never sees it), yet the frames
    before them are one build: of one length (3-5), all different, sharing
    their first or their last character (以…, …之). The first frame is cut to
    the others' length, since the match may take words before the run. Quoted
    words of one length, all different, none holding a numeral (“四个意识”…
    are numbered formulas, read on their own)."""
    hits: list[_Hit] = []
    found = list(_FRAMED_QUOTE_RE.finditer(text))
    i = 0
    while i < len(found):
        j = i
        while j + 1 < len(found) and found[j + 1].start() == found[j].end() + 1 \
                and text[found[j].end()] in _FRAMED_QUOTE_JOINS:
            j += 1
        run, i = found[i:j + 1], j + 1
        if len(run) < 3:
            continue
        size = len(run[1].group(1))
        heads = [m.group(1) for m in run[1:]]
        words = [m.group(2) for m in run]
        if len(run[0].group(1)) < size or len({len(h) for h in heads}) != 1:
            continue
        heads.insert(0, run[0].group(1)[-size:])
        if _one_length_distinct(heads) and _plain_quoted_words(words) \
                and (len({h[0] for h in heads}) == 1 or len({h[-1] for h in heads}) == 1):
            start = run[0].start(2) - 1 - size
            hits.append(_Hit(text[start:run[-1].end()], "parallel", (start, run[-1].end()), "rule"))
    return hits


def extract_slogans(text: str) -> list[Slogan]:
    """Every slogan and document title in ``text``, one entry per distinct text."""
    if not text:
        return []
    lex = _lexicon()
    docs = _documents(text)
    doc_spans = [h.span for h in docs]
    quoted = _quoted(text, lex, doc_spans)
    quoted_spans = [h.span for h in quoted]
    hits: list[_Hit] = docs + quoted
    runs = _find_runs(text)
    for h in _lexicon_names(text, lex) + _expanded(runs, lex) + _general_counts(text, lex):
        if _overlaps(h.span, doc_spans):
            continue
        if h.method == "lexicon" and h.span in quoted_spans:
            hits.append(h)
            continue
        if h.text in lex.canonical or not h.expansion:
            hits.append(h)  # a formula name (四个意识, 五个强化) stands on its own, even inside a quote
        elif not _overlaps(h.span, quoted_spans):
            hits.append(h)
    # a long theme (past MAX_QUOTED) holds formulas of its own (…坚持讲政治、顾大局、守纪律…)
    short_quoted = [sp for sp in quoted_spans if sp[1] - sp[0] <= MAX_QUOTED]
    taken = doc_spans + short_quoted + [h.span for h in hits if h.kind == "numbered" and h.expansion
                                        and h.text not in lex.canonical]
    counted = _counted_runs(text, lex) if "等" in text or "、" in text and "”" in text else []
    parallel = _parallel(text, runs, lex) + (_quoted_word_runs(text) if "”、" in text else []) \
        + (_framed_quote_runs(text) if "”" in text else [])
    if "(" in text or "（" in text:
        noted = _noted_runs(text, lex)
        if noted:
            spans = [h.span for h in noted]
            parallel = noted + [h for h in parallel if not _overlaps(h.span, spans)]
    for h in _unwidened(_widened(text, _phrases(text, lex)), parallel) + parallel + counted:
        if h.span in quoted_spans:
            hits.append(h)
        elif not _overlaps(h.span, taken):
            hits.append(h)
            taken.append(h.span)
    return _merge(hits)


def with_headline(found: list[Slogan], title: str | None) -> list[Slogan]:
    """``found`` (the body's slogans) and those written only in the headline.

    The annotator reads the headline with the body (GUIDE §5 lists every slogan
    of the article), and a headline often carries the formula the meeting was
    about (在学懂弄通做实上下功夫 ——市局召开…) while the body never repeats it.
    A headline slogan the body holds already (the same text, or one holding the
    other) adds nothing; a new one has no span, since spans index the body.
    """
    if not title:
        return found
    extra = []
    for s in extract_slogans(title) + _spaced_runs(title):
        if not any(s.text in f.text or f.text in s.text for f in found + extra):
            extra.append(s)
    for s in extra:
        s.count, s.spans, s.omitted = 1, [], []
    return found + extra


#: a single space between two Chinese characters: in a headline it sets phrases
#: apart as 、 does in the body (严密部署 严格标准 严细对照 ——某机关召开…)
_HEADLINE_SPACE_RE = re.compile("(?<=[\u4e00-\u9fff])[ \u3000](?=[\u4e00-\u9fff])")


def _spaced_runs(title: str) -> list[Slogan]:
    """Parallel runs of a headline whose phrases are set apart by spaces.

    Each such space is read as 、 (one character for one, so spans still fit)
    and only the parallel runs that cross one are kept, written with 、 as the
    annotator writes them; quotes keep their own spaces (“学雷锋 做志愿…”).
    """
    if " " not in title and "\u3000" not in title:
        return []  # cheap exit: most headlines hold no space
    spaced = _HEADLINE_SPACE_RE.sub("、", title)
    if spaced == title:
        return []
    cuts = [m.start() for m in _HEADLINE_SPACE_RE.finditer(title)]
    return [s for s in extract_slogans(spaced) if s.kind == "parallel" and s.spans
            and any(a <= c < b for c in cuts for a, b in s.spans)]

