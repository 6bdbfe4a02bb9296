"""The reporting unit (placeholder until the organization extractor lands)."""
from __future__ import annotations

from reportmine.record import Organization


def find_unit(title: str | None, text: str, organizations: list[Organization]) -> str | None:
    return None
