"""Hearings as an iCalendar feed (RFC 5545) that imports cleanly and updates in place.

One VEVENT per hearing, in Asia/Shanghai time. A hearing whose time is unknown
or malformed is an all-day event marked 时间待确认 — never a guessed time. The
UID is derived from issuer, case numbers and hearing date, so importing the
next day's page again updates the event instead of adding a duplicate.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from notices import __version__
from notices.export.options import ExportOptions
from notices.export.rows import finding_line
from notices.models import Notice

TIMEZONE = ZoneInfo("Asia/Shanghai")
PRODID = f"-//notices//notices {__version__}//ZH"
DEADLINE_LABELS = {"award_service": "领取文书截止", "inspection_inquiry": "接受调查询问截止"}


def event_uid(record: Notice, day: dt.date, purpose: str = "hearing") -> str:
    """Stable across runs and pages: the same hearing always has the same UID."""
    key = "\x1f".join([purpose, record.issuer or "", *record.case_numbers, day.isoformat()])
    return f"{hashlib.sha256(key.encode()).hexdigest()[:32]}@notices"


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


def _hearing(record: Notice, options: ExportOptions) -> Event | None:
    day = record.hearing_date
    if day is None:
        return None  # set by an event (公告期满后…): no day to put it on; the finding says so
    event = Event()
    event.add("uid", event_uid(record, day))
    event.add("dtstamp", _stamp(record))
    case = "、".join(record.case_numbers) or "无案号"
    if record.hearing_time is None:
        event.add("summary", f"开庭（时间待确认）：{case} {_who(record)}")
        event.add("dtstart", day)
        event.add("dtend", day + dt.timedelta(days=1))
    else:
        start = dt.datetime.combine(day, dt.time.fromisoformat(record.hearing_time), TIMEZONE)
        event.add("summary", f"开庭：{case} {_who(record)}")
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
    event.add("uid", event_uid(record, record.respond_by, purpose=record.kind))
    event.add("dtstamp", _stamp(record))
    case = "、".join(record.case_numbers) or "无案号"
    event.add("summary", f"{DEADLINE_LABELS[record.kind]}：{case} {_who(record)}")
    event.add("dtstart", record.respond_by)
    event.add("dtend", record.respond_by + dt.timedelta(days=1))
    if record.venue:
        event.add("location", record.venue)
    event.add("description", _description(record))
    return event


def to_ics(records: list[Notice], options: ExportOptions) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "公告开庭排期")
    calendar.add("x-wr-timezone", "Asia/Shanghai")
    for record in records:
        if record.kind == "hearing":
            event = _hearing(record, options)
        elif options.deadlines:
            event = _deadline(record)
        else:
            event = None
        if event is not None:
            calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
