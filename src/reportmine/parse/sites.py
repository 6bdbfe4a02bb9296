"""Per-site extraction rules, kept as data.

A site description file ``resources/sites/<name>.json`` (also read from the
``sites`` folder of every ``REPORTMINE_RESOURCES`` folder) names its
``hosts`` and, under ``article``, CSS selectors for ``title``, ``body``,
``date``, ``source``, ``author``, ``editor`` and a ``drop`` list. The
scraper owns these files; the parser only reads the ``article`` section. A
field a rule does not name (or whose selector finds nothing) falls back to
the generic extractor.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import urlsplit

from reportmine import resources

_WS = re.compile(r"[\s\u3000\xa0]+")


@lru_cache(maxsize=1)
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


def _text(el) -> str:
    return _WS.sub(" ", el.get_text(" ", strip=True)).strip()


def apply_rule(html: str, rule: dict) -> dict:
    """Fields picked by a rule's CSS selectors; missing ones are simply absent."""
    from bs4 import BeautifulSoup

    from reportmine.parse.dom import _END_TAGS
    from reportmine.parse.fields import field_value, normalize_date

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
        text = _text(el)
        text = re.sub(r"^\s*(来源|信息来源|作者|记者|责任编辑|编辑|责编|发布时间|发布日期|日期|时间)\s*[:：]\s*", "", text)
        if key == "date":
            out[key] = normalize_date(text)
        elif key in ("author", "editor"):
            out[key] = field_value(key, text)
        else:
            out[key] = text or None
    sel = rule.get("body")
    if sel:
        el = soup.select_one(sel)
        if el is not None:
            from reportmine.parse.furniture import is_boilerplate

            for br in el.find_all("br"):
                br.replace_with("\n")
            blocks = el.find_all(["p", "div", "li", "h2", "h3", "h4", "td", "section"])
            if blocks:
                leaves = [b for b in blocks if not b.find(["p", "div", "li", "td", "section"])]
                texts = [t for b in leaves for t in b.get_text("").split("\n")]
            else:
                texts = el.get_text("").split("\n")
            paras = [_WS.sub(" ", t).strip() for t in texts]
            out["paragraphs"] = [p for p in paras if p and not is_boilerplate(p)]
    return out
