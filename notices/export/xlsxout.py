"""Records as an Excel workbook a clerk can use at once.

Sheets: 开庭排期 (hearings by date and time), 全部公告 (every notice in source
order), 检查结果 (every finding). Dates and times are real Excel dates and
times; rows with an error are light red, with a warning light yellow.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Sequence
from copy import copy

import regex
from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
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


# Unicode's East Asian Wide and Fullwidth characters (CJK, kana, hangul, full-width forms).
_WIDE = regex.compile(r"[\p{East_Asian_Width=Wide}\p{East_Asian_Width=Fullwidth}]")


def display_width(text: str) -> int:
    """Columns a text takes on screen: a CJK (wide or full-width) character counts two."""
    return len(text) if text.isascii() else len(text) + len(_WIDE.findall(text))


def _line_widths(value: Cell) -> list[int]:
    if value is None:
        return [0]
    if isinstance(value, dt.time):
        return [5]
    if isinstance(value, dt.date):
        return [10]
    return [display_width(line) for line in value.split("\n")]


def _severity(findings: Sequence[Finding]) -> str | None:
    severities = {f.severity for f in findings}
    return next((s for s in ("error", "warning") if s in severities), None)


class _Styles:
    """Each combination of number format, wrapping, fill and quote prefix, styled once and copied.

    Setting a style attribute on a cell costs openpyxl a look-up per attribute; a
    workbook of 10,000 notices has half a million of them. A prototype cell per
    combination is styled through the public API, and its style copied (the
    idiom openpyxl's documentation gives for copying styles)."""

    def __init__(self, book: Workbook) -> None:
        self.book = book
        self.prototype = book.create_sheet("_styles")  # removed by done()
        self.cache: dict[tuple[str, bool, str | None, bool], StyleArray] = {}

    def apply(self, cell: XlCell, number_format: str, wrap: bool, severity: str | None, quoted: bool) -> None:
        key = (number_format, wrap, severity, quoted)
        if key not in self.cache:
            proto = self.prototype.cell(row=len(self.cache) + 1, column=1)
            assert isinstance(proto, XlCell)
            proto.number_format = number_format
            proto.alignment = WRAP if wrap else TOP
            if severity in FILLS:
                proto.fill = FILLS[severity]
            proto.quotePrefix = quoted
            self.cache[key] = proto._style  # type: ignore[attr-defined]  # no public copy of a whole style
        cell._style = copy(self.cache[key])  # type: ignore[attr-defined]

    def done(self) -> None:
        self.book.remove(self.prototype)


def _put(cell: XlCell, value: Cell, styles: _Styles, wrap: bool, severity: str | None) -> None:
    cell.value = value
    if isinstance(value, dt.time):
        number_format = TIME_FORMAT
    elif isinstance(value, dt.date):
        number_format = DATE_FORMAT
    else:
        number_format = "General"
    # Untrusted text that looks like a formula stays text: typed string, quote-prefixed.
    quoted = isinstance(value, str) and is_formula_like(value)
    if quoted:
        cell.data_type = "s"
    styles.apply(cell, number_format, wrap, severity, quoted)


def _sheet(sheet: Worksheet, head: list[str], rows: list[tuple[str | None, list[Cell]]]) -> None:
    """Fill ``sheet``: a bold frozen header with a filter, fitted widths, severity fills."""
    sheet.append(head)
    for cell in sheet[1]:
        cell.font = BOLD
    widths = [display_width(h) for h in head]
    measured = [[_line_widths(v) for v in values] for _, values in rows]
    for row in measured:
        widths = [max(w, *lines) for w, lines in zip(widths, row, strict=True)]
    widths = [min(w, MAX_WIDTH) for w in widths]
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    assert sheet.parent is not None
    styles = _Styles(sheet.parent)
    for row_number, ((severity, values), row) in enumerate(zip(rows, measured, strict=True), start=2):
        lines = 1
        for col, (value, line_widths) in enumerate(zip(values, row, strict=True), start=1):
            cell = sheet.cell(row=row_number, column=col)
            assert isinstance(cell, XlCell)  # a fresh sheet has no merged cells
            # How many lines the value takes, wrapped in its column.
            cell_lines = sum(max(1, -(-w // widths[col - 1])) for w in line_widths)
            _put(cell, value, styles, cell_lines > 1, severity)
            lines = max(lines, cell_lines)
        # Set, not left to the reader: not every spreadsheet fits wrapped rows on opening.
        sheet.row_dimensions[row_number].height = LINE_HEIGHT * lines
    styles.done()
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
