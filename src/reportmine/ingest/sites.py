"""Site description files: how to walk one news site, kept as data.

A site file (``resources/sites/<name>.json``, or any JSON file given by path)
says where the article lists start, how to find article links and the next
list page, and (in ``article``) which CSS selectors hold each field for the
parser. Format and examples: ``resources/sites/README.md``.

Validation is strict on purpose: a misspelt key would otherwise be ignored
silently and the crawl would fetch the wrong pages, so unknown keys are errors
that name the closest known key.
"""
from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from reportmine import resources

SITES_FOLDER = "sites"

TOP_KEYS = {
    "_comment", "name", "hosts", "start_urls", "link_selector", "link_pattern",
    "next_page_selector", "page_url_template", "max_pages", "article",
}
ARTICLE_KEYS = {"title", "body", "date", "source", "author", "editor", "drop"}
_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,63}$")


class SiteError(ValueError):
    """A site file that cannot be used, with the file and the key at fault."""


@dataclass(frozen=True)
class Site:
    name: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...]
    link_selector: str | None = None
    link_pattern: str | None = None
    next_page_selector: str | None = None
    page_url_template: str | None = None
    max_pages: int = 1
    article: dict[str, Any] = field(default_factory=dict)
    source: str = ""  # the file it came from, for messages

    def allows_host(self, url: str) -> bool:
        """True when ``url`` is on one of the site's hosts (``www.`` prefix optional)."""
        host = (urlsplit(url).hostname or "").lower()
        return any(host == h or host == "www." + h or "www." + host == h for h in self.hosts)


def _unknown(keys: set[str], known: set[str], where: str) -> None:
    for key in sorted(keys - known):
        near = difflib.get_close_matches(key, sorted(known), n=1)
        hint = f" (did you mean {near[0]!r}?)" if near else f"; known keys: {', '.join(sorted(known))}"
        raise SiteError(f"{where}: unknown key {key!r}{hint}")


def _str(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise SiteError(f"{where}: {key!r} must be a non-empty string")
    return value


def _css(value: str | None, key: str, where: str) -> None:
    if value is None:
        return
    import soupsieve

    try:
        soupsieve.compile(value)
    except Exception as exc:  # soupsieve raises SelectorSyntaxError and ValueError
        raise SiteError(f"{where}: {key!r} is not a valid CSS selector: {exc}") from None


def _http_url(url: Any, key: str, where: str) -> str:
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        raise SiteError(f"{where}: {key!r} must hold http(s) URLs, got {url!r}")
    return url


def validate_site(data: Any, where: str = "site") -> Site:
    """Check a decoded site file and return it as a ``Site``; raises ``SiteError``."""
    if not isinstance(data, dict):
        raise SiteError(f"{where}: a site file is a JSON object, got {type(data).__name__}")
    _unknown(set(data), TOP_KEYS, where)
    for key in ("name", "hosts", "start_urls"):
        if key not in data:
            raise SiteError(f"{where}: missing required key {key!r}")
    name = _str(data, "name", where)
    if not _NAME.match(name or ""):
        raise SiteError(f"{where}: 'name' must be lower-case letters, digits, '.', '_' or '-' (got {name!r})")
    hosts = data["hosts"]
    if not isinstance(hosts, list) or not hosts or not all(isinstance(h, str) and h.strip() for h in hosts):
        raise SiteError(f"{where}: 'hosts' must be a non-empty list of host names")
    hosts_t = tuple(h.strip().lower() for h in hosts)
    for h in hosts_t:
        if "/" in h or ":" in h:
            raise SiteError(f"{where}: 'hosts' holds bare host names without scheme, port or path, got {h!r}")
    starts = data["start_urls"]
    if not isinstance(starts, list) or not starts:
        raise SiteError(f"{where}: 'start_urls' must be a non-empty list of URLs")
    starts_t = tuple(_http_url(u, "start_urls", where) for u in starts)

    link_selector = _str(data, "link_selector", where)
    link_pattern = _str(data, "link_pattern", where)
    if (link_selector is None) == (link_pattern is None):
        raise SiteError(f"{where}: give exactly one of 'link_selector' (CSS) or 'link_pattern' (regex)")
    _css(link_selector, "link_selector", where)
    if link_pattern is not None:
        try:
            re.compile(link_pattern)
        except re.error as exc:
            raise SiteError(f"{where}: 'link_pattern' is not a valid regular expression: {exc}") from None

    next_sel = _str(data, "next_page_selector", where)
    template = _str(data, "page_url_template", where)
    if next_sel is not None and template is not None:
        raise SiteError(f"{where}: give at most one of 'next_page_selector' or 'page_url_template'")
    _css(next_sel, "next_page_selector", where)
    if template is not None:
        if "{page}" not in template and "{page_index}" not in template:
            raise SiteError(f"{where}: 'page_url_template' must contain '{{page}}' or '{{page_index}}', "
                            f"got {template!r}")
        try:
            second = page_url(template, starts_t[0], 2)
        except (KeyError, IndexError, ValueError) as exc:
            raise SiteError(f"{where}: 'page_url_template' may only use {{page}} and {{page_index}} "
                            f"(problem: {exc!r})") from None
        _http_url(second, "page_url_template", where)

    max_pages = data.get("max_pages", 1)
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise SiteError(f"{where}: 'max_pages' must be a whole number >= 1, got {max_pages!r}")

    article = data.get("article", {})
    if not isinstance(article, dict):
        raise SiteError(f"{where}: 'article' must be an object of CSS selectors")
    awhere = f"{where}: article"
    _unknown(set(article), ARTICLE_KEYS, awhere)
    for key in ARTICLE_KEYS - {"drop"}:
        _css(_str(article, key, awhere), key, awhere)
    drop = article.get("drop", [])
    if not isinstance(drop, list):
        raise SiteError(f"{awhere}: 'drop' must be a list of CSS selectors")
    for i, sel in enumerate(drop):
        if not isinstance(sel, str) or not sel.strip():
            raise SiteError(f"{awhere}: 'drop'[{i}] must be a non-empty string")
        _css(sel, f"drop[{i}]", awhere)

    for url in starts_t:
        if not any(urlsplit(url).hostname == h or urlsplit(url).hostname == "www." + h for h in hosts_t):
            raise SiteError(f"{where}: start URL {url!r} is not on one of 'hosts' {list(hosts_t)}")

    return Site(name=name, hosts=hosts_t, start_urls=starts_t, link_selector=link_selector,
                link_pattern=link_pattern, next_page_selector=next_sel, page_url_template=template,
                max_pages=max_pages, article=dict(article), source=where)


def page_url(template: str, start_url: str, page: int) -> str:
    """List page number ``page`` (the start URL is page 1) from a template.

    ``{page}`` is the page number (2, 3, ...); ``{page_index}`` is one less
    (1, 2, ...) for sites whose second page is ``index_1.html``. A relative
    template is resolved against the start URL, so one template serves every
    start URL of the site.
    """
    return urljoin(start_url, template.format(page=page, page_index=page - 1))


def load_site_file(path: str | Path) -> Site:
    """Read and validate one site file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SiteError(f"{path}: no such site file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SiteError(f"{path}: not a UTF-8 JSON file ({exc})") from None
    return validate_site(data, where=str(path))


def site_files() -> dict[str, Path]:
    """Site name (file stem) -> file, across the package and ``REPORTMINE_RESOURCES`` folders.

    A user folder's ``sites/<name>.json`` replaces the shipped file of that name.
    """
    found: dict[str, Path] = {}
    for folder in resources.resource_dirs():
        d = folder / SITES_FOLDER
        if d.is_dir():
            for f in sorted(d.glob("*.json")):
                found[f.stem] = f
    return found


def load_site(name_or_path: str | Path) -> Site:
    """A site by name (``resources/sites/<name>.json``) or by path to a JSON file."""
    text = str(name_or_path)
    path = Path(text)
    if text.endswith(".json") or path.is_file() or "/" in text or "\\" in text:
        return load_site_file(path)
    files = site_files()
    if text not in files:
        known = ", ".join(sorted(files)) or "none"
        raise SiteError(f"unknown site {text!r}; known sites: {known} (or give a path to a .json file)")
    return load_site_file(files[text])


def iter_sites() -> list[Site]:
    """Every site file in effect, validated (the first bad file raises)."""
    return [load_site_file(p) for p in site_files().values()]


def site_for_url(url: str) -> Site | None:
    """The first site whose hosts include the URL's host, else None."""
    for site in iter_sites():
        if site.allows_host(url):
            return site
    return None
