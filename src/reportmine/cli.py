"""The ``reportmine`` command: a thin shell over the pipeline modules.

Subcommands are imported only when used, so ``reportmine --help`` is quick and
one broken optional piece does not break the others.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

#: name -> "module:attribute" of a click command
COMMANDS = {
    "extract": "reportmine.cli:extract_cmd",
    "tables": "reportmine.tables.cli:tables_cmd",
    "run": "reportmine.batch.cli:run_cmd",
    "evaluate": "reportmine.evaluate:evaluate_cmd",
    "fetch": "reportmine.ingest.cli:fetch_cmd",
    "crawl": "reportmine.ingest.cli:crawl_cmd",
    "compare": "reportmine.compare.cli:compare_cmd",
    "report": "reportmine.report.cli:report_cmd",
    "excel": "reportmine.report.cli:excel_cmd",
    "bench": "reportmine.bench:bench_cmd",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attr = target.split(":")
        try:
            return getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError) as exc:
            reason = str(exc)  # ``exc`` itself is gone once this block ends, before the command runs

            @click.command(name=name, help=f"(unavailable: {reason})")
            def unavailable() -> None:
                raise click.ClickException(f"'{name}' is not available in this install: {reason}")
            return unavailable


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reportmine")
def main() -> None:
    """Turn Chinese meeting reports into tables that compare units."""


def analyze_inputs(inputs: tuple[Path, ...]) -> tuple[list, int]:
    """Analyze every file the INPUTS arguments name; unreadable files are reported.

    Returns the articles and how many files could not be read. Bad arguments
    (a missing path, no article files) become click usage errors (exit 2).
    """
    from reportmine.inputs import iter_inputs
    from reportmine.pipeline import analyze_file

    try:
        files = iter_inputs(inputs)
    except FileNotFoundError as exc:
        raise click.BadParameter(str(exc), param_hint="INPUTS") from exc
    if not files:
        raise click.UsageError("no .txt, .html or .htm files found in the inputs")
    articles, failed = [], 0
    for f in files:
        try:
            articles.append(analyze_file(f))
        except OSError as exc:
            failed += 1
            click.echo(f"error: cannot read {f}: {exc}", err=True)
    return articles, failed


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="JSONL file to write, one article record a line (CONTRACT.md).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def extract_cmd(inputs: tuple[Path, ...], output: Path, force: bool) -> None:
    """Extract article records from text/HTML files or folders of them."""
    from reportmine import io

    if output.exists() and not force:
        raise click.UsageError(f"{output} exists; pass --force to overwrite it")
    articles, failed = analyze_inputs(inputs)
    records = [a.to_dict() for a in articles]
    io.write_jsonl(output, records)
    click.echo(f"wrote {len(records)} article(s) to {output}" + (f"; {failed} failed" if failed else ""), err=True)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
