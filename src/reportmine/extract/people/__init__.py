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

The finders live in modules of their own, in the order the data flows:
``lexicon`` (the word lists), ``names`` (where a name starts and ends),
``titles`` (post words and the names they hold), ``mentions`` (the other
frames), ``credits`` (bylines and credits) and ``roles`` (what each person
does); this module runs them and merges their mentions into people.
"""
from __future__ import annotations

import re

from reportmine.extract.numerals import NUMERAL_CHARS, middle_hedges
from reportmine.extract.people.credits import _credit_mentions, _neighbour_mentions
from reportmine.extract.people.lexicon import _CREDIT_NAME, _CREDIT_SPLIT, _lexicon
from reportmine.extract.people.mentions import (
    _agent_mentions, _anchor_mentions, _appointed_list_mentions, _clause_act_mentions, _department_mentions,
    _group_mentions, _list_mentions, _relieved_mentions, _resigned_mentions, _subject_mentions,
)
from reportmine.extract.people.names import (
    _Ctx, _DOTS, _Mention, _not_mention, parse_name_at, parse_name_before,
)
from reportmine.extract.people.roles import (
    _add_title, _appointed_titles, _elected_titles, _inside_word, _respective_posts_late, _roles, _two_posts,
)
from reportmine.extract.people.titles import _mask_regions, _title_mentions
from reportmine.names import split_joined_names
from reportmine.record import Organization, Person

__all__ = [
    "credit_people", "extract_people", "parse_name_at", "parse_name_before", "split_joined_names",
]


def _list_marks_read(text: str, table: dict[int, str]) -> str:
    """The text with characters typed for a list mark read as 、 (甲丶乙丶丙: 丶 is a
    stroke, never a word of its own in a report), so a list of names reads as one.
    One character for one, so every span stays valid."""
    if table and any(chr(c) in text for c in table):
        return text.translate(table)
    return text


def extract_people(text: str, organizations: list[Organization] | None = None) -> list[Person]:
    """Every named person in ``text`` with titles, roles, org, count and spans.

    ``organizations`` (from the organization extractor) lets a titled person
    be bound to the body written before the title.
    """
    lex = _lexicon()
    text = _list_marks_read(text, lex.list_mark_table)
    ctx = _Ctx(text=text, lex=lex, masked=_mask_regions(text),
               has_dots=any(d in text for d in _DOTS))
    mentions = _credit_mentions(ctx)
    mentions += _anchor_mentions(ctx)
    mentions += _appointed_list_mentions(ctx)  # before the titles: 甲任副主席 reads back to a known 甲
    mentions += _title_mentions(ctx, organizations or [])
    mentions += _subject_mentions(ctx)
    mentions += _relieved_mentions(ctx)
    mentions += _resigned_mentions(ctx)
    mentions += _list_mentions(ctx)
    mentions += _clause_act_mentions(ctx)
    mentions += _agent_mentions(ctx)
    mentions += _group_mentions(ctx, organizations or [])
    mentions += _department_mentions(ctx)
    mentions += _neighbour_mentions(ctx, mentions)
    by_span: dict[tuple[int, int], _Mention] = {}
    hedges = middle_hedges()
    for m in mentions:
        if m.start and (text[m.start] in hedges or text[m.start] in lex.count_classifiers) \
                and text[m.start - 1] in NUMERAL_CHARS:
            continue  # 80余人赴, 10位述职同志: a count's hedge or classifier after its numeral, no surname (余, 位)
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
    org_names = [o.name for o in organizations or []]
    if names:
        occupied = bytearray(len(text) + 1)
        for m in kept:
            occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        for name in sorted(names, key=len, reverse=True):
            s = text.find(name)
            while s != -1:
                e = s + len(name)
                if not any(occupied[s:e]) and not _not_mention(ctx, s, e) and not _inside_word(text, s, e) \
                        and not _place_named_after(ctx, s, e, org_names):
                    kept.append(_Mention(s, e))
                    occupied[s:e] = b"\x01" * (e - s)
                s = text.find(name, e)
    kept.sort(key=lambda m: m.start)
    _body_before_name(ctx, kept, organizations or [])
    _elected_titles(ctx, kept)
    _appointed_titles(ctx, kept)
    _respective_posts_late(ctx, kept)
    _roles(ctx, kept, organizations)
    people: dict[str, Person] = {}
    for m in kept:
        name = text[m.start:m.end]
        if " " in name:
            name = name.replace(" ", "")  # 甲某 ·洛桑某某: a stray space beside a name's dot is no part of it
        person = people.get(name)
        if person is None:
            person = people[name] = Person(name=name, count=0, method="rule")
        person.count += 1
        person.spans.append((m.start, m.end))
        for t in m.titles:
            _add_title(person.titles, t, deputies=any(_two_posts(t, o) for o in m.titles))
        for r in m.roles:
            if r not in person.roles:
                person.roles.append(r)
        person.org = person.org or m.org
    return list(people.values())


def _place_named_after(ctx: _Ctx, s: int, e: int, org_names: list[str]) -> bool:
    """Whether the found name at ``s:e`` is the stem of a place named after the
    person (杨某镇 of the martyr 杨某): a level character follows it, no post
    word opens there (某某镇长, 某某县委书记 keep the person), and some found
    organization opens with that place (杨某镇党委). Such an occurrence names the
    place, not the person, so it is no mention of him."""
    text, lex = ctx.text, ctx.lex
    if text[e:e + 1] not in lex.level_chars or lex.title_re.match(text, e):
        return False
    place = text[s:e + 1]
    return any(o.startswith(place) for o in org_names)


def _body_before_name(ctx: _Ctx, kept: list[_Mention], organizations: list[Organization]) -> None:
    """Give an untitled mention the body written right before it as its org.

    The text says whom a person belongs to as much by 督导组某某同志 as by
    督导组组长某某, so a found body ending where the name starts is its org;
    the names of a 、 list that opens there share it (督导组甲、乙同志).
    A mention keeps the org its title bound; a title written after the name
    (委员会某某主任) binds none, so the body before the name is its org.
    """
    if not organizations:
        return
    by_end: dict[int, str] = {}
    for org in sorted(organizations, key=lambda o: len(o.name)):
        for _, e in org.spans:
            by_end[e] = org.name  # the longest body ending there wins
    text = ctx.text
    prev: _Mention | None = None
    for m in kept:
        if m.org is None and m.start in by_end:
            m.org = by_end[m.start]  # (a title after the name too: 内务司法委员会某某主任)
        elif m.org is None and not m.titles and prev is not None and prev.org and not prev.titles \
                and prev.end + 1 == m.start and text[prev.end] == "、":
            m.org = prev.org
        prev = m


_CREDIT_NOT_NAME = re.compile(
    r"(?:[部办科处委局院室站社网报台组队]|中心|协会|学会|公司|集团|中学|小学|大学|学校)$|^(?:本报|本网|本台|记者|通讯员|特约|见习|实习|供稿|来源)")


def credit_people(author: str | None, editor: str | None, photographers: list[str] | None = None,
                  reviewers: list[str] | None = None, producers: list[str] | None = None,
                  reviewer_role: dict[str, str] | None = None) -> list[Person]:
    """People named only in the header credits (作者, 编辑) or on credit lines out of the body (摄影, 审核, 制作).

    A credit field may also name a desk, unit or site (宣传部 欧阳某, 某禾健康):
    only tokens that read as a personal name (2-3 characters, or 4 after a
    compound surname, not ending like a body) are people. A reviewer gets the
    role its label gives (``reviewer_role``: 校对：某某 -> 校对), 审核 by default.
    """
    out = []
    seen = set()
    surnames2 = _lexicon().surnames2
    for value, role in ((author, "作者"), (editor, "编辑"), ("、".join(photographers or ()), "摄影"),
                        ("、".join(reviewers or ()), "审核"), ("、".join(producers or ()), "制作")):
        for name in _CREDIT_SPLIT.split(value or ""):
            if not _CREDIT_NAME.fullmatch(name) or _CREDIT_NOT_NAME.search(name):
                continue
            if len(name) > 4 and "·" not in name:
                continue
            if len(name) == 4 and "·" not in name and name[:2] not in surnames2:
                continue  # 作者:某禾健康: a four-character credit is a site or brand unless 欧阳某某
            if name not in seen:
                seen.add(name)
                if role == "审核" and reviewer_role:
                    role_here = reviewer_role.get(name, role)
                else:
                    role_here = role
                out.append(Person(name=name, roles=[role_here], count=0, method="rule"))
    return out
