"""What the exports may be asked: header language, event length, deadlines, source texts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from notices.export.rows import Header


@dataclass(frozen=True)
class ExportOptions:
    header: Header = "zh"
    duration_minutes: int = 60  # a hearing's length in the calendar
    deadlines: bool = False  # add award pick-up and inquiry deadlines as all-day events
    texts: Mapping[str | None, str] = field(default_factory=dict)  # source texts, for quoting findings
