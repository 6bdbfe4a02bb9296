"""Slogans and documents (placeholder until the slogan extractor lands)."""
from __future__ import annotations

from reportmine.record import Slogan


def extract_slogans(text: str) -> list[Slogan]:
    return []
