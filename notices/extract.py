"""From a notice block to a record.

Each field is read by one rule of the grammar, run only inside the block (or
its body). Specific forms are tried before general ones; a field that cannot
be read stays null, and where that matters a finding says why.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from notices import grammar
from notices.casenumbers import find_case_numbers
from notices.catalogue import finding
from notices.models import Finding, Kind, Notice, PartyRole, Source, Span
from notices.segment import Block
from notices.timeparse import WhenReading, read_date, read_when, to_int

# Group numbers of the rules read here (see grammar.group_numbers).
_INTRO = grammar.group_numbers(grammar.CASE_INTRO_RE)
_SUBJECT = grammar.group_numbers(grammar.INSPECTION_SUBJECT_RE)
_TITLE = grammar.group_numbers(grammar.DOCUMENT_TITLE_RE)
_SERVED = grammar.group_numbers(grammar.SERVED_DOCUMENTS_RE)
_DECISION = grammar.group_numbers(grammar.DECISION_DOCUMENT_RE)
_HEARING = grammar.group_numbers(grammar.HEARING_RE)
_PLACE = {
    rule: grammar.group_numbers(rule)
    for rule in (grammar.VENUE_ADDRESS_RE, grammar.PICKUP_PLACE_RE, grammar.INQUIRY_PLACE_RE)
}
_PERIOD = grammar.group_numbers(grammar.SERVICE_PERIOD_RE)
_DEADLINE = grammar.group_numbers(grammar.AFTER_SERVICE_DEADLINE_RE)
_PHONES = grammar.group_numbers(grammar.PHONES_RE)
_CONTACTS = grammar.group_numbers(grammar.CONTACTS_RE)


class _Fields:
    """Values and their spans, collected field by field."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.values: dict[str, Any] = {}
        self.spans: dict[str, list[Span]] = {}
        self.findings: list[Finding] = []

    def set(self, name: str, value: Any, span: Span) -> None:
        self.values[name] = value
        self.spans[name] = [span]

    def add(self, name: str, value: str, span: Span) -> None:
        """Append to a list field, once per value."""
        values = self.values.setdefault(name, [])
        if value not in values:
            values.append(value)
            self.spans.setdefault(name, []).append(span)

    def add_printed(self, name: str, span: Span) -> None:
        self.add(name, self.text[span[0] : span[1]], span)

    def items(self, name: str) -> list[tuple[str, Span]]:
        return list(zip(self.values.get(name, []), self.spans.get(name, []), strict=True))


def _search(rule: regex.Pattern[str], text: str, span: Span) -> regex.Match[str] | None:
    return grammar.search(rule, text, span[0], span[1])


def _finditer(rule: regex.Pattern[str], text: str, span: Span) -> list[regex.Match[str]]:
    return list(grammar.finditer(rule, text, span[0], span[1]))


def _read_sides(fields: _Fields, block: Block) -> None:
    """Applicants, respondents, the addressees' role, the cause, the counterparty."""
    text = fields.text
    addressees = [(text[s:e], (s, e)) for s, e in block.parties]
    role: PartyRole | None = None
    intro = _search(grammar.CASE_INTRO_RE, text, block.body)
    if intro:
        sides: tuple[tuple[str, PartyRole], ...] = (("applicants", "applicant"), ("respondents", "respondent"))
        for side, side_role in sides:
            group = _INTRO[side]
            for name, span in zip(intro.captures(group), intro.spans(group), strict=True):
                if grammar.PRONOUN_RE.match(name) and addressees:
                    # "你单位" stands for every addressee, in the place it is printed.
                    role = side_role
                    for addressee, addressee_span in addressees:
                        fields.add(side, addressee, addressee_span)
                else:
                    fields.add(side, name, span)
        fields.set("cause", intro.group(_INTRO["cause"]), intro.span(_INTRO["cause"]))
        if role is None and addressees:
            names = {name for name, _ in addressees}
            if names & set(fields.values.get("respondents", [])):
                role = "respondent"
            elif names & set(fields.values.get("applicants", [])):
                role = "applicant"
    else:
        subject = _search(grammar.INSPECTION_SUBJECT_RE, text, block.body)
        if subject:
            role = "subject"
            fields.set("cause", subject.group(_SUBJECT["cause"]), subject.span(_SUBJECT["cause"]))
    if role is None and block.role_word:
        role_word = text[block.role_word[0] : block.role_word[1]]
        role = "applicant" if grammar.APPLICANT_ROLE_RE.match(role_word) else "respondent"
    fields.values["party_role"] = role
    opposing = {"applicant": "respondents", "respondent": "applicants"}.get(role or "")
    if opposing:
        for name, span in fields.items(opposing):
            fields.add("counterparty", name, span)


def _read_documents(fields: _Fields, body: Span) -> None:
    titled = _finditer(grammar.DOCUMENT_TITLE_RE, fields.text, body)
    if titled:
        for match in titled:
            fields.add_printed("documents", match.span(_TITLE["document"]))
        return
    served = _search(grammar.SERVED_DOCUMENTS_RE, fields.text, body)
    if served:
        for span in served.spans(_SERVED["document"]):
            fields.add_printed("documents", span)
        return
    decision = _search(grammar.DECISION_DOCUMENT_RE, fields.text, body)
    if decision:
        fields.add_printed("documents", decision.span(_DECISION["document"]))


def _read_hearing(fields: _Fields, body: Span, published: dt.date | None) -> regex.Match[str] | None:
    text = fields.text
    hearing = _search(grammar.HEARING_RE, text, body)
    if not hearing:
        said = _search(grammar.HEARING_MARKER_RE, text, body)
        if said:
            zh, en = "公告提到开庭，但未找到开庭时间", "the notice speaks of a hearing but no hearing time was found"
            fields.findings.append(finding("hearing_not_found", said.span(), zh, en))
        return None
    start, end = hearing.span(_HEARING["when"])
    end = start + len(text[start:end].rstrip(" \t\u3000\xa0"))
    fields.set("hearing_text", text[start:end], (start, end))
    reading: WhenReading = read_when(text, start, end, published)
    if reading.date is not None and reading.date.value is not None:
        fields.set("hearing_date", reading.date.value, reading.date.span)
    if reading.time is not None and reading.time.value is not None:
        fields.set("hearing_time", reading.time.value, reading.time.span)
    fields.findings += reading.findings
    return hearing


def _read_venue(fields: _Fields, kind: Kind, body: Span, hearing: regex.Match[str] | None) -> None:
    text = fields.text
    if hearing is not None and hearing.group(_HEARING["venue"]):
        # 在本院第一法庭公开开庭: the court names the room in the hearing sentence.
        fields.set("venue", hearing.group(_HEARING["venue"]), hearing.span(_HEARING["venue"]))
        return
    after_hearing = (hearing.end(), body[1]) if hearing is not None else body
    rules = [grammar.VENUE_ADDRESS_RE, grammar.PICKUP_PLACE_RE]
    if kind == "inspection_inquiry":
        rules.insert(0, grammar.INQUIRY_PLACE_RE)
    for rule in rules:
        match = _search(rule, text, after_hearing)
        if match:
            venue = _PLACE[rule]["venue"]
            fields.set("venue", match.group(venue), match.span(venue))
            return


def _read_deadlines(fields: _Fields, kind: Kind, body: Span, published: dt.date | None) -> None:
    """served_on = publication + the stated period; respond_by where a deadline is set."""
    if published is None:
        return
    text = fields.text
    period = _search(grammar.SERVICE_PERIOD_RE, text, body)
    if not period:
        return
    served_on = published + dt.timedelta(days=to_int(period.group(_PERIOD["days"])))
    fields.set("served_on", served_on, period.span())
    if kind == "award_service" and period.group(_PERIOD["within"]):
        # 请自本公告发布之日起30日内…领取: the pick-up deadline is the same day.
        fields.set("respond_by", served_on, period.span())
    deadline = _search(grammar.AFTER_SERVICE_DEADLINE_RE, text, body)
    if deadline:
        fields.set(
            "respond_by", served_on + dt.timedelta(days=to_int(deadline.group(_DEADLINE["days"]))), deadline.span()
        )


def _kind(text: str, body: Span, hearing: regex.Match[str] | None) -> Kind:
    if hearing is not None:
        return "hearing"
    if _search(grammar.INSPECTION_MARKER_RE, text, body):
        return "inspection_inquiry"
    if _search(grammar.DECISION_DOCUMENT_RE, text, body):
        return "award_service"
    return "other"


def extract(text: str, block: Block, file: str | None = None) -> Notice:
    """The record for one block of ``text``."""
    fields = _Fields(text)
    for span in block.parties:
        fields.add_printed("party", span)

    published = None
    if block.published:
        date_match = grammar.match(grammar.DATE_RE, text, *block.published)
        if date_match:
            reading = read_date(date_match, "published")
            fields.findings += reading.findings
            if reading.value is not None:
                fields.set("published", reading.value, reading.span)
            published = reading.value
    if block.issuer:
        fields.set("issuer", text[block.issuer[0] : block.issuer[1]], block.issuer)

    hearing = _read_hearing(fields, block.body, published)
    kind = _kind(text, block.body, hearing)
    _read_sides(fields, block)
    case_area = (block.case_line[0] if block.case_line else block.body[0], block.body[1])
    for number, span in find_case_numbers(text, *case_area):
        fields.add("case_numbers", number, span)
    _read_documents(fields, block.body)
    _read_venue(fields, kind, block.body, hearing)
    _read_deadlines(fields, kind, block.body, published)
    # Contact lines may stand after the closing, before the signature.
    contact_area = (block.body[0], block.end)
    for match in _finditer(grammar.PHONES_RE, text, contact_area):
        for span in match.spans(_PHONES["phone"]):
            fields.add_printed("phones", span)
    for match in _finditer(grammar.CONTACTS_RE, text, contact_area):
        for span in match.spans(_CONTACTS["contact"]):
            fields.add_printed("contacts", span)

    if block.truncated:
        zh, en = "公告不完整：没有“特此公告”，也没有落款", "the notice is cut off: no closing and no signature"
        fields.findings.append(finding("notice_truncated", (block.start, block.end), zh, en))
    return Notice(
        kind=kind,
        **fields.values,
        warnings=fields.findings,
        spans=fields.spans,
        source=Source(file=file, start=block.start, end=block.end),
    )
