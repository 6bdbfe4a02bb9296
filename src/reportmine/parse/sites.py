"""Per-site extraction rules, kept as data.

A site description file ``resources/sites/<name>.json`` (also read from the
``sites`` folder of every ``REPORTMINE_RESOURCES`` folder) names its
``hosts`` and, under ``article``, CSS selectors for ``title``, ``body``,
``date``, ``source``, ``author``, ``editor`` and a ``drop`` list. The
scraper owns these files; the parser only reads the ``article`` section. A
field a rule does not name (or whose selector finds nothing) falls back to
the generic extractor. Selectors run as XPath on a copy of the parser's lxml
tree (``css.py``); BeautifulSoup is used only for a selector outside that subset.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

from reportmine import resources

_WS = re.compile(r"[\s\u3000\xa0]+")


@resources.derived
def _rules() -> tuple[tuple[tuple[str, ...], dict], ...]:
    out = []
    for folder in resources.resource_dirs():
        d = folder / "sites"
        if not d.is_dir():
            continue
        for path in sorted(d.glob("*.json")):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            hosts = tuple(h.lower().strip() for h in data.get("hosts", []) if isinstance(h, str))
            article = data.get("article")
            if hosts and isinstance(article, dict):
                out.append((hosts, article))
    return tuple(out)


def rules_for_url(url: str | None) -> dict | None:
    """The ``article`` section of the site whose ``hosts`` match the URL's host (``www.`` optional)."""
    if not url:
        return None
    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    if not host:
        return None
    bare = host[4:] if host.startswith("www.") else host
    for hosts, article in _rules():
        for h in hosts:
            hb = h[4:] if h.startswith("www.") else h
            if bare == hb:
                return article
    return None


_FIELD_LABEL = re.compile(r"^\s*(来源|信息来源|作者|记者|责任编辑|编辑|责编|发布时间|发布日期|日期|时间)\s*[:：]\s*")
_BLOCKS = ("p", "div", "li", "h2", "h3", "h4", "td", "section")
_CONTAINERS = frozenset(("p", "div", "li", "td", "section"))


def _field(key: str, text: str) -> str | None:
    from reportmine.parse.fields import field_value, normalize_date

    text = _FIELD_LABEL.sub("", text)
    if key == "date":
        return normalize_date(text)
    if key in ("author", "editor"):
        return field_value(key, text)
    return text or None


def _selectors(rule: dict) -> list[str]:
    sels = [rule.get(k) for k in ("title", "date", "source", "author", "editor", "body")]
    return [s for s in sels + list(rule.get("drop", []) or []) if s]


def apply_rule(html: str, rule: dict, root=None) -> dict:
    """Fields picked by a rule's CSS selectors; missing ones are simply absent.

    Runs on a copy of the lxml tree the parser already built (``root``, before
    its own cleaning) when every selector is in the subset ``css.py``
    translates; otherwise (or without ``root``) through BeautifulSoup.
    """
    from reportmine.parse.css import css_to_xpath

    if all(css_to_xpath(sel) is not None for sel in _selectors(rule)):
        import copy

        from reportmine.parse.dom import load_tree

        tree = copy.deepcopy(root) if root is not None else load_tree(html)
        return _apply_rule_lxml(tree, rule)
    return _apply_rule_bs4(html, rule)


def _remove(el) -> None:
    """Take an element out, leaving its tail as a text of its own (BeautifulSoup's ``decompose``).

    An empty comment stands in its place, so the texts before and after it stay
    two pieces, which ``_lxml_text`` joins with a space.
    """
    from lxml import etree

    parent = el.getparent()
    if parent is None:
        return
    stub = etree.Comment("")
    stub.tail = el.tail
    parent.replace(el, stub)


def _lxml_text(el, sep: str = " ") -> str:
    """BeautifulSoup's ``get_text(" ", strip=True)``: each text piece stripped, empties dropped."""
    return _WS.sub(" ", sep.join(t for t in (x.strip() for x in el.itertext()) if t)).strip()


def _apply_rule_lxml(root, rule: dict) -> dict:
    from lxml import etree

    from reportmine.parse.css import select
    from reportmine.parse.furniture import is_boilerplate

    for el in list(root.iter("script", "style", "noscript")):
        _remove(el)
    for sel in rule.get("drop", []) or []:
        for el in select(root, sel) or []:
            _remove(el)
    out: dict = {}
    for key in ("title", "date", "source", "author", "editor"):
        sel = rule.get(key)
        if not sel:
            continue
        found = select(root, sel)
        if not found:
            continue
        out[key] = _field(key, _lxml_text(found[0]))
    sel = rule.get("body")
    if sel:
        found = select(root, sel)
        if found:
            el = found[0]
            for br in list(el.iter("br")):
                br.tail = "\n" + (br.tail or "")
            etree.strip_elements(el, "br", with_tail=False)
            blocks = [b for b in el.iterdescendants(*_BLOCKS)]
            if blocks:
                leaves = [b for b in blocks if not any(True for _ in b.iterdescendants(*_CONTAINERS))]
                texts = [t for b in leaves for t in "".join(b.itertext()).split("\n")]
            else:
                texts = "".join(el.itertext()).split("\n")
            paras = [_WS.sub(" ", t).strip() for t in texts]
            out["paragraphs"] = [p for p in paras if p and not is_boilerplate(p)]
    return out


def _text(el) -> str:
    return _WS.sub(" ", el.get_text(" ", strip=True)).strip()


def _apply_rule_bs4(html: str, rule: dict) -> dict:
    """The rule through BeautifulSoup: for selectors outside the subset ``css.py`` translates."""
    from bs4 import BeautifulSoup

    from reportmine.parse.dom import _END_TAGS

    soup = BeautifulSoup(_END_TAGS.sub("", html), "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    for sel in rule.get("drop", []) or []:
        for el in soup.select(sel):
            el.decompose()
    out: dict = {}
    for key in ("title", "date", "source", "author", "editor"):
        sel = rule.get(key)
        if not sel:
            continue
        el = soup.select_one(sel)
        if el is None:
            continue
        out[key] = _field(key, _text(el))
    sel = rule.get("body")
    if sel:
        el = soup.select_one(sel)
        if el is not None:
            from reportmine.parse.furniture import is_boilerplate

            for br in el.find_all("br"):
                br.replace_with("\n")
            blocks = el.find_all(list(_BLOCKS))
            if blocks:
                leaves = [b for b in blocks if not b.find(list(_CONTAINERS))]
                texts = [t for b in leaves for t in b.get_text("").split("\n")]
            else:
                texts = el.get_text("").split("\n")
            paras = [_WS.sub(" ", t).strip() for t in texts]
            out["paragraphs"] = [p for p in paras if p and not is_boilerplate(p)]
    return out
