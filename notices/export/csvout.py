"""Records as CSV: the 全部公告 columns, UTF-8 with BOM so Excel on Windows shows the Chinese."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator

from notices.export.options import ExportOptions
from notices.export.rows import ALL_NOTICES, Cell, headers, is_formula_like, notice_row
from notices.export.sanitize import safe_record
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


def csv_lines(records: Iterable[Notice], options: ExportOptions) -> Iterator[bytes]:
    """The BOM and header, then one row per record, each as soon as it is read."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)

    def flush() -> bytes:
        text = out.getvalue()
        out.seek(0)
        out.truncate()
        return text.encode("utf-8")

    writer.writerow(headers(ALL_NOTICES, options.header))
    yield codecs.BOM_UTF8 + flush()
    for record in records:
        writer.writerow([_text(cell) for cell in notice_row(safe_record(record), ALL_NOTICES)])
        yield flush()


def to_csv(records: list[Notice], options: ExportOptions) -> bytes:
    return b"".join(csv_lines(records, options))
