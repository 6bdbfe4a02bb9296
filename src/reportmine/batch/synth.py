"""A synthetic corpus of any size, recombined from a sample corpus.

The benchmark needs thousands of articles that look like ours (same genre,
same sentence shapes, same mix of names, units and figures) without
anyone having to collect them. Each generated article takes a headline and
header from one sample, paragraphs made of sentences from several samples,
other numbers, and the reporting unit of one sample swapped for another's.
The same seed gives the same corpus.

Formats follow the samples: an article whose headline comes from an HTML
sample is written into that sample's own page (its layout, furniture and
encoding, GB2312 included), with the generated title and paragraphs in
place of the sample's, so the parser's cost is measured as in a real batch.
Every article also keeps its plain text (``Generated.text``), the text a
researcher would otherwise hand to jieba.
"""
from __future__ import annotations

import html
import random
import re
from dataclasses import dataclass
from pathlib import Path

_SENTENCE = re.compile(r"[^。！？；!?;]*[。！？；!?;]?")
_NUMBER = re.compile(r"(?<![\d.])\d{1,5}(?![\d.]|\s*[年月日时:：])")


@dataclass
class Sample:
    title: str
    source: str | None
    date: str | None
    unit: str | None
    paragraphs: list[list[str]]  # sentences of each paragraph
    page: "PageTemplate | None" = None  # the sample's own page, for HTML articles


@dataclass
class PageTemplate:
    """An HTML sample cut around its body: ``before`` + paragraphs + ``after``."""

    before: str
    after: str
    title: str
    encoding: str


@dataclass
class Generated:
    name: str
    data: bytes  # what is written: pasted text (UTF-8) or an HTML page
    text: str  # the article as plain text: header lines, title and paragraphs


def _page_template(markup: str, title: str | None, paragraphs: list[str], encoding: str) -> PageTemplate | None:
    """Where the body of a parsed HTML sample sits in its markup, or None when it
    cannot be found unambiguously (the sample is then used as text only)."""
    if not title or not paragraphs:
        return None
    first, last = html.escape(paragraphs[0][:12], quote=False), html.escape(paragraphs[-1][-12:], quote=False)
    i, j = markup.find(first), markup.rfind(last)
    if i < 0 or j < i:
        return None
    start, end = markup.rfind("<p", 0, i), markup.find("</p>", j)
    if start < 0 or end < 0 or markup.find(title) < 0 or markup.find(title) > start:
        return None
    return PageTemplate(markup[:start], markup[end + 4:], title, encoding)


def load_samples(source_dir: Path) -> list[Sample]:
    """Parse every sample article under ``source_dir`` (text and HTML)."""
    from reportmine.inputs import iter_inputs
    from reportmine.parse import looks_like_html, parse_bytes
    from reportmine.pipeline import analyze_page

    samples = []
    for path in iter_inputs([source_dir]):
        try:
            data = path.read_bytes()
            page = parse_bytes(data, name=str(path))
        except Exception:  # noqa: BLE001 - a bad sample is simply not used
            continue
        # body paragraphs only: a dateline or credit line left in the body
        # would make whole generated articles of page furniture
        paras = [[s for s in _SENTENCE.findall(p) if s.strip()] for p in page.paragraphs
                 if len(p) >= 15 and re.search(r"[。！？]", p)]
        paras = [p for p in paras if p]
        if not paras:
            continue
        try:
            unit = analyze_page(page, str(path)).unit
        except Exception:  # noqa: BLE001
            unit = None
        template = None
        if looks_like_html(data[:4096].decode("ascii", "ignore")) and page.encoding:
            try:
                template = _page_template(data.decode(page.encoding), page.title, page.paragraphs, page.encoding)
            except (LookupError, UnicodeDecodeError):
                template = None
        samples.append(Sample(page.title or paras[0][0][:30], page.source, page.date, unit, paras, template))
    return samples


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        digits = len(m.group(0))
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1))

    return _NUMBER.sub(repl, text)


def _compose(samples: list[Sample], rng: random.Random, index: int) -> tuple[Sample, list[str], list[str]]:
    """The base sample, header lines (title first) and paragraphs of one article."""
    base = rng.choice(samples)
    other = rng.choice(samples)
    n_paras = max(2, min(12, len(base.paragraphs) + rng.randint(-2, 3)))
    paras = []
    for _ in range(n_paras):
        donor = rng.choice(samples) if rng.random() < 0.5 else base
        sentences = list(rng.choice(donor.paragraphs))
        if len(sentences) > 1 and rng.random() < 0.5:
            extra = rng.choice(rng.choice(samples).paragraphs)
            sentences.insert(rng.randrange(len(sentences)), rng.choice(extra))
        paras.append(_vary_numbers("".join(sentences), rng))
    if base.unit and other.unit and base.unit != other.unit:
        paras = [p.replace(base.unit, other.unit) for p in paras]
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    header = [base.title + ("" if index % 3 else f"（{index % 97 + 1}）"),
              f"来源：{base.source or '本网'}", f"发布时间：{year}-{month:02d}-{day:02d}"]
    return base, header, paras


def _render_page(t: PageTemplate, title: str, paras: list[str]) -> bytes:
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    page = t.before.replace(t.title, html.escape(title, quote=False)) + body + t.after
    # a character the page's legacy encoding lacks becomes a character reference, as browsers send it
    return page.encode(t.encoding, errors="xmlcharrefreplace")


def generate(samples: list[Sample], n: int, seed: int = 0) -> list[Generated]:
    """``n`` articles: HTML in the base sample's page when it has one, pasted text otherwise."""
    if not samples:
        raise ValueError("no usable sample articles to recombine")
    rng = random.Random(seed)
    out = []
    for i in range(n):
        base, header, paras = _compose(samples, rng, i)
        text = "\n".join(header + paras) + "\n"
        if base.page is not None:
            out.append(Generated(f"syn{i:05d}.html", _render_page(base.page, header[0], paras), text))
        else:
            out.append(Generated(f"syn{i:05d}.txt", text.encode("utf-8"), text))
    return out


def write_corpus(samples: list[Sample], out_dir: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` generated articles (``syn00000.html``, ``syn00001.txt`` ...) under ``out_dir``."""
    return write_generated(generate(samples, n, seed), out_dir)


def write_generated(items: list[Generated], out_dir: Path) -> list[Path]:
    """Write generated articles under ``out_dir``, one file each."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for g in items:
        p = out_dir / g.name
        p.write_bytes(g.data)
        paths.append(p)
    return paths
