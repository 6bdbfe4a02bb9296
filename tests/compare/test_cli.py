"""`reportmine compare` on a processed folder."""
from __future__ import annotations

from click.testing import CliRunner


def test_compare_cli_writes_every_comparison_table(tmp_path, records, tables):
    from reportmine.cli import main
    from reportmine.compare import COMPARE_TABLES
    from reportmine.io import write_jsonl
    from reportmine.tables.write import read_table, write_tables

    write_tables(tables, tmp_path, ("parquet",))
    write_jsonl(tmp_path / "records.jsonl", records)
    res = CliRunner().invoke(main, ["compare", "-d", str(tmp_path)])
    assert res.exit_code == 0, res.output
    for name in COMPARE_TABLES:
        assert (tmp_path / f"{name}.parquet").is_file()
        assert (tmp_path / f"{name}.csv").is_file()
    m = read_table("compare_metrics", tmp_path)
    assert "sum_distinct_events" in set(m["rule"])


def test_compare_cli_without_bodies_warns(tmp_path, tables):
    from reportmine.cli import main
    from reportmine.tables.write import write_tables

    write_tables(tables, tmp_path, ("parquet",))
    res = CliRunner().invoke(main, ["compare", "-d", str(tmp_path), "--no-csv"])
    assert res.exit_code == 0, res.output
    assert "no records.jsonl" in res.output
    assert not (tmp_path / "meetings.csv").exists()


def test_compare_cli_needs_articles(tmp_path):
    from reportmine.cli import main

    res = CliRunner().invoke(main, ["compare", "-d", str(tmp_path)])
    assert res.exit_code != 0
    assert "run `reportmine run` first" in res.output
