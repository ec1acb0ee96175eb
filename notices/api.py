"""The library's verbs: text or a file in, records out."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from notices.clean import CleanText, clean
from notices.containers import containers, escape_edits, find_layout
from notices.defaults import DEFAULT_MAX_SIZE
from notices.errors import NoticesError, one_line
from notices.extract import Page, extract
from notices.fold import fold
from notices.inputs import read_source
from notices.models import Notice, SourceFormat
from notices.records import fill, listing
from notices.segment import find_blocks, issuer_above
from notices.stream import CHUNK_CHARS, moved, notices_in
from notices.validate import BatchKey, batch_key, validate


def _to_source(record: Notice, cleaned: CleanText) -> None:
    """Move every offset of ``record`` from the cleaned text to the source text."""
    start, end = record.source.start, record.source.end
    source_start, source_end = cleaned.span_to_source((start, end))
    if source_start - start == source_end - end:  # nothing removed inside the block: one shift for all
        moved(record, source_start - start)
        return
    record.spans = {name: [cleaned.span_to_source(s) for s in spans] for name, spans in record.spans.items()}
    record.warnings = [
        w if w.span is None else w.model_copy(update={"span": cleaned.span_to_source(w.span)}) for w in record.warnings
    ]
    record.source.start, record.source.end = cleaned.span_to_source((record.source.start, record.source.end))


def read_notices(text: str, source: str | None = None, format: SourceFormat = "text") -> list[Notice]:
    """The notices in ``text`` as read, before any check (see ``validate``).

    A long text is read in chunks cut between notices (see ``stream``), so that
    every pattern's time limit holds whatever the size of the page."""
    if len(text) <= CHUNK_CHARS:
        return read_chunk(text, source, format)
    return list(notices_in([text], source, format))


def read_chunk(text: str, source: str | None = None, format: SourceFormat = "text") -> list[Notice]:
    """The notices in one chunk of text, offsets into that chunk."""
    layout = find_layout(text)
    places = containers(text, layout)
    escapes = [edit for _, literal in places if literal is not None for edit in escape_edits(text, literal)]
    cleaned = clean(text, escapes)
    records: list[Notice] = []
    by_record: dict[int, list[Notice]] = {}
    for (start, end), literal in places:
        clean_start, clean_end = cleaned.from_source(start), cleaned.from_source(end)
        printed = cleaned.text[clean_start:clean_end]
        page = Page(printed, fold(printed), clean_start)
        found = [extract(page, block, source) for block in find_blocks(page.folded)]
        for record in found:
            record.source.format = format
            if cleaned.text is not text:
                _to_source(record, cleaned)
        if literal is not None and literal.group is not None and found:
            by_record.setdefault(literal.group, []).extend(found)
        records += found
    for group, found in by_record.items():
        fields = layout.record_of(group)
        for record in found:
            fill(record, fields, f"{source or '文本'}@{group}")
        for duplicate in _repeated(found):
            records.remove(duplicate)
    # Records that print no notice text may still list a hearing in their fields (a table row, labelled lines).
    read = [(r.source.start, r.source.end) for r in records]
    for group, fields in layout.records.items():
        if group in by_record or any(start <= f[2][0] < end for f in fields for start, end in read):
            continue
        listed = listing(fields, source, f"{source or '文本'}@{group}")
        if listed is None:
            continue
        listed.source.format = format
        if listed.issuer is None:
            # A list page's rows name no court: its heading does (某某人民法院 开庭公告).
            heading = issuer_above(text, listed.source.start)
            if heading is not None:
                listed.issuer = text[heading[0] : heading[1]]
                listed.spans["issuer"] = [heading]
        records.append(listed)
    records.sort(key=lambda r: r.source.start)
    return records


def _repeated(found: list[Notice]) -> list[Notice]:
    """The notices of one record that repeat another of it (the text in two fields: content and page),
    keeping the one whose own text says more."""
    best: dict[str, Notice] = {}
    dropped = []
    for record in found:
        key = "|".join(
            (record.kind, *record.party, *record.case_numbers, str(record.hearing_date), str(record.hearing_time))
        )
        kept = best.get(key)
        if kept is None:
            best[key] = record
            continue
        if _own_values(record) > _own_values(kept):
            best[key], record = record, kept
        dropped.append(record)
    return dropped


def _own_values(record: Notice) -> int:
    """How many values a record read from its own text (not from its record's fields)."""
    filled = {w.field for w in record.warnings if w.code == "value_from_record"}
    return sum(1 for name in record.spans if name not in filled)


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
        message = "parsing took too long (a pattern timed out); skipped"
        return FileResult(str(path), error=f"{one_line(str(path))}: {message}")
