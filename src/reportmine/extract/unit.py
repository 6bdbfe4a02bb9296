"""The reporting unit: whose meeting or campaign the article reports.

Why the title and first sentence: news of this genre names its subject up
front (医院党委召开…, ——省人大机关认真组织召开…, 5月16日上午，后勤党工委在…召开).
The unit is the first organization there that stands as a subject: not the
object of a preposition or a source (根据区委部署, 邀请…), not a website
(…法院网讯), not the head of a title (市委书记). A sentence that names the unit
more specifically than the title (title 某大学, sentence 某大学后勤党总支第二党
支部) wins. Several subjects joined by 、 mean a joint or round-up report, whose
unit is null. Where no organization is a subject, the body heading a post
holder who acts (某大学党委书记王某为师生讲党课) stands for it, then a generic
word in subject position (学校, 医院). Cue words live in
``resources/unit_cues.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportmine.extract.organizations import extract_organizations
from reportmine.record import Organization
from reportmine.resources import load_json

#: How much of the body counts as its opening, in characters.
OPENING = 220
_SPACE = " \t\u3000\xa0"


@dataclass(frozen=True)
class _Cues:
    not_after: tuple[str, ...]
    not_before: tuple[str, ...]
    generic: tuple[str, ...]
    round_up: tuple[str, ...]
    posts: tuple[str, ...]
    generic_re: re.Pattern[str]
    sentence_end: re.Pattern[str]


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    data = load_json("unit_cues.json")
    generic = tuple(sorted(data["generic_units"], key=len, reverse=True))
    return _Cues(
        not_after=tuple(sorted(data["not_after"], key=len, reverse=True)),
        not_before=tuple(sorted(data["not_before"], key=len, reverse=True)),
        generic=generic,
        round_up=tuple(data.get("round_up", [])),
        posts=tuple(data.get("posts", [])),
        generic_re=re.compile("|".join(map(re.escape, generic))),
        sentence_end=re.compile("[" + re.escape(data["sentence_end"]) + "]"),
    )


def _sentences(text: str, cues: _Cues, n: int = 2) -> list[str]:
    """The first ``n`` sentences of the opening (empty lines skipped)."""
    out: list[str] = []
    for part in cues.sentence_end.split(text[:OPENING * n]):
        if part.strip():
            out.append(part)
        if len(out) == n:
            break
    return out


def _mentions(region: str) -> list[tuple[int, int, str]]:
    """Every organization occurrence in ``region`` as (start, end, name), in order."""
    found = [(s, e, o.name) for o in extract_organizations(region) for s, e in o.spans]
    return sorted(found)


def _is_subject(region: str, s: int, e: int, cues: _Cues) -> bool:
    before = region[:s].rstrip(_SPACE)
    after = region[e:].lstrip(_SPACE)
    if any(before.endswith(w) for w in cues.not_after):
        return False
    return not any(after.startswith(w) for w in cues.not_before)


def _subject(region: str, cues: _Cues) -> tuple[str | None, bool]:
    """The first subject organization in ``region``; the flag says a joint report."""
    mentions = _mentions(region)
    for k, (s, e, name) in enumerate(mentions):
        if not _is_subject(region, s, e, cues):
            continue
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        joint = nxt is not None and region[e:nxt[0]].strip(_SPACE) in ("、", "和", "与", "及")
        return name, joint
    return None, False


def _post_body(region: str, cues: _Cues) -> str | None:
    """The first organization heading a post (…党委书记), not the object of a cue."""
    for s, e, name in _mentions(region):
        before = region[:s].rstrip(_SPACE)
        if any(before.endswith(w) for w in cues.not_after):
            continue
        if region[e:].lstrip(_SPACE).startswith(cues.posts):
            return name
    return None


def _generic_subject(region: str, cues: _Cues) -> str | None:
    for m in cues.generic_re.finditer(region):
        if _is_subject(region, m.start(), m.end(), cues):
            before = region[:m.start()].rstrip(_SPACE)
            # the generic word must open a clause, not end a longer name
            if not before or not ("\u4e00" <= before[-1] <= "\u9fff") or before.endswith(("日", "午", "晚", "近日", "日前")):
                return m.group()
    return None


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def find_unit(title: str | None, text: str, organizations: list[Organization]) -> str | None:
    """The unit the article reports on, as named in the title or opening; or None.

    ``organizations`` (the body's, from extract_organizations) is accepted for
    callers that have it; the title and opening are re-read here because the
    unit's position matters, not just its presence.
    """
    cues = _cues()
    regions = ([title] if title else []) + _sentences(text, cues)
    chosen: str | None = None
    for region in regions:
        name, joint = _subject(region, cues)
        if name is None:
            if chosen is None and any(w in region for w in cues.round_up):
                return None  # 近日，全市各单位纷纷…: a round-up, not one unit's report
            continue
        if chosen is None:
            if joint:
                return None
            chosen = name
            if region is not title:
                break
            continue
        # The opening may name the title's unit more fully (临溪县法院党组 ->
        # 临溪县人民法院党组) or more specifically (某大学 -> 某大学后勤党总支).
        if name != chosen and _is_subsequence(chosen, name):
            chosen = name
        break
    if chosen is not None:
        return chosen
    for region in regions:
        # 某大学党委书记王某为师生讲党课: no organization is the subject, but the
        # post holder speaks for the body that heads the post.
        name = _post_body(region, cues)
        if name:
            return name
    for region in regions:
        word = _generic_subject(region, cues)
        if word:
            return word
    return None
