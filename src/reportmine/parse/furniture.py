"""Recognise page furniture lines: widgets, footers, end-of-article markers.

The patterns are data (``resources/boilerplate.txt`` for lines dropped
anywhere, ``resources/body_end_markers.txt`` for headings after which nothing
belongs to the article), so a new CMS needs no code change.
"""
from __future__ import annotations

import re
from functools import lru_cache

from reportmine import resources


@lru_cache(maxsize=1)
def boilerplate_patterns() -> re.Pattern[str]:
    """All furniture patterns joined into one compiled alternation."""
    pats = resources.load_lines("boilerplate.txt")
    return re.compile("|".join(f"(?:{p})" for p in pats))


@lru_cache(maxsize=1)
def end_marker_pattern() -> re.Pattern[str]:
    pats = resources.load_lines("body_end_markers.txt")
    return re.compile("|".join(f"(?:{p})" for p in pats))


def is_boilerplate(line: str) -> bool:
    """True for page furniture (print/share/font widgets, copyright, pagers)."""
    return boilerplate_patterns().search(line) is not None


def is_end_marker(line: str) -> bool:
    """True for a line such as 相关阅读 or a copyright footer that closes the article."""
    return end_marker_pattern().search(line) is not None
