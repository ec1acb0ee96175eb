"""notices add, schedule and history through click's CliRunner, and once through the installed script."""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import vobject
from click.testing import CliRunner

from notices.cli import main

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "fixtures" / "store"
DAYS = ("2026-04-07.txt", "2026-04-08.txt", "2026-04-09.txt")
SHANGHAI = ZoneInfo("Asia/Shanghai")
MOVED = "青黄劳人仲案字[2026]第21013号"
CALLED_OFF = "青黄劳人仲案字[2026]第21034号"


def run(*args: str | Path, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner(env=env).invoke(main, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


def copies(tmp_path: Path) -> list[Path]:
    for day in DAYS:
        shutil.copy(STORE / day, tmp_path / day)
    return [tmp_path / day for day in DAYS]


def events(data: bytes) -> dict[str, icalendar.Component]:
    return {str(e["uid"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def summary_uid(found: dict[str, icalendar.Component], case: str) -> str:
    return next(uid for uid, e in found.items() if case in str(e["summary"]))


def reimport(calendar: dict[str, tuple[int, str]], data: bytes) -> None:
    """A calendar importing a file, as RFC 5545 says: an event with a known UID replaces the one it
    has unless its SEQUENCE is lower. Read with vobject, a second parser."""
    for event in vobject.readOne(data.decode("utf-8")).vevent_list:
        sequence = int(event.sequence.value) if hasattr(event, "sequence") else 0
        uid = event.uid.value
        if uid not in calendar or sequence >= calendar[uid][0]:
            calendar[uid] = (sequence, f"{event.dtstart.value} {getattr(event, 'status', None) and event.status.value}")


def test_a_correction_moves_one_hearing_in_every_output(tmp_path: Path) -> None:
    day1, day2, day3 = copies(tmp_path)
    db = tmp_path / "notices.db"
    code, _, err = run("add", "--db", db, day1)
    assert code == 0
    assert err == (
        f"notices: 1 file added to {db}: 4 notices read, 4 new, 0 printed again, 0 already stored; 0 hearings changed\n"
    )
    first = tmp_path / "first.ics"
    assert run("schedule", "--db", db, "-o", first, "--today", "2026-04-07")[0] == 0
    parsed = tmp_path / "parsed.ics"
    assert run("parse", day1, "-o", parsed)[0] == 0
    uid = summary_uid(events(first.read_bytes()), MOVED)
    assert uid == summary_uid(events(parsed.read_bytes()), MOVED)  # parse and the store agree on the UID

    code, _, err = run("add", "--db", db, day2, day3)
    assert code == 0
    assert err.splitlines() == [
        f"notices: {day3}: {MOVED} rescheduled: 2026-05-19 14:00 → 2026-05-21 09:00",
        f"notices: {day3}: {CALLED_OFF} cancelled (was set for 2026-05-20 14:30 青岛市黄岛区长江中路359号202室)",
        f"notices: 2 files added to {db}: 8 notices read, 5 new, 3 printed again, 0 already stored; 2 hearings changed",
    ]

    week = tmp_path / "week.xlsx"
    code, _, err = run("schedule", "--db", db, "--from", "2026-05-18", "--to", "2026-05-22", "-o", week)
    assert code == 0 and err.startswith(f"notices: 5 hearings from {db}; findings: ")
    sheet = openpyxl.load_workbook(io.BytesIO(week.read_bytes()))["开庭排期"]
    head = [c.value for c in sheet[1]]
    rows = {r[head.index("案号")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    moved = rows[MOVED]
    assert [moved[head.index("开庭日期")], moved[head.index("开庭时间")]] == [dt.datetime(2026, 5, 21), dt.time(9, 0)]
    assert "hearing_rescheduled" in str(moved[head.index("检查结果")])
    assert "hearing_cancelled" in str(rows[CALLED_OFF][head.index("检查结果")])

    later = tmp_path / "later.ics"
    assert run("schedule", "--db", db, "-o", later)[0] == 0
    found = events(later.read_bytes())
    event = found[uid]
    assert event.decoded("dtstart") == dt.datetime(2026, 5, 21, 9, 0, tzinfo=SHANGHAI)
    assert event.decoded("sequence") == 1
    assert event.decoded("last-modified") == event.decoded("dtstamp")
    assert event.decoded("dtstamp") >= events(first.read_bytes())[uid].decoded("dtstamp")
    off = found[summary_uid(found, CALLED_OFF)]
    assert (str(off["status"]), off.decoded("sequence")) == ("CANCELLED", 1)
    assert str(off["summary"]).startswith("【已取消】开庭：")

    calendar: dict[str, tuple[int, str]] = {}
    reimport(calendar, first.read_bytes())
    reimport(calendar, later.read_bytes())
    assert len(calendar) == 6  # each hearing once: the moved one at its new time only
    assert calendar[uid] == (1, "2026-05-21 09:00:00+08:00 None")
    assert calendar[summary_uid(found, CALLED_OFF)][1].endswith("CANCELLED")

    code, out, _ = run("history", "--db", db, MOVED)
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == MOVED
    assert lines[1].startswith(
        "  开庭 hearing 2026-05-21 09:00 青岛市西海岸新区双珠路166号机关西部办公中心2号楼0219室 · 如期"
    )
    assert lines[1].endswith(f"· SEQUENCE 1 · {uid}")
    assert lines[2].endswith(
        f"rescheduled: 2026-05-19 14:00 → 2026-05-21 09:00，据2026-04-09发布的更正公告（{day3}:0-176）"
    )
    assert lines[3] == "  公告 notice: 开庭 · 王建国 · 青岛西海岸新区劳动人事争议仲裁委员会 · 2 printings"
    assert "2026-05-19 14:00" in lines[4] and "2026-05-19 14:00" in lines[5]
    assert lines[6] == "  公告 notice: 更正 correction · 王建国 · 青岛西海岸新区劳动人事争议仲裁委员会 · 1 printing"
    assert lines[7].endswith("开庭 2026-05-21 09:00 「2026年5月21日9时00分」")


def test_the_database_comes_from_notices_db_in_the_environment(tmp_path: Path) -> None:
    [day1, *_] = copies(tmp_path)
    db = tmp_path / "elsewhere.db"
    assert run("add", day1, env={"NOTICES_DB": str(db)})[0] == 0
    code, out, _ = run("schedule", "--format", "jsonl", env={"NOTICES_DB": str(db)})
    assert code == 0 and len(out.splitlines()) == 3


def test_reading_commands_refuse_a_database_that_is_not_there(tmp_path: Path) -> None:
    db = tmp_path / "nope.db"
    for command in (("schedule",), ("history", MOVED)):
        code, _, err = run(*command, "--db", db)
        assert (code, err) == (2, f"Error: {db}: no such database (notices add creates it)\n")
    assert not db.exists()


def test_history_of_a_case_not_stored_says_so(tmp_path: Path) -> None:
    [day1, *_] = copies(tmp_path)
    db = tmp_path / "notices.db"
    run("add", "--db", db, day1)
    assert run("history", "--db", db, "青黄劳人仲案字[2026]第1号") == (
        1,
        "",
        f"notices: no notice of 青黄劳人仲案字[2026]第1号 in {db}\n",
    )


def test_a_file_that_cannot_be_read_is_named_and_the_others_are_added(tmp_path: Path) -> None:
    [day1, *_] = copies(tmp_path)
    db = tmp_path / "notices.db"
    code, _, err = run("add", "--db", db, tmp_path / "nope.txt", day1)
    assert code == 1
    assert f"notices: error: {tmp_path / 'nope.txt'}: no such file\n" in err
    assert err.splitlines()[-1].endswith("0 hearings changed; 1 file failed")
    assert run("schedule", "--db", db, "--format", "jsonl")[1].count("\n") == 3


def test_installed_console_script_adds_and_draws_a_schedule(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "notices"
    days = copies(tmp_path)
    added = subprocess.run([script, "add", *days], cwd=tmp_path, capture_output=True, text=True, check=False)
    assert added.returncode == 0, added.stderr
    assert (tmp_path / "notices.db").exists()  # the default database: notices.db in the current folder
    week = subprocess.run(
        [script, "schedule", "--from", "2026-05-18", "--to", "2026-05-22", "--format", "csv"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8-sig",
        check=False,
    )
    assert week.returncode == 0, week.stderr
    assert len(list(csv.reader(io.StringIO(week.stdout)))) == 1 + 5
