"""Organizations (placeholder until the organization extractor lands)."""
from __future__ import annotations

from reportmine.record import Organization


def extract_organizations(text: str) -> list[Organization]:
    return []
