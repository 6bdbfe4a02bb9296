"""The CSS selectors site files use, translated to XPath for lxml.

Site rules (``resources/sites/*.json``) pick article fields with CSS
selectors. Running them through BeautifulSoup meant building a second,
slow tree of every page (about 18 ms a page, eight times the whole generic
parse); translated to XPath they run on the lxml tree the parser already has.

Supported: type selectors and ``*``, ``#id``, ``.class`` (any number),
attribute tests ``[a]``, ``[a=v]``, ``[a~=v]``, ``[a|=v]``, ``[a^=v]``,
``[a$=v]``, ``[a*=v]``, the combinators descendant, ``>``, ``+``, ``~``, and
selector lists (``a, b``). Anything else (pseudo-classes such as
``:nth-child``) gives ``None``, and the caller falls back to BeautifulSoup.
"""
from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

# a CSS identifier: not starting with a digit or a hyphen and a digit (#111 is no selector)
_IDENT = r"-?[A-Za-z_\u00a0-\uffff][\w\-\u00a0-\uffff]*"
_COMPOUND = re.compile(
    rf"(?P<type>\*|[A-Za-z][\w-]*)?(?P<rest>(?:#{_IDENT}|\.{_IDENT}|\[[^\]]+\])*)")
_PART = re.compile(rf"#(?P<id>{_IDENT})|\.(?P<cls>{_IDENT})|\[(?P<attr>[^\]]+)\]")
_ATTR = re.compile(r"^\s*(?P<name>[A-Za-z_][\w\-:]*)\s*(?:(?P<op>[~|^$*]?=)\s*(?P<val>\"[^\"]*\"|'[^']*'|[^\s\"']+)\s*)?$")
_COMBINATOR = re.compile(r"\s*([>+~])\s*|\s+")


def _literal(value: str) -> str | None:
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    return None


def _attr_test(spec: str) -> str | None:
    m = _ATTR.match(spec)
    if not m:
        return None
    name, op, val = m["name"].lower(), m["op"], m["val"]
    if op is None:
        return f"@{name}"
    if val[:1] in "\"'":
        val = val[1:-1]
    lit = _literal(val)
    if lit is None:
        return None
    a = f"@{name}"
    if op == "=":
        return f"{a}={lit}"
    if op == "~=":
        return f"contains(concat(' ',normalize-space({a}),' '),concat(' ',{lit},' '))" if val and " " not in val else "false()"
    if op == "|=":
        return f"({a}={lit} or starts-with({a},concat({lit},'-')))"
    if not val:  # [a^=""] and friends match nothing
        return "false()"
    if op == "^=":
        return f"starts-with({a},{lit})"
    if op == "$=":
        return f"substring({a},string-length({a})-string-length({lit})+1)={lit}"
    if op == "*=":
        return f"contains({a},{lit})"
    return None


def _compound(text: str, pos: int) -> tuple[str, int] | None:
    """``tag#id.cls[attr]`` at ``pos``: (``tag[predicates]``, end) or None."""
    m = _COMPOUND.match(text, pos)
    if not m or m.end() == pos:
        return None
    tag = (m["type"] or "*").lower()
    preds = []
    for part in _PART.finditer(m["rest"]):
        if part["id"] is not None:
            lit = _literal(part["id"])
            preds.append(f"@id={lit}")
        elif part["cls"] is not None:
            preds.append(f"contains(concat(' ',normalize-space(@class),' '),' {part['cls']} ')")
        else:
            test = _attr_test(part["attr"])
            if test is None:
                return None
            preds.append(test)
    return tag + "".join(f"[{p}]" for p in preds), m.end()


def _one(selector: str) -> str | None:
    s = selector.strip()
    if not s:
        return None
    first = _compound(s, 0)
    if first is None:
        return None
    path, pos = "descendant-or-self::" + first[0], first[1]
    while pos < len(s):
        c = _COMBINATOR.match(s, pos)
        if not c or c.end() == pos:
            return None
        comb = c.group(1) or " "
        nxt = _compound(s, c.end())
        if nxt is None:
            return None
        step, pos = nxt
        if comb == " ":
            path += "/descendant::" + step
        elif comb == ">":
            path += "/" + step
        elif comb == "+":
            path += "/following-sibling::*[1]/self::" + step
        else:
            path += "/following-sibling::" + step
    return path


@lru_cache(maxsize=256)
def css_to_xpath(selector: str) -> etree.XPath | None:
    """A compiled XPath equivalent to ``selector``, or None for a selector outside the subset."""
    if not selector or any(ch in selector for ch in ":()\\"):
        # pseudo-classes, functions and escapes are outside the subset ([a='x:y'] falls back too)
        return None
    parts = [_one(p) for p in _split_list(selector)]
    if not parts or any(p is None for p in parts):
        return None
    try:
        return etree.XPath(" | ".join(parts))
    except etree.XPathSyntaxError:
        return None


def _split_list(selector: str) -> list[str]:
    """``a, b[c=','], d`` -> its selectors (commas inside brackets or quotes stay)."""
    out, cur, depth, quote = [], [], 0, ""
    for ch in selector:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            out.append("".join(cur))
            cur = []
            continue
        cur.append(ch)
    out.append("".join(cur))
    return out


def select(root: etree._Element, selector: str) -> list[etree._Element] | None:
    """Elements matching ``selector`` in document order; None when the selector is not supported."""
    xp = css_to_xpath(selector)
    if xp is None:
        return None
    return [el for el in xp(root) if isinstance(el, etree._Element)]
