"""Where a notice can stand in a page: the page itself, a string value in code or data, a table cell.

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

A page that is a table — a first line of column names such as 法院, 案号,
公告内容, 刊登日期, then rows separated by tabs or commas — is read the same
way: each cell is a value named by its column, each row a record (the rows are
read by the standard library's csv module; doubled quotes are noise like
escapes). So are a Markdown table's rows, and a box-drawn table's (a word
processor's table saved as text: │ between cells, a cell's text wrapped over
the row's lines). Runs of labelled lines (案号：… 开庭时间：… 当事人：…) are
records too, though their values hold no notice text: ``records.listing``
reads a hearing from such fields.
"""

from __future__ import annotations

import csv
import html
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

import regex

from notices import grammar, lexicon
from notices.casenumbers import find_case_numbers
from notices.clean import split_between
from notices.models import Span
from notices.textwidth import display_width

# A string literal (one line: JSON and most languages cannot break a string), or a brace.
# (A backquoted string may span lines: JavaScript template literals, Go raw strings.)
_TOKEN_RULES = (
    r'''"""(?:[^"\\]|\\.|"(?!""))*"""|'{3}(?:[^'\\]|\\.|'(?!''))*'{3}|'''  # Python's triple-quoted strings
    r""""(?:[^"\\\n]|\\.){0,1000000}"|{single}|(?<!`)`(?!``)[^`]{0,1000000}`|```|[{}()\[\]]"""
    r"""|(?<=[:=][ \t]{0,3})[0-9]{10}(?:[0-9]{3})?(?![0-9.])"""  # a number that may be a timestamp (publishDate)
    r"""|(?<=type["']?[ \t]{0,3}[:=][ \t]{0,3})[0-9]{1,3}(?![0-9.])"""  # a block's type by number ("block_type": 2)
)
_TOKENS = grammar.compile_pattern(_TOKEN_RULES.replace("{single}", r"'(?:[^'\\\n]|\\.){0,1000000}'"))
# In an SQL dump a string may hold line breaks and a doubled quote (sqlite3's .dump: VALUES(1,'某某：\n本院…')).
_SQL_TOKENS = grammar.compile_pattern(_TOKEN_RULES.replace("{single}", r"'(?:[^'\\]|\\.|''){0,1000000}'"))
_SQL_DUMP = grammar.compile_pattern(r"^[ \t]*INSERT[ \t]+INTO\b", regex.IGNORECASE | regex.MULTILINE)
_SQL_HEAD = 1 << 16  # characters of a dump its first INSERT stands within (its schema above it)
# What may stand before and after a value literal on its line (its key and colon, spaces, a comment's mark: far
# less than _BEFORE_REACH characters).
_BEFORE_REACH = 256
_BEFORE_VALUE = grammar.compile_pattern(r"(?:[:=(\[,{]|=>|^[ \t]*(?:[*#]|//)?)[ \t]*\Z")
_AFTER_VALUE = grammar.compile_pattern(r"[ \t]*(?:[,)\]};:+]|=>|$)", regex.MULTILINE)
# The key a value is written under: "Court": "…" / court = "…" / entity.setCourt("…").
_KEY_BEFORE = grammar.compile_pattern(
    r"""(?:["'](?P<key>[^"'\n]{1,60})["']|(?P<key>[A-Za-z_\p{Han}][\w\p{Han}]{0,60}))[ \t]*(?:=>|[:=])[ \t]*\Z"""
    r"""|set(?P<key>[A-Za-z_]\w{0,60})[ \t]*\([ \t]*\Z"""
)
# Escapes read as their characters (JSON, Python, Java, JavaScript).
ESCAPE = grammar.compile_pattern(r"""\\(?:u[0-9A-Fa-f]{4}|r\\n|[nrtbf"'\\/])""")
_SIMPLE_ESCAPES = {"n": "\n", "r": "\n", "t": "\t", "b": "", "f": "", '"': '"', "'": "'", "\\": "\\", "/": "/"}
# A literal this short holds no notice: it is a key, a flag, a date, a link.
MIN_CONTAINER = 12
MIN_HAN = 8
_HAN = grammar.compile_pattern(r"\p{Han}")


@dataclass(frozen=True)
class Literal:
    """A value string in the page: its inside (between the quotes), its key, its record."""

    start: int
    end: int
    key: str | None
    group: int | None  # the record (brace group, table row) it stands in
    # how its inside escapes characters: "code" (\\n, \\"), "csv" (""), "plain"; "word", "alto", "abbyy", "page",
    # "odf": an XML document whose text stands in runs (<w:t>, <String CONTENT="…">, a <text:p>'s) between markup (see
    # RUNS)
    quoting: str = "code"
    # where adjacent strings meet ('" "'), and what the markup between them reads as ("", or a line break)
    joins: tuple[tuple[int, int, str], ...] = ()
    page: bool = False  # its text is a page's lines (an OCR's), read as a page of its own
    # a cell of a table printed under a notice's sentence (下列用人单位：…于下表所列时间…): one of its rows' values, not
    # a stretch a notice may stand in (read as one, it cut the notice around the table in two)
    cell: bool = False


@dataclass
class Layout:
    """The value strings of a page and the records they form."""

    literals: list[Literal] = field(default_factory=list)
    # record (brace group) → (key, value as read, span of the value) for every keyed value in it; no span for a
    # value printed in pieces (a box-drawn table's wrapped cell)
    records: dict[int, list[tuple[str, str, Span | None]]] = field(default_factory=dict)

    # record → the record it stands in (an e-paper's page, its articles in a list under it)
    parents: dict[int, int] = field(default_factory=dict)
    # record → the objects written under its keys (a row's "ajxx": {"ah": …}, "fy": {"fymc": …}), not in lists
    nested: dict[int, list[int]] = field(default_factory=dict)
    # stretches read as no text at all (a search engine's highlighted fragments of a value read already; a runs
    # document's markup around its runs)
    fragments: list[Span] = field(default_factory=list)

    def record_of(self, group: int | None) -> list[tuple[str, str, Span | None]]:
        """A record's values, and the dates and the court the records it stands in give (an article's, its page's
        periodDate; a listing's sessions, the court of the day's data), after its own."""
        if group is None:
            return []
        fields = list(self.records.get(group, []))
        for inner in self.nested.get(group, []):  # (its case's number and its court, kept in an object of their own)
            fields += [value for value in self.records.get(inner, []) if key_of(value[0]) in _NESTED_KEYS]
        parent = self.parents.get(group)
        while parent is not None:
            fields += [value for value in self.records.get(parent, []) if key_of(value[0]) in _INHERITED_KEYS]
            parent = self.parents.get(parent)
        return fields


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
    """(start, end, replacement) for each escape inside ``literal``, and for the markup a feed leaves in
    its values (<p>, &nbsp;): noise for ``clean``."""
    if literal.quoting in RUNS:
        return _runs_markup(text, literal)
    edits = _markup_edits(text, literal) + list(literal.joins)
    if literal.quoting == "csv":
        edits += [(m.start(), m.start() + 1, "") for m in _DOUBLED_QUOTE.finditer(text, literal.start, literal.end)]
    elif literal.quoting == "code":
        if "\\\\" in text[literal.start : literal.end] and text[literal.start : literal.end].lstrip()[:1] not in "{[":
            # A line break escaped twice, as a feed that encodes its text once too often writes it (…送达。\\n特此
            # 公告。): between words of Chinese, a line break; not in a value that holds JSON of its own, read in turn.
            twice = _TWICE_ESCAPED_LINE_END.finditer(text, literal.start, literal.end)
            edits += [(m.start(), m.end(), "\n") for m in twice]
        edits += [(m.start(), m.end(), unescape(m.group())) for m in ESCAPE.finditer(text, literal.start, literal.end)]
    # An escape inside a tag (<p style=\"…\">) or a join goes with it.
    kept: list[tuple[int, int, str]] = []
    for edit in sorted(edits, key=lambda e: (e[0], -e[1])):
        if kept and edit[0] < kept[-1][1]:
            continue
        kept.append(edit)
    return kept


_TWICE_ESCAPED_LINE_END = re.compile(r"(?<=[^\x00-\x7f])\\\\(?:r\\\\)?n(?=\x20*[^\x00-\x7f0-9]|\x20*[0-9])")
_ENTITY_NAME = r"(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#x[0-9A-Fa-f]{1,5});"
_ENTITY_PATTERN = rf"&{_ENTITY_NAME}"  # &nbsp; &amp; &#12288;
_GO_AMPERSAND = "\\u0026"  # (& as Go's encoder writes it: \u0026nbsp;)
# HTML a feed keeps in its values: a tag (a block ends a line), an entity (&nbsp; &amp; &#12288;); in XML,
# a tag written with entities (Atom's <content type="html">&lt;p&gt;…&lt;/p&gt;); in JSON, with escapes
# (\u003cp style=\"…\"\u003e, \u0026nbsp;, as Go's and many crawlers' encoders write <, > and &).
_MARKUP = grammar.compile_pattern(
    r"<(?P<close>\\?/?)(?P<tag>[A-Za-z][A-Za-z0-9]{0,9})\b[^<>]{0,300}>"  # (<\/p>: a closing tag in a script's string)
    r"|&lt;/?(?P<tag>[A-Za-z][A-Za-z0-9]{0,9})\b[^<>\n]{0,300}?&gt;"
    # (a closing tag's slash escaped too, \u003C\u002Fp\u003E, as a server-rendered page's state writes it; or its
    # < alone, \u003Cp>, as Nuxt's devalue does)
    r"|\\u003[cC](?:/|\\u002[fF])?(?P<tag>[A-Za-z][A-Za-z0-9]{0,9})\b[^<>\n]{0,300}?(?:\\u003[eE]|>)"
    rf"|&amp;{_ENTITY_NAME}|{_ENTITY_PATTERN}|\\u0026{_ENTITY_NAME}"  # (&amp;nbsp;: an entity escaped into XML)
)
_LINE_TAGS = frozenset(("p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"))


def _markup_edits(text: str, literal: Literal) -> list[tuple[int, int, str]]:
    inside = text[literal.start : literal.end]
    if "<" not in inside and "&" not in inside and "\\u00" not in inside:
        return []
    edits = []
    for match in _MARKUP.finditer(text, literal.start, literal.end):
        tag = match.group("tag")
        if tag is None:
            entity = match.group().replace(_GO_AMPERSAND, "&", 1).replace("&amp;", "&", 1)
            edits.append((match.start(), match.end(), html.unescape(entity)))
        else:
            edits.append((match.start(), match.end(), "\n" if tag.lower() in _LINE_TAGS else ""))
    return edits


def find_layout(text: str) -> Layout:
    """The value strings of ``text`` and the records they form (code strings, table cells,
    labelled lines); empty for prose."""
    table = _ocr_words(text) or _table(text)
    layout = table or _runs_document(text) or _spreadsheet(text) or _xml_values(text)
    if layout is not None and layout is table and _has_quotes(text):
        # (however short its cells: a table of one row over a code block holds no text, its rows still hearings)
        _code_beside(text, layout)
    elif layout is None or not _holds_text(text, layout):
        # (A component's markup of short template values, its notices in its script's strings: a Vue file.)
        code = _code_strings(text)
        layout = code if layout is None or _holds_text(text, code) else layout
    _markdown_tables(text, layout)
    _bar_tables(text, layout)
    _box_tables(text, layout)
    _spaced_tables(text, layout)
    _labelled_lines(text, layout)
    _day_rows(text, layout)
    return layout


def _code_beside(text: str, layout: Layout) -> None:
    """Code's records beside a table in one text (an API's documentation quoting a JSON record, a table of sessions
    further on): their strings are read as code, as they are on a page with no table (the page read in a chunk of
    its own, or with the table: the same records)."""
    code = _code_strings(text)
    if not _holds_text(text, code):
        return
    rows = sorted(
        (min(literal.start for literal in group), max(literal.end for literal in group))
        for group in _by_group(layout.literals)
    )
    starts = [start for start, _ in rows]
    beside = []
    for literal in code.literals:
        at = bisect_right(starts, literal.start) - 1
        if at >= 0 and literal.start < rows[at][1]:
            continue  # (a quoted cell of the table's)
        beside.append(literal)
    if not beside:
        return
    groups = {literal.group for literal in beside}
    layout.literals = sorted([*layout.literals, *beside], key=lambda literal: literal.start)
    layout.records.update({group: values for group, values in code.records.items() if group in groups})
    layout.parents.update({group: parent for group, parent in code.parents.items() if group in groups})


def _by_group(literals: list[Literal]) -> list[list[Literal]]:
    grouped: dict[int | None, list[Literal]] = {}
    for literal in literals:
        grouped.setdefault(literal.group, []).append(literal)
    return list(grouped.values())


# A "|" first on a line after the first, as a Markdown table's rows print it (the standard library's re
# skips ahead to the line end, a literal; regex tries ^ at every character).
_PIPE_AFTER_LINE_END = re.compile(r"\n[ \t]*\|")


def _pipe_first(text: str) -> bool:
    return text.lstrip(" \t").startswith("|") or _PIPE_AFTER_LINE_END.search(text) is not None


def holds_layout(text: str) -> bool:
    """Could ``find_layout`` find value strings in ``text`` other than labelled lines: a table's header, an
    XML document, code's quotes, a Markdown table? (Such a page is read whole: its values belong to
    records that may run far from any notice's words.)"""
    return (
        _has_quotes(text)
        or _is_xml(text)
        or (_pipe_first(text) and _MD_TABLE.search(text) is not None)
        or _BOX_BAR in text
        or _header(text) is not None
    )


def _has_quotes(text: str) -> bool:
    return '"' in text or "'" in text


def _is_xml(text: str) -> bool:
    return text.lstrip().startswith("<") and "</" in text


def _code_strings(text: str) -> Layout:
    """The value strings of code or data in ``text`` and the records (brace groups) they form."""
    layout = Layout()
    if not _has_quotes(text):
        return layout
    stack: list[int] = []
    pending_key: tuple[str, int, int | None] | None = None  # a key literal: its text, end, group
    # A brace or bracket opened under a key ("plaintiff": [{"name": "…"}]): its key and the record around it.
    under: dict[int, tuple[str, int | None]] = {}
    objects: dict[tuple[int | None, str], int] = {}  # (block, object) of setter calls → their record
    pieces: dict[int, _Piece] = {}  # a literal's start → where it stands in a document kept in pieces
    document_lists: set[int] = set()  # the lists opened under a document's key (lexicon.DOCUMENT_KEYS)
    element_lists: set[int] = set()  # the lists that may be a layout tool's elements (see _join_elements)
    elements: dict[int, int] = {}  # an object of such a list → the list
    element_types: dict[int, str] = {}  # such an object → the type it says
    row_lists: dict[int, list[int]] = {}  # a list of lists → its lists (a table's rows, see _table_of_lists)
    row_items: dict[int, list[int]] = {}  # such a row → the indices of its strings among the literals
    typed: set[int] = set()  # the blocks of such documents that say their type
    tokens = _SQL_TOKENS if _SQL_DUMP.search(text, 0, _SQL_HEAD) else _TOKENS
    for token in tokens.finditer(text):
        start, end = token.span()
        first = text[start]
        if text.startswith("```", start):
            continue  # a Markdown code fence, not a string
        if first in "{([":
            parent = _record_of(text, stack)
            if first == "{" and parent is not None:
                layout.parents[start] = parent
            if pending_key is not None and text[pending_key[1] : start].strip() in (":", "="):
                under[start] = (pending_key[0], parent)
                if first == "{" and parent is not None:
                    layout.nested.setdefault(parent, []).append(start)
                if first == "[" and key_of(pending_key[0]) in _DOCUMENT_KEYS:
                    document_lists.add(start)
                elif first == "[" and key_of(pending_key[0]) in _ELEMENT_LIST_KEYS:
                    element_lists.add(start)
            elif not stack and first == "[":
                element_lists.add(start)  # (a layout tool's elements may be listed as the whole file)
            elif stack and stack[-1] in under and text[stack[-1]] == "[":
                under[start] = under[stack[-1]]  # the next object of a list under a key
            if first == "{" and stack and stack[-1] in element_lists:
                elements[start] = stack[-1]
            if first == "[" and stack and text[stack[-1]] == "[":
                row_lists.setdefault(stack[-1], []).append(start)
            pending_key = None
            stack.append(start)
            continue
        if first in "})]":
            closing = {"}": "{", ")": "(", "]": "["}[first]
            while stack and text[stack[-1]] != closing:
                stack.pop()  # an unclosed bracket of another kind: prose, or code cut short
            if stack:
                stack.pop()
            continue
        if any(at in under and key_of(under[at][0]) in _FRAGMENT_KEYS for at in stack):
            pending_key = None
            layout.fragments.append((start, end))
            continue  # (a search engine's highlighted fragments of a value read already)
        group = _record_of(text, stack)
        receiver = _SETTER.search(text, max(0, start - 80), start)
        if receiver is not None:
            # n2.setCourt("…"); n2.setContent("…"): in one block, the object set is the record.
            group = objects.setdefault((group, receiver.group("object")), len(text) + 1 + len(objects))
        # What stands before the string on its line, as far as a key and its colon reach: a dump written on one line
        # is not searched back to its start for each of its strings. (Cut, it starts with a mark no rule matches.)
        window = max(0, start - _BEFORE_REACH)
        line_start = text.rfind("\n", window, start) + 1
        before = "\0" + text[window:start] if line_start == 0 and window > 0 else text[line_start:start]
        after = _AFTER_VALUE.match(text, end)
        if after is None:
            continue
        if after.group().strip() in (":", "=>"):
            pending_key = (text[start + 1 : end - 1], end, group)
            continue
        if first.isdigit():
            # A timestamp under its key ("publishDate": 1593532800000) is a field, not a container.
            if pending_key is not None and pending_key[2] == group and group is not None:
                layout.records.setdefault(group, []).append((pending_key[0], text[start:end], (start, end)))
                if document_lists and key_of(pending_key[0]) in _TYPE_KEYS:
                    _type_said(text, stack, document_lists, group, typed)  # (a Lark document's "block_type": 2)
            pending_key = None
            continue
        previous = layout.literals[-1] if layout.literals else None
        # "…一案，"\n"本院于…" — adjacent strings are one (Python, C; Java and JavaScript join with +, on a line of
        # its own: "    + \"本院…\""); so are the lines of a text kept as an array of them, and an OCR's lines,
        # each with its box and score, and a text's paragraphs listed under its key (those two a line each).
        lined = previous is not None and (
            _BOXED.fullmatch(text, previous.end, start + 1) is not None
            or _next_ocr_object(text, previous, start, pending_key[0] if pending_key else None)
            or _next_paragraph(text, stack, under, previous, start)
        )
        if previous is not None and (
            lined or _ADJACENT.fullmatch(text, previous.end, start + 1) or _next_line(text, stack, previous, start)
        ):
            pending_key = None
            literal = Literal(
                previous.start,
                end - 1,
                previous.key,
                previous.group,
                joins=(*previous.joins, (previous.end, start + 1, "\n" if lined else "")),
                page=previous.page or lined,
            )
            layout.literals[-1] = literal
            if previous.group is not None:
                value = (previous.key or "", _value(text, literal), (literal.start, literal.end))
                layout.records[previous.group][-1] = value
            continue
        if not _BEFORE_VALUE.search(before):
            continue
        if not stack and not before.strip() and text.startswith(("'''", '"""'), start):
            continue  # (a line opening with a wiki's bold, '''某某公司：''', or a docstring: no value of a record)
        key = None
        if (
            pending_key is not None
            and pending_key[2] == group
            and text[pending_key[1] : start].strip() in (":", "=", "=>")
        ):
            key = pending_key[0]
        else:
            # The key before the string on its line, or ending the line above ("content:\n  '…' +").
            above = _KEY_BEFORE.search(text, max(0, line_start - 80), max(0, line_start - 1))
            named = _KEY_BEFORE.search(before) or (above if not before.strip() else None)
            key = named.group("key") if named else None
            if key is None and stack and text[stack[-1]] == "[" and stack[-1] in under:
                key = under[stack[-1]][0]  # an item of a list under a key ("plaintiffs": ["杜明轩", …]): its value
        pending_key = None
        literal = Literal(start + 1, end - 1, key, group)
        layout.literals.append(literal)
        if len(stack) > 1 and text[stack[-1]] == "[" and text[stack[-2]] == "[":  # (an item of a list in a list)
            row_items.setdefault(stack[-1], []).append(len(layout.literals) - 1)
        if key is not None and group in elements and key_of(key) in _ELEMENT_TYPE_KEYS:
            element_types[group] = key_of(_value(text, literal))
        piece = _piece_of(text, stack, document_lists) if document_lists else None
        if piece is not None:
            pieces[literal.start] = piece
            if key is not None and key_of(key) in _TYPE_KEYS:
                _type_said(text, stack, document_lists, group, typed)
        if group is not None:
            # Keyless values count too: a row of SQL VALUES (…, '某某法院', '2020-07-30') names them by what they are.
            layout.records.setdefault(group, []).append(
                (key or "", _value(text, literal), (literal.start, literal.end))
            )
    if pieces:
        _join_documents(text, layout, pieces, typed, under)
    if elements:
        _join_elements(text, layout, elements, element_types)
    if row_lists:
        _table_of_lists(text, layout, row_lists, row_items, under)
    _table_of_columns(text, layout, under)
    _lift_names(layout, under)
    return layout


def _lift_names(layout: Layout, under: dict[int, tuple[str, int | None]]) -> None:
    """A party written as an object under a key ("defendant": [{"name": "沈国平", "type": "1"}]) is a value of
    the record around it, under that key — or under its role, where the object names one ("dsr": [{"mc": "韦海峰",
    "dsrlx": "被告"}], "litigants": [{"name": …, "role": "原告"}]). A value a database export wraps in an object of
    its own ("hearingTime": {"$date": "2027-03-09T01:30:00.000Z"}) is the value of the key around it."""
    for group, (key, parent) in under.items():
        if parent is None or group not in layout.records:
            continue
        fields = layout.records[group]
        role = next((value.strip() for name, value, _ in fields if key_of(name) in _ROLE_KEYS), None)
        lifted_key = role if role is not None and grammar.ROLE_RE.fullmatch(role) else key
        for name, value, span in fields:
            if key_of(name) in _NAME_KEYS:
                layout.records.setdefault(parent, []).append((lifted_key, value, span))
            elif key_of(name) in _WRAPPER_KEYS and len(fields) == 1:
                layout.records.setdefault(parent, []).append((key, value, span))


_NAME_KEYS = frozenset(("name", "fullname", "名称", "姓名", "mc", "xm"))
_ROLE_KEYS = frozenset(("role", "dsrlx", "ssdw", "诉讼地位", "角色", "身份", "当事人类型", "类型"))
_WRAPPER_KEYS = frozenset(("$date", "$numberlong", "$numberint", "$numberdecimal"))
# An array whose first item is a key and its value (PHP: ['court_name' => '…']): a record, as a brace is.
_KEYED_ARRAY = grammar.compile_pattern(r"""\s{0,40}(?:'[^'\n]{1,40}'|"[^"\n]{1,40}")\s{0,40}=>""")
# (Matched with an end: regex looks for a rule's required words, =>, through the rest of the text first.)
_KEYED_ARRAY_REACH = 40 + 42 + 40 + 2


def _record_of(text: str, stack: list[int]) -> int | None:
    """The record a string stands in: the innermost open brace (JSON, dicts, Java blocks) or keyed array
    (PHP's ['court' => '…', …]), else the innermost call's parenthesis (Item(court="…", content=(…)),
    new Item("…", "…"), VALUES (…)) — not a setter's, which holds one value — else the outermost parenthesis."""
    for at in reversed(stack):
        if text[at] == "{" or (text[at] == "[" and _KEYED_ARRAY.match(text, at + 1, at + 1 + _KEYED_ARRAY_REACH)):
            return at
    for at in reversed(stack):
        if text[at] != "(":
            continue
        call = _CALL.search(text, max(0, at - 60), at)
        if call is not None and not call.group().startswith("set"):
            return at
    parentheses = [at for at in stack if text[at] == "("]
    return parentheses[0] if parentheses else None


_CALL = grammar.compile_pattern(r"[A-Za-z_]\w*[ \t]*\Z")
_SETTER = grammar.compile_pattern(r"(?P<object>[A-Za-z_]\w*)\.set[A-Z]\w*[ \t]*\([ \t]*\Z")


# What may stand between two strings that make one: space, line breaks, a + (the quotes are the noise).
_ADJACENT = grammar.compile_pattern(r'["\'][ \t\r\n]*\+?[ \t\r\n]*["\']')
# Between two lines an OCR recognised (PaddleOCR's [[box], ["公　告", 0.92]], EasyOCR's (box, '公　告', 0.92)):
# only the numbers of a score and a box, four at least, with brackets and commas. A list of values holds none.
_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?"
_BOXED = grammar.compile_pattern(rf"""["'][\s,\[\]()]*{_NUMBER}(?:[\s,\[\]()]+{_NUMBER}){{3,}}[\s,\[\]()]*["']""")


def _next_ocr_object(text: str, previous: Literal, start: int, key: str | None) -> bool:
    """Is the string at ``start``, under ``key``, the next line an OCR service recognised after ``previous``, each line
    an object of its own with its scores or box (Baidu's words_result: {"words": "公告", "probability": {…}},
    {"words": "熊志刚：", …})?"""
    return (
        key is not None
        and key_of(key) in _OCR_LINE_KEYS
        and previous.key == key
        and _OCR_OBJECTS.fullmatch(text, previous.end, start + 1) is not None
    )


# Between two such lines: the first's object closed, the next opened, keys and numbers only (no other string value).
_SCORES = rf"""(?:[\s,\[\]{{}}:]|"[A-Za-z_]+"|{_NUMBER})*"""
_OCR_OBJECTS = grammar.compile_pattern(rf"""["']{_SCORES}\}}[\s,]*\{{{_SCORES}["']""")


def _next_line(text: str, stack: list[int], previous: Literal, start: int) -> bool:
    """Is the string at ``start`` the next line of ``previous`` in an array of a text's lines, each but the last
    ending with its line break (a Jupyter notebook's cell: "source": ["公　告\\n", "深圳市某某公司：\\n", …])?
    Not the items of a list of values (["张三", "李四"]), which end with none."""
    return (
        bool(stack)
        and text[stack[-1]] == "["
        and previous.start > stack[-1]
        and text.endswith("\\n", previous.start, previous.end)
        and _LINE_ITEMS.fullmatch(text, previous.end, start + 1) is not None
    )


_LINE_ITEMS = grammar.compile_pattern(r'"[ \t\r\n]*,[ \t\r\n]*"')


def _next_paragraph(
    text: str, stack: list[int], under: dict[int, tuple[str, int | None]], previous: Literal, start: int
) -> bool:
    """Is the string at ``start`` the next paragraph of ``previous`` in a list of a text's paragraphs under its key
    (a mini-program's "content": ["何嘉欣：", "上诉人…", …])? Joined with a line break, as an OCR's lines are."""
    return (
        bool(stack)
        and text[stack[-1]] == "["
        and previous.start > stack[-1]
        and key_of(under.get(stack[-1], ("", None))[0]) in _PARAGRAPH_LIST_KEYS
        and _LINE_ITEMS.fullmatch(text, previous.end, start + 1) is not None
    )


def _value(text: str, literal: Literal) -> str:
    """A literal's value as the string it stands for, its pieces joined."""
    pieces, at = [], literal.start
    for join_start, join_end, reads_as in literal.joins:
        pieces += [unescape(text[at:join_start]), reads_as]
        at = join_end
    pieces.append(unescape(text[at : literal.end]))
    return "".join(pieces)


# ---------------------------------------------------------------- tables

_DOUBLED_QUOTE = grammar.compile_pattern(r'""')


def key_of(name: str) -> str:
    """A record's key as compared: PublishDate, publish_date, 原告/上诉人 → publishdate, 原告上诉人; a key written with
    JSON's escapes (\\u53d1\\u5e03\\u65e5\\u671f) as the words they stand for; a column named with its table's
    name, as Power BI's queries answer (Hearings[CaseNo]), as the column."""
    key = _NAMESPACE.sub("", unescape(name))  # <fy:court> is a court
    column = _TABLE_COLUMN.fullmatch(key) if "[" in key else None
    return (column.group(1) if column else key).translate(_KEY_NOISE).lower()


_KEY_NOISE = str.maketrans("", "", "_-/ .\t")  # (Case No., case_no, case-no: one key)
_NAMESPACE = grammar.compile_pattern(r"\A[A-Za-z]\w*:")
# (a column with its table's name: Hearings[CaseNo], 'Hearing List'[Court])
_TABLE_COLUMN = re.compile(r"'?[A-Za-z_][^\[\]']{0,59}'?\[([^\[\]]{1,60})\]")
_TABLE_LABELS = frozenset(key_of(k) for k in lexicon.TABLE_LABELS)
_FRAGMENT_KEYS = frozenset(key_of(k) for k in lexicon.FRAGMENT_KEYS)
_DATE_KEYS = frozenset(key_of(k) for k in lexicon.RECORD_DATE_KEYS)
_INHERITED_KEYS = _DATE_KEYS | {key_of(k) for k in lexicon.RECORD_ISSUER_KEYS}
_OCR_LINE_KEYS = frozenset(key_of(k) for k in lexicon.OCR_LINE_KEYS)
_PARAGRAPH_LIST_KEYS = frozenset(key_of(k) for k in lexicon.PARAGRAPH_LIST_KEYS)
_NESTED_KEYS = {key_of(k) for k in (*lexicon.RECORD_ISSUER_KEYS, *lexicon.RECORD_CASE_KEYS)}
_MAX_LABEL = 16  # a column name is a few words
_COLUMN_LIST_KEYS = frozenset(key_of(k) for k in lexicon.COLUMN_LIST_KEYS)
_COLUMN_NAME_KEYS = tuple(key_of(k) for k in lexicon.COLUMN_NAME_KEYS)

_INLINE_DOCUMENT_KEYS = frozenset(key_of(k) for k in lexicon.INLINE_DOCUMENT_KEYS)
_DELTA_KEYS = frozenset(key_of(k) for k in lexicon.DELTA_DOCUMENT_KEYS) | _INLINE_DOCUMENT_KEYS
_DOCUMENT_KEYS = _DELTA_KEYS | {key_of(k) for k in lexicon.BLOCK_DOCUMENT_KEYS}
_INLINE_PIECE_KEYS = frozenset(key_of(k) for k in lexicon.INLINE_PIECE_KEYS)
_TEXT_RUN_KEYS = frozenset(key_of(k) for k in lexicon.INLINE_PIECE_KEYS + lexicon.TEXT_RUN_KEYS)


@dataclass(frozen=True)
class _Piece:
    """Where a value stands in a rich-text document kept in pieces (lexicon.DOCUMENT_KEYS)."""

    document: int  # the document's list
    block: int | None  # the object of that list it stands in
    inline: int  # the innermost list it stands in: pieces of one line share one below the document's


_TYPE_KEYS = frozenset(("type", "blocktype"))  # (a block editor's "type": "paragraph"; Lark's "block_type": 2)
_ELEMENT_LIST_KEYS = frozenset(key_of(k) for k in lexicon.ELEMENT_LIST_KEYS)
_ELEMENT_TYPE_KEYS = _TYPE_KEYS | {"label", "category"}  # (Docling's "label": "text"; Unstructured's "category")
_LAYOUT_TYPES = frozenset(key_of(k) for k in lexicon.LAYOUT_ELEMENT_TYPES)


def _type_said(text: str, stack: list[int], document_lists: set[int], group: int | None, typed: set[int]) -> None:
    """Note the block of a document kept in pieces whose own type a value under ``stack`` says."""
    piece = _piece_of(text, stack, document_lists)
    if piece is not None and piece.block is not None and group == piece.block:
        typed.add(piece.block)


def _piece_of(text: str, stack: list[int], document_lists: set[int]) -> _Piece | None:
    for index, at in enumerate(stack):
        if at in document_lists:
            block = stack[index + 1] if index + 1 < len(stack) and text[stack[index + 1]] == "{" else None
            inline = next(inner for inner in reversed(stack) if text[inner] == "[")
            return _Piece(at, block, inline)
    return None


def _join_documents(
    text: str, layout: Layout, pieces: dict[int, _Piece], typed: set[int], under: dict[int, tuple[str, int | None]]
) -> None:
    """Each document kept in pieces made one literal: its text pieces (a Quill Delta's inserts, as they stand; a
    block's values that hold words, a line each), with what stands between them — the pieces' keys, type tags,
    formatting — read as nothing or a line break; a record of the record around the document's list.
    A list of blocks is a document only if each of its objects says its type (a site's sections do not)."""
    blocks: dict[int, set[int]] = {}
    for each in pieces.values():
        if each.block is not None:
            blocks.setdefault(each.document, set()).add(each.block)
    documents = {
        document for document, held in blocks.items() if key_of(under[document][0]) in _DELTA_KEYS or held <= typed
    }
    literals: list[Literal] = []
    run: list[Literal] = []
    current: int | None = None
    for literal in layout.literals:
        piece = pieces.get(literal.start)
        document = piece.document if piece is not None and piece.document in documents else None
        if document != current:
            literals += _joined(run, pieces, under)
            run, current = [], document
        if document is None:
            literals.append(literal)
        elif key_of(under[document][0]) in _INLINE_DOCUMENT_KEYS:
            if key_of(literal.key or "") in _INLINE_DOCUMENT_KEYS:
                run.append(literal)  # (a message's every piece of text, not its types: its line breaks stand alone)
        elif _is_text_piece(text, literal):
            run.append(literal)
    literals += _joined(run, pieces, under)
    layout.literals = literals


def _join_elements(text: str, layout: Layout, elements: dict[int, int], types: dict[int, str]) -> None:
    """A layout tool's elements made one literal, a line each: a list (the whole file, or under an element list's
    key) whose every object says its type as a layout element does (Unstructured's {"type": "NarrativeText",
    "text": …}, Docling's {"label": "section_header", "orig": …, "text": …}). An element's text is its own values
    that hold words, once (Docling repeats it); not its ids and types, nor what its metadata holds. Two pieces of
    one paragraph (…1月3日上 / 午9时…: the page's column broke it) are joined as one line."""
    listed: dict[int, list[int]] = {}
    for element, within in elements.items():
        listed.setdefault(within, []).append(element)
    documents = {
        within for within, held in listed.items() if all(types.get(element) in _LAYOUT_TYPES for element in held)
    }
    if not documents:
        return
    owners = [elements.get(literal.group, -1) if literal.group is not None else -1 for literal in layout.literals]
    runs: dict[int, list[Literal]] = {within: [] for within in documents}
    first: dict[int, int] = {}  # a document → where its first value stood (its place among the literals)
    for index, (literal, within) in enumerate(zip(layout.literals, owners, strict=True)):
        if within not in runs:
            continue
        first.setdefault(within, index)
        run = runs[within]
        if _HAN.search(text, literal.start, literal.end) is None:
            continue
        if not (run and run[-1].group == literal.group and _value(text, run[-1]) == _value(text, literal)):
            run.append(literal)
    placed = {index: within for within, index in first.items()}

    def paragraph_split(before: Literal, after: Literal) -> str:
        return "" if split_between(_value(text, before), _value(text, after)) else "\n"

    literals: list[Literal] = []
    for index, (literal, within) in enumerate(zip(layout.literals, owners, strict=True)):
        if within not in runs:
            literals.append(literal)
        elif index in placed and runs[within]:
            literals.append(_one_literal(runs[within], paragraph_split, None, None))
    layout.literals = literals


def _table_of_lists(
    text: str,
    layout: Layout,
    row_lists: dict[int, list[int]],
    row_items: dict[int, list[int]],
    under: dict[int, tuple[str, int | None]],
) -> None:
    """A table written as a list of lists, its first the columns' names (a PDF table extractor's rows printed as
    Python lists, [['开庭日期', '案号', …], ['2024年9月13日', '（2024）…号', …]]; a sheet's API "values"), or every list
    a row and the names listed beside them (see ``_names_beside``): each row a record, each string under the name of
    its place (None, a number, count as places too)."""
    beside: dict[int, list[int]] | None = None  # (see _column_objects: looked for once, where a table needs it)
    for table, rows in row_lists.items():
        names = _column_names([_value(text, layout.literals[index]) for index in row_items.get(rows[0], [])])
        body = rows[1:]
        if names is None:
            beside = _column_objects(text, under) if beside is None else beside
            names, body = _names_beside(layout, under.get(table, ("", None))[1], beside), rows
        if names is None:
            continue
        for row in body:
            fields = layout.records.setdefault(row, [])
            place, after = 0, row + 1
            for index in row_items.get(row, []):
                literal = layout.literals[index]
                place += text.count(",", after, literal.start - 1)  # (between the last item's quote and this one's)
                after = literal.end + 1
                if place >= len(names):
                    break
                # (a cell's text wrapped as the extractor found it printed, 崇左市江州区甜源蔗\n业服务有限公司: read
                # whole, printed in pieces, as a box-drawn table's wrapped cell)
                printed = _value(text, literal)
                value = _CELL_WRAP.sub("", printed)
                fields.append((names[place], value, (literal.start, literal.end) if value == printed else None))
                layout.literals[index] = replace(literal, key=names[place], group=row)


def _table_of_columns(text: str, layout: Layout, under: dict[int, tuple[str, int | None]]) -> None:
    """A table written column by column (pandas' orient="columns": {"court": {"0": "…", "1": "…"}, "case_no": {…}}):
    where an object's values are objects keyed by the rows' indices, under names a table of notices has, each index a
    record of the values it keys, under their columns' names. (Its first value's place stands for the record.)"""
    columns: dict[int, list[tuple[str, int]]] = {}  # an object → its objects of values by row, under their names
    for at, (name, parent) in under.items():
        if parent is not None and text[at] == "{" and layout.records.get(at):
            columns.setdefault(parent, []).append((name, at))
    for named in columns.values():
        if _column_names([name for name, _ in named]) is None:
            continue
        by_row = {at: [key for key, _, _ in layout.records[at]] for _, at in named if layout.records.get(at)}
        if not all(key.isdigit() for keys in by_row.values() for key in keys):
            continue
        rows: dict[str, int] = {}  # a row's index → its record
        column_of = {at: name for name, at in named}
        for index, literal in enumerate(layout.literals):
            if literal.group in by_row and literal.key is not None:
                row = rows.setdefault(literal.key, literal.start)
                name = column_of[literal.group]
                layout.records.setdefault(row, []).append((name, _value(text, literal), (literal.start, literal.end)))
                layout.literals[index] = replace(literal, key=name, group=row)


def _column_names(names: list[str]) -> list[str] | None:
    """``names`` if they are a table's columns' names, three or more."""
    if len(names) < 3 or not _names_columns(names) or any(len(name) > _MAX_LABEL for name in names):
        return None
    return names


def _column_objects(text: str, under: dict[int, tuple[str, int | None]]) -> dict[int, list[int]]:
    """Each object's objects listed under a key that names a table's columns ("cols": [{"name": …}, …]), in page
    order."""
    found: dict[int, list[int]] = {}
    for at, (key, parent) in under.items():
        if parent is not None and text[at] == "{" and key_of(key) in _COLUMN_LIST_KEYS:
            found.setdefault(parent, []).append(at)
    return found


def _names_beside(layout: Layout, parent: int | None, beside: dict[int, list[int]]) -> list[str] | None:
    """The columns' names of a table of lists written beside it, in the object it stands in (``parent``): a list of
    names (pandas' "columns": [...] over its "data") or of objects that each name one (a BI tool's "cols": [{"name":
    "court", "display_name": "法院", …}] over its "rows"; the first of lexicon.COLUMN_NAME_KEYS that names each)."""
    if parent is None:
        return None
    candidates = [[value for key, value, _ in layout.records.get(parent, []) if key_of(key) in _COLUMN_LIST_KEYS]]
    named = [{key_of(key): value for key, value, _ in layout.records.get(at, [])} for at in beside.get(parent, [])]
    candidates += [[column.get(key, "") for column in named] for key in _COLUMN_NAME_KEYS]
    return next((names for names in map(_column_names, candidates) if names is not None), None)


_CELL_WRAP = grammar.compile_pattern(r"(?<=[\p{Han}、，（）])\n(?=[\p{Han}（）])")


def _is_text_piece(text: str, literal: Literal) -> bool:
    inline = literal.key is not None and key_of(literal.key) in _TEXT_RUN_KEYS
    return inline or _HAN.search(text, literal.start, literal.end) is not None


def _joined(run: list[Literal], pieces: dict[int, _Piece], under: dict[int, tuple[str, int | None]]) -> list[Literal]:
    if not run:
        return []
    key, record = under[pieces[run[0].start].document]  # (one document's pieces)
    inline = key_of(key) in _INLINE_DOCUMENT_KEYS  # (a message's pieces: one line but where they break it)

    def between(before: Literal, after: Literal) -> str:
        first, second = pieces[before.start], pieces[after.start]
        inserts = before.key == after.key and key_of(before.key or "") in _INLINE_PIECE_KEYS  # (a Delta's pieces)
        return "" if inserts or inline or first.inline == second.inline != first.document else "\n"

    return [_one_literal(run, between, run[0].key, record)]


def _one_literal(
    run: list[Literal], between: Callable[[Literal, Literal], str], key: str | None, record: int | None
) -> Literal:
    """The pieces of one text as one literal, what stands between two of them read as ``between`` says."""
    joins: list[tuple[int, int, str]] = []
    for before, after in itertools.pairwise(run):
        joins += [*before.joins, (before.end, after.start, between(before, after))]
    joins += run[-1].joins
    return Literal(run[0].start, run[-1].end, key, record, joins=tuple(joins))


def _header(text: str, start: int = 0, later: bool = False) -> tuple[int, str, list[str]] | None:
    """(where the rows start, delimiter, column names) if ``text`` holds a table from ``start``: a line of known
    column names among its first lines (a title may stand above it), or — with no names, and the whole text — lines
    that all hold the same number of tabs (two or more). ``later``: further on, after lines with tabs that name no
    columns (a table of names the page before ends with: 序号 姓名 工种), as after a table."""
    later = later or bool(start)
    at = start
    for _ in range(_LATER_HEADER_REACH if later else _HEADER_REACH):
        if later and text.find("\t", at) < 0:
            return None  # (further on, only a tabbed line may be a header: none is left)
        at = _next_tabbed_line(text, at)
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line = text[at:end].rstrip("\r")
        header = _header_row(line)
        if header is not None:
            delimiter, names = header
            # A header of two rows, a group's name over its columns' (开庭信息 / 日期 时间 法庭): the lower
            # row names each column, the upper one those it leaves blank.
            below_end = text.find("\n", end + 1)
            below_end = len(text) if below_end < 0 else below_end
            below = _names_row(text[end + 1 : below_end].rstrip("\r"), delimiter) if end < len(text) else None
            if below is not None and len(below) == len(names):
                return below_end + 1, delimiter, _grouped(names, below)
            # (or the group row names no column itself: 开庭安排 ×3 over 日期 时间 法庭)
            above_start = text.rfind("\n", 0, max(at - 1, 0)) + 1
            groups = next(csv.reader([text[above_start : max(at - 1, 0)].rstrip("\r")], delimiter=delimiter), [])
            if at > 0 and len(groups) == len(names):
                names = _grouped(groups, names)
            return end + 1, delimiter, names
        if end >= len(text):
            break
        at = end + 1
    if later:
        return None
    first = len(text) - len(text.lstrip())
    line = text[first : (text.find("\n", first) + 1 or len(text) + 1) - 1]
    if line.count("\t") < 2:
        return None  # (before the lines are split: a page of prose need not be)
    lines = [row for row in text.splitlines() if row.strip()]
    if len(lines) >= 2 and len({row.count("\t") for row in lines}) == 1:
        return first, "\t", [""] * (line.count("\t") + 1)
    return None


def _header_row(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and the column names of ``line``, if it is a table's header row. (A spreadsheet's export parts its
    cells by tabs or commas, or by semicolons where a comma is a decimal's; a line with a stray CR inside is none.)"""
    if "\r" in line:
        return None
    for mark in _DELIMITERS:
        if line.count(mark) >= 2 and (names := _names_row(line, mark)) is not None:
            return mark, names
    return None


_DELIMITERS = ("\t", ",", ";")
_HEADER_REACH = 5  # lines with tabs or commas, from the top, where a table's header may stand
_LATER_HEADER_REACH = 500  # and after a table, where the next one's may (a page's tabs between them: its layout)


def _grouped(groups: list[str], names: list[str]) -> list[str]:
    """The columns' names under a row of their groups' names, each group over every column up to the next (a page
    writes a group spanning columns once): see _under."""
    filled: list[str] = []
    for group in groups:
        filled.append(group.strip() or (filled[-1] if filled else ""))
    return [_under(high, low) for high, low in zip(filled, names, strict=True)]


def _under(group: str, name: str) -> str:
    """A column's name under its group's (开庭信息 / 日期, 开庭安排 / 时间): the pair when only the pair is a known
    name (开庭日期, 开庭时间)."""
    if not name:
        return group
    joined = regex.sub(_GROUP_WORD, "", group) + name
    return joined if key_of(name) not in _TABLE_LABELS and key_of(joined) in _TABLE_LABELS else name


# What a group's name adds to its columns' subject (开庭信息, 开庭安排; 开庭时间 over 日期 and 时间).
_GROUP_WORD = r"(?:信息|安排|情况|时间)$"


def _names_row(line: str, delimiter: str) -> list[str] | None:
    """The column names ``line`` holds, if it is a header's row: two known names or more, and no value longer
    than a name."""
    names = next(csv.reader([line], delimiter=delimiter), [])
    if _names_columns(names) and all(len(name.strip()) <= _MAX_LABEL for name in names):
        return [name.strip() for name in names]
    return None


def _names_columns(names: list[str]) -> bool:
    """Are ``names`` a table's column names: two a table of notices has (法院, 案号, 开庭时间 …) or more, and none
    that only a hearing held has (庭审时长: a court's statistics of its sittings serve no one)?"""
    if any(_HELD_COLUMN.search(name) for name in names):
        return False
    return sum(1 for name in names if key_of(name) in _TABLE_LABELS) >= 2


_HELD_COLUMN = grammar.compile_pattern(grammar.alt(lexicon.HELD_HEARING_COLUMNS))


def _next_tabbed_line(text: str, at: int) -> int:
    """The start of the first line from ``at`` that holds a tab (a web page's table row), else ``at``."""
    tab = text.find("\t", at)
    if tab < 0 or text.count("\n", at, tab) == 0:
        return at
    return text.rfind("\n", 0, tab) + 1


def _lines_from(text: str, start: int, offsets: list[int]) -> Iterator[str]:
    """The lines of ``text`` from ``start``, each with its end, recording where each begins."""
    at = start
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end + 1
        offsets.append(at)
        yield text[at:end]
        at = end


def _cell_spans(text: str, start: int, end: int, delimiter: str, values: list[str]) -> list[tuple[Span, str]]:
    """Where each of a row's cells stands in ``text[start:end]``, inside its quotes, and how it quotes."""
    spans: list[tuple[Span, str]] = []
    at = start
    for value in values:
        if text.startswith('"', at):
            close = at + 1
            while True:
                close = text.find('"', close, end)
                if close < 0 or not text.startswith('""', close):
                    break
                close += 2
            if close < 0:
                break
            spans.append(((at + 1, close), "csv"))
            at = close + 1
        else:
            cell_end = text.find(delimiter, at, end)
            cell_end = len(text[:end].rstrip("\r\n")) if cell_end < 0 else cell_end
            spans.append(((at, at + len(value)), "plain"))  # unquoted: nothing escaped
            at = cell_end
        if text.startswith(delimiter, at):
            at += 1
    return spans if len(spans) == len(values) else []


def _table(text: str) -> Layout | None:
    """Each cell of a table (a header of column names, then rows) as a value named by its column; of each table,
    where a page holds more than one (a week's sessions, then the next week's, each under its header)."""
    layout = Layout()
    at = 0
    header = _header(text) or _header(text, later=True)
    while header is not None:
        ended = _table_rows(text, header, layout)
        if ended is None or ended <= at:
            break
        at = ended
        header = _header(text, at)
    return layout if layout.literals else None


def _table_rows(text: str, header: tuple[int, str, list[str]], layout: Layout) -> int | None:
    """The rows under ``header`` into ``layout``; where the table ends (the line with no delimiter under it), or None
    where it runs to the text's end or holds no rows."""
    rows_start, delimiter, names = header
    if text[rows_start:].lstrip().startswith(("{", "[")):
        return None  # records written as code under a line that names their fields (# fields: court, …): not rows
    under_prose = "。" in text[:rows_start]  # (a table exported alone has no sentence above its header)
    title = _title_over(text, rows_start, delimiter)
    offsets: list[int] = []
    rows = csv.reader(_lines_from(text, rows_start, offsets), delimiter=delimiter)
    consumed = 0
    for values in _rows(rows):
        row_start = offsets[consumed]
        consumed = len(offsets)
        row_end = offsets[consumed] if consumed < len(offsets) else len(text)
        if not any(value.strip() for value in values):
            continue
        if len(values) == 1:
            return row_start  # a line with no delimiter ends the table: the text under it (特此公告, a signature, more)
        cells = _cell_spans(text, row_start, row_end, delimiter, values)
        for name, value, ((start, end), quoting) in zip(names, values, cells, strict=False):
            cell = under_prose and not _is_prose(value)  # (a notice's text in a cell is prose still)
            layout.literals.append(Literal(start, end, name, row_start, quoting, cell=cell))
            layout.records.setdefault(row_start, []).append((name, value, (start, end)))
        if title is not None:
            layout.records[row_start].append(title)
    return None


def _title_over(text: str, rows_start: int, delimiter: str) -> tuple[str, str, Span] | None:
    """The line right over a table's header that names it, one cell (某某人民法院开庭公告导出 2026-03-01, and the
    empty cells an export pads it with): the table's title, a field of each row (its court, where no column names
    one)."""
    header_start = text.rfind("\n", 0, max(rows_start - 1, 0)) + 1
    if header_start == 0:
        return None
    start = text.rfind("\n", 0, header_start - 1) + 1
    line = text[start : header_start - 1].rstrip("\r")
    cells = next(csv.reader([line], delimiter=delimiter), []) or [""]  # (a blank line reads as no cells)
    if start > 0 and all(_LABELLED_CELL.fullmatch(cell.strip()) for cell in cells if cell.strip()) and line.strip():
        # (or over the export's line of who exported it and when: 某某法院公告刊登登记表 / 导出人：…	导出时间：…)
        header_start, start = start, text.rfind("\n", 0, start - 1) + 1
        line = text[start : header_start - 1].rstrip("\r")
        cells = next(csv.reader([line], delimiter=delimiter), []) or [""]
    name = cells[0].rstrip(" \t\u3000")
    # (The export may stamp its time in a cell beside the title: 某某人民法院开庭公告,导出时间:2033-04-22 16:40:12.)
    stamped = all(not cell.strip() or _STAMP.fullmatch(cell.strip()) for cell in cells[1:])
    if not name.strip() or not line.startswith(name) or not stamped or len(name) > _MAX_TITLE:
        return None
    return ("标题", name, (start, start + len(name)))


_MAX_TITLE = 60
_LABELLED_CELL = grammar.compile_pattern(r"\p{Han}{1,6}[:：][^\t\n]{0,40}")  # (导出人：lian02, 导出时间：2037-09-05)
_STAMP = grammar.compile_pattern(
    r"\p{Han}{0,6}[:：]?\s*[0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)


def _is_prose(value: str) -> bool:
    """Is a cell's value a sentence or more (a notice's text), not a short value with commas (罚款1000元，记12分)?"""
    return _SENTENCE_MARK.search(value) is not None or (len(value) >= _PROSE_CELL and "，" in value)


_SENTENCE_MARK = grammar.compile_pattern("[。；]")
_PROSE_CELL = 40  # characters of a cell with commas in it that make it a sentence


def _rows(reader: Iterator[list[str]]) -> Iterator[list[str]]:
    """A table's rows, up to the first the csv module cannot read (a stray CR in a cell): the rest of the
    page is read as text."""
    while True:
        try:
            yield next(reader)
        except (StopIteration, csv.Error):
            return


_MD_TABLE = grammar.compile_pattern(
    r"^[ \t]*\|(?P<header>[^\n]*)\|[ \t]*\n"  # | 开庭日期 | 法庭 | …
    r"[ \t]*\|[ \t:|-]*-[ \t:|-]*\|[ \t]*\n"  # |---|---|
    r"(?P<rows>(?:[ \t]*\|[^\n]*\|[ \t]*(?:\n|\Z))+)",
    regex.MULTILINE,
)


def _markdown_tables(text: str, layout: Layout) -> None:
    """Each cell of a Markdown table (| 开庭日期 | 法庭 | 案号 | …) as a value named by its column, each row a
    record."""
    if not _pipe_first(text):
        return
    for table in _MD_TABLE.finditer(text):
        names = [name.strip() for name in table.group("header").split("|")]
        if not _names_columns(names):
            continue
        at = table.start("rows")
        for row in table.group("rows").splitlines(keepends=True):
            cells_start = at + row.index("|") + 1
            row_end = at + len(row.rstrip().rstrip("|").rstrip())
            column, cell_start = 0, cells_start
            while cell_start <= row_end and column < len(names):
                cell_end = text.find("|", cell_start, row_end + 1)
                cell_end = row_end if cell_end < 0 else cell_end
                value = text[cell_start:cell_end]
                start = cell_start + len(value) - len(value.lstrip())
                end = start + len(value.strip())
                if end > start:
                    layout.literals.append(Literal(start, end, names[column], at, "plain"))
                    # (a cell's line breaks written as tags, 原告：某某<br>被告：某某, as Markdown tables write them: a
                    # line break, padded to the tag's length so that the cell's names keep their places in the source)
                    read = _CELL_BREAK.sub(lambda tag: "\n".ljust(len(tag.group())), text[start:end])
                    layout.records.setdefault(at, []).append((names[column], read, (start, end)))
                column, cell_start = column + 1, cell_end + 1
            at += len(row)
    layout.literals.sort(key=lambda literal: literal.start)


_CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


# Lines of cells apart by bars, with none at the ends and no rule under the header (开庭时间 | 法院 | 案号 | 法庭): a
# page's table copied as text. A header of column names, then rows of as many cells.
# (a bar, or a full-width one: 案号｜开庭时间｜开庭地点)
def _bar_rows(bar: str) -> regex.Pattern[str]:
    row = rf"[^{bar}\n]+(?:\{bar}[^{bar}\n]+){{2,}}"
    return grammar.compile_pattern(rf"^(?P<header>{row})\n(?P<rows>(?:{row}(?:\n|\Z))+)", regex.M)


_BAR_ROWS = {bar: _bar_rows(bar) for bar in "|｜"}


def _bar_tables(text: str, layout: Layout) -> None:
    """Each cell of a table whose cells are apart by bars with none at the line's ends, each row a record."""
    for bar, rows in _BAR_ROWS.items():
        if bar in text:
            _bar_table_rows(text, bar, rows, layout)
    layout.literals.sort(key=lambda literal: literal.start)


def _bar_table_rows(text: str, bar: str, rule: regex.Pattern[str], layout: Layout) -> None:
    for table in rule.finditer(text):
        names = [name.strip() for name in table.group("header").split(bar)]
        if table.group("header").lstrip().startswith(bar) or not _names_columns(names):
            continue
        at = table.start("rows")
        under_prose = "。" in text[: table.start()]  # (a table a sentence over it serves: its rows are cells)
        for row in table.group("rows").splitlines(keepends=True):
            cells = row.rstrip("\n").split(bar)
            if len(cells) == len(names):
                start = at
                for name, cell in zip(names, cells, strict=True):
                    value_start = start + len(cell) - len(cell.lstrip())
                    value = cell.strip()
                    if value:
                        cell_of = under_prose and not _is_prose(value)
                        literal = Literal(value_start, value_start + len(value), name, at, "plain", cell=cell_of)
                        layout.literals.append(literal)
                        layout.records.setdefault(at, []).append((name, value, (value_start, value_start + len(value))))
                    start += len(cell) + 1
            at += len(row)


# ---------------------------------------------------------------- tables aligned by spaces

_SPACED_GAP = grammar.compile_pattern(grammar.CELL_GAP)
_SPACED_MIN_COLUMNS = 3


def _spaced_tables(text: str, layout: Layout) -> None:
    """Each cell of a table aligned by spaces (序号　案号　　开庭时间　　法庭　案由　当事人, a court's week of hearings
    copied as text) as a value named by its column, each row a record: a header of known column names, then the
    lines cut into cells, each under the header's name it stands under on the screen (a CJK character two columns
    wide: a row may leave a cell empty, 备注 or a room), up to a line of another shape."""
    if "\u3000" not in text and "   " not in text:
        return
    columns: list[tuple[int, str]] | None = None  # the header's names and the screen column each starts at
    under_prose = False  # (a table under a notice's sentence: its cells are a row's values, as _table's are)
    at = 0
    while at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        cells = _spaced_cells(text, at, end)
        if columns is None:
            cells = [piece for cell in cells for piece in _named_apart(text, cell)]
            header = [text[s:e] for s, e in cells]
            if (
                len(header) >= _SPACED_MIN_COLUMNS
                and _names_columns(header)
                and all(len(name) <= _MAX_LABEL for name in header)
            ):
                columns = [(display_width(text[at:s]), text[s:e]) for s, e in cells]
                under_prose = "。" in text[:at]
        elif len(cells) >= _SPACED_MIN_COLUMNS:
            for name, (start, cell_end) in _under_columns(text, at, cells, columns):
                cell = under_prose and not _is_prose(text[start:cell_end])
                layout.literals.append(Literal(start, cell_end, name, at, "plain", cell=cell))
                layout.records.setdefault(at, []).append((name, text[start:cell_end], (start, cell_end)))
        elif text[at:end].strip() and not _RULE_LINE.fullmatch(text[at:end].strip()):
            columns = None  # the table ends at a line of another shape (注：…, 特此公告), not at a rule under it
        at = end + 1
    layout.literals.sort(key=lambda literal: literal.start)


def _named_apart(text: str, cell: Span) -> list[Span]:
    """A header's cell as the column names it holds: names one space apart where the table's first column is narrow
    (序号 被告  身份证号码  案号), each a name the tool knows; else the cell."""
    words = [word for word in regex.finditer(r"[^\x20]+", text[cell[0] : cell[1]])]
    if len(words) < 2 or not all(key_of(word.group()) in _TABLE_LABELS for word in words):
        return [cell]
    return [(cell[0] + word.start(), cell[0] + word.end()) for word in words]


def _under_columns(text: str, line: int, cells: list[Span], columns: list[tuple[int, str]]) -> list[tuple[str, Span]]:
    """Each cell of a row with the name of the column it stands under: the last whose name starts on the screen at
    most _SPACED_SLACK columns right of the cell; as many cells as names, in order, when the row is as wide."""
    if len(cells) == len(columns):
        return [(name, cell) for (_, name), cell in zip(columns, cells, strict=True)]
    named: list[tuple[str, Span]] = []
    taken: set[int] = set()
    for cell in cells:
        left = display_width(text[line : cell[0]])
        index = max((i for i, (start, _) in enumerate(columns) if start <= left + _SPACED_SLACK), default=0)
        if index not in taken:
            taken.add(index)
            named.append((columns[index][1], cell))
    return named


_RULE_LINE = grammar.compile_pattern(f"{grammar.RULE}+")
_SPACED_SLACK = 2  # screen columns a cell may start left of its header's name (a name centred over its column)


def _spaced_cells(text: str, start: int, end: int) -> list[Span]:
    """The cells of the line ``text[start:end]``, apart by _SPACED_GAP, their spaces left out."""
    line = text[start:end].rstrip("\r")
    first = len(line) - len(line.lstrip(" \u3000\t"))
    return [
        (start + s, start + e)
        for s, e in grammar.pieces(_SPACED_GAP, line, first, len(line.rstrip(" \u3000\t")))
        if e > s
    ]


# ---------------------------------------------------------------- box-drawn tables

# A word processor's table saved as text: │ between cells, a ruled line (├────┼────┤) between rows, and a cell's
# text wrapped onto the row's next lines, within its column.
_BOX_BAR = "│"
_GRID_RULE = frozenset("+-=: \t")
_GRID_RULE_LINE = re.compile(r"^[ \t]*\+[-=:]{2,}(?:\+[-=:]{2,})*\+[ \t]*$", re.MULTILINE)
_BOX_RULE = frozenset("┌┬┐├┼┤└┴┘─━═╞╪╡╘╧╛┏┳┓┣╋┫┗┻┛ \t")


def _box_tables(text: str, layout: Layout) -> None:
    """Each cell of a box-drawn table as values named by its column (the header's cells), each row a record.
    A cell's lines are its pieces: a piece that fills its column runs on into the next (a name wrapped), one that
    stops short ends a value (上诉人：杨某 / 被上诉人：某某公司). A value printed in more than one piece has no span."""
    styles = [(_BOX_BAR, _BOX_RULE)] if _BOX_BAR in text else []
    if "+-" in text and _GRID_RULE_LINE.search(text):
        styles.append(("|", _GRID_RULE))  # (pandoc's grid table, +---+ between its rows: an ASCII box)
    for bar, rule in styles:
        names: list[str] | None = None
        form: int | None = None  # the record of a form drawn as a box, a label and its value a row
        group: list[tuple[int, str]] = []  # the lines of the row being read: (offset, line)
        at = 0
        for line in text.splitlines(keepends=True):
            body = line.rstrip("\r\n")
            if body.lstrip().startswith(bar):
                group.append((at, body))
            elif body.strip() and rule.issuperset(body):
                if group:
                    cells = _box_cells(text, group, bar)
                    if form is None:
                        names = _box_row(text, cells, group[0][0], names, layout)
                    if names is None:  # (no header over it: a form's row, label and value, maybe)
                        form = _box_form_row(text, cells, group[0][0], form, layout)
                group = []
            else:
                names, form, group = None, None, []  # the table ended
            at += len(line)
    layout.literals.sort(key=lambda literal: literal.start)


def _box_form_row(text: str, cells: list[list[list[Span]]], row: int, form: int | None, layout: Layout) -> int | None:
    """A row of a form drawn as a box (its ``cells``, the row at ``row``), its label and its value (│受送达人│某某公司│,
    │送达文书│起诉状副本、…│): a field of the form's record (``form``, or a new one where the row's label is a known
    one), as a run of labelled lines is; the record, or None where the row is no such."""
    if len(cells) != 2 or len(cells[0]) != 1 or not cells[1]:
        return None
    label = "".join(text[start:end] for start, end in cells[0][0])
    if form is None:
        if key_of(label) not in _TABLE_LABELS:
            return None
        form = -(row + 1)  # negative: a run of labelled lines, never a brace's or a row's offset
    _box_values(text, layout, form, label, cells[1])
    return form


def _box_values(text: str, layout: Layout, record: int, name: str, values: list[list[Span]]) -> None:
    """A cell's values, each a run of pieces, as fields of ``record`` named ``name`` (a value printed in more than one
    piece has no span)."""
    for pieces in values:
        value = "".join(text[start:end] for start, end in pieces)
        layout.records.setdefault(record, []).append((name, value, pieces[0] if len(pieces) == 1 else None))
        for start, end in pieces:
            layout.literals.append(Literal(start, end, name, record, "plain"))


def _box_row(
    text: str, cells: list[list[list[Span]]], row: int, names: list[str] | None, layout: Layout
) -> list[str] | None:
    """Read one row of a box-drawn table (its ``cells``, the row at ``row``): the header (returned as its names) or a
    record."""
    if names is None:
        found = ["".join(text[s:e] for s, e in values[0]) if values else "" for values in cells]
        return found if _names_columns(found) else None
    for name, values in zip(names, cells, strict=False):
        _box_values(text, layout, row, name, values)
    return names


def _box_cells(text: str, group: list[tuple[int, str]], bar: str) -> list[list[list[Span]]]:
    """The cells of one row of a box-drawn table: per column, its values, each a run of pieces. (In a grid table of
    ASCII, ``bar`` "|", a cell's lines run on but for an empty one between two values: pandoc wraps a cell's words to
    its width, counted as displayed, and parts its paragraphs by an empty line.)"""
    grid = bar != _BOX_BAR
    cells: list[list[list[Span]]] = []  # per column, its values, each a run of pieces
    runs_on: list[bool] = []  # per column: its last piece filled the column, so the next one goes on with it
    for offset, line in group:
        bars = [index for index, character in enumerate(line) if character == bar]
        for column, (left, right) in enumerate(itertools.pairwise(bars)):
            if column == len(cells):
                cells.append([])
                runs_on.append(False)
            cell = line[left + 1 : right]
            if not cell.strip():
                runs_on[column] = runs_on[column] and not grid
                continue
            start = offset + left + 1 + len(cell) - len(cell.lstrip())
            piece = (start, start + len(cell.strip()))
            if runs_on[column] and (grid or not _ROLE_OPENS.match(cell.lstrip())):
                cells[column][-1].append(piece)
            else:
                cells[column].append([piece])
            runs_on[column] = grid or len(cell) - len(cell.rstrip()) <= 1
    return cells


# A piece that opens with a party's role starts a value of its own, after one that filled its column
# (原告：某某有限公司│ / 被告：某某│: the widest name fills it).
_ROLE_OPENS = grammar.compile_rule(rf"{grammar.ROLE} {grammar.SP}? {grammar.COLON}", guarded=False)


# ---------------------------------------------------------------- XML

_XML_TAG = grammar.compile_pattern(
    # (a name of any script's letters: a court's system names its elements in Chinese, <公告内容>…</公告内容>)
    r"<!\[CDATA\[.{0,1000000}?\]\]>|<!--.{0,100000}?-->"
    r"|<(?P<close>/?)(?P<name>[^\W\d][\w:.-]{0,60})[^<>]{0,500}?(?P<empty>/?)>",
    regex.DOTALL,
)
_CDATA = grammar.compile_pattern(r"\s*<!\[CDATA\[(?P<inside>.*)\]\]>\s*\Z", regex.DOTALL)
# A list's item's tags around its text (a CDATA's ends too), and what stands between two items.
_ITEM_OPEN = r"\s*<[^<>/!][^<>]{0,500}>\s*(?:<!\[CDATA\[)?"
_ITEM_CLOSE = r"(?:\]\]>)?\s*</[^<>]{1,60}>\s*"
_ITEM_OPENS = grammar.compile_pattern(_ITEM_OPEN)
_ITEM_CLOSES = grammar.compile_pattern(_ITEM_CLOSE)
_BETWEEN_ITEMS = grammar.compile_pattern(_ITEM_CLOSE + _ITEM_OPEN)


def _xml_values(text: str) -> Layout | None:
    """Each leaf element of an XML document (<fymc>…</fymc>, <ggnr><![CDATA[…]]></ggnr>) as a value named
    by its tag, in the record of the element around it; a list's items (an element holding only elements of one
    name, a Scrapy export's <content><value>某某：</value><value>本院…</value></content>) one value, a line each,
    named by the list's element in the record around it."""
    if not _is_xml(text):
        return None
    leaves: list[Literal] = []
    # an element's start → its name, its parent's start, where its inside starts and ends
    elements: dict[int, tuple[str, int | None, int, int]] = {}
    stack: list[tuple[str, int, int, bool]] = []  # name, start, end of the open tag, has children
    for tag in _XML_TAG.finditer(text):
        name = tag.group("name")
        if name is None or tag.group("empty"):
            continue  # CDATA, a comment, <br/>: read with the leaf they stand in
        if not tag.group("close"):
            if stack:
                stack[-1] = (*stack[-1][:3], True)
            stack.append((name, tag.start(), tag.end(), False))
            continue
        while stack and stack[-1][0] != name:
            stack.pop()
        if not stack:
            continue
        _, element, inside_start, has_children = stack.pop()
        elements[element] = (name, stack[-1][1] if stack else None, inside_start, tag.start())
        if has_children or not stack:
            continue
        start, end = inside_start, tag.start()
        cdata = _CDATA.match(text, start, end)
        if cdata is not None:
            start, end = cdata.span("inside")
        leaves.append(Literal(start, end, name, stack[-1][1], "plain"))
    layout = Layout()
    for run in _runs_of_items(text, leaves):
        name, parent, inside_start, inside_end = elements[run[0].group or 0]
        if (
            len(run) > 1
            and parent is not None
            and _ITEM_OPENS.fullmatch(text, inside_start, run[0].start) is not None
            and _ITEM_CLOSES.fullmatch(text, run[-1].end, inside_end) is not None
        ):
            joins = tuple((before.end, after.start, "\n") for before, after in itertools.pairwise(run))
            run = [Literal(run[0].start, run[-1].end, name, parent, "plain", joins)]
        for literal in run:
            layout.literals.append(literal)
            layout.records.setdefault(literal.group or 0, []).append(
                (literal.key or "", text[literal.start : literal.end], (literal.start, literal.end))
            )
    layout.literals.sort(key=lambda literal: literal.start)
    return layout if layout.literals else None


def _runs_of_items(text: str, leaves: list[Literal]) -> list[list[Literal]]:
    """``leaves`` in runs of a list's items: leaves of one name in one element, only tags between them."""
    runs: list[list[Literal]] = []
    for leaf in sorted(leaves, key=lambda leaf: leaf.start):
        last = runs[-1][-1] if runs else None
        if (
            last is not None
            and (last.key, last.group) == (leaf.key, leaf.group)
            and _BETWEEN_ITEMS.fullmatch(text, last.end, leaf.start) is not None
        ):
            runs[-1].append(leaf)
        else:
            runs.append([leaf])
    return runs


# ---------------------------------------------------------------- documents whose text stands in runs


@dataclass(frozen=True)
class _Runs:
    """A document whose text stands in runs between markup (XML, mostly): what a run is, and what the markup between
    two runs stands for (the first of ``between`` found there; else nothing)."""

    marker: str  # what the document's markup holds
    run: regex.Pattern[str]  # a run, its text in group "text"
    between: tuple[tuple[regex.Pattern[str], str], ...]
    # how far from its text a run's match reaches, before it or after (what it looks ahead to), at most
    longest_tag: int
    opens: str = "<"  # what the document starts with: an XML document's tag, or another markup's


RUNS = {
    # Word's XML (WordprocessingML: a .docx's document.xml, its flat XML, Word 2003's XML) prints its text in runs,
    # <w:t>…</w:t>, a word often cut across two; paragraphs (</w:p>), tabs, line breaks and table cells stand
    # between them as markup, and properties (fonts, the author, field codes, deleted text) as other elements' text.
    "word": _Runs(
        "<w:p",
        grammar.compile_pattern(r"<w:t(?:\s[^<>]{0,300})?>(?P<text>[^<]{0,1000000})</w:t>"),
        (
            (grammar.compile_pattern(r"</w:p>|<w:br\b|<w:cr\b|</w:tr>"), "\n"),
            (grammar.compile_pattern(r"<w:tab\b|</w:tc>"), "\t"),
        ),
        len("<w:t >") + 300,
    ),
    # ALTO, the XML a newspaper archive's OCR writes: each word or piece of a line a <String CONTENT="…"/>, in
    # <TextLine>s of <TextBlock>s (a column's article); <SP/> a space. A block ends with a blank line.
    "alto": _Runs(
        "<TextLine",
        grammar.compile_pattern(r"<String\b[^<>]{0,500}?\sCONTENT=\"(?P<text>[^\"<>]{0,100000})\"[^<>]{0,500}>"),
        (
            (grammar.compile_pattern(r"</TextBlock>"), "\n\n"),
            (grammar.compile_pattern(r"</TextLine>"), "\n"),
            (grammar.compile_pattern(r"<SP\b"), " "),
        ),
        len('<String CONTENT="') + 500,
    ),
    # ABBYY FineReader's XML of a scan: a line's text in <formatting>, or a character each in <charParams>; lines
    # in paragraphs in blocks (a column's article).
    "abbyy": _Runs(
        "<formatting",
        grammar.compile_pattern(r"<(?:formatting|charParams)\b[^<>]{0,500}>(?P<text>[^<]{1,100000})"),
        (
            (grammar.compile_pattern(r"</block>"), "\n\n"),
            (grammar.compile_pattern(r"</line>"), "\n"),
        ),
        len("<charParams >") + 500,
    ),
    # PAGE XML, what Transkribus, eScriptorium and OCR-D write of a scan: <TextRegion>s (a column's article) of
    # <TextLine>s, each with its <TextEquiv><Unicode>; a region repeats its lines' text in a <TextEquiv> of its own
    # after them, and a line may have its words' too, before its own: only the line's (the one that closes it) read.
    "page": _Runs(
        "<PcGts",
        grammar.compile_pattern(
            r"<Unicode>(?P<text>[^<]{0,1000000})</Unicode>"
            r"(?=\s{0,200}</TextEquiv>\s{0,200}(?:<TextStyle\b[^<>]{0,500}/>\s{0,200})?</TextLine>)"
        ),
        (
            (grammar.compile_pattern(r"</TextRegion>"), "\n\n"),
            (grammar.compile_pattern(r"</TextLine>"), "\n"),
        ),
        len("</Unicode></TextEquiv><TextStyle /></TextLine>") + 3 * 200 + 500,
    ),
    # SVG, as Inkscape writes a PDF's page (a newspaper's e-paper): a printed line a <text>, or a <tspan> that says
    # it is a line (sodipodi:role="line"); a line's characters in more tspans where its font changes.
    "svg": _Runs(
        "<tspan",
        grammar.compile_pattern(r"<(?:tspan|text)\b[^<>]{0,2000}>(?P<text>[^<]{1,1000000})</(?:tspan|text)>"),
        ((grammar.compile_pattern(r"</text>|\brole=\"line\""), "\n"),),
        len("<tspan >") + 2000,
    ),
    # XPS, the page Windows' XPS printer writes (a <FixedPage>): each run of glyphs <Glyphs … UnicodeString="…"/>,
    # in printed order, a line or a piece of one; read a line each.
    "xps": _Runs(
        "<Glyphs",
        grammar.compile_pattern(r"<Glyphs\b[^<>]{0,2000}?\sUnicodeString=\"(?:\{\})?(?P<text>[^\"<>]{1,1000000})\""),
        ((grammar.compile_pattern(r"<Glyphs\b"), "\n"),),
        len('<Glyphs UnicodeString="{}') + 2000,
    ),
    # DjVu's hidden text as djvused prints it (print-txt): S-expressions of a page's columns, regions, paragraphs,
    # lines and words, each word's box and text, "公告"; a line's words joined, a region's paragraphs apart.
    "djvu": _Runs(
        "(word ",
        grammar.compile_pattern(r"\(word(?:\s+-?[0-9]+){4}\s+\"(?P<text>(?:[^\"\\\n]|\\.){1,100000})\"\)"),
        (
            (grammar.compile_pattern(r"\((?:page|column|region)\b"), "\n\n"),
            (grammar.compile_pattern(r"\((?:para|line)\b"), "\n"),
        ),
        len("(word 00000 00000 00000 00000 ") + 40,
        opens="(page",
    ),
    # OpenDocument (LibreOffice's flat .fodt, an .odt's content.xml): a paragraph's text stands between the text:
    # elements it holds (spans, links, <text:s/> spaces), not in elements of its own; the other namespaces' text
    # (dc:title, the generator, styles) is no part of the page.
    "odf": _Runs(
        "<text:p",
        grammar.compile_pattern(
            r"(?:<text:[a-z-]{1,40}(?:\s[^<>]{0,300})?/?>|</text:[a-z-]{1,40}>)(?P<text>[^<]{0,1000000}?[^<\s][^<]{0,1000000})"
        ),
        (
            (grammar.compile_pattern(r"</table:table-row>"), "\n"),
            (grammar.compile_pattern(r"</table:table-cell>"), "\t"),
            (grammar.compile_pattern(r"</text:(?:p|h)>|<text:line-break\b"), "\n"),
            (grammar.compile_pattern(r"<text:tab\b"), "\t"),
            (grammar.compile_pattern(r"<text:s\b"), " "),
        ),
        len("<text:") + 40 + 300,
    ),
}
_ENTITY = grammar.compile_pattern(_ENTITY_PATTERN)


def _runs_document(text: str) -> Layout | None:
    """A document of runs (``RUNS``) as one value: its runs' text, read as one page (see ``_runs_markup``)."""
    xml = _is_xml(text)
    for quoting, runs in RUNS.items():
        if runs.marker in text and (xml if runs.opens == "<" else text.lstrip().startswith(runs.opens)):
            found = list(runs.run.finditer(text))
            if found:
                start, end = found[0].start("text"), found[-1].end("text")
                layout = Layout()
                layout.literals.append(Literal(start, end, None, None, quoting, page=True))
                # (The markup around its runs holds no text of the page: its metadata, and what repeats the page's
                # text, a PAGE XML region's after its lines.)
                layout.fragments += [(0, start), (end, len(text))]
                return layout
    return None


# An OCR's table of words (Tesseract's TSV: a row per page, block, paragraph, line and word, the word's text last).
_OCR_WORDS_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
_OCR_WORD_ROW = grammar.compile_pattern(
    r"^5\t(?P<page>[0-9]+)\t(?P<block>[0-9]+)\t(?P<par>[0-9]+)\t(?P<line>[0-9]+)\t(?:-?[0-9.]+\t){6}(?P<text>[^\t\r\n]*\S)",
    regex.MULTILINE,
)
_LATIN_EDGE = grammar.compile_pattern(r"[A-Za-z0-9]")


def _ocr_words(text: str) -> Layout | None:
    """An OCR's table of words (Tesseract's TSV) as one page: its words in order, those of a line joined (a space
    between two Latin words), a line break between its lines and a blank line between its blocks; its other rows
    (the boxes of pages, blocks, lines) and columns (positions, confidence) no text."""
    if not text.lstrip("\ufeff").startswith(_OCR_WORDS_HEADER):
        return None
    words = list(_OCR_WORD_ROW.finditer(text))
    if not words:
        return None
    joins = []
    for before, after in itertools.pairwise(words):
        place = (before["page"], before["block"], before["par"])
        if place != (after["page"], after["block"], after["par"]):
            said = "\n\n"
        elif before["line"] != after["line"]:
            said = "\n"
        else:
            latin = _LATIN_EDGE.match(before["text"][-1]) and _LATIN_EDGE.match(after["text"][0])
            said = " " if latin else ""
        joins.append((before.end("text"), after.start("text"), said))
    layout = Layout()
    start, end = words[0].start("text"), words[-1].end("text")
    layout.literals.append(Literal(start, end, None, None, "plain", tuple(joins), page=True))
    return layout


def _runs_markup(text: str, literal: Literal) -> list[tuple[int, int, str]]:
    """The markup between a document's runs, removed, or read as what it stands for (a line break, a tab, a
    space); and each run's entities read."""
    runs = RUNS[literal.quoting]
    edits = []
    at = literal.start
    for run in runs.run.finditer(text, max(0, literal.start - runs.longest_tag), literal.end + runs.longest_tag):
        start, end = run.span("text")
        if start > at:
            between = text[at:start]
            edits.append((at, start, next((said for mark, said in runs.between if mark.search(between)), "")))
        edits += [(m.start(), m.end(), html.unescape(m.group())) for m in _ENTITY.finditer(text, start, end)]
        at = end
    return edits


# ---------------------------------------------------------------- a spreadsheet's XML

# Excel's XML (SpreadsheetML, the "XML Spreadsheet 2003" a court's system exports): rows of cells, a cell's value in
# its <Data>, a cell skipped where the next says its column (ss:Index).
_SHEET_ROW = grammar.compile_pattern(r"<Row\b[^<>]{0,300}>(?P<cells>.{0,100000}?)</Row>", regex.DOTALL)
_SHEET_CELL = grammar.compile_pattern(
    r"<Cell\b(?P<attributes>[^<>]{0,300}?)(?:/>|>(?:.{0,1000}?<Data\b[^<>]{0,200}>(?P<data>[^<]{0,100000})</Data>)?"
    r".{0,1000}?</Cell>)",
    regex.DOTALL,
)
_SHEET_INDEX = grammar.compile_pattern(r"\bss:Index=\"(?P<index>[0-9]{1,4})\"")


def _spreadsheet(text: str) -> Layout | None:
    """A spreadsheet's XML as a table: a row of known column names (开庭时间, 案号, 当事人 …) names the rows' cells
    under it, each row a record; each cell a value (it may hold a notice)."""
    if "<Workbook" not in text or "<Row" not in text:
        return None
    layout = Layout()
    names: list[str] | None = None
    # A row of one cell over the column names: the sheet's title (某某法院开庭公告), a field of every row.
    title: tuple[str, str, Span] | None = None
    for row in _SHEET_ROW.finditer(text):
        cells: dict[int, Span] = {}
        column = 0
        for cell in _SHEET_CELL.finditer(text, *row.span("cells")):
            index = _SHEET_INDEX.search(cell.group("attributes"))
            column = int(index.group("index")) - 1 if index else column
            if cell.group("data") is not None:
                cells[column] = cell.span("data")
            column += 1
        if names is None:
            values = {position: text[start:end].strip() for position, (start, end) in cells.items()}
            if _names_columns(list(values.values())):
                names = [values.get(position, "") for position in range(max(values) + 1)]
            elif len(cells) == 1:
                start, end = next(iter(cells.values()))
                title = ("标题", text[start:end], (start, end))
            continue
        for position, (start, end) in cells.items():
            name = names[position] if position < len(names) else ""
            layout.literals.append(Literal(start, end, name, row.start(), "plain"))
            layout.records.setdefault(row.start(), []).append((name, text[start:end], (start, end)))
        if title is not None and row.start() in layout.records:
            layout.records[row.start()].append(title)
    return layout if layout.literals else None


# ---------------------------------------------------------------- labelled lines

# A label as printed: its characters may be spaced out to align a column (案　　号, 当 事 人).
_LISTING_LABEL = "|".join(
    "[\x20\t\u3000\xa0]*".join(map(regex.escape, label))
    for label in sorted(lexicon.LISTING_LABELS, key=len, reverse=True)
)
# What a role's label says in brackets after it: 上诉人（原审原告）：.
_LABEL_ASIDE = r"(?:[（(][^（）()\n:：]{1,10}[)）])?"
# A second label for the same value: 审判长/独任审判员：.
_OR_LABEL = rf"(?:[/／](?:{_LISTING_LABEL}))?"
# 案号：…, or in brackets with no colon: 【案　　号】…, or a two-column table's row (案号\t…, a label and its value);
# the next label on the line after two spaces or a full-width one.
_LABELLED = grammar.compile_pattern(
    rf"(?:【[\x20\t\u3000\xa0]*(?P<label>{_LISTING_LABEL})[\x20\t\u3000\xa0]*】"
    rf"|(?P<label>{_LISTING_LABEL}){_OR_LABEL}{_LABEL_ASIDE}(?:[\x20\t\u3000\xa0]*[:：]|\t(?=[^\t\n]+$)))"
    r"[\x20\t\u3000\xa0]*(?P<value>[^\n]*?)[\x20\t\u3000\xa0]*"
    rf"(?=(?:[\x20\t\u3000\xa0]{{2,}}|\u3000)(?:{_LISTING_LABEL}){_OR_LABEL}[\x20\t\u3000\xa0]*[:：]|$)",
    regex.MULTILINE,
)
# Where a labelled line's match may start: the standard library's re skips ahead fast to the labels' words (regex
# tries _LABELLED at every character); _LABELLED is then matched there only (see grammar._matches_at_places).
_LABEL_START = re.compile(f"【|{_LISTING_LABEL}")
_LABEL_SPACES = str.maketrans("", "", " \t\u3000\xa0")
_LINE_START = grammar.compile_pattern(r"^[\x20\t\u3000\xa0]*", regex.MULTILINE)


def _labelled_lines(text: str, layout: Layout) -> None:
    """Runs of labelled lines (案号：… 开庭时间：… 当事人：…) as records, one a run; a label met
    again starts the next run. Their values are fields, not containers."""
    group: int | None = None
    seen: set[str] = set()
    last_line = -2
    done = line = counted = previous_end = 0  # (line ends counted on from the match before, not from the page's start)
    for start in _LABEL_START.finditer(text):
        match = _LABELLED.match(text, start.start()) if start.start() >= done else None
        if match is None:
            continue
        done = match.end()
        line += text.count("\n", counted, match.start())
        counted = match.start()
        line_start = text.rfind("\n", 0, match.start()) + 1
        first_on_line = text[line_start : match.start()].strip(" \t\u3000\xa0") == ""
        if first_on_line and line - last_line > 2 and not _labels_between(text, previous_end, line_start):
            group = None  # a gap: another run (not lines of labels it does not know: 公告期：…, 【法官】…)
        if not first_on_line and line != last_line:
            continue  # a label inside a sentence ("…，开庭时间：…")
        label = match.group("label").translate(_LABEL_SPACES)
        if group is None or label in seen:
            group, seen = -(match.start() + 1), set()  # negative: never a brace's or a row's offset
            number = _case_line_over(text, line_start)
            if number is not None:  # (the case's number alone on the line over its fields: （2026）…号 / 开庭时间：…)
                layout.records.setdefault(group, []).append(("案号", text[slice(*number)], number))
        seen.add(label)
        last_line, previous_end = line, match.end()
        if match.group("value"):
            layout.records.setdefault(group, []).append((label, match.group("value"), match.span("value")))
            # (Its values numbered a line each: 受送达人：1.某公司 / 　　　　2.高某某.)
            while (item := _NUMBERED_GOES_ON.match(text, done)) is not None and _NUMBERED.match(match.group("value")):
                layout.records[group].append((label, item.group("value"), item.span("value")))
                done = item.end()


def _case_line_over(text: str, line_start: int) -> Span | None:
    """A case number alone on the line just over ``line_start`` (blank lines apart), where it stands."""
    end = line_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].strip(" \t\u3000\xa0")
    found = list(find_case_numbers(line)) if line else []
    if len(found) != 1 or found[0][0] != line:
        return None
    at = text.index(line, start)
    return at, at + len(line)


# A labelled value numbered (1.某公司), and the next numbered one on a line of its own under it, indented.
_NUMBERED = grammar.compile_pattern(r"[0-9０-９]{1,2}[.．、]")
_NUMBERED_GOES_ON = grammar.compile_pattern(
    r"\n[\x20\t\u3000\xa0]+(?P<value>[0-9０-９]{1,2}[.．、][^\n]*?)[\x20\t\u3000\xa0]*(?=\n|$)"
)
# A line that is a label and its value (公告期：…, 【法官】某某), whatever the label: a form's line.
_LABEL_SHAPED = grammar.compile_pattern(
    r"[\x20\t\u3000\xa0]*(?:【[^】\n]{1,8}】|\p{Han}[\p{Han}\x20\u3000]{0,9}(?:[:：]|\t(?=[^\t\n]+$)))[^\n]*"
)
_MOST_UNKNOWN = 6  # lines of unknown labels a run of labelled lines goes on over, at the most


def _labels_between(text: str, start: int, end: int) -> bool:
    """Are the lines between two labelled lines all labels and values too (the other fields of a form)?"""
    lines = [line for line in text[start:end].split("\n")[1:] if line.strip()]
    return 0 < len(lines) <= _MOST_UNKNOWN and all(_LABEL_SHAPED.fullmatch(line) for line in lines)


def _day_rows(text: str, layout: Layout) -> None:
    """A schedule's sessions under their day (■ 2026年4月27日（星期一） / 上午9:00　第一仲裁庭　…号　申请人：某某 …),
    each a record: the day's date and the row's time, its room, its number and its labelled cells (申请人：, 案由：,
    备注：)."""
    if "\u3000" not in text and "   " not in text:
        return  # (no cells apart by a full-width space or aligning spaces: no such rows)
    for year in _DAY_OVER_SESSION.finditer(text):
        heading = grammar.match(grammar.DAY_HEADING_LINE_RE, text, text.rfind("\n", 0, year.start()) + 1)
        if heading is None:
            continue
        at = heading.end() + 1
        last: list[tuple[str, str, Span | None]] | None = None  # the row read last, its line just above
        while at < len(text):
            line_end = text.find("\n", at)
            line_end = len(text) if line_end < 0 else line_end
            row = grammar.match(grammar.DAY_ROW_RE, text, at, line_end)
            if row is None:
                under = _labelled_cells(text, at, line_end) if last else None
                if last is not None and under:
                    last += under  # (its parties on the line under it: 原告：某某　被告：某某; the next row after)
                    at = line_end + 1
                    continue
                if last and _goes_on_row(text[at:line_end]):
                    # (its last cell wrapped: 原告某某诉被告太原晋阳钢材 / 加工有限公司买卖合同纠纷; printed in pieces)
                    name, value, _ = last[-1]
                    last[-1] = (name, value + text[at:line_end].strip(), None)
                    at, last = line_end + 1, None
                    continue
                if text[at:line_end].strip():
                    break  # (a blank line may part two rows; any other line ends the day)
                at, last = line_end + 1, None
                continue
            cells = [
                field
                for found in grammar.finditer(grammar.DAY_ROW_CELL_RE, text, row.start("cells"), row.end("cells"))
                for field in _day_cell(found.group("cell"), found.start("cell"))
            ]
            last = None
            if any(name in ("案号", "案件") or grammar.ROLE_RE.fullmatch(name) for name, _, _ in cells):
                # (a case's session, by its number or its parties: not a day's programme, 上午9:00　开幕式　…)
                printed = heading.group("weekday")
                weekday = [(lexicon.DAY_ABOVE_WEEKDAY_KEY, printed, heading.span("weekday"))] if printed else []
                last = layout.records[-(row.start() + 1)] = [  # negative: never a brace's or a table row's offset
                    (lexicon.DAY_ABOVE_KEY, heading.group("day"), heading.span("day")),
                    *weekday,  # (the day's weekday as printed, checked against the day: 2026年12月16日（星期四）)
                    ("开庭时间", row.group("time"), row.span("time")),
                    *cells,
                ]
            at = line_end + 1


def _labelled_cells(text: str, start: int, end: int) -> list[tuple[str, str, Span | None]]:
    """The cells of the line under a day's row when each is a role's label and its names (原告：某某　被告：某某)."""
    pieces = [piece for piece in regex.split(r"(\u3000|\x20{2,})", text[start:end]) if piece.strip(" \u3000")]
    fields: list[tuple[str, str, Span | None]] = []
    at = start
    for piece in pieces:
        at = text.index(piece, at)
        cell = _day_cell(piece.strip(), at + len(piece) - len(piece.lstrip()))
        label = _CELL_LABEL.match(piece.strip())
        if not cell or label is None or grammar.ROLE_RE.fullmatch(label.group("label")) is None:
            return []
        fields += cell
        at += len(piece)
    return fields


def _goes_on_row(line: str) -> bool:
    """Is ``line``, under a day's row, the rest of the row's last cell wrapped: one piece of words, no sentence, no
    row of its own (注：以上案件…, 欢迎旁听。 end the day)?"""
    words = line.strip()
    return (
        0 < len(words) <= _WRAPPED_CELL
        and not _ALIGNED_GAP.search(words)
        and not any(mark in words for mark in "。：:")
        and _ITEM.match(words) is None
    )


_WRAPPED_CELL = 40  # characters of a cell's wrapped rest, at the most
_ALIGNED_GAP = grammar.compile_pattern(grammar.ALIGNING_SPACES + "|\u3000")
_ITEM = grammar.compile_pattern(grammar.ITEM_NUMBER, regex.VERBOSE)


# A date's 年 ending its line, a time opening the next (or the one after a blank line): where a day's heading over
# its sessions may stand (the standard library's re skips ahead to 年, a literal; DAY_HEADING_LINE_RE is matched
# there only: a page of prose indented by full-width spaces is not searched line by line).
_DAY_OVER_SESSION = re.compile(
    r"年[^\n]{0,48}\n(?:[ \t\u3000\xa0]*\n)?[ \t\u3000\xa0]*(?:[0-9０-９]{1,3}[、.．][ \t\u3000\xa0]*)?"
    r"(?:上午|下午|中午|晚上)?[0-9０-９]"
)


def _day_cell(cell: str, start: int) -> list[tuple[str, str, Span | None]]:
    """A day row's cell as a field: a labelled value (申请人：某某) under its label, a room, or a case's number."""
    label = _CELL_LABEL.match(cell)
    if label is not None:
        return [(label.group("label"), cell[label.end() :], (start + label.end(), start + len(cell)))]
    if grammar.fullmatch(grammar.CASE_NUMBER_RE, cell):
        return [("案号", cell, (start, start + len(cell)))]
    if _ROOM_CELL.search(cell):
        return [("开庭地点", cell, (start, start + len(cell)))]
    if grammar.search(grammar.ROLE_WORD_RE, cell) is not None or "诉" in cell:
        return [("案件", cell, (start, start + len(cell)))]  # 原告某某诉被告某某买卖合同纠纷: its sides and cause
    if cell.endswith(lexicon.CAUSE_TAILS):
        return [("案由", cell, (start, start + len(cell)))]  # 买卖合同纠纷, its parties on the line under it
    return []


_CELL_LABEL = grammar.compile_pattern(r"(?P<label>[^：:\s]{1,8})[：:]\s*")
_ROOM_CELL = grammar.compile_pattern(f"(?:{grammar.alt(lexicon.ROOM_NOUNS)})$")


def _holds_text(text: str, layout: Layout) -> bool:
    """Does any value of ``layout`` hold the text a notice may stand in?"""
    return any(lit.end - lit.start >= MIN_CONTAINER and _holds_words(text, lit) for lit in layout.literals)


def _holds_words(text: str, literal: Literal) -> bool:
    """Does the string hold Chinese text at all (a notice needs some)? Counted as read: a JSON dump
    may write every character as \\u escapes."""
    value = _value(text, literal) if literal.quoting == "code" else text[literal.start : literal.end]
    return any(count >= MIN_HAN for count, _ in enumerate(_HAN.finditer(value), 1))


def containers(text: str, layout: Layout) -> list[tuple[Span, Literal | None]]:
    """The stretches of a page a notice may stand in: each value string long enough to hold
    one, and the text between them. In source offsets; ``None`` for the text between."""
    spans: list[tuple[Span, Literal | None]] = []
    at = 0
    fragments = iter(layout.fragments)  # (in page order, as the literals are: each a gap's part that is no text)
    fragment = next(fragments, None)
    for literal in layout.literals:
        if literal.cell or literal.end - literal.start < MIN_CONTAINER or not _holds_words(text, literal):
            continue
        while fragment is not None and fragment[1] <= literal.start:
            if fragment[0] > at:
                spans.append(((at, fragment[0]), None))
            at, fragment = max(at, fragment[1]), next(fragments, None)
        if literal.start - 1 > at:
            spans.append(((at, literal.start - 1), None))
        spans.append(((literal.start, literal.end), literal))
        at = literal.end + 1
    for start, end in [fragment, *fragments] if fragment is not None else []:
        if start > at:
            spans.append(((at, start), None))
        at = max(at, end)
    if at < len(text) or not spans:
        spans.append(((at, len(text)), None))

    return spans
