"""Recognise page furniture lines: widgets, footers, end-of-article markers.

The patterns are data (``resources/boilerplate.txt`` for lines dropped
anywhere, ``resources/body_end_markers.txt`` for headings after which nothing
belongs to the article), so a new CMS needs no code change.

Speed: every line of every page is tested, so the patterns are not searched
one by one nor as one unanchored alternation (which re-tries every branch at
every position). Patterns anchored with ``^`` are joined under a single
``match`` at the start of the line; only the few loose ones are searched. The
answer for a line is memoised, because the body finder, the widening step and
the field readers ask about the same lines.
"""
from __future__ import annotations

import re
from typing import Callable

from reportmine import resources


def _anchored(pattern: str) -> bool:
    """True when ``pattern`` starts with ``^`` that governs all of it (no top-level ``|``)."""
    if not pattern.startswith("^"):
        return False
    depth, in_class, i = 0, False, 1
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":  # []] : a literal ] first in a class
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


def compile_line_tests(patterns: tuple[str, ...] | list[str]) -> Callable[[str], bool]:
    """One test ``line -> bool`` equivalent to ``any(re.search(p, line) for p in patterns)``."""
    anchored = [p[1:] for p in patterns if _anchored(p)]
    loose = [p for p in patterns if not _anchored(p)]
    # most anchored patterns open with \s*: said once, each branch starts with a literal
    # or a class, which the engine rejects at the first character
    blank = [p[3:] for p in anchored if p.startswith(r"\s*")]
    other = [p for p in anchored if not p.startswith(r"\s*")]
    parts = ([r"\s*(?:" + "|".join(f"(?:{p})" for p in blank) + ")"] if blank else []) + [f"(?:{p})" for p in other]
    start = re.compile("|".join(parts)).match if parts else None
    anywhere = re.compile("|".join(f"(?:{p})" for p in loose)).search if loose else None

    def test(line: str) -> bool:
        return bool((start is not None and start(line)) or (anywhere is not None and anywhere(line)))

    return test


@resources.derived
def boilerplate_patterns() -> re.Pattern[str]:
    """All furniture patterns joined into one compiled alternation (slow; for inspection)."""
    pats = resources.load_lines("boilerplate.txt")
    return re.compile("|".join(f"(?:{p})" for p in pats))


@resources.derived
def end_marker_pattern() -> re.Pattern[str]:
    pats = resources.load_lines("body_end_markers.txt")
    return re.compile("|".join(f"(?:{p})" for p in pats))


@resources.derived
def _boilerplate_test() -> Callable[[str], bool]:
    return compile_line_tests(resources.load_lines("boilerplate.txt"))


@resources.derived
def _end_marker_test() -> Callable[[str], bool]:
    return compile_line_tests(resources.load_lines("body_end_markers.txt"))


@resources.derived(maxsize=8192)
def is_boilerplate(line: str) -> bool:
    """True for page furniture (print/share/font widgets, copyright, pagers)."""
    return _boilerplate_test()(line)


@resources.derived(maxsize=4096)
def is_end_marker(line: str) -> bool:
    """True for a line such as 相关阅读 or a copyright footer that closes the article."""
    return _end_marker_test()(line)


def clear_caches() -> None:
    """Forget compiled patterns and memoised answers (after resource folders change):
    the same as ``resources.clear_cache()``, which reaches every lexicon-derived cache."""
    resources.clear_cache()
