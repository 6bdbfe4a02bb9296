"""A synthetic corpus of any size, recombined from a sample corpus.

The benchmark needs thousands of articles that look like ours (same genre,
same sentence shapes, same mix of names, units and figures) without
anyone having to collect them. Each generated article takes a headline and
header from one sample, paragraphs made of sentences from several samples,
other numbers, and the reporting unit of one sample swapped for another's.
The same seed gives the same corpus.
"""
from __future__ import annotations

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


def load_samples(source_dir: Path) -> list[Sample]:
    """Parse every sample article under ``source_dir`` (text and HTML)."""
    from reportmine.inputs import iter_inputs
    from reportmine.parse import parse_bytes
    from reportmine.pipeline import analyze_page

    samples = []
    for path in iter_inputs([source_dir]):
        try:
            page = parse_bytes(path.read_bytes(), name=str(path))
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
        samples.append(Sample(page.title or paras[0][0][:30], page.source, page.date, unit, paras))
    return samples


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        digits = len(m.group(0))
        return str(rng.randint(10 ** (digits - 1) if digits > 1 else 1, 10 ** digits - 1))

    return _NUMBER.sub(repl, text)


def make_article(samples: list[Sample], rng: random.Random, index: int) -> str:
    """One pasted-text article: header lines, then recombined paragraphs."""
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
    body = "\n".join(paras)
    if base.unit and other.unit and base.unit != other.unit:
        body = body.replace(base.unit, other.unit)
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    header = [base.title + ("" if index % 3 else f"（{index % 97 + 1}）"),
              f"来源：{base.source or '本网'}", f"发布时间：{year}-{month:02d}-{day:02d}"]
    return "\n".join(header) + "\n" + body + "\n"


def write_corpus(samples: list[Sample], out_dir: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` generated articles as ``syn00000.txt`` ... under ``out_dir``."""
    if not samples:
        raise ValueError("no usable sample articles to recombine")
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = out_dir / f"syn{i:05d}.txt"
        p.write_text(make_article(samples, rng, i), encoding="utf-8")
        paths.append(p)
    return paths
