"""Every finding the tool can attach to a record: its code, severity and field.

Codes are defined once here, so a finding's severity and field cannot drift
between the place that reads a value (``timeparse``, ``extract``) and the
checks that run afterwards (``validate``). The codes are public: they are
listed in the README and downstream filters rely on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from notices.models import Finding, Severity, Span


@dataclass(frozen=True)
class Code:
    code: str
    severity: Severity
    field: str | None
    when: str  # one line, for the README and `notices check --codes`


CODES: dict[str, Code] = {
    c.code: c
    for c in (
        # Found while reading the text.
        Code("hearing_time_malformed", "error", "hearing_time", "a time that is not a clock time: no hour, hour > 23, minute > 59"),
        Code("time_irregular", "warning", "hearing_time", "a time misprinted but whole: a letter for a digit (上午1O时, 9:3O, l0:00, as OCR reads 0 and 1), read as the digit"),
        Code("hearing_time_period_conflict", "warning", "hearing_time", "a morning's word before an hour past noon (上午15时, 14:30 AM): the hour is read, either may be the misprint"),
        Code("hearing_time_range_reversed", "warning", "hearing_time", "a time range that ends before it starts (10:30—9:30): its start is read, either end may be the misprint"),
        Code("hearing_date_relative", "warning", "hearing_date", "the hearing is set by an event (公告期满后第3日), not a date"),
        Code("date_invalid", "error", "hearing_date", "a date that does not exist (2026年2月30日, 13月)"),
        Code("date_irregular", "warning", "hearing_date", "a date misprinted but whole (2017年2月28上午: no 日; 2O23年, 4月2O日, 6月l8日: OCR's letter for a digit); read as printed"),
        Code("deadline_conflict", "warning", "respond_by", "the answer period is stated twice at two lengths (十五日 … 三十日): the shorter is read"),
        Code("hearing_not_found", "warning", "hearing_date", "the notice speaks of a hearing (开庭) but no hearing time is printed"),
        Code("preliminary_sitting", "warning", "hearing_date", "a sitting set before the hearing (证据交换, 庭前会议) that the party attends too: not in the hearing's fields"),
        Code("hearing_times_several", "warning", "hearing_time", "the notice sets several hearings (上午9时、上午10时30分) not one per case in turn: only the first is read"),
        Code("hearing_date_unreadable", "error", "hearing_date", "a hearing is announced but no date can be read in it (下周一上午9时)"),
        Code("year_missing", "error", "hearing_date", "a date printed without a year: left empty, the likely day named"),
        Code("weekday_mismatch", "warning", "hearing_date", "the weekday printed beside a date is not that date's"),
        Code("notice_truncated", "error", None, "a notice with no 特此公告 and no signature: cut off"),
        Code("notice_unreadable", "error", None, "a stretch that may hold a notice could not be read (a time limit, a fault): check it by hand"),
        Code("value_from_record", "info", None, "a value the notice's text lacks, taken from its record (a JSON field, a table cell)"),
        # Checks on one record.
        Code("hearing_time_missing", "warning", "hearing_time", "a hearing notice with a date but no time"),
        Code("venue_missing", "warning", "venue", "a hearing with a date or time but no place to appear (开庭地点另行通知, an empty 法庭 cell)"),
        Code("hearing_before_service", "error", "hearing_date", "the hearing is before service is deemed complete (or, with no service period, before publication)"),
        Code("hearing_before_deadline", "warning", "hearing_date", "the hearing is before the answer or evidence period the notice grants ends (respond_by)"),
        Code("notice_period_short", "warning", "hearing_date", "fewer than 5 days (courts: 3) from deemed service to the hearing"),
        Code("hearing_on_non_working_day", "warning", "hearing_date", "a weekend or PRC public holiday, make-up working days minded"),
        Code("hearing_in_past", "info", "hearing_date", "the hearing date is before the day the tool runs (--today)"),
        Code("case_number_malformed", "warning", "case_numbers", "unbalanced brackets, no 第 or 号, a year outside 1990–publication, a court's old form after 2015 (…民初字第…号), or no serial (not read)"),
        Code("published_missing", "error", "published", "the record has no publication date"),
        Code("issuer_missing", "error", "issuer", "the record has no issuer"),
        Code("issuer_conflict", "warning", "issuer", "the heading or the body's first words name another body than the signature (the issuer is the signature's)"),
        Code("party_missing", "error", "party", "the record names no party at all"),
        Code("addressees_unread", "error", "party", "the notice is addressed to a list (下列被告：) whose names could not be read"),
        Code("party_name_differs", "warning", "party", "the body names the addressee a character apart (李春燕： / 被告李春艳), or a company's with one or two more or fewer: read as the addressee"),
        Code("traditional_characters", "info", "party", "a name printed with traditional characters; the simplified form is given"),
        # Checks on the whole batch.
        Code("venue_conflict", "info", "venue", "two hearings of the batch in the same room at the same date and time"),
        Code("duplicate_notice", "info", "case_numbers", "the same notice (issuer, case numbers, kind) more than once"),
        Code("hearing_conflict", "warning", "hearing_date", "another notice of the batch, or the notice's own 开庭时间： line, sets the case's hearing at another date or time"),
        # Added by an export (xlsx, CSV, iCalendar) to the records it writes; JSON keeps every value as read.
        Code("output_characters_replaced", "info", None, "a value held control characters the format cannot carry: line breaks written as line feeds, the rest removed"),
        # What later notices did to a stored hearing (notices schedule, notices sync).
        Code("hearing_rescheduled", "info", "hearing_date", "read from the text: a correction or change (kind other) sets the hearing at a day it names, and is listed as that hearing; from the store: a later notice moved the hearing, the message says from when and by which notice"),
        Code("hearing_cancelled", "warning", "hearing_date", "the hearing is called off (取消开庭) or put off with no new time (延期，另行通知)"),
        Code("correction_unread", "error", "hearing_date", "a later notice changes the hearing but its new time could not be read: the old time is still shown"),
        Code("correction_unmatched", "warning", "case_numbers", "a hearing known from a correction only: the notice that set it is not in the store"),
    )
}  # fmt: skip


MESSAGE_SEPARATOR = " / "  # between the Chinese and the English words of a message


def finding(code: str, span: Span | None, zh: str, en: str, field: str | None = None) -> Finding:
    """A finding of a catalogued ``code``: the message in Chinese, then English."""
    entry = CODES[code]
    message = f"{zh}{MESSAGE_SEPARATOR}{en}"
    return Finding(code=code, severity=entry.severity, field=field or entry.field, message=message, span=span)


def chinese_message(finding: Finding) -> str:
    """The Chinese words of a finding's message, for places with room for one language."""
    return finding.message.split(MESSAGE_SEPARATOR, 1)[0]
