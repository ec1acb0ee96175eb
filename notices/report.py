"""The readable report of `notices check`: each notice in a line, its findings beneath."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from notices.models import Notice

KIND_LABELS = {"hearing": "开庭", "award_service": "送达", "inspection_inquiry": "询问", "other": "其他"}
SEVERITIES = ("error", "warning", "info")
_QUOTE_LIMIT = 60


def listed_as_hearing(record: Notice) -> bool:
    """Is ``record`` a hearing for the schedule and the calendar: a hearing's notice, or a correction that moves a
    hearing to a day it names (kind other, its finding hearing_rescheduled)?"""
    return record.kind == "hearing" or (
        record.hearing_date is not None and any(w.code == "hearing_rescheduled" for w in record.warnings)
    )


def count_by_severity(records: list[Notice]) -> str:
    return format_severities(Counter(w.severity for r in records for w in r.warnings))


def format_severities(counts: Mapping[str, int]) -> str:
    """1 error, 0 warnings, 14 info."""
    return ", ".join(f"{counts.get(s, 0)} {s}{'' if s == 'info' or counts.get(s, 0) == 1 else 's'}" for s in SEVERITIES)


def _headline(number: int, record: Notice) -> str:
    case = record.case_numbers[0] if record.case_numbers else "（无案号）"
    if len(record.case_numbers) > 1:
        case += f" 等{len(record.case_numbers)}件"
    party = "、".join(record.party or record.respondents) or "（无当事人）"
    if listed_as_hearing(record):
        when = f"{record.hearing_date or '日期不明'} {record.hearing_time or '时间不明'}"
    else:
        when = f"期限 {record.respond_by}" if record.respond_by else ""
    return f"  {number}. {KIND_LABELS[record.kind]}  {case} · {party}" + (f" · {when}" if when else "")


def _quote(text: str, start: int, end: int) -> str:
    printed = " ".join(text[start:end].split())
    if len(printed) > _QUOTE_LIMIT:
        printed = printed[:_QUOTE_LIMIT] + "…"
    return f"「{printed}」"


def render(records: list[Notice], texts: dict[str | None, str]) -> str:
    """The report for ``records``; ``texts`` maps each record's source file to its text, for quotes."""
    lines: list[str] = []
    current: str | None = None
    number = 0
    for record in records:
        if not lines or record.source.file != current:
            current, number = record.source.file, 0
            lines.append(current or "<text>")
        number += 1
        lines.append(_headline(number, record))
        text = texts.get(record.source.file, "")
        for w in record.warnings:
            lines.append(f"     {w.severity:<8} {w.code}: {w.message}")
            if w.span is not None:
                lines.append(f"              {_quote(text, *w.span)}")
    noun = "notice" if len(records) == 1 else "notices"
    lines.append(f"{len(records)} {noun}: {count_by_severity(records)}")
    return "\n".join(lines) + "\n"
