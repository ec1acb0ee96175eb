"""Case numbers (案号) as printed, written out whole.

"青黄劳人仲案字[2026]第20406、20547号" names two cases; a clerk searching the
court's register needs both written out: "青黄劳人仲案字[2026]第20406号" and
"青黄劳人仲案字[2026]第20547号". Brackets and digits stay as printed.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from notices import grammar, lexicon
from notices.catalogue import finding
from notices.models import Finding, Span

_SPACE_CHARACTERS = " \t\u3000\xa0"
_SPACES = str.maketrans("", "", _SPACE_CHARACTERS)
# A number's digits as written out: the letters O and l that OCR reads for a 0 and a 1 among them are the digits
# (〔2O25〕第O968号, 民初l5520号).
_DIGITS = str.maketrans({**lexicon.OCR_DIGITS, **dict.fromkeys(_SPACE_CHARACTERS)})
# In a court's code such a letter beside a digit is OCR's digit too (黑81O5, 辽0l03); elsewhere in it a letter may be a
# letter.
# (A run of them with a digit: 辽0l03, 鲁02ll.)
_CODE_O = grammar.compile_pattern(r"[0-9０-９OＯl]*[0-9０-９][0-9０-９OＯl]*")
_GROUP = grammar.group_numbers(grammar.CASE_NUMBER_RE)
_HEAD = [_GROUP[name] for name in ("prefix", "open", "year", "close", "court")]
_YEAR = _GROUP["year"]
_NIAN = grammar.group_numbers(grammar.CASE_NUMBER_WITH_NIAN_RE)
_RANGE = grammar.compile_pattern(r"[-－—~～至]")
# A printed range is written out only when it is this short (a typo "1-99999" names no list).
MAX_RANGE = 50


def expand(match: regex.Match[str], printed: str | None = None) -> list[str]:
    """Every case number a CASE_NUMBER match names, each written out whole.

    ``printed`` is the text as printed, when the match was made on its folded form
    (see ``fold``): the number is written with the printed characters (號 stays 號)."""
    text = match.string if printed is None else printed

    def part(group: int) -> str:
        start, end = match.span(group)
        return text[start:end] if start >= 0 else ""

    head = "".join(
        part(number).translate(_DIGITS)
        if number == _YEAR
        else _CODE_O.sub(lambda o: o.group().translate(_DIGITS), part(number))
        for number in _HEAD
    )
    spans = match.spans(_GROUP["seq"])
    sequences = [text[s:e].translate(_DIGITS) for s, e in spans]
    numbered = sequences[0].startswith("第")
    digits: list[str] = []
    for index, seq in enumerate(sequences):
        number = seq.removeprefix("第")
        between = text[spans[index - 1][1] : spans[index][0]] if index else ""
        if _RANGE.search(between) and digits:
            # 第231-233号: every number of the range, as wide as printed (0417-0420 → 0418, 0419).
            first, last = int(digits[-1]), int(number)
            if 0 < last - first <= MAX_RANGE:
                digits += [str(n).zfill(len(number)) for n in range(first + 1, last)]
        digits.append(number)
    whole = []
    for number in digits:
        # "第20406、20547号": the 第 printed once belongs to every number of the list.
        seq = "第" + number if numbered else number
        # 号 as printed: a number printed without it is kept so, and reported by validation.
        whole.append(f"{head}{seq}{part(_GROUP['hao'])}{part(_GROUP['suffix'])}".translate(_SPACES))
    return whole


# What a case number's register ends with, right before its bracketed year (CASE_NUMBER's prefix).
_REGISTER_END = grammar.compile_pattern(rf"(?:{grammar.alt(lexicon.CASE_PREFIX_ENDS)})\Z")
# A report's own number, in brackets after its title or labelled so: 《房地产估价报告》（浙华估字（2026）第0317号）,
# 评估报告（报告编号：粤××评字〔2033〕第0416号）; or a number a correction says was misprinted (案号误写为
# （2036）…518号，现更正为…581号). No case's.
_NOT_THE_CASES = grammar.compile_pattern(
    r"(?:报告》[（(]|报告(?:编号|文号)[：:])[^（）()\n]{0,12}$|[误错](?:写|印|载|录)?[为成作][“\"「]?$"
)
_NOT_THE_CASES_REACH = 16


def find_case_numbers(
    text: str, start: int = 0, end: int | None = None, printed: str | None = None
) -> Iterator[tuple[str, Span]]:
    """Each case number in ``text[start:end]`` with the span of its printed group, in order."""
    end = len(text) if end is None else end
    found: list[tuple[int, list[str], Span]] = []
    done = start
    # The full rule tried at every position is slow; the bracketed year is a cheap anchor,
    # and the leftmost match around it is searched for from the longest prefix before it.
    # Searches start further on at each year, so a search that went past the next years
    # answers for them too: each stretch of the body is searched once ("[2026]1、" repeated
    # was searched to the end from every bracket: quadratic).
    ahead: regex.Match[str] | None = None  # the leftmost match after the last search's start
    searched = False
    last = -1  # where the year before this one stands
    for year in grammar.finditer(grammar.CASE_YEAR_RE, text, start, end):
        before, last = last, year.start()
        if year.start() < done:
            continue
        from_ = max(done, year.start() - grammar.CASE_PREFIX_MAX)
        if not searched or (ahead is not None and ahead.start() < from_):
            # A match starts before the bracket only with a register glued to it (青黄劳人仲案字[2026]) or at a year
            # before it: else the search starts at the bracket, not at every character of the prefix's reach.
            early = before >= from_ or _REGISTER_END.search(text, from_, year.start()) is not None
            ahead, searched = grammar.search(grammar.CASE_NUMBER_RE, text, from_ if early else year.start(), end), True
        if ahead is None:
            break  # no match anywhere after: none at a later year either
        if ahead.start(_GROUP["open"]) != year.start():
            continue
        searched = False
        done = ahead.end()
        if _NOT_THE_CASES.search(text, max(start, ahead.start() - _NOT_THE_CASES_REACH), ahead.start()) is None:
            found.append((ahead.start(), expand(ahead, printed), ahead.span()))
    # 2015年海行初字第01392号: the number of a ruling cited in an appeal, printed with 年.
    for anchor in grammar.finditer(grammar.NIAN_CASE_ANCHOR_RE, text, start, end):
        match = grammar.match(grammar.CASE_NUMBER_WITH_NIAN_RE, text, anchor.start(), end)
        if match is not None:
            source = match.string if printed is None else printed
            found.append((match.start(), [source[match.start() : match.end()]], match.span()))
    found.sort(key=lambda item: item[0])
    for _, numbers, span in found:
        for number in numbers:
            yield number, span


def cut_case_numbers(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Where ``text[start:end]`` prints a court's case number cut before its serial (（2026）鲁0202民初): no number
    to read, but one a clerk must be told of."""
    return [match.span() for match in grammar.finditer(grammar.CASE_NUMBER_CUT_RE, text, start, end)]


def cut_number_finding(printed: str, span: Span | None) -> Finding:
    """The finding for a case number cut before its serial, printed as ``printed``."""
    zh = f"案号“{printed}”缺少序号，未读取"
    en = f"the case number '{printed}' has no serial number and is not read"
    return finding("case_number_malformed", span, zh, en)
