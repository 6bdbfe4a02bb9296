"""HTML article pages (first version: headline and paragraphs of <body>)."""
from __future__ import annotations

from reportmine.parse import ParsedPage
from reportmine.parse.encoding import decode


def parse_html(html: str | bytes, url: str | None = None) -> ParsedPage:
    from bs4 import BeautifulSoup

    warnings: list[str] = []
    encoding = None
    if isinstance(html, bytes):
        html, encoding, warnings = decode(html)
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript"]):
        tag.decompose()
    title = soup.h1.get_text(" ", strip=True) if soup.h1 else (soup.title.get_text(strip=True) if soup.title else None)
    paras = [p.get_text(" ", strip=True) for p in soup.find_all("p")]
    paras = [p for p in paras if p]
    page = ParsedPage(title=title, paragraphs=paras, warnings=warnings, encoding=encoding, url=url, kind="html")
    if not paras:
        page.warnings.append("no body text found")
    return page
