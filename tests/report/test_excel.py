"""The Excel workbook: a sheet per table, formulas never run."""
from __future__ import annotations

from click.testing import CliRunner


def test_one_sheet_per_table_and_values_round_trip(all_tables, tmp_path):
    from openpyxl import load_workbook

    from reportmine.report.excel import write_workbook

    path = write_workbook(all_tables, tmp_path / "x.xlsx")
    wb = load_workbook(path)
    assert len(wb.sheetnames) == len(all_tables)
    for name, df in all_tables.items():
        ws = wb[name[:31]]
        assert ws.max_row == len(df) + 1
        assert [c.value for c in ws[1]] == list(df.columns)


def test_formula_text_is_stored_as_text(all_tables, tmp_path):
    from openpyxl import load_workbook

    from reportmine.report.excel import write_workbook

    path = write_workbook(all_tables, tmp_path / "x.xlsx")
    ws = load_workbook(path)["articles"]
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=")]
    assert cells, "the corpus has a title starting with ="
    for c in cells:
        assert c.data_type == "s"
        assert c.quotePrefix
    assert cells[0].value.startswith("=HYPERLINK")  # the text itself is kept as written


def test_excel_cli(processed):
    from openpyxl import load_workbook

    from reportmine.cli import main

    res = CliRunner().invoke(main, ["excel", "-d", str(processed)])
    assert res.exit_code == 0, res.output
    wb = load_workbook(processed / "reportmine.xlsx")
    assert {"articles", "meetings", "compare_metrics", "compare_metrics_wide"} <= set(wb.sheetnames)


def test_control_characters_and_missing_values(tmp_path):
    import pandas as pd
    from openpyxl import load_workbook

    from reportmine.report.excel import write_workbook

    df = pd.DataFrame({"text": pd.Series(["a\x01b", None, "+86 电话", "@某人"], dtype="string"),
                       "n": pd.Series([1, None, 3, 4], dtype="Int64")})
    ws = load_workbook(write_workbook({"t": df}, tmp_path / "t.xlsx"))["t"]
    assert [c.value for c in ws["A"]][1:] == ["ab", None, "+86 电话", "@某人"]
    assert [c.value for c in ws["B"]][1:] == [1, None, 3, 4]
    assert ws["A4"].data_type == "s" and ws["A5"].quotePrefix
