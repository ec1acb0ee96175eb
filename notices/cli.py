"""The `notices` command: a thin click layer over the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from notices import __version__
from notices.api import parse_text, read_text
from notices.errors import NoticesError
from notices.export import write_atomically
from notices.export.jsonout import to_json, to_jsonl
from notices.models import Notice

FORMATS = {"json": to_json, "jsonl": to_jsonl}
SUFFIXES = {".json": "json", ".jsonl": "jsonl"}


class OutputRefused(click.ClickException):
    """An output that was not written: nothing useful was done, exit 2."""

    exit_code = 2


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="notices")
def main() -> None:
    """Read Chinese legal notices (公告) from pages of text into records."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))
@click.option(
    "--format", "fmt", type=click.Choice(sorted(FORMATS)), default=None,
    help="Output format. Default: from the -o extension, else json.",
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
def parse(paths: tuple[Path, ...], fmt: str | None, output: Path | None, force: bool) -> None:
    """Find every notice in PATHS (files, or - for stdin) and print the records.

    A one-line summary goes to stderr. A file that cannot be read is named on
    stderr and skipped; the exit code is then 1. A file with no notice is not
    an error.
    """
    records: list[Notice] = []
    failed = 0
    for path in paths:
        try:
            if str(path) == "-":
                records += parse_text(sys.stdin.read(), source="<stdin>")
            else:
                records += parse_text(read_text(path), source=str(path))
        except NoticesError as error:
            failed += 1
            click.echo(f"notices: error: {error}", err=True)
    fmt = fmt or (SUFFIXES.get(output.suffix.lower(), "json") if output else "json")
    data = FORMATS[fmt](records)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_atomically(output, data, force=force)
        except (NoticesError, OSError) as error:
            raise OutputRefused(str(error)) from None
    warnings = sum(len(r.warnings) for r in records)
    summary = (
        f"notices: {_plural(len(paths) - failed, 'file')} read, "
        f"{_plural(len(records), 'notice')} found, {_plural(warnings, 'warning')}"
    )
    if failed:
        summary += f", {_plural(failed, 'file')} failed"
    click.echo(summary, err=True)
    if failed:
        sys.exit(1)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record, for downstream importers."""
    click.echo(json.dumps(Notice.model_json_schema(), ensure_ascii=False, indent=2))
