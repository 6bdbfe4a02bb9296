from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from reportmine.cli import main

TEXT = """县法院召开专题组织生活会

来源:县法院网
日期:2023-05-06
作者:某甲

  5月5日,县人民法院机关第一党支部召开专题组织生活会。

(编辑:某乙)
"""


def test_extract_writes_contract_records(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "one.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(recs) == 1
    rec = recs[0]
    for key in ("id", "path", "url", "title", "date", "source", "author", "editor", "unit", "text",
                "people", "organizations", "numbers", "slogans", "warnings"):
        assert key in rec
    assert len(rec["id"]) == 16 and rec["date"] == "2023-05-06" and rec["editor"] == "某乙"
    assert "编辑" not in rec["text"] and rec["text"].startswith("5月5日")


def test_extract_refuses_to_overwrite_without_force(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("keep", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code != 0 and "--force" in result.output
    assert out.read_text(encoding="utf-8") == "keep"


def test_extract_missing_input_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_extract_without_output_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path)])
    assert result.exit_code == 2


def test_python_dash_m_and_help_list_commands():
    proc = subprocess.run([sys.executable, "-m", "reportmine", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0
    for cmd in ("extract", "tables", "run", "evaluate"):
        assert cmd in proc.stdout


def test_a_command_whose_module_is_missing_says_so_when_run(monkeypatch):
    from click.testing import CliRunner

    from reportmine import cli

    monkeypatch.setitem(cli.COMMANDS, "ghost", "reportmine.no_such_module:cmd")
    res = CliRunner().invoke(cli.main, ["ghost"])
    assert res.exit_code == 1
    assert "'ghost' is not available in this install" in res.output and "no_such_module" in res.output
    assert not isinstance(res.exception, NameError)
