"""spaCy components that put reportmine's extractions on a ``Doc``.

Each component wraps one pure extractor: it runs it on ``doc.text`` and
writes character spans to ``doc.spans[spans_key]`` (labels say the kind), so
``displacy.render(doc, style="span", options={"spans_key": key})`` shows them.
People and organizations are also merged into ``doc.ents``. Extracted
dataclasses stay reachable via ``span._.rm`` for notebooks.
"""
from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

if not Span.has_extension("rm"):
    Span.set_extension("rm", default=None)


def _char_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    return doc.char_span(start, end, label=label, alignment_mode="expand")


class SpanWriter:
    """Run ``extract(doc) -> [(start, end, label, obj)]`` and store the spans."""

    def __init__(self, name: str, spans_key: str, extract: Callable[[Doc], list[tuple[int, int, str, Any]]],
                 set_ents: bool) -> None:
        self.name = name
        self.spans_key = spans_key
        self.extract = extract
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for start, end, label, obj in self.extract(doc):
            span = _char_span(doc, start, end, label)
            if span is not None:
                span._.rm = obj
                spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents and spans:
            doc.ents = filter_spans(list(doc.ents) + spans)
        return doc


def _people(doc: Doc) -> list[tuple[int, int, str, Any]]:
    from reportmine.extract.organizations import extract_organizations
    from reportmine.extract.people import extract_people

    orgs = [s._.rm for s in doc.spans.get("organizations", [])] if "organizations" in doc.spans else extract_organizations(doc.text)
    orgs = list({id(o): o for o in orgs}.values())
    return [(s, e, "PERSON", p) for p in extract_people(doc.text, orgs) for s, e in p.spans]


def _organizations(doc: Doc) -> list[tuple[int, int, str, Any]]:
    from reportmine.extract.organizations import extract_organizations

    return [(s, e, "ORG", o) for o in extract_organizations(doc.text) for s, e in o.spans]


def _numbers(doc: Doc) -> list[tuple[int, int, str, Any]]:
    from reportmine.extract.numbers import extract_numbers

    protected = [(s.start_char, s.end_char) for key in ("slogans", "organizations") for s in doc.spans.get(key, [])]
    return [(n.span[0], n.span[1], (n.metric or "COUNT").upper(), n) for n in extract_numbers(doc.text, protected)]


def _slogans(doc: Doc) -> list[tuple[int, int, str, Any]]:
    from reportmine.extract.slogans import extract_slogans

    return [(s, e, sl.kind.upper(), sl) for sl in extract_slogans(doc.text) for s, e in sl.spans]


@Language.factory("reportmine_organizations", default_config={"spans_key": "organizations", "set_ents": True})
def make_organizations(nlp: Language, name: str, spans_key: str, set_ents: bool) -> SpanWriter:
    return SpanWriter(name, spans_key, _organizations, set_ents)


@Language.factory("reportmine_people", default_config={"spans_key": "people", "set_ents": True})
def make_people(nlp: Language, name: str, spans_key: str, set_ents: bool) -> SpanWriter:
    return SpanWriter(name, spans_key, _people, set_ents)


@Language.factory("reportmine_numbers", default_config={"spans_key": "numbers", "set_ents": False})
def make_numbers(nlp: Language, name: str, spans_key: str, set_ents: bool) -> SpanWriter:
    return SpanWriter(name, spans_key, _numbers, set_ents)


@Language.factory("reportmine_slogans", default_config={"spans_key": "slogans", "set_ents": False})
def make_slogans(nlp: Language, name: str, spans_key: str, set_ents: bool) -> SpanWriter:
    return SpanWriter(name, spans_key, _slogans, set_ents)
