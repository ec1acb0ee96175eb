"""notices sync against a real CalDAV server: Radicale, started on 127.0.0.1 for each test and stopped.

A second client reads the calendar back: a plain HTTP GET of the collection (Radicale
serves it as one iCalendar file), parsed with vobject, not with the library that wrote it.
"""

from __future__ import annotations

import base64
import datetime as dt
import shutil
import socket
import subprocess
import sys
import threading
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from click.testing import CliRunner

from notices.cli import main

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "fixtures" / "store"
DAYS = ("2026-04-07.txt", "2026-04-08.txt", "2026-04-09.txt")
SHANGHAI = ZoneInfo("Asia/Shanghai")
USER, PASSWORD = "clerk", "s3cret 密码"
HANG_GUARD = 60  # seconds: only so that a server that never starts fails the test instead of hanging it


@dataclass(frozen=True)
class Server:
    url: str
    log: list[str]  # Radicale's log, for a failing test's report


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(tmp_path: Path) -> tuple[subprocess.Popen[str], threading.Thread, Server] | None:
    users = tmp_path / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "radicale", "--config", "",
         "--server-hosts", f"127.0.0.1:{port}", "--storage-filesystem-folder", str(tmp_path / "collections"),
         "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
         "--logging-level", "info"],
        stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip
    assert process.stderr is not None
    log: list[str] = []
    for line in process.stderr:  # its log says when it listens; read, not timed
        log.append(line)
        if "Radicale server ready" in line:
            # Keep reading, so that the server never blocks on a full pipe.
            reader = threading.Thread(target=log.extend, args=(process.stderr,), daemon=True)
            reader.start()
            return process, reader, Server(f"http://127.0.0.1:{port}/", log)
    process.wait(HANG_GUARD)
    process.stderr.close()
    if any("Address already in use" in line for line in log):
        return None  # another program took the port between the probe and the start
    pytest.fail("Radicale did not start:\n" + "".join(log))


@pytest.fixture
def radicale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(proxy, raising=False)  # 127.0.0.1 only: never through a proxy
    monkeypatch.delenv("NOTICES_CALDAV_PASSWORD", raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    folder = tmp_path / "radicale"
    folder.mkdir()
    started = _start(folder) or _start(folder)
    assert started is not None, "Radicale could not get a free port twice"
    process, reader, server = started
    yield server
    process.terminate()
    process.wait(HANG_GUARD)
    reader.join(HANG_GUARD)
    assert process.stderr is not None
    process.stderr.close()


def run(*args: str | Path, password: str | None = PASSWORD) -> tuple[int, str]:
    env = {"NOTICES_CALDAV_PASSWORD": password} if password is not None else {}
    result = CliRunner(env=env).invoke(main, [str(a) for a in args])
    return result.exit_code, result.stderr


def read_back(url: str) -> dict[str, vobject.base.Component]:
    """The second client: GET the calendar collection, parse it with vobject; events by UID."""
    request = urllib.request.Request(url)
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=HANG_GUARD) as response:
        text = response.read().decode("utf-8")
    return {event.uid.value: event for event in vobject.readOne(text).vevent_list}


def put(url: str, name: str, data: str) -> None:
    """A clerk's own event, written by another client."""
    request = urllib.request.Request(url + name, data=data.encode(), method="PUT")
    request.add_header("Content-Type", "text/calendar; charset=utf-8")
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
    request.add_header("Authorization", f"Basic {token}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=HANG_GUARD):
        pass


LUNCH = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//clerk//hand//ZH
BEGIN:VEVENT
UID:lunch-with-judge@clerk
DTSTAMP:20260401T000000Z
DTSTART:20260519T040000Z
DTEND:20260519T050000Z
SUMMARY:午饭
END:VEVENT
END:VCALENDAR
"""


def summary(server: Server, stderr: str) -> str:
    return stderr.replace(server.url, "URL/")


def test_a_clerks_week_in_a_real_calendar(tmp_path: Path, radicale: Server) -> None:
    """The README's table, step by step: what the calendar shows after each day's add and sync."""
    for day in DAYS:
        shutil.copy(STORE / day, tmp_path / day)
    db = tmp_path / "notices.db"
    sync = ("sync", "--db", db, "--caldav", radicale.url, "--user", USER, "--today", "2026-04-08")

    assert run("add", "--db", db, tmp_path / DAYS[0])[0] == 0
    code, err = run(*sync)
    assert code == 0, err
    [line] = err.splitlines()
    calendar_url = line.split(" at ", 1)[1].split(": ", 1)[0]
    assert line == f"notices: 公告开庭排期 at {calendar_url}: 3 created, 0 updated (0 cancelled), 0 unchanged; " + (
        "0 other events left alone"
    )
    assert calendar_url.startswith(radicale.url + USER + "/")
    first = read_back(calendar_url)
    assert len(first) == 3
    uid = next(u for u, e in first.items() if "第21013号" in e.summary.value)
    assert first[uid].dtstart.value == dt.datetime(2026, 5, 19, 14, 0, tzinfo=SHANGHAI)

    assert run("add", "--db", db, tmp_path / DAYS[1])[0] == 0  # two printed again, two new
    assert run(*sync)[1].endswith(": 2 created, 0 updated (0 cancelled), 3 unchanged; 0 other events left alone\n")
    put(calendar_url, "lunch.ics", LUNCH)  # the clerk's own event, in the same calendar, by another client

    assert run("add", "--db", db, tmp_path / DAYS[2])[0] == 0  # a correction, a call-off, a new hearing
    code, err = run(*sync)
    assert err.endswith(": 1 created, 2 updated (1 cancelled), 3 unchanged; 1 other event left alone\n")
    after = read_back(calendar_url)
    assert len(after) == 6 + 1  # each hearing once, and the clerk's lunch
    moved = after[uid]
    assert moved.dtstart.value == dt.datetime(2026, 5, 21, 9, 0, tzinfo=SHANGHAI)  # moved, not duplicated
    assert int(moved.sequence.value) == 1
    off = next(e for e in after.values() if "第21034号" in e.summary.value)
    assert (off.status.value, int(off.sequence.value)) == ("CANCELLED", 1)
    assert off.summary.value.startswith("【已取消】")
    lunch = after["lunch-with-judge@clerk"]
    assert (lunch.summary.value, lunch.dtstart.value) == ("午饭", dt.datetime(2026, 5, 19, 4, 0, tzinfo=dt.UTC))

    code, err = run(*sync)  # nothing new: nothing written
    assert err.endswith(": 0 created, 0 updated (0 cancelled), 6 unchanged; 1 other event left alone\n")
    assert {u: e.serialize() for u, e in read_back(calendar_url).items()} == {
        u: e.serialize() for u, e in after.items()
    }


def test_the_password_comes_from_netrc_and_the_user_too(tmp_path: Path, radicale: Server) -> None:
    shutil.copy(STORE / DAYS[0], tmp_path / DAYS[0])
    db = tmp_path / "notices.db"
    run("add", "--db", db, tmp_path / DAYS[0])
    netrc = tmp_path / "netrc"
    netrc.write_text(f'machine 127.0.0.1 login {USER} password "{PASSWORD}"\n', encoding="utf-8")
    netrc.chmod(0o600)
    result = CliRunner(env={"NETRC": str(netrc)}).invoke(main, ["sync", "--db", str(db), "--caldav", radicale.url])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.endswith(": 3 created, 0 updated (0 cancelled), 0 unchanged; 0 other events left alone\n")


def test_a_wrong_or_missing_password_is_one_line_and_nothing_is_written(tmp_path: Path, radicale: Server) -> None:
    shutil.copy(STORE / DAYS[0], tmp_path / DAYS[0])
    db = tmp_path / "notices.db"
    run("add", "--db", db, tmp_path / DAYS[0])
    code, err = run("sync", "--db", db, "--caldav", radicale.url, "--user", USER, password="wrong")
    assert (code, err) == (1, f"Error: {radicale.url}: the server refused the user name or password\n")
    code, err = run("sync", "--db", db, "--caldav", radicale.url, "--user", USER, password=None)
    assert code == 1
    assert err == (
        f"Error: {radicale.url}: no password for {USER}: set $NOTICES_CALDAV_PASSWORD "
        f"or add 127.0.0.1 to {tmp_path / 'no-netrc'}\n"
    )


def test_a_server_that_is_not_there_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(STORE / DAYS[0], tmp_path / DAYS[0])
    db = tmp_path / "notices.db"
    run("add", "--db", db, tmp_path / DAYS[0])
    url = f"http://127.0.0.1:{_free_port()}/"
    code, err = run("sync", "--db", db, "--caldav", url, "--user", USER)
    assert code == 1 and err.startswith(f"Error: {url}: cannot connect (") and err.count("\n") == 1, err
