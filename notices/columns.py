"""A newspaper page's columns printed side by side, as ``pdftotext -layout`` writes them: told apart, and read
one after another.

    昆明滇池源生态农业开发有限公司：     段晓梅：本院受理昆明市盘龙区金实
    本院受理云南红塔银行股份有限公司     小额贷款有限公司诉你及被告杨国华

Every line holds a piece of each column, apart by a run of spaces; read line by line, each sentence runs into its
neighbour's. A paragraph of lines whose pieces are prose (long, Chinese, most of them as wide as their column) is such a
region; a table's cells (dates, rooms, numbers) are not. Each column's pieces, joined by line breaks, are its text,
read one after another, left to right, as its reader reads them (a notice may go on from one column's foot to the
next one's head), apart from the page around it. ``CleanText`` maps its offsets back to the page's; a value wrapped
over two of its column's lines is printed in pieces, the other columns' text between them, and has no span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from statistics import median

from notices.clean import CleanText
from notices.models import Span
from notices.textwidth import display_width

# Between two columns' pieces: spaces at least three columns wide (公　告 is one word; 三个　一个 no gap either),
# and the rule a page may draw between its columns, spaces before it (…人民法院   │  遗失声明).
_GAP = re.compile(r"(?:[ \xa0]|\u3000){2,}(?:[│┃](?:[ \xa0]|\u3000)*)?")
_RULE_AT = re.compile(r"[│┃](?:[ \xa0]|\u3000)*")  # (the rule after a line's indent: its left column empty there)
_GAP_WIDTH = 3
# Where a gap may start: the standard library's re skips ahead to an alternation of literals.
_ANY_GAP = re.compile("   |\u3000\u3000|\u3000 | \u3000|\xa0\xa0\xa0")
_SPACES = frozenset(" \xa0\u3000\t\n\r")
_HAN = re.compile("[\u4e00-\u9fff]")
_MOST_COLUMNS = 3
_LEAST_LINES = 4  # lines holding two pieces or more, at the least, in a region
_LEAST_PIECE = 8  # characters a column's pieces hold, in the median
_HAN_SHARE = 0.5  # of a column's characters, at the least, are Chinese
_FULL = 0.7  # a piece this share of its column's widest is a full line of prose
_FULL_SHARE = 0.5  # of a column's pieces of some length, at the least, are full lines


@dataclass(frozen=True)
class Region:
    """Lines of a page that hold columns side by side: where they stand, and each column's pieces in order."""

    start: int
    end: int
    columns: tuple[tuple[Span, ...], ...]
    starts: tuple[float, ...]  # each column's display column on the page


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """A line's pieces between gaps: (start, end, display column of the start)."""
    pieces: list[tuple[int, int, int]] = []
    at = start
    while at < end and text[at] in " \xa0\u3000\t":
        at += 1
    if at > start and (rule := _RULE_AT.match(text, at, end)) is not None:
        at = rule.end()
    piece_start = at
    for gap in _GAP.finditer(text, at, end):
        if display_width(gap.group()) < _GAP_WIDTH:
            continue
        if gap.end() == end:  # (spaces, or a rule, closing the line)
            end = gap.start()
            break
        if gap.start() > piece_start:
            pieces.append((piece_start, gap.start(), display_width(text[start:piece_start])))
        piece_start = gap.end()
    tail = end
    while tail > piece_start and text[tail - 1] in " \xa0\u3000\t\r":
        tail -= 1
    if tail > piece_start:
        pieces.append((piece_start, tail, display_width(text[start:piece_start])))
    return pieces


def side_by_side(text: str) -> list[Region]:
    """The regions of ``text`` whose lines hold two or three columns of prose side by side: looked for only in the
    paragraphs (apart by blank lines) where a gap stands between two pieces of a line."""
    regions: list[Region] = []
    done = 0
    for gap in _ANY_GAP.finditer(text):
        if gap.start() < done or gap.start() == 0 or text[gap.start() - 1] in _SPACES:
            continue  # (a line's indent, not a gap between two pieces)
        start, done = _paragraph(text, gap.start())
        if "\t" in text[start:done]:
            continue  # a table's row, its cells apart by tabs
        lines = []
        at = start
        while at < done:
            line_end = text.find("\n", at, done)
            line_end = done if line_end < 0 else line_end
            lines.append(_pieces(text, at, line_end))
            at = line_end + 1
        region = _region(text, lines)
        if region is not None:
            regions.append(region)
    extended: list[Region] = []
    for region in regions:
        if extended and region.start < extended[-1].end:
            continue  # (a region the one above grew over)
        extended.append(_extended(text, region, extended[-1].end if extended else 0))
    return extended


def _extended(text: str, region: Region, floor: int) -> Region:
    """``region`` grown over the paragraphs just above and below it (blank lines apart, down to ``floor``) whose lines
    stand in its columns: the columns' headings over it, and the signatures under it, each a short paragraph of
    pieces side by side (【裁判文书】　　【裁判文书】 / … / 某某人民法院　　某某人民法院 / 日期　　日期), or the next
    notices' columns on (each column then reads on down the page)."""
    above: list[list[list[Span]]] = []
    start = region.start
    while (paragraph := _paragraph_before(text, start, floor)) is not None:
        placed = _in_columns(text, *paragraph, region.starts, every_line=True)
        if placed is None:
            break
        above.insert(0, placed)
        start = paragraph[0]
    below: list[list[list[Span]]] = []
    end = region.end
    while (paragraph := _paragraph_after(text, end)) is not None:
        placed = _in_columns(text, *paragraph, region.starts)
        if placed is None:
            placed = _column_foot(text, *paragraph, region)
            if placed is not None:
                below.append(placed)
                end = paragraph[1]
            break
        below.append(placed)
        end = paragraph[1]
    if not above and not below:
        return region
    columns = []
    for j, pieces in enumerate(region.columns):
        column: list[Span] = []
        for part in [*(placed[j] for placed in above), list(pieces), *(placed[j] for placed in below)]:
            if column:
                column.append((column[-1][1], column[-1][1]))  # (a blank line between paragraphs)
            column += part
        columns.append(tuple(column))
    return Region(start, end, tuple(columns), region.starts)


def _column_foot(text: str, start: int, end: int, region: Region) -> list[list[Span]] | None:
    """Each column's pieces of the paragraph ``text[start:end]`` under ``region``, if it is the foot of its first
    columns alone, its sentence cut at its end and going on at the head of the next column, set there at the column's
    edge (a notice begun at the foot of the left column and read on at the top of the right: …系申 / 请人之夫。…)."""
    placed = _in_columns(text, start, end, region.starts, partial=True)
    if placed is None:
        return None
    used = [j for j, pieces in enumerate(placed) if pieces]
    if not used or used[-1] + 1 >= len(region.starts) or used != list(range(used[-1] + 1)):
        return None
    last = placed[used[-1]][-1]
    head = region.columns[used[-1] + 1][0]
    at = display_width(text[text.rfind("\n", 0, head[0]) + 1 : head[0]])
    if text[last[1] - 1] in _SENTENCE_ENDS or abs(at - region.starts[used[-1] + 1]) > 1:
        return None
    return placed


_SENTENCE_ENDS = frozenset("。！？!?；;：:”」』")


def _paragraph_before(text: str, start: int, floor: int) -> Span | None:
    """The paragraph above the one starting at ``start``, past blank lines, not above ``floor``."""
    above = text.rfind("\n", 0, start)
    while above > floor and _blank(text[text.rfind("\n", 0, above) + 1 : above]):
        above = text.rfind("\n", 0, above)
    if above <= floor:
        return None
    first, last = _paragraph(text, above - 1)
    return (first, last) if first >= floor else None


def _paragraph_after(text: str, end: int) -> Span | None:
    """The paragraph below the one ending at ``end``, past blank lines."""
    at = end
    while at < len(text):
        line_end = text.find("\n", at + 1)
        line_end = len(text) if line_end < 0 else line_end
        if not _blank(text[at + 1 : line_end]):
            return _paragraph(text, at + 1)
        at = line_end
    return None


def _in_columns(
    text: str, start: int, end: int, starts: tuple[float, ...], every_line: bool = False, partial: bool = False
) -> list[list[Span]] | None:
    """Each column's pieces of the paragraph ``text[start:end]``, if its lines stand in columns starting at ``starts``
    (one line at least holding a piece of each, or ``every_line``: the columns' headings over them, not a masthead
    and its page's number; or, ``partial``, not; every piece Chinese; none running into the next column), else
    None."""
    placed: list[list[Span]] = [[] for _ in starts]
    full = False
    at = start
    where = list(starts)
    while at < end:
        line_end = text.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        pieces = _split_at_starts(text, _pieces(text, at, line_end), where)
        columns = [_nearest(where, column) for _, _, column in pieces]
        if len(set(columns)) < len(columns):
            return None
        for (piece_start, piece_end, column), j in zip(pieces, columns, strict=True):
            if j + 1 < len(starts) and column + display_width(text[piece_start:piece_end]) > starts[j + 1]:
                return None  # (a line across the columns: a rule, the page's foot)
            if not _HAN.search(text, piece_start, piece_end):
                return None  # (a page's number or its paper's name in letters: A6, RENMIN FAYUAN BAO)
            placed[j].append((piece_start, piece_end))
        if every_line and len(pieces) != len(starts):
            return None
        full = full or len(pieces) == len(starts)
        at = line_end + 1
    return placed if full or partial else None


def _paragraph(text: str, pos: int) -> Span:
    """The lines around ``pos`` up to a blank line (or a rule across the page) or the text's ends, each way."""
    start = text.rfind("\n", 0, pos) + 1
    while start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        if _blank(text[above : start - 1]):
            break
        start = above
    end = text.find("\n", pos)
    while 0 <= end < len(text):
        below = text.find("\n", end + 1)
        below = len(text) if below < 0 else below
        if _blank(text[end + 1 : below]):
            break
        end = below
    return start, len(text) if end < 0 else end


def _blank(line: str) -> bool:
    """A blank line, or a rule drawn across the page (under its masthead, over its foot): no column's line."""
    return not line.strip() or _RULE.fullmatch(line.rstrip()) is not None


# (From the line's start, and longer than a column's line: not a rule between two notices of a column.)
_RULE = re.compile(r"[─━═]{30,}")


def _region(text: str, lines: list[list[tuple[int, int, int]]]) -> Region | None:
    """The columns of a paragraph's lines (their pieces), if they are prose side by side."""
    split = [pieces for pieces in lines if len(pieces) > 1]
    if len(split) < _LEAST_LINES:
        return None
    count = median(len(pieces) for pieces in split)
    if count != int(count) or not 1 < count <= _MOST_COLUMNS:
        return None
    count = int(count)
    full = [pieces for pieces in split if len(pieces) == count]  # (the lines with a piece in every column)
    starts = [median(pieces[j][2] for pieces in full) for j in range(count)]
    # (Where each column's lines end at the most: a piece set right in a column, alone on its line, ends there.)
    edges = [
        max(pieces[j][2] + display_width(text[pieces[j][0] : pieces[j][1]]) for pieces in full) for j in range(count)
    ]
    # (Where each column starts counted in characters, where the page is set so: pdftotext -layout sets a CJK character
    # one cell wide, its columns starting at the same character on every line and at varying display columns; a piece
    # alone on its line, the column left of it empty, stands where the characters say, not the display.)
    cells = [median(_cell(text, pieces[j][0]) for pieces in full) for j in range(count)]
    by_cells = all(
        _agreement([_cell(text, pieces[j][0]) for pieces in full]) > _agreement([pieces[j][2] for pieces in full])
        for j in range(1, count)
    )
    lines = [_split_at_starts(text, pieces, starts) for pieces in lines]
    columns: list[list[Span]] = [[] for _ in range(count)]

    def column_of(start: int, end: int, column: int) -> int:
        """The column a piece stands in: the one whose start is nearest where it starts, or the one before where it
        ends there (a signature set right in its column, nearer the next column's start than its own)."""
        j = _nearest(starts, column)
        right = column + display_width(text[start:end])
        while j > 0 and column >= starts[j - 1] and (_set_right(right, edges[j - 1], starts[j]) or right < starts[j]):
            j -= 1
        return j

    for pieces in lines:
        # (A line's pieces, one a column, in order; not two pieces of one column's line, the first past the first
        # column: a heading letter-spaced over its notice, 公    告.)
        if len(pieces) == count and column_of(*pieces[0]) == 0:
            for j, (start, end, _) in enumerate(pieces):
                columns[j].append((start, end))
            continue
        placed: dict[int, Span] = {}
        for start, end, column in pieces:  # (by where it starts)
            alone = by_cells and len(pieces) == 1
            at = [j for j in range(1, count) if abs(_cell(text, start) - cells[j]) <= 1] if alone else []
            j = at[0] if at else column_of(start, end, column)
            placed[j] = (placed[j][0], end) if j in placed else (start, end)
        for j, span in sorted(placed.items()):
            columns[j].append(span)
    if not all(_prose(text, pieces) for pieces in columns) or _wider_than_columns(text, lines, starts):
        return None
    held = [pieces for pieces in lines if pieces]  # (not a line of the rule alone between columns)
    return Region(held[0][0][0], held[-1][-1][1], tuple(tuple(pieces) for pieces in columns), tuple(starts))


def _agreement(values: list[int]) -> int:
    """How many of ``values`` stand within one of the same value, at the most (a column's start, its lines set
    right or indented aside)."""
    return max(sum(1 for other in values if abs(other - value) <= 1) for value in values)


def _cell(text: str, pos: int) -> int:
    """How many characters stand before ``pos`` on its line."""
    return pos - text.rfind("\n", 0, pos) - 1


def _split_at_starts(text: str, pieces: list[tuple[int, int, int]], starts: list[float]) -> list[tuple[int, int, int]]:
    """A line's pieces, one that runs over the next column's start cut where a narrower gap (two spaces) ends right
    there: a full line of the left column leaves its neighbour less room (…公告期满后的15日内。  院递交上诉状…)."""
    split: list[tuple[int, int, int]] = []
    for start, end, column in pieces:
        j = _nearest(starts, column)
        while j + 1 < len(starts) and column + display_width(text[start:end]) > starts[j + 1] + _GAP_WIDTH:
            cut = next(
                (
                    gap
                    for gap in _GAP.finditer(text, start, end)  # (narrower than _GAP_WIDTH too)
                    if abs(column + display_width(text[start : gap.end()]) - starts[j + 1]) <= 1
                ),
                None,
            )
            if cut is None:
                break
            split.append((start, cut.start(), column))
            column += display_width(text[start : cut.end()])
            start, j = cut.end(), j + 1
        split.append((start, end, column))
    return split


def _wider_than_columns(text: str, lines: list[list[tuple[int, int, int]]], starts: list[float]) -> bool:
    """Does a line of one piece run across the next column's start (a line of the page's whole width, not a column's:
    the columns of one notice shorter than its neighbour's end in lines of one piece each)?"""
    for pieces in lines:
        if len(pieces) != 1:
            continue
        start, end, column = pieces[0]
        j = _nearest(starts, column)
        if j + 1 < len(starts) and column + display_width(text[start:end]) > starts[j + 1] + _GAP_WIDTH:
            return True
    return False


def _set_right(end: int, edge: float, next_start: float) -> bool:
    """Does a piece ending at display column ``end`` end where its column's full lines end (set right in it), before
    the next column starts?"""
    return edge - _GAP_WIDTH <= end <= edge + 1 and end < next_start


def _nearest(starts: list[float], column: int) -> int:
    """The column whose start is nearest ``column``."""
    return min(range(len(starts)), key=lambda j: abs(starts[j] - column))


def _prose(text: str, pieces: list[Span]) -> bool:
    """Are a column's pieces lines of prose wrapped at its width (not a table's cells: dates, rooms, numbers)?"""
    printed = [text[start:end] for start, end in pieces]
    if len(printed) < _LEAST_LINES - 1 or median(map(len, printed)) < _LEAST_PIECE:
        return False
    characters = "".join(printed)
    if len(_HAN.findall(characters)) < _HAN_SHARE * len(characters):
        return False
    # (Of its lines of some length: a heading, 特此公告 and a date stand short in a column of prose too.)
    widths = [display_width(piece) for piece in printed if len(piece) >= _LEAST_PIECE]
    return sum(width >= _FULL * max(widths) for width in widths) >= _FULL_SHARE * len(widths)


@dataclass
class ReadingOrder(CleanText):
    """A region's text in reading order, its offsets mapped back to the page. A value wrapped from one line of its
    column to the next is printed in pieces, the other columns' text between them (or above: one that runs from a
    column's foot to the next one's head): it has no span (see ``in_pieces``). Not where nothing but the line break
    stands between two pieces (a column's lines under which the other columns have ended): one stretch of the page."""

    follows: frozenset[int] = frozenset()  # piece i such that piece i + 1 follows it on the page, only space between

    def in_pieces(self, span: Span) -> bool:
        """Does ``span`` (in the reading order's text) run over more than one piece, another column's text between?"""
        first = bisect_right(self.starts, span[0]) - 1
        last = bisect_right(self.starts, max(span[0], span[1] - 1)) - 1
        return any(piece not in self.follows for piece in range(first, last))

    def cover(self, span: Span) -> Span:
        """Where a notice read at ``span`` stands on the page: from the first to the last of its pieces there."""
        first, last = bisect_right(self.starts, span[0]) - 1, bisect_right(self.starts, max(span[0], span[1] - 1)) - 1
        ends = [self.to_source(span[1] - 1) + 1] + [self.to_source(self.starts[i + 1] - 1) for i in range(first, last)]
        starts = [self.to_source(span[0])] + [self.to_source(self.starts[i]) for i in range(first + 1, last + 1)]
        return min(starts), max(ends)


def reading_order(text: str, region: Region, head: Span | None = None) -> ReadingOrder:
    """A region's columns one after another, left to right, each piece a line, as its reader reads them; ``head``: a
    line to read above them (the page's masthead, which dates the notices that print no date)."""
    pieces = ([head] if head is not None else []) + [piece for column in region.columns for piece in column]
    parts, starts, shifts, at = [], [], [], 0
    for start, end in pieces:
        starts.append(at)
        shifts.append(start - at)
        parts.append(text[start:end])
        at += end - start + 1
    follows = frozenset(
        i
        for i in range(len(pieces) - 1)
        if pieces[i][1] <= pieces[i + 1][0] and not text[pieces[i][1] : pieces[i + 1][0]].strip()
    )
    return ReadingOrder("\n".join(parts) + "\n", starts, shifts, follows=follows)


def without(text: str, regions: list[Region]) -> str:
    """``text`` with its regions blanked, their line breaks kept (the same offsets and lines): the page around them."""
    parts, at = [], 0
    for region in regions:
        parts.append(text[at : region.start])
        parts.append(_BLANKED.sub(" ", text[region.start : region.end]))
        at = region.end
    parts.append(text[at:])
    return "".join(parts)


_BLANKED = re.compile("[^\n]")
