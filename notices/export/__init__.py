"""Writers: records to bytes, one module per format, and an atomic file writer.

Format modules are imported when used, so that `notices --help` does not pay
for openpyxl or icalendar.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from notices.errors import OutputError

if TYPE_CHECKING:
    from notices.export.options import ExportOptions
    from notices.models import Notice

Exporter = Callable[["list[Notice]", "ExportOptions"], bytes]

# format name → (module, function)
FORMATS: dict[str, tuple[str, str]] = {
    "json": ("notices.export.jsonout", "to_json"),
    "jsonl": ("notices.export.jsonout", "to_jsonl"),
    "csv": ("notices.export.csvout", "to_csv"),
    "xlsx": ("notices.export.xlsxout", "to_xlsx"),
    "ics": ("notices.export.icsout", "to_ics"),
    "html": ("notices.export.htmlout", "to_html"),
}
SUFFIXES: dict[str, str] = {f".{name}": name for name in FORMATS}
# Formats that quote the printed text of findings, so the pages must be kept.
QUOTING = frozenset({"xlsx", "html"})
# Formats written record by record with --stream: format name → (module, line generator).
STREAMED: dict[str, tuple[str, str]] = {
    "jsonl": ("notices.export.jsonout", "jsonl_lines"),
    "csv": ("notices.export.csvout", "csv_lines"),
}


def exporter(fmt: str) -> Exporter:
    module, function = FORMATS[fmt]
    found: Exporter = getattr(importlib.import_module(module), function)
    return found


def line_writer(fmt: str) -> Callable[[Iterator[Notice], ExportOptions], Iterator[bytes]]:
    module, function = STREAMED[fmt]
    found: Callable[[Iterator[Notice], ExportOptions], Iterator[bytes]] = getattr(
        importlib.import_module(module), function
    )
    return found


def format_for(path: Path | None) -> str:
    """The format an output path asks for by its extension; JSON by default."""
    if path is None:
        return "json"
    try:
        return SUFFIXES[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(SUFFIXES))
        raise OutputError(f"{path}: unknown extension (use one of {known}, or --format)") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(path: Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """A file to write ``path`` through, whole or not at all; never over an existing file unless ``force``.

    The bytes go to a temporary file in the same folder, renamed over ``path``
    when the block ends without error: a crash or a full disk leaves the old
    file as it was, and no temporary file behind.
    """
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to replace it)")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        # mkstemp makes the file private (0600); give it the mode a new file would have, or the old file's.
        os.fchmod(fd, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


def write_atomically(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all (see ``atomic_output``)."""
    with atomic_output(path, force=force) as out:
        out.write(data)
