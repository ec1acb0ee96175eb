"""A notice about several cases, read as one record per case where it says which hearing and whom each case is for.

Courts and committees print several cases in one notice: "本委受理申请人刘某与你单位…一案（…第0412号）及申请人陈某与你
单位…一案（…第0413号）… 本委定于2025年8月19日上午9时、上午10时30分在本委第四仲裁庭分别开庭审理上述两案" (the times
in the cases' order, each case heard in turn); "…一案（…2215号）…本院定于2026年9月15日上午9时在本院第三法庭开庭审理。
…一案（…2298号）…本院定于同日下午2时30分在本院第五法庭开庭审理" (a hearing sentence a case); "张某、李某、王某：本院受理
原告甲诉被告张某…一案（…1号）、诉被告李某…一案（…2号）、诉被告王某…一案（…3号）…" (each addressee in a case of their
own). Read as one record, every hearing but the first is lost from a clerk's calendar, and each addressee is put in
every case. Each case is a record of its own where the hearings are as many as the cases (or one for all, where each
addressee is in a case of their own), and the case's words name its parties: each record has its case, its hearing,
its addressee and the parties on each side named in its words (a side its words do not name, "、诉被告李某…", is the
case before's), its cause. The records share the notice's block. Otherwise the record keeps the first hearing, and a
finding lists the others.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from notices import grammar
from notices.catalogue import finding
from notices.models import Finding, Notice, Span
from notices.timeparse import Sitting

if TYPE_CHECKING:
    from notices.extract import Page


_SENTENCE_END = re.compile("[。；;\n]")
# The parties named case by case.
SIDES = ("applicants", "respondents", "other_parties", "counterparty")


# A case's parties by side (and its cause), as values and their spans in the whole text.
CaseSides = dict[str, tuple[list[str], list[Span]]]


def per_case(
    record: Notice, later: list[Sitting], sentence: Span, page: Page, causes: list[Span] | None = None,
    read_case: Callable[[Span], CaseSides] | None = None,
) -> list[Notice]:  # fmt: skip
    """``record`` as one record per case (see the module's words); ``later``: the hearings after the first,
    ``sentence`` the first's sentence, ``causes`` each case's cause: spans in ``page`` (the record's are in the whole
    text); ``read_case``: the sides and cause of a case phrase in a stretch of the page (a case set out in a sentence
    of its own, after the first case's)."""
    cases = record.spans.get("case_numbers", [])
    if len(cases) < 2 or len(cases) != len(record.case_numbers):
        return _first_only(record, later, page)
    bounds = _case_words(record, page)
    addressed = _addressed_by_case(record, bounds, page)
    if not later and not addressed:
        return [record]  # (one hearing for cases not each an addressee's: one record, read no further)
    sides = _sides_by_case(record, bounds, page, read_case)
    if later:
        stop = _SENTENCE_END.search(page.folded, sentence[1])  # (the match ends at the place: 分别开庭 comes after)
        in_turn = grammar.search(grammar.IN_TURN_RE, page.folded, sentence[0], stop.start() if stop else None)
        own_sentences = all(sitting.text is not None for sitting in later)
        if len(later) + 1 != len(cases) or not (in_turn or own_sentences) or sides is None:
            return _first_only(record, later, page)
    elif sides is None:
        return [record]
    records = []
    date, date_spans = record.hearing_date, record.spans.get("hearing_date", [])
    for index, case in enumerate(cases):
        one = record.model_copy(deep=True)
        one.case_numbers = [record.case_numbers[index]]
        one.spans["case_numbers"] = [case]
        if addressed:
            one.party = [record.party[index]]
            one.spans["party"] = [record.spans["party"][index]]
        for name in SIDES:
            values, spans = sides[index].get(name, ([], []))
            setattr(one, name, list(values))
            if values:
                one.spans[name] = list(spans)
            else:
                one.spans.pop(name, None)
        if causes is not None and len(causes) == len(cases):
            _set(one, "cause", page.printed[causes[index][0] : causes[index][1]], [page.at(causes[index])])
        elif "cause" in sides[index]:
            (cause,), cause_spans = sides[index]["cause"]
            _set(one, "cause", cause, cause_spans)
        if index and later:
            sitting = later[index - 1]
            if sitting.date is not None:
                date, date_spans = sitting.date.value, [page.at(sitting.date.span)]
                one.warnings += [page.placed(found) for found in sitting.date.findings]
            _set(one, "hearing_date", date, date_spans)
            time = sitting.time
            _set(one, "hearing_time", time.value if time else None, [page.at(time.span)] if time else [])
            one.warnings += [page.placed(found) for found in time.findings] if time else []
            if sitting.text is not None:
                _set(one, "hearing_text", page.printed[sitting.text[0] : sitting.text[1]], [page.at(sitting.text)])
            if sitting.venue is not None:
                _set(one, "venue", page.printed[sitting.venue[0] : sitting.venue[1]], [page.at(sitting.venue)])
        records.append(one)
    return records


def _first_only(record: Notice, later: list[Sitting], page: Page) -> list[Notice]:
    if later:
        record.warnings.append(_several(record, later, page))
    return [record]


def _case_words(record: Notice, page: Page) -> list[Span]:
    """Where each case's words stand in ``page``: from the number before it (or the addressees' line) to its own
    number (…诉被告张某…一案（…1号）)."""
    start = max((end for _, end in record.spans.get("party", [])), default=record.source.start) - page.base
    bounds = []
    for _, end in record.spans["case_numbers"]:
        bounds.append((start, end - page.base))
        start = end - page.base
    return bounds


def _sides_by_case(
    record: Notice, bounds: list[Span], page: Page, read_case: Callable[[Span], CaseSides] | None
) -> list[CaseSides] | None:
    """Each case's parties by side: those named in its words; a name printed outside every case's words (你单位
    read as the addressees) in each; a side a case's words do not name, the case before's. A case whose words the
    notice's case phrase did not reach (a sentence of its own) is read there (``read_case``). None where a case's
    words name no party (its number printed before its words: the cases cannot be told apart)."""
    by_case: list[CaseSides] = [{} for _ in bounds]
    named = [False] * len(bounds)
    for name in SIDES:
        values: list[str] = getattr(record, name)
        spans = record.spans.get(name, [])
        if len(spans) != len(values):
            return None
        for value, span in zip(values, spans, strict=True):
            at = span[0] - page.base
            inside = [index for index, (start, end) in enumerate(bounds) if start <= at < end]
            for index in inside or range(len(bounds)):
                held = by_case[index].setdefault(name, ([], []))
                if value not in held[0]:
                    held[0].append(value)
                    held[1].append(span)
            for index in inside:
                named[index] = True
    for index, (start, end) in enumerate(bounds):
        if not named[index] and read_case is not None:
            read = read_case((start, end))
            if any(name in read for name in SIDES):
                by_case[index], named[index] = read, True
    if not all(named):
        return None
    for index in range(1, len(bounds)):
        for name in SIDES:
            if name not in by_case[index] and name in by_case[index - 1]:
                by_case[index][name] = by_case[index - 1][name]
    return by_case


def _addressed_by_case(record: Notice, bounds: list[Span], page: Page) -> bool:
    """Is each addressee named in one case's words, in the cases' order (张某、李某：…原告甲诉张某…一案（…1号）、
    诉被告李某…一案（…2号）…)? Then each case's record addresses its own."""
    parties = record.party
    if len(parties) != len(bounds) or len(record.spans.get("party", [])) != len(parties):
        return False
    for index, (start, end) in enumerate(bounds):
        words = page.printed[start:end]
        if [party for party in parties if party in words] != [parties[index]]:
            return False
    return True


def _set(record: Notice, name: str, value: object, spans: list[Span]) -> None:
    setattr(record, name, value)
    if value is None or not spans:
        record.spans.pop(name, None)
    else:
        record.spans[name] = spans


def _several(record: Notice, later: list[Sitting], page: Page) -> Finding:
    printed = [_shown(sitting, page) for sitting in later]
    listed = "、".join(shown for shown in printed if shown)
    first = record.hearing_text or ""
    zh = f"公告定了{len(later) + 1}次开庭（{first}）：只记下第一次，其后的{listed}请人工查看"
    en = f"the notice sets {len(later) + 1} hearings ('{first}'): the first is read; check {listed} by hand"
    spans = record.spans.get("hearing_text")
    return finding("hearing_times_several", spans[0] if spans else None, zh, en)


def _shown(sitting: Sitting, page: Page) -> str:
    """A later hearing as printed; its day by its date where it has one (a day of a run printed by its first and
    last, 3月24日至3月26日, or named by its number alone, 、14日, has no words of its own)."""
    if sitting.text is not None:
        return page.printed[sitting.text[0] : sitting.text[1]]
    if sitting.time is None:
        return ""
    time = page.printed[sitting.time.span[0] : sitting.time.span[1]]
    if sitting.date is not None and sitting.date.value is not None:
        return f"{sitting.date.value.isoformat()} {time}"
    return time
