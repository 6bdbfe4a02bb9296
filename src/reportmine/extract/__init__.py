"""The four extractors and the reporting unit, as pure functions on ``str``.

Order matters: slogans first (numbered formulas such as 四个意识 and 三会一课
are protected from the number extractor), organizations before people (a
person's ``org``), numbers last.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportmine.record import Number, Organization, Person, Slogan


@dataclass
class Extraction:
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)
    slogans: list[Slogan] = field(default_factory=list)
    unit: str | None = None


def extract_all(text: str, title: str | None = None) -> Extraction:
    """Run every extractor over one cleaned body (spans index ``text``)."""
    from reportmine.extract.numbers import extract_numbers
    from reportmine.extract.organizations import extract_organizations, known_names
    from reportmine.extract.people import extract_people
    from reportmine.extract.slogans import extract_slogans, with_headline
    from reportmine.extract.unit import find_unit

    slogans = extract_slogans(text)
    organizations = extract_organizations(text)
    people = _not_bodies(extract_people(text, organizations), known_names())
    organizations = _not_people(organizations, people, text)
    protected = [s for sl in slogans for s in sl.spans] + [s for o in organizations for s in o.spans]
    numbers = extract_numbers(text, protected)
    unit = find_unit(title, text, organizations)
    return Extraction(people, organizations, numbers, with_headline(slogans, title), unit)


def _not_bodies(people: list[Person], known: frozenset[str]) -> list[Person]:
    """The people whose name is no body known by its name alone.

    A known name that opens with a surname character (欧佩克: 欧 + 佩克) reads
    as a person before a verb cue (欧佩克决定减产); with no title of its own,
    the body of org_known.txt wins, and _not_people then keeps it.
    """
    return [p for p in people if p.titles or p.name not in known]


def _not_people(organizations: list[Organization], people: list[Person], text: str = "") -> list[Organization]:
    """The organizations that are no person's name.

    A one-character qualifier before an ending that is also a given name
    (郭|海军) reads as a body; the people extractor, seeing the cues around
    it (书记郭海军主持), reads the same span as a person, and the person wins.
    So does a person's name written before a head's post (刘某学|院长表示: 院长
    after a name the people extractor found elsewhere), which reads as a
    body ending in the post's first character (刘某学院): every span is the
    name and one character, and 长 follows it.
    """
    taken = {tuple(sp) for p in people for sp in p.spans}
    names = {p.name for p in people if len(p.name) > 1}
    return [o for o in organizations if not o.spans or not (
        all(tuple(sp) in taken for sp in o.spans)
        or (o.name[:-1] in names and all(text.startswith(_HEAD_POST, e) for _, e in o.spans)))]


#: The character that makes a body's one-character ending the head's post (院|长, 局|长).
_HEAD_POST = "长"
