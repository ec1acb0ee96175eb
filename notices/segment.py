"""Finding notice blocks in a noisy page, and the frame of each.

A block starts at a heading line (公告, 开庭公告 …) and ends after its
signature (issuer + date), or at the closing 特此公告 when unsigned, or where
the next heading begins when cut off. A court's hearing listing
("本院定于…开庭审理…一案") is a block of its own, one paragraph long, whether
it stands under a heading or not.

Offsets are into the whole page, so extraction can report spans directly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from notices import grammar
from notices.models import Span

_TRAILING_SPACE = regex.compile(r"\s+\Z")
# Group numbers of the rules read here (see grammar.group_numbers).
_HEADING = grammar.group_numbers(grammar.HEADING_LINE_RE)
_ADDRESSEE = grammar.group_numbers(grammar.ADDRESSEE_RE)
_SIGNATURE = grammar.group_numbers(grammar.SIGNATURE_RE)
_LISTING = grammar.group_numbers(grammar.LISTING_RE)


@dataclass(frozen=True)
class Block:
    """One notice's frame: where it stands and where its parts are."""

    start: int
    end: int
    heading: Span | None
    parties: tuple[Span, ...]  # the addressees before the colon
    role_word: Span | None  # 被申请人 printed before the addressees, if any
    body: Span  # from after the colon to the closing
    issuer: Span | None
    published: Span | None
    truncated: bool = False  # no closing and no signature: cut off
    case_line: Span | None = None  # a case number printed on its own line above the addressee


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space (never before ``start``)."""
    match = _TRAILING_SPACE.search(text, start, end)
    return match.start() if match else end


def _signed_block(text: str, heading: regex.Match[str], addressee: regex.Match[str] | None, limit: int) -> Block:
    body_start = addressee.end() if addressee else heading.end(_HEADING["heading"])
    closing = grammar.search(grammar.CLOSING_RE, text, body_start, limit)
    signature = grammar.search(grammar.SIGNATURE_RE, text, closing.end() if closing else body_start, limit)
    if closing:
        body_end = closing.start()
    elif signature:
        body_end = signature.start()
    else:
        body_end = _rstrip(text, body_start, limit)
    end = signature.end() if signature else closing.end() if closing else body_end
    return Block(
        start=heading.start(_HEADING["heading"]),
        end=end,
        heading=heading.span(_HEADING["heading"]),
        parties=tuple(addressee.spans(_ADDRESSEE["party"])) if addressee else (),
        role_word=addressee.span(_ADDRESSEE["role"]) if addressee and addressee.group(_ADDRESSEE["role"]) else None,
        case_line=(
            addressee.span(_ADDRESSEE["case_line"]) if addressee and addressee.group(_ADDRESSEE["case_line"]) else None
        ),
        body=(body_start, _rstrip(text, body_start, body_end)),
        issuer=signature.span(_SIGNATURE["issuer"]) if signature else None,
        published=signature.span(_SIGNATURE["published"]) if signature else None,
        truncated=not (closing or signature),
    )


def _listing_blocks(
    text: str, listings: list[regex.Match[str]], heading_issuer: Span | None, limit: int
) -> list[Block]:
    """One block per listing; a heading's issuer or a signature below them serves them all."""
    signature = grammar.search(grammar.SIGNATURE_RE, text, listings[-1].end(), limit)
    blocks = []
    for listing in listings:
        own_issuer = listing.span(_LISTING["listing_issuer"]) if listing.group(_LISTING["listing_issuer"]) else None
        issuer = own_issuer or heading_issuer or (signature.span(_SIGNATURE["issuer"]) if signature else None)
        start, end = listing.span(_LISTING["listing"])
        end = _rstrip(text, start, end)
        blocks.append(
            Block(
                start=start,
                end=end,
                heading=None,
                parties=(),
                role_word=None,
                body=(start, end),
                issuer=issuer,
                published=signature.span(_SIGNATURE["published"]) if signature else None,
            )
        )
    return blocks


def line_matches(
    text: str, anchor: regex.Pattern[str], rule: regex.Pattern[str], start: int = 0, end: int | None = None
) -> Iterator[regex.Match[str]]:
    """Matches of ``rule`` at the start of each line of ``text[start:end]`` that holds ``anchor``.

    The same as ``rule.finditer`` for a rule anchored with ^, but a literal anchor
    finds the few candidate lines far faster than the rule tried at every line.
    """
    end = len(text) if end is None else end
    next_line = start
    for hit in grammar.finditer(anchor, text, start, end):
        if hit.start() < next_line:
            continue  # a line already tried
        line_start = max(text.rfind("\n", 0, hit.start()) + 1, start)
        line_end = text.find("\n", hit.end())
        next_line = end if line_end < 0 else line_end + 1
        match = grammar.match(rule, text, line_start, end)
        if match:
            yield match


def headings(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    return line_matches(text, grammar.HEADING_ANCHOR_RE, grammar.HEADING_LINE_RE, start, end)


def listings(text: str, start: int = 0, end: int | None = None) -> Iterator[regex.Match[str]]:
    return line_matches(text, grammar.LISTING_ANCHOR_RE, grammar.LISTING_RE, start, end)


def find_blocks(text: str) -> list[Block]:
    """Every notice block in ``text``, in page order."""
    headings_found = list(headings(text))
    blocks: list[Block] = []
    for i, heading in enumerate(headings_found):
        limit = headings_found[i + 1].start() if i + 1 < len(headings_found) else len(text)
        addressee = grammar.match(grammar.ADDRESSEE_RE, text, heading.end(_HEADING["heading"]), limit)
        if addressee:
            blocks.append(_signed_block(text, heading, addressee, limit))
            continue
        under = list(listings(text, heading.end(), limit))
        heading_issuer = heading.span(_HEADING["heading_issuer"]) if heading.group(_HEADING["heading_issuer"]) else None
        if under:
            blocks.extend(_listing_blocks(text, under, heading_issuer, limit))
            continue
        # A heading with no addressee and no listing is a notice only if it is signed or closed.
        block = _signed_block(text, heading, None, limit)
        if not block.truncated:
            blocks.append(block)

    # Listings printed without any heading above them.
    starts = [b.start for b in blocks]  # in page order, and blocks do not overlap
    for listing in listings(text):
        at = bisect_right(starts, listing.start(_LISTING["listing"])) - 1
        if at < 0 or listing.start(_LISTING["listing"]) >= blocks[at].end:
            blocks.extend(_listing_blocks(text, [listing], None, listing.end()))
    blocks.sort(key=lambda b: b.start)
    return blocks
