"""Checks that run after extraction: is each record, and the batch, right?

Each check is a small function registered in ``RECORD_CHECKS`` or
``BATCH_CHECKS``; its code, severity and field come from the catalogue. A
check only adds findings: it never changes a value.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from notices import grammar, lexicon
from notices.catalogue import finding
from notices.fold import fold
from notices.models import Finding, Notice, Span
from notices.timeparse import to_int
from notices.workdays import china_calendar, day_off, describe_day_off

if TYPE_CHECKING:
    import opencc


def china_today() -> dt.date:
    """Today in China: notices set hearings by Beijing time, whatever the machine's time zone."""
    return dt.datetime.now(ZoneInfo("Asia/Shanghai")).date()


@dataclass(frozen=True)
class Context:
    today: dt.date


RecordCheck = Callable[[Notice, Context], Iterator[Finding]]
BatchCheck = Callable[[list["BatchKey"]], Iterator[tuple[int, Finding]]]
RECORD_CHECKS: list[RecordCheck] = []
BATCH_CHECKS: list[BatchCheck] = []


def record_check(check: RecordCheck) -> RecordCheck:
    RECORD_CHECKS.append(check)
    return check


def batch_check(check: BatchCheck) -> BatchCheck:
    BATCH_CHECKS.append(check)
    return check


def _span(record: Notice, field: str, index: int = 0) -> Span | None:
    spans = record.spans.get(field, [])
    return spans[index] if index < len(spans) else None


def _is_court(record: Notice) -> bool:
    return record.issuer is not None and ("法院" in record.issuer or "法庭" in record.issuer)


def prepare_checks() -> None:
    """Load the holiday calendar and the character tables now (before worker processes fork)."""
    china_calendar()
    china_calendar("zh_CN")
    _to_simplified()


@cache
def _to_simplified() -> opencc.OpenCC:
    import opencc

    return opencc.OpenCC("t2s.json")


@lru_cache(maxsize=65536)
def simplified(text: str) -> str:
    """``text`` in simplified characters. (Names and venues recur across an archive's notices: each converted once.)"""
    return str(_to_simplified().convert(text))


# ---------------------------------------------------------------- one record


@record_check
def hearing_time_missing(record: Notice, ctx: Context) -> Iterator[Finding]:
    malformed = any(w.code == "hearing_time_malformed" for w in record.warnings)
    if record.kind == "hearing" and record.hearing_date and record.hearing_time is None and not malformed:
        yield finding(
            "hearing_time_missing",
            _span(record, "hearing_text"),
            "开庭通知只有日期，没有时间",
            "the hearing has a date but no time",
        )


@record_check
def venue_missing(record: Notice, ctx: Context) -> Iterator[Finding]:
    # (A hearing held online names its platform as the place; one that names none leaves the party nowhere to go.)
    if record.kind == "hearing" and (record.hearing_date or record.hearing_time) and record.venue is None:
        yield finding(
            "venue_missing",
            _span(record, "hearing_text"),
            "开庭通知有时间，没有开庭地点",
            "the hearing has a time but no place",
        )


@record_check
def hearing_before_service(record: Notice, ctx: Context) -> Iterator[Finding]:
    # (Against the publication where no service period is set: a change of hearing, moving it to a day past when
    # printed. Service comes on or after publication, so the first day the hearing precedes says it.)
    for day, zh_day, en_day in (
        (record.served_on, "视为送达日", "service is deemed complete"),
        (record.published, "公告发布日", "the notice was published"),
    ):
        if record.hearing_date and day and record.hearing_date < day:
            yield finding(
                "hearing_before_service",
                _span(record, "hearing_date"),
                f"开庭日{record.hearing_date}早于{zh_day}{day}",
                f"the hearing ({record.hearing_date}) is before {en_day} ({day})",
            )
            return


@record_check
def hearing_before_deadline(record: Notice, ctx: Context) -> Iterator[Finding]:
    # (A hearing notice's respond_by is the answer or evidence period it grants, from deemed service: the party is
    # heard after it, not before. Only where service comes first: hearing_before_service says the rest.)
    if (
        record.kind == "hearing"
        and record.hearing_date
        and record.served_on
        and record.respond_by
        and record.served_on <= record.hearing_date < record.respond_by
    ):
        yield finding(
            "hearing_before_deadline",
            _span(record, "hearing_date"),
            f"开庭日{record.hearing_date}早于答辩、举证期限届满日{record.respond_by}",
            f"the hearing ({record.hearing_date}) is before the answer or evidence period ends ({record.respond_by})",
        )


@record_check
def notice_period_short(record: Notice, ctx: Context) -> Iterator[Finding]:
    if not (record.hearing_date and record.served_on) or record.hearing_date < record.served_on:
        return  # nothing to count, or hearing_before_service says it
    days = (record.hearing_date - record.served_on).days
    # 民事诉讼法 (courts): three days' notice of a hearing; 劳动争议调解仲裁法 art. 35: five.
    minimum, law = (3, "民事诉讼法") if _is_court(record) else (5, "劳动争议调解仲裁法第三十五条")
    if days < minimum:
        yield finding(
            "notice_period_short",
            _span(record, "hearing_date"),
            f"视为送达日{record.served_on}至开庭日仅{days}日，少于{law}规定的{minimum}日",
            f"only {days} days from deemed service ({record.served_on}) to the hearing; {law} requires {minimum}",
        )


@record_check
def hearing_on_non_working_day(record: Notice, ctx: Context) -> Iterator[Finding]:
    day = record.hearing_date
    if day is None:
        return
    if not day_off(day):
        return
    zh_day, en_day = describe_day_off(day)
    yield finding(
        "hearing_on_non_working_day",
        _span(record, "hearing_date"),
        f"开庭日{day}是{zh_day}，不是工作日",
        f"the hearing date {day} is {en_day}, not a working day",
    )


@record_check
def hearing_in_past(record: Notice, ctx: Context) -> Iterator[Finding]:
    if record.hearing_date and record.hearing_date < ctx.today:
        yield finding(
            "hearing_in_past",
            _span(record, "hearing_date"),
            f"开庭日{record.hearing_date}已过（今天是{ctx.today}）",
            f"the hearing date {record.hearing_date} is before today ({ctx.today})",
        )


_NO_OPENING = grammar.compile_pattern(r"[0-9０-９]{4}[)）]")  # (2026）云0103民初5521号)
_BRACKET_PAIRS = {"[": "]", "［": "］", "〔": "〕", "【": "】", "(": ")", "（": "）"}
_CASE_NUMBER = grammar.group_numbers(grammar.CASE_NUMBER_RE)


def _case_number_problems(number: str, latest_year: int) -> list[tuple[str, str]]:
    """What is wrong with one written-out case number, in Chinese and English."""
    match = grammar.CASE_NUMBER_RE.fullmatch(fold(number))  # kept as printed: 第3521號 is read as 第3521号
    if match is None and grammar.INSTITUTION_NUMBER_RE.fullmatch(number):
        return []  # an arbitration institution's own (SHA20251123), labelled so where it was read
    if match is None and _NO_OPENING.match(number):
        return [("缺少左括号", "its opening bracket is missing")]
    if match is None:
        return [("案号格式无法识别", "the case number cannot be read")]
    problems = []
    group = _CASE_NUMBER
    if _BRACKET_PAIRS[match.group(group["open"])] != match.group(group["close"]):
        problems.append(("括号不配对", "its brackets do not pair"))
    prefix = match.group(group["prefix"]) or ""
    # (A committee's or court's register writes 第 after its 案字 or 仲字; a bureau's decision numbers need not:
    # 拱关缉违字〔2026〕0127号.)
    register = "案" in prefix or "仲" in prefix
    if prefix.endswith("字") and register and not match.captures(group["seq"])[0].startswith("第"):
        problems.append(("缺少“第”", "'第' is missing"))
    if not match.group(group["hao"]):
        problems.append(("缺少“号”", "'号' is missing"))
    year = to_int(match.group(group["year"]))
    if not 1990 <= year <= latest_year:
        problems.append((f"年份{year}不在1990–{latest_year}之间", f"the year {year} is outside 1990–{latest_year}"))
    court = match.group(group["court"]) or ""
    if year >= _NEW_CASE_NUMBERS and court.endswith(_OLD_STYLE_ENDS):
        problems.append(
            (f"{year}年的法院案号不再写作“…字第…号”", f"a court's number of {year} is no longer written '…字第…号'")
        )
    return problems


# A court's number before 2016 ended its court part with the case type and 字 (海民初字第03318号); from 2016 on it is
# the court's code and the type (京0108民初123号): 最高人民法院《关于人民法院案件案号的若干规定》, in force 2016-01-01.
# (Arbitration bodies' registers keep 字: 青劳人仲案字, not a court's case type.)
_NEW_CASE_NUMBERS = 2016
_OLD_STYLE_ENDS = tuple(f"{kind}字" for kind in lexicon.CASE_TYPES)


@record_check
def case_number_malformed(record: Notice, ctx: Context) -> Iterator[Finding]:
    latest_year = (record.published or ctx.today).year
    for index, number in enumerate(record.case_numbers):
        problems = _case_number_problems(number, latest_year)
        if problems:
            yield finding(
                "case_number_malformed",
                _span(record, "case_numbers", index),
                f"案号“{number}”：" + "；".join(zh for zh, _ in problems),
                f"case number '{number}': " + "; ".join(en for _, en in problems),
            )


@record_check
def published_missing(record: Notice, ctx: Context) -> Iterator[Finding]:
    if record.published is None:
        yield finding("published_missing", None, "未找到发布日期", "no publication date was found")


@record_check
def issuer_missing(record: Notice, ctx: Context) -> Iterator[Finding]:
    if record.issuer is None:
        yield finding("issuer_missing", None, "未找到发布机构", "no issuing committee, court or bureau was found")


@record_check
def party_missing(record: Notice, ctx: Context) -> Iterator[Finding]:
    # A court's listing addresses nobody but names both sides; only a record naming no one lacks parties.
    if not (record.party or record.applicants or record.respondents):
        yield finding("party_missing", None, "未找到任何当事人", "no party is named")


@record_check
def traditional_characters(record: Notice, ctx: Context) -> Iterator[Finding]:
    seen: set[str] = set()
    for field in ("party", "applicants", "respondents"):
        for index, name in enumerate(getattr(record, field)):
            if name in seen:
                continue
            seen.add(name)
            simplified_name = _simplified_name(name)
            if simplified_name != name:
                yield finding(
                    "traditional_characters",
                    _span(record, field, index),
                    f"名称“{name}”含繁体字，简体为“{simplified_name}”",
                    f"the name '{name}' is printed with traditional characters; simplified: '{simplified_name}'",
                    field=field,
                )


def _simplified_name(name: str) -> str:
    """``name`` in simplified characters, but for those that are simplified ones too (乾 in 乾务镇, 乾县: the
    converter's 干 is another word's; 於 as a surname)."""
    converted = simplified(name)
    if converted == name or len(converted) != len(name):
        return converted
    return "".join(mine if mine in _SIMPLIFIED_TOO else theirs for mine, theirs in zip(name, converted, strict=True))


# Characters of the standard simplified list (通用规范汉字表, 2013) that a converter folds into another word's.
_SIMPLIFIED_TOO = frozenset("乾於瞭著藉")


# ---------------------------------------------------------------- the batch


def _describe(record: Notice) -> str:
    case = record.case_numbers[0] if record.case_numbers else "无案号"
    return f"{case}（{record.issuer or '发布机构不明'}）"


def _same_place(venue: str) -> str:
    """A venue as compared, not as shown: width, spacing and traditional forms folded."""
    folded = unicodedata.normalize("NFKC", venue)
    return simplified("".join(folded.split()))


_MAX_LISTED = 3  # cases named in one finding; more are counted


_Case = tuple[str | None, tuple[str, ...]]  # issuer and case numbers: what names a case


@dataclass(frozen=True)
class BatchKey:
    """What the batch checks need of a record: a few values, so a worker process can send
    this instead of the record, and --stream can remember it instead of the record."""

    slot: tuple[str, dt.date, str] | None  # (place as compared, date, time) of a hearing with all three
    case: _Case
    kind: str
    description: str  # how other findings name this notice
    where: str  # file@offset
    venue_span: Span | None
    case_span: Span | None
    when: tuple[dt.date, str | None] | None = None  # a hearing's (or a correction's) date and time
    when_span: Span | None = None


def batch_key(record: Notice) -> BatchKey:
    slot = None
    if record.kind == "hearing" and record.venue and record.hearing_date and record.hearing_time:
        slot = (_same_place(record.venue), record.hearing_date, record.hearing_time)
    dated = record.kind in ("hearing", "other") and record.hearing_date is not None
    return BatchKey(
        slot=slot,
        case=(record.issuer, tuple(record.case_numbers)),
        kind=record.kind,
        description=_describe(record),
        where=f"{record.source.file or '文本'}@{record.source.start}",
        venue_span=_span(record, "venue"),
        case_span=_span(record, "case_numbers"),
        when=(record.hearing_date, record.hearing_time) if dated and record.hearing_date else None,
        when_span=_span(record, "hearing_text"),
    )


@batch_check
def venue_conflict(keys: list[BatchKey]) -> Iterator[tuple[int, Finding]]:
    slots: dict[tuple[str, dt.date, str], list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        if key.slot is not None:
            slots[key.slot].append(index)
    for indexes in slots.values():
        if len({keys[i].where for i in indexes}) < 2:
            continue  # (one notice's cases, heard together: see sittings)
        # One description per case: the same case printed twice is a duplicate_notice, not a clash.
        cases: dict[_Case, str] = {}
        for i in indexes:
            cases.setdefault(keys[i].case, keys[i].description)
        if len(cases) < 2:
            continue
        for index in indexes:
            yield index, _venue_finding(keys[index], keys[index].case, cases, len(cases) - 1)


def _venue_finding(key: BatchKey, own: object, named: dict[Any, str], count: int) -> Finding:
    """venue_conflict for one notice, naming the other cases of its slot (the first few, and how many).

    ``named``: how findings name the slot's first cases, by case (``own`` is this notice's); ``count``: how many
    cases other than its own the slot holds. Only the few named are visited, so that a slot shared by n cases
    costs n findings, not n²."""
    assert key.slot is not None  # only hearings with a place, day and time share a slot
    _, day, time = key.slot
    listed = islice((text for case, text in named.items() if case != own), _MAX_LISTED)
    others = "、".join(listed) + (f" 等{count}件" if count > _MAX_LISTED else "")
    return finding(
        "venue_conflict",
        key.venue_span,
        f"{day} {time}同一地点另有开庭：{others}",
        f"another hearing in the same place at {day} {time}: {others}",
    )


@batch_check
def duplicate_notice(keys: list[BatchKey]) -> Iterator[tuple[int, Finding]]:
    first: dict[tuple[str | None, tuple[str, ...], str], int] = {}
    for index, key in enumerate(keys):
        if not key.case[1]:
            continue
        same = (*key.case, key.kind)
        if same not in first:
            first[same] = index
            continue
        yield index, _duplicate_finding(key, keys[first[same]].where)


def _duplicate_finding(key: BatchKey, where: str) -> Finding:
    return finding(
        "duplicate_notice",
        key.case_span,
        f"与{where}处的公告相同（发布机构、案号、类型一致）",
        f"the same notice as the one at {where} (issuer, case numbers and kind agree)",
    )


@batch_check
def hearing_conflict(keys: list[BatchKey]) -> Iterator[tuple[int, Finding]]:
    # A case's hearing set at one time by one notice and at another by another (a correction printed elsewhere on the
    # page, an earlier printing): each is told of the other, the first other named.
    seen: dict[str, list[int]] = defaultdict(list)  # case number → the dated notices naming it, in order
    for index, key in enumerate(keys):
        if key.when is not None:
            for number in key.case[1]:
                seen[number].append(index)
    told: set[int] = set()
    for indexes in seen.values():
        firsts: dict[tuple[dt.date, str | None] | None, int] = {}  # each time set, the first notice setting it
        for index in indexes:
            firsts.setdefault(keys[index].when, index)
        if len(firsts) < 2:
            continue
        for index in indexes:
            key = keys[index]
            other = next((i for when, i in firsts.items() if when != key.when and keys[i].where != key.where), None)
            if other is not None and index not in told:
                told.add(index)
                yield index, _conflict_finding(key, keys[other].when, keys[other].where)


def _conflict_finding(key: BatchKey, other: tuple[dt.date, str | None] | None, where: str) -> Finding:
    assert key.when is not None and other is not None
    field = "hearing_date" if key.when[0] != other[0] else "hearing_time"
    shown = f"{other[0]} {other[1] or ''}".strip()
    return finding(
        "hearing_conflict",
        key.when_span,
        f"{where}处的公告为本案定了另一开庭时间：{shown}",
        f"the notice at {where} sets this case's hearing at another time: {shown}",
        field=field,
    )


def batch_findings(keys: list[BatchKey]) -> list[tuple[int, Finding]]:
    """Every batch finding, as (index of the notice, finding), check by check."""
    return [found for check in BATCH_CHECKS for found in check(keys)]


def check_records(records: list[Notice], today: dt.date | None = None) -> list[Notice]:
    """The checks on each record alone (they may run in the process that read it)."""
    ctx = Context(today=today or china_today())
    for record in records:
        for check in RECORD_CHECKS:
            record.warnings.extend(check(record, ctx))
    return records


def check_batch(records: list[Notice]) -> list[Notice]:
    """The checks across a batch (after ``check_records``)."""
    for index, found in batch_findings([batch_key(r) for r in records]):
        records[index].warnings.append(found)
    return records


def validate(records: list[Notice], today: dt.date | None = None) -> list[Notice]:
    """Run every check on ``records`` (one batch), adding findings to their warnings."""
    return check_batch(check_records(records, today))


_T = TypeVar("_T")


class _Slot:
    """What --stream keeps of a hearing slot: the notice that holds it (None once two do), how findings name its
    first cases (by the hash of the case: cases are told apart within one slot only), and, past those, the hashes
    of the rest."""

    __slots__ = ("more", "named", "notice")

    def __init__(self, notice: tuple[int, int]) -> None:
        self.notice: tuple[int, int] | None = notice
        self.named: dict[int, str] = {}
        self.more: set[int] | None = None

    def holds(self, case: int) -> bool:
        return case in self.named or (self.more is not None and case in self.more)

    def count(self) -> int:
        return len(self.named) + (len(self.more) if self.more is not None else 0)

    def add(self, case: int, description: str) -> None:
        if self.holds(case):
            return
        if len(self.named) <= _MAX_LISTED:  # the few a finding names, besides the notice's own
            self.named[case] = description
        else:
            self.more = self.more or set()
            self.more.add(case)


class StreamChecks:
    """The checks for records met one at a time, written before the next is read (``--stream``).

    Record checks are the same. A batch finding cannot reach a record already
    written, so venue_conflict and duplicate_notice go to the later notice of a
    pair only, naming the earlier; hearing_conflict only to a hearing met after
    a correction of it. What is remembered grows with the hearing slots
    and case numbers of an archive, so it is kept small: a slot's first cases by
    name only, the rest by a hash; where a notice stands as two numbers; the words
    every notice repeats (a court's name, a room, a day) once.
    """

    def __init__(self, today: dt.date | None = None) -> None:
        self.ctx = Context(today=today or china_today())
        self.slots: dict[tuple[str, dt.date, str], _Slot] = {}
        # Where each case's first notice stands: (file number, offset).
        self.first: dict[tuple[str | None, tuple[str, ...], str], tuple[int, int]] = {}
        self.files: dict[str | None, int] = {}  # each file's number, in the order first met (``names``)
        self.names: list[str | None] = []
        self.common: dict[Any, Any] = {}  # one copy of each repeated value (sys.intern's, for dates too)
        # The first time a notice of another kind than a hearing (a correction) set for each case number, and where.
        self.times: dict[str, tuple[tuple[dt.date, str | None], tuple[int, int]]] = {}

    def check(self, record: Notice) -> Notice:
        for check in RECORD_CHECKS:
            record.warnings.extend(check(record, self.ctx))
        key = batch_key(record)
        if record.source.file not in self.files:
            self.files[record.source.file] = len(self.names)
            self.names.append(record.source.file)
        where = (self.files[record.source.file], record.source.start)
        if key.slot is not None:
            slot = self.slots.get(key.slot)
            if slot is None:
                place, day, time = key.slot
                slot = self.slots[self._one(place), self._one(day), self._one(time)] = _Slot(where)
            case = hash(key.case)
            others = slot.count() - slot.holds(case)
            if others and slot.notice != where:  # another notice's case already there
                record.warnings.append(_venue_finding(key, case, slot.named, others))
            slot.add(case, key.description)
            if slot.notice != where:
                slot.notice = None
        if key.case[1]:
            same = (self._one(key.case[0]), key.case[1], key.kind)
            if same in self.first:
                record.warnings.append(_duplicate_finding(key, self._where(self.first[same])))
            else:
                self.first[same] = where
        if key.when is not None:
            self._check_when(record, key, where)
        return record

    def _check_when(self, record: Notice, key: BatchKey, where: tuple[int, int]) -> None:
        """hearing_conflict for a hearing met after a notice of another kind (a correction) that set its case at
        another time. (Only those are remembered: every hearing's time would grow with an archive.)"""
        assert key.when is not None
        if key.kind != "hearing":
            for number in key.case[1]:
                self.times.setdefault(number, ((self._one(key.when[0]), self._one(key.when[1])), where))
            return
        for number in key.case[1]:
            earlier = self.times.get(number)
            if earlier is not None and earlier[0] != key.when and earlier[1] != where:
                record.warnings.append(_conflict_finding(key, earlier[0], self._where(earlier[1])))
                return

    def _one(self, value: _T) -> _T:
        """``value``, or the equal one kept before."""
        kept: _T = self.common.setdefault(value, value)
        return kept

    def _where(self, where: tuple[int, int]) -> str:
        """file@offset, as findings name a notice (see batch_key)."""
        return f"{self.names[where[0]] or '文本'}@{where[1]}"
