"""Records as CSV: the 全部公告 columns, UTF-8 with BOM so Excel on Windows shows the Chinese."""

from __future__ import annotations

import csv
import datetime as dt
import io

from notices.export.options import ExportOptions
from notices.export.rows import ALL_NOTICES, Cell, headers, is_formula_like, notice_row
from notices.models import Notice


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.time):
        return cell.isoformat(timespec="minutes")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    # Notice text is untrusted: a leading ' stops a spreadsheet running it as a formula.
    return "'" + cell if is_formula_like(cell) else cell


def to_csv(records: list[Notice], options: ExportOptions) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(headers(ALL_NOTICES, options.header))
    for record in records:
        writer.writerow([_text(cell) for cell in notice_row(record, ALL_NOTICES)])
    return out.getvalue().encode("utf-8-sig")
