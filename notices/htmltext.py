"""An HTML page as the text a reader sees: block boundaries kept as line breaks.

Scripts, styles and other invisible parts are dropped; entities are decoded by
the parser (lxml). Spans of records read from HTML index this text.
"""

from __future__ import annotations

import lxml.html
from lxml import etree

# Elements that start a new line of text where a browser would.
BLOCKS = frozenset((
    "address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "fieldset", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
))  # fmt: skip
INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg"))


def html_to_text(page: str) -> str:
    """The visible text of ``page``, one line per block."""
    if not page.strip():
        return ""
    root = lxml.html.document_fromstring(page)
    out: list[str] = []
    # Iterative, not recursive: a hostile page may nest elements thousands deep.
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag if isinstance(element.tag, str) else ""  # comments have no str tag
        if event == "start":
            if tag in INVISIBLE or not tag:
                walker.skip_subtree()
                continue
            if tag in BLOCKS:
                out.append("\n")
            elif tag == "br":
                out.append("\n")  # one line break, where a block leaves a blank line
            if element.text:
                out.append(element.text)
        else:
            if tag in BLOCKS:
                out.append("\n")
            if element.tail and element is not root:
                out.append(element.tail)
    # Collapse the blank lines that nested blocks leave, and spaces at line ends.
    lines = [line.strip(" \t\r") for line in "".join(out).split("\n")]
    text, blank = [], False
    for line in lines:
        if line or not blank:
            text.append(line)
        blank = not line
    return "\n".join(text).strip("\n") + "\n"
