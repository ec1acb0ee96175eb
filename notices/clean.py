"""Typography noise removed before reading, with a map back to the source offsets.

Pages carry noise the grammar should not have to know about: CRLF or CR line
ends, zero-width characters, a sentence broken across a newspaper column
("…另有接近阿里的人士告\\n\\n诉媒体"). The grammar reads the cleaned text; every
span is mapped back, so ``source_text[start:end]`` is still the printed
value (with its noise). Like eyecite's span updater, but for deletions only.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from notices import grammar
from notices.models import Span

# A column line is long; headings, addressee lines and signatures are short or
# end otherwise, and are never joined to what follows.
MIN_COLUMN_LINE = 12
_LABEL = regex.compile(r"[^:：\n]{1,8}[:：]")
# A printed date is at most this long (二〇二六年十二月三十一日 with spaces): a line's date is in its tail.
_LONGEST_DATE = 24
# How far after a 公告 a notice may still run; the longest notice in the seed is 330 characters.
NOTICE_REACH = 4000
_NOISE = grammar.group_numbers(grammar.NOISE_RE)


@dataclass
class CleanText:
    """The text the grammar reads, and how to find its offsets in the source."""

    text: str
    # At cleaned offset starts[i] and after, source = cleaned + shifts[i].
    starts: list[int] = field(default_factory=lambda: [0])
    shifts: list[int] = field(default_factory=lambda: [0])

    def to_source(self, offset: int) -> int:
        return offset + self.shifts[bisect_right(self.starts, offset) - 1]

    def span_to_source(self, span: Span) -> Span:
        start, end = span
        if start == end:
            return self.to_source(start), self.to_source(end)
        # The end maps from its last character, so a removal right after a value stays outside its span.
        return self.to_source(start), self.to_source(end - 1) + 1


def _is_frame_line(line: str) -> bool:
    """A heading, a case number, a label line (被申请人：…, 联系地址：…), an issuer or a line
    ending in a date: it ends a part of a notice, not a sentence cut by a column."""
    return bool(
        _LABEL.match(line)
        or grammar.HEADING_RE.fullmatch(line)
        or grammar.CASE_NUMBER_RE.fullmatch(line)
        or grammar.ISSUER_LINE_RE.fullmatch(line)
        or grammar.ENDS_WITH_DATE_RE.search(line, max(0, len(line) - _LONGEST_DATE))
    )


def _is_column_break(text: str, line_end: int, next_start: int) -> bool:
    """Is the line ending at ``line_end`` a newspaper column line cut mid-sentence?"""
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end].strip()
    if len(line) < MIN_COLUMN_LINE or _is_frame_line(line):
        return False
    next_end = text.find("\n", next_start)
    following = text[next_start : len(text) if next_end < 0 else next_end].strip()
    return not _is_frame_line(following)


def _near(anchors: list[int], position: int) -> bool:
    """Is there a 公告 at most NOTICE_REACH characters before ``position``?"""
    at = bisect_right(anchors, position) - 1
    return at >= 0 and position - anchors[at] <= NOTICE_REACH


def clean(source: str) -> CleanText:
    """``source`` without its noise; unchanged (and cheap) when there is none."""
    if not grammar.search(grammar.NOISE_RE, source):
        return CleanText(source)
    # Column breaks matter inside notices only: within reach of a 公告. News elsewhere is left as it is.
    anchors = [m.start() for m in grammar.finditer(grammar.HEADING_ANCHOR_RE, source)]
    pieces: list[str] = []
    starts, shifts = [0], [0]
    kept_until = removed = 0
    for match in grammar.finditer(grammar.NOISE_RE, source):
        start, end = match.span()
        printed = match.group()
        if match.group(_NOISE["column_break"]) and not (_near(anchors, start) and _is_column_break(source, start, end)):
            replacement = printed.replace("\r\n", "\n").replace("\r", "\n")  # a real paragraph end
        elif match.group(_NOISE["line_end"]):
            replacement = "\n"
        else:
            replacement = ""
        if replacement == printed:
            continue
        pieces.append(source[kept_until:start])
        pieces.append(replacement)
        kept_until = end
        removed += (end - start) - len(replacement)
        # Everything after this point in the cleaned text sits `removed` characters earlier.
        starts.append(start - (removed - (end - start - len(replacement))) + len(replacement))
        shifts.append(removed)
    pieces.append(source[kept_until:])
    return CleanText("".join(pieces), starts, shifts)
