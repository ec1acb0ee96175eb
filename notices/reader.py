"""Reading a page: containers, then notice blocks, then records — each failure kept to the notice it hits.

The data path of one chunk of text: ``containers`` (the page, the string
values and table cells in it), ``clean`` (noise removed, offsets kept),
``fold`` (traditional characters read as simplified), ``segment`` (notice
blocks), ``extract`` (records), then what records and listings printed as
fields give (``records``).

A rule that runs past its time limit, or a fault in reading one notice, loses
that notice only: it is kept as a record of kind ``other`` with a
``notice_unreadable`` error that says where it stands, and the rest of the page
is read. A whole chunk has a time budget as the last guard: past it, the rest of
the chunk is one unreadable stretch, reported the same way.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import accumulate, pairwise

import regex

from notices import grammar, identity, lexicon
from notices.catalogue import finding
from notices.clean import CleanText, clean
from notices.columns import Region, reading_order, side_by_side, without
from notices.containers import Layout, Literal, containers, escape_edits, find_layout, key_of
from notices.extract import Page, extract, service_end
from notices.fold import fold
from notices.listed import fill_appended, fill_listed, fill_referred
from notices.models import Notice, Source, SourceFormat, Span
from notices.records import (
    Field,
    clock_only,
    fill,
    from_a_stream,
    is_title_key,
    listed_spans,
    listing,
    published_of,
    row_spans,
    served_form,
    titled_own_business,
)
from notices.segment import Block, IssuersAbove, find_blocks, headings, masthead, signed_below, speaks_as
from notices.stream import moved
from notices.timeparse import read_date

# The last guard: seconds a chunk may take, at the least and per million characters.
BUDGET_SECONDS = 30.0
BUDGET_SECONDS_PER_MILLION = 60.0


def _to_source(record: Notice, cleaned: CleanText) -> None:
    """Move every offset of ``record`` from the cleaned text to the source text."""
    start, end = record.source.start, record.source.end
    source_start, source_end = cleaned.span_to_source((start, end))
    if source_start - start == source_end - end and _all_within(record, start, end):
        moved(record, source_start - start)  # nothing removed inside the block, and nothing outside it: one shift
        return
    record.spans = {name: [cleaned.span_to_source(s) for s in spans] for name, spans in record.spans.items()}
    record.warnings = [
        w if w.span is None else w.model_copy(update={"span": cleaned.span_to_source(w.span)}) for w in record.warnings
    ]
    record.source.start, record.source.end = cleaned.span_to_source((record.source.start, record.source.end))


def _all_within(record: Notice, start: int, end: int) -> bool:
    """Do all of ``record``'s spans stand inside its block? (Not a date under the page's masthead.)"""
    spans = [span for spans in record.spans.values() for span in spans]
    spans += [w.span for w in record.warnings if w.span is not None]
    return all(start <= span_start and span_end <= end for span_start, span_end in spans)


def read_chunk(
    text: str, source: str | None = None, format: SourceFormat = "text", line: int = 1, page_start: bool = True
) -> list[Notice]:
    """The notices in one chunk of text, offsets into that chunk; ``line`` is the chunk's first line's number;
    ``page_start``: the chunk starts where its page does."""
    regions = side_by_side(text) if format == "text" else []
    if regions:
        return _read_columns(text, regions, source, line, page_start)
    deadline = time.monotonic() + BUDGET_SECONDS + BUDGET_SECONDS_PER_MILLION * len(text) / 1e6
    layout = find_layout(text)
    places = containers(text, layout)
    escapes = [edit for _, literal in places if literal is not None for edit in escape_edits(text, literal)]
    cleaned = clean(text, escapes)
    records: list[Notice] = []
    by_record: dict[int, list[Notice]] = {}
    titled: dict[int, list[Notice]] = {}  # (those read from a record's title field)
    in_code: set[int] = set()  # (those read from a value string: a page's data, a record's field)
    keyed: dict[int, str] = {}  # (those read from a value string under a key: the key)
    for (start, end), literal in places:
        if time.monotonic() > deadline:
            records.append(_unreadable(source, format, (start, len(text)), "the page took longer than its budget"))
            break
        fields = layout.record_of(literal.group) if literal is not None else []
        document = _embedded_document(cleaned, (start, end), literal)
        if document is not None:
            # (its records' offsets moved into the cleaned text, as a container's are)
            inner = read_chunk(
                cleaned.text[document[0] : document[1]], source, format, line + text.count("\n", 0, start)
            )
            found = [moved(record, document[0]) for record in inner]
        else:
            found = _read_container(cleaned, (start, end), fields, literal, source, format, deadline, page_start)
        if cleaned.text is not text:
            for record in found:
                _to_source(record, cleaned)
        if literal is not None:
            in_code.update(id(record) for record in found)
        if literal is not None and literal.key is not None:
            keyed.update((id(record), key_of(literal.key)) for record in found)
        if literal is not None and literal.group is not None and found:
            by_record.setdefault(literal.group, []).extend(found)
            if is_title_key(literal.key):
                titled.setdefault(literal.group, []).extend(found)
        records += found
    # A record's title read as a notice where its text gives one too (标题: 某某：本院受理原告…一案 / 公告内容: 某某：
    # 本院受理…): the text's notice, read there whole; the title is none of its own.
    for group, from_title in titled.items():
        if len(by_record[group]) > len(from_title):
            dropped = {id(record) for record in from_title}
            records = [record for record in records if id(record) not in dropped]
            by_record[group] = [record for record in by_record[group] if id(record) not in dropped]
    _use_records(text, layout, records, by_record, source, line, format)
    copies = {id(record) for record in _summaries(text, records) + _pieces_of_others(text, records)}
    records = [record for record in records if id(record) not in copies]
    for copy in _under_another_key(records, keyed):
        records.remove(copy)
    records = [record for record in records if not _says_nothing(text, record)]
    for row in _hearings_listed_below(text, records):
        records.remove(row)
    if format == "html":  # (a page of its own: a text's chunk may hold many pages, and their footers)
        for copy in _shown_twice(records, in_code):
            records.remove(copy)
        _signed_by_site(text, records)
    records.sort(key=lambda r: r.source.start)
    for above, row in pairwise(records):
        # (A list's items, addressed to no one; or items signed by one signature, each to its addressee: 一、甲公司：…
        # 定于2026年6月23日上午9时… / 二、乙公司：…定于同日下午2时30分…)
        listed = not above.party and not row.party and above.issuer == row.issuer
        signed_once = bool(row.spans.get("published")) and row.spans.get("published") == above.spans.get("published")
        if listed or signed_once:
            _same_day(row, above)
    return records


def _signed_by_site(text: str, records: list[Notice]) -> None:
    """A notice that speaks of itself (本院定于…) and signs nothing, on a site whose footer names the one body it is
    (某某人民法院 版权所有 / 主办单位：…): that body is its issuer, where it is the kind of body the notice says it is
    (本院: a court, 本委: a committee) and none of the notice's parties."""
    unsigned = [record for record in records if record.issuer is None]
    if not unsigned:
        return
    folded = fold(text)
    owners = {match.group("owner"): match.span("owner") for match in grammar.finditer(grammar.SITE_OWNER_RE, folded)}
    if len(owners) != 1:
        return
    [(owner, span)] = owners.items()
    signed_ends = sorted(record.source.end for record in records if record.issuer is not None)
    for record in unsigned:
        named = {*record.party, *record.counterparty, *record.applicants, *record.respondents}
        body = (record.source.start, record.source.end)
        # (A table's row, no notice text, says nothing of itself: the sentence over the table does, 本院定于下列
        # 时间…审理以下案件, the last word of a body's voice above the row since the last notice that signs its own.)
        signed_above = bisect_right(signed_ends, record.source.start)
        above = (signed_ends[signed_above - 1] if signed_above else 0, record.source.start)
        row = any(found.code == "value_from_record" and found.field is None for found in record.warnings)
        spoken = speaks_as(folded, body, owner) or (row and speaks_as(folded, above, owner, last=True))
        if spoken and owner not in named:
            record.issuer = text[span[0] : span[1]]
            record.spans["issuer"] = [span]


def _read_columns(text: str, regions: list[Region], source: str | None, line: int, page_start: bool) -> list[Notice]:
    """A page whose columns stand side by side in ``regions``: the page around them, then each region's columns read
    one after another under the page's masthead, its records' offsets moved back into the page."""
    records = read_chunk(without(text, regions), source, "text", line, page_start)
    dated = masthead(text) if page_start else None
    head = None
    if dated is not None:  # (the masthead's lines: the paper's name, its date on the same line or the next)
        line_end = text.find("\n", dated[0])
        paper = grammar.MASTHEAD_RE.search(text, 0, dated[0])
        head_start = text.rfind("\n", 0, dated[0]) + 1
        head = head_start if paper is None else min(paper.start(), head_start), len(text) if line_end < 0 else line_end
    for region in regions:
        ordered = reading_order(text, region, head if head is not None and head[1] < region.start else None)
        found = read_chunk(ordered.text, source, "text", line + text.count("\n", 0, region.start))
        for record in found:
            block = record.source.start, record.source.end
            # (A value in pieces has no span, nor has any value of its field: a span stands for the value at its index.)
            record.spans = {
                name: spans for name, spans in record.spans.items() if not any(map(ordered.in_pieces, spans))
            }
            record.warnings = [
                w.model_copy(update={"span": None}) if w.span is not None and ordered.in_pieces(w.span) else w
                for w in record.warnings
            ]
            _to_source(record, ordered)
            record.source.start, record.source.end = ordered.cover(block)
        records += found
    records.sort(key=lambda r: r.source.start)
    return records


def _reads_the_rows(covering: list[Notice], group: int, rows: int) -> bool:
    """Is the text around a table's rows one that serves no one and reads their cases as its own (某某法院开庭公告 /
    开庭日期  时间  法庭  案号… / two rows / 说明：以上案件依法公开开庭审理): a listing's head and foot, each row a
    hearing of its own, not one notice."""
    return group >= 0 and rows > 1 and all(not r.party and len(r.case_numbers) > 1 for r in covering)


class _Holding:
    """Which records' text holds a place: found by their starts, not by trying every record (a page of thousands of
    rows and notices took the square of their number)."""

    def __init__(self, records: list[Notice]) -> None:
        self.records = records
        self.order = sorted(range(len(records)), key=lambda index: records[index].source.start)
        self.starts = [records[index].source.start for index in self.order]
        # The furthest end of the records that start at or before each (records may nest: one ends past the next).
        self.reach = list(accumulate((records[index].source.end for index in self.order), max))

    def of(self, places: Iterable[int]) -> list[Notice]:
        """The records holding any of ``places``, in their order in the list."""
        found: set[int] = set()
        for place in places:
            at = bisect_right(self.starts, place) - 1
            while at >= 0 and self.reach[at] > place:
                if self.records[self.order[at]].source.end > place:
                    found.add(self.order[at])
                at -= 1
        return [self.records[index] for index in sorted(found)]


def _embedded_document(cleaned: CleanText, span: Span, literal: Literal | None) -> Span | None:
    """Where, in the cleaned text, a value read as a page of its own stands, or None: the JSON document a string
    value holds (a message queue's payload or a crawler's raw response, kept as a string), whose records' fields
    (the court, the publication date) are its notices'; the lines of a page kept in pieces (an XML document's
    runs, see ``containers.RUNS``; an OCR's lines)."""
    if literal is None:
        return None
    start, end = cleaned.from_source(span[0]), cleaned.from_source(span[1])
    if literal.page:
        return start, end  # (its lines as printed: an OCR's may cut a newspaper's columns mid-sentence)
    stripped = cleaned.text[start:end].strip()
    if not stripped or stripped[0] not in "{[" or stripped[-1] not in "}]":
        return None
    try:
        json.loads(stripped)
    except ValueError:
        return None
    return start, end


def _read_container(
    cleaned: CleanText, span: tuple[int, int], fields: list[Field], literal: Literal | None,
    source: str | None, format: SourceFormat, deadline: float, page_start: bool = True,
) -> list[Notice]:  # fmt: skip
    """The notices of one container, offsets into the cleaned text; a failure loses one notice at most. A record's
    value is a page of its own; the page's own text starts its page where the chunk does (``page_start``)."""
    if titled_own_business(fields):
        return []
    clean_start, clean_end = cleaned.from_source(span[0]), cleaned.from_source(span[1])
    printed = cleaned.text[clean_start:clean_end]
    page = Page(printed, fold(printed), clean_start)
    try:
        # (The text after a code block or a table is no page's start: what heads it heads no page.)
        at_start = literal is not None or (page_start and span[0] == 0)
        blocks = find_blocks(page.folded, record=literal is not None, page_start=at_start)
    except (TimeoutError, RecursionError) as error:
        return [_unreadable(source, format, (clean_start, clean_end), _why(error))]
    if titled_own_business(fields, to_no_one=all(block.public or not block.parties for block in blocks)):
        return []
    found = []
    given = published_of(fields)
    published = given.value if given is not None and isinstance(given.value, dt.date) else None
    # The sentence over a list of notices (下列当事人：…经过三十日即视为送达), read for the items after it.
    over: Span | None = None
    under = _shared_below(page.folded, blocks) | _served_over(page.folded, blocks) | _served_below(page.folded, blocks)
    heading_starts: list[int] | None = None  # (the page's heading lines, found once, where a list's sentence is read)
    last_of: dict[int, Notice] = {}  # (each block's last notice, for the one under it that points to it: 同上)
    for index, block in enumerate(blocks):
        if over is not None and heading_starts is None:
            heading_starts = [heading.start() for heading in headings(page.folded)]
        # Another notice: a heading of a block's, or a listing's between (a listing's heading is no block's).
        if block.heading is not None or (
            over is not None
            and heading_starts is not None
            and bisect_left(heading_starts, over[1]) < bisect_left(heading_starts, block.start)
        ):
            over = None
        where = (block.start + clean_start, block.end + clean_start)
        if time.monotonic() > deadline:
            found.append(_unreadable(source, format, (where[0], clean_end), "the page took longer than its budget"))
            break
        try:
            records = extract(
                page,
                block,
                source,
                in_record=bool(fields),
                record_published=published,
                over=tuple(span for span in (over, under.get(index)) if span is not None),
            )
            # (A table the addressee refers to may stand outside the container.)
            # (Not a table of the notice before or after: it may stand above the addressee, or under the body.)
            within = (
                blocks[index - 1].end + clean_start if index else 0,
                blocks[index + 1].start + clean_start if index + 1 < len(blocks) else len(cleaned.text),
            )
            listed = [fill_listed(record, cleaned.text, within) for record in records]
            pointed = any(notices is not None for notices in listed)
            records = [
                notice for record, notices in zip(records, listed, strict=True) for notice in notices or [record]
            ]
            for record in records:
                if not fill_appended(record, cleaned.text):
                    fill_referred(record, cleaned.text, within)
            if (
                _over_a_list(records[0], block.listing, pointed and index + 1 < len(blocks))
                or _addressed_below(page.folded, records, blocks, index)
                or _leads_items(page.folded, records, blocks, index)
            ):
                over = block.body
                continue
        except Exception as error:  # one notice's fault must not lose the page: kept, and said
            found.append(_unreadable(source, format, where, _why(error)))
            continue
        for record in records:
            record.source.format = format
            if index and blocks[index - 1].published == block.published and block.heading is None:
                _place_as_above(page.folded, block, record, last_of.get(index - 1))
        if records:
            last_of[index] = records[-1]
        found += records
    return found


def _place_as_above(text: str, block: Block, record: Notice, above: Notice | None) -> None:
    """A notice in a list signed once whose place is the one above's (…领取地点同上): its venue, from there (where it
    names none, or only its body's own word for itself: 到本委领取，领取地点同上); and what it serves to collect
    there, an award as the one above's (…作出终局裁决。领取地点同上), where it says no more of what it serves."""
    venue_wanted = (
        record.venue is None
        or record.venue in lexicon.OPENERS
        or grammar.fullmatch(grammar.PLACE_ABOVE_RE, record.venue) is not None  # (上述地点: the place above)
    )
    kind_wanted = record.kind == "other" and record.hearing_date is None
    if above is None or above.venue is None or not (venue_wanted or kind_wanted):
        return
    same = grammar.search(grammar.PLACE_AS_ABOVE_RE, text, *block.body)
    if same is None:
        return
    if venue_wanted:
        record.venue, record.spans["venue"] = above.venue, list(above.spans.get("venue", []))
    if kind_wanted and above.kind == "award_service" and "领取" in same.group():
        record.kind = "award_service"


def _served_below(text: str, blocks: list[Block]) -> dict[int, Span]:
    """The sentence under a list of notices that serves them all, in the last one's body (以上文书自本公告发布之日起
    经过三十日即视为送达): for each notice before it signed by the same signature, by its index."""

    def said(block: Block) -> Span | None:
        if not block.published:
            return None
        sentence = grammar.search(grammar.SERVED_ABOVE_RE, text, *block.body)
        if sentence is None:
            # (or that names their room: 以上案件开庭地点：本委第二仲裁庭（…）, read as the sentence over each)
            sentence = grammar.search(grammar.PLACE_OF_ALL_ABOVE_RE, text, *block.body)
        # (The paragraph it stands in, from its start: 自公告之日起经过30日，即视为送达。…上述案件均通过…在线开庭审理。)
        if sentence is None:
            return None
        # (to its paragraph's end: …即视为送达，答辩期…。开庭地点：本委仲裁庭（…）。逾期不到庭的…)
        end = text.find("\n", sentence.end(), block.body[1])
        return max(block.body[0], text.rfind("\n", 0, sentence.start()) + 1), block.body[1] if end < 0 else end

    return _for_those_signed_with(blocks, said)


def _shared_below(text: str, blocks: list[Block]) -> dict[int, Span]:
    """The paragraphs under the last of several notices signed once that are all of theirs (``_to_you_all``): for
    each notice before it, by its index. (A sentence over them or one that says it serves them all comes first.)"""
    return _for_those_signed_with(blocks, lambda block: _to_you_all(text, block) if block.published else None)


def _for_those_signed_with(blocks: list[Block], said: Callable[[Block], Span | None]) -> dict[int, Span]:
    """What ``said`` finds in a notice's body, for each notice before it that its signature signs too (under no
    heading of their own between), by index."""
    under: dict[int, Span] = {}
    for last, block in enumerate(blocks):
        found = said(block)
        if found is None:
            continue
        before = last
        while before > 0 and blocks[before].heading is None and blocks[before - 1].published == block.published:
            before -= 1
            under[before] = found
    return under


def _own_paragraph_end(text: str, body: Span) -> int:
    """Where the first line of a notice's own paragraph ends (it starts at its first words, on the addressee's line or
    under it), or -1 where the body is that line alone."""
    own = body[0]
    while own < body[1] and text[own].isspace():
        own += 1
    return text.find("\n", own, body[1])


def _to_you_all(text: str, block: Block) -> Span | None:
    """The paragraphs under the last of several notices' own that speak to all their addressees (一、甲公司：… /
    二、乙餐饮店：… / 因你们下落不明，…开庭地点：本委仲裁庭…): the last notice names one, so 你们 is all of them; or
    that a blank line sets apart from its own (… / 开庭地点：本委仲裁庭（…）。逾期不到庭…)."""
    if not block.parties:
        return None
    paragraph = _own_paragraph_end(text, block.body)
    if paragraph < 0:
        return None
    apart = _BLANK_LINE.match(text, paragraph, block.body[1])
    if apart is not None:
        return apart.end(), block.body[1]  # (however many the last notice names: the blank line sets the rest apart)
    if len(block.parties) != 1:
        return None
    names = block.parties[0][0]
    if grammar.ITEM_LINE_START_RE.fullmatch(text, text.rfind("\n", 0, names) + 1, names):
        return paragraph + 1, block.body[1]  # (二、乙公司：its own line / 因你单位下落不明…: the items' shared lines)
    you = text.find("你们", paragraph, block.body[1])
    return None if you < 0 else (text.rfind("\n", 0, you) + 1, block.body[1])


_BLANK_LINE = grammar.compile_pattern(r"\n[^\S\n]*\n\s*(?=\S)")


def _served_over(text: str, blocks: list[Block]) -> dict[int, Span]:
    """The sentence over several addressees that serves them all, in no notice of its own (因下列当事人下落不明，本局
    依法将听证通知书公告送达。自本公告发布之日起经过三十日，即视为送达。 / 甲公司：… / 乙公司：… / 某局 / 日期): for
    each addressee under it signed by the same signature, by its index."""
    over: dict[int, Span] = {}
    heading_starts: list[int] | None = None  # (the page's heading lines, found once, where a lead may be)
    for index, block in enumerate(blocks):
        if not block.parties or block.published is None or (index and blocks[index - 1].published == block.published):
            continue  # (the first addressee of a run signed once)
        # (Above the first addressee: under the notice's heading, the lead may be the first block's own text; not
        # over that heading, a form's lines read as no block above it.)
        first = block.parties[0][0]
        heading_starts = [heading.start() for heading in headings(text)] if heading_starts is None else heading_starts
        below = bisect_left(heading_starts, first)
        heading = heading_starts[below - 1] if below else 0
        lead = (max(blocks[index - 1].end if index else 0, first - _LEAD_REACH, heading), first)
        pointer = text.find("下列", *lead)
        if pointer < 0:
            continue  # (a sentence that points to the addressees under it)
        after = index
        while after < len(blocks) and blocks[after].parties and blocks[after].published == block.published:
            after += 1
        sentence = grammar.search(grammar.SERVICE_PERIOD_RE, text, *lead)
        if sentence is None and after - index > 1:
            # (…公告送达如下： / 一、甲公司：… / 二、乙公司：… / 本公告自发布之日起经过三十日视为送达。: the sentence
            # under the last item, in a paragraph of its own, serves them all)
            last = blocks[after - 1].body
            paragraph = _own_paragraph_end(text, last)
            sentence = grammar.search(grammar.SERVICE_PERIOD_RE, text, paragraph, last[1]) if paragraph >= 0 else None
        if sentence is None:
            continue
        # (From the sentence that points to them, which says what is served: 本委向下列受送达人公告送达仲裁裁决书。;
        # not over the items, from a sentence under the last)
        start, end = sentence.start(), sentence.end()
        if start < first:
            start = min(start, max(lead[0], text.rfind("。", lead[0], pointer) + 1))
            # (and the rest of its paragraph, where it says where to collect what it serves: …即视为送达。请受送达人在
            # 公告期内到某某仲裁院立案窗口领取。)
            paragraph_end = text.find("\n", end, first)
            end = end if paragraph_end < 0 else paragraph_end
        for served in range(index, after):
            over[served] = (start, end)
    return over


_LEAD_REACH = 400  # characters above an addressee its lead sentence may stand, heading and all (not a page's news)


# (2034年10月23日至10月27日; with their weekdays, 2038年2月22日（星期一）至2月26日（星期五）)
_DAYS_RANGE = grammar.compile_pattern(
    rf"日 {grammar.WEEKDAY}? \s* [至到—－~～-] \s* (?:\d{{1,2}}月)? \d{{1,2}}日", regex.VERBOSE
)


def _named(record: Notice) -> bool:
    """Does ``record`` name anyone: an addressee, or a party on either side?"""
    return bool(record.party or record.applicants or record.respondents)


def _over_a_list(record: Notice, listing: bool, pointed: bool) -> bool:
    """The sentence over a list, not a notice of its own: 本院定于下列时间公开开庭审理以下案件 over a table of
    hearings (its time is 下列时间, it addresses no one: whatever of the first row it ran on into, the row gives);
    or, naming no case, no party and no time, a listing, or 下列当事人：…本院向你们公告送达下列诉讼文书 over the
    notices read after it (``pointed``: an addressee that points to names no table here gives)."""
    when = record.hearing_text
    if when is not None and when.startswith(("下列", "以下", "如下", "下述")) and not record.party:
        return True  # (whatever of the table's first row the sentence ran on into: the row says it)
    if when is not None and _DAYS_RANGE.search(when) and len(record.case_numbers) > 1 and not _named(record):
        return True  # (本院定于2034年10月23日至10月27日公开开庭审理下列案件：, a week's sessions: each row its own)
    if record.case_numbers or _named(record):
        return False
    return when is None and (pointed or listing)


def _leads_items(text: str, records: list[Notice], blocks: list[Block], index: int) -> bool:
    """Is the block a list's lead, not a notice of its own: naming no case, no party and no time, it points to the
    items under it, each to an addressee of its own (本委受理的下列劳动争议案件，…依法向其公告送达…。 / 一、甲公司：… /
    二、乙厂：…)?"""
    record = records[0]
    if len(records) != 1 or record.party or record.case_numbers or record.applicants or record.respondents:
        return False
    if record.hearing_text is not None or index + 1 == len(blocks):
        return False
    below = blocks[index + 1]
    body = text[blocks[index].body[0] : blocks[index].body[1]]
    return bool(below.parties) and below.heading is None and any(word in body for word in _POINTING_DOWN)


_POINTING_DOWN = ("下列", "以下")


def _addressed_below(text: str, records: list[Notice], blocks: list[Block], index: int) -> bool:
    """Is the block a list's lead, not a notice of its own: its addressees each addressed again by the notices under
    it, before another heading, and no case of its own (甲店、乙店： / 本院受理的下列…案件，…向你们分别公告送达…： /
    1. 甲店：原告某诉你… / 2. 乙店：…)?"""
    if len(records) != 1 or records[0].case_numbers or len(records[0].party) < 2:
        return False
    below: set[str] = set()
    for block in blocks[index + 1 :]:
        if block.heading is not None:
            break
        below.update(text[start:end] for start, end in block.parties)
    return set(records[0].party) <= below


def _why(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return "a rule ran past its time limit"
    return f"an internal error ({type(error).__name__}: {error})"


def _unreadable(source: str | None, format: SourceFormat, span: tuple[int, int], why: str) -> Notice:
    """A stretch of text that may hold a notice the tool could not read: kept, and said."""
    zh = f"这段文字未能读完，其中可能有公告，请人工查看（{why}）"
    en = f"this stretch could not be read and may hold a notice: check it by hand ({why})"
    return Notice(
        kind="other",
        warnings=[finding("notice_unreadable", span, zh, en)],
        source=Source(file=source, start=span[0], end=span[1], format=format),
    )


def _use_records(
    text: str, layout: Layout, records: list[Notice], by_record: dict[int, list[Notice]], source: str | None,
    line: int, format: SourceFormat,
) -> None:  # fmt: skip
    """What the records around the notices give: missing values filled, repeats dropped, and listings
    printed only as fields (a table row, labelled lines) read."""
    where = _Where(text, source, line)
    for group, found in by_record.items():
        fields = layout.record_of(group)
        for record in found:
            fill(record, fields, where(layout.records.get(group, [])))  # (where the record's own values stand)
        for duplicate in _repeated(found, text):
            records.remove(duplicate)
    # Records that print no notice text may still list a hearing in their fields (a table row, labelled lines),
    # but not in a listed company's disclosure of its lawsuits: its marks stand above the fields or in them,
    # after the notice before them (a page of an archive is not another page's disclosure).
    from_text = list(records)  # (the listings added below are not looked through again: one pass, not one per row)
    holding = _Holding(from_text)
    ends = sorted(record.source.end for record in from_text)
    disclosures = [mark.start() for mark in grammar.COMPANY_DISCLOSURE_RE.finditer(text)]  # (found once, not per row)
    extents = _row_extents(layout)
    table_ends = _table_ends(text, extents)
    rows_in = Counter(table_ends.values())
    cells = {literal.group for literal in layout.literals if literal.cell}  # rows of a table under a sentence
    signatures: dict[int, regex.Match[str] | None] = {}  # a table's end → its signature (looked for once a table)
    issuers_above: IssuersAbove | None = None  # (the page's headings, found once for all its rows)
    rows_above: dict[int, Notice] = {}  # a table's end → its row read last
    days_over: dict[int, tuple[dt.date, Span] | None] = {}  # a table's end → the day printed over it, if any

    def day_over(table_end: int, first_row: int) -> tuple[dt.date, Span] | None:
        """The day printed over a table, looked for once a table (from the first row read of it)."""
        if table_end not in days_over:
            days_over[table_end] = _day_over_table(text, first_row)
        return days_over[table_end]

    # A livestream feed's cards (one live or with its replay, in one list or table): a card still to sit is one of
    # them, its status new ("未开始") or its replay not yet there (null), not a hearing's notice. (Not for a list whose
    # rows say only 已结束: a court's schedule may say so of its past sessions.)
    def feed(group: int) -> tuple[str, int]:
        return ("in", layout.parents[group]) if group in layout.parents else ("table", table_ends[group])

    streams = {
        feed(group)
        for group, fields in layout.records.items()
        if group in extents and from_a_stream(fields, sat_too=False)
    }
    for group, fields in layout.records.items():
        if group in by_record or group not in extents or feed(group) in streams:
            continue
        placed = listed_spans(fields)
        at, row_end = extents[group]
        covering = holding.of(span[0] for span in placed)
        # (Not a text that ends inside the row: the sentence over a table, run on into its first row's short cells.)
        covering = [r for r in covering if not (r.source.start < at and r.source.end < row_end)]
        if group in cells:
            # (Nor a sentence over a table of cases printed in it: rows of their own, unless the table is one row
            # the notice prints of its own case and does not point to as a list.)
            one_row = rows_in[table_ends[group]] == 1
            covering = [r for r in covering if one_row and not _over_the_table(text, r, at, row_end)]
        lines = group < 0  # (a run of labelled lines, not a table's row: see containers)
        if covering and lines and served_form(fields):
            # A form of service printed as labelled lines (受送达人：… 案号：… 送达文书：… 开庭时间：…) under a heading
            # and over a signature: its fields say who is who, which its text read as prose does not.
            form = listing(fields, source, where(fields), form=True)
            if form is not None:
                form.warnings = [w for w in form.warnings if w.code != "value_from_record"]  # (its text is there)
                for record in covering:
                    _signed_as(form, record)
                    form.source.start = min(form.source.start, record.source.start)  # (the text read, all of it)
                    form.source.end = max(form.source.end, record.source.end)
                    records.remove(record)
                _served_by_its_field(form, fields)  # (counted from the day its signature gives)
                form.source.format = format
                records.append(form)
                continue
        if any(r.source.start < at or r.source.end > row_end for r in covering) and not _reads_the_rows(
            covering, group, rows_in[table_ends[group]]
        ):
            continue  # a notice whose text holds the record's fields: they are its own
        before = bisect_right(ends, at)
        since = ends[before - 1] if before else 0  # where the notice before the fields ends
        first_mark = bisect_left(disclosures, since)
        if first_mark < len(disclosures) and disclosures[first_mark] < row_end:
            continue
        if clock_only(fields):
            # (A table's rows that give only a clock, 时间 | 法庭 | 案号, the day printed over it with its weekday.)
            day = day_over(table_ends[group], at)
            if day is not None:
                fields = [(lexicon.DAY_ABOVE_KEY, text[slice(*day[1])], day[1]), *fields]
        # (A run of labelled lines, or a record of its own — an API's, an export's row — is a form; a table's row
        # under a sentence that serves it is the sentence's.)
        listed = listing(fields, source, where(fields), form=lines or group not in cells)
        if listed is None:
            continue
        # A row read as a line of text (| 2026-04-20 09:00 | 第三审判庭 |…): its columns say more.
        for record in covering:
            if any(kept is record for kept in records):  # (a text over several rows: removed at the first)
                records.remove(record)
        listed.source.format = format
        if listed.published is None or listed.issuer is None:
            end = table_ends[group]
            if end not in signatures:
                signatures[end] = signed_below(text, end)
            _signed_by(text, listed, signatures[end])
        _served_by_its_field(listed, fields)  # (counted from the day its signature gives)
        _same_day(listed, rows_above.get(table_ends[group]))
        if listed.hearing_date is None and listed.hearing_time is not None:
            _on_day(listed, day_over(table_ends[group], at))
        rows_above[table_ends[group]] = listed
        if listed.issuer is None:
            # A list page's rows name no court: its heading does (某某人民法院 开庭公告).
            issuers_above = issuers_above or IssuersAbove(text)
            heading = issuers_above(listed.source.start)
            if heading is not None:
                listed.issuer = text[heading[0] : heading[1]]
                listed.spans["issuer"] = [heading]
        records.append(listed)
    _drop_sentences_over_rows(text, records, from_text)
    _signed_under_its_table(text, from_text, sorted(set(table_ends.values())), extents)


_TABLE_EDGE = 8  # characters of a table's first line a notice's text read before it may hold


def _signed_under_its_table(
    text: str, from_text: list[Notice], table_ends: list[int], extents: dict[int, Span]
) -> None:
    """A notice read as cut off where a table it serves starts (下列纳税人：…现向你们公告送达下列税务文书。 / | 序号 |
    纳税人名称 |… / 特此公告。 / 某某税务局 / 日期), the table's rows its parties: its closing and signature stand under
    the table. It is signed there, and runs to them."""
    starts = sorted(start for start, _ in extents.values())
    for record in from_text:
        if not any(found.code == "notice_truncated" for found in record.warnings):
            continue
        # (the text read may hold the table's first characters, its rule or its first cell's bar)
        first = bisect_left(starts, record.source.end - _TABLE_EDGE)
        if first == len(starts) or text[record.source.end : starts[first]].strip():
            continue  # (no table right under it)
        ends = bisect_left(table_ends, starts[first])
        signature = signed_below(text, table_ends[ends]) if ends < len(table_ends) else None
        if signature is None or "published" not in signature.re.groupindex:
            continue
        _signed_by(text, record, signature)
        record.source.end = max(record.source.end, signature.end())
        record.warnings = [found for found in record.warnings if found.code != "notice_truncated"]
        _served_as_said(text, record, record)


_DAY_REACH = 6  # lines above a table's first row its day may stand on (its heading, the column names between)


def _day_over_table(text: str, first_row: int) -> tuple[dt.date, Span] | None:
    """The day of sessions printed once over a table whose rows give only times (呼和浩特市新城区人民法院开庭公告 /
    2026年11月18日（星期三） / 序号　开庭时间　法庭…): a date with its weekday, on a line of its own or in the title."""
    end = first_row
    for _ in range(_DAY_REACH):
        start = text.rfind("\n", 0, max(end - 1, 0)) + 1
        if start >= end:
            break
        line = fold(text[start:end])
        if grammar.search(grammar.SESSION_DAY_RE, line) is not None:
            day = grammar.search(grammar.DATE_RE, line)
            value = read_date(day, "hearing_date").value if day is not None else None
            return (value, (start + day.start(), start + day.end())) if day is not None and value else None
        end = start
    return None


def _on_day(row: Notice, day: tuple[dt.date, Span] | None) -> None:
    """A row with a time and no day: the day printed over its table."""
    if day is None:
        return
    row.hearing_date = day[0]
    row.spans["hearing_date"] = [day[1]]
    row.warnings = [found for found in row.warnings if found.code != "hearing_date_unreadable"]


# What a form's text gives where its fields do not: its signature, and the sides its prose names (公告内容：本院受理
# 原告某某诉你们…); never its addressees, which the text read as prose takes from its labels.
_FROM_TEXT = ("issuer", "published", "applicants", "respondents", "counterparty", "cause", "documents")


def _served_by_its_field(listed: Notice, fields: list[Field]) -> None:
    """When service is done, by the period a field prints (公告期限：自本公告发布之日起经过三十日，即视为送达),
    counted from the form's publication."""
    if listed.served_on is not None or listed.published is None:
        return
    for _, value, span in fields:
        served = service_end(fold(value), (0, len(value)), listed.published) if "视为送达" in value else None
        if served is not None:
            listed.served_on = served[0]
            as_printed = span is not None and len(value) == span[1] - span[0]
            if as_printed and span is not None:
                listed.spans["served_on"] = [(span[0] + served[1][0], span[0] + served[1][1])]
            return


def _signed_as(form: Notice, text_read: Notice) -> None:
    """The values the text read under a form of service gives, where the form's fields give none."""
    for name in _FROM_TEXT:
        if not getattr(form, name) and getattr(text_read, name):
            value = getattr(text_read, name)
            setattr(form, name, list(value) if isinstance(value, list) else value)
            form.spans[name] = list(text_read.spans.get(name, []))
            form.warnings = [w for w in form.warnings if w.field != name or not w.code.endswith("_missing")]
    if form.party_role is None and text_read.party_role is not None and set(form.party) <= set(text_read.party):
        form.party_role = text_read.party_role
    if form.party and not form.counterparty:
        others = [name for name in (*form.applicants, *form.respondents) if name not in form.party]
        if others:
            form.counterparty = others
            spans = {
                **dict(zip(form.applicants, form.spans.get("applicants", []), strict=False)),
                **dict(zip(form.respondents, form.spans.get("respondents", []), strict=False)),
            }
            form.spans["counterparty"] = [spans[name] for name in others if name in spans]


def _same_day(row: Notice, above: Notice | None) -> None:
    """A row whose day is printed 同日 (当日, 当天): the day of the row above it in its table, where that is printed."""
    if row.hearing_date is not None or above is None or above.hearing_date is None:
        return
    if not (row.hearing_text or "").startswith(lexicon.SAME_DAY_WORDS):
        return
    row.hearing_date = above.hearing_date
    row.spans["hearing_date"] = list(above.spans.get("hearing_date", []))  # (where the day is printed)
    row.warnings = [found for found in row.warnings if found.code != "hearing_date_unreadable"]


def _own_hearing(record: Notice, rows: list[Notice]) -> bool:
    """Does ``record`` set a hearing of its own: not one read from a row of the table it runs over, nor a time that
    reads as no day (下列案件定于下周公开开庭审理 over the rows), nor the days they fall on, no clock (本院定于
    2035年1月24日至1月26日公开开庭审理下列案件)?"""
    if not record.hearing_text or record.hearing_date is None:
        return False
    if record.hearing_time is None and _DAYS_RANGE.search(record.hearing_text):
        return False
    start = record.spans.get("hearing_text", [(-1, -1)])[0][0]
    days = {span[0] for row in rows for span in row.spans.get("hearing_date", [])}  # (the day the rows are set on)
    return start not in days and not any(row.source.start <= start < row.source.end for row in rows)


def _over_the_table(text: str, record: Notice, row: int, row_end: int) -> bool:
    """Is ``record`` a sentence over the table of cases whose row stands at ``row``: pointing to it before the row
    (本委受理的下表所列…案件), or naming the row's cells as its addressees (下列用人单位：…)?"""
    if any(row <= start < row_end for start, _ in record.spans.get("party", [])):
        return True
    return _TABLE_REFERENCE.search(text, record.source.start, row) is not None


def _drop_sentences_over_rows(text: str, records: list[Notice], from_text: list[Notice]) -> None:
    """The sentence over or under a table whose rows were read as hearings (下列当事人：本委受理的下表所列案件…, then
    序号 / 被送达人 / 案号 / 开庭时间; or the rows, then 上述被送达人：本委受理上表所列…案件): naming no one and no time
    of its own (or only the rows' addressees, taken from the table it points to: 下列被送达人), only the rows' case
    numbers or none but the table's, it is no notice of its own."""
    read = {id(record) for record in from_text}
    rows = [record for record in records if id(record) not in read]
    listed = {number for record in rows for number in record.case_numbers}
    if not listed:
        return
    # (A cell may name two: 甲、乙. A row's side is its addressee where the sentence names the rows' column:
    # 下列被申请人.)
    addressed = "、".join(name for r in rows for name in (*r.party, *r.respondents, *r.applicants))
    over = {
        id(record)
        for record in from_text
        if (all(name in addressed for name in record.party) or _other_side_listed(record, addressed))
        and not _own_hearing(record, rows)
        and (
            set(record.case_numbers) <= listed
            if record.case_numbers
            else _TABLE_REFERENCE.search(text, record.source.start, record.source.end) is not None
        )
    }
    if over:
        _serve_rows(text, from_text, over, rows)
        records[:] = [record for record in records if id(record) not in over]


def _other_side(record: Notice) -> list[str]:
    """The names on the side across from ``record``'s addressees."""
    return {"respondent": record.applicants, "applicant": record.respondents}.get(record.party_role or "", [])


def _other_side_listed(record: Notice, addressed: str) -> bool:
    """Does ``record`` address its own party over a table that names the other side of each case (佛山某公司：本委
    受理下列申请人与你单位劳动争议案件共四宗… over 案号 / 申请人 / 开庭时间)?"""
    others = _other_side(record)
    return bool(record.party) and bool(others) and all(name in addressed for name in others)


def _serve_rows(text: str, from_text: list[Notice], over: set[int], rows: list[Notice]) -> None:
    """The rows under a sentence that serves them (…向你们公告送达起诉状副本…经过三十日即视为送达) are served by it:
    what it serves, and when service is done, counted from the row's publication (the signature under the table),
    where a row says none; where to come at the row's time (…于下表所列时间到本局…询问室接受调查询问), and what the
    time is for (a labour inspection's questioning). (The notice read last before a row must be that sentence:
    another table's row is not its.)"""
    read = sorted(from_text, key=lambda r: r.source.start)
    starts = [r.source.start for r in read]
    # (The sentence read as a notice for each row's case, its addressee the row's: 下列被申请人 over 被申请人 / 申请人 /
    # 案号 …, see listed.)
    per_case = {
        (r.source.start, frozenset(r.case_numbers)): r
        for r in from_text
        if id(r) in over and r.case_numbers and r.party
    }
    for row in rows:
        before = bisect_right(starts, row.source.start)
        sentence = read[before - 1] if before else None
        if sentence is None or id(sentence) not in over:
            continue
        own = per_case.get((sentence.source.start, frozenset(row.case_numbers)))
        if own is not None and not row.party:
            row.party, row.party_role, row.counterparty = list(own.party), own.party_role, list(own.counterparty)
            for name in ("party", "counterparty"):
                if name in own.spans:
                    row.spans[name] = list(own.spans[name])
        elif not (row.party or row.party_role or _own_side(row, sentence)) and sentence.party and _other_side(sentence):
            _addressed_by(row, sentence)  # (the sentence's addressee, a party of each row's case: 你单位 in each)
        elif not (row.party or row.party_role) and _other_side(sentence) and _among(_own_side(row, sentence), sentence):
            _addressee_of_row(row, sentence)  # (康秋菊、韩某某…：原告某银行诉你们…各案开庭时间见下表, over 被告 / 案号)
        if own is not None:
            for name in ("issuer", "published"):
                if getattr(row, name) is None and getattr(own, name) is not None:
                    setattr(row, name, getattr(own, name))  # (the notice's signature, none standing under the rows)
                    row.spans[name] = list(own.spans.get(name, []))
        granting = own or sentence
        if row.respond_by is None and granting.respond_by and granting.published == row.published:
            row.respond_by = granting.respond_by  # (the answer period the sentence grants, counted as for the notice)
            row.spans["respond_by"] = list(granting.spans.get("respond_by", []))
        if not row.documents and sentence.documents and "documents" in sentence.spans:
            row.documents = list(sentence.documents)
            row.spans["documents"] = list(sentence.spans["documents"])
        # (a hearing's room for a row heard, or, where the sentence sets no hearing, the place to collect at: 请你们在
        # 公告期内到本局第一税务分局（办税服务厅）领取)
        if (
            row.venue is None
            and (row.hearing_date is not None or sentence.hearing_date is None)
            and sentence.venue
            and "venue" in sentence.spans
        ):
            row.venue = sentence.venue
            row.spans["venue"] = list(sentence.spans["venue"])
        if row.kind == "hearing" and sentence.kind == "inspection_inquiry":
            row.kind = sentence.kind
        _served_as_said(text, row, sentence)


def _served_as_said(text: str, record: Notice, said: Notice) -> None:
    """``record``'s day of deemed service, where it has none, counted from its publication as the text of ``said``
    sets it (自公告之日起经过三十日即视为送达)."""
    if record.served_on is None and record.published is not None:
        start, end = said.source.start, said.source.end
        served = service_end(fold(text[start:end]), (0, end - start), record.published)
        if served is not None:
            record.served_on = served[0]
            record.spans["served_on"] = [(start + served[1][0], start + served[1][1])]


def _among(names: list[str], sentence: Notice) -> bool:
    return bool(names) and all(name in sentence.party for name in names)


def _addressee_of_row(row: Notice, sentence: Notice) -> None:
    """Give ``row``, whose names on the side of ``sentence``'s addressees are among them, those names as its
    addressees, and the other side the sentence names (the same in every row's case) where the row names none."""
    own = "respondents" if sentence.party_role == "respondent" else "applicants"
    other = "applicants" if own == "respondents" else "respondents"
    row.party, row.party_role = list(getattr(row, own)), sentence.party_role
    row.spans["party"] = list(row.spans.get(own, []))
    if not getattr(row, other):
        setattr(row, other, list(_other_side(sentence)))
        row.spans[other] = list(sentence.spans.get(other, []))
    row.counterparty = list(getattr(row, other))
    row.spans["counterparty"] = list(row.spans.get(other, []))


def _own_side(row: Notice, sentence: Notice) -> list[str]:
    """The names a row prints on the side of ``sentence``'s addressees (none where it names only the other side)."""
    return row.respondents if sentence.party_role == "respondent" else row.applicants


def _addressed_by(row: Notice, sentence: Notice) -> None:
    """Give ``row`` the addressees of the sentence over its table, on their side of the row's case; the row's names
    on the other side are the counterparty."""
    side = "respondents" if sentence.party_role == "respondent" else "applicants"
    other = "applicants" if side == "respondents" else "respondents"
    row.party, row.party_role = list(sentence.party), sentence.party_role
    setattr(row, side, list(sentence.party))
    row.counterparty = list(getattr(row, other))
    for name, spans in (("party", sentence.spans.get("party")), (side, sentence.spans.get("party"))):
        if spans:
            row.spans[name] = list(spans)
    if row.spans.get(other):
        row.spans["counterparty"] = list(row.spans[other])


# A sentence that points to a table for its cases: 上表所列, 下表所列, 如下表.
_TABLE_REFERENCE = grammar.compile_pattern(r"[上下]表|如下表|(?:下列|以下)案件")


def _row_extents(layout: Layout) -> dict[int, Span]:
    """Where each record of ``layout`` that may list a hearing stands in the page: from its first placed value to
    its last. (A record of one value cannot list one: a line under a table, 特此公告, read as a row of one filled
    cell.)"""
    extents = {}
    for group, fields in layout.records.items():
        placed = row_spans(fields)
        if sum(1 for _, value, _ in fields if value.strip()) > 1 and placed:
            extents[group] = (min(span[0] for span in placed), max(span[1] for span in placed))
    return extents


def _table_ends(text: str, extents: dict[int, Span]) -> dict[int, int]:
    """For each record, where the table it stands in ends: its rows follow one another with only the table's own
    lines between (blank lines, ruled lines, a box-drawn row's wrapped lines, cells). One pass in page order."""
    ends: dict[int, int] = {}
    table: list[int] = []
    end = -1
    for group, (start, after) in sorted(extents.items(), key=lambda item: item[1]):
        if table and start >= end and not all(map(_is_table_line, text[end:start].split("\n"))):
            ends.update(dict.fromkeys(table, end))
            table = []
        table.append(group)
        end = max(end, after)
    ends.update(dict.fromkeys(table, end))
    return ends


def _is_table_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped[0] in _TABLE_LINE_STARTS or "\t" in line:
        return True
    return grammar.fullmatch(grammar.DAY_HEADING_LINE_RE, line) is not None  # (a schedule's day over its sessions)


_TABLE_LINE_STARTS = frozenset("│|┌├└┃┏┣┗+")


def _signed_by(text: str, listed: Notice, signature: regex.Match[str] | None) -> None:
    """A table of hearings signed below its rows (特此公告 / 某某人民法院 / 2026年4月17日): the date it was signed,
    and who signed it when its rows name no court."""
    if signature is None:
        return
    named = listed.spans.get("issuer")
    # (A title over the table that names a court gives way to the signature: 某某法院开庭公告导出 / … / 某某法院.)
    if listed.issuer is None or (named and named[0][1] <= listed.source.start):
        listed.issuer = signature.group("issuer")
        listed.spans["issuer"] = [signature.span("issuer")]
    if listed.published is not None or "published" not in signature.re.groupindex:
        return  # (or signed by a name alone, undated)
    date = grammar.match(grammar.DATE_RE, text, *signature.span("published"))
    reading = read_date(date, "published") if date is not None else None
    if reading is not None and reading.value is not None:
        listed.published = reading.value
        listed.spans["published"] = [reading.span]


class _Where:
    """Where a chunk's records stand, as file:line (of a record's first own value), for the findings that quote them;
    the chunk's line ends found once (a dump of thousands of records in one chunk: not counted from its start each
    time)."""

    def __init__(self, text: str, source: str | None, line: int) -> None:
        self.text, self.source, self.line = text, source or "文本", line
        self.line_ends: list[int] | None = None

    def __call__(self, fields: list[Field]) -> str:
        if self.line_ends is None:
            self.line_ends = [end.start() for end in _LINE_END.finditer(self.text)]
        at = min((span[0] for span in row_spans(fields)), default=0)
        return f"{self.source}:{self.line + bisect_left(self.line_ends, at)}"


_LINE_END = grammar.compile_pattern("\n")


def _repeated(found: list[Notice], text: str) -> list[Notice]:
    """The notices of one record that repeat another of it (the text in two fields: content and page, or a
    summary cut short), keeping the one whose own text says more."""
    best: dict[str, Notice] = {}
    dropped = [
        record
        for record in found
        if any(_cut_copy(text, record, other) or _says_no_more(record, other) for other in found)
    ]
    cut = {id(record) for record in dropped}  # (by identity: two records may be equal field for field)
    for record in found:
        if id(record) in cut:
            continue
        key = "|".join(
            (record.kind, *record.party, *record.case_numbers, str(record.hearing_date), str(record.hearing_time))
        )
        kept = best.get(key)
        if kept is None:
            best[key] = record
            continue
        if _own_values(record) > _own_values(kept):
            best[key], record = record, kept
        dropped.append(record)
    return dropped


def _cut_copy(text: str, record: Notice, other: Notice) -> bool:
    """Is ``record``'s text the start of ``other``'s, cut short (a summary field: "…因支付令无法送达你公司，...")?
    Compared without line breaks and spaces, written or escaped: a title runs on where the text breaks its line
    (某某公司：本院受理…)."""
    if other is record or (record.source.start, record.source.end) == (other.source.start, other.source.end):
        return False  # (the records of one notice, a case each: see sittings)
    mine = _plain(text[record.source.start : record.source.end])
    mine = (_before_cut(mine) or mine).rstrip(".…。，,")
    whole = _plain(text[other.source.start : other.source.end])
    return len(mine) >= _LEAST_COPY and len(whole) > len(mine) and whole.startswith(mine)


def _plain(printed: str) -> str:
    """A record's text as compared with another's: without line breaks, spaces and a value's markup (written or
    escaped: <br />)."""
    return _BREAKS.sub("", printed)


def _before_cut(plain: str) -> str | None:
    """What a summary's text holds before the mark where it is cut short (……, ..., [&hellip;] as WordPress ends an
    excerpt), and a link to the rest after it (... <a href=…>全文</a>); None where it ends with none."""
    cut = _CUT_END.search(plain, max(0, len(plain) - _CUT_END_REACH))  # (anchored at the end: only its tail tried)
    return plain[: cut.start()] if cut is not None else None


_BREAKS = grammar.compile_pattern(r"\s+|\\[nrt]|<[^<>]{0,300}>")
_CUT_END_REACH = 64  # characters of a cut mark and a link to the rest, at the most
# (where a summary stops: the notice it cuts goes on)
_CUT_END = grammar.compile_pattern(
    r"[\[［]?(?:…+|\.{3,}|&hellip;|\\u2026)[\]］]?(?:(?:展开|查看|阅读)?(?:全文|详情|更多))?\Z"
)


def _shown_twice(records: list[Notice], in_code: set[int]) -> list[Notice]:
    """The notices a page's data holds that its markup shows too (an app page's text, and the state its script
    keeps, window.__INITIAL_STATE__ = {…"content": "某某：本院受理…"}): one notice, read where the page shows it."""
    shown = {_same_notice(record) for record in records if id(record) not in in_code}
    return [record for record in records if id(record) in in_code and _same_notice(record) in shown]


def _under_another_key(records: list[Notice], keyed: dict[int, str]) -> list[Notice]:
    """The notices the page's data gives again under another key than it first gave them (an OCR's response holds its
    text as its first annotation and as its full text, or as its content and as its lines: Google Vision's, Alibaba
    Cloud's): one notice, read under the first. (Under the same key it is printed twice: an API's list may hold a
    notice in two records, each counted.)"""
    first: dict[tuple[object, ...], str] = {}
    copies = []
    for record in records:
        key = keyed.get(id(record))
        if key is None:
            continue
        if first.setdefault(_same_notice(record), key) != key:
            copies.append(record)
    return copies


def _same_notice(record: Notice) -> tuple[object, ...]:
    return (
        record.kind, tuple(record.party), tuple(record.case_numbers), record.hearing_date, record.hearing_time,
        record.venue, record.issuer, record.published,
    )  # fmt: skip


def _summaries(text: str, records: list[Notice]) -> list[Notice]:
    """The records whose text is a summary of another's on the page, cut short where an ellipsis stands (a post's
    description in its script, msg_desc = "（2036）…号 康振华：本院受理原告马文涛诉被告康振华……"; a listing's
    excerpt over the notice): the notice is read whole where it stands."""
    printed = {id(record): _plain(text[record.source.start : record.source.end]) for record in records}
    cut = {id(record): before for record in records if (before := _before_cut(printed[id(record)])) is not None}
    if not cut:
        return []
    # (Only a notice printed whole: records of a list all cut at the same length are notices each, published apart.)
    whole = [(other, printed[id(other)]) for other in records if id(other) not in cut]
    found = []
    for record in records:
        if id(record) not in cut:
            continue
        mine = cut[id(record)]
        # (Shorter, it is a copy where it names the other's addressees: 某某公司、鲍振宇：本院受理原告……)
        if any(
            mine in printed_whole
            and (len(mine) >= _LEAST_COPY or (record.party and set(record.party) <= set(other.party)))
            for other, printed_whole in whole
            # (elsewhere, not around it)
            if other.source.end <= record.source.start or record.source.end <= other.source.start
        ):
            found.append(record)
    return found


def _pieces_of_others(text: str, records: list[Notice]) -> list[Notice]:
    """The records whose whole text is a piece of another's, printed elsewhere on the page, to the same addressees (a
    layout tool's paragraphs listed after the page's content it read them from, each a record of its own: the
    notice is read whole in the content). (A copy cut short is a printing of its own: see _summaries.)"""
    found = []
    addressed: dict[int, str] = {}  # (each record's text, as compared: read once)

    def text_of(record: Notice) -> str:
        if id(record) not in addressed:
            addressed[id(record)] = _addressed_text(text, record)
        return addressed[id(record)]

    addressed_to: dict[str, list[Notice]] = {}  # (an addressee → the records to them: only those are compared)
    for record in records:
        for name in record.party:
            addressed_to.setdefault(name, []).append(record)
    for record in records:
        if not record.party:
            continue  # (a listing's rows name no addressee: each is a notice of its own)
        for other in addressed_to[record.party[0]]:
            if (
                other is record
                or not set(record.party) <= set(other.party)
                or not set(record.case_numbers) <= set(other.case_numbers)
                or not (other.source.end <= record.source.start or record.source.end <= other.source.start)
            ):
                continue
            mine, theirs = text_of(record), text_of(other)
            if len(mine) < len(theirs) and mine in theirs:
                found.append(record)
                break
    return found


def _addressed_text(text: str, record: Notice) -> str:
    """A record's text from its addressee on, as compared (a page's title and source line over it are the page's)."""
    begin = min((span[0] for span in record.spans.get("party", [])), default=record.source.start)
    return _plain(text[max(begin, record.source.start) : record.source.end])


def _hearings_listed_below(text: str, records: list[Notice]) -> list[Notice]:
    """The rows of a table under notices that send the reader to it for their hearings (上述案件开庭时间、地点见附表 /
    附表： / 案号｜开庭时间｜开庭地点 / …): each row's hearing given to the notice of its case, which had none; the rows
    given, no notices of their own."""
    given: list[Notice] = []
    taken: set[int] = set()  # (by identity: two rows may be equal field for field)
    rows = [record for record in records if not record.party and record.hearing_date is not None]
    for notice in records if rows else ():
        if notice.kind != "hearing" or notice.hearing_date is not None or not notice.case_numbers:
            continue
        cases = {identity.fold(number) for number in notice.case_numbers}
        for row in rows:
            if (
                id(row) in taken
                or row.source.start < notice.source.end
                or not cases & {identity.fold(number) for number in row.case_numbers}
                or _POINTS_TO_TABLE.search(text, notice.source.start, row.source.start) is None
            ):
                continue
            for name in _HEARING_FIELDS:
                if getattr(notice, name) is None and getattr(row, name) is not None:
                    setattr(notice, name, getattr(row, name))
                    notice.spans[name] = list(row.spans.get(name, []))
            notice.warnings = [w for w in notice.warnings if w.code != "hearing_not_found"]  # (found, in the table)
            given.append(row)
            taken.add(id(row))
            break
    return given


_POINTS_TO_TABLE = grammar.compile_pattern(r"见[^。；;，,\n]{0,6}?(?:附表|下表)")
_HEARING_FIELDS = ("hearing_date", "hearing_time", "hearing_text", "venue")


def _says_nothing(text: str, record: Notice) -> bool:
    """Does ``record`` name no one and no day, and its text hold no sentence (a site's links to other pages under a
    notice's heading: 某某法院开庭公告（1月26日—1月30日） / 陈国华：公告送达起诉状副本及开庭传票 / 关于…的通知; a list
    of related articles, 某某法院公告（2038）…号 / 公告送达起诉状副本及开庭传票的格式范本: a title's case number says no
    more), or read nothing at all where it stands (a post's lead over the notice it leads, 近日，我院受理一起…案件。…
    本院依法公告送达如下：)? No notice: a notice says something. (A stretch not read is kept: it says so.)"""
    if not record.spans and not any(found.code == "notice_unreadable" for found in record.warnings):
        return True
    if record.party or record.applicants or record.respondents or record.counterparty:
        return False
    if record.hearing_date is not None or record.published is not None:
        return False
    return _SENTENCE_END.search(text, record.source.start, record.source.end) is None


# (A half-width mark ends a sentence after words, not after code: a post's script, htmlDecode("…");, says nothing.)
_SENTENCE_END = regex.compile(r"[。！；]|(?<=\p{Han})[!;]")


# The values a record reads (kind apart: "other" is what a text says when it says too little to tell).
_VALUES = tuple(name for name in Notice.model_fields if name not in ("kind", "warnings", "spans", "source"))


def _says_no_more(record: Notice, other: Notice) -> bool:
    """Does ``other``, reading more of its own text, hold every value ``record`` holds (a feed item's title,
    "朱某：本院受理原告某某诉你借款合同纠纷一案", beside the notice in its description)?"""
    if other is record or record.kind not in (other.kind, "other") or _own_values(other) <= _own_values(record):
        return False
    # (Not what the title took from its record's fields, the court and the day: the text signs with its own.)
    from_fields = {found.field for found in record.warnings if found.code == "value_from_record"}
    for name in _VALUES:
        if name in from_fields:
            continue
        mine, theirs = getattr(record, name), getattr(other, name)
        if isinstance(mine, list) and not set(mine) <= set(theirs):
            return False
        if mine and not isinstance(mine, list) and mine != theirs:
            return False
    return True


_LEAST_COPY = 30  # characters of a cut copy, at the least: a shorter start says too little to be the same notice


def _own_values(record: Notice) -> int:
    """How many values a record read from its own text (not from its record's fields)."""
    filled = {w.field for w in record.warnings if w.code == "value_from_record"}
    return sum(1 for name in record.spans if name not in filled)
