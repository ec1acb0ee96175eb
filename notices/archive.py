"""Archives past one machine: one run over many files, cut into partitions run on Dask (or Spark).

Two phases, so that no record travels to the driver:

1. each partition reads its files (``ArchiveJob.read_part``), writes their JSON lines to a
   staging file in the output folder, and sends back only what the batch checks need: each
   notice's ``BatchKey``, the files that failed, and counts;
2. the driver runs the batch checks over every key, in file order (``findings_by_part``),
   and each partition gets the findings of its own lines, splices them in
   (``ArchiveJob.write_part``) and renames its part file into place.

The part files, concatenated in order, are byte for byte what ``notices parse PATHS
--format jsonl`` writes for the same files and ``--today``. Dask is imported by
``run_on_dask`` alone: the partition functions need only this package wherever they run.
"""

from __future__ import annotations

import datetime as dt
import os
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from notices.batch import FileReader, later_findings, with_findings
from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import OutputError
from notices.export import atomic_output
from notices.inputs import expand_paths
from notices.models import Finding
from notices.validate import BatchKey, china_today

Later = dict[int, list[Finding]]  # one partition's batch findings, by the index of its line


@dataclass
class PartRead:
    """What phase 1 sends back for one partition: what the batch checks need, never the records."""

    keys: list[BatchKey] = field(default_factory=list)  # one per notice, in file order
    severities: Counter[str] = field(default_factory=Counter)  # of the findings already in its lines
    files_read: int = 0
    errors: list[str] = field(default_factory=list)  # one line for each file that could not be read
    warnings: list[str] = field(default_factory=list)  # what reading repaired or skipped, one line each


@dataclass(frozen=True)
class ArchiveJob:
    """A run's output folder and reading options: picklable, sent with every partition's task."""

    out: Path
    today: dt.date
    encoding: str | None = None
    max_size: int = DEFAULT_MAX_SIZE

    @classmethod
    def new(
        cls,
        out: str | os.PathLike[str],
        today: dt.date | None = None,
        encoding: str | None = None,
        max_size: int = DEFAULT_MAX_SIZE,
    ) -> ArchiveJob:
        """On the driver: a job writing to ``out``, a new or empty folder (part files of an earlier
        run would mix with this one's); ``today`` pinned once, so that every partition judges by the same day.

        ``out`` is made absolute here: a worker's working directory is its own."""
        folder = Path(out).absolute()
        folder.mkdir(parents=True, exist_ok=True)
        if any(folder.iterdir()):
            raise OutputError(f"{folder}: not empty (write each run to a new folder)")
        return cls(folder, today or china_today(), encoding, max_size)

    def part(self, number: int) -> Path:
        return self.out / f"part-{number:05d}.jsonl"

    def _staged(self, number: int) -> Path:
        return self.out / f".part-{number:05d}.unchecked"  # hidden: no part-*.jsonl glob meets it

    def read_part(self, number: int, paths: Iterable[str | os.PathLike[str]]) -> PartRead:
        """Phase 1, on a worker: read and check partition ``number``'s files, as ``--jobs`` does each file."""
        reader = FileReader(self.encoding, self.max_size, self.today, keep_text=False, packed=True)
        read = PartRead()
        # Written afresh each time: a task retried after a lost worker starts over.
        with self._staged(number).open("wb") as staged:
            for path in paths:
                result = reader(Path(path))
                read.warnings += result.warnings
                if result.error is not None:
                    read.errors.append(result.error)
                    continue
                read.files_read += 1
                staged.writelines(line + b"\n" for line in result.lines)
                read.keys += result.keys
                read.severities.update(result.severities)
        return read

    def write_part(self, number: int, later: Later) -> Path:
        """Phase 2, on a worker: partition ``number``'s lines with ``later`` spliced in, as its part file."""
        staged, part = self._staged(number), self.part(number)
        if not staged.exists() and part.exists():
            return part  # a retried task whose first run finished
        if not later:
            staged.replace(part)  # nothing to add: the lines are final
            return part
        with staged.open("rb") as lines, atomic_output(part, force=True) as out:
            out.writelines(with_findings((line.removesuffix(b"\n") for line in lines), later))
        staged.unlink()
        return part


def findings_by_part(reads: Sequence[PartRead]) -> list[Later]:
    """On the driver, between the phases: the batch checks over every partition's keys, in
    partition order (the CLI's file order), as each partition's findings by its own line index."""
    starts = list(accumulate((len(read.keys) for read in reads), initial=0))
    by_part: list[Later] = [{} for _ in reads]
    for index, findings in later_findings([key for read in reads for key in read.keys]).items():
        number = bisect_right(starts, index) - 1  # the last partition starting at or before it: never an empty one
        by_part[number][index - starts[number]] = findings
    return by_part


@dataclass(frozen=True)
class ArchiveRun:
    """What a run wrote and read: the part files in order, and the counts of the CLI's summary."""

    parts: list[Path]
    files_read: int
    notices: int
    errors: list[str]  # one line for each file that could not be read, naming it
    warnings: list[str]  # what reading repaired or skipped, then folders where no file matched: the CLI's lines
    severities: Counter[str]

    @classmethod
    def of(
        cls, parts: list[Path], reads: Sequence[PartRead], later: Sequence[Later], hints: Sequence[str] = ()
    ) -> ArchiveRun:
        severities: Counter[str] = Counter()
        for read in reads:
            severities.update(read.severities)
        severities.update(found.severity for part in later for findings in part.values() for found in findings)
        return cls(
            parts=parts,
            files_read=sum(read.files_read for read in reads),
            notices=sum(len(read.keys) for read in reads),
            errors=[error for read in reads for error in read.errors],
            warnings=[warning for read in reads for warning in read.warnings] + list(hints),
            severities=severities,
        )


def run_on_dask(
    paths: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    today: dt.date | None = None,
    globs: Iterable[str] = DEFAULT_GLOBS,
    encoding: str | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
    partition_size: int | None = None,
) -> ArchiveRun:
    """Parse the files and folders ``paths`` on Dask into JSONL part files in ``out`` (a new folder).

    Runs on the Dask client open in this process (a ``distributed.Client``), else Dask's local
    threads. Folders are walked here, as by the CLI, and the workers read each file by the path
    found, which the records name as the CLI does: every worker must see the same paths (a shared
    file system; absolute paths, unless the workers run in this process's working directory).
    ``partition_size`` is files per partition (default: Dask's choice).
    A file that cannot be read is named in ``ArchiveRun.errors`` and the others go on; what
    reading repaired, and folders where no file matched ``globs``, are in ``ArchiveRun.warnings``."""
    from dask.bag import from_sequence
    from dask.base import compute
    from dask.delayed import delayed

    job = ArchiveJob.new(out, today, encoding, max_size)
    hints: list[str] = []
    files = [str(path) for path in expand_paths(map(Path, paths), globs, hints)]
    partitions = from_sequence(files, partition_size=partition_size).to_delayed()
    read_part, write_part = delayed(job.read_part), delayed(job.write_part)
    reads: tuple[PartRead, ...] = compute(*(read_part(n, paths) for n, paths in enumerate(partitions)))
    later = findings_by_part(reads)
    parts: tuple[Path, ...] = compute(*(write_part(n, found) for n, found in enumerate(later)))
    return ArchiveRun.of(list(parts), reads, later, hints)
