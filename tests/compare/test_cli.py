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


def test_compare_cli_gives_the_tables_a_batch_run_gives(tmp_path, records):
    """The CLI reads bodies and meetings in one pass; the comparisons equal those
    built straight from the records (meetings read from them, not re-extracted)."""
    import pandas as pd

    from reportmine.cli import main
    from reportmine.compare import COMPARE_TABLES
    from reportmine.compare.from_records import tables_from_records
    from reportmine.io import write_jsonl
    from reportmine.tables.build import BASE_TABLES
    from reportmine.tables.write import read_table, write_tables

    expected = tables_from_records(iter(records))
    write_tables({n: expected[n] for n in BASE_TABLES}, tmp_path, ("parquet",))
    write_jsonl(tmp_path / "records.jsonl", records)
    res = CliRunner().invoke(main, ["compare", "-d", str(tmp_path), "--no-csv"])
    assert res.exit_code == 0, res.output
    for name in [*COMPARE_TABLES, "meetings"]:
        if name in expected:
            pd.testing.assert_frame_equal(read_table(name, tmp_path), expected[name], check_dtype=False)


def test_load_bodies_keeps_bodies_and_meetings_only(tmp_path, records):
    from reportmine.compare.cli import load_bodies
    from reportmine.io import write_jsonl

    path = tmp_path / "records.jsonl"
    write_jsonl(path, records)
    texts, light = load_bodies(path)
    assert texts == {r["id"]: r.get("text") or "" for r in records}
    assert [x["id"] for x in light] == [r["id"] for r in records]
    assert all(set(x) == {"id", "unit", "date", "meetings"} for x in light)
    # an older file whose records lack meetings: they are extracted again, so none are passed on
    old = [{k: v for k, v in r.items() if k != "meetings"} if i == 1 else r for i, r in enumerate(records)]
    write_jsonl(path, old)
    texts, light = load_bodies(path)
    assert light is None and len(texts) == len(records)
    assert load_bodies(tmp_path / "missing.jsonl") is None
