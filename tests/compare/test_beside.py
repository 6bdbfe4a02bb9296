"""Beside: a step run in a forked child, redone here when the child fails; and the tables it must not change."""
from __future__ import annotations

import os

import pandas as pd
import pytest

from reportmine.compare.beside import Beside, Staged, fork_available

needs_fork = pytest.mark.skipif(not fork_available(), reason="fork is not available here")
PARENT = os.getpid()


@needs_fork
def test_the_value_comes_from_a_child_process():
    step = Beside(lambda: ("done", os.getpid()))
    value, pid = step.result()
    assert value == "done" and pid != PARENT


@needs_fork
def test_a_child_that_raises_or_dies_is_redone_here():
    def raises_in_child():
        if os.getpid() != PARENT:
            raise MemoryError("child only")
        return os.getpid()

    def dies_in_child():
        if os.getpid() != PARENT:
            os._exit(9)
        return os.getpid()

    assert Beside(raises_in_child).result() == PARENT
    assert Beside(dies_in_child).result() == PARENT


def test_an_error_everywhere_is_raised_here():
    def broken():
        raise ValueError("bad step")

    with pytest.raises(ValueError, match="bad step"):
        Beside(broken).result()


def test_without_fork_the_step_runs_here_when_asked():
    calls = []
    step = Beside(lambda: calls.append(os.getpid()) or len(calls), fork=False)
    assert calls == []
    assert step.result() == 1 and calls == [PARENT]


def _count_steps(monkeypatch) -> list[str]:
    """Record each step started beside (``Beside`` or ``Staged``), by kind."""
    from reportmine.compare import beside

    started: list[str] = []
    for cls in (beside.Beside, beside.Staged):
        original = cls.__init__

        def counting(self, *args, _original=original, _name=cls.__name__, **kwargs):
            started.append(_name)
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)
    return started


@needs_fork
def test_side_by_side_comparisons_are_the_serial_ones(records, texts, monkeypatch):
    import reportmine.compare as compare
    from reportmine.compare import build_comparisons
    from reportmine.tables.build import build_tables

    serial = build_comparisons(build_tables(records), texts)
    monkeypatch.setattr(compare, "SIDE_BY_SIDE_FROM", 0)
    started = _count_steps(monkeypatch)
    side = build_comparisons(build_tables(records), texts, processes=2)
    assert sorted(started) == ["Beside", "Staged"]  # similarity; segmentation, then slogan candidates and terms
    assert set(side) == set(serial)
    for name in serial:
        pd.testing.assert_frame_equal(side[name], serial[name], obj=name)
    assert len(side["slogan_candidates"]) and len(side["compare_terms"]) and len(side["similarity"])


@needs_fork
def test_a_staged_child_prepares_at_once_and_finishes_with_what_it_is_sent():
    import time

    step = Staged(lambda: (os.getpid(), time.monotonic()), lambda ready, x: (ready, x, os.getpid()))
    time.sleep(0.2)
    sent_at = time.monotonic()
    step.send("clusters")
    (prep_pid, prepared_at), x, pid = step.result()
    assert x == "clusters" and pid == prep_pid != PARENT
    assert prepared_at < sent_at  # the first part did not wait for send


@needs_fork
def test_a_staged_child_that_fails_is_redone_here_with_what_was_sent():
    def finish(ready, x):
        if os.getpid() != PARENT:
            raise MemoryError("child only")
        return ready + x

    step = Staged(lambda: 40, finish)
    step.send(2)
    assert step.result() == 42


def test_staged_result_before_send_is_an_error():
    step = Staged(lambda: 1, lambda ready, x: x, fork=False)
    with pytest.raises(RuntimeError, match="before send"):
        step.result()
    step.send(5)
    assert step.result() == 5


@needs_fork
def test_close_stops_a_child_nobody_waits_for():
    import time

    step = Beside(lambda: time.sleep(60))
    proc = step._proc
    t0 = time.monotonic()
    step.close()
    assert time.monotonic() - t0 < 10 and not proc.is_alive()
    step.close()  # twice is harmless


@needs_fork
def test_texts_given_up_front_start_similarity_early_and_change_nothing(records, texts, monkeypatch):
    import reportmine.compare as compare
    from reportmine.compare.from_records import tables_from_records

    serial = tables_from_records(iter(records))
    monkeypatch.setattr(compare, "SIDE_BY_SIDE_FROM", 0)
    started = _count_steps(monkeypatch)
    side = tables_from_records(iter(records), processes=2, texts=dict(texts))
    assert sorted(started) == ["Beside", "Staged"]  # both started up front, none again later
    assert set(side) == set(serial)
    for name in serial:
        pd.testing.assert_frame_equal(side[name], serial[name], obj=name)


@needs_fork
def test_children_are_stopped_when_the_comparison_fails_half_way(records, texts, monkeypatch):
    import reportmine.compare as compare
    from reportmine.compare import beside, build_comparisons, similarity
    from reportmine.tables.build import build_tables

    monkeypatch.setattr(compare, "SIDE_BY_SIDE_FROM", 0)
    made = []
    for cls in (beside.Beside, beside.Staged):
        original = cls.__init__

        def keeping(self, *args, _original=original, **kwargs):
            made.append(self)
            _original(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", keeping)

    def broken(*args, **kwargs):
        raise RuntimeError("clusters failed")

    monkeypatch.setattr(similarity, "clusters", broken)
    with pytest.raises(RuntimeError, match="clusters failed"):
        build_comparisons(build_tables(records), texts, processes=2)
    assert len(made) == 2 and all(step._proc is None for step in made)
