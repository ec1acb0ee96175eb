"""Case numbers (案号) as printed, written out whole.

"青黄劳人仲案字[2026]第20406、20547号" names two cases; a clerk searching the
court's register needs both written out: "青黄劳人仲案字[2026]第20406号" and
"青黄劳人仲案字[2026]第20547号". Brackets and digits stay as printed.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from notices import grammar
from notices.models import Span

_SPACES = str.maketrans("", "", " \t\u3000\xa0")
_GROUP = grammar.group_numbers(grammar.CASE_NUMBER_RE)
_HEAD = [_GROUP[name] for name in ("prefix", "open", "year", "close", "court")]


def expand(match: regex.Match[str]) -> list[str]:
    """Every case number a CASE_NUMBER match names, each written out whole."""
    head = "".join(match.group(number) or "" for number in _HEAD)
    sequences = [s.translate(_SPACES) for s in match.captures(_GROUP["seq"])]
    # "第20406、20547号": the 第 printed once belongs to every number of the list.
    numbered = sequences[0].startswith("第")
    whole = []
    for seq in sequences:
        if numbered and not seq.startswith("第"):
            seq = "第" + seq
        # 号 as printed: a number printed without it is kept so, and reported by validation.
        whole.append(f"{head}{seq}{match.group(_GROUP['hao']) or ''}".translate(_SPACES))
    return whole


def find_case_numbers(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[str, Span]]:
    """Each case number in ``text[start:end]`` with the span of its printed group."""
    end = len(text) if end is None else end
    done = start
    # The full rule tried at every position is slow; the bracketed year is a cheap anchor,
    # and the leftmost match around it is searched for from the longest prefix before it.
    for year in grammar.finditer(grammar.CASE_YEAR_RE, text, start, end):
        if year.start() < done:
            continue
        from_ = max(done, year.start() - grammar.CASE_PREFIX_MAX)
        match = grammar.search(grammar.CASE_NUMBER_RE, text, from_, end)
        if match is None or match.start(_GROUP["open"]) != year.start():
            continue
        done = match.end()
        for number in expand(match):
            yield number, match.span()
