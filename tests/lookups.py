"""What the extractors find in one invented sentence, in the shapes the
extractor tests compare against. One module so the round files share one
definition of each view instead of writing it again in each file (they import
it under their own short names: ``from lookups import org_kinds as orgs_of``).
``tests`` is on pytest's ``pythonpath`` (pyproject.toml)."""
from __future__ import annotations

from reportmine import analyze
from reportmine.extract.meetings import extract_meetings
from reportmine.extract.numbers import extract_numbers
from reportmine.extract.organizations import extract_organizations
from reportmine.extract.slogans import extract_slogans
from reportmine.extract.unit import find_unit
from reportmine.record import Number


def org_kinds(text: str) -> dict[str, str]:
    """Name -> kind of every organization the organization extractor finds."""
    return {o.name: o.kind for o in extract_organizations(text)}


def extracted_org_names(text: str) -> list[str]:
    """Names ``extract_organizations`` finds, in order; every span of each must
    slice to its name or one of its aliases (the folded short forms)."""
    found = extract_organizations(text)
    for o in found:
        for s, e in o.spans:
            assert text[s:e] in (o.name, *o.aliases), (text[s:e], o.name)
    return [o.name for o in found]


def org_names(text: str) -> set[str]:
    """Names of the organizations the whole pipeline finds."""
    return {o.name for o in analyze(text).organizations}


def person_names(text: str) -> list[str]:
    """Names of the people the whole pipeline finds, in order."""
    return [p.name for p in analyze(text).people]


def titles_by_name(text: str) -> dict[str, list[str]]:
    """Titles of each person the whole pipeline finds."""
    return {p.name: p.titles for p in analyze(text).people}


def titles_and_roles(text: str) -> dict[str, tuple[list[str], list[str]]]:
    """Titles and roles of each person the whole pipeline finds."""
    return {p.name: (p.titles, p.roles) for p in analyze(text).people}


def titles_and_org(text: str) -> dict[str, tuple[list[str], str | None]]:
    """Titles and org of each person the whole pipeline finds."""
    return {p.name: (p.titles, p.org) for p in analyze(text).people}


def the_number(text: str, value: float, unit: str | None = None) -> Number:
    """The single number of ``text`` with ``value`` (and ``unit``, when given; fails when absent or repeated)."""
    found = [n for n in extract_numbers(text) if n.value == value and (unit is None or n.unit == unit)]
    assert len(found) == 1, (text, [(n.value, n.unit, n.object) for n in extract_numbers(text)])
    return found[0]


def number_values(text: str) -> list[float]:
    """The values of every number the numbers extractor finds, in order."""
    return [n.value for n in extract_numbers(text)]


def slogan_texts(text: str) -> list[str]:
    """Texts of the slogans ``extract_slogans`` finds, in order."""
    return [s.text for s in extract_slogans(text)]


def meeting_holders(text: str) -> list[tuple[str, str | None]]:
    """(type, holder) of each meeting ``extract_meetings`` finds, in order."""
    return [(m.type, m.holder) for m in extract_meetings(text)]


def unit_found(title: str | None, text: str) -> str | None:
    """The reporting unit ``find_unit`` gives for a title and a text, over the organizations the extractor finds."""
    return find_unit(title, text, extract_organizations(text))
