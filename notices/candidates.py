"""Where in a page notices may stand: the stretches near the words every notice prints.

Most of a newspaper's or a site's text is news, and the segmenter reads every line it is given. Text
farther than ``REACH`` characters from all of ``grammar.NOTICE_EVIDENCE``'s words (公告, 本院, 法院,
开庭, 送达 …) holds no notice: it is passed over, and each window around the words is read as a
chunk is (offsets moved by its start). One scan of the standard library's re finds the words.

A page is one window where reading it whole may matter far from the words: values the containers
read (a table, XML, code's strings, a Markdown table: their records run on past any notice word),
and a newspaper's masthead (its date dates every notice on the page).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from notices import grammar
from notices.containers import holds_layout
from notices.segment import masthead

# Characters kept on each side of a notice's word: more than the longest stretch of a notice with
# none of them (a list of names before 本院, a long body between two 本院, the signature after them).
REACH = 4_000
_EVIDENCE = re.compile(grammar.NOTICE_EVIDENCE, re.VERBOSE)


def windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` to read, in order, apart, each from a line start to a line end."""
    if holds_layout(text) or masthead(text) is not None:
        return [(0, len(text))]
    spans: list[tuple[int, int]] = []
    for first, last in _runs(text):
        start = 0 if first <= REACH else text.rfind("\n", 0, first - REACH) + 1
        end = len(text) if last + REACH >= len(text) else (text.find("\n", last + REACH) + 1 or len(text))
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _runs(text: str) -> Iterator[tuple[int, int]]:
    """(start of the first word, end of the last) of each run of words less than ``REACH`` apart."""
    pos = 0
    while (hit := _EVIDENCE.search(text, pos)) is not None:
        end = hit.end()
        # The run's last word within reach: looked for in the far half of the reach first, so that a page
        # of notices (a word every few lines) is crossed half a reach at a time, not word by word.
        while True:
            later = _EVIDENCE.search(text, end + REACH // 2, end + REACH)
            if later is None:
                near = [*_EVIDENCE.finditer(text, end, end + REACH // 2)]
                if not near:
                    break
                later = near[-1]
            end = later.end()
        yield hit.start(), end
        pos = end
