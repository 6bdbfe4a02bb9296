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


def load_bodies(records: Path | None) -> tuple[dict[str, str], list[dict] | None] | None:
    """(article_id -> body, the records' meetings) from a records JSONL, read in one
    pass; None when there is no such file.

    Only the bodies and what the meetings table needs (id, unit, date,
    meetings) are kept of each record, not the whole record: a large
    corpus's people, numbers and spans are already in the base tables. The
    meetings part is None when some record has no ``meetings`` (an older
    file): they are then extracted again from the bodies.
    """
    from reportmine.io import read_jsonl

    if records is None or not records.is_file():
        return None
    texts: dict[str, str] = {}
    light: list[dict] | None = []
    for rec in read_jsonl(records):
        texts[rec["id"]] = rec.get("text") or ""
        if light is not None:
            if "meetings" in rec:
                light.append({"id": rec["id"], "unit": rec.get("unit"), "date": rec.get("date"),
                              "meetings": rec["meetings"]})
            else:
                light = None
    return texts, light


def load_texts(records: Path | None) -> dict[str, str] | None:
    """article_id -> body from a records JSONL (None when there is none)."""
    got = load_bodies(records)
    return None if got is None else got[0]


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
    got = load_bodies(records or directory / "records.jsonl")
    texts, light = got if got is not None else (None, None)
    if texts is None:
        click.echo("warning: no records.jsonl with article bodies; meetings, terms and similarity use titles only",
                   err=True)
    # records carry their meetings: they are read, not extracted again
    out = build_comparisons(tables, texts, records=light or None)
    paths = write_tables(out, directory, ("parquet", "csv") if csv else ("parquet",))
    for name, df in out.items():
        click.echo(f"{name:24} {len(df):6} rows")
    click.echo(f"wrote {len(paths)} file(s) to {directory}")
