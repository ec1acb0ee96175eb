"""Chinese dates and times as printed in notices, read into values.

Readers never guess: a time that is not a clock time ("30分" with no hour,
25时, "下午时") gives no value and a finding that says why.
"""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from dataclasses import dataclass, field

import regex

from notices import grammar, lexicon
from notices.catalogue import finding
from notices.models import Finding, Span

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９l", "01234567891")  # (and OCR's l for 1)
# Group numbers of the rules read here (see grammar.group_numbers).
_DATE_GROUPS = {
    rule: grammar.group_numbers(rule)
    for rule in (grammar.DATE_RE, grammar.DATE_WITHOUT_DAY_MARK_RE, grammar.MONTH_DAY_RE)
}
_CLOCK = grammar.group_numbers(grammar.CLOCK_RE)
_WEEKDAY = grammar.group_numbers(grammar.WEEKDAY_RE)


def to_int(numeral: str) -> int:
    """Read a printed number: 20, ２０, 二十, 廿, 二〇二六, 两.

    >>> [to_int(s) for s in ("14", "１４", "十四", "二十", "廿五", "二〇二六", "两", "〇九")]
    [14, 14, 14, 20, 25, 2026, 2, 9]
    """
    if numeral.isdecimal():  # 20, ２０ (int reads full-width digits; the grammar admits no other script's)
        return int(numeral)
    s = numeral.translate(_FULL_WIDTH_DIGITS)
    tens = [c for c in s if c in lexicon.CN_TENS]
    if not tens:
        # Digit by digit, as years are written: 二〇二六, 二0二六.
        value = 0
        for c in s:
            value = value * 10 + (int(c) if c.isdigit() else lexicon.CN_DIGITS[c])
        return value
    # Positional: 十 = 10, 十五 = 15, 二十 = 20, 二十五 = 25, 廿五 = 25.
    head, _, tail = s.partition(tens[0])
    multiplier = lexicon.CN_DIGITS[head] if head else 1
    units = lexicon.CN_DIGITS[tail] if tail else 0
    return multiplier * lexicon.CN_TENS[tens[0]] + units


_LETTER_O = grammar.compile_pattern(r"O|(?<=[0-9０-９])[Ｏl]|[Ｏl](?=[0-9０-９])")  # (OCR's letters for 0 and 1)


@dataclass
class DateReading:
    """A printed date: its value (None when it does not exist) and where it stands."""

    value: dt.date | None
    span: Span
    findings: list[Finding] = field(default_factory=list)


def read_date(
    match: regex.Match[str], field_name: str, published: dt.date | None = None, listed_after: dt.date | None = None
) -> DateReading:
    """Turn a DATE, DATE_WITHOUT_DAY_MARK or MONTH_DAY match into a date; one with no year is none (``published``
    names the day it would be, in the finding), but where it follows ``listed_after`` in a list of hearings, whose
    year holds for it as printed once (2026年8月19日上午9时、8月20日14时)."""
    span = match.span()
    findings: list[Finding] = []
    groups = _DATE_GROUPS[match.re]
    month, day = to_int(match.group(groups["month"])), to_int(match.group(groups["day"]))
    year_text = match.group(groups["year"]) if "year" in groups else None
    if _LETTER_O.search(match.group()):  # 2O23年, 4月2O日: read by OCR, a letter for a digit (二Ｏ二六 is as written)
        zh, en = (
            f"日期“{match.group()}”中有字母（O、l），按数字0、1读取",
            f"the date '{match.group()}' holds a letter (O, l), read as the digit (0, 1)",
        )
        findings.append(finding("date_irregular", span, zh, en, field_name))
    if year_text is not None:
        year = to_int(year_text)
    elif listed_after is not None:
        year = listed_after.year + ((month, day) < (listed_after.month, listed_after.day))
    else:
        # Never a guessed year: the date is left empty, and the finding says which it would be (the hearing cannot
        # precede the notice: the first such day on or after publication), for a clerk to confirm.
        zh, en = "日期未印年份，未填入", "the date has no year and is left empty"
        if published is not None:
            year = published.year + ((month, day) < (published.month, published.day))
            with suppress(ValueError):
                likely = dt.date(year, month, day).isoformat()
                zh += f"（按发布日期应为{likely}，请核对）"
                en += f" (after the publication date it would be {likely}: check)"
        findings.append(finding("year_missing", span, zh, en, field_name))
        return DateReading(None, span, findings)
    try:
        value = dt.date(year, month, day)
    except ValueError:
        zh, en = f"日期不存在：{match.group()}", f"no such date: {year}-{month}-{day}"
        findings.append(finding("date_invalid", span, zh, en, field_name))
        return DateReading(None, span, findings)
    return DateReading(value, span, findings)


@dataclass
class TimeReading:
    """A printed time: "HH:MM" or None, where it stands, and why it is None."""

    value: str | None
    span: Span
    findings: list[Finding] = field(default_factory=list)


def _malformed_time(span: Span, zh: str, en: str) -> TimeReading:
    return TimeReading(None, span, [finding("hearing_time_malformed", span, zh, en)])


def read_clock(match: regex.Match[str]) -> TimeReading:
    """Turn a CLOCK match into "HH:MM", or report why it is not a clock time."""
    span = match.span()
    hour = to_int(match.group(_CLOCK["hour"]))
    minute_text = match.group(_CLOCK["minute"])
    quarters = match.group(_CLOCK["quarters"])
    minute = 30 if match.group(_CLOCK["half"]) else 15 * to_int(quarters) if quarters else to_int(minute_text or "0")
    period = match.group(_CLOCK["period"])
    suffix = match.group(_CLOCK["suffix"])
    # A morning's word before an hour past noon (上午15时, 14:30 AM): the hour, printed on the 24-hour clock, is read,
    # and the clash is said: either may be the misprint.
    clash = None
    if suffix is not None:
        # 2:30 PM, 12:15 PM, 12:15 AM (a quarter past midnight); "14:30 PM" says the same twice.
        if hour > 12 and not lexicon.CLOCK_SUFFIX_PERIODS[suffix] and hour <= 23:
            clash = suffix
        hour = hour % 12 + lexicon.CLOCK_SUFFIX_PERIODS[suffix] if hour <= 12 else hour
    if period is not None:
        offset = lexicon.DAY_PERIODS[period]
        if offset and hour < 12:
            hour += offset
        elif not offset and 12 < hour <= 23:
            clash = period
        elif offset and hour == 12 and period not in ("中午", "下午"):
            # 晚上12时 is midnight of which day? Not a time to put in a calendar.
            return _malformed_time(span, f"“{period}12时”无法确定是哪一天的时刻", f"'{period}12时' is ambiguous")
    if hour > 23:
        return _malformed_time(span, f"小时数{hour}不是有效时刻", f"hour {hour} is not a clock hour")
    if minute > 59:
        return _malformed_time(span, f"分钟数{minute}不是有效时刻", f"minute {minute} is not a clock minute")
    reading = TimeReading(f"{hour:02d}:{minute:02d}", span)
    if clash is not None:
        zh = f"“{clash}”与{hour}时矛盾，按{hour}时读取，请核对"
        en = f"{clash} (morning) contradicts hour {hour}: read as {hour:02d}:{minute:02d}, either may be the misprint"
        reading.findings.append(finding("hearing_time_period_conflict", span, zh, en))
    if any(_LETTER_O.search(match.group(_CLOCK[name]) or "") for name in ("hour", "minute")):
        zh = f"时间“{match.group()}”中有字母（O、l），按数字0、1读取"
        en = f"the time '{match.group()}' holds a letter (O, l), read as the digit (0, 1)"
        reading.findings.append(finding("time_irregular", span, zh, en))
    return reading


def read_time_at(text: str, pos: int, endpos: int) -> TimeReading | None:
    """Read the time printed at ``pos``, or None if nothing time-like stands there."""
    clock = grammar.match(grammar.CLOCK_RE, text, pos, endpos)
    if clock:
        reading = read_clock(clock)
        if reading.value is not None:
            reading.findings.extend(_reversed_range(text, clock, reading.value, endpos))
        return reading
    for rule, zh, en in _NOT_CLOCK_TIMES:
        match = grammar.match(rule, text, pos, endpos)
        if match:
            return _malformed_time(match.span(), zh.format(match.group()), en.format(match.group()))
    return None


def _reversed_range(text: str, start: regex.Match[str], value: str, endpos: int) -> list[Finding]:
    """A clock range that ends before it starts (10:30—9:30, 下午3时至2时): its start is read, as a range gives its
    start, but either end may be the misprint, and the clerk is told. An end with no period of its own takes the
    start's (下午2时至5时 ends at 17:00); a 24-hour clock's end, none (12:00-0:30 runs backwards)."""
    dash = grammar.match(grammar.CLOCK_RANGE_DASH_RE, text, start.end(), endpos)
    end = dash and grammar.match(grammar.CLOCK_RE, text, dash.end(), endpos)
    if not end:
        return []
    until = read_clock(end).value
    if until is None:
        return []
    if _says_period(text, start.span()) and not _says_period(text, end.span()) and value >= "12:00" > until:
        until = f"{int(until[:2]) + 12:02d}{until[2:]}"
    if until > value:
        return []
    span = (start.start(), end.end())
    printed = text[span[0] : span[1]]
    zh = f"时间段“{printed}”的结束早于开始，按开始时间{value}读取，请核对"
    en = f"the time range '{printed}' ends before it starts: read from its start, {value}; check either end"
    return [finding("hearing_time_range_reversed", span, zh, en)]


# Printed times that are not clock times, and why.
_NOT_CLOCK_TIMES = (
    (grammar.BARE_MINUTE_RE, "时间“{}”缺少小时，不能确定开庭时刻", "the time '{}' has no hour: the time is unknown"),
    (grammar.HOUR_WITHOUT_DIGITS_RE, "时间“{}”没有小时数字", "the time '{}' has no digits for the hour"),
    (
        grammar.BARE_WHOLE_HOUR_RE,
        "时间“{}”缺少小时，不能确定开庭时刻",
        "'{}' (o'clock) has no hour: the time is unknown",
    ),
)


@dataclass
class Sitting:
    """A hearing after the first: listed with it (…上午9时、上午10时30分; …9时、8月20日14时) or set by a sentence of
    its own (…定于同日下午2时30分在本院第五法庭开庭审理), its date where printed (else the one before it holds), its
    time; and for a sentence of its own, its place and its printed time (hearing_text). Spans in the text read."""

    date: DateReading | None
    time: TimeReading | None
    venue: Span | None = None
    text: Span | None = None


@dataclass
class WhenReading:
    """A printed hearing date and time, e.g. "2026年4月20日（星期一）14时00分"; and the hearings listed after it."""

    date: DateReading | None = None
    time: TimeReading | None = None
    findings: list[Finding] = field(default_factory=list)
    later: list[Sitting] = field(default_factory=list)


def _skip_space(text: str, pos: int, endpos: int) -> int:
    """Past spaces and line breaks: a date and its time may stand on two lines."""
    while pos < endpos and text[pos] in " \t\u3000\xa0\n":
        pos += 1
    return pos


def _read_day(
    text: str, pos: int, end: int, published: dt.date | None, reading: WhenReading, listed_after: dt.date | None = None
) -> int:
    """Read the date at ``pos`` into ``reading``; return where it ends (``pos`` if there is none)."""
    date_match = grammar.match(grammar.DATE_RE, text, pos, end) or grammar.match(grammar.MONTH_DAY_RE, text, pos, end)
    misprinted = None
    if date_match is None:
        misprinted = date_match = grammar.match(grammar.DATE_WITHOUT_DAY_MARK_RE, text, pos, end)
    if date_match is None:
        return pos
    reading.date = read_date(date_match, "hearing_date", published, listed_after)
    reading.findings += reading.date.findings
    if misprinted is not None:
        zh = f"日期“{misprinted.group()}”缺少“日”字，按所印年月日读取"
        en = f"the date '{misprinted.group()}' lacks 日; read as the year, month and day printed"
        reading.findings.append(finding("date_irregular", misprinted.span(), zh, en))
    pos = date_match.end()
    weekday = grammar.match(grammar.WEEKDAY_RE, text, pos, end)
    if weekday:
        pos = weekday.end()
        value = reading.date.value
        mismatch = weekday_mismatch(value, weekday.group(_WEEKDAY["weekday"]), weekday.span()) if value else None
        if mismatch is not None:
            reading.findings.append(mismatch)
    lunar = grammar.match(grammar.LUNAR_ASIDE_RE, text, pos, end)
    return lunar.end() if lunar is not None else pos


def weekday_mismatch(day: dt.date, weekday: str, span: Span | None) -> Finding | None:
    """The finding for a weekday printed beside ``day`` (its character: 一 … 日, 天) that is not ``day``'s, or None."""
    if day.weekday() == lexicon.WEEKDAYS[weekday]:
        return None
    zh, en = f"所印星期与日期{day.isoformat()}不符", f"the printed weekday does not match {day.isoformat()}"
    return finding("weekday_mismatch", span, zh, en)


_ZONE = "北京时间"


def read_when(
    text: str, start: int, end: int, published: dt.date | None, same_day: DateReading | None = None
) -> WhenReading:
    """Read the date and time in ``text[start:end]`` (the words between 定于 and 开庭); ``same_day``: the date of
    the hearing set before, which a correction's 同日 names."""
    reading = WhenReading()
    pos = _skip_space(text, start, end)
    if text.startswith(_ZONE, pos):
        pos = _skip_space(text, pos + len(_ZONE), end)  # 北京时间2026年5月28日15时: a foreign party's notice says whose
    after_date = _read_day(text, pos, end, published, reading)
    if after_date == pos:
        named = grammar.match(grammar.SAME_DAY_RE, text, pos, end)
        if named is not None:  # (its span the date printed before, which it names)
            if same_day is not None:
                reading.date = DateReading(same_day.value, same_day.span)
            else:  # (a list's item, 二、同日下午…: its day is the item's above, which the reader gives it)
                zh, en = f"“{named.group()}”所指的日期不在此处", f"'{named.group()}' names a day printed elsewhere"
                reading.findings.append(finding("hearing_date_unreadable", named.span(), zh, en))
            after_date = named.end()
    if after_date == pos:
        relative = grammar.match(grammar.RELATIVE_DAY_RE, text, pos, end)
        # 举证期满后的2015年12月16日: an event, then the date it falls on — the date is the hearing's; so is the date a
        # day counted from an event is said to be (举证期满后的第三日即2028年12月19日).
        event = (
            grammar.match(_EVENT_THEN_DATE_RE, text, pos, end)
            if relative is None
            else _DATE_IT_IS.match(text, relative.end(), end)
        )
        if event is not None:
            after_date = _read_day(text, event.end(), end, published, reading)
            if relative is not None and event.group("open") and text.startswith(("）", ")"), after_date):
                after_date += 1  # (…第3日（即2028年12月19日）上午9时: the time after the aside)
        if reading.date is not None:
            pos = after_date
        elif relative:
            pos = relative.end()
            zh = f"开庭日期取决于送达：“{relative.group()}”，须按实际送达日推算"
            en = f"the hearing date depends on service ('{relative.group()}'); count it from the actual service date"
            reading.findings.append(finding("hearing_date_relative", relative.span(), zh, en))
        else:
            shown = text[start:end].strip()
            zh, en = f"无法识别开庭日期：“{shown}”", f"no hearing date can be read in '{shown}'"
            reading.findings.append(finding("hearing_date_unreadable", (start, end), zh, en))
            # 下周一上午9时, 2026年  月  日上午9时: no date, but the time is printed
            named = _NAMED_DAY.match(text, pos, end) or _BLANK_DATE.match(text, pos, end)
            pos = _skip_space(text, named.end(), end) if named is not None else pos
    else:
        pos = after_date
        if text.startswith("T", pos) and pos + 1 < end and text[pos + 1] in "0123456789":
            pos += 1  # 2026-04-14T09:00:00: an ISO date and time (a spreadsheet's, an API's)
    more_days: list[DateReading] = []
    days_named = False  # (a run that is none, 至1日 after 1日, leaves its time read all the same)
    while reading.date is not None and (day := grammar.match(grammar.MORE_DAYS_RE, text, pos, end)) is not None:
        more_days += _day_of(reading.date, day)  # 2026年10月13日、14日每日上午9时: the days after the first
        pos, days_named = day.end(), True
    last = grammar.match(grammar.DAY_RANGE_END_RE, text, pos, end) if reading.date and not days_named else None
    if reading.date is not None and last is not None:
        more_days = _days_to(reading.date, last)  # 2026年3月24日至3月26日每日上午9时: the days after the first
        pos, days_named = last.end(), True
        backwards = _backwards(reading.date, last)
        if backwards is not None:
            reading.findings.append(backwards)
    if days_named:
        every = grammar.match(grammar.EVERY_DAY_RE, text, pos, end)
        pos = every.end() if every else pos
    pos = _skip_space(text, pos, end)
    aside = grammar.match(grammar.TIME_ASIDE_RE, text, pos, end)  # （遇法定节假日顺延）上午9时
    reading.time = read_time_at(text, _skip_space(text, aside.end(), end) if aside else pos, end)

    if reading.time is not None:
        reading.findings += reading.time.findings
        reading.later = [Sitting(day, reading.time) for day in more_days]
        listed_after = reading.date.value if reading.date is not None else None
        reading.later += _later_sittings(text, reading.time, end, published, listed_after)
    return reading


def _day_of(first: DateReading, day: regex.Match[str]) -> list[DateReading]:
    """The date of ``first``'s month that the day ``day`` names (none where there is no such day)."""
    if first.value is None:
        return []
    try:
        return [DateReading(first.value.replace(day=to_int(day.group("day"))), day.span("day"))]
    except ValueError:
        return []


def _backwards(first: DateReading, last: regex.Match[str]) -> Finding | None:
    """A run of days whose last is before its first (11月24日至23日): read from the first, and a clerk is told."""
    end = _last_day(first, last)
    if first.value is None or end is None or end >= first.value:
        return None
    shown = last.string[first.span[0] if first.span else last.start() : last.end()]
    zh = f"日期“{shown}”的末日早于首日，按首日读取，请核对"
    en = f"the days '{shown}' run backwards: read from the first, check it"
    return finding("date_irregular", (first.span[0], last.end()) if first.span else last.span(), zh, en)


def _days_to(first: DateReading, last: regex.Match[str]) -> list[DateReading]:
    """The days after ``first`` up to the one ``last`` names (3月26日, 26日), each placed at the printed run of
    days (the last at its own); none where that is no day, not after the first, or more than a hearing runs."""
    end = _last_day(first, last)
    if first.value is None or end is None:
        return []
    days = (end - first.value).days
    if not 0 < days <= _LONGEST_RUN:
        return []
    printed = (last.start("month") if last.group("month") else last.start("day"), last.end())
    run = (first.span[0], last.end()) if first.span is not None else printed
    return [DateReading(first.value + dt.timedelta(days=n), run if n < days else printed) for n in range(1, days + 1)]


def _last_day(first: DateReading, last: regex.Match[str]) -> dt.date | None:
    """The day a run's end (DAY_RANGE_END_RE: 至3月26日, 至26日) names, in the first day's year (and month, where it
    names none); None where the first has no value or the end is no day."""
    if first.value is None:
        return None
    month = to_int(last.group("month")) if last.group("month") else first.value.month
    try:
        return first.value.replace(month=month, day=to_int(last.group("day")))
    except ValueError:
        return None


_LONGEST_RUN = 14  # days of a hearing held day after day, at the most


def _later_sittings(
    text: str, first: TimeReading, end: int, published: dt.date | None, listed_after: dt.date | None
) -> list[Sitting]:
    """The hearings listed after the first's time (on ``listed_after``): a separator, a date or none, a time — until
    one is not."""
    later: list[Sitting] = []
    pos = first.span[1]
    afternoon = first.value is not None and first.value >= "12:00" and _says_period(text, first.span)
    while (separator := grammar.match(grammar.SITTING_SEPARATOR_RE, text, pos, end)) is not None:
        reading = WhenReading()
        at = _skip_space(text, _read_day(text, separator.end(), end, published, reading, listed_after), end)
        time = read_time_at(text, at, end)
        if time is None:
            break
        same_day = reading.date is None
        if (
            afternoon
            and same_day
            and time.value is not None
            and time.value < "12:00"
            and not _says_period(text, time.span)
        ):
            # 下午2时、3时30分: the period printed once holds for the times after it that day.
            time = TimeReading(f"{int(time.value[:2]) + 12:02d}{time.value[2:]}", time.span, time.findings)
        later.append(Sitting(reading.date, time))
        pos = time.span[1]
    return later


def _says_period(text: str, span: Span) -> bool:
    """Does the time printed at ``span`` say its part of the day (上午, 下午, 晚上…)?"""
    return any(text.startswith(period, span[0]) for period in lexicon.DAY_PERIODS)


# A day named by the week or from today, not by its date: 下周一, 本星期三, 下个礼拜五, 明天, 后天.
_NAMED_DAY = grammar.compile_pattern(r"(?:(?:下个?|本|这个?|下一)(?:周|星期|礼拜)[一二三四五六日天]|明天|后天)")
# A date a form left blank in part: 2026年  月  日, 2026年8月 日 (its month or its day a blank).
_BLANK_DATE = grammar.compile_pattern(
    r"(?:[0-9０-９〇零○Ｏ一二三四五六七八九]{4}[\x20\u3000\xa0]*年)?[\x20\u3000\xa0_＿]*"
    r"(?:[0-9０-９]{1,2}|[\x20\u3000\xa0_＿]+)月[\x20\u3000\xa0_＿]*(?:[0-9０-９]{1,2})?[\x20\u3000\xa0_＿]*日"
)

# A day counted from an event, then the date it is: 举证期满后的第三日即2028年12月19日, 答辩期满后第3日（即…）.
_DATE_IT_IS = grammar.compile_pattern(rf"[\x20\u3000]?(?:[，,]|(?P<open>[（(]))?[\x20\u3000]?即(?={grammar.YEAR}年)")
# An event named before the date it falls on: "举证期满后的2015年12月16日", "春节后的2027年2月22日".
_EVENT_THEN_DATE_RE = grammar.compile_rule(
    rf"""(?: {grammar.alt(lexicon.RELATIVE_EVENT_HEADS)} [^\n，,。]{{0,8}}? (?:满|届满) (?:后|之后) 的?
           | \p{{Han}}{{1,8}}? (?:后|之后|以后) 的 ) {grammar.SP}?
        (?= {grammar.YEAR} 年 )""",
    guarded=False,
)
