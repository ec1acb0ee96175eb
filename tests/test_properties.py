"""Property tests: any valid date, time or case number in any printed form reads back to itself."""

from __future__ import annotations

import datetime as dt

import regex
from hypothesis import given
from hypothesis import strategies as st

from notices import grammar, lexicon
from notices.casenumbers import expand, find_case_numbers
from notices.records import _machine_when
from notices.timeparse import read_clock, read_date, read_time_at, read_when

CN = "〇一二三四五六七八九"
FULL_WIDTH = str.maketrans("0123456789:", "０１２３４５６７８９：")


def cn_digits(n: int, zero: str = "〇") -> str:
    """Digit by digit, as years are printed: 2026 → 二〇二六."""
    return "".join(zero if c == "0" else CN[int(c)] for c in str(n))


def cn_number(n: int) -> str:
    """Positional, as months, days and hours are printed: 20 → 二十, 15 → 十五, 0 → 〇."""
    if n < 10:
        return CN[n]
    tens, units = divmod(n, 10)
    return ("" if tens == 1 else CN[tens]) + "十" + (CN[units] if units else "")


def fullmatch(rule: regex.Pattern[str], text: str) -> regex.Match[str]:
    match = rule.fullmatch(text)
    assert match is not None, text
    return match


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2099, 12, 31))


@given(dates, st.sampled_from(["arabic", "full_width", "chinese", "mixed", "spaced", "iso"]), st.sampled_from("日号"))
def test_any_printed_date_reads_back(date: dt.date, form: str, day_word: str) -> None:
    y, m, d = date.year, date.month, date.day
    printed = {
        "arabic": f"{y}年{m}月{d}{day_word}",
        "full_width": f"{y}年{m}月{d}{day_word}".translate(FULL_WIDTH),
        "chinese": f"{cn_digits(y)}年{cn_number(m)}月{cn_number(d)}{day_word}",
        "mixed": f"{cn_digits(y, zero='0')}年{m:02d}月{d:02d}{day_word}",
        "spaced": f"{y} 年 {m} 月 {d} {day_word}",
        "iso": f"{y}-{m:02d}-{d:02d}" if day_word == "日" else f"{y}/{m}/{d}",
    }[form]
    assert read_date(fullmatch(grammar.DATE_RE, printed), "hearing_date").value == date


EVENTS = ["春节后的", "节后的", "国庆假期结束以后的", "举证期满后的", "答辩期满之后的"]


@given(dates, st.integers(0, 23), st.sampled_from(EVENTS))
def test_an_event_before_a_dated_hearing_keeps_the_date(date: dt.date, hour: int, event: str) -> None:
    """举证期满后的2015年12月16日, 春节后的2027年2月22日: the date printed with its year is the hearing's."""
    text = f"{event}{date.year}年{date.month}月{date.day}日{hour}时"
    reading = read_when(text, 0, len(text), None)
    assert reading.date is not None and reading.date.value == date, text
    assert reading.time is not None and reading.time.value == f"{hour:02d}:00", text


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31)), st.integers(2, 31))
def test_impossible_dates_give_no_value(date: dt.date, day: int) -> None:
    printed = f"{date.year}年2月{day}日"
    reading = read_date(fullmatch(grammar.DATE_RE, printed), "hearing_date")
    if day > (29 if (date.year % 4 == 0 and date.year % 100 != 0) or date.year % 400 == 0 else 28):
        assert reading.value is None
        assert [f.code for f in reading.findings] == ["date_invalid"]
    else:
        assert reading.value == dt.date(date.year, 2, day)


@given(dates, st.sampled_from(["%B %-d, %Y", "%b. %-d, %Y", "%-d %B %Y", "%b %-d %Y", "%B %-dth, %Y"]))
def test_a_date_in_english_in_a_field_reads_back(date: dt.date, form: str) -> None:
    """A bilingual table's date cell: March 5, 2026 / Mar. 5, 2026 / 5 March 2026 — the day itself, no time."""
    printed = date.strftime(form)
    reading = _machine_when(f" {printed} ")
    assert reading is not None and reading.date is not None and reading.date.value == date, printed
    assert reading.time is None and reading.date.span == (1, 1 + len(printed))


def _printed_times(hour: int, minute: int) -> list[str]:
    forms = [f"{hour}时{minute:02d}分", f"{hour}:{minute:02d}", f"{hour:02d}：{minute:02d}".translate(FULL_WIDTH)]
    forms.append(f"{cn_number(hour)}时{cn_number(minute)}分" if minute else f"{cn_number(hour)}时")
    if minute == 0:
        forms += [f"{hour}时", f"{hour}点整"]
    if minute == 30:
        forms.append(f"{cn_number(hour).replace('二', '两') if hour == 2 else cn_number(hour)}点半")
    if 13 <= hour <= 23:
        forms.append(f"下午{hour - 12}时{minute}分" if hour < 18 else f"晚上{hour - 12}点{minute:02d}分")
    if 1 <= hour <= 11:
        forms += [f"上午{hour}时{minute}分", f"上午{hour}.{minute:02d}"]  # (a dot, after the part of the day only)
    # As spreadsheets export it: 2:30 PM, 12:05 AM (five past midnight), 9:00 a.m.
    suffix = "PM" if hour >= 12 else "AM"
    forms.append(f"{hour % 12 or 12}:{minute:02d} {suffix}")
    forms.append(f"{hour % 12 or 12}:{minute:02d}{suffix[0].lower()}.m.")
    return forms


@given(st.integers(0, 23), st.integers(0, 59), st.data())
def test_any_printed_time_reads_back(hour: int, minute: int, data: st.DataObject) -> None:
    printed = data.draw(st.sampled_from(_printed_times(hour, minute)))
    assert read_clock(fullmatch(grammar.CLOCK_RE, printed)).value == f"{hour:02d}:{minute:02d}", printed


def _as_scanned(printed: str, data: st.DataObject) -> str:
    """``printed`` as OCR may read it: some of its 0s as the letter O and 1s as the letter l, each beside a digit
    still read as one."""
    characters = list(printed)
    for at, character in enumerate(printed):
        beside_digit = any(characters[i].isdigit() for i in (at - 1, at + 1) if 0 <= i < len(characters))
        if character in "01" and beside_digit and data.draw(st.booleans()):
            characters[at] = "O" if character == "0" else "l"
    return "".join(characters)


@given(st.integers(0, 23), st.integers(0, 59), st.data())
def test_a_time_with_ocr_letters_for_digits_reads_back_and_is_flagged(
    hour: int, minute: int, data: st.DataObject
) -> None:
    printed = data.draw(st.sampled_from([f"{hour}:{minute:02d}", f"{hour}时{minute:02d}分", _own_period(hour, minute)]))
    scanned = _as_scanned(printed, data)
    reading = read_clock(fullmatch(grammar.CLOCK_RE, scanned))
    assert reading.value == f"{hour:02d}:{minute:02d}", scanned
    assert [f.code for f in reading.findings] == (["time_irregular"] if scanned != printed else []), scanned


@given(dates, st.data())
def test_a_date_with_ocr_letters_for_digits_reads_back_and_is_flagged(date: dt.date, data: st.DataObject) -> None:
    printed = f"{date.year}年{date.month}月{date.day}日"
    scanned = _as_scanned(printed, data)
    reading = read_date(fullmatch(grammar.DATE_RE, scanned), "hearing_date")
    assert reading.value == date, scanned
    assert [f.code for f in reading.findings] == (["date_irregular"] if scanned != printed else []), scanned


def _own_period(hour: int, minute: int) -> str:
    """A time printed so that it says its part of the day itself: 上午9时05分, 下午3时30分, or a 24-hour clock."""
    if hour < 12:
        return f"上午{hour}时{minute:02d}分"
    return f"下午{hour - 12}时{minute:02d}分" if 13 <= hour < 18 else f"{hour}:{minute:02d}"


@given(dates, st.lists(st.tuples(st.integers(0, 23), st.integers(0, 59)), min_size=1, max_size=4), st.data())
def test_a_list_of_hearings_reads_back_each(date: dt.date, times: list[tuple[int, int]], data: st.DataObject) -> None:
    """2026年8月19日上午9时、上午10时30分 / …9时、8月20日14:00: the first hearing, then each listed after it."""
    first = data.draw(st.sampled_from(_printed_times(*times[0])))
    separators = data.draw(
        st.lists(st.sampled_from(["、", "，", "和", " 、"]), min_size=len(times), max_size=len(times))
    )
    later_days = data.draw(st.lists(st.booleans(), min_size=len(times), max_size=len(times)))
    printed = f"{date.year}年{date.month}月{date.day}日{first}"
    for (hour, minute), separator, own_day in zip(times[1:], separators, later_days, strict=False):
        day = f"{date.month}月{date.day}日" if own_day else ""
        printed += f"{separator}{day}{_own_period(hour, minute)}"
    reading = read_when(printed, 0, len(printed), date)
    assert reading.date is not None and reading.date.value == date
    assert reading.time is not None and reading.time.value == f"{times[0][0]:02d}:{times[0][1]:02d}", printed
    assert [s.time.value if s.time else None for s in reading.later] == [f"{h:02d}:{m:02d}" for h, m in times[1:]], (
        printed
    )
    assert all(s.date is None or s.date.value == date for s in reading.later)


@given(dates, st.integers(-3, 20), st.booleans(), st.sampled_from(["至", "到"]), st.sampled_from(["每日", "每天", ""]))
def test_a_run_of_days_reads_its_first_and_each_after(
    date: dt.date, days: int, month_printed: bool, to: str, every: str
) -> None:
    """2026年3月24日至3月26日每日上午9时 / 至26日: the first day's hearing, then one each day after it to the last —
    none where the last is no later day of a run (before the first, or more than two weeks on)."""
    last = date + dt.timedelta(days=days)
    if last.month != date.month and not month_printed:
        return  # (至5日 with no month names a day of the first's month)
    end = f"{last.month}月{last.day}日" if month_printed else f"{last.day}日"
    printed = f"{date.year}年{date.month}月{date.day}日{to}{end}{every}上午9时"
    reading = read_when(printed, 0, len(printed), None)
    assert reading.date is not None and reading.date.value == date, printed
    assert reading.time is not None and reading.time.value == "09:00", printed
    run = [date + dt.timedelta(days=n) for n in range(1, days + 1)] if 0 < days <= 14 and last.year == date.year else []
    assert [s.date.value if s.date else None for s in reading.later] == run, printed


@given(st.tuples(st.integers(0, 23), st.integers(0, 59)), st.tuples(st.integers(0, 23), st.integers(0, 59)), st.data())
def test_a_clock_range_reads_its_start_and_is_flagged_when_it_runs_backwards(
    start: tuple[int, int], end: tuple[int, int], data: st.DataObject
) -> None:
    """9:30-11:30 / 上午11时至下午1时: the start is read; a range that ends no later than it starts (10:30—9:30) is
    flagged, for either end may be the misprint."""
    dash = data.draw(st.sampled_from(["-", "—", "~", "至", "到", " - "]))
    # (An end with no period of its own after 下午: 下午2时至5时 ends at 17:00.)
    bare = [f"{end[0] - 12}时{end[1]:02d}分"] if 13 <= start[0] < 18 and end[0] >= 13 else []
    printed = f"{_own_period(*start)}{dash}{data.draw(st.sampled_from([_own_period(*end), *bare]))}"
    reading = read_time_at(printed, 0, len(printed))
    assert reading is not None and reading.value == f"{start[0]:02d}:{start[1]:02d}", printed
    assert [f.code for f in reading.findings] == (["hearing_time_range_reversed"] if end <= start else []), printed


@given(st.integers(0, 99), st.integers(0, 99), st.data())
def test_malformed_times_never_yield_a_time(hour: int, minute: int, data: st.DataObject) -> None:
    forms = [f"{hour}时{minute}分", f"{minute}分", "下午时", f"下午时{minute}分"]
    printed = data.draw(st.sampled_from(forms))
    reading = read_time_at(printed, 0, len(printed))
    assert reading is not None
    if reading.value is not None:
        # Only a real clock time may come out, and only from the one form that can be one.
        assert printed == f"{hour}时{minute}分"
        assert hour <= 23 and minute <= 59
    else:
        assert [f.code for f in reading.findings] == ["hearing_time_malformed"]


@given(st.integers(13, 23), st.integers(0, 59), st.sampled_from(["上午", "早上", "凌晨"]), st.booleans())
def test_a_morning_word_before_an_afternoon_hour_keeps_the_hour_and_is_flagged(
    hour: int, minute: int, period: str, colon: bool
) -> None:
    printed = f"{period}{hour}:{minute:02d}" if colon else f"{period}{hour}时{minute}分"
    reading = read_time_at(printed, 0, len(printed))
    assert reading is not None and reading.value == f"{hour:02d}:{minute:02d}", printed
    assert [f.code for f in reading.findings] == ["hearing_time_period_conflict"], printed


BRACKETS = [("[", "]"), ("〔", "〕"), ("（", "）"), ("(", ")"), ("［", "］"), ("【", "】")]
PREFIXES = [
    "青黄劳人仲案字",
    "青劳人仲案字",
    "京劳仲字",
    "青黄人社监询字",
    "合建责改",
    "筑自然资规罚告",
    "筑公积金责",
    "筑公积金催",
    "麒市监处告",  # a market regulator's advance notice of a penalty
]


@given(
    st.sampled_from(PREFIXES),
    st.sampled_from(BRACKETS),
    st.integers(1990, 2099),
    st.lists(st.integers(1, 9999999), min_size=1, max_size=5, unique=True),
    st.booleans(),
)
def test_any_case_number_list_expands_whole(
    prefix: str, brackets: tuple[str, str], year: int, numbers: list[int], repeat_each: bool
) -> None:
    open_, close = brackets
    each = "、".join(f"第{n}号" for n in numbers)  # 第123号、第124号
    shared = "第" + "、".join(str(n) for n in numbers) + "号"  # 第20406、20547号
    listed = each if repeat_each else shared
    printed = f"{prefix}{open_}{year}{close}{listed}"
    match = fullmatch(grammar.CASE_NUMBER_RE, printed)
    assert expand(match) == [f"{prefix}{open_}{year}{close}第{n}号" for n in numbers]


COURTS = ["鲁0211民初", "京0101民初", "沪02民终"]


@given(st.sampled_from(BRACKETS), st.integers(1990, 2099), st.sampled_from(COURTS), st.integers(1, 99999))
def test_court_case_numbers_read_whole(brackets: tuple[str, str], year: int, court: str, number: int) -> None:
    printed = f"{brackets[0]}{year}{brackets[1]}{court}{number}号"
    text = f"现依法向你公告送达{printed}民事判决书"
    matches = list(grammar.CASE_NUMBER_RE.finditer(text))
    assert [expand(m) for m in matches] == [[printed]]


@given(st.sampled_from(BRACKETS), st.integers(2000, 2099), st.sampled_from(COURTS), st.integers(1, 99999), st.data())
def test_a_case_number_with_ocr_letters_for_digits_reads_as_meant(
    brackets: tuple[str, str], year: int, court: str, number: int, data: st.DataObject
) -> None:
    meant = f"{brackets[0]}{year}{brackets[1]}{court}{number}号"
    scanned = _as_scanned(meant, data)
    matches = list(grammar.CASE_NUMBER_RE.finditer(f"现依法向你公告送达{scanned}民事判决书"))
    assert [expand(m) for m in matches] == [[meant]], scanned


REPORT_REGISTERS = ["锡衡正评字", "甬诚估字", "苏华审字", "浙衡鉴字"]


@given(
    st.sampled_from(REPORT_REGISTERS),
    st.sampled_from(BRACKETS),
    st.integers(1990, 2099),
    st.integers(1, 99999),
    st.sampled_from(lexicon.REPORTS),
    st.booleans(),
)
def test_a_reports_number_is_no_case_number(
    register: str, brackets: tuple[str, str], year: int, number: int, report: str, titled: bool
) -> None:
    printed = f"{register}{brackets[0]}{year}{brackets[1]}第{number}号"
    title = f"《{report}》" if titled else report
    text = f"评估机构已出具{printed}{title}，现依法向你公告送达。"
    assert list(find_case_numbers(text)) == []
    # The same register and number naming a case is one; not an appraiser's register, whose numbers are its reports'.
    case = f"本委已受理{printed}一案，现依法向你公告送达。"
    named = [] if register.endswith(lexicon.REPORT_REGISTERS) else [printed]
    assert [number for number, _ in find_case_numbers(case)] == named


# The numbers of a notice's own series and of circulars: 海仲公告〔2025〕2号, 国发〔2026〕3号, 人社厅函〔2026〕12号.
SERIAL_PREFIXES = ["海仲公告", "筑公积金公告", "国发", "人社厅函", "人社厅明电", "黔府办发"]


@given(st.sampled_from(SERIAL_PREFIXES), st.sampled_from(BRACKETS), st.integers(1990, 2099), st.integers(1, 9999))
def test_a_serial_or_circular_number_is_no_case_number(
    prefix: str, brackets: tuple[str, str], year: int, number: int
) -> None:
    printed = f"{prefix}{brackets[0]}{year}{brackets[1]}{number}号"
    assert list(find_case_numbers(f"根据{printed}文件，现将有关事项公告如下：")) == []
    assert list(find_case_numbers(f"{printed}\n\n各有关单位：")) == []


_LETTERS = st.text(alphabet="公告本院诉a(", min_size=1, max_size=4)


@given(st.sets(_LETTERS, min_size=1, max_size=6), st.text(alphabet="公告本院诉a(x", max_size=12), _LETTERS)
def test_a_word_list_matches_as_the_alternation_of_its_words_longest_first(
    words: set[str], text: str, after: str
) -> None:
    # (a word followed by more of the pattern: the longest word that lets the rest match is taken)
    listed = grammar.compile_pattern(f"{grammar.alt(words)}{regex.escape(after)}")
    alternation = regex.compile(
        "(?:" + "|".join(map(regex.escape, sorted(words, key=len, reverse=True))) + ")" + regex.escape(after)
    )
    assert [m.span() for m in listed.finditer(text)] == [m.span() for m in alternation.finditer(text)]
