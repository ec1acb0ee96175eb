"""Known gaps, kept as strict xfails: each says what a clerk would expect and the tool does not do yet.

When one starts passing, pytest fails it (xfail_strict), so the gap is closed on purpose, with its
fixture moved to the goldens.
"""

from __future__ import annotations

import datetime as dt

import pytest

from notices import Notice, parse_text

TODAY = dt.date(2026, 3, 6)


def _read(addressee: str, body: str, issuer: str) -> list[Notice]:
    """A one-notice page in the seed's frame: heading, addressee, body, closing, signature."""
    return parse_text(f"公告\n{addressee}：\n{body}\n特此公告\n{issuer}\n2026年3月6日", today=TODAY)


def test_a_notice_in_traditional_wording_is_read() -> None:
    body = "本委已受理你與某某有限公司勞動爭議一案（青勞人仲案字[2026]第1號）。本委定於2026年4月20日14時開庭審理此案。"
    [record] = _read("張三", body, "某某勞動人事爭議仲裁委員會")
    assert (record.party_role, record.hearing_time) == ("applicant", "14:00")
