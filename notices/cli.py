"""The `notices` command: a thin click layer over the library."""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from notices import __version__
from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import NoticesError
from notices.export import (
    FORMATS,
    QUOTING,
    STREAMED,
    atomic_output,
    exporter,
    format_for,
    line_writer,
    write_atomically,
)

# The parser is imported inside the commands, so that `notices --help` starts at once.
if TYPE_CHECKING:
    from notices.api import FileResult
    from notices.batch import Batch, InputOptions

# A progress bar is worth showing from this many files on.
PROGRESS_FROM = 4


class OutputRefused(click.ClickException):
    """An output that was not written: nothing useful was done, exit 2."""

    exit_code = 2


def _stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _summary(files_read: int, notices: int, severities: str, failed: int) -> str:
    return (
        f"notices: {_plural(files_read, 'file')} read, {_plural(notices, 'notice')} found; findings: {severities}"
        + (f"; {_plural(failed, 'file')} failed" if failed else "")
    )


def _size(value: str) -> int:
    """1073741824, 1G, 500M, 64K → bytes."""
    number = value.strip().upper().removesuffix("B").removesuffix("I")
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(number[-1:], 1)
    digits = number[:-1] if scale > 1 else number
    if not digits.isdigit():
        raise click.BadParameter(f"{value!r} is not a size such as 1G, 500M or 1048576", param_hint="--max-size")
    return int(digits) * scale


def _progress(quiet: bool) -> Callable[[Iterator[FileResult], int], Iterator[FileResult]]:
    """Report bad files as they come; on a terminal, a bar with files, notices and rate."""

    def follow(results: Iterator[FileResult], total: int) -> Iterator[FileResult]:
        shown = not quiet and total >= PROGRESS_FROM and sys.stderr.isatty()
        started, notices = time.monotonic(), 0

        def status(_: object) -> str:
            rate = notices / max(time.monotonic() - started, 1e-6)
            return f"{notices} notices, {rate:,.0f}/s"

        with click.progressbar(
            length=total, label="notices", file=sys.stderr, show_pos=True, item_show_func=status, hidden=not shown
        ) as bar:
            for result in results:
                if result.error is not None:
                    click.echo(f"\rnotices: error: {result.error}", err=True)
                notices += result.count()
                bar.update(1, result)
                yield result

    return follow


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """PATHS and how to read them, shared by the commands that read notices.

    They reach the command as one ``inputs: InputOptions``, with ``paths``, ``strict`` and ``quiet``."""

    @functools.wraps(command)
    def gather(
        today: dt.datetime | None, glob: tuple[str, ...], jobs: int, encoding: str | None, max_size: str, **kwargs: Any
    ) -> Any:
        from notices.batch import InputOptions

        globs = tuple(p for g in glob for p in g.split()) or DEFAULT_GLOBS
        inputs = InputOptions(today.date() if today else None, globs, jobs, encoding, _size(max_size))
        return command(inputs=inputs, **kwargs)

    decorators = (
        click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path, allow_dash=True)),
        click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                     help="The day hearings are judged past against, YYYY-MM-DD. Default: today."),
        click.option("--strict", is_flag=True, help="Exit 1 when any finding is an error (after writing the output)."),
        click.option("--glob", multiple=True,
                     help=f"In folders, read the files matching these patterns. Default: {' '.join(DEFAULT_GLOBS)}"),
        click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                     help="Parse files in this many processes; the output is the same."),
        click.option("--encoding", default=None, help="Read every file in this encoding. Default: detect."),
        click.option("--max-size", default=str(DEFAULT_MAX_SIZE), show_default="1G",
                     help="Refuse files larger than this (e.g. 500M, 2G), before reading them."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    )  # fmt: skip
    for decorator in reversed(decorators):
        gather = decorator(gather)
    return gather


def _finish(batch: Batch, strict: bool) -> None:
    from notices import report

    severities = report.format_severities(batch.severities)
    click.echo(_summary(batch.files_read, batch.notices(), severities, len(batch.errors)), err=True)
    if batch.errors or (strict and batch.has_errors()):
        sys.exit(1)


def _stream(paths: tuple[Path, ...], inputs: InputOptions, fmt: str, output: Path | None, force: bool,
            header: str, strict: bool) -> None:  # fmt: skip
    """parse --stream: each record written as soon as it is read and checked."""
    from notices import report
    from notices.batch import StreamRun, stream_records
    from notices.export.options import ExportOptions

    if fmt not in STREAMED:
        raise OutputRefused(f"--stream writes {' or '.join(STREAMED)}, not {fmt}")
    run = StreamRun()
    records = stream_records(list(paths), inputs, run, lambda error: click.echo(f"notices: error: {error}", err=True))
    lines = line_writer(fmt)(records, ExportOptions(header="en" if header == "en" else "zh"))
    if output is None:
        for line in lines:
            sys.stdout.buffer.write(line)
        sys.stdout.flush()
    else:
        try:
            with atomic_output(output, force=force) as out:
                for line in lines:
                    out.write(line)
        except (NoticesError, OSError) as error:
            raise OutputRefused(str(error)) from None
    severities = report.format_severities(run.severities)
    click.echo(_summary(run.files_read, run.notices, severities, len(run.errors)), err=True)
    if run.errors or (strict and run.severities["error"]):
        sys.exit(1)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="notices")
def main() -> None:
    """Read Chinese legal notices (公告) from pages of text into records."""


@main.command()
@reading_options
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
@click.option(
    "--stream", is_flag=True,
    help="JSONL/CSV: write each record as it is read; memory stays flat for archives of any size. "
    "venue_conflict and duplicate_notice then go to the later notice of a pair only.",
)  # fmt: skip
def parse(
    paths: tuple[Path, ...],
    inputs: InputOptions,
    strict: bool,
    quiet: bool,
    fmt: str | None,
    output: Path | None,
    force: bool,
    header: str,
    duration: int,
    deadlines: bool,
    stream: bool,
) -> None:
    """Find every notice in PATHS (files, folders, or - for stdin) and write the records.

    The format is --format, or the extension of -o (.json .jsonl .csv .xlsx
    .ics .html), or JSON. A one-line summary goes to stderr. A file that cannot be
    read is named on stderr and skipped; the exit code is then 1. A file with
    no notice is not an error. Findings change the exit code only with --strict.
    """
    try:
        fmt = fmt or format_for(output)
        if output is not None and output.exists() and not force:
            # Said before anything is read: a clerk's edited schedule is never overwritten.
            raise OutputRefused(f"{output}: already exists (use --force to replace it)")
        if output is None and fmt == "xlsx" and _stdout_is_terminal():
            raise OutputRefused("an Excel workbook is not for a terminal: write it with -o FILE.xlsx")
    except NoticesError as error:
        raise OutputRefused(str(error)) from None
    if stream:
        _stream(paths, inputs, fmt, output, force, header, strict)
        return
    from notices.batch import read_batch
    from notices.export.options import ExportOptions

    # Only the outputs that quote the printed text need the pages kept. For JSONL from worker
    # processes, JSON lines and batch keys come back instead of records (far cheaper to receive).
    packed = fmt == "jsonl" and inputs.jobs > 1
    batch = read_batch(list(paths), inputs, _progress(quiet), keep_text=fmt in QUOTING, packed=packed)
    if packed:
        data = b"".join(batch.jsonl())
    else:
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
@reading_options
def check(paths: tuple[Path, ...], inputs: InputOptions, strict: bool, quiet: bool) -> None:
    """Report, for every notice in PATHS, what is wrong or doubtful.

    Each notice in one line (case number, party, date and time), its findings
    beneath with the printed text they concern, and a count by severity.
    """
    from notices import report
    from notices.batch import read_batch

    batch = read_batch(list(paths), inputs, _progress(quiet))
    click.echo(report.render(batch.records, batch.texts), nl=False)
    _finish(batch, strict)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record, for downstream importers."""
    from notices.models import Notice

    click.echo(json.dumps(Notice.model_json_schema(), ensure_ascii=False, indent=2))
