"""The one row model CSV and Excel share: columns, their Chinese labels, their values.

Defining the columns once keeps the two exports from drifting. Cell values are
typed (dates, times) for Excel; CSV writes them as ISO text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from notices.catalogue import chinese_message
from notices.models import Finding, Notice
from notices.report import KIND_LABELS, listed_as_hearing

Cell = str | dt.date | dt.time | None
Header = Literal["zh", "en"]


@dataclass(frozen=True)
class Column:
    key: str  # the JSON field name: the header with --header en
    label: str  # the Chinese header, the default
    value: Callable[[Notice], Cell]


def _joined(field: str) -> Callable[[Notice], Cell]:
    return lambda record: "、".join(getattr(record, field))


def _plain(field: str) -> Callable[[Notice], Cell]:
    return lambda record: getattr(record, field)


def _time(record: Notice) -> Cell:
    if record.hearing_time is None:
        return None  # a malformed or missing time stays empty; 检查结果 says why
    return dt.time.fromisoformat(record.hearing_time)


def finding_line(finding: Finding) -> str:
    return f"{finding.severity} {finding.code}: {finding.message}"


def short_finding_line(finding: Finding) -> str:
    """For a cell beside the notice: the Chinese message only (检查结果 has both)."""
    return f"{finding.severity} {finding.code}: {chinese_message(finding)}"


def source_label(record: Notice) -> str:
    return f"{record.source.file or '<text>'}:{record.source.start}-{record.source.end}"


COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("kind", "类型", lambda r: KIND_LABELS[r.kind]),
        Column("party", "当事人", _joined("party")),
        Column("counterparty", "对方当事人", _joined("counterparty")),
        Column("case_numbers", "案号", _joined("case_numbers")),
        Column("cause", "案由", _plain("cause")),
        Column("hearing_date", "开庭日期", _plain("hearing_date")),
        Column("hearing_time", "开庭时间", _time),
        Column("hearing_text", "开庭时间原文", _plain("hearing_text")),
        Column("venue", "地点", _plain("venue")),
        Column("issuer", "发布机构", _plain("issuer")),
        Column("published", "发布日期", _plain("published")),
        Column("served_on", "视为送达日", _plain("served_on")),
        Column("respond_by", "期限", _plain("respond_by")),
        Column("warnings", "检查结果", lambda r: "\n".join(short_finding_line(w) for w in r.warnings)),
        Column("source", "来源", source_label),
    )
}

# 全部公告 and the CSV: every column, in record order.
ALL_NOTICES = list(COLUMNS)
# 开庭排期: when and where first.
SCHEDULE = [
    "hearing_date", "hearing_time", "venue", "case_numbers", "party", "counterparty",
    "cause", "issuer", "hearing_text", "warnings", "source",
]  # fmt: skip
# 检查结果: one row per finding.
FINDING_HEADERS = {
    "case_numbers": "案号",
    "party": "当事人",
    "code": "代码",
    "severity": "严重程度",
    "field": "字段",
    "message": "说明",
    "text": "原文",
    "source": "来源",
}


def headers(keys: list[str], header: Header) -> list[str]:
    return [k if header == "en" else COLUMNS[k].label for k in keys]


def notice_row(record: Notice, keys: list[str]) -> list[Cell]:
    return [COLUMNS[k].value(record) for k in keys]


def finding_rows(records: list[Notice], texts: Mapping[str | None, str]) -> list[tuple[Finding, list[Cell]]]:
    """One row per finding, with the printed text it concerns."""
    rows: list[tuple[Finding, list[Cell]]] = []
    for record in records:
        text = texts.get(record.source.file, "")
        for w in record.warnings:
            quoted = text[w.span[0] : w.span[1]] if w.span and text else ""
            rows.append(
                (
                    w,
                    [
                        "、".join(record.case_numbers),
                        "、".join(record.party),
                        w.code,
                        w.severity,
                        w.field,
                        w.message,
                        quoted,
                        source_label(record),
                    ],
                )
            )
    return rows


def schedule_order(records: list[Notice]) -> list[Notice]:
    """Hearings by date then time; an unknown time last within its day, an unknown date last."""
    hearings = [r for r in records if listed_as_hearing(r)]
    return sorted(hearings, key=lambda r: (r.hearing_date or dt.date.max, r.hearing_time or "99:99"))


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: str) -> bool:
    """Would a spreadsheet run this cell as a formula? (OWASP: CSV injection)."""
    return value.startswith(FORMULA_TRIGGERS)
