"""The Excel workbook: one sheet per table, safe to open in a spreadsheet.

Text that a spreadsheet would run as a formula (starting with = + - @) is
stored explicitly as a string with Excel's quote prefix, so the cell shows
the text as written and never evaluates it. Characters XML forbids are
dropped (openpyxl would refuse them).
"""
from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from reportmine.tables.write import FORMULA_START

MAX_SHEET = 31
MAX_ROWS = 1_048_575  # Excel's row limit minus the header
log = logging.getLogger(__name__)


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
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    from reportmine.io import atomic_path

    wb = Workbook(write_only=True)  # streams rows: large tables stay fast and small in memory
    used: set[str] = set()
    names = [n for n in (order or []) if n in tables] + sorted(n for n in tables if n not in (order or []))
    bold = Font(bold=True)
    for name in names:
        df = tables[name]
        if len(df) > MAX_ROWS:  # a sheet holds 1,048,576 rows; say so instead of failing
            log.warning("%s: %d rows, the sheet keeps the first %d (Parquet/CSV hold all)", name, len(df), MAX_ROWS)
            df = df.head(MAX_ROWS)
        ws = wb.create_sheet(_sheet_name(name, used))
        ws.freeze_panes = "A2"
        header = []
        for col in df.columns:
            cell = WriteOnlyCell(ws, str(col))
            cell.font = bold
            header.append(cell)
        ws.append(header)
        for row in df.itertuples(index=False):
            out: list[object] = []
            for v in row:
                v = _value(v)
                if isinstance(v, str):
                    v = ILLEGAL_CHARACTERS_RE.sub("", v)
                    if v.startswith(FORMULA_START):
                        cell = WriteOnlyCell(ws, v)
                        cell.data_type = "s"  # text, never a formula
                        cell.quotePrefix = True
                        v = cell
                out.append(v)
            ws.append(out)
    if not names:
        wb.create_sheet("empty")
    path = Path(path)
    with atomic_path(path) as tmp:
        wb.save(tmp)
    return path
