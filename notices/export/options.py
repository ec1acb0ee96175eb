"""What the exports may be asked: header language, event length, deadlines, source texts, calendar state."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from notices.export.rows import Header

HearingStatus = Literal["scheduled", "cancelled", "postponed"]


@dataclass(frozen=True)
class EventState:
    """A stored hearing as calendars know it (see ``notices.store``): its UID, how often and when
    it changed, whether it still takes place, and whether a later notice left its time in doubt."""

    uid: str
    sequence: int
    modified: dt.datetime  # aware, UTC
    status: HearingStatus = "scheduled"
    in_doubt: bool = False  # a correction names this hearing but its new time could not be read


@dataclass(frozen=True)
class ExportOptions:
    header: Header = "zh"
    duration_minutes: int = 60  # a hearing's length in the calendar
    deadlines: bool = False  # add award pick-up and inquiry deadlines as all-day events
    texts: Mapping[str | None, str] = field(default_factory=dict)  # source texts, for quoting findings
    events: Sequence[EventState] = ()  # one per record when the records come from the store
