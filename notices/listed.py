"""Parties a notice names by a table: "下列被申请人：本委受理的下表所列…案件…", then a table.

Bureaus, committees and courts serve many parties at once: the addressee line
refers to a table printed beside the body (序号 / 案号 / 申请人 / 被申请人 / 案由,
or 纳税人名称 / 文书文号), one row per case. The parties are the cells of the column
the addressee names (被申请人, 纳税人 → 纳税人名称, 被送达人), and the case numbers
the cells of the number column, each with its span in the page. Where a column
names the other side too (申请执行人, 申请人), each row is a case of its own, and a
notice of its own; where no table stands, the names that open numbered items are
the parties (一、某某有限公司（纳税人识别号：…）：…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from notices import grammar, lexicon
from notices.casenumbers import find_case_numbers
from notices.catalogue import finding
from notices.fold import fold
from notices.models import Notice, PartyRole, Span
from notices.records import documents_in
from notices.timeparse import read_when, to_int

# 下列被申请人 / 上述被送达人 / 以下纳税人: the noun the table's column is headed by.
REFERRING = grammar.compile_pattern(
    rf"(?:{grammar.alt(lexicon.REFERRING_WORDS)})(?P<noun>\p{{Han}}{{2,6}}?)(?:们)?", regex.VERBOSE
)
# A body that serves the parties of a table with no addressee line over it: 本局对下列当事人作出的行政处罚决定…,
# 现向下列纳税人公告送达, 对下列纳税人采用公告方式送达.
# Or names them as the subject of why it serves by announcement: 下列受送达人下落不明或无法以其他方式送达，…本院向其
# 公告送达下表所列诉讼文书; 因下列纳税人经营地址变更且无法联系，….
_SERVED_LIST = grammar.compile_pattern(
    rf"""(?:对|向) {grammar.SP}? {REFERRING.pattern}
         (?= {grammar.SP}? (?: (?:采用|以|通过) [^。；;，,]{{0,8}}? )? (?:作出|公告送达|送达|发出|下达) )
       | {REFERRING.pattern} (?= [^。；;]{{0,30}}? (?:下落不明|无法联系|无法 [^。；;]{{0,20}}? 送达) )""",
    regex.VERBOSE,
)
_LEAD = 200  # characters of a body its sentence of whom it serves stands in
_NUMBER_HEADERS = ("案号", "文号", "文书号", "编号")
_DOCUMENT_HEADERS = ("送达文书", "文书名称", "送达内容")
_HEARING_HEADERS = tuple(word for word in lexicon.RECORD_HEARING_KEYS if not word.isascii())  # 开庭时间, 询问时间
_ROOM_HEADERS = tuple(word for word in lexicon.RECORD_VENUE_KEYS if not word.isascii())  # 仲裁庭, 开庭地点
# How far from the block a table may stand: above the addressee line, or between the body and the signature.
_REACH = 3000
_MIN_CELLS = 3


# Between two cells: a tab; on a line with none, a bar (序号 | 当事人名称 | 文书编号, a table copied as text); else the
# spaces that align a column printed as text.
_TAB = grammar.compile_pattern("\t")
_BAR = grammar.compile_pattern(r"[\x20\u3000\xa0]*[|｜][\x20\u3000\xa0]*")
_ALIGNING_SPACES = grammar.compile_pattern(grammar.CELL_GAP)
_BARS = frozenset("|｜")
# Or, on a line of CSV with no prose in it (1,葛某某,（2026）皖0111民初11201号,2026/9/8,09:00,第十五法庭), a comma.
_COMMA = grammar.compile_pattern(r"[\x20\u3000]*,[\x20\u3000]*")
_PROSE_MARKS = frozenset("，。；：")
_RULE = grammar.compile_pattern(f"(?:{grammar.RULE}|\x20)*")  # (pandoc's, its columns' dashes a space apart)


def _rows(text: str, start: int, end: int) -> Iterator[list[tuple[str, Span]] | None]:
    """The lines of ``text[start:end]`` as cells with their spans (``[]`` for a line of fewer than three, None for a
    blank line), in runs of one table. An empty cell between two tabs is kept: it holds its column's place."""
    at = start
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        line = text[at:line_end]
        gaps = (
            _TAB
            if "\t" in line
            else _BAR
            if sum(map(line.count, _BARS)) >= 2
            else _COMMA
            if line.count(",") >= _MIN_CELLS - 1 and not _PROSE_MARKS.intersection(line)
            else _ALIGNING_SPACES
        )
        cells, cell_start = [], at
        for gap in gaps.finditer(text, at, line_end):
            if gap.start() > at or gap.re is not _BAR:  # (not a bar that opens the line: | 序号 | 名称 |)
                cells.append(_cell(text, cell_start, gap.start()))
            cell_start = gap.end()
        if cell_start < line_end or gaps is not _BAR:  # (nor one that closes it)
            cells.append(_cell(text, cell_start, line_end))
        at = line_end + 1
        if not any(cell for cell, _ in cells):
            yield None
        elif all(_RULE.fullmatch(cell) for cell, _ in cells):
            continue  # (a rule under the header: ----  ------)
        else:
            yield cells if len(cells) >= _MIN_CELLS else []


_BULLETS = "·•・●◆■▪"


def _cell(text: str, start: int, end: int) -> tuple[str, Span]:
    piece = text[start:end]
    stripped = piece.strip().lstrip(_BULLETS).lstrip()  # (· 邬某某: a list's bullet is no part of the cell)
    offset = start + piece.find(stripped) if stripped else start
    return stripped, (offset, offset + len(stripped))


def _tables(text: str, start: int, end: int) -> Iterator[list[list[tuple[str, Span]]]]:
    """The tables (a header and its rows) in ``text[start:end]``, in order. A blank line ends one only where the
    line after it has another number of cells (a web page's table copied as text sets its rows apart)."""
    table: list[list[tuple[str, Span]]] = []
    apart = False  # (a blank line since the table's last row)
    for row in [*_rows(text, start, end), []]:
        if row is None:
            apart = True
            continue
        if row and not (apart and table and len(row) != len(table[0])):
            table.append(row)
            apart = False
            continue
        if len(table) > 1:
            yield table
        table, apart = ([row] if row else []), False


def _column(header: list[tuple[str, Span]], words: tuple[str, ...], within: bool = False) -> int | None:
    """The column whose header starts with one of ``words`` (被申请人, not 申请人), or holds one (文书文号)."""
    for index, (name, _) in enumerate(header):
        if name.startswith(words) or (within and any(word in name for word in words)):
            return index
    return None


def fill_listed(record: Notice, printed: str, within: Span) -> list[Notice] | None:
    """Give ``record`` (spans into ``printed``, a whole page) the parties and case numbers of the table its
    addressee (下列被申请人) refers to, if the page prints one between the notices before and after it (``within``);
    where it prints none read here, the words name no one and are no party. None where the addressee refers to no
    list; else the notices: ``record``, or one for each row where each row is a case of its own (``_read_cases``)."""
    block = (record.source.start, record.source.end)
    if len(record.party) == 1:
        referring = REFERRING.fullmatch(record.party[0])
    elif not record.party:  # (no addressee line: the body says whom it serves, 本局对下列当事人作出的…决定)
        referring = _SERVED_LIST.search(fold(printed[block[0] : min(block[1], block[0] + _LEAD)]))
    else:
        referring = None
    sided = _side_named(record)
    if referring is None:
        # Addressees each in a case of their own, the body naming the other side of all (原告某某诉你们…系列案件):
        # a table's rows (孙瑞、潘国栋、王少华等四十人：…被告姓名及案号详见附表) or numbered items (1.魏某某，（2026）…
        # 号，9:00) are the cases.
        said = printed[block[0] : block[1]]
        counted = record.spans.get("party") and _COUNTED.match(printed, record.spans["party"][-1][1])
        # (With no addressee read, the items are the addressees the body speaks to: 下列被告： / 1. …；…诉你们…)
        if sided is None or not (counted or record.party or "你们" in said or REFERRING.search(said)):
            return None
        # Each way of listing the cases looked for first as printed, cheaply: most notices list none, and folding
        # the text near a notice costs more than reading it.
        # (…孙瑞、潘国栋等四十人：…详见附表; or no addressee read, the body serving 下表所列被告)
        tabled = counted or ("表" in said and (len(record.party) > 1 or (not record.party and "表所列" in said)))
        itemed = _NAMED_ITEM.search(printed, *block) is not None or _TIMED_MARK.search(said) is not None
        ordered = "依次" in said or "分别" in said
        bracketed = any(_number_after(printed, end) for _, end in record.spans.get("party", []))
        if not (tabled or itemed or ordered or bracketed):
            return None
        near = _folded_near(printed, block)
        cases = (
            (tabled and listed_parties(near, printed, None, block, within, sided).cases)
            or (itemed and _item_cases(near, printed, record))
            or (ordered and _paired_cases(near, printed, record, sided))
            or (bracketed and _bracketed_cases(near, printed, record))
        )
        if not cases or not _covers(cases, record, printed):
            return None
        return [_case_notice(record, case, sided, printed) for case in cases]
    near = _folded_near(printed, block)
    listed = listed_parties(near, printed, referring.group("noun"), block, within, sided)
    if listed.cases and listed.other_side is not None:
        return [_case_notice(record, case, listed.other_side, printed) for case in listed.cases]
    if not listed.parties and sided is not None and (cases := _item_cases(near, printed, record)):
        return [
            _case_notice(record, case, sided, printed) for case in cases
        ]  # (下列被告： / 1. 罗某某，（2026）…号，…)
    if not record.party:
        # (or its numbered items: 1. 某某经营部（经营者：…），…文号：…； / 2. 某某有限公司，…)
        served = listed.parties or _items_named(near, block)
        if not served:
            return None  # (a list the body names, printed as no table nor items: its names are not read from lines)
        record.party = [printed[start:end] for start, end in served]
        record.spans["party"] = list(served)
        _add_numbers(record, listed.numbers)
        return [record]
    pointer = record.party[0]
    pointer_span = record.spans["party"][0] if record.spans.get("party") else None
    after_pointer = pointer_span[1] if pointer_span is not None else block[0]
    parties = listed.parties or _items_named(near, block) or _lines_named(near, after_pointer, block[1])
    numbers = listed.numbers
    record.party = [printed[start:end] for start, end in parties]
    record.spans["party"] = parties
    if sided is not None and not listed.parties and (cases := _bracketed_cases(near, printed, record)):
        # (下列受送达人： / 马某某（（2026）…8811号）、冯某（（2026）…8812号）：, each with the number of its case)
        return [_case_notice(record, case, sided, printed) for case in cases]
    if not parties:
        del record.spans["party"]
        record.party_role = None
        zh = f"受送达人为“{pointer}”所指的名单，但未能读出其中的当事人，请核对"
        en = f"the notice is addressed to '{pointer}', a list whose names could not be read: check by hand"
        record.warnings.append(finding("addressees_unread", pointer_span, zh, en))
    for name in ("respondents", "applicants", "counterparty"):  # (你们 stood for it there too: the listed stand there)
        values = getattr(record, name)
        if pointer in values:
            index = values.index(pointer)
            values[index : index + 1] = record.party
            spans = record.spans.get(name, [])
            if index < len(spans):
                spans[index : index + 1] = parties
    _add_numbers(record, numbers)
    return [record]


def _side_named(record: Notice) -> str | None:
    """The side the body names the other party on, where it names one side only besides the addressees (原告某某诉
    下列被告…, 原告某某诉你们…): "applicant" or "respondent"."""
    applicants = [name for name in record.applicants if name not in record.party]
    respondents = [name for name in record.respondents if name not in record.party]
    if applicants and not respondents:
        return "applicant"
    if respondents and not applicants:
        return "respondent"
    return None


def _add_numbers(record: Notice, numbers: list[tuple[str, Span]]) -> None:
    """``record``'s case numbers and the table's, each once, with their spans."""
    for number, span in numbers:
        if number not in record.case_numbers:
            record.case_numbers.append(number)
            record.spans.setdefault("case_numbers", []).append(span)


def _case_notice(record: Notice, case: Case, other_side: str, printed: str) -> Notice:
    """``record`` as served in one row's case: the row's parties on their side, the other side's, its numbers (what
    the body says of them all, read from the table's text as if prose, gives way to the row)."""
    notice = record.model_copy(deep=True)
    own: PartyRole = "respondent" if other_side == "applicant" else "applicant"
    parties, others = [printed[s:e] for s, e in case.parties], [printed[s:e] for s, e in case.others]
    other_spans = case.others
    if not case.others:  # (the body names the other side of every row: 原告某某诉下列被告…)
        named = zip(getattr(record, f"{other_side}s"), record.spans.get(f"{other_side}s", []), strict=False)
        others, other_spans = [], []
        for name, span in named:
            if name not in record.party:
                others.append(name)
                other_spans.append(span)
    for name, values, spans in (
        ("party", parties, case.parties),
        (f"{own}s", parties, case.parties),
        (f"{other_side}s", others, other_spans),
        ("counterparty", others, other_spans),
        ("case_numbers", [number for number, _ in case.numbers], [span for _, span in case.numbers]),
    ):
        setattr(notice, name, list(values))
        notice.spans[name] = list(spans)
    notice.party_role = own
    if case.cause is not None:
        notice.cause, notice.spans["cause"] = printed[case.cause[0] : case.cause[1]], [case.cause]
    if case.hearing is not None:
        _row_hearing(notice, case.hearing, printed)
    if case.clock is not None:
        _row_hearing(notice, case.clock, printed)  # (2026/9/8 | 09:00: the day's cell, then the time's)
    if case.room is not None:
        notice.venue, notice.spans["venue"] = printed[case.room[0] : case.room[1]], [case.room]
    if case.document is not None:
        document = printed[case.document[0] : case.document[1]]
        papers = [(paper, span) for paper, span in documents_in(document, case.document) if span is not None]
        notice.documents, notice.spans["documents"] = [paper for paper, _ in papers], [span for _, span in papers]
        if notice.kind == "other" and grammar.fullmatch(grammar.AWARD_RE, fold(document)):
            notice.kind = "award_service"  # (下列受送达人：…向你送达仲裁文书 over a row serving its 仲裁裁决书)
        if notice.kind == "hearing" and _pointed_hearing(notice):
            # A row of a table of what is served whose cell of hearings is empty (—): the body's hearing (定于表列时间在
            # 表列地点开庭) is other rows'; this row serves what its cell says (民事判决书, 执行通知书).
            _no_hearing(notice, printed)
            summons = any(paper.endswith(_SUMMONS_PAPERS) for paper in notice.documents)
            award = grammar.fullmatch(grammar.AWARD_RE, fold(document)) is not None
            notice.kind = "hearing" if summons else "award_service" if award else "other"
    # (The spans in the fields' order: a notice read whole or from a page cut in chunks gives the same record, byte for
    # byte, whether its block named the addressee's pointer or not.)
    notice.spans = dict(sorted(notice.spans.items(), key=lambda item: _FIELD_ORDER.get(item[0], len(_FIELD_ORDER))))
    return notice


_FIELD_ORDER = {name: index for index, name in enumerate(Notice.model_fields)}


_SUMMONS_PAPERS = ("开庭传票", "传票", "开庭通知书", "出庭通知书")
_TABLE_POINTER = re.compile("表列|表所列|下列|以下|上述|附表")


def _pointed_hearing(notice: Notice) -> bool:
    """Is ``notice``'s hearing the body's pointer to the table's (定于表列时间, 下表所列时间), no day of its own?"""
    return notice.hearing_date is None and _TABLE_POINTER.search(notice.hearing_text or "") is not None


def _no_hearing(notice: Notice, printed: str) -> None:
    """``notice`` with no hearing: its fields, their spans and findings gone; a place that only points to the
    table's (表列地点) gives way to where the body says to collect what is served (可到本院诉讼服务中心领取上述文书)."""
    notice.hearing_date = notice.hearing_time = notice.hearing_text = None
    if _TABLE_POINTER.search(notice.venue or ""):
        pickup = grammar.search(grammar.PICKUP_PLACE_RE, printed, notice.source.start, notice.source.end)
        notice.venue = None if pickup is None else pickup.group(_PICKUP_VENUE)
        if pickup is not None:
            notice.spans["venue"] = [pickup.span(_PICKUP_VENUE)]
    for name in ("hearing_date", "hearing_time", "hearing_text", "venue"):
        if getattr(notice, name) is None:
            notice.spans.pop(name, None)
    notice.warnings = [w for w in notice.warnings if w.field not in ("hearing_date", "hearing_time")]


def _row_hearing(notice: Notice, cell: Span, printed: str) -> None:
    """``notice`` heard when its row's cell says (本委定于下表所列时间…开庭 / 2026年6月3日 9:00): the body's words for
    it (下表所列时间, no date) give way to the row's, and so do their findings."""
    reading = read_when(printed, *cell, notice.published)
    if reading.date is None:
        if reading.time is not None and reading.time.value is not None and notice.hearing_date is not None:
            # (a clock alone, on the day the body sets for every case: 本院定于2026年6月11日…开庭审理上述八案 / 9:15)
            notice.hearing_time, notice.spans["hearing_time"] = reading.time.value, [reading.time.span]
            notice.warnings = [w for w in notice.warnings if w.field != "hearing_time"]
        return
    # (A day the row prints but that cannot be read, 9月8日 with no year, is left empty, its finding says why; the
    # row's time is still its own.)
    notice.hearing_text, notice.spans["hearing_text"] = printed[cell[0] : cell[1]], [cell]
    read_to = max(part.span[1] for part in (reading.date, reading.time) if part is not None)
    place = _PLACE_AFTER.match(printed, read_to, cell[1])
    if place is not None:
        # (One cell for both, 开庭时间及地点: 2034年12月18日上午9时，本院第三审判庭; the place the body points to the
        # table for, 在表列地点开庭, is the row's.)
        notice.hearing_text, notice.spans["hearing_text"] = printed[cell[0] : read_to], [(cell[0], read_to)]
        if notice.venue is None or _TABLE_POINTER.search(notice.venue):
            notice.venue, notice.spans["venue"] = place.group("place"), [place.span("place")]
    notice.hearing_date = reading.date.value
    notice.spans.pop("hearing_date", None)
    if reading.date.value is not None:
        notice.spans["hearing_date"] = [reading.date.span]
    notice.spans.pop("hearing_time", None)
    notice.hearing_time = None
    if reading.time is not None and reading.time.value is not None:
        notice.hearing_time, notice.spans["hearing_time"] = reading.time.value, [reading.time.span]
    notice.warnings = [w for w in notice.warnings if w.field not in ("hearing_date", "hearing_time")]
    notice.warnings += reading.findings
    notice.kind = "hearing"  # (its row sets its hearing: 开庭通知书 with the award of another row's case)


_PICKUP_VENUE = grammar.group_numbers(grammar.PICKUP_PLACE_RE)["venue"]
_PLACE_AFTER = grammar.compile_pattern(
    rf"[\s，,；;、]+ (?P<place> {grammar.ROOM} | 本[院委局]\p{{Han}}{{0,20}} ) \s* $", regex.VERBOSE
)


def _item_cases(text: str, printed: str, record: Notice) -> list[Case]:
    """The numbered items of ``record``'s block that each name an addressee (or several, of one case) and print the
    numbers of their case (1.常德明（房屋坐落：…），案号（2026）新0102民初771号；, 2.鲍某、付某某（2026）…号；), each a
    case, with when the item says it is heard (…22105号，9:00, on the day the body sets for all; …7701号，2026年9月15日
    上午9:00); none unless there are two or more and no two share a number."""
    cases: list[Case] = []
    for item in _CASE_ITEM.finditer(text, record.source.start, record.source.end):
        end = _line_end(text, item.end())
        numbers = list(find_case_numbers(text, item.end(), end, printed=printed))
        if not numbers:
            continue
        names = _item_names(text, item.end(), numbers[0][1][0], record.party)
        if not names:
            return []  # (a case whose names cannot be read: not one left out, the notice is read as one)
        when = item if item.group("when") else _ITEM_WHEN.match(text, numbers[-1][1][1], end)
        hearing = when.span("when") if when is not None else None
        room = _ITEM_ROOM.match(text, numbers[-1][1][1] if when is None or when is item else when.end(), end)
        cases.append(Case(names, [], numbers, None, hearing=hearing, room=room.span("room") if room else None))
    return cases if _apart(cases) else []


def _apart(cases: list[Case]) -> bool:
    """Two cases or more, no two printing the same number: each a case of its own."""
    numbers = [number for case in cases for number, _ in case.numbers]
    return len(cases) > 1 and len(set(numbers)) == len(numbers)


def _paired_cases(text: str, printed: str, record: Notice, sided: str) -> list[Case]:
    """The cases a body pairs with its names in order, each heard at a time it lists in the same order (…诉你们…三案，
    案号依次为（2026）…号、…号、…号，开庭时间依次为上午9时、10时、11时; 申请人甲、乙与你单位…两案，案号依次为…): a case
    for each addressee, or, where one is addressed, for each name on the other side; as many as the numbers."""
    body = (record.source.start, record.source.end)
    lead = _IN_ORDER_NUMBERS.search(text, *body)
    if lead is None:
        return []
    said_end = _sentence_end(text, lead.end(), body[1])
    numbers = list(find_case_numbers(text, lead.end(), said_end, printed=printed))
    own = record.spans.get("party", [])
    named = getattr(record, f"{sided}s")
    others = [
        span for name, span in zip(named, record.spans.get(f"{sided}s", []), strict=False) if name not in record.party
    ]
    if len(numbers) < 2 or len(own) != len(record.party):
        return []
    if len(own) == len(numbers):
        cases = [Case([party], [], [number], None) for party, number in zip(own, numbers, strict=True)]
    elif len(own) == 1 and len(others) == len(numbers):
        cases = [Case(list(own), [other], [number], None) for other, number in zip(others, numbers, strict=True)]
    else:
        return []
    times = _IN_ORDER_TIMES.search(text, lead.end(), body[1])
    whens = list(_WHEN.finditer(text, times.end(), _sentence_end(text, times.end(), body[1]))) if times else []
    if len(whens) != len(cases) and (whens or len(own) == 1 or not _each_own(text, lead, said_end, own, numbers)):
        # (Cases paired with their names but heard at one time, or none each, are one notice: 原告甲、乙诉你公司…两案，
        # 案号分别为…; 被上诉人甲、乙、丙…三案，…案号分别为…，本院定于…开庭审理: as the corpora label them; unless the
        # body says that each addressee's case is its own, heard as it says of all: see _each_own.)
        return []
    for case, when in zip(cases, whens, strict=False):
        case.hearing = when.span()
    return cases if _apart(cases) else []


def _each_own(text: str, lead: regex.Match[str], end: int, own: list[Span], numbers: list[tuple[str, Span]]) -> bool:
    """Does the body pair each addressee with a number of its own in so many words: in their order (案号依次为…; …
    （与上列被申请人排列顺序一一对应）), or by name after each number (案号分别为…4471号（被告乔国栋）、…)?"""
    if "依次" in lead.group() or "对应" in text[lead.end() : end]:
        return True
    return all(
        text[end : end + 1] in "（(" and text[party[0] : party[1]] in text[end : end + 30].split("）")[0]
        for party, (_, (_, end)) in zip(own, numbers, strict=True)
    )


def _bracketed_cases(text: str, printed: str, record: Notice) -> list[Case]:
    """The cases an addressee line prints after the names, each number in brackets after the names of its case
    (赵某、钱某某（（2026）…6601号），孙某（（2026）…6605号）：): a case for each, two or more."""
    cases: list[Case] = []
    names: list[Span] = []
    for span in record.spans.get("party", []):
        names.append(span)
        after = _number_after(text, span[1])
        if after is not None:
            numbers = list(find_case_numbers(text, *after.span("number"), printed=printed))
            if not numbers:
                return []
            cases.append(Case(names, [], numbers, None))
            names = []
    return cases if not names and _apart(cases) else []


def _number_after(text: str, at: int) -> regex.Match[str] | None:
    """The case number printed in brackets at ``at``, after a name (…钱某某（（2026）…6601号））."""
    return grammar.match(grammar.NUMBER_AFTER_NAME_RE, text, at, min(len(text), at + _NUMBER_AFTER))


_NUMBER_AFTER = 50  # characters a bracketed case number after a name takes, at most


def _sentence_end(text: str, start: int, end: int) -> int:
    return min((at for at in (text.find(mark, start, end) for mark in "。；;") if at >= 0), default=end)


# 案号依次为 / 案号分别为: numbers in the order of the names before them; 开庭时间依次为: times in that order.
_IN_ORDER_NUMBERS = grammar.compile_pattern(
    rf"案号 {grammar.SP}? (?:依次|分别) (?:为|是) {grammar.SP}? [：:]?", regex.VERBOSE
)
_IN_ORDER_TIMES = grammar.compile_pattern(
    rf"(?:开庭|庭审|听证|询问)? 时间 {grammar.SP}? (?:依次|分别) (?:为|是) {grammar.SP}? [：:]?", regex.VERBOSE
)
# (2026年9月15日上午9:00, 9月8日上午9时30分 — its year missing, as the reader will say —, 上午9时)
_WHEN_PRINTED = rf"(?: (?: {grammar.DATE} | {grammar.MONTH_DAY} ) {grammar.SP}? )? {grammar.CLOCK}"
_WHEN = grammar.compile_pattern(_WHEN_PRINTED, regex.VERBOSE)


def _item_names(text: str, start: int, end: int, addressed: list[str]) -> list[Span]:
    """The names an item prints before its case number (张某某（, 鲍某、鲍某之妻付某某（, 常德明（房屋坐落：…），案号):
    each a party's name (or one the addressee line names: 和国栋), or none."""
    head = _ITEM_HEAD.match(text, start, end)
    if head is None:
        return []
    names = [grammar.without_kin(text, name) for name in _names_in(text, head.span("names"))]
    if not all(text[s:e] in addressed or grammar.fullmatch(grammar.PARTY_NAME_RE, text[s:e]) for s, e in names):
        return []
    return [_name_of(text, name) for name in names]


# What an item prints before its number: its names, then an aside in brackets (房屋坐落：…), a label (案号) or
# punctuation. (Not an item of another kind: 一、招聘条件：…)
_ITEM_HEAD = grammar.compile_pattern(
    rf"(?: {grammar.ROLE} {grammar.SP}? )? (?P<names> [^（(，,：:；;。\n]{{2,60}}? )"
    rf" (?: [（(] [^）)\n]{{0,40}} [）)] )? [，,\x20\u3000]*"
    rf" (?: 案号 {grammar.SP}? [：:]? )? [（(〔\[]? \Z",
    regex.VERBOSE,
)
# When an item says its case is heard, after its number: a clock on the day the body sets for all (…22105号，9:00), or
# a day and a clock (…7701号，2026年9月15日上午9:00；).
_ITEM_WHEN = grammar.compile_pattern(
    rf"""[，,\x20\u3000]* (?: (?:开庭|庭审|听证)? 时间 {grammar.SP}? [：:]? {grammar.SP}? )?  # (…号，开庭时间上午9时；)
         (?P<when> {_WHEN_PRINTED} ) (?![0-9０-９])""",
    regex.VERBOSE,
)


# Where an item says its case is heard, after its time (or its number): …上午9时30分，第五仲裁庭；,
# …，开庭地点：第三法庭。
_ITEM_ROOM = grammar.compile_pattern(
    rf"""[，,\x20\u3000]* (?: (?:开庭|庭审|听证)? 地点 {grammar.SP}? [：:]? {grammar.SP}? )?
         (?: (?:在|于) {grammar.SP}? )? (?P<room> {grammar.ROOM} ) (?= [；;。，,\x20\u3000] | \Z )""",
    regex.VERBOSE,
)


def _covers(cases: list[Case], record: Notice, printed: str) -> bool:
    """Do ``cases`` name every addressee of ``record``: by name, or standing where its line read one (4.于某（2026）…
    号： — the last item taken for the addressee line)?"""
    named = {printed[s:e] for case in cases for s, e in case.parties}
    lines = [(case.parties[0][0], case.numbers[-1][1][1]) for case in cases]
    return all(
        name in named or any(start <= span[0] < end for start, end in lines)
        for name, span in zip(record.party, record.spans.get("party", []), strict=False)
    )


def _items_named(text: str, block: Span) -> list[Span]:
    """The names that open the numbered items of ``block`` (下列纳税人： / 一、某某有限公司（纳税人识别号：…）：《…》 /
    二、黄某（居民身份证号码：…）：…), where no table lists them."""
    names = []
    for item in _NAMED_ITEM.finditer(text, *block):
        name = grammar.match(grammar.PARTY_NAME_RE, text, item.end(), block[1])
        if name is not None and text[name.end() : name.end() + 1] in _AFTER_ITEM_NAME:
            names.append(name.span())
    return names


def _lines_named(text: str, start: int, end: int) -> list[Span]:
    """The names that open the lines under the addressee line (下列当事人： / 张小明（身份证号码：…） / 李红，女，…; or
    张小明、李红), up to the first line that opens with none: the body's (本院受理…). Where no table or numbered item
    lists them. Or on the addressee line, after its colon (下列受送达人：马某某（（2026）…号）、冯某（…号）：)."""
    names: list[Span] = []
    after = _AFTER_POINTER.match(text, start, end)
    line_end = text.find("\n", start, end)
    if after is None and text[start : end if line_end < 0 else line_end].strip(" \t\u3000:："):
        return []  # the body on the pointer's line (上列被告：本院已作出…): no names under it
    at = after.end() if after is not None else line_end + 1
    while 0 < at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        on_line = []
        item = _NAMED_ITEM.match(text, at, line_end)
        pos = item.end() if item is not None else at
        while (name := grammar.match(grammar.PARTY_NAME_RE, text, pos, line_end)) is not None:
            on_line.append(name.span())
            trailer = grammar.NAME_TRAILER_RE.match(text, name.end(), line_end) or _number_after(text, name.end())
            pos = trailer.end() if trailer is not None else name.end()
            if not text.startswith("、", pos):
                break
            pos += 1
        if not on_line or not (pos == line_end or text[pos] in _AFTER_LINE_NAME):
            break
        names += on_line
        at = line_end + 1
    return names


# (The pointer's colon, names after it on its line and a colon closing them: not 下列当事人：因你们下落不明，…)
_AFTER_POINTER = grammar.compile_pattern(r"[:：][\x20\u3000]*(?=[^\s][^\n]*[:：][\x20\u3000]*$)", regex.M)
# What a listed addressee's name is followed by on its line: an identifier in brackets, her details after a comma.
_AFTER_LINE_NAME = frozenset("（(，,：:")
# An item's number: 1. 一、, or in brackets: （一） (2).
_ITEM_MARK = rf"(?: {grammar.ITEM_NUMBER} | {grammar.BRACKETED_ITEM_NUMBER} )"
_NAMED_ITEM = grammar.compile_pattern(rf"^[\x20\t\u3000\xa0]*{_ITEM_MARK}[\x20\t\u3000\xa0]*", regex.M | regex.X)
_AFTER_ITEM_NAME = frozenset("（(：:，,")  # (2. 某某有限公司，行政处罚决定书文号：…: its name, then what it is served)
# An item of a case: numbered, or led by the time its case is heard (开庭时间如下： / 上午9时：雷某（（2026）…）；).
_CASE_ITEM = grammar.compile_pattern(
    rf"^ {grammar.SP}* (?: {_ITEM_MARK} | (?P<when> {_WHEN_PRINTED} ) {grammar.SP}* [：:] ) {grammar.SP}*",
    regex.M | regex.X,
)
# Where _CASE_ITEM's timed items may stand, as printed (by the standard library's re): a clock's last character before
# a colon.
_TIMED_MARK = re.compile("[0-9０-９时分点]：|[时分点]:")


def _folded_near(printed: str, block: Span) -> str:
    """``printed`` as the grammar reads it where ``listed_parties`` looks, near ``block`` (as printed elsewhere):
    folding a whole page for each notice that points to a table cost more than reading the page."""
    start, end = max(0, block[0] - _REACH), min(len(printed), block[1] + _REACH)
    # (A character beyond each end is folded too: a numeral's fold looks at its neighbours, see fold.)
    before, after = min(start, 1), min(len(printed) - end, 1)
    near = fold(printed[start - before : end + after])
    return printed[:start] + near[before : len(near) - after] + printed[end:]


# An addressee counted, the rest named in a list printed with the notice: 致：马福祥等15人（名单附后） … 附：当事人
# 名单, then a table (序号 / 姓名 / …) or numbered lines (1. 陈家林，男，…; 1.万志刚，3栋1单元502室，（2025）鄂0102民初
# 8801号).
_COUNTED = grammar.compile_pattern(rf"{grammar.SP}? 等 (?P<count> {grammar.COUNT} ) [人名]", regex.VERBOSE)
_LIST_TITLE = grammar.compile_pattern(
    r"^[\x20\t\u3000]*附(?:件|表)?[0-9０-９]?[\x20\u3000]*[:：]?[^\n]{0,16}?名单[^\n]{0,24}$", regex.MULTILINE
)
_ITEM = grammar.compile_pattern(
    r"(?<![0-9０-９.．])[\x20\t\u3000]*(?P<number>[0-9]{1,3})[.．、](?![0-9０-９])[\x20\t\u3000]*"
)
_LIST_CELL_GAP = grammar.compile_pattern(r"[\x20\u3000]*(?:\t|[，,；;|])[\x20\u3000]*|[\x20\u3000]{2,}")
_NAME_HEADERS = ("姓名", "名称")
# The column of a table that names whom a notice serves, by no role: 受送达人, 被送达人姓名.
_ADDRESSEE_HEADERS = tuple(word for word in lexicon.RECORD_ADDRESSEE_KEYS if not word.isascii())
_MOST_LISTED = 200  # addressees counted in one notice, at the most


def fill_appended(record: Notice, printed: str) -> bool:
    """Give ``record`` the parties a counted name (某某等15人, an addressee or an applicant) stands for, named in a
    list printed with the notice, and the case numbers the list prints: only where the list names exactly as many as
    were counted. Whether it did."""
    for side in ("party", "applicants", "respondents"):
        spans = record.spans.get(side)
        counted = _COUNTED.match(printed, spans[-1][1]) if spans else None
        if counted is None:
            continue
        named = getattr(record, side)
        count = to_int(counted.group("count"))
        if not len(named) < count <= _MOST_LISTED:
            continue
        title = _LIST_TITLE.search(printed, record.source.start, min(len(printed), record.source.end + _REACH))
        listed = _appended(printed, title.end() + 1, count) if title is not None else None
        if listed is None or not set(named) <= {printed[start:end] for (start, end), _ in listed}:
            continue  # (the list names those named before it too)
        names = [printed[start:end] for (start, end), _ in listed]
        for name in ("party", "applicants", "respondents", "counterparty"):  # (and where they stood for the side)
            if getattr(record, name) == named:
                setattr(record, name, list(names))
                record.spans[name] = [span for span, _ in listed]
        for _, numbers in listed:
            _add_numbers(record, numbers)
        return True
    return False


def fill_referred(record: Notice, printed: str, within: Span) -> bool:
    """Give ``record`` the other side its body points to in a table (本委受理下列申请人与你单位劳动争议三案 over 序号 /
    申请人 / 请求事项 / 案号): the names in the column of the role it names, where the record names no one on that
    side, and the case numbers the table prints. Whether it did."""
    block = (record.source.start, record.source.end)
    if not any(word in printed[block[0] : block[1]] for word in _POINTING):
        return False  # (most notices point to no table: looked for before the text is folded)
    referred = _REFERRED_SIDE.search(fold(printed[block[0] : block[1]]))
    if referred is None:
        return False
    side = lexicon.ROLE_SIDES.get(referred.group("noun"))
    name = {"applicant": "applicants", "respondent": "respondents"}.get(side or "")
    if name is None or getattr(record, name) or record.party_role == side:
        return False
    listed = listed_parties(_folded_near(printed, block), printed, referred.group("noun"), block, within)
    if not listed.parties:
        return False
    names = [printed[start:end] for start, end in listed.parties]
    setattr(record, name, names)
    record.spans[name] = list(listed.parties)
    if not record.counterparty:
        record.counterparty, record.spans["counterparty"] = list(names), list(listed.parties)
    own = "respondents" if name == "applicants" else "applicants"
    if record.party and record.party_role is None and not getattr(record, own):
        # (the addressees, 你单位 beside the listed side, stand on the other)
        setattr(record, own, list(record.party))
        record.spans[own] = list(record.spans.get("party", []))
        record.party_role = "respondent" if own == "respondents" else "applicant"
    _add_numbers(record, listed.numbers)
    return True


_POINTING = ("下列", "以下", "下表所列")
# 受理下列申请人与你单位…: the other side, named in a table by the role (a REFERRING word, then the role).
_ROLES = grammar.alt(word for word in lexicon.ROLE_SIDES if len(word) > 1)
_REFERRED_SIDE = grammar.compile_pattern(rf"(?:{'|'.join(_POINTING)})(?P<noun>{_ROLES})(?=与|和|诉)")


def _appended(printed: str, start: int, count: int) -> list[tuple[Span, list[tuple[str, Span]]]] | None:
    """The ``count`` names listed from ``start`` on, each with the case numbers of its entry; None unless there are
    that many: a table's rows under a header naming a 姓名 or 名称 column, or entries numbered 1 to ``count`` (a
    line each as printed, run together where the page's lines were joined)."""
    while start < len(printed) and printed[start] in "\r\n\x20\t\u3000":  # (blank lines under the title)
        start += 1
    text = fold(printed[start : start + 200 * (count + 2)])  # (no entry is longer)
    first_end = _line_end(text, 0)
    cells = _cells(text, (0, first_end))
    columns = [i for i, (s, e) in enumerate(cells) if text[s:e] in _NAME_HEADERS]
    entries = _rows_under(text, first_end + 1, columns, count) if columns else _numbered(text, count)
    listed: list[tuple[Span, list[tuple[str, Span]]]] = []
    for entry, cell in entries:
        if grammar.fullmatch(grammar.PARTY_NAME_RE, text[cell[0] : cell[1]]) is None:
            return None
        numbers = [
            (n, (s + start, e + start)) for n, (s, e) in find_case_numbers(text, *entry, printed=printed[start:])
        ]
        listed.append(((cell[0] + start, cell[1] + start), numbers))
    return listed if len(listed) == count else None


def _rows_under(text: str, at: int, columns: list[int], count: int) -> list[tuple[Span, Span]]:
    """The names of the lines from ``at`` on, in ``columns`` (a table may print two pairs of 序号 / 姓名 side by
    side), row by row, until ``count`` are read, each with its line."""
    rows: list[tuple[Span, Span]] = []
    while len(rows) < count and at < len(text):
        end = _line_end(text, at)
        cells = _cells(text, (at, end))
        if max(columns) >= len(cells):
            break
        rows += [((at, end), cells[column]) for column in columns if cells[column][0] < cells[column][1]]
        at = end + 1
    return rows


def _numbered(text: str, count: int) -> list[tuple[Span, Span]]:
    """Entries numbered 1, 2, … from the start of ``text``, each with its first cell (the name)."""
    marks: list[regex.Match[str]] = []
    for mark in _ITEM.finditer(text):
        if int(mark.group("number")) == len(marks) + 1 and (marks or mark.start() == 0):
            marks.append(mark)
            if len(marks) == count:
                break
    ends = [mark.start() for mark in marks[1:]]
    if marks:
        ends.append(_line_end(text, marks[-1].end()))
    return [((mark.end(), end), _cells(text, (mark.end(), end))[0]) for mark, end in zip(marks, ends, strict=True)]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _cells(text: str, line: Span) -> list[Span]:
    """The cells of a list's line or entry, spaces around each left out."""
    return grammar.pieces(_LIST_CELL_GAP, text, *line)


def _names_in(text: str, cell: Span) -> list[Span]:
    """Where each name of a cell stands: a cell may name several (张保国、李桂芝; a line break in a web page's cell)."""
    start, end = cell
    names, at = [], start
    for gap in [*_NAME_GAP.finditer(text, start, end), None]:
        stop = end if gap is None else gap.start()
        # (Not the owner printed under a trader's name: （经营者：刘某）.)
        if stop > at and not grammar.NAME_ASIDE_RE.fullmatch(text, at, stop):
            names.append((at, stop))
        at = end if gap is None else gap.end()
    return names


# Between two names of a cell: 、 or a comma; the wide space a line break in a web page's cell is read as; not a
# comma inside brackets (某某公司（经营者：甲，乙）).
_NAME_GAP = grammar.compile_pattern(r"(?:[、，,；;]|[\x20\u3000\xa0]{2,})(?![^（(]*[）)])")


def _name_of(text: str, cell: Span) -> Span:
    """A name cell without the aside printed after the name (绵阳某某有限公司（原绵阳某某绿化有限公司）)."""
    start, end = cell
    aside = _ASIDE_AT_END.search(text[start:end])
    if aside is None:
        return cell
    name = text[start : start + aside.start()].rstrip()
    return (start, start + len(name)) if name else cell


_ASIDE_AT_END = grammar.compile_pattern(rf"{grammar.NAME_ASIDE} {grammar.SP}* \Z", regex.VERBOSE)


@dataclass
class Case:
    """A table's row that is a case of its own: the addressee's names, the other side's, every number it prints."""

    parties: list[Span]
    others: list[Span]
    numbers: list[tuple[str, Span]]
    cause: Span | None  # (a 案由 column's cell)
    document: Span | None = None  # (a 送达文书 column's cell: what is served in this case)
    hearing: Span | None = None  # (a 开庭时间 column's cell: when this case is heard)
    room: Span | None = None  # (a 仲裁庭 or 开庭地点 column's cell: where)
    clock: Span | None = None  # (a second 开庭时间 column's cell: the time, where the first gives the day)


@dataclass
class Listed:
    """What a table an addressee refers to gives: its parties and case numbers, and its rows as cases where each
    row is a case with the other side named in a column of its own (``other_side``: that column's side)."""

    parties: list[Span] = field(default_factory=list)
    numbers: list[tuple[str, Span]] = field(default_factory=list)
    cases: list[Case] = field(default_factory=list)
    other_side: str | None = None


def listed_parties(
    text: str, printed: str, noun: str | None, block: Span, within: Span, sided: str | None = None
) -> Listed:
    """The party cells (in the column headed by ``noun``; with none, a column headed by a role on the side other
    than ``sided``) and the case numbers of the table near ``block``, inside ``within`` (``text`` as the grammar
    reads it, ``printed`` as printed: the same length). ``sided``: the side the body names the other party on."""
    if noun is None:
        own = {"applicant": "respondent", "respondent": "applicant"}.get(sided or "")
        nouns = tuple(word for word, side in lexicon.ROLE_SIDES.items() if side == own) + _ADDRESSEE_HEADERS
    else:
        nouns = (noun,)
    # The first table with a column the addressee names (被申请人), or else a column of names (下列用人单位 over
    # 单位名称), or of numbers: not a page's table of its own facts above the notice (索引号 | 发布机构 | 生成日期).
    # (Those that start in the notice or under it first: the table above may be the notice before's, which its own
    # pointer 下列纳税人 named.)
    tables = list(_tables(text, max(within[0], block[0] - _REACH), min(within[1], block[1] + _REACH)))
    tables.sort(key=lambda table: table[0][0][1][0] < block[0])
    for table in tables:
        header, rows = table[0], table[1:]
        parties_at = _column(header, nouns)
        if parties_at is None:
            parties_at = _column(header, ("名称",), within=True)
        numbers_at = _column(header, _NUMBER_HEADERS, within=True)
        if parties_at is not None or numbers_at is not None:
            break
        unheaded = _header_by_content(text, printed, table, noun or nouns[0])
        if unheaded is not None:
            header, rows = unheaded, table
            parties_at, numbers_at = _column(header, nouns), _column(header, _NUMBER_HEADERS)
            break
    else:
        return Listed()
    listed = Listed()
    seen: set[str] = set()
    for row in rows:
        for name in _names_in(text, row[parties_at][1]) if parties_at is not None and parties_at < len(row) else []:
            if text[name[0] : name[1]] not in seen:
                seen.add(text[name[0] : name[1]])
                listed.parties.append(_name_of(text, name))
        if numbers_at is not None and numbers_at < len(row) and row[numbers_at][0]:
            span = row[numbers_at][1]
            # (a bureau's 文书文号, 遵汇税罚〔2023〕112号, is taken as printed when the grammar cannot read it)
            listed.numbers += list(find_case_numbers(text, *span, printed=printed)) or [
                (printed[span[0] : span[1]], span)
            ]
    if parties_at is not None:
        _read_cases(listed, text, printed, header, rows, parties_at, noun or header[parties_at][0], sided)
    return listed


def _header_by_content(
    text: str, printed: str, table: list[list[tuple[str, Span]]], noun: str
) -> list[tuple[str, Span]] | None:
    """A header for a table printed with none (· 邬某某　（2026）…20511号　2026年11月17日 09:30; 1,葛某某,（2026）…号,
    2026/9/8,09:00,第十五法庭), its columns known by what every row holds: one of names (headed ``noun``), one of case
    numbers, and those of hearing days and times, rooms. None unless every row holds a name and a number so."""
    widths = {len(row) for row in table}
    if len(widths) != 1:
        return None
    kinds = []
    for at in range(widths.pop()):
        cells = [row[at] for row in table]
        kinds.append(
            "案号"
            if all(_is_number_cell(text, printed, span) for _, span in cells)
            else "开庭时间"
            if all(cell and _WHEN_CELL.fullmatch(text, *span) for cell, span in cells)
            else "开庭地点"
            if all(cell.endswith(lexicon.ROOM_NOUNS) for cell, _ in cells)
            else noun
            if all(grammar.fullmatch(grammar.PARTY_NAME_RE, text[span[0] : span[1]]) for _, span in cells)
            else ""
        )
    if kinds.count("案号") != 1 or kinds.count(noun) != 1:
        return None
    return [(kind, (0, 0)) for kind in kinds]


def _is_number_cell(text: str, printed: str, span: Span) -> bool:
    numbers = list(find_case_numbers(text, *span, printed=printed))
    return len(numbers) == 1 and numbers[0][1] == span


# A cell of a day, a time or both (2026/9/8, 09:00, 2026年11月17日 09:30).
_WHEN_CELL = grammar.compile_pattern(
    rf"(?: {grammar.DATE} | [0-9]{{4}} [/\-.] [0-9]{{1,2}} [/\-.] [0-9]{{1,2}} )? {grammar.SP}* {grammar.CLOCK}?",
    regex.VERBOSE,
)


def _read_cases(
    listed: Listed, text: str, printed: str, header: list[tuple[str, Span]], rows: list[list[tuple[str, Span]]],
    parties_at: int, noun: str, sided: str | None,
) -> None:  # fmt: skip
    """``listed.cases``: each row a case of its own, where a column names the other side (下列被执行人 over 被执行人 /
    申请执行人 / 执行案号 / 执行依据, one enforcement case a row), or the body names it for every row (``sided``:
    原告某某诉下列被告…系列案件), and each row prints a case number of its own. A bureau's table of addressees and
    their decisions names no other side: one notice serves them all."""
    own = lexicon.ROLE_SIDES.get(noun)
    others_at: int | None
    for others_at, (name, _) in enumerate(header):
        side = _column_side(name)
        if others_at != parties_at and side in ("applicant", "respondent") and side != own:
            break
    else:
        if sided is None or sided == own:
            return
        others_at, side = None, sided
    cause_at = _column(header, ("案由",))
    document_at = _column(header, _DOCUMENT_HEADERS)
    hearing_at = _column(header, _HEARING_HEADERS)
    clock_at = next((at for at, (name, _) in enumerate(header) if at != hearing_at and name in _HEARING_HEADERS), None)
    room_at = _column(header, _ROOM_HEADERS)
    cases = []
    for row in rows:
        if max(parties_at, others_at or 0) >= len(row):
            return
        numbers = [
            number
            for at, (_, span) in enumerate(row)
            if at not in (parties_at, others_at)
            for number in find_case_numbers(text, *span, printed=printed)
        ]
        parties = [_name_of(text, name) for name in _names_in(text, row[parties_at][1])]
        others = [] if others_at is None else [_name_of(text, name) for name in _names_in(text, row[others_at][1])]
        if not (parties and (others or others_at is None) and numbers):
            return
        cause, document, hearing, clock, room = (
            row[at][1] if at is not None and at < len(row) and row[at][0] else None
            for at in (cause_at, document_at, hearing_at, clock_at, room_at)
        )
        cases.append(Case(parties, others, numbers, cause, document, hearing, room, clock=clock))
    if len(cases) > 1 and len({case.numbers[0][0] for case in cases}) == len(cases):
        listed.cases, listed.other_side = cases, side


def _column_side(header: str) -> str | None:
    """The side of a column headed by a role (申请执行人, 原告, 申请人名称), or None."""
    word = grammar.ROLE_WORD_RE.match(header)
    if word is None:
        return None
    side = lexicon.ROLE_SIDES.get(word.group())
    rest = header[word.end() :]
    # (or with the role it has in another kind of case, of the same side: 原告（申请执行人）, 被告（被执行人）)
    also = _ALSO_ROLE.fullmatch(rest)
    if also is not None and lexicon.ROLE_SIDES.get(also.group("role")) == side:
        return side
    return side if rest in ("", "姓名", "名称", "姓名或名称", "姓名/名称") else None


_ALSO_ROLE = grammar.compile_pattern(rf"[（(] (?P<role>{grammar.ROLE}) [)）]", regex.VERBOSE)
