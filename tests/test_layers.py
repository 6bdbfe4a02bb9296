"""The layers import downwards only: ingest → parse → nlp → extract → tables → compare/report.

Why: a lower layer that imports a higher one (even lazily, inside a function)
ties the page parser to the extractors' lexicons and makes the pipeline's
order a lie; walking the source with ``ast`` catches the function-level
imports that an import-time check would miss.
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import reportmine

SRC = Path(reportmine.__file__).resolve().parent

#: what a layer below the extractors must never import
_HIGHER = ("reportmine.extract", "reportmine.tables", "reportmine.compare", "reportmine.report")

#: the one sanctioned exception: spaCy components that wrap extractors for notebooks
_ALLOWED = {"nlp/components.py"}


def _imported_modules(source: str, package: str) -> list[tuple[int, str]]:
    """Every module ``source`` (a module of ``package``) imports, at any depth, as
    absolute dotted names; ``from a import b`` yields ``a`` and ``a.b``, since
    ``b`` may be a module."""
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".")
                parts = parts[:len(parts) - node.level + 1]
                name = ".".join(parts + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            out.append((node.lineno, name))
            out.extend((node.lineno, f"{name}.{a.name}") for a in node.names)
    return out


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((SRC / layer).rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel in _ALLOWED:
            continue
        package = ".".join(("reportmine", *path.relative_to(SRC).parts[:-1]))
        for line, name in _imported_modules(path.read_text(encoding="utf-8"), package):
            if any(name == h or name.startswith(h + ".") for h in _HIGHER):
                found.append(f"{rel}:{line} imports {name}")
    return found


@pytest.mark.parametrize("layer", ["ingest", "parse", "nlp"])
def test_lower_layer_imports_no_higher_one(layer: str) -> None:
    assert _violations(layer) == []


def test_the_walk_sees_function_level_and_relative_imports() -> None:
    """The checker itself: imports inside a function, relative or through the
    parent package, are all found."""
    src = ("def f():\n"
           "    from reportmine.extract.people import x\n"
           "    from ..tables import y\n"
           "    from reportmine import compare\n")
    names = [name for _, name in _imported_modules(src, "reportmine.parse")]
    assert "reportmine.extract.people" in names
    assert "reportmine.tables" in names
    assert "reportmine.compare" in names


def test_reading_a_glued_credit_loads_no_extractor() -> None:
    """The parser splits 记者周某伟李某 without the people extractor in the process."""
    code = ("import sys\n"
            "from reportmine.parse.credits import dateline_author\n"
            "assert dateline_author('新华社北京1月1日电（记者周某伟李某）会议举行。') == ['周某伟', '李某']\n"
            "print(sorted(m for m in sys.modules if m.startswith('reportmine.extract')))\n")
    env = {**os.environ, "PYTHONPATH": str(SRC.parent)}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
