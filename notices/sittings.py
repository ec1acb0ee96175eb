"""A notice that sets several hearings, read as one record per hearing where it says which case each is for.

"本委受理申请人刘某与你单位…一案（…第0412号）及申请人陈某与你单位…一案（…第0413号）… 本委定于2025年8月19日上午9时、
上午10时30分在本委第四仲裁庭分别开庭审理上述两案": two cases, two times, heard 分别 (each in turn), in the order
printed. Read as one record, the second case's hearing is lost from a clerk's calendar. Where the times and the
cases are as many and the sentence says each is heard in turn, each case is a record of its own, with its time
(and its date, where printed; else the date before it) and the party on the other side of that case, where the
notice names one per case. Otherwise the record keeps the first hearing and a finding lists the others.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notices import grammar
from notices.catalogue import finding
from notices.models import Finding, Notice, Span
from notices.timeparse import Sitting

if TYPE_CHECKING:
    from notices.extract import Page

_SENTENCE_END = re.compile("[。；;\n]")
# The sides that may name one party per case, in the cases' order.
_PER_CASE = ("applicants", "respondents", "counterparty")


def per_sitting(record: Notice, later: list[Sitting], sentence: Span, page: Page) -> list[Notice]:
    """``record`` as one record per hearing it sets (see the module's words); ``later``: the hearings listed after
    the first, ``sentence`` the hearing sentence: spans in ``page`` (the record's are in the whole text)."""
    if not later:
        return [record]
    cases = record.case_numbers
    stop = _SENTENCE_END.search(page.folded, sentence[1])  # (the match ends at the place: 分别开庭 comes after)
    in_turn = grammar.search(grammar.IN_TURN_RE, page.folded, sentence[0], stop.start() if stop else None) is not None
    if not in_turn or len(cases) != len(later) + 1 or len(record.spans.get("case_numbers", [])) != len(cases):
        record.warnings.append(_several(record, later, page))
        return [record]
    records = []
    date, date_spans = record.hearing_date, record.spans.get("hearing_date", [])
    for index, case in enumerate(cases):
        one = record.model_copy(deep=True)
        one.case_numbers = [case]
        one.spans["case_numbers"] = [record.spans["case_numbers"][index]]
        for name in _PER_CASE:
            values: list[str] = getattr(record, name)
            spans = record.spans.get(name, [])
            if len(values) == len(cases) and values != record.party and len(spans) == len(values):
                setattr(one, name, [values[index]])
                one.spans[name] = [spans[index]]
        if index:
            sitting = later[index - 1]
            if sitting.date is not None:
                date, date_spans = sitting.date.value, [_moved(sitting.date.span, page)]
                one.warnings += [_moved_finding(found, page) for found in sitting.date.findings]
            _set(one, "hearing_date", date, date_spans)
            _set(one, "hearing_time", sitting.time.value, [_moved(sitting.time.span, page)])
            one.warnings += [_moved_finding(found, page) for found in sitting.time.findings]
        records.append(one)
    return records


def _set(record: Notice, name: str, value: object, spans: list[Span]) -> None:
    setattr(record, name, value)
    if value is None or not spans:
        record.spans.pop(name, None)
    else:
        record.spans[name] = spans


def _moved(span: Span, page: Page) -> Span:
    return span[0] + page.base, span[1] + page.base


def _moved_finding(found: Finding, page: Page) -> Finding:
    return found if found.span is None else found.model_copy(update={"span": _moved(found.span, page)})


def _several(record: Notice, later: list[Sitting], page: Page) -> Finding:
    listed = "、".join(page.printed[(s.date or s.time).span[0] : s.time.span[1]] for s in later)
    first = record.hearing_text or ""
    zh = f"公告定了{len(later) + 1}次开庭（{first}）：只记下第一次，其后的{listed}请人工查看"
    en = f"the notice sets {len(later) + 1} hearings ('{first}'): the first is read; check {listed} by hand"
    spans = record.spans.get("hearing_text")
    return finding("hearing_times_several", spans[0] if spans else None, zh, en)
