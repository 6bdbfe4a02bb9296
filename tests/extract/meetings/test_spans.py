"""meetings._Spans: the bodies inside a clause by bisection answer as a scan of all of them did."""
from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from reportmine.extract.meetings import _Spans


@dataclass
class _Item:
    name: str
    spans: list[tuple[int, int]]


_span = st.tuples(st.integers(0, 60), st.integers(1, 8)).map(lambda t: (t[0], t[0] + t[1]))
_items = st.lists(st.builds(_Item, st.text("甲乙丙", min_size=1, max_size=3), st.lists(_span, max_size=3)), max_size=8)


@given(_items, st.integers(0, 70), st.integers(0, 70))
def test_within_and_starting_answer_as_the_scan(items, lo, hi):
    spans = _Spans(items)
    scan = sorted(((s, e, it) for it in items for s, e in it.spans), key=lambda t: t[0])
    assert spans.within(lo, hi) == [t for t in scan if t[0] >= lo and t[1] <= hi]
    assert spans.starting(lo, hi) == [t for t in scan if lo <= t[0] < hi]


def test_no_spans_is_empty():
    assert _Spans([]).within(0, 10) == [] and not _Spans([])
