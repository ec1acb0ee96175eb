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


@pytest.mark.xfail(reason="periods ending on a public holiday are not extended to the next working day")
def test_service_ending_on_a_holiday_runs_to_the_next_working_day() -> None:
    # 2026-03-06 + 30 days = 2026-04-05, 清明; the holiday runs 4–6 April, so service completes on the 7th.
    body = "本委已受理你与某某有限公司劳动争议一案（青劳人仲案字[2026]第1号），自本公告发布之日起经过30日即视为送达。"
    assert _read("张三", body, "某某劳动人事争议仲裁委员会")[0].served_on == dt.date(2026, 4, 7)


def test_a_notice_in_traditional_wording_is_read() -> None:
    body = "本委已受理你與某某有限公司勞動爭議一案（青勞人仲案字[2026]第1號）。本委定於2026年4月20日14時開庭審理此案。"
    [record] = _read("張三", body, "某某勞動人事爭議仲裁委員會")
    assert (record.party_role, record.hearing_time) == ("applicant", "14:00")


@pytest.mark.xfail(reason="a court's answer deadline (答辩期) is not put in respond_by")
def test_a_courts_answer_deadline_is_respond_by() -> None:
    body = (
        "本院受理原告李四诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。"
        "自公告之日起经过30日即视为送达。提出答辩状的期限为公告期满后的15日内。"
    )
    assert _read("张三", body, "某某人民法院")[0].respond_by == dt.date(2026, 4, 20)
