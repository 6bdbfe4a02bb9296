"""The ``failures`` table: inputs that produced no record, and why.

Bad input never stops a batch; it becomes a row here (path, stage, reason)
written beside the other tables, and the run's exit code says so.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

#: exit code of ``reportmine run`` when any input failed (the rest completed)
EXIT_FAILURES = 3


@dataclass(frozen=True)
class Failure:
    path: str
    stage: str  # read, parse, extract, write, tables
    reason: str


def failures_table(failures: Iterable[Failure]) -> pd.DataFrame:
    """The failures rows, schema-checked and sorted by path."""
    from reportmine.tables import schema

    rows = [{"path": f.path, "stage": f.stage, "reason": f.reason} for f in failures]
    if not rows:
        return schema.empty("failures")
    return schema.validate(pd.DataFrame(rows, columns=["path", "stage", "reason"]), "failures")
