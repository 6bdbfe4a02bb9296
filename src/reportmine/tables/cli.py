"""``reportmine tables RECORDS.jsonl``: the base and comparison tables from extracted records."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("tables")
@click.argument("records", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the tables (default: data/processed).")
@click.option("--csv/--no-csv", default=True, help="Also write CSV beside Parquet.")
def tables_cmd(records: Path, out_dir: Path | None, csv: bool) -> None:
    """Write the base tables (articles, people, organizations, numbers, slogans) and the comparisons from RECORDS.jsonl."""
    from reportmine.compare.from_records import tables_from_records
    from reportmine.config import processed_dir
    from reportmine.io import JSONLError, read_jsonl
    from reportmine.tables.write import write_tables

    out_dir = out_dir or processed_dir()
    try:
        tables = tables_from_records(read_jsonl(records))
    except JSONLError as exc:
        raise click.ClickException(str(exc)) from exc
    formats = ("parquet", "csv") if csv else ("parquet",)
    paths = write_tables(tables, out_dir, formats)
    for name, df in tables.items():
        click.echo(f"{name:24} {len(df):6} rows")
    click.echo(f"wrote {len(paths)} file(s) to {out_dir}")
