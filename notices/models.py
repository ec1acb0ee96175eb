"""The record a notice becomes, and the findings attached to it.

These names and shapes are the public format (README, "Record format"):
every export and downstream importer relies on them, so they change only
with a changelog entry.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Kind = Literal["hearing", "award_service", "inspection_inquiry", "other"]
PartyRole = Literal["applicant", "respondent", "subject"]
Severity = Literal["error", "warning", "info"]
SourceFormat = Literal["text", "html", "message", "rtf"]
Span = tuple[int, int]


class Finding(BaseModel):
    """Something wrong or doubtful about a record, and where it was printed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(description="Stable identifier, e.g. hearing_time_malformed.")
    severity: Severity
    field: str | None = Field(description="The record field concerned, if any.")
    message: str = Field(description="Plain words, Chinese then English.")
    span: Span | None = Field(description="[start, end) of the text that triggered it.")


class Source(BaseModel):
    """Where the notice stands: the file and the block's character offsets."""

    model_config = ConfigDict(extra="forbid")

    file: str | None = Field(description="File name, '<stdin>', or null for text given directly.")
    start: int
    end: int
    format: SourceFormat = Field(
        default="text",
        description=(
            "'html' when the text was extracted from a web page, 'message' when it is a message's body (an"
            " e-mail's, decoded from quoted-printable or base64; a saved HTTP response's, from chunks or gzip),"
            " 'rtf' when it is a rich-text document's text: offsets then index that text."
        ),
    )


class Notice(BaseModel):
    """One 公告, as read from the page. Values are as printed or null, never guessed."""

    model_config = ConfigDict(extra="forbid")

    kind: Kind
    party: list[str] = Field(default_factory=list, description="Addressees: the names before the colon.")
    party_role: PartyRole | None = None
    applicants: list[str] = Field(default_factory=list)
    respondents: list[str] = Field(default_factory=list)
    counterparty: list[str] = Field(default_factory=list, description="The side opposing the addressees.")
    other_parties: list[str] = Field(
        default_factory=list, description="Parties on neither side: 第三人, 原审第三人, 案外人."
    )
    case_numbers: list[str] = Field(default_factory=list, description="Each number written out whole.")
    cause: str | None = None
    documents: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list)
    contacts: list[str] = Field(default_factory=list)
    hearing_date: dt.date | None = None
    hearing_time: str | None = Field(default=None, description="HH:MM, 24-hour; null when not a clock time.")
    hearing_text: str | None = Field(default=None, description="The hearing's date and time as printed.")
    venue: str | None = None
    issuer: str | None = None
    published: dt.date | None = None
    served_on: dt.date | None = Field(default=None, description="The day service is deemed complete.")
    respond_by: dt.date | None = Field(default=None, description="Deadline to collect or to appear, if set.")
    warnings: list[Finding] = Field(default_factory=list)
    spans: dict[str, list[Span]] = Field(
        default_factory=dict,
        description="Per field, one [start, end) per value (per list item), into the source text.",
    )
    source: Source
