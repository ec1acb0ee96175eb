"""The `notices` command: a thin click layer over the library."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from notices import __version__, report
from notices.api import read_notices, read_text
from notices.errors import NoticesError
from notices.export import FORMATS, exporter, format_for, write_atomically
from notices.export.options import ExportOptions
from notices.models import Notice
from notices.validate import validate


class OutputRefused(click.ClickException):
    """An output that was not written: nothing useful was done, exit 2."""

    exit_code = 2


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


@dataclass
class Batch:
    """What a run read: the checked records, each file's text (for quotes), the failures."""

    records: list[Notice] = field(default_factory=list)
    texts: dict[str | None, str] = field(default_factory=dict)
    files_read: int = 0
    failed: int = 0

    def summary(self) -> str:
        return (
            f"notices: {_plural(self.files_read, 'file')} read, {_plural(len(self.records), 'notice')} found; "
            f"findings: {report.count_by_severity(self.records)}"
            + (f"; {_plural(self.failed, 'file')} failed" if self.failed else "")
        )

    def has_errors(self) -> bool:
        return any(w.severity == "error" for r in self.records for w in r.warnings)


def _read_batch(paths: tuple[Path, ...], today: dt.date | None) -> Batch:
    """Read every path; a bad one is named on stderr and skipped. Checks run on the whole batch."""
    batch = Batch()
    for path in paths:
        source = "<stdin>" if str(path) == "-" else str(path)
        try:
            text = sys.stdin.read() if source == "<stdin>" else read_text(path)
        except NoticesError as error:
            batch.failed += 1
            click.echo(f"notices: error: {error}", err=True)
            continue
        batch.files_read += 1
        batch.texts[source] = text
        batch.records += read_notices(text, source)
    validate(batch.records, today)
    return batch


def input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """PATHS, --today and --strict, shared by the commands that read notices."""
    command = click.option(
        "--strict", is_flag=True, help="Exit 1 when any finding is an error (after writing the output)."
    )(command)
    command = click.option(
        "--today",
        type=click.DateTime(formats=["%Y-%m-%d"]),
        default=None,
        help="The day hearings are judged past against, YYYY-MM-DD. Default: today.",
    )(command)
    return click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True))(command)


def _finish(batch: Batch, strict: bool) -> None:
    click.echo(batch.summary(), err=True)
    if batch.failed or (strict and batch.has_errors()):
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="notices")
def main() -> None:
    """Read Chinese legal notices (公告) from pages of text into records."""


@main.command()
@input_options
@click.option(
    "--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
    help="Output format. Default: from the -o extension, else json.",
)  # fmt: skip
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), help="Write here instead of stdout.")
@click.option("--force", is_flag=True, help="Replace the output file if it exists.")
@click.option(
    "--header", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
    help="CSV/Excel column headers: Chinese labels, or the JSON field names.",
)  # fmt: skip
@click.option(
    "--duration", type=click.IntRange(1, 24 * 60), default=60, show_default=True,
    help="iCalendar: a hearing's length in minutes.",
)  # fmt: skip
@click.option("--deadlines", is_flag=True, help="iCalendar: add award pick-up and inquiry deadlines as all-day events.")
def parse(
    paths: tuple[Path, ...],
    today: dt.datetime | None,
    strict: bool,
    fmt: str | None,
    output: Path | None,
    force: bool,
    header: str,
    duration: int,
    deadlines: bool,
) -> None:
    """Find every notice in PATHS (files, or - for stdin) and write the records.

    The format is --format, or the extension of -o (.json .jsonl .csv .xlsx
    .ics), or JSON. A one-line summary goes to stderr. A file that cannot be
    read is named on stderr and skipped; the exit code is then 1. A file with
    no notice is not an error. Findings change the exit code only with --strict.
    """
    try:
        fmt = fmt or format_for(output)
        if output is not None and output.exists() and not force:
            # Say so before reading anything: a clerk's edited schedule is never overwritten.
            raise OutputRefused(f"{output}: already exists (use --force to replace it)")
    except NoticesError as error:
        raise OutputRefused(str(error)) from None
    batch = _read_batch(paths, today.date() if today else None)
    options = ExportOptions(
        header="en" if header == "en" else "zh", duration_minutes=duration, deadlines=deadlines, texts=batch.texts
    )
    data = exporter(fmt)(batch.records, options)
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        try:
            write_atomically(output, data, force=force)
        except (NoticesError, OSError) as error:
            raise OutputRefused(str(error)) from None
    _finish(batch, strict)


@main.command()
@input_options
def check(paths: tuple[Path, ...], today: dt.datetime | None, strict: bool) -> None:
    """Report, for every notice in PATHS, what is wrong or doubtful.

    Each notice in one line (case number, party, date and time), its findings
    beneath with the printed text they concern, and a count by severity.
    """
    batch = _read_batch(paths, today.date() if today else None)
    click.echo(report.render(batch.records, batch.texts), nl=False)
    _finish(batch, strict)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record, for downstream importers."""
    click.echo(json.dumps(Notice.model_json_schema(), ensure_ascii=False, indent=2))
