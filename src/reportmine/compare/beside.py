"""Steps of the comparison run in forked children while this process does others.

After a parallel extraction the comparison step is the serial tail of a batch
run (Amdahl's law: with two processes it capped the speedup near 1.4x). Its
steps form a small graph: similarity, then clusters, then metrics, slogans
and terms, which depend on the clusters but not on each other; segmenting
the texts depends on nothing. ``Beside`` starts one branch in a forked child
(which inherits the texts and tables, nothing is copied) and hands its
result back through a pipe when asked; ``Staged`` does the same for a branch
whose second part needs a value this process is still computing.

A child that dies or raises is not trusted: the step is simply done again
in this process, so the outcome (result or exception) is the serial one.
Where fork is not available the step runs here, when its result is asked for.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")
P = TypeVar("P")
I = TypeVar("I")
log = logging.getLogger(__name__)


def fork_available() -> bool:
    """Fork is the start method that shares this process's data without copying (POSIX, not macOS's default)."""
    return "fork" in multiprocessing.get_all_start_methods() and os.name == "posix"


def _reply(conn: Any, work: Callable[[], Any]) -> None:
    """In the child: send (True, value) of ``work()``, or (False, the error)."""
    try:
        value = work()
    except BaseException as exc:  # noqa: BLE001 - the parent redoes the step and raises itself
        try:
            conn.send((False, repr(exc)))
        except OSError:
            pass
    else:
        conn.send((True, value))
    finally:
        conn.close()


def _run(fn: Callable[[], Any], conn: Any) -> None:
    _reply(conn, fn)


def _run_staged(prepare: Callable[[], Any], finish: Callable[[Any, Any], Any], conn: Any) -> None:
    _reply(conn, lambda: finish(prepare(), conn.recv()))


class _Child:
    """A forked child that answers once through a pipe; None where it could not be started."""

    def __init__(self, target: Callable[..., None], args: tuple[Any, ...], fork: bool, duplex: bool) -> None:
        self._proc = None
        if not (fork and fork_available()):
            return
        ctx = multiprocessing.get_context("fork")
        self._conn, child_conn = ctx.Pipe(duplex=duplex)
        try:
            self._proc = ctx.Process(target=target, args=(*args, child_conn), daemon=True)
            self._proc.start()
        except OSError as exc:  # no memory or process slots for a child: do it here
            log.info("comparison step not forked (%s); done in this process", exc)
            self._proc = None
        finally:
            child_conn.close()

    def _answer(self) -> tuple[bool, Any]:
        """(True, the child's value), or (False, why not) when there is no child or it failed."""
        if self._proc is None:
            return False, None
        try:
            ok, value = self._conn.recv()
        except (EOFError, OSError):  # the child died before sending
            ok, value = False, "no result"
        finally:
            self._conn.close()
            self._proc.join()
            self._proc = None
        if not ok:
            log.info("forked comparison step failed (%s); done again in this process", value)
        return ok, value

    def close(self) -> None:
        """Stop a child whose result nobody will ask for (after an error elsewhere)."""
        if self._proc is not None:
            self._proc.terminate()
            self._proc.join()
            self._conn.close()
            self._proc = None


class Beside(_Child, Generic[T]):
    """``fn()`` started now in a forked child; ``result()`` waits for its value."""

    def __init__(self, fn: Callable[[], T], fork: bool = True) -> None:
        self._fn = fn
        super().__init__(_run, (fn,), fork, duplex=False)

    def result(self) -> T:
        """The step's value: the child's, or computed here when the child failed or was never started."""
        ok, value = self._answer()
        return value if ok else self._fn()


class Staged(_Child, Generic[P, I, T]):
    """``finish(prepare(), x)`` in a forked child, ``prepare()`` started now, ``x`` given later by ``send``.

    For a branch with a first part that needs only what is known now (the
    texts, to segment) and a second that needs what this process is still
    computing (the clusters): the first part runs while it is computed.
    """

    def __init__(self, prepare: Callable[[], P], finish: Callable[[P, I], T], fork: bool = True) -> None:
        self._prepare, self._finish = prepare, finish
        self._sent: tuple[I] | None = None
        super().__init__(_run_staged, (prepare, finish), fork, duplex=True)

    def send(self, x: I) -> None:
        """Give the child what its second part needs."""
        self._sent = (x,)
        if self._proc is not None:
            try:
                self._conn.send(x)
            except OSError:  # the child is gone; result() redoes the step
                pass

    def result(self) -> T:
        """The step's value (``send`` first): the child's, or computed here when the child failed."""
        if self._sent is None:
            raise RuntimeError("Staged.result() before send()")
        ok, value = self._answer()
        return value if ok else self._finish(self._prepare(), self._sent[0])
