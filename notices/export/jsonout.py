"""Records as JSON (one array) or JSON Lines (one record per line)."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import TypeAdapter

from notices.models import Notice

_RECORDS = TypeAdapter(list[Notice])


def to_json(records: list[Notice]) -> bytes:
    return _RECORDS.dump_json(records, indent=2) + b"\n"


def to_jsonl(records: Iterable[Notice]) -> bytes:
    return b"".join(record.model_dump_json().encode() + b"\n" for record in records)
