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
org_parties.txt, org_party_posts.txt (市委|主委: the party's own committee),
org_venues.tsv, org_venue_rooms.txt, org_state_heads.txt
(总统 between a country and its office's body), org_session_bodies.txt
(八届人大), org_not_first.txt (有, 同), org_anniversaries.tsv (庆祝|X大学|建校),
org_generic_alone.txt (新内阁), org_conditional_endings.tsv (党, 军 after a
foreign country, 委 after a body, 法庭 and 农场 after a place), org_institute_fields.txt
(生物|所), org_armed_forces.tsv (红军 alone, 海军 after its owner:
美国海军, 某 before a formation: 某师政治部), org_venue_leads.txt (在|村史馆, 参观|博物馆: the event's
place), org_place_names.txt (Chinese places a
stop word would cut: 于都, 包头), org_long_field_endings.txt (societies whose
field a known place lets run long: 海淀区|民营中小企业发展|联合会), and
org_shared_endings.txt (图书馆、信息网络中心|党支部: departments sharing one
branch), org_party_full_names.txt (中国民主促进会: a party named formally),
org_numbered_endings.txt (中铁七局|项目党支部: a numbered bureau inside a name),
org_committee_departments.txt (县委组织部、|宣传部: a committee's departments listed bare),
countries.txt and foreign_places.txt (shared with the people extractor), and
person_titles.txt (a post, then a surname: 副社长|某某和研究室 joins no field).

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
- A qualifier that names no body alone (机关, 离退休, 教工) before a list of
  ordinal names qualifies every member (机关第一、第二党支部 -> 机关第一党支部,
  机关第二党支部); a whole body there stays its own name (机关党委第一、第二党支部).
- Level bodies written side by side with no separator are separate bodies
  (省委市委, 市人大市政协, 市委组织部市委宣传部), as 县委县政府 is; a body whose
  qualifier is longer than a level stays one name (建设银行省分行).
- A party's name and a term before 中央委员会 belong to it (中国共产党第十届
  中央委员会); a democratic party's 市委会 written without the party keeps its
  会 in a report that names the party (市委会主委), never read as the CPC's 市委.
  A democratic party's committee written short (市委会, 社市委, 市委|主委 before
  a post of org_party_posts.txt, 九三学社|市委 without its place) is folded into
  the fullest name of that party's committee of that level in the text
  (民盟青山市委), as a level's body written short is into the one place-led
  name the text gives it (县委常委会 -> 中共青山县委常委会; two places, none).
- 各 (or 每个) before a kind of body, maybe after modifiers (各临床科室党支部,
  各二级学院党委) or over a 、 list (各教学、科研团队党支部), names none.
  So does 各 before a level's own body (各镇党委, 各县委, 各市委组织部), unless
  委员 follows (各市委委员: the members of one committee).
- A meeting read into a qualifier (此次民主生活会|学院领导班子, 组织|生活会|公司
  党支部; meeting_types.tsv) is no part of the body's name, save a group's.
- 本 before the reader's unit type is 我 (本局党组 -> 局党组); a minister's
  post after two field nouns names the ministry (文化遗产部长 -> 文化遗产部).
- Two departments listed alone before a branch's ending share that branch
  (图书馆、信息网络中心党支部), unless an adverb of acting together follows
  (联合开展); a short quoted noun opening its clause names a branch
  (，“纲要”党支部), a rating or slogan in quotes does not (“四强”党支部).
- A reformed bureau's two fields joined by 和 after a level are one bureau
  (区卫生健康和体育局); a body's ending before the 和 makes two (市委和体育局).
- A unit's student or staff general branch (学生党总支, 教工党总支) is a name,
  though 学生 and 教工 are generic before 党支部.

Known limits: a verb that is in no stop list and stands right before a
place-led name joins it (深查细照县政府党组); bodies written without any
listed ending and not in org_known.txt (紫禁城, 联邦快递) are not found; a
place name that opens with a word jieba tags a verb (为民社区, 安定区) or
holds a conjunction after its first word (上和村) is cut at the level word;
a place without a level word (和平里网格党小组) is not read.

The steps live in modules of their own: ``lexicon`` (the word lists),
``extend`` (how far a name reaches left), ``places`` (place names before a
level word), ``qualifiers`` (whether what precedes an ending names a body)
and ``mentions`` (every mention in a text); this module merges the mentions
into organizations and answers the other extractors' questions about them.
"""
from __future__ import annotations

import re

from reportmine.extract.organizations.lexicon import _MASK, _dict_tags, _lexicon
from reportmine.extract.organizations.mentions import _AT, _mentions, _merge_aliases, fold_party_short_forms, mask_quoted
from reportmine.extract.organizations.places import MAX_PLACE_RUN, NAME_LEVELS, leading_place, longer_place_levels
from reportmine.record import Organization, Span
from reportmine.resources import derived

__all__ = [
    "MAX_PLACE_RUN", "NAME_LEVELS", "QUOTE_REACH", "extract_organizations", "generic_words", "known_names", "leading_place", "longer_place_levels", "mask_quoted",
    "mentions_within", "organization_spans", "party_ending_at", "steering_endings", "word_tag",
]


def extract_organizations(text: str) -> list[Organization]:
    """Every named organization in ``text``, one entry per distinct name.

    ``spans`` hold every occurrence: ``text[s:e]`` is the name, or one of
    ``aliases``, the short forms folded into it (第四支部 into 第四党支部,
    县委常委会 into 中共青山县委常委会, 市委 of 民盟青山市委 before 主委); ``count`` also
    counts names rebuilt from a coordination such as 第一、第二党支部, which have
    no span of their own. Entries are in order of first appearance.
    """
    names: dict[str, Organization] = {}
    mentions = _mentions(text)
    fold_party_short_forms(text, mentions)  # 民盟青山市委……市委主委: the party's committee, once
    for m in sorted(mentions, key=_AT):
        org = names.get(m.name)
        if org is None:
            org = names[m.name] = Organization(name=m.name, kind=m.kind, count=0, spans=[])
        org.count += 1
        if m.span:
            org.spans.append(m.span)
    _merge_aliases(names)
    for org in names.values():
        org.spans.sort()
        # (a record says what each span holds: the name, or a form folded into it)
        org.aliases = list(dict.fromkeys(w for s, e in org.spans if (w := text[s:e]) != org.name))
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


@derived
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
            if name != org.name:
                return None  # a short form folded into a fuller name (市委 of 民盟青山市委): the region alone keeps it
            if (name.endswith("支部") and not name.endswith("党支部")) or \
                    (name.endswith("总支") and not name.endswith("党总支")):
                return None  # _merge_aliases might rename it within the region alone
            out.append((s - start, e - start, name))
    out.sort()
    return out


@derived(maxsize=2048)
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


#: Kinds of body that lead, steer or inspect: their endings close a body's name and
#: nothing else (a unit's ending may close a slogan: 以人民为中心, 四个机关).
_STEERING_KINDS = _PARTY_KINDS | {"leading_group", "inspection_group"}


def known_names() -> frozenset[str]:
    """Bodies named by their name alone (org_known.txt: 国务院, 欧佩克, 杜马), which
    the people extractor must not read as a surname and a given name."""
    return _lexicon().known


def steering_endings() -> tuple[str, ...]:
    """Endings of two or more characters of party, leading and inspection
    bodies (党工委, 党支部, 领导小组, 巡察组), longest first: the comparison
    layer's slogan candidates leave out a phrase that closes with one."""
    info = _lexicon().info
    return tuple(sorted((w for w, (kind, _) in info.items() if len(w) > 1 and kind in _STEERING_KINDS),
                        key=lambda w: (-len(w), w)))


def generic_words() -> tuple[str, ...]:
    """The generic qualifiers of org_generic.txt (教工, 学生, 基层), longest first:
    words that give a body no name of its own."""
    return _lexicon().generic_words


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag for ``word`` (None if the dictionary lacks it)."""
    return _dict_tags().get(word)
