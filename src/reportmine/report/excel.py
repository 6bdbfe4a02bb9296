"""The Excel workbook: one sheet per table, safe to open in a spreadsheet.

Text that a spreadsheet would run as a formula (starting with = + - @) is
stored explicitly as a string with Excel's quote prefix, so the cell shows
the text as written and never evaluates it. Characters XML forbids are
dropped (openpyxl would refuse them).
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET = 31


def _sheet_name(name: str, used: set[str]) -> str:
    base = "".join(ch for ch in name if ch not in "[]:*?/\\")[:MAX_SHEET] or "sheet"
    out, i = base, 2
    while out.lower() in used:
        suffix = f"_{i}"
        out, i = base[: MAX_SHEET - len(suffix)] + suffix, i + 1
    used.add(out.lower())
    return out


def _value(v: object) -> object:
    if v is None or v is pd.NA:
        return None
    if isinstance(v, float) and pd.isna(v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        v = v.item()
    return v


def write_workbook(tables: Mapping[str, pd.DataFrame], path: str | Path, order: list[str] | None = None) -> Path:
    """Write every table to its own sheet of ``path`` (atomically)."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    from reportmine.io import atomic_path

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    names = [n for n in (order or []) if n in tables] + sorted(n for n in tables if n not in (order or []))
    for name in names:
        df = tables[name]
        ws = wb.create_sheet(_sheet_name(name, used))
        for j, col in enumerate(df.columns, 1):
            ws.cell(1, j, str(col)).font = Font(bold=True)
        for i, row in enumerate(df.itertuples(index=False), 2):
            for j, v in enumerate(row, 1):
                v = _value(v)
                if isinstance(v, str):
                    v = ILLEGAL_CHARACTERS_RE.sub("", v)
                cell = ws.cell(i, j, v)
                if isinstance(v, str) and v.startswith(FORMULA_START):
                    cell.data_type = "s"
                    cell.quotePrefix = True
        ws.freeze_panes = "A2"
    if not names:
        wb.create_sheet("empty")
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
