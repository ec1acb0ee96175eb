"""The store's verbs: pages added to it, and a schedule drawn from it — hearings as they stand, checked.

>>> import pathlib, tempfile, datetime as dt
>>> from notices.batch import InputOptions
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> page = folder / "page.txt"
>>> _ = page.write_text("公告\\n甲某：\\n本委已受理你与某某公司劳动争议一案（某劳人仲案字[2026]第1号）。"
...                     "本委定于2026年5月20日9时00分开庭审理此案，地址为某某路1号101室。\\n"
...                     "特此公告\\n某某劳动人事争议仲裁委员会\\n2026年4月7日", encoding="utf-8")
>>> added = add_files(folder / "notices.db", [page], InputOptions())
>>> [(f.new, f.seen_again) for f in added.files]
[(1, 0)]
>>> [(r.hearing_date, r.hearing_time) for r in schedule(folder / "notices.db", Window(), dt.date(2026, 4, 7)).records]
[(datetime.date(2026, 5, 20), '09:00')]
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from notices.api import FileResult, read_file
from notices.batch import FileReader, InputOptions, internal_error
from notices.export.options import EventState
from notices.hearings import fold, shown
from notices.identity import fold as fold_name
from notices.inputs import expand_paths
from notices.models import Notice
from notices.store import FileReport, StoreError, open_store
from notices.validate import batch_findings, batch_key, check_records

Progress = Callable[[Iterator[FileResult], int], Iterator[FileResult]]


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class AddReport:
    files: list[FileReport] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per file that could not be read
    skipped: list[str] = field(default_factory=list)  # one line per file read but not stored (a bug met)


def _read(files: list[Path], options: InputOptions) -> Iterator[FileResult]:
    """Each file as read, before any check: the store keeps what was printed, the schedule checks it."""
    for path in files:
        if str(path) == "-":
            yield FileReader(options.encoding, options.max_size, None, keep_text=True).stdin()
        else:
            yield read_file(path, options.encoding, options.max_size)


def add_files(
    db: Path,
    paths: list[Path],
    options: InputOptions,
    progress: Progress = lambda results, _: results,
    on_wait: Callable[[], None] = lambda: None,
    clock: Callable[[], dt.datetime] = _utc_now,
) -> AddReport:
    """Read every path (folders walked, as ``notices parse`` does) and keep its notices in ``db``,
    one transaction per file. A file that cannot be read is reported and skipped.

    ``on_wait`` is told when another run holds the database; ``clock`` says when things happen."""
    files = list(expand_paths(paths, options.globs))
    report = AddReport()
    with contextlib.closing(open_store(db)) as store:
        store.on_wait = on_wait
        for result in progress(_read(files, options), len(files)):
            if result.error is not None:
                report.errors.append(result.error)
                continue
            try:
                report.files.append(store.add_file(result, clock()))
            except StoreError:
                raise  # the database itself: no other file would fare better
            except Exception as error:  # a bug met on one file: rolled back, the other files still added
                report.skipped.append(internal_error(result.name, error))
    return report


@dataclass(frozen=True)
class Window:
    """Which hearings a schedule shows: a span of days, and words in the venue or issuer."""

    start: dt.date | None = None
    end: dt.date | None = None
    venue: str | None = None
    issuer: str | None = None

    def holds(self, record: Notice) -> bool:
        day = record.hearing_date
        if day is None:
            return self.start is None and self.end is None  # no day to fall in a span of days
        if (self.start and day < self.start) or (self.end and day > self.end):
            return False
        return all(
            fold_name(wanted) in fold_name(printed or "")
            for wanted, printed in ((self.venue, record.venue), (self.issuer, record.issuer))
            if wanted
        )


@dataclass
class Schedule:
    """The hearings of a window as they stand, checked; their calendar state; the texts they quote."""

    records: list[Notice]
    events: list[EventState]
    texts: dict[str | None, str]
    undated: int = 0  # hearings with no date (公告期满后…), not in any span of days


def schedule(db: Path, window: Window, today: dt.date | None = None) -> Schedule:
    """The hearings of ``window``, by date and time, each with the findings of ``notices check``:
    the checks on each record (``today`` for hearings past), venue conflicts and duplicates across
    every hearing of the store that still takes place, and what later notices did to it."""
    with contextlib.closing(open_store(db, create=False)) as store:
        stored = store.hearings()
        views = [shown(fold(h.versions), h.versions, h.orphan) for h in stored]
        records = check_records([view.record for view in views], today)
        active = [i for i, h in enumerate(stored) if h.calendar.status == "scheduled"]
        for index, found in batch_findings([batch_key(records[i]) for i in active]):
            records[active[index]].warnings.append(found)
        for record, view in zip(records, views, strict=True):
            record.warnings.extend(view.findings)
        chosen = sorted(
            (i for i, record in enumerate(records) if window.holds(record)),
            key=lambda i: (records[i].hearing_date or dt.date.max, records[i].hearing_time or "99:99", stored[i].id),
        )
        texts = store.texts(records[i].source.file for i in chosen)
    undated = sum(1 for r in records if r.hearing_date is None) if window.start or window.end else 0
    return Schedule([records[i] for i in chosen], [stored[i].calendar for i in chosen], texts, undated)
