"""Finding notices in a page by the evidence they carry, and the frame of each.

A notice is recognised from its parts, in any combination strong enough:

- a *heading* (公告, 开庭公告, 某某人民法院公告, 关于…的公告, 告示), with the
  issuer's name on the line above it or in it;
- an *addressee*: names followed by a colon and a body that speaks to them
  (本院受理…, 现依法向你公告送达…, 因你单位…), or a labelled line (被申请人：…);
- a *listing*: a court's one-sentence session notice (本院定于…在…开庭审理…一案);
- a body that opens with a public body's first person (本院受理…) at a line start;
- the *closing* (特此公告) and the *signature* (issuer, date).

A block starts at its first frame part (issuer line, heading, case line,
addressee) and ends at its signature, after its closing, where the next
notice starts, or where its container ends (``containers``). A heading, a
closing or a signature alone is not a notice: news and company announcements
mention courts and print 公告 and 特此公告 too. What is strong enough is said
once, in ``_is_notice``.

Offsets are into the text given (one container), so extraction can report
spans directly.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import chain

import regex

from notices import grammar, lexicon
from notices.models import Span

_HEADING = grammar.group_numbers(grammar.HEADING_LINE_RE)
_ADDRESSEE = grammar.group_numbers(grammar.ADDRESSEE_LIST_RE)
_ROLE_LABEL = grammar.group_numbers(grammar.ROLE_LABEL_LINE_RE)
_DESCRIBED = grammar.group_numbers(grammar.DESCRIBED_ADDRESSEES_RE)
_SIGNATURE = grammar.group_numbers(grammar.SIGNATURE_RE)
_LISTING = grammar.group_numbers(grammar.LISTING_RE)
_ISSUER_LINE = grammar.group_numbers(grammar.ISSUER_LINE_RE)
_CASE_LINE = grammar.group_numbers(grammar.CASE_LINE_RE)
_LABEL = grammar.group_numbers(grammar.PUBLICATION_LABEL_RE)
_DATE_LINE = grammar.group_numbers(grammar.DATE_LINE_RE)
_TRAILING = grammar.group_numbers(grammar.TRAILING_ISSUER_RE)

_SPACE = " \t\u3000\xa0"
_SENTENCE_ENDS = ("。", ".", "！", "!", "公告")
_MASTHEAD_LINES = 4  # lines at the top of a page where a masthead stands
_TEMPLATE = 2  # blanks (×××：, ××××年) that make a notice a form to fill in
_MIN_BODY = 20  # characters of body a notice holds before its signature, at the least
BYLINE_MARK = "原创"  # what a WeChat post's byline opens with (原创 作者 公众号 日期): no signature does
# (its account and the day it was posted after it: 原创 某某法院 2023-05-18 17:30)
_BYLINE = re.compile(rf"{BYLINE_MARK}[^\n。]{{0,40}}?[0-9]{{4}}-[0-9]{{1,2}}-[0-9]{{1,2}}")
_PROSE = re.compile("[，。；]")
_DATE_LINE_GAP = 2  # short lines (a type, a label) that may stand between a body and its date
# How far before an addressee's colon its names may start, and how far after it the body must show.
_NAMES_REACH = 400
_BODY_REACH = 40
# A line holding only an issuer, a case number or a date is short.
_SHORT_LINE = 60
# Labels of a page's byline that name the body behind a notice: 作者：某某人民法院.
_BYLINE_LABELS = "作者|来源|发布单位|发布机构|发布人|公告人|公告单位|单位"
_BYLINE_ISSUER = grammar.compile_pattern(
    rf"(?:{_BYLINE_LABELS})\s*[:：]\s*{grammar.REGION_TAG}?(?P<issuer>{grammar.ISSUER_NAME})",
    regex.VERBOSE,
)
# Where each byline label or publication label starts (overlapping ones too): the only places their rules,
# which start with them, are tried above a notice.
_BYLINE_LABEL_AT = re.compile(f"(?={_BYLINE_LABELS})")
_BYLINE_REACH = 3  # lines above a notice's first part where its byline may stand
# A case's number as an addressee's line or its body may print it apart (（2027）浙0304民初1876号).
_NUMBER_ALONE = rf"{grammar.OPEN} [0-9]{{4}} {grammar.CLOSE} [^\n。，,：:]{{2,30}} 号"
# What an addressee's colon is followed by, when it is one.
# (A site's list may print each notice's addressee as its title, a line of facts under it: 某公司： / 发布时间：… /
# 本院….)
_ADDRESSEE_FOLLOW = grammar.compile_pattern(
    # (Under a Chinese addressee line, the same addressee in English on a line of its own: To: LIN CHIH-MING:, or
    # numbered as the Chinese is: 1. To: MARIA SANTOS (Philippine national))
    rf"""(?: (?<=：) [\x20\t\u3000\xa0]* \n [\s]{{0,20}} (?= (?: [0-9]{{1,3}} [.] \x20? )? [A-Za-z] )
                        [^\n\p{{Han}}：（）]{{2,200}} \n
                      | [\s]{{0,20}} (?: (?:发布时间|发布日期) [:：] [^\n]{{0,60}} \n
                          # (or the addressee's identifier on a line of its own: 某公司： / 纳税人识别号：9162…)
                          | (?:纳税人识别号|统一社会信用代码|社会信用代码|公民身份号码|身份证号码?) {grammar.SP}? [:：]
                            [^\n]{{0,40}} \n
                          # (or the notice's title after it, on its line: 刘海平：公告 / 上诉人某某与被上诉人刘海平…)
                          | (?<= [:：] ) {grammar.SP}* (?:公 {grammar.SP}? 告 | 通 {grammar.SP}? 告) {grammar.SP}* \n
                          # (or the case's number on a line of its own: 某公司： / （2027）浙0304民初1876号, or after
                          # the colon on its line, the body after it: 某某：（2034）内0929民初1187号 本院受理…; not a
                          # label's, 案号： / （…）号)
                          | (?<! (?:案号|文号|编号) [:：] [\s]{{0,20}} )
                            (?: (?:案号|文号) {grammar.SP}? [:：] {grammar.SP}? )?  # (王海军: / 案号:(2034)…号 / 原告…)
                            {_NUMBER_ALONE} {grammar.SP}* \n? )? )
                    [\s]{{0,20}}
                    # (or the case's number in 【】 opening the body: 某某：【（2033）东仲字第21号】申请人…, labelled
                    # too: 【案号：（2033）临仲案字第43号】, or its label alone in them: 【案号】（2033）海仲案字第41号)
                    (?: 【 {grammar.SP}? (?: (?:案号|文号) {grammar.SP}? [:：] {grammar.SP}? )?
                        {grammar.OPEN} [0-9]{{4}} {grammar.CLOSE} [^\n】]{{2,30}} 号 {grammar.SP}? 】
                        [\s]{{0,4}}
                      | 【 {grammar.SP}? (?:案号|文号) {grammar.SP}? 】 {grammar.SP}? [:：]? {grammar.SP}?
                        {_NUMBER_ALONE} [\s]{{0,4}} )?
                    # (its cases numbered under it, a line each: 甲公司、乙公司： / 一、本委受理申请人某与甲公司…, or
                    # 一、申请人某诉甲公司…一案（…），本委定于…)
                    (?: (?<= \n [\x20\t\u3000\xa0]* ) {grammar.ITEM_NUMBER} {grammar.SP}*
                        (?= {grammar.alt(lexicon.OPENERS)} | {grammar.ROLE} ) )?
                    (?: {grammar.alt(lexicon.OPENERS)} | {grammar.ROLE} | (?:因|由于){grammar.PRONOUN}
                        | (?!您) {grammar.PRONOUN} | 现依法 | 依法 | 经查 | 根据 | 依据 | 你  # (根据…投诉，你单位…)
                        | 原定 | 原订  # (a hearing moved or called off: 刘某：原定于…开庭审理的…一案，…取消)
                        | 请 {grammar.SP}? (?!您) {grammar.PRONOUN}  # (一、某某公司：请你单位于…到…接受询问)
                        | 您 (?= [\x20\t\u3000\xa0]? (?:与|诉|作为|的案件) )  # (您好, 您的快递: a letter's, a chat's)
                        | 经 [^。；;，,\n]{{0,15}}? (?:投诉|举报|调查|查明|核查|审查|检查)  # 经职工某某投诉
                        | 关于 [^。；;\n]{{0,60}}? (?:你|一案)  # 关于原告某某诉你…一案
                        # 某某银行诉你金融借款合同纠纷一案 (not after a role's label: 原告:徐某诉你…)
                        | (?<! {grammar.ROLE} [\x20\t\u3000\xa0]? [:：] [\x20\t\u3000\xa0]* ) {grammar.SUES_ADDRESSEE}
                        # 因采用其他方式无法送达, 因采用直接送达、留置送达、邮寄送达等方式无法送达
                        | (?:因|由于) [^。；;，,\n]{{0,40}}? 无法 [^。；;，,\n]{{0,4}}? 送达
                        # a public body that decided: 杭州市上城区人民政府已于…对你们…作出, 某市人民政府作出的《…》
                        | \p{{Han}}{{2,24}}? {grammar.alt_after_lazy(lexicon.ISSUER_SUFFIXES)}
                          (?:已|于|依法|对|作出)
                        # names alone on their line, then a first sentence that speaks to them: 某某、某某：/
                        # 因某某项目建设需要，本府于…作出…，依法征收你们共有的…; or a bureau's account of what it
                        # found, from the day, then its paragraph speaks to them: 2032年6月14日，某号渔船…被我局执法
                        # 人员查获。…因你长期在外无法联系…
                        | (?<= [:：] [\x20\t\u3000\xa0]* \n [\s]{{0,20}} )
                          (?: [^。；;\n]{{0,100}}? 你 | {grammar.DATE} [，,] [^\n]{{0,300}}? 你 (?!好) )
                        # a pointer to the names listed under it, a line each, then the body: 下列被告： / 张某（身份证
                        # 号码：…） / 李某，女，… / 本院受理…
                        | (?<= (?:下列|以下) \p{{Han}}{{2,6}} [:：] ) (?: [\s]* \S [^\n]{{0,199}} \n ){{1,50}}?
                          [\s]{{0,20}} (?: {grammar.alt(lexicon.OPENERS)} | 现依法 | 依法 ) )""",
    regex.VERBOSE,
)
# An addressee's colon; at the very start of a record's text, a comma may stand for it
# ("叙永某某有限公司,本院根据…的申请…").
_COLON = re.compile("[:：]")
_ROLE_FIRSTS = frozenset(word[0] for word in (*lexicon.PARTY_ROLES, *lexicon.LABEL_ROLES, "致"))  # ROLE_LABEL_LINE's
# (Not after a day: 12月24日，本院依法公告送达一批诉讼文书…, a post's description, names no one.)
_RECORD_COMMA = grammar.compile_pattern(
    rf"(?<=\A(?![0-9０-９〇零一二三四五六七八九十]{{1,4}}[年月])[^\n]{{2,60}})[,，](?=\s{{0,3}}{grammar.alt(lexicon.OPENERS)})"
)
# The comma stands within the first 60 characters, an opener at most 3 spaces after it (_RECORD_COMMA).
_RECORD_COMMA_REACH = 61 + 3 + max(map(len, lexicon.OPENERS))
_SENTENCE_BREAK = grammar.compile_pattern(r"[。！!；;:：】·•]")
_ENUMERATION = grammar.compile_pattern(f"{grammar.ITEM_NUMBER} | {grammar.BRACKETED_ITEM_NUMBER}", regex.VERBOSE)

# Characters an addressee line may not hold outside an identifier's brackets.
_NOT_IN_ADDRESSEES = frozenset(" \t\u3000\xa0\n\r:：。；;！!？?“「『】|│")  # (【公告】肖某：, a tag; a cell's border)
_EXPORT_KEY = grammar.compile_pattern(r"[ \t]*[A-Za-z_][\w.-]{0,40}[ \t]*")  # (content, body.text, ggnr)
_OPENING_QUOTES = frozenset("“「『")
_NICKNAME_BEFORE = grammar.compile_pattern(r"(?<=\p{Han})[“「]\p{Han}{1,4}[”」]\Z")
_CLOSING_BRACKETS = {"）": "（", ")": "("}
# A judgment or ruling printed in full is not a notice, though it tells of hearings and service: its
# reasons, its orders, its signature (审判长 …, 书记员 …: not a word of a sentence, 因审判长另有公务; nor a label or
# a clause, as a hearing's notice names its officers: 听证主持人：陈某，书记员：杨某 / 听证主持人为陈某，书记员为杨某).
_QUOTING = ("如下：", "如下:")  # (判决书内容如下：, 裁决书主文如下： — the document follows, whole)
_MOST_QUOTED = 30_000  # characters: a judgment served whole, and its notice's closing after it
_JUDGMENT = grammar.compile_pattern(
    r"判决如下|裁定如下|本院认为|(?<!\p{Han})(?:审\s*判\s*长|书\s*记\s*员)(?!\s*[:：为由是])"
)
_ORDERS = ("判决如下", "裁定如下")
# A decision's title alone on its line (民 事 判 决 书, 行政裁定书), and how far above a party's line it may stand.
_DECISION_TITLE = grammar.compile_pattern(
    r"^[\x20\t\u3000]*(?:\p{Han}[\x20\t\u3000]*){0,6}?(?:判|裁|调)[\x20\t\u3000]*(?:决|定|解)[\x20\t\u3000]*书[\x20\t\u3000]*$",
    regex.MULTILINE,
)
_TITLE_REACH = 120


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
    listing: bool = False  # a court's session listing (one sentence, no addressee)
    public: bool = False  # the addressee line names the public (广大劳动者朋友们:), not a party
    closing: Span | None = None
    quoted: Span | None = None  # a document the body prints whole (判决书内容如下：…): no part of what it says


@dataclass
class _Token:
    kind: str
    start: int
    end: int
    match: regex.Match[str] | None = None
    spans: tuple[Span, ...] = ()  # addressees
    role: Span | None = None
    public: bool = False
    record: bool = False  # the start of a record's value, not a part printed in it
    issuer: Span | None = None  # the body named in brackets before the addressees (a court's text message)

    def span(self) -> Span:
        return self.start, self.end


@dataclass
class _Frame:
    """A block being read: its parts as met."""

    start: int
    heading: _Token | None = None
    heading_issuer: Span | None = None
    issuer_line: Span | None = None
    case_line: Span | None = None
    addressee: _Token | None = None
    body_start: int = 0
    opener: bool = False
    record_start: bool = False  # opened at the start of a record's value
    listings: list[_Token] = field(default_factory=list)
    closing: _Token | None = None
    signature_issuer: Span | None = None
    published: Span | None = None
    label: Span | None = None  # a printed 刊登日期
    listing_labels: dict[int, Span] = field(default_factory=dict)  # a listing's own 刊登日期, printed under it
    listing_titles: dict[int, _Token] = field(default_factory=dict)  # a listing's case number line, over it
    signature_start: int | None = None
    body_end: int | None = None  # where the body ends, when an issuer line signs it
    quoted: Span | None = None  # a document the body prints whole (a judgment served), up to the notice's closing
    end: int | None = None  # set once signed


def _holds_nothing(frame: _Frame) -> bool:
    """Does ``frame``, opened at a record's start, hold no part of a notice yet (a message's title before it:
    "#### 【公告提醒】命中 1 条", then 某某人民法院 / 公告)?"""
    return frame.record_start and not (frame.heading or frame.addressee or frame.listings or frame.closing)


def _line_bounds(text: str, pos: int) -> Span:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _before_separators(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space and the lines that only part one item from the next (▌二, ——,
    ＊＊＊): what stands between a notice and the next one's start is no part of either."""
    end = _rstrip(text, start, end)
    while end > start:
        line_start = max(start, text.rfind("\n", start, end) + 1)
        if line_start == start or not _SEPARATOR_LINE.fullmatch(text, line_start, end):
            break
        end = _rstrip(text, start, line_start)
    return end


# A line that only parts two items: symbols, dashes, stars, and an item's numeral at most.
_SEPARATOR_LINE = grammar.compile_pattern(
    r"[\p{So}\p{Pd}*＊#\s]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})?[\p{So}\p{Pd}*＊#、.．\s]*"
)


def _stripped_length(text: str, start: int, end: int) -> int:
    """``len(text[start:end].strip())``, without the copy; linear, bounded by the white space at the ends."""
    while start < end and text[start].isspace():
        start += 1
    return _rstrip(text, start, end) - start


def _opened_by_applicant(text: str, start: int, end: int) -> bool:
    """Does the body from ``start`` to ``end`` open with its applicant (申请人某某申请宣告某某失踪一案，经查：…;
    APPLICANT_LED_OPENER, matched from its first line's start, an indent and all)?"""
    while start < end and text[start].isspace():
        start += 1
    first = text.rfind("\n", 0, start) + 1
    return grammar.match(grammar.APPLICANT_LED_OPENER_RE, text, first, end) is not None


def _rstrip(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing white space (never before ``start``); linear, bounded by the run."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def listed_title(text: str, at: int) -> bool:
    """Is the line at ``at`` one of a site's list of titles, a link each (…民催17号公示催告 / 关于端午节期间诉讼服务
    安排的公告 / 株式会社韩星食品公告 / 发布时间：…): a title line with words above it and under it, no sentence in
    any? The list heads no notice: the page's own title, its last line, heads the notice under it. (The stream's
    cutter asks too: no chunk starts at such a line.)"""
    line_start, line_end = _line_bounds(text, at)
    if grammar.fullmatch(grammar.TITLE_LINE_RE, text[line_start:line_end].strip()) is None:
        return False
    above_end = _rstrip(text, 0, line_start)
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
    below_start = _lstrip(text, line_end, len(text))
    below = text[below_start : _line_bounds(text, below_start)[1]].strip()
    return all(grammar.fullmatch(grammar.TITLE_LINE_RE, line) is not None for line in (above, below))


def _dated_link(text: str, at: int) -> bool:
    """Is the line at ``at`` a link of a site's list, its title and the month and day it was posted ((2021)冀0681执恢
    57号执行公告05-11, …公示催告06-04, 关于…的公告 [05-11])? A notice's heading prints no day without its year."""
    line_start, line_end = _line_bounds(text, at)
    return _LINK_DAY_END.search(text, line_start, line_end) is not None


_LINK_DAY_END = re.compile(r"[\u4e00-\u9fff）)][ \t\u3000]*[\[［(（]?[01]?[0-9]-[0-3]?[0-9][\]］)）]?[ \t\u3000]*$")


def _lstrip(text: str, start: int, end: int) -> int:
    """``start`` moved on over leading white space (never past ``end``)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def _is_public_issuer(text: str, span: Span | None) -> bool:
    return span is not None and grammar.NOT_ISSUER_RE.search(text, *span) is None


# ---------------------------------------------------------------- literal-first scans


# Anchors: words every match of a rule holds, found by the standard library's scanner, which skips
# ahead fast over text that holds none of a set of literals (the regex module tries a rule at every
# character: most of a page of news is read at its speed of reading, not of the rules).
_ISSUER_SUFFIX = grammar.literals(lexicon.ISSUER_SUFFIXES)
# How far before its suffix an issuer's match may start: a region tag ([广东], at most 8 characters) and
# ISSUER_NAME's words before the suffix (at most 30).
_ISSUER_BACK = 40
# How far after its suffix a signature's match may look: 80 spaces or line breaks and a date (SIGNATURE).
_SIGNATURE_REACH = 200
_OPENER_WORD = grammar.literals(lexicon.OPENERS)
_LABEL_WORD = grammar.literals(lexicon.PUBLICATION_LABELS)  # PUBLICATION_LABEL's words
_LABEL_AT = re.compile(f"(?={_LABEL_WORD.pattern})")
_POSTED_ON_AT = re.compile("(?=发布日期)")
_POSTED_ON_BELOW = 3  # lines with words under a notice where its page's 发布日期 may stand
# What the body an opener speaks as is called at its end, where not the opener's own word: 本委, a 委员会.
_SPEAKS_AS = {"委": "委员会", "仲裁委": "委员会"}
_LINE_END = re.compile("\n")
_BULLETIN_TYPE = grammar.literals(lexicon.BULLETIN_TYPES)
_SET_ON = re.compile("定于")
# How far before its 定于 a listing's sentence may start: a list's item names its case first (1、（2025）…号原告…诉
# 被告…一案，定于…), up to LISTING_RE's 200 characters.
_SET_ON_BACK = 220


def _standard(rule: regex.Pattern[str]) -> re.Pattern[str]:
    """A rule of the grammar written in syntax both engines read (literals, classes, fixed lookbehinds),
    compiled by the standard library's engine, as an anchor."""
    return re.compile(rule.pattern, re.VERBOSE | re.MULTILINE)


_HEADING_ANCHOR = _standard(grammar.HEADING_ANCHOR_RE)
_DATED_LISTING_ANCHOR = _standard(grammar.DATED_LISTING_ANCHOR_RE)
# The same after a line end: a literal the standard library's re skips ahead to (``^`` is tried at every character).
_DATED_LISTING_AFTER_LINE_END = re.compile(
    r"\n" + grammar.DATED_LISTING_ANCHOR_RE.pattern.removeprefix("^"), re.VERBOSE
)


def _dated_lines(text: str) -> Iterator[tuple[int, int]]:
    """Where each line that starts with a date (DATED_LISTING_ANCHOR_RE) starts, and where its date ends."""
    first = _DATED_LISTING_ANCHOR.match(text)
    if first is not None:
        yield 0, first.end()
    for hit in _DATED_LISTING_AFTER_LINE_END.finditer(text):
        yield hit.start() + 1, hit.end()


def _lines_holding(anchor: re.Pattern[str], text: str, start: int = 0) -> Iterator[int]:
    """The start of each line that holds a hit of ``anchor`` at or after ``start``, once."""
    next_line = 0
    for hit in anchor.finditer(text, start):
        if hit.start() < next_line:
            continue
        yield text.rfind("\n", 0, hit.start()) + 1
        line_end = text.find("\n", hit.start())
        next_line = len(text) if line_end < 0 else line_end + 1


def _near(
    rule: regex.Pattern[str], anchor: re.Pattern[str] | Iterable[re.Match[str]], text: str, back: int, reach: int
) -> Iterator[regex.Match[str]]:
    """The matches of ``grammar.finditer(rule, text)``, looked for only around the hits of ``anchor``.

    Every match of ``rule`` must hold a place where ``anchor`` matches at most ``back`` characters after its
    start, and end (with what it looks at after) within ``reach`` characters of that place or on that line.
    Each search is cut at the end of the line ``reach`` characters after a hit, so that what a rule looks
    at past its match is as in the whole text; a search that found nothing up to the same cut answers for
    the hits after it (a line of a megabyte is searched once, as before). ``anchor`` may be its hits,
    less those no match can hold."""
    done = 0
    last: tuple[int, int, regex.Match[str] | None] = (-1, -1, None)  # a search's start, its cut, its match
    line_end = -1  # the last line end found: the first at or after any place between the hit before and it
    for hit in anchor.finditer(text) if isinstance(anchor, re.Pattern) else anchor:
        if hit.end() <= done:
            continue
        start = max(done, hit.start() - back)
        if hit.end() + reach > line_end:  # (hits on one long line look for its end once)
            found_end = text.find("\n", hit.end() + reach)
            line_end = len(text) if found_end < 0 else found_end
        cut = min(len(text), line_end + 1)
        while start < hit.end():
            searched_from, searched_to, found = last
            if not (searched_to == cut and searched_from <= start and (found is None or found.start() >= start)):
                found = grammar.search(rule, text, start, cut)
                last = (start, cut, found)
            if found is None or found.start() >= hit.end():
                break  # the next match, if any, holds a later hit
            yield found
            done = start = found.end()


_SPACE_CHARACTER = re.compile("[\x20\t\u3000\xa0]")  # grammar.SP
_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in lexicon.ISSUER_SUFFIXES)


def _trailing_suffixes(text: str) -> Iterator[re.Match[str]]:
    """The issuer suffixes a trailing issuer may hold. Its name (characters only, to its last suffix) is
    followed by spaces and the line's end, or by a space (TRAILING_ISSUER_RE): so after the suffix, its line
    holds a space or ends in a suffix. A paragraph of a body seldom does, and is not searched."""
    next_space = -1  # the first space at or after the hit before
    line_end = -1
    for hit in _ISSUER_SUFFIX.finditer(text):
        if next_space < hit.start():
            space = _SPACE_CHARACTER.search(text, hit.start())
            next_space = len(text) if space is None else space.start()
        if line_end < hit.end():
            found = text.find("\n", hit.end())
            line_end = len(text) if found < 0 else found
        if next_space < line_end or text[line_end - 1] in _SUFFIX_ENDS:
            yield hit


# ---------------------------------------------------------------- tokens


def _headings(text: str, start: int = 0) -> list[_Token]:
    """The heading lines whose heading word stands at or after ``start``."""
    found = []
    next_line = 0
    for hit in _HEADING_ANCHOR.finditer(text, start):
        if hit.start() < next_line:
            continue
        line_start, line_end = _line_bounds(text, hit.start())
        next_line = line_end + 1
        match = grammar.match(grammar.HEADING_LINE_RE, text, line_start, line_end)
        if match:
            heading_start = match.start(_HEADING["heading"])
            if text[heading_start - 1 : heading_start] in _HEADING_BRACKETS:
                heading_start -= 1  # 【公告一】: the bracket is the heading's, not the notice's above
            found.append(_Token("heading", heading_start, match.end(_HEADING["heading"]), match))
    # A bulletin line is one line, and names its type: only lines holding a type are tried.
    for line_start in _lines_holding(_BULLETIN_TYPE, text, start):
        match = grammar.match(grammar.BULLETIN_LINE_RE, text, line_start)
        if match:
            found.append(_Token("heading", match.start("heading"), match.end("heading"), match))
    found.sort(key=lambda token: token.start)
    return found


_HEADING_BRACKETS = frozenset("【[［")
_LINE_SPACE = frozenset(" \t\u3000\xa0\r\n")


def _is_bulletin(token: _Token) -> bool:
    """Is ``token`` a bulletin line's heading (【公示催告】), not a 公告 heading?"""
    return token.match is not None and token.match.re is grammar.BULLETIN_LINE_RE


def masthead(text: str) -> Span | None:
    """The issue's date under a newspaper's masthead ("人民法院报 2013年4月16日"): the publication date of
    the notices on the page that print none of their own."""
    top = text[: sum(len(line) + 1 for line in text.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])]
    if grammar.MASTHEAD_RE.search(top) is None:
        return None
    date = grammar.DATE_RE.search(text, 0, len(top))
    return date.span() if date is not None else None


def _short_lines(text: str, rule: regex.Pattern[str], kind: str, anchor: re.Pattern[str]) -> list[_Token]:
    """Lines that ``rule`` matches whole, among the short lines holding ``anchor``."""
    found = []
    next_line = 0
    for hit in anchor.finditer(text):
        if hit.start() < next_line:
            continue
        line_start, line_end = _line_bounds(text, hit.start())
        next_line = line_end + 1
        if line_end - line_start > _SHORT_LINE and _stripped_length(text, line_start, line_end) > _SHORT_LINE:
            continue  # (a paragraph of news: not copied to be measured)
        match = grammar.match(rule, text, line_start, line_end)
        if match:
            found.append(_Token(kind, match.start(), match.end(), match))
    return found


_ISSUER_ANCHOR = re.compile(rf"{_ISSUER_SUFFIX.pattern}[\x20\t\u3000\xa0]*$", re.MULTILINE)
_DATE_ANCHOR = re.compile(r"[日号0-9０-９][。.]?[\x20\t\u3000\xa0]*$", re.MULTILINE)
_CASE_YEAR_ANCHOR = _standard(grammar.CASE_YEAR_RE)


def _addressees(text: str) -> list[_Token]:
    """Names before a colon that a notice's body follows, and labelled addressee lines."""
    found: list[_Token] = []
    for colon in _colons(text):
        follow = _ADDRESSEE_FOLLOW.match(text, colon.end())
        if follow is None:
            continue
        if _LEFT_OPEN.search(text, text.rfind("\n", 0, colon.start()) + 1, colon.start()):
            continue  # a label's colon in a bracket (申请人陈小雨（女，…，身份证号：3213…）与你单位…), no addressee's
        names_end = colon.start()
        while names_end > 0 and text[names_end - 1] in _SPACE:
            names_end -= 1  # 张某某　：
        start = _run_on_names(text, _names_start(text, names_end), names_end)
        if start == names_end or (colon.group() in ",，" and start != 0 and colon.re is not _IDENTIFIED_COMMA):
            continue  # a comma stands for the colon only at the very start of a record's text
        if (
            start > 0
            and text[start - 1] in _OPENING_QUOTES
            and (not _line_blank_before(text, start - 1) or _quoted_in_part(text, start - 1))
        ):
            continue  # quoted: in a sentence (刊登公告：“李某：本院受理…”), or in part under one (内容大致如下：/ “…”)
        if text[text.rfind("\n", 0, start) + 1 : start].rstrip().endswith(_LINK_LABELS):
            continue  # a page's link to the notice before or after (上一篇：陆某某：本院受理…), not a notice
        if _body_label(text, start, names_end):
            continue  # a paragraph's label inside a body (事实与理由：被告某某系…), no addressee
        numbered = _ENUMERATION.match(text, start, names_end)
        item_start = start  # (一、NORTH STAR TRADING LTD：: a line of its own, its item number before the names)
        start = numbered.end() if numbered else start  # 一、天津某某有限公司：, the first of several
        # (The case's number run on before the names, a feed's line break lost: 【案号】(2034)黑0503民初455号唐国富：,
        # read as the line of its own it stands for.)
        # (In brackets, 【（2034）晋1129民初1045号】贺建斌:, the names start after them.)
        bracketed = text[start - 1 : start] == "】"
        opening = text.rfind("【", max(0, start - _BRACKETED_CASE_REACH), start) if bracketed else -1
        case = grammar.match(grammar.CASE_BEFORE_NAMES_RE, text, start if opening < 0 else opening, names_end)
        if case is not None and start <= case.end() < names_end:
            start = case.end()
        else:
            # (or a space between, where the names stop: （2036）新2302民初877号 努尔兰·哈力木：)
            line_start = text.rfind("\n", 0, start) + 1
            case = grammar.match(grammar.CASE_BEFORE_NAMES_RE, text, line_start, start) if line_start < start else None
            if case is not None and case.end() == start and numbered is None:
                item_start = line_start
            else:
                case = None
        signed = grammar.match(grammar.RUN_IN_ISSUER_RE, text, start, colon.end()) or _spaced_issuer(
            text, start, colon.end()
        )
        if signed is not None and not _is_public_issuer(text, signed.span("issuer")):
            signed = None
        titled = grammar.match(grammar.HEADING_RE, text, start, names_end) if "告" in text[start:names_end] else None
        if titled is not None and titled.group("heading_issuer") and titled.end() < names_end:
            start, signed = titled.end(), None  # (某某人民法院公告岑德光：本院受理…: the heading glued to the names)
        if signed is not None:
            # …缺席裁判。某某人民法院孔某：本院受理…: the court signs the notice before (a space may stand between)
            start = max(start, signed.end())
        match = grammar.match(grammar.ADDRESSEE_LIST_RE, text, start, names_end)
        # (A comma standing for the colon ends no line of names: the names before it must look like names, not a
        # sentence's clauses: 申请人某公司因遗失汇票一张，向本院申请公示催告，本院…)
        whole_line = _line_blank_before(text, item_start) and colon.group() not in ",，"
        token = None
        if match is not None and match.end() == names_end:
            token = _addressee_token(text, match, colon.end(), _ADDRESSEE, whole_line)
        if token is None:
            described = _described_addressees(text, colon.start(), colon.end())
            if described is not None:
                found.append(described)
            continue
        if whole_line and numbered is None and token.role is None:
            _names_stacked_above(text, token)  # 朱长青 / 宜昌华腾物流有限公司：, one name a line
        if signed is None:
            token.issuer = _bracketed_issuer(text, item_start) if case is None else None
            if token.issuer is not None:
                token.start = text.rfind("【", 0, token.issuer[0])
            elif _greeted(text, token):
                continue  # a greeting from no public body: a chat's or a letter's (王总，您好！您与我司…)
        else:
            found.append(_Token("run_in_issuer", signed.start(), signed.end(), signed))
        if case is not None:
            found.append(_Token("case_line", case.start(), case.end(), case))
        found.append(token)
    for line_start in _lines_holding(_COLON, text):  # a labelled line is one line, with its colon
        first = line_start
        while first < len(text) and text[first] in _SPACE:
            first += 1
        if first == len(text) or text[first] not in _ROLE_FIRSTS:
            continue  # the line does not start with a role: news prints many colons
        match = grammar.match(grammar.ROLE_LABEL_LINE_RE, text, line_start)
        if match is None or lexicon.ROLE_SIDES.get(match.group("role")) == "none":
            # (法定代表人：某某 under a party's line, or in a list of offenders; 出票人：某某公司 in a lost bill's
            # data: it addresses no one)
            continue
        if _only_contacts_to_signature(text, match.end()):
            continue  # a labelled line under a notice's body (投诉人：某某等17人 / 联系人：… / signature): no addressee
        token = _addressee_token(text, match, match.end(), _ROLE_LABEL, whole_line=True)
        if token is not None:
            token.kind = "role_label"
            found.append(token)
    found += _enumerated_addressees(text)
    found.sort(key=lambda t: t.start)
    return found


_LEFT_OPEN = re.compile(r"[（(【［][^（）()【】［］\n]*$")  # (a colon in a label's bracket: 【案号：（2034）…号】)


def _only_contacts_to_signature(text: str, pos: int) -> bool:
    """Do only contact lines, or blank ones, stand between ``pos`` and a signature below it (联系人：…，电话：… /
    某某局 / 日期)? (Not a form's fields: 案号：… / 开庭时间：… are a notice's body.)"""
    signature = grammar.search(grammar.SIGNATURE_RE, text, pos, min(len(text), pos + _CONTACTS_REACH))
    if signature is None:
        return False
    return _only_contacts(text, pos, signature.start())


def _only_contacts(text: str, start: int, end: int) -> bool:
    """Are the lines from ``start`` to ``end`` contact lines (联系人：…  联系电话：0373-6××××), one at least, or blank,
    or a phone number's tail a narrow column wrapped onto a line of its own (…0373-6××× / 37)?"""
    lines = [line.strip() for line in text[start:end].split("\n") if line.strip()]
    # (At least one: 致：周海波（…） alone over the signature is the notice's addressee, printed last.)
    contacts = [line for line in lines if grammar.match(grammar.CONTACT_LINE_RE, line) is not None]
    return bool(contacts) and all(line in contacts or _PHONE_TAIL.fullmatch(line) for line in lines)


_PHONE_TAIL = re.compile(r"[0-9０-９×xX*＊\-－]{1,8}")


_CONTACTS_REACH = 300  # characters: a few contact lines


# (A page's links to other notices, each its title's first words: 上一篇：…, 相关链接：陈某：本院受理…)
_LINK_LABELS = tuple(
    label + colon
    for label in ("上一篇", "下一篇", "上一条", "下一条", "相关链接", "相关阅读", "相关文章")
    for colon in "：:"
)
# Where a line starts with an item's number (一、 2. …): found from the line end before it, a literal.
_NUMBERED_LINE = re.compile(rf"\n {grammar.SP}* {grammar.ITEM_NUMBER}", re.VERBOSE)


def _enumerated_addressees(text: str) -> list[_Token]:
    """Addressees printed as the items of a list, each alone on its line (ENUMERATED_ADDRESSEE_RE)."""
    found = []
    for line_start in chain((0,), (hit.start() + 1 for hit in _NUMBERED_LINE.finditer(text))):
        item = grammar.match(grammar.ENUMERATED_ADDRESSEE_RE, text, line_start)
        if item is None:
            continue
        names_start, names_end = item.span("names")
        match = grammar.match(grammar.ADDRESSEE_LIST_RE, text, names_start, names_end)
        if match is None or match.end() != names_end:
            continue
        token = _addressee_token(text, match, names_end, _ADDRESSEE, whole_line=True)
        if token is not None:
            found.append(token)
    return found


def _points_to_a_list(text: str, names: tuple[Span, ...]) -> bool:
    """Is the addressee a pointer to a list printed with the notice (下列纳税人, 以下当事人), not a name?"""
    return len(names) == 1 and text.startswith(lexicon.POINTING_WORDS, names[0][0])


def _quoted_in_part(text: str, pos: int) -> bool:
    """Is the quote opening at ``pos`` an article's quotation of part of a notice: under a line that ends with a
    colon (公告内容大致如下：), and closed on its own line (“王某：本院受理…逾期将依法缺席判决。”), not a notice quoted
    whole, its signature and date inside the quote?"""
    end = text.rfind("\n", 0, pos)
    while end > 0 and text[end - 1] in _SPACE + "\n\r":
        end -= 1
    line_end = text.find("\n", pos)
    line = text[pos : len(text) if line_end < 0 else line_end].rstrip()
    return end > 0 and text[end - 1] in ":：" and line.endswith(_CLOSING_QUOTES)


_CLOSING_QUOTES = ("”", "」", "』")


def _line_blank_before(text: str, pos: int) -> bool:
    """Does only space stand between the start of ``pos``'s line and ``pos``? (Read back over the spaces
    only: a page may be one long line.)"""
    while pos > 0 and text[pos - 1] in _SPACE:
        pos -= 1
    return pos == 0 or text[pos - 1] == "\n"


def _described_addressees(text: str, colon: int, end: int) -> _Token | None:
    """The persons described a line each above the colon at ``colon`` (DESCRIBED_ADDRESSEES), from the first such
    line, if the colon ends such a line."""
    if text[end : end + 1] not in ("\n", ""):
        return None

    def described_from(line: int) -> regex.Match[str] | None:
        match = grammar.match(grammar.DESCRIBED_ADDRESSEES_RE, text, line, end)
        return match if match is not None and match.end() == end else None

    line = text.rfind("\n", 0, colon) + 1
    match = described_from(line)
    while match is not None and line > 0:
        above = text.rfind("\n", 0, line - 1) + 1
        wider = described_from(above)
        if wider is None:
            break
        match, line = wider, above
    return _addressee_token(text, match, end, _DESCRIBED, whole_line=True) if match is not None else None


def _colons(text: str) -> list[re.Match[str] | regex.Match[str]]:
    """An addressee's colons; at the very start of a record's text, a comma may stand for it
    ("叙永某某有限公司,本院根据…的申请…"); in a court's text message, a greeting (王某，您好！您与…)."""
    colons: list[re.Match[str] | regex.Match[str]] = list(_COLON.finditer(text))
    others: list[re.Match[str] | regex.Match[str]] = [
        *_RECORD_COMMA.finditer(text, 0, min(len(text), _RECORD_COMMA_REACH)),
        *_GREETING.finditer(text),
        # (literal first: only a text that prints an identifier's label is searched for its comma)
        *(_IDENTIFIED_COMMA.finditer(text) if any(label in text for label in _IDENTIFIER_LABELS) else ()),
    ]
    if others:
        colons = sorted([*colons, *others], key=lambda found: found.start())
    return colons


_GREETING = _standard(grammar.GREETING_RE)
# A comma after an addressee's identifier, its name opening a paragraph that speaks to it (某某有限公司（纳税人识别号：
# 9132…），经我局多次通知…你公司…): a bureau's notice with no colon.
_IDENTIFIER_LABELS = ("纳税人识别号", "信用代码")  # (统一社会信用代码, 社会信用代码)
_IDENTIFIED_COMMA = grammar.compile_pattern(
    rf"""(?<= ^ {grammar.SP}* [^\n，,。：:；;（(]{{2,60}}
              [（(] {grammar.SP}? (?:纳税人识别号|统一社会信用代码|社会信用代码) {grammar.SP}? [:：]
              [^\n）)]{{1,40}} [）)] )
         [，,] (?= [^\n]{{0,200}}? 你 (?!好) )  # (speaking to it: not a list that names it, 经查，该公司…)""",
    regex.VERBOSE | regex.MULTILINE,
)
# Where a social media post's text is folded, the rest behind a link: …在本院第... 全文, …缺席判决…展开全文.
_FOLDED = re.compile(r"(?:\.{2,}|…+)[ \t\u3000\xa0\u200b]*(?:展开)?全文")


def _greeted(text: str, token: _Token) -> bool:
    """Are the addressees of ``token`` greeted (王某，您好！), as a text message does, not followed by a colon?"""
    return token.match is not None and _GREETING.match(text, token.match.end()) is not None


def _bracketed_issuer(text: str, names: int) -> Span | None:
    """The public body named in brackets right before the names starting at ``names`` (【某某人民法院】王某，您好！)."""
    opening = text.rfind("【", max(0, names - _ISSUER_BACK), names)
    if opening < 0:
        return None
    bracket = grammar.match(grammar.BRACKETED_ISSUER_RE, text, opening, names)
    if bracket is None or bracket.end() != names or not _is_public_issuer(text, bracket.span("issuer")):
        return None
    return bracket.span("issuer")


def _spaced_issuer(text: str, names: int, colon_end: int) -> regex.Match[str] | None:
    """The court's name that signs the notice before, a space before the names starting at ``names`` (…缺席判决。
    南京市鼓楼区人民法院 陈某：本院…): RUN_IN_ISSUER from the sentence's end, ending at the space."""
    gap = names
    while gap > 0 and text[gap - 1] in _SPACE:
        gap -= 1
    if gap == names:
        return None
    sentence = max(text.rfind(mark, max(0, gap - _NAMES_REACH), gap) for mark in grammar.SENTENCE_ENDS)
    if sentence < 0:
        return None
    # (…宣告票据无效。 / 某某区人民法院 江西某某公司：…: the court's name may stand at the next line's start)
    start = sentence + 1
    while start < gap and text[start] in _LINE_SPACE:
        start += 1
    signed = grammar.match(grammar.RUN_IN_ISSUER_RE, text, start, colon_end)
    return signed if signed is not None and signed.end() == gap else None


def _names_start(text: str, end: int) -> int:
    """Where the names before an addressee's colon at ``end`` start: back to the line start, a space
    or a label's colon, over identifiers in brackets (（统一社会信用代码：9137…）)."""
    start = end
    floor = max(0, end - _NAMES_REACH)
    while start > floor:
        character = text[start - 1]
        if character in _CLOSING_BRACKETS:
            opening = _opening_bracket(text, start - 1, floor)
            if opening < 0:
                break
            start = opening
            continue
        if character == "\n":
            above = start - 1
            while above > floor and text[above - 1] in _SPACE + "\r\n":
                above -= 1
            line = text.rfind("\n", floor, above) + 1
            if above > floor and text[above - 1] == "、" and not _ITEM_LINE.fullmatch(text, line, above):
                start = above  # a list of addressees printed over lines, each ending with 、 (not 一、 alone)
                continue
        if character in _CLOSING_QUOTES and (nickname := _NICKNAME_BEFORE.search(text, floor, start)) is not None:
            start = nickname.start()  # (a nickname in quotes after the name: 黄永强“阿强”：)
            continue
        if character == "“" and grammar.match(grammar.SHIP_NAME_RE, text, start - 1, end) is not None:
            start -= 1  # (a ship's name in quotes: “浙普渔68123”轮及其所有人林某：)
            continue
        if character in _NOT_IN_ADDRESSEES and not _inside_name(text, start - 1):
            break
        if character == "=" and _EXPORT_KEY.fullmatch(text, text.rfind("\n", 0, start) + 1, start - 1):
            break  # (an export's key before its value, content=肖某：; not a name that holds one, a formula's)
        if unicodedata.category(character) == "So":
            break  # a bullet before the names: ■, ●, an emoji (🔹一、某某有限公司：)
        start -= 1
    return start


def _run_on_names(text: str, start: int, end: int) -> int:
    """Where the names before a colon start on a page that lost its line breaks: after the date that closed the notice
    before them (…特此公告某某法院2026年5月13日江西某某有限公司：), after a label's number (浏览次数：38陈伟东：)."""
    dated = None
    for found in grammar.finditer(grammar.DATE_RE, text, start, end) if "日" in text[start:end] else ():
        before = text[start : found.start()]
        if sum(map(before.count, "（(")) == sum(map(before.count, "）)")):
            dated = found  # (not a date in a name's brackets: 张卫华（男，1981年7月2日出生，…）)
    if dated is not None and dated.end() < end:
        start = dated.end()
    if start > 0 and text[start - 1] in "：:":
        while start < end and text[start] in "0123456789０１２３４５６７８９":
            start += 1
    return start


def _opening_bracket(text: str, closing: int, floor: int) -> int:
    """Where the bracket that the one at ``closing`` closes opens, on its line, brackets inside counted
    (陳大文（CHAN TAI MAN，香港居民身份证号码：A××××××（×））): -1 if not after ``floor``."""
    depth = 0
    for at in range(closing, floor - 1, -1):
        character = text[at]
        if character == "\n":
            return -1
        if character in _CLOSING_BRACKETS:
            depth += 1
        elif character in _OPENING_BRACKETS:
            depth -= 1
            if depth == 0:
                return at
    return -1


_OPENING_BRACKETS = frozenset(_CLOSING_BRACKETS.values())
_ITEM_LINE = grammar.compile_pattern(rf"{grammar.SP}*{grammar.ITEM_NUMBER}", regex.VERBOSE)


def _inside_name(text: str, at: int) -> bool:
    """Is ``text[at]`` a space inside a name: beside its dot (阿依古丽 · 吐尔逊), or one between two words of a name
    in Latin or Cyrillic letters (JOHN SMITH, Pte. Ltd., Lindqvist & Berg, Петров Алексей)?"""
    if text[at] not in _SPACE:
        return False
    if (
        text[at] == " "
        and 0 < at < len(text) - 1
        and _LATIN_END.match(text[at - 1])
        and _LATIN_START.match(text[at + 1])
    ):
        return True
    before, after = at, at
    while before > 0 and text[before - 1] in _SPACE:
        before -= 1
    while after < len(text) and text[after] in _SPACE:
        after += 1
    return (before > 0 and text[before - 1] in lexicon.NAME_DOTS) or text[after : after + 1] in tuple(lexicon.NAME_DOTS)


# (the words of ADDRESSEE_NAME in Latin or Cyrillic letters: CO., LTD., Петров Алексей)
_LATIN_END = re.compile("[A-Za-z\u0400-\u04ff.&,]")
_LATIN_START = re.compile("[A-Za-z\u0400-\u04ff&]")


def _addressee_token(
    text: str, match: regex.Match[str], end: int, groups: dict[str, int], whole_line: bool
) -> _Token | None:
    names = [(text[s:e], (s, e)) for s, e in (grammar.without_kin(text, span) for span in match.spans(groups["party"]))]
    listed = len(names) > 1
    if not all(_plausible_name(name, whole_line, listed) for name, _ in names):
        return None
    public = any(_PUBLIC_WORD.search(name) for name, _ in names)
    parties = tuple(_named(text, span) for name, span in names if not grammar.PRONOUN_RE.match(name))
    role = match.span(groups["role"]) if match.group(groups["role"]) else None
    return _Token("addressee", match.start(), end, match, () if public else parties, role, public)


# A form's field naming its issuer, by a label of the records' (发布法院：, 公告单位：, 发布机关：).
_ISSUER_LABEL = grammar.compile_pattern(
    rf"[\x20\t\u3000\xa0]*{grammar.alt(key for key in lexicon.RECORD_ISSUER_KEYS if not key.isascii())}"
    r"[\x20\t\u3000\xa0]*[:：]"
)
_MOST_STACKED = 5  # names printed one a line over the colon's line, at the most
_TITLE_WORD = grammar.literals(lexicon.TITLE_WORDS)


def _names_stacked_above(text: str, token: _Token) -> None:
    """Names printed one a line, the colon after the last (朱长青 / 宜昌华腾物流有限公司：): each line just above the
    token's (no blank line between) that holds a party's name and nothing else is an addressee too."""
    start = token.start
    for _ in range(_MOST_STACKED):
        line_end = start - 1
        if line_end <= 0 or text[line_end] != "\n":
            return
        line_start = text.rfind("\n", 0, line_end) + 1
        first = line_start
        while first < line_end and text[first] in _SPACE:
            first += 1
        last = _rstrip(text, first, line_end)
        line = grammar.fullmatch(_STACKED_LINE, text[first:last]) if last > first else None
        if line is None or grammar.ISSUER_LINE_RE.match(text, first) is not None or _TITLE_WORD.search(line["name"]):
            return  # (not a title over the addressee: 公告, 开庭通知)
        name = (first + line.start("name"), first + line.end("name"))
        if not _plausible_name(text[slice(*name)], whole_line=False) or text[slice(*name)] in _spanned(text, token):
            return  # (nor the name a record's field printed over its text: 周建军 / 周建军：…)
        token.spans = (name, *token.spans)
        token.start = start = line_start


# A name alone on its line, or with its identifier or an aside after it (孙建国（公民身份号码：610528********1235）).
_STACKED_LINE = grammar.compile_rule(
    rf"(?P<name> {grammar.PARTY_NAME} ) (?: {grammar.IDENTIFIER} | {grammar.NAME_ASIDE} )?", guarded=True
)


def _spanned(text: str, token: _Token) -> set[str]:
    return {text[start:end] for start, end in token.spans}


def _named(text: str, span: Span) -> Span:
    """An addressee's span without the others counted after the name (王某等17人: 王某), or the number of its case
    printed after it (王某（（2026）京0491民初12345号）: 王某)."""
    others = grammar.search(grammar.OTHERS_AFTER_NAME_RE, text, *span)
    if others is not None and others.start() > span[0]:
        return span[0], others.start()
    number = grammar.search(grammar.NUMBER_AFTER_NAME_RE, text, *span)
    if number is not None and number.start() > span[0] and number.end() == span[1]:
        return span[0], number.start()
    if span[1] - span[0] > _COUPLE_AFTER_NAME and text.endswith(_COUPLE, *span):
        return span[0], span[1] - _COUPLE_AFTER_NAME  # (汪德胜、陈桂兰夫妇：: the couple named, each a party)
    return span


_COUPLE = ("夫妇", "夫妻")
_COUPLE_AFTER_NAME = 2  # characters
# Words looked for in a name, each list by one scan (the standard library's re, as anchors are).
_NOT_NAME_WORD = grammar.literals(lexicon.NOT_NAME_WORDS)
_PUBLIC_WORD = grammar.literals(lexicon.PUBLIC_ADDRESSEES)
_ORG_WORD = grammar.literals(suffix for suffix in lexicon.ORG_SUFFIXES if len(suffix) > 1)  # (not 局, 院 …)
_ORG_END = tuple(suffix for suffix in lexicon.ORG_SUFFIXES if len(suffix) == 1)  # (they end one: 味之都火锅店)
_ORG_NAME_ENDS = tuple(suffix for suffix in lexicon.ORG_SUFFIXES if len(suffix) > 1)  # 有限公司, 合作社
_NOT_IN_NAMES = frozenset(lexicon.NOT_IN_NAMES)


_LONG_NAME = 4  # characters: a name, not a surname and a verb (王称)


def _plausible_name(name: str, whole_line: bool, listed: bool = False) -> bool:
    """Could ``name`` stand before an addressee's colon? Not a label or a word of news. A line that
    holds only names and the colon is read as printed (untrusted text, made harmless on output);
    within a line, a name must look like one. ``listed``: one of several names, apart by 、 or commas."""
    if not any(character.isalnum() for character in name):
        return False  # a form's blank (______：), a rule of dashes
    if name[0] in "（(" and not any(character in "）)" for character in name):
        return False  # an aside's label in a bracket left open (（注：原定于…开庭的…案件已撤回上诉）)
    # (A company's name may hold such a word: 苏州佳禾置业顾问有限公司, 好时间文化传媒有限公司; news quoting one ends
    # otherwise, 某某公司负责人表示.)
    word = None if name.endswith(_ORG_NAME_ENDS) else _NOT_NAME_WORD.search(name)
    # (A name alone on its line may end in a character news uses for "said": 鲁茸吉称, a Pumi name, not 某某称; or be a
    # surname and a given name that is such a word, 蒋正文, not a label: a page's is 正文 alone, or 公告正文.)
    if word is not None and not (
        whole_line
        and word.end() == len(name)
        and ((len(word.group()) == 1 and len(name) >= _LONG_NAME) or len(word.group()) == len(name) - 1 == 2)
    ):
        return False
    if "你" in name and grammar.PRONOUN_RE.match(name) is None:
        return False  # a sentence about the addressee ("因你单位存在…"), not a name
    is_organisation = _ORG_WORD.search(name) is not None or name.endswith(_ORG_END)
    if not _NOT_IN_NAMES.isdisjoint(name) and not is_organisation and not _yi_name(name, listed or whole_line):
        return False  # a label of the body ("认定的事实和证据:"), not a name
    if whole_line:
        return True
    if not any("\u3400" <= c <= "\u9fff" for c in name):
        return False

    if grammar.PRONOUN_RE.match(name) or _PUBLIC_WORD.search(name):
        return True
    return is_organisation or len(name) <= lexicon.MAX_PERSON_NAME


def _yi_name(name: str, listed: bool) -> bool:
    """A Yi name printed in Chinese may hold a character of sentences (阿的木呷, 的日拉哈: 阿的 and 的日 are
    surnames): a short name among others, not ending in it, is one; a label stands alone (目的：)."""
    return listed and _SHORT_NAME_WITH_WORD.fullmatch(name) is not None


_SHORT_NAME_WITH_WORD = grammar.compile_pattern(
    rf"\p{{Han}}{{2,3}}(?![{lexicon.NOT_IN_NAMES}])\p{{Han}}"
)  # (three or four)


# A listing names its session (开庭, 审理 …) before its sentence ends: whether the first character of a
# session word comes before a sentence end is looked up by one scan of the standard library's re, not by
# the rule at every 定于 ("本院定于" printed 20,000 times was 20,000 scans of up to 200 characters each).
# (The sentence ends, 。；;, are what LISTING_RE's words before the session cannot cross.)
_SESSION_OR_STOP = re.compile(
    "[" + "".join(sorted({re.escape(word[0]) for word in lexicon.SESSION_VERBS})) + "]|(?P<stop>[。；;])"
)
# How far after a listing's start its session word may stand, at the most: the court's name (at most
# 30 characters and a suffix), its division, 定于, then at most 200 characters (LISTING_RE), with room.
_LISTING_REACH = 400
# The last character of every room word a dated listing names on its line (法庭, 仲裁庭, 调解室 …: grammar.ROOM).
_ROOM_END = re.compile("[庭室]")


def _listings(text: str) -> list[_Token]:
    found: list[_Token] = []
    done = 0
    for hit in _SET_ON.finditer(text):
        if hit.start() < done:
            continue
        # From the line's start or _SET_ON_BACK characters before, the later (not searched back to: a line may be
        # long).
        reach_back = max(0, hit.start() - _SET_ON_BACK)
        floor = text.rfind("\n", reach_back, hit.start()) + 1 or reach_back
        # The sentence the 定于 stands in starts after the last sentence end or label colon before it.
        start = max([floor] + [floor + m.end() for m in _SENTENCE_BREAK.finditer(text[floor : hit.start()])])
        while start < hit.start() and text[start] in _SPACE + "\n":
            start += 1
        numbered = _ENUMERATION.match(text, start, hit.start())  # 1.本院定于…, （二）本院定于…, 1. 本院定于…
        start = numbered.end() if numbered else start
        while start < hit.start() and text[start] in _SPACE:
            start += 1
        session = _SESSION_OR_STOP.search(text, start, start + _LISTING_REACH)
        if session is None or session.group("stop"):
            continue  # no session word within reach, before the sentence ends: LISTING_RE cannot match here
        match = grammar.match(grammar.LISTING_RE, text, start)
        if match and match.start() <= hit.start():
            found.append(_Token("listing", match.start(), match.end(), match))
            done = match.end()
    for line_start, date_end in _dated_lines(text):
        line_end = text.find("\n", date_end)
        if _ROOM_END.search(text, date_end, len(text) if line_end < 0 else line_end) is None:
            continue  # a line that starts with a date but names no room (news does): DATED_LISTING_RE cannot match
        match = grammar.match(grammar.DATED_LISTING_RE, text, line_start)
        if match:
            found.append(_Token("listing", match.start("listing"), match.end("listing"), match))
    found.sort(key=lambda token: token.start)
    return found


def _openers(text: str) -> list[_Token]:
    """Lines that start with a public body's first person and a verb: 本院受理…; or with a newspaper's, correcting a
    notice it printed: 本报…刊登的…公告中…"""
    found = []
    for hit in _near(grammar.OPENER_RE, _OPENER_WORD, text, 0, 0):
        if _line_blank_before(text, hit.start()):
            found.append(_Token("opener", hit.start(), hit.end(), hit))
    for line_start in _lines_holding(_CASE_YEAR_ANCHOR, text):
        if not _CASE_LED.match(text, line_start):
            continue  # (a line that opens with no number and a space: CASE_LED_OPENER_RE cannot match, tried cheaply)
        led = grammar.match(grammar.CASE_LED_OPENER_RE, text, line_start)
        if led is not None and _line_blank_before(text, line_start):
            found.append(_Token("opener", line_start, led.end(), led))
    for line_start in _lines_holding(_APPLIED, text):
        led = grammar.match(grammar.APPLICANT_LED_OPENER_RE, text, line_start)
        if led is not None:
            found.append(_Token("applicant_opener", led.start("opener"), led.end(), led))
    if "本报" in text:
        for hit in grammar.finditer(grammar.CORRECTION_OPENER_RE, text):
            if _line_blank_before(text, hit.start()):
                found.append(_Token("opener", hit.start(), hit.end(), hit))
    found.sort(key=lambda token: token.start)
    return found


# What a line APPLICANT_LED_OPENER_RE may match holds.
_APPLIED = re.compile("申请")
# The start of a line CASE_LED_OPENER_RE may match: a word ending with 号 (之二 after it at most), then a space.
_CASE_LED = re.compile(r"[ \t\u3000\xa0]*[^\s]{6,40}?号(?:之[一二三四五六七八九十]{1,3})?[ \u3000\xa0]")


def _tokens(text: str) -> list[_Token]:
    tokens = _headings(text)
    tokens += [
        token
        for token in _short_lines(text, grammar.ISSUER_LINE_RE, "issuer_line", _ISSUER_ANCHOR)
        if not any(word in text[token.start : token.end] for word in lexicon.NOT_IN_BODY_NAMES)
    ]
    tokens += _short_lines(text, grammar.CASE_LINE_RE, "case_line", _CASE_YEAR_ANCHOR)
    tokens += _addressees(text)
    tokens += _listings(text)
    tokens += _openers(text)
    tokens += [_Token("closing", m.start(), m.end(), m) for m in grammar.finditer(grammar.CLOSING_RE, text)]
    signatures = _near(grammar.SIGNATURE_RE, _ISSUER_SUFFIX, text, _ISSUER_BACK, _SIGNATURE_REACH)
    tokens += [_Token("signature", m.start(), m.end(), m) for m in signatures]
    # (A trailing issuer looks on along its line only: no reach past its suffix.)
    trailing = _near(grammar.TRAILING_ISSUER_RE, _trailing_suffixes(text), text, _ISSUER_BACK, 0)
    tokens += [_Token("trailing_issuer", m.start(), m.end(), m) for m in trailing]
    tokens += _short_lines(text, grammar.DATE_LINE_RE, "date_line", _DATE_ANCHOR)
    labels = _near(grammar.PUBLICATION_LABEL_RE, _LABEL_WORD, text, 0, 0)
    tokens += [_Token("label", m.start(), m.end(), m) for m in labels]
    order = {kind: i for i, kind in enumerate(_ORDER)}
    tokens.sort(key=lambda t: (t.start, order[t.kind]))
    return tokens


# At one position, the part that frames a notice comes first.
_ORDER = (
    "issuer_line", "heading", "case_line", "addressee", "role_label", "listing", "opener", "applicant_opener",
    "closing", "signature", "trailing_issuer", "run_in_issuer", "date_line", "label",
)  # fmt: skip
_BRACKETED_CASE_REACH = 40  # characters of a case number in 【】 before the names, at the most
_STARTS = frozenset(
    ("issuer_line", "heading", "case_line", "addressee", "role_label", "listing", "opener", "applicant_opener")
)


# ---------------------------------------------------------------- blocks


class _Reader:
    """Reads the tokens of one container in order and assembles blocks."""

    def __init__(self, text: str, record: bool = False) -> None:
        self.text = text
        self.record = record
        self.blocks: list[Block] = []
        self.frame: _Frame | None = None
        self.pending_issuer: _Token | None = None  # an issuer line that may stand above the next heading
        self.column_head: _Token | None = None  # the first issuer line since the last notice (see _headed_by_issuer)
        self.unsigned: list[Block] = []  # blocks cut by the next addressee, waiting for a shared signature
        self.unsigned_headed: list[Block] = []  # whole notices cut by the next heading, waiting for one
        self.next_token: _Token | None = None  # the part after the one being read
        self.token_after_next: _Token | None = None
        self.page_issuer: Span | None = None
        self.masthead = masthead(text)
        # Found once a notice first looks above itself: line ends, and where bylines and labels start.
        self._line_ends: list[int] | None = None
        self._places: dict[re.Pattern[str], list[int]] = {}

    # -- the lines above a frame, looked up (not searched back to, each time: a page may be one long line)
    def _line_start(self, pos: int) -> int:
        """``self.text.rfind("\\n", 0, pos) + 1``."""
        if self._line_ends is None:
            self._line_ends = [found.start() for found in _LINE_END.finditer(self.text)]
        before = bisect_left(self._line_ends, pos)
        return self._line_ends[before - 1] + 1 if before else 0

    def _first(self, rule: regex.Pattern[str], at: re.Pattern[str], start: int, end: int) -> regex.Match[str] | None:
        """``grammar.search(rule, self.text, start, end)`` for a rule every match of which starts where ``at``
        holds: tried there only."""
        places = self._places.get(at)
        if places is None:
            places = self._places[at] = [found.start() for found in at.finditer(self.text)]
        for index in range(bisect_left(places, start), len(places)):
            if places[index] >= end:
                break
            match = grammar.match(rule, self.text, places[index], end)
            if match is not None:
                return match
        return None

    # -- the frame's state
    def _body_before(self, token: _Token) -> bool:
        """Does the frame hold a body's worth of text before ``token``?"""
        assert self.frame is not None
        return _stripped_length(self.text, self.frame.body_start, token.start) >= _MIN_BODY

    def _indent(self, span: Span) -> int:
        """How far into its line ``span`` starts."""
        return span[0] - self._line_start(span[0])

    def _has_body(self) -> bool:
        frame = self.frame
        return frame is not None and (frame.addressee is not None or frame.opener or bool(frame.listings))

    def _adjacent(self, earlier_end: int, later_start: int) -> bool:
        """Only white space (at most one blank line) between two parts."""
        gap = self.text[earlier_end:later_start]
        return gap.strip() == "" and gap.count("\n") <= 3

    def read(self, tokens: list[_Token], page_start: bool = True) -> list[Block]:
        if page_start and tokens and tokens[0].kind == "issuer_line" and tokens[0].match is not None:
            # The page's header names the body whose page it is (a court's site: its name over the menu), the
            # issuer of what speaks as 本院 on it and is signed by no one. (Only at the page's start: a long page
            # is read in pieces, and a piece may start at a notice's issuer line.)
            self.page_issuer = tokens[0].match.span("issuer")
        quoted_to = -1  # tokens of a document a notice quotes whole, up to the notice's own closing
        for index, token in enumerate(tokens):
            if index < quoted_to:
                continue
            if self._quotes_from(token):
                closing = next((i for i in range(index, len(tokens)) if tokens[i].kind == "closing"), None)
                if closing is not None and tokens[closing].start - token.start <= _MOST_QUOTED:
                    assert self.frame is not None
                    self.frame.quoted = (token.start, tokens[closing].start)
                    quoted_to = closing
                    continue
            self.next_token = tokens[index + 1] if index + 1 < len(tokens) else None
            self.token_after_next = tokens[index + 2] if index + 2 < len(tokens) else None
            getattr(self, f"_on_{token.kind}")(token)
        self._close(len(self.text))
        self._flush()
        return self.blocks

    def _quotes_from(self, token: _Token) -> bool:
        """Does the open notice's body end, before ``token``, by saying a document follows (…现依法向你公告送达
        （2026）…号民事判决书，判决书内容如下：)? The document's parts (its court, title, number, parties, judges and
        date) are then the notice's text, up to the notice's own closing."""
        frame = self.frame
        if frame is None or frame.end is not None or frame.closing is not None or not self._has_body():
            return False
        return self.text[frame.body_start : token.start].rstrip().endswith(_QUOTING)

    def _under_menu(self, earlier_end: int, later_start: int) -> bool:
        """Only a site's menu or breadcrumbs (首页 | 法院概况 | 审务公开 | 开庭公告, 首页 > 审务公开 > 开庭公告) and
        white space between two parts: a court's name over its site's menu heads the page's notice."""
        lines = [line.strip() for line in self.text[earlier_end:later_start].split("\n")]
        menus = sum(1 for line in lines if grammar.MENU_LINE_RE.fullmatch(line))
        return 0 < menus <= 2 and all(not line or grammar.MENU_LINE_RE.fullmatch(line) for line in lines)

    def _open(self, token: _Token) -> _Frame:
        start = token.start
        issuer_line = None
        if self.pending_issuer is not None and (
            self._adjacent(self.pending_issuer.end, token.start)
            or (token.kind == "heading" and self._under_menu(self.pending_issuer.end, token.start))
        ):
            start, issuer_line = self.pending_issuer.start, self.pending_issuer.match.span("issuer")  # type: ignore[union-attr]
        if token.issuer is not None:
            start, issuer_line = token.start, token.issuer
        self.pending_issuer = self.column_head = None
        self.frame = _Frame(start=start, issuer_line=issuer_line, body_start=token.end)
        return self.frame

    # -- parts that start a notice
    def _on_issuer_line(self, token: _Token) -> None:
        frame = self.frame
        if self._signs_under_date(frame, token):
            assert frame is not None and token.match is not None
            frame.signature_issuer = token.match.span("issuer")  # 2026年2月10日 / 某某仲裁委员会: the date first
            frame.end = token.end
            return
        # A bulletin's body that speaks in no first person (【公示催告】申请人某某因遗失汇票…) is signed too.
        headed = frame is not None and frame.heading is not None and _is_bulletin(frame.heading)
        if frame is not None and frame.end is None and (self._has_body() or (headed and self._body_before(token))):
            heading = self.next_token
            if heading is not None and heading.kind == "heading" and self._adjacent(token.end, heading.start):
                issuer = token.match.span("issuer")  # type: ignore[union-attr]
                if (
                    frame.signature_issuer is not None
                    or (frame.issuer_line is not None and self._indent(issuer) == self._indent(frame.issuer_line) == 0)
                    or _holds_nothing(frame)
                    or self._issuer_labelled_above(token)
                ):
                    # Over a heading, after a notice signed already, or on a page whose notices each print their issuer
                    # at a line's start above the heading: this one heads the next (a signature stands indented; a
                    # notice's own issuer line may be the last one's).
                    self._close(token.start)
                    self.pending_issuer = token
                    return
            if self._over_menu(token):
                # (a site's header: the court's name over its menu, the next page's, never the signature of the
                # notice above)
                self._close(token.start)
                self.pending_issuer = token
                return
            # After a body, an issuer alone on its line signs it (a date may follow, see _on_date_line).
            if frame.signature_issuer is None:
                frame.signature_issuer = token.match.span("issuer")  # type: ignore[union-attr]
                frame.body_end = token.start
            return
        self.pending_issuer = token
        if self.column_head is None and (frame is None or frame.end is not None):
            self.column_head = token

    def _inside_sentence(self, token: _Token) -> bool:
        """Does the open notice's sentence run on through ``token``'s line: the line above, its body's, ends inside
        it (a character or a comma, no stop), and the line under goes on with no blank line between, no part of its
        own?"""
        frame = self.frame
        line_above = self.text.rfind("\n", 0, max(token.start - 1, 0)) + 1
        if frame is None or frame.body_start > token.start or (frame.heading and frame.heading.end > line_above):
            return False  # (the line above a heading's, a title's: the number under it heads the notice)
        if token.match is not None and token.match.re is grammar.CASE_LINE_RE and token.match.group("item_mark"):
            return False  # (an item's mark opens its line: 一、（2037）…号 上诉状副本及开庭传票 starts a part)
        lead = max(0, token.start - 2)  # (the line above's last character and its line break)
        before = self.text[lead : token.start].rstrip("\r\n\x20\u3000")
        if not before or self.text.count("\n", lead, token.start) > 1 or not _RUNS_ON_END.search(before):
            return False
        after = self.text[token.end : token.end + 3]
        following = self.next_token
        if following is not None and following.start <= token.end + 2:
            return False  # (the line under is a part of its own: an addressee, a heading)
        return after.startswith("\n") and bool(_HAN_START.match(after, 1))

    def _over_menu(self, token: _Token) -> bool:
        """Is the line under ``token`` (blank lines apart) a site's menu or breadcrumbs (首页 | 法院概况 | …)?"""
        start = token.end
        while start < len(self.text) and self.text[start] in "\r\n\x20\t\u3000":
            start += 1
        end = self.text.find("\n", start)
        line = self.text[start : len(self.text) if end < 0 else end].strip()
        return bool(line) and grammar.MENU_LINE_RE.fullmatch(line) is not None

    def _issuer_labelled_above(self, token: _Token) -> bool:
        """Is the last line above ``token`` (blank lines apart) a form's field naming its issuer (发布法院：某某法院)?
        The form is signed by it, and an issuer's line under it, over a heading, heads the next notice."""
        end = _rstrip(self.text, 0, token.start)
        return end > 0 and _ISSUER_LABEL.match(self.text, self.text.rfind("\n", 0, end) + 1, end) is not None

    def _signs_under_date(self, frame: _Frame | None, token: _Token) -> bool:
        """Is ``token`` the issuer on the line right under the date that ended ``frame``, signing it (not the
        next notice's, over its heading)?"""
        if frame is None or frame.end is None or frame.published is None or frame.signature_issuer is not None:
            return False
        gap = self.text[frame.published[1] : token.start]  # (the date's line end: the issuer's line is the next)
        if frame.end > token.start or gap.strip() or gap.count("\n") != 1:
            return False
        # (An issuer as close to a heading under it as to the date above is that heading's.)
        following = self.next_token
        if following is None or following.kind != "heading" or not self._adjacent(token.end, following.start):
            return True
        return self.text.count("\n", token.end, following.start) > 1

    def _on_heading(self, token: _Token) -> None:
        if self._menu_link(token) or listed_title(self.text, token.start) or _dated_link(self.text, token.start):
            return
        frame = self.frame
        if frame is not None and frame.end is None and not self._has_body() and frame.heading is None:
            frame.heading = token  # an issuer line or case line above it already opened the frame
        else:
            # (A page's title and the case's number over the notice's own heading: 公告送达｜某某法院公告（于海生） /
            # （2034）辽0681民初4470号 / 公  告 / 于海生：…: the number is the notice's.)
            number = None
            if frame is not None and frame.end is None and frame.case_line is not None and frame.addressee is None:
                # (nothing but blank lines between, and the court's name over the heading: not a bulletin's number over
                # its own body, 【公示催告】 / （…）号 / 申请人…, the next bulletin's title under it)
                between = self.text[frame.case_line[1] : token.start]
                court = self.pending_issuer
                if court is not None and frame.case_line[1] <= court.start:
                    between = between.replace(self.text[court.start : court.end], "", 1)
                number = frame.case_line if not between.strip() else None
            if self._title_again(token):
                self.frame = None  # (the page's title over the notice's own heading, the same words: no notice)
            self._close(token.start, by="heading")
            frame = self._open(token)
            frame.heading = token
            frame.case_line = number
        assert token.match is not None
        issuer = token.match.span("heading_issuer") if token.match.group("heading_issuer") else None
        frame.heading_issuer = issuer
        frame.body_start = token.end

    def _menu_link(self, token: _Token) -> bool:
        """Is ``token``'s line a link of a site's menu printed a link a line (首页 / 公告送达 / 开庭公告 / 执行公开 /
        … / 当前位置：首页 > …): a link above it, and only links under it down to the breadcrumbs?"""
        text = self.text
        line_start, line_end = _line_bounds(text, token.start)
        if _MENU_LINK.fullmatch(text[line_start:line_end].strip()) is None:
            return False
        above_end = _rstrip(text, 0, line_start)
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
        if not (_MENU_LINK.fullmatch(above) or grammar.MENU_LINE_RE.fullmatch(above)):
            return False
        for _ in range(_MOST_MENU_LINES):
            line_start = line_end + 1
            if line_start >= len(text):
                return False
            line_end = _line_bounds(text, line_start)[1]
            line = text[line_start:line_end].strip()
            if line and _MENU_LINK.fullmatch(line) is None:
                return grammar.MENU_LINE_RE.fullmatch(line) is not None
        return False

    def _title_again(self, token: _Token) -> bool:
        """Does the open frame, addressed to no one, hold only a page's title whose words ``token`` prints again
        (某某局关于…的公告 / 索引号… 名称：… / 某某局关于…的公告 / 某某公司：…), no sentence under it? (Not two
        notices headed 公告 alike: a title names its notice.)"""
        frame = self.frame
        if frame is None or frame.end is not None or frame.heading is None or frame.addressee is not None:
            return False
        return title_again(self.text, frame.heading.span(), token.span())

    def _on_case_line(self, token: _Token) -> None:
        if self._under_red_header(token):
            return  # 某某仲裁委员会文件 / 某劳人仲〔2026〕47号: the document's own number, no case's
        if _dated_link(self.text, token.start):
            return  # a site's list of other notices, a link each ((2021)冀0681执恢57号执行公告05-11)
        frame = self.frame
        if frame is not None and frame.listings and token.start < frame.listings[-1].end:
            return  # the item's own case under its time and room (1. 3月20日 9:00 第一审判庭 / （2035）…号 原告…)
        if frame is not None and frame.end is None and self._has_body() and self._inside_sentence(token):
            return  # a number too wide for its narrow column (…向你公告送达本院 / （2035）…号 / 民事判决书。…)
        if self.next_token is not None and self.next_token.kind == "listing":
            # A list's item titled by its case's number (a site's list of hearings: the number and the cause over
            # each sentence): the number is the item's, and the list goes on.
            if frame is None or frame.end is not None or not (frame.listings or not self._has_body()):
                self._close(token.start, by="case_line")
                frame = self._open(token)
            frame.listing_titles[len(frame.listings)] = token
            return
        if frame is not None and frame.end is None and self._has_body() and self._over_signature(token):
            # 李某：本院受理…缺席判决。 / （2026）…民初2685号 / 某某人民法院: the notice's number, at its foot
            # (under its closing too: …特此公告。 / （2034）湘1124民特156号 / 道县人民法院, past its body)
            if frame.case_line is None and frame.closing is not None:
                frame.case_line = token.match.span("case_line")  # type: ignore[union-attr]
            return
        following = self.next_token
        if (
            frame is not None
            and frame.end is None
            and frame.case_line is None
            and self._has_body()
            and following is not None
            and following.kind == "closing"
            and self._adjacent(token.end, following.start)
        ):
            # (or over its closing: …缺席判决。 / （2035）陕0522民初133号 / 特此公告。 / 某某人民法院)
            frame.case_line = token.match.span("case_line")  # type: ignore[union-attr]
            return
        if self._under_signature(frame, token):
            assert frame is not None
            frame.case_line, frame.end = token.match.span("case_line"), token.end  # type: ignore[union-attr]
            return  # …缺席判决。 / 某某人民法院 / 日期 / （2033）…民特97号: the notice's number, under it
        if self._card_facts(frame, token):
            # 公示催告 / 公告人：某某法院 / 当事人：某某公司 / 刊登日期：… / （2026）浙0602民催27号 / 申请人某某因…: a
            # result card's facts under its title, its party named there no addressee; the notice follows its number.
            assert frame is not None
            frame.addressee = None
        if (
            frame is not None
            and frame.end is None
            and frame.addressee is not None
            and not (frame.opener or frame.listings or frame.case_line)
            and not self.text[frame.body_start : token.start].strip()
        ):
            # 徐丽娟： / （2027）苏0505民初2218号 / 本院受理…: the case's number between the addressee and the body
            frame.case_line = token.match.span("case_line")  # type: ignore[union-attr]
            frame.body_start = token.end
            return
        if frame is not None and frame.end is None and not self._has_body():
            if frame.heading is not None and self._body_before(token) and self._over_signature(token):
                return  # 【宣告失踪】 / 申请人某某…一案… / （2026）…民特18号 / 某某人民法院: its number
            line = token.match.span("case_line")  # type: ignore[union-attr]
            if frame.case_line is not None and not self.text[frame.case_line[1] : line[0]].strip():
                line = (frame.case_line[0], line[1])  # （2028）云01破申58号 / （2028）云01破37号: the case's numbers
            frame.case_line = line
            frame.body_start = token.end
            return
        self._close(token.start, by="case_line")
        frame = self._open(token)
        frame.case_line = token.match.span("case_line")  # type: ignore[union-attr]
        frame.record_start = token.record

    def _under_red_header(self, token: _Token) -> bool:
        """Does the line with words above ``token`` (a number's line) name a body's document (红头: 某某委员会文件),
        the number under it the document's own?"""
        end = token.start
        while end > 0 and self.text[end - 1].isspace():
            end -= 1
        line = self.text[self.text.rfind("\n", 0, end) + 1 : end].strip(" \t\u3000*#")
        return line.endswith("文件") and grammar.fullmatch(grammar.ISSUER_NAME_RE, line[: -len("文件")]) is not None

    def _card_facts(self, frame: _Frame | None, token: _Token) -> bool:
        """Has ``frame`` only a heading and labelled lines above ``token`` (a case number's line), its addressee one of
        them?"""
        if frame is None or frame.end is not None or frame.heading is None or frame.addressee is None:
            return False
        if frame.opener or frame.listings:
            return False
        if frame.addressee.kind == "addressee" and not self.text[frame.addressee.end : token.start].strip():
            return False  # 公告 / 朱建平： / （2027）…号 / 本院受理…: an addressee's line, the case's number under it
        return _labelled_or_blank(self.text[frame.heading.end : token.start].split("\n"))

    def _under_signature(self, frame: _Frame | None, token: _Token) -> bool:
        """Is ``token`` (a number's line) right under the signature of ``frame``, a notice that prints no case number
        of its own, and no notice's part after it (its number would be that one's, over its addressee)?"""
        if frame is None or frame.end is None or frame.signature_start is None or frame.case_line is not None:
            return False
        if not self._adjacent(frame.end, token.start) or grammar.search(
            grammar.CASE_YEAR_RE, self.text, frame.start, frame.signature_start
        ):
            return False
        following = self.next_token
        return (
            following is None
            or following.kind not in _STARTS
            or not self._adjacent(token.end, following.start)
            # (a heading below starts the next notice, its number under it: 邵武市人民法院 / 日期 /
            # （2034）闽0781民催27号 / 公　告 / 吴丽琴：…, a blank line between or none; or its court's name over it,
            # 乾安县人民法院 / 公　告)
            or following.kind == "heading"
            or self._heads_next(following)
        )

    def _over_signature(self, token: _Token) -> bool:
        """Is the part after ``token`` the signature, right under it (not a court's name over a heading under it, the
        next notice's: （2035）…号 / 泾县人民法院 / 公  告)?"""
        following = self.next_token
        if following is None or following.kind not in ("issuer_line", "signature") or self._heads_next(following):
            return False
        # (or under the contact lines between: （2035）…民特217号 / 联系人：…  联系电话：… / 某某人民法院)
        return self._adjacent(token.end, following.start) or _only_contacts(self.text, token.end, following.start)

    def _heads_next(self, following: _Token) -> bool:
        """Is ``following`` (the part after the one being read) a court's name right over a heading (某某人民法院 /
        公　告), the next notice's head?"""
        heading = self.token_after_next
        return (
            following.kind == "issuer_line"
            and heading is not None
            and heading.kind == "heading"
            and self._adjacent(following.end, heading.start)
        )

    def _message(self, frame: _Frame) -> bool:
        """Is ``frame`` a court's text message, whole: its sender in brackets, its addressee greeted (【某某人民法院】
        王某，您好！…)? It has no closing and no signature, and is not cut off."""
        addressee = frame.addressee
        return addressee is not None and addressee.issuer is not None and _greeted(self.text, addressee)

    def _on_addressee(self, token: _Token) -> None:
        frame = self.frame
        if self._listed_above(frame, token) and _points_up(self.text, token):
            assert frame is not None
            frame.body_start = token.end  # 上列当事人：本委受理…: the parties listed above are addressed
            return
        if frame is not None and frame.end is None and not self._has_body() and not self._own_business_over(token):
            frame.addressee = token
            frame.body_start = token.end
            return
        self._close(self._titled_from(self._numbered_from(token.start), token), by="addressee")
        frame = self._open(token)
        frame.addressee = token
        frame.body_start = token.end

    def _own_business_over(self, token: _Token) -> bool:
        """Does the open frame's heading title a body's own business (关于“五一”期间诉讼服务安排的公告), its prose
        printed before ``token`` (not only the page's 发布时间 line)? It addresses no one: an addressee after its text
        starts the next item of a site's list."""
        frame = self.frame
        assert frame is not None
        if frame.heading is None or not _PROSE.search(self.text, frame.body_start, token.start):
            return False
        return _titles_own_business(self.text, _line_bounds(self.text, frame.heading.start))

    def _on_role_label(self, token: _Token) -> None:
        frame = self.frame
        if self._listed_above(frame, token):
            # 被申请人：甲 / 住所地：… / 法定代表人：… / 被申请人：乙: one notice's parties, each on its labelled line
            # (法定代表人, 负责人: who acts for a party, no party)
            assert frame is not None and frame.addressee is not None
            if token.role is None or lexicon.ROLE_SIDES.get(self.text[token.role[0] : token.role[1]]) != "none":
                frame.addressee = replace(frame.addressee, spans=frame.addressee.spans + token.spans, end=token.end)
            frame.body_start = token.end
            return
        if self._acts_for_addressee(frame, token):
            assert frame is not None
            frame.body_start = token.end  # 某某公司： / 法定代表人：某某 / 本院受理…: who acts for it, no party
            return
        self._on_addressee(token)

    def _acts_for_addressee(self, frame: _Frame | None, token: _Token) -> bool:
        """Is ``token`` a labelled line of who acts for the addressee just above it (法定代表人, 负责人), before the
        body?"""
        if frame is None or frame.end is not None or frame.addressee is None or token.role is None:
            return False
        if lexicon.ROLE_SIDES.get(self.text[token.role[0] : token.role[1]]) != "none":
            return False
        first, *lines = self.text[frame.body_start : token.start].split("\n")
        return not first.strip() and _labelled_or_blank(lines)

    def _listed_above(self, frame: _Frame | None, token: _Token) -> bool:
        """Does ``frame`` hold only parties on labelled lines (被申请人：某某公司 / 住所地：… / 法定代表人：…) up to
        ``token``, so that ``token`` (another party so listed, or 上列当事人：) goes on with them?"""
        if frame is None or frame.end is not None or frame.opener or frame.addressee is None:
            return False
        if frame.addressee.kind != "role_label":
            return False
        return _labelled_or_blank(self.text[frame.addressee.end : token.start].split("\n")[1:])

    def _numbered_from(self, pos: int) -> int:
        """Where the item's number before ``pos`` starts (二、黄某：…), or ``pos``: the number is not the end of
        the notice before."""
        line_start = self._line_start(pos)
        first = line_start
        while first < pos and self.text[first] in _SPACE:
            first += 1
        numbered = _ENUMERATION.match(self.text, first, pos)
        return line_start if numbered is not None and numbered.end() == pos else pos

    def _titled_from(self, pos: int, token: _Token) -> int:
        """Where a site's list prints the item's title over ``token``'s addressee (蒋红英公告送达执行通知书等 /
        2026-04-23 / 蒋红英：…): a short line led by the first name, a date line between at the most; else ``pos``.
        The title is not the end of the notice before (…公告送达开庭传票 there would make it a summons)."""
        if not token.spans:
            return pos
        name = self.text[slice(*token.spans[0])]
        above = pos
        for _ in range(2):
            line_start = self._line_start(max(above - 1, 0))
            while line_start > 0 and not self.text[line_start:above].strip():
                line_start = self._line_start(line_start - 1)  # (over blank lines)
            if line_start >= above:
                return pos
            line = self.text[line_start:above].strip()
            if line.startswith(name) and len(line) <= _SHORT_LINE and not line.endswith(("。", "，", "；", "：", ":")):
                return line_start
            if grammar.match(grammar.DATE_LINE_RE, line) is None:
                return pos
            above = line_start
        return pos

    def _on_listing(self, token: _Token) -> None:
        frame = self.frame
        if (
            frame is not None
            and frame.end is None
            and (frame.addressee is not None or frame.opener or self._served_before(frame, token))
        ):
            if not (_names_case_first(token) and self._points_to_list(frame)):
                return  # the hearing sentence of an addressed notice
            # 下列当事人：…各案开庭时间、地点如下：1、（2025）…一案，定于…: each item is a case's notice
            self._close(token.start)
            self._open(token).listings.append(token)
            return
        if frame is not None and frame.end is None and (frame.listings or not self._has_body()):
            frame.listings.append(token)  # one more listing under the same heading
            return
        self._close(token.start)
        self._open(token).listings.append(token)

    def _served_before(self, frame: _Frame, token: _Token) -> bool:
        """Does the frame's text before the listing serve someone (下列被告： / 1. 龙某某，… / …诉你们…现依法向你们
        公告送达…视为送达。本院定于上列时间…开庭审理上述案件)? The listing is then its hearing sentence."""
        if frame.listings:
            return False
        # (Not a site's menu over the list: 首页 | 法院概况 | 开庭公告 | 公告送达 | …)
        return any(
            not grammar.MENU_LINE_RE.fullmatch(self.text[slice(*_line_bounds(self.text, mark.start()))].strip())
            for mark in grammar.finditer(grammar.SERVICE_MARK_RE, self.text, frame.start, token.start)
        )

    def _points_to_list(self, frame: _Frame) -> bool:
        """Is the frame addressed to whoever a list names (下列当事人：)?"""
        addressee = frame.addressee
        return addressee is not None and self.text[addressee.start : addressee.end].startswith(lexicon.REFERRING_WORDS)

    def _on_opener(self, token: _Token) -> None:
        frame = self.frame
        if frame is not None and frame.end is None and frame.signature_issuer is None and not self._apart(frame, token):
            if not frame.listings:
                frame.opener = True
            return
        # (After a body signed by its court's name alone on a line, with no date: 【宣告失踪、死亡】 / 本院受理…一案… /
        # 某某人民法院 / 本院于…立案受理…: the next notice of the column.)
        self._close(token.start)
        frame = self._open(token)
        frame.opener, frame.record_start = True, token.record
        frame.body_start = token.start

    def _apart(self, frame: _Frame, opener: _Token) -> bool:
        """Is ``opener`` a body's first words apart from ``frame``, a case's number with nothing after it but other
        text (a number in an article, then lines later 本院…): not its body, but a body of its own?"""
        return (
            frame.case_line is not None
            and frame.heading is None
            and not self._has_body()
            and bool(self.text[frame.body_start : opener.start].strip())
        )

    def _on_applicant_opener(self, token: _Token) -> None:
        """A body that opens with its applicant (APPLICANT_LED_OPENER) starts a notice where none is open; in one, it
        is that notice's body (公告送达开庭通知书 / 锡劳人仲案字… / 申请人周晓燕与被申请人…一案，本委已依法受理).
        """
        if self.frame is None or self.frame.end is not None:
            self._on_opener(token)

    # -- parts that end a notice
    def _on_closing(self, token: _Token) -> None:
        frame = self.frame
        if frame is None or frame.end is not None or frame.closing is not None:
            return
        frame.closing = token
        after = grammar.match(grammar.DATE_AFTER_CLOSING_RE, self.text, token.end)
        if after is not None:
            frame.published = after.span("published")
            frame.end = after.end()

    def _on_signature(self, token: _Token) -> None:
        frame = self.frame
        if frame is None or frame.end is not None:
            frame = self._headed_by_issuer(token)
        if frame is None or (frame.end is not None and frame.signature_issuer is not None):
            return
        if frame.end is not None and token.start > frame.end:
            return
        if not self._has_body() and len(self.text[frame.body_start : token.start].strip()) < _MIN_BODY:
            return  # a byline under the heading ("原创 某某法院 2019-07-30"), not a signature
        if self.text[_line_bounds(self.text, token.start)[0] : token.start].lstrip().startswith(BYLINE_MARK):
            return  # (or under a post's title, however long: 【公告送达】…请查收！ / 原创 某某法院 某某法院 2033-05-27)
        assert token.match is not None
        frame.signature_issuer = token.match.span(_SIGNATURE["issuer"])
        frame.published = token.match.span(_SIGNATURE["published"])
        frame.end = token.end
        frame.signature_start = token.start

    def _headed_by_issuer(self, signature: _Token) -> _Frame | None:
        """A newspaper's column heads a notice with its court's name alone on a line, and its body speaks in no
        first person at a line's start (申请人某某因遗失汇票…向本院申请公示催告): signed below a body that makes
        something public or serves, near enough, that name opens it."""
        issuer = self.column_head
        if issuer is None or not 0 < signature.start - issuer.end <= _HEADED_BODY:
            return self.frame
        body = (issuer.end, signature.start)
        if not (
            grammar.search(grammar.PUBLIC_NOTICE_MARK_RE, self.text, *body)
            or grammar.search(grammar.SERVICE_MARK_RE, self.text, *body)
        ):
            return self.frame
        self._close(issuer.start)
        self.pending_issuer = self.column_head = None
        assert issuer.match is not None
        self.frame = _Frame(start=issuer.start, issuer_line=issuer.match.span("issuer"), body_start=issuer.end)
        return self.frame

    def _on_trailing_issuer(self, token: _Token) -> None:
        frame = self.frame
        if frame is None or frame.signature_issuer is not None or not self._has_body():
            return
        if frame.end is not None and not self._adjacent(frame.end, token.start):
            return
        frame.signature_issuer = token.match.span(_TRAILING["issuer"])  # type: ignore[union-attr]
        frame.end = max(frame.end or 0, token.end)

    def _on_run_in_issuer(self, token: _Token) -> None:
        """A court's name glued to the next notice's addressee (RUN_IN_ISSUER_RE) signs the notice before (a bulletin's
        too, whose body speaks in no first person: 【公示催告】申请人某某因遗失汇票…)."""
        frame = self.frame
        if frame is None or frame.end is not None or frame.signature_issuer is not None:
            return
        headed = frame.heading is not None and _is_bulletin(frame.heading)
        if not (self._has_body() or (headed and self._body_before(token))):
            return
        assert token.match is not None
        frame.signature_issuer = token.match.span("issuer")
        frame.signature_start, frame.end = token.start, token.end

    def _on_date_line(self, token: _Token) -> None:
        frame = self.frame
        if frame is None or frame.published is not None:
            return
        # (a body under its heading and case line opened by its applicant is one, though no notice's opener starts it)
        if not (self._has_body() or _opened_by_applicant(self.text, frame.body_start, token.start)):
            return
        if frame.listings and "年" not in self.text[token.start : token.end]:
            return  # a list's rows dated 2024-04-09 by the site that posted them: not a signed date
        # A date alone on its line after the body, with at most two short lines between (a type, a label).
        between = self.text[frame.body_start : token.start].rstrip().split("\n")  # (blank lines do not count)
        short = 0
        while between and short < _DATE_LINE_GAP and 0 < len(between[-1].strip()) <= 20 and "。" not in between[-1]:
            between.pop()
            short += 1
        if not between or not between[-1].rstrip(_SPACE).endswith(_SENTENCE_ENDS):
            return
        frame.published = token.match.span(_DATE_LINE["published"])  # type: ignore[union-attr]
        frame.end = token.end

    def _on_label(self, token: _Token) -> None:
        frame = self.frame
        if frame is None or not (self._has_body() or frame.heading is not None):
            return  # (a 刊登日期 line under a heading dates the notice below it)
        following = self.next_token
        line_end = self.text.find("\n", token.end)
        if (
            frame.signature_issuer is not None
            and following is not None
            and following.kind in ("addressee", "heading")
            and self._adjacent(len(self.text) if line_end < 0 else line_end, following.start)
        ):
            return  # a card's header over the next notice (当事人：某某　刊登日期：… / 某某：本院…): the next one's
        published = token.match.span(_LABEL["published"])  # type: ignore[union-attr]
        if frame.listings and self._adjacent(frame.listings[-1].end, token.start):
            # A row of a list with its own date under it (发布日期：…): that row's; the first dates the rest.
            frame.listing_labels[len(frame.listings) - 1] = published
            frame.label = frame.label or published
            return
        frame.label = published

    # -- a finished block
    def _close(self, limit: int, by: str | None = None) -> None:
        """End the frame being read at ``limit``; ``by`` is the kind of part that ends it, if any."""
        frame, self.frame = self.frame, None
        if frame is None:
            return
        text = self.text
        if frame.listings:
            self._flush()
            self._close_listings(frame, limit)
            return
        signature_start = frame.signature_start
        closing = frame.closing
        body_start = frame.body_start
        message = self._message(frame)
        if closing is None and frame.end is None and message:
            limit = min(limit, _line_bounds(text, body_start)[1])  # a text message is its line: what follows is not
        folded = _FOLDED.search(text, body_start, limit) if closing is None and frame.end is None else None
        if folded is not None:
            limit = folded.end()  # a post folded (…在本院第... 全文): its notice cut there, signed by nothing after
        if closing is not None:
            body_end = closing.start
        elif signature_start is not None:
            body_end = signature_start
        else:
            body_end = frame.body_end or (frame.end if frame.end is not None else limit)
        end = (
            frame.end
            if frame.end is not None
            else (closing.end if closing is not None else _before_separators(text, body_start, limit))
        )
        if frame.end is None and closing is None and frame.signature_issuer is not None:
            # Signed by an issuer alone on its line, with no date under it: the notice ends there, not
            # at a site's 刊登日期 / 上传日期 lines below.
            end = _rstrip(text, body_start, _line_bounds(text, frame.signature_issuer[1])[1])
        body = (body_start, _before_separators(text, body_start, max(body_end, body_start)))
        if closing is not None and frame.addressee is not None and closing.end <= frame.addressee.start:
            # The addressee printed under the closing (…开庭审理。特此公告。 / 致：某某公司): the body is above it.
            tops = [frame.start] + [
                part[1] for part in (frame.heading and frame.heading.span(), frame.case_line) if part
            ]
            top = _lstrip(text, max(tops), closing.start)
            body = (top, _before_separators(text, top, closing.start))
        if body[0] == body[1] and frame.addressee is None:
            # Nothing under a heading (a page of headings only): no evidence to weigh (_is_notice finds
            # none in an empty body), and no issuer to look for above it.
            self._flush()
            return
        block = Block(
            start=frame.start,
            end=max(end, body_start),
            heading=frame.heading.span() if frame.heading is not None else None,
            parties=frame.addressee.spans if frame.addressee is not None else (),
            role_word=frame.addressee.role if frame.addressee is not None else None,
            body=body,
            issuer=self._issuer(frame, body=body),
            published=None,
            truncated=not (closing or frame.signature_issuer or frame.published or message),
            case_line=frame.case_line,
            public=frame.addressee is not None and frame.addressee.public,
            closing=closing.span() if closing is not None else None,
            quoted=frame.quoted,
        )
        if not _is_notice(text, block, frame, self.record):
            self._flush()
            return
        # Looked for only once the block is a notice (the lines above it are searched).
        block = replace(block, published=frame.published or frame.label or self._page_date(frame, block.end))
        if block.truncated and by in ("addressee", "case_line") and folded is None:
            # Cut by the next addressee: several addressees may share one closing and signature
            # ("一、甲公司：…二、乙公司：…特此公告 某某局 日期"); wait for it.
            self.unsigned.append(block)
            return
        if block.truncated and by == "heading" and self._issuer(frame) is None and _ends_sentence(text, block.body):
            # A whole notice, unsigned, under the next one's heading: a court's page of notices signed once at the
            # foot (公告 / 甲：…缺席判决。 / 公告 / 乙：…特此公告。 / 某某人民法院 / 日期); wait for it.
            self.unsigned_headed.append(block)
            return
        if frame.heading is None and not block.truncated:
            # The shared signature signs them all: its issuer before a heading's or an issuer line's (the
            # bureau's 人社局 above the heading, its 监察支队 signing).
            # Its date before a date the page prints (a newspaper's masthead) for notices that print none.
            issuer = frame.signature_issuer
            signed_on = block.published if frame.published is not None else None
            self.unsigned = [
                replace(
                    b,
                    issuer=issuer or b.issuer or block.issuer,
                    published=signed_on or b.published or block.published,
                    truncated=False,
                )
                for b in self.unsigned
            ]
        if frame.signature_issuer is not None and frame.published is not None:
            # (Only where each speaks as the body that signs: 本院 over a court's name.)
            self.unsigned_headed = [
                replace(b, issuer=frame.signature_issuer, published=frame.published, truncated=False)
                if self._speaks_as(b.body, frame.signature_issuer)
                else b
                for b in self.unsigned_headed
            ]
        self._flush()
        self.blocks.append(block)

    def _flush(self) -> None:
        self.blocks += self.unsigned_headed + self.unsigned
        self.unsigned = []
        self.unsigned_headed = []

    def _close_listings(self, frame: _Frame, limit: int) -> None:
        published = frame.published or frame.label or self._page_date(frame, limit)
        for index, listing in enumerate(frame.listings):
            assert listing.match is not None
            start, end = listing.match.span("listing")
            title = frame.listing_titles.get(index)
            if title is not None:
                start = title.start
            own = listing.match.span("listing_issuer") if listing.match.groupdict().get("listing_issuer") else None
            if _HELD_TOLD.search(self.text, start, min(len(self.text), end + _TOLD_REACH)):
                continue  # a news report of a session held (…公开开庭审理…一案。庭审中，双方…), none to come
            self.blocks.append(
                Block(
                    start=start,
                    end=_rstrip(self.text, start, end),
                    heading=None,
                    parties=(),
                    role_word=None,
                    body=(start, _rstrip(self.text, start, end)),
                    issuer=self._issuer(frame, own, (start, end)),
                    published=frame.listing_labels.get(index, published),
                    case_line=title.match.span("case_line") if title is not None and title.match is not None else None,
                    listing=True,
                    closing=frame.closing.span() if frame.closing is not None else None,
                )
            )

    def _issuer(self, frame: _Frame, own: Span | None = None, body: Span | None = None) -> Span | None:
        """The signature's issuer, else the heading's, the line above, a listing's own, the byline; for a ``body``
        that speaks as the page's own body (本院 on a court's page), that body (see ``read``)."""
        for span in (frame.signature_issuer, frame.heading_issuer, frame.issuer_line, own):
            if span is not None:
                return span
        byline = self._byline(frame)
        if byline is not None or self.page_issuer is None or body is None or not (frame.opener or frame.listings):
            return byline
        return self.page_issuer if self._speaks_as(body, self.page_issuer) else None

    def _speaks_as(self, body: Span, issuer: Span) -> bool:
        return speaks_as(self.text, body, self.text[slice(*issuer)])

    def _page_date(self, frame: _Frame, end: int) -> Span | None:
        """A publication date the page prints for a notice (ending at ``end``) that prints none: 刊登日期 in the lines
        just above it (a feed's detail page) or a signature on one line over its heading, else for a notice to an
        addressee its page's 发布日期 (``_posted_on``), else the date under the newspaper's masthead."""
        above = frame.start
        for _ in range(_BYLINE_REACH + 2):
            line_start = self._line_start(max(above - 1, 0))
            if line_start >= above:
                break
            match = self._first(grammar.PUBLICATION_LABEL_RE, _LABEL_AT, line_start, above)
            if match is not None:
                return match.span(_LABEL["published"])
            if frame.heading is not None and (signed := signed_over_heading(self.text, line_start, above - 1)):
                return signed.span("published")
            above = line_start
        return self._posted_on(frame, above, end) or self.masthead

    def _posted_on(self, frame: _Frame, above: int, end: int) -> Span | None:
        """The 发布日期 (a date, no posting time) of a site's page over a notice to an addressee, in the lines from
        ``above`` to the addressee (under its heading: 公告 / 发布日期：2029-09-10 / 甲：…), else in the lines just
        under the notice. Only for a notice signed, its date left out (某某法院 / 二〇二九年九月  日): one signed by
        none may be signed below, with others (and a listing's 发布日期 is when the list was posted)."""
        if frame.addressee is None or frame.listings or frame.signature_issuer is None:
            return None
        match = self._first(grammar.POSTED_ON_LABEL_RE, _POSTED_ON_AT, above, frame.addressee.start)
        if match is None:
            below, lines = end, 0
            while lines < _POSTED_ON_BELOW and below < len(self.text):
                next_end = self.text.find("\n", below + 1)
                next_end = len(self.text) if next_end < 0 else next_end
                lines += bool(self.text[below:next_end].strip())  # (blank lines not counted)
                below = next_end
            match = self._first(grammar.POSTED_ON_LABEL_RE, _POSTED_ON_AT, end, below)
        return None if match is None else match.span("published")

    def _byline(self, frame: _Frame) -> Span | None:
        """The issuer named by the page's byline just above the notice (作者：某某人民法院)."""
        if frame.heading is None and frame.addressee is None and not frame.listings:
            return None
        above = frame.start
        for _ in range(_BYLINE_REACH):
            line_start = self._line_start(max(above - 1, 0))
            if line_start >= above:
                break
            match = self._first(_BYLINE_ISSUER, _BYLINE_LABEL_AT, line_start, above)
            if match is not None:
                return match.span("issuer")
            above = line_start
        return None


def _own_business(text: str, block: Block) -> bool:
    """Is ``block`` titled by a public body's own business (OWN_BUSINESS_TITLE_RE)? Its heading, or a title line
    that opens its body under the body's name (某某仲裁院 / 2026年面向社会公开招聘…书记员面试公告)."""
    to_no_one = block.public or not block.parties
    if block.heading is not None:
        return _titles_own_business(text, _line_bounds(text, block.heading[0]), to_no_one)
    if block.public:
        # (or the title over a notice to the public, that is no heading: 关于调整夏季工作时间的通知 / 各位当事人：)
        title = title_above(text, block.start)
        if title is not None and _titles_own_business(text, title, to_no_one):
            return True
    # (or a title line among a page's lines over the first sentence: 首页 / 当前位置：… / 某某法院…招聘…公告)
    at = block.body[0]
    while at < block.body[1]:
        line = _line_bounds(text, at)
        printed = text[line[0] : line[1]].strip()
        if _ASIDE_AT_END.sub("", printed).endswith(_TITLE_ENDS) and _titles_own_business(text, line, to_no_one):
            return True
        if "。" in printed or len(printed) > _TITLE_MOST:
            return False
        at = line[1] + 1
    return False


def title_above(text: str, start: int) -> Span | None:
    """The title line over what starts at ``start`` (关于调整夏季工作时间的通知 / 各位当事人：), a page's line of its
    posting between (发布时间：… 来源：…), or its issuer's name over its heading: the first line above ending in a
    title's word, no sentence before it."""
    above = _rstrip(text, 0, start)
    for _ in range(_TITLE_LINES_ABOVE):
        if above <= 0:
            return None
        title = _line_bounds(text, above - 1)
        printed = text[title[0] : title[1]].strip()
        if printed.endswith(_TITLE_ENDS) or _NUMBER_AFTER_TITLE.search(printed):
            return title
        if "。" in printed:
            return None
        above = _rstrip(text, 0, title[0])
    return None


def page_title_over(text: str, start: int, heading: Span | None) -> Span | None:
    """The page's title over a notice whose heading names no case and no one, or that has none, starting (or its
    addressee) at ``start``, its posting's line between ((2037)晋0226民初628号 变更开庭时间公告 / 发布时间：… /
    某某人民法院 / 公　告): its case may be named there alone. (Not a site's list of other notices' titles over it, no
    posting's line between.)"""
    if heading is not None and grammar.fullmatch(grammar.BARE_HEADING_RE, text[heading[0] : heading[1]]) is None:
        return None
    title = title_above(text, start)
    if title is None or _POSTING_LABEL.search(text, title[1], start) is None or listed_title(text, title[0]):
        return None
    return title


_POSTING_LABEL = re.compile(rf"(?:{'|'.join(lexicon.POSTING_LABELS)})[ \t\u3000]*[:：]")


def _titles_own_business(text: str, title: Span, to_no_one: bool = False) -> bool:
    """Does ``title`` name a body's own business (its rooms too, in a notice ``to_no_one`` in particular)?"""
    if grammar.match(grammar.OWN_BUSINESS_TITLE_RE, text, *title) is not None:
        return True
    return to_no_one and grammar.match(grammar.PREMISES_TITLE_RE, text, *title) is not None


# (通报, 报告, 白皮书: a report's, its own business; an aside after it: …情况报告（摘要）, …白皮书（2034年度）)
_TITLE_ENDS = ("公告", "通告", "公示", "通知", "通报", "报告", "白皮书")
_ASIDE_AT_END = re.compile(r"[（(][^（）()]{1,12}[)）]$")
_TITLE_MOST = 60  # characters of a title line, at most: a longer line is prose
# A title whose case's number follows its word: 马志勇、马丽变更开庭时间公告（2037）云0129民初1733号.
_NUMBER_AFTER_TITLE = re.compile(rf"(?:{'|'.join(_TITLE_ENDS)})\s*[（(〔\[][0-9]{{4}}[）)〕\]][^\s，,。；;]{{1,30}}号$")
_TITLE_LINES_ABOVE = 3  # lines over a notice to the public its title may stand on (its posting's line between)


def _signed_privately(text: str, block: Block) -> bool:
    """Is ``block`` signed by a company, a bank, a law firm: a line of the two under its closing, or of its body's
    last two where it has none (the body runs on over a signature that is no public body's)?"""
    if block.closing is not None:
        start = block.closing[1]
    else:
        start = block.body[1]
        for _ in range(2):
            start = text.rfind("\n", block.body[0], _rstrip(text, block.body[0], start))
            if start < 0:
                return False
    for line in itertools.islice(_LINE_WITH_WORDS.finditer(text, start, start + _SIGNER_REACH), 2):
        signer = grammar.match(grammar.SIGNER_LINE_RE, text, line.start(), line.end())
        if signer is not None and grammar.NOT_ISSUER_RE.search(text, *signer.span("signer")) is not None:
            return True
    return False


_LINE_WITH_WORDS = re.compile(r"(?<=\n)[^\S\n]*\S[^\n]*")  # (from a line break)
_SIGNER_REACH = 160


# Asides in brackets, and words quoted from elsewhere (a contract's clause: “因本合同引起的…争议，均提交…仲裁”).
_ASIDES = grammar.compile_pattern(r"[（(][^（）()\n]{1,160}[）)]|“[^“”\n]{1,160}”|‘[^‘’\n]{1,160}’")
_ASIDES_REACH = 800  # characters of a body read for its first 200 words, its asides left out


def _is_notice(text: str, block: Block, frame: _Frame, record: bool) -> bool:
    """Is the evidence in ``block`` strong enough to call it a notice? ``record``: the text is a record's
    value (a feed's content field), which holds a notice or nothing."""
    body = text[block.body[0] : block.body[1]]
    head = text[block.body[0] : min(block.body[1], block.body[0] + 200)]
    if "（" in head or "(" in head or "“" in head or "‘" in head:
        # (its words, not the asides between: a foreign party's address in brackets, （住所地：Flat ×, ××/F, …）)
        head = _ASIDES.sub("", text[block.body[0] : min(block.body[1], block.body[0] + _ASIDES_REACH)])[:200]
    lines_end = _line_bounds(text, block.end)[1]  # (a form's blank court may follow its closing: 特此公告。××县法院)
    own = body if block.quoted is None else text[block.body[0] : block.quoted[0]]  # (not a judgment it serves)
    judgment = _JUDGMENT.search(own)
    if (
        judgment is not None
        and judgment.group() in _ORDERS
        and (
            grammar.search(grammar.SERVICE_MARK_RE, own, 0, judgment.start())
            or (
                grammar.search(grammar.SERVICE_MARK_RE, own, judgment.end())
                and all(marker.group() in _ORDERS for marker in _JUDGMENT.finditer(own))
            )
        )
    ):
        # (a notice serving a judgment, its orders quoted after: …公告送达…民事判决书。判决如下：一、…; or before, the
        # service after them, no reasons nor judges printed: …现已审理终结，判决如下：一、…。因你下落不明，现依法向你
        # 公告送达…)
        judgment = None
    if judgment is not None or len(grammar.PLACEHOLDER_RE.findall(text, block.start, lines_end)) >= _TEMPLATE:
        return False  # a judgment printed in full; a form with ××× to fill in
    if _own_business(text, block):
        return False  # a court's recruitment, a committee's tender
    if _quoted_as_fake(text, block.start):
        return False  # a warning that quotes a swindler's message (冒充法院发送的“公告送达”短信，内容如下：)
    byline = _BYLINE.search(text, *block.body) if block.parties else None
    if byline is not None and "。" not in text[block.body[0] : byline.start()]:
        return False  # a post's title to its parties over its byline (某某：你们被起诉了，请于7月12日到庭 / 原创 …)
    # Each piece of evidence is looked for only when the decision needs it (the hearing rule scans the body).
    speaks = bool(grammar.search(grammar.OPENER_RE, head) or grammar.search(grammar.ADDRESSED_BODY_RE, head))

    def serves() -> bool:
        return bool(grammar.search(grammar.SERVICE_MARK_RE, body) or grammar.search(grammar.HEARING_RE, body))

    signed = block.closing is not None or (block.issuer is not None and frame.signature_issuer is not None)
    if frame.addressee is not None and frame.addressee.kind == "role_label":
        if _DECISION_TITLE.search(text, max(0, block.start - _TITLE_REACH), block.start):
            return False  # a judgment's parties (民 事 判 决 书 / 案号 / 原告：…，住所地… / 被告：…): not addressed
        # 被行政处理人：某某公司 — a party addressed by its role, when the body speaks to it or a
        # public body signs (a company's disclosure lists 原告：… too).
        speaks = speaks or "你" in body or _is_public_issuer(text, block.issuer)
    if frame.addressee is not None and not block.public:
        # (下列纳税人： / 因采用…方式无法送达，现将《…》公告送达: a list addressed by what its names are, served.)
        speaks = speaks or (_points_to_a_list(text, frame.addressee.spans) and serves())
        if not speaks:
            return False
        if _greeted(text, frame.addressee):
            # (not a court's message that serves or sets nothing: a survey naming the case)
            return serves() or grammar.search(grammar.DECISION_SERVED_RE, body) is not None
        numbered = grammar.search(grammar.CASE_YEAR_RE, body) is not None or block.case_line is not None
        if block.issuer is None and _OPENER_WORD.search(body) is None and _signed_privately(text, block):
            return False  # a landlord's, an employer's, a pawnshop's letter to someone gone: no public body's
        return record or signed or numbered or frame.heading is not None or serves()
    if frame.heading is not None or frame.issuer_line is not None or block.public:
        # A public body's notice to the public: only one about proceedings (a court moving its rooms, an
        # arbitration body suspending hearings) — not a job fair or a wage policy.
        if grammar.search(grammar.PROCEEDINGS_RE, body) is None:
            return False
        if _PUBLICITY.search(body) is not None and not _serves_in_prose(body):
            return False  # a list made public (重大劳动保障违法行为予以社会公布, 失信被执行人曝光): it serves no one
        if block.heading is not None and _is_bare_sale(text, block.heading, body):
            return False
        has_issuer = _is_public_issuer(text, block.issuer) and not _self_appointed(text, block)
        public = has_issuer or grammar.search(grammar.OPENER_RE, body) is not None
        # (or opened by its applicant, the court's first words after the bill's or the missing man's particulars:
        # 申请人某公司因遗失银行承兑汇票一张，向本院申请公示催告。该票据记载：…。本院决定受理该申请…)
        opened = has_issuer and _opened_by_applicant(text, *block.body)
        return public and (has_issuer or speaks) and (signed or speaks or serves() or opened)
    # A body that opens with 本院… at a line start, or a record's value, with no frame: only if it serves,
    # sets a hearing or makes something public — and a record's value only if a public body speaks in it.
    # (Or one under its case's number on a line of its own, opened by its applicant and signed by a body: （2029）浙0213
    # 民特217号 / 申请人某申请宣告某失踪一案… / 某某人民法院 / 日期.)
    numbered = (
        frame.case_line is not None and frame.signature_issuer is not None and _opened_by_applicant(text, *block.body)
    )
    if not (frame.record_start or frame.opener or numbered):
        return False
    announces = grammar.search(grammar.PUBLIC_NOTICE_MARK_RE, body) is not None or serves()
    if frame.record_start:
        return announces and grammar.search(grammar.OPENER_RE, body) is not None
    # (Signed, or naming a party by its role, or a case it sets a hearing of: not a news article's line that happens to
    # start with 本院 and use a notice's words, 本院对公告送达…, 本院对（2026）…号公告送达….)
    return announces and (
        signed
        or block.issuer is not None
        or block.case_line is not None  # (its number on the line over it: 本院 opens the body under it)
        or grammar.search(grammar.ROLE_RE, body) is not None
        or (
            grammar.search(grammar.CASE_YEAR_RE, body) is not None
            and grammar.search(grammar.HEARING_RE, body) is not None  # (本院定于…开庭审理（2026）…号…一案, a row)
        )
    )


def _serves_in_prose(body: str) -> bool:
    """Does ``body`` serve something or set a hearing in a sentence, not in a site's menu item alone on its line
    (首页 / 公告送达 / 诉讼服务 over a list made public)?"""
    if grammar.search(grammar.HEARING_RE, body) is not None:
        return True
    for mark in grammar.finditer(grammar.SERVICE_MARK_RE, body):
        start, end = _line_bounds(body, mark.start())
        if body[start:end].strip() != mark.group():
            return True
    return False


_PUBLICITY = grammar.literals(lexicon.PUBLICITY_WORDS)
_HELD_TOLD = grammar.literals(lexicon.HELD_WORDS)
_TOLD_REACH = 320  # characters after a listing where a report tells of the session held (its claims may come first)


def _quoted_as_fake(text: str, start: int) -> bool:
    """Does the line over ``start`` (blank lines apart) introduce what follows as a fraud's (…收到冒充法院发送的短信，
    内容如下：)?"""
    line_end = _rstrip(text, 0, _line_bounds(text, start)[0])
    line = text[_line_bounds(text, max(line_end - 1, 0))[0] : line_end]
    return line.endswith(("：", ":")) and any(word in line for word in lexicon.FRAUD_WORDS)


def _self_appointed(text: str, block: Block) -> bool:
    """Is the issuer a company's own liquidation group (股东会决议解散公司，成立清算组), not one a court appointed? A
    court's administrator or liquidation group names the court in its notice (某某人民法院裁定受理…指定…)."""
    issuer = block.issuer
    return (
        issuer is not None
        and text[issuer[0] : issuer[1]].endswith(lexicon.ADMINISTRATORS)
        and "法院" not in text[block.start : block.end]
    )


# A labelled line under a party's: 住所地：…, 法定代表人：…, 统一社会信用代码：…
_LABEL_LINE = grammar.compile_pattern(r"[\x20\t\u3000\xa0]*[^\s：:，,。；;]{1,12}[：:]")


def _labelled_or_blank(lines: list[str]) -> bool:
    """Are ``lines`` all labelled lines (a party's details) or blank?"""
    return all(not line.strip() or _LABEL_LINE.match(line) for line in lines)


# An addressee that points to the parties listed above it.
_UP = ("上列", "上述", "以上")


def _points_up(text: str, token: _Token) -> bool:
    return all(text[start:end].startswith(_UP) for start, end in token.spans) if token.spans else False


def _is_bare_sale(text: str, heading: Span, body: str) -> bool:
    """A sale the heading announces (关于拍卖某某房产的公告) to bidders only: no case named (no case number, no party
    in a role) and no one called on to claim (债权人申报债权, 优先购买权人…提交). A judicial sale that does either is
    a notice of its case."""
    line = text[slice(*_line_bounds(text, heading[0]))]
    if not any(word in line for word in lexicon.SALE_WORDS):
        return False
    if grammar.search(grammar.CASE_YEAR_RE, body) or grammar.search(grammar.ROLE_RE, body):
        return False
    return not any(word in body for word in lexicon.CLAIM_WORDS)


class IssuersAbove:
    """The issuer a page's heading names above a place (某某人民法院 开庭公告, or an issuer line over a heading, or a
    table of hearings' title: 武汉海事法院2022年5月第二周开庭排期表), the nearest; the page's headings found once, for
    every row of its tables."""

    def __init__(self, text: str) -> None:
        found: list[tuple[int, Span]] = []  # (where the heading or title ends, the issuer it names)
        for token in _headings(text):
            assert token.match is not None
            if token.match.group("heading_issuer"):
                found.append((token.end, token.match.span("heading_issuer")))
                continue
            above = text.rfind("\n", 0, max(token.start - 1, 0))
            line = grammar.ISSUER_LINE_RE.match(text, above + 1, max(token.start - 1, above + 1))
            line = line or _issuer_over_menu(text, token.start)
            if line is not None:
                found.append((token.end, line.span("issuer")))
        found += [(title.end(), title.span("issuer")) for title in grammar.finditer(grammar.SCHEDULE_TITLE_RE, text)]
        found.sort()
        self.ends = [end for end, _ in found]
        self.nearest: list[Span] = []  # of the issuers named up to each end, the last one printed
        for _, span in found:
            self.nearest.append(max(span, self.nearest[-1]) if self.nearest else span)
        # (A signature closes its page's notices: a heading above it names no row below it, another page's.)
        self.signed = [signature.end() for signature in grammar.finditer(grammar.SIGNATURE_RE, text)]

    def __call__(self, pos: int) -> Span | None:
        """The issuer named by the nearest heading that ends by ``pos``, no signature between."""
        before = bisect_right(self.ends, pos)
        if not before:
            return None
        signed = bisect_right(self.signed, pos)
        if signed and self.signed[signed - 1] > self.ends[before - 1]:
            return None
        return self.nearest[before - 1]


def _issuer_over_menu(text: str, start: int) -> regex.Match[str] | None:
    """The issuer line over a site's menu above the line at ``start``, each of the menu's links a line of its own
    (山东省某某人民法院 / 首页 / 审判公开 / 开庭公告 / 您现在的位置：首页 > 审判公开 > 开庭公告 / 开庭公告（…）):
    the site's body, whose page it is. None where anything but links, breadcrumbs and blank lines stands between."""
    end = start - 1
    links = 0
    for _ in range(_MOST_MENU_LINES):
        if end <= 0:
            return None
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line and not (grammar.MENU_LINE_RE.fullmatch(line) or _MENU_LINK.fullmatch(line)):
            issuer = grammar.ISSUER_LINE_RE.match(text, line_start, end)
            return issuer if links else None
        links += bool(line)
        end = line_start - 1
    return None


_BODY_LABELS = frozenset(lexicon.BODY_LABELS)
_LONGEST_BODY_LABEL = max(map(len, lexicon.BODY_LABELS))


def _body_label(text: str, start: int, end: int) -> bool:
    """Is what stands before a colon at ``start``…``end`` a paragraph's label (事实与理由：), or its end at a line's
    start, a narrow column having cut it (判决 / 如下：被告某某…; 判 / 决主文：)?"""
    printed = text[start:end].strip()
    if printed in _BODY_LABELS:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not printed or "\n" in text[start:end] or text[line_start:start].strip():
        return False  # (not at the start of a line)
    above = text[max(0, start - _LONGEST_BODY_LABEL - 1) : start].rstrip()
    heads = (label[: -len(printed)] for label in _BODY_LABELS if label.endswith(printed) and label != printed)
    return any(above.endswith(head) for head in heads)


_NAMING_TITLE = 8  # characters of a title that names its notice, at the least (某某局关于…的公告, not 开庭公告)
_RUNS_ON_END = re.compile(r"[\u4e00-\u9fff，,、]$")  # (…诉你们…一案， / （2036）…号 / 因你下落不明…)
_HAN_START = re.compile(r"[\u4e00-\u9fff]")
_MOST_MENU_LINES = 24  # (a menu of a dozen links a line, blank lines between)
# (首页, 审判公开, 诉讼服务: a link's words, nothing else on its line.)
_MENU_LINK = grammar.compile_pattern(r"\p{Han}{2,6}")


def _names_case_first(listing: _Token) -> bool:
    """Is the listing an item of a list that names its case first (1、（2025）…一案，定于…)?"""
    match = listing.match
    return match is not None and match.re is grammar.LISTING_RE and match.group(_CASE_FIRST) is not None


_CASE_FIRST = grammar.group_numbers(grammar.LISTING_RE)["case_first"]


def _ends_sentence(text: str, body: Span) -> bool:
    """Does ``body`` end as a sentence ends (…缺席判决。), not cut off mid-sentence? (Read back over its spaces.)"""
    end = body[1]
    while end > body[0] and text[end - 1].isspace():
        end -= 1
    return end > body[0] and text[end - 1] in grammar.SENTENCE_ENDS


def signed_over_heading(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The signature printed on one line at ``text[start:end]``, over a notice's heading (2034年6月12日　某某人民法院 /
    公告): not where a sentence or a closing ends the line above with words, the signature of the notice before."""
    signed = grammar.match(grammar.SIGNATURE_OVER_HEADING_RE, text, start, end)
    if signed is None:
        return None
    end = start
    while end > 0 and text[end - 1].isspace():
        end -= 1  # (back over blank lines, not copied: a page may be long)
    last = text[text.rfind("\n", 0, end) + 1 : end].strip()
    if not last:
        return signed  # (the page's first line)
    closed = last[-1] in grammar.SENTENCE_ENDS or grammar.fullmatch(grammar.CLOSING_RE, last) is not None
    return None if closed else signed


def signed_below(text: str, pos: int) -> regex.Match[str] | None:
    """The signature that closes the part of a page below ``pos`` (a table of hearings, then 特此公告 /
    某某人民法院 / 日期): the first within reach, unless a heading or an addressee (the next notice) comes before it;
    else a body's name alone under it, undated (see ``_issuer_below``)."""
    reach = min(len(text), pos + _SIGNED_REACH)
    if "**" in text[pos:reach]:
        # (A Markdown page's signature in bold, **某某人民法院** / **2034年4月17日**: read with its marks as spaces, the
        # offsets the page's own.)
        unmarked = grammar.EMPHASIS_RE.sub(lambda mark: " " * len(mark.group()), text[pos:reach])
        text = text[:pos] + unmarked + text[reach:]
    # (or its labelled line, as a site's text export signs a table: 发布单位：某某人民法院    发布日期：2037-09-21)
    labelled = grammar.search(grammar.LABELLED_SIGNATURE_RE, text, pos, reach)
    signed_by = reach if labelled is None else labelled.start()  # (a signature further on is another part's)
    match = grammar.search(grammar.SIGNATURE_RE, text, pos, signed_by)
    while match is not None:
        line_start, line_end = _line_bounds(text, match.start())
        line = text[line_start:line_end]
        if not (text[line_start : match.start()].strip() or len(_filled_cells(line)) > 1):
            between = text[pos : match.start()]  # (only the stretch between is looked at)
            # (Not the next notice's, addressed below the table: its own sentence under it points up, 上述被送达人：;
            # but the next item's of one list, a form each, signed once: 一、受送达人：… / 二、受送达人：… / signature)
            item = _NEXT_ITEM.match(between) is not None
            addressed = any(
                not _points_up(between, token) and not (item and token.kind == "role_label")
                for token in _addressees(between)
            )
            return None if headings(between) or addressed else match
        # A row's cells (上海金融法院 | 第五法庭 | 2020-09-15 …), not a signature on its own line (an export's
        # signature in one cell of its line is one): on below it.
        match = grammar.search(grammar.SIGNATURE_RE, text, line_end, signed_by)
    if labelled is not None and not headings(text[pos : labelled.start()]):
        return labelled
    return _issuer_below(text, pos, reach)


_NEXT_ITEM = grammar.compile_pattern(r"\s*(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})[、.．]")


def _issuer_below(text: str, pos: int, reach: int) -> regex.Match[str] | None:
    """A body's name alone on a line a few lines under a table (a remark between at most), undated: its signer."""
    at, lines = pos, 0
    while at < reach and lines < _LINES_TO_SIGNER:
        line_end = text.find("\n", at, reach)
        line_end = reach if line_end < 0 else line_end
        signer = grammar.match(grammar.ISSUER_LINE_RE, text, at, line_end)
        if signer is not None:
            # (Nor the next table's court over its heading: 某某人民法院 / 开庭公告（…）.)
            below = _next_line(text, line_end)
            return None if headings(text[pos:at]) or headings(text, *below) else signer
        lines += bool(text[at:line_end].strip())  # (blank lines apart)
        at = line_end + 1
    return None


_LINES_TO_SIGNER = 3  # lines with words from a table's last row to an undated signer under it, at the most


def _next_line(text: str, line_end: int) -> Span:
    """The next line with words on it after the line ending at ``line_end`` (an empty span at the text's end)."""
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    return _line_bounds(text, at)


def _filled_cells(line: str) -> list[str]:
    return [cell for cell in _CELL_BORDER.split(line) if cell.strip()]


_CELL_BORDER = re.compile("[\t|│]")
_HEADED_BODY = 2000  # characters of a body between a column's issuer line and its signature, at the most
_SIGNED_REACH = 600  # characters from a table's last row to its signature, at the most (a remark, 特此公告)


def find_blocks(text: str, record: bool = False, page_start: bool = True) -> list[Block]:
    """Every notice block in ``text`` (one container), in page order. ``record`` says the text is a
    record's value (a feed's content field): it may hold a notice from its first character on, with no
    heading or addressee ("申请人某某因遗失汇票…向本院申请公示催告…现予公告"); ``page_start``, that the text
    starts where its page does (not a later piece of a long one)."""
    tokens = _tokens(text)
    if record:
        first = len(text) - len(text.lstrip())
        opening = [token for token in tokens if token.kind in _STARTS and token.start <= first]
        if not opening:
            tokens.insert(0, _Token("opener", first, first, None, record=True))
        elif all(token.kind == "case_line" for token in opening):
            opening[0].record = True  # "（2026）鲁0102民催37号\n申请人某某因遗失汇票…": the value opens with its number
    return _signed_once(text, _Reader(text, record).read(tokens, page_start))


_NO_SPACES = str.maketrans("", "", " \t\u3000\xa0\n")


def speaker(text: str, body: Span, last: bool = False) -> str | None:
    """The first person a public body speaks in within ``body`` (本院, 本委, 我局): its first such word, or its ``last``
    (the words above a table's row: the sentence over the table); None where it speaks in none."""
    found = _OPENER_WORD.search(text, *body)
    if found is not None and last:
        *_, found = _OPENER_WORD.finditer(text, found.start(), body[1])  # (on from the first: one scan)
    return found.group() if found is not None else None


def speaks_as(text: str, body: Span, issuer: str, last: bool = False) -> bool:
    """Does ``body`` speak in the first person of the body named ``issuer`` (本院 of a court, 本委 of a committee)?"""
    said = speaker(text, body, last)
    if said is None:
        return False
    word = said[1:]  # 本院 → 院, 本委 → 委 (a 委员会's)
    return issuer.endswith(_SPEAKS_AS.get(word, word))


def _signed_once(text: str, blocks: list[Block]) -> list[Block]:
    """Notices of one body printed one after another, each closed (特此公告), signed once under the last (a
    committee's page of two notices, its name and date at the foot): each is dated by that signature. Only where
    each names the body that signs it (its heading), or names none and speaks as it, no heading of its own over the
    notice signed (本院, numbered 一 / 二 under 公告（两则）); and nothing between signs otherwise."""
    signer: tuple[str, Span, Span, int] | None = None  # the next signature's body, where named, date; its notice
    for index in range(len(blocks) - 1, -1, -1):
        block = blocks[index]
        named = text[block.issuer[0] : block.issuer[1]].translate(_NO_SPACES) if block.issuer else None
        if block.published is not None:
            signer = (named, block.issuer, block.published, index) if named and block.issuer else None
        elif signer is not None and block.closing is not None and named == signer[0]:
            blocks[index] = replace(block, published=signer[2])
        elif (
            signer is not None
            and block.closing is not None
            and named is None
            and speaks_as(text, block.body, signer[0])
            and blocks[signer[3]].heading is None
            and not headings(text, block.end, blocks[signer[3]].start)
        ):
            blocks[index] = replace(block, issuer=signer[1], published=signer[2])
        else:
            signer = None
    return blocks


HEAD_LINES = 2  # lines above a heading that may belong to its notice (an issuer line, a title): a stream cuts above


def title_again(text: str, earlier: Span, later: Span) -> bool:
    """Is the heading at ``later`` the words of the one at ``earlier`` printed again, a title that names its notice,
    no sentence between (a page's title over a table of its metadata, then over the notice)?"""
    title = "".join(text[earlier[0] : earlier[1]].split())
    return (
        len(title) >= _NAMING_TITLE
        and title == "".join(text[later[0] : later[1]].split())
        and "。" not in text[earlier[1] : later[0]]
    )


def headings(text: str, start: int = 0, end: int | None = None) -> list[regex.Match[str]]:
    """The heading lines of ``text[start:end]`` (where a stream of text may be cut)."""
    end = len(text) if end is None else end
    return [t.match for t in _headings(text[:end], start) if t.start >= start and t.match is not None]
