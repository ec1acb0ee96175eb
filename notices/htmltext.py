"""An HTML page as the text a reader sees: block boundaries kept as line breaks.

Scripts, styles and other invisible parts are dropped; entities are decoded by
the parser (lxml). Spans of records read from HTML index this text.

Odd pages are read, not refused: an XML declaration, a page of comments only,
a page nested thousands of elements deep (libxml2's limit is raised to its
2,048). What cannot be read is an InputError, one line; lxml's own errors carry
an error log that cannot cross to another process, so none leaves this module.
"""

from __future__ import annotations

import copy
import re

import lxml.html
from lxml import etree

from notices.errors import InputError

# Elements that start a new line of text where a browser would.
BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
CELLS = frozenset(("td", "th"))
TABLE_PARTS = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_DATA_COLUMN = 3
INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg"))


def _after_term(element: lxml.html.HtmlElement) -> bool:
    """Is ``element`` (a dd) the value of the term just before it (a dt)?"""
    before = element.getprevious()
    return before is not None and before.tag == "dt"


def _before_value(element: lxml.html.HtmlElement) -> bool:
    """Is ``element`` (a dt) a term whose value (a dd) follows it?"""
    after = element.getnext()
    return after is not None and after.tag == "dd"


def _follows_link(element: lxml.html.HtmlElement) -> bool:
    """Is ``element`` right after a link, nothing printed between them (<a>首页</a><a>法院要闻</a>)?"""
    before = element.getprevious()
    return before is not None and before.tag == "a" and not before.tail


def _parse(page: str, name: str) -> lxml.html.HtmlElement | None:
    """The page's tree (None when it has no element at all), or an InputError."""
    # Given as UTF-8 bytes with the encoding named, so that the page's own declarations
    # (<?xml encoding=…?>, <meta charset>) are not read again: it is text already.
    # (Comments dropped as the page is parsed: the words after one, <em><!--red_beg-->公告<!--red_end--></em>, or
    # a pasted fragment's <!--StartFragment-->张三：, are its text; a tree walk skips them with the comment.)
    parser = lxml.html.HTMLParser(encoding="utf-8", huge_tree=True, remove_comments=True)
    try:
        root = lxml.html.document_fromstring(page.encode("utf-8", "surrogatepass"), parser=parser)
    except etree.ParserError:
        return None  # "Document is empty": comments or white space only
    except (etree.LxmlError, ValueError) as error:
        raise InputError(name, f"not readable as HTML ({str(error).splitlines()[0]})") from None
    fatal = parser.error_log.filter_from_level(etree.ErrorLevels.FATAL)
    if fatal:
        # Past a limit (nesting depth) the parser drops the rest of the page: say so, never lose it silently.
        raise InputError(name, f"not readable as HTML ({fatal[0].message.split(',')[0]})")
    return root


def _holds_page_data(script: lxml.html.HtmlElement) -> bool:
    """Does ``script`` hold the page's data, which an app page shows only once it runs (its notices too): JSON
    (Next's __NEXT_DATA__, Nuxt 3's __NUXT_DATA__) or state a script assigns (window.__NUXT__={…},
    window.__INITIAL_STATE__=…)? Not code, nor a tracker's settings."""
    text = script.text or ""
    kind = (script.get("type") or "").lower()
    if "json" in kind or _STATE_ASSIGNED.match(text) is not None:
        return True
    # (A site's article written in by its script: var content = "<p>…公告…</p>"; element.innerHTML = '…'; or kept
    # in the data it shows: const data = [{…content:"某某：本院…"}].)
    return _STRING_ASSIGNED.search(text) is not None and len(_HAN.findall(text)) >= _PAGE_HAN


def _is_linked_data(script: lxml.html.HtmlElement) -> bool:
    return (script.get("type") or "").strip().lower() == "application/ld+json" and bool(script.text)


_STATE_ASSIGNED = re.compile(r"\s*(?:window\.|self\.)__\w+__\s*=")
# (or its data, an object literal a framework's script keeps: SvelteKit's const data = [null,{type:"data",data:{…}}])
_STRING_ASSIGNED = re.compile(r"""(?:\b(?:var|let|const)\s+[\w$]+|\.innerHTML)\s*=\s*["'`\[{]""")
_HAN = re.compile("[\u4e00-\u9fff]")
_PAGE_HAN = 40  # Chinese characters a script's strings hold, at the least, when they are the page's text


def _hidden_text(element: lxml.html.HtmlElement) -> str | None:
    """The page's text a form field holds where no one sees it, its markup escaped in its value (<input
    type="hidden" value="&lt;p&gt;公告&lt;/p&gt;…">), as a site's template fills it for its script to show."""
    value = element.get("value") or ""
    return html_to_text(value) if len(_HAN.findall(value)) >= _PAGE_HAN else None


def _shown_text(image: lxml.html.HtmlElement) -> str | None:
    """The text a picture shows, where its alt text gives it (a post's scanned notice, alt="某某法院公告 某某：本院…"),
    not a picture's label (alt="图片", "二维码")."""
    words = (image.get("alt") or "").strip()
    return words if len(_HAN.findall(words)) >= _PAGE_HAN else None


def _is_data_row(row: lxml.html.HtmlElement) -> bool:
    """Is ``row`` a table's row of data (序号 | 纳税人名称 | 文书文号), not of a page's layout? Three cells or more,
    none holding more than a short value: a layout's cell holds the page's text (a notice)."""
    cells = [child for child in row if child.tag in CELLS]
    return len(cells) >= _DATA_COLUMN and all(_is_short(cell) for cell in cells)


def _is_short(cell: lxml.html.HtmlElement) -> bool:
    """Does ``cell`` hold at most a short value? (Counted only that far: a page may nest tables deep.)"""
    length = 0
    for piece in cell.itertext():
        length += len(piece)
        if length > _DATA_CELL:
            return False
    return True


_DATA_CELL = 100  # characters a cell of data holds at the most
_NOFRAMES = re.compile(r"</?noframes\b[^>]*>", re.IGNORECASE)
_FRAMESET = re.compile(r"<frameset\b.*</frameset\s*>", re.IGNORECASE | re.DOTALL)
_JOIN = "\x00"  # where two pieces of a line join (lxml reads no NUL in a page)
_JOINED = re.compile(f"(?P<latin>(?<=[A-Za-z]){_JOIN}+(?=[A-Za-z]))|{_JOIN}+")


def _spread_spans(root: lxml.html.HtmlElement) -> None:
    """Each cell that spans rows written again in every row it covers (a day's cell over its sessions: <td
    rowspan="2">2026-03-16</td>), and one that spans columns followed by empty cells (a group's name over its
    columns: <th colspan="3">开庭安排</th>), so that each row read as a line of tab-separated cells has a cell under
    each name of the header."""
    for table in root.iter("table"):
        rows = [row for row in table.iter("tr") if _table_of(row) is table]
        if not any(cell.get("rowspan") or cell.get("colspan") for row in rows for cell in row if cell.tag in CELLS):
            continue
        below: dict[int, tuple[int, lxml.html.HtmlElement]] = {}  # column → (rows still to cover, the cell)
        for row in rows:
            cells = [cell for cell in row if cell.tag in CELLS]
            spread: list[lxml.html.HtmlElement] = []
            column = 0
            for cell in [*cells, None]:
                while column in below:  # the cells of rows above that reach down into this one
                    left, above = below.pop(column)
                    spread.append(_copy(above))
                    if left > 1:
                        below[column] = (left - 1, above)
                    column += 1
                if cell is None:
                    break
                width, height = _span_of(cell, "colspan"), _span_of(cell, "rowspan")
                for offset in range(width):
                    spread.append(cell if offset == 0 else _blank(cell))
                    if height > 1:
                        below[column] = (height - 1, cell if offset == 0 else _blank(cell))
                    column += 1
            for cell in cells:
                row.remove(cell)
            row.extend(spread)


def _table_of(row: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    """The table a row is a row of (not a table around the one it stands in)."""
    parent = row.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span_of(cell: lxml.html.HtmlElement, attribute: str) -> int:
    """A cell's rowspan or colspan: 1 when unset, not a small number (a page may write anything there), or when
    the cell holds more than a value (a layout's cell holding a notice is not written twice)."""
    value = (cell.get(attribute) or "1").strip()
    if not value.isdigit() or not 0 < int(value) <= _MOST_SPANNED:
        return 1
    return int(value) if len(cell.text_content().strip()) <= _LONGEST_SPREAD else 1


_MOST_SPANNED = 50  # rows or columns one cell may cover, at the most
_LONGEST_SPREAD = 60  # characters of a spanning cell written again: a day, a room, a group's name, a party or two


def _blank(cell: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """An empty cell where one spans columns: its value is written once, in its first (a page's title across a
    layout's two columns is no title twice; a group's name over its columns, see containers._header)."""
    return lxml.html.Element(cell.tag)


def _copy(cell: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A cell written again where it spans: its text whole, no span of its own, no tail (the white space after)."""
    copied = copy.deepcopy(cell)
    for attribute in ("rowspan", "colspan"):
        copied.attrib.pop(attribute, None)
    copied.tail = None
    return copied


def html_to_text(page: str, name: str = "<page>") -> str:
    """The visible text of ``page``, one line per block; ``name`` names it in an InputError."""
    if _NOFRAMES.search(page) is not None and _FRAMESET.search(page) is not None:
        # An old site's page of frames (top.asp, left.asp, main.asp) prints its text for browsers without frames in
        # <noframes>, which an HTML parser keeps as raw text: its markup is read as the page's, the frames left out.
        page = _NOFRAMES.sub("", _FRAMESET.sub("", page))
    root = _parse(page, name) if page.strip() else None
    if root is None:
        return ""
    _spread_spans(root)
    out: list[str] = []
    cells: list[int] = []  # per open table row, the cells begun so far
    data_rows: list[bool] = []  # per open table row, whether it is a row of data (see _is_data_row)
    # Per open cell: has text stood in it yet; has a block closed in it since (its next text starts a line).
    open_cells: list[list[bool]] = []
    hidden: list[str] = []  # the page's text held in form fields' values and pictures' alt texts (_hidden_text)

    def in_cell() -> bool:
        """Is the innermost open part of a table a cell (not a row of a table inside one)?"""
        return bool(open_cells) and len(open_cells) == len(cells)

    def cell_break() -> str:
        """Between two paragraphs of a cell: a line break, or in a row of data a wide space (the row stays a line)."""
        return "  " if data_rows[-1] else "\n"

    def add(text: str) -> None:
        if in_cell() and text.replace(_JOIN, "").strip():
            cell = open_cells[-1]
            if cell[1]:
                out.append(cell_break())
            cell[:] = [True, False]
        out.append(text)

    # Iterative, not recursive: a hostile page may nest elements thousands deep.
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""  # comments have no str tag
        if event == "start":
            if tag in INVISIBLE or not tag:
                if tag == "script" and _holds_page_data(element):
                    out.append(f"\n{element.text}\n")  # (read as code's strings are: see containers)
                elif tag == "head":
                    # (A news page's article as linked data, its whole text in "articleBody" where the page shows
                    # a teaser: kept in the head.)
                    out += [f"\n{script.text}\n" for script in element.iter("script") if _is_linked_data(script)]
                walker.skip_subtree()
                continue
            if tag == "a" and _follows_link(element):
                out.append(" ")  # links printed side by side, as a site's menu is (首页 法院要闻 开庭公告): words apart
            if tag == "input" and (held := _hidden_text(element)) is not None:
                hidden.append(held)
            if tag == "img" and (shown := _shown_text(element)) is not None:
                hidden.append(shown)  # (a scanned notice posted as a picture, its words in its alt text)
            if tag == "tr":
                cells.append(0)
                data_rows.append(_is_data_row(element))
            if tag in CELLS and cells:
                # A table row is one line, its cells separated by tabs: read as a table (containers); the rows
                # of a table stand on lines one after the other.
                if cells[-1]:
                    out.append("\t")
                elif not (out and out[-1].endswith("\n")):
                    out.append("\n")
                cells[-1] += 1
                open_cells.append([False, False])
            elif tag == "dd" and _after_term(element):
                out.append("\t")  # a definition list's term and its value, one line (<dt>案号：</dt><dd>…</dd>)
            elif tag in BLOCKS and tag != "tr":  # (a row's line starts at its first cell)
                # A cell's paragraph (Word's <td><p>1</p></td>) is the cell's text: a line only after other text.
                if not in_cell():
                    out.append("\n")
                else:
                    if open_cells[-1][0]:
                        out.append(cell_break())
                    open_cells[-1][1] = False
            elif tag == "br":
                # One line break, where a block leaves a blank line; within a data table's cell (of a row of data,
                # or the third of its row or later: a layout table's text stands in its first columns), a wide
                # space, so that the row stays one line (原告：某公司<br>被告：张三 → 原告：某公司  被告：张三).
                out.append("  " if cells and (data_rows[-1] or cells[-1] >= _DATA_COLUMN) else "\n")
            if element.text and not (tag in TABLE_PARTS and element.text.isspace()):
                add(element.text)
        else:
            if tag == "tr" and cells:
                cells.pop()
                data_rows.pop()
            if tag in CELLS and in_cell():
                open_cells.pop()
            elif tag == "dt" and _before_value(element):
                pass  # (its value goes on on the line)
            elif tag in BLOCKS and not (tag in CELLS and cells):
                if in_cell():
                    open_cells[-1][1] = open_cells[-1][0]  # (the cell's next text, if any, starts a line)
                else:
                    out.append("\n")
            # (The layout's white space between a table's cells and rows is not text; the source's line break
            # between two pieces of a line, an OCR page's or a PDF viewer's <span>s, breaks no line: the pieces
            # join, with a space between two Latin words, see _JOINED.)
            tail = element.tail
            # (Nor is the source's line break after a cell's paragraph: <td><p>1</p>\n  </td> keeps the row a line.)
            spacing = tail is not None and tail.isspace() and (tag in TABLE_PARTS or (in_cell() and "\n" in tail))
            if tail and element is not root and not spacing:
                add(_JOIN if tag not in BLOCKS and "\n" in tail and tail.isspace() else tail)
    if hidden:
        shown = "".join(_HAN.findall("".join(out)))
        # (A field's or a picture's text that the page shows too is read once, where it is shown.)
        out += [f"\n{held}\n" for held in hidden if "".join(_HAN.findall(held))[:_PAGE_HAN] not in shown]
    # Collapse the blank lines that nested blocks leave, and spaces at line ends.
    joined = _JOINED.sub(lambda join: " " if join.group("latin") else "", "".join(out))
    lines = [line.strip(" \r").rstrip("\t") for line in joined.split("\n")]
    text, blank = [], False
    for line in lines:
        if line or not blank:
            text.append(line)
        blank = not line
    return "\n".join(text).strip("\n") + "\n"
