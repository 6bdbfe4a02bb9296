"""Progress: plain lines with rate and ETA off a terminal, a tqdm bar on one."""
from __future__ import annotations

import io

from reportmine.batch.progress import Progress


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_plain_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    bar = Progress(4, "extract", stream=out, every=0.0)
    for _ in range(4):
        bar.update()
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 4
    assert lines[-1].startswith("extract: 4/4 (100%)") and "articles/s" in lines[-1] and "ETA" in lines[-1]
    assert "\r" not in out.getvalue()


def test_plain_lines_are_throttled() -> None:
    out = io.StringIO()
    bar = Progress(1000, stream=out, every=3600.0)
    for _ in range(1000):
        bar.update()
    assert len(out.getvalue().splitlines()) == 1  # only the final line


def test_tqdm_bar_on_a_terminal() -> None:
    out = FakeTTY()
    bar = Progress(3, "extract", stream=out)
    for _ in range(3):
        bar.update()
    bar.close()
    text = out.getvalue()
    assert "3/3" in text and "article" in text and "\r" in text
