"""The store's schedule put into a calendar on a CalDAV server (`notices sync`), with the caldav library.

Each dated hearing of the store is one event under the store's UID. A hearing
the calendar does not have is created; one whose SEQUENCE is above the
calendar's copy is updated in place (moved, or marked STATUS:CANCELLED); the
others are left as they are. Events the tool did not create — any other UID —
are never touched, and nothing is deleted. A second run with nothing new
changes nothing.

The password comes from ``$NOTICES_CALDAV_PASSWORD`` or the netrc file
(``$NETRC``, else ``~/.netrc``), never from the command line, where other
users of the machine could read it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import netrc
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from notices.defaults import DEFAULT_CALENDAR
from notices.errors import NoticesError, one_line
from notices.export.icsout import event_resources
from notices.export.options import ExportOptions
from notices.schedule import Window, schedule

if TYPE_CHECKING:  # caldav is imported when a sync runs: `notices --help` need not load it
    from caldav.calendarobjectresource import Event
    from caldav.collection import Calendar
    from caldav.davclient import DAVClient

PASSWORD_VARIABLE = "NOTICES_CALDAV_PASSWORD"


class SyncError(NoticesError):
    """The calendar could not be reached, or refused the tool."""


@dataclass(frozen=True)
class Credentials:
    user: str | None
    password: str | None


def credentials(url: str, user: str | None, environ: Mapping[str, str] = os.environ) -> Credentials:
    """Who to log in as: ``user`` (else the netrc login for the URL's host), with the password from
    ``$NOTICES_CALDAV_PASSWORD``, else from netrc. No user and no netrc entry: no login at all."""
    password = environ.get(PASSWORD_VARIABLE)
    host = urlsplit(url).hostname or ""
    path = Path(environ.get("NETRC") or Path.home() / ".netrc")
    entry = None
    if path.is_file():
        try:
            entry = netrc.netrc(str(path)).authenticators(host)
        except (netrc.NetrcParseError, OSError) as error:
            raise SyncError(f"{path}: cannot be read ({one_line(str(error))})") from None
    if entry is not None:
        login, _, netrc_password = entry
        if user is None or user == login:
            user = user or login or None
            password = password or netrc_password
    if user is not None and not password:
        raise SyncError(f"{url}: no password for {user}: set ${PASSWORD_VARIABLE} or add {host} to {path}")
    return Credentials(user, password)


@dataclass(frozen=True)
class SyncReport:
    calendar: str  # its URL
    created: int = 0
    updated: int = 0  # moved or changed in place (cancelled ones included)
    cancelled: int = 0  # of the updated, those now STATUS:CANCELLED
    unchanged: int = 0
    others: int = 0  # events the tool did not create, left alone
    undated: int = 0  # hearings with no date (公告期满后…): no day to put them on


@contextlib.contextmanager
def _talking_to(url: str) -> Iterator[None]:
    """Errors from the server or the network as one line naming the URL."""
    from caldav.lib import error as dav

    try:
        yield
    except dav.AuthorizationError:
        raise SyncError(f"{url}: the server refused the user name or password") from None
    except dav.DAVError as failure:
        raise SyncError(f"{url}: the server refused a request ({one_line(str(failure))})") from None
    except OSError as failure:  # the HTTP client's connection errors are OSErrors
        raise SyncError(f"{url}: cannot connect ({one_line(str(failure))})") from None


def _calendar(client: DAVClient, name: str) -> Calendar:
    """The calendar called ``name`` among the user's, made if there is none."""
    principal = client.get_principal()
    for calendar in client.get_calendars(principal):
        if calendar.get_display_name() == name:
            return calendar
    return cast("Calendar", principal.make_calendar(name=name))


def _sequence(event: Event) -> tuple[str, int]:
    component: Any = event.get_icalendar_component()
    return str(component.get("uid", "")), int(component.get("sequence", 0))


def sync(
    db: Path,
    url: str,
    calendar_name: str = DEFAULT_CALENDAR,
    user: str | None = None,
    today: dt.date | None = None,
    duration_minutes: int = 60,
    environ: Mapping[str, str] = os.environ,
) -> SyncReport:
    """Put every dated hearing of the store ``db`` into the calendar ``calendar_name`` at ``url``."""
    plan = schedule(db, Window(), today)
    ours = event_resources(plan.records, ExportOptions(duration_minutes=duration_minutes, events=plan.events))
    sequences = {state.uid: state.sequence for state in plan.events}
    cancelled = {state.uid for state in plan.events if state.status != "scheduled"}
    login = credentials(url, user, environ)
    counts = dict.fromkeys(("created", "updated", "cancelled", "unchanged", "others"), 0)
    from caldav.davclient import DAVClient

    # A full URL is given: no DNS discovery of other servers (RFC 6764).
    client = DAVClient(url=url, username=login.user, password=login.password, enable_rfc6764=False)
    with _talking_to(url), client:
        calendar = _calendar(client, calendar_name)
        found: dict[str, tuple[Event, int]] = {}
        for event in cast("list[Event]", calendar.get_events()):
            uid, sequence = _sequence(event)
            if uid in ours:
                found[uid] = (event, sequence)
            else:
                counts["others"] += 1
        for uid, data in ours.items():
            if uid not in found:
                # Stored as given: the library would otherwise raise a SEQUENCE it finds in the data.
                calendar.add_event(ical=data.decode(), increase_seqno=False)
                counts["created"] += 1
            elif sequences[uid] > found[uid][1]:
                event = found[uid][0]
                event.data = data.decode()
                event.save(increase_seqno=False)
                counts["updated"] += 1
                counts["cancelled"] += uid in cancelled
            else:
                counts["unchanged"] += 1
        return SyncReport(str(calendar.url), undated=len(plan.records) - len(ours), **counts)
