"""Walk a site's list pages, collect article links, fetch the articles.

The crawl is resumable: after every list page it writes a small state file
(``<raw>/crawl-state/<site>.json``) with the list pages done, the next ones
to visit and every article URL found so far. A crawl stopped half-way (Ctrl-C,
a crash, ``--max-articles``) picks up from there: visited list pages are not
asked again and articles already in the manifest are not fetched again.
Once a crawl finishes, the next run starts over from the first list page
(with conditional GETs, so unchanged list pages cost a 304) to find new
articles; ``refresh=True`` also re-checks stored articles conditionally.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from reportmine import io
from reportmine.ingest.fetch import Fetcher, Summary
from reportmine.ingest.sites import Site, page_url
from reportmine.ingest.store import utc_now

STATE_FOLDER = "crawl-state"


@dataclass
class CrawlResult:
    summary: Summary
    finished: bool
    list_pages: int
    articles_found: int
    state_path: Path


def _soup(data: bytes, encoding: str | None):
    from bs4 import BeautifulSoup

    from reportmine.parse.encoding import decode

    text, _enc, _warn = decode(data, declared=encoding)
    return BeautifulSoup(text, "lxml")


def _base_url(soup: Any, page_url_: str) -> str:
    base = soup.find("base", href=True)
    return urljoin(page_url_, base["href"].strip()) if base else page_url_


def _hrefs(elements: list[Any]) -> list[str]:
    out: list[str] = []
    for el in elements:
        if el.name == "a" and el.get("href"):
            out.append(el["href"])
        else:
            out.extend(a["href"] for a in el.find_all("a", href=True))
    return out


def _clean(href: str, base: str) -> str | None:
    href = href.strip()
    if not href or href.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    url = urldefrag(urljoin(base, href)).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def article_links(site: Site, data: bytes, url: str, encoding: str | None = None) -> list[str]:
    """Article URLs on a list page, absolute, on the site's hosts, in page order."""
    soup = _soup(data, encoding)
    base = _base_url(soup, url)
    if site.link_selector:
        hrefs = _hrefs(soup.select(site.link_selector))
        candidates = [_clean(h, base) for h in hrefs]
    else:
        pattern = re.compile(site.link_pattern or "")
        candidates = [u for u in (_clean(a["href"], base) for a in soup.find_all("a", href=True))
                      if u and pattern.search(u)]
    seen: dict[str, None] = {}
    for c in candidates:
        if c and c != url and site.allows_host(c):
            seen.setdefault(c, None)
    return list(seen)


def next_list_page(site: Site, data: bytes, url: str, start_url: str, page: int,
                   encoding: str | None = None) -> str | None:
    """The list page after ``url`` (which is page number ``page``), or None."""
    if site.page_url_template:
        return page_url(site.page_url_template, start_url, page + 1)
    if site.next_page_selector:
        soup = _soup(data, encoding)
        hrefs = _hrefs(soup.select(site.next_page_selector))
        for h in hrefs:
            nxt = _clean(h, _base_url(soup, url))
            if nxt and nxt != url and site.allows_host(nxt):
                return nxt
    return None


class Crawler:
    """Crawl one site into the fetcher's raw store, resumably."""

    def __init__(self, site: Site, fetcher: Fetcher, *, max_pages: int | None = None,
                 max_articles: int | None = None, refresh: bool = False,
                 log: Callable[[str], None] | None = None) -> None:
        self.site = site
        self.fetcher = fetcher
        self.max_pages = max_pages or site.max_pages
        self.max_articles = max_articles
        self.refresh = refresh
        self.log = log or fetcher.log
        self.state_path = fetcher.store.root / STATE_FOLDER / f"{site.name}.json"
        self._attempted: set[str] = set()

    # ---- state ------------------------------------------------------------------
    def _fresh_state(self) -> dict[str, Any]:
        return {"site": self.site.name, "started_at": utc_now(), "finished": False,
                "frontier": [[u, u, 1] for u in self.site.start_urls],  # [url, start_url, page]
                "lists_done": [], "articles": [], "checked": []}

    def load_state(self) -> tuple[dict[str, Any], bool]:
        """(state, resumed): the unfinished state of a previous run, else a fresh one."""
        if self.state_path.is_file():
            try:
                state = json.loads(self.state_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError):
                self.log(f"warning: {self.state_path} unreadable; starting the crawl afresh")
            else:
                if isinstance(state, dict) and not state.get("finished") and state.get("site") == self.site.name:
                    return state, True
        return self._fresh_state(), False

    def save_state(self, state: dict[str, Any]) -> None:
        state["updated_at"] = utc_now()
        io.write_text(self.state_path, json.dumps(state, ensure_ascii=False, indent=1))

    # ---- the walk ---------------------------------------------------------------
    def run(self) -> CrawlResult:
        state, resumed = self.load_state()
        if resumed:
            self.log(f"resuming crawl of {self.site.name}: {len(state['lists_done'])} list page(s) done, "
                     f"{len(state['articles'])} article link(s) known")
        budget = [self.max_articles]
        try:
            stopped = self._walk(state, budget)
            state["finished"] = not stopped
        finally:
            self.save_state(state)
        return CrawlResult(self.fetcher.summary, state["finished"], len(state["lists_done"]),
                           len(state["articles"]), self.state_path)

    def _walk(self, state: dict[str, Any], budget: list[int | None]) -> bool:
        """Visit list pages and articles; True if stopped early by the article budget."""
        done = set(state["lists_done"])
        known = set(state["articles"])
        checked = set(state["checked"])
        # Articles found before an interruption but not fetched yet come first.
        if self._fetch_articles(state, checked, budget):
            return True
        while state["frontier"]:
            if budget[0] is not None and budget[0] <= 0:
                return True
            url, start, page = state["frontier"][0]
            if url not in done:
                result = self.fetcher.fetch(url, kind="list")
                if result.data is not None:
                    entry = result.entry or {}
                    enc = entry.get("encoding")
                    base = entry.get("final_url") or url
                    for link in article_links(self.site, result.data, base, enc):
                        if link not in known:
                            known.add(link)
                            state["articles"].append(link)
                    if page < self.max_pages:
                        nxt = next_list_page(self.site, result.data, base, start, page, enc)
                        if nxt and nxt not in done and nxt != url:
                            state["frontier"].append([nxt, start, page + 1])
                state["lists_done"].append(url)
                done.add(url)
            state["frontier"].pop(0)
            self.save_state(state)
            if self._fetch_articles(state, checked, budget):
                return True
        return False

    def _fetch_articles(self, state: dict[str, Any], checked: set[str], budget: list[int | None]) -> bool:
        """Fetch known articles not yet handled; True when the budget cut the list short."""
        todo: list[str] = []
        for a in state["articles"]:
            if a in checked or a in self._attempted:
                continue
            if self.fetcher.store.has(a) and not self.refresh:
                self.fetcher.summary.skipped += 1
                state["checked"].append(a)
                checked.add(a)
                continue
            todo.append(a)
        stopped = False
        if budget[0] is not None:
            if len(todo) > budget[0]:
                todo, stopped = todo[: max(0, budget[0])], True
            budget[0] -= len(todo)
        self._attempted.update(todo)
        results: list = []
        try:
            results = self.fetcher.fetch_many(todo, kind="article")
        finally:
            # Failures stay unchecked, so the next run retries them. When a run is
            # interrupted mid-batch, the manifest tells what did arrive.
            ok = {r.url for r in results if r.outcome != "failed"}
            for a in todo:
                if a in ok or (not results and not self.refresh and self.fetcher.store.has(a)):
                    state["checked"].append(a)
                    checked.add(a)
        return stopped
