"""A run over many inputs: files and folders read (in parallel if asked), then checked together."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from notices.api import FileResult, read_file, read_notices, timed_out
from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import NoticesError, one_line
from notices.inputs import expand_paths, open_source, open_stdin, read_source
from notices.models import Finding, Notice, SourceFormat
from notices.stream import CHUNK_CHARS, chunk_notices, notices_in, numbered
from notices.validate import BatchKey, StreamChecks, batch_findings, check_batch, check_records, prepare_checks


@dataclass(frozen=True)
class InputOptions:
    today: dt.date | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    jobs: int = 1
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class FileReader:
    """read_file and the record checks, with a run's options; picklable, for worker processes."""

    encoding: str | None
    max_size: int
    today: dt.date | None
    keep_text: bool  # send the text back (for quotes in a report, a workbook, a review page)
    packed: bool = False  # send JSON lines and batch keys, not records (for JSONL output)

    def __call__(self, path: Path) -> FileResult:
        try:
            result = self.stdin() if str(path) == "-" else read_file(path, self.encoding, self.max_size)
            check_records(result.records, self.today)
        except Exception as error:  # a bug met on one file: the other files are still read
            return FileResult(str(path), error=internal_error(str(path), error))
        if not self.keep_text:
            result.text = ""  # a worker need not ship the page back
        if self.packed:
            result.pack()
        return result

    def in_parts(self, path: Path, jobs: int) -> FileResult:
        """One file read by ``jobs`` processes, a chunk of it each at a time: the result ``self(path)`` gives."""
        try:
            source = read_source(path, self.encoding, self.max_size)
        except NoticesError as error:
            return FileResult(str(path), error=str(error))
        result = FileResult(source.name, source.text if self.keep_text else "", warnings=list(source.warnings))
        part = PartReader(source.name, source.format, self.today, self.packed)
        from concurrent.futures import ProcessPoolExecutor

        prepare_checks()  # loaded once here, inherited by the forked workers
        try:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for found in pool.map(part, numbered([source.text]), chunksize=1):  # (in order)
                    result.records += found.records
                    result.lines += found.lines
                    result.keys += found.keys
                    result.severities.update(found.severities)
        except TimeoutError:
            return FileResult(str(path), error=timed_out(path))
        except Exception as error:  # a bug met on one file: the other files are still read
            return FileResult(str(path), error=internal_error(str(path), error))
        return result

    def stdin(self) -> FileResult:
        try:
            source = open_stdin(self.encoding)
        except NoticesError as error:
            return FileResult("<stdin>", error=str(error))
        text = "".join(source.pieces)
        return FileResult(source.name, text, read_notices(text, source.name, source.format), warnings=source.warnings)


@dataclass(frozen=True)
class PartReader:
    """One chunk of a file (``stream.numbered``) read and checked in a worker process, packed if asked."""

    name: str
    format: SourceFormat
    today: dt.date | None
    packed: bool

    def __call__(self, part: tuple[int, str, int]) -> FileResult:
        records = check_records(list(chunk_notices(*part, self.name, self.format)), self.today)
        result = FileResult(self.name, records=records)
        if self.packed:
            result.pack()
        return result


def internal_error(name: str, error: Exception) -> str:
    """The one line for an error the tool did not foresee: named, so that it can be reported."""
    what = str(error).splitlines()[0] if str(error) else ""
    return f"{one_line(name)}: internal error ({type(error).__name__}{': ' if what else ''}{one_line(what)}); skipped"


# A file at least this large, read alone with --jobs, is read by the processes a chunk each at a time.
PARTS_BYTES = 4 * CHUNK_CHARS


def results(files: list[Path], reader: FileReader, jobs: int) -> Iterator[FileResult]:
    """Each file's result, in the order given, whatever the number of processes."""
    if jobs > 1 and len(files) == 1 and _size(files[0]) >= PARTS_BYTES:
        yield reader.in_parts(files[0], jobs)
        return
    if jobs <= 1 or len(files) <= 1 or "-" in map(str, files):  # stdin is read here, never in a worker
        yield from map(reader, files)
        return
    from concurrent.futures import ProcessPoolExecutor

    prepare_checks()  # loaded once here, inherited by the forked workers
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the order of `files`, so the output is byte-identical to one process.
        yield from pool.map(reader, files, chunksize=1)


def _size(path: Path) -> int:
    """The size of the file at ``path``; 0 for standard input or what cannot be looked at (read later, and said)."""
    try:
        return 0 if str(path) == "-" else path.stat().st_size
    except OSError:
        return 0


@dataclass
class Batch:
    """What a run read: the checked records, each file's text (for quotes), the failures."""

    records: list[Notice] = field(default_factory=list)
    texts: dict[str | None, str] = field(default_factory=dict)
    files_read: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # files repaired or skipped (shown as they come)
    hints: list[str] = field(default_factory=list)  # folders where no file matched (shown at the end)
    # Packed runs (JSONL): lines, keys and counts instead of records; batch findings by line.
    lines: list[bytes] = field(default_factory=list)
    keys: list[BatchKey] = field(default_factory=list)
    severities: Counter[str] = field(default_factory=Counter)
    later: dict[int, list[Finding]] = field(default_factory=dict)

    def add(self, result: FileResult) -> None:
        self.warnings += result.warnings
        if result.error is not None:
            self.errors.append(result.error)
            return
        self.files_read += 1
        self.texts[result.name] = result.text
        self.records += result.records
        self.lines += result.lines
        self.keys += result.keys
        self.severities.update(result.severities)

    def check(self) -> None:
        """The batch checks: on the records, or on the keys of packed lines."""
        if not self.lines:
            check_batch(self.records)
            self.severities = Counter(w.severity for r in self.records for w in r.warnings)
            return
        self.later = later_findings(self.keys)
        self.severities.update(found.severity for findings in self.later.values() for found in findings)

    def notices(self) -> int:
        return len(self.records) or len(self.lines)

    def has_errors(self) -> bool:
        return self.severities["error"] > 0

    def jsonl(self) -> Iterator[bytes]:
        """Packed lines, each with its batch findings added at the end of its warnings."""
        return with_findings(self.lines, self.later)


def later_findings(keys: list[BatchKey]) -> dict[int, list[Finding]]:
    """The batch findings of the notices with these keys, by the index of the notice they go to."""
    later: dict[int, list[Finding]] = {}
    for index, found in batch_findings(keys):
        later.setdefault(index, []).append(found)
    return later


def with_findings(lines: Iterable[bytes], later: Mapping[int, list[Finding]]) -> Iterator[bytes]:
    """JSON lines (packed records, no line end), each with its findings in ``later`` (by line index)
    added at the end of its warnings, as the lines of a JSONL file."""
    for index, line in enumerate(lines):
        if index in later:
            line = _append_warnings(line, later[index])
        yield line + b"\n"


# In a record's JSON the warnings array is closed just before the spans: keys are
# written in field order, and these characters cannot stand inside a string (its
# quotes would be escaped), so they are found once, in the record's own structure.
_WARNINGS_END = b'],"spans":{'


def _append_warnings(line: bytes, findings: list[Finding]) -> bytes:
    """A record's JSON line with ``findings`` appended to its warnings, without parsing the
    line again (in a batch with many venue conflicts, re-reading took most of the writing)."""
    at = line.rindex(_WARNINGS_END)
    added = b",".join(finding.model_dump_json().encode() for finding in findings)
    separator = b"" if line[at - 1 : at] == b"[" else b","
    return line[:at] + separator + added + line[at:]


def read_batch(
    paths: list[Path],
    options: InputOptions,
    progress: Callable[[Iterator[FileResult], int], Iterator[FileResult]],
    keep_text: bool = True,
    packed: bool = False,
) -> Batch:
    """Read every path (folders walked); a bad file is recorded and skipped. Checks run on the whole batch.

    ``progress`` wraps the stream of results (a progress bar, or nothing), given its length;
    ``keep_text`` keeps each file's text in ``Batch.texts``, for outputs that quote it;
    ``packed`` keeps JSON lines instead of records (see ``Batch.jsonl``)."""
    batch = Batch()
    files = list(expand_paths(paths, options.globs, batch.hints))
    reader = FileReader(options.encoding, options.max_size, options.today, keep_text, packed)
    for result in progress(results(files, reader, options.jobs), len(files)):
        batch.add(result)
    batch.check()
    return batch


@dataclass
class StreamRun:
    """Counts of a --stream run, kept while its records are written."""

    files_read: int = 0  # wholly or in part
    notices: int = 0
    errors: list[str] = field(default_factory=list)
    partial: int = 0  # files that failed after some of their notices were written
    warnings: list[str] = field(default_factory=list)
    severities: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("error", "warning", "info"), 0))


def stream_records(
    paths: list[Path], options: InputOptions, run: StreamRun, on_error: Callable[[str], None],
    on_warning: Callable[[str], None],
) -> Iterator[Notice]:  # fmt: skip
    """Every notice of every file, checked as it is read (see ``validate.StreamChecks``).

    One file at a time, a megabyte at a time: memory follows the largest notice,
    not the archive. A file that fails part-way keeps the notices already yielded,
    and counts as read (in part) as well as failed."""
    checks = StreamChecks(options.today)
    hints: list[str] = []
    for path in expand_paths(paths, options.globs, hints):
        found = 0
        try:
            is_stdin = str(path) == "-"
            source = open_stdin(options.encoding) if is_stdin else open_source(path, options.encoding, options.max_size)
            for record in notices_in(source.pieces, source.name, source.format):
                checks.check(record)
                found += 1
                for finding in record.warnings:
                    run.severities[finding.severity] += 1
                yield record
            for warning in source.warnings:
                run.warnings.append(warning)
                on_warning(warning)
        except Exception as error:  # this file's own error, a time-out, or a bug met on it: the others go on
            if isinstance(error, NoticesError):
                message = str(error)
            elif isinstance(error, TimeoutError):
                message = f"{one_line(str(path))}: parsing took too long; skipped"
            else:
                message = internal_error(str(path), error)
            run.errors.append(message)
            on_error(message)
            if not found:
                continue
            run.partial += 1
        finally:
            run.notices += found
        run.files_read += 1
    for hint in hints:
        run.warnings.append(hint)
        on_warning(hint)
