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
from typing import Callable

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
    first = _STRONG.search(line.text)  # most short lines have none: no list of matches to build
    if first is None:
        return -4.0 if n < 40 else 0.2 * n - 8
    strong = len(_STRONG.findall(line.text, first.start()))
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
    """The deepest element containing every element given.

    The first element's chain of ancestors is built once; every other element
    climbs only until it meets that chain (the meeting point can only rise).
    """
    if not elements:
        return None
    first = elements[0]
    chain = [first, *first.iterancestors()]
    chain.reverse()  # root first
    depth_of = {id(n): d for d, n in enumerate(chain)}
    deepest = len(chain) - 1  # depth of the common ancestor found so far
    for el in elements[1:200]:
        d = depth_of.get(id(el))
        if d is None:
            for a in el.iterancestors():
                d = depth_of.get(id(a))
                if d is not None:
                    break
            else:
                return None  # another tree
        if d < deepest:
            deepest = d
    return chain[deepest]


def inside_test(container: etree._Element) -> Callable[[etree._Element], bool]:
    """``lambda el: is_inside(el, container)``, remembering every element it climbs through.

    The body's neighbours share their blocks and ancestors, so after the first
    climb most answers are a dictionary lookup. The elements seen are kept
    alive with the memo, so an ``id`` never names two elements.
    """
    known: dict[int, bool] = {id(container): True}
    keep: list[etree._Element] = [container]

    def test(el: etree._Element) -> bool:
        ans = known.get(id(el))
        if ans is not None:
            return ans
        path = [el]
        node = el.getparent()
        while node is not None:
            ans = known.get(id(node))
            if ans is not None:
                break
            path.append(node)
            node = node.getparent()
        else:
            ans = False  # reached the root without meeting the container
        for n in path:
            known[id(n)] = ans
        keep.extend(path)
        return ans

    return test


def is_inside(el: etree._Element, container: etree._Element) -> bool:
    if el is container:
        return True
    return any(a is container for a in el.iterancestors())


def core_range(lines: list[Line], weighed: bool = False) -> tuple[int, int]:
    """Indexes (first, last) of the body's lines; (0, -1) when there is no prose.

    ``weighed``: the lines already carry their ``line_weight`` (a second search
    over part of the page need not weigh them again).
    """
    if not lines:
        return 0, -1
    if not weighed:
        for line in lines:
            line.weight = line_weight(line)
    s, e = best_run([l.weight for l in lines])
    if e < s or lines[s].weight <= 0:
        return 0, -1
    return s, e
