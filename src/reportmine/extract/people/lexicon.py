"""The people extractor's word lists, loaded once per set of resource folders.

Every list is a data file under ``resources/`` (surnames, post words, cues,
transliteration characters ...); this module turns them into look-up
structures: ``_Words`` indexes a list by first and last character, so a
position whose character starts or ends no word costs one dict look-up, and
the regexes are compiled once per lexicon.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields

from reportmine.dictionary import word_freq
from reportmine.names import NameLexicon, is_cjk, name_lexicon
from reportmine.resources import derived, load_json, load_lines


_SENT_END = re.compile(r"[。！？；!?;\n]")
_CLAUSE_END = re.compile(r"[，,：:“”\"]")
_SEP = "·•・—-－"
_SEP_SET = frozenset(_SEP)
# words that join the last two names of a list (甲、乙和丙; 甲与乙)
_LIST_AND = "和与及"
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
    #: a unit's own party committee (党委, 校党委) opening an office's name: its department
    #: (党委学生工作部), no outside unit, so the unit words are read after it
    own_bodies: tuple[str, ...] = ()
    #: any office ending (处, 室, 中心), to find offices before a name in one pass
    end_re: re.Pattern[str] = re.compile("(?!)")

    @classmethod
    def from_cues(cls, data: dict) -> "_Offices":
        return cls(endings=_Words(data["endings"]), posts=frozenset(data["posts"]),
                   unit_words=tuple(data["unit_words"]), openers=_Words(data["openers"]),
                   max_len=int(data.get("max_len", 8)), place_firsts=frozenset(data.get("place_firsts", "")),
                   own_bodies=tuple(sorted(data.get("own_bodies", ()), key=len, reverse=True)),
                   end_re=re.compile(_alternation(data["endings"])))

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
        while i > 0 and j - i < self.max_len + 4 and is_cjk(text[i - 1]):
            i -= 1
        if i > 0 and is_cjk(text[i - 1]):
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
        if "的" in body:
            return None  # 赴某国考察的中心: a phrase before the office, no office's name
        if body[0] in self.place_firsts:
            return None  # 镇党群服务中心: a place's own body, an outside unit
        own = next((w for w in self.own_bodies if body.startswith(w) and len(body) > len(w)), "")
        body = body[len(own):]  # 党委学生工作部: the committee's own department
        for p in range(len(body)):
            for w in self.unit_words:
                if p + len(w) >= 2 and body.startswith(w, p):
                    return None  # a unit of two characters or more, then the office: a chain
        return i


@dataclass(frozen=True)
class _Lexicon(NameLexicon):
    """The name lexicon (surnames, what no name is: ``reportmine.names``, which the
    page parser shares) and the words that read names in context."""

    title_re: re.Pattern[str]
    heads: frozenset[str]
    head_re: re.Pattern[str]
    head_firsts: frozenset[str]
    prefix_head_re: re.Pattern[str]
    prefixes: _Words
    quals: _Words
    right_cues: _Words
    left_cues: _Words
    after_anchor_re: re.Pattern[str]
    #: what, right after an after-name anchor, makes it part of a body or field (律师|事务所)
    after_anchor_tails: tuple[str, ...]
    honour_re: re.Pattern[str] | None
    before_anchor_re: re.Pattern[str]
    compounds: dict[str, tuple[str, ...]]
    post_skip: frozenset[str]
    #: endings of a party body (党委, 党支部) and the post heads it holds (书记, 委员): a bare
    #: post after a name bound to such a body shares it only when it is one of these
    party_body_endings: tuple[str, ...]
    party_body_posts: frozenset[str]
    not_mention: _Words
    #: words right before a known_people.txt name (学 of 学雷锋) that make it part of
    #: a campaign's name, no mention of the person
    known_not_before: _Words
    speech_re: re.Pattern[str]
    time_cues: _Words  # right_cues that are time words (今日, 上午): after an opening untitled name they need a cue after them
    count_classifiers: frozenset[str]  # 位, 名: after a numeral they count people and open no name (10位述职同志)
    #: words for the company a person leads (一行, 等人): a name before them reads as before a speech verb
    party_re: re.Pattern[str] | None
    credit_re: re.Pattern[str]
    short_credit_re: re.Pattern[str]
    credit_roles: dict[str, str]
    #: head words of foreign posts (总统, 总理): looked up whole and by position (总统|助理)
    foreign_heads: _Words
    translit: frozenset[str]
    #: transliteration characters that may open a foreign name (all but translit_inner)
    translit_first: frozenset[str]
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
    #: titled characters that only open a two-character given name (张时某): alone
    #: after a surname they are the word "when" (看望书记刘某时 -> no 刘时)
    titled_openers: frozenset[str]
    #: characters kept out of names that may end a two-character given name framed
    #: by a post before and a strong cue after (书记彭某要主持)
    framed_ends: frozenset[str]
    titled_not_mention: tuple[str, ...]
    name_list_re: re.Pattern[str] | None
    group_re: re.Pattern[str] | None = None
    #: a 、 list of short names filling a sentence after a lead and a colon
    #: (评选出优秀党员，分别是：甲、乙、丙。): ``list_colon_leads`` in person_cues.json
    colon_list_re: re.Pattern[str] | None = None
    #: people nouns one of which must stand shortly before such a list's lead
    #: (优秀党员16名。分别是：), so that places (三个村分别是：张庄、李庄) give nobody
    colon_list_heads: tuple[str, ...] = ()
    #: characters kept out of names that may open a two-character given name at a
    #: sentence's opening before a cue (杨再某指出): ``inner_given_chars``
    inner_given: frozenset[str] = frozenset()
    object_verbs: _Words = field(default_factory=lambda: _Words(()))
    #: verbs reporting speech or opinion (认为, 指出): cues after them are what was said
    reported_re: re.Pattern[str] | None = None
    #: words that bring the narrative back after reported speech (并, 同时)
    resume_re: re.Pattern[str] | None = None
    #: words opening a clause about another group (部分, 其他): its cue is the group's
    new_subject: _Words = field(default_factory=lambda: _Words(()))
    #: in a name's own clause, the name owns a studied speech (的讲话精神): no role
    speech_owner_re: re.Pattern[str] | None = None
    #: a name's clause ending so (讲话精神) names a studied speech's owner
    speech_spirit_re: re.Pattern[str] | None = None
    opening_quals: tuple[str, ...] = ()
    #: unit endings (街道, 社区) before a name-first post item of a 、 list (街道甲副书记、社区乙书记)
    list_item_units: _Words = _Words(())
    #: local body names (居民区, 党支部) after a word that make it a unit in a bare credit: （某盛 某某）
    credit_body_tail_re: re.Pattern[str] | None = None
    #: one-character short names of a unit (院, 校) that open a title body only standing alone
    unit_short_chars: frozenset[str] = frozenset()
    relieve_re: re.Pattern[str] | None = None
    #: 接受甲、乙辞去…职务: group 1 is the 、 list of those resigning
    resign_re: re.Pattern[str] | None = None
    #: 通过甲、乙任…副主席: group 1 is the 、 list of those taking the post, group 2 the verb
    appoint_list_re: re.Pattern[str] | None = None
    #: verbs of taking a post (任, 兼任) that end a name before a post word
    post_verbs: _Words = field(default_factory=lambda: _Words(()))
    level_chars: frozenset[str] = frozenset()
    place_given_ends: frozenset[str] = frozenset()
    level_tails: _Words = field(default_factory=lambda: _Words(()))
    #: party bodies (党组, 党委) that, right after a function-word surname and one
    #: character, make that character a unit's short name (向台党组), no given name
    function_body_heads: _Words = field(default_factory=lambda: _Words(()))
    #: words that quantify a group (全体, 所有): after a surname character they open no given name
    determiners: _Words = field(default_factory=lambda: _Words(()))
    #: light verbs (作 of 作报告) that end a two-character name before a cue of their own
    light_verbs: frozenset[str] = frozenset()
    #: conjunctions (和) that end a two-character name before a second post and its holder
    post_joiners: frozenset[str] = frozenset()
    #: 某某同志(到该院)任 + post: what may stand between a known name and the post
    #: verb (``post_subject_frame``): group 1 the anchor (同志), then a gap opened
    #: by a place lead (到, 赴), matched backwards from the verb by ``_anchored_subject``
    post_subject_re: re.Pattern[str] | None = None
    #: words saying the posts after a verb go one to each name before it (分别)
    respective: _Words = field(default_factory=lambda: _Words(()))
    #: how a vote went (全票, 高票), written between the elected names and 当选
    vote_manners: _Words = field(default_factory=lambda: _Words(()))
    #: verbs of an election or appointment (选举, 任命): in their sentence 某某同志为 + post gives the post
    appoint_re: re.Pattern[str] | None = None
    #: a clause that is an untitled name and an attendance act alone (，乙列席。): group 1 is the name
    clause_act_re: re.Pattern[str] | None = None
    #: title prefixes (正) that may instead end a given name right before the post word
    name_end_prefixes: frozenset[str] = frozenset()
    #: prepositions (为) that may end a given name (李大为) but, after a name the text also
    #: writes without them, are the word after it (团长侯某为宣讲团授牌)
    preposition_given_ends: frozenset[str] = frozenset()
    #: what one does for others after such a preposition and its object (为宣讲员代表颁发聘书):
    #: a clause holding one reads the preposition as the word, no given character; the object
    #: opens with no adverb or other preposition (李大为在会上宣讲 keeps 李大为)
    preposition_acts_re: re.Pattern[str] | None = None
    #: 由 + an untitled name + a link (就) that opens what the person does (由某某就……作说明): group 1 is the name
    agent_frame_res: tuple[re.Pattern[str], ...] = ()
    #: election words before a post (当选), dropped from the title, and the heads that keep them
    elect_prefixes: tuple[str, ...] = ()
    elect_standing_heads: frozenset[str] = frozenset()
    #: member posts of a committee (组织委员, 党建指导员) whose body written before them is the org, not the title
    duty_posts: _Words = field(default_factory=lambda: _Words(()))
    #: a count that closes a list of names (甲、乙两位同志, 甲、乙2名学生): group 1 is the head
    list_count_re: re.Pattern[str] = re.compile("(?!)")
    #: 等 closing a list of names before a short body or qualifier and a people noun
    #: (甲、乙等区四套班子领导出席): matched at 等
    list_group_re: re.Pattern[str] = re.compile("(?!)")
    #: characters kept out of given names that a later item of a titled 、 list may hold
    #: when it fills its slot (副主委甲、王也某、乙)
    slot_given_chars: frozenset[str] = frozenset()
    #: two-character conjunctions (以及) that join names as 及 does
    list_joiners: tuple[str, ...] = ()
    #: characters typed for a list mark (丶 for 、), as a str.translate table
    list_mark_table: dict[int, str] = field(default_factory=dict)
    #: branch words (党支部, 党总支) that, right before a duty post, are the org's
    duty_bodies: _Words = field(default_factory=lambda: _Words(()))
    #: endings of foreign place names before a post word (巴基斯坦总理)
    place_endings: tuple[str, ...] = ()
    #: words that make a sentence about Japan (日本, 东京, 日方)
    japan_cues: tuple[str, ...] = ()
    #: internal offices whose posts keep the office in the title (教务处主任)
    offices: _Offices | None = None
    #: notes in brackets after a post word (主持工作, 兼) that part no post from its name
    title_notes: frozenset[str] = frozenset()
    #: everyday words that are names right after a post (周密): ``person_word_names.txt``
    word_names: frozenset[str] = frozenset()
    #: syllables of Tibetan names (扎西, 次仁): ``person_minority_names.txt``
    minority_syllables: frozenset[str] = frozenset()
    #: 受 … 委托: the opener of a commission and what closes it in the clause
    commission_re: re.Pattern[str] | None = None
    #: what closes such a name besides punctuation (出席, 主持, 同志)
    word_name_cues: _Words = field(default_factory=lambda: _Words(()))
    #: democratic parties' short names (九三学社, 民盟): ``org_parties.txt``
    party_names: tuple[str, ...] = ()
    #: one-character short names of such a party (社 of 九三学社: 社市委主委)
    party_short_names: tuple[str, ...] = ()
    #: academic or professional ranks (教授, 研究员) written after a post and before
    #: the name (院长、教授某某): no title, and no break between the post and its name
    chain_ranks: _Words = field(default_factory=lambda: _Words(()))
    #: endings of the school a rank belongs to, written between the 、 and the rank
    #: (副主任、某大学教育学院教授某某): ``chain_rank_units`` in person_cues.json
    chain_rank_units: tuple[str, ...] = ()
    #: states and regions outside China (countries.txt): a post after one of them is foreign
    countries_re: re.Pattern[str] | None = None
    countries: _Words = field(default_factory=lambda: _Words(()))
    #: role words that stand next to a name and are no name (credit_words.json name_noise:
    #: 实习生 of （某某 实习生 某某）): read past between the names of a bare bracket
    credit_noise: frozenset[str] = frozenset()
    #: _plausible answers by (name, surname length, soft): they depend on the
    #: lexicon alone, and the same candidates recur across articles
    plausible_memo: dict[tuple[str, int, bool], bool] = field(default_factory=dict, compare=False, hash=False)


def _post_subject_re(frame: dict) -> re.Pattern[str]:
    """The anchor after a name and the gap before a post verb (同志到该院挂职),
    ending where the verb starts: the gap is empty or opens with a place lead and
    holds Chinese characters only, so it never runs past the clause."""
    gap = int(frame.get("max_gap", 10))
    return re.compile("(" + _alternation(frame["anchors"]) + ")(?:(?:" + _alternation(frame["leads"])
                      + ")[\u4e00-\u9fff]{1," + str(gap - 1) + "})?$")


def _role_pattern(cues: dict[str, str], not_before: dict[str, list[str]],
                  not_after: dict[str, list[str]], frames: dict[str, dict] | None = None) -> re.Pattern[str]:
    """One pattern for every role cue; each object frame (主讲……党课) comes first,
    as a group named by its index in ``frames`` (its role: ``_frame_roles``)."""
    parts = []
    for k, frame in enumerate((frames or {}).values()):
        parts.append(f"(?P<f{k}>(?:{_alternation(frame['verbs'])})[^{_FRAME_STOPS}]{{0,{int(frame.get('reach', 16))}}}?"
                     + re.escape(frame["object"]) + ")")
    for cue in sorted(cues, key=len, reverse=True):
        stop = not_before.get(cue)
        # one look-behind a word: Python's must each have a fixed width
        behind = "".join(f"(?<!{re.escape(w)})" for w in not_after.get(cue, ()))
        parts.append(behind + re.escape(cue) + (f"(?!{_alternation(stop)})" if stop else ""))
    # (a gate of the verbs' and cues' first characters: the branches open with a group
    # or a look-behind, which keeps ``re`` from skipping ahead by itself; none when a
    # frame lists no verb or a cue is empty, as either matches anywhere)
    verbs = [v for frame in (frames or {}).values() for v in frame["verbs"] if v]
    whole = all(_alternation(frame["verbs"]) for frame in (frames or {}).values()) and all(cues)
    firsts = "".join(sorted({w[0] for w in [*verbs, *cues]})) if whole else ""
    return re.compile((f"(?=[{re.escape(firsts)}])(?:" if firsts else "(?:") + "|".join(parts) + ")")


#: what parts a role frame's verb from its object: the clause ends there
_FRAME_STOPS = "，。！？；：,;:!?\\n"


def _frame_roles(frames: dict[str, dict] | None) -> dict[str, str]:
    """The role of each object frame's group in the role pattern (f0 -> 讲党课)."""
    return {f"f{k}": role for k, role in enumerate(frames or {})}


def _opening_pair(stops: str, body: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``body`` at the opening of a sentence or clause: after one of ``stops``
    (compiled with the stop first) and at the start of the text."""
    return re.compile(f"[{stops}]{_OPENING}{body}"), re.compile(f"{_OPENING}{body}")


@derived
def _lexicon() -> _Lexicon:
    """The lexicons in effect (rebuilt after ``reportmine.resources.clear_cache()``)."""
    cues = load_json("person_cues.json")
    surnames = load_lines("surnames.txt")
    heads = load_lines("person_titles.txt")
    countries = load_lines("countries.txt")  # states; foreign_places.txt adds cities and regions
    translit_chars = frozenset("".join(load_lines("translit_chars.txt")))
    # 年 of 阿利谢年科 opens no name: 今年克林顿总统 holds no 年克林顿
    translit_first = translit_chars - frozenset("".join(cues.get("translit_inner", ())))
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
    # labels that are also verbs before an object (审阅台账) count only before a colon or a space;
    # a long label may be parted from its names by a hyphen as by a colon (通讯员 - 某某, round 60)
    spaced_labels = set(cues.get("spaced_credit_labels", ()))
    long_labels = [k for k in credit_roles if len(k) > 1 and k not in colon_labels | spaced_labels]
    short_labels = [k for k in credit_roles if len(k) == 1 or k in colon_labels]
    spaced = "|".join(re.escape(k) for k in sorted(spaced_labels & set(credit_roles), key=len, reverse=True))
    spaced_alt = f"|(?:{spaced})(?=[\\s:：/|])" if spaced else ""
    # (a gate of the labels' first characters: the spaced labels' branch keeps ``re``
    # from skipping ahead to a label by itself; none when no long label is listed,
    # as the empty alternation then matches anywhere)
    label_firsts = "".join(sorted({k[0] for k in [*long_labels, *(spaced_labels & set(credit_roles))] if k}))
    credit_re = re.compile(
        (f"(?=[{re.escape(label_firsts)}])" if long_labels else "")
        + rf"(?P<label>{_alternation(long_labels)}{spaced_alt})\s*[:：/|\-－]?\s*(?P<names>(?=[\u4e00-\u9fff]{{2}}))")
    short_credit_re = re.compile(
        rf"(?P<label>{_alternation(short_labels)})\s*[:：/|]\s*(?P<names>(?=[\u4e00-\u9fff]{{2}}))")
    role_data = load_json("person_roles.json")
    roles = role_data["cues"]
    names = name_lexicon()
    return _Lexicon(
        **{f.name: getattr(names, f.name) for f in fields(NameLexicon)},
        title_re=title_re,
        heads=frozenset(heads),
        head_re=re.compile(_alternation(list(heads))),
        head_firsts=frozenset(h[0] for h in heads),
        prefix_head_re=re.compile(f"(?:{_alternation(list(prefixes))})*(?:{_alternation(list(heads))})"),
        prefixes=_Words(prefixes),
        quals=_Words(quals),
        right_cues=_Words(cues["right_cues"]),
        left_cues=_Words(cues["left_cues"]),
        after_anchor_re=re.compile(_alternation(cues["after_name_anchors"])),
        after_anchor_tails=tuple(cues.get("after_anchor_tails", ())),
        honour_re=re.compile(f"等(?:{_alternation(cues['honour_words'])})[\u4e00-\u9fff]{{0,4}}?"
                             f"(?:{_alternation(cues['honour_heads'])})") if cues.get("honour_words") else None,
        before_anchor_re=re.compile(_alternation(cues["before_name_anchors"])),
        compounds={k: tuple(v) for k, v in cues["title_compounds"].items()},
        post_skip=frozenset(cues["post_name_skip"]),
        party_body_endings=tuple(cues["party_body_endings"]),
        party_body_posts=frozenset(cues["party_body_posts"]),
        not_mention=_Words(cues["not_mention"]),
        known_not_before=_Words(cues.get("known_not_before", ())),
        speech_re=re.compile(_alternation(cues["speech_verbs"])),
        time_cues=_Words(cues["time_cues"]),
        count_classifiers=frozenset(cues["count_classifiers"]),
        party_re=re.compile(_alternation(cues["party_words"])) if cues.get("party_words") else None,
        credit_re=credit_re,
        short_credit_re=short_credit_re,
        credit_roles=credit_roles,
        credit_noise=frozenset(load_json("credit_words.json").get("name_noise", ())),
        foreign_heads=_Words(cues["foreign_title_heads"]),
        countries=_Words(countries),
        countries_re=re.compile(_alternation(countries)) if countries else None,
        translit=frozenset(translit_chars),
        translit_first=translit_first,
        places=_Words(load_lines("foreign_places.txt") + countries),
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
        clause_translit_re=_opening_pair(_SENTENCE_STOPS + _CLAUSE_STOPS, "(?=[{0}][{1}{2}]{{2}})".format(
                "".join(sorted(re.escape(c) for c in translit_first)),
                "".join(sorted(re.escape(c) for c in translit_chars)),
                re.escape(_SEP))),
        known_re=re.compile(_alternation(list(load_lines("known_people.txt")))) if load_lines("known_people.txt") else None,
        role_re=_role_pattern(roles, role_data.get("not_before", {}), role_data.get("not_after", {}),
                              role_data.get("object_frames")),
        role_of={**dict(roles), **_frame_roles(role_data.get("object_frames"))},
        object_verbs=_Words(role_data.get("object_verbs", ())),
        reported_re=re.compile(_alternation(role_data["reported_verbs"])) if role_data.get("reported_verbs") else None,
        resume_re=re.compile(_alternation(role_data["resume_words"])) if role_data.get("resume_words") else None,
        new_subject=_Words(role_data.get("new_subject_words", ())),
        speech_owner_re=re.compile(role_data["speech_owner"]) if role_data.get("speech_owner") else None,
        speech_spirit_re=re.compile(role_data["speech_spirit"]) if role_data.get("speech_spirit") else None,
        rank_prefixes=tuple(cues.get("rank_prefixes", ())),
        titled_chars=frozenset(cues.get("titled_name_chars", "")),
        titled_openers=frozenset(cues.get("titled_name_openers", "")),
        framed_ends=frozenset(cues.get("framed_given_ends", "")),
        titled_not_mention=tuple(cues.get("titled_not_mention", ())),
        # a clause opening with a list of two or more short names before a list verb,
        # joined by 、 and the last one possibly by 和/与/及 (甲和乙分别作交流发言)
        name_list_re=re.compile(
            "(?:^|(?<=[。！？；;，,：:\\n]))[\u4e00-\u9fff]{2,3}(?:(?:、[\u4e00-\u9fff]{2,3})+(?:["
            + _LIST_AND + "][\u4e00-\u9fff]{2,3})?|[" + _LIST_AND + "][\u4e00-\u9fff]{2,3})(?="
            + _alternation(cues["list_verbs"]) + ")") if cues.get("list_verbs") else None,
        group_re=re.compile(_alternation(cues["group_words"])) if cues.get("group_words") else None,
        colon_list_re=re.compile(
            "(?:" + "|".join(f"(?<={re.escape(w)}[:：])" for w in cues["list_colon_leads"]) + ")"
            "[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3})+(?:[" + _LIST_AND + "][\u4e00-\u9fff]{2,3})?"
            "(?=[。；;]|$|\n)") if cues.get("list_colon_leads") else None,
        colon_list_heads=tuple(cues.get("list_count_heads", ())),
        inner_given=frozenset(cues.get("inner_given_chars", "")),
        opening_quals=tuple(cues.get("opening_only_quals", ())),
        list_item_units=_Words(cues.get("list_item_units", ())),
        credit_body_tail_re=re.compile(_alternation(cues["credit_body_tails"]))
        if cues.get("credit_body_tails") else None,
        unit_short_chars=frozenset(cues.get("unit_short_chars", "")),
        # 免去甲兼任的某某职务，乙的某某职务: a personnel notice's run of relieved holders
        post_verbs=_Words(cues.get("post_verbs", ())),
        level_chars=frozenset(cues.get("level_chars", "")),
        place_given_ends=frozenset(cues.get("place_given_ends", "")),
        level_tails=_Words(cues.get("level_body_tails", ())),
        chain_ranks=_Words(cues.get("chain_ranks", ())),
        chain_rank_units=tuple(cues.get("chain_rank_units", ())),
        function_body_heads=_Words(cues.get("function_body_heads", ())),
        determiners=_Words(cues.get("group_determiners", ())),
        light_verbs=frozenset(cues.get("light_verbs", ())),
        post_joiners=frozenset(cues.get("post_joiners", "")),
        vote_manners=_Words(cues.get("vote_manners", ())),
        respective=_Words(cues.get("respective_words", ())),
        post_subject_re=_post_subject_re(cues["post_subject_frame"]) if cues.get("post_subject_frame") else None,
        name_end_prefixes=frozenset(cues.get("name_end_prefixes", ())),
        preposition_given_ends=frozenset(cues.get("preposition_given_ends", "")),
        preposition_acts_re=re.compile(
            "[^，。；！？,;：:、“”（）()在于到从向对就将也还已正又再][^，。；！？,;：:、“”（）()]{1,13}?(?:" + "|".join(map(re.escape, cues["preposition_acts"])) + ")"
        ) if cues.get("preposition_acts") else None,
        agent_frame_res=_agent_frame_res(cues.get("agent_frame")),
        elect_prefixes=tuple(sorted(cues.get("elect_prefixes", ()), key=len, reverse=True)),
        elect_standing_heads=frozenset(cues.get("elect_standing_heads", ())),
        # the clause may be a 、 list of names and the act (，甲、乙、丙出席，): group 1 is the list
        clause_act_re=re.compile(
            "[，,；;]([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)(?=(?:" + _alternation(cues["clause_acts"])
            + ")(?:[。！？；;，,]|$))")
        if cues.get("clause_acts") else None,
        appoint_re=re.compile(_alternation(cues["appoint_verbs"])) if cues.get("appoint_verbs") else None,
        duty_posts=_Words(cues.get("duty_posts", ())),
        # 甲、乙两位同志, 甲等6名优秀党员 (an honour word between count and head),
        # 甲、乙和丙3位优秀的获奖者 (位 counts people alone: no head needed after it),
        # 甲、乙等党员 (等 alone: the list must then hold two names, see _anchor_mentions)
        # (gated on the first characters of its branches: 等, a numeral, a digit)
        list_count_re=re.compile(r"(?=[等两二三四五六七八九十几1-9])(?:等?(?:[两二三四五六七八九十几]|[2-9]|[1-9][0-9]{1,2})[名位]|等)"
                                 f"(?:{_alternation(cues.get('honour_words', ()))})?"
                                 f"(?=({_alternation(cues['list_count_heads'])}|(?<=[0-9两二三四五六七八九十几]位)(?!一体)))")
        if cues.get("list_count_heads") else re.compile("(?!)"),
        # 等 + at most eight characters (a body, a count) + a people noun, not a committee (委员会)
        list_group_re=re.compile("等(?=[\u4e00-\u9fff0-9]{0,8}?(?:" + _alternation(cues["list_group_heads"]) + ")(?!会))")
        if cues.get("list_group_heads") else re.compile("(?!)"),
        slot_given_chars=frozenset(cues.get("slot_given_chars", "")),
        list_joiners=tuple(cues.get("list_joiner_words", ())),
        list_mark_table=str.maketrans(cues.get("list_mark_variants", {})),
        duty_bodies=_Words(cues.get("duty_post_bodies", ())),
        place_endings=tuple(cues.get("foreign_place_endings", ())),
        japan_cues=tuple(cues.get("japan_cues", ())),
        offices=_Offices.from_cues(cues["office_bodies"]) if cues.get("office_bodies") else None,
        title_notes=frozenset(cues.get("title_notes", ())),
        word_names=frozenset(load_lines("person_word_names.txt")),
        minority_syllables=frozenset(w for w in load_lines("person_minority_names.txt") if len(w) == 2),
        commission_re=re.compile(re.escape(cues["commission_frame"]["opener"]) + r"[^，,。；;！？!?\n]{0,12}?(?:"
                                 + _alternation(cues["commission_frame"]["closers"]) + ")")
        if cues.get("commission_frame") else None,
        word_name_cues=_Words(cues.get("word_name_cues", ())),
        party_names=tuple(load_lines("org_parties.txt")),
        party_short_names=tuple(cues.get("party_short_names", {}).get("names", ())),
        relieve_re=re.compile(f"(?:{_alternation(cues['relieve_verbs'])})([^。；;\n]{{4,300}})")
        if cues.get("relieve_verbs") else None,
        resign_re=re.compile(
            "(?:" + _alternation(cues["resign_frame"]["leads"]) + ")([\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)"
            "(?=(?:" + _alternation(cues["resign_frame"]["verbs"]) + ")[\u4e00-\u9fff、]{1,40}?职务)")
        if cues.get("resign_frame") else None,
        appoint_list_re=re.compile(
            "(?:" + _alternation(cues["appoint_list_frame"]["leads"]) + ")了?([\u4e00-\u9fff]{2,4}?(?:、[\u4e00-\u9fff]{2,4}?)*?)"
            "(" + _alternation(cues["appoint_list_frame"]["verbs"]) + ")")
        if cues.get("appoint_list_frame") else None,
    )


def _agent_frame_res(frames: dict | list | None) -> tuple[re.Pattern[str], ...]:
    """One pattern per agent frame (由 … 就; 以 … 为代表的): a lead, an untitled name
    of two or three characters (group 1) and a link; a frame's leads and links pair
    only with each other, so no lead of one frame closes with a link of another."""
    if not frames:
        return ()
    if isinstance(frames, dict):
        frames = [frames]
    return tuple(re.compile("(?:" + _alternation(f["leads"]) + ")([\u4e00-\u9fff]{2,3})(?="
                            + _alternation(f["links"]) + ")") for f in frames)


_MANNER_TAGS = frozenset(("a", "ad", "d"))


def _manner_word(word: str) -> bool:
    """An adjective or adverb of the dictionary (郑重, 庄严, 庄重).

    After a group anchor (党员) and before a verb (新党员郑重宣誓) such a word
    tells how the group acts; read as a name it would pass, since the verb is a
    strong cue that rescues ordinary words right after a title.
    """
    hit = word_freq().get(word)
    return hit is not None and hit[1] in _MANNER_TAGS and hit[0] >= 100


# the opening of a sentence or clause: a stop (or the very start of the text,
# where the stop is optional), spaces and opening quotes; the match ends where
# the first word starts. Starting with the stop as a character class lets the
# regex engine skip ahead to stops instead of trying every position.
_SENTENCE_STOPS = "。！？；!?;\\n"
_CLAUSE_STOPS = "，,：:"
_OPENING = "[ \\t\\u3000“\"「]*"
