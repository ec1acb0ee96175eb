"""Records as JSON (one array) or JSON Lines (one record per line)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import TypeAdapter

from notices.export.options import ExportOptions
from notices.models import Notice

_RECORDS = TypeAdapter(list[Notice])


def to_json(records: list[Notice], options: ExportOptions | None = None) -> bytes:
    return _RECORDS.dump_json(records, indent=2) + b"\n"


def jsonl_lines(records: Iterable[Notice], options: ExportOptions | None = None) -> Iterator[bytes]:
    for record in records:
        yield record.model_dump_json().encode() + b"\n"


def to_jsonl(records: list[Notice], options: ExportOptions | None = None) -> bytes:
    return b"".join(jsonl_lines(records))
