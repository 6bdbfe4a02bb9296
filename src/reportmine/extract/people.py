"""People with titles (placeholder until the people extractor lands)."""
from __future__ import annotations

from reportmine.record import Organization, Person


def extract_people(text: str, organizations: list[Organization] | None = None) -> list[Person]:
    return []


def credit_people(author: str | None, editor: str | None) -> list[Person]:
    """People named only in the header credits (作者, 编辑)."""
    out = []
    for value, role in ((author, "作者"), (editor, "编辑")):
        for name in (value or "").split("、"):
            if name:
                out.append(Person(name=name, roles=[role], count=0, method="rule"))
    return out
