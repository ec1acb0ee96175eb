"""Notices kept in SQLite: every printing of every notice, the hearings they set, and what changed them.

All SQL of the tool is here, below the CLI, beside the exports. The schema
has a version (``PRAGMA user_version``) and ``MIGRATIONS`` take a database
from each version to the next; a database from a newer version is refused,
and so is a file that is not a notices database, before anything is written
to it. The database runs in WAL mode with full sync; each file is added in one
transaction taken at its start (``BEGIN IMMEDIATE``), so two runs at once on
one database take turns file by file, and a run killed midway leaves the
database as it was before the file it was on.

What is kept: the text of every file added (so a schedule can quote it after
the file is gone), each notice once under its identity (``notices.identity``)
with every printing of it (a *sighting*: file, offsets, publication date, the
record as read, in full JSON, whatever fields the parser gives), and each
hearing with its calendar state (UID, SEQUENCE, status) and the log of its
changes. ``notices.hearings`` decides what the printings mean.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from notices.api import FileResult
from notices.corrections import Change
from notices.errors import NoticesError
from notices.export.options import EventState
from notices.export.rows import source_label
from notices.hearings import Says, Slot, State, Version, fold, reading, tell
from notices.identity import Identity, identity
from notices.identity import fold as fold_name
from notices.models import Notice

# A notices database says so in its header (PRAGMA application_id): "NTCS".
APPLICATION_ID = 0x4E544353
# How long a run waits for another to finish its file before giving up.
LOCK_WAIT_MS = 120_000
SQLITE_HEADER = b"SQLite format 3\x00"

# MIGRATIONS[n] takes a database from schema version n to n + 1; the last one reached is SCHEMA_VERSION.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE files (
        id INTEGER PRIMARY KEY,
        digest TEXT NOT NULL UNIQUE,  -- sha256 of the text: the same page added again is the same file
        name TEXT NOT NULL,           -- as first added; records read from it name it in source.file
        format TEXT NOT NULL,
        text TEXT NOT NULL,           -- as decoded (for a web page, the extracted text): spans index it
        added TEXT NOT NULL
    );
    CREATE TABLE notices (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,     -- identity: issuer, case numbers, whom it names, kind
        role TEXT NOT NULL CHECK (role IN ('notice', 'correction')),
        kind TEXT NOT NULL,
        issuer TEXT NOT NULL          -- folded, for matching corrections to hearings
    );
    CREATE TABLE case_numbers (
        notice_id INTEGER NOT NULL REFERENCES notices (id),
        folded TEXT NOT NULL,
        printed TEXT NOT NULL,
        PRIMARY KEY (notice_id, folded)
    );
    CREATE INDEX case_numbers_by_number ON case_numbers (folded);
    CREATE TABLE sightings (
        id INTEGER PRIMARY KEY,
        notice_id INTEGER NOT NULL REFERENCES notices (id),
        file_id INTEGER NOT NULL REFERENCES files (id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        published TEXT,
        record TEXT NOT NULL,         -- the record as read, before checks (they run on the schedule)
        says TEXT NOT NULL,           -- what it says about its hearing: set, cancelled, postponed, unread, nothing
        change_what TEXT,             -- for a correction: rescheduled, cancelled, postponed
        change_rule TEXT,
        change_start INTEGER,
        change_end INTEGER,
        added TEXT NOT NULL,
        UNIQUE (file_id, start)
    );
    CREATE INDEX sightings_by_notice ON sightings (notice_id);
    CREATE TABLE hearings (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        key TEXT NOT NULL UNIQUE,
        orphan INTEGER NOT NULL DEFAULT 0,  -- known from a correction only, until its notice is added
        hearing_date TEXT,
        hearing_time TEXT,
        venue TEXT,
        status TEXT NOT NULL CHECK (status IN ('scheduled', 'cancelled', 'postponed')),
        in_doubt INTEGER NOT NULL DEFAULT 0,
        sequence INTEGER NOT NULL DEFAULT 0,  -- raised at every change a calendar shows
        created TEXT NOT NULL,
        modified TEXT NOT NULL
    );
    CREATE INDEX hearings_by_date ON hearings (hearing_date);
    CREATE TABLE hearing_notices (        -- the notices that set or change each hearing
        hearing_id INTEGER NOT NULL REFERENCES hearings (id),
        notice_id INTEGER NOT NULL REFERENCES notices (id),
        PRIMARY KEY (hearing_id, notice_id)
    );
    CREATE TABLE changes (
        id INTEGER PRIMARY KEY,
        hearing_id INTEGER NOT NULL REFERENCES hearings (id),
        sighting_id INTEGER NOT NULL REFERENCES sightings (id),  -- the printing that said so
        what TEXT NOT NULL,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX changes_by_hearing ON changes (hearing_id);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(NoticesError):
    """A database that cannot be used: not a notices database, from a newer version, busy, damaged."""


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def _moment(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _slot_json(slot: Slot, status: str) -> str:
    values = {"date": slot.hearing_date, "time": slot.hearing_time, "venue": slot.venue, "status": status}
    return json.dumps(values, ensure_ascii=False, default=str)


def _slot(text: str) -> Slot:
    values = json.loads(text)
    return Slot(_date(values["date"]), values["time"], None, values["venue"])


@dataclass(frozen=True)
class HearingChange:
    """A change to a stored hearing that a calendar shows, as an add reports it."""

    case: str
    what: str  # rescheduled, cancelled, postponed, in_doubt, reinstated
    before: Slot
    after: Slot
    where: str  # the printing that said so

    def told(self) -> str:
        return f"{self.case} {tell(self.what, self.before, self.after)}"


@dataclass
class FileReport:
    """What adding one file did."""

    name: str
    notices: int = 0  # read in the file
    new: int = 0  # notices not stored before
    seen_again: int = 0  # new printings of stored notices
    already: int = 0  # printings already stored (the same page added again)
    changes: list[HearingChange] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)  # corrections naming no stored hearing


@dataclass(frozen=True)
class StoredHearing:
    """A hearing row with its printings, for a schedule."""

    id: int
    calendar: EventState
    orphan: bool
    versions: list[Version]


@dataclass(frozen=True)
class StoredNotice:
    id: int
    role: str  # notice, or correction
    printings: list[Version]


@dataclass(frozen=True)
class LoggedChange:
    """A change the store made to a hearing: when, what, from which state to which, and the printing."""

    at: dt.datetime
    what: str
    before: Slot
    after: Slot
    printing: Version


def _check_header(path: Path) -> None:
    """Refuse, before SQLite opens it, a file that is not an SQLite database: it is left untouched."""
    if path.is_dir():
        raise StoreError(f"{path}: a folder, not a notices database")
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    # An empty file is an empty database to SQLite: a new one (two first runs may race to create it).
    if head and head != SQLITE_HEADER:
        raise StoreError(f"{path}: not a notices database (not an SQLite file); left as it is")


class Store:
    """An open notices database. Use ``open_store``."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.on_wait: Callable[[], None] = lambda: None  # told once a run waits for another
        self._created: set[int] = set()  # hearings first stored by the file being added

    def close(self) -> None:
        self.connection.close()

    # ------------------------------------------------------------ transactions

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, the lock taken at its start; rolled back on any error.

        When another run holds the lock, ``on_wait`` is told and the run waits up to ``LOCK_WAIT_MS``."""
        con = self.connection
        try:
            con.execute("PRAGMA busy_timeout = 0")
            try:
                con.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) and "busy" not in str(error):
                    raise
                self.on_wait()
                con.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
                con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            held = f"another notices add held it for {LOCK_WAIT_MS // 1000} s"
            raise StoreError(f"{self.path}: {error} ({held})") from None
        finally:
            con.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
        try:
            yield con
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def migrate(self) -> None:
        with self.writing() as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]  # again: another run may have done it
            for script in MIGRATIONS[version:]:
                for statement in _statements(script):
                    con.execute(statement)  # executescript would commit the transaction first
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    # ------------------------------------------------------------ adding

    def add_file(self, result: FileResult, now: dt.datetime) -> FileReport:
        """Keep every notice of one file, in one transaction: all of it or, on any error, none."""
        report = FileReport(result.name, notices=len(result.records))
        if not result.records:
            return report  # a page of news only: nothing to keep, not even its text
        digest = hashlib.sha256(result.text.encode()).hexdigest()
        self._created.clear()
        with self._sqlite_errors(), self.writing():
            file_id, name = self._file(result, digest, now)
            touched: dict[int, None] = {}  # hearings to fold again, in the order met
            for record in result.records:
                record.source.file = name  # the name the store knows the text by
                for hearing in self._add_record(record, result.text, file_id, now, report):
                    touched[hearing] = None
            for hearing in touched:
                self._refold(hearing, now, report)
        return report

    @contextlib.contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """An error of the database itself (disk full, damaged pages) as one line naming it."""
        try:
            yield
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: {error}") from None

    def _file(self, result: FileResult, digest: str, now: dt.datetime) -> tuple[int, str]:
        """The stored file of this text, kept if new. Names are unique, so that a schedule's quotes
        find their text: another text under a name already taken (today.txt, saved each day) is
        named with the start of its digest."""
        con = self.connection
        row = con.execute("SELECT id, name FROM files WHERE digest = ?", (digest,)).fetchone()
        if row is not None:
            return int(row[0]), str(row[1])
        taken = con.execute("SELECT 1 FROM files WHERE name = ?", (result.name,)).fetchone()
        name = f"{result.name}@{digest[:8]}" if taken else result.name
        fmt = result.records[0].source.format if result.records else "text"
        values = (digest, name, fmt, result.text, _stamp(now))
        file_id = self._insert("INSERT INTO files (digest, name, format, text, added) VALUES (?, ?, ?, ?, ?)", values)
        return file_id, name

    def _insert(self, sql: str, values: tuple[object, ...]) -> int:
        cursor = self.connection.execute(sql, values)
        assert cursor.lastrowid is not None  # an INSERT into a rowid table
        return cursor.lastrowid

    def _add_record(self, record: Notice, text: str, file_id: int, now: dt.datetime, report: FileReport) -> list[int]:
        """Keep one printing; return the hearings it concerns."""
        con = self.connection
        says, change = reading(record, text)
        who = identity(record, "correction" if change else None)
        row = con.execute("SELECT id FROM notices WHERE key = ?", (who.key(),)).fetchone()
        if row is None:
            notice = self._insert(
                "INSERT INTO notices (key, role, kind, issuer) VALUES (?, ?, ?, ?)",
                (who.key(), "correction" if change else "notice", record.kind, who.issuer),
            )
            con.executemany(
                "INSERT OR IGNORE INTO case_numbers (notice_id, folded, printed) VALUES (?, ?, ?)",
                [(notice, fold_name(number), number) for number in record.case_numbers],
            )
        else:
            notice = row[0]
        inserted = con.execute(
            """INSERT OR IGNORE INTO sightings (notice_id, file_id, start, end, published, record, says,
                   change_what, change_rule, change_start, change_end, added)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                notice, file_id, record.source.start, record.source.end,
                record.published.isoformat() if record.published else None, record.model_dump_json(), says,
                change.what if change else None, change.rule if change else None,
                change.span[0] if change else None, change.span[1] if change else None, _stamp(now),
            ),
        ).rowcount  # fmt: skip
        if not inserted:
            report.already += 1
            return []
        if row is None:
            report.new += 1
        else:
            report.seen_again += 1
        if change is not None:
            return self._correct(record, notice, says, who, now, report)
        if record.kind != "hearing":
            return []
        hearing = self._hearing_for(record, who, now)
        self._link(hearing, [notice, *self._corrections_of(record)])
        return [hearing]

    def _correct(self, record: Notice, notice: int, says: Says, who: Identity, now: dt.datetime,
                 report: FileReport) -> list[int]:  # fmt: skip
        """A correction changes every stored hearing of its case; with none, a readable new time
        becomes a hearing of its own until the notice that set it is added."""
        hearings = self._hearings_of(record)
        if not hearings and says == "set":
            hearings = [self._new_hearing(identity(record, "hearing"), now, orphan=True)]
        if not hearings:
            report.unmatched.append(f"{'、'.join(record.case_numbers) or '无案号'}（{source_label(record)}）")
        for hearing in hearings:
            self._link(hearing, [notice])
        return hearings

    def _hearing_for(self, record: Notice, who: Identity, now: dt.datetime) -> int:
        """The hearing a hearing notice sets: its own, or one known so far from a correction only."""
        con = self.connection
        row = con.execute("SELECT id FROM hearings WHERE key = ?", (who.key(),)).fetchone()
        if row is not None:
            hearing = int(row[0])
        else:
            orphans = [h for h in self._hearings_of(record)
                       if con.execute("SELECT orphan FROM hearings WHERE id = ?", (h,)).fetchone()[0]]  # fmt: skip
            hearing = orphans[0] if orphans else self._new_hearing(who, now, orphan=False)
        con.execute("UPDATE hearings SET orphan = 0 WHERE id = ?", (hearing,))  # the notice that sets it is here
        return hearing

    def _new_hearing(self, who: Identity, now: dt.datetime, orphan: bool) -> int:
        hearing = self._insert(
            """INSERT INTO hearings (uid, key, orphan, status, created, modified)
               VALUES (?, ?, ?, 'scheduled', ?, ?)""",
            (who.uid(), who.key(), orphan, _stamp(now), _stamp(now)),
        )
        self._created.add(hearing)
        return hearing

    def _link(self, hearing: int, notices: Iterable[int]) -> None:
        self.connection.executemany(
            "INSERT OR IGNORE INTO hearing_notices (hearing_id, notice_id) VALUES (?, ?)",
            [(hearing, notice) for notice in notices],
        )

    def _same_case(self, record: Notice, sql: str) -> list[int]:
        """Ids from ``sql`` (selecting an id and a folded issuer by case number) for the record's case
        numbers. A case number names one case; the same issuer is preferred where there is a choice."""
        found: dict[int, str] = {}
        for number in record.case_numbers:
            found.update(self.connection.execute(sql, (fold_name(number),)).fetchall())
        issuer = fold_name(record.issuer or "")
        same = [i for i, their in found.items() if their == issuer]
        return same or list(found)

    def _hearings_of(self, record: Notice) -> list[int]:
        return self._same_case(
            record,
            """SELECT DISTINCT hn.hearing_id, n.issuer FROM case_numbers c
               JOIN notices n ON n.id = c.notice_id JOIN hearing_notices hn ON hn.notice_id = n.id
               WHERE c.folded = ?""",
        )

    def _corrections_of(self, record: Notice) -> list[int]:
        return self._same_case(
            record,
            """SELECT n.id, n.issuer FROM case_numbers c JOIN notices n ON n.id = c.notice_id
               WHERE c.folded = ? AND n.role = 'correction'""",
        )

    def _refold(self, hearing: int, now: dt.datetime, report: FileReport) -> None:
        """Fold the hearing's printings again. A change a calendar shows raises its SEQUENCE and is
        logged; a hearing first stored by this file has nothing to change from."""
        con = self.connection
        state = fold(self.versions(hearing))
        row = con.execute(
            "SELECT hearing_date, hearing_time, venue, status, in_doubt FROM hearings WHERE id = ?", (hearing,)
        ).fetchone()
        before, status = Slot(_date(row[0]), row[1], None, row[2]), row[3]
        slot = state.slot
        con.execute(
            "UPDATE hearings SET hearing_date = ?, hearing_time = ?, venue = ?, status = ?, in_doubt = ? WHERE id = ?",
            (slot.hearing_date.isoformat() if slot.hearing_date else None, slot.hearing_time, slot.venue,
             state.status, state.in_doubt is not None, hearing),
        )  # fmt: skip
        if hearing in self._created or (*before.compared(), status, bool(row[4])) == state.compared():
            return
        what = _what_changed(status, state)
        con.execute("UPDATE hearings SET sequence = sequence + 1, modified = ? WHERE id = ?", (_stamp(now), hearing))
        con.execute(
            "INSERT INTO changes (hearing_id, sighting_id, what, before, after, at) VALUES (?, ?, ?, ?, ?, ?)",
            (hearing, state.base.sighting, what, _slot_json(before, status), _slot_json(slot, state.status),
             _stamp(now)),
        )  # fmt: skip
        case = "、".join(state.base.record.case_numbers) or "无案号"
        report.changes.append(HearingChange(case, what, before, slot, state.base.where()))

    # ------------------------------------------------------------ reading

    def _versions(self, where: str, key: object) -> list[Version]:
        rows = self.connection.execute(
            f"""SELECT s.id, s.notice_id, s.record, s.added, s.says, s.change_what, s.change_rule,
                       s.change_start, s.change_end
                FROM sightings s WHERE {where} ORDER BY s.id""",
            (key,),
        ).fetchall()
        return [
            Version(
                sighting=row[0],
                notice=row[1],
                record=Notice.model_validate_json(row[2]),
                added=_moment(row[3]),
                says=row[4],
                change=Change(row[5], row[6], (row[7], row[8])) if row[5] else None,
            )
            for row in rows
        ]

    def versions(self, hearing: int) -> list[Version]:
        """Every printing of every notice that sets or changes the hearing."""
        return self._versions("s.notice_id IN (SELECT notice_id FROM hearing_notices WHERE hearing_id = ?)", hearing)

    def _stored_hearings(self, where: str, key: object = None) -> list[StoredHearing]:
        rows = self.connection.execute(
            f"SELECT id, uid, sequence, modified, status, in_doubt, orphan FROM hearings WHERE {where} ORDER BY id",
            () if key is None else (key,),
        ).fetchall()
        return [
            StoredHearing(
                id=row[0],
                calendar=EventState(row[1], row[2], _moment(row[3]), row[4], bool(row[5])),
                orphan=bool(row[6]),
                versions=self.versions(row[0]),
            )
            for row in rows
        ]

    def hearings(self) -> list[StoredHearing]:
        return self._stored_hearings("1")

    def case_notices(self, number: str) -> list[StoredNotice]:
        """The notices that name a case number (as compared: width, spacing, brackets folded)."""
        rows = self.connection.execute(
            """SELECT n.id, n.role FROM notices n JOIN case_numbers c ON c.notice_id = n.id
               WHERE c.folded = ? ORDER BY n.id""",
            (fold_name(number),),
        ).fetchall()
        return [StoredNotice(row[0], row[1], self._versions("s.notice_id = ?", row[0])) for row in rows]

    def case_hearings(self, number: str) -> list[StoredHearing]:
        return self._stored_hearings(
            """id IN (SELECT hn.hearing_id FROM hearing_notices hn
                      JOIN case_numbers c ON c.notice_id = hn.notice_id WHERE c.folded = ?)""",
            fold_name(number),
        )

    def changes(self, hearing: int) -> list[LoggedChange]:
        rows = self.connection.execute(
            "SELECT at, what, before, after, sighting_id FROM changes WHERE hearing_id = ? ORDER BY id", (hearing,)
        ).fetchall()
        printings = {v.sighting: v for v in self.versions(hearing)}
        return [
            LoggedChange(_moment(at), what, _slot(before), _slot(after), printings[sighting])
            for at, what, before, after, sighting in rows
        ]

    def texts(self, names: Iterable[str | None]) -> dict[str | None, str]:
        """The stored texts of the files named (names are unique in the store)."""
        texts = {}
        for name in dict.fromkeys(names):
            row = self.connection.execute("SELECT text FROM files WHERE name = ?", (name,)).fetchone()
            if row is not None:
                texts[name] = str(row[0])
        return texts


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, each whole (a ; in a comment does not end one)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            yield pending
            pending = ""


def _what_changed(status: str, now: State) -> str:
    if now.status != "scheduled" and now.status != status:
        return now.status
    if now.in_doubt is not None:
        return "in_doubt"
    if status != "scheduled":
        return "reinstated"
    return "rescheduled"


def open_store(path: Path, *, create: bool = True) -> Store:
    """Open the notices database at ``path`` (created, with ``create``, if there is none).

    Raises ``StoreError`` for a file that is not a notices database, one from a
    newer version of the tool, or a damaged one; such a file is not written to."""
    if path.exists():
        _check_header(path)
    elif not create:
        raise StoreError(f"{path}: no such database (notices add creates it)")
    # Two runs that find no database create it together: setting it up (WAL, the schema) takes a lock SQLite
    # does not wait for when the other run holds one, so a run told "locked" there tries again, up to the wait.
    deadline = time.monotonic() + LOCK_WAIT_MS / 1000
    while True:
        try:
            return _open(path, create)
        except _Busy:
            if time.monotonic() > deadline:
                raise StoreError(f"{path}: not a usable notices database (database is locked)") from None
            time.sleep(_RETRY_SECONDS)


class _Busy(Exception):
    """Another run held the lock while this one set the database up."""


_RETRY_SECONDS = 0.05


def _open(path: Path, create: bool) -> Store:
    try:
        connection = sqlite3.connect(
            f"file:{quote(str(path))}?mode={'rwc' if create else 'rw'}",
            uri=True,
            isolation_level=None,  # transactions are begun and ended explicitly
            timeout=LOCK_WAIT_MS / 1000,
        )
    except sqlite3.Error as error:
        raise StoreError(f"{path}: cannot open ({error})") from None
    try:
        _check_schema(path, connection)
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        store = Store(path, connection)
        if connection.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
            store.migrate()
    except sqlite3.OperationalError as error:
        connection.close()
        if "locked" in str(error) or "busy" in str(error):
            raise _Busy from None
        raise StoreError(f"{path}: not a usable notices database ({error})") from None
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(f"{path}: not a usable notices database ({error})") from None
    except StoreError:
        connection.close()
        raise
    return store


def _check_schema(path: Path, connection: sqlite3.Connection) -> None:
    """Read-only checks: whose database it is, and from which version."""
    # (The schema first: another run setting the file up commits its tables and its id at once, so tables seen
    # here mean the id read after them is theirs too; read the other way round, a commit between the two reads
    # showed tables with no id, a new notices database taken for another program's.)
    objects = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]
    application = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application != APPLICATION_ID and (application != 0 or objects):
        raise StoreError(f"{path}: not a notices database (an SQLite database of another program); left as it is")
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: made by a newer version of notices (schema {version}; this one knows up to {SCHEMA_VERSION}): "
            "upgrade notices to use it"
        )
