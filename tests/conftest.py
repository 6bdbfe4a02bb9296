"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def gold_gate():
    """``gold_gate(folder)``: the whole pipeline on ``folder/texts``, scored against
    ``folder``'s gold files (the report ``reportmine.evaluate.evaluate`` gives)."""
    from reportmine.evaluate import evaluate
    from reportmine.inputs import iter_inputs
    from reportmine.pipeline import analyze_file

    def report(folder: Path) -> dict:
        return evaluate(folder, [analyze_file(f) for f in iter_inputs([folder / "texts"])])

    return report
