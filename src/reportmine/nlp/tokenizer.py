"""A spaCy tokenizer that segments with reportmine's own jieba tokenizer."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from reportmine.nlp.segment import Segmenter, get_segmenter


class JiebaTokenizer:
    """Callable ``str -> Doc``; whitespace runs become their own tokens."""

    def __init__(self, vocab: Vocab, segmenter: Segmenter | None = None) -> None:
        self.vocab = vocab
        self.segmenter = segmenter or get_segmenter()

    def __call__(self, text: str) -> Doc:
        words = [w for w in self.segmenter.cut(text) if w]
        spaces = [False] * len(words)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy calls these when a pipeline is saved or loaded; the segmenter is
    # rebuilt from the package's dictionary, so there is nothing to store.
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        return self
