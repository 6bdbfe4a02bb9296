"""Progress of a batch: a tqdm bar on a terminal, plain log lines otherwise.

Logs and CI captures get a line every few seconds (done/total, rate, ETA)
instead of carriage-return noise.
"""
from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    """Counts finished articles; ``update`` after each one, ``close`` at the end."""

    def __init__(self, total: int, desc: str = "articles", stream: TextIO | None = None,
                 tty: bool | None = None, every: float = 5.0) -> None:
        self.total = total
        self.desc = desc
        self.stream = stream or sys.stderr
        self.done = 0
        self.every = every
        self._start = time.monotonic()
        self._last = self._start
        is_tty = self.stream.isatty() if tty is None else tty
        self._bar = None
        if is_tty and total:
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc=desc, unit="article", file=self.stream, dynamic_ncols=True)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self._bar is not None:
            self._bar.update(n)
            return
        now = time.monotonic()
        if now - self._last >= self.every or self.done == self.total:
            self._last = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        """``desc: done/total (pct) rate/s, ETA``: the non-terminal log line."""
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate > 0 else float("nan")
        pct = 100.0 * self.done / self.total if self.total else 100.0
        eta = f"{left:.0f}s" if left == left else "?"
        return f"{self.desc}: {self.done}/{self.total} ({pct:.0f}%) {rate:.1f} articles/s, ETA {eta}"

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
