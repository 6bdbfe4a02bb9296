"""``reportmine tables RECORDS.jsonl``: base and comparison tables; a broken line is a clear error."""
from __future__ import annotations

from click.testing import CliRunner

from reportmine.cli import main

TEXT = ("3月2日，县农业农村局机关党支部召开专题组织生活会。支部书记韩立平主持会议，"
        "全体党员22人参加。会前征求意见建议15条，查摆问题8个，坚持“学思想、强党性、重实践、建新功”。")


def _records(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("县农业农村局召开专题组织生活会\n\n" + TEXT, encoding="utf-8")
    (src / "b.txt").write_text("县林业局召开专题组织生活会\n\n" + TEXT.replace("农业农村", "林业")
                               .replace("韩立平", "鲁志强"), encoding="utf-8")
    out = tmp_path / "records.jsonl"
    assert CliRunner().invoke(main, ["extract", str(src), "-o", str(out)]).exit_code == 0
    return out


def test_tables_writes_the_base_and_the_comparison_tables(tmp_path):
    from reportmine.tables.write import read_table

    res = CliRunner().invoke(main, ["tables", str(_records(tmp_path)), "-o", str(tmp_path / "out"), "--no-csv"])
    assert res.exit_code == 0, res.output
    assert len(read_table("articles", tmp_path / "out")) == 2
    people = set(read_table("people", tmp_path / "out")["name"])
    assert {"韩立平", "鲁志强"} <= people
    sim = read_table("similarity", tmp_path / "out")
    assert len(sim) == 1  # the two reports share most of their wording
    assert "compare_metrics" in res.output and "meetings" in res.output


def test_a_line_that_is_not_json_names_its_file_and_line(tmp_path):
    rec = _records(tmp_path)
    rec.write_text(rec.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["tables", str(rec), "-o", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert f"{rec}:3: not a JSON line" in res.output
    assert not (tmp_path / "out" / "articles.parquet").exists()
