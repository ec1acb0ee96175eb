"""A case's story from the store, as text (`notices history`): its hearings, their changes, its notices."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from notices.export.rows import source_label
from notices.hearings import Slot, Version, change_labels, fold
from notices.identity import fold as fold_name
from notices.report import KIND_LABELS
from notices.store import LoggedChange, StoredHearing, StoredNotice, open_store

STATUS_LABELS = {"scheduled": "如期 scheduled", "cancelled": "已取消 cancelled", "postponed": "已延期 postponed"}
SAYS_LABELS = {
    "set": "开庭",
    "cancelled": "取消开庭",
    "postponed": "延期开庭",
    "unread": "变更开庭（新时间未能读出）",
    "nothing": "未载开庭时间",
}


@dataclass(frozen=True)
class CaseHistory:
    number: str
    hearings: list[tuple[StoredHearing, list[LoggedChange]]]
    notices: list[StoredNotice]


def case_history(db: Path, number: str) -> CaseHistory:
    """Everything the store knows of the case ``number`` (compared with width, spacing, brackets folded)."""
    with contextlib.closing(open_store(db, create=False)) as store:
        hearings = [(h, store.changes(h.id)) for h in store.case_hearings(number)]
        return CaseHistory(number, hearings, store.case_notices(number))


def _printing(version: Version) -> str:
    record = version.record
    said = SAYS_LABELS[version.says]
    if version.says == "set":
        said += f" {Slot(record.hearing_date, record.hearing_time, None, record.venue).label()}"
    printed = f" 「{record.hearing_text}」" if record.hearing_text else ""
    published = record.published or "不明"
    return f"{source_label(record)} 发布 {published} 入库 {version.added:%Y-%m-%d %H:%M}Z：{said}{printed}"


def _case_line(number: str, versions: list[Version]) -> str:
    numbers = {n for v in versions for n in v.record.case_numbers if fold_name(n) == fold_name(number)}
    return min(numbers) if numbers else number


def render(story: CaseHistory) -> str:
    """The history as lines: the hearing, its changes, then each notice and its printings."""
    versions = [v for n in story.notices for v in n.printings]
    lines = [_case_line(story.number, versions)]
    for hearing, changes in story.hearings:
        state = fold(hearing.versions)
        calendar = hearing.calendar
        status = STATUS_LABELS[calendar.status] + ("，改期待核实 in doubt" if calendar.in_doubt else "")
        lines.append(f"  开庭 hearing {state.slot.label()} · {status} · SEQUENCE {calendar.sequence} · {calendar.uid}")
        for change in changes:
            before, after = change_labels(change.before, change.after)
            lines.append(
                f"    {change.at:%Y-%m-%d %H:%M}Z {change.what}: {before} → {after}，据{change.printing.where()}"
            )
    for notice in story.notices:
        first = notice.printings[0].record
        role = "更正 correction" if notice.role == "correction" else KIND_LABELS[first.kind]
        who = "、".join(first.party or first.respondents or first.applicants) or "（无当事人）"
        times = f"{len(notice.printings)} printing{'' if len(notice.printings) == 1 else 's'}"
        lines.append(f"  公告 notice: {role} · {who} · {first.issuer or '发布机构不明'} · {times}")
        lines += [f"    {_printing(v)}" for v in notice.printings]
    return "\n".join(lines) + "\n"
