"""Meetings an article reports: type, date, holder, who presided, who guided.

Reports on party meetings follow a few fixed shapes: "5月16日，X党支部召开
党史学习教育专题组织生活会", "支部书记张三主持会议", "督导组组长李四到会指导并
点评", "支部18名党员参加会议". This module reads those shapes with regular
expressions built once (lazily, cached) from data files:

- ``resources/meeting_types.tsv``: the meeting types (longest match wins) and
  the campaigns that name a meeting's theme;
- ``resources/meeting_roles.tsv``: cue words for presiding and guiding;
- ``resources/meeting_cues.tsv``: holding verbs, place words, participant
  cues and the few words the shared lexicons below lack;
- shared lexicons, reused rather than copied: ``org_suffixes.tsv`` (holder
  endings; its ``inspection_group`` rows end guiding bodies),
  ``person_titles.txt`` and ``surnames.txt`` (a name after a post word).

People and organizations found by the other extractors are used when given
(their spans are trusted); without them a small fallback pattern finds a
surname-led name after a post word. Pure functions on ``str``; no segmentation.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Sequence

from reportmine import resources
from reportmine.dictionary import word_tags
from reportmine.extract.matching import last_match
from reportmine.extract.numerals import alternation
from reportmine.extract.organizations import generic_words
from reportmine.extract.organizations.places import leading_place
from reportmine.record import Meeting, Organization, Person, Span

TYPES_FILE = "meeting_types.tsv"
ROLES_FILE = "meeting_roles.tsv"
CUES_FILE = "meeting_cues.tsv"
ORG_SUFFIXES_FILE = "org_suffixes.tsv"
TITLES_FILE = "person_titles.txt"
SURNAMES_FILE = "surnames.txt"

#: Sentence ends; clauses also end at commas and colons (punctuation, not vocabulary).
_SENT_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]")
_DOC_TITLE = re.compile(r"《[^《》]{0,200}》")
#: a date, its numbers maybe set apart by blanks (4 月 26 日: pages typed in a word processor)
#: a day range written inside one date (2月25-26日) keeps its last day in group 4
_DATE = re.compile(r"(?:(\d{4})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})(?:\s?[-—－~～]\s?(\d{1,2}))?\s?日")
#: a day written without its month (会议于18日召开, 12日上午，…): not a day closing a range or a
#: date (至19日, 6月18日), nor a count of days (3日内, 15日前)
_DAY = re.compile(r"(?<![\d年月日号\-—－~～至到、和/.．])(\d{1,2})\s?日(?![内前后起])")
#: an article date as the parser gives it (YYYY-MM-DD)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CJK_NAME = re.compile(r"[\u4e00-\u9fff（）()]+")
_CN_COUNT = r"\d+|[一二三四五六七八九十百两]+"


@dataclass(frozen=True)
class _Vocab:
    types: re.Pattern[str]
    kind: dict[str, str]
    plain: re.Pattern[str]
    study_type: str | None
    study_groups: tuple[str, ...]
    roles: re.Pattern[str]
    role_of: dict[str, str]


def _alternation(words: Sequence[str]) -> str:
    """Longest-first alternation, written as a trie.

    A pattern opening with the trie's literal branches lets the engine skip
    to their first characters, and at a candidate only one branch per
    character is tried: a scan of the whole text several times quicker than
    trying every word everywhere.
    """
    return alternation(w for w in words if w) or "(?!x)x"


#: a session number written before a body's 会议 (第一次, 2023年第3次, 第二次全体)
_SESSION = r"(?:\d{4}年度?)?第(?:\d+|[一二三四五六七八九十百]+)次(?:全体)?"


#: a study session's number (2026年第1次, 2025年度第十次, 今年第6次), before its kind and 学习
_STUDY_SESSION = r"(?:\d{4}年度?|今年)?第(?:\d+|[一二三四五六七八九十百]+)次"
#: the characters a study session opens with (2026年, 今年, 第), as a class's inside
_STUDY_SESSION_FIRSTS = r"\d今第"
#: how far before a numbered study session its group (中心组) may stand in the sentence
#: (公司党委中心组在101会议室举行第十二次理论学习会; 某中心组围绕…精神，开展2025年第五次集体学习)
_STUDY_REACH = 40


#: Half-width brackets read as full-width ones where types are matched: 党组(扩大)会议 is 党组（扩大）会议.
_FOLD_BRACKETS = str.maketrans("()", "（）")


def _folded(text: str) -> str:
    """``text`` with its brackets full-width, the same length (so spans hold):
    a type is one row however its brackets are typed."""
    return text.translate(_FOLD_BRACKETS) if "(" in text or ")" in text else text


@resources.derived
def _vocab() -> _Vocab:
    """The type pattern: every type of meeting_types.tsv, and a session-marked row's
    numbered form (领导小组第一次会议), tried first so that the number does not
    hide the type; ``_type_name`` gives the row's name back. Types are matched
    on ``_folded`` text, so rows are folded too."""
    rows = resources.load_table(TYPES_FILE)
    kind = {_folded(r["type"]): r.get("kind") or "meeting" for r in rows if r.get("type")}
    stems = [_folded(r["type"])[:-2] for r in rows if r.get("session") == "yes" and r.get("type", "").endswith("会议")]
    numbered = rf"(?P<stem>{_alternation(stems)}){_SESSION}会议|" if stems else ""
    # a word that is a meeting only after a session number (十二次常委会), not going on into a longer type
    after = [_folded(r["type"]) for r in rows if r.get("session") == "after_number" and r.get("type")]
    if after:
        numbered += rf"(?<=次)(?P<after>{_alternation(after)})(?![会议（扩])|"
    plain = numbered + _alternation([t for t in kind if t not in after])
    # a central group's numbered session: the number hides the row's words
    # (中心组2026年第1次学习会议, 中心组举行第6次集体学习, 中心组（扩大）学习2021年第三次会议)
    study_type = next((_folded(r["type"]) for r in rows if r.get("session") == "study" and r.get("type")), None)
    study_kinds = _cue_words("study_kind")
    kinds = rf"(?:{_alternation(study_kinds)})*" if study_kinds else ""
    study = rf"(?P<study>{_STUDY_SESSION}{kinds}(?:学习(?:会议|会)?|会议))|" if study_type else ""
    # (a gate of every branch's first characters: the branches opening with a
    # group or a lookbehind keep ``re`` from skipping ahead by itself; 3x quicker)
    firsts = {w[0] for w in [*stems, *after, *kind] if w}
    gate_chars = re.escape("".join(sorted(firsts))) + (_STUDY_SESSION_FIRSTS if study else "")
    gate = f"(?=[{gate_chars}])" if gate_chars else ""
    roles = resources.load_table(ROLES_FILE)
    role_of = {r["cue"]: r.get("role") or "guide" for r in roles if r.get("cue")}
    return _Vocab(re.compile(f"{gate}(?:{study}{plain})"), kind, re.compile(plain), study_type,
                  tuple(_cue_words("study_group")),
                  re.compile(_alternation(list(role_of))), role_of)


def _type_matches(text: str) -> list[re.Match[str]]:
    """The type matches of ``text`` (already ``_folded``), in order.

    A numbered study session counts as the study row (理论学习中心组学习) only
    when a study group (中心组) stands before it in its sentence: the group
    names whose study it is, and 学习会 is then not read inside its
    学习会议. Elsewhere (第一次会议 of a body, 第三次学习会) the span is read
    with the plain types, as before."""
    voc = _vocab()
    out: list[re.Match[str]] = []
    for m in voc.types.finditer(text):
        if "study" not in m.re.groupindex or m.group("study") is None:
            out.append(m)
            continue
        start = max(0, m.start() - _STUDY_REACH)
        for c in _SENT_END.finditer(text, start, m.start()):
            start = c.end()
        group_at = max((text.rfind(g, start, m.start()) for g in voc.study_groups), default=-1)
        # no other type between: 中心组学习和夜校第十次集中学习 is the night school's
        if group_at >= 0 and not (out and out[-1].end() > group_at):
            out.append(m)
        else:
            out.extend(voc.plain.finditer(text, m.start(), m.end()))
    return out


def _short(mtype: str) -> str:
    """A type with 会议 written 会 (学习会议 -> 学习会): so that 此次学习会议 after 专题学习会
    names the same sitting, as 组织生活会 after 专题组织生活会 does."""
    return mtype[:-1] if mtype.endswith("会议") else mtype


def _both_study(a: str, b: str) -> bool:
    """Whether two types both name a study group's session (理论学习中心组学习 and
    a later 本次中心组集体学习): one sitting named twice, as 组织生活会 after
    专题组织生活会 is."""
    groups = _vocab().study_groups
    return any(g in a for g in groups) and any(g in b for g in groups)


def _type_name(m: re.Match[str]) -> str:
    """The meeting_types.tsv row a type match names: 领导小组第一次会议 -> 领导小组会议;
    a central group's numbered session -> the study row (理论学习中心组学习)."""
    groups = m.re.groupindex
    if "study" in groups and m.group("study"):
        return _vocab().study_type or m.group(0)
    stem = m.group("stem") if "stem" in groups else None
    return stem + "会议" if stem else m.group(0)


@dataclass(frozen=True)
class _Cues:
    """Patterns built from meeting_cues.tsv and the shared lexicons it leans on."""

    hold: re.Pattern[str]
    place: re.Pattern[str]
    not_role_before: re.Pattern[str]
    not_role_after: re.Pattern[str]
    lead_time: re.Pattern[str]
    holder_endings: tuple[str, ...]
    street_endings: tuple[str, ...]  # 街道: a named street office as a subject (street_ending)
    guide_body: re.Pattern[str]
    title_name: re.Pattern[str]
    surnames: frozenset[str]
    participants: re.Pattern[str]
    participants_lead: re.Pattern[str]
    participants_count: re.Pattern[str]
    party_bodies: tuple[str, ...]
    type_nouns: re.Pattern[str]  # nouns a type qualifies (支委会成员, 警示教育片: type_noun_after)
    talk_verbs: tuple[str, ...]  # verbs of giving a talk before a type (作报告会宣讲: talk_verb_before)
    joint_joiners: frozenset[str]  # 与, 和, 、 between bodies holding a meeting together (joint_joiner)
    joint_adverbs: frozenset[str]  # 联合, 共同 between those bodies and the verb (joint_adverb)
    joint_leads: frozenset[str]  # 联合, 携手 between a leading body and its partner (joint_lead)
    joint_partner_marks: frozenset[str]  # 属地 between 与 and the partner body (joint_partner_mark)
    joint_split: re.Pattern[str]  # any joint_joiner or joint_lead: splits a joint holder into its bodies
    attend_verbs: frozenset[str]  # hold verbs by which the subject attends, not holds (attend_verb)
    date_object_verbs: tuple[str, ...]  # verbs whose object a date after them is (落实3月28日…: date_object_verb)
    standing: tuple[str, ...]  # a party committee's standing committee (常委会, 常委班子: standing_committee)
    standing_owners: tuple[str, ...]  # endings of the committee owning it (委, 委员会: standing_owner)
    form_nouns: re.Pattern[str]  # 形式, 方式 after a type: the form of another meeting (form_noun_after)
    plan_words: re.Pattern[str]  # 将于, 要 in the verb's clause: a sitting planned or asked for (plan_word, plan_reach)
    plan_reach: re.Pattern[str]  # 要, 必须 in an earlier clause of the sentence: asked for too (plan_reach)
    instruct_words: re.Pattern[str]  # 要求, 强调 before the verb in its sentence (instruct_word)
    plan_basis: re.Pattern[str]  # 按照, 根据 before such a word: the basis of a sitting held (plan_basis)
    held_before: re.Pattern[str]  # 已 before the verb: held after all (held_before)
    plan_objects: re.Pattern[str]  # 部署 between the verb and the type: the type its object (plan_object)
    plan_object_leads: re.Pattern[str]  # 对 before the type, a plan_object after it: planned (plan_object_lead)
    each_adverbs: frozenset[str]  # 分别 between listed bodies and the verb: one sitting each (each_adverb)
    task_tails: re.Pattern[str]  # 等工作 after a type in its clause: a task listed, no sitting (task_tail)
    same_prefixes: frozenset[str]  # 专题 making a later longer type the same sitting (same_type_prefix)
    nominal: re.Pattern[str]  # 的 + a holding verb right after a type: the verb a noun (nominal_joiner)
    back_refs: tuple[str, ...]  # 本次, 此次 before a type: a sitting held spoken of again (back_reference)
    after_words: tuple[str, ...]  # 后, 时 right after a type: a time after or during it (after_word)
    purpose_leads: tuple[str, ...]  # 为 opening the verb's clause: the sitting a purpose (purpose_lead)


def _cue_words(kind: str) -> list[str]:
    return [r["word"] for r in resources.load_table(CUES_FILE) if r.get("kind") == kind and r.get("word")]


@resources.derived
def _cues() -> _Cues:
    words = _cue_words
    suffixes = resources.load_table(ORG_SUFFIXES_FILE)
    # organization endings: the shared lexicon plus the generic endings it leaves out
    endings = list(dict.fromkeys([r["suffix"] for r in suffixes if r.get("suffix")] + words("holder_ending")))
    groups = [r["suffix"] for r in suffixes if r.get("suffix") and r.get("kind") == "inspection_group"]
    titles = list(resources.load_lines(TITLES_FILE)) + words("name_title")
    leads = words("participant_lead")
    lead_chars = "".join(sorted({re.escape(w[0]) for w in leads}))
    participants = (
        rf"(?=[{lead_chars}\d一二三四五六七八九十百两])(?:"
        rf"(?:{_alternation(leads)}(?P<n1>{_CN_COUNT})(?:余|多)?(?:名|人|位))"
        rf"|(?:(?P<n2>{_CN_COUNT})(?:余|多)?(?:名|位|人)[^，。；\n]{{0,16}}?"
        rf"{_alternation(words('participant_verb'))}(?:了)?(?:{_alternation(words('participant_object'))})?)"
        r")"
    )
    # the same two branches as two patterns that each open with characters the
    # engine can skip to (see _participant_matches); the count is group "n"
    lead_count = rf"(?:{_alternation(leads)})(?P<n>{_CN_COUNT})(?:余|多)?(?:名|人|位)"
    digits = r"\d一二三四五六七八九十百两"
    count_verb = (
        rf"(?P<n>[{digits}](?:(?<=\d)\d*+|(?<=[一二三四五六七八九十百两])[一二三四五六七八九十百两]*+))"
        rf"(?:余|多)?(?:名|位|人)[^，。；\n]{{0,16}}?"
        rf"{_alternation(words('participant_verb'))}(?:了)?(?:{_alternation(words('participant_object'))})?"
    )
    return _Cues(
        hold=re.compile(_alternation(words("hold_verb")) + _not_noun_tail(words("hold_verb"), words("hold_not_word"))),
        place=re.compile(_alternation(words("place"))),
        not_role_before=re.compile(_alternation(words("not_role_before"))),
        not_role_after=re.compile(_alternation(words("not_role_after"))),
        lead_time=re.compile(rf"^(?:\s|\d{{4}}年|\d{{1,2}}月|\d{{1,2}}日|，|,|{_alternation(words('lead_time'))})+"),
        holder_endings=tuple(endings),
        street_endings=tuple(sorted(words("street_ending"), key=len, reverse=True)),
        party_bodies=tuple(sorted((r["suffix"] for r in suffixes if r.get("suffix")
                                   and r.get("kind") in _PARTY_KINDS), key=len, reverse=True)),
        guide_body=re.compile(rf"[\u4e00-\u9fff（）()]{{2,30}}?{_alternation(groups)}"),
        title_name=re.compile(rf"{_alternation(titles)}([\u4e00-\u9fff]{{2,3}}?)(?={_alternation(words('name_follower'))})"),
        participants=re.compile(participants),
        participants_lead=re.compile(lead_count),
        participants_count=re.compile(count_verb),
        surnames=frozenset(resources.load_lines(SURNAMES_FILE)),
        type_nouns=re.compile(_alternation(words("type_noun_after"))),
        talk_verbs=tuple(sorted(words("talk_verb_before"), key=len, reverse=True)),
        joint_joiners=frozenset(words("joint_joiner")),
        joint_adverbs=frozenset(words("joint_adverb")),
        joint_leads=frozenset(words("joint_lead")),
        joint_partner_marks=frozenset(words("joint_partner_mark")),
        joint_split=re.compile(_alternation(words("joint_joiner") + words("joint_lead"))),
        attend_verbs=frozenset(words("attend_verb")),
        date_object_verbs=tuple(words("date_object_verb")),
        standing=tuple(sorted(words("standing_committee"), key=len, reverse=True)),
        standing_owners=tuple(words("standing_owner")),
        form_nouns=re.compile(rf"的?(?:{_alternation(words('form_noun_after'))})"),
        plan_words=re.compile(_alternation(words("plan_word") + words("plan_reach"))),
        plan_reach=re.compile(_alternation(words("plan_reach"))),
        instruct_words=re.compile(_alternation(words("instruct_word"))),
        plan_basis=re.compile(_alternation(words("plan_basis"))),
        held_before=re.compile(_alternation(words("held_before"))),
        plan_objects=re.compile(_alternation(words("plan_object"))),
        plan_object_leads=re.compile(_alternation(words("plan_object_lead"))),
        each_adverbs=frozenset(words("each_adverb")),
        task_tails=re.compile(_alternation(words("task_tail"))),
        same_prefixes=frozenset(words("same_type_prefix")),
        nominal=re.compile(rf"(?:{_alternation(words('nominal_joiner'))})(?:{_alternation(words('hold_verb'))})"
                           rf"|(?:{_alternation(words('hold_verb'))})(?:{_alternation(words('before_word'))})")
        if words("nominal_joiner") and words("before_word") else re.compile(r"(?!)"),
        back_refs=tuple(words("back_reference")),
        after_words=tuple(sorted(words("after_word"), key=len, reverse=True)),
        purpose_leads=tuple(sorted(words("purpose_lead"), key=len, reverse=True)),
    )


def _not_noun_tail(verbs: Sequence[str], nouns: Sequence[str]) -> str:
    """A look-ahead refusing a holding verb that opens a noun (组织部长, 组织委员,
    强化组织领导: hold_not_word): after the verb (checked by a look-behind) the
    rest of such a noun may not follow. Written after the verbs, so the pattern
    still opens with their literal branches (see _alternation)."""
    tails: dict[str, list[str]] = {}
    for noun in nouns:
        verb = max((v for v in verbs if noun.startswith(v) and len(noun) > len(v)), key=len, default=None)
        if verb is not None:
            tails.setdefault(verb, []).append(noun[len(verb):])
    return "".join(rf"(?!(?<={re.escape(v)}){_alternation(ts)})" for v, ts in tails.items())


def clear_cache() -> None:
    """Forget compiled vocabularies (after editing the resource files): the same as
    ``resources.clear_cache()``, which reaches every lexicon-derived cache."""
    resources.clear_cache()


def standing_owner(name: str) -> str:
    """The party committee whose standing committee ``name`` is (县委常委会 -> 县委,
    中共某县委员会常委会 -> 中共某县委员会), else ``name``. Callers ask where the
    standing committee is read inside the name of its meeting (市委常委会会议召开,
    主持召开县委常委会议): the meeting is the committee's, held by the 县委, while
    a standing committee acting as a subject (县委常委会召开专题民主生活会) stays
    itself. A people's congress's or a CPPCC's standing committee (人大常委会,
    政协常委会) is a body of its own: the part before 常委会 must end as a party
    committee does (meeting_cues standing_owner)."""
    cues = _cues()
    for word in cues.standing:
        if name.endswith(word):
            rest = name[:-len(word)]
            if len(rest) >= 2 and rest.endswith(cues.standing_owners):
                return rest
            break
    return name


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    try:
        import cn2an

        return int(cn2an.cn2an(s.replace("两", "二"), "smart"))
    except (ValueError, KeyError, ImportError):
        return None


def _date(match: re.Match[str]) -> str:
    year, month, day = match.group(1), int(match.group(2)), int(match.group(3))
    return f"{year}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


#: what joins the two ends of a meeting's dates (6月18日至19日, 6月18日-19日, 6月18日、19日),
#: a part of the day maybe after each end (6月18日上午至19日下午)
_RANGE_JOIN = r"(?:上午|下午|晚上|晚)?\s?(?:至|到|-|—|－|~|～|、|和)\s?"
_RANGE_TAIL = re.compile(_RANGE_JOIN + r"(?:(\d{1,2})\s?月\s?)?(\d{1,2})\s?日")
_RANGE_GAP = re.compile(_RANGE_JOIN)


def _meeting_date(text: str, lo: int, pos: int, article_date: str | None = None) -> tuple[str | None, str | None]:
    """(first day, last day) of the date written last before ``pos`` in the
    sentence from ``lo``: a meeting held over days (6月18日至19日, 6月30日至7月1日,
    6月18日至6月19日, 2月25-26日) is one meeting, dated by its first day; the last day is
    kept to join a later mention of a day inside the range (6月19日，读书班进行分组
    研讨) to it. Why: the date read last was the range's end, or a day of the same
    sitting read as a second meeting. A lone date gives (date, None).
    A date right after a verb taking it as its object (落实3月28日…印发的…精神:
    meeting_cues date_object_verb) dates a document or another event, not this
    meeting. A day written without its month (18日、19日) is read by ``_day_date``."""
    if text.find("日", lo, pos) < 0:  # (no date without 日: spares the scan)
        return None, None
    dates = [d for d in _DATE.finditer(text, lo, pos) if not _after_object_verb(text, d.start())] \
        if text.find("月", lo, pos) >= 0 else []
    if not dates:
        return _day_date(text, lo, pos, article_date)
    last = dates[-1]
    if len(dates) > 1 and _RANGE_GAP.fullmatch(text, dates[-2].end(), last.start()):
        first = dates[-2]
        end = _date(last)
        if first.group(1) and not last.group(1):
            end = f"{first.group(1)}{end[1:]}"  # 2023年6月30日至7月1日: the year is the first day's
        return _date(first), end
    start = _date(last)
    if last.group(4):  # 2月25-26日
        return start, f"{start[:-2]}{int(last.group(4)):02d}"
    tail = _RANGE_TAIL.match(text, last.end(), pos)
    if tail is None:
        return start, None
    month = int(tail.group(1) or last.group(2))
    return start, f"{start[:-5]}{month:02d}-{int(tail.group(2)):02d}"


def _after_object_verb(text: str, at: int) -> bool:
    """Whether the date starting at ``at`` is the object of a verb before it
    (贯彻落实3月28日…印发的意见精神, 传达学习5月8日…会议精神): meeting_cues date_object_verb."""
    return text.endswith(_cues().date_object_verbs, max(0, at - 6), at)


def _day_date(text: str, lo: int, pos: int, article_date: str | None) -> tuple[str | None, str | None]:
    """(first day, last day) of a day written without its month, last before ``pos``
    in the sentence from ``lo`` (会议于18日、19日召开; 12日上午，…). The month is
    that of a full date written earlier in the same paragraph when the day is
    not before it (6月18日，…。19日，…: the narration's month), else the month
    and year of ``article_date`` when the day is not after it (a report of
    the 20th on 会议于18日召开). Otherwise the month is unknown: (None, None).
    Why: such a day was read as no date at all."""
    days = [d for d in _DAY.finditer(text, lo, pos) if not _after_object_verb(text, d.start())]
    if not days:
        return None, None
    day = days[-1]
    n = int(day.group(1))
    if not 1 <= n <= 31:
        return None, None
    para = text.rfind("\n", 0, lo) + 1
    earlier = last_match(_DATE, text, para, lo) if text.find("月", para, lo) >= 0 else None
    if earlier is not None and int(earlier.group(3)) <= n:
        month = _date(earlier)[:-3]  # YYYY-MM or --MM
    elif article_date and (iso := _ISO.fullmatch(article_date)) and n <= int(iso.group(3)):
        month = f"{iso.group(1)}-{iso.group(2)}"
    else:
        return None, None
    start = f"{month}-{n:02d}"
    tail = _RANGE_TAIL.match(text, day.end(), pos)
    if tail is None or tail.group(1):
        return start, None
    return start, f"{month}-{int(tail.group(2)):02d}"


def _in_range(date: str, first: str | None, last: str | None) -> bool:
    """Whether ``date`` falls on a day of a meeting held from ``first`` to ``last``
    (month and day compared: a year may be given with one and not the other)."""
    return first is not None and last is not None and first[-5:] <= date[-5:] <= last[-5:]


class _Spans(list):
    """The spans (start, end, item) of the extracted bodies or people, sorted by
    start, with the starts beside them for bisection.

    Why: every meeting mention asks for the bodies inside its clause; a scan of
    all of them per mention made a long text quadratic (a 20 MB report of the
    batch's bad-input test: 48,000 mentions times 24,000 bodies, four minutes).
    The slices keep the list's order, so each answer is the scan's.
    """

    def __init__(self, items: Sequence[Any]) -> None:
        super().__init__(sorted(((s, e, it) for it in items for s, e in (it.spans or ())), key=itemgetter(0)))
        self.starts = [t[0] for t in self]

    def starting(self, lo: int, hi: int) -> list[tuple[int, int, Any]]:
        """The spans opening in [lo, hi)."""
        return self[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Any]]:
        """The spans wholly inside [lo, hi)."""
        return [t for t in self.starting(lo, hi) if t[1] <= hi]


def _spans(items: Sequence[Any]) -> _Spans:
    return _Spans(items)


#: no spans: where a holder is read from the words alone
_NO_SPANS = _Spans(())


def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENT_END.finditer(text)]


def _sentence_of(ends: list[int], pos: int, n: int) -> tuple[int, int]:
    """[lo, hi) of the sentence holding ``pos`` given the sentence ends."""
    i = bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else n)


def _clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text`` around ``pos`` inside the sentence [lo, hi).

    A comma inside a quote before ``pos`` ends no clause: a theme in quotes
    (某支部开展“学习二十大，永远跟党走”主题党日活动) belongs to the clause it
    opens in, whose subject holds the meeting."""
    start = _clause_start(text, lo, pos)
    while start > lo and text.count("”", start, pos) > text.count("“", start, pos):
        quote = text.rfind("“", lo, start)
        if quote < 0:
            break
        start = _clause_start(text, lo, quote)
    m = _CLAUSE_END.search(text, pos, hi)
    return start, (m.start() if m else hi)


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` opens: after the last clause end in [lo, pos)."""
    start = lo
    for m in _CLAUSE_END.finditer(text, lo, pos):
        start = m.end()
    return start


def _holder(text: str, clause_start: int, verb_start: int, orgs: _Spans) -> str | None:
    """The body named as the subject right before the holding verb."""
    # the subject comes before a place or basis phrase: X党支部在Y机关召开 -> X党支部
    cues = _cues()
    cut = cues.place.search(text, clause_start, verb_start)
    stop = cut.start() if cut else verb_start
    inside = orgs.within(clause_start, stop) or orgs.within(clause_start, verb_start)
    if inside:
        return _joint_holder(text, inside, stop if inside[-1][1] <= stop else verb_start)
    chunk = cues.lead_time.sub("", text[clause_start:verb_start])
    chunk = cues.place.split(chunk, maxsplit=1)[0].strip()
    if "的" in chunk:
        # 某中学党支部的三个党小组分别召开…: the body owning the parts that meet holds
        chunk = chunk[:chunk.index("的")]
    if 2 <= len(chunk) <= 30 and chunk.endswith(cues.holder_endings) and _CJK_NAME.fullmatch(chunk) \
            and not _word_past_ending(chunk, cues.holder_endings):
        return chunk
    if _named_street(chunk):
        return chunk  # 某区某某街道召开…: a street office holds its own meeting
    if len(chunk) >= 3 and leading_place(chunk) == len(chunk):
        return chunk  # 老厂镇召开…: a named town or county holds its own meeting (not 全县, 我市)
    return None


def _joint_holder(text: str, inside: list[tuple[int, int, Any]], stop: int) -> str:
    """The holder among the bodies ``inside`` the subject (in order, the last
    ending before ``stop``, the holding verb or a place phrase): the last body,
    or the bodies holding together. Bodies joined by 与/和/、 right before the
    verb, maybe with 联合 or 共同 between (甲局与乙行联合召开…, 县委、县政府召开…),
    all hold: 甲局、乙行. A body taking another along (甲支部联合乙支部开展…)
    holds alone, as with 会同. Why: the last body alone was the partner."""
    cues = _cues()
    s, e, last = inside[-1]
    if text[e:stop].strip() not in cues.joint_adverbs | {""}:
        return last.name
    names = [last.name]
    for ps, pe, prev in reversed(inside[:-1]):
        gap = text[pe:s].strip()
        if gap in cues.joint_leads and len(names) == 1:
            return prev.name  # 甲支部联合乙支部开展…: 甲支部 leads
        if not _joins_bodies(gap, cues):
            break
        names.insert(0, prev.name)
        s = ps
    return "、".join(dict.fromkeys(names))


def _joins_bodies(gap: str, cues: _Cues) -> bool:
    """Whether ``gap``, the text between two bodies, joins them as equals:
    a joiner (与, 和, 、), maybe with a mark of the partner that is no part of
    its name after it (与|属地|某村党支部: the organization reader leaves 属地 out)."""
    return gap in cues.joint_joiners or gap[:1] in cues.joint_joiners and gap[1:] in cues.joint_partner_marks


def _each_holders(text: str, m: re.Match[str], lo: int, hi: int, orgs: _Spans) -> list[str]:
    """The bodies that each hold a sitting of the type ``m``: listed with
    与/和/、 right before 分别 (each_adverb) and the holding verb (甲支部、乙支部、
    丙支部分别召开组织生活会: three sittings, one per branch). Why: the joint
    reading gives the last body alone, and one sitting held jointly is not
    what 分别 says. Empty when the subject is no such list."""
    cues = _cues()
    cs, _ = _clause(text, m.start(), lo, hi)
    verb = last_match(cues.hold, text, cs, m.start())
    if verb is None:
        return []
    vs = verb.start()
    cut = cues.place.search(text, cs, vs)
    stop = cut.start() if cut else vs
    inside = orgs.within(cs, stop)
    if len(inside) < 2 or text[inside[-1][1]:stop].strip() not in cues.each_adverbs:
        return []
    s, _, last = inside[-1]
    names = [last.name]
    for ps, pe, prev in reversed(inside[:-1]):
        if not _joins_bodies(text[pe:s].strip(), cues):
            break
        names.insert(0, prev.name)
        s = ps
    return list(dict.fromkeys(names)) if len(names) > 1 else []


#: org_suffixes.tsv kinds of a party body whose own meeting a type may name (党组会议, 党委（扩大）会议).
_PARTY_KINDS = ("party_group", "party_committee", "branch")


def _party_body(mtype: str) -> str | None:
    """The party body a meeting type opens with (党组 of 党组（扩大）会议), if any."""
    bodies = _cues().party_bodies
    if not mtype.startswith(bodies):
        return None  # (most types: one call instead of a try of every body)
    return next(b for b in bodies if mtype.startswith(b))


def _party_holder(lo: int, verb_at: int, party: str, orgs: _Spans) -> str | None:
    """The last body ending with ``party`` named in the sentence before the
    holding verb (国家某局党组书记、局长，某总公司总经理某某主持召开党组（扩大）会议:
    某局党组). Why: the clause before the verb may hold the presider's second
    post (某总公司), while a 党组 meeting is held by the body whose 党组 the
    sentence names."""
    inside = [o for _, _, o in orgs.within(lo, verb_at) if o.name.endswith(party)]
    return inside[-1].name if inside else None


def named_holder(line: str, verbs: Sequence[str]) -> str | None:
    """The body ``line`` opens with as the subject of the first of ``verbs``
    (北海研究站召开…; 3月4日，遗传进化党支部在…召开…), when it reads as one
    name with an organization's ending and a qualifier of its own (not
    教工党支部: org_generic.txt). Why: find_unit reads the unit off the
    organization extractor's names, which may miss such a body; the title's
    own subject then still names the unit, before any guest's body."""
    at = min((k for k in (line.find(v) for v in verbs) if k > 0), default=-1)
    if at < 0:
        return None
    chunk = _holder(line, 0, at, _NO_SPANS)
    return None if chunk is None or _generic_name(chunk) else chunk


def _named_street(chunk: str) -> bool:
    """Whether ``chunk`` is a named street office (street_ending: 虹口区某某街道),
    which the place reader stops inside when the name opens with a verb
    character (提篮桥). Not a bare 街道 nor one after a generic word (各街道,
    我街道: org_generic.txt): every street or the reader's own, no holder."""
    ending = next((e for e in _cues().street_endings if chunk.endswith(e)), None)
    if ending is None or not _CJK_NAME.fullmatch(chunk) or len(chunk) > 30:
        return False
    rest = chunk[:-len(ending)]
    return len(rest) >= 2 and not any(rest.endswith(w) for w in generic_words())


def _generic_name(chunk: str) -> bool:
    """Whether all before the body's ending is generic (教工党支部, 基层党组织)."""
    ending = max((e for e in _cues().holder_endings if chunk.endswith(e)), key=len, default="")
    rest = chunk[:len(chunk) - len(ending)]
    generic = generic_words()  # org_generic.txt, as the organization extractor reads it
    while rest:
        word = next((w for w in generic if rest.startswith(w)), None)
        if word is None:
            return False
        rest = rest[len(word):]
    return True


def _word_past_ending(chunk: str, endings: tuple[str, ...]) -> bool:
    """Whether a one-character body ending of ``chunk`` only closes a
    two-character word of the dictionary that is no ending itself
    (学院党委高度重视，精心部署，召开…: 部署 ends with 署 but names what was
    done; 消防大队 and 工作领导小组 end with a longer ending, 公安局 in no word)."""
    if any(len(e) > 1 and chunk.endswith(e) for e in endings):
        return False  # (…工作领导小组: a longer ending closes the name)
    return chunk[-1] in endings and chunk[-2:] in word_tags()


def _people_in(text: str, lo: int, hi: int, people: _Spans) -> list[tuple[int, int, str]]:
    found = [(s, e, p.name) for s, e, p in people.within(lo, hi)]
    if not people:
        stop = min(len(text), hi + 4)  # the look-ahead needs the cue itself
        cues = _cues()
        # a post word before a verb is no name (督导组成员莅会指导): the name opens with a surname
        found = [(m.start(1), m.end(1), m.group(1)) for m in cues.title_name.finditer(text, lo, stop)
                 if m.end(1) <= hi and (m.group(1)[:1] in cues.surnames or m.group(1)[:2] in cues.surnames)]
    return found


def _body_before(text: str, lo: int, pos: int, orgs: _Spans) -> str | None:
    inside = orgs.within(lo, pos)
    if inside:
        return inside[-1][2].name
    cues = _cues()
    last = None
    for m in cues.guide_body.finditer(text, lo, pos):
        last = m.group(0)
    if last:
        return cues.lead_time.sub("", last) or None
    return None


def _bodies_before(text: str, lo: int, pos: int, orgs: _Spans) -> list[str]:
    """Every guiding body named in [lo, pos) (督导组、纪检监察组派员列席)."""
    inside = [o.name for _, _, o in orgs.within(lo, pos) if o.kind in ("inspection_group", "leading_group")]
    if not inside:
        cues = _cues()
        inside = [cues.lead_time.sub("", m.group(0).lstrip("、和及与")) for m in cues.guide_body.finditer(text, lo, pos)]
    return list(dict.fromkeys(b for b in inside if b))


def extract_meetings(text: str, title: str | None = None, people: Sequence[Person] = (),
                     organizations: Sequence[Organization] = (), article_date: str | None = None) -> list[Meeting]:
    """The meetings ``text`` reports, in order of first mention.

    A meeting is a vocabulary type of kind ``meeting`` (or ``activity``) in a
    sentence with a holding verb. Mentions of the same type with no other date
    are one meeting. Presiding, guiding and participant counts found later in
    the text belong to the nearest meeting mentioned before them.
    ``date`` is ISO ``YYYY-MM-DD`` when the text gives the year, else
    ``--MM-DD`` (ISO 8601 without year) for the caller to complete. A day
    written without its month (18日) takes the month (and year) of
    ``article_date``, the article's own ``YYYY-MM-DD``, when it is not after it.
    """
    if not text and not title:
        return []
    voc = _vocab()
    hold = _cues().hold
    meetings: list[Meeting] = []
    themes: dict[int, str] = {}
    last_days: dict[int, str | None] = {}  # the last day of a meeting held over days
    siblings: dict[int, list[Meeting]] = {}  # the sittings 分别 gives bodies listed, by the last one
    found = _type_matches(_folded(text))  # one pass; only sentences naming a type are read further
    if not found and not title:
        return []
    orgs = _spans(organizations)
    ppl = _spans(people)
    docs = [(d.start(), d.end()) for d in _DOC_TITLE.finditer(text)] if "《" in text else []
    ends = _sentence_ends(text)
    by_sentence: dict[tuple[int, int], list[re.Match[str]]] = {}
    for m in found:
        by_sentence.setdefault(_sentence_of(ends, m.start(), len(text)), []).append(m)
    for (lo, hi), matches in by_sentence.items():
        if not hold.search(text, lo, hi):
            continue
        campaigns = [m for m in matches if voc.kind.get(_type_name(m)) == "campaign"]
        events = [m for m in matches if voc.kind.get(_type_name(m)) in ("meeting", "activity")]
        prev_end = None
        for m in events:
            if any(a < m.start() < b for a, b in docs):
                continue  # inside a document title: 《关于召开...专题组织生活会的通知》
            if _modifies_noun(text, m.end()) or _listed_before_modifier(text, m, events):
                continue  # 支委会成员, 警示教育片: the type qualifies a noun, no sitting is named
            if _after_talk_verb(text, m.start()):
                continue  # 某某作报告会宣讲: a talk given, no sitting held
            if _nominal_mention(text, m, lo, hi):
                continue  # 重视民主生活会的开展: the meeting as a topic, no sitting held
            if _planned(text, m, lo, hi, docs, matches):
                continue  # 会议要求各支部召开…, 将于下周召开…: a sitting asked for or planned, none held
            if m is not events[-1] and _cues().form_nouns.match(text, m.end()):
                continue  # 以中心组（扩大）会议的形式…举办读书班: the form of the sitting named next
            joined = prev_end is not None and "暨" in text[prev_end:m.start()] and not _CLAUSE_END.search(text, prev_end, m.start())
            prev_end = m.end()
            if joined:
                continue  # 成立大会暨学习研讨会: one sitting under two names
            mtype = _type_name(m)
            date, last_day = _meeting_date(text, lo, m.start(), article_date)
            holder = _Once(lambda: _mention_holder(text, m, lo, hi, mtype, orgs))  # read at most once
            # 组织生活会 after 专题组织生活会 names the same sitting again, and so does a
            # mention on a day of a sitting held over days, by no other holder
            same = [x for x in meetings if (_short(x.type).endswith(_short(mtype)) or _both_study(x.type, mtype))
                    and (date is None or x.date in (None, date)
                         or (_in_range(date, x.date, last_days.get(id(x)))
                             and holder() in (None, x.holder)))
                    and not _other_body(text, m, lo, hi, holder, x.holder)]
            if not same:
                # 民主生活会 … 本次专题民主生活会: the first name is kept (a later 专题… may
                # also be an earlier sitting whose rectification is reported)
                same = _longer_named(mtype, date, meetings, holder)
            if same:
                if date and same[0].date is None:
                    same[0].date = date
                if same[0].holder is None:
                    # 继召开专题民主生活会后…某市委按要求召开专题民主生活会: the later
                    # mention names who held the sitting the first one left bare
                    same[0].holder = holder()
                continue
            theme = next((c.group(0) for c in reversed(campaigns) if c.end() <= m.start()), None)
            holders = _each_holders(text, m, lo, hi, orgs) or [holder()]
            each = [Meeting(type=mtype, date=date, holder=holder, span=(m.start(), m.end()), method="rule")
                    for holder in holders]
            for mt in each:
                themes[id(mt)] = theme
                last_days[id(mt)] = last_day
                meetings.append(mt)
            if len(each) > 1:
                siblings[id(each[-1])] = each
    if not meetings and title:
        m = next((x for x in _type_matches(_folded(title)) if voc.kind.get(_type_name(x)) in ("meeting", "activity")),
                 None)
        if m:
            campaign = next((x.group(0) for x in _type_matches(_folded(title))
                             if voc.kind.get(x.group(0)) == "campaign" and x.end() <= m.start()), None)
            mt = Meeting(type=_type_name(m), span=None, method="rule")
            themes[id(mt)] = campaign
            meetings.append(mt)
    if not meetings:
        return []
    _attach_roles(text, meetings, ppl, orgs, voc, ends, siblings)
    _attach_participants(text, meetings)
    for mt in meetings:
        if themes.get(id(mt)) and hasattr(mt, "theme"):
            mt.theme = themes[id(mt)]
    return meetings


class _Once:
    """A value computed on its first call and kept: a mention's holder is asked for
    by the same-sitting checks and by the new record, and read only once."""

    def __init__(self, compute: Callable[[], str | None]) -> None:
        self._compute: Callable[[], str | None] | None = compute
        self._value: str | None = None

    def __call__(self) -> str | None:
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


#: what stands right before the holding verb of a meeting a notice asks for (关于召开…的通知)
_NOTICE_OF = "关于"


def _mention_holder(text: str, m: re.Match[str], lo: int, hi: int, mtype: str,
                    orgs: _Spans) -> str | None:
    """The body holding the meeting named by ``m`` in the sentence [lo, hi):
    the subject of the holding verb before it in its clause (or opening the
    sentence), else the first body of a clause the meeting opens with its
    own verb after it (…专题民主生活会在某室举行); a party body's meeting goes
    to the body the sentence names with that ending."""
    hold = _cues().hold
    cs, _ = _clause(text, m.start(), lo, hi)
    verb = last_match(hold, text, cs, m.start())
    if verb and text.endswith(_NOTICE_OF, 0, verb.start()):
        return None  # 根据某部关于开展…的要求: the body issued a notice; who holds the meeting is said later
    holder = _holder(text, cs, verb.start(), orgs) if verb else None
    if verb and holder is None and cs > lo:
        # the subject may open the sentence: X各党支部按照...要求，陆续召开...
        start = lo
        for sep in list(_CLAUSE_END.finditer(text, lo, cs)) + [None]:
            stop = sep.start() if sep else cs
            holder = _holder(text, start, stop, _NO_SPANS)
            if holder or sep is None:
                break
            start = sep.end()
    if verb is None:
        holder = _passive_holder(text, cs, m, hi, orgs)
    if verb and (party := _party_body(mtype)) and not (holder or "").endswith(party):
        holder = _party_holder(lo, verb.start(), party, orgs) or holder
    return holder


#: What follows a meeting type that its own holding verb closes: at once, after an adverb,
#: or after a place phrase (…民主生活会举行; …会议在三楼会议室顺利召开; …于某地举行).
_PASSIVE_TAIL = re.compile(r"^(?:(?:在|于)[^，,。；;：:]{1,24}?)?(?:顺利|隆重|正式)?(?:召开|举行|举办)")


def _passive_holder(text: str, cs: int, m: re.Match[str], hi: int,
                    orgs: _Spans) -> str | None:
    """The body named right before a type whose holding verb follows it in its
    clause (某部领导班子专题民主生活会在某室举行; 图书馆党委会（扩大）会议在某楼召开):
    the subject of such a sentence is the meeting, its owner stands before
    it. The first body opening in the clause before the type is taken, the
    clause's subject (甲部、乙团年度民主生活会举行: 甲部, not a body cut out of
    乙团), a body whose name runs into the type (图书馆党委 of 图书馆党委会) included."""
    _, ce = _clause(text, m.end(), cs, hi)
    if not _PASSIVE_TAIL.match(text[m.end():ce]):
        return None  # (…推进会精神、…部署开展…: a later verb of another act)
    inside = orgs.starting(cs, m.start())
    if not inside:
        return None
    _, e, first = inside[0]
    # 市委常委会会议召开: the standing committee is read inside the meeting's name, which the committee holds
    return standing_owner(first.name) if e > m.start() else first.name


def _modifies_noun(text: str, end: int) -> bool:
    """Whether a meeting type ending at ``end`` is followed by a noun it
    qualifies (基层党支部支委会成员参加学习; 组织观看警示教育片): then the
    sentence names the members or the film, not a sitting of that type."""
    return _cues().type_nouns.match(text, end) is not None


#: how far a list may run from one type to the next (省委常委会会议、市委常委会会议精神)
_LIST_REACH = 16
_LIST_JOINERS = ("、", "和", "及", "与")


def _listed_before_modifier(text: str, m: re.Match[str], events: list[re.Match[str]]) -> bool:
    """Whether the type ``m`` opens a list whose last type qualifies a noun
    (传达学习省委常委会会议、市委常委会会议精神: both meetings are studied, no
    sitting of either is held): the next type follows within its clause after a
    joiner, and it or one further down the list modifies a noun."""
    end = m.end()
    for nxt in events:
        if nxt.start() < end:
            continue
        gap = text[end:nxt.start()]
        if len(gap) > _LIST_REACH or not gap.startswith(_LIST_JOINERS) or _CLAUSE_END.search(gap):
            return False
        if _modifies_noun(text, nxt.end()):
            return True
        end = nxt.end()
    return False


def _planned(text: str, m: re.Match[str], lo: int, hi: int, docs: list[tuple[int, int]],
             types: Sequence[re.Match[str]]) -> bool:
    """Whether the meeting named by ``m`` is only asked for, planned or the
    subject of a notice, not held: its holding verb (before it in its clause,
    else after it: …组织生活会将于下周召开, else the last before it in the
    sentence) follows 关于 (关于召开…的安排), a
    plan word in its clause (将于, 要: meeting_cues.tsv plan_word) or an
    instruction before it in the sentence (会议要求各支部召开…, 会议强调要…开展
    警示教育: instruct_word). A word after a basis in its clause (按照上级要求，
    按计划召开) asks for nothing here, and 了 after the verb or 已 before it
    (要求…召开了, 已召开) tell a sitting held. A verb like 部署 after another
    type the verb holds (召开党员大会部署组织生活会) plans the type: ``types``
    are the types named in the sentence."""
    cues = _cues()
    cs, ce = _clause(text, m.start(), lo, hi)
    if _object_of_plan(text, m, cs, ce):
        return True  # 对组织生活会进行了安排部署: the sitting is what is planned
    if _listed_task(text, m, cs, ce):
        return True  # …召开组织生活会、开展民主评议党员等工作: a kind of work named, no sitting
    verb = last_match(cues.hold, text, cs, m.start())
    if verb is None:
        verb = cues.hold.search(text, m.end(), ce)
    if verb is None:
        # 要精心组织筹备…会，确保民主生活会开出高质量: the sentence's verb before it
        verb = last_match(cues.hold, text, lo, cs)
        if verb is None:
            return False
        cs = _clause_start(text, lo, verb.start())
    vs, ve = verb.span()
    plan = cues.plan_objects.search(text, ve, m.start()) if ve <= m.start() else None
    if plan and any(ve <= x.start() and x.end() <= plan.start() for x in types):
        # 召开党员大会部署组织生活会: the sitting held plans the one named (a word of
        # the held one's name is none: 召开筹备工作领导小组会议)
        return True
    if text.endswith(_NOTICE_OF, 0, vs):
        return True  # 按照某部关于召开专题组织生活会的安排: the notice's meeting
    if _told_held(text, verb, cs):
        return False
    if _purpose_clause(text, cs, vs) and not any(text.endswith(r, cs, m.start()) for r in cues.back_refs):
        return True  # 为开好民主生活会打牢思想基础: the sitting prepared for (为开好此次…: the one held)
    return any(_asks(text, w, lo, docs) for w in cues.plan_words.finditer(text, cs, vs)) or \
        any(_asks(text, w, lo, docs) for w in cues.plan_reach.finditer(text, lo, cs)) or \
        any(_asks(text, w, lo, docs) for w in cues.instruct_words.finditer(text, lo, vs))


def _purpose_clause(text: str, cs: int, vs: int) -> bool:
    """Whether the clause from ``cs`` to the holding verb at ``vs`` opens with
    a purpose_lead right before the verb or one modifier of it (为开好…民主
    生活会, 为高质量开好此次组织生活会, 为更好地召开…): the sitting is what the rest of
    the sentence prepares for. Only at the clause's opening (after a time
    word), so 以…为指导 inside a clause is no purpose, and a purpose of its own
    before the verb (为推进工作召开…会, 为此召开…) leaves the sitting held."""
    head = _cues().lead_time.sub("", text[cs:vs])
    lead = next((w for w in _cues().purpose_leads if head.startswith(w)), None)
    if lead is None:
        return False
    gap = head[len(lead):]
    return not gap or word_tags().get(gap) in _MODIFIER_TAGS or gap.endswith("地") and len(gap) <= 3


#: dictionary tags of a word that may stand between 为 and the holding verb it
#: makes a purpose (进一步 d, 认真 ad, 扎实 a, 高质量 n)
_MODIFIER_TAGS = frozenset({"d", "ad", "a", "n", "an"})


def _listed_task(text: str, m: re.Match[str], cs: int, ce: int) -> bool:
    """Whether the type ``m`` is an item of a list of tasks its clause [cs, ce)
    closes with 等工作 (task_tail): 明确了基层党支部召开组织生活会、开展民主
    评议党员等工作 names work assigned, no sitting held. 了 after the holding
    verb or 已 before it (各支部召开了组织生活会、开展了…等工作) still tell a
    sitting held."""
    cues = _cues()
    tail = cues.task_tails.search(text, m.end(), ce)
    if tail is None or _CLAUSE_END.search(text, m.end(), tail.start()):
        return False
    verb = last_match(cues.hold, text, cs, m.start())
    return verb is None or not _told_held(text, verb, cs)


def _told_held(text: str, verb: re.Match[str], cs: int) -> bool:
    """Whether 了 after the holding ``verb`` or 已 before it in its clause
    (from ``cs``) tells a sitting held, whatever plan or task words say."""
    return text.startswith("了", verb.end()) or _cues().held_before.search(text, cs, verb.start()) is not None


def _object_of_plan(text: str, m: re.Match[str], cs: int, ce: int) -> bool:
    """Whether the type ``m`` is the object of a planning verb in its clause
    [cs, ce): 对 before it and 部署 or 安排 after it (会议对组织生活会和民主评议
    工作进行了安排部署). A holding verb read in that clause (…和开展…工作) names
    the work planned, no sitting held."""
    cues = _cues()
    return cues.plan_object_leads.search(text, cs, m.start()) is not None and \
        cues.plan_objects.search(text, m.end(), ce) is not None


def _asks(text: str, w: re.Match[str], lo: int, docs: list[tuple[int, int]]) -> bool:
    """Whether the plan or instruction word ``w`` asks for a sitting: not a
    part of a longer word (重要, 需要, 要点: a one-character word making a
    dictionary word with a neighbour, unless that word is a plan word too:
    必须), not inside a 《document》, and no basis (按照, 根据) before it in its clause."""
    s, e = w.span()
    if any(a < s < b for a, b in docs):
        return False
    if e - s == 1:
        tags = word_tags()
        for word in (text[s - 1:e], text[s:e + 1]):
            if len(word) == 2 and word in tags and not _cues().plan_words.fullmatch(word) \
                    and not _cues().instruct_words.fullmatch(word):
                return False
    return _cues().plan_basis.search(text, _clause_start(text, lo, s), s) is None


def _after_talk_verb(text: str, start: int) -> bool:
    """Whether a meeting type starting at ``start`` follows a verb of giving a
    talk (王某作报告会宣讲, 作大会发言): the speaker gives a talk; the type names
    what kind of talk, not a sitting held, and no holder can be read for it.
    A verb character that closes a word with the one before it (工作大会,
    合作交流会) is no such verb."""
    for verb in _cues().talk_verbs:
        at = start - len(verb)
        if at >= 0 and text.startswith(verb, at):
            return text[at - 1:at + 1] not in word_tags() if at >= 1 else True
    return False


def _time_after(text: str, end: int) -> bool:
    """Whether an after_word follows a type ending at ``end`` (报告会后, 座谈会时):
    the words name a time after or during the sitting. Not where the word
    opens a longer one with the next character (会时间, 会后续: word_tags)."""
    tags = word_tags()
    return any(text.startswith(w, end) and text[end:end + len(w) + 1] not in tags
               for w in _cues().after_words)


def _nominal_mention(text: str, m: re.Match[str], lo: int, hi: int) -> bool:
    """Whether the type ``m`` is named as a topic: 的 and a holding verb right
    after it (nominal_joiner: 高度重视民主生活会的开展, 为组织生活会的召开打下
    基础), or a holding verb and a before_word (在民主生活会召开前: a time before
    it), and no holding verb before it in its clause. The verb is then a noun
    and no sitting is told held. A back_reference before the type (此次民主生活
    会的召开) points at a sitting held, which stays read. An after_word right
    after the type (专题报告会后第一时间, 座谈会时) likewise names a time."""
    cues = _cues()
    if not cues.nominal.match(text, m.end()) and not _time_after(text, m.end()):
        return False
    cs, _ = _clause(text, m.start(), lo, hi)
    if last_match(cues.hold, text, cs, m.start()) is not None:
        return False
    return not any(text.endswith(ref, cs, m.start()) for ref in cues.back_refs)


def _other_body(text: str, m: re.Match[str], lo: int, hi: int,
                holder: Callable[[], str | None], earlier: str | None) -> bool:
    """Whether the mention ``m`` is a sitting held by another body than the one
    holding the earlier sitting of its type (甲党组召开专题民主生活会…乙党组召开专题
    民主生活会: two sittings), which then keeps a record of its own.
    Not when either names no holder; nor when one holder holds the other, or a
    part of a joint one (县委常委会 after 中共某县委常委会, 街道党工委联合某医院党委
    after 某街道党工委: the same body written shorter or with its partner); nor
    when the clause's verb only attends (书记某某参加第一党支部组织生活会: the
    attendant's body is no holder) or a back_reference points at the sitting
    held (医院党委对开好本次民主生活会高度重视)."""
    if earlier is None:
        return False
    later = holder()
    if later is None or later in earlier or earlier in later:
        return False
    cues = _cues()
    if any(part and (part in earlier or earlier in part) for part in cues.joint_split.split(later)):
        return False
    cs, _ = _clause(text, m.start(), lo, hi)
    verb = last_match(cues.hold, text, cs, m.start())
    if verb is None or verb.group(0) in cues.attend_verbs:
        return False
    # the holder must be the verb's subject, written right before it (乙党委同步召开): read
    # further off (市委关于高质量召开…的要求, 对机关党委…就如何开好…) it only names the
    # sitting, and the last of a range (第一党支部至第四党支部分别召开) is no holder alone
    at = text.rfind(later, cs, verb.start())
    if at < 0 or verb.start() - at - len(later) > _SUBJECT_GAP or text[at - 1:at] == _RANGE_MARK:
        return False
    return not any(text.endswith(ref, cs, m.start()) for ref in cues.back_refs)


#: most characters between a later sitting's own holder and its verb (同步, 分别, 先后)
_SUBJECT_GAP = 4
#: the mark of a range of numbered bodies (第一党支部至第四党支部)
_RANGE_MARK = "至"


def _longer_named(mtype: str, date: str | None, meetings: list[Meeting],
                  holder: Callable[[], str | None]) -> list[Meeting]:
    """The meeting named earlier by a shorter type that ``mtype`` writes out
    with a same_type_prefix (民主生活会 … 本次专题民主生活会): the later, longer
    name is the same sitting when it gives no other date and no other holder,
    and no record of its own is made.
    Why so narrow: only a prefix that marks the kind of one sitting (专题) is
    read so; a later 党史学习教育专题民主生活会 of another body or day stays a
    meeting of its own."""
    prefixes = _cues().same_prefixes
    if not prefixes:
        return []
    same = [x for x in meetings if x.type != mtype and _short(mtype).endswith(_short(x.type))
            and _short(mtype)[:-len(_short(x.type))] in prefixes and (date is None or x.date in (None, date))]
    if not same:
        return []
    return [x for x in same if holder() in (None, x.holder)][:1]


def _owner(meetings: list[Meeting], pos: int) -> Meeting:
    """The meeting mentioned last before ``pos`` (else the first)."""
    best = meetings[0]
    for mt in meetings:
        if mt.span is not None and mt.span[0] <= pos:
            best = mt
    return best


def _attach_roles(text: str, meetings: list[Meeting], ppl: _Spans,
                  orgs: _Spans, voc: _Vocab, ends: list[int],
                  siblings: dict[int, list[Meeting]] | None = None) -> None:
    """Presiding and guiding cues, each given to the meeting mentioned last
    before it; a meeting 分别 gave each of several bodies (``siblings``) shares
    the cue with its sibling sittings (see _each_sitting)."""
    cues = _cues()
    siblings = siblings or {}
    for cue in voc.roles.finditer(text):
        if cues.not_role_before.search(text, max(0, cue.start() - 1), cue.start()) or \
                cues.not_role_after.match(text, cue.end()):
            continue  # 以…思想为指导 / 指导思想 / 在…指导下: guidance, not a guide
        lo, hi = _sentence_of(ends, cue.start(), len(text))
        role = voc.role_of[cue.group(0)]
        cs, _ = _clause(text, cue.start(), lo, hi)
        # the subject sits before the cue in its clause: 张三主持 / 会议由张三主持
        names = _people_in(text, cs, cue.start(), ppl)
        owner = _owner(meetings, cue.start())
        for mt, mine in _each_sitting(text, cs, cue.start(), siblings.get(id(owner), [owner]), names):
            if role == "preside":
                for _, _, name in mine[-1:] if "、" not in text[cs:cue.start()] else mine:
                    if name not in mt.presided_by:
                        mt.presided_by.append(name)
                continue
            if mine:
                for s, _, name in mine:
                    body = _body_before(text, cs, s, orgs)
                    _add_guide(mt, {"name": name, "body": body, "role": cue.group(0)})
            else:
                for body in _bodies_before(text, cs, cue.start(), orgs):
                    _add_guide(mt, {"name": None, "body": body, "role": cue.group(0)})


def _each_sitting(text: str, cs: int, cue_at: int, sittings: list[Meeting],
                  names: list[tuple[int, int, str]]) -> list[tuple[Meeting, list[tuple[int, int, str]]]]:
    """The people a role cue gives each of ``sittings``, the meetings that 分别
    gave bodies listed (甲支部、乙支部分别召开…): as many names as sittings with
    an each_adverb before the cue in its clause (分别由王明、李强主持) go one to
    each sitting, in order; else every sitting gets them all. Why: reading the
    cue for the last sitting alone left the others with nobody presiding."""
    if len(sittings) < 2:
        return [(sittings[0], names)]
    if len(names) == len(sittings) and any(a in text[cs:cue_at] for a in _cues().each_adverbs):
        return [(mt, [name]) for mt, name in zip(sittings, names)]
    return [(mt, names) for mt in sittings]


def _add_guide(mt: Meeting, guide: dict[str, Any]) -> None:
    if guide["name"] is None and any(g["body"] == guide["body"] for g in mt.guides):
        for g in mt.guides:
            if g["body"] == guide["body"] and guide["role"] not in g["role"].split("、"):
                g["role"] = "、".join(g["role"].split("、") + [guide["role"]])
        return
    named = [g for g in mt.guides if g["name"] is None and g["body"] == guide["body"]]
    if guide["name"] is not None and named:
        g = named[0]
        g["name"] = guide["name"]
        if guide["role"] not in g["role"].split("、"):
            g["role"] = "、".join(g["role"].split("、") + [guide["role"]])
        return
    for g in mt.guides:
        if g["name"] == guide["name"] and (g["body"] == guide["body"] or guide["name"] is not None):
            roles = g["role"].split("、")
            if guide["role"] not in roles:
                g["role"] = "、".join(roles + [guide["role"]])
            if not g["body"]:
                g["body"] = guide["body"]
            return
    mt.guides.append(guide)


def _participant_matches(text: str) -> list[re.Match[str]]:
    """What ``_cues().participants.finditer(text)`` finds, read with its two
    branches as two patterns: at each place the leading cue (实到23人) is
    tried before a count with its verb (23名党员参加), and the search goes on
    after each match. Each pattern opens with characters the engine can skip
    to, which the single pattern (a look-ahead) cannot."""
    cues = _cues()
    lead_re, count_re = cues.participants_lead, cues.participants_count
    out = []
    a, b = lead_re.search(text), count_re.search(text)
    while a is not None or b is not None:
        m = a if b is None or (a is not None and a.start() <= b.start()) else b
        assert m is not None
        out.append(m)
        pos = m.end()
        if a is not None and a.start() < pos:
            a = lead_re.search(text, pos)
        if b is not None and b.start() < pos:
            b = count_re.search(text, pos)
    return out


def _attach_participants(text: str, meetings: list[Meeting]) -> None:
    for m in _participant_matches(text):
        n = _cn_int(m.group("n"))
        if n is None:
            continue
        mt = _owner(meetings, m.start())
        if mt.participants is None or n > mt.participants:
            mt.participants = n


def meeting_spans(meetings: Sequence[Meeting]) -> list[Span]:
    """Spans of the meeting-type mentions (for displays)."""
    return [m.span for m in meetings if m.span is not None]
