"""Word segmentation with a private jieba tokenizer and the domain dictionary.

jieba's module-level tokenizer and ``jieba.add_word`` change global state for
every caller in the process, and its cache lands in the system temp folder.
reportmine owns a ``jieba.Tokenizer`` with the domain words of
``resources/userdict.txt`` and keeps its cache under the user's cache folder.
The ``rjieba`` backend (jieba-rs) is faster; see README for how often the two
agree on our texts.
"""
from __future__ import annotations

import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from reportmine import resources

USERDICT = "userdict.txt"
BACKENDS = ("jieba", "rjieba")
_lock = threading.Lock()


def cache_dir() -> Path:
    """Where jieba's prefix-dictionary cache goes (not the system temp folder)."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    path = Path(base) / "reportmine"
    path.mkdir(parents=True, exist_ok=True)
    return path


def domain_words() -> list[tuple[str, int | None, str | None]]:
    """(word, freq, tag) rows of the domain dictionary, in jieba's user-dict format."""
    rows = []
    for line in resources.load_lines(USERDICT):
        parts = line.split()
        word = parts[0]
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[2] if len(parts) > 2 else (parts[1] if len(parts) > 1 and not parts[1].isdigit() else None)
        rows.append((word, freq, tag))
    return rows


class Segmenter:
    """Cuts text into (word, start, end) with one backend and the domain words."""

    def __init__(self, backend: str = "jieba") -> None:
        if backend not in BACKENDS:
            raise ValueError(f"unknown segmentation backend {backend!r}; choose one of {BACKENDS}")
        self.backend = backend
        self._jieba = None

    def _tokenizer(self):
        if self._jieba is None:
            with _lock:
                if self._jieba is None:
                    import jieba

                    jieba.setLogLevel(logging.WARNING)
                    tok = jieba.Tokenizer()
                    tok.tmp_dir = str(cache_dir())
                    tok.initialize()
                    for word, freq, tag in domain_words():
                        tok.add_word(word, freq, tag)
                    self._jieba = tok
        return self._jieba

    def cut(self, text: str) -> list[str]:
        """Words of ``text`` in order; they join back to ``text``."""
        if self.backend == "rjieba":
            import rjieba

            return list(rjieba.cut(text))
        return list(self._tokenizer().cut(text, HMM=True))

    def tokens(self, text: str) -> Iterator[tuple[str, int, int]]:
        """Words with their character offsets into ``text``."""
        pos = 0
        for word in self.cut(text):
            yield word, pos, pos + len(word)
            pos += len(word)


@lru_cache(maxsize=None)
def get_segmenter(backend: str | None = None) -> Segmenter:
    """The shared segmenter of this process (built once, lazily)."""
    return Segmenter(backend or os.environ.get("REPORTMINE_SEGMENTER", "jieba"))
