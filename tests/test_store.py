"""The store: printings merged, corrections applied, a schedule drawn — from pages, through the library."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from notices.api import FileResult, read_notices
from notices.batch import InputOptions
from notices.models import Notice
from notices.schedule import AddReport, Window, add_files, schedule
from notices.store import open_store

ROOT = Path(__file__).resolve().parent.parent
STORE = ROOT / "fixtures" / "store"
SEED = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
WEEK = json.loads((STORE / "week.json").read_text(encoding="utf-8"))
TODAY = dt.date(2026, 4, 9)


def clock() -> Callable[[], dt.datetime]:
    """A clock that moves a minute at every reading: what the store stamps is the same in every run."""
    ticks = itertools.count()
    return lambda: dt.datetime(2026, 4, 7, 1, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=next(ticks))


def add(db: Path, *paths: Path, at: Callable[[], dt.datetime] | None = None) -> AddReport:
    return add_files(db, list(paths), InputOptions(), clock=at or clock())


def pages(tmp_path: Path, *names: str) -> list[Path]:
    """Copies of fixtures/store pages, named as a clerk saves them."""
    copies = []
    for name in names:
        copy = tmp_path / name
        shutil.copy(STORE / name, copy)
        copies.append(copy)
    return copies


def printings(db: Path) -> dict[str, list[int]]:
    """Per case number: how many printings each notice naming it has, in the order stored."""
    with contextlib.closing(open_store(db, create=False)) as store:
        numbers = [n for (n,) in store.connection.execute("SELECT DISTINCT printed FROM case_numbers ORDER BY 1")]
        return {n: [len(notice.printings) for notice in store.case_notices(n)] for n in numbers}


# ---------------------------------------------------------------- a clerk's week (fixtures/store/week.json)


def test_a_clerks_week(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    tick = clock()
    for page, expected in zip(pages(tmp_path, *WEEK["days"]), WEEK["added"], strict=True):
        report = add(db, page, at=tick)
        [file] = report.files
        assert (file.new, file.seen_again, file.already) == (
            expected["new"],
            expected["seen_again"],
            expected["already"],
        )
        assert [change.told() for change in file.changes] == expected["changes"]
    window = Window(dt.date.fromisoformat(WEEK["window"]["from"]), dt.date.fromisoformat(WEEK["window"]["to"]))
    result = schedule(db, window, dt.date.fromisoformat(WEEK["today"]))
    got = [
        {
            "case": "、".join(r.case_numbers),
            "party": "、".join(r.party),
            "when": f"{r.hearing_date} {r.hearing_time}",
            "venue": r.venue,
            "status": state.status,
            "sequence": state.sequence,
            "findings": [w.code for w in r.warnings],
            "shown_from": Path(r.source.file or "").name,
        }
        for r, state in zip(result.records, result.events, strict=True)
    ]
    assert got == WEEK["schedule"]
    assert printings(db) == WEEK["printings"]


# Fields whose value is the printed text itself (the others are written in a normal form).
PRINTED_AS_IS = {"party", "applicants", "respondents", "counterparty", "cause", "documents", "venue", "issuer",
                 "hearing_text", "phones", "contacts"}  # fmt: skip


def test_every_span_of_a_schedule_indexes_its_own_text(tmp_path: Path) -> None:
    """Values carried from another printing (the place 地点不变 kept) have no span; every span left is exact."""
    db = tmp_path / "notices.db"
    add(db, *pages(tmp_path, *WEEK["days"]))
    result = schedule(db, Window(), TODAY)
    for record in result.records:
        text = result.texts[record.source.file]
        for name, spans in record.spans.items():
            values = getattr(record, name)
            for value, (start, end) in zip(values if isinstance(values, list) else [values], spans, strict=False):
                if name in PRINTED_AS_IS:
                    assert text[start:end] == value, (name, value)
    moved = next(r for r in result.records if r.case_numbers == ["青黄劳人仲案字[2026]第21013号"])
    assert "venue" not in moved.spans and moved.venue == "青岛市西海岸新区双珠路166号机关西部办公中心2号楼0219室"
    assert moved.served_on == dt.date(2026, 5, 7)  # served by the notice of 04-07, not by the correction


def test_the_same_page_added_again_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    [day] = pages(tmp_path, "2026-04-07.txt")
    add(db, day)
    again = tmp_path / "archive" / "newspaper.txt"  # the same bytes, saved under another name
    again.parent.mkdir()
    shutil.copy(day, again)
    [first, second] = add(db, day, again).files
    assert (first.new, first.seen_again, first.already) == (0, 0, 4)
    assert (second.new, second.seen_again, second.already) == (0, 0, 4)
    assert set(map(tuple, printings(db).values())) == {(1,)}


def test_a_page_of_news_only_keeps_nothing(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    [news] = add(db, ROOT / "seeds" / "001_5c4f81da8e198fe9.txt").files
    assert (news.notices, news.new) == (0, 0)
    with contextlib.closing(open_store(db, create=False)) as store:
        assert store.connection.execute("SELECT count(*) FROM files").fetchone() == (0,)


def test_seed_printed_on_three_days_is_thirteen_notices_with_two_or_three_printings(tmp_path: Path) -> None:
    """The seed page twice (the second time changes nothing), then printed again on 3月9日 with every
    notice, and on 3月10日 with the eight hearing notices only (the others were served)."""
    text = SEED.read_text(encoding="utf-8")
    monday = tmp_path / "2026-03-06.txt"
    monday.write_text(text, encoding="utf-8")
    thursday = tmp_path / "2026-03-09.txt"
    thursday.write_text(text.replace("2026年3月6日", "2026年3月9日"), encoding="utf-8")
    friday = tmp_path / "2026-03-10.txt"
    blocks = [text[r.source.start : r.source.end] for r in read_notices(text) if r.kind == "hearing"]
    friday.write_text("\n\n".join(blocks).replace("2026年3月6日", "2026年3月10日"), encoding="utf-8")
    db = tmp_path / "notices.db"
    report = add(db, monday, monday, thursday, friday)
    assert [(f.new, f.seen_again, f.already) for f in report.files] == [(13, 0, 0), (0, 0, 13), (0, 13, 0), (0, 8, 0)]
    with contextlib.closing(open_store(db, create=False)) as store:
        counts = [c for (c,) in store.connection.execute("SELECT count(*) FROM sightings GROUP BY notice_id")]
    assert len(counts) == 13
    assert sorted(counts) == [2] * 5 + [3] * 8
    assert not any(f.changes for f in report.files)  # the same hearings, printed again: nothing moved


# ---------------------------------------------------------------- what later printings do (records written by hand)

FRAME = "公告\n\n{who}：\n\n{body}\n\n特此公告\n\n青岛西海岸新区劳动人事争议仲裁委员会\n\n{published}\n"
CASE = "青黄劳人仲案字[2026]第30001号"
ORIGINAL = f"本委已受理你与某某公司劳动争议一案（{CASE}）。本委定于2026年5月19日14时00分开庭审理此案，地址为长江中路359号202室。"  # noqa: E501


def printed(body: str, published: dt.date, who: str = "甲某") -> str:
    return FRAME.format(who=who, body=body, published=f"{published.year}年{published.month}月{published.day}日")


def record_of(text: str, name: str, hearing: dict[str, object]) -> FileResult:
    """A page of one notice with its record written by hand: the fields a later notice may change are
    placed where the printed text stands, so these tests hold whatever the parser reads."""
    published = dt.date(2026, 4, int(text.split("2026年4月")[-1].split("日")[0]))
    fields: dict[str, object] = {
        "kind": "hearing",
        "party": ["甲某"],
        "case_numbers": [CASE],
        "issuer": "青岛西海岸新区劳动人事争议仲裁委员会",
        "published": published,
        "source": {"file": name, "start": 0, "end": len(text)},
        "spans": {},
    }
    spans: dict[str, list[tuple[int, int]]] = {}
    for field, value in hearing.items():
        fields[field] = value
        if isinstance(value, str) and value in text and field == "hearing_text":
            at = text.index(value)
            spans["hearing_text"] = spans["hearing_date"] = [(at, at + len(value))]
    fields["spans"] = spans
    return FileResult(name, text, [Notice.model_validate(fields)])


def hearing_at(printed_time: str, day: str, clock_time: str, venue: str | None = None) -> dict[str, object]:
    values: dict[str, object] = {"hearing_text": printed_time, "hearing_date": day, "hearing_time": clock_time}
    if venue:
        values["venue"] = venue
    return values


def store_pages(db: Path, *results: FileResult) -> list[list[str]]:
    tick = clock()
    with contextlib.closing(open_store(db)) as store:
        return [[c.told() for c in store.add_file(result, tick()).changes] for result in results]


def the_hearing(db: Path) -> tuple[Notice, str, list[str]]:
    """The one stored hearing: its record, "day time status SEQUENCE n" as a calendar sees it, its findings."""
    result = schedule(db, Window(), TODAY)
    [record] = result.records
    [state] = result.events
    when = f"{record.hearing_date} {record.hearing_time} {state.status} SEQUENCE {state.sequence}"
    return record, when, [w.code for w in record.warnings]


def original(day: int = 7) -> FileResult:
    text = printed(ORIGINAL, dt.date(2026, 4, day))
    values = hearing_at("2026年5月19日14时00分", "2026-05-19", "14:00", "长江中路359号202室")
    return record_of(text, f"2026-04-{day:02}.txt", values)


def correction(body: str, day: int, hearing: dict[str, object] | None = None, name: str | None = None) -> FileResult:
    text = printed(body, dt.date(2026, 4, day))
    return record_of(text, name or f"2026-04-{day:02}-correction.txt", hearing or {})


MOVED = f"本委受理的你与某某公司劳动争议一案（{CASE}），原定于2026年5月19日14时00分开庭，现变更为2026年5月21日9时00分，地点不变。"  # noqa: E501


def moved(day: int = 9) -> FileResult:
    return correction(MOVED, day, hearing_at("2026年5月21日9时00分", "2026-05-21", "09:00"))


def test_a_correction_moves_the_hearing_and_a_later_reprint_of_the_original_does_not_move_it_back(
    tmp_path: Path,
) -> None:
    db = tmp_path / "notices.db"
    told = store_pages(db, original(7), moved(9), original(10))
    assert told == [[], [f"{CASE} rescheduled: 2026-05-19 14:00 → 2026-05-21 09:00"], []]
    record, when, codes = the_hearing(db)
    assert (when, record.venue, codes) == (
        "2026-05-21 09:00 scheduled SEQUENCE 1",
        "长江中路359号202室",
        ["hearing_rescheduled"],
    )
    assert record.source.file == "2026-04-09-correction.txt"


def test_the_order_pages_are_added_in_does_not_matter(tmp_path: Path) -> None:
    """The correction first: its hearing is known from it alone, until the notice that set it comes;
    the calendar never saw the old time, so it sees no move."""
    db = tmp_path / "notices.db"
    assert store_pages(db, moved(9)) == [[]]
    # (地点不变: the place is that of the notice not stored yet)
    assert the_hearing(db)[2] == ["venue_missing", "correction_unmatched"]
    # Only the place is new to the calendar (the correction said 地点不变): the event gains it.
    told = store_pages(db, original(7))
    assert told == [[f"{CASE} rescheduled: 2026-05-21 09:00 → 2026-05-21 09:00 长江中路359号202室"]]
    assert the_hearing(db)[1:] == ("2026-05-21 09:00 scheduled SEQUENCE 1", ["hearing_rescheduled"])


def test_a_correction_whose_new_time_is_unread_leaves_the_hearing_in_doubt_not_moved(tmp_path: Path) -> None:
    """The record of the correction holds the old time (printed after 原定): the store does not believe it."""
    db = tmp_path / "notices.db"
    stale = correction(MOVED, 9, hearing_at("2026年5月19日14时00分", "2026-05-19", "14:00"))
    told = store_pages(db, original(7), stale)
    assert told == [[], [f"{CASE} in_doubt (was set for 2026-05-19 14:00 长江中路359号202室)"]]
    record, when, codes = the_hearing(db)
    assert (when, codes) == ("2026-05-19 14:00 scheduled SEQUENCE 1", ["correction_unread"])
    assert "hearing_date" not in record.spans  # the time shown is the original's, not the correction's text


def test_a_cancelled_hearing_is_kept_marked_and_a_new_hearing_of_the_case_reinstates_it(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    off = correction(
        f"本委受理的你与某某公司劳动争议一案（{CASE}），原定于2026年5月19日14时00分开庭审理，本委决定取消开庭。", 9
    )
    again = correction(
        f"本委已受理你与某某公司劳动争议一案（{CASE}）。本委定于2026年6月2日9时00分开庭审理此案。",
        20,
        hearing_at("2026年6月2日9时00分", "2026-06-02", "09:00"),
        name="2026-04-20.txt",
    )
    told = store_pages(db, original(7), off, again)
    assert told[1] == [f"{CASE} cancelled (was set for 2026-05-19 14:00 长江中路359号202室)"]
    assert told[2] == [f"{CASE} reinstated: 2026-05-19 14:00 → 2026-06-02 09:00"]
    assert the_hearing(db)[1:] == ("2026-06-02 09:00 scheduled SEQUENCE 2", ["hearing_rescheduled"])


def test_a_call_off_of_an_unknown_case_is_kept_and_applied_when_its_hearing_comes(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    off = correction(
        f"本委受理的你与某某公司劳动争议一案（{CASE}），原定于2026年5月19日14时00分开庭审理，现延期开庭，开庭时间另行通知。",
        9,
    )
    with contextlib.closing(open_store(db)) as store:
        report = store.add_file(off, clock()())
    assert report.unmatched == [f"{CASE}（2026-04-09-correction.txt:0-{len(off.text)}）"]
    assert schedule(db, Window(), TODAY).records == []
    store_pages(db, original(7))
    assert the_hearing(db)[1:] == ("2026-05-19 14:00 postponed SEQUENCE 0", ["hearing_cancelled"])


def test_a_window_of_days_venue_and_issuer(tmp_path: Path) -> None:
    db = tmp_path / "notices.db"
    add(db, *pages(tmp_path, *WEEK["days"]))

    def cases(window: Window) -> list[str]:
        return [r.case_numbers[0].split("]")[1] for r in schedule(db, window, TODAY).records]

    assert cases(Window()) == ["第21020号", "第21102号", "第21034号", "第21013号", "第21140号", "第21115号"]
    assert cases(Window(dt.date(2026, 5, 20), dt.date(2026, 5, 21))) == ["第21034号", "第21013号"]
    assert cases(Window(venue="0219室")) == ["第21013号", "第21140号", "第21115号"]
    assert cases(Window(venue="２０２ 室")) == ["第21020号", "第21102号", "第21034号"]  # compared as printed-alike
    assert cases(Window(issuer="黄岛区")) == []
    # Venue conflicts are judged across the whole store, not within the window.
    [first] = schedule(db, Window(end=dt.date(2026, 5, 19), venue="202", issuer="西海岸"), TODAY).records[:1]
    assert [w.code for w in first.warnings] == ["venue_conflict"]


# Through the parser: corrections as the parser reads them (kind other, the new time in the hearing fields).
CHANGED_TO = "原定于2026年5月19日14时00分开庭，现变更为2026年5月21日9时00分开庭，地点不变。"


def _through_the_parser(tmp_path: Path, correction_body: str, heading: str = "公告") -> tuple[Notice, str, list[str]]:
    first = tmp_path / "2026-04-07.txt"
    first.write_text(printed(ORIGINAL, dt.date(2026, 4, 7)), encoding="utf-8")
    second = tmp_path / "2026-04-09.txt"
    body = f"本委受理的你与某某公司劳动争议一案（{CASE}），{correction_body}"
    second.write_text(printed(body, dt.date(2026, 4, 9)).replace("公告", heading, 1), encoding="utf-8")
    db = tmp_path / "notices.db"
    add(db, first, second)
    return the_hearing(db)


@pytest.mark.parametrize("heading", ["公告", "更正公告"])
def test_a_correction_in_the_changed_to_form_moves_the_hearing_through_the_parser(tmp_path: Path, heading: str) -> None:
    record, when, codes = _through_the_parser(tmp_path, CHANGED_TO, heading)
    assert (when, record.venue) == ("2026-05-21 09:00 scheduled SEQUENCE 1", "长江中路359号202室")
    assert codes == ["hearing_rescheduled"]


def test_a_new_time_with_no_kaiting_after_it_moves_the_hearing_through_the_parser(tmp_path: Path) -> None:
    """现变更为2026年5月21日9时00分，地点不变 — the new time read though no 开庭 follows it."""
    _, when, codes = _through_the_parser(tmp_path, CHANGED_TO.replace("9时00分开庭", "9时00分"))
    assert (when, codes) == ("2026-05-21 09:00 scheduled SEQUENCE 1", ["hearing_rescheduled"])
