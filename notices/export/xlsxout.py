"""Records as an Excel workbook a clerk can use at once.

Sheets: 开庭排期 (hearings by date and time), 全部公告 (every notice in source
order), 检查结果 (every finding). Dates and times are real Excel dates and
times; rows with an error are light red, with a warning light yellow.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import unicodedata
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from notices.export.options import ExportOptions
from notices.export.rows import (
    ALL_NOTICES,
    FINDING_HEADERS,
    SCHEDULE,
    Cell,
    finding_rows,
    headers,
    is_formula_like,
    notice_row,
    schedule_order,
)
from notices.models import Finding, Notice

DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),  # light red
    "warning": PatternFill("solid", fgColor="FFEB9C"),  # light yellow
}
MAX_WIDTH = 50  # columns wider than this wrap their text
LINE_HEIGHT = 15  # points per line of text
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


def display_width(text: str) -> int:
    """Columns a text takes on screen: a CJK (wide or full-width) character counts two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell_width(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, dt.time):
        return 5
    if isinstance(value, dt.date):
        return 10
    return max(display_width(line) for line in value.split("\n"))


def _severity(findings: Sequence[Finding]) -> str | None:
    severities = {f.severity for f in findings}
    return next((s for s in ("error", "warning") if s in severities), None)


def _put(cell: XlCell, value: Cell) -> None:
    cell.value = value
    if isinstance(value, dt.time):
        cell.number_format = TIME_FORMAT
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    elif isinstance(value, str) and is_formula_like(value):
        # Untrusted text that looks like a formula stays text: typed string, quote-prefixed.
        cell.data_type = "s"
        cell.quotePrefix = True


def _lines(value: Cell, width: int) -> int:
    """How many lines ``value`` takes, wrapped in a column ``width`` wide."""
    if not isinstance(value, str):
        return 1
    return sum(max(1, -(-display_width(line) // width)) for line in value.split("\n"))


def _sheet(sheet: Worksheet, head: list[str], rows: list[tuple[str | None, list[Cell]]]) -> None:
    """Fill ``sheet``: a bold frozen header with a filter, fitted widths, severity fills."""
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = BOLD
    widths = [display_width(h) for h in head]
    for _, values in rows:
        widths = [max(w, _cell_width(v)) for w, v in zip(widths, values, strict=True)]
    widths = [min(w, MAX_WIDTH) for w in widths]
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    for row_number, (severity, values) in enumerate(rows, start=2):
        lines = 1
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=row_number, column=col)
            assert isinstance(cell, XlCell)  # a fresh sheet has no merged cells
            _put(cell, value)
            cell_lines = _lines(value, widths[col - 1])
            cell.alignment = WRAP if cell_lines > 1 else TOP
            lines = max(lines, cell_lines)
            if severity in FILLS:
                cell.fill = FILLS[severity]
        # Set, not left to the reader: not every spreadsheet fits wrapped rows on opening.
        sheet.row_dimensions[row_number].height = LINE_HEIGHT * lines
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    # Printed, the sheet fits the width of a landscape A4 page, its header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"


def _created() -> dt.datetime:
    # Reproducible builds' convention: a pinned SOURCE_DATE_EPOCH gives identical files.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_xlsx(records: list[Notice], options: ExportOptions) -> bytes:
    book = Workbook()
    schedule = book.active
    assert schedule is not None
    schedule.title = "开庭排期"
    _sheet(
        schedule,
        headers(SCHEDULE, options.header),
        [(_severity(r.warnings), notice_row(r, SCHEDULE)) for r in schedule_order(records)],
    )
    _sheet(
        book.create_sheet("全部公告"),
        headers(ALL_NOTICES, options.header),
        [(_severity(r.warnings), notice_row(r, ALL_NOTICES)) for r in records],
    )
    finding_head = list(FINDING_HEADERS) if options.header == "en" else list(FINDING_HEADERS.values())
    _sheet(
        book.create_sheet("检查结果"),
        finding_head,
        [(w.severity, row) for w, row in finding_rows(records, options.texts)],
    )
    book.properties.title = "公告开庭排期 / notices hearing schedule"
    book.properties.creator = "notices"
    book.properties.created = book.properties.modified = _created()
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
