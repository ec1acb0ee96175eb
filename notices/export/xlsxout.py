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
from typing import TYPE_CHECKING

import regex
from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.cell import WriteOnlyCell
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

if TYPE_CHECKING:  # a private module of openpyxl, for the type only
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

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
    # Wide characters removed leave the narrow ones: twice the length, less those (2× faster than findall).
    return len(text) if text.isascii() else 2 * len(text) - len(_WIDE.sub("", text))


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
    """Cells with each combination of style, styled once and copied.

    Setting a style attribute on a cell costs openpyxl a look-up per attribute; a
    workbook of 10,000 notices has half a million cells. A prototype cell per
    combination is styled through the public API, and its style copied (the
    idiom openpyxl's documentation gives for copying styles)."""

    def __init__(self) -> None:
        self.cache: dict[tuple[str, bool, str | None, bool, bool], StyleArray] = {}

    def cell(
        self,
        sheet: WriteOnlyWorksheet,
        value: Cell,
        *,
        wrap: bool = False,
        severity: str | None = None,
        header: bool = False,
    ) -> XlCell:
        if isinstance(value, dt.time):
            number_format = TIME_FORMAT
        elif isinstance(value, dt.date):
            number_format = DATE_FORMAT
        else:
            number_format = "General"
        # Untrusted text that looks like a formula stays text: typed string, quote-prefixed.
        quoted = isinstance(value, str) and is_formula_like(value)
        key = (number_format, wrap, severity, quoted, header)
        if key not in self.cache:
            proto = WriteOnlyCell(sheet)
            proto.number_format = number_format
            if header:
                proto.font = BOLD
            else:
                proto.alignment = WRAP if wrap else TOP
            if severity in FILLS:
                proto.fill = FILLS[severity]
            proto.quotePrefix = quoted
            self.cache[key] = proto._style  # type: ignore[attr-defined]  # no public copy of a whole style
        cell = WriteOnlyCell(sheet)
        cell.value = value
        if quoted:
            cell.data_type = "s"
        cell._style = copy(self.cache[key])  # type: ignore[attr-defined]
        return cell


def _sheet(
    book: Workbook, title: str, head: list[str], rows: list[tuple[str | None, list[Cell]]], styles: _Styles
) -> None:
    """Write one sheet: a bold frozen header with a filter, fitted widths, severity fills.

    The workbook is write-only: each row goes to the file as it is appended, so
    everything about the sheet's layout is set before its first row."""
    sheet = book.create_sheet(title)
    widths = [display_width(h) for h in head]
    measured = [[_line_widths(v) for v in values] for _, values in rows]
    for row in measured:
        widths = [max(w, *lines) for w, lines in zip(widths, row, strict=True)]
    widths = [min(w, MAX_WIDTH) for w in widths]
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = width + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(head))}{len(rows) + 1}"
    # Printed, the sheet fits the width of a landscape A4 page, its header on every page.
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"

    sheet.append([styles.cell(sheet, h, header=True) for h in head])
    for row_number, ((severity, values), row) in enumerate(zip(rows, measured, strict=True), start=2):
        cells = []
        lines = 1
        for value, line_widths, width in zip(values, row, widths, strict=True):
            # How many lines the value takes, wrapped in its column.
            cell_lines = sum(max(1, -(-w // width)) for w in line_widths)
            cells.append(styles.cell(sheet, value, wrap=cell_lines > 1, severity=severity))
            lines = max(lines, cell_lines)
        # Set, not left to the reader: not every spreadsheet fits wrapped rows on opening.
        sheet.row_dimensions[row_number].height = LINE_HEIGHT * lines
        sheet.append(cells)


def _created() -> dt.datetime:
    # Reproducible builds' convention: a pinned SOURCE_DATE_EPOCH gives identical files.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def to_xlsx(records: list[Notice], options: ExportOptions) -> bytes:
    book = Workbook(write_only=True)  # rows are streamed to the file: a fraction of the memory
    styles = _Styles()
    _sheet(
        book,
        "开庭排期",
        headers(SCHEDULE, options.header),
        [(_severity(r.warnings), notice_row(r, SCHEDULE)) for r in schedule_order(records)],
        styles,
    )
    _sheet(
        book,
        "全部公告",
        headers(ALL_NOTICES, options.header),
        [(_severity(r.warnings), notice_row(r, ALL_NOTICES)) for r in records],
        styles,
    )
    finding_head = list(FINDING_HEADERS) if options.header == "en" else list(FINDING_HEADERS.values())
    _sheet(
        book,
        "检查结果",
        finding_head,
        [(w.severity, row) for w, row in finding_rows(records, options.texts)],
        styles,
    )
    book.properties.title = "公告开庭排期 / notices hearing schedule"
    book.properties.creator = "notices"
    book.properties.created = book.properties.modified = _created()
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
