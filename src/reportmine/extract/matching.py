"""Regex helpers several extractors share.

Rules often ask for the last cue before a point (the last 认为 before a
role cue, the last full date before a bare day, the last meeting word before
a body's ending); ``re`` only scans forwards, so each such rule would write
the same loop.
"""
from __future__ import annotations

import re


def last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The last non-overlapping match of ``pattern`` inside ``text[lo:hi]``, or None."""
    last = None
    for last in pattern.finditer(text, lo, hi):
        pass
    return last
