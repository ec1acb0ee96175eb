"""Records as an Excel workbook a clerk can use at once.

Sheets: 开庭排期 (hearings by date and time), 全部公告 (every notice in source
order), 检查结果 (every finding), and 打印排期: the schedule laid out for an A4
page (see ``_print_sheet``). Dates and times are real Excel dates and times;
rows with an error are light red, with a warning light yellow. With
SOURCE_DATE_EPOCH set, the same records give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import zipfile
from collections.abc import Iterator, Sequence
from copy import copy
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import Cell as XlCell
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from notices.errors import OutputError
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
    short_finding_line,
)
from notices.export.sanitize import safe_record, safe_text
from notices.models import Finding, Notice
from notices.textwidth import display_width

if TYPE_CHECKING:  # a private module of openpyxl, for the type only
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "hh:mm"
FILLS = {
    "error": PatternFill("solid", fgColor="FFC7CE"),  # light red
    "warning": PatternFill("solid", fgColor="FFEB9C"),  # light yellow
}
MAX_WIDTH = 50  # columns wider than this wrap their text
LINE_HEIGHT = 15  # points: a row of one line (Excel's default for 11-point Calibri)
# A line of CJK text is about 16 points high as LibreOffice sets it (Noto CJK), 15 in Excel: rows of
# several lines get 16 a line, so that neither cuts the last line off.
WRAPPED_LINE_HEIGHT = 16
# A CJK glyph is a little wider than two digits of the default font (Calibri, or Carlito in
# LibreOffice): a wrapped line holds fewer characters than display_width / 2 suggests.
CJK_SLACK = 1.12
BOLD = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")


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
        if isinstance(value, str):
            # The records are made safe with a finding (sanitize.py); this guards the quoted source text
            # too, and comes first: "\x00=HYPERLINK(…)" is a formula once its NUL is gone.
            value = safe_text(value)
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
    # Printed at full size over as many pages as it takes (fitted to one page wide, these columns
    # shrank to 3-point text); its header and first column on every page. 打印排期 fits one page wide.
    _page_setup(sheet, fit_width=False)
    sheet.print_title_cols = "A:A"

    sheet.append([styles.cell(sheet, h, header=True) for h in head])
    for row_number, ((severity, values), row) in enumerate(zip(rows, measured, strict=True), start=2):
        cells = []
        lines = 1
        for value, line_widths, width in zip(values, row, widths, strict=True):
            # How many lines the value takes, wrapped in its column.
            cell_lines = sum(max(1, math.ceil(w * CJK_SLACK / width)) for w in line_widths)
            cells.append(styles.cell(sheet, value, wrap=cell_lines > 1, severity=severity))
            lines = max(lines, cell_lines)
        # Set, not left to the reader: not every spreadsheet fits wrapped rows on opening.
        sheet.row_dimensions[row_number].height = LINE_HEIGHT if lines == 1 else WRAPPED_LINE_HEIGHT * lines
        sheet.append(cells)


def _page_setup(sheet: Worksheet, fit_width: bool) -> None:
    """Landscape A4, the header row on every page, page numbers in the footer."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    if fit_width:
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = "1:1"
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"  # type: ignore[union-attr]  # always set on a new sheet


# 打印排期: what a clerk takes to the hearing room, each column's lines at most this many display
# columns (a CJK character is two), the column CJK_SLACK wider; together the columns about fill a
# landscape A4 page (some 140 units between the margins): printed at ~95%.
PRINT_COLUMNS = {"when": 10, "venue": 28, "case_numbers": 30, "parties": 30, "warnings": 16}
PRINT_HEADERS = {"when": "开庭", "venue": "地点", "case_numbers": "案号", "parties": "当事人（对方）",
                 "warnings": "待核对"}  # fmt: skip


def wrap_lines(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` display columns, anywhere (Chinese has no spaces)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = "", 0
        for character in paragraph:
            size = display_width(character)
            if used + size > width and line:
                lines.append(line)
                line, used = "", 0
            line += character
            used += size
        lines.append(line)
    return lines


def _print_values(record: Notice) -> dict[str, str]:
    time = record.hearing_time or "时间待确认"
    problems = [short_finding_line(w).split(": ", 1)[-1] for w in record.warnings if w.severity != "info"]
    return {
        "when": f"{record.hearing_date or '日期待定'}\n{time}",
        "venue": record.venue or "",
        "case_numbers": "\n".join(record.case_numbers),
        "parties": "\n".join(
            [
                *(record.party or record.respondents),
                *(f"对方：{name}" for name in record.counterparty or record.applicants),
            ]
        ),
        "warnings": "\n".join(problems),
    }


def _print_sheet(book: Workbook, records: list[Notice], styles: _Styles, header: str) -> None:
    """The schedule for paper: few, wide columns, every line broken where it fits its column.

    A spreadsheet wraps by its own font's widths (LibreOffice's CJK glyphs are narrower than
    Excel's), so a row height guessed from wrapped text is wrong in one of them. Here each
    line is broken by the tool, no cell wraps further, and a row is exactly as tall as its lines."""
    sheet = book.create_sheet("打印排期")
    for col, width in enumerate(PRINT_COLUMNS.values(), start=1):
        sheet.column_dimensions[get_column_letter(col)].width = round(width * CJK_SLACK) + 1
    _page_setup(sheet, fit_width=True)
    sheet.append([styles.cell(sheet, PRINT_HEADERS[k] if header == "zh" else k, header=True) for k in PRINT_COLUMNS])
    for row_number, record in enumerate(schedule_order(records), start=2):
        values = _print_values(record)
        wrapped = {key: wrap_lines(values[key], width) for key, width in PRINT_COLUMNS.items()}
        severity = _severity(record.warnings)
        sheet.row_dimensions[row_number].height = WRAPPED_LINE_HEIGHT * max(map(len, wrapped.values()))
        sheet.append([styles.cell(sheet, "\n".join(lines), wrap=True, severity=severity) for lines in wrapped.values()])


def _created() -> dt.datetime:
    # Reproducible builds' convention: a pinned SOURCE_DATE_EPOCH gives identical files.
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return dt.datetime.now(dt.UTC).replace(tzinfo=None)
    try:
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).replace(tzinfo=None)
    except (ValueError, OverflowError, OSError):
        raise OutputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds since 1970") from None


class _DatedZip(zipfile.ZipFile):
    """A zip whose entries are dated ``when``, not the moment each is written (as ZipFile does).

    openpyxl writes parts with ``writestr(name, data)`` and the streamed sheets with
    ``write(path, name)``; both are given a ZipInfo with the pinned date instead."""

    def __init__(self, file: io.BytesIO, when: dt.datetime) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        # A zip cannot hold a date before 1980 (SOURCE_DATE_EPOCH=0 is common).
        self._date_time = max(when, dt.datetime(1980, 1, 1)).timetuple()[:6]

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(name, self._date_time)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16  # what ZipFile gives a str name, less the clock
        return info

    def writestr(self, zinfo_or_arcname: str | zipfile.ZipInfo, data: Any, *args: Any, **kwargs: Any) -> None:
        if isinstance(zinfo_or_arcname, str):
            zinfo_or_arcname = self._info(zinfo_or_arcname)
        super().writestr(zinfo_or_arcname, data, *args, **kwargs)

    def write(self, filename: Any, arcname: Any = None, *args: Any, **kwargs: Any) -> None:
        with open(filename, "rb") as source:
            self.writestr(self._info(str(arcname or filename)), source.read())


def _save(book: Workbook, when: dt.datetime) -> bytes:
    # openpyxl's save() sets the modified time to now; its ExcelWriter writes the properties as set.
    out = io.BytesIO()
    with _DatedZip(out, when) as archive:
        ExcelWriter(book, archive).save()
    return out.getvalue()


def _rows(records: list[Notice], keys: list[str]) -> Iterator[tuple[str | None, list[Cell]]]:
    for record in records:
        yield _severity(record.warnings), notice_row(record, keys)


def to_xlsx(records: list[Notice], options: ExportOptions) -> bytes:
    when = _created()
    records = [safe_record(r) for r in records]  # XML cannot hold control characters: a finding says so
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
    _print_sheet(book, records, styles, options.header)
    book.properties.title = "公告开庭排期 / notices hearing schedule"
    book.properties.creator = "notices"
    book.properties.created = book.properties.modified = when
    return _save(book, when)
