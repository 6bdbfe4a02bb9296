"""The notebooks run top to bottom with this interpreter (nbclient, temporary kernel spec)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

NOTEBOOK = "1.0-rm-compare-units.ipynb"


@pytest.fixture()
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec pointing at sys.executable, visible only to this test."""
    spec_dir = tmp_path / "jupyter" / "kernels" / "reportmine-test"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "reportmine test", "language": "python"}))
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(tmp_path / "jupyter-data"))
    return "reportmine-test"


def _run(repo_root: Path, home: Path, kernel: str, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("REPORTMINE_HOME", str(home))
    nb = nbformat.read(repo_root / "notebooks" / NOTEBOOK, as_version=4)
    NotebookClient(nb, kernel_name=kernel, timeout=600,
                   resources={"metadata": {"path": str(repo_root / "notebooks")}}).execute()
    return nb


def _outputs(nb) -> str:
    parts = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out.get("output_type") != "error", out
            parts.append(out.get("text", ""))
            for value in (out.get("data") or {}).values():
                parts.append(value if isinstance(value, str) else json.dumps(value))
    return "\n".join(parts)


@pytest.mark.slow
def test_notebook_builds_its_own_inputs_from_data_raw(repo_root, tmp_path, kernel, monkeypatch):
    raw = repo_root / "data" / "raw"
    if not any(raw.glob("*.*")):
        pytest.skip("no sample corpus in data/raw")
    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    (home / "data" / "raw").symlink_to(raw)
    nb = _run(repo_root, home, kernel, monkeypatch)
    text = _outputs(nb)
    assert "built in memory" in text
    assert "<svg" in text  # the chart
    assert "spans" in text and "PERSON" in text  # displaCy span markup of the people
    assert not (home / "data" / "processed").exists()  # nothing written


@pytest.mark.slow
def test_notebook_reads_processed_tables(repo_root, tmp_path, kernel, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("rm_nb_corpus", repo_root / "tests" / "compare" / "corpus.py")
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    from reportmine.compare import build_comparisons
    from reportmine.io import write_jsonl
    from reportmine.tables.build import build_tables
    from reportmine.tables.write import write_tables

    records = corpus.make_records()
    tables = build_tables(records)
    tables.update(build_comparisons(tables, {r["id"]: r["text"] for r in records}))
    processed = tmp_path / "home" / "data" / "processed"
    write_tables(tables, processed, ("parquet",))
    write_jsonl(processed / "records.jsonl", records)
    text = _outputs(_run(repo_root, tmp_path / "home", kernel, monkeypatch))
    assert "from data/processed" in text
    assert "市水务局" in text
