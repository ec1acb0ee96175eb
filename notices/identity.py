"""Who and what a notice is about: the key that makes two printings one notice, and a hearing's UID.

A notice is printed on several days, and a hearing is moved by a later
notice; neither makes it another notice. What stays is who issued it, which
cases, whom it addresses and what kind of notice it is — never its dates or
times. The same key gives a calendar event its UID, so a moved hearing
replaces its event instead of adding a second one.

>>> from notices.models import Notice, Source
>>> first = Notice(kind="hearing", party=["甲某"], case_numbers=["青劳人仲案字[2026]第1号"],
...                issuer="某仲裁委员会", hearing_date="2026-04-22", source=Source(file="a.txt", start=0, end=9))
>>> moved = first.model_copy(update={"hearing_date": "2026-04-28", "hearing_time": "09:00"})
>>> identity(first).uid() == identity(moved).uid()
True
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass

from notices.models import Notice

# Printed bracket shapes of a case number's year that do not make another number: [2026] ［2026］ 〔2026〕 【2026】.
_BRACKETS = str.maketrans({"〔": "[", "【": "[", "〕": "]", "】": "]"})


def fold(text: str) -> str:
    """A name as compared, not as shown: width (NFKC), spacing and bracket shapes folded.

    >>> fold("青黄劳人仲案字〔2026〕第 20406号") == fold("青黄劳人仲案字［2026］第20406号")
    True
    """
    return unicodedata.normalize("NFKC", "".join(text.split())).translate(_BRACKETS)


def _folded_set(values: list[str]) -> tuple[str, ...]:
    return tuple(sorted({fold(v) for v in values}))


@dataclass(frozen=True)
class Identity:
    """What makes a notice that notice: issuer, case numbers, whom it names, and its kind.

    ``who`` is the addressees; a court's listing addresses nobody, so then the
    sides it names. A notice with neither a case number nor any name cannot be
    told from another of its issuer: ``where`` (file and offset) keeps each such
    printing apart, so that two of them are never merged into one — a second
    event is safer than a lost hearing."""

    kind: str
    issuer: str
    case_numbers: tuple[str, ...]
    who: tuple[str, ...]
    where: str | None = None

    def key(self) -> str:
        return json.dumps([self.kind, self.issuer, self.case_numbers, self.who, self.where], ensure_ascii=False)

    def uid(self) -> str:
        return f"{hashlib.sha256(self.key().encode()).hexdigest()[:32]}@notices"


def identity(record: Notice, kind: str | None = None) -> Identity:
    """The identity of ``record``, as a notice of ``kind`` (default: the record's own kind)."""
    cases = _folded_set(record.case_numbers)
    who = _folded_set(record.party) or _folded_set(record.applicants + record.respondents)
    where = None if cases or who else f"{record.source.file}@{record.source.start}"
    return Identity(kind or record.kind, fold(record.issuer or ""), cases, who, where)
