"""A stored hearing's story folded into what holds now, and the record a schedule shows for it.

A hearing is announced by a notice, printed again on other days, moved by a
correction, called off. Each printing is a ``Version``; ``fold`` reads them in
the order they were published and says where the hearing stands: when and
where, whether it still takes place, which printing says so, and what it was
before. No SQL here: ``notices.store`` keeps the versions, this decides.

Two rules keep the fold honest. A printing that says again what an earlier
printing of the same notice said is no news: a newspaper that goes on
printing the original notice after a correction does not move the hearing
back. And a correction whose new time cannot be read (the parser read the
old one) does not move the hearing anywhere: it puts it in doubt, and the
schedule says so.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Literal

from notices.catalogue import finding
from notices.corrections import Change, read_change, stale
from notices.export.options import HearingStatus
from notices.export.rows import source_label
from notices.identity import fold as fold_name
from notices.models import Finding, Notice

# What one printing says about its hearing.
Says = Literal["set", "cancelled", "postponed", "unread", "nothing"]
# The record fields a later notice may change: when and where.
HEARING_FIELDS = ("hearing_date", "hearing_time", "hearing_text", "venue")
# Fields of the shown record that stay those of the printing it is read from, whatever it lacks.
_OWN_FIELDS = frozenset({"kind", "warnings", "spans", "source", *HEARING_FIELDS})


def reading(record: Notice, text: str) -> tuple[Says, Change | None]:
    """What the printing ``record`` (read from ``text``) says about a hearing, and the change it
    announces, if it is a correction: its own words decide, not the kind the parser gave it."""
    change = read_change(text, record.source.start, record.source.end)
    dated = record.hearing_date is not None
    if change is None:
        return ("set" if dated else "nothing"), None
    if change.what != "rescheduled":
        return change.what, change
    spans = record.spans.get("hearing_date") or record.spans.get("hearing_text") or []
    fresh = dated and bool(spans) and not stale(text, spans[0][0])
    return ("set" if fresh else "unread"), change


@dataclass(frozen=True)
class Version:
    """One printing of a notice about the hearing, as the store keeps it."""

    sighting: int  # the store's id of the printing
    notice: int  # the store's id of the notice it prints
    record: Notice  # as read: offsets into its own file's text
    added: dt.datetime  # when the store got it
    says: Says
    change: Change | None  # for a correction: what it changes, by which rule, where it says so

    def order(self) -> tuple[dt.date, bool, int]:
        # By publication; a printing with no date, by the day it was added. A correction printed the
        # same day as what it corrects comes after it; then the order they were added in.
        return (self.record.published or self.added.date(), self.change is not None, self.sighting)

    def where(self) -> str:
        """The printing, in Chinese: 2026-04-09发布的更正公告（2026-04-09.txt:0-176）."""
        published = f"{self.record.published}发布的" if self.record.published else "未载发布日期的"
        return f"{published}{'更正公告' if self.change else '公告'}（{source_label(self.record)}）"

    def where_en(self) -> str:
        published = f"published {self.record.published}" if self.record.published else "with no publication date"
        return f"the {'correction' if self.change else 'notice'} {published} ({source_label(self.record)})"


@dataclass(frozen=True)
class Slot:
    """When and where a hearing is, as printed and as read."""

    hearing_date: dt.date | None = None
    hearing_time: str | None = None
    hearing_text: str | None = None
    venue: str | None = None

    def compared(self) -> tuple[dt.date | None, str | None, str | None]:
        return self.hearing_date, self.hearing_time, fold_name(self.venue) if self.venue else None

    def label(self) -> str:
        when = f"{self.hearing_date or '日期不明'} {self.hearing_time or '时间不明'}"
        return f"{when} {self.venue}" if self.venue else when


def tell(what: str, before: Slot, after: Slot) -> str:
    """A change in a line: "rescheduled: 2026-05-19 14:00 → 2026-05-21 09:00", "cancelled (was …)"."""
    if what in ("cancelled", "postponed", "in_doubt"):
        return f"{what} (was set for {before.label()})"
    return f"{what}: {' → '.join(change_labels(before, after))}"


def change_labels(before: Slot, after: Slot) -> tuple[str, str]:
    """Two slots as a change is told: with the place only where it changed."""
    if before.compared()[2] == after.compared()[2]:
        before, after = replace(before, venue=None), replace(after, venue=None)
    return before.label(), after.label()


@dataclass(frozen=True)
class State:
    """Where a hearing stands after its versions: the slot, its status, and who said so."""

    slot: Slot
    status: HearingStatus
    base: Version  # the printing that last changed the state: the shown record is read from it
    origin: dict[str, Version]  # record field → the printing its value comes from
    in_doubt: Version | None = None  # a correction after the slot whose new time is unread
    moved: tuple[Version, Slot] | None = None  # the last move: by which printing, from which slot

    def compared(self) -> tuple[object, ...]:
        """What a calendar shows of the hearing: a change here is a new SEQUENCE."""
        return (*self.slot.compared(), self.status, self.in_doubt is not None)


def _slot_of(record: Notice, before: Slot) -> Slot:
    # A correction that prints no place (地点不变) keeps the place.
    return Slot(record.hearing_date, record.hearing_time, record.hearing_text, record.venue or before.venue)


def _apply(state: State | None, version: Version) -> State:
    if state is None:  # the first printing: whatever it says, the hearing is as it prints it
        origin = dict.fromkeys(HEARING_FIELDS, version)
        start = State(_slot_of(version.record, Slot()), "scheduled", version, origin)
        return start if version.says in ("set", "nothing") else _apply(start, version)
    if version.says == "set":
        slot = _slot_of(version.record, state.slot)
        if slot.compared() == state.slot.compared() and state.status == "scheduled" and state.in_doubt is None:
            return state  # the same hearing said again by another notice
        origin = dict(state.origin)
        for name in HEARING_FIELDS:
            if getattr(version.record, name) is not None:
                origin[name] = version
        changed = slot.compared() != state.slot.compared() and state.slot.hearing_date is not None
        moved = (version, state.slot) if changed else state.moved
        return State(slot, "scheduled", version, origin, None, moved)
    if version.says in ("cancelled", "postponed"):
        return replace(state, status=version.says, base=version, in_doubt=None)
    if version.says == "unread":
        return replace(state, base=version, in_doubt=version)
    return state


def fold(versions: list[Version]) -> State:
    """Where the hearing stands after all its printings, read in publication order."""
    said: dict[int, set[tuple[object, ...]]] = defaultdict(set)
    state: State | None = None
    for version in sorted(versions, key=Version.order):
        news = (version.says, *_slot_of(version.record, Slot()).compared())
        if state is not None and news in said[version.notice]:
            continue  # a reprint: what this notice said already
        said[version.notice].add(news)
        state = _apply(state, version)
    if state is None:
        raise ValueError("a hearing has at least one printing")
    return state


# ---------------------------------------------------------------- the record a schedule shows


@dataclass(frozen=True)
class Shown:
    record: Notice
    findings: list[Finding] = field(default_factory=list)  # the store's own, added after the checks


def shown(state: State, versions: list[Version], orphan: bool) -> Shown:
    """The hearing's record as it stands: read from the printing that last changed it.

    Its when and where are the state's; a value printed elsewhere (the time a
    correction left unread, the place 地点不变 kept) is carried with no span,
    since spans index the shown printing's text only, and a finding names the
    printing it comes from. Fields the shown printing lacks (a correction
    seldom restates the cause) are filled from the first printing. Reading
    findings of the shown printing about a value it does not supply are dropped.
    """
    base = state.base
    record = base.record.model_copy(deep=True)
    record.kind = "hearing"
    for name in HEARING_FIELDS:
        if state.origin[name] is not base:
            setattr(record, name, getattr(state.slot, name))
            record.spans.pop(name, None)
    first = min(versions, key=Version.order).record
    for name in Notice.model_fields:
        if name not in _OWN_FIELDS and getattr(record, name) in (None, []) and getattr(first, name) not in (None, []):
            setattr(record, name, getattr(first, name))
    found = _store_findings(state, orphan)
    # The store's word replaces the printing's own of the same code (a call-off says it calls the hearing off).
    said = {f.code for f in found}
    record.warnings = [
        w
        for w in record.warnings
        if w.code not in said and (w.field not in HEARING_FIELDS or state.origin[w.field] is base)
    ]
    return Shown(record, found)


def _store_findings(state: State, orphan: bool) -> list[Finding]:
    found = []
    base = state.base
    change_span = base.change.span if base.change else None
    if state.moved is not None and state.status == "scheduled":
        by, before = state.moved
        span = by.record.spans.get("hearing_date", [None])[0] if by is base else None
        was, now = change_labels(before, state.slot)
        found.append(
            finding(
                "hearing_rescheduled",
                span,
                f"开庭已改期：原定{was}，{by.where()}改为{now}",
                f"the hearing was moved from {was} to {now} by {by.where_en()}",
            )
        )
    if state.status != "scheduled":
        zh, en = ("取消开庭", "called off") if state.status == "cancelled" else ("延期开庭，另行通知", "put off")
        found.append(
            finding(
                "hearing_cancelled",
                change_span,
                f"{base.where()}：{zh}（原定{state.slot.label()}）",
                f"{en} by {base.where_en()} (it was set for {state.slot.label()})",
            )
        )
    if state.in_doubt is not None:
        found.append(
            finding(
                "correction_unread",
                change_span,
                f"{base.where()}变更了开庭，但未能读出新的时间；仍按{state.slot.label()}显示，请核对原文",
                f"{base.where_en()} changes this hearing but its new time could not be read; "
                f"still shown at {state.slot.label()}: check the text",
            )
        )
    if orphan:
        found.append(
            finding(
                "correction_unmatched",
                None,
                "仅见更正公告，原开庭公告不在库中",
                "known from a correction only: the notice that set the hearing is not in the store",
            )
        )
    return found
