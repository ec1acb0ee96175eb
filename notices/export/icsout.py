"""Hearings as an iCalendar feed (RFC 5545) that imports cleanly and updates in place.

One VEVENT per hearing, in Asia/Shanghai time. A hearing whose time is unknown
or malformed is an all-day event marked 时间待确认 — never a guessed time. The
UID comes from who and what — issuer, case numbers, addressees, kind (see
``notices.identity``) — never from the date or time, so importing a later page
that moves the hearing updates its event instead of adding a second one. A
notice printed more than once in one run is one event, from its latest
printing. Hearings from the store (``ExportOptions.events``) also carry its
SEQUENCE and LAST-MODIFIED, and STATUS:CANCELLED once called off.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from notices import __version__
from notices.export.options import EventState, ExportOptions
from notices.export.rows import finding_line
from notices.export.sanitize import safe_record
from notices.identity import identity
from notices.models import Notice
from notices.report import listed_as_hearing

TIMEZONE = ZoneInfo("Asia/Shanghai")
PRODID = f"-//notices//notices {__version__}//ZH"
DEADLINE_LABELS = {"award_service": "领取文书截止", "inspection_inquiry": "接受调查询问截止"}
# What a stored hearing's summary starts with once a later notice called it off or left it in doubt.
STATUS_LABELS = {"cancelled": "【已取消】", "postponed": "【已延期，另行通知】"}
IN_DOUBT_LABEL = "【改期待核实】"


def event_uid(record: Notice) -> str:
    """The same hearing always has the same UID, across runs, pages and reschedulings: it comes from
    issuer, case numbers, addressees and kind (``notices.identity``), never from the date or time: a correction that
    moves a hearing is that hearing's event."""
    return identity(record, "hearing" if listed_as_hearing(record) else None).uid()


def _stamp(record: Notice) -> dt.datetime:
    # DTSTAMP from the data (publication day), so the same input gives the same bytes.
    day = record.published or record.hearing_date or dt.date(1970, 1, 1)
    return dt.datetime.combine(day, dt.time(), TIMEZONE).astimezone(dt.UTC)


def _description(record: Notice) -> str:
    lines = [
        f"案号：{'、'.join(record.case_numbers) or '（无）'}",
        f"案由：{record.cause or '（无）'}",
        f"申请人/原告：{'、'.join(record.applicants) or '（无）'}",
        f"被申请人/被告：{'、'.join(record.respondents) or '（无）'}",
        f"当事人（受送达人）：{'、'.join(record.party) or '（无）'}",
        f"发布机构：{record.issuer or '（无）'}  发布日期：{record.published or '（无）'}",
        f"原文开庭时间：{record.hearing_text or '（无）'}",
    ]
    if record.warnings:
        lines.append("检查结果：")
        lines += [f"- {finding_line(w)}" for w in record.warnings]
    return "\n".join(lines)


def _who(record: Notice) -> str:
    return "、".join(record.party or record.respondents or record.applicants)


def _identify(event: Event, record: Notice, state: EventState | None) -> str:
    """UID and time stamps; for a stored hearing its SEQUENCE and status. Returns the summary's prefix."""
    if state is None:
        event.add("uid", event_uid(record))
        event.add("dtstamp", _stamp(record))
        return ""
    event.add("uid", state.uid)
    # DTSTAMP and LAST-MODIFIED: when the store last changed the hearing, so a client knows the newer copy.
    event.add("dtstamp", state.modified)
    event.add("last-modified", state.modified)
    event.add("sequence", state.sequence)
    if state.status != "scheduled":
        event.add("status", "CANCELLED")
        return STATUS_LABELS[state.status]
    return IN_DOUBT_LABEL if state.in_doubt else ""


def _hearing(record: Notice, options: ExportOptions, state: EventState | None) -> Event | None:
    day = record.hearing_date
    if day is None:
        return None  # set by an event (公告期满后…): no day to put it on; the finding says so
    event = Event()
    prefix = _identify(event, record, state)
    case = "、".join(record.case_numbers) or "无案号"
    if record.hearing_time is None:
        event.add("summary", f"{prefix}开庭（时间待确认）：{case} {_who(record)}")
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
    else:
        start = dt.datetime.combine(day, dt.time.fromisoformat(record.hearing_time), TIMEZONE)
        event.add("summary", f"{prefix}开庭：{case} {_who(record)}")
        event.add("dtstart", start)
        event.add("dtend", start + dt.timedelta(minutes=options.duration_minutes))
    if record.venue:
        event.add("location", record.venue)
    event.add("description", _description(record))
    return event


def _deadline(record: Notice) -> Event | None:
    if record.respond_by is None or record.kind not in DEADLINE_LABELS:
        return None
    event = Event()
    _identify(event, record, None)
    case = "、".join(record.case_numbers) or "无案号"
    event.add("summary", f"{DEADLINE_LABELS[record.kind]}：{case} {_who(record)}")
    event.add("dtstart", record.respond_by)
    event.add("dtend", record.respond_by + dt.timedelta(days=1))
    if record.venue:
        event.add("location", record.venue)
    event.add("description", _description(record))
    return event


def _events(records: list[Notice], options: ExportOptions) -> list[Event]:
    """One event per UID: of a notice printed more than once, the latest printing (RFC 5545: a UID
    names one event in a calendar)."""
    chosen: dict[str, tuple[tuple[dt.date, int], Event]] = {}
    # RFC 5545 forbids control characters in text: values made safe, a finding says so (sanitize.py).
    for index, record in enumerate(map(safe_record, records)):
        state = options.events[index] if options.events else None
        if listed_as_hearing(record):
            event = _hearing(record, options, state)
        elif options.deadlines:
            event = _deadline(record)
        else:
            event = None
        if event is None:
            continue
        uid, order = str(event["uid"]), (record.published or dt.date.min, index)
        if uid not in chosen or order >= chosen[uid][0]:
            chosen[uid] = (order, event)  # a dict keeps the first place of a replaced key: the order is stable
    return [event for _, event in chosen.values()]


def _calendar(events: list[Event]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "公告开庭排期")
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for event in events:
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def to_ics(records: list[Notice], options: ExportOptions) -> bytes:
    return _calendar(_events(records, options))


def event_resources(records: list[Notice], options: ExportOptions) -> dict[str, bytes]:
    """Each event alone in a calendar of its own, by UID: a CalDAV resource holds one event."""
    return {str(event["uid"]): _calendar([event]) for event in _events(records, options)}
