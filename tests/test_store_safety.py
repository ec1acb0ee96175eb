"""Nothing lost: runs at once, a run killed midway, files that are not a notices database, other versions."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from notices import store
from notices.cli import main
from notices.models import Notice
from notices.store import SCHEMA_VERSION, StoreError, open_store

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "fixtures" / "store"
DAYS = ("2026-04-07.txt", "2026-04-08.txt", "2026-04-09.txt")
NOTICES = Path(sys.executable).parent / "notices"
HANG_GUARD = 300  # seconds: only so that a broken lock fails the test instead of hanging it


def run(*args: str | Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, result.stderr


@pytest.fixture
def days(tmp_path: Path) -> list[Path]:
    for day in DAYS:
        shutil.copy(STORE / day, tmp_path / day)
    return [tmp_path / day for day in DAYS]


def dump(db: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return list(connection.iterdump())


def printings(db: Path) -> int:
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return int(connection.execute("SELECT count(*) FROM sightings").fetchone()[0])


def same_files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


# ---------------------------------------------------------------- two runs at once

# Adds its files like `notices add`, but stops inside the first file's transaction, holding the lock,
# until told to go on: a run that is slow (a large file) while another starts.
HOLDER = """
import sys
from pathlib import Path
from notices import store
from notices.batch import InputOptions
from notices.schedule import add_files

keep = store.Store._file
def hold(self, *args):
    found = keep(self, *args)
    print("holding", flush=True)
    sys.stdin.readline()
    return found
store.Store._file = hold
add_files(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]], InputOptions())
"""


def test_a_run_that_finds_the_database_busy_waits_for_it_and_both_land(tmp_path: Path, days: list[Path]) -> None:
    db = tmp_path / "notices.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, db, days[0]], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline() == "holding\n"
    other = subprocess.Popen([NOTICES, "add", "--db", db, days[1]], stderr=subprocess.PIPE, text=True)
    assert other.stderr is not None
    assert other.stderr.readline() == f"notices: {db} is busy (another notices add); waiting for it\n"
    holder.stdin.write("go\n")
    holder.stdin.close()
    assert holder.wait(HANG_GUARD) == 0
    assert other.wait(HANG_GUARD) == 0
    assert other.stderr.read().endswith(
        "4 notices read, 2 new, 2 printed again, 0 already stored; 0 hearings changed\n"
    )
    assert printings(db) == 4 + 4


def test_a_run_told_locked_while_it_sets_up_a_new_database_tries_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two runs creating a database together: SQLite does not wait, as it does for a write, when the other holds
    # a lock while this one sets the file up (about 1 in 13 pairs of runs failed so before).
    checks = []
    check = store._check_schema

    def locked_once(path: Path, connection: sqlite3.Connection) -> None:
        checks.append(path)
        if len(checks) == 1:
            raise sqlite3.OperationalError("database is locked")
        check(path, connection)

    monkeypatch.setattr(store, "_check_schema", locked_once)
    opened = open_store(tmp_path / "notices.db")
    opened.close()
    assert len(checks) == 2


def test_two_runs_started_together_on_a_new_database_both_land(tmp_path: Path, days: list[Path]) -> None:
    db = tmp_path / "notices.db"
    runs = [subprocess.Popen([NOTICES, "add", "-q", "--db", db, day], stderr=subprocess.PIPE) for day in days[:2]]
    for process in runs:
        assert process.wait(HANG_GUARD) == 0, process.stderr.read() if process.stderr else ""
    assert printings(db) == 4 + 4


# ---------------------------------------------------------------- a run killed midway

# Adds its files like `notices add`, and is killed (SIGKILL: no clean-up of any kind) after the second
# notice of the second file has been written, inside that file's transaction.
KILLED = """
import os, signal, sys
from pathlib import Path
from notices import store
from notices.batch import InputOptions
from notices.schedule import add_files

keep = store.Store._add_record
def add_record(self, record, text, file_id, now, report):
    if record.source.file == sys.argv[3] and report.new + report.seen_again == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    return keep(self, record, text, file_id, now, report)
store.Store._add_record = add_record
add_files(Path(sys.argv[1]), [Path(p) for p in sys.argv[2:]], InputOptions())
"""


def test_a_run_killed_midway_leaves_the_database_as_it_was_before_that_file(tmp_path: Path, days: list[Path]) -> None:
    """Killed in its second file: the first file of the run is kept, the second left no trace."""
    db = tmp_path / "notices.db"
    assert run("add", "--db", db, days[0], days[1])[0] == 0
    before = dump(db)
    db.unlink()
    assert run("add", "--db", db, days[0])[0] == 0
    killed = subprocess.run([sys.executable, "-c", KILLED, db, days[1], days[2]], check=False, timeout=HANG_GUARD)
    assert killed.returncode == -9
    after = dump(db)
    assert len(after) == len(before) and printings(db) == 4 + 4
    assert not any(str(days[2]) in line for line in after)
    code, err = run("add", "--db", db, days[2])  # the next run goes on as if nothing had happened
    assert code == 0 and err.endswith("4 notices read, 3 new, 1 printed again, 0 already stored; 2 hearings changed\n")


def test_a_bug_met_on_one_file_rolls_it_back_and_the_others_are_added(
    tmp_path: Path, days: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = store.Store._add_record

    def broken(self: store.Store, record: Notice, *args: Any) -> list[int]:
        if record.source.file == str(days[1]):
            raise RuntimeError("a bug")
        return keep(self, record, *args)

    monkeypatch.setattr(store.Store, "_add_record", broken)
    db = tmp_path / "notices.db"
    code, err = run("add", "--db", db, *days)
    assert code == 1
    assert f"notices: error: {days[1]}: internal error (RuntimeError: a bug); skipped\n" in err
    assert err.endswith("hearings changed; 1 file failed\n")
    assert printings(db) == 4 + 4  # the first and third files; nothing of the second


# ---------------------------------------------------------------- files that are not a notices database


def _sqlite_of_another_program(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.commit()


def _damaged_notices_database(path: Path) -> None:
    assert run("add", "--db", path, STORE / DAYS[0])[0] == 0
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xa5" * (4096 - 100)  # the first page past the header: the schema is gone
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: p.write_text("会议记录：周三开庭", encoding="utf-8"), "not a notices database (not an SQLite file)"),
        (lambda p: p.write_bytes(b"PK\x03\x04" + bytes(300)), "not a notices database (not an SQLite file)"),
        (_sqlite_of_another_program, "not a notices database (an SQLite database of another program)"),
        (_damaged_notices_database, "not a usable notices database (database disk image is malformed)"),
    ],
    ids=["text", "workbook", "other-sqlite", "damaged"],
)
def test_a_file_that_is_not_a_notices_database_is_refused_and_left_untouched(
    tmp_path: Path, days: list[Path], make: object, says: str
) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    db = folder / "notices.db"
    assert callable(make)
    make(db)
    before = same_files(folder)
    for command in (("add", "--db", db, days[0]), ("schedule", "--db", db), ("history", "--db", db, "第1号")):
        code, err = run(*command)
        assert code == 2
        assert err.startswith(f"Error: {db}: {says}") and err.count("\n") == 1, err
    assert same_files(folder) == before  # not a byte changed, no -wal or -shm beside it


def test_an_empty_file_becomes_a_new_database(tmp_path: Path, days: list[Path]) -> None:
    """SQLite's own view: an empty file is an empty database (two first runs may race to create it)."""
    db = tmp_path / "notices.db"
    db.touch()
    assert run("add", "--db", db, days[0])[0] == 0
    assert printings(db) == 4


# ---------------------------------------------------------------- versions


def test_a_database_from_a_newer_version_is_refused_with_one_line(tmp_path: Path, days: list[Path]) -> None:
    db = tmp_path / "notices.db"
    assert run("add", "--db", db, days[0])[0] == 0
    with contextlib.closing(sqlite3.connect(db)) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = same_files(tmp_path)
    code, err = run("add", "--db", db, days[1])
    assert (code, err) == (
        2,
        f"Error: {db}: made by a newer version of notices (schema {SCHEMA_VERSION + 1}; "
        f"this one knows up to {SCHEMA_VERSION}): upgrade notices to use it\n",
    )
    assert same_files(tmp_path) == before


def test_an_older_database_is_migrated_on_opening(
    tmp_path: Path, days: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "notices.db"
    assert run("add", "--db", db, days[0])[0] == 0
    later = [*store.MIGRATIONS, "ALTER TABLE files ADD COLUMN note TEXT; -- a later version's; say\n"]
    monkeypatch.setattr(store, "MIGRATIONS", later)
    monkeypatch.setattr(store, "SCHEMA_VERSION", len(later))
    with contextlib.closing(open_store(db, create=False)) as opened:
        connection = opened.connection
        assert connection.execute("PRAGMA user_version").fetchone() == (len(later),)
        assert "note" in [row[1] for row in connection.execute("PRAGMA table_info(files)")]
    assert run("add", "--db", db, days[1])[0] == 0  # and it works on
    assert printings(db) == 4 + 4


def test_store_errors_are_notices_errors() -> None:
    with pytest.raises(StoreError, match="no such database"):
        open_store(Path("/nonexistent/notices.db"), create=False)
