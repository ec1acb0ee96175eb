"""What a notice's record says beside its text: the court, the publication date, the case number.

API responses and crawler dumps keep a notice's text in one field and facts
about it in others (``Court``, ``PublishDate``, ``bulletin_date``, 案号). The
text is what is read; a record's field only fills what the text lacks, and a
finding (``value_from_record``) says which field gave the value. A field's
value must read as what it claims to be — a crawler's ``case_id`` holding a
phone number (（0830）6224615) gives nothing.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import regex

from notices import grammar, identity, lexicon
from notices.casenumbers import cut_case_numbers, cut_number_finding, expand, find_case_numbers
from notices.catalogue import finding
from notices.containers import key_of, unescape
from notices.fold import fold
from notices.models import Finding, Kind, Notice, Source, Span
from notices.parties import Sides, read_sides, side_of
from notices.timeparse import (
    DateReading,
    TimeReading,
    WhenReading,
    read_date,
    read_time_at,
    read_when,
    weekday_mismatch,
)

# A value written under a key, and where it stands (None when it is not in the notice's text).
Field = tuple[str, str, Span | None]

_DATE_TIME = grammar.compile_pattern(rf"\s*(?:{grammar.DATE})(?:[\sT]+[0-9:：.]+)?\s*", regex.VERBOSE)
_DATE_ALONE = grammar.compile_pattern(rf"\s*(?:{grammar.DATE})\s*", regex.VERBOSE)
_ISSUER = grammar.compile_pattern(rf"\s*{grammar.REGION_TAG}?(?P<issuer>{grammar.ISSUER_NAME})\s*", regex.VERBOSE)


_ISSUER_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_ISSUER_KEYS)
_PUBLISHER_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_PUBLISHER_KEYS)
_DATE_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_DATE_KEYS)
_CASE_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_CASE_KEYS)


@dataclass(frozen=True)
class Filled:
    """A value a record gives: the value, the key it came from, and its span (if in the text)."""

    value: object
    key: str
    span: Span | None
    printed: str


def issuer_of(fields: Sequence[Field]) -> Filled | None:
    """The court or committee a record names: Court = "[广东]广州市白云区人民法院" → 广州市白云区人民法院;
    in a record whose values have no names (a row of SQL VALUES, a table with no header), the value that
    is a public body's name and nothing else."""
    keyed = [field for field in fields if key_of(field[0]) in _ISSUER_KEYS]
    keyed.sort(key=lambda field: key_of(field[0]) in _PUBLISHER_KEYS)  # (the publisher's only where no other names one)
    for key, value, span in keyed or [field for field in fields if not field[0]]:
        match = _ISSUER.fullmatch(value)
        if match and grammar.NOT_ISSUER_RE.search(match.group("issuer")) is None:
            name = match.group("issuer")
            if len(name) < _LEAST_ISSUER:
                continue  # a division alone (a feed's author: 执行局, 民一庭), not the body that signs
            return Filled(name, key, _inner(span, value, match.span("issuer")), name)
    return None


_LEAST_ISSUER = 5  # characters of a body's name at the least: 上海金融法院, 青岛市人社局


def _inner(span: Span | None, value: str, part: Span) -> Span | None:
    """The span of ``part`` of a field's value in the page, when the value stands there as printed."""
    if span is None or len(value) != span[1] - span[0]:
        return None
    return span[0] + part[0], span[0] + part[1]


def published_of(fields: Sequence[Field]) -> Filled | None:
    """The publication date a record gives: PublishDate = "2016-01-09 12:00:00" → 2016-01-09, or a
    timestamp (publishDate: 1452268800000, in China's time); in a record whose values have no names, the
    first value that is a date alone (a time with it marks an upload)."""
    keyed = [field for field in fields if key_of(field[0]) in _DATE_KEYS]
    unnamed = [field for field in fields if not field[0] and _DATE_ALONE.fullmatch(field[1])]
    for key, value, span in keyed or unnamed:
        moment = _machine_moment(value)
        day = moment.date() if moment is not None else None
        if day is not None:
            return Filled(day, key, span, f"{value} = {day}")
        if _DATE_TIME.fullmatch(value) is None:
            continue
        date = grammar.DATE_RE.search(value)
        if date is None:
            continue
        reading = read_date(date, "published")
        if reading.value is not None:
            return Filled(reading.value, key, _inner(span, value, date.span()), date.group())
    return None


_TIMESTAMP = grammar.compile_pattern(r"[0-9]{10}(?:[0-9]{3})?")
_CHINA_TIME = dt.timezone(dt.timedelta(hours=8))


def _machine_moment(value: str) -> dt.datetime | None:
    """A moment as a machine writes it, in China's time: a Unix timestamp in seconds or milliseconds (as Java back
    ends write dates, 1990–2100), an ISO date-time with its zone (2026-05-11T00:00:00+08:00, 2026-05-10T16:00:00Z),
    a date written as digits alone (20260506, as exports and crawlers write it: midnight), a date-time at midnight
    with no zone (a date-time column's day)."""
    printed = value.strip()
    with contextlib.suppress(ValueError):
        if _TIMESTAMP.fullmatch(printed):
            moment = dt.datetime.fromtimestamp(int(printed) / (1000 if len(printed) == 13 else 1), _CHINA_TIME)
            return moment if 1990 <= moment.year <= 2100 else None
        if _ZONED.fullmatch(printed):
            return dt.datetime.fromisoformat(printed).astimezone(_CHINA_TIME)
        if _DIGITS_DATE.fullmatch(printed):
            return dt.datetime.strptime(printed, "%Y%m%d").replace(tzinfo=_CHINA_TIME)
        if _MIDNIGHT.fullmatch(printed):
            return dt.datetime.fromisoformat(printed[:10]).replace(tzinfo=_CHINA_TIME)
    return None


# (A zone west of UTC only after T: 2022-09-06 14:30-16:00 is a session's start and end, not a time at UTC-16.)
_ZONED = grammar.compile_pattern(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T|(?P<space>\x20))[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?"
    r"(?:Z|\+[0-9]{2}:?[0-9]{2}|(?(space)(?!)|-[0-9]{2}:?[0-9]{2}))"
)
# A date-time column's day with no time, as a database or a DataFrame writes it (2038-07-20T00:00:00.000,
# 2038-07-20 00:00:00): midnight, no hearing's hour.
_MIDNIGHT = grammar.compile_pattern(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T|\x20)00:00(?::00(?:\.0+)?)?")
_DIGITS_DATE = grammar.compile_pattern(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")


def case_numbers_of(fields: Sequence[Field]) -> list[Filled]:
    """The case numbers a record gives, when its value reads whole as one with 号 and a plausible year: each written
    out (（2026）琼0105民初3301、3302号 gives two, as a notice's text does), the printed group the span of each; in a
    record whose values have no names (a row of SQL VALUES), the value that reads so."""
    keyed = [field for field in fields if key_of(field[0]) in _CASE_KEYS]
    for key, value, span in keyed or [field for field in fields if not field[0]]:
        match = grammar.CASE_NUMBER_RE.fullmatch(fold(value.strip()))
        if match and match.group("hao"):
            inner = span if span is not None and len(value) == span[1] - span[0] else None
            return [Filled(number, key, inner, number) for number in expand(match, value.strip())]
    return []


def _titles(fields: Sequence[Field]) -> Iterator[Field]:
    """A record's title fields (title, 标题, 公告标题 …); in a record whose values have no names (a row of SQL
    VALUES), the value that reads as a title (某公司：（2037）…号开庭传票公告)."""
    keyed = [field for field in fields if is_title_key(field[0])]
    if keyed or any(key for key, _, _ in fields):
        return iter(keyed)
    return (field for field in fields if _UNNAMED_TITLE.fullmatch(field[1]))


_UNNAMED_TITLE = grammar.compile_pattern(r"[^。\n]{2,60}(?:公告|通知|公示)")


def is_title_key(key: str | None) -> bool:
    """Is ``key`` a record's title field's (title, 标题, 公告标题 …)?"""
    return key is not None and key_of(key) in _TITLE_KEYS


def titled_own_business(fields: Sequence[Field], to_no_one: bool = False) -> bool:
    """Does a record's title name its body's own business (关于2027年春节期间暂停开庭的公告), or its rooms and
    systems where its text addresses no one in particular (关于启用电子送达平台的公告)? Its text then serves no one
    (各位当事人：…), as a page's heading of the kind does."""
    return any(
        isinstance(value, str)
        and (
            grammar.match(grammar.OWN_BUSINESS_TITLE_RE, value) is not None
            or (to_no_one and grammar.match(grammar.PREMISES_TITLE_RE, value) is not None)
        )
        for _, value, _ in _titles(fields)
    )


def _titled_case_number(fields: Sequence[Field]) -> Filled | None:
    """The one case number a record's title prints (公示催告公告（2026）粤0304民催37号)."""
    for key, value, span in _titles(fields):
        found = list(find_case_numbers(value))
        if len(found) == 1:
            number, number_span = found[0]
            return Filled(number, key, _moved(number_span, span[0] if span else 0, span), number)
    return None


_TITLE_KEYS = frozenset(key_of(key) for key in lexicon.RECORD_TITLE_KEYS)
_TITLE_WORD = grammar.compile_pattern("公告|排期|开庭")


def _titled_issuer(fields: Sequence[Field]) -> Filled | None:
    """The court a listing's title names (某某中级人民法院开庭公告（…）, 某某法院开庭排期表)."""
    for key, value, span in _titles(fields):
        title = grammar.match(grammar.SCHEDULE_TITLE_RE, value)
        group: str | int = "issuer"
        if title is None:
            title, group = grammar.match(grammar.HEADING_RE, value), "heading_issuer"
        if (title is None or not title.group(group)) and _TITLE_WORD.search(value):
            # 厦门海事法院涉外案件开庭公告: the court first, words of its own before the listing's word
            title, group = grammar.match(grammar.ISSUER_NAME_RE, value), 0
        if title is not None and title.group(group):
            court = title.group(group)
            return Filled(court, key, _moved(title.span(group), span[0] if span else 0, span), court)
    return None


def _named_issuer(fields: Sequence[Field]) -> Filled | None:
    """The body a record's fields name: a field's, or the title's over its table (某某人民法院公告刊登登记表)."""
    return issuer_of(fields) or _titled_issuer(fields)


def fill(record: Notice, fields: Sequence[Field], where: str) -> None:
    """Fill what ``record``'s text lacks from its record's ``fields``; ``where`` names the record."""
    titled = _titled_case_number(fields)
    printed = {identity.fold(n) for n in record.case_numbers}
    numbers = [  # (none the text prints)
        number
        for number in case_numbers_of(fields) or ([titled] if titled is not None else [])
        if identity.fold(number.printed) not in printed
    ]
    for name, found in (
        ("issuer", _named_issuer(fields) if record.issuer is None or _is_division(record.issuer) else None),
        ("published", published_of(fields) if record.published is None else None),
        # The case the record files the notice under, when the text cites only others (an appeal's
        # notice that names the first-instance number) or none.
        *(("case_numbers", number) for number in reversed(numbers)),
    ):
        if found is None:
            continue
        if name == "case_numbers":
            if found.span is None and record.case_numbers:
                continue  # a list's spans go one per value: a number not written as it reads has none
            record.case_numbers = [found.printed, *record.case_numbers]
            if found.span is not None:
                record.spans[name] = [found.span, *record.spans.get(name, [])]
        else:
            setattr(record, name, found.value)
            if found.span is not None:
                record.spans[name] = [found.span]
        key = unescape(found.key)  # (a key written with JSON's escapes, said as it reads)
        zh = f"{name}取自记录字段“{key}”（{where}）：{found.printed}"
        en = f"{name} taken from the record's field '{key}' ({where}): {found.printed}"
        record.warnings.append(finding("value_from_record", found.span, zh, en, field=name))
    _note_other_time(record, fields, where)
    _cut_at_listed_names(record, fields)


_PARTY_KINDS = ("parties", "addressee", "applicant", "respondent", "other")
_NAME_LISTS = ("party", "applicants", "respondents", "counterparty", "other_parties")


def _cut_at_listed_names(record: Notice, fields: Sequence[Field]) -> None:
    """A name the text runs straight on into its cause (原审第三人李光明咖啡生豆远期买卖合同纠纷一案: where the name
    ends no word tells) ends where the record's list of parties ends it (当事人: …,李光明); the rest is the cause's."""
    if record.cause is None or "cause" not in record.spans:
        return
    listed = {
        name for key, value, _ in fields if _field_kind(key) in _PARTY_KINDS for _, name, _ in _names(value, 0, None)
    }
    cause_start, cause_end = record.spans["cause"][0]
    for list_name in _NAME_LISTS:
        names: list[str] = getattr(record, list_name)
        spans = record.spans.get(list_name, [])
        for index, name in enumerate(names):
            if name in listed or index >= len(spans) or spans[index][1] != cause_start:
                continue
            start, end = spans[index]
            cut = max((len(each) for each in listed if len(each) > 1 and name.startswith(each)), default=0)
            if cut == 0 or end - start != len(name):
                continue
            names[index], spans[index] = name[:cut], (start, start + cut)
            record.cause, record.spans["cause"] = name[cut:] + record.cause, [(start + cut, cause_end)]


def _note_other_time(record: Notice, fields: Sequence[Field], where: str) -> None:
    """A record whose hearing fields give another time than its text (kssj: 09:00, the text 下午3时): the text's is
    read, and a clerk is told, for a calendar built from the fields would be wrong (hearing_conflict)."""
    if record.hearing_date is None and record.hearing_time is None:
        return
    # A bare "time" is anything's (a chat message's, a log line's): only a field named for a hearing, with the clock
    # column beside it, is compared.
    named = [field for field in fields if _field_kind(field[0]) == "hearing" and key_of(field[0]) != "time"]
    if not any(value.strip() for _, value, _ in named):
        return
    clocks = [field for field in fields if _field_kind(field[0]) in ("hearing", "clock") and field[1].strip()]
    listed = _Listed(Notice(kind="hearing", source=record.source))
    _read_when(listed, clocks)
    day, clock = listed.notice.hearing_date, listed.notice.hearing_time
    if (day is None or day == record.hearing_date or record.hearing_date is None) and (
        clock is None or clock == record.hearing_time or record.hearing_time is None
    ):
        return
    shown = " ".join(value.strip() for _, value, _ in clocks)
    zh = f"记录字段（{where}）所列开庭时间“{shown}”与公告正文不一致，按正文读取"
    en = f"the record's fields ({where}) give the hearing as '{shown}', the notice's text another: the text's is read"
    field = "hearing_time" if day in (None, record.hearing_date) else "hearing_date"
    record.warnings.append(finding("hearing_conflict", clocks[0][2], zh, en, field=field))


def _is_division(issuer: str) -> bool:
    """Does ``issuer`` name a court's division, not a court (济南知识产权法庭, 某某人民法庭)? The court its record
    names is the issuer then."""
    return issuer.endswith("法庭")


def published_date(value: str) -> dt.date | None:
    """A record field's value read as a date (for CSV cells and the like)."""
    found = published_of([("publishdate", value, None)])
    return found.value if found is not None and isinstance(found.value, dt.date) else None


# ---------------------------------------------------------------- listings printed as fields

_KEYS = {
    "hearing": frozenset(key_of(k) for k in lexicon.RECORD_HEARING_KEYS),
    "clock": frozenset(key_of(k) for k in lexicon.RECORD_CLOCK_KEYS),
    "day": frozenset(key_of(k) for k in lexicon.RECORD_DAY_KEYS),
    "weekday": frozenset(key_of(k) for k in lexicon.RECORD_WEEKDAY_KEYS),
    "venue": frozenset(key_of(k) for k in lexicon.RECORD_VENUE_KEYS),
    "cause": frozenset(key_of(k) for k in lexicon.RECORD_CAUSE_KEYS),
    "case": _CASE_KEYS,
    "parties": frozenset(key_of(k) for k in lexicon.RECORD_PARTY_KEYS),
    "addressee": frozenset(key_of(k) for k in lexicon.RECORD_ADDRESSEE_KEYS),
    "applicant": frozenset(key_of(k) for k in lexicon.RECORD_APPLICANT_KEYS),
    "respondent": frozenset(key_of(k) for k in lexicon.RECORD_RESPONDENT_KEYS),
    "other": frozenset(key_of(k) for k in lexicon.RECORD_OTHER_PARTY_KEYS),
    "documents": frozenset(key_of(k) for k in lexicon.RECORD_DOCUMENT_KEYS),
}
# (A line break within a cell too; not the comma before a Latin name's legal form: ABC TRADING CO., LIMITED; nor the
# spaces that pad a two-character name to a column's width: 吴志刚、吴  丽.)
_NAME_SEPARATOR = grammar.compile_pattern(
    rf"""(?: , (?! {grammar.LATIN_FORM_AFTER_COMMA} ) | [，、;；|｜\n] ) \s*
       | (?<! (?: ^ | [，、,;；：:\s] ) \p{{Han}} ) \s{{2,}} | (?<= (?: ^ | [，、,;；：:\s] ) \p{{Han}} ) \s{{2,}}
         (?! \p{{Han}} (?: [，、,;；\s] | $ ) )
       | 及 | 以及""",
    regex.VERBOSE,
)
# "原告:某某公司;被告:刘光明,某某公司", "上诉人-某某|被上诉人-某某" — names after their role.
_ROLE_PREFIX = grammar.compile_pattern(rf"\s* (?P<role>{grammar.ROLE}) \s* [:：\-－—]? \s*", regex.VERBOSE)
_WEEKDAY_DAY_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_WEEKDAY_DAY_KEYS)
_PROSE_STOPS = 2  # full stops in a field's value that make it a text, not a form's value
_BLANK_VALUE = grammar.compile_pattern(rf"{grammar.BLANK}{{2,}}")  # (×××, ______)
_ITEM_NUMBER = grammar.compile_pattern(r"\s*[0-9０-９]{1,2}[.．、]\s*")
# "武汉某某有限公司(原告),刘某(被告)" — a role in brackets after the name.
_ROLE_SUFFIX = grammar.compile_pattern(rf"\s* [（(] \s* (?P<role>{grammar.ROLE}) \s* [)）] \s* \Z", regex.VERBOSE)
_HELD = grammar.compile_pattern(r"时长[\x20\u3000\xa0:：]*[0-9]{1,2}:[0-9]{2}")
_TOLD_HELD = grammar.literals(lexicon.HELD_WORDS)
# (Or counts its viewers: "views": 213, "viewCount", 观看人次: a stream's card, no schedule's row.)
_REPLAY_KEY = grammar.compile_pattern("replay|playback|回放|点播|回看|^views?$|viewcount|观看|播放")
_STREAM_STATUSES = frozenset(lexicon.ENDED_STATUSES + lexicon.LIVE_STATUSES)
_LIVE_STATUSES = frozenset(lexicon.LIVE_STATUSES)
_TRANSLATION = grammar.compile_pattern(r"(?<=\p{Han})[\x20\u3000]+[A-Za-z][A-Za-z0-9 .,'()\-]*$")
# (…LIMITED（香港）v. 广州…: no space after a bracket; 某公司 诉 韩某, a schedule's cell)
_VERSUS = grammar.compile_pattern(r"(?:\s|(?<=[）)]))[vV][sS]?\.\s|\s诉\s")
# (Or 甲诉乙 glued, in a cell that prints no role: not 诉讼, 诉称, nor a role's 诉, 上诉人, 反诉, 起诉; or 甲与乙、丙,
# the plaintiff first, as a case's name puts it.)
_GLUED_VERSUS = grammar.compile_pattern(
    r"(?<=\p{Han}{2})(?:(?<![上反申起投公])诉(?![讼称请求人])|(?<![参给])与(?![其之]))(?=\p{Han}{2})"
)
# (原告邱德明诉被告某某有限公司: sides glued by 诉 with their roles; the roles set each half's side)
_VERSUS_BEFORE_ROLE = grammar.compile_pattern(r"(?<=\p{Han})诉(?=被告|被申请人|被上诉人)")
_SIDE_FIELD = {"applicant": "applicants", "respondent": "respondents", "other": "other_parties"}


_ROLES_APART = grammar.compile_pattern("[/／或、（(]")  # (被告（被上诉人、被申请人）: the roles it stands for aside)


def _field_kind(key: str) -> str | None:
    compared = key_of(key)
    for kind, keys in _KEYS.items():
        if compared in keys:
            return kind
    # 原告, 原告名称; of several roles (原告/上诉人/公诉机关, 被告或被上诉人, 被告（被上诉人、被申请人）), the first
    # names the column's side.
    first = key_of(_ROLES_APART.split(key, maxsplit=1)[0])
    role = grammar.ROLE_RE.match(first)
    if role is not None and role.end() >= len(first) - 4:
        return side_of(role.group())
    return None


# An identifier or the owner's name in brackets after a name in a cell: （经营者：张某）, （统一社会信用代码：…）;
# or the name in English or Russian: 香港联泰船务有限公司（LUEN TAI SHIPPING (HK) LIMITED）, 达乌里亚有限责任公司（ООО
# «Даурия»）, and a Latin name's in Chinese or its place: KINGSWAY FOOD SUPPLY LIMITED（香港）.
_IDENTIFIER_AT_END = grammar.compile_pattern(
    rf"""{grammar.IDENTIFIER} \s* \Z
         | (?<=\p{{Han}}) [（(] \s* [A-Za-z\p{{Cyrillic}}] [A-Za-z\p{{Cyrillic}}0-9\x20.,'&()«»"\-]{{4,}} [)）] \s* \Z
         | (?<=[A-Za-z.]) \s* [（(] \p{{Han}}{{1,30}} [)）] \s* \Z""",
    regex.VERBOSE,
)


def _names(value: str, start: int, side: str | None) -> Iterator[tuple[str | None, str, Span]]:
    """(side, name, span) for each name in a parties field; a role printed before names sets their side (None
    where none is known), and so does v. between the sides (甲 v. 乙: the plaintiffs, then the defendants). Not a
    representative's (法定代表人, 委托代理人: side "none")."""
    versus = _VERSUS.search(value) if side is None else None
    if versus is None and side is None:
        roled = grammar.ROLE_RE.search(value) is not None
        versus = (_VERSUS_BEFORE_ROLE if roled else _GLUED_VERSUS).search(value)
    if versus is not None:
        yield from _names(value[: versus.start()], start, "applicant")
        yield from _names(value[versus.end() :], start + versus.end(), "respondent")
        return
    at = 0
    for piece in [*_NAME_SEPARATOR.split(value)]:
        offset = value.find(piece, at)
        at = offset + len(piece)
        number = _ITEM_NUMBER.match(piece)
        if number is not None:  # (1.某公司, a numbered list's item)
            offset += number.end()
            piece = piece[number.end() :]
        role = _ROLE_PREFIX.match(piece)
        if role is not None and role.group("role"):
            side = side_of(role.group("role")) or side
            offset += role.end()
            piece = piece[role.end() :]
        suffix = _ROLE_SUFFIX.search(piece)
        named_side = side
        if suffix is not None and suffix.start() > 0:
            named_side = side_of(suffix.group("role")) or side  # (this name's alone: the next has its own)
            piece = piece[: suffix.start()]
        name = piece.strip()
        if grammar.NAME_ASIDE_RE.fullmatch(name):
            continue  # an aside on a line of its own under the name: （经营者：郑某）, （原某某有限公司）
        aside = _IDENTIFIER_AT_END.search(name)
        if aside is not None and aside.start() > 0:
            name = name[: aside.start()]  # 某某经营部（经营者：郑某）: the trader's name, as in a notice's text
        kin = grammar.match(grammar.KIN_NAME_RE, name)
        if kin is not None:
            name = kin.group("name")  # (许文之妻黄丽: 黄丽)
        if name and named_side != "none":
            offset += piece.find(name)
            yield named_side, name, (start + offset, start + offset + len(name))


class _Listed:
    """A record's values put into a notice, each with its span when the field stands in the text."""

    def __init__(self, notice: Notice) -> None:
        self.notice = notice

    def set(self, name: str, value: object, span: Span | None) -> None:
        setattr(self.notice, name, value)
        if span is not None:
            self.notice.spans[name] = [span]

    def add(self, name: str, value: str, span: Span | None) -> None:
        """Append a value; a field with a value of no place (a wrapped cell's) has no spans at all, so that
        each span still stands for the value at its index."""
        values: list[str] = getattr(self.notice, name)
        if value in values:
            return
        placed = len(self.notice.spans.get(name, [])) == len(values)
        values.append(value)
        if span is not None and placed:
            self.notice.spans.setdefault(name, []).append(span)
        else:
            self.notice.spans.pop(name, None)


def row_spans(fields: Sequence[Field]) -> list[Span]:
    """Where a record's own fields stand: not the title of the table it is a row of (a sheet's 标题), nor the day
    printed over its session."""
    return [span for key, _, span in fields if span is not None and key_of(key) not in _ABOVE_ROW_KEYS]


def listed_spans(fields: Sequence[Field]) -> list[Span]:
    """Where the fields a listing reads stand (not a row's 序号 or 备注, which a sentence above may run into, nor
    the day printed over its session)."""
    return [
        span
        for key, _, span in fields
        if span is not None and _field_kind(key) is not None and key_of(key) not in _ABOVE_ROW_KEYS
    ]


_ABOVE_ROW_KEYS = _TITLE_KEYS | {key_of(lexicon.DAY_ABOVE_KEY), key_of(lexicon.DAY_ABOVE_WEEKDAY_KEY)}


def listing(fields: Sequence[Field], file: str | None, where: str, form: bool = False) -> Notice | None:
    """A hearing listed as fields (a table row, a JSON record, labelled lines), or None when the
    fields do not give a hearing: a time, and a case number or the parties. ``form``: the fields are a run of
    labelled lines, one form: a form of service is a notice whether or not it sets a hearing (not a table's row,
    which a sentence over the table serves)."""
    by_kind: dict[str, list[Field]] = {}
    remarks: list[Field] = []  # fields of no known kind: 备注, 状态 …
    for field in fields:
        kind = _field_kind(field[0])
        if kind is None:
            remarks.append(field)
        elif field[1].strip():
            by_kind.setdefault(kind, []).append(field)
    if "day" not in by_kind:
        # (日期 beside 星期, or 同日 in it: a day of sessions; see lexicon.RECORD_WEEKDAY_DAY_KEYS)
        day = [field for field in remarks if key_of(field[0]) in _WEEKDAY_DAY_KEYS and field[1].strip()]
        if day and ("weekday" in by_kind or day[0][1].strip() in lexicon.SAME_DAY_WORDS):
            by_kind["day"] = day[:1]
    has_parties = any(kind in by_kind for kind in ("parties", "addressee", "applicant", "respondent", "other"))
    clocks = by_kind.get("clock", []) + [field for field in by_kind.get("hearing", []) if key_of(field[0]) == "time"]
    if "day" in by_kind and clocks and not any(key_of(field[0]) != "time" for field in by_kind.get("hearing", [])):
        by_kind["hearing"] = [by_kind["day"][0], *clocks]  # Date | Time: the day beside a clock is the hearing's
    # (Not a record whose text says what it is, read as text: 公告正文：处罚事由：…。处罚依据：…。 serves no one.)
    served = form and _serves(by_kind) and not any(value.count("。") >= _PROSE_STOPS for _, value, _ in fields)
    if served and any(_BLANK_VALUE.fullmatch(value.strip()) for _, value, _ in by_kind["addressee"]):
        return None  # a template's form, its addressee to fill in (受送达人：×××)
    if not served and ("hearing" not in by_kind or not ("case" in by_kind or has_parties)):
        return None
    if any(_HELD.search(value) for _, value, _ in by_kind.get("hearing", [])):
        return None  # a session held, as a replay's card tells it (开庭时间：… 时长 01:12:40 观看 1,204 次): no notice
    if any(_TOLD_HELD.search(value) for _, value, _ in fields):
        return None  # (or its record says so: 庭审直播回顾, …累计观看1236人次)
    if from_a_stream(remarks):
        return None
    located = row_spans(fields)
    start, end = min((s[0] for s in located), default=0), max((s[1] for s in located), default=0)
    listed = _Listed(Notice(kind="hearing", source=Source(file=file, start=start, end=end)))

    if "hearing" in by_kind:
        _read_when(listed, by_kind["hearing"] + by_kind.get("clock", []))
    for _, value, span in by_kind.get("documents", []):
        for piece in documents_in(value, span):
            listed.add("documents", *piece)
    if served and listed.notice.hearing_date is None and listed.notice.hearing_time is None:
        listed.notice.kind = _served_kind(listed.notice.documents)
    _check_weekday(listed, by_kind.get("weekday", []))
    for kind in ("venue", "cause"):
        if kind in by_kind:
            _, value, span = by_kind[kind][0]
            english = _TRANSLATION.search(value)  # (第一法庭 Courtroom 1: the room, its English after it)
            if english is not None and span is not None and len(value) == span[1] - span[0]:
                value, span = value[: english.start()], (span[0], span[0] + english.start())
            listed.set(kind, value.strip(), span)
    for _, value, span in by_kind.get("case", []):
        for number, number_span in find_case_numbers(fold(value), printed=value):
            listed.add("case_numbers", number, _moved(number_span, span[0] if span else 0, span))
        for cut in cut_case_numbers(fold(value)):
            placed = _moved(cut, span[0] if span else 0, span)
            listed.notice.warnings.append(cut_number_finding(value[cut[0] : cut[1]], placed))
    for kind in ("parties", "applicant", "respondent", "other"):
        for _, value, span in by_kind.get(kind, []):
            phrase = read_sides(fold(value), 0, len(value), listing=True) if kind == "parties" else None
            if phrase is not None and phrase.cause is not None:
                # A case's column (案件: 原告某某诉被告某某民间借贷纠纷): its parties by side, and its cause.
                _read_phrase(listed, value, span, phrase, "cause" not in by_kind)
                continue
            for side, name, name_span in _names(value, span[0] if span else 0, None if kind == "parties" else kind):
                if side in _SIDE_FIELD:
                    listed.add(_SIDE_FIELD[side], name, name_span if span else None)
    _read_addressees(listed, by_kind.get("addressee", []), by_kind)
    marked = [field for field in by_kind.get("case", []) if grammar.search(grammar.CASE_CELL_CALLED_OFF_RE, field[1])]
    _read_call_off(listed, [*remarks, *marked])
    issuer, published = _named_issuer(fields), published_of(fields)
    if issuer is not None:
        listed.set("issuer", issuer.value, issuer.span)
    if published is not None:
        listed.set("published", published.value, published.span)
    zh = f"这则开庭信息由记录的各字段组成（{where}），没有公告正文"
    en = f"this hearing is listed as the record's fields ({where}), with no notice text"
    listed.notice.warnings.append(finding("value_from_record", None, zh, en))
    return listed.notice


def _serves(by_kind: dict[str, list[Field]]) -> bool:
    """Are the fields a form of service (要素式公告: 受送达人：… 案号：… 送达文书：…), setting a hearing or not?"""
    return "addressee" in by_kind and "documents" in by_kind and "case" in by_kind


def from_a_stream(fields: Sequence[Field], sat_too: bool = True) -> bool:
    """Whether a record is a court's livestream card: its replay or its status says so ("replayUrl": "/live/…",
    "直播中"; with ``sat_too``, "已结束" too: a session sat, a word a schedule's rows may also hold), which serves
    no one."""
    statuses = _STREAM_STATUSES if sat_too else _LIVE_STATUSES
    return any(
        value.strip() in statuses or _REPLAY_KEY.search(key_of(key))
        for key, value, _ in fields
        if _field_kind(key) is None
    )


def clock_only(fields: Sequence[Field]) -> bool:
    """Do ``fields`` give a clock and no day or hearing field (a table's 时间 column, its day printed elsewhere)?"""
    kinds = {_field_kind(field[0]) for field in fields if field[1].strip()}
    return "clock" in kinds and not kinds & {"hearing", "day"}


def served_form(fields: Sequence[Field]) -> bool:
    """Do ``fields`` (a run of labelled lines) make a form of service (see ``listing``)?"""
    kinds = {kind for kind in (_field_kind(field[0]) for field in fields if field[1].strip()) if kind}
    return {"addressee", "documents", "case"} <= kinds


# The documents a form serves, one from the next: 起诉状副本、应诉通知书、开庭传票.
_DOCUMENT_GAP = grammar.compile_pattern(r"[、，,；;及和]\s*")
_AWARDS = ("判决书", "裁决书", "裁定书", "调解书", "决定书")
_SUMMONSES = ("传票", "开庭通知")


def documents_in(value: str, span: Span | None) -> Iterator[tuple[str, Span | None]]:
    """Each document a form's field or a table's cell names (执行通知书、报告财产令), with its span where the value
    stands as printed."""
    for start, end in grammar.pieces(_DOCUMENT_GAP, value, 0, len(value)):
        piece = value[start:end].strip()
        if piece:
            at = value.index(piece, start)
            yield piece, _moved((at, at + len(piece)), span[0] if span else 0, span)


def _served_kind(documents: list[str]) -> Kind:
    """What a form that sets no hearing time serves: a summons (its time to come), a decision to collect, or other."""
    if any(word in document for document in documents for word in _SUMMONSES):
        return "hearing"
    if any(document.endswith(_AWARDS) for document in documents):
        return "award_service"
    return "other"


def _read_phrase(listed: _Listed, value: str, span: Span | None, phrase: Sides, with_cause: bool) -> None:
    base = span[0] if span else 0
    for side, members in phrase.by_side.items():
        for _, (name_start, name_end) in members:
            if side in _SIDE_FIELD:
                listed.add(_SIDE_FIELD[side], value[name_start:name_end], _moved((name_start, name_end), base, span))
    if with_cause and phrase.cause is not None:
        cause_start, cause_end = phrase.cause[1]
        listed.set("cause", value[cause_start:cause_end], _moved((cause_start, cause_end), base, span))


def _read_addressees(listed: _Listed, fields: list[Field], by_kind: dict[str, list[Field]]) -> None:
    """The row's addressees (被送达人): the party; on the side a column of the other side leaves them (a 申请人
    column, or 原告：某某 in a column of parties: they are the respondents)."""
    sides = [side for side in ("applicant", "respondent") if side in by_kind or getattr(listed.notice, f"{side}s")]
    own = {"applicant": "respondent", "respondent": "applicant"}[sides[0]] if len(sides) == 1 else None
    for _, value, span in fields:
        for _, name, name_span in _names(value, span[0] if span else 0, own):
            listed.add("party", name, name_span if span else None)
            if own is not None:
                listed.add(f"{own}s", name, name_span if span else None)
    notice = listed.notice
    if notice.party and own is None:
        # (Both sides named in their own fields, the addressees among one of them: that is their side.)
        for side, names in (("respondent", notice.respondents), ("applicant", notice.applicants)):
            if names and all(name in names for name in notice.party):
                notice.party_role = side  # type: ignore[assignment]
                other = notice.applicants if side == "respondent" else notice.respondents
                spans: list[Span | None] = list(
                    notice.spans.get("applicants" if side == "respondent" else "respondents", [])
                )
                for name, span in zip(other, spans or [None] * len(other), strict=False):
                    listed.add("counterparty", name, span)
                own_spans: list[Span | None] = list(notice.spans.get(f"{side}s", [])) or [None] * len(names)
                for name, span in zip(names, own_spans, strict=False):
                    if name not in notice.party:
                        listed.add("counterparty", name, span)  # (a co-defendant the form does not address)
                break
    if listed.notice.party and own is not None:
        listed.notice.party_role = "applicant" if own == "applicant" else "respondent"
        other = listed.notice.applicants if own == "respondent" else listed.notice.respondents
        for name, span in zip(other, listed.notice.spans.get(f"{sides[0]}s", [None] * len(other)), strict=True):
            listed.add("counterparty", name, span)


def _read_call_off(listed: _Listed, remarks: Sequence[Field]) -> None:
    """A row whose remark calls its hearing off or puts it off with no new time (原告已撤诉，取消开庭; 延期开庭，
    时间另行通知; or the word alone: 取消, 延期, or marked after its case number: …号【已撤诉】): no date, time or
    place to attend — the time listed stays as hearing_text — and a finding says so."""
    for _, value, span in remarks:
        said = (
            grammar.search(grammar.HEARING_CALLED_OFF_RE, value)
            or grammar.search(grammar.HEARING_PUT_OFF_RE, value)
            or grammar.search(grammar.REMARK_CALLED_OFF_RE, value)
            or grammar.search(grammar.CASE_CELL_CALLED_OFF_RE, value)
        )
        if said is None:
            _read_moved(listed, value, span)
            continue
        notice = listed.notice
        notice.kind, notice.hearing_date, notice.hearing_time, notice.venue = "other", None, None, None
        for name in ("hearing_date", "hearing_time", "venue"):
            notice.spans.pop(name, None)
        remark = value.strip()
        zh, en = f"记录注明“{remark}”：不按所列时间开庭", f"the record says '{remark}': no hearing at the time listed"
        notice.warnings.append(finding("hearing_cancelled", _moved(said.span(), span[0] if span else 0, span), zh, en))
        return


def _check_weekday(listed: _Listed, fields: list[Field]) -> None:
    """A weekday column's cell (星期四) against the hearing's date: weekday_mismatch where it is another day's."""
    day = listed.notice.hearing_date
    if day is None or not fields:
        return
    _, value, span = fields[0]
    printed = _WEEKDAY_CELL.fullmatch(value.strip())
    found = weekday_mismatch(day, printed.group(1), span) if printed is not None else None
    if found is not None:
        listed.notice.warnings.append(found)


_WEEKDAY_CELL = grammar.compile_pattern(r"(?:星期|礼拜|周)?([一二三四五六日天])")


def _read_moved(listed: _Listed, remark: str, span: Span | None) -> None:
    """A row whose remark moves its hearing (改期至2026年6月24日14:30): the time listed stays the record's, as printed,
    and a finding quotes the remark (the new time is the remark's, not the row's cells)."""
    moved = grammar.search(grammar.REMARK_MOVED_RE, remark)
    if moved is None:
        return
    said = remark.strip()
    zh, en = (
        f"记录注明“{said}”：开庭时间已变更，所列时间不再适用",
        f"the record says '{said}': the hearing listed is moved",
    )
    placed = _moved((moved.start(), len(remark.rstrip())), span[0] if span else 0, span)
    listed.notice.warnings.append(finding("hearing_conflict", placed, zh, en))


def _read_when(listed: _Listed, fields: list[Field]) -> None:
    """The hearing's date and time from its field, or from two (开庭日期 | 开庭时间 in two columns)."""
    _, when, span = fields[0]
    base = span[0] if span is not None else 0
    reading = _machine_when(when) or read_when(when, 0, len(when), None)
    text, text_span = when.strip(), span
    clock_findings: list[Finding] = []  # (placed in the clock's field, the date's in the date's)
    if reading.time is None and len(fields) > 1:
        _, clock, clock_span = fields[1]
        time = read_time_at(clock, len(clock) - len(clock.lstrip()), len(clock))
        if time is not None:
            reading.time = time
            clock_findings = time.findings
            text = f"{text} {clock.strip()}"
            text_span = (span[0], clock_span[1]) if span is not None and clock_span is not None else None
            if key_of(fields[0][0]) in _ABOVE_ROW_KEYS:
                text_span = None  # (the day over the session and its time, other rows between: printed in pieces)
            base = clock_span[0] if clock_span is not None else 0
            span = clock_span
    listed.set("hearing_text", text, text_span)
    date_base = fields[0][2][0] if fields[0][2] is not None else 0
    if reading.date is not None and reading.date.value is not None:
        listed.set("hearing_date", reading.date.value, _moved(reading.date.span, date_base, fields[0][2]))
    if reading.time is not None and reading.time.value is not None:
        listed.set("hearing_time", reading.time.value, _moved(reading.time.span, base, span))
    listed.notice.warnings += [
        f.model_copy(update={"span": _moved(f.span, date_base, fields[0][2])}) for f in reading.findings
    ] + [f.model_copy(update={"span": _moved(f.span, base, span)}) for f in clock_findings]


def _machine_when(value: str) -> WhenReading | None:
    """A hearing's time as a machine writes it, read as the day and time in China: a Unix timestamp (1772985600000,
    in seconds or milliseconds), an ISO date-time with its zone (2026-04-20T01:30:00Z is 09:30 in China), a date
    written as digits alone (20260518); or a date in English as a bilingual table prints it (March 5, 2026, 5 March
    2026). Midnight is a date alone (a day's timestamp); None for a date as printed in Chinese."""
    printed = value.strip()
    start = value.find(printed) if printed else 0
    moment = _machine_moment(printed) or (_english_date(printed) if _ENGLISH_DATE.fullmatch(printed) else None)
    if moment is None or not 1990 <= moment.year <= 2100:
        return None
    span = (start, start + len(printed))
    clock = moment.strftime("%H:%M")
    return WhenReading(
        date=DateReading(moment.date(), span), time=None if clock == "00:00" else TimeReading(clock, span)
    )


_ENGLISH_DATE = grammar.compile_pattern(
    r"""(?: [A-Za-z]{3,9} \.? \x20 [0-9]{1,2} (?:st|nd|rd|th)? ,?      # March 5, 2026 / Mar. 5th 2026
          | [0-9]{1,2} (?:st|nd|rd|th)? \x20 [A-Za-z]{3,9} \.? ,? )   # 5 March 2026
        \x20 [0-9]{4}""",
    regex.VERBOSE,
)
# (strptime's month names are the C locale's, English whatever the machine's language: setlocale is never called.)
_ENGLISH_FORMATS = ("%B %d %Y", "%b %d %Y", "%d %B %Y", "%d %b %Y")


def _english_date(printed: str) -> dt.datetime | None:
    """March 5, 2026 / Mar. 5th 2026 / 5 March 2026, as midnight in China; None for no such date."""
    plain = regex.sub(r"(?<=[0-9])(?:st|nd|rd|th)|[.,]|(?<=Sep)t(?=[.\x20])", "", printed)  # (Sept. is Sep)
    for form in _ENGLISH_FORMATS:
        with contextlib.suppress(ValueError):
            return dt.datetime.strptime(plain, form).replace(tzinfo=_CHINA_TIME)
    return None


def _moved(span: Span | None, base: int, located: Span | None) -> Span | None:
    """A span read in a field's value, as an offset into the page (None when the field has no place)."""
    if span is None or located is None:
        return None
    return span[0] + base, span[1] + base
