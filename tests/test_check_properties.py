"""Property tests for the checks: they never raise, and a valid notice gets no error."""

from __future__ import annotations

import datetime as dt

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from notices import parse_text
from notices.api import read_notices
from notices.batch import _append_warnings
from notices.models import Finding, Notice, Source
from notices.validate import StreamChecks, validate

names = st.text(alphabet="青岛島海爾尔甲乙丙某有限公司（）[]〔〕第号0123456789", min_size=0, max_size=20)
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
spans = st.tuples(st.integers(0, 500), st.integers(0, 500))

records = st.builds(
    Notice,
    kind=st.sampled_from(["hearing", "award_service", "inspection_inquiry", "other"]),
    party=st.lists(names, max_size=3),
    applicants=st.lists(names, max_size=3),
    respondents=st.lists(names, max_size=3),
    case_numbers=st.lists(names, max_size=3),
    hearing_date=dates,
    hearing_time=st.none() | st.sampled_from(["00:00", "09:30", "14:00", "23:59"]),
    venue=st.none() | names,
    issuer=st.none() | names,
    published=dates,
    served_on=dates,
    spans=st.dictionaries(st.sampled_from(["party", "case_numbers", "hearing_date", "venue"]), st.lists(spans)),
    source=st.builds(Source, file=st.none() | st.just("page.txt"), start=st.just(0), end=st.just(10)),
)


@given(st.lists(records, max_size=6), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_checks_never_raise(batch: list[Notice], today: dt.date) -> None:
    for record in validate(batch, today):
        for finding in record.warnings:
            assert finding.message and finding.code


def _next_working_day(day: dt.date) -> dt.date:
    """Service is complete on the period's last day, or the first working day after it (民事诉讼法 第八十五条)."""
    calendar = holidays.country_holidays("CN")
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


TEMPLATE = """公告

张某某：

本委已受理你与青岛某某有限公司劳动争议一案（青劳人仲案字[{year}]第{number}号）。因向你直接、邮寄送达相关文书不成，故依法向你公告送达《受理、开庭通知书》等法律文书，自本公告发布之日起经过30日即视为送达。本委定于{hearing:%Y}年{hearing.month}月{hearing.day}日{hour}时{minute:02d}分开庭审理此案，地址为青岛市黄岛区长江中路359号202室。

特此公告

青岛市黄岛区劳动人事争议仲裁委员会

{published:%Y}年{published.month}月{published.day}日
"""


@settings(max_examples=60)
@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(5, 60),
    st.integers(8, 17),
    st.integers(0, 59),
    st.integers(1, 99999),
)
def test_a_valid_notice_gets_no_error(published: dt.date, days_after: int, hour: int, minute: int, number: int) -> None:
    hearing = _next_working_day(published + dt.timedelta(days=30)) + dt.timedelta(days=days_after)
    text = TEMPLATE.format(
        year=published.year, number=number, hearing=hearing, hour=hour, minute=minute, published=published
    )
    [record] = parse_text(text, today=published)
    assert record.hearing_date == hearing
    assert record.hearing_time == f"{hour:02d}:{minute:02d}"
    assert [w for w in record.warnings if w.severity == "error"] == []


findings = st.builds(
    Finding,
    code=st.just("venue_conflict"),
    severity=st.just("info"),
    field=st.just("venue"),
    message=st.text(),
    span=st.none() | spans,
)


@given(records, st.text(), st.lists(findings, max_size=3), st.lists(findings, min_size=1, max_size=3))
def test_batch_findings_spliced_into_a_json_line_equal_the_record_dumped(
    record: Notice, name: str, earlier: list[Finding], later: list[Finding]
) -> None:
    """--jobs JSONL adds batch findings to a worker's JSON line as text; any name (quotes,
    brackets, '],"spans":{') must leave the same line as adding them to the record."""
    record.party.append(name)
    record.warnings = earlier
    line = record.model_dump_json().encode()
    record.warnings = earlier + later
    assert _append_warnings(line, later) == record.model_dump_json().encode()


@settings(max_examples=10, deadline=None)
@given(st.integers(2, 9))
def test_a_shared_slot_names_a_few_other_cases_and_counts_the_rest(n: int) -> None:
    """n cases at one place, day and time: each finding names at most three others and says
    how many there are; with --stream, a notice hears only of the cases before it."""
    published = dt.date(2026, 3, 6)
    hearing = dt.date(2026, 4, 20)
    text = "\n".join(
        TEMPLATE.format(year=2026, number=number, hearing=hearing, hour=14, minute=0, published=published)
        for number in range(1, n + 1)
    )

    def conflicts(record: Notice) -> list[str]:
        return [w.message.split(" / ")[0] for w in record.warnings if w.code == "venue_conflict"]  # the Chinese half

    def case(number: int) -> str:
        return f"青劳人仲案字[2026]第{number}号（青岛市黄岛区劳动人事争议仲裁委员会）"

    for index, record in enumerate(parse_text(text, today=published)):
        others = [case(number) for number in range(1, n + 1) if number != index + 1]
        count = f" 等{n - 1}件" if n - 1 > 3 else ""
        assert conflicts(record) == [f"{hearing} 14:00同一地点另有开庭：{'、'.join(others[:3])}{count}"]

    checks = StreamChecks(today=published)
    for index, record in enumerate(read_notices(text)):
        earlier = [case(number) for number in range(1, index + 1)]
        count = f" 等{index}件" if index > 3 else ""
        expected = [f"{hearing} 14:00同一地点另有开庭：{'、'.join(earlier[:3])}{count}"] if earlier else []
        assert conflicts(checks.check(record)) == expected
