"""The grammar of a Chinese legal notice (公告), as named rules.

A notice reads, top to bottom::

    ISSUER LINE        青岛市黄岛区劳动人事争议仲裁委员会        (sometimes, above the heading)
    HEADING            公告 / 开庭公告 / 某某人民法院公告 / 关于…的公告 / 告 示
    CASE LINE          （2026）鲁0211民初1234号                  (sometimes)
    ADDRESSEE          青島某某有限公司、某某:   /   被申请人：某某公司
    BODY               本委已受理 CASE_INTRO（CASE_NUMBER）…送达《DOCUMENT》…
                       PERIOD 即视为送达。本委定于 DATE CLOCK 在 VENUE 开庭 …
    CLOSING            特此公告
    (contact lines)    联系人: CONTACT；联系电话: PHONE
    SIGNATURE          ISSUER
                       DATE

Any part may be missing: an API record's text starts at the addressee, a
court's session listing is one sentence (本院定于…在…开庭审理…一案), a page
excerpt ends before the signature. ``segment`` finds notices by the evidence
these rules recognise; ``extract``, ``parties``, ``timeparse`` and
``casenumbers`` turn matches into values. Rules hold no logic.

The rules read the *folded* text (see ``clean.fold``): traditional characters
are read as their simplified forms, one character for one, so 與, 訴, 開庭,
委員會 are the grammar's 与, 诉, 开庭, 委员会 and every offset still points at
the printed character.

Conventions: ``[0-9０-９]`` where digits are meant (``\\d`` would also take
other scripts' digits); every repeat is bounded; all patterns are compiled with
``regex.VERBOSE``, so spaces in them are layout and real spaces are written
``\\x20``/``\\u3000``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from notices import lexicon, rulecache

# A search of a rule that can backtrack stops after this many seconds: no input may hang the parser.
TIMEOUT = 2.0


def alt(words: Iterable[str]) -> str:
    """Any one of the literal ``words``, the longest first where more than one would match there (as an
    alternation of them, longest first): regex's named list ``\\L<name>``, whose words ``compile_pattern``
    passes. Regex compiles a list faster than an alternation of its words (the tool's start-up is mostly
    the grammar's compiling), and matches it no slower."""
    key = frozenset(words)
    if not key:
        return "(?:)"
    name = _LIST_NAMES.get(key)
    if name is None:
        name = _LIST_NAMES[key] = f"words{len(_LIST_NAMES)}"
        WORD_LISTS[name] = key
    return rf"(?:\L<{name}>)"


# The word lists of ``alt``, by the name its patterns give them.
WORD_LISTS: dict[str, frozenset[str]] = {}
_LIST_NAMES: dict[frozenset[str], str] = {}
_LIST_NAME = re.compile(r"\\L<(\w+)>")


def compile_pattern(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile`` of a pattern that may hold ``alt``'s word lists, kept between runs (see rulecache): every
    pattern of the modules that read a notice is compiled here."""
    lists: dict[str, Any] = {name: WORD_LISTS[name] for name in set(_LIST_NAME.findall(pattern))}
    return rulecache.compiled(pattern, flags, lists)


def alt_after_lazy(words: Iterable[str]) -> str:
    """``alt(words)`` led by a lookahead for the words' first characters, for use after a
    lazy repeat (``{HAN}{0,30}? 委员会|法院|…``). It changes no match, but regex tries the
    alternation at every step of the repeat, word by word; the lookahead makes most of
    those steps one character test."""
    words = list(words)
    firsts = "".join(sorted({regex.escape(word[0]) for word in words}))
    return f"(?: (?=[{firsts}]) {alt(words)} )"


# Rules whose repeats nest or follow one another, so that a match attempt can
# backtrack through many ways to split the text: these run with the time limit.
# The others try a bounded number of steps at each position and run without it,
# since setting a limit costs more per call (about 1.5 µs) than most of them take.
GUARDED: set[regex.Pattern[str]] = set()


def compile_rule(pattern: str, *, guarded: bool = True) -> regex.Pattern[str]:
    rule = compile_pattern(pattern, regex.VERBOSE | regex.MULTILINE)
    if guarded:
        GUARDED.add(rule)
    return rule


@dataclass(frozen=True)
class Anchor:
    """Words at least one of which every match of a rule holds (in what it matches, not in a lookaround),
    and, when known, how far after a match's start the first of them stands at the most."""

    words: re.Pattern[str]
    back: int | None = None
    # Tried only at the places the words allow (see ``anchor``), not searched for.
    at_places: bool = False


# A rule's anchor (see ``anchor``): where none of its words is printed, the rule is not run.
ANCHORS: dict[regex.Pattern[str], Anchor] = {}


def anchor(
    rule: regex.Pattern[str], words: Iterable[str], back: int | None = None, *, places: str | None = None
) -> None:
    """Give ``rule`` an anchor. The standard library's re finds a set of literal words by skipping
    ahead fast (regex tries a rule at every character), so a search first looks for the words: with
    none in the text searched, the rule cannot match; with ``back`` known, no match starts more than
    ``back`` characters before the first of them, and the search starts there. Either way the
    matches are the rule's own, and the same.

    ``places``, with ``back`` known: the rule is tried (an anchored match) only where it may start, at most
    ``back`` characters before one of the words or a match of ``places`` (a pattern for the standard
    library's re); not searched for. For a rule regex cannot search fast (one that starts with a
    lookbehind, an optional word or a class, so that regex tries it whole at every character)."""
    if places is None:
        ANCHORS[rule] = Anchor(literals(words), back)
    else:
        ANCHORS[rule] = Anchor(re.compile(f"{literals(words).pattern}|{places}"), back, at_places=True)


def literals(words: Iterable[str]) -> re.Pattern[str]:
    """Any of ``words``, longest first, for the standard library's re (which skips ahead fast to them)."""
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def _start(rule: regex.Pattern[str], text: str, pos: int, endpos: int | None) -> int | None:
    """Where a search of ``rule`` in ``text[pos:endpos]`` may start, or None where it cannot match."""
    found = ANCHORS.get(rule)
    if found is None:
        return pos
    hit = found.words.search(text, pos, len(text) if endpos is None else endpos)
    if hit is None:
        return None
    return pos if found.back is None else max(pos, hit.start() - found.back)


def _places(words: re.Pattern[str], back: int, text: str, pos: int, endpos: int) -> Iterator[int]:
    """Every place, in order, where a match may start: at most ``back`` characters before a place
    where one of ``words`` starts (overlapping ones too: each look starts one character on)."""
    tried = pos
    hit = words.search(text, pos, endpos)
    while hit is not None:
        place = hit.start()
        yield from range(max(tried, place - back), place + 1)
        tried = place + 1
        hit = words.search(text, tried, endpos)


def _matches_at_places(
    rule: regex.Pattern[str], found: Anchor, text: str, pos: int, endpos: int | None
) -> Iterator[regex.Match[str]]:
    """The matches ``rule.finditer`` gives, found by trying the rule only at the places its anchor allows:
    an anchored match, a few steps, at each, in place of a search that tries every character."""
    end = len(text) if endpos is None else endpos
    guarded = rule in GUARDED
    done = pos
    for start in _places(found.words, found.back or 0, text, pos, end):
        if start < done:
            continue
        match = rule.match(text, start, end, None, False, TIMEOUT) if guarded else rule.match(text, start, end)
        if match is not None:
            yield match
            done = max(match.end(), start + 1)  # (an empty match moves on one character, as finditer does)


def search(rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``rule.search``, with the time limit if the rule needs one (passed positionally: cheaper)."""
    found = ANCHORS.get(rule)
    if found is not None and found.at_places:
        return next(_matches_at_places(rule, found, text, pos, endpos), None)
    start = _start(rule, text, pos, endpos)
    if start is None:
        return None
    pos = start
    if rule in GUARDED:
        return rule.search(text, pos, endpos, None, False, TIMEOUT)
    return rule.search(text, pos, endpos)


def match(rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """``rule.match``, with the time limit if the rule needs one."""
    if rule in GUARDED:
        return rule.match(text, pos, endpos, None, False, TIMEOUT)
    return rule.match(text, pos, endpos)


def fullmatch(rule: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """``rule.fullmatch``, with the time limit if the rule needs one; not tried where its anchor's words are not."""
    if _start(rule, text, 0, None) is None:
        return None
    if rule in GUARDED:
        return rule.fullmatch(text, 0, None, None, False, TIMEOUT)
    return rule.fullmatch(text)


def finditer(
    rule: regex.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[regex.Match[str]]:
    """``rule.finditer``, with the time limit if the rule needs one."""
    found = ANCHORS.get(rule)
    if found is not None and found.at_places:
        return _matches_at_places(rule, found, text, pos, endpos)
    start = _start(rule, text, pos, endpos)
    if start is None:
        return iter(())
    pos = start
    if rule in GUARDED:
        return rule.finditer(text, pos, endpos, timeout=TIMEOUT)
    return rule.finditer(text, pos, endpos)


def without_kin(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """A name printed as kin of another's (韦建军之妻马秀兰, 鲍某之妻付某某): hers alone."""
    related = match(KIN_NAME_RE, text, *span)
    return related.span("name") if related is not None else span


def pieces(separator: regex.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between ``separator``'s matches in ``text[start:end]``, spaces around each left out (the names of a
    list, the cells of a line)."""
    found, at = [], start
    for gap in [*separator.finditer(text, start, end), None]:
        stop = end if gap is None else gap.start()
        piece = text[at:stop]
        left = len(piece) - len(piece.lstrip())
        found.append((at + left, at + len(piece.rstrip())))
        if gap is not None:
            at = gap.end()
    return found


# Matches give a group ~6× faster by number than by name (0.13 µs against 0.9 µs
# with regex 2026.11), and a notice reads dozens of groups: readers look the
# numbers up once per rule (``_GROUP = group_numbers(CASE_NUMBER_RE)``, then ``match.group(_GROUP["hao"])``).
def group_numbers(rule: regex.Pattern[str]) -> dict[str, int]:
    return dict(rule.groupindex)


# ---------------------------------------------------------------- characters
SP = r"[\x20\t\u3000\xa0]"  # horizontal space: ASCII, full-width, no-break
# The spaces between the cells of a table printed as text, aligning its columns (a tab apart, which is a cell's
# border): two or more.
ALIGNING_SPACES = r"[\x20\u3000\xa0]{2,}"
# Between two cells of a table aligned by spaces: a full-width space (a column's padding, once or more), or two
# half-width ones (a date and its time, 2019年6月18日 09:30, are apart by one: one cell).
CELL_GAP = r"[\x20\xa0]*\u3000[\u3000\x20\xa0]*|[\x20\xa0]{2,}"
WS = r"[\x20\t\u3000\xa0\r\n]"  # space or a line break (a sentence may wrap; \r: raw text read for a table's signature)
DIGIT = r"[0-9０-９]"
CN_DIGIT = r"[〇零○Ｏ一二三四五六七八九两]"
# An item's number in a list: 一、 2. ３．
ITEM_NUMBER = r"(?: (?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}) [.．、] )"
CN_NUMERAL = r"[〇零○Ｏ一二三四五六七八九十两廿卅]"
COLON = r"[:：]"
OPEN = r"[\[［〔【(（]"
CLOSE = r"[\]］〕】)）]"
LIST_SEP = rf"{SP}?[、,，]{SP}?"
HAN = r"\p{Han}"
# Where a sentence, and so a notice part, may begin.
SENTENCE_END = r"[。！!；;]"
# A province tag some feeds print before a court: [广东]广州市白云区人民法院.
REGION_TAG = rf"(?: [\[【［] {HAN}{{1,5}} [\]】］] {SP}? )"

# ---------------------------------------------------------------- numbers
# A year is four digits, Arabic, full-width or Chinese, mixed as printed: 二0二六.
_YEAR_DIGIT = r"[0-9０-９〇零○ＯOl一二三四五六七八九]"  # (O, l: the letters OCR reads for 0 and 1, 2O23年, l999年)
_NOT_SPACE = r"[^\n\x20\t\u3000\xa0]"  # neither a space nor a line end: what a line-start year never follows
YEAR = rf"(?:{_YEAR_DIGIT}{{4}})"
# Month, day, hour, minute: 4, 04, 四, 十四, 二十, 廿五, 两.
SMALL_NUMBER = rf"(?:{DIGIT}{{1,2}}|{CN_NUMERAL}{{1,3}})"
COUNT = rf"(?:{DIGIT}{{1,3}}|{CN_NUMERAL}{{1,4}})"

# ---------------------------------------------------------------- dates
# Between a date's parts: spaces, and a line break where a text wraps mid-date (二〇二六年六\n月十八日).
_IN_DATE = rf"(?: {SP}{{0,3}} (?: \r? \n {SP}* )? )"  # (a signature's date set out: 2026 年 3  月  20 日)
# A digit as OCR reads a scan: the digit, or a letter beside one, O for 0 and l for 1 (4月2O日, 6月l8日, 上午1O时, 9:3O,
# l0:00); read, and reported (date_irregular, time_irregular). (A year takes O alone too: 2O26年, in YEAR.)
_SCANNED_DIGIT = r"(?: [0-9０-９] | (?<=[0-9０-９]) [OＯl] | [OＯl] (?=[0-9０-９]) )"
# A month, day, hour or minute so read (SMALL_NUMBER's, with those letters).
_SCANNED_NUMBER = rf"(?: {_SCANNED_DIGIT}{{1,2}} | {CN_NUMERAL}{{1,3}} )"
DATE = rf"""
    (?: (?P<year>{YEAR}) {_IN_DATE} 年 {_IN_DATE}                              # 2026年4月20日
        (?P<month>{_SCANNED_NUMBER}) {_IN_DATE} 月 {_IN_DATE}
        (?P<day>{_SCANNED_NUMBER}) {_IN_DATE} [日号]
      | (?P<year>{DIGIT}{{4}}) (?P<sep>[-/.－／]) (?P<month>{DIGIT}{{1,2}})      # 2026-04-20, 2026/4/20
        (?P=sep) (?P<day>{DIGIT}{{1,2}}) (?![0-9０-９]) )
"""
# A day printed without 日 before the time: 2017年2月28上午08:30. The date is all there,
# but misprinted: read, and reported.
DATE_WITHOUT_DAY_MARK = rf"""
    (?P<year>{YEAR}) {SP}? 年 {SP}? (?P<month>{SMALL_NUMBER}) {SP}? 月 {SP}?
    (?P<day>{SMALL_NUMBER}) (?! {SP}? [日号0-9０-９])
    (?= {SP}? (?: {alt(lexicon.DAY_PERIODS)} | {DIGIT}{{1,2}} {SP}? [:：时点]) )
"""
# A date printed without its year: 4月20日; or with this year's, as the publication's: 今年6月9日.
MONTH_DAY = rf"""
    (?: (?:今年|本年) {SP}? | (?<![年0-9０-９]) ) (?P<month>{SMALL_NUMBER}) {SP}? 月 {SP}?
    (?P<day>{SMALL_NUMBER}) {SP}? [日号]
"""
# （星期一） / (周一) / 星期一, printed after a date (in a table's day cell, spaces apart: 2026-03-16  星期一).
WEEKDAY = rf"""
    {SP}{{0,4}} (?: [(（] {SP}? (?:星期|礼拜|周) (?P<weekday>[一二三四五六日天]) {SP}?
                  (?: [，,、\x20\u3000] {SP}? 农历 [^（）()\n]{{1,12}} )? [)）]      # （星期四，农历十月廿五）
            | (?:星期|礼拜) (?P<weekday>[一二三四五六日天]) )
"""

# The day in the lunar calendar printed after a date, alone in brackets: 2026年12月8日（农历十月三十）.
LUNAR_ASIDE = rf"{SP}{{0,4}} [(（] {SP}? 农历 [^（）()\n]{{1,12}} [)）]"

# ---------------------------------------------------------------- times
DAY_PERIOD = alt(lexicon.DAY_PERIODS)
CLOCK = rf"""
    (?: 北京时间 {SP}? )?                                                        # 北京时间11时00分
    (?P<period>{DAY_PERIOD})? {SP}?
    # 14:30, 9:OO; 3:|00 wrapped at its colon in a narrow column
    (?: (?P<hour>{_SCANNED_DIGIT}{{1,2}}) {SP}? [:：] {_IN_DATE} (?P<minute>{_SCANNED_DIGIT}{{2}}|[OＯ]{{2}})
        (?: [:：] {DIGIT}{{2}} )?                                               # 14:30:00
        (?: {SP}? (?P<suffix> {alt(lexicon.CLOCK_SUFFIX_PERIODS)} ) (?![A-Za-z]) )?  # 2:30 PM
      | (?<= {DAY_PERIOD} {SP}? ) (?P<hour>{DIGIT}{{1,2}}) [.．] (?P<minute>{DIGIT}{{2}}) {SP}? 分?  # 上午9.30
        (?![0-9０-９])
      | (?P<hour>{_SCANNED_NUMBER}) {SP}? [时点]                                  # 14时 / 两点 / 1O时
        (?: {SP}? (?P<half>半)                                                  # 两点半
          | {SP}? (?P<quarters>[一三]) {SP}? 刻                                    # 三点一刻: 15, 三刻: 45
          | {SP}? (?P<minute>{_SCANNED_NUMBER}|[OＯ]{{2}}) {SP}? 分 (?: {SP}? {SMALL_NUMBER} {SP}? 秒 )?  # 14时00分
          | {SP}? (?P<minute>{DIGIT}{{2}}) (?![0-9０-９分])                       # 9点30
          | {SP}? 整 )? )
"""
# Between a clock range's two ends (9:30-11:30, 上午9时至11时): the end is read only to check it follows the start.
CLOCK_RANGE_DASH = rf"{SP}? [-－—–~～至到] {SP}?"
# Not clock times, read so that they can be reported, never guessed:
# a minute with no hour ("2026年4月22日30分"), 时 with no digits ("下午时"),
# 整 with no hour at all ("二○一七年二月十七日整").
BARE_MINUTE = rf"(?P<minute>{SMALL_NUMBER}) {SP}? 分"
# (下午　　时: the hour left blank in a form)
HOUR_WITHOUT_DIGITS = rf"(?P<period>{DAY_PERIOD})? (?: {SP} | [_＿] )* [时点] (?: {SP}? {SMALL_NUMBER} {SP}? 分)?"
BARE_WHOLE_HOUR = r"整"

# A hearing set by an event, not a date: 公告期满后第3日 / 答辩期满后的第三日 /
# 举证期限届满后的第3天 / 答辩期满后第1个工作日 / 送达后第3日 / 本公告送达期满次日.
RELATIVE_DAY = rf"""
    (?P<event> (?: 本通知 | 本公告 | (?:本通知|本公告)? {SP}? {alt(lexicon.RELATIVE_EVENT_HEADS)} ) {SP}?
               (?:期限|期间|期)? {SP}? (?:届满|期满|满)                      # (本公告期满之日起第3个工作日)
             | 送达
             | (?: 本通知 | 本公告 | (?:本通知|本公告)? {SP}? {alt(lexicon.RELATIVE_EVENT_HEADS)} )
               (?:发布|刊登|登报|见报)?                                         # (本公告刊登之日起第十个工作日)
               (?= {SP}? 之日 ) ) {SP}?
    (?: (?:之日)? {SP}? (?:后|起) 的? {SP}?
        (?: 第 {SP}? (?P<count>{SMALL_NUMBER}) {SP}? (?:个工作日|个?日|天)
          | (?P<next>次日) )
      | (?<= 满 ) (?P<next>次日) )                                    # 送达期满次日
"""

# ---------------------------------------------------------------- case numbers
# A case number's digit; OCR reads a 0 as the letter O (〔2O25〕第O968号: written out with 0, see casenumbers).
_CASE_DIGIT = r"[0-9０-９OＯl]"  # (O, l: the letters OCR reads for 0 and 1)
# A case number's year: 1990–2099 in any digits.
CASE_YEAR_DIGITS = r"[12１２l][09０９OＯ][0-9０-９OＯl]{2}"
# The bracketed year most case numbers have: where a scan for them starts.
CASE_YEAR = rf"{OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE}"
# The longest prefix CASE_NUMBER allows: a match is looked for from this far before the year.
CASE_PREFIX_MAX = 12
# Committee style puts its register before the year (青黄劳人仲案字[2026]第20406号); such a
# register ends in 字 or 案. Court style puts the court after it ((2024)渝民终413号), and the
# words before the bracket are a verb or a particle ("开庭审理(2024)渝民终413号"); any other
# word glued to the bracket makes it some other document's number (人社厅明电〔2020〕5号), and 公告 glued
# to it the notice's own serial number (海仲公告〔2025〕2号).

_CASE_PREFIX_STOPS = alt(lexicon.CASE_PREFIX_STOPS)
_REPORT_REGISTERS = alt(lexicon.REPORT_REGISTERS)
# Their last characters: a one-character look behind first, before the list's (tried at every character of a search).
_STOP_LASTS = "".join(sorted({stop[-1] for stop in lexicon.CASE_PREFIX_STOPS}))
# A stop of one character is a place's first at a register's start, after no word (于都县, 即墨区, 和田市, 将乐县).
_STOP_FIRST = f"[{''.join(stop for stop in lexicon.CASE_PREFIX_STOPS if len(stop) == 1)}]"
# (Or, a place's first that is no particle after a verb, after a word of more: 作出和自然资规罚〔2035〕8号, 和县's.)
_CLAUSE_STOPS = alt(stop for stop in lexicon.CASE_PREFIX_STOPS if len(stop) > 1)
_CASE_COURT_PART = rf"(?: [\p{{Han}}A-Za-z0-9０-９] | [（(] {HAN}{{1,3}} [)）] )"
# A court's number names the court and the kind of case after the year ((2016)冀0105民初2356号):
# it is a case number wherever it stands, even glued to the words before it.
# (Not 第 right after the year: a register's number with its register dropped, 某某公告〔2033〕第22号, names no court.)
_COURT_STYLE = (
    rf"{OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE} (?! {SP}? 第 ) [\p{{Han}}A-Za-z0-9０-９]{{0,8}}? {HAN} [0-9０-９]"
)

# A year in brackets and digits only, no 号 after them: a newspaper's code for a notice it printed, not a case's number.
BARE_NUMBER = rf"""{OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE} {SP}?
                    (?> {_CASE_DIGIT}{{1,12}} (?: {SP}? [、,，\-－—~～至] {SP}? {_CASE_DIGIT}{{1,7}} )* )
                    (?! {SP}? 号 )"""
CASE_NUMBER = rf"""
    (?: (?: (?<=[{_STOP_LASTS}]) (?<={_CASE_PREFIX_STOPS}) (?: (?<!公告) | (?= {HAN} ) )
          | (?<![\p{{Han}}A-Za-z0-9０-９]) )
        (?P<prefix> (?: (?<! [\p{{Han}}A-Za-z0-9０-９] ) {_STOP_FIRST} (?= {HAN} )          # 于劳人仲案字 (于都县)
                      | (?<= {_CLAUSE_STOPS} ) [即和于] (?= {HAN} ) )?   # (作出和自然资规罚〔…〕: 和县's)
                    # (经 stops it, but not a development zone's 经开: 乌经开劳人仲案字)
                    # (nor a place's character that is a stop inside the register: 青即劳人仲案 for 即墨, 沈于 for 于洪)
                    (?: (?! (?!经开) {_CASE_PREFIX_STOPS}) (?: {HAN} | [（(] {HAN}{{1,4}} [)）] )
                      | (?<= {HAN} ) (?<! {_CASE_PREFIX_STOPS} ) [即和于] (?= {HAN}{{1,6}} {OPEN} )
                      # (a tax office's form prints a space after its name: 罗税 责〔2033〕118号, 深福税 通〔…〕;
                      # its branch's too, 郑中税一 通〔2022〕4127号, 界税一分 责通〔2019〕218号)
                      | (?<= {HAN}税 (?: [一二三四五六七八九十] 分? )? ) \x20 (?= {HAN}{{1,2}} {OPEN} ) )
                    {{0,{CASE_PREFIX_MAX - 2}}}
                    {alt(lexicon.CASE_PREFIX_ENDS)} )?                              # 青黄劳人仲案字, 甬鄞人社监询
      | (?= {_COURT_STYLE} ) )                                                      # 不服某某法院（2016）冀0105民初…
    (?(prefix) | (?! {BARE_NUMBER} ) )  # (with no register, court, 第 or 号: a paper's code, （2026）0324-017)
    (?<! 公字 | 送字 | {_REPORT_REGISTERS} )  # (nor an appraiser's report's: 冀邢诚评报字〔2034〕第0385号)
    (?P<open>{OPEN}) {SP}? (?P<year>{CASE_YEAR_DIGITS}) {SP}? (?P<close>{CLOSE})  # [2026] 〔2026〕
    (?: (?= {SP}? (?!第) \p{{Han}} [0-9０-９]{{2,4}} (?!号) \p{{Han}} ) (?P<coded>) )?  # (a court's code: 粤1702执)
    (?: {SP} (?= {HAN} ) )?                                                 # (（2026） 晋0105…: OCR's space)
    # 鲁0211民初, 朝民（商）初字; not a title deed's register ((2021)寿光市不动产权第0012345号)
    (?P<court> (?! {_CASE_COURT_PART}{{0,8}} (?:公字|送字|不动产权|不动产证明|房权证) ) {_CASE_COURT_PART}{{0,16}}? )
    (?P<seq> 第? {SP}? {_CASE_DIGIT}{{1,12}} )                            # 第20406, 122026000456 (沪市监闵处)
    (?: {SP}? 号? (?:[、,，]|(?P<range>[-－—~～至])) {SP}?                            # 、20547 / 号、第124 / -1837
        (?P<seq> 第? {SP}? {_CASE_DIGIT}{{1,7}} ) ){{0,20}}
    (?: {SP}? (?P<hao>号) (?P<suffix> 之[一二三四五六七八九十]{{1,3}} )?              # 号, 号之一
      | (?= [)）\]］〕】,，。；;\s] | $ ) )                                             # or a number cut short
    # not a report's number (…号《房地产司法评估报告》), but a court's case's, the report served in it
    # (送达（2035）粤1702执4410号评估报告)
    (?(coded) | (?! {SP}? (?: 《 {HAN}{{0,8}}? )? {alt(lexicon.REPORTS)} ) )
"""
# (Not a notice's own serial, numbered in a register of 公告 or of service: 长劳社公字〔2008〕12号,
# （2026）红法公字第031号, 佛仲送字〔2030〕第15号.)
# A case number printed without brackets: with 年 (2015年海行初字第01392号, a first-instance ruling cited
# in an appeal), or with the year glued to a court's code (2018闽0583民初9120号), or its opening bracket lost
# (2026）云0103民初5521号: case_number_malformed says so). Strict (it must say 号), since "2015年" mostly begins a
# date.
_PROVINCE_CODE = f"[{lexicon.PROVINCE_CODES}]"
CASE_NUMBER_WITH_NIAN = rf"""
    (?<![0-9０-９])
    (?P<year>{CASE_YEAR_DIGITS})
    (?: 年 (?P<court> {HAN}{{1,10}}? {alt(lexicon.CASE_TYPE_MARKS)} 字? )
      | (?<! {OPEN} {SP}? {CASE_YEAR_DIGITS} ) [)）]       # (a bracketed number's year is CASE_NUMBER's)
        (?P<court> {_PROVINCE_CODE} [0-9]{{2,4}} {HAN}{{0,3}}? {alt(lexicon.CASE_TYPE_MARKS)} )
      | (?P<court> {_PROVINCE_CODE} [0-9]{{2,4}} {HAN}{{0,3}}? {alt(lexicon.CASE_TYPE_MARKS)} ) )
    (?P<seq> 第? {DIGIT}{{1,7}} ) (?P<hao>号)
"""
# A court's case number cut before its serial (（2026）鲁0202民初, （2026）渝0103民初号): no case to find, said.
CASE_NUMBER_CUT = rf"""{OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE}
                       {_PROVINCE_CODE} [0-9０-９]{{2,4}} {HAN}{{0,4}}? {alt(lexicon.CASE_TYPE_MARKS)} 号?
                       (?! {SP}? (?: 第 | {DIGIT} | [（(] ) | {HAN} (?<! 号 ) )"""

# ---------------------------------------------------------------- parties
PRONOUN = alt(lexicon.PRONOUNS)
# The addressee joined to the case on neither side: 本院依法通知你作为第三人参加诉讼, 追加你公司为第三人.
ADDRESSEE_AS_OTHER_PARTY = rf"(?:{PRONOUN}) {SP}? (?:作为|为) {SP}? (?:本案)? (?:{alt(lexicon.OTHER_PARTY_ROLES)})"
_PRONOUN_NOUN = alt(pronoun for pronoun in lexicon.PRONOUNS if len(pronoun) > 1)  # 你单位, 你公司, 你药房
# A role word, but not the start of 人民法院 ("申请人民法院强制执行"); a former role may follow in
# brackets: 上诉人（原审被告人）.
# (Counted where a side has several: 第二被申请人, 第一被告.)
COUNT_OF_SIDE = r"(?: 第 [一二三四五六七八九十]{1,2} )"
_ROLE_WORD = rf"(?: {COUNT_OF_SIDE}? {alt(lexicon.PARTY_ROLES)} (?!民(?:法院|检察院|政府|调解)) )"
ROLE = rf"(?: {_ROLE_WORD} (?: [（(] {_ROLE_WORD} (?: [、,，] {_ROLE_WORD} )* [)）] )? )"
NAME_DOT = f"[{lexicon.NAME_DOTS}]"
_NAME_CHAR = rf"[\p{{Han}}A-Za-z0-9０-９{lexicon.NAME_DOTS}（）()]"
# An organisation's name, cut at the first suffix that lets the rest match.
# It never runs across the words that join two sides: "原告包修源诉被告东方蓝城…有限公司", nor a public body's
# word for itself ("上诉人蒲美华就本院（2020）…": no 蒲美华就本院).
# 及 joins two names ("被告吴国平及重庆恒瑞物业管理有限公司"), except where it begins a branch's name;
# 和 is common inside names (和平, 中和) and joins only before a role.
_BRANCH_AHEAD = r"(?= \p{Han}{0,4} (?:支行|分行|分公司|营业部|分店|分理处|门市部) )"
# (Nor across 违法所得: 申请没收犯罪嫌疑人某某违法所得一案 names a person, not a 所; nor across the 对 that names a
# bankruptcy's debtor: 受理某某有限公司对某某有限公司的破产清算申请.)
BANKRUPTCY_APPLIED = r"的(?:破产|重整|和解|强制清算)\p{Han}{0,4}申请"
DEBTOR_JOIN = rf"对 (?= [^，,。；;\n对]{{2,60}}? {BANKRUPTCY_APPLIED} )"
# (Nor across the verb of an enforcement's application: 申请执行人常小勇申请执行你公司…一案 names no 你公司.)
# (Nor into an aside about a person: 陈文雄（该个体工商户经营者） is no 工商户's name; nor across a case number's year:
# 上诉人邱家明就（2031）粤0804民初688号民事判决向…中级人民法院提起上诉 names no court party.)
_ORG_CHAR = rf"""(?: (?! 诉 | 与 | 及 (?!{_BRANCH_AHEAD}) | (?:和|、) {SP}? {ROLE} | {ROLE} | [本我][院委局]
                     | 违法所得 | 不服 | 之间 | 申请 (?:强制)? 执行 (?!人) | {DEBTOR_JOIN}
                     | [（(] {alt(lexicon.NAME_ASIDE_HEADS)}
                     | {OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE}
                     # (a name's bracket closes soon: 某某（中国）有限公司, not 区伟明（某某维修部经营者）)
                     | [（(] (?! [^（）()\n]{{1,12}} [）)] ) )
                  {_NAME_CHAR} )"""
# A bracket after the suffix belongs to the name (（普通合伙）), unless it holds a former role (（原审被告）),
# says the trader is a sole one (某某民宿（个体工商户）: the 字号 is the party's name) or gives the short name the
# text calls it by (（以下简称某某公司）).
# A company's administrator or liquidation group sues and is sued in its own name (原告某某有限公司管理人诉你…):
# the word is part of the party's name where the name ends with it (not 某某公司管理人张三: a person acting for it).
_ADMINISTERED = rf"(?: (?:破产)? {alt(lexicon.ADMINISTRATORS)} )"
# (A bracket after the suffix is the name's (某某中心（普通合伙）), not an aside about the party: its role, short name,
# former name or state (（原某某有限公司）, （已被吊销营业执照）, （劳务派遣单位）, （用工单位）).
# (A 兵团 farm's company, its number after the farm's name: 新疆生产建设兵团第十三师红星二场七连.)
_FARM_COMPANY = r"(?: (?<=场) [一二三四五六七八九十]{1,3} 连 )"
ORGANISATION = rf"""{_ORG_CHAR}{{1,40}}? {alt_after_lazy(lexicon.ORG_SUFFIXES)} {_FARM_COMPANY}? {_ADMINISTERED}?
                   (?: [（(] (?! (?: {ROLE} | 个体工商户 | 个体户 ) [)）] | (?:以下)? (?:简称|称)
                              | {alt(lexicon.NAME_ASIDE_HEADS)} | {HAN}{{0,6}} 单位 [)）] )
                       {HAN}{{1,10}} [)）] )?"""
# A cause right after a name, running to its end without crossing to another party: "张旭物业服务合同纠纷一案"
# (not "中国光大银行股份有限公司|信用卡中心诉你…", where 信用卡 begins a cause word but no cause follows).
# (A cause never holds 有限公司: …星河酒店|管理有限公司股权转让纠纷 is no name and cause.)
_CAUSE_NAMED_AHEAD = rf"""(?: {alt(lexicon.CAUSE_HEADS)} (?: (?!诉|与|、|有限公司|有限责任公司) {HAN} ){{0,24}}?
                      (?: [（(] {HAN}{{1,20}} [)）] )?       # (what it is about: 行政强制（强制拆除房屋）一案)
                      (?:纠纷|争议|一案|案件|案)
                    # (nor a charge: 食品 heads one, 柳州市螺乡坊|食品科技有限公司破产清算一案 is no name and charge)
                    | {alt(lexicon.CHARGE_HEADS)} (?: (?!诉|与|有限公司|有限责任公司) [\p{{Han}}、] ){{0,30}}?
                      (?:罪|一案|案件|案)
                    | {alt(cause for cause in lexicon.CAUSES if "、" in cause)} )"""  # (生命权、身体权、健康权纠纷)
# (The goods traded may come first, after a name of two to four: 扎约|茶叶买卖合同纠纷; a longer name ends only before
# the cause's own words, 高建军船用燃油|买卖合同纠纷, not 高建军船用|燃油….)
_CAUSE_AHEAD = rf"(?: (?: {alt(lexicon.CAUSE_GOODS)} )? {_CAUSE_NAMED_AHEAD} )"
# A ship addressed with its owner, its name in quotes: “浙普渔68123”轮 (a maritime court's notice).
SHIP_NAME = r"(?: “ [^“”\n]{1,20} ” 号? [轮船] )"
# A ship's owner addressed by the ship's name first, the owner the party: “鑫海顺68”轮船舶所有人福州鑫海顺航运有限公司：
# (not the ship and its owner both, as “某某”轮及其所有人林某： is).
SHIP_OWNER_LEAD = rf"(?: {SHIP_NAME} (?:船舶)? {alt(lexicon.ITS_PEOPLE)} {SP}? )"
# A person's name: two to four characters (张旭, 欧阳娜娜), five to ten in a list or before a cause (乌云其其格、…,
# 那顺乌力吉劳务合同纠纷, 乌力吉巴雅尔诉…: a Mongolian, Kazakh or Uyghur name printed with no dot, 吐尔逊别克阿合买提江;
# not before other words, 申请宣告王建军死亡一案), a name with 和 in it
# (孟和巴雅尔) or at its end (孟和诉…, 蔡仁和民间借贷纠纷) or, right after a role, at its start, a surname
# (申请人和丽娟), one character (甲), or longer with · (买买提·吐尔逊, 阿依古丽 · 吐尔逊);
# where it ends is decided by what follows (see PARTY_END). Two characters are tried before one, so
# that a name is not cut after its surname where a cause's first word could begin.
_AFTER_NAME_AND = rf"(?= {SP}? (?: [、，,] | 诉 | 与 | {_CAUSE_AHEAD} | 失踪 | 死亡 ) )"  # (申请宣告巴图孟和失踪)
_PERSON_CHAR = rf"(?: (?![与诉和及{lexicon.NOT_IN_NAMES}]) {HAN} )"
# (A long name holds no place's word: 漳州市龙文区市政 is a body's name cut short, not a person's.)
_LONG_NAME_CHAR = rf"(?: (?![省市区县州镇乡村街路]) {_PERSON_CHAR} )"
_JOINED = r"[因就](?:与|诉)"  # (上诉人宝音德力格尔因与…: a long name, then the join)
PERSON = rf"""(?: (?! (?! {alt(lexicon.NUMERAL_NAME_STARTS)} ) [{lexicon.NOT_NAME_STARTS}] )
               # (a Mongolian name whose first part ends in 和, then its dot: 苏和·巴特尔)
               (?: (?= {HAN}{{1,4}} 和 {SP}? {NAME_DOT} ) (?: {HAN} | {SP}? {NAME_DOT} {SP}? ){{3,15}}?
                 # (a name of three before a cause where two could end it too: 周长海|运输合同纠纷, not 周长|海运输…;
                 # not 张丽|被继承人债务清偿纠纷, 蒋涛|犯…罪)
                 | {_PERSON_CHAR}{{2}} (?![被犯]) {_PERSON_CHAR} (?= {SP}? {_CAUSE_AHEAD} )
                 | {_PERSON_CHAR}{{2,4}}?
                 # (a long name, five characters or more, before what ends a party: the next name, the join, the
                 # cause, or an aside about it, 马伊斯哈格（焙烧工）, not a case number's year)
                 | {_LONG_NAME_CHAR}{{5,10}}?
                   (?= {SP}? (?:[、,，]|诉|与|{_JOINED}|{_CAUSE_NAMED_AHEAD}|申请|失踪|死亡
                               |[（(](?!{DIGIT}{{4}}[)）])) )
                 | {HAN} 和 {_PERSON_CHAR}{{1,4}}? | {_PERSON_CHAR}{{1,4}} 和 {_AFTER_NAME_AND} | {_PERSON_CHAR}
                 | (?<= [人告] ) 和 (?! {ROLE} | {PRONOUN} ) {_PERSON_CHAR}{{1,3}}?     # (申请人和丽娟: 和, a surname)
                 | (?: (?![与诉和及]|申请) (?: {HAN} | {SP}? {NAME_DOT} {SP}? ) ){{2,15}}?
                   (?<= {NAME_DOT} {SP}? \p{{Han}}{{1,12}} ) ) )"""
# 和 and 及 join two names, except where they begin a branch's name: "…股份有限公司和平支行"; nor does a name's
# last 和 before its cause or the next party (被告蔡仁和民间借贷纠纷一案, 原告孟和诉…): no name follows it.
_AND = rf"(?: (?:和 (?! {_AFTER_NAME_AND} ) | 及其 {alt(lexicon.ITS_PEOPLE)} {SP}? | 及) (?!{_BRANCH_AHEAD}) )"
# 案外人某某对（2025）豫0202执2086号案件提出执行异议: what a party's application is about, after its name.
ACTS_ON = rf"对(?={SP}?(?:{OPEN}{SP}?{CASE_YEAR_DIGITS}|本院|你|该|上述))"  # (no spaces: read in either mode)
# 申请人某某以你公司不能清偿到期债务为由…: the grounds of an application, after the applicant's name.
ON_GROUNDS = r"以(?=[^，,。；;\n]{1,40}?(?:[，,][^，,。；;\n]{1,30}?)?为由)"  # (以某某不能清偿到期债务，并且…为由)
# (Or the list counted with no 等 before the other side: 申请人甲、乙、丙六人与你公司…)
_LIST_COUNTED = rf"{COUNT} (?:人|名) (?= {SP}? (?:与|诉|因|就|分别) )"
# A page's title, as a site lists its pages a line each: words and no sentence, ending with a kind of notice
# (张三、李四公告, 关于…的通知, （2037）…民催17号公示催告).
TITLE_LINE = r"[^。，,；;：:\n]{2,60}(?:公告|通知|通告|公示|公示催告|启事)"
# What may follow a party's name in a list of parties.
PARTY_END = rf"""
    (?= {SP}* (?: [、,，；;。(（：:] | 与 | 诉 | {_AND} | 等 | {_LIST_COUNTED} | 因 | 就 | 不服 | 犯 | 涉嫌 | 指控
                | 依据 | 根据                                              # (申请人某某依据…仲裁条款)
                | 称 (?= {SP}? [，,：:] )                                     # (申请人郭海燕称，其父…)
                | 分别 (?= {SP}? (?:与|诉|向|对) )                              # (申请人胡建明、俞晓红分别与你公司…)
                | 一案 | 二案 | 两案 | 案件 | 的 | 申请 | 提起 | 上诉 | 在 | 于 | 关于 | 之间 | 违法所得 | 作出 | {ROLE}
                | {DEBTOR_JOIN} | {ON_GROUNDS} | {ACTS_ON} | (?:不能|无法) 清偿                 # (a debtor's)
                | 为? (?:无|限制) 民事行为能力                              # (申请认定某某无民事行为能力, 为限制…)
                | 失踪 | 死亡 | {_CAUSE_AHEAD} | $                            # (申请宣告某某失踪一案)
                # a listing row's cause with no 纠纷 or 罪: 被告人某某 危险驾驶, 被告某区人民政府行政强制
                | (?<= {SP} ) {alt(lexicon.CHARGE_HEADS)} | 行政 {HAN}{{1,8}} {SP}* $ ) )
"""
# An organisation's name may run straight into a cause nobody listed ("…信息技术有限公司计算机软件开发合同纠纷一案"):
# after a suffix, any words that end in 纠纷, 争议 or 罪 and then 一案 end it.
_ORG_END = rf"(?= {SP}? [，,]? {SP}? (?: {HAN} | 、 ){{1,30}}? (?:纠纷|争议|罪|一案|案件) )"
# The longest organisation's name before such a cause: tried only when no known word ends the name.
# (Two characters before its suffix at the least, or an anonymised 某: 冯所 / 文诉你…纠纷 is no firm, 冯所文 a person.)
_LONGEST_ORGANISATION = rf"(?: 某 | {_ORG_CHAR}{{2,40}} ) {alt(lexicon.ORG_SUFFIXES)}"
# A company whose legal form comes first (株式会社东海水产（DONGHAE FISHERIES CO., LTD.）), its name as short as its
# end allows.
_PREFIXED_ORGANISATION = rf"{alt(lexicon.ORG_PREFIXES)} {_ORG_CHAR}{{2,20}}?"
# An arbitration institution's own case number, in Latin letters and digits (SHA20251123, SHEN DX20251268,
# HKIAC/A24117): read only where the text labels it a case number (see extract), and no malformed court number.
INSTITUTION_NUMBER = r"(?: [A-Z]{1,8} (?: [\x20/\-] [A-Z]{1,6} )? [A-Z]{0,3} [0-9]{4,12} )"
# A name in Latin letters: a foreign party's (OCEAN PEARL SHIPPING S.A., Vertex Holdings Pte. Ltd., JAMES O'CONNOR), its
# words apart by spaces, a comma only before its legal form (ABC TRADING CO., LIMITED: no list's comma).
LATIN_FORM_AFTER_COMMA = r"(?= \x20? (?i: limited | ltd | inc | llc | l\.l\.c ) (?! [A-Za-z] ) )"
LATIN_NAME = rf"""(?: [A-Z] [A-Za-z0-9&'’.\-]*
                     (?: (?: \x20 | , {LATIN_FORM_AFTER_COMMA} \x20? ) [A-Za-z0-9&'’.()\-]+ ){{0,12}} )"""
# (The end a name needs, said once: the longest organisation's own end, or PARTY_END after any other; compiled once.)
PARTY_NAME = rf"""(?! {alt(lexicon.POINTING_WORDS)} )
                  (?: {PRONOUN} | {ORGANISATION} | {_PREFIXED_ORGANISATION}
                    | (?P<longest> {_LONGEST_ORGANISATION} {_ORG_END} ) | {PERSON}
                    | {LATIN_NAME} | {SHIP_NAME} )
                  (?(longest) | {PARTY_END} )"""
# A party on neither side named after the case phrase, in the clause where it acts: "…民间借贷纠纷一案中，
# 案外人颍州区鑫达五金建材经营部对本院查封的…提出书面异议", "利害关系人张某向本院申请…". An organisation's
# name may hold 对 or 向 (中国对外贸易), but not what the party acts on (对本院…, 向你…); a role said of
# anyone in it (利害关系人应向本院申报) names no one.
_ACTS = r"(?: 对 | 向 | 就 | 以 | 提出 | 不服 | 申请 )"
_LATER_ORG_CHAR = rf"(?: (?! [对向] (?:本院|本委|你|该|法院) ) {_ORG_CHAR} )"
LATER_OTHER_PARTY = rf"""
    (?<= [，,。；;：:\n] {SP}{{0,2}} | 受理 ) {alt(lexicon.OTHER_PARTY_ROLES)} {SP}?     # (本院受理案外人某某对…)
    (?! {_ACTS} | {alt(lexicon.ROLE_CLAUSE_WORDS)} )
    (?P<party> {_LATER_ORG_CHAR}{{1,40}}? {alt_after_lazy(lexicon.ORG_SUFFIXES)} | {PERSON} )
    (?= {SP}? (?: [（(] [^（）()\n]{{1,30}} [)）] {SP}? )? {_ACTS} )         # (某某酒楼（经营者：某某）对…)
"""
# A body opened by its applicant's name, no role before it, its application to the body after: 某某有限公司因遗失
# 银行承兑汇票一张，向本院申请公示催告 (a 公示催告's applicant, as one opened 申请人某某公司因遗失… is); not a debtor
# whose creditor applies (某某公司因不能清偿到期债务…，债权人某某公司向本院申请…).
NAMED_APPLICANT = rf"""{WS}* (?P<party> {ORGANISATION} ) {SP}? 因 (?: (?! {ROLE} ) [^。；;] ){{1,60}}?
                       向 {SP}? {alt(lexicon.OPENERS)} {SP}? (?: 提出 | 提交 )? 申请"""
# A bankruptcy's notice opened by its debtor, its creditor's application after: 某某公司因不能清偿到期债务且明显缺乏
# 清偿能力，债权人某某公司向本院申请对其进行破产清算 (the debtor answers it, the creditor applies).
DEBTOR_OPENED = rf"""{WS}* (?P<debtor> {ORGANISATION} ) {SP}? 因 {SP}? (?:不能|无法) 清偿 [^。；;]{{0,60}}?
                     债权人 {SP}? (?P<creditor> {ORGANISATION} ) {SP}? 向 {SP}? {alt(lexicon.OPENERS)} {SP}?
                     (?: 提出 | 提交 )? 申请"""
# A side said of a case already named: 本案申请执行人为某某公司，被执行人为某某、你 / 该执行案件的申请执行人为某某公司.
# (The names after it are read by the case phrase's reader: a lookahead for PARTY_NAME here took 0.1 s to
# compile in every process.)
ROLE_STATED = rf"(?<= [，,。；;：:\n的案] {SP}{{0,2}} ) (?P<role> {_ROLE_WORD} ) 为"
# Or in brackets after the case: 裁定受理某某公司破产清算一案（申请人：某某有限公司）.
ROLE_ASIDE = rf"(?<= 案 {SP}? [（(] ) (?P<role> {_ROLE_WORD} ) {SP}? [:：] {SP}?"
# The public body a claim for state compensation is against, named in its grounds: 赔偿请求人某某以赔偿义务机关某某市
# 公安局某某分局违法…为由申请国家赔偿, 你以某某区人民检察院错误逮捕为由申请国家赔偿. The whole name: not a bureau's
# name that a branch's goes on from (某某市公安局 / 于洪分局).
_BODY_SUFFIX = rf"(?: {alt(lexicon.ISSUER_SUFFIXES)} | 分局 )"
COMPENSATION_BODY = rf"""以 {SP}? (?: 赔偿义务机关 {SP}? )?
                         (?P<party> {HAN}{{1,30}}? {_BODY_SUFFIX} ) (?! {HAN}{{0,8}}? {_BODY_SUFFIX} )
                         (?= [^。；;\n]{{0,60}}? 为由 [^。；;\n]{{0,20}}? 赔偿 )"""
# 等5人 / 等52名投资者 / 等 after a list of names.
AND_OTHERS = rf"(?: 等 (?: {COUNT} (?:人|名|家|位|个) {alt(lexicon.OTHERS_NOUNS)}? )? | {_LIST_COUNTED} )"
# Others counted after an addressee's name, not named there: 王某等17人：, 赵某等5人（名单附后）：; or told by what
# they are, 更松等索加乡君曲村牧民：.
OTHERS_AFTER_NAME = rf"""等 (?: {COUNT} (?:人|名|家|位|个) {alt(lexicon.OTHERS_NOUNS)}?
                           | {HAN}{{0,12}}? {alt(lexicon.OTHERS_NOUNS)} )
                        (?: {SP}? [（(] [^（）()\n]{{0,20}} [)）] )? \Z"""
# The number of an addressee's own case printed after the name, in brackets (王某（（2026）京0491民初12345号）、
# 李某…：): no part of the name.
NUMBER_AFTER_NAME = rf"""(?: [（(] {SP}? )?
                         (?P<number> [（(〔\[] {SP}? [12][0-9]{{3}} {SP}? [）)〕\]] [^（）()\n：:]{{1,30}}? 号 )
                         (?: {SP}? [）)] )?"""
# The heirs of a party who has died, sued in its place, named after it: 马福山的继承人马秀兰、马文斌：, 被告马福山之
# 法定继承人马秀兰 — the heirs are the parties, the one who died none.
HEIRS_OF = r"(?: \p{Han}{2,6}? [的之] (?:法定)? 继承人 [\x20\u3000]? (?=\p{Han}{2}) )"
# A party printed as kin of another party named before it (被告韩立新、韩立新之妻孟庆芝): the name after 之妻 is hers.
KIN_NAME = rf"\p{{Han}}{{2,8}}? 之 {alt(lexicon.KIN_WORDS)} (?P<name> \p{{Han}}{{2,6}} ) \Z"
# A bracketed aside printed after a name, not part of it: an English name, a former name.
# A partnership's legal form is part of its name: 某某石材加工厂（普通合伙）.
# (It may hold one bracket of its own: （HAIYUNTONG LOGISTICS (HK) LIMITED）.)
NAME_ASIDE = rf"""(?: {SP}? [（(] (?! {alt(lexicon.LEGAL_FORMS)} [）)] )
                     [^（）()\n]{{1,80}} (?: [（(] [^（）()\n]{{1,20}} [）)] [^（）()\n]{{0,40}} )? [）)]
                   | (?<= \p{{Han}} ) [“"「] \p{{Han}}{{1,4}} [”"」] )"""  # (or a nickname in quotes: 黄永强“阿强”)
_ASIDE_AT_END = rf"(?: {NAME_ASIDE} [\x20\t\u3000\xa0]? (?: [、,，] | $ ) )"  # (the line's end: 被申请人：某某（…）)
# An identifier printed after a name, skipped: （统一社会信用代码：9137…）, (身份证号：…); or the short name the
# text goes on to call it by: （以下简称“景园物业”）.
IDENTIFIER = rf"""(?: {SP}? [（(]
                     (?: [^（）()\n]{{0,40}} [:：] [^（）()\n]{{0,160}} | (?:以下)? (?:简称|称) [^（）()\n]{{1,20}} )
                     [）)] )"""
# What a case phrase prints in brackets after a party's name and is not part of it: a former role
# (陈光明（原审原告）), an identifier, the owner of a sole trader (某某商行（经营者：赵国强）), what it is
# (某某民宿（个体工商户）), a foreigner's name as in the passport and nationality (伊万诺娃·安娜（IVANOVA ANNA，
# 俄罗斯联邦国籍，护照号码…）) — anything but a case number's year (张三（2026）鲁0202民初1号…).
NAME_TRAILER = rf"(?: {SP}? [（(] (?! {DIGIT}{{4}} [)）] ) [^（）()\n]{{1,81}} [)）] )"
# A name in the addressee line: anything up to the 、, the colon or an identifier, as printed —
# also "=HYPERLINK(…)" or "<script>": untrusted text is read, and made harmless on output.
# (An organisation's name with its branch's runs to 60 characters and more.)
# A space stands in a name only beside its dot (阿依古丽 · 吐尔逊).
# Addressees named by what they are, after the named ones: 何某及位于某路17号首层铺位的实际占有人, 某某及其他共有人.
CLASS_OF_PEOPLE = rf"""(?: {SP}? (?:及|以及|和) {SP}? [^\n、，,：:]{{1,60}}?
                        (?:占有人|使用人|权利人|利害关系人|继承人|共有人|相关人员|其他人员) {SP}* \Z )"""
# (A Latin or Cyrillic name's aside is its Chinese name in full-width brackets: JOHN SMITH（约翰·史密斯）,
# KAPPA MARINE LTD.（卡帕海运有限公司，马耳他）.)
_LATIN_ASIDE = rf"(?: (?<=[A-Za-z\p{{Cyrillic}}.]) (?= {SP}? （ [^（）()\n]{{0,20}}? \p{{Han}} ) {_ASIDE_AT_END} )"
ADDRESSEE_NAME = rf"""(?: (?! {IDENTIFIER} | (?<=\p{{Han}}) {_ASIDE_AT_END} | {_LATIN_ASIDE} | {CLASS_OF_PEOPLE}
                              | 及其 {alt(lexicon.ITS_PEOPLE)} )
                          (?: [^\s、,，:：。；;]
                            | {SP}{{1,2}} (?={NAME_DOT}) | (?<={NAME_DOT}) {SP}{{1,2}}
                            | (?<=[A-Za-z\p{{Cyrillic}}.&]) \x20 (?=[A-Za-z\p{{Cyrillic}}&])
                            | (?<=[A-Za-z.]) , \x20? {LATIN_FORM_AFTER_COMMA} ) ){{1,80}}"""  # (JOHN SMITH, CO., LTD.)

# The cause of action: 民间借贷纠纷, 劳动争议, 贪污罪, 商品房销售合同纠纷.
CAUSE = rf"""
    (?: (?:犯|涉嫌|关于) {SP}? )?                                  # (…与被申请人某某关于买卖合同纠纷一案)
    # (no join to the addressee inside: 因追索劳动报酬与你单位劳动争议 is the claim, then the case with you)
    (?P<cause> (?: (?! [与诉] {SP}? {PRONOUN} ) (?: {HAN} | 、 ) ){{1,30}}? {alt_after_lazy(lexicon.CAUSE_TAILS)}
             | {alt(lexicon.UNTAILED_CAUSES)}                      # 申请撤销仲裁裁决, 案外人执行异议之诉
             | {alt(lexicon.BARE_CHARGES)} (?= {SP}? [一等]? 案 ) )  # 盗窃案, 交通肇事一案: a charge, its 罪 dropped
"""
# 一案 / 二案 / 案件 / 等三案 — the end of a case's description; of a mass case's: 各案, 系列案件; of an
# arbitration's: 纠纷仲裁一案, 仲裁三案.
CASE_WORD = rf"(?: (?: 仲裁 {SP}? )? (?: 等? {SP}? (?:{COUNT}|各|系列)? 案件? | 一案 ) )"
# 因你单位存在拖欠农民工工资的违法行为 — a party under inspection.
# 你单位涉嫌拖欠劳动者工资。, 对你单位涉嫌经营超过保质期的食品一案 — the same, said as a suspicion.
INSPECTION_SUBJECT = rf"""
    (?: 因 {SP}? {PRONOUN} {SP}? (?:涉嫌 | 存在 | 有) (?P<cause>{HAN}{{2,30}}?) 的? 违法(?:违规)?行为
      | {PRONOUN} {SP}? 涉嫌 (?P<cause>{HAN}{{2,30}}?) (?= [。；;，,] | 一案 | 案件 ) )"""
# A notice with no addressee line names whom it serves in its body: 现依法向被告哈尔滨某某有限公司公告送达…,
# 向王某、李某公告送达 (not 向你, 向被申请人, 向下落不明的被告, 向上述当事人: no one named).
_SERVED_NAME = rf"""(?: (?: {ROLE} {SP}? )?
                     (?! 公告送达 | {PRONOUN} | {ROLE} | 下落不明 | 上述 | 下列 | 以下 | 各 | 其 | 该 )
                     (?P<name> {_NAME_CHAR}{{2,60}}? ) )"""
SERVED_PARTIES = rf"向 {SP}? {_SERVED_NAME} (?: {LIST_SEP} {_SERVED_NAME} ){{0,20}} {SP}? (?:依法)? 公告送达"
# Or, in a newspaper's correction, names them as the notice it corrects did: …刊登的某某法院致李某、某某公司的公告中….
CORRECTED_PARTIES = rf"致 {SP}? {_SERVED_NAME} (?: {LIST_SEP} {_SERVED_NAME} ){{0,20}} {SP}? 的 {SP}? (?:公告|开庭传票)"
# Or points to them, in a table under it: 现将以下税务文书向下列纳税人公告送达 (see listed.py).
SERVED_POINTER = rf"向 {SP}? (?P<pointer> {alt(lexicon.REFERRING_WORDS)} {HAN}{{2,6}}? 们? ) {SP}? (?:依法)? 公告送达"

# ---------------------------------------------------------------- documents
# 《受理、开庭通知书》 — titles of laws (《…条例》) end otherwise and are left out.
DOCUMENT_TITLE = rf"《 (?P<document> [^《》\n]{{0,40}}? {alt_after_lazy(lexicon.DOCUMENT_TITLE_TAILS)} ) 》"
# 第9336号仲裁裁决书 — a decision served without 《》.
DECISION_DOCUMENT = rf"""
    (?P<document> {alt(lexicon.DECISION_DOCUMENT_QUALIFIERS)}? {alt(lexicon.DECISION_DOCUMENTS)} )
"""
# 公告送达起诉状副本、应诉通知书及开庭传票 — documents listed without 《》;
# "相关文书" and "法律文书" name no document.
_DOCUMENT_NAME = rf"""
    (?: (?!送达|公告) [\p{{Han}}（）()] ){{1,14}}? {alt_after_lazy(lexicon.DOCUMENT_TITLE_TAILS)} (?<!文书)
    (?:副本)?   # 仲裁申请书副本: the lazy name stops at 书
"""
# (Or the label a notice printed as labelled lines gives them: 送达文书：仲裁申请书副本、应诉通知书.)
_SERVE_VERB = rf"(?: (?: 公告送达 | 送达 ) {SP}? (?:了)? | 送达文书 {SP}? [:：] {SP}? )"
# This notice serving something, not a tale of past service ("此前已送达开庭通知书的案件").
_SERVES = rf"(?: 公告送达 | 向 {SP}? (?:{PRONOUN}|其) [^。；;\n]{{0,10}}? 送达 | 依法送达 | 现送达 )"
# Not a service told of as done (你经本院公告送达起诉状副本及开庭传票，未到庭…; 被告经公告送达开庭传票): a
# judgment's or a report's narrative.
_NOT_SERVED_BEFORE = rf"(?<! 经 {SP}? (?:本院|本委|本庭|我院|法院)? {SP}? (?:公告)? )"
_CITED_NUMBER = rf"(?: (?: {CASE_NUMBER} ) {SP}? )?"
# After papers served, what tells of them as served before: 向你送达开庭通知书后，你…; …公告送达起诉状副本及开庭传票的
# 公告中，…有误; 本院依法向你送达开庭传票，你无正当理由拒不到庭参加诉讼 (a hearing missed since).
_TOLD_OF_AFTER = rf"""(?: 书? {SP}? (?:后|之后|以后) | {SP}? [的之] 公告
                        | {SP}? [，,] [^。；;\n]{{0,16}}? (?:拒不到庭|未到庭|未按时到庭|拒不出庭|未出庭) )"""
# A paper of the list after the first: a commission's rules and panel too (…仲裁通知书、仲裁规则、仲裁员名册及
# 开庭通知书).
_LISTED_PAPER = rf"(?: {alt(lexicon.ARBITRATION_PAPERS + lexicon.REPORTS)} (?!书) | {_DOCUMENT_NAME} )"
# Whose documents: 上述两案的仲裁申请书副本, 三案的…
_CASES_OF = r"(?: [两二三四五六七八九十0-9０-９]{1,2} 案 (?:件)? 的 )"
SERVED_DOCUMENTS = rf"""
    {_NOT_SERVED_BEFORE}
    # (送达该不起诉决定书, 送达各案民事判决书, 送达本院民事判决书, 送达本院作出的民事判决书, 送达上述案件仲裁裁决书,
    # 送达本院（2026）…号民事判决书)
    {_SERVE_VERB} {_CITED_NUMBER} (?:该|上述|前述|下列|以下|本院|本委)? (?:作出 的?)? {_CITED_NUMBER}
    (?: (?:各案|案件) 的?)? {_CASES_OF}?
    # (送达（…）民事判决书确定的义务及（…）执行通知书: the duty a judgment sets, and the papers served with it)
    (?: {_DOCUMENT_NAME} {SP}? 所? 确定 的 [^、及和,，。；;\n]{{0,6}}? {SP}? (?:以及|[及和、,，]) {SP}?
        {_CITED_NUMBER} )?
    (?P<document>{_LISTED_PAPER})
    (?> (?: {SP}? (?:[、及和,，]|以及) {SP}? (?P<document>{_LISTED_PAPER}) ){{0,12}} )  # (the list whole: atomic)
    (?! {_TOLD_OF_AFTER} )
"""
# A decision is what is served (or to be collected), not only mentioned: the kind award_service. Or an award or a
# judgment made, and then served with no other object (本委已作出…第87号仲裁裁决书。…现依法向你单位公告送达。; not a
# bureau's 决定书, 作出…《限期拆除决定书》…现依法公告送达).
_DECISION = rf"(?P<document> {alt(lexicon.DECISION_DOCUMENT_QUALIFIERS)}? {alt(lexicon.DECISION_DOCUMENTS)} )"
_AWARD = rf"(?P<document> {alt(lexicon.DECISION_DOCUMENT_QUALIFIERS)}? (?:裁决书|判决书|裁定书|调解书) )"
DECISION_SERVED = rf"""
    # (公告送达期满之日起履行…判决书: a period and a judgment to honour, not one served; nor 公告送达…执行通知书，
    # 执行依据为…民事判决书: the judgment enforced)
    (?: (?: {_SERVES} (?: (?! 期满 | 之日 | 履行 | 依据 ) [^。；;\n] ){{0,80}}? | 领取 [^。；;\n]{{0,20}}? ) {_DECISION}
        (?! {SP}? 所? 确定 )   # (送达…民事判决书确定的义务及执行通知书: the duty it sets, for enforcement)
      | (?:作出|制作) [^。；;\n]{{0,40}}? {_AWARD} (?! {SP}? 已 ) (?= [^\n]{{0,60}}? {_SERVES} {SP}? [。，,；;] )
      # (…一案的民事判决书已电子送达，请于7日内…查收; …第7号仲裁裁决书现向你单位公告送达)
      | {_DECISION} {SP}? (?: 现 | 已 (?= {SP}? 电子 ) ) {SP}? (?: (?:依法)? 向 {SP}? {PRONOUN} {SP}? )?
        (?:电子|依法|公告)? 送达 )
    # (Not one served before, told of: 本院作出的民事判决书已送达 / 已向你公司公告送达。…现依法向你公告送达上诉状副本.)
"""
# 开庭传票 served: the notice summons to a hearing even when the text is cut before its time.
# (Not one told of as served before: 本委依法向你送达开庭通知书后，你无正当理由拒不到庭…)
SUMMONS_SERVED = rf"""{_NOT_SERVED_BEFORE}
                     {_SERVES} [^。；;\n]{{0,120}}? (?:开庭传票|出庭通知书|开庭通知书|开庭通知|传票)
                     (?! {_TOLD_OF_AFTER} )"""

# ---------------------------------------------------------------- hearing, venue, deadlines
# The words that close a hearing sentence: 开庭, 公开审理, 召开, 进行听证.
# (听证室, 调解室, 询问室 are places: a session word before 室 or 庭 is a room's name; before 传票, 公告 or 通知, a
# document's: 在本报刊登的…一案开庭传票公告中.)
# (开庭前: 召开庭前会议; 巡回审判点: a place)
# (审理了, 开庭审理了, 审理终结, 审理完毕: a session held, a report's words, no hearing set.)
_SESSION = (
    rf"(?: {alt(lexicon.SESSION_VERBS)} ) (?! 室 | 庭 | 点 | 站 | 传票 | 公告 | 通知 | 前 | 了 | 审理了 | 终结 | 完毕"
    # (a place's name holding the word: 劳动人事争议调解仲裁庭, 人民调解委员会调解室, 调解中心)
    rf" | 仲裁庭 | 委员会 | 中心 )"
)
# The characters _SESSION_END can start with (its words are all optional but the session): a lookahead
# for them changes no match, but lets a place's words be passed over at one test a character instead of
# the whole rule's (本院定于 printed 20,000 times took seconds).
_SESSION_FIRSTS = "".join(sorted({word[0] for word in lexicon.SESSION_VERBS}))
_SESSION_END_FIRST = (
    rf"(?= [按依适通以采利合一公不进组对就第再分先同在线网远连巡参视，,{_SESSION_FIRSTS}\x20\t\u3000\xa0])"
)
# …在本委第一仲裁庭对上述三案合并开庭审理 / 在本院执行听证室对该异议进行公开听证: what the session is about;
# …在本委第四仲裁庭分别开庭审理上述两案: how several cases are heard.
_SESSION_END = rf"""{_SESSION_END_FIRST}
                  # (…在本院第一法庭，对…一案进行公开宣判: what the session is about, after the place; whom it calls:
                  # 组织双方当事人进行质证)
                  # (not across a place: 对（…）…号案件在本院某某法庭开庭, the case, then the room; nor an address's
                  # 就业: …号劳动就业服务中心二楼)开庭审理)
                  (?: (?: (?:对|就(?!业)) (?: (?! 在 ) [^，,。；;\n] ){{1,40}}? | 组织 [^，,。；;\n]{{1,20}}? (?=进行)
                        | [，,] {SP}? 对 [^。；;\n]{{1,160}}? (?=进行|公开|依法|宣判) )? {SP}?
                     (?:依法)? {SP}? (?:适用 {HAN}{{1,6}} 程序)? {SP}?
                     (?: (?:通过|以|采用|采取|利用) [^，,。；;\n]{{0,16}}? (?:在线|线上|远程|视频|网络|互联网)
                         (?: (?:视频|庭审|开庭|会议)? (?:方式|形式)?          # 以在线视频方式, 以网络会议方式
                           | [^，,。；;\n]{{1,10}}? (?:方式|形式) ) )? {SP}?     # 以线上线下相结合的方式
                     (?: 连续 (?: {SP}? [一二两三四五六七八九十0-9]{{1,2}} {SP}? [日天] )? )? {SP}?  # 连续两日开庭
                     (?: 第 [一二三四五六七八九十0-9]{{1,2}} 次 | 再次 )? {SP}?     # 第二次开庭: a later session
                     (?: (?:按照|按|依) [^，,。；;\n]{{1,10}}? (?:顺序|序号|次序|时间) {SP}? )?  # 依下列时间
                     (?:分别|依次|先后|同时)? {SP}? (?:合并|一并)? {SP}?
                     # (依法在线公开开庭, 巡回开庭, 视频开庭)
                     (?: (?:公开|不公开|在线|线上|网上|远程|巡回|就地|视频) {SP}? ){{0,2}}
                     (?: 参加 {SP}? (?P<session> 庭审 | {_SESSION} )  # (到本委第一仲裁庭参加庭审)
                       | (?:进行|组织|举行)? {SP}? (?P<session>{_SESSION}) ) )"""
# A parenthesis printed between the time and the place: （遇法定节假日顺延）.
_ASIDE = rf"(?: {SP}? [（(] [^（）()\n]{{1,20}} [)）] )"
# An aside about the time, not the place: （遇法定节假日顺延）, （北京时间）. A place's address in brackets
# stays with the place.
_TIME_ASIDE = rf"(?: {SP}? [（(] (?:遇|如遇|北京时间|星期|周) [^（）()\n]{{0,18}} [)）] )"
# 在…法庭 / 于本院… — where; it ends before the words that close the sentence. 到 before a clock is the end
# of a time range (14:30到18:00在…), not a place; 在线 is how, not where.
_VENUE = rf"""
    (?: [，,] {SP}? )? (?:在 (?!线) |于|到 (?! {SP}? [0-9０-９上下] )) {SP}?
    (?P<venue> (?: (?! 证据交换 ) [^，,。；;\n“”] ){{1,60}}? ) {SP}? (?: {_TIME_ASIDE} {SP}? )? (?= {_SESSION_END} )
"""
# An online hearing's means: 通过“人民法院在线服务”小程序在本院云上法庭…, or its only place:
# 通过杭州互联网法院在线诉讼平台在线开庭审理 (the platform is where the party appears), 通过网上仲裁庭以视频方式开庭.
_ONLINE_MEANS = r"(?: [，,]? (?:通过|使用|利用|依托|登录) [^，,。；;\n]{1,24}? (?:平台|小程序|系统|网站|APP|App) )"
# (…通过全国企业破产重整案件信息网（https://…）以网络会议方式召开: a site and its address.)
# (…通过“人民法院在线服务”小程序在线开庭: the platform's name in quotes; 通过本院云上法庭; 通过腾讯会议（会议号：…）: a
# meeting app and its room.)
ONLINE_PLACE = rf"""
    (?: [，,] {SP}? )? (?:通过|使用|利用|依托|登录|进入) {SP}?
    # (an online room's name in quotes, the room itself: 通过“杭州仲裁委员会互联网仲裁庭”在线开庭, 通过“云上法庭”…)
    (?: [“"「] (?P<venue> [^，,。；;\n“”"「」]{{0,24}}? (?:互联网|在线|网上|云上|线上|网络|云)
                         [^，,。；;\n“”"「」]{{0,6}}? (?:仲裁庭|法庭|审判庭) ) [”"」]
      |
    # (移动微法院: the courts' mini-program, 通过浙江移动微法院在线开庭)
    # (or the platform's name in quotes, its kind after them: 通过“中国移动微法院”微信小程序在线开庭)
    (?P<venue> [“"「]? [^，,。；;\n“”"「」]{{1,30}}? (?: [”"」] {HAN}{{0,4}}? )?
               (?:平台|小程序|系统|网站|APP|App|信息网|微法院)
             # (the platform's word inside its quotes, its room after: 通过“浙江省劳动人事争议网络仲裁平台”云仲裁庭)
             | [“"「] [^，,。；;\n“”"「」]{{1,30}}? (?:平台|小程序|系统|网站|APP|App|信息网) [”"」]
               (?: (?:网上|在线|线上|云上|云端|云)? (?:仲裁庭|法庭|审判庭) )?
             | (?:本院|本委|本庭)? (?:网上|在线|线上|云上|云端|互联网) [^，,。；;\n“”"「」]{{0,8}}?
               (?:仲裁庭|法庭|审判庭)
             | {HAN}{{1,6}}? 会议 (?: {SP}? [（(] [^（）()\n]{{1,40}} [)）] )? ) ) {SP}?
    (?: [（(] [^（）()\n]{{1,60}} [)）] {SP}? )? (?= {_SESSION_END} )
"""
# The room every case listed above is heard in, said apart from their times: 上述三案均在本院第十五法庭开庭审理.
ALL_HEARD_AT = rf"""(?:以上|上述|上列) {SP}? (?:各|所列)? {SP}? (?:案件 | {COUNT} 案) {SP}? (?:均|都)? {SP}?
                   (?:在|于) {SP}? (?P<venue> [^，,。；;\n在于]{{2,40}}? ) {SP}? (?:公开|不公开)? {SP}? (?:开庭|审理)"""
# 本委定于 WHEN (在 VENUE) (公开)开庭.
_HEARING_BODY = rf"""
    (?P<when> (?: [（(] (?:星期|礼拜|周|农历) [^（）()\n]{{1,16}} [)）]          # (a date's weekday and lunar day)
                | [^，,。；;在于到] | [到至] (?= {SP}? [0-9０-９上下] ) ){{1,60}}? ) (?P<aside>{_ASIDE})? {WS}{{0,3}}
    (?: 对 {SP}? {CASE_NUMBER} {SP}? (?:案件|一案|案)? {SP}? )?     # (…下午3时对（2035）…611号案件在本院某某法庭…)
    (?: {_ONLINE_MEANS}? {SP}? {_VENUE} | {ONLINE_PLACE} | (?= {_SESSION_END} )
      | (?P<cut> [，,]? {SP}? (?:在|于) [^，,。；;\n]{{0,30}}? (?:\.{{3}}|…)
               | (?:\.{{3}}|…) ) )                                       # (or in the time: 18日上...)
"""
# A listing line's date, time and room, read loosely (its day may lack 日): the grammar's DATE and CLOCK read them.
_LOOSE_DATE = rf"""(?: {YEAR} {SP}? 年 {SP}? {SMALL_NUMBER} {SP}? 月 {SP}? {SMALL_NUMBER} {SP}? [日号]?
                   | {DIGIT}{{4}} [-/.] {DIGIT}{{1,2}} [-/.] {DIGIT}{{1,2}}
                   | {DIGIT}{{1,2}} {SP}? 月 {SP}? {DIGIT}{{1,2}} {SP}? 日 )"""  # (12月1日, under a heading)
_LOOSE_CLOCK = rf"""(?: (?:{DAY_PERIOD})? {SP}? {_SCANNED_NUMBER} {SP}?
                    (?: [:：] (?: {_SCANNED_DIGIT}{{2}} | [OＯ]{{2}} )
                      | [时点] (?: {SP}? {_SCANNED_NUMBER} {SP}? 分? | 半 | 整 )? ) )"""
# (Not a clock: "2018-01-23 10:49在…法庭" is a date, a time and a place.)
# (Nor a sentence whose subject will sit there, as news tells it: 昆都仑区法院将在第一法庭…)
ROOM = rf"""(?: (?! [0-9０-９]+ [:：时点] ) (?: (?! 将在 | 将于 ) [^\s，,。；;] ){{1,20}}?
             {alt_after_lazy(lexicon.ROOM_NOUNS)} )"""
# (A hearing on days in a row, from its first: 2026年3月24日至3月26日每日上午9:00; DAY_RANGE_END.)
_DAYS_TO = rf"{SP}? [至到] {SP}? (?: {SMALL_NUMBER} {SP}? 月 {SP}? )? {SMALL_NUMBER} {SP}? [日号] {SP}? (?:每日|每天)?"
# A clock range's end is kept in the listing as printed: 9:30-11:30.
# (Or the day of the item above: 二、同日下午….)
_LISTING_WHEN = rf"""(?: (?: {_LOOSE_DATE} (?: {_DAYS_TO} )? | {alt(lexicon.SAME_DAY_WORDS)} )
                       (?: {SP}* [，,]? {SP}* (?: [（(] [^）)\n]{{1,6}} [）)] )? {SP}* {_LOOSE_CLOCK}
                        (?: {SP}? [-－—~～至到] {SP}? {_LOOSE_CLOCK} )? )? )"""
# A listing line's start: its time and room (2024年5月20日 9:00，第三法庭 / …09:00，在本院第六法庭).
# (Not a court the sentence's subject, in a room: 12月9日上午9时30分，某某中级人民法院在第一法庭公开开庭审理…, news
# of a hearing; a listing's row names its own court's room, 本院第一法庭 or 某某法院第一法庭.)
_LISTING_HEAD = rf"""(?P<when> {_LISTING_WHEN} ) (?: {SP}* [，,] {SP}* | {SP}+ )
                    (?: (?:在|于) {SP}? )? (?! [^\s，,。；;]{{2,30}}? (?:法院|法庭) {SP}? 在 ) (?P<venue> {ROOM} )"""
# A listing's time and room on a line of their own, its case on the line under it (1. 2026年3月16日上午9:00 第一法庭 /
# （2025）皖8601行初388号 原告…).
_CASE_BELOW = rf"{SP}* \n {SP}* (?= {OPEN} {DIGIT}{{4}} {CLOSE} )"
# (Not a deadline moved past a holiday: 举证期限等，顺延至2033年2月7日, 答辩期、举证期限，顺延至….)
_CORRECTED = rf"(?<! (?:期限|时效|答辩期|举证期|届满日?) 等? [，,]? {SP}? ) {alt(lexicon.CORRECTION_MARKERS)}"
# The day of the hearing set before, its time moved: 变更为同日下午三时.
SAME_DAY = alt(lexicon.SAME_DAY_WORDS)
_SAME_DAY_PLAIN = "(?:" + "|".join(lexicon.SAME_DAY_WORDS) + ")"  # (in an anchor the standard library's re reads too)
# A hearing's time as a label prints it: 开庭时间：…, and a bureau's hearing of a penalty (听证时间：…).
HEARING_TIME_LABELS = ("开庭时间", "庭审时间", "听证时间")
# Hearings are announced as: 定于/将于…开庭; 本院于…开庭; 开庭时间：…; a hearing set again by a
# correction: 更正为/变更为/改期至…. 原定于 / 原开庭时间 is the old time, never the hearing.
# The times a list above prints, pointed to: 上列时间, 上表所列时间 (the list's rows say when: see listed).
LISTED_TIMES: tuple[str, ...] = ("上列时间", "上表所列时间", "上述时间")
_LISTED_TIME = alt(LISTED_TIMES)
# A correction's new time right after its word, the body read after it or the time alone up to the clause's end (a
# newspaper's: 时间“…”应为“…”). (Its word starts no other way to the hearing: the branches' order does not matter.)
_CORRECTION_FIRST = rf"""(?P<corrected> {_CORRECTED} | 应为 (?= {SP}? [“"「] ) ) {SP}? [:：]? {SP}? [“"「]? {SP}?
                         (?= {DIGIT} | {CN_DIGIT} | {SAME_DAY} )"""  # (变更为：2035年12月6日…, a colon before it)
HEARING = rf"""
    (?<! 原 | 原定 )
    # (Every way a sentence leads to the hearing's time and place, in one group: the body is compiled once.)
    (?: (?: (?P<corrected> {_CORRECTED} ) {SP}? [“"「]? [^。；;\n]{{0,60}}? (?:定于|于) {SP}?
          | {_CORRECTION_FIRST}
          | (?:现|将|拟|并|另|再)? (?:定于|将于) {SP}?                                      # 本委定于…开庭
            (?: {HAN}{{2,8}}? (?:后|以后|之后) {SP}? (?= {_YEAR_DIGIT} ) )?    # (定于春节假期后2033年3月18日…)
          # (各案按上列时间在本院第三法庭开庭审理: the times a list prints, the place said here)
          | (?<= (?:按照|按|依照|依|于) {SP}? ) (?= {_LISTED_TIME} {SP}? 在 )
          | (?<= 不变 [，,]? {SP}? ) (?:仍为|仍定于|仍于) {SP}?                              # 开庭时间和地点不变，仍为…
          # 本院于…在…开庭; not the day a case was filed, 本院于2036年9月22日依法立案受理并适用普通程序审理
          | (?<=本院|本委|本庭|我院|我委|本会|我会) {SP}? 于 {SP}? (?! [^，,。；;\n]{{0,24}}? (?:立案|受理) )
          | (?<= [，,；;] {SP}? ) (?= {SAME_DAY} ) )     # …开庭审理第一案，同日下午2时30分在…开庭审理第二案
        {_HEARING_BODY}
      | {_CORRECTION_FIRST} (?P<when> [^，,。；;\n”"」]{{1,40}}? ) {SP}? (?= [，,。；;\n”"」] )
      | (?<= 请 {SP}? {PRONOUN} ) {SP}? (?:按时|准时)? 于 {SP}?                       # 请你单位于…到…参加庭审
        (?P<when> [^，,。；;在于到]{{1,60}}? ) {SP}? 到 {SP}? (?P<venue> [^，,。；;\n]{{1,40}}? ) {SP}?
        参加 {SP}? (?P<session> 庭审 | 开庭 | 听证 | 调解 )
      | (?<!原|法定) {alt(HEARING_TIME_LABELS)} {SP}?                                 # 开庭时间：…，开庭地点：…
        (?:定为|为|是|[:：]|(?= {_YEAR_DIGIT} )) {SP}?                                    # (开庭时间2027年7月19日…)
        (?P<when> [^，,。；;\n]{{1,40}}? ) {SP}?                                      # (or …　　开庭地点：…)
        (?= [，,。；;\n] | $ | {SP}{{2}} {HAN}{{2,8}} [:：] )
      | (?= {_YEAR_DIGIT} | {SAME_DAY} ) (?<= ^ {SP}* (?: {ITEM_NUMBER} {SP}* )? )    # (1. ) 2024年5月20日 9:00，
        {_LISTING_HEAD}                                                                # 第三法庭，…
        (?= {SP}* [，,] | {SP} | {_SESSION_END} | {_CASE_BELOW} ) )  # (a date's digit first: spaces are not read back)
"""
# The sentence under a list of notices that serves them all: 以上文书自本公告发布之日起经过三十日即视为送达.
SERVED_ABOVE = rf"""(?:以上|上述) {SP}? (?:各|所列)? [^。；;\n]{{0,16}}?
                    (?:文书|通知书|指令书|决定书|裁决书|判决书|传票|公告) [^。；;\n]{{0,40}}? 视为送达"""
# The sentence under a list of notices that names the room of them all (以上案件开庭地点：本委第二仲裁庭（…）), or the
# place to collect what they serve (请受送达人于公告期内到本委立案窗口（…）领取裁决书, 请上述单位到本委立案室…领取,
# 以上当事人可于公告期内到…领取).
PLACE_OF_ALL_ABOVE = rf"""(?: (?:以上|上述|上列) {SP}? (?:各|所列)? {SP}? 案件 {SP}? 的? (?:开庭|庭审|听证) 地点
                            | (?:以上|上述|上列) {SP}? (?:各|所列)? {SP}? 案件 {SP}? 均? {SP}? (?= 通过 | 依托 | 使用 )
                            # (or no 请: 以上当事人可于…到…领取)
                            | (?: 请 {SP}? (?:各|上述|以上|上列)? | (?:上述|以上|上列) {SP}? 各? )
                              {SP}? (?:受送达人|当事人|单位|被申请人|被告)
                              [^。；;\n]{{0,60}}? (?= 领取 ) )
                         [^。；;\n]{{1,80}}"""
# A room whose number a form left blank (本院第　　法庭, 第＿＿审判庭): no place to go.
BLANK_ROOM = rf"第 (?: {SP}+ | [_＿]+ | [（(] {SP}* [)）] ) {alt(lexicon.ROOM_NOUNS)}"
# A hearing's place said by pointing back at one printed before it (证据交换 in 本院第三审判庭, then 开庭 在同一审判庭).
SAME_ROOM = r"(?:同一|原|上述|同一个)(?:审判庭|法庭|仲裁庭|调解室|地点)"
# A place said by pointing at the notice printed above it, in a list of notices signed once (一、甲公司：…到本委立案室
# （…）领取裁决书。 / 二、乙公司：…领取地点同上。).
# (Or with what else is as above: 公告期限、领取地点及上诉期限同上.)
# (Or named as the place above: 请你单位…到上述地点领取.)
PLACE_ABOVE = rf"(?:上述|上列|前述) {SP}? (?:地点|地址|场所)"
PLACE_AS_ABOVE = rf"""(?: (?:领取|开庭|庭审|听证|调解|询问|送达)? {SP}? (?:地点|地址|场所)
                       (?: [及、和] [^。，,；;\n]{{1,8}}? )? {SP}? (?:均|亦|也)? {SP}? 同上
                     | (?:到|在|至) {SP}? {PLACE_ABOVE} {SP}? 领取 )"""
# A room named in a sentence before the hearing's: 在本院第三审判庭组织双方当事人进行证据交换.
EARLIER_ROOM = rf"""在 {SP}? (?P<venue> [^，,。；;\n在于]{{1,30}}? {alt_after_lazy(lexicon.ROOM_NOUNS)} )
                   (?= [^，,。；;\n]{{0,30}}? (?:证据交换|质证|调解|听证|询问|会议|{_SESSION}) )"""
# Between two hearings of a list: 上午9时、上午10时30分; 9时和14时; 8月19日上午9时，8月20日上午9时.
SITTING_SEPARATOR = rf"{SP}? (?: 、 | [，,] | 和 | 及 | 以及 ) {SP}?"
# Cases heard each in turn, at the times listed: 分别开庭审理上述两案, 依次开庭.
IN_TURN = r"分别|依次|先后|逐一"
# More days of a hearing after its date, in its month (2026年10月13日、14日每日上午9时), and "each day" before its time.
MORE_DAYS = rf"{SP}? [、和及] {SP}? (?P<day>{SMALL_NUMBER}) {SP}? [日号]"
EVERY_DAY = rf"{SP}? (?:每日|每天|均为|均于|均) {SP}?"
# The last day of a hearing held on days in a row, after its first: 2026年3月24日至3月26日每日上午9时, 3月24日至26日.
DAY_RANGE_END = rf"""{SP}? [至到] {SP}? (?: (?P<month>{SMALL_NUMBER}) {SP}? 月 {SP}? )?
                    (?P<day>{SMALL_NUMBER}) {SP}? [日号]"""
# A hearing's place moved by a later clause, its time moved or kept: 开庭地点调整为本院第九法庭, 庭审地点变更至….
MOVED_PLACE = rf"""(?: 开庭 | 庭审 | 听证 | 询问 )? (?: 地点 | 法庭 ) {SP}? (?:相应)?
                   (?:调整|变更|更改|改|更正) (?:为|至|到) {SP}?
                   (?P<venue> [^，,。；;\n“”"]{{2,40}}? ) {SP}? (?= [，,。；;\n] | $ )"""
# A sitting set before the hearing, which the party attends too: 定于2026年9月3日上午9时在本院第六法庭组织双方当事人
# 进行证据交换, 定于…在本院第十一法庭召开庭前会议.
PRELIMINARY_SITTING = rf"""(?:定于|将于) {SP}? (?P<when> [^，,。；;在于]{{1,40}}? ) {SP}? 在 [^，,。；;]{{1,40}}?
                           (?: 召开 | 组织 [^，,。；;]{{0,16}}? | 进行 )
                           (?P<what> 庭前会议 | 证据交换 | 庭前调解 | 质证 )"""
# A hearing called off: 取消开庭, 取消原定的庭审, (该次)开庭取消, 撤销开庭, (原定的)开庭不再进行. (申请取消开庭 is how
# to ask for it.)
# (No spaces in it: corrections.py reads it without the verbose flag.)
HEARING_CALLED_OFF = (
    r"(?<!申请)取消(?:本次|此次|原定的?|该次)?(?:开庭|庭审)|(?:开庭|庭审)(?:予以|现)?取消|撤销(?:开庭|庭审)"
    r"|(?:开庭|庭审)不再进行"
)
# A hearing held, told of after its sentence: …依法开庭审理，你经本院传票传唤，无正当理由拒不到庭 (a ruling served after
# it; not a summons' warning, 逾期不到庭的…); or 你经书面通知无正当理由拒不到庭.
HEARING_HELD = rf"""[^。；;\n，,]{{0,30}}? [，,] {SP}? [^。；;\n，,]{{0,12}}? 经 [^。；;\n]{{0,8}}? (?:传唤|通知)
                   [^。；;\n]{{0,16}}? (?:拒不|未|没有) {SP}? (?:按时 | 准时)? 到庭"""
# A hearing put off with no new time: 延期开庭, 延期审理, 开庭时间另行通知 (申请延期开庭 is how to ask for one;
# 如有调整，本院将另行通知 and 以开庭通知书或我院另行通知为准 put off nothing).
HEARING_PUT_OFF = (
    r"(?<!申请)(?:延期|推迟)(?:开庭|审理|举行)"
    r"|(?<!如有\p{Han}{1,4}[，,][^。；;\n，,]{0,8})(?:开庭|庭审|审理)?(?:时间|日期)?另行(?:通知|确定|公告)(?!为准)"
)
# A schedule's remark cell that is only the word calling its row's hearing off or putting it off: 取消, 已撤诉, 延期.
_CALLED_OFF_WORD = r"(?: 已? (?:取消|撤销|撤诉|撤回起诉) | 延期 | 暂缓 )"
REMARK_CALLED_OFF = rf"^ {SP}* {_CALLED_OFF_WORD} {SP}* $"
# Or that word marked in brackets after the row's case number: （2035）…1533号【已撤诉】.
CASE_CELL_CALLED_OFF = rf"[【\[［（(] {SP}? {_CALLED_OFF_WORD} (?:开庭)? {SP}? [】\]］）)] {SP}* $"
# A row's remark that moves its hearing to a new time: 改期至2026年6月24日14:30, 延期至6月24日.
REMARK_MOVED = rf"(?P<moved> {_CORRECTED} ) {SP}? (?= {DIGIT} | {CN_DIGIT} )"
# The hearing as it had been set, in a notice that changes it: 原定于2023年1月10日下午3时在本院第二法庭开庭.
EARLIER_HEARING = rf"(?:原定|原订) {SP}? 于? {SP}? {_HEARING_BODY}"
# The place after its label (地址：, 地点为, 地点不变（…）): as far as the clause goes, an address in brackets with it.
_LABELLED_PLACE = rf"""{SP}?
    (?: (?: 不变 {SP}? [，,] {SP}? )? (?:仍|均|改)? (?: (?:为|是|在) {SP}? [:：]? | [:：] )  # 地点不变，仍为… (a
                                                                      # correction); 地点均为：…
      | 不变 {SP}? [（(]                                              # or 地点不变（本院第一审判庭）
      | (?= 本院 | 本委 | 本会 | 本局 | 本庭 | 我院 | 我委 | 我局 ) ) {SP}?  # or none: 开庭地点本院第六审判庭
    # (听证地点：本局三楼听证室（某某路××号）, 领取地址：某某股（某某镇****）: the place with its address in brackets)
    (?P<venue> [^，,。；;\n()（）]{{2,80}}?
               (?: {SP}? [（(] (?= [^（）()\n]{{0,60}}? (?:路|街|道|号|楼|层|室|镇|乡|村) )
                   [^（）()\n，,；;]{{4,80}}? [)）] )? )
    {SP}? (?= [，,。；;\n()（）] | [.] {HAN} | $ )  # (a full stop typed half-width: …第七审判庭.逾期不到庭)
"""
# 地址为… / 地址: … — where to appear; a contact, mail or delivery address is not a venue.
VENUE_ADDRESS = rf"""
    (?<! 联系 | 通讯 | 通信 | 邮寄 | 快递 | 送达 | 收件 | 办公 | 注册 | 住所 | 住址 | 单位 | 经营 | 户籍
       | 受理 | 投诉 | 咨询 | 服务 | 接待 | 搬迁 | 新址 )
    (?:开庭|仲裁|庭审|听证|询问|领取)? (?:地址|地点) {_LABELLED_PLACE}
"""
# A place to collect what is served, by its label (领取地址：某某局法制股（某某镇****）): the venue of a notice that
# summons nobody.
COLLECT_PLACE = rf"领取 (?:地址|地点) {_LABELLED_PLACE}"
# 到本委(…)领取 / 来本院领取 / 到…接受调查询问 — where to go when no address is printed.
# 到本委（苏州市吴中区东吴北路288号）领取 — the place, and its address in brackets when printed.
_CONTACT_WORDS = r"(?: 联系 | 电话 | 咨询 | 邮编 | 传真 | 手机 | 工作时间 | 办公时间 )"
# A line of how to reach the body, by its label: 联系人：许先生，电话：…, 咨询电话：…, 邮编：….
CONTACT_LINE = rf"{SP}* (?: {_CONTACT_WORDS} | 地址 | 邮箱 ) [^\n：:]{{0,8}} [:：]"
PICKUP_PLACE = rf"""
    # (an office's name in brackets before its address in brackets: 到本局第一税务分局（办税服务厅）（…号）领取)
    # (not the 到 of a word: 于收到本通知书之日起十五日内到某某分局…办理纳税申报, 接到, 达到)
    (?: (?<! [收得达直遇接] ) 到 | 来 | 至 ) {SP}?
    # (no business done there in it: 到税务机关办理纳税申报并接受处理 names no place to collect at)
    (?P<venue> (?! [0-9０-９] ) (?: (?! 办理 ) [^，,。；;\n()（）] ){{2,60}}?
               (?: [（(] {HAN}{{2,8}} [)）] (?= [（(] ) )? )
    {SP}?
    (?: [（(] (?: 地址 {SP}? [:：] {SP}? )?
        # (its place and its address: 本委（临沂市劳动人事争议仲裁院，临沂市兰山区…号）)
        (?P<address> [^（）()\n，,；;]{{4,80}}?
                     (?: [，,] (?! {SP}? (?: [0-9０-９] | {_CONTACT_WORDS} ) ) [^（）()\n，,；;]{{2,60}}? )? )
        # its address, not the phone after it
        (?: [，,；;] [^（）()\n]{{0,40}} )? [）)]
        (?P<room> {SP}? [^，,。；;\n()（）到在]{{1,12}}? (?:室|科|股|队|厅|庭|窗口|楼|层|处|中心) )? )? {SP}?
        # (…）三楼法制室领取, …）法规股领取, …）二楼仲裁庭领取)
    # (到…接受处理; 到本局（…办税服务厅）办理纳税申报, 到某某税务局第一税务分局办理相关涉税事宜: a place with its
    # address or an office to go to, not 到本院参加诉讼…及办理…; a property report's office: 到本院执行局如实申报…财产)
    (?: (?P<collect> (?:办理)? 领取 ) | 接受处理
      | (?<= [）)] {SP}? | (?:局|所|厅|窗口|科|股) ) 办理 [^，,。；;\n]{{2,10}} | 如实 {SP}? (?:申报|报告) )
"""
# A labour inspector's summons with a fixed time: 于2022年10月20日上午9时携带…到…接受调查询问; a social-insurance
# agency's audit: 定于…上午9时，对你单位…进行稽核。请你单位届时…到…接受稽核询问.
_INQUIRY = r"(?: 调查 | 稽核 | 检查 )? 询问"
INQUIRY_TIME = rf"""
    # (or the day after a period: 自本公告发布之日起三十日后的2032年3月31日（星期三）上午9:00，携带…)
    (?: 于 | (?<= 日后 | 期满后 ) 的? ) {SP}?
    # (not the day a paper was made: 我局于2033年12月1日作出…《…调查询问通知书》，要求你单位于…)
    (?P<when> (?: {YEAR} | {DIGIT}{{4}} | 送达 | 本通知 | 本公告 | 公告 ) (?: (?!作出) [^，,。；;\n到在《] ){{4,40}}? )
    (?= {SP}? (?:携带|[，,]|到|前往|至) )
    # (…上午9时…进行稽核。请你单位届时…到…: the time set in the sentence before)
    [^。；;\n]{{0,160}}? (?: 。 [^。；;\n]{{0,20}}? 届时 [^。；;\n]{{0,160}}? )?
    接受 {_INQUIRY}
"""
# (Its address in brackets may hold a comma: 到某某局劳动保障监察股（某某区瑞云路，门牌略）接受调查询问.)
INQUIRY_PLACE = rf"""到 {SP}? (?P<venue> (?! [0-9０-９] )
                                  (?: [^，,。；;\n（()）] | [（(] [^（）()\n]{{1,80}} [)）] ){{2,80}}? )
                    # (what to bring said between: …监察支队（…305室），携带营业执照副本…等材料接受调查询问)
                    (?: {SP}? [，,] {SP}? 并? (?:携带|带上|持) [^。；;\n]{{1,80}}? )?
                    {SP}? 接受 {_INQUIRY}"""

# 自本公告发布之日起经过30日即视为送达 / 请自本公告发布之日起30日内…领取 / 自公告之日起经过六十天.
SERVICE_PERIOD = rf"""
    # (自本公告…之日起, 请于公告…, 以上公告自发布之日起…)
    (?: (?: (?:本|以上|上述)? 公告 {SP}? 自 {SP}? | (?:自|于|从) {SP}? (?:本|发出)? (?:公告|登报|刊登|见报) )
        (?:发布|发出|刊登|刊发|见报|公布|张贴)? 之日起 [，,]? {SP}? (?:经过|满)?
      | 公告期 (?:限)? (?:为|是)? )                                              # 公告期为三十日
    {SP}? (?: (?P<days>{COUNT}) {SP}? [日天] | (?P<months>{COUNT}) {SP}? 个 {SP}? 月 ) (?P<within>内)?  # (or 三个月)
"""
# 于本询问通知书送达之日起3日内 — a deadline counted from deemed service.
AFTER_SERVICE_DEADLINE = rf"""
    送达 (?:之日)? (?:起|后) {SP}? (?P<days>{SMALL_NUMBER}) {SP}? [日天] 内
"""
# 请你单位于2026年8月14日前到…办理 / 请于2027年1月15日之前来本局领取: a day by which to come, printed as a date.
SET_DEADLINE = rf"(?<= 于 | 在 ) {SP}? (?P<deadline> {DATE} ) {SP}? (?:前|之前|以前) {SP}? (?:到|至|来|前来|前往)"
# 提出答辩状的期限为公告期满后15日内 / 答辩期为公告期满后15日 / 举证期限为公告期满后30日 / 公告期满后
# 15日内提出答辩状 — a court's answer (or evidence) deadline, counted from the end of the service period.
ANSWER_PERIOD = rf"""
    (?: (?:答辩|举证) [^。；;\n]{{0,12}}? (?:期限|期)? [^。；;\n]{{0,6}}? (?:为|是)? {SP}?
        (?:公告|送达)? (?:送达)? 期满 (?:后|之日起|次日起) 的? {SP}? (?P<days>{COUNT}) {SP}? [日天]
      | (?:公告|送达)? (?:送达)? 期满 (?:后|之日起|次日起) 的? {SP}? (?P<days>{COUNT}) {SP}? [日天] 内
        [^。；;\n]{{0,8}}? 提[出交] {SP}? (?:答辩|举证) )
"""

# ---------------------------------------------------------------- contacts
# Kept as printed when masked for privacy: 0798-82××××, 138****5678, 1384549xxxx.
PHONE_MASKS = "×＊*xX"
_MASKED = rf"[0-9]{{0,4}} [{PHONE_MASKS}]{{2,8}} [0-9]{{0,4}}"
PHONE = rf"""
    (?<![0-9０-９])
    (?: (?: [(（] 0[0-9]{{2,3}} [)）] | 0[0-9]{{2,3}} [-－—]? )? [0-9]{{2}} (?: [0-9]{{5,6}} | {_MASKED} )
      | 1[3-9][0-9] (?: [0-9]{{8}} | {_MASKED} ) )
    (?: [-－转] [0-9]{{1,5}} )?
    (?![0-9０-９{PHONE_MASKS}])
"""
PHONES = rf"""
    (?:电话|手机|座机) (?:号码)? {SP}? (?:[:：]|为)? {SP}?
    (?P<phone>{PHONE}) (?: {SP}? [、,，/或] {SP}? (?P<phone>{PHONE}) ){{0,5}}
"""
# (Its whole name: not the first characters of a longer word, 本院民一庭书记员.)
CONTACT_NAME = r"(?: (?!联系|电话|手机) [\p{Han}·] ){2,4} (?: (?! \p{Han} ) | (?= 联系|电话|手机 ) )"
CONTACTS = (
    rf"联系人 {SP}? (?:[:：]|为)? {SP}? (?P<contact>{CONTACT_NAME}) (?: {LIST_SEP} (?P<contact>{CONTACT_NAME}) ){{0,5}}"
)

# ---------------------------------------------------------------- issuers
# (Never the closing run on into it, as a page that lost its line breaks prints it: 特此公告广州市天河区人民法院.)
# (A place's other name in brackets inside it: 乌鲁木齐经济技术开发区（头屯河区）劳动人事争议仲裁委员会.)
_ISSUER_ASIDE = rf"(?<= {HAN} ) [（(] {HAN}{{1,7}} [区市县旗州盟] [)）] (?= {HAN} )"
# A branch signs as its body does, its place between: 东莞市劳动人事争议仲裁院长安分院, 某某仲裁委员会华南分会.
_BRANCH = rf"(?: {alt_after_lazy(lexicon.BRANCHED_BODIES)} {HAN}{{1,8}}? 分[院会] )"
ISSUER_NAME = rf"""(?: (?! 特此 ) (?: {HAN} | {_ISSUER_ASIDE} ){{1,30}}?
                      (?: {_BRANCH} | {alt_after_lazy(lexicon.ISSUER_SUFFIXES)} ) )"""
# The body a notice's first words name as acting: 佛山市南海区人民法院受理原告…, 某某仲裁委员会于…受理申请人….
ACTING_BODY = rf"""{WS}* (?P<issuer>{ISSUER_NAME}) {SP}? (?: 于 [^，,。；;\n]{{1,20}}? | 依法 )? (?:立案)? 受理"""
# A body that cannot sign a court or committee notice: a company's board, a law firm.
NOT_ISSUER = rf"{alt(lexicon.NOT_ISSUER_WORDS)} (?! .*? {alt(lexicon.ADMINISTRATORS)} $ )"
# A court's division after its name: 海林市人民法院民事审判第一庭定于….
DIVISION = rf"(?: {HAN}{{0,8}}? (?:审判庭|法庭|庭|执行局|局|处|室) )"

# ---------------------------------------------------------------- notice frame
_HEADING_WORDS = (("公", "告"), ("告", "示"), ("通", "告"))  # 公告, 告示, 通告, printed spaced out too: 公　告
# Spaces between a heading's two characters, at the most: a PDF's text keeps its layout's (公        告).
_HEADING_SPACES = rf"{SP}{{0,16}}"
_HEADING_WORD = "(?:" + "|".join(rf"{first} {_HEADING_SPACES} {second}" for first, second in _HEADING_WORDS) + ")"
# A heading that names no case and no one (公　告, 变更开庭时间公告), no title of its own: a page's title line over
# it may name its case.
BARE_HEADING = rf"{SP}* [^\n（()）【】\[\]0-9０-９]{{0,30}}? {_HEADING_WORD} {SP}*"
# The same, never the closing's (特此公告): the lookbehind after the first character, so that the standard
# library's re skips ahead to the first characters (before it, re tries the lookbehind at every character).
_HEADING_WORD_NOT_CLOSING = (
    "(?:" + "|".join(rf"{first} (?<!特此{first}) {_HEADING_SPACES} {second}" for first, second in _HEADING_WORDS) + ")"
)
# The field a served document's kind is of, before it: 仲裁裁决书送达公告, 民事判决书送达公告, 行政处罚决定书送达公告.
_DOCUMENT_FIELD = r"(?: 仲裁 | 民事 | 刑事 | 行政处罚 | 行政 )"
# 公告 / 开庭公告 / 某某人民法院裁决书送达公告 / 公　告 (二) / 成都市武侯区人民法院 公告 /
# 某某仲裁院关于…的公告 — alone on its line; "*ST立方公告称" or "公司发布公告" in running text never is.
HEADING = rf"""
    (?: (?P<heading_issuer>{ISSUER_NAME}) {SP}{{0,3}}
        (?: {YEAR} {SP}? 年 [^\n。，,；;：:公]{{0,20}}? [日周月] {SP}? )? )?  # (…法院2026年4月27日至4月30日开庭公告)
    (?: 关于 [^\n。，,；;：:]{{2,60}}? 的? | {_DOCUMENT_FIELD}? {alt(lexicon.HEADING_KINDS)}
      # a site's title: （2033）…2048号公告, its number bracketed before what the notice does (（…）…号某某变更开庭时间
      # 公告, [（…）…号]关于向某某公司送达评估报告的公告)
      | {CASE_NUMBER} {SP}? [】\]］]? {SP}? (?P<numbered_title>)
        (?: 关于 [^\n。，,；;：:]{{2,60}}? 的? | [^\n。，,；;：:（）()]{{0,30}}? ) )?
    {_HEADING_WORD} (?: {SP}? [（(] [^（）()\n]{{1,30}} [)）]          # 公告（二）, 开庭公告（5月20日—5月24日）
                      | {SP}? {CASE_NUMBER}                             # (a site's title: 公告（2035）藏06民终142号)
                      # (a post's bracketed kind, then the case's number: 【公告送达】（2036）陕0481民初3390号)
                      | (?<= 公告 ) 送达 {SP}? [】\]］] {SP}? {CASE_NUMBER} )?
    (?: [一二三四五六七八九十]{{1,3}} (?= [】\]］] ) )?                      # 【公告一】: one of a page's notices
"""
# A page title may carry the site's words after it: "…的公告返回公告列表 >>".
_HEADING_TAIL = r"(?: [^\n。，,；;：:]{0,16} )"
HEADING_LINE = rf"""
    ^ {SP}* (?: \#{{1,6}} {SP}+ | [【\[［] {SP}? | [◆■●▲★☆◇□•※] {SP}* )?          # (# 公告, 【公告一】, ◆ 公告)
    (?: {HAN}{{2,8}} {SP}? [|｜] {SP}? )?                    # (a post's column first: 公告送达｜某某法院关于…的公告)
    (?P<heading>{HEADING}) (?: {SP}? [】\]］] )?
    (?: {SP}* (?: [,\t|] {SP}* )* \r? $                          # 公告 on its own line (\r: see HEADING_ANCHOR_RE),
                                                                    # or a table's title row, its empty cells after it
      | {SP}+ (?= [^\n]{{1,60}} {COLON} )                            # 公告 刘珍华: … in one paragraph
      # (or, the body's name before it, glued to the names: 西林县人民法院公告岑德光：本院受理…, a paper's run-on)
      | (?(heading_issuer) (?<= 公告 ) (?= [^\s，,。；;：:]{{2,40}} {COLON} {SP}* {alt(lexicon.OPENERS)} ) | (?!) )
      | (?<= 的公告 | 的通告 | 的告示 ) {_HEADING_TAIL} \r? $          # a page title's tail
      | {SP}+ {alt(lexicon.LIST_TITLE_TAILS)} {SP}* \r? $         # an export's title: 某某人民法院 开庭公告 导出
      # (a court's table of what it serves: 某某人民法院公告送达一览表（2034年第19批）)
      | (?<= 公告 ) 送达 (?: {alt(lexicon.LIST_TITLE_TAILS)} | 清单 | 名单 )
        (?: {SP}? [（(] [^（）()\n]{{1,30}} [)）] )? {SP}* \r? $
      # (or, under a title that names the case first, what is served: （…）…号 郭润生公告送达上诉状副本及开庭传票)
      | (?(numbered_title) (?<= 公告 ) 送达 [^\n。，,；;：:（）()]{{1,30}} {SP}* \r? $ | (?!) )
      # a site's card: its kind in brackets, then its title (the case) — [公告] 刘某诉某某公司买卖合同纠纷一案
      | (?<= [】\]］] ) {SP}* [^\n。：:]{{2,60}} (?:一案|案件|纠纷) {SP}* \r? $ )
"""
# A newspaper's notice page titles each notice by its kind instead of 公告: 开庭传票, 公示催告, 裁判文书.
# (A site's list may print each item's day before it: [2026-04-16]公示催告.)
LISTED_DAY = rf"(?: [\[【［] {SP}? {DIGIT}{{4}} [-/.] {DIGIT}{{1,2}} [-/.] {DIGIT}{{1,2}} {SP}? [\]】］] {SP}? )"
BULLETIN_LINE = rf"""^ {SP}* {LISTED_DAY}? [【\[［]?
    (?P<heading> (?P<heading_issuer>{ISSUER_NAME})?? {alt(lexicon.BULLETIN_TYPES)} )
    [】\]］]? {SP}* $
    (?= \n {WS}* (?: {alt(lexicon.OPENERS)} | {ROLE} | [^\n：:]{{1,60}} [：:]        # a notice follows it, or
                    | {OPEN} {SP}? {CASE_YEAR_DIGITS} {SP}? {CLOSE} ) )                  # its case number first"""
# A table of hearings' title, which names the court over its rows: 武汉海事法院2022年5月第二周开庭排期表.
SCHEDULE_TITLE = rf"^ {SP}* {REGION_TAG}? (?P<issuer>{ISSUER_NAME}) [^\n]{{0,30}}? {alt(lexicon.SCHEDULE_TITLES)}"
# A newspaper's masthead: its name, with the issue's date on the same line (before it too: a page's running head,
# 2026年4月15日 星期三　　人民法院报　　G19) or the next.
PAPER = rf"{HAN}{{0,8}}(?:日报|晚报|晨报|法治报|法制报|时报|商报|导报|周报|人民法院报|报)"
MASTHEAD = rf"""^ {SP}* (?: {DATE} {SP}* (?: (?:星期|周) [一二三四五六日天] {SP}* )? )?
                # (or a running head: the page's code and its section before the paper's name, A7　法治·公告　拂晓报)
                (?: (?: [A-Z]{{1,2}} [0-9]{{1,2}} | 第? [0-9]{{1,2}} 版 ) (?: {SP}{{2,}} [^\n]{{1,20}}? )? {SP}{{2,}} )?
                # (a periodical's running head goes on to its issue: 大同法院公报·2022年第8期)
                {PAPER} (?= {SP} | $ | [A-Za-z·・|｜] )"""
# A newspaper runs notices on in one paragraph, each signed by its court's name glued to the next one's
# addressee: "…逾期将依法缺席裁判。辽宁省大连市甘井子区人民法院孔繁荣、曲丽娜：本院受理…". After a sentence's end,
# a public body's name before an addressee's names signs the notice before it.
SENTENCE_ENDS = "。！!"  # what ends a sentence (a run-in issuer follows one; a whole notice ends with one)
RUN_IN_ISSUER = (
    rf"(?<= (?: [{SENTENCE_ENDS}] | ^ ) {SP}* ) {REGION_TAG}? (?P<issuer>{ISSUER_NAME}) (?= [^\n：:，,。]{{2,}} [：:] )"
)
# A court's text message (12368) greets its addressee where a notice prints the colon, and names the court in
# brackets before: 【某某人民法院】王某某，您好！您与…一案…定于…开庭审理 (or 王某某：您好！).
GREETING = rf"[，,：:] {SP}? (?:您好|你好) {SP}? [！!，,。]?"
# (Or a post's heading, the notice's names after it on its line or the next: #法院公告# 【某某人民法院公告】王某：…)
BRACKETED_ISSUER = rf"【 {SP}? (?P<issuer>{ISSUER_NAME}) {SP}? (?: 公告 {SP}? )? 】 {SP}* (?: \r?\n {SP}* )?"
# A public body's name alone on its line: above a heading it names the issuer, at the end a signature.
# Where the seal goes, printed after a signature's name: 和田市人民法院（院印）.
SEAL_MARK = rf"(?: {SP}? [（(【\[] {SP}? {alt(lexicon.SEAL_MARKS)} {SP}? [)）】\]] )"
# (Or in brackets, as a gazette signs each of a column's notices: [安徽省阜阳市颍州区人民法院].)
ISSUER_LINE = rf"""^ {SP}* (?: {REGION_TAG} | (?P<bracket> [\[［〔] ) {SP}? )? (?P<issuer>{ISSUER_NAME}) {SEAL_MARK}?
                   (?(bracket) {SP}? [\]］〕] ) {SP}* $"""
# A letter's signer alone on its line, labelled or not (出租人：某某置业有限公司, 某某典当有限责任公司（盖章）):
# whether it is a public body's is NOT_ISSUER's to say.
SIGNER_LINE = rf"""^ {SP}* (?: {HAN}{{1,6}} {SP}? {COLON} {SP}* )?
                   (?P<signer> [^\n：:。，,；;！!？?]{{4,40}}? ) {SEAL_MARK}? {SP}* $"""
# A site's footer naming the body whose site it is: 广州市海珠区人民法院 版权所有, 主办单位：某某仲裁委员会,
# 某某人民法院 地址：…, Copyright © 2026 某某人民法院.
_OWNS = r"(?:版权所有|主办单位|主办|承办单位)"
_YEARS = rf"(?: [0-9]{{4}} (?: {SP}? [-–] {SP}? [0-9]{{4}} )? {SP}* )"  # (Copyright © 2012-2026)
SITE_OWNER = rf"""^ {SP}* (?: (?: {_OWNS} | Copyright ) {SP}* [：:©]? {SP}* (?: (?:©|\([cC]\)) {SP}* )? {_YEARS}?
                              (?P<owner>{ISSUER_NAME}) (?!\p{{Han}})
                         | (?P<owner>{ISSUER_NAME}) {SP}* (?: {_OWNS} | 地址 {SP}? [：:] ) )"""
# A case number alone on its line, above the addressee (or the numbers of the cases heard together:
# （2026）吉75民终41号、（2026）吉75民终42号).
# (A site's list of hearings titles each item by its number, its cause and the day it was posted: （2025）闽0203民初
# 5102号 买卖合同纠纷2025-06-05.)
# Or an item's title in a list of documents served, its number in brackets:
# 二、劳动保障监察限期改正指令书（喀市人社监令字〔2026〕第009号）, or the number alone: 一、龙新人社监询〔2026〕5号.
_CASE_NUMBERS = rf"(?: {CASE_NUMBER} (?: {SP}? [、，,] {SP}? {CASE_NUMBER} ){{0,9}} )"
# (A site's bracketed label before the number: 【公告】（2026）沪0115民初20415号.)
# (Or a site's label of the number in brackets: 【案号】（2026）粤0703民初4128号, over the addressee; or the number
# itself in brackets, under the heading: （（2028）京0108民初9254号）, ［（2028）苏0104民初1893号］, 【（2026）…号】.)
# (【案号】, 【开庭公告】, 开庭公告：; or the bracket closed after the number, 【案号：（2034）…号】)
# (【某某人民法院公告】, a post's heading, before the number and the names: the body's name may be long)
_CASE_LINE_LABEL = rf"""(?: 【 {SP}? (?: (?: {ISSUER_NAME} {SP}? )? [^】\n]{{0,6}} 公告 | 案 {SP}? 号 ) {SP}? 】
                          | {HAN}{{0,6}} 公告 {SP}? [：:]
                          | 【 {SP}? 案 {SP}? 号 {SP}? [：:] )"""
# (An item's mark: 1. or 一、, or a digest's 【1】.)
_ITEM_MARK = rf"(?: {ITEM_NUMBER} | [【\[［] {SP}? [0-9０-９]{{1,3}} {SP}? [】\]］] )"
CASE_LINE = rf"""^ {SP}* (?: (?: {_CASE_LINE_LABEL} {SP}? | {HAN}{{0,4}} {alt(lexicon.PAPERS_BEFORE_NUMBER)} {SP}? )?
                             (?P<item_mark> {_ITEM_MARK} )? {SP}? (?: (?P<outer> {OPEN} ) {SP}? )?
                             (?P<case_line> {_CASE_NUMBERS} )
                             (?(outer) {SP}? {CLOSE} | (?: {SP}? 】 )? )
                             (?: {SP}* [^\n]{{1,30}}? (?:纠纷|争议|罪) (?: {SP}* {DATE} )?
                               | {SP}* {DATE}  # (开庭公告：（2026）鲁0112民初3390号2026-04-15: a list's item)
                               | {SP}* (?:公告送达|送达公告|公告)  # (an item's title: （…）…号 公告送达)
                               # (or an item's kind of notice, as a gazette names it: 【1】（…）…号 上诉状副本及
                               # 开庭传票; not a site's list of titles, （…）…民催9号 公示催告, over another notice)
                               | (?(item_mark) {SP}* {alt(lexicon.BULLETIN_TYPES)} | (?!) )
                               # (or a site's line of the page's posting after it, 发布日期：… 来源：…)
                               | {SP}{{2,}} {alt(lexicon.POSTING_LABELS)} {SP}? {COLON} [^\n]* )?
                           | {ITEM_NUMBER} {SP}? [^\n（(]{{1,40}}? [（(] {SP}?
                             (?P<case_line> {CASE_NUMBER} ) {SP}? [)）] )
    {SP}* $"""
# A case's number run on before the names, where a feed lost the line break between them
# (【案号】(2034)黑0503民初455号唐国富：).
CASE_BEFORE_NAMES = rf"""{SP}* (?: (?: {_CASE_LINE_LABEL} {SP}? | 案 {SP}? 号 {SP}? {COLON} {SP}? )?
                               (?P<case_line> {CASE_NUMBER} ) (?: {SP}? 】 )?  # (【案号：（2034）…号】)
                             | 【 {SP}? (?P<case_line> {CASE_NUMBER} ) {SP}? 】 ) {SP}*"""  # (or 【（2034）…号】贺某:)
# The addressees before the colon, read backwards from it (see segment): 青島某某有限公司、某某:
# Quote marks before the first name are no part of it: a notice pasted into code as a string ("""某某公司：…).
ADDRESSEE_LIST = rf"""
    (?: (?= {SHIP_NAME} ) | ["'`“‘]{{0,3}} )                           # (a quote before the names, not a ship's)
    (?: 致 {SP}? )?                                                  # 致…：
    (?: (?P<role>{ROLE}) {SP}? )? {HEIRS_OF}? {SHIP_OWNER_LEAD}?
    (?P<party>{ADDRESSEE_NAME}) (?: {IDENTIFIER} | {NAME_ASIDE} )?
    (?: {SP}? (?: [、,，] {SP}? | 、 {WS}* | 及其 {alt(lexicon.ITS_PEOPLE)} {SP}? )        # (、 may end a line)
        (?: {ROLE} {SP}? )? (?P<party>{ADDRESSEE_NAME})
        (?: {IDENTIFIER} | {NAME_ASIDE} )? ){{0,40}}
    {CLASS_OF_PEOPLE}?
"""
# 被申请人：某某公司 / 被行政处理人:新疆某某公司 — the addressee as a labelled line.
# What a court prints after a party's name on its line: 被告：黄某，男，1981年6月出生，汉族，住… /
# 被告：某某公司，住所地….
_PARTY_DETAILS = rf"""(?: {SP}? [，,] {SP}?
    (?: 男 | 女 | 住 | 户籍 | 身份证 | 公民身份 | 统一社会信用代码 | 法定代表人 | 负责人 | 经营者 | 出生
      | {HAN}{{1,4}} 族 [，,] )
    [^\n]* )"""
ROLE_LABEL_LINE = rf"""
    # 被申请人：…, 致：…, 致被申请人：…
    ^ {SP}* (?: (?P<role>{ROLE} | {alt(lexicon.LABEL_ROLES)}) | 致 (?: {SP}? (?P<role>{ROLE}) )? ) {SP}? {COLON} {SP}?
    (?P<numbered> {ITEM_NUMBER} {SP}? )?
    (?P<party>{ADDRESSEE_NAME}) (?: {IDENTIFIER} | {NAME_ASIDE} )?
    (?: {_PARTY_DETAILS}
      | (?: {SP}? [、,，] {SP}? (?P<party>{ADDRESSEE_NAME}) (?: {IDENTIFIER} | {NAME_ASIDE} )? ){{0,40}} )
    {SP}* $
    # (被告：1.杨某某（男，…） / 　2.赵某（女，…）: numbered, the others on the lines below, a number each)
    (?(numbered) (?: \n {SP}* {ITEM_NUMBER} {SP}? (?P<party>{ADDRESSEE_NAME}) (?: {IDENTIFIER} | {NAME_ASIDE} )?
                     {_PARTY_DETAILS}? [；;，,。]? {SP}* $ ){{0,40}} )
"""
# Persons described a line each, the last line ending with the colon (no role label before them): 刘某，男，1975年6月
# 12日出生，汉族，住…； / 曾某，男，…住…： — the addressees, each its name.
DESCRIBED_ADDRESSEES = rf"""
    (?: {SP}* (?: (?P<role>{ROLE}) {SP}? )? (?P<party>{ADDRESSEE_NAME}) {IDENTIFIER}? {_PARTY_DETAILS}
        [；;，,。] {SP}* \n ){{0,40}}
    # (an identifier may stand between the name and the rest: 叶某（护照号码：E5…），男，…，现居住于意大利…：)
    {SP}* (?: (?P<role>{ROLE}) {SP}? )? (?P<party>{ADDRESSEE_NAME}) {IDENTIFIER}? {_PARTY_DETAILS} [：:]
"""
# An item's number in brackets: （二） (1).
BRACKETED_ITEM_NUMBER = r"(?: [（(] [0-9０-９一二三四五六七八九十]{1,3} [)）] )"
# An item's number at its line's start, and the spaces after it (一、申请人某某与你单位…；, 二、乙公司：).
ITEM_LINE_START = rf"^ {SP}* {ITEM_NUMBER} {SP}*"
# The other side a body points to by its role (本委受理的下列申请人诉你单位劳动争议五案…：), each on an item's line
# after its role: 1.申请人王振山，案号：…； (not the addressees listed so: 向下列被执行人公告送达…)
POINTED_ROLE = rf"(?: 下列 | 以下 | 如下 ) {SP}? (?P<role>{ROLE}) {SP}? (?:诉|与) {SP}? {PRONOUN}"
ROLE_ITEM = rf"^ {SP}* {ITEM_NUMBER} {SP}* (?P<role>{ROLE}) {SP}? {COLON}? {SP}?"
# An addressee printed as an item of a list, alone on its line (its case number in brackets after it), and
# its body below it in the second person: 一、郑州某某有限公司 / 文号：… / 你单位涉嫌…, 二、温州某某厂（苍人社监询字
# 〔2026〕第024号） / 经调查，你单位…. Each item is a notice of its own under the list's heading and signature.
ENUMERATED_ADDRESSEE = rf"""
    ^ {SP}* {ITEM_NUMBER} {SP}*
    (?P<names> [^\n:：，,。；;]{{2,80}}? ) {SP}* (?: [（(〔\[] {SP}* {CASE_NUMBER} {SP}* [)）〕\]] )? {SP}* \r? \n
    (?: {SP}* \r? \n )? {SP}* (?= {PRONOUN} | 经查 | 经调查 | 经核查 | (?:文号|案号|编号) {SP}* {COLON} )
"""
# 本院 / 本委 / 我局 … — the first person of a public body, with what it does: the body of a notice.
OPENER = rf"""
    (?P<opener> {alt(lexicon.OPENERS)} ) {SP}?
    (?= (?:现|已|已经|依法|于|在|对|就|根据|依据|受理|审理|定于|将|拟|决定|作出|经|立案(?!庭)|刊登|向|因|现对
          |发出|收到|执行) )
"""  # (not a division's name: 来源：本院立案庭, a page's source line)
# A gazette's notice that opens with its case number, its body after it on the line (（2026）闽0582民催15号　申请人某某
# 因遗失…向本院申请公示催告 / （2025）皖1202民特201号　本院于…立案受理…): under a section's title, one after another.
CASE_LED_OPENER = rf"""^ {SP}* (?P<case_line> {CASE_NUMBER} ) (?: \u3000 | [\x20\xa0]{{1,4}} ) {SP}*
                       (?= (?: {alt(lexicon.OPENERS)} ) {SP}? (?:于|受理|经|在|依法)
                         | {ROLE} [^\n。]{{1,120}}? 向 {SP}? (?: {alt(lexicon.OPENERS)} ) )"""  # (…向本院申请…)
# A notice in a newspaper's column with no heading or addressee over it, that opens with whoever applied: a special
# procedure's applicant, the court next in its sentence (申请人范淑芬申请宣告范国利失踪一案，本院于2027年4月7日立案;
# 申请人某某公司因遗失汇票一张，向本院申请公示催告), or a court that took a bankruptcy on application
# (天津市第三中级人民法院根据某某有限公司的申请，于2027年4月12日裁定受理…破产清算一案).
APPLICANT_LED_OPENER = rf"""^ {SP}*
    # (as far as a lost bill's particulars in brackets take: 申请人某某公司因遗失银行承兑汇票一张（票号：…，
    # 出票日期…），向本院申请)
    (?P<opener> 申请人 (?= [^\n。]{{1,240}}? (?: 向 {SP}? {alt(lexicon.OPENERS)} {SP}? 申请
                                          | [，,] {SP}? {alt(lexicon.OPENERS)} {SP}? (?:于|已|依法|决定|经)
                                          # (…申请宣告某某失踪一案，经查：; a narrow column's line ending at the
                                          # comma: …失踪一案， / 经查：)
                                          | 一案 [，,] \s{{0,2}} 经查 ) )
              # (or the applicant's name alone, its application the case: 李桂芳申请宣告丁建国失踪一案，本院于…立案)
              | (?= {HAN}{{2,30}}? 申请 (?:宣告|认定) [^\n。，,]{{1,40}}? 一案 [，,] {SP}? {alt(lexicon.OPENERS)} {SP}?
                    (?:于|已|依法|决定|经) ) {HAN}
              | {HAN}{{2,30}}? 法院 (?= {SP}? (?:根据|依据) [^\n。]{{1,80}}? 申请 [^\n。]{{0,40}}? 裁定受理 ) )"""
# A newspaper's correction of a notice it printed opens with the paper speaking: 本报2025年6月12日第6版刊登的…的公告中….
CORRECTION_OPENER = r"(?P<opener> 本报 ) (?= [^。\n]{0,40}? 刊登的 [^。\n]{0,80}? 公告 )"
# 现依法向你公告送达 / 向你单位送达 / 因你单位… — a body speaking to its addressee.
ADDRESSED_BODY = rf"""
    (?: 向 {SP}? {PRONOUN} [^。；;\n]{{0,6}}? (?:公告)? 送达
      | 因 {SP}? {PRONOUN}
      | {PRONOUN} {SP}? (?:与|诉)
      | 诉 {SP}? {PRONOUN}
      | 与 {SP}? {PRONOUN}
      | {_PRONOUN_NOUN} {SP}? (?:涉嫌|存在|未|拒不|拖欠|违反|应|于|自|法定代表人)  # 你单位涉嫌…
      | 请 {SP}? {PRONOUN}
      | 对 {SP}? {PRONOUN}                                    # 某某人民政府已于…对你们共有的房屋作出…
      | \A {WS}{{0,4}} {PRONOUN}                             # 你位于…的房屋: the body opens speaking to the addressee
      # (or it opens with the hearing it moves or calls off: 原定于…开庭审理的…一案)
      | \A {WS}{{0,4}} 原[定订] {SP}? 于? [^。；;\n]{{0,80}}? (?:开庭|审理|听证) )
"""
# Words of proceedings: a public body's notice to the public is one of ours only if it is about cases.
PROCEEDINGS = (
    r"开庭|庭审|审理|仲裁|诉讼|立案|送达|案件|投诉|举报|监察|执行|判决|裁决|调解|当事人|申请人|债权|催告|破产|重整|清算"
)
# A form's blank where a notice prints its parts: the addressee (×××：), a year, a date or a time
# (××××年, 20××年, 上午×时), a case number's year (（××××）, （20××）), a room's number (第×审判庭), a court's
# name (特此公告。××旗人民法院). A masked address (新厂西路××号) or name (张××) is a real notice's, printed so for
# privacy: a blank that follows a character is not a form's.
BLANK = r"[×ＸX＊*□_＿]"  # (a line to write on too: ______：, ____年__月__日)
PLACEHOLDER = rf"""(?<= ^ {SP}* | [（(〔\[] ) {BLANK}{{2,}}                      # ××××人民法院, （××××）
                 | (?<! [\p{{Han}}A-Za-z] ) {BLANK}{{2,}} (?= [：:诉年月日时] )   # ×××：
                 | (?: {BLANK}{{4}} | (?<= 20 ) {BLANK}{{2}} ) (?= 年 )           # 定于××××年, 20××年
                 | (?<= [（(〔\[] 20 ) {BLANK}{{2}} (?= [）)〕\]] )                # a case number's year: （20××）
                 | (?<= 午 ) {BLANK}{{1,2}} (?= [时点] )                           # a clock's hour: 上午×时
                 | (?<= 第 ) {BLANK}{{1,2}} (?= 审判庭 | 法庭 | 仲裁庭 )             # a room: 第×审判庭
                 | (?<! [\p{{Han}}A-Za-z] ) {BLANK}{{2,}} (?= \p{{Han}}{{0,4}}? (?:人民法院|仲裁委员会) )  # ××旗法院
                 | 【 (?: \p{{Han}}{{0,4}} (?:名称|姓名|案由|受送达人) | [年月日时分] | {BLANK}+ ) 】
                   # 【原告名称】, 【年】
                 | \{{\{{ {SP}* [A-Za-z_][\w.|()"'、, ]{{0,60}}? {SP}* \}}\}}            # a template's variable
                 | \{{% [^%\n]{{0,60}} %\}}                                          # a template's tag (Jinja)"""
# A listed company's disclosure quotes a court's summons and a hearing's fields; it is not a notice.
COMPANY_DISCLOSURE = r"证券代码|证券简称|本公司及董事会|公司董事会"
# A title about a body's own business (OWN_BUSINESS_TITLES), unless it names a case: 关于…采购合同纠纷一案的公告.
# (Not a case's own word in general: 企业破产案件管理人名册 names cases, no case.)
# (Nor 开庭 in general: 关于2027年春节期间暂停开庭的公告, …暂停受理和开庭的公告, …立案及开庭工作安排的公告 name no
# hearing of anyone's.)
# (Nor 案件受理, a body's intake of cases: 关于…国庆节假期期间案件受理及庭审安排的公告; …期间暂停受理案件的公告.)
_NAMES_A_CASE = (
    r"纠纷|一案|(?<!破产|一审|二审|再审|上诉|执行|受理)案件(?!受理)|(?<!电子)送达"  # (启用电子送达平台: a system)
    r"|(?<!(?:暂停|停止)\p{Han}{0,4})开庭(?!\p{Han}{0,2}安排)"
)
# A report's headline (REPORT_TITLES) is none, whatever case it names: …复议案件审查情况通报, 二审维持原判！….
OWN_BUSINESS_TITLE = rf"""^ (?: (?! [^\n]* (?:{_NAMES_A_CASE}) ) [^\n]*? {alt(lexicon.OWN_BUSINESS_TITLES)}
                             | [^\n]*? {alt(lexicon.REPORT_TITLES)} )"""
PREMISES_TITLE = rf"^ (?! [^\n]* (?:{_NAMES_A_CASE}) ) [^\n]*? {alt(lexicon.PREMISES_TITLES)}"
# A notice that makes something known to whom it may concern: 公示催告, 债权申报, 船舶优先权催告.
PUBLIC_NOTICE_MARK = rf"""(?: 现予公告 | 予以公告 | 特此公告 | 公告如下 | 申报权利 | 申报债权 | 申请公示催告
                          | 宣告 {HAN}{{1,12}}? (?:失踪|死亡) | (?:寻找|认领) {HAN}{{0,8}}? 公告 | 认定财产无主 )"""
# A line that opens with an addressee ("张德明：本院受理…"): never the tail of the line above.
# A body that opens with a party suing the addressee, no role before it: 某某银行诉你金融借款合同纠纷一案.
SUES_ADDRESSEE = rf"[^。；;，,：:\n]{{2,40}}? (?:(?<![投申控])诉|与) {PRONOUN}"  # (not 投诉你单位: a complaint)
ADDRESSEE_START = (  # (秦某：案外人某某公司对本院…: a body may open with a party in its role)
    # (Not a colon inside an aside, 某某商店（经营者：马丽娟）诉你…: a sentence's name, cut by a column.)
    rf"{SP}* [^\n：:。；;，,]{{2,60}} (?<! [（(] [^（()）\n]{{0,30}} ) [：:] {SP}*"
    rf" (?: {alt(lexicon.OPENERS)} | {PRONOUN} | 经查 | 现依法 | {ROLE} | {SUES_ADDRESSEE} )"
)
# Service by notice, whoever it addresses: the mark of a notice's body.
# (Not a report's figures of it: 压缩公告送达比例, 公告送达率, 公告送达1873件次, 公告送达工作.)
SERVICE_MARK = rf"""(?: {_NOT_SERVED_BEFORE} 公告送达 (?! 比例 | 率 | [0-9０-９]+ 件 | 工作 )
                      | 即视为送达 | 视为送达 | 依法送达 | 向其送达 )"""
CLOSING = rf"特此 {SP}? (?P<closing>公告|更正|通知|告示|通告|公示|告知) {SP}? [。.！!]?"
# The publication date printed beside a notice by a newspaper or a feed: 刊登日期：2016-07-17.
PUBLICATION_LABEL = rf"{alt(lexicon.PUBLICATION_LABELS)} {SP}? [:：]? {SP}? (?P<published>{DATE})"
# A signature printed on one line over the notice's heading, its date first or its issuer first (2035年3月29日
# 某某人民法院 / 公告 / 甲：…): the date a notice signed nowhere below was published.
SIGNATURE_OVER_HEADING = rf"""^ {SP}* (?: (?P<published>{DATE}) {SP}+ {REGION_TAG}? {ISSUER_NAME}
                                       | {REGION_TAG}? {ISSUER_NAME} {SP}+ (?P<published>{DATE}) ) {SP}* $"""
# A table's signature as a site's export labels it, on a line of its own: 发布单位：某某人民法院  发布日期：2037-09-21.
# (Or on two lines, a row each of a sheet exported with its empty cells: 发布单位：某某人民法院,,,, / 发布日期：…,,,,)
LABELLED_SIGNATURE = rf"""^ {SP}* (?:发布单位|发布机关|发布机构|公告单位) {SP}? [:：] {SP}? (?P<issuer>{ISSUER_NAME})
                         (?: {SP}+ | [,\t]* \r? \n {SP}* ) (?:发布日期|公告日期) {SP}? [:：] {SP}? (?P<published>{DATE})
                         [,\t]* {SP}* $"""
# A site's 发布日期 line by a notice its signature leaves undated (某某法院 / 二〇二八年六月  日): the date alone,
# not a posting time (发布日期：2028-06-16 10:22 is when the page was posted).
POSTED_ON_LABEL = rf"发布日期 {SP}? [:：] {SP}? (?P<published>{DATE}) (?! {SP}* [0-9]{{1,2}} [:：] )"
# The signature: the issuer at the start of a line (or after a sentence, in a one-paragraph
# notice), the publication date after it.
# A court's division may sign under the court's name (某某人民法院立案庭, 某某人民法院执行局), a committee's
# office under the committee's (某某仲裁委员会办公室): the issuer is the court or the committee.
# A bulletin system's export prints it as fields: 落款：某某人民法院 / 日期：2026年12月7日; a signed PDF's text,
# its seal's marker: [电子印章：某某人民法院].
_SEAL_OPEN = rf"[\[【（(] {SP}? (?:电子)? (?:印章|签章|公章) {SP}? [:：] {SP}?"
# (A tribunal signs in its own name: a dispatched one, 某某人民法院某某人民法庭, or a court's standing tribunal,
# 最高人民法院知识产权法庭, 第一巡回法庭, 第一国际商事法庭: the issuer, whole. A division is a 庭: 立案庭, 民一庭.)
_SIGNING_DIVISION = rf"""(?: (?<=法院) (?! {HAN}{{0,8}}? 法庭 ) {HAN}{{0,8}}? (?:庭|执行局|赔偿委员会)
                         | (?<=委员会) (?:办公室|秘书处) )"""
SIGNATURE = rf"""
    (?<= ^ | [\s。.!！,，] | [。.!！] [（(] | 特此公告 | 特此通知 | 号 [)）】\]] )  # (or in brackets after the last
    # sentence: 。（某某法院 2026年12月7日）; or after the closing, run on; or after the case's number in brackets, run
    # on: …缺席判决。(案号:(2034)粤1602民初2215号)广东省河源市源城区人民法院二〇三四年四月二十五日;
    # 【案号：…号】某某法院)
    # (or in square brackets on its line, with its date: [某某法院　二〇二六年三月二日])
    (?: {REGION_TAG} | 落款 (?:单位)? {SP}? [:：] {SP}? | {_SEAL_OPEN} | (?<= ^ {SP}* ) [\[［〔] {SP}? )?
    (?P<issuer>{ISSUER_NAME}) {_SIGNING_DIVISION}? (?: {SEAL_MARK} | [\]】）)] )?
    # its other name: …委员会 / （上海国际仲裁中心）; an administrator's firm, right-aligned under it: …管理人 /
    # （某某律师事务所）
    (?: (?: {WS}{{0,4}} | {SP}* \n {SP}* ) [（(] [^（）()\n]{{1,30}} [)）] )?
    (?: {SP}* \n [^\n\p{{Han}}0-9０-９]{{2,200}} (?= \n ) )?          # or in another script, on a line of its own
    {WS}{{0,200}} (?: (?:落款)? 日期 {SP}? [:：] {SP}? )? (?P<published>{DATE})   # (a wide page right-aligns it)
    (?! {SP}* [0-9０-９]{{1,2}} [:：] [0-9０-９]{{2}} )       # (not a message's time stamp: 2026-08-11 10:06:40 某某)
"""
# The issuer alone at the end of a record's text: "…逾期将依法缺席判决。 [北京]北京市丰台区人民法院 刊登版面：G29".
TRAILING_ISSUER = rf"""
    (?<= [。.!！,，] {SP}{{0,3}} ) (?! 上诉 | 向 | 于 | 由 | 到 )      # (not a clause: 上诉于某某中级人民法院)
    {REGION_TAG}? (?P<issuer>{ISSUER_NAME})
    (?= {SP}* (?: $ | \n | {SP}刊登 | {SP}{HAN}{{2,4}}[:：] ) )
"""
# A date alone, after the closing or the body: the signature of a notice that names no issuer below.
DATE_LINE = rf"^ {SP}* (?P<published>{DATE}) {SP}* [。.]? {SP}* $"
# A day of sessions printed once over a table of them, its weekday beside it: 2026年11月18日（星期三）, 今日开庭
# （2026年12月1日 星期二）; not a page's time of posting or update (发布时间：2026年12月1日 星期二).
SESSION_DAY = rf"(?<! (?:发布|更新|抓取|采集|打印|生成) [^\n]{{0,8}} ) {DATE} {WEEKDAY}"
DATE_AFTER_CLOSING = rf"\G {WS}{{0,6}} (?P<published>{DATE}) {SP}* [。.]?"
# 本院定于2017年5月24日上午9时在本院新兴法庭公开开庭审理…一案 — a court's session listing, one
# sentence with no addressee. It starts a line or a sentence, or follows a label (正文：). An item of a
# numbered list may name its case first, then when and where (1、（2025）…号原告…一案，定于…开庭审理；).
# 案号：（2017）浙03民终1023号 — printed after a listing's sentence, it belongs to it.
_LISTED_NUMBER = rf"(?: {SP}* 案号 {SP}? [:：] {SP}? [^。；;\n]{{1,40}} [。]? )?"
LISTING = rf"""
    (?P<listing>
      (?: (?: {alt(lexicon.OPENERS)} | (?P<listing_issuer>{ISSUER_NAME}) {DIVISION}? ) {SP}? (?:现|将|拟)? 定于
        | (?<= ^ {SP}* ) 定于 )                                   # a list's next paragraphs drop the subject
      (?: [^。；;]{{1,200}}? (?:{_SESSION}) [^。；;]{{0,300}}? 案 [^。；;\n]{{0,40}}?
        # (…在本院第二法庭，对…一案【…】进行公开宣判。)
        | [^。；;，,]{{1,200}}? [，,] {SP}? 对 [^。；;]{{1,300}}? 案 [^。；;\n]{{0,40}}?
          (?:进行|依法) {SP}? (?:公开)? {SP}? (?:{_SESSION}) {SP}? )
      (?:[。；;]|$) {_LISTED_NUMBER}
    | (?<= ^ {SP}* {ITEM_NUMBER} {SP}? ) (?P<case_first>)  # 1、（2025）…号原告…诉被告…一案，定于…在…开庭审理；
      [^。；;\n]{{1,200}}? (?:一案|案件) {SP}? [，,] {SP}? (?:现|将|拟)? 定于
      [^。；;\n]{{1,200}}? (?:{_SESSION}) [^。；;\n]{{0,40}}? (?:[。；;]|$)
    | (?<= ^ {SP}* {ITEM_NUMBER} {SP}? ) 原定于   # 5.原定于…开庭审理的原告…一案，因…，改期至…在…开庭审理。
      [^。；;\n]{{1,200}}? (?:{_SESSION}) [^。；;\n]{{1,200}}? 一案 [^。；;\n]{{0,60}}? {_CORRECTED} {SP}?
      (?= {DIGIT} | {CN_DIGIT} ) [^。；;\n]{{1,100}}? (?:{_SESSION}) [^。；;\n]{{0,40}}? (?:[。；;]|$)
    )
"""
# What may follow a listed case's full stop on its line: nothing, the next listing, its judges. (Not what news goes on
# to tell: 6月11日上午9时30分，某某法院在第一法庭公开开庭审理被告人…一案。某某区人民检察院指派检察员出庭支持公诉…)
_AFTER_LISTED = rf"(?= {SP}* (?: $ | {_YEAR_DIGIT} | {ITEM_NUMBER} | [（(] | 审判长 | 审判员 | 合议庭 | 承办 | 书记员))"
# 2024年05月20日 09:00，第三法庭，（2024）苏0506民初3321号，原告…诉被告…纠纷一案 — a listing line that starts
# with the time and the room; or 2024年06月17日（星期一）09:00，在本院第六法庭公开开庭审理原告…一案，案号：….
# (Not a report of a hearing held, as a court's bulletin or news tells it: 11月16日上午9时，民一庭在第三法庭公开开庭
# 审理了原告…一案.)
# (Nor news of a court's day that counts the cases: 6月10日上午9时，某某法院在第一法庭对12起…纠纷案件进行集中宣判.)
_CASES_COUNTED = r"""(?: (?<![0-9０-９:：.]) [0-9０-９]{1,4} [起批件] | [一二三四五六七八九十两]{1,3} 批
                       | (?!一起|一件) [一二三四五六七八九十两]{1,3} [起件] ) (?= [^。；;\n]{0,20}? 案 )"""
DATED_LISTING = rf"""
    ^ {SP}* (?: {ITEM_NUMBER} {SP}* )? (?P<listing>                          # (1. 2026年9月8日…: a list's item)
      {_LISTING_HEAD} (?! [^。；;\n]{{0,80}}? (?:{_SESSION}) 了 ) (?! [^。；;\n]{{0,120}}? {_CASES_COUNTED} )
      (?: {SP}* [，,] {SP}* | {SP}+ | (?= {_SESSION_END} ) | {_CASE_BELOW} )
      (?: [^。；;\n]{{1,300}}? (?: 案件? | 纠纷 | 争议 | 罪 | 异议 ) [^。；;\n]{{0,40}}?  # (异议: 执行行为异议)
          (?: 。 {_LISTED_NUMBER} {_AFTER_LISTED} | [；;] {_LISTED_NUMBER} | $ )
        # a row's case named by its parties, its cause after them: 公诉机关…检察院 被告人某某 危险驾驶 (a charge, no
        # 罪), 原告某某诉被告某区人民政府行政强制 (an administrative case, no 纠纷)
        | [^。；;\n]{{0,120}}? (?: 被告人 | 诉 ) [^。；;\n]{{1,120}} $ )
    )
"""
# A listing's time and room on a line of their own (its case under it): 1. 2026年3月16日（星期一）上午9:00 第一法庭.
LISTING_HEAD_LINE = rf"^ {SP}* (?: {ITEM_NUMBER} {SP}* )? {_LISTING_HEAD} {SP}* $"

# A schedule's day on a line of its own, its sessions on the lines under it: ■ 2026年4月27日（星期一）, 4月28日：.
# (Or the sentence that sets the day for the cases listed under it: 本院定于2026年4月21日（星期二）在本院公开开庭审理
# 下列案件：)
_DAY_FOR_THE_LIST = rf"""(?: {alt(lexicon.OPENERS)} )? {SP}? 定于 {SP}? (?P<day> {DATE} ) {WEEKDAY}?
                         [^\n：:。]{{0,30}}? (?:下列|以下|如下) [^\n：:。]{{0,10}} [:：]"""
DAY_HEADING_LINE = rf"""^ {SP}* (?: [■□●○◆◇▲△▶►★☆※•·◎] {SP}* )?
                        (?: (?P<day> {DATE} ) {WEEKDAY}? {SP}* [:：]? | {_DAY_FOR_THE_LIST} ) {SP}* $"""
# A session under its day: its time first, then its cells apart by a full-width space or aligning spaces
# (上午9:00　第一仲裁庭　武侯劳人仲案〔2026〕412号　申请人：某某　被申请人：某某　案由：劳动报酬).
DAY_ROW = rf"""^ {SP}* (?: {ITEM_NUMBER} {SP}* )? (?P<time> {_LOOSE_CLOCK} )
               (?P<cells> (?: (?: \u3000 | {ALIGNING_SPACES} ) [^\n]+ ){{2,}} ) $"""  # (1、上午9:00　…: numbered)
DAY_ROW_CELL = rf"""(?: \u3000 | {ALIGNING_SPACES} ) {SP}* (?P<cell> [^\u3000\n]+? ) {SP}*
                   (?= \u3000 | {ALIGNING_SPACES} | $ )"""

# A rule drawn across a page in text (------, ━━━━, ＝＝＝): under a table's header, between two notices.
RULE = r"[-─━=＝—_－]"

# A site's menu copied with its page: items apart by bars (three bars at least), or a path of pages apart by >
# (首页 > 审务公开 > 开庭公告). A court's name over it heads the page's notice under it.
MENU_LINE_RE = compile_pattern(r"[^|｜\n]*(?:[|｜][^|｜\n]*){3,}|[^>＞»\n]{1,12}(?:[>＞»][^>＞»\n]{1,12}){2,}")

# ---------------------------------------------------------------- noise
# What clean.py removes before the rules above read the text: a break that cuts
# a sentence across newspaper columns ("人士告\n\n诉媒体"; clean.py decides from
# the line, near notices only), and, everywhere, CR line ends, zero-width
# characters and soft hyphens.
# A page's foot and head between two pages of a PDF read as text: its number (— 1 —, 第1页 共2页, a form
# feed) and the running header on the line after it.
# (A newspaper's foot: its name and the page, 人民法院报　第7版, 长沙晚报　A15, 第15版　成都日报社出版.)
_PAPER_PAGE = rf"(?: 第 {SP}* [A-Z]? [0-9]{{1,3}} {SP}* 版 | [A-Z] [0-9]{{1,3}} )"
_PAGE_NUMBER = rf"""(?: [—\-－]+ {SP}* [0-9]{{1,3}} {SP}* [—\-－]+
                    | 第 {SP}* [0-9]{{1,3}} {SP}* 页 (?: {SP}* 共 {SP}* [0-9]{{1,3}} {SP}* 页 )? | \f
                    | {PAPER} {SP}* {_PAPER_PAGE} | {_PAPER_PAGE} {SP}* {PAPER} 社? (?:出版)? )"""
# (The running head on the line after the page's number, or a newspaper's masthead a blank line or more below it.)
_RUNNING_HEAD = rf"(?: [^\n]{{1,80}} \r?\n | (?: {SP}* \r?\n ){{1,3}} (?={MASTHEAD}) [^\n]{{1,80}} \r?\n )"
_PAGE_BREAK = rf"(?: {SP}* {_PAGE_NUMBER} {SP}* \r?\n {_RUNNING_HEAD}? (?: {SP}* \r?\n ){{0,3}} )"
# A line may end inside brackets (…仲案字〔 / 2021〕…) and the next start with the punctuation that
# closes a sentence, which no printed line starts with (…视为送达 / 。请你单位…).
# (Or a case number's year, its court on the next line: 本院（2020）/ 宁民申1187号. No spaces: clean.py reads it
# without the verbose flag.)
# (A weekday's bracket closes no sentence: …7月15日（星期二）/ 上午9时在….)
_WEEKDAY_CLOSE = r"(?<=[（(](?:星期|周)[一二三四五六日天])[)）]"
# (Or a place's address in brackets, its sentence going on to the session on the next line: 在本委第三仲裁庭（…）/
# 开庭审理; or to what to do there: 到某某仲裁院（…大街××号） / 领取. No spaces in it: clean.py compiles it without the
# verbose flag.)
_SESSION_ON_NEXT_LINE = rf"[）)](?={SP}*\r?\n{SP}*(?:公开|依法)?(?:开庭|审理|听证|进行|举行|召开|领取|接受|办理))"
# (· inside a name: 包· / 朝鲁, 阿卜杜拉· / 艾力; a law's title marks: 依照《 / 中华人民共和国民事诉讼法》 / 的规定)
_AFTER_CHARACTERS = r"[\p{Han}0-9０-９×，,、（(〔\[【·・•《》]"
# (Or a Latin name's word in brackets, the name cut by the column: 丸福海运株式会社（MARUFUKU / KAIUN CO., LTD.）：)
# (Latin letters, or Cyrillic: a Russian party's name in brackets, （Владимир Петрович Соколов）)
_LATIN_ALIAS_CHAR = r"[A-Za-z\u0400-\u04ff0-9&'’.,\x20\-]"
# (its words may hold a place in brackets, the line ending inside them or after: （HONG YANG SHIPPING (HK) / LIMITED）)
_LATIN_ALIAS_PART = rf"(?:{_LATIN_ALIAS_CHAR}|\([A-Za-z\x20]{{1,20}}\))"
_IN_LATIN_ALIAS = (
    rf"(?<=[（(]{_LATIN_ALIAS_PART}{{0,60}})[A-Za-z\u0400-\u04ff.,]"
    rf"|(?<=[（(]{_LATIN_ALIAS_PART}{{0,60}}\([A-Za-z\x20]{{1,20}})\)"
)
# (or a line that is a Latin name's first words in capitals: HONG KONG OCEAN PEARL SHIPPING / LIMITED（…）：)
_IN_LATIN_NAME = r"(?<=\n[A-Z][A-Z0-9&'’.,\x20\-]{2,80})[A-Z.,]"
# (An address masked as a site prints it, XX路XX号, **号: the mask's letters after a character.)
_MASK_AFTER_CHARACTER = r"(?<=[\p{Han}0-9][Xx*＊]{0,3})[Xx*＊]"  # (a name's mask, 郑X; a phone's, 139XXX)
# (or an aside's label in a name's brackets, its value on the next line: 某某刀剪店(经营者: / 冯国栋)：)
_ASIDE_LABEL_COLON = r"(?<=[（(]\p{Han}{2,10})[:：]"
COLUMN_BREAK_AFTER = (  # (no spaces in it: clean.py reads it without the verbose flag)
    rf"(?:{_AFTER_CHARACTERS}|(?<={OPEN}{CASE_YEAR_DIGITS}){CLOSE}|{_WEEKDAY_CLOSE}|{_SESSION_ON_NEXT_LINE}"
    rf"|{_IN_LATIN_ALIAS}|{_IN_LATIN_NAME}|{_MASK_AFTER_CHARACTER}|{_ASIDE_LABEL_COLON})"
)
# The rest of a Latin name in brackets, on the line under its first words; of an identifier (GQ7XL5D）).
LATIN_ALIAS_REST = rf"[A-Za-z\u0400-\u04ff]{_LATIN_ALIAS_CHAR}{{0,60}}[）)]"
IDENTIFIER_REST = r"[A-Z][A-Z0-9]{0,23}[）)]"
# The rest of a Latin name in capitals, to its addressee's colon: LIMITED（香港海珠船務有限公司）：, CO., LTD.:
LATIN_NAME_REST = r"[A-Z][A-Z0-9&'’.,\-]*(?:\x20[A-Z0-9&'’.,\-]+)*\x20?(?:[（(][^（）()\n]{1,40}[）)])?[:：]"
COLUMN_BREAK = rf"""(?<={COLUMN_BREAK_AFTER})
                   (?: {SP}* \r?\n (?: {SP}* (?:>{SP}?)+ )? ){{1,3}} {_PAGE_BREAK}? {SP}*
                   # (a name's dot too, glued to the name's rest: 安娜 / ·彼得罗娃; not a list's bullet, · 邬某某)
                   (?=[\p{{Han}}0-9０-９×〔\[（(【。，,、；;：:）)〕\]】] | [{lexicon.NAME_DOTS}] \p{{Han}}
                      | {IDENTIFIER_REST} | {LATIN_ALIAS_REST}
                      | {LATIN_NAME_REST} | [Xx*＊]{{1,4}} [\p{{Han}}0-9] )"""
# (× masks an address's digits: ××号; an identifier's rest closes its bracket: （纳税人识别号：91330201MA2 / GQ7XL5D）)

# Quoting and emphasis a notice carries when pasted into an e-mail or Markdown: "> " at a line's start, **bold**.
# (Also after a line break a string value writes as \n: a Markdown message kept in JSON.)
QUOTE_PREFIX = rf"(?: ^ | (?<= \\n ) ) {SP}* (?: > {SP}? )+"
# An outline's or a Markdown list's item mark before a line's words (a Logseq or Obsidian page, org-mode: "- 公　告",
# "\t- 某某："), a notice pasted a paragraph an item: the words are the notice's, the mark (and the outline's indent)
# none of them. (Not a page number's dash, - 3 -; a signature's date is an item too: - 2037年6月8日.)
LIST_MARK = rf"^ {SP}* [-*+] [\x20\t] (?= [\p{{Han}}（(〔【《“] | [0-9]{{4}} 年 )"
# A single space between Chinese characters or digits, as OCR leaves them ("有 限公司", "第 3 1 8 7 号").
OCR_SPACE = (
    r"(?<=[\p{Han}0-9０-９]) [\x20\u3000] (?=[\p{Han}0-9０-９：:，,、（）()〔〕])|(?<=[\p{Han}]) [\x20\u3000] (?=[：:])"
    r"|(?<=[\p{Han}][\x20\u3000]?[、，]) [\x20\u3000] (?=[\p{Han}])"  # 刘 建 军 、 成 都: the space after a comma
)
# (Only a pair on a line, two asterisks each: not a mask's run, 厦门市思明区****路**号, nor one left alone, 某路**号.)
# (Not stars masking an address's numbers and names: 下关镇**路**号, 某某路**号**室 — before a unit's word, or between
# one and the next word; a number's **荆住建责改〔2026〕23号** is emphasis.)
_ADDRESS_UNITS = "路街道号栋幢室弄楼层村组巷"
_TWO_STARS = rf"(?<!\*)(?!(?<=[{_ADDRESS_UNITS}])\*\*[\p{{Han}}0-9])\*\*(?![*{_ADDRESS_UNITS}])"
# (A wiki's bold, '''某某有限公司：''', marks words as Markdown's ** do; its italics, '', are left: an SQL dump's
# empty string.)
_WIKI_BOLD = r"(?<!')(?:'''''|''')(?!')"
EMPHASIS = rf"{_TWO_STARS}(?:(?=[^*\n]{{1,80}}?{_TWO_STARS})|(?<={_TWO_STARS}[^*\n]{{1,80}}\*\*))"
# A chat's bold, one star each side (Slack's and WhatsApp's *字文斌*：), around words of Chinese: after a line's start,
# a space or a mark, before a colon, a space or a mark (not a mask's star inside a name: 张*、李*).
_CHAT_STARRED = r"\p{Han} [^*\n]{0,40}? \p{Han}"
_CHAT_STAR_AFTER = r"(?: [：:\s，,、。）)] | \\n | $ )"
_CHAT_STAR_BEFORE = r"(?: ^ | [\s（(：:，,、] | \\n )"  # (a line's start in a string value too: …号\n*某某*：)
CHAT_EMPHASIS = rf"""(?<= {_CHAT_STAR_BEFORE} ) \* (?= {_CHAT_STARRED} \* {_CHAT_STAR_AFTER} )
                    | (?<= {_CHAT_STAR_BEFORE} \* {_CHAT_STARRED} ) \* (?= {_CHAT_STAR_AFTER} )"""
WIKI_EMPHASIS = rf"{_WIKI_BOLD}(?:(?=[^'\n]{{1,80}}?{_WIKI_BOLD})|(?<={_WIKI_BOLD}[^'\n]{{1,80}}{_WIKI_BOLD}))"
# A name alone on its line with spaces inside it: a signature or a heading letter-spaced (人 民 法 院) or cut
# inside its suffix (某某区人民 法院). clean.py takes the spaces out of a public body's name (see there).
SPACED_NAME_LINE = rf"^ {SP}* (?P<name> {HAN}+ (?: [\x20\u3000\xa0]{{1,3}} {HAN}+ )+ ) {SP}* \r? $"
# A name cut across two lines, each alone on its line (聊城市东昌府区人力资源 / 和社会保障局): a signature or a
# heading's issuer wrapped to the width of a column; clean.py joins it where the cut falls inside a body's
# name (see there). A narrow column runs the signature's date on after the name's end (内蒙古自治区锡林郭勒盟 /
# 中级人民法院二〇三四年 / 八月二日): the tail is the name, without it.
_NAME_PIECES = rf"{HAN}+ (?: [\x20\u3000\xa0]{{1,3}} {HAN}+ )*"
GLUED_DATE = rf"(?: {YEAR} 年 (?: {SMALL_NUMBER} 月 (?: {SMALL_NUMBER} 日 )? )? )"
HEADING_TAIL = rf"(?: 公 {SP}{{0,4}} 告 )"
WRAPPED_NAME = rf"""^ {SP}* (?P<head> {_NAME_PIECES} ) {SP}* \r? \n
                   {SP}* (?P<tail> {HAN}+? (?: [\x20\u3000\xa0]{{1,3}} {HAN}+? )*? )
                   (?: {GLUED_DATE} | {HEADING_TAIL} )? {SP}* \r? $"""
# (Or a heading's: 铁岭市银州区人民法 / 院公告, the body's name cut with its heading word after it.)
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad"  # zero-width characters and the soft hyphen
STRAY = rf"(?P<line_end> \r\n? ) | [{ZERO_WIDTH}]"
STRAY_CHARACTERS = "\r" + ZERO_WIDTH  # a page without any needs no scan
# Any 公告 (a heading, 特此公告, 公告送达), even with stray characters in it: where
# clean.py looks for column breaks, since a notice stands within reach of one.
NOTICE_MENTION = rf"公 (?: {SP} | [\r{ZERO_WIDTH}] ){{0,16}} 告"

# ---------------------------------------------------------------- kinds
# 开庭 said of this case (开庭审理, 到庭), not only in a document's title (《开庭通知书》).
HEARING_MARKER = r"(?<!原定于[^，。]{0,20})开庭(?!通知书|传票|公告)"
INSPECTION_MARKER = r"调查询问|监察询问|稽核询问|接受询问"
CORRECTION_MARKER = rf"""特此更正 | 更正公告 | {alt(lexicon.CORRECTION_MARKERS)} | (?:延期|中止)开庭
                        | (?:变更|更改|调整)开庭时间 | {HEARING_CALLED_OFF}"""

# ---------------------------------------------------------------- compiled
DATE_RE = compile_rule(DATE, guarded=False)
DATE_WITHOUT_DAY_MARK_RE = compile_rule(DATE_WITHOUT_DAY_MARK, guarded=False)
MONTH_DAY_RE = compile_rule(MONTH_DAY, guarded=False)
LUNAR_ASIDE_RE = compile_rule(LUNAR_ASIDE, guarded=False)
WEEKDAY_RE = compile_rule(WEEKDAY, guarded=False)
SESSION_DAY_RE = compile_rule(SESSION_DAY, guarded=False)
CLOCK_RE = compile_rule(CLOCK, guarded=False)
CLOCK_RANGE_DASH_RE = compile_rule(CLOCK_RANGE_DASH, guarded=False)
BARE_MINUTE_RE = compile_rule(BARE_MINUTE, guarded=False)
HOUR_WITHOUT_DIGITS_RE = compile_rule(HOUR_WITHOUT_DIGITS, guarded=False)
BARE_WHOLE_HOUR_RE = compile_rule(BARE_WHOLE_HOUR, guarded=False)
RELATIVE_DAY_RE = compile_rule(RELATIVE_DAY, guarded=False)
SAME_DAY_RE = compile_rule(SAME_DAY, guarded=False)
PRELIMINARY_SITTING_RE = compile_rule(PRELIMINARY_SITTING)
MORE_DAYS_RE = compile_rule(MORE_DAYS, guarded=False)
EVERY_DAY_RE = compile_rule(EVERY_DAY, guarded=False)
DAY_RANGE_END_RE = compile_rule(DAY_RANGE_END, guarded=False)
IN_TURN_RE = compile_rule(IN_TURN, guarded=False)
SITTING_SEPARATOR_RE = compile_rule(SITTING_SEPARATOR, guarded=False)
BLANK_ROOM_RE = compile_rule(BLANK_ROOM, guarded=False)
SAME_ROOM_RE = compile_rule(SAME_ROOM, guarded=False)
PLACE_AS_ABOVE_RE = compile_rule(PLACE_AS_ABOVE, guarded=False)
PLACE_ABOVE_RE = compile_rule(PLACE_ABOVE, guarded=False)
EARLIER_ROOM_RE = compile_rule(EARLIER_ROOM)
MOVED_PLACE_RE = compile_rule(MOVED_PLACE, guarded=False)
SERVED_ABOVE_RE = compile_rule(SERVED_ABOVE)
PLACE_OF_ALL_ABOVE_RE = compile_rule(PLACE_OF_ALL_ABOVE, guarded=False)
CASE_NUMBER_RE = compile_rule(CASE_NUMBER)
CASE_NUMBER_WITH_NIAN_RE = compile_rule(CASE_NUMBER_WITH_NIAN)
CASE_NUMBER_CUT_RE = compile_rule(CASE_NUMBER_CUT, guarded=False)
CASE_YEAR_RE = compile_rule(CASE_YEAR, guarded=False)
NIAN_CASE_ANCHOR_RE = compile_rule(
    rf"{CASE_YEAR_DIGITS} (?: 年(?=[^0-9０-９〇零○Ｏ一二三四五六七八九十]) | (?=[)）]?{_PROVINCE_CODE}[0-9]) )",
    guarded=False,
)
PARTY_NAME_RE = compile_rule(PARTY_NAME)
LATER_OTHER_PARTY_RE = compile_rule(LATER_OTHER_PARTY)
NAMED_APPLICANT_RE = compile_rule(NAMED_APPLICANT)
ITEM_LINE_START_RE = compile_rule(ITEM_LINE_START, guarded=False)
DEBTOR_OPENED_RE = compile_rule(DEBTOR_OPENED)
ROLE_STATED_RE = compile_rule(ROLE_STATED)
ROLE_ASIDE_RE = compile_rule(ROLE_ASIDE)
COMPENSATION_BODY_RE = compile_rule(COMPENSATION_BODY)
ROLE_RE = compile_rule(ROLE, guarded=False)
ROLE_WORD_RE = compile_rule(rf"{_ROLE_WORD} | {alt(lexicon.LABEL_ROLES)}", guarded=False)
AND_OTHERS_RE = compile_rule(AND_OTHERS, guarded=False)
OTHERS_AFTER_NAME_RE = compile_rule(OTHERS_AFTER_NAME, guarded=False)
NUMBER_AFTER_NAME_RE = compile_rule(NUMBER_AFTER_NAME, guarded=False)
KIN_NAME_RE = compile_rule(KIN_NAME, guarded=False)
NAME_TRAILER_RE = compile_rule(NAME_TRAILER, guarded=False)
TITLE_LINE_RE = compile_rule(TITLE_LINE, guarded=False)
BARE_HEADING_RE = compile_rule(BARE_HEADING, guarded=False)
CAUSE_RE = compile_rule(CAUSE)
CASE_WORD_RE = compile_rule(CASE_WORD, guarded=False)
INSPECTION_SUBJECT_RE = compile_rule(INSPECTION_SUBJECT, guarded=False)
SERVED_PARTIES_RE = compile_rule(SERVED_PARTIES)
SERVED_POINTER_RE = compile_rule(SERVED_POINTER, guarded=False)
INSTITUTION_NUMBER_RE = compile_rule(INSTITUTION_NUMBER, guarded=False)
CORRECTED_PARTIES_RE = compile_rule(CORRECTED_PARTIES)
DOCUMENT_TITLE_RE = compile_rule(DOCUMENT_TITLE, guarded=False)
DECISION_DOCUMENT_RE = compile_rule(DECISION_DOCUMENT, guarded=False)
SERVED_DOCUMENTS_RE = compile_rule(SERVED_DOCUMENTS)
DECISION_SERVED_RE = compile_rule(DECISION_SERVED)
SUMMONS_SERVED_RE = compile_rule(SUMMONS_SERVED)
HEARING_RE = compile_rule(HEARING)
ADDRESSEE_AS_OTHER_PARTY_RE = compile_rule(ADDRESSEE_AS_OTHER_PARTY, guarded=False)
HEARING_CALLED_OFF_RE = compile_rule(HEARING_CALLED_OFF, guarded=False)
HEARING_HELD_RE = compile_rule(HEARING_HELD, guarded=False)
HEARING_PUT_OFF_RE = compile_rule(HEARING_PUT_OFF, guarded=False)
REMARK_CALLED_OFF_RE = compile_rule(REMARK_CALLED_OFF, guarded=False)
CASE_CELL_CALLED_OFF_RE = compile_rule(CASE_CELL_CALLED_OFF, guarded=False)
EARLIER_HEARING_RE = compile_rule(EARLIER_HEARING)
VENUE_ADDRESS_RE = compile_rule(VENUE_ADDRESS, guarded=False)
COLLECT_PLACE_RE = compile_rule(COLLECT_PLACE, guarded=False)
ONLINE_PLACE_RE = compile_rule(ONLINE_PLACE, guarded=False)
ALL_HEARD_AT_RE = compile_rule(ALL_HEARD_AT, guarded=False)
PICKUP_PLACE_RE = compile_rule(PICKUP_PLACE, guarded=False)
INQUIRY_PLACE_RE = compile_rule(INQUIRY_PLACE, guarded=False)
INQUIRY_TIME_RE = compile_rule(INQUIRY_TIME)
TIME_ASIDE_RE = compile_rule(_TIME_ASIDE, guarded=False)
SERVICE_PERIOD_RE = compile_rule(SERVICE_PERIOD, guarded=False)
AFTER_SERVICE_DEADLINE_RE = compile_rule(AFTER_SERVICE_DEADLINE, guarded=False)
SET_DEADLINE_RE = compile_rule(SET_DEADLINE, guarded=False)
ANSWER_PERIOD_RE = compile_rule(ANSWER_PERIOD)
PHONES_RE = compile_rule(PHONES, guarded=False)
CONTACTS_RE = compile_rule(CONTACTS)
ISSUER_NAME_RE = compile_rule(ISSUER_NAME)
ACTING_BODY_RE = compile_rule(ACTING_BODY)
NOT_ISSUER_RE = compile_rule(NOT_ISSUER, guarded=False)
HEADING_LINE_RE = compile_rule(HEADING_LINE)
BULLETIN_LINE_RE = compile_rule(BULLETIN_LINE)
MASTHEAD_RE = compile_rule(MASTHEAD, guarded=False)
SCHEDULE_TITLE_RE = compile_rule(SCHEDULE_TITLE)
HEADING_RE = compile_rule(HEADING)
RUN_IN_ISSUER_RE = compile_rule(RUN_IN_ISSUER, guarded=False)
GREETING_RE = compile_rule(GREETING, guarded=False)
AWARD_RE = compile_rule(_AWARD, guarded=False)
BRACKETED_ISSUER_RE = compile_rule(BRACKETED_ISSUER, guarded=False)
ISSUER_LINE_RE = compile_rule(ISSUER_LINE)
SIGNER_LINE_RE = compile_rule(SIGNER_LINE)
SITE_OWNER_RE = compile_rule(SITE_OWNER)
CASE_LINE_RE = compile_rule(CASE_LINE)
ADDRESSEE_LIST_RE = compile_rule(ADDRESSEE_LIST)
CASE_BEFORE_NAMES_RE = compile_rule(CASE_BEFORE_NAMES)
ENUMERATED_ADDRESSEE_RE = compile_rule(ENUMERATED_ADDRESSEE)
ROLE_LABEL_LINE_RE = compile_rule(ROLE_LABEL_LINE)
DESCRIBED_ADDRESSEES_RE = compile_rule(DESCRIBED_ADDRESSEES)
OPENER_RE = compile_rule(OPENER, guarded=False)
CORRECTION_OPENER_RE = compile_rule(CORRECTION_OPENER, guarded=False)
CASE_LED_OPENER_RE = compile_rule(CASE_LED_OPENER, guarded=False)
APPLICANT_LED_OPENER_RE = compile_rule(APPLICANT_LED_OPENER, guarded=False)
ADDRESSED_BODY_RE = compile_rule(ADDRESSED_BODY, guarded=False)
SERVICE_MARK_RE = compile_rule(SERVICE_MARK, guarded=False)
ADDRESSEE_START_RE = compile_rule(ADDRESSEE_START, guarded=False)
PROCEEDINGS_RE = compile_rule(PROCEEDINGS, guarded=False)
PLACEHOLDER_RE = compile_rule(PLACEHOLDER, guarded=False)
COMPANY_DISCLOSURE_RE = compile_rule(COMPANY_DISCLOSURE, guarded=False)
OWN_BUSINESS_TITLE_RE = compile_rule(OWN_BUSINESS_TITLE, guarded=False)
PREMISES_TITLE_RE = compile_rule(PREMISES_TITLE, guarded=False)
PUBLIC_NOTICE_MARK_RE = compile_rule(PUBLIC_NOTICE_MARK)

CLOSING_RE = compile_rule(CLOSING, guarded=False)
PUBLICATION_LABEL_RE = compile_rule(PUBLICATION_LABEL, guarded=False)
POSTED_ON_LABEL_RE = compile_rule(POSTED_ON_LABEL, guarded=False)
SIGNATURE_OVER_HEADING_RE = compile_rule(SIGNATURE_OVER_HEADING, guarded=False)
SIGNATURE_RE = compile_rule(SIGNATURE)
LABELLED_SIGNATURE_RE = compile_rule(LABELLED_SIGNATURE)
TRAILING_ISSUER_RE = compile_rule(TRAILING_ISSUER)
DATE_LINE_RE = compile_rule(DATE_LINE, guarded=False)
DATE_AFTER_CLOSING_RE = compile_rule(DATE_AFTER_CLOSING, guarded=False)
LISTING_RE = compile_rule(LISTING)
DATED_LISTING_RE = compile_rule(DATED_LISTING)
DAY_HEADING_LINE_RE = compile_rule(DAY_HEADING_LINE, guarded=False)
DAY_ROW_RE = compile_rule(DAY_ROW, guarded=False)
DAY_ROW_CELL_RE = compile_rule(DAY_ROW_CELL, guarded=False)
NAME_ASIDE_RE = compile_rule(NAME_ASIDE, guarded=False)
CONTACT_LINE_RE = compile_rule(CONTACT_LINE, guarded=False)
LISTING_HEAD_LINE_RE = compile_rule(LISTING_HEAD_LINE)
DATED_LISTING_ANCHOR_RE = compile_rule(
    rf"""^ {SP}* (?: {ITEM_NUMBER} {SP}* )?
         (?: {YEAR} {SP}? 年 | {DIGIT}{{4}} [-/.] | {DIGIT}{{1,2}} {SP}? 月 {SP}? {DIGIT}{{1,2}} {SP}? 日
           | {_SAME_DAY_PLAIN} )""",
    guarded=False,
)
# Literal anchors. A heading's 公告 ends its line or is followed by a space or a bracketed
# number, and is never the closing: "特此公告", "公告送达" are passed over.
# (\r: stream.py cuts raw text, before line ends are cleaned, at heading lines.)
HEADING_ANCHOR_RE = compile_rule(
    # (a title row's cells: ,|; a card's bracketed kind: [公告] 某某诉某某…一案)
    rf"{_HEADING_WORD_NOT_CLOSING} (?= {SP} | [（(\r,|】\]］] | $ | [^\n。，,；;：:]{{0,16}}$ | 送达 {SP}? [】\]］] )",
    guarded=False,
)
COLUMN_BREAK_RE = compile_rule(COLUMN_BREAK)
PAGE_BREAK_RE = compile_rule(_PAGE_BREAK, guarded=False)
# A newspaper's code under a notice it printed, alone on its line: （2026）0324-017, 刊登号（2026）0512-009.
PAPER_CODE_RE = compile_rule(rf"{SP}* (?:刊登号|广告号|编号)? {SP}? [:：]? {SP}? {BARE_NUMBER} {SP}*", guarded=False)
QUOTE_PREFIX_RE = compile_rule(QUOTE_PREFIX, guarded=False)
LIST_MARK_RE = compile_rule(LIST_MARK, guarded=False)
OCR_SPACE_RE = compile_rule(OCR_SPACE, guarded=False)
SPACED_NAME_LINE_RE = compile_rule(SPACED_NAME_LINE, guarded=False)
SHIP_NAME_RE = compile_rule(SHIP_NAME, guarded=False)
HEIRS_OF_RE = compile_rule(HEIRS_OF, guarded=False)
POINTED_ROLE_RE = compile_rule(POINTED_ROLE, guarded=False)
ROLE_ITEM_RE = compile_rule(ROLE_ITEM, guarded=False)
WRAPPED_NAME_RE = compile_rule(WRAPPED_NAME, guarded=False)
EMPHASIS_RE = compile_rule(EMPHASIS, guarded=False)
WIKI_EMPHASIS_RE = compile_rule(WIKI_EMPHASIS, guarded=False)
CHAT_EMPHASIS_RE = compile_rule(CHAT_EMPHASIS, guarded=False)
NOTICE_MENTION_RE = compile_rule(NOTICE_MENTION, guarded=False)
STRAY_RE = compile_rule(STRAY, guarded=False)
# (Not a sentence's date: …并于2033年7月6日.)
ENDS_WITH_DATE_RE = compile_rule(rf"(?<! [于至自] [0-9０-９]* ) {DATE} {SP}* $")
ENDS_WITH_CASE_NUMBER_RE = compile_rule(rf"{CASE_NUMBER} {SP}* $")
INSPECTION_MARKER_RE = compile_rule(INSPECTION_MARKER, guarded=False)
HEARING_MARKER_RE = compile_rule(HEARING_MARKER, guarded=False)
CORRECTION_MARKER_RE = compile_rule(CORRECTION_MARKER, guarded=False)
REMARK_MOVED_RE = compile_rule(REMARK_MOVED, guarded=False)
PRONOUN_RE = compile_rule(rf"^{PRONOUN}$", guarded=False)

# ---------------------------------------------------------------- where notices may stand
# Words one of which every notice prints: its heading (公告, spaced out too), the first person of its
# body, the court or committee, its parties' roles, the hearing, the service, a listing's title. Text
# far from all of them holds no notice and is not read (see candidates.py). A word that holds another
# (开庭传票 holds 开庭) adds nothing and is left out, so that the standard library's re, which skips
# ahead to an alternation's first characters, scans a page of news at the speed of reading it.
_EVIDENCE_WORDS = (
    *lexicon.OPENERS, *lexicon.SCHEDULE_TITLES,
    *(kind for kind in lexicon.BULLETIN_TYPES if len(kind) > 2),  # (其他, 更正: words of news too)
    "法院", "法庭", "仲裁", "传票", "开庭", "定于", "送达", "通知", "案号", "当事人", "经查", "你单位", "你公司",
    "人力资源", "劳动保障", "监察", "原告", "被告", "申请人", "上诉人", "第三人",
)  # fmt: skip
_EVIDENCE_KEPT = sorted(
    (word for word in _EVIDENCE_WORDS if not any(o in word for o in (*_EVIDENCE_WORDS, "公告") if o != word)),
    key=len,
    reverse=True,
)
# One flat alternation: the standard library's re skips ahead only when every branch starts with a literal
# (with the branches grouped, ten times slower on a page of news).
NOTICE_EVIDENCE = " | ".join(
    (*(rf"{first} {_HEADING_SPACES} {second}" for first, second in _HEADING_WORDS), *map(re.escape, _EVIDENCE_KEPT))
)

# ---------------------------------------------------------------- anchors
# The words each rule cannot match without (see ``anchor``), read off the rule above; a ``back`` of 0
# when the rule starts with them, 2 where a two-character word may stand before them.
# (延期开庭, 变更开庭时间: 开庭 two characters in)
anchor(
    CORRECTION_MARKER_RE, ["特此更正", "更正公告", *lexicon.CORRECTION_MARKERS, "开庭", "庭审", "取消", "撤销"], back=2
)
anchor(HEARING_CALLED_OFF_RE, ["取消", "撤销", "不再进行"])
anchor(EARLIER_HEARING_RE, ["原定", "原订"], back=0)
anchor(ALL_HEARD_AT_RE, ["以上", "上述", "上列"], back=0)
anchor(ONLINE_PLACE_RE, ["通过", "使用", "利用", "依托", "登录", "进入"], back=2)
anchor(CASE_NUMBER_CUT_RE, ["（", "("], back=0)
anchor(COMPENSATION_BODY_RE, ["以"], back=0)
anchor(MOVED_PLACE_RE, ["地点", "法庭"], back=2)  # (开庭地点)
anchor(HEARING_MARKER_RE, ["开庭"], back=0)
anchor(INSPECTION_MARKER_RE, ["调查询问", "监察询问", "稽核询问", "接受询问"], back=0)
anchor(SUMMONS_SERVED_RE, ["传票", "出庭通知书", "开庭通知"])  # 开庭传票, 开庭通知书 hold them
anchor(DECISION_SERVED_RE, lexicon.DECISION_DOCUMENTS)
anchor(DECISION_DOCUMENT_RE, lexicon.DECISION_DOCUMENTS)
anchor(SERVED_DOCUMENTS_RE, ["送达"], back=2)  # (公告送达)
anchor(SERVED_PARTIES_RE, ["公告送达"])
anchor(DOCUMENT_TITLE_RE, ["《"], back=0)
anchor(INSPECTION_SUBJECT_RE, ["违法", "涉嫌"])
anchor(VENUE_ADDRESS_RE, ["地址", "地点"], back=2)  # (开庭地址, 领取地点 …)
anchor(COLLECT_PLACE_RE, ["领取"], back=0)
anchor(PICKUP_PLACE_RE, ["领取", "接受处理", "办理", "如实"])
anchor(INQUIRY_PLACE_RE, ["询问"])
anchor(INQUIRY_TIME_RE, ["询问"])
anchor(SERVICE_PERIOD_RE, ["之日起", "公告期"])
anchor(PLACE_OF_ALL_ABOVE_RE, ["地点", "领取", "通过", "依托", "使用"], back=80)  # (…到本委立案窗口（…）领取)
anchor(AFTER_SERVICE_DEADLINE_RE, ["送达"], back=0)
anchor(SET_DEADLINE_RE, ["前"], back=40)  # (the longest date printed: 二〇二六年十二月三十一日, spaced)
anchor(ANSWER_PERIOD_RE, ["期满"])
anchor(PHONES_RE, ["电话", "手机", "座机"], back=0)
anchor(LATER_OTHER_PARTY_RE, lexicon.OTHER_PARTY_ROLES, back=0)
anchor(ROLE_STATED_RE, [f"{role}为" for role in lexicon.PARTY_ROLES], back=0)
anchor(ROLE_ASIDE_RE, [f"{bracket}{role}" for bracket in "（(" for role in lexicon.PARTY_ROLES], back=0)
anchor(CONTACTS_RE, ["联系人"], back=0)
anchor(HEADING_RE, ["告"])  # (公告, 告示, 通告)
anchor(SCHEDULE_TITLE_RE, lexicon.SCHEDULE_TITLES)
anchor(ISSUER_LINE_RE, lexicon.ISSUER_SUFFIXES)
anchor(SITE_OWNER_RE, ["版权所有", "主办", "承办单位", "Copyright", "地址"])
anchor(CASE_NUMBER_RE, ["[", "［", "〔", "【", "(", "（"])  # OPEN
# 现定于, 本院 于 (the space first); a correction's word; a listing line's year at the line's start, after spaces or
# an item's number (1.11月16日上午9时).
anchor(
    HEARING_RE,
    ["于", "应为", "仍为", *HEARING_TIME_LABELS, *lexicon.CORRECTION_MARKERS, *lexicon.SAME_DAY_WORDS, *LISTED_TIMES],
    back=2,
    places=rf"{_YEAR_DIGIT}(?:(?<!{_NOT_SPACE}{_YEAR_DIGIT})|(?<=[0-9０-９一二三四五六七八九十][.．、]{_YEAR_DIGIT}))",
)
