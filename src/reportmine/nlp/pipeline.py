"""The spaCy pipeline researchers use in notebooks."""
from __future__ import annotations

import spacy
from spacy.language import Language

import reportmine.nlp.components  # noqa: F401  (registers the factories)
from reportmine.nlp.segment import Segmenter, get_segmenter
from reportmine.nlp.tokenizer import JiebaTokenizer

COMPONENTS = ("reportmine_slogans", "reportmine_organizations", "reportmine_people", "reportmine_numbers")


def load_nlp(segmenter: str | None = None, components: tuple[str, ...] = COMPONENTS) -> Language:
    """Blank ``zh`` with reportmine's tokenizer and extraction components.

    Slogans run first so the number component can protect formulas such as
    三会一课; organizations before people so a person's ``org`` can be bound.
    """
    nlp = spacy.blank("zh")
    seg: Segmenter = get_segmenter(segmenter)
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, seg)
    for name in components:
        nlp.add_pipe(name)
    return nlp
