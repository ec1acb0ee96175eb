"""What a notice's record says beside its text: the court, the publication date, the case number.

API responses and crawler dumps keep a notice's text in one field and facts
about it in others (``Court``, ``PublishDate``, ``bulletin_date``, 案号). The
text is what is read; a record's field only fills what the text lacks, and a
finding (``value_from_record``) says which field gave the value. A field's
value must read as what it claims to be — a crawler's ``case_id`` holding a
phone number (（0830）6224615) gives nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from notices import grammar, lexicon
from notices.catalogue import finding
from notices.models import Notice, Span
from notices.timeparse import read_date

# A value written under a key, and where it stands (None when it is not in the notice's text).
Field = tuple[str, str, Span | None]

_KEY_NOISE = str.maketrans("", "", "_- ")
_DATE_TIME = regex.compile(rf"\s*(?:{grammar.DATE})(?:[\sT]+[0-9:：.]+)?\s*", regex.VERBOSE)
_ISSUER = regex.compile(rf"\s*{grammar.REGION_TAG}?(?P<issuer>{grammar.ISSUER_NAME})\s*", regex.VERBOSE)


def _key(key: str) -> str:
    return key.translate(_KEY_NOISE).lower()


_ISSUER_KEYS = frozenset(_key(k) for k in lexicon.RECORD_ISSUER_KEYS)
_DATE_KEYS = frozenset(_key(k) for k in lexicon.RECORD_DATE_KEYS)
_CASE_KEYS = frozenset(_key(k) for k in lexicon.RECORD_CASE_KEYS)


@dataclass(frozen=True)
class Filled:
    """A value a record gives: the value, the key it came from, and its span (if in the text)."""

    value: object
    key: str
    span: Span | None
    printed: str


def issuer_of(fields: Sequence[Field]) -> Filled | None:
    """The court or committee a record names: Court = "[广东]广州市白云区人民法院" → 广州市白云区人民法院."""
    for key, value, span in fields:
        if _key(key) in _ISSUER_KEYS:
            match = _ISSUER.fullmatch(value)
            if match and grammar.NOT_ISSUER_RE.search(match.group("issuer")) is None:
                start, end = match.span("issuer")
                inner = (
                    None
                    if span is None
                    else (span[0] + start, span[0] + end)
                    if len(value) == span[1] - span[0]
                    else None
                )
                return Filled(match.group("issuer"), key, inner, match.group("issuer"))
    return None


def published_of(fields: Sequence[Field]) -> Filled | None:
    """The publication date a record gives: PublishDate = "2016-01-09 12:00:00" → 2016-01-09."""
    for key, value, span in fields:
        if _key(key) in _DATE_KEYS:
            match = _DATE_TIME.fullmatch(value)
            if match is None:
                continue
            date = grammar.DATE_RE.search(value)
            if date is None:
                continue
            reading = read_date(date, "published")
            if reading.value is not None:
                inner = None
                if span is not None and len(value) == span[1] - span[0]:
                    inner = (span[0] + date.start(), span[0] + date.end())
                return Filled(reading.value, key, inner, date.group())
    return None


def case_number_of(fields: Sequence[Field]) -> Filled | None:
    """A case number a record gives, when its value reads whole as one with 号 and a plausible year."""
    for key, value, span in fields:
        if _key(key) in _CASE_KEYS:
            match = grammar.CASE_NUMBER_RE.fullmatch(value.strip())
            if match and match.group("hao"):
                inner = span if span is not None and len(value) == span[1] - span[0] else None
                return Filled(value.strip(), key, inner, value.strip())
    return None


def fill(record: Notice, fields: Sequence[Field], where: str) -> None:
    """Fill what ``record``'s text lacks from its record's ``fields``; ``where`` names the record."""
    for name, found in (
        ("issuer", issuer_of(fields) if record.issuer is None else None),
        ("published", published_of(fields) if record.published is None else None),
        ("case_numbers", case_number_of(fields) if not record.case_numbers else None),
    ):
        if found is None:
            continue
        value = [found.value] if name == "case_numbers" else found.value
        setattr(record, name, value)
        if found.span is not None:
            record.spans[name] = [found.span]
        zh = f"{name}取自记录字段“{found.key}”（{where}）：{found.printed}"
        en = f"{name} taken from the record's field '{found.key}' ({where}): {found.printed}"
        record.warnings.append(finding("value_from_record", found.span, zh, en, field=name))


def published_date(value: str) -> dt.date | None:
    """A record field's value read as a date (for CSV cells and the like)."""
    found = published_of([("publishdate", value, None)])
    return found.value if found is not None and isinstance(found.value, dt.date) else None
