"""The article record of CONTRACT.md as dataclasses.

Every extractor returns these instead of dicts so that notebooks, tables and
the CLI agree on one shape; ``to_dict`` gives the JSON form that
``reportmine extract`` writes and ``from_dict`` reads it back.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Any

import orjson

Span = tuple[int, int]


@dataclass
class Person:
    name: str
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    org: str | None = None
    count: int = 1
    spans: list[Span] = field(default_factory=list)
    method: str = "rule"


@dataclass
class Organization:
    name: str
    kind: str = "other"
    count: int = 1
    spans: list[Span] = field(default_factory=list)
    method: str = "rule"
    #: shorter forms the text also writes for this body and that were folded into
    #: ``name`` (第四支部 for 第四党支部, 市委会 for 民盟某市委会): every span's text
    #: is ``name`` or one of these
    aliases: list[str] = field(default_factory=list)


@dataclass
class Number:
    value: float | int
    approx: str | None
    unit: str | None
    object: str | None
    actor: str | None
    metric: str | None
    text: str
    span: Span
    sentence: int | None = None
    method: str = "rule"


@dataclass
class Slogan:
    text: str
    kind: str
    count: int = 1
    spans: list[Span] = field(default_factory=list)
    expansion: list[str] = field(default_factory=list)
    method: str = "rule"
    #: stretches inside ``spans`` that ``text`` leaves out: a bracketed note after an
    #: item (思想建设(意识形态)、组织建设…), so the formula reads as listed while every
    #: span still covers what the page wrote; a span less these reads ``text``
    omitted: list[Span] = field(default_factory=list)


@dataclass
class Meeting:
    """One meeting the article reports (see compare/meetings)."""

    type: str
    date: str | None = None
    holder: str | None = None
    presided_by: list[str] = field(default_factory=list)
    guides: list[dict[str, Any]] = field(default_factory=list)
    participants: int | None = None
    span: Span | None = None
    method: str = "rule"
    theme: str | None = None


@dataclass
class Article:
    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = None
    source: str | None = None
    author: str | None = None
    editor: str | None = None
    unit: str | None = None
    text: str = ""
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    encoding: str | None = None
    #: "traditional" when the page was written in traditional characters: ``text``, the
    #: fields and every name are its simplified conversion, of the same length
    converted_from: str | None = None
    content_hash: str | None = None
    config_hash: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record, exactly as a JSON file holds it (spans as lists).

        Built by orjson, which reads the dataclasses directly: ``asdict`` and
        its deep copies cost as much as two extractors per article in a batch.
        A record made here equals one read back from the cache or a JSONL file.
        """
        try:
            return orjson.loads(orjson.dumps(self))
        except (TypeError, orjson.JSONEncodeError):  # a value orjson will not take (an int beyond 64 bits)
            return json.loads(json.dumps(asdict(self), ensure_ascii=False))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Read a record back, ignoring fields this version does not know."""
        known = {f.name for f in fields(cls)}
        kw = {k: v for k, v in data.items() if k in known}
        kw["people"] = [_build(Person, p) for p in data.get("people") or []]
        kw["organizations"] = [_build(Organization, o) for o in data.get("organizations") or []]
        kw["numbers"] = [_build(Number, n) for n in data.get("numbers") or []]
        kw["slogans"] = [_build(Slogan, s) for s in data.get("slogans") or []]
        kw["meetings"] = [_build(Meeting, m) for m in data.get("meetings") or []]
        return cls(**kw)


def _build(kind: type, data: dict[str, Any]) -> Any:
    known = {f.name for f in fields(kind)}
    kw = {k: v for k, v in data.items() if k in known}
    for key in ("spans", "omitted"):
        if key in kw and kw[key] is not None:
            kw[key] = [tuple(s) for s in kw[key]]
    if "span" in kw and kw["span"] is not None:
        kw["span"] = tuple(kw["span"])
    return kind(**kw)
