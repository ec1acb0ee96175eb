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


def per_sitting(
    record: Notice, later: list[Sitting], sentence: Span, page: Page, causes: list[Span] | None = None
) -> list[Notice]:
    """``record`` as one record per hearing it sets (see the module's words); ``later``: the hearings listed after
    the first, ``sentence`` the hearing sentence, ``causes`` each case's cause: spans in ``page`` (the record's are
    in the whole text)."""
    if not later:
        return [record]
    cases = record.case_numbers
    stop = _SENTENCE_END.search(page.folded, sentence[1])  # (the match ends at the place: 分别开庭 comes after)
    in_turn = grammar.search(grammar.IN_TURN_RE, page.folded, sentence[0], stop.start() if stop else None) is not None
    addressed = _addressed_per_case(record, page)
    if (
        not in_turn
        or len(cases) != len(later) + 1
        or len(record.spans.get("case_numbers", [])) != len(cases)
        or not _sides_per_case(record, len(cases), addressed)
    ):
        record.warnings.append(_several(record, later, page))
        return [record]
    records = []
    date, date_spans = record.hearing_date, record.spans.get("hearing_date", [])
    for index, case in enumerate(cases):
        one = record.model_copy(deep=True)
        one.case_numbers = [case]
        one.spans["case_numbers"] = [record.spans["case_numbers"][index]]
        for name in ("party", *_PER_CASE) if addressed else _PER_CASE:
            values: list[str] = getattr(record, name)
            spans = record.spans.get(name, [])
            if len(values) == len(cases) and (addressed or values != record.party) and len(spans) == len(values):
                setattr(one, name, [values[index]])
                one.spans[name] = [spans[index]]
        if causes is not None and len(causes) == len(cases):
            _set(one, "cause", page.printed[causes[index][0] : causes[index][1]], [_moved(causes[index], page)])
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


def _sides_per_case(record: Notice, cases: int, addressed: bool) -> bool:
    """Can each case's record have its own sides? Each side names one party a case, or is the addressees — the
    same in every case, or each in its own (``addressed``). (A side read from the first case's words only would
    give the later cases the first case's parties.)"""
    sides = (record.applicants, record.respondents)
    return all(len(side) == cases or (side == record.party and (addressed or len(side) != cases)) for side in sides)


def _addressed_per_case(record: Notice, page: Page) -> bool:
    """Is each addressee named in one case's words, in the cases' order (张某、李某：…原告甲诉张某…一案（…1号）、
    原告乙诉李某…一案（…2号）…)? Then each case's record addresses its own."""
    parties, cases = record.party, record.spans.get("case_numbers", [])
    if len(parties) != len(cases) or len(parties) < 2:
        return False
    start = max(end for _, end in record.spans.get("party", [(0, 0)])) - page.base
    for index, (_, end) in enumerate(cases):
        words = page.printed[start : end - page.base]
        if [party for party in parties if party in words] != [parties[index]]:
            return False
        start = end - page.base
    return True


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
