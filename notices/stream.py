"""Text read and parsed in chunks cut between notices, so memory follows the largest notice.

A chunk ends just before a heading line: every block before it is whole (a
block never runs past the next heading). Offsets of records found in a chunk
are moved by the chunk's start, so spans stay offsets into the whole text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from notices import grammar
from notices.candidates import windows
from notices.clean import closing_cut, under_pager
from notices.columns import Region, side_by_side
from notices.fold import fold
from notices.models import Notice, SourceFormat
from notices.segment import (
    BYLINE_MARK,
    HEAD_LINES,
    headings,
    listed_title,
    page_title_over,
    signed_over_heading,
    title_again,
)

# Parse about this much text at a time: what a chunk's reading holds at once (its tokens, cleaned and folded copies,
# its records) is some 60 bytes a character; at 256K characters a 100 MB archive peaked 48 MB lower than at 1M and
# read 1.35x faster, with the same records (benchmarks/results.md, eleventh session).
CHUNK_CHARS = 1 << 18
MAX_CHUNK_CHARS = 64 << 20  # without a heading to cut at, cut at a line end past this
# Where the last heading of a chunk is looked for: the last 64K characters, then the last 256K (news prints few),
# then all of it.
_TAILS = (1 << 16, 1 << 18)
# How far back a heading is looked for again when a buffer that held none grows: a heading line is known by the
# lines after it (BULLETIN_LINE_RE: the notice's first line), which may have been cut off.
_REREAD = 1 << 10


def _cut(buffer: str, clear: int = 0, patience: int = MAX_CHUNK_CHARS) -> int:
    """Where ``buffer`` may be cut: before its last heading line and the lines printed with it (not at its
    first character); 0 if nowhere. ``clear``: how far it is known to hold no heading line; ``patience``: how long
    it may grow waiting for a heading with no notice left unsigned above it."""
    starts = [*(len(buffer) - tail for tail in _TAILS if clear < len(buffer) - tail), clear]
    # (Not on the last line while it may go on in the next piece: 公告 is a heading, 公告类型：公示催告 is not.)
    whole = len(buffer) if buffer.endswith("\n") else buffer.rfind("\n") + 1

    def heading_lines(start: int) -> list[regex.Match[str]]:
        return [heading for heading in headings(buffer, start) if heading.start() < whole]

    every: list[regex.Match[str]] | None = None  # the headings from ``clear`` on, found once (news has none to cut at)
    regions: list[Region] | None = None  # the buffer's columns side by side, found once
    for start in starts:
        if start == starts[0]:
            found = heading_lines(start)
        else:
            every = heading_lines(clear) if every is None else every
            found = [heading for heading in every if heading.start() >= start]
        # Not under a whole notice left unsigned, which a signature at the foot of the next may sign (see
        # segment: 公告 / 甲：…缺席判决。 / 公告 / 乙：…特此公告。 / 某某人民法院 / 日期): before that notice's heading.
        for index in reversed(range(max(0, len(found) - _UNSIGNED_RUN), len(found))):
            last = found[index]
            if index and title_again(buffer, found[index - 1].span("heading"), last.span("heading")):
                continue  # (a page's title printed again over its notice: the title above is no notice of its own)
            if last.start() > 0 and closing_cut(
                buffer[buffer.rfind("\n", 0, last.start() - 1) + 1 : last.start()], last.group()
            ):
                continue  # (…中级人民法院。特此 / 公告: the closing a narrow column cut, which clean joins; no heading)
            if listed_title(buffer, last.start()):
                continue  # (a site's list of titles, a link each: no heading, as the segmenter reads it)
            cut = _head_of(buffer, last.start())
            if regions is None:
                regions = side_by_side(buffer)  # (found once a heading is: news prints few)
            if (
                cut > 0
                # (not inside a page's columns side by side, which the reader puts in order whole)
                and not any(region.start <= cut < region.end for region in regions)
                and not _head_left_over(buffer, cut)
                and not _number_under_signature(buffer, cut)
                and not _ends_unsigned(buffer, cut)
                and not under_pager(buffer, cut)
                and not _under_byline(buffer, cut)
                and not _titled_over(buffer, cut, last)
            ):
                # (not between a web article's pages: the next page's head, printed again, is no notice's; nor under
                # a post's byline)
                return cut
        if found and found[-1].start() > 0 and len(buffer) >= patience:
            return _head_of(buffer, found[-1].start())  # (no notice signed before any near: news, cut as before)
    if len(buffer) > MAX_CHUNK_CHARS:
        # A page with no heading for 64M characters: any notice here is cut off already.
        return buffer.rfind("\n", 0, len(buffer) - 1) + 1
    return 0


_UNSIGNED_RUN = 8  # headings tried back over notices left unsigned, at the most
_PATIENCE = 4  # chunks' length a buffer may grow to, waiting for a heading under a signed notice


def _head_left_over(buffer: str, cut: int) -> bool:
    """Is there a court's name or a case's number over a blank line right above ``cut`` that ``_head_of`` left out
    (某某人民法院 / / 公告, a page's meta line over the name; a post's title, its number / / 公告)? Whether it heads the
    notice or ends the one before, the segmenter decides with more of the page than a cut sees: not a place to
    cut."""
    last = _line_above(buffer, cut)
    if last is None or buffer.count("\n", last[1], cut) < 2:
        return False  # (no blank line between)
    line = fold(buffer[last[0] : last[1]]).strip()
    return grammar.ISSUER_LINE_RE.match(line) is not None or grammar.fullmatch(grammar.CASE_NUMBER_RE, line) is not None


def _number_under_signature(buffer: str, cut: int) -> bool:
    """Is the line at ``cut`` a case's number alone, right under a signature's date (…人民法院 / 二〇三三年六月
    二十一日 / （2033）皖1323民特97号 / 萧县人民法院公告)? The number may be the notice's above or the next one's: the
    segmenter decides with more of the page than a cut sees, so no place to cut."""
    line_end = buffer.find("\n", cut)
    line = fold(buffer[cut : len(buffer) if line_end < 0 else line_end]).strip()
    if grammar.fullmatch(grammar.CASE_NUMBER_RE, line) is None:
        return False
    above = _line_above(buffer, cut)
    return above is not None and grammar.DATE_LINE_RE.match(fold(buffer[above[0] : above[1]]).strip()) is not None


def _ends_unsigned(buffer: str, cut: int) -> bool:
    """Does the text before ``cut`` end as a whole notice left unsigned does: its last line a sentence's end?"""
    last = _line_above(buffer, cut)
    return last is not None and buffer[last[1] - 1] in grammar.SENTENCE_ENDS  # (the line's end, its spaces passed)


def _under_byline(buffer: str, cut: int) -> bool:
    """Is the last line before ``cut`` a post's byline (原创 某某法院 某某法院 2032-03-09)? Then the post's head above
    it (its account, its time, its title) is the notice's, as the segmenter reads it: no place to cut."""
    last = _line_above(buffer, cut)
    return last is not None and buffer[last[0] : last[1]].lstrip().startswith(BYLINE_MARK)


def _titled_over(buffer: str, cut: int, heading: regex.Match[str]) -> bool:
    """Is there a page's title over the notice at ``cut`` (（…）…号 变更开庭时间公告 / 发布时间：… / 某某人民法院 /
    公　告)? It may name the notice's case (see extract): no place to cut."""
    return page_title_over(buffer, cut, heading.span("heading")) is not None


def _head_of(buffer: str, heading: int) -> int:
    """Where the notice whose heading line starts at ``heading`` starts: after the blank line above it, over
    at most ``HEAD_LINES`` lines printed with the heading (its court's name: 青岛市黄岛区人民法院 / 公告), but
    not over a date (the signature of the notice before); at the heading where no blank line stands that near
    (the lines above end the text before). The segmenter reads the same lines as the notice's (see
    tests/test_stream.py: the records are the same wherever a chunk is cut)."""
    start = heading
    for _ in range(HEAD_LINES + 1):
        if start == 0:
            break
        above = buffer.rfind("\n", 0, start - 1) + 1
        if not buffer[above:start].strip() or _RULE_LINE.fullmatch(buffer[above:start].strip()):
            return _issuer_over_blank(buffer, above, start)  # (a rule of dashes parts notices as a blank line does)
        if grammar.DATE_LINE_RE.match(fold(buffer[above:start].rstrip())):
            return start  # the date that signs the notice before (某某人民法院 / 2025年9月2日 / 公告)
        if buffer[above:start].rstrip()[-1:] in grammar.SENTENCE_ENDS:
            return start  # the sentence that ends the notice before (以上案件依法公开开庭审理，欢迎旁听。 / 公告)
        start = above
    # (No blank line that near: a page's masthead runs on into the notice. Its court's line right over the heading is
    # still the notice's, as the segmenter reads it: 星期四 / 第7版 / 法院公告 / 彭泽县人民法院 / 公告.)
    above = buffer.rfind("\n", 0, heading - 1) + 1 if heading else heading
    return above if above < heading and grammar.ISSUER_LINE_RE.match(fold(buffer[above:heading].rstrip())) else heading


_RULE_LINE = grammar.compile_pattern(f"{grammar.RULE}{{3,}}")


def _issuer_over_blank(buffer: str, blank: int, start: int) -> int:
    """Where a notice starts whose first lines start at ``start``, a blank line (at ``blank``) above them: at the
    issuer's line above the blank line where a dated line ends the notice before it, as the segmenter reads it
    (某某人民法院, 二〇二六年三月六日, a blank line, 某某林区基层法院, a blank line, 公　告: the issuer's line is no
    signature of the notice before, signed and dated already); else at ``start``."""
    if blank == 0:
        return start
    line_end = blank - 1
    line = buffer.rfind("\n", 0, line_end) + 1
    # (A site's menu and breadcrumbs under the court's name, two lines at most: the name heads the notice, as
    # segment's _under_menu reads it.)
    menus = 0
    while line > 0 and menus < _MOST_MENUS and grammar.MENU_LINE_RE.fullmatch(buffer[line:line_end].strip()):
        menus += 1
        above = _line_above(buffer, line)
        if above is None:
            return start
        line, line_end = above
    menu = menus > 0
    if not menu and _signed_over_heading(buffer, line, line_end):
        return line  # (the notice's signature printed over its heading: 2034年6月12日　某某人民法院 / 公告)
    if not grammar.ISSUER_LINE_RE.match(fold(buffer[line:line_end].rstrip("\r"))):
        return start
    if menu:
        return line  # (a site's header, its menu under it: never the notice before's signature)
    last = _line_above(buffer, line)
    if last is None:
        return line
    if not grammar.DATE_LINE_RE.match(fold(buffer[last[0] : last[1]])):
        return start
    # Signed above its date (某某人民法院 / 2026年3月6日), the notice before is signed whole; signed under it
    # (特此公告。 / 2026年2月9日 / 某某人民法院), the issuer's line is its signature's.
    above = _line_above(buffer, last[0])
    return line if above is not None and grammar.ISSUER_LINE_RE.match(fold(buffer[above[0] : above[1]])) else start


_MOST_MENUS = 2  # menu and breadcrumb lines between a court's name and the heading under it


def _signed_over_heading(buffer: str, line: int, line_end: int) -> bool:
    """Is the line from ``line`` to ``line_end`` a notice's signature over its heading, as the segmenter reads it
    (``segment.signed_over_heading``, given that line and the one above it, folded)?"""
    above = _line_above(buffer, line)
    start = above[0] if above is not None else line
    end = line_end - (buffer[line_end - 1 : line_end] == "\r")
    return signed_over_heading(fold(buffer[start:end]), line - start, end - start) is not None


def _line_above(buffer: str, line: int) -> tuple[int, int] | None:
    """The last line with words above the line starting at ``line`` (read back over blank lines, not copied: a chunk
    may be long), or None at the chunk's start."""
    end = line
    while end > 0 and buffer[end - 1].isspace():
        end -= 1
    return None if end == 0 else (buffer.rfind("\n", 0, end) + 1, end)


def chunks(pieces: Iterable[str], size: int | None = None) -> Iterator[tuple[int, str]]:
    """(offset, chunk) for the text ``pieces`` make up, each chunk ending before a heading; ``size``: about
    how long a chunk is (CHUNK_CHARS, looked up when called)."""
    size = CHUNK_CHARS if size is None else size
    buffer, offset = "", 0
    clear = 0  # (news with no heading for megabytes is searched once, not again each time the buffer grows)
    for piece in pieces:
        for at in range(0, len(piece), size):  # a whole page given as one piece is taken a chunk at a time
            buffer += piece[at : at + size]
            if len(buffer) < size:
                continue
            cut = _cut(buffer, clear, _PATIENCE * size)
            if cut:
                yield offset, buffer[:cut]
                buffer, offset, clear = buffer[cut:], offset + cut, 0
            else:
                clear = buffer.rfind("\n", 0, max(0, len(buffer) - _REREAD)) + 1
    if buffer:
        yield offset, buffer


def moved(record: Notice, offset: int) -> Notice:
    """``record`` with every offset moved by ``offset``."""
    if offset:
        record.spans = {name: [(s + offset, e + offset) for s, e in spans] for name, spans in record.spans.items()}
        record.warnings = [
            w if w.span is None else w.model_copy(update={"span": (w.span[0] + offset, w.span[1] + offset)})
            for w in record.warnings
        ]
        record.source.start += offset
        record.source.end += offset
    return record


def numbered(pieces: Iterable[str]) -> Iterator[tuple[int, str, int]]:
    """``chunks(pieces)`` with the number of each chunk's first line in the whole text: (offset, chunk, line)."""
    line = 1  # findings that quote a record name its line in the whole text
    for offset, chunk in chunks(pieces):
        yield offset, chunk, line
        line += chunk.count("\n")


def chunk_notices(
    offset: int, chunk: str, line: int, source: str | None, format: SourceFormat = "text"
) -> Iterator[Notice]:
    """Every notice in one chunk of ``numbered``, offsets into the whole text, as read (not checked)."""
    from notices.reader import read_chunk  # (imported here: reader imports this module)

    counted = 0  # (line ends are counted on from the window before, not from the chunk's start each time)
    for start, end in windows(chunk):  # (text far from every notice word is passed over)
        line += chunk.count("\n", counted, start)
        counted = start
        for record in read_chunk(chunk[start:end], source, format, line, page_start=offset + start == 0):
            yield moved(record, offset + start)


def notices_in(pieces: Iterable[str], source: str | None, format: SourceFormat = "text") -> Iterator[Notice]:
    """Every notice in the text ``pieces`` make up, as read (not checked), in order."""
    for offset, chunk, line in numbered(pieces):
        yield from chunk_notices(offset, chunk, line, source, format)
