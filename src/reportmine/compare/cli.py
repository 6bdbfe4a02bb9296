"""``reportmine compare``: rebuild the comparison tables from processed tables."""
from __future__ import annotations

from pathlib import Path

import click
import pandas as pd

BASE = ("articles", "people", "organizations", "numbers", "slogans")


def load_tables(directory: Path, names: tuple[str, ...] | list[str]) -> dict[str, pd.DataFrame]:
    """The named tables present in ``directory`` (schema-checked)."""
    from reportmine.tables.write import read_table

    out = {}
    for name in names:
        if (directory / f"{name}.parquet").is_file():
            out[name] = read_table(name, directory)
    return out


def load_records(records: Path | None) -> list[dict] | None:
    """The records of a JSONL (None when there is none)."""
    from reportmine.io import read_jsonl

    if records is None or not records.is_file():
        return None
    return list(read_jsonl(records))


def load_texts(records: Path | None) -> dict[str, str] | None:
    """article_id -> body from a records JSONL (None when there is none)."""
    recs = load_records(records)
    return None if recs is None else {r["id"]: r.get("text") or "" for r in recs}


@click.command("compare")
@click.option("-d", "--dir", "directory", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder with the base tables; comparison tables are written there (default: data/processed).")
@click.option("--records", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Records JSONL with article bodies (default: DIR/records.jsonl when present).")
@click.option("--csv/--no-csv", default=True, help="Also write CSV beside Parquet.")
def compare_cmd(directory: Path | None, records: Path | None, csv: bool) -> None:
    """Write meetings, compare_metrics(_wide), slogans, terms, similarity and people_titles tables."""
    from reportmine.compare import build_comparisons
    from reportmine.config import processed_dir
    from reportmine.tables.write import write_tables

    directory = directory or processed_dir()
    tables = load_tables(directory, BASE)
    if "articles" not in tables:
        raise click.ClickException(f"no articles table in {directory}; run `reportmine run` first")
    recs = load_records(records or directory / "records.jsonl")
    texts = None if recs is None else {r["id"]: r.get("text") or "" for r in recs}
    if texts is None:
        click.echo("warning: no records.jsonl with article bodies; meetings, terms and similarity use titles only",
                   err=True)
    # records carry their meetings: they are read, not extracted again
    out = build_comparisons(tables, texts, records=recs if recs and all("meetings" in r for r in recs) else None)
    paths = write_tables(out, directory, ("parquet", "csv") if csv else ("parquet",))
    for name, df in out.items():
        click.echo(f"{name:24} {len(df):6} rows")
    click.echo(f"wrote {len(paths)} file(s) to {directory}")
