"""The `notices` command: a thin click layer over the library."""

from __future__ import annotations

import datetime as dt
import functools
import gc
import json
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from notices import __version__
from notices.defaults import DEFAULT_CALENDAR, DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import NoticesError, one_line
from notices.export import (
    FORMATS,
    QUOTING,
    STREAMED,
    SUFFIXES,
    atomic_output,
    exporter,
    format_for,
    line_writer,
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


def _finish(
    files_read: int, notices: int, severities: Mapping[str, int], failed: int, warnings: int, strict: bool,
    partial: int = 0,
) -> None:  # fmt: skip
    """The one-line summary on stderr, and the exit code: 1 when a file failed, or with --strict
    when a finding is an error or an input was repaired or skipped (and then a line says so)."""
    from notices import report

    click.echo(
        f"notices: {_plural(files_read, 'file')} read, {_plural(notices, 'notice')} found; "
        f"findings: {report.format_severities(severities)}"
        + (f"; {_plural(failed - partial, 'file')} failed" if failed - partial else "")
        + (f"; {_plural(partial, 'file')} failed part-way" if partial else "")
        + (f"; {_plural(warnings, 'input warning')}" if warnings else ""),
        err=True,
    )
    errors = severities.get("error", 0)
    if strict and (errors or warnings):
        reasons = [_plural(errors, "finding") + (" is an error" if errors == 1 else " are errors")] if errors else []
        reasons += [_plural(warnings, "input warning") + " (above)"] if warnings else []
        click.echo(f"notices: --strict: exit 1 because {' and '.join(reasons)}", err=True)
    if failed or (strict and (errors or warnings)):
        sys.exit(1)


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
                for warning in result.warnings:
                    click.echo(f"\rnotices: warning: {warning}", err=True)
                if result.error is not None:
                    click.echo(f"\rnotices: error: {result.error}", err=True)
                notices += result.count()
                bar.update(1, result)
                yield result

    return follow


def _encoding(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    from notices.encodings import is_text_codec

    if value is not None and not is_text_codec(value):
        raise click.BadParameter(f"{value!r} is not a text encoding (e.g. utf-8, gb18030, big5)")
    return value


def _decorated(command: Callable[..., Any], decorators: tuple[Callable[..., Any], ...]) -> Callable[..., Any]:
    for decorator in reversed(decorators):
        command = decorator(command)
    return command


def source_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """PATHS and how to read them (folders, encodings, sizes), for every command that reads pages.

    They reach the command as one ``inputs: InputOptions``, and ``paths`` and ``quiet``."""

    @functools.wraps(command)
    def gather(
        glob: tuple[str, ...],
        encoding: str | None,
        max_size: str,
        today: dt.datetime | None = None,
        jobs: int = 1,
        **kwargs: Any,
    ) -> Any:
        from notices.batch import InputOptions

        globs = tuple(p for g in glob for p in g.split()) or DEFAULT_GLOBS
        inputs = InputOptions(today.date() if today else None, globs, jobs, encoding, _size(max_size))
        return command(inputs=inputs, **kwargs)

    return _decorated(gather, (
        # Not checked by click (readable=False): a file that cannot be read is one line and a skip, like any other.
        click.argument("paths", nargs=-1, required=True,
                       type=click.Path(path_type=Path, allow_dash=True, readable=False)),
        click.option("--glob", multiple=True,
                     help=f"In folders, read the files matching these patterns. Default: {' '.join(DEFAULT_GLOBS)}"),
        click.option("--encoding", default=None, callback=_encoding,
                     help="Read every file in this encoding. Default: detect."),
        click.option("--max-size", default=str(DEFAULT_MAX_SIZE), show_default="1G",
                     help="Refuse files larger than this (e.g. 500M, 2G), before reading them."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar."),
    ))  # fmt: skip


TODAY = click.option(
    "--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
    help="The day hearings are judged past against, YYYY-MM-DD. Default: today.",
)  # fmt: skip


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The source options, and how the notices read are checked and parsed (``today``, ``strict``, ``jobs``).

    They reach the command as one ``inputs: InputOptions``, with ``paths``, ``strict`` and ``quiet``."""
    return _decorated(source_options(command), (
        TODAY,
        click.option("--strict", is_flag=True, help="Exit 1 when any finding is an error (after writing the output)."),
        click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
                     help="Parse files (or one large file's chunks) in this many processes; the output is the same."),
    ))  # fmt: skip


DURATION = click.option(
    "--duration", type=click.IntRange(1, 24 * 60), default=60, show_default=True,
    help="iCalendar: a hearing's length in minutes.",
)  # fmt: skip


def export_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Where and how records are written, for the commands that export them."""
    return _decorated(command, (
        click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default=None,
                     help="Output format. Default: from the -o extension, else json."),
        click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
                     help="Write here instead of stdout (- is stdout)."),
        click.option("--force", is_flag=True, help="Replace the output file if it exists."),
        click.option("--header", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
                     help="CSV/Excel column headers: Chinese labels, or the JSON field names."),
        DURATION,
    ))  # fmt: skip


def _finish_batch(batch: Batch, strict: bool) -> None:
    for warning in batch.hints:
        click.echo(f"notices: warning: {warning}", err=True)
    warnings = len(batch.warnings) + len(batch.hints)
    _finish(batch.files_read, batch.notices(), batch.severities, len(batch.errors), warnings, strict)


def _write(output: Path | None, lines: Iterable[bytes], force: bool) -> None:
    """To stdout, or atomically to ``output``; a failure names the output file (never its temporary)."""
    if output is None:
        for line in lines:
            sys.stdout.buffer.write(line)
        sys.stdout.flush()
        return
    try:
        with atomic_output(output, force=force) as out:
            for line in lines:
                out.write(line)
    except NoticesError as error:
        raise OutputRefused(str(error)) from None
    except OSError as error:
        raise OutputRefused(f"{one_line(str(output))}: cannot be written ({error.strerror or error})") from None


def _stream(paths: tuple[Path, ...], inputs: InputOptions, fmt: str, output: Path | None, force: bool,
            header: str, strict: bool) -> None:  # fmt: skip
    """parse --stream: each record written as soon as it is read and checked."""
    from notices.batch import StreamRun, stream_records
    from notices.export.options import ExportOptions

    _load_parser()
    if fmt not in STREAMED:
        raise OutputRefused(f"--stream writes {' or '.join(STREAMED)}, not {fmt}")
    run = StreamRun()
    records = stream_records(
        list(paths), inputs, run,
        on_error=lambda error: click.echo(f"notices: error: {error}", err=True),
        on_warning=lambda warning: click.echo(f"notices: warning: {warning}", err=True),
    )  # fmt: skip
    _write(output, line_writer(fmt)(records, ExportOptions(header="en" if header == "en" else "zh")), force)
    _finish(run.files_read, run.notices, run.severities, len(run.errors), len(run.warnings), strict, run.partial)


_COLLECTOR_THRESHOLDS = (200_000, 30, 30)


def _load_parser() -> None:
    """The parser's modules, loaded before a run: its compiled grammar lives as long as the process, so the cyclic
    collector is told to leave what is loaded by then (gc.freeze: it had walked the grammar's objects at each pass,
    some 5 % of a run, benchmarks/results.md; and the workers --jobs forks share those pages unwritten)."""
    import notices.api  # noqa: F401

    gc.freeze()


def _stop(signum: int, frame: object) -> None:
    """SIGTERM or SIGHUP: unwind like Ctrl-C, so that a half-written output's temporary file is removed."""
    click.echo(f"notices: stopped by {signal.Signals(signum).name}", err=True)
    raise SystemExit(128 + signum)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="notices")
def main() -> None:
    """Read Chinese legal notices (公告) from pages of text into records."""
    # A run makes millions of short-lived objects and keeps its records: with Python's default thresholds the
    # cyclic collector ran so often, over ever more records, that it took a fifth of the time (benchmarks/
    # results.md). Collected less often, as mypy does; the library leaves the process's collector as it is.
    gc.set_threshold(*_COLLECTOR_THRESHOLDS)
    if threading.current_thread() is threading.main_thread():  # only there can handlers be set
        for signum in (signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, _stop)


# Options that only some formats use: said when given for another, rather than ignored in silence.
FORMAT_OPTIONS = {"header": ("csv", "xlsx"), "duration": ("ics",), "deadlines": ("ics",)}


def _target(fmt: str | None, output: Path | None, force: bool) -> tuple[str, Path | None]:
    """The format and the file to write (None: stdout), checked before anything is read."""
    if output is not None and str(output) == "-":
        output = None  # -o - is stdout, as - is stdin for the inputs
    named = SUFFIXES.get(output.suffix.lower()) if output is not None else None
    if fmt is not None and named is not None and fmt != named:
        raise OutputRefused(
            f"{one_line(str(output))}: the extension says {named} but --format says {fmt} "
            "(rename the file, or leave out --format)"
        )
    try:
        fmt = fmt or format_for(output)
    except NoticesError as error:
        raise OutputRefused(str(error)) from None
    if output is not None:
        if output.exists() and not force:
            # Said before anything is read: a clerk's edited schedule is never overwritten.
            raise OutputRefused(f"{one_line(str(output))}: already exists (use --force to replace it)")
        if not output.parent.is_dir():
            folder = one_line(str(output.parent))
            raise OutputRefused(f"{one_line(str(output))}: no such folder {folder!r} (create it first)")
    elif fmt == "xlsx" and _stdout_is_terminal():
        raise OutputRefused("an Excel workbook is not for a terminal: write it with -o FILE.xlsx")
    context = click.get_current_context()
    for name, formats in FORMAT_OPTIONS.items():
        given = name in context.params and context.get_parameter_source(name) is not click.core.ParameterSource.DEFAULT
        if fmt not in formats and given:
            only = ", ".join(formats)
            click.echo(f"notices: warning: --{name} has no effect on {fmt} output (only on {only})", err=True)
    if force and output is None:
        click.echo("notices: warning: --force has no effect without -o", err=True)
    return fmt, output


@main.command()
@reading_options
@export_options
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
    fmt, output = _target(fmt, output, force)
    if stream:
        _stream(paths, inputs, fmt, output, force, header, strict)
        return
    from notices.batch import read_batch
    from notices.export.options import ExportOptions

    _load_parser()
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
        try:
            data = exporter(fmt)(batch.records, options)
        except NoticesError as error:
            raise OutputRefused(str(error)) from None
    _write(output, [data], force)
    _finish_batch(batch, strict)


@main.command()
@reading_options
def check(paths: tuple[Path, ...], inputs: InputOptions, strict: bool, quiet: bool) -> None:
    """Report, for every notice in PATHS, what is wrong or doubtful.

    Each notice in one line (case number, party, date and time), its findings
    beneath with the printed text they concern, and a count by severity.
    """
    from notices import report
    from notices.batch import read_batch

    _load_parser()
    batch = read_batch(list(paths), inputs, _progress(quiet))
    click.echo(report.render(batch.records, batch.texts), nl=False)
    _finish_batch(batch, strict)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a record, for downstream importers."""
    from notices.models import Notice

    click.echo(json.dumps(Notice.model_json_schema(), ensure_ascii=False, indent=2))


# ---------------------------------------------------------------- the store


class StoreRefused(click.ClickException):
    """A database that was not used (not a notices database, from a newer version, busy): exit 2."""

    exit_code = 2


DATABASE = click.option(
    "--db", type=click.Path(path_type=Path, dir_okay=False), envvar="NOTICES_DB", default="notices.db",
    show_default=True, show_envvar=True, help="The notices database (SQLite).",
)  # fmt: skip


@main.command()
@source_options
@DATABASE
def add(paths: tuple[Path, ...], inputs: InputOptions, quiet: bool, db: Path) -> None:
    """Read PATHS as parse does and keep their notices in the database.

    A notice printed again (same issuer, case numbers, kind and addressees) is
    one notice with another sighting; adding the same page again changes
    nothing. A correction, rescheduling or cancellation of a stored case
    updates its hearing, and the change is kept with the text that made it.
    Each file is added whole or not at all.
    """
    from notices.schedule import add_files

    waited: list[bool] = []

    def waiting() -> None:
        if not waited:  # said once a run, not at every file
            click.echo(f"notices: {db} is busy (another notices add); waiting for it", err=True)
            waited.append(True)

    try:
        report = add_files(db, list(paths), inputs, _progress(quiet), on_wait=waiting)
    except NoticesError as error:
        raise StoreRefused(str(error)) from None
    for skipped in report.skipped:
        click.echo(f"notices: error: {skipped}", err=True)
    for file in report.files:
        for change in file.changes:
            click.echo(f"notices: {file.name}: {change.told()}", err=True)
        for case in file.unmatched:
            click.echo(f"notices: {file.name}: a correction of {case} matches no stored hearing; kept", err=True)
    failed = report.errors + report.skipped
    read = sum(f.notices for f in report.files)
    new, again, already = (sum(getattr(f, n) for f in report.files) for n in ("new", "seen_again", "already"))
    changes = sum(len(f.changes) for f in report.files)
    click.echo(
        f"notices: {_plural(len(report.files), 'file')} added to {db}: {_plural(read, 'notice')} read, {new} new, "
        f"{again} printed again, {already} already stored; {_plural(changes, 'hearing')} changed"
        + (f"; {_plural(len(failed), 'file')} failed" if failed else ""),
        err=True,
    )
    if failed:
        sys.exit(1)


@main.command("schedule")
@DATABASE
@click.option("--from", "start", type=click.DateTime(formats=["%Y-%m-%d"]), help="First day, YYYY-MM-DD.")
@click.option("--to", "end", type=click.DateTime(formats=["%Y-%m-%d"]), help="Last day, YYYY-MM-DD.")
@click.option("--venue", help="Only hearings whose place contains this text.")
@click.option("--issuer", help="Only hearings whose issuer contains this text.")
@export_options
@TODAY
def schedule_command(
    db: Path,
    start: dt.datetime | None,
    end: dt.datetime | None,
    venue: str | None,
    issuer: str | None,
    fmt: str | None,
    output: Path | None,
    force: bool,
    header: str,
    duration: int,
    today: dt.datetime | None,
) -> None:
    """Write the stored hearings from --from to --to, as they stand now.

    Moved hearings at their new time, cancelled ones kept and marked, each
    with the findings of check, venue conflicts judged across the whole
    database. Formats as parse (-o week.xlsx, .csv, .ics, .html, .json); in
    iCalendar a hearing keeps its UID, its SEQUENCE rises at every change, and
    a cancelled one is STATUS:CANCELLED.
    """
    from notices import report as findings
    from notices.export.options import ExportOptions
    from notices.schedule import Window, schedule

    fmt, output = _target(fmt, output, force)
    window = Window(start.date() if start else None, end.date() if end else None, venue, issuer)
    try:
        result = schedule(db, window, today.date() if today else None)
    except NoticesError as error:
        raise StoreRefused(str(error)) from None
    options = ExportOptions(
        header="en" if header == "en" else "zh", duration_minutes=duration, texts=result.texts, events=result.events
    )
    try:
        data = exporter(fmt)(result.records, options)
    except NoticesError as error:
        raise OutputRefused(str(error)) from None
    _write(output, [data], force)
    undated = f"; {_plural(result.undated, 'hearing')} with no date left out" if result.undated else ""
    click.echo(
        f"notices: {_plural(len(result.records), 'hearing')} from {db}{undated}; "
        f"findings: {findings.count_by_severity(result.records)}",
        err=True,
    )


@main.command()
@click.argument("case_number")
@DATABASE
def history(case_number: str, db: Path) -> None:
    """Show the notices of CASE_NUMBER in the database and what changed its hearing.

    Each hearing as it stands (UID, SEQUENCE, status), its changes (when the
    database learnt them, from which printing), then every notice of the
    case with each of its printings (file, offsets, publication date).
    """
    from notices.history import case_history, render

    try:
        story = case_history(db, case_number)
    except NoticesError as error:
        raise StoreRefused(str(error)) from None
    if not story.notices:
        click.echo(f"notices: no notice of {case_number} in {db}", err=True)
        sys.exit(1)
    click.echo(render(story), nl=False)


class SyncFailed(click.ClickException):
    """The calendar server could not be reached or refused: exit 1."""


@main.command("sync")
@DATABASE
@click.option("--caldav", "url", required=True, metavar="URL", help="The CalDAV server, e.g. https://dav.example.org/.")
@click.option("--calendar", "calendar_name", default=DEFAULT_CALENDAR, show_default=True,
              help="The calendar to write to; made if the user has none of that name.")  # fmt: skip
@click.option("--user", help="Log in as USER. Default: the netrc login for the server, else none.")
@DURATION
@TODAY
def sync_command(
    db: Path, url: str, calendar_name: str, user: str | None, duration: int, today: dt.datetime | None
) -> None:
    """Put the stored hearings into a calendar on a CalDAV server.

    New hearings are created, changed ones updated in place (the same UID,
    a higher SEQUENCE), cancelled ones marked STATUS:CANCELLED; a second run
    with nothing new changes nothing. Events the tool did not create are
    left alone, and nothing is deleted. The password is read from
    $NOTICES_CALDAV_PASSWORD or from netrc ($NETRC, else ~/.netrc), never
    from the command line.
    """
    from notices.caldavsync import sync
    from notices.store import StoreError

    try:
        report = sync(db, url, calendar_name, user, today.date() if today else None, duration)
    except StoreError as error:
        raise StoreRefused(str(error)) from None
    except NoticesError as error:
        raise SyncFailed(str(error)) from None
    undated = f"; {_plural(report.undated, 'hearing')} with no date left out" if report.undated else ""
    click.echo(
        f"notices: {calendar_name} at {report.calendar}: {report.created} created, {report.updated} updated "
        f"({report.cancelled} cancelled), {report.unchanged} unchanged; "
        f"{_plural(report.others, 'other event')} left alone{undated}",
        err=True,
    )
