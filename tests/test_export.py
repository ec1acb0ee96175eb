"""Exports read back as a clerk's tools would read them: openpyxl, csv, icalendar and vobject."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import openpyxl
import pytest
import vobject
from click.testing import CliRunner

from notices import Notice, Source, parse_file, parse_text
from notices.cli import main
from notices.export import write_atomically
from notices.export.csvout import to_csv
from notices.export.icsout import to_ics
from notices.export.options import ExportOptions
from notices.export.rows import ALL_NOTICES, COLUMNS
from notices.export.xlsxout import to_xlsx
from notices.textwidth import display_width

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
HOSTILE = ROOT / "fixtures" / "noise" / "formula_injection.txt"
TODAY = dt.date(2026, 3, 6)
Page = tuple[list[Notice], ExportOptions]


@pytest.fixture(scope="module")
def page() -> Page:
    records = parse_file(PAGE, today=TODAY)
    return records, ExportOptions(texts={str(PAGE): PAGE.read_text(encoding="utf-8")})


def _book(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_xlsx_sheets_and_schedule_in_date_order(page: Page) -> None:
    book = _book(to_xlsx(*page))
    assert book.sheetnames == ["开庭排期", "全部公告", "检查结果", "打印排期"]
    schedule = book["开庭排期"]
    head = [c.value for c in schedule[1]]
    assert head[:4] == ["开庭日期", "开庭时间", "地点", "案号"]
    rows = list(schedule.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 8
    when = [(r[0].date() if isinstance(r[0], dt.datetime) else r[0], r[1]) for r in rows]
    assert when == [
        (dt.date(2026, 4, 20), dt.time(14, 0)),
        (dt.date(2026, 4, 20), dt.time(14, 0)),
        (dt.date(2026, 4, 21), dt.time(9, 15)),
        (dt.date(2026, 4, 21), dt.time(14, 0)),
        (dt.date(2026, 4, 21), dt.time(14, 30)),
        (dt.date(2026, 4, 22), None),  # "30分": the time is left empty, never guessed
        (dt.date(2026, 4, 23), dt.time(9, 30)),
        (dt.date(2026, 4, 23), dt.time(14, 0)),
    ]
    assert "hearing_time_malformed" in str(rows[5][head.index("检查结果")])


def test_xlsx_cells_are_typed_and_the_sheet_is_usable(page: Page) -> None:
    book = _book(to_xlsx(*page))
    sheet = book["全部公告"]
    assert len(list(sheet.iter_rows(min_row=2))) == 13
    head = [c.value for c in sheet[1]]
    first = sheet[2]
    date_cell, time_cell = first[head.index("开庭日期")], first[head.index("开庭时间")]
    assert isinstance(date_cell.value, dt.date) and date_cell.is_date
    assert date_cell.number_format == "yyyy-mm-dd"
    assert isinstance(time_cell.value, dt.time)
    assert time_cell.number_format == "hh:mm"
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == sheet.dimensions
    assert all(c.font.bold for c in sheet[1])
    # A CJK character is two columns wide: the venue column fits 青岛市西海岸新区… (capped at 50).
    venue_width = sheet.column_dimensions["I"].width
    assert head[8] == "地点" and venue_width == 52
    # The venue (wider than 50) wraps and its row is set taller; a short name does not wrap.
    assert first[8].alignment.wrap_text and not first[head.index("当事人")].alignment.wrap_text
    assert sheet.row_dimensions[2].height > 16 and sheet.row_dimensions[2].height % 16 == 0  # wrapped: 16 a line
    # Printed: landscape A4 at full size (not shrunk to one page wide), header row and first column on every page.
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9)
    fit = sheet.sheet_properties.pageSetUpPr
    assert fit is None or not fit.fitToPage
    assert sheet.print_title_rows == "$1:$1" and sheet.print_title_cols == "$A:$A"
    assert book.properties.title and book.properties.created


def test_xlsx_fills_rows_by_their_worst_finding(page: Page) -> None:
    sheet = _book(to_xlsx(*page))["全部公告"]
    fills = [row[0].fill.fgColor.rgb if row[0].fill.fill_type else None for row in sheet.iter_rows(min_row=2)]
    # Notice 9 has the error (malformed time); the rest carry info findings only, which are not coloured.
    assert fills[8] == "00FFC7CE"
    assert [f for i, f in enumerate(fills) if i != 8] == [None] * 12


def test_xlsx_warning_rows_are_yellow() -> None:
    records = parse_file(ROOT / "fixtures" / "checks" / "weekday_mismatch.txt", today=TODAY)
    sheet = _book(to_xlsx(records, ExportOptions()))["全部公告"]
    assert sheet["A2"].fill.fgColor.rgb == "00FFEB9C"


def test_xlsx_english_headers() -> None:
    records = parse_file(PAGE, today=TODAY)
    sheet = _book(to_xlsx(records, ExportOptions(header="en")))["全部公告"]
    assert [c.value for c in sheet[1]] == ALL_NOTICES


def test_findings_sheet_quotes_the_source(page: Page) -> None:
    sheet = _book(to_xlsx(*page))["检查结果"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 15  # 1 error, 14 info
    malformed = next(r for r in rows if r[2] == "hearing_time_malformed")
    assert malformed[0] == "青黄劳人仲案字[2025]第9208号"
    assert malformed[3] == "error"
    assert malformed[6] == "30分"


def test_display_width_counts_cjk_twice() -> None:
    assert display_width("0219室") == 6
    assert display_width("青岛") == 4
    assert display_width("１２") == 4


def test_csv_has_a_bom_and_round_trips(page: Page) -> None:
    data = to_csv(*page)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 13
    assert list(rows[0]) == [COLUMNS[k].label for k in ALL_NOTICES]
    assert rows[0]["案号"] == "青黄劳人仲案字[2026]第20406号、青黄劳人仲案字[2026]第20547号"
    assert rows[0]["开庭日期"] == "2026-04-20" and rows[0]["开庭时间"] == "14:00"
    assert rows[8]["开庭时间"] == "" and "hearing_time_malformed" in rows[8]["检查结果"]


def test_formula_like_text_is_neutralized_in_csv_and_excel() -> None:
    records = parse_file(HOSTILE, today=TODAY)
    assert records[0].party[0] == '=HYPERLINK("//evil.example/x")'
    row = next(csv.DictReader(io.StringIO(to_csv(records, ExportOptions()).decode("utf-8-sig"))))
    assert row["当事人"] == '\'=HYPERLINK("//evil.example/x")、+1某某公司'
    sheet = _book(to_xlsx(records, ExportOptions()))["全部公告"]
    cell = sheet["B2"]
    assert cell.value == '=HYPERLINK("//evil.example/x")、+1某某公司'
    assert cell.data_type == "s" and cell.quotePrefix


def _events(data: bytes) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_ics_events_for_hearings(page: Page) -> None:
    data = to_ics(*page)
    events = _events(data)
    assert len(events) == 8
    timed = [e for e in events if isinstance(e.decoded("dtstart"), dt.datetime)]
    assert len(timed) == 7
    assert {str(e.decoded("dtstart").tzinfo) for e in timed} == {"Asia/Shanghai"}
    first = timed[0]
    assert first.decoded("dtstart") == dt.datetime(2026, 4, 20, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert first.decoded("dtend") - first.decoded("dtstart") == dt.timedelta(hours=1)
    assert str(first["summary"]).startswith("开庭：青黄劳人仲案字[2026]第20406号")
    assert str(first["location"]) == "青岛市西海岸新区双珠路166号机关西部办公中心2号楼0219室"
    assert "农民工工资纠纷" in str(first["description"])
    [all_day] = [e for e in events if e not in timed]
    assert all_day.decoded("dtstart") == dt.date(2026, 4, 22)
    assert "时间待确认" in str(all_day["summary"])
    assert "hearing_time_malformed" in str(all_day["description"])
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:Asia/Shanghai" in data
    assert b"PRODID:" in data and all("dtstamp" in e for e in events)


def test_ics_reads_in_a_second_parser(page: Page) -> None:
    calendar = vobject.readOne(to_ics(*page).decode("utf-8"))
    events = calendar.vevent_list
    assert len(events) == 8
    starts = sorted(str(e.dtstart.value) for e in events)
    assert starts[0] == "2026-04-20 14:00:00+08:00"
    assert "2026-04-22" in starts


def test_ics_uids_are_stable_and_updates_replace(page: Page) -> None:
    records, options = page
    again = parse_file(PAGE, today=dt.date(2026, 4, 1))  # another day: findings differ, UIDs must not
    uids = [str(e["uid"]) for e in _events(to_ics(records, options))]
    assert uids == [str(e["uid"]) for e in _events(to_ics(again, options))]
    assert len(set(uids)) == 8


SET = """青岛市市北区劳动人事争议仲裁委员会
公告
甲某：
本委受理申请人乙某与你劳动争议一案（青北劳人仲案字[2026]第31号），现依法向你公告送达开庭通知书。本委定于2026年5月19日14时00分在本委第一仲裁庭开庭审理，逾期不到庭，本委将依法缺席裁决。
青岛市市北区劳动人事争议仲裁委员会
2026年3月2日
"""
MOVED = """青岛市市北区劳动人事争议仲裁委员会
公告
甲某：
本委受理申请人乙某与你劳动争议一案（青北劳人仲案字[2026]第31号），原定于2026年5月19日14时00分开庭，现变更为2026年5月21日9时00分，地点不变。
特此公告
青岛市市北区劳动人事争议仲裁委员会
2026年4月9日
"""


def test_a_moved_hearing_is_the_hearings_event_and_in_the_schedule() -> None:
    """A correction that moves a hearing (kind other) is that hearing in the calendar and the schedule: alone (the
    notice that set it not read), under the hearing's own UID; beside that notice, its event replaces the first."""
    [moved] = parse_text(MOVED, today=TODAY)
    assert moved.kind == "other" and [w.code for w in moved.warnings] == ["hearing_rescheduled"]
    [event] = _events(to_ics([moved], ExportOptions()))
    assert event.decoded("dtstart") == dt.datetime(2026, 5, 21, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    [first] = _events(to_ics(parse_text(SET, today=TODAY), ExportOptions()))
    assert str(event["uid"]) == str(first["uid"])
    [both] = _events(to_ics(parse_text(SET + "\n" + MOVED, today=TODAY), ExportOptions()))
    assert both.decoded("dtstart") == event.decoded("dtstart")
    rows = list(_book(to_xlsx([moved], ExportOptions()))["开庭排期"].iter_rows(min_row=2, values_only=True))
    assert [(r[0].date() if isinstance(r[0], dt.datetime) else r[0], r[1]) for r in rows] == [
        (dt.date(2026, 5, 21), dt.time(9, 0))
    ]


def test_ics_duration_and_deadlines(page: Page) -> None:
    records, _ = page
    events = _events(to_ics(records, ExportOptions(duration_minutes=90, deadlines=True)))
    assert len(events) == 8 + 5  # four awards to collect, one inquiry
    timed = [e for e in events if isinstance(e.decoded("dtstart"), dt.datetime)]
    assert {e.decoded("dtend") - e.decoded("dtstart") for e in timed} == {dt.timedelta(minutes=90)}
    deadlines = [e for e in events if str(e["summary"]).startswith(("领取文书截止", "接受调查询问截止"))]
    # 30 days from 3月6日 end on 清明节 (4月5日), so run to the next working day, 4月7日; the inquiry 3 days on.
    assert sorted(e.decoded("dtstart") for e in deadlines) == [dt.date(2026, 4, 7)] * 4 + [dt.date(2026, 4, 10)]


@pytest.mark.parametrize(
    ("suffix", "check"), [(".xlsx", b"PK"), (".csv", b"\xef\xbb\xbf"), (".ics", b"BEGIN:VCALENDAR")]
)
def test_cli_picks_the_format_from_the_extension(tmp_path: Path, suffix: str, check: bytes) -> None:
    out = tmp_path / f"schedule{suffix}"
    result = CliRunner().invoke(main, ["parse", str(PAGE), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(check)


def test_cli_format_overrides_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "schedule.txt"
    result = CliRunner().invoke(main, ["parse", str(PAGE), "-o", str(out), "--format", "csv"])
    assert result.exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    unknown = CliRunner().invoke(main, ["parse", str(PAGE), "-o", str(tmp_path / "x.doc")])
    assert unknown.exit_code == 2 and "unknown extension" in unknown.stderr


def test_existing_output_is_refused_before_anything_is_read(tmp_path: Path) -> None:
    out = tmp_path / "schedule.xlsx"
    out.write_bytes(b"a clerk's edited schedule")
    result = CliRunner().invoke(main, ["parse", str(PAGE), "-o", str(out)])
    assert result.exit_code == 2
    assert f"{out}: already exists (use --force to replace it)" in result.stderr
    assert out.read_bytes() == b"a clerk's edited schedule"


def test_a_failure_mid_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "schedule.csv"
    out.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space"):
        write_atomically(out, b"new", force=True)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["schedule.csv"]


def test_written_files_get_the_usual_permissions(tmp_path: Path) -> None:
    out = tmp_path / "schedule.csv"
    mask = os.umask(0o022)
    try:
        write_atomically(out, b"new")
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's private 0600
    out.chmod(0o664)
    write_atomically(out, b"newer", force=True)
    assert out.stat().st_mode & 0o777 == 0o664  # a replaced file keeps its mode


def test_a_workbook_is_not_written_to_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("notices.cli._stdout_is_terminal", lambda: True)
    result = CliRunner().invoke(main, ["parse", str(PAGE), "--format", "xlsx"])
    assert result.exit_code == 2 and "-o FILE.xlsx" in result.stderr


def _uid(record: Notice) -> str:
    [event] = _events(to_ics([record], ExportOptions()))
    return str(event["uid"])


def test_ics_uid_is_who_and_what_never_when(page: Page) -> None:
    """A hearing moved by a later notice keeps its event; another party, case, issuer or kind is another event."""
    records, _ = page
    first = records[0]
    moved = first.model_copy(update={"hearing_date": dt.date(2026, 4, 28), "hearing_time": "09:00"})
    assert _uid(moved) == _uid(first)
    for other in (
        {"party": ["另一人"]},
        {"case_numbers": ["青黄劳人仲案字[2026]第20406号"]},
        {"issuer": "青岛西海岸新区劳动人事争议仲裁委员会"},
    ):
        assert _uid(first.model_copy(update=other)) != _uid(first), other
    # Printing differences are not another case: full-width brackets, spaces.
    printed = first.model_copy(update={"case_numbers": [n.replace("[", "［ ") for n in first.case_numbers]})
    assert _uid(printed) == _uid(first)


def test_ics_uid_of_a_notice_naming_no_case_and_no_party_is_its_place() -> None:
    bare = Notice(
        kind="hearing",
        issuer="某仲裁委员会",
        hearing_date=dt.date(2026, 4, 20),
        source=Source(file="a.txt", start=5, end=90),
    )
    assert _uid(bare) == _uid(bare.model_copy(update={"hearing_date": dt.date(2026, 4, 21)}))
    assert _uid(bare) != _uid(bare.model_copy(update={"source": Source(file="a.txt", start=95, end=180)}))


def test_ics_a_notice_printed_twice_in_a_run_is_one_event_from_the_latest_printing(page: Page) -> None:
    records, options = page
    later = [
        r.model_copy(update={"published": dt.date(2026, 3, 9), "source": r.source.model_copy(update={"file": "b.txt"})})
        for r in records
    ]
    later[0] = later[0].model_copy(update={"hearing_date": dt.date(2026, 4, 28), "hearing_time": "09:00"})
    events = _events(to_ics(later + records, options))  # the later printing first: order in the run does not matter
    assert len(events) == 8
    moved = next(e for e in events if str(e["summary"]).startswith("开庭：青黄劳人仲案字[2026]第20406号"))
    assert moved.decoded("dtstart") == dt.datetime(2026, 4, 28, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
