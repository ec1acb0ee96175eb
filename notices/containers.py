"""Where a notice can stand in a page: the page itself, or a string value in code or data.

API responses, crawler dumps and scripts carry notices in string literals —
``"Content": "严东：本院受理…"``, ``entity.setContent("北京…：\\n本院…")``. Such a
string is a *container*: a notice found in it ends with it, its escapes (``\\n``,
``\\"``, ``\\u4e00``) are read as the characters they stand for (``clean``
removes them with the rest of the noise, offsets kept), and the record around
it — the braces it stands in — may name the court and the publication date
(``Court``, ``PublishDate``, ``setPublishdate(…)``). The text between such
strings is a container too (a page of JSX, a README), so nothing is lost.

Only *values* count: a quoted string after ``:``, ``=``, ``(``, ``[``, ``,`` or
``{`` and before ``,``, ``)``, ``]``, ``}``, ``;`` or the line end. ASCII
punctuation only, so that quotes in Chinese prose are never taken for code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from notices.models import Span

# A string literal (one line: JSON and most languages cannot break a string), or a brace.
_TOKENS = regex.compile(r""""(?:[^"\\\n]|\\.){0,1000000}"|'(?:[^'\\\n]|\\.){0,1000000}'|[{}]""")
# What may stand before and after a value literal on its line.
_BEFORE_VALUE = regex.compile(r"(?:[:=(\[,{]|^[ \t]*(?:[*#]|//)?)[ \t]*\Z")
_AFTER_VALUE = regex.compile(r"[ \t]*(?:[,)\]};:]|$)", regex.MULTILINE)
# The key a value is written under: "Court": "…" / court = "…" / entity.setCourt("…").
_KEY_BEFORE = regex.compile(
    r"""(?:["'](?P<key>[^"'\n]{1,60})["']|(?P<key>[A-Za-z_\p{Han}][\w\p{Han}]{0,60}))[ \t]*[:=][ \t]*\Z"""
    r"""|set(?P<key>[A-Za-z_]\w{0,60})[ \t]*\([ \t]*\Z"""
)
# Escapes read as their characters (JSON, Python, Java, JavaScript).
ESCAPE = regex.compile(r"""\\(?:u[0-9A-Fa-f]{4}|r\\n|[nrtbf"'\\/])""")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\n", "t": "\t", "b": "", "f": "", '"': '"', "'": "'", "\\": "\\", "/": "/"}
# A literal this short holds no notice: it is a key, a flag, a date, a link.
MIN_CONTAINER = 12
MIN_HAN = 8
_HAN = regex.compile(r"\p{Han}")


@dataclass(frozen=True)
class Literal:
    """A value string in the page: its inside (between the quotes), its key, its record."""

    start: int
    end: int
    key: str | None
    group: int | None  # the record (brace group) it stands in


@dataclass
class Layout:
    """The value strings of a page and the records they form."""

    literals: list[Literal] = field(default_factory=list)
    # record (brace group) → (key, value as read, span of the value) for every keyed value in it
    records: dict[int, list[tuple[str, str, Span]]] = field(default_factory=dict)

    def record_of(self, group: int | None) -> list[tuple[str, str, Span]]:
        return self.records.get(group, []) if group is not None else []


def unescape(raw: str) -> str:
    """A literal's inside as the string it stands for."""
    if "\\" not in raw:
        return raw

    def one(match: regex.Match[str]) -> str:
        escape = match.group()[1:]
        if escape[0] == "u":
            return chr(int(escape[1:], 16))
        return "\n" if escape == "r\\n" else _SIMPLE_ESCAPES[escape]

    return ESCAPE.sub(one, raw)


def escape_edits(text: str, literal: Literal) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for each escape inside ``literal``: noise for ``clean``."""
    return [
        (match.start(), match.end(), unescape(match.group()))
        for match in ESCAPE.finditer(text, literal.start, literal.end)
    ]


def find_layout(text: str) -> Layout:
    """The value strings of ``text`` and the records they form; empty for prose."""
    layout = Layout()
    if '"' not in text and "'" not in text:
        return layout
    stack: list[int] = []
    pending_key: tuple[str, int, int | None] | None = None  # a key literal: its text, end, group
    line_start = 0
    for token in _TOKENS.finditer(text):
        start, end = token.span()
        first = text[start]
        if first == "{":
            stack.append(start)
            continue
        if first == "}":
            if stack:
                stack.pop()
            continue
        group = stack[-1] if stack else None
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        after = _AFTER_VALUE.match(text, end)
        if after is None:
            continue
        if after.group().strip() == ":":
            pending_key = (text[start + 1 : end - 1], end, group)
            continue
        if not _BEFORE_VALUE.search(before):
            continue
        key = None
        if pending_key is not None and pending_key[2] == group and text[pending_key[1] : start].strip() in (":", "="):
            key = pending_key[0]
        else:
            named = _KEY_BEFORE.search(before)
            key = named.group("key") if named else None
        pending_key = None
        literal = Literal(start + 1, end - 1, key, group)
        layout.literals.append(literal)
        if key is not None and group is not None:
            value = unescape(text[literal.start : literal.end])
            layout.records.setdefault(group, []).append((key, value, (literal.start, literal.end)))
    return layout


def _holds_words(text: str, literal: Literal) -> bool:
    """Does the string hold Chinese text at all (a notice needs some)?"""
    return any(count >= MIN_HAN for count, _ in enumerate(_HAN.finditer(text, literal.start, literal.end), 1))


def containers(text: str, layout: Layout) -> list[tuple[Span, Literal | None]]:
    """The stretches of a page a notice may stand in: each value string long enough to hold
    one, and the text between them. In source offsets; ``None`` for the text between."""
    spans: list[tuple[Span, Literal | None]] = []
    at = 0
    for literal in layout.literals:
        if literal.end - literal.start < MIN_CONTAINER or not _holds_words(text, literal):
            continue
        if literal.start - 1 > at:
            spans.append(((at, literal.start - 1), None))
        spans.append(((literal.start, literal.end), literal))
        at = literal.end + 1
    if at < len(text) or not spans:
        spans.append(((at, len(text)), None))

    return spans
