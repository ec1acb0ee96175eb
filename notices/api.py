"""The library's verbs: text or a file in, records out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from notices.errors import InputError
from notices.extract import extract
from notices.models import Notice
from notices.segment import find_blocks
from notices.validate import validate


def read_notices(text: str, source: str | None = None) -> list[Notice]:
    """The notices in ``text`` as read, before any check (see ``validate``)."""
    return [extract(text, block, source) for block in find_blocks(text)]


def parse_text(text: str, source: str | None = None, today: dt.date | None = None) -> list[Notice]:
    """Every notice in ``text``, in page order, checked. ``source`` names the file in each record;
    ``today`` is the day hearings are judged past against (default: the real today)."""
    return validate(read_notices(text, source), today)


def read_text(path: str | Path) -> str:
    """The text of the file at ``path``, or an InputError that says why not."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except IsADirectoryError:
        raise InputError(str(path), "is a folder, not a file") from None
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(str(path), f"not UTF-8 text (byte {error.start})") from None


def parse_file(path: str | Path, today: dt.date | None = None) -> list[Notice]:
    """Every notice in the text file at ``path``, checked."""
    return parse_text(read_text(path), source=str(path), today=today)
