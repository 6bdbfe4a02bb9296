"""reportmine: Chinese reports on party and government meetings as tables.

Notebook entry points::

    import reportmine
    art = reportmine.analyze(text_or_html)      # an Article dataclass
    nlp = reportmine.load_nlp()                  # a spaCy Language
    doc = nlp(art.text); doc.spans["people"]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

from reportmine.record import Article, Meeting, Number, Organization, Person, Slogan

if TYPE_CHECKING:
    from spacy.language import Language


def analyze(text_or_html: "str | bytes", path: str | None = None, url: str | None = None) -> Article:
    """Parse and extract one article given as text, HTML or raw bytes."""
    from reportmine.pipeline import analyze as _analyze

    return _analyze(text_or_html, path=path, url=url)


def load_nlp(segmenter: str | None = None) -> "Language":
    """A blank ``zh`` spaCy pipeline with jieba + domain words and reportmine's components."""
    from reportmine.nlp.pipeline import load_nlp as _load

    return _load(segmenter)


__all__ = ["Article", "Meeting", "Number", "Organization", "Person", "Slogan", "analyze", "load_nlp", "__version__"]
