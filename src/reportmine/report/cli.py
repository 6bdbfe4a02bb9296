"""``reportmine report`` and ``reportmine excel``: the human-facing outputs."""
from __future__ import annotations

from pathlib import Path

import click
import pandas as pd


def _all_tables(directory: Path) -> dict[str, pd.DataFrame]:
    """Base and comparison tables of ``directory``; comparisons rebuilt when missing."""
    from reportmine.compare import COMPARE_TABLES, build_comparisons
    from reportmine.compare.cli import BASE, load_tables, load_texts

    tables = load_tables(directory, list(BASE) + ["failures"])
    if "articles" not in tables:
        raise click.ClickException(f"no articles table in {directory}; run `reportmine run` first")
    try:
        compare = load_tables(directory, COMPARE_TABLES)
    except ValueError as exc:  # a stale table from an older schema
        click.echo(f"warning: {exc}; rebuilding the comparison tables", err=True)
        compare = {}
    if set(compare) != set(COMPARE_TABLES):
        compare = build_comparisons(tables, load_texts(directory / "records.jsonl"))
    tables.update(compare)
    return tables


@click.command("report")
@click.option("-d", "--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with the tables (default: data/processed).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write (default: DIR/report.html).")
def report_cmd(directory: Path | None, output: Path | None) -> None:
    """Write one self-contained HTML report (inline CSS and SVG charts)."""
    from reportmine.config import processed_dir
    from reportmine.report.html import write_report

    directory = directory or processed_dir()
    output = output or directory / "report.html"
    write_report(_all_tables(directory), output)
    click.echo(f"wrote {output}")


@click.command("excel")
@click.option("-d", "--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with the tables (default: data/processed).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Workbook to write (default: DIR/reportmine.xlsx).")
def excel_cmd(directory: Path | None, output: Path | None) -> None:
    """Write an Excel workbook with one sheet per table."""
    from reportmine.compare import COMPARE_TABLES
    from reportmine.compare.cli import BASE
    from reportmine.config import processed_dir
    from reportmine.report.excel import write_workbook

    directory = directory or processed_dir()
    output = output or directory / "reportmine.xlsx"
    tables = _all_tables(directory)
    write_workbook(tables, output, order=list(BASE) + list(COMPARE_TABLES) + ["failures"])
    click.echo(f"wrote {output} ({len(tables)} sheets)")
