"""The library's verbs: text or a file in, records out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from notices.defaults import DEFAULT_MAX_SIZE
from notices.errors import NoticesError, one_line
from notices.inputs import read_source
from notices.models import Notice, SourceFormat
from notices.stream import notices_in
from notices.validate import BatchKey, batch_key, validate


def read_notices(text: str, source: str | None = None, format: SourceFormat = "text") -> list[Notice]:
    """The notices in ``text`` as read, before any check (see ``validate``).

    A long text is read in chunks cut between notices (see ``stream``), so that
    every pattern's time limit holds whatever the size of the page, and only
    near the words notices print (see ``candidates``)."""
    return list(notices_in([text], source, format))


def parse_text(text: str, source: str | None = None, today: dt.date | None = None) -> list[Notice]:
    """Every notice in ``text``, in page order, checked. ``source`` names the file in each record;
    ``today`` is the day hearings are judged past against (default: the real today)."""
    return validate(read_notices(text, source), today)


def parse_file(
    path: str | Path, today: dt.date | None = None, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE
) -> list[Notice]:
    """Every notice in the file at ``path`` (text in any common encoding, or an HTML page), checked.

    Raises ``notices.errors.InputError`` when the file cannot be read as text."""
    source = read_source(Path(path), encoding, max_size)
    return validate(read_notices(source.text, source.name, source.format), today)


@dataclass
class FileResult:
    """One file of a batch: its text and notices as read (not yet checked), or why it failed."""

    name: str
    text: str = ""
    records: list[Notice] = field(default_factory=list)
    error: str | None = None  # one line naming the file and the problem
    warnings: list[str] = field(default_factory=list)  # what reading repaired or skipped, one line each
    # Packed (see batch.FileReader): the records as JSON lines, their batch keys and finding counts.
    lines: list[bytes] = field(default_factory=list)
    keys: list[BatchKey] = field(default_factory=list)
    severities: Counter[str] = field(default_factory=Counter)

    def count(self) -> int:
        return len(self.records) or len(self.lines)

    def pack(self) -> None:
        """Records → JSON lines and batch keys: cheaper to send from a worker than the records."""
        self.lines = [record.model_dump_json().encode() for record in self.records]
        self.keys = [batch_key(record) for record in self.records]
        self.severities = Counter(w.severity for record in self.records for w in record.warnings)
        self.records = []


def read_file(path: Path, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> FileResult:
    """Read one file of a batch; never raises for a bad file (runs in worker processes too)."""
    try:
        source = read_source(path, encoding, max_size)
        records = read_notices(source.text, source.name, source.format)
        return FileResult(source.name, source.text, records, warnings=list(source.warnings))
    except NoticesError as error:
        return FileResult(str(path), error=str(error))
    except TimeoutError:
        # A pattern ran past its time limit: the input is hostile or pathological; skip it, say so.
        return FileResult(str(path), error=timed_out(path))


def timed_out(path: Path) -> str:
    """The one line for a file skipped because a pattern ran past its time limit."""
    return f"{one_line(str(path))}: parsing took too long (a pattern timed out); skipped"
