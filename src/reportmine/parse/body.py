"""Find the article body among a page's text lines.

Each line gets a weight: long text with Chinese sentence punctuation is
positive, link-heavy or short unpunctuated lines (menus, widgets, labels) are
negative. The body is the contiguous run of lines with the largest total
weight (a maximum-subarray search), widened to short lines that sit inside
the same container (photo captions, section headings) and then cleaned of
furniture. This is the text-density idea of CETR/GNE reduced to one pass over
the flattened page, so one wrapper ``<div>`` too many or too few does not
matter.
"""
from __future__ import annotations

import re

from lxml import etree

from reportmine.parse.dom import Line
from reportmine.parse.furniture import is_boilerplate

_PUNCT = re.compile(r"[，。；！？、：“”‘’,;!?（）《》]")
_STRONG = re.compile(r"[，。；！？,;!?]")


def line_weight(line: Line) -> float:
    """Positive for prose, negative for navigation and widgets."""
    n = line.size
    if n == 0:
        return 0.0
    if n <= 150 and is_boilerplate(line.text):  # furniture lines are short
        return -10.0
    lk = line.links
    if line.link_ratio > 0.5:
        return -(3.0 + 0.5 * n)
    strong = len(_STRONG.findall(line.text))
    if strong == 0:
        return -4.0 if n < 40 else 0.2 * n - 8
    return (n - lk) - 3.0 * lk - 4.0 + 2.0 * strong


def best_run(weights: list[float]) -> tuple[int, int]:
    """(start, end) inclusive of the contiguous run with the largest sum."""
    best, best_s, best_e = float("-inf"), 0, -1
    cur, cur_s = 0.0, 0
    for i, w in enumerate(weights):
        if cur <= 0:
            cur, cur_s = w, i
        else:
            cur += w
        if cur > best:
            best, best_s, best_e = cur, cur_s, i
    return best_s, best_e


def common_ancestor(elements: list[etree._Element]) -> etree._Element | None:
    """The deepest element containing every element given."""
    if not elements:
        return None
    paths = []
    for el in elements[:200]:
        chain = [el, *el.iterancestors()]
        chain.reverse()
        paths.append(chain)
    lca = None
    for nodes in zip(*paths):
        first = nodes[0]
        if all(n is first for n in nodes):
            lca = first
        else:
            break
    return lca


def is_inside(el: etree._Element, container: etree._Element) -> bool:
    if el is container:
        return True
    return any(a is container for a in el.iterancestors())


def core_range(lines: list[Line]) -> tuple[int, int]:
    """Indexes (first, last) of the body's lines; (0, -1) when there is no prose."""
    if not lines:
        return 0, -1
    for line in lines:
        line.weight = line_weight(line)
    s, e = best_run([l.weight for l in lines])
    if e < s or lines[s].weight <= 0:
        return 0, -1
    return s, e
