"""A run over many inputs: files and folders read (in parallel if asked), then checked together."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from notices.api import FileResult, read_file, read_notices
from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import NoticesError
from notices.inputs import expand_paths, to_source_text
from notices.models import Notice
from notices.validate import validate


@dataclass(frozen=True)
class InputOptions:
    today: dt.date | None = None
    globs: tuple[str, ...] = DEFAULT_GLOBS
    jobs: int = 1
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE


@dataclass(frozen=True)
class FileReader:
    """read_file with a run's options; picklable, for worker processes."""

    encoding: str | None
    max_size: int

    def __call__(self, path: Path) -> FileResult:
        if str(path) == "-":
            return self.stdin()
        return read_file(path, self.encoding, self.max_size)

    def stdin(self) -> FileResult:
        try:
            source = to_source_text(sys.stdin.buffer.read(), "<stdin>", self.encoding)
        except NoticesError as error:
            return FileResult("<stdin>", error=str(error))
        return FileResult(source.name, source.text, read_notices(source.text, source.name, source.format))


def results(files: list[Path], reader: FileReader, jobs: int) -> Iterator[FileResult]:
    """Each file's result, in the order given, whatever the number of processes."""
    if jobs <= 1 or len(files) <= 1 or "-" in map(str, files):  # stdin is read here, never in a worker
        yield from map(reader, files)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # map keeps the order of `files`, so the output is byte-identical to one process.
        yield from pool.map(reader, files, chunksize=max(1, min(16, len(files) // (jobs * 4))))


@dataclass
class Batch:
    """What a run read: the checked records, each file's text (for quotes), the failures."""

    records: list[Notice] = field(default_factory=list)
    texts: dict[str | None, str] = field(default_factory=dict)
    files_read: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.errors.append(result.error)
            return
        self.files_read += 1
        self.texts[result.name] = result.text
        self.records += result.records

    def has_errors(self) -> bool:
        return any(w.severity == "error" for r in self.records for w in r.warnings)


def read_batch(
    paths: list[Path], options: InputOptions, progress: Callable[[Iterator[FileResult], int], Iterator[FileResult]]
) -> Batch:
    """Read every path (folders walked); a bad file is recorded and skipped. Checks run on the whole batch.

    ``progress`` wraps the stream of results (a progress bar, or nothing), given its length."""
    files = list(expand_paths(paths, options.globs))
    batch = Batch()
    for result in progress(results(files, FileReader(options.encoding, options.max_size), options.jobs), len(files)):
        batch.add(result)
    validate(batch.records, options.today)
    return batch
