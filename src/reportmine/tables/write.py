"""Writing and reading tables: Parquet and CSV, atomic, schema-checked.

CSV and Excel are opened by analysts in spreadsheet programs, where a cell
starting with ``=``, ``+``, ``-`` or ``@`` runs as a formula; such text is
prefixed with an apostrophe there (Parquet keeps the true value).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from reportmine.io import atomic_path
from reportmine.tables import schema

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """A copy where text cells that a spreadsheet would run as formulas start with '.

    Vectorized per column (a per-cell Python call cost about a second per
    2,000 articles' tables); a column whose values are not all strings or
    missing (lists, mixed objects) falls back to the per-cell test.
    """
    out = df.copy()
    for col in out.columns:
        s = out[col]
        if not (pd.api.types.is_string_dtype(s) or s.dtype == object):
            continue
        try:
            hit = s.str.startswith(FORMULA_START).fillna(False).astype(bool)
        except (AttributeError, TypeError):  # .str refuses a column holding lists or other objects
            hit = s.map(lambda v: isinstance(v, str) and v.startswith(FORMULA_START)).astype(bool)
        if hit.any():
            fixed = s.copy()
            fixed[hit] = "'" + s[hit].astype(str)
            out[col] = fixed.astype(s.dtype)
    return out


def write_table(df: pd.DataFrame, name: str, out_dir: str | Path,
                formats: tuple[str, ...] = ("parquet", "csv")) -> list[Path]:
    """Validate ``df`` against its schema and write it atomically in each format."""
    df = schema.validate(df, name)
    out_dir = Path(out_dir)
    written = []
    for fmt in formats:
        path = out_dir / f"{name}.{fmt}"
        with atomic_path(path) as tmp:
            if fmt == "parquet":
                df.to_parquet(tmp, index=False)
            elif fmt == "csv":
                neutralize_formulas(df).to_csv(tmp, index=False, encoding="utf-8-sig")
            else:
                raise ValueError(f"unknown table format {fmt!r}")
        written.append(path)
    return written


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path,
                 formats: tuple[str, ...] = ("parquet", "csv")) -> list[Path]:
    """Write every table; returns the paths written."""
    paths: list[Path] = []
    for name, df in tables.items():
        paths.extend(write_table(df, name, out_dir, formats))
    return paths


def read_table(name: str, directory: str | Path) -> pd.DataFrame:
    """Read ``name.parquet`` from ``directory`` and check it against the schema."""
    path = Path(directory) / f"{name}.parquet"
    if not path.is_file():
        raise FileNotFoundError(f"no table {name!r} in {directory} (run `reportmine run` first)")
    return schema.validate(pd.read_parquet(path), name)
