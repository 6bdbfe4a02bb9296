"""Meetings an article reports: type, date, holder, who presided, who guided.

Reports on party meetings follow a few fixed shapes: "5月16日，X党支部召开
党史学习教育专题组织生活会", "支部书记张三主持会议", "督导组组长李四到会指导并
点评", "支部18名党员参加会议". This module reads those shapes with regular
expressions built once from two data files:

- ``resources/meeting_types.tsv``: the meeting types (longest match wins) and
  the campaigns that name a meeting's theme;
- ``resources/meeting_roles.tsv``: cue words for presiding and guiding.

People and organizations found by the other extractors are used when given
(their spans are trusted); without them a small fallback pattern finds a
name after a title word. Pure functions on ``str``; no segmentation.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from reportmine import resources
from reportmine.record import Meeting, Organization, Person, Span

TYPES_FILE = "meeting_types.tsv"
ROLES_FILE = "meeting_roles.tsv"

#: Verbs that say a meeting took place (召开 X, 举行 X, 开展 X, 参加 X ...).
HOLD_VERBS = r"召开|举行|举办|组织召开|组织开展|开展|开好|参加|进行|组织|开了|启动"
_HOLD = re.compile(HOLD_VERBS)
#: Words that end the subject of a holding verb (place, means, basis).
_PLACE = re.compile(r"在|于|以|通过|围绕|采取|结合|利用|按照|根据|依据|对照")
#: A role cue right after these is a noun or a phrase of guidance, not a person's act.
_NOT_A_ROLE_BEFORE = re.compile(r"[为的]")
_NOT_A_ROLE_AFTER = re.compile(r"思想|下|意见|方针|原则|性|作用|精神|单位|老师|教师|文件|手册|目录|工作|组")
#: Sentence ends; clauses also end at commas and colons.
_SENT_END = re.compile(r"[。！？!?；;\n]")
_CLAUSE_END = re.compile(r"[，,。！？!?；;：:\n]")
_DOC_TITLE = re.compile(r"《[^《》]{0,200}》")
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_LEAD_TIME = re.compile(r"^(?:\s|近日|日前|近期|今天|昨天|今年|本月|上旬|中旬|下旬|\d{4}年|\d{1,2}月|\d{1,2}日|上午|下午|晚上|全天|期间|当天|，|,)+")
_ORG_SUFFIX = re.compile(
    r"(?:党支部|党总支|党工委|党委|党组|支部|总支|机关|纪委|监委|委员会|委|局|厅|院|办公室|办|中心|公司|集团|"
    r"大学|学院|学校|医院|协会|文联|政府|人大|政协|法院|检察院|小组|组|部|处|科|所|站|队)$"
)
_GUIDE_BODY = re.compile(
    r"[\u4e00-\u9fff（）()]{2,30}?(?:巡回指导组|指导组|督导组|巡视组|巡察组|纪检监察组|调研组|检查组)"
)
_TITLE_NAME = re.compile(
    r"(?:书记|副书记|主任|组长|副组长|部长|局长|厅长|主席|院长|校长|处长|委员|巡视员|调研员|总经理|董事长|同志)"
    r"([\u4e00-\u9fff]{2,3}?)(?=同志|、|和|及|到会|列席|主持|指导|督导|点评|作|对|进行|出席|参加)"
)
_PARTICIPANTS = re.compile(
    r"(?=[实参\d一二三四五六七八九十百两])(?:"
    r"(?:(?:实到|实际参会|参会人员|参会党员|参加人员)(?P<n1>\d+|[一二三四五六七八九十百两]+)(?:余|多)?(?:名|人|位))"
    r"|(?:(?P<n2>\d+|[一二三四五六七八九十百两]+)(?:余|多)?(?:名|位|人)[^，。；\n]{0,16}?(?:参加|参会|出席|参与)(?:了)?(?:会议|本次|此次|学习|活动)?)"
    r")"
)


@dataclass(frozen=True)
class _Vocab:
    types: re.Pattern[str]
    kind: dict[str, str]
    roles: re.Pattern[str]
    role_of: dict[str, str]


def _alternation(words: Sequence[str]) -> str:
    """Longest-first alternation behind a first-character look-ahead.

    The look-ahead fails fast at most positions, which makes a scan of the
    whole text several times quicker than trying every branch everywhere.
    """
    words = sorted(set(words), key=lambda w: (-len(w), w))
    if not words:
        return "(?!x)x"
    first = "".join(sorted({re.escape(w[0]) for w in words}))
    return f"(?=[{first}])(?:" + "|".join(re.escape(w) for w in words) + ")"


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    rows = resources.load_table(TYPES_FILE)
    kind = {r["type"]: r.get("kind") or "meeting" for r in rows if r.get("type")}
    roles = resources.load_table(ROLES_FILE)
    role_of = {r["cue"]: r.get("role") or "guide" for r in roles if r.get("cue")}
    return _Vocab(re.compile(_alternation(list(kind))), kind,
                  re.compile(_alternation(list(role_of))), role_of)


def clear_cache() -> None:
    """Forget compiled vocabularies (after editing the resource files)."""
    _vocab.cache_clear()


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


def _spans(items: Sequence[Any]) -> list[tuple[int, int, Any]]:
    out = [(s, e, it) for it in items for s, e in (it.spans or ())]
    out.sort(key=lambda t: t[0])
    return out


def _sentence_ends(text: str) -> list[int]:
    return [m.end() for m in _SENT_END.finditer(text)]


def _sentence_of(ends: list[int], pos: int, n: int) -> tuple[int, int]:
    """[lo, hi) of the sentence holding ``pos`` given the sentence ends."""
    i = bisect_right(ends, pos)
    return (ends[i - 1] if i else 0), (ends[i] if i < len(ends) else n)


def _clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause of ``text`` around ``pos`` inside the sentence [lo, hi)."""
    start = lo
    for m in _CLAUSE_END.finditer(text, lo, pos):
        start = m.end()
    m = _CLAUSE_END.search(text, pos, hi)
    return start, (m.start() if m else hi)


def _holder(text: str, clause_start: int, verb_start: int, orgs: list[tuple[int, int, Any]]) -> str | None:
    """The body named as the subject right before the holding verb."""
    # the subject comes before a place or basis phrase: X党支部在Y机关召开 -> X党支部
    cut = _PLACE.search(text, clause_start, verb_start)
    stop = cut.start() if cut else verb_start
    inside = [o for s, e, o in orgs if s >= clause_start and e <= stop] or \
        [o for s, e, o in orgs if s >= clause_start and e <= verb_start]
    if inside:
        return inside[-1].name
    chunk = _LEAD_TIME.sub("", text[clause_start:verb_start])
    chunk = _PLACE.split(chunk, maxsplit=1)[0].strip()
    if 2 <= len(chunk) <= 30 and _ORG_SUFFIX.search(chunk) and re.fullmatch(r"[\u4e00-\u9fff（）()]+", chunk):
        return chunk
    return None


def _people_in(text: str, lo: int, hi: int, people: list[tuple[int, int, Any]]) -> list[tuple[int, int, str]]:
    found = [(s, e, p.name) for s, e, p in people if s >= lo and e <= hi]
    if not people:
        stop = min(len(text), hi + 4)  # the look-ahead needs the cue itself
        found = [(m.start(1), m.end(1), m.group(1)) for m in _TITLE_NAME.finditer(text, lo, stop) if m.end(1) <= hi]
    return found


def _body_before(text: str, lo: int, pos: int, orgs: list[tuple[int, int, Any]]) -> str | None:
    inside = [o for s, e, o in orgs if s >= lo and e <= pos]
    if inside:
        return inside[-1].name
    last = None
    for m in _GUIDE_BODY.finditer(text, lo, pos):
        last = m.group(0)
    if last:
        return _LEAD_TIME.sub("", last) or None
    return None


def _bodies_before(text: str, lo: int, pos: int, orgs: list[tuple[int, int, Any]]) -> list[str]:
    """Every guiding body named in [lo, pos) (督导组、纪检监察组派员列席)."""
    inside = [o.name for s, e, o in orgs if s >= lo and e <= pos and o.kind in ("inspection_group", "leading_group")]
    if not inside:
        inside = [_LEAD_TIME.sub("", m.group(0).lstrip("、和及与")) for m in _GUIDE_BODY.finditer(text, lo, pos)]
    return list(dict.fromkeys(b for b in inside if b))


def extract_meetings(text: str, title: str | None = None, people: Sequence[Person] = (),
                     organizations: Sequence[Organization] = ()) -> list[Meeting]:
    """The meetings ``text`` reports, in order of first mention.

    A meeting is a vocabulary type of kind ``meeting`` (or ``activity``) in a
    sentence with a holding verb. Mentions of the same type with no other date
    are one meeting. Presiding, guiding and participant counts found later in
    the text belong to the nearest meeting mentioned before them.
    ``date`` is ISO ``YYYY-MM-DD`` when the text gives the year, else
    ``--MM-DD`` (ISO 8601 without year) for the caller to complete.
    """
    if not text and not title:
        return []
    voc = _vocab()
    meetings: list[Meeting] = []
    themes: dict[int, str] = {}
    found = list(voc.types.finditer(text))  # one pass; only sentences naming a type are read further
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
        if not _HOLD.search(text, lo, hi):
            continue
        campaigns = [m for m in matches if voc.kind.get(m.group(0)) == "campaign"]
        events = [m for m in matches if voc.kind.get(m.group(0)) in ("meeting", "activity")]
        prev_end = None
        for m in events:
            if any(a < m.start() < b for a, b in docs):
                continue  # inside a document title: 《关于召开...专题组织生活会的通知》
            joined = prev_end is not None and "暨" in text[prev_end:m.start()] and not _CLAUSE_END.search(text, prev_end, m.start())
            prev_end = m.end()
            if joined:
                continue  # 成立大会暨学习研讨会: one sitting under two names
            mtype = m.group(0)
            date_m = None
            for d in _DATE.finditer(text, lo, m.start()):
                date_m = d
            date = _date(date_m) if date_m else None
            # 组织生活会 after 专题组织生活会 names the same sitting again
            same = [x for x in meetings if x.type.endswith(mtype) and (date is None or x.date in (None, date))]
            if same:
                if date and same[0].date is None:
                    same[0].date = date
                continue
            theme = next((c.group(0) for c in reversed(campaigns) if c.end() <= m.start()), None)
            cs, _ = _clause(text, m.start(), lo, hi)
            verb = None
            for v in _HOLD.finditer(text[cs:m.start()]):
                verb = v
            holder = _holder(text, cs, cs + verb.start(), orgs) if verb else None
            if verb and holder is None and cs > lo:
                # the subject may open the sentence: X各党支部按照...要求，陆续召开...
                start = lo
                for sep in list(_CLAUSE_END.finditer(text, lo, cs)) + [None]:
                    stop = sep.start() if sep else cs
                    holder = _holder(text, start, stop, [])
                    if holder or sep is None:
                        break
                    start = sep.end()
            mt = Meeting(type=mtype, date=date, holder=holder, span=(m.start(), m.end()), method="rule")
            themes[id(mt)] = theme
            meetings.append(mt)
    if not meetings and title:
        m = next((x for x in voc.types.finditer(title) if voc.kind.get(x.group(0)) in ("meeting", "activity")), None)
        if m:
            campaign = next((x.group(0) for x in voc.types.finditer(title)
                             if voc.kind.get(x.group(0)) == "campaign" and x.end() <= m.start()), None)
            mt = Meeting(type=m.group(0), span=None, method="rule")
            themes[id(mt)] = campaign
            meetings.append(mt)
    if not meetings:
        return []
    _attach_roles(text, meetings, ppl, orgs, voc)
    _attach_participants(text, meetings)
    for mt in meetings:
        if themes.get(id(mt)) and hasattr(mt, "theme"):
            mt.theme = themes[id(mt)]
    return meetings


def _owner(meetings: list[Meeting], pos: int) -> Meeting:
    """The meeting mentioned last before ``pos`` (else the first)."""
    best = meetings[0]
    for mt in meetings:
        if mt.span is not None and mt.span[0] <= pos:
            best = mt
    return best


def _attach_roles(text: str, meetings: list[Meeting], ppl: list[tuple[int, int, Any]],
                  orgs: list[tuple[int, int, Any]], voc: _Vocab) -> None:
    ends = _sentence_ends(text)
    for cue in voc.roles.finditer(text):
        if _NOT_A_ROLE_BEFORE.search(text, max(0, cue.start() - 1), cue.start()) or \
                _NOT_A_ROLE_AFTER.match(text, cue.end()):
            continue  # 以…思想为指导 / 指导思想 / 在…指导下: guidance, not a guide
        lo, hi = _sentence_of(ends, cue.start(), len(text))
        role = voc.role_of[cue.group(0)]
        cs, _ = _clause(text, cue.start(), lo, hi)
        # the subject sits before the cue in its clause: 张三主持 / 会议由张三主持
        names = _people_in(text, cs, cue.start(), ppl)
        mt = _owner(meetings, cue.start())
        if role == "preside":
            for _, _, name in names[-1:] if "、" not in text[cs:cue.start()] else names:
                if name not in mt.presided_by:
                    mt.presided_by.append(name)
            continue
        if names:
            for s, _, name in names:
                body = _body_before(text, cs, s, orgs)
                _add_guide(mt, {"name": name, "body": body, "role": cue.group(0)})
        else:
            for body in _bodies_before(text, cs, cue.start(), orgs):
                _add_guide(mt, {"name": None, "body": body, "role": cue.group(0)})


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


def _attach_participants(text: str, meetings: list[Meeting]) -> None:
    for m in _PARTICIPANTS.finditer(text):
        n = _cn_int(m.group("n1") or m.group("n2"))
        if n is None:
            continue
        mt = _owner(meetings, m.start())
        if mt.participants is None or n > mt.participants:
            mt.participants = n


def meeting_spans(meetings: Sequence[Meeting]) -> list[Span]:
    """Spans of the meeting-type mentions (for displays)."""
    return [m.span for m in meetings if m.span is not None]
