"""Typography noise removed before reading, with a map back to the source offsets.

Pages carry noise the grammar should not have to know about: CRLF or CR line
ends, zero-width characters, a sentence broken across a newspaper column
("…另有接近阿里的人士告\\n\\n诉媒体"). The grammar reads the cleaned text; every
span is mapped back, so ``source_text[start:end]`` is still the printed
value (with its noise). Like eyecite's span updater, but for deletions only.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from notices import grammar, lexicon
from notices.fold import fold
from notices.models import Span
from notices.segment import HEAD_LINES, headings
from notices.textwidth import display_width

# A column line is long; headings, addressee lines and signatures are short or
# end otherwise, and are never joined to what follows.
MIN_COLUMN_LINE = 12
# (A sentence ends before a label: 报告。案号：…; a clock's colon is none: 上午9:00.)
# (No comma: 平失踪一案，经查：, a sentence's.)
_LABEL = grammar.compile_pattern(r"[^:：\n。；;，,]{1,8}(?<![0-9０-９])[:：]")
# The labels of a hearing's own fields (开庭地点：本院第十二法庭): never an addressee's colon, whatever follows.
_FIELD_LABELS = frozenset(
    (*lexicon.RECORD_HEARING_KEYS, *lexicon.RECORD_VENUE_KEYS, *lexicon.RECORD_CASE_KEYS, *lexicon.RECORD_DATE_KEYS)
)
# A line that ends inside a number (…〔2026〕第25, （2026）云0102民初4), the next going on with its digits and 号.
_NUMBER_CUT = grammar.compile_pattern(r"[0-9０-９第]$")
_NUMBER_GOES_ON = grammar.compile_pattern(r"[0-9０-９]{0,12}号")
# A phone's number cut at a line's end, masked or not, and its rest opening the next line.
_PHONE_CUT = grammar.compile_pattern(rf"(?:电话|手机)(?:号码)?[:：]?[0-9０-９\-－{grammar.PHONE_MASKS}]{{2,12}}$")
_PHONE_GOES_ON = grammar.compile_pattern(rf"[0-9０-９{grammar.PHONE_MASKS}]{{1,11}}(?![0-9０-９A-Za-z])")
_FURNITURE = re.compile(r"[^\s]|\f")
_OPENED = grammar.compile_pattern(r"[（(][^）)]*$")  # a bracket left open
_CLOSES = grammar.compile_pattern(r"[^（(）)\n]{1,40}[）)]")  # a line that closes a bracket before it opens one
_NOT_IN_LABEL = grammar.compile_pattern(r"[^\p{Han}A-Za-z]+")  # a label's decoration: 📍 开庭地点, 【案号】
# A printed date is at most this long (二〇二六年十二月三十一日 with spaces): a line's date is in its tail.
_LONGEST_DATE = 24
# How far after a 公告 a notice may still run; the longest notice in the seed is 330 characters.
NOTICE_REACH = 4000
# A notice's lines before its first 公告 (现依法向你公告送达…), under a heading of its kind (执行文书) or none: its
# paragraph's, so that a page's masthead and headings above it are never joined to it.
NOTICE_LEAD = 400
_STRAY = grammar.group_numbers(grammar.STRAY_RE)
# How far past a notice window a column break that starts in it is followed (its spaces).
_BREAK_MARGIN = 1024


@dataclass
class CleanText:
    """The text the grammar reads, and how to find its offsets in the source."""

    text: str
    # At cleaned offset starts[i] and after, source = cleaned + shifts[i].
    starts: list[int] = field(default_factory=lambda: [0])
    shifts: list[int] = field(default_factory=lambda: [0])
    # Each edit as (source start, source end, cleaned start, cleaned end), in order.
    edits: list[tuple[int, int, int, int]] = field(default_factory=list)

    def to_source(self, offset: int) -> int:
        return offset + self.shifts[bisect_right(self.starts, offset) - 1]

    def from_source(self, offset: int) -> int:
        """The cleaned offset of source ``offset`` (inside removed noise: where the noise stood)."""
        at = bisect_right(self.edits, (offset, len(self.text) + offset + 1)) - 1
        if at < 0:
            return offset
        source_start, source_end, clean_start, clean_end = self.edits[at]
        if offset >= source_end:
            return clean_end + offset - source_end
        return min(clean_start + offset - source_start, clean_end)

    def span_to_source(self, span: Span) -> Span:
        start, end = span
        if start == end:
            return self.to_source(start), self.to_source(end)
        # The end maps from its last character, so a removal right after a value stays outside its span;
        # a last character that stands for several (an escape, \u516c) ends where they end.
        last = end - 1
        at = bisect_right(self.edits, last, key=lambda edit: edit[2]) - 1
        if at >= 0 and self.edits[at][2] <= last < self.edits[at][3]:
            return self.to_source(start), self.edits[at][1]
        return self.to_source(start), self.to_source(last) + 1


def _left_open(line: str) -> bool:
    """Does ``line`` end inside a bracket (…冯某（（2026）津, the outer one still open)?"""
    depth = 0
    for character in line:
        if character in "（(":
            depth += 1
        elif character in "）)":
            depth = max(0, depth - 1)
    return depth > 0


def _open_since(text: str, line_end: int) -> bool:
    """Does the line ending at ``line_end`` end inside a bracket opened on it, or on the lines just above it with no
    blank line between (孙某（男，…汉族， / 某某团七连职工， / 住某某团七连）：)?"""
    start = text.rfind("\n", 0, line_end) + 1
    for _ in range(_OPEN_LINES_ABOVE):
        if start < 2 or text[start - 2] == "\n":
            break  # (the text's first line, or a blank line above)
        start = text.rfind("\n", 0, start - 1) + 1
    return _left_open(text[start:line_end])


_OPEN_LINES_ABOVE = 2  # lines above a column's line a bracket still open on it may have opened on


# A line of a Latin name in capitals, its words apart (HONG KONG OCEAN PEARL SHIPPING), and the rest of it on the next
# line, to the addressee's colon (LIMITED（香港海珠船務有限公司）：, CO., LTD.:).
_LATIN_NAME_CUT = grammar.compile_pattern(r"[\x20\u3000]*[A-Z][A-Z0-9&'.,\-]*(?:\x20[A-Z0-9&'.,\-]+)+")
_LATIN_NAME_REST = grammar.compile_pattern(grammar.LATIN_NAME_REST)
# A name whose parts a dot parts, alone on its line, and its last part's rest before its bracket or colon.
_DOTTED_NAME_CUT = grammar.compile_pattern(rf"[\x20\u3000]*\p{{Han}}{{1,10}}(?:{grammar.NAME_DOT}\p{{Han}}{{1,10}})+")
_DOTTED_NAME_REST = grammar.compile_pattern(r"\p{Han}{1,8}[（(：:]")
# A name's alias in Latin or Cyrillic letters, its bracket open at the line's end, closed before the colon under it.
_ALIAS_OPEN = grammar.compile_pattern(r"[（(][A-Za-z\u0400-\u04ff][A-Za-z\u0400-\u04ff0-9&'’.,\x20\-]{0,60}$")
_ALIAS_CLOSED = grammar.compile_pattern(rf"{grammar.LATIN_ALIAS_REST}[\x20\u3000]*[:：]")


def _is_cut_name(line: str, following: str) -> bool:
    """Is a person's name cut across two lines, its colon after the second part (赵玉 / 梅：): two pieces of one to
    three characters, two to four in all?"""
    if _company_cut(line, following):
        return True
    listed, rest = _LISTED_NAME_CUT.search(line), _LISTED_NAME_REST.match(following)
    if listed is not None and rest is not None and 2 <= len(listed.group("head") + rest.group("rest")) <= 4:
        return True  # a list's last name cut, numbers after each (…号）、许 / 某芳（（2026）津0103民初8835号）：)
    head, tail = _NAME_HEAD.fullmatch(line), _NAME_TAIL.match(following)
    if tail is None or line.endswith(_TITLE_ENDS) or _is_frame_line(line):
        return False  # (公告 / 张三：, 裁定书 / 李四：: a heading or a title over the addressee)
    if _NAMES_CUT.fullmatch(line):
        return True  # a list of addressees cut inside its last name (赛力克・努尔江、别克波拉提・托合 / 塔尔汗：本院…)
    if head is None or not 2 <= len(line) + len(tail.group("rest")) <= _LONGEST_CUT_NAME:
        return False
    if tail.group("mark") == "、":  # (王振 / 东、某某有限公司：, the first of the addressees)
        return following.rstrip().endswith((":", "："))
    # (魏振 / 东：, or the body going on after the colon: 东：本院受理原告…)
    return tail.end() == len(following) or grammar.ADDRESSEE_START_RE.match(fold(line + following)) is not None


def _stacked_addressees(text: str, start: int) -> bool:
    """Do the lines from ``start`` name one person each, the last with the addressees' colon (王立军 / 陈美兰 /
    王浩：), a few at the most?"""
    for _ in range(_STACKED_NAMES):
        end = text.find("\n", start)
        line = text[start : len(text) if end < 0 else end].strip()
        name = _STACKED_NAME.fullmatch(line)
        if name is None:
            return False
        if name.group("colon"):
            return True
        if end < 0:
            return False
        start = end + 1
    return False


_IDENTIFIED = grammar.compile_pattern(rf"{grammar.IDENTIFIER} {grammar.SP}? [:：]", regex.VERBOSE)
_NAME_ALONE = grammar.compile_pattern(rf"\p{{Han}}(?:\p{{Han}}|{grammar.NAME_DOT}){{1,9}}")
_STACKED_NAMES = 8  # names stacked under a company's, at the most
_STACKED_NAME = grammar.compile_pattern(rf"{_NAME_ALONE.pattern}(?P<colon>[:：])?")


def _company_cut(line: str, following: str) -> bool:
    """Is a company's name cut across two lines, the next ending its legal form and the colon (桂林市临桂区佳 /
    美服饰有限公司：; inside the form's word, 某某餐饮管理有限公 / 司：)? The line a name's head, not a body's name or
    a role over it; after the colon nothing, or the body in a narrow column (…机械制造有 / 限公司：本院受理原告…), or
    after a 、 the other addressees and their colon (…汽车配件有限公 / 司、黎振东：)."""
    # (After a ship and its owner's word, the company the owner is: “鑫海顺68”轮船舶所有人福州鑫海顺航运有 / 限公司：)
    owner = _OWNER_LEAD.match(line)
    head = owner.end() if owner else 0
    # (The last name of a list: 某某有限公司、上海翎峰一号私募 / 投资基金…（有限合伙）：)
    listed = max(head, line.rfind("、") + 1)
    if (
        not (_NAME_PART if listed == head > 0 else _ORG_HEAD).fullmatch(line, listed)
        or (listed > head and not _NAMES_BEFORE.fullmatch(line, head, listed))
        or _HEAD_NOT_NAME.search(line, head)
    ):
        return False
    tail = _ORG_TAIL.match(following)
    if tail is not None:
        end = tail.end()
    else:
        # (The name's end at its colon, or at the 、 before the next addressee: 某某汽车配件有限公 / 司、黎振东：)
        mark = min((at for at in map(following.find, ("：", ":", "、")) if at > 0), default=-1)
        suffix = _ORG_SUFFIX_AT_END.search(line + following[:mark]) if mark > 0 else None
        # (Cut inside its legal form; or before the words that end in it, a one-character form whose line's part is
        # no name of its own: 蒋志勇、临海市杜桥兴达 / 眼镜配件厂：本院受理…)
        suffixes = lexicon.ORG_SUFFIXES
        cut_before = mark > 0 and (line + following[:mark]).endswith(suffixes) and not line.endswith(suffixes)
        if not cut_before and (suffix is None or not suffix.start() < len(line) < suffix.end()):
            return False
        end = mark + 1
    if following[end - 1] == "、" and _NAMES_THEN_COLON.match(following, end):
        return True  # (the other addressees after it, on the line: 司、黎振东：, and the body in a narrow column)
    return end == len(following) or grammar.ADDRESSEE_START_RE.match(fold(line + following)) is not None


_OWNER_LEAD = grammar.compile_pattern(grammar.SHIP_OWNER_LEAD, regex.VERBOSE)
# (A name's head after an owner's word, which leaves no doubt a name goes on: any part of it, or none.)
_NAME_PART = grammar.compile_pattern(r"\p{Han}{0,20}")
_NAMES_THEN_COLON = grammar.compile_pattern(r"(?:[^\s、:：，,。]{2,30}、)*[^\s、:：，,。]{2,30}[:：]")
# (Not an item's number alone: 二 / 赵春生：; nor a case number's 号 cut onto a line of its own: （2034）粤1621民初
# 1175 / 号 / 钟建新、钟建国：.)
_NAME_HEAD = grammar.compile_pattern(r"(?![一二三四五六七八九十]+$|号$)\p{Han}{1,3}")
_NAME_TAIL = grammar.compile_pattern(r"(?P<rest>\p{Han}{1,3})(?P<mark>[:：、])")
# Names and the list's 、 only, a name's dot in them or more than one name: 某某・某某、某某・某; the last cut after its
# first character (某某电子元器件厂、刘 / 建华：本院受理…; a company's long name before it,
# 张家口市宣化区晟达葡萄酒业有限公司、张 / 秀梅：…).
_NAMES_CUT = grammar.compile_pattern(r"(?=[^\n]*[、·•・‧．])(?:[\p{Han}·•・‧．]{2,30}、)*[\p{Han}·•・‧．]{1,15}")
_LONGEST_CUT_NAME = 4
_LISTED_NAME_CUT = grammar.compile_pattern(r"[）)]、(?P<head>\p{Han}{1,3})$")
_LISTED_NAME_REST = grammar.compile_pattern(r"(?P<rest>\p{Han}{1,3})[（(]")
_ORG_NAME_ENDS = grammar.alt(suffix for suffix in lexicon.ORG_SUFFIXES if len(suffix) > 1)
_ORG_SUFFIX_AT_END = grammar.compile_pattern(rf"{_ORG_NAME_ENDS} \Z", regex.VERBOSE)
# (A name's tail on the next line: 美服饰有限公司：, 投资基金管理合伙企业（有限合伙）：, or short, its word one
# character: 具厂、邝伟雄：)
_ONE_CHARACTER_ENDS = "".join(suffix for suffix in lexicon.ORG_SUFFIXES if len(suffix) == 1)
_ORG_TAIL = grammar.compile_pattern(
    rf"""(?: \p{{Han}}{{1,30}}? {_ORG_NAME_ENDS} (?: [（(] {grammar.alt(lexicon.LEGAL_FORMS)} [)）] )?
           | \p{{Han}}{{0,3}}? [{_ONE_CHARACTER_ENDS}] )
         (?: [（(] [^（）()\n:：]{{1,12}} [:：] [^（）()\n]{{1,30}} [)）] )?  # (…加工 / 厂（经营者：覃振华）：)
         [:：、]""",
    regex.VERBOSE,
)
# (Not a person's name stacked over a company's: 朱长青 / 某某公司：.)
_ORG_HEAD = grammar.compile_pattern(r"\p{Han}{5,20}")
# (A name's dot among them: 买买提江·吾守尔、克拉玛依市 / 准噶尔井下作业有限公司：)
_NAMES_BEFORE = grammar.compile_pattern(r"(?:[\p{Han}（）()·•・‧．]{2,40}、)+")
# A line over an addressee that is no head of its name: a body's (某某仲裁委员会, 某某人民法院), a role, a title.
_BODY_ENDS = [*lexicon.ORG_SUFFIXES, "院", "会", "局", "庭", "委", "所", "队"]
_HEAD_NOT_NAME = grammar.compile_pattern(
    rf"(?: {grammar.alt(_BODY_ENDS)} $ | {grammar.alt(lexicon.PARTY_ROLES)} | {grammar.alt(lexicon.TITLE_WORDS)} )",
    regex.VERBOSE,
)
_TITLE_ENDS = tuple("书告知示令")


def _is_frame_line(line: str) -> bool:
    """A heading, a case number, a label line (被申请人：…, 联系地址：…), an issuer or a line
    ending in a date: it ends a part of a notice, not a sentence cut by a column."""
    line = fold(line)  # （2018）粵0304民初31527號 is a case number line too
    return bool(
        # an addressee line ("某某公司、张三："), a label; not a label inside a bracket the sentence goes on in
        # (…因遗失银行承兑汇票一张（票号： / 1313…，出票人：…）)
        (line.endswith((":", "：")) and not _OPENED.search(line))
        or _BRACKETED_TITLE.fullmatch(line)  # a bulletin's kind as its heading: 【公示催告】
        or _ADDRESSED_TITLE.search(line)  # a site's title naming whom it serves: 某某经销部：公告
        or _DATED_TITLE.fullmatch(line)  # a site's list item, its day first: [2026-04-16]公示催告
        or _MARKDOWN_HEADING.match(line)  # ## 某某人民法院公告: a heading, whatever it says
        # A label's line (被申请人：某某公司), not an addressee's whose body runs on (刘建军：本院受理…).
        or _is_label_line(line)
        or grammar.fullmatch(grammar.HEADING_RE, line)
        or (_COLUMN_MARK in line and grammar.match(grammar.HEADING_LINE_RE, line) is not None)  # (公告送达｜…的公告)
        # (a post's heading in brackets: 【公告送达】（2036）陕0481民初3390号, 【公告】)
        or (line[:1] in "【[［" and grammar.match(grammar.HEADING_LINE_RE, line) is not None)
        or grammar.fullmatch(grammar.CASE_NUMBER_RE, line)
        or grammar.fullmatch(grammar.PAPER_CODE_RE, line)
        or grammar.fullmatch(grammar.ISSUER_LINE_RE, line)
        or grammar.ENDS_WITH_DATE_RE.search(line, max(0, len(line) - _LONGEST_DATE))
    )


# (a sentence's line that ends with a label, or with the words that open what it tells: 宣告某某失踪一案，经查：)
_SENTENCE_THEN_LABEL = grammar.compile_pattern(r"[^。\n]*[，,][^。\n]*(?:。\p{Han}{2,6}|经查|诉称|查明)[：:]")
# (or a label opened in brackets at the line's end, its value on the next: …纠纷一案【案号： / （2037）…号】，原告…)
_LABEL_OPENED = re.compile(r"[【（(〔\[［][^】）)〕\]］\n]{1,6}[:：]$")
_CLOSED_FIRST = re.compile(r"[^（(\n]*[）)]")  # (a close before any open)
_COLUMN_MARK = "｜"  # (a post's column before its title, 公告送达｜某某法院关于…的公告: a heading's line)
_BRACKETED_TITLE = re.compile(r"[【\[［][^】\]］\n]{1,20}[】\]］]")
_ADDRESSED_TITLE = re.compile(r"[:：][\x20\u3000]*(?:公[\x20\u3000]*告|通[\x20\u3000]*告|告[\x20\u3000]*示)$")
_DATED_TITLE = grammar.compile_pattern(rf"{grammar.LISTED_DAY} [^。，,；;\n]{{2,40}}", regex.VERBOSE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}(?!#)")  # (matched on the line without its spaces)


def _number_in_sentence(text: str, line_start: int, line_end: int) -> bool:
    """Is the line from ``line_start`` a case number alone where a column's width left it, its sentence running on
    from the line above (not ended, no part's frame) into the line under it (本院作出的 / （2025）渝0112民初19876号 /
    民事判决书已发生法律效力), not a case line over a notice?"""
    if line_start == 0 or line_end < 0 or line_end >= len(text) or text[line_end - 1 : line_end] not in _NUMBER_ENDS:
        return False
    above = _SPACES.sub("", text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1])
    below_end = text.find("\n", line_end + 1)
    below = _SPACES.sub("", text[line_end + 1 : len(text) if below_end < 0 else below_end])
    if not (above and below and _HAN.match(above[-1]) and _HAN.match(below[0])):
        return False
    line = _SPACES.sub("", text[line_start:line_end])
    return (
        grammar.fullmatch(grammar.CASE_NUMBER_RE, fold(line)) is not None
        and not _is_frame_line(above)
        and not _is_frame_line(below)
        and grammar.ADDRESSEE_START_RE.match(fold(below)) is None
    )


_NUMBER_ENDS = frozenset("号0123456789０１２３４５６７８９")  # (a case number's last character: its 号, or a digit)


# A line that ends with a clock's hour, the next starting with its minutes: 下午2时 / 30分, 9: / 30.
_HOUR_CUT = grammar.compile_pattern(r"[0-9０-９一二三四五六七八九十]{1,3}[\x20\u3000]*(?:[时点]|(?P<colon>[:：]))$")
_HOUR_ENDS = ("时", "点", ":", "：")  # (tried first, as printed: most lines end otherwise)
_HOUR_DIGITS_CUT = grammar.compile_pattern(
    r"(?:[上下]午|晚上|中午|日)[\x20\u3000]*[0-9０-９一二三四五六七八九十]{1,3}$"
)
_MINUTE_GOES_ON = grammar.compile_pattern(r"[0-9０-９一二三四五六七八九十]{1,3}[\x20\u3000]*分")
_MINUTE_AFTER_COLON = grammar.compile_pattern(r"[0-9０-９]{2}(?![0-9０-９])")
# A line that ends with a sentence's date (定于, 变更为, 改期至, 举证期满后的…), the part of its day too (…8月28日上午),
# the next starting with its clock.
_DATE_CUT = grammar.compile_pattern(
    rf"""(?:于|为|至|到|在|是|即|的) {grammar.SP}? {grammar.DATE} {grammar.SP}?
         (?: {grammar.DAY_PERIOD} {grammar.SP}* )? $""",
    regex.VERBOSE,
)
_NUMERAL = "[一二三四五六七八九十]"  # (a month's or a day's, in numerals)
# (cut inside its month or day, or after its year or month: 二〇三六年一月 / 二十二日)
_NUMERAL_DATE_HEAD = re.compile(f"[〇零○Ｏ一二三四五六七八九]{{4}}年(?:{_NUMERAL}{{1,3}}月)?{_NUMERAL}{{0,2}}$")
_NUMERAL_DATE_REST = re.compile(f"{_NUMERAL}{{1,3}}[月日]")
# (its weekday first, in brackets: …定于2036年6月16日 / （星期一）上午8:30)
_CLOCK_GOES_ON = grammar.compile_pattern(rf"(?:{grammar.WEEKDAY})? {grammar.SP}* {grammar.CLOCK}", regex.VERBOSE)
_CLOCK_CUT = grammar.compile_pattern(rf"{grammar.CLOCK} {grammar.SP}* $", regex.VERBOSE)
_PLACE_GOES_ON = grammar.compile_pattern(r"[在于]\p{Han}")
_ROOM_CUT = grammar.compile_pattern(r"[在于]\p{Han}{2,30}(?:法庭|审判庭|仲裁庭|调解室|会议室)")
_HEARD_GOES_ON = grammar.compile_pattern(r"(?:公开|依法|不公开)?(?:开庭|审理|召开|举行)")
_DATE_CUT_ENDS = ("日", "号", *{period[-1] for period in lexicon.DAY_PERIODS})
# A line that ends with a party's role in a case phrase, its name to come: …受理原告, …诉被告, …与被申请人.
# (a role's last character, or its bracket's: 原告, 被申请人, 原告（反诉被告）)
_ROLE_ENDS = tuple(sorted({role[-1] for role in lexicon.PARTY_ROLES} | {"）", ")"}))
_SUES_CUT = grammar.compile_pattern(rf"(?:受理|诉|与) {grammar.ROLE} $", regex.VERBOSE)
# A role's word cut inside itself after a body's first words (…程国强：申请 / 执行人刘俊峰与你们…, 本院受理原 /
# 告某某诉…): what ends the line and what starts the next make the role, a name after it.
_ROLE_CUTS = frozenset((role[:cut], role[cut:]) for role in lexicon.PARTY_ROLES for cut in range(1, len(role)))
_ROLE_CUT_AFTER = grammar.compile_pattern(r"(?:[:：]|受理|诉|与)(?P<head>\p{Han}{1,4})$")
_NAME_GOES_ON = grammar.compile_pattern(r"\p{Han}{2}")
_ORDINAL_GOES_ON = grammar.compile_pattern(r"[0-9０-９一二三四五六七八九十百零〇]")


# A case number's middle (0121执10, 粤02民终31): its court's code, with its province where the year's line
# ends before it, its kind, its count's first digits.
_NUMBER_MIDDLE = grammar.compile_pattern(r"\p{Han}?[0-9０-９]{2,6}\p{Han}{1,4}[0-9０-９]+")
# A court number's part after its year, to its 号 (晋0922民初702号, 0121执1033号 after a province cut with the year).
_COURT_PART_GOES_ON = grammar.compile_pattern(r"\p{Han}{0,2}[0-9０-９]{2,6}\p{Han}{1,4}[0-9０-９]{1,7}号")
_YEAR_CUT = grammar.compile_pattern(
    rf"{grammar.CASE_YEAR} {grammar.SP}? \p{{Han}}{{0,2}} {grammar.SP}* $", regex.VERBOSE
)
# Or cut inside its court's part (…（2033）新4224民 / 初688号民事判决书): the number's head at the line's end, its rest
# opening the next line, whole together.
_NUMBER_HEAD = grammar.compile_pattern(rf"{grammar.CASE_YEAR} [^\s（()）〔〕\[\]]{{1,12}} $", regex.VERBOSE)
_NUMBER_REST = grammar.compile_pattern(r"[^\s，,。；;（()）]{0,12}?号")


def _year_cut_above(text: str, line_end: int) -> bool:
    """Does the line above the one ending at ``line_end`` end with a case number's year, or its year and
    province (…（2029）, …（2029）赣)?"""
    line_start = text.rfind("\n", 0, line_end) + 1
    if line_start == 0:
        return False
    return _YEAR_CUT.search(text, text.rfind("\n", 0, line_start - 1) + 1, line_start - 1) is not None


def _goes_on(text: str, line_end: int) -> bool:
    """Does the line ending at ``line_end`` end inside a number that the next line goes on with (…〔2026〕第25 /
    6号…)? Then it is no case line of its own, but a column's line cut."""
    return (
        0 < line_end < len(text)
        and _NUMBER_CUT.search(text, max(0, line_end - 1), line_end) is not None
        and _NUMBER_GOES_ON.match(text, line_end + 1) is not None
    )


def _is_label_line(line: str) -> bool:
    label = _LABEL.match(line)
    if label is None:
        return False
    if _OPENED.search(label.group()):
        return False  # a colon in an aside, a sentence going on (一案（案号：（2026）…), not a line's label
    if _CLOSED_FIRST.match(line):
        return False  # an aside opened on the line above, closed on this one (…合作社（法 / 定代表人：王正发）：本院…)
    if _NOT_IN_LABEL.sub("", label.group()) in _FIELD_LABELS:
        return True
    # (Not an addressee's colon, nor the colon after a name's last character cut onto the line: 司：本院受理…, or
    # a body opening with a role, 强：原告王宏伟诉你们…)
    return not (
        grammar.ADDRESSEE_START_RE.match(line)
        or grammar.match(grammar.OPENER_RE, line, label.end())
        or grammar.ROLE_RE.match(line, label.end())
    )


_CLOSING_RESTS = ("公告", "通告", "告知", "通知", "更正")


def closing_cut(above: str, below: str) -> bool:
    """Is a closing cut inside itself between the line ``above`` and the one ``below`` (…中级人民法院。特此 / 公告 /
    某某法院)? Its 公告 is no heading, however short the lines: they are one line."""
    return above.rstrip().endswith("特此") and below.lstrip().startswith(_CLOSING_RESTS)


def split_between(above: str, below: str) -> bool:
    """Is one paragraph split between ``above`` and ``below``, two pieces a layout tool read apart (…1月3日上 /
    午9时在本院…)? As a column's line cut mid-sentence is; a piece that ends a sentence ends its paragraph."""
    if not above or above.rstrip()[-1:] in _PARAGRAPH_ENDS:
        return False
    return _is_column_break(f"{above}\n{below}", len(above), len(above) + 1)


_PARAGRAPH_ENDS = frozenset("。！？；：!?;:")


def _is_column_break(text: str, line_end: int, next_start: int) -> bool:
    """Is the line ending at ``line_end`` a newspaper column line cut mid-sentence? (Or a signature
    cut across two lines: "河南省郑州市金\n水区人民法院".)"""
    printed = text[text.rfind("\n", 0, line_end) + 1 : line_end]
    line = _unquoted(printed)
    next_end = text.find("\n", next_start)
    following = _unquoted(text[next_start : len(text) if next_end < 0 else next_end])
    if text.count("\n", line_end, next_start) == 1 and _is_cut_signature(printed, line, following, text, next_end):
        return True  # (a signature's name is cut at its line's end: no blank line comes between its parts)
    if _is_cut_run_in_issuer(line, following):
        return True
    if text.count("\n", line_end, next_start) == 1 and _is_cut_name(line, following):
        return True  # (赵玉 / 梅：: an addressee's name wrapped by a PDF's text, its colon on the next line)
    if _DOTTED_NAME_CUT.fullmatch(line) and _DOTTED_NAME_REST.match(following):
        return True  # (a name with a dot cut inside a part: 策仁道尔吉·巴特巴 / 雅尔（Цэрэндоржийн…）：)
    if (
        text.count("\n", line_end, next_start) == 1
        and _IDENTIFIED.fullmatch(following)
        and (_ORG_SUFFIX_AT_END.search(line) or _NAME_ALONE.fullmatch(line))
    ):
        return True  # an addressee's identifier on the line under its name (某某有限公司 / （统一社会信用代码：…）：)
    if _ORG_SUFFIX_AT_END.search(line) and _stacked_addressees(text, next_start):
        return False  # addressees stacked a line each, a company's first (某某有限公司 / 王立军 / 陈美兰 / 王浩：)
    if _LATIN_NAME_CUT.fullmatch(line) and _LATIN_NAME_REST.match(following):
        return True  # a company's Latin name cut by the column, its colon on the next line (…SHIPPING / LIMITED（…）：)
    if _ALIAS_OPEN.search(line) and _ALIAS_CLOSED.match(following):
        return True  # a name's alias cut in its brackets, however short the line (…（Андрей / Николаевич Иванов）：)
    if "\t" in line or "\t" in following or _BARRED_CELLS.search(line) or _BARRED_CELLS.search(following):
        return False  # a table's rows (序号\t案号\t…, 序号 | 当事人名称 | 文书编号), not a column of prose
    if (cells := _csv_cells(line)) >= _CSV_ROW_CELLS and cells == _csv_cells(following):
        return False  # two rows of a CSV table (法院,案号,案由,原告,…): as many cells apart by commas
    if grammar.MENU_LINE_RE.fullmatch(line):
        return False  # a site's breadcrumbs (某某法院 > 法院公告 > 公告送达), not a sentence cut
    if _numbered_in_turn(line, following):
        return False  # two items of a list, numbered in turn (1. 魏某某，（2026）…号，9:00 / 2. 孟振华，…)
    # Judged without the spaces OCR leaves between characters ("劳 动 保 障 监 察 询 问 通 知 书" is a
    # short title line; "章人社监询〔2025〕第0 0 8号" a case number line).
    joined, bare = _SPACES.sub("", line), _SPACES.sub("", following)
    if (
        joined.endswith(_HOUR_ENDS)
        and (hour := _HOUR_CUT.search(joined))
        and (_MINUTE_AFTER_COLON if hour["colon"] else _MINUTE_GOES_ON).match(bare)
    ):
        return True  # a clock cut after its hour, however short the line (…10月14日下午2时 / 30分在本院…)
    if bare.startswith(("时", "点")) and _HOUR_DIGITS_CUT.search(joined):
        return True  # or inside it, its hour's digits before the cut (…10月21日下午3 / 时30分在本院…)
    if _NUMERAL_DATE_HEAD.search(joined) and _NUMERAL_DATE_REST.match(bare):
        return True  # a date in numerals cut inside its month or day, however short the line (…十月二十 / 三日)
    if joined.endswith(_DATE_CUT_ENDS) and _DATE_CUT.search(joined) and _CLOCK_GOES_ON.match(bare):
        return True  # a date cut from its clock, however short the line (…变更为2029年1月17日 / 上午9时，地点为…)
    if _CLOCK_CUT.search(joined) and _PLACE_GOES_ON.match(bare):
        return True  # a clock cut from its place, however short the line (…（星期一）上午8:30 / 在本院烟店人民法庭)
    if _ROOM_CUT.fullmatch(joined) and _HEARD_GOES_ON.match(bare):
        return True  # and the place from its hearing (在本院烟店人民法庭 / 公开开庭审理)
    if _PHONE_CUT.search(joined) and _PHONE_GOES_ON.match(bare):
        return True  # a phone's number cut, however short the line (…联系电话：139XXX / X6218。未在…)
    if joined.endswith("第") and _ORDINAL_GOES_ON.match(bare):
        return True  # an ordinal cut after its 第, however short the line: no line ends so (…在本院第 / 四法庭开庭…)
    if joined.endswith("公") and bare == "告" and grammar.fullmatch(grammar.ISSUER_NAME_RE, joined[:-1]):
        return True  # a heading's word cut inside itself after the court's name (五指山市人民法院公 / 告)
    if closing_cut(joined, bare):
        return True
    if joined.endswith("一") and bare.startswith("案"):
        return True  # a case's 一案 cut, whatever follows on the line (…合同纠纷一 / 案，案号（2034）…原告诉称：)
    if joined.endswith(_ROLE_ENDS) and _SUES_CUT.search(joined) and _NAME_GOES_ON.match(bare):
        return True  # a role and its party's name cut apart, however short the line (…本院受理原告 / 蒋玉洁诉你们…)
    if _role_cut(joined, bare):
        return True  # a role cut inside its word, however short the line (…程国强：申请 / 执行人刘俊峰与你们…)
    if _NUMBER_MIDDLE.fullmatch(joined) and _goes_on(text, line_end) and _year_cut_above(text, line_end):
        # A number's middle on a short line of its own (…案号为（2029）赣 / 0121执10 / 33号。,
        # …（2032） / 粤02民终31 / 27号).
        return True
    if _YEAR_CUT.search(joined) and _COURT_PART_GOES_ON.match(bare):
        return True  # a number cut after its year, its court's part opening the next line (…（2033） / 晋0922民初702号)
    if (
        (head := _NUMBER_HEAD.search(joined))
        and (rest := _NUMBER_REST.match(bare))
        and grammar.fullmatch(grammar.CASE_NUMBER_RE, fold(head.group() + rest.group())) is not None
    ):
        return True  # or inside its court's part (…（2033）新4224民 / 初688号民事判决书)
    # (A paragraph's first line, indented two characters, is as wide as the rest: two full-width spaces, or four.)
    indent = _INDENT.match(printed)
    next_indent = _INDENT.match(text, text.rfind("\n", 0, next_start) + 1)  # (the break takes the next line's indent)
    if text.count("\n", line_end, next_start) > 1 and _indent_width(next_indent) > _indent_width(indent):
        return False  # a paragraph under a blank line, indented more (新税公告〔2037〕9号 / / 　　某某公司（…），经…)
    # (The body's first line under the addressee's is indented, even where a PDF's text dropped its spaces: 黄美兰： /
    # 本院受理原告延边恒润装 / 饰工程有限公司诉你…)
    indent_width = display_width(indent.group()) // 2 if indent else _LOST_INDENT * _under_addressee(text, line_end)
    if (
        len(joined) + indent_width < MIN_COLUMN_LINE
        and not _fills_narrow_column(text, line_end)  # (a line as wide as its narrow column's is a full one)
        # (a page's foot and head stand between, or a form feed)
        and (
            _FURNITURE.search(text, line_end, next_start) is None
            or grammar.search(grammar.PAGE_BREAK_RE, text, line_end, next_start) is None
        )
    ):
        return False  # (a page's last line may stop short: the page ends under it, and the sentence goes on over)
    if _goes_on(text, line_end):
        return True  # a number cut by the column's width (达昆劳人仲案字〔2026〕第25 / 6号仲裁裁决书), no case line
    if _open_since(text, line_end) and _CLOSES.match(bare):
        return True  # a bracket left open runs on to its close (…大队（某某区工农 / 路××号三楼）接受调查询问…：)
    line_start = text.rfind("\n", 0, line_end) + 1
    if _number_in_sentence(text, line_start, line_end) or _number_in_sentence(text, next_start, next_end):
        return True  # a number alone on a column's line inside its sentence (本院作出的 / （2025）…号 / 民事判决书…)
    if _opener_cut(joined, bare):
        return True  # an addressee's line, its body's first word cut after the colon (吴志伟、许丽娟：本 / 院受理…)
    if _is_frame_line(joined):
        return False
    if text.count("\n", line_end, next_start) > 1 and grammar.fullmatch(grammar.TITLE_LINE_RE, joined):
        return False  # a site's list of titles, a line each, blank lines between (孙宝山、刘淑珍公告 / / 关于…的通知)
    if _ALIGNED_CELLS.search(line) or _ALIGNED_CELLS.search(following):
        return False  # a table's rows, its columns aligned by spaces (序号  单位名称  文书编号)
    if (
        _is_frame_line(bare)
        and not _goes_on(text, next_end)
        and not _SENTENCE_THEN_LABEL.fullmatch(bare)
        and not _LABEL_OPENED.search(bare)
    ) or grammar.ADDRESSEE_START_RE.match(fold(bare)):
        return False  # (but a sentence's end before a label on the line goes on: 第六法庭开庭审理，…缺席判决。案号：)
    if _ITEM_START.match(bare):
        return False
    if grammar.match(grammar.OPENER_RE, fold(bare)) and grammar.search(
        grammar.ENDS_WITH_CASE_NUMBER_RE, fold(joined[-_CASE_NUMBER_REACH:])
    ):
        return False  # a listing's row ends with its number (…一案。案号：（2026）…号), the next opens: 本院定于…
    if grammar.match(grammar.CASE_LINE_RE, fold(line)):
        return False  # an item's title, its number and cause (（2026）兵1301民初87号 买卖合同纠纷), over its sentence
    # A listing's row (2027年1月4日 9:00 第三法庭 …纠纷), its fields apart by spaces, is a line of its own: the
    # next row goes on no line, and no line goes on the last row (以上案件均公开开庭审理…, below it); so is a row's
    # time and room printed over its case.
    folded = (fold(following), fold(line))
    if any(
        grammar.match(rule, either)
        for rule in (grammar.DATED_LISTING_RE, grammar.LISTING_HEAD_LINE_RE)
        for either in folded
    ):
        return False
    # (Nor on a row's case printed under its time and room: 4. 2026年3月19日上午九时三十分　第三法庭 / （2025）…一案.)
    above = _unquoted(text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)])
    return line_start == 0 or grammar.match(grammar.LISTING_HEAD_LINE_RE, fold(above)) is None


def _indent_width(indent: re.Match[str] | None) -> int:
    return display_width(indent.group()) if indent else 0


def _opener_cut(line: str, following: str) -> bool:
    """Does ``line`` end with a colon and the first characters of a body's opener that ``following`` completes
    (…：本 / 院受理原告…, …：本 / 委受理…)?"""
    colon = max(line.rfind("："), line.rfind(":"))
    tail = line[colon + 1 :]
    if colon < 0 or not 0 < len(tail) <= _OPENER_HEAD:
        return False
    opener = grammar.match(grammar.OPENER_RE, fold(tail + following[:_OPENER_HEAD]))
    return opener is not None and opener.end() > len(tail)


_OPENER_HEAD = 3  # characters of an opener a column may leave after the colon


def _under_addressee(text: str, line_end: int) -> bool:
    """Is the line ending at ``line_end`` right under an addressee's line (黄美兰：), no blank line between?"""
    line_start = text.rfind("\n", 0, line_end) + 1
    if line_start == 0:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return above.endswith(("：", ":")) and len(above) <= _ADDRESSEE_LINE


_LOST_INDENT = 2  # characters a paragraph's first line is indented
_ADDRESSEE_LINE = 40  # characters of an addressee's line, at the most


def _role_cut(line: str, following: str) -> bool:
    """Does ``line`` end with a role's first characters after a body's first words, ``following`` start with the
    rest and a name (…：申请 / 执行人刘俊峰…)?"""
    after = _ROLE_CUT_AFTER.search(line)
    return after is not None and any(
        (after["head"], following[:length]) in _ROLE_CUTS and _NAME_GOES_ON.match(following, length)
        for length in range(1, 5)
    )


def _fills_narrow_column(text: str, line_end: int) -> bool:
    """Does the line ending at ``line_end`` fill a column narrower than MIN_COLUMN_LINE characters, which its lines
    show: the line and the lines above it, or the line and those below, as wide as each other give or take a
    character (a newspaper's column of ten characters a line: 本院受理原告荆州市 / 荆楚农商粮油贸易有限 / 纠纷一案，
    （2031）鄂10)? Wide as a page sets it (a digit half a character: display columns), or as a text cut at a count of
    characters. (Either way: a column's first and last lines stand beside its heading and signature.)"""
    line_start = text.rfind("\n", 0, line_end) + 1
    if line_end - line_start < _NARROWEST - 1:
        return False  # (a heading's, a signature's: shorter than any column, whatever its lines)
    lines = [(line_start, line_end)]
    start = line_start
    while len(lines) <= _AROUND and start > 0:
        start = text.rfind("\n", 0, start - 1) + 1
        lines.append((start, text.find("\n", start)))
    above = len(lines)
    end = line_end
    while len(lines) <= 2 * _AROUND and end < len(text):
        next_end = text.find("\n", end + 1)
        next_end = len(text) if next_end < 0 else next_end
        lines.append((end + 1, next_end))
        end = next_end
    # (The paragraph's first line, indented, as wide as the rest with its indent: 　　吴志伟、许丽娟：本 / 院受理…)
    indent = _INDENT.match(text, line_start)
    indented = display_width(indent.group()) if indent else 0
    for measure, per_character in ((display_width, 2), (len, 1)):
        widths = [measure(_SPACES.sub("", text[a:b])) for a, b in lines]
        widths[0] += indented * per_character // 2
        for side in (widths[:above], widths[:1] + widths[above:]):
            width = sorted(side)[len(side) // 2]
            near = sum(1 for each in side if abs(each - width) <= per_character)
            narrow = per_character * _NARROWEST <= width <= per_character * MIN_COLUMN_LINE
            if narrow and near >= len(side) - 1 > _AROUND - 1 and widths[0] >= width - per_character:
                return True
    return False


_AROUND = 5  # lines above or below a line that show its column's width
_INDENT = re.compile("(?:\u3000| {2}){1,2}")
_NARROWEST = 8  # characters (no column is narrower: lines of names, 2 to 4 characters, are no column)


def _numbered_in_turn(line: str, following: str) -> bool:
    first, second = _NUMBERED.match(line), _NUMBERED.match(following)
    return first is not None and second is not None and int(second.group(1)) == int(first.group(1)) + 1


# An item's number at a line's start, then its text (not 2.5万元, a number cut to the line).
_NUMBERED = grammar.compile_pattern(r"[\x20\u3000]*([0-9]{1,3})[.．、](?![0-9０-９])")


def _csv_cells(line: str) -> int:
    """How many cells ``line`` holds read as a row of CSV (its quoted cells whole)."""
    return len(next(csv.reader([line.replace("\r", " ")]), [])) if "," in line else 1  # (a stray CR: no line end)


_CSV_ROW_CELLS = 4  # cells apart by ASCII commas that make a line a CSV row, not a sentence
_SPACES = grammar.compile_pattern(grammar.SP)
_CASE_NUMBER_REACH = 60  # characters of a line's end a case number may take
# An item of a list starts its own line: 一、劳动保障监察限期改正指令书（…）, 2、.
# (Not 2.5万元, a number cut to the line.)
_ITEM_START = grammar.compile_pattern(r"(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})、")
# Three cells of a row, apart by the spaces that align a table's columns (序号  单位名称  文书编号), or by one
# full-width space each, as a table copied from a page is (序号　用人单位　文书编号　询问时间).
_ALIGNED_CELLS = grammar.compile_pattern(
    rf"\S{grammar.ALIGNING_SPACES}\S+{grammar.ALIGNING_SPACES}\S|\S\u3000[^\s\u3000]+\u3000[^\s\u3000]+\u3000\S"
)
_BARRED_CELLS = grammar.compile_pattern(r"[^|｜\n][|｜][^|｜\n]+[|｜][^|｜\n]")  # (three cells or more, apart by bars)


def _is_cut_run_in_issuer(line: str, following: str) -> bool:
    """A court's name run in after a notice's last sentence, signing it, cut by the column before the next notice's
    addressee ("…缺席判决。南京" / "市鼓楼区人民法院 陈某：本院…")."""
    end = max(line.rfind(mark) for mark in grammar.SENTENCE_ENDS)
    tail = line[end + 1 :] if end >= 0 else ""
    head = following.split(maxsplit=1)[0] if following.strip() else ""
    if not tail or len(tail) > _SIGNATURE_TAIL or not head or head == following:
        return False
    return grammar.ISSUER_LINE_RE.fullmatch(fold(tail + head)) is not None


def _is_cut_signature(printed: str, line: str, following: str, text: str, following_end: int) -> bool:
    """A right-aligned signature cut by the page's width: an indented line, its end at the next line's
    start ("        河南省郑州市金" / "水区人民法院"); or a narrow column's, its date on the line under its end
    (科尔沁右翼前旗 / 　自然资源局 / 2033年7月18日)."""
    if len(following) > _SIGNATURE_TAIL:
        return False
    indented = len(printed) - len(printed.lstrip()) >= _SIGNATURE_INDENT
    if not indented and not _dated_below(text, following_end) and 0 <= following_end < len(text):
        # (or cut twice, a narrow column's: 锡林郭勒盟劳动 / 人事争议仲裁委 / 员会 / 2037年5月19日)
        last_end = text.find("\n", following_end + 1)
        last = _unquoted(text[following_end + 1 : len(text) if last_end < 0 else last_end])
        if len(last) <= _SIGNATURE_TAIL and _dated_below(text, last_end) and not grammar.ENDS_WITH_DATE_RE.search(last):
            following, following_end = following + last, last_end
    # (Unindented: not a number's last character over the court, and its date right under the cut; a place named
    # whole may be short: 浠水县 / 人民法院.)
    if not indented and (
        (len(line) < _SIGNATURE_HEAD and _PLACE.fullmatch(line) is None) or not _dated_below(text, following_end)
    ):
        return False
    return (
        not grammar.ENDS_WITH_DATE_RE.search(line)  # a signature's date line, the next court's name below it
        and grammar.ISSUER_LINE_RE.fullmatch(fold(line + following)) is not None
        # (nor a whole signature, a column's beside it on the line under)
        and (indented or grammar.ISSUER_LINE_RE.fullmatch(fold(line)) is None)
    )


def _dated_below(text: str, line_end: int) -> bool:
    """Is the line under the one ending at ``line_end`` a date alone (or a date in numerals cut after its month, its
    day on the next line: 二〇三六年一月 / 二十二日)?"""
    if line_end < 0:
        return False
    below_end = text.find("\n", line_end + 1)
    below = fold(text[line_end + 1 : len(text) if below_end < 0 else below_end])
    return grammar.match(grammar.DATE_LINE_RE, below) is not None or _NUMERAL_DATE_HEAD.fullmatch(below) is not None


_SIGNATURE_INDENT = 8  # spaces before a right-aligned signature, at the least
_SIGNATURE_TAIL = 12  # characters of a signature carried to the next line, at the most
_SIGNATURE_HEAD = 4  # characters of a signature on the line above its cut, at the least (a place: 科尔沁右翼前旗)
_PLACE = re.compile(r"[\u4e00-\u9fff]{2}[市区县旗]")


def _misread(source: str) -> list[tuple[int, int, str]]:
    """What OCR reads wrong in numbers, with the character meant: a letter for a digit inside a number (2O26,
    苏O5O6民初, l5520, 上午1O时; not a word's letters, O2O or ml) and 曰 for a date's 日 (三月十曰). They show a page
    is OCR's; the grammar reads them (the values keep them as printed, and a finding says so)."""
    edits = []
    if _LETTER_BY_DIGIT.search(source):
        for number in _LETTERED_NUMBER.finditer(source):
            letters = sum(map(number.group().count, _AS_DIGIT))
            if not letters or letters * 2 > len(number.group().replace(" ", "")):
                continue  # digits only, or more letters than digits: a word (O2O), not a number
            edits += [
                (number.start() + at, number.start() + at + 1, _AS_DIGIT.get(character, ""))
                for at, character in enumerate(number.group())
                if character in _AS_DIGIT or character == " "
            ]
    if "曰" in source:
        edits += [(match.start(), match.end(), "日") for match in _SAID_FOR_DAY.finditer(source)]
    return edits


def _typeset_spaces(source: str) -> list[tuple[int, int, str]]:
    """The typesetter's spaces a web page indents with (&emsp;, &ensp;, &thinsp;), each read as the space the grammar
    knows: an em space as a full-width one (\u3000), the narrower as a plain one; and its line and paragraph
    separators (U+2028, U+2029: a word processor's soft line break, 某某仲裁委员会\u2028日期) as line breaks."""
    return [(match.start(), match.end(), _AS_SPACE[match.group()]) for match in _TYPESET_SPACE.finditer(source)]


_AS_SPACE = {
    **{chr(code): "\u3000" if code == 0x2003 else " " for code in (*range(0x2000, 0x200B), 0x202F, 0x205F)},
    "\u2028": "\n",
    "\u2029": "\n",
}
_TYPESET_SPACE = re.compile("[" + "".join(_AS_SPACE) + "]")


def _radicals(source: str) -> list[tuple[int, int, str]]:
    """The Kangxi radicals a PDF's text may print for the characters they look like (⼈⼒ for 人力: some fonts map
    their glyphs so), each read as the character (its NFKC form)."""
    if not _RADICAL.search(source):
        return []
    return [(match.start(), match.end(), _AS_CHARACTER[match.group()]) for match in _RADICAL.finditer(source)]


# Each radical that stands for one character, and that character.
_AS_CHARACTER = {
    chr(code): unicodedata.normalize("NFKC", chr(code))
    for code in range(0x2E80, 0x2FE0)
    if len(unicodedata.normalize("NFKC", chr(code))) == 1 and unicodedata.normalize("NFKC", chr(code)) != chr(code)
}
_RADICAL = re.compile("[" + "".join(sorted(_AS_CHARACTER)) + "]")


def _with(source: str, replaced: list[tuple[int, int, str]]) -> str:
    """``source`` with stretches replaced by text as long (``_misread``'s characters; a view of the page's lines with
    markup read as spaces and line breaks), its offsets the same."""
    if not replaced:
        return source
    characters = list(source)
    for start, end, text in replaced:
        characters[start:end] = text
    return "".join(characters)


_AS_DIGIT = lexicon.OCR_DIGITS
_LETTER_BY_DIGIT = re.compile(r"[0-9０-９][OＯl]|[OＯl][0-9０-９]")  # (looked for first: news has none)
# A run of digits and the letters OCR takes them for (single spaces inside: 2时3 O分), no word's letter beside it.
_LETTERED_NUMBER = grammar.compile_pattern(r"(?<![A-Za-z])[0-9０-９OＯl](?:\x20?[0-9０-９OＯl])+(?![A-Za-z])")
_SAID_FOR_DAY = grammar.compile_pattern(r"(?<=[0-9０-９〇零一二三四五六七八九十][\x20\u3000]?)曰")


def _ocr_spaces(source: str) -> list[tuple[int, int, str]]:
    """The stray spaces of text read by OCR ("哈尔滨鑫北方餐饮管理有 限公司 ：", "第 3 1 8 7 号"): a page where
    many Chinese characters stand one space apart has its single spaces between characters and digits removed.
    Two or more spaces (a listing's columns) stay. (``source`` with its misread digits read: 2 O2 6年 is spaced
    digits.)"""
    if _spaced_page(source):
        return [(match.start(), match.end(), "") for match in grammar.OCR_SPACE_RE.finditer(source)]
    return []


def _spaces_near(source: str, misread: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """OCR's stray spaces in the notices whose numbers OCR misread (2O26, 十曰: see ``_misread``), on a page where
    few characters stand apart: from each misread to a blank line or a heading above and below it (where a stream
    may cut the page: the same spaces go wherever it is cut). (``source`` with its misread digits read.)"""
    if not misread:
        return []
    stops = [0, len(source)] + [match.end() for match in _BLANK_LINE.finditer(source)]
    for heading in headings(source):
        line = source.rfind("\n", 0, heading.start()) + 1
        for _ in range(HEAD_LINES):  # (the issuer's lines printed over a heading go with it)
            above = source.rfind("\n", 0, max(line - 1, 0)) + 1
            if line == 0 or not source[above : line - 1].strip():
                break
            line = above
        stops.append(line)
    stops.sort()
    edits = []
    for start, end in sorted(
        {(stops[bisect_right(stops, at) - 1], stops[bisect_right(stops, at)]) for at, _, _ in misread}
    ):
        edits += [(match.start(), match.end(), "") for match in grammar.OCR_SPACE_RE.finditer(source, start, end)]
    return edits


def _spaced_page(source: str) -> bool:
    """Do many of the page's Chinese characters stand one space apart, inside words (刘 建 军), not between a
    listing's fields (日期 时间 法庭 案号)?"""
    spaced = grammar.OCR_SPACE_RE.findall(source, 0, min(len(source), _OCR_SAMPLE))
    if len(spaced) < _OCR_MIN_SPACES:
        return False
    han = len(_HAN.findall(source, 0, min(len(source), _OCR_SAMPLE)))
    if len(spaced) < han * _OCR_RATIO:
        return False
    return len(_LONE_CHARACTER.findall(source, 0, min(len(source), _OCR_SAMPLE))) >= len(spaced) * _OCR_LONE_RATIO


_OCR_SAMPLE = 1 << 16  # characters looked at to decide whether a page is OCR text
_HAN = re.compile("[\u4e00-\u9fff]")
_OCR_MIN_SPACES = 20
_OCR_RATIO = 0.05  # spaces between characters per Chinese character, at the least, in OCR text
# A character standing alone between two spaces: OCR splits words so; a listing's spaces stand between words.
_LONE_CHARACTER = grammar.compile_pattern(r"(?<=[\x20\u3000])\p{Han}(?=[\x20\u3000])")
_OCR_LONE_RATIO = 0.15  # characters alone per space between characters, at the least, in OCR text


def _letter_spaced(source: str, rule: regex.Pattern[str], group: str) -> list[tuple[int, int, str]]:
    """The spaces inside ``group`` of each line ``rule`` finds letter-spaced: read without them. A heading
    (悬 赏 公 告, 拍 卖 公 告: the grammar reads 公 告 alone spaced, not the kind before it); an addressee's name, its
    colon after it (覃 海 燕 ：, as OCR reads a board's print)."""
    edits = []
    for line in rule.finditer(source):
        edits += [(gap.start(), gap.end(), "") for gap in _GAP.finditer(source, *line.span(group))]
    return edits


# A line of one character and a space, then more, ending in 公 告 (a kind's two to six characters before it); or a
# gazette's kind alone, its title (公 示 催 告, 宣 告 失 踪: BULLETIN_TYPES).
_SPACED_KINDS = "|".join(
    "[\x20\u3000\xa0]{1,3}".join(kind) for kind in lexicon.BULLETIN_TYPES if kind.isalpha() and kind != "其他"
)
_SPACED_HEADING = grammar.compile_pattern(
    r"^[\x20\t\u3000\xa0]*(?P<heading>(?:\p{Han}[\x20\u3000\xa0]{1,3}){2,6}公[\x20\u3000\xa0]{1,3}告"
    rf"|{_SPACED_KINDS})[\x20\t\u3000\xa0]*\r?$",
    regex.MULTILINE,
)


# A line of two to six characters each followed by a space, then the colon: one name letter-spaced.
_SPACED_ADDRESSEE = grammar.compile_pattern(
    r"^[\x20\t\u3000\xa0]*(?P<name>(?:\p{Han}[\x20\u3000\xa0]{1,2}){2,6})(?=[:：][\x20\t\u3000\xa0]*\r?$)",
    regex.MULTILINE,
)


def _spaced_names(source: str) -> list[tuple[int, int, str]]:
    """Stray spaces inside the names before an addressee's colon, as OCR leaves them in a name or cuts one (王明 辉：,
    北京智创 未来科技有限公司：, 某某装 饰工 程有限公司:): read without them. Not a space after a heading's or a role's
    word (公告 徐卫东：, 原告 马晓军：), nor between two whole names (张三 李四：)."""
    edits = []
    colons = {found.end() - 1 for found in _SPACED_BEFORE_COLON.finditer(source)}  # (looked at only past a space)
    for end in sorted(colons):
        start = end
        while start > 0 and start > end - _NAMES_REACH and _IN_NAMES.match(source, start - 1):
            start -= 1
        names = source[start:end]
        if " " not in names and "\u3000" not in names:
            continue
        pieces = _PIECES.split(names)
        if len(pieces) < 2 or not all(pieces):
            continue
        after = pieces[-1]
        at = end - len(after)
        for before in reversed(pieces[:-1]):
            gap = at - 1
            if _joins(before.rsplit("、", 1)[-1], after.split("、", 1)[0]):
                edits.append((gap, gap + 1, ""))
                after = before + after
            else:
                after = before
            at = gap - len(before)
    return edits


def _joins(before: str, after: str) -> bool:
    """Are ``before`` and ``after``, a space apart before an addressee's colon, one name cut: a person's (王明 辉,
    王 明辉), an organisation's cut in its suffix's words (饰工 程有限公司) or after its place and brand (北京智创
    未来科技有限公司)? Never after a word no name is (公告, 原告, 联系人)."""
    if (
        not before
        or not after
        or any(word in before for word in _NOT_BEFORE_NAMES)
        or grammar.fullmatch(grammar.ROLE_WORD_RE, before)
    ):
        return False
    suffix = next((word for word in lexicon.ORG_SUFFIXES if after.endswith(word)), None)
    if suffix is None:
        # (No one is named by one character; a word spaced out letter by letter, 当 事 人, is no name cut.)
        return len(before) + len(after) in (3, 4) and min(len(before), len(after)) == 1
    if len(after) - len(suffix) <= 1:
        return True  # (程有限公司: no company is named by one character)
    return len(before) >= 4 and not before.endswith(lexicon.ORG_SUFFIXES)


# A colon with names before it that hold a space between two characters (the standard library's re: a scan in C).
_SPACED_BEFORE_COLON = re.compile("[\u4e00-\u9fff][\x20\u3000][\u4e00-\u9fff][\u4e00-\u9fff、\x20\u3000]{0,36}[:：]")
_IN_NAMES = grammar.compile_pattern(r"[\p{Han}、]|[\x20\u3000](?=\p{Han})(?<=\p{Han}[\x20\u3000])")
_NAMES_REACH = 40  # characters of names before a colon, at the most
_PIECES = re.compile("[\x20\u3000]")
_NOT_BEFORE_NAMES = ("公告", "告示", "通告", "通知", "送达", "致", *lexicon.NOT_NAME_WORDS)


def _spaced_issuers(source: str, breaks: list[Span]) -> list[tuple[int, int, str]]:
    """The spaces inside a public body's name printed alone on its line, letter-spaced (人 民 法 院) or cut
    inside its suffix (某某区人民 法院), as a signature or above a heading, and the line break inside one cut
    across two lines (see ``_is_wrapped_issuer``) where no column break (``breaks``) joins them already: the
    name is read without them, its span still the printed lines."""
    edits = []
    break_starts = [start for start, _ in breaks]
    for hit_start, line_end in _issuer_line_ends(source):
        line_start = source.rfind("\n", 0, hit_start) + 1
        wrapped = line_start > 1 and grammar.match(
            grammar.WRAPPED_NAME_RE, source, source.rfind("\n", 0, line_start - 1) + 1, line_end
        )
        if wrapped and _is_wrapped_issuer(wrapped.group(_HEAD), wrapped.group(_TAIL)):
            head, tail = wrapped.start(_HEAD), wrapped.start(_TAIL)
            joined = bisect_right(break_starts, tail) - 1
            if joined < 0 or breaks[joined][1] <= wrapped.end(_HEAD):
                edits.append((wrapped.end(_HEAD), tail, ""))
            edits += [(head + gap.start(), head + gap.end(), "") for gap in _GAP.finditer(wrapped.group(_HEAD))]
            edits += [(tail + gap.start(), tail + gap.end(), "") for gap in _GAP.finditer(wrapped.group(_TAIL))]
            continue
        match = grammar.match(grammar.SPACED_NAME_LINE_RE, source, line_start, line_end)
        if match is None or not _is_spaced_issuer(match.group(_SPACED_NAME)):
            continue
        base = match.start(_SPACED_NAME)
        edits += [(base + gap.start(), base + gap.end(), "") for gap in _GAP.finditer(match.group(_SPACED_NAME))]
    return edits


def _is_spaced_issuer(name: str) -> bool:
    """Is ``name`` a public body's, its spaces taken out, spaced as a signature is: every piece one or two
    characters (人 民 法 院), or the last space inside the suffix (人民 法院)? Not a table row's columns
    (张三  某某区人民法院), whose last piece is a whole name."""
    pieces = _GAP.split(name)
    whole = fold("".join(pieces))
    if grammar.ISSUER_NAME_RE.fullmatch(whole) is None:
        return False
    suffix = max((len(word) for word in lexicon.ISSUER_SUFFIXES if whole.endswith(word)), default=0)
    if all(len(piece) <= 2 for piece in pieces) or len(pieces[-1]) < suffix:
        return True
    # (Or cut before the last piece's place's last character, or its level: 兰州市城关 区人民法院, 某某市 中级人民法院.)
    last = fold(pieces[-1])
    return len(last) - suffix <= 1 or last.startswith(_COURT_LEVELS)


_COURT_LEVELS = ("中级", "高级")
_PROVINCE_FIRST = grammar.compile_pattern(r"\p{Han}{1,6}?(?:省|自治区)\p{Han}{1,8}")


def _is_wrapped_issuer(head: str, tail: str) -> bool:
    """Are two lines one public body's name, cut where a column's width ran out: neither line a name of its own
    (so not two bodies signing together, nor a sentence's last words over a signature), or the cut inside the
    name's suffix (人力资源 / 和社会保障局: its second line alone reads as a name ending in 局)?"""
    head, tail = fold(_GAP.sub("", head)), fold(_GAP.sub("", tail))
    if grammar.ISSUER_NAME_RE.fullmatch(head + tail) is None or grammar.ISSUER_NAME_RE.fullmatch(head) is not None:
        return False
    suffix = max((len(word) for word in lexicon.ISSUER_SUFFIXES if (head + tail).endswith(word)), default=0)
    # (A court's level starts no name: 内蒙古自治区锡林郭勒盟 / 中级人民法院; and a province's name with more of the
    # place after it heads the name it runs on into: 新疆维吾尔自治区克孜勒苏 / 柯尔克孜自治州中级人民法院.)
    return (
        suffix > len(tail)
        or grammar.ISSUER_NAME_RE.fullmatch(tail) is None
        or tail.startswith(_COURT_LEVELS)
        or _PROVINCE_FIRST.fullmatch(head) is not None
    )


_SPACED_NAME = grammar.group_numbers(grammar.SPACED_NAME_LINE_RE)["name"]
_HEAD, _TAIL = (grammar.group_numbers(grammar.WRAPPED_NAME_RE)[name] for name in ("head", "tail"))
_GAP = grammar.compile_pattern(r"[\x20\u3000\xa0]+")
# A line that ends in the last character of an issuer's suffix (院, 会, 局 …): where a spaced name may stand.
_ISSUER_LINE_END = re.compile(
    "[" + "".join(sorted({word[-1] for word in lexicon.ISSUER_SUFFIXES})) + r"][ \t\u3000\xa0]*\r?$", re.MULTILINE
)
# (Or in one, its date run on after it, 中级人民法院二〇三四年, or its heading word, 人民法院公告: a line ending so
# with a suffix's character a few before; WRAPPED_NAME says whether it is one. The standard library's re: a C scan.)
_RUN_ON_END = re.compile(r"[年月日告][ \t\u3000\xa0]*\r?$", re.MULTILINE)
_SUFFIX_ENDS = frozenset(word[-1] for word in lexicon.ISSUER_SUFFIXES)
_RUN_ON_REACH = 14  # characters of a date or a heading word after a name's suffix, at the most


def _issuer_line_ends(source: str) -> list[tuple[int, int]]:
    """(where the hit starts, the line's end) for each line that may end a public body's name (see _spaced_issuers)."""
    ends = [(hit.start(), hit.end()) for hit in _ISSUER_LINE_END.finditer(source)]
    for hit in _RUN_ON_END.finditer(source):
        line_start = source.rfind("\n", 0, hit.start()) + 1
        if not _SUFFIX_ENDS.isdisjoint(source[max(line_start, hit.start() - _RUN_ON_REACH) : hit.start()]):
            ends.append((hit.start(), hit.end()))
    return sorted(set(ends))


def _unquoted(line: str) -> str:
    """A line without its e-mail or Markdown quote marks and emphasis (**某某公司：**), and stripped."""
    quote = grammar.QUOTE_PREFIX_RE.match(line)
    line = (line[quote.end() :] if quote else line).strip()
    return grammar.EMPHASIS_RE.sub("", line) if "**" in line else line


def _notice_windows(source: str) -> list[Span]:
    """The stretches of ``source`` within NOTICE_REACH characters after a 公告, and before it back to the start of
    its paragraph (NOTICE_LEAD characters at the most), merged."""
    windows: list[Span] = []
    for anchor in grammar.finditer(grammar.NOTICE_MENTION_RE, source):
        end = min(len(source), anchor.start() + NOTICE_REACH)
        if windows and anchor.start() <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)  # (its paragraph's start is in the window already)
            continue
        start = _paragraph_start(source, anchor.start())
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def _stretched(windows: list[Span], markup: list[tuple[int, int, str]]) -> list[Span]:
    """``windows`` reaching as far in a page's text as they would without the ``markup`` between its lines (sorted),
    merged where they meet."""
    stretched: list[Span] = []
    for start, end in windows:
        for markup_start, markup_end, said in markup:
            if markup_start >= end:
                break
            if markup_start >= start:
                end += markup_end - markup_start - len(said)
        if stretched and start <= stretched[-1][1]:
            stretched[-1] = (stretched[-1][0], max(end, stretched[-1][1]))
        else:
            stretched.append((start, end))
    return stretched


def _paragraph_start(source: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts: after the last blank line before it, NOTICE_LEAD back at the most."""
    lead = max(0, pos - NOTICE_LEAD)
    return max((blank.end() for blank in _BLANK_LINE.finditer(source, lead, pos)), default=lead)


_BLANK_LINE = re.compile(r"\n[ \t\u3000\xa0\r]*\n")


def _web_page_breaks(source: str) -> list[tuple[int, int, str]]:
    """A web page's article read page after page, as a crawler saves it: where the text of one page stops (…三十日内
    来本院), its pager (上一页 1 2 下一页 >, 第1页 共2页), its links and the next page's head over again (the title,
    its source line: lines the page printed above, or its title marked （续）) stand before the text goes on; they go,
    and a sentence cut there is joined."""
    if "下一页" not in source:
        return []
    lines = [(m.start(), m.end()) for m in _LINE.finditer(source)]
    edits: list[tuple[int, int, str]] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        if not _PAGER.fullmatch(source, start, end):
            index += 1
            continue
        first = index  # the run of furniture around the pager: back over blank lines and links
        while first > 0 and _furniture(source, *lines[first - 1]):
            first -= 1
        last = index
        while last + 1 < len(lines) and _furniture(source, *lines[last + 1]):
            last += 1
        # (The head a next page prints again: lines the page printed above its pager, at its top — wherever the text
        # read starts, another page's lines above it or not.)
        seen = {source[s:e].strip() for s, e in lines[:first] if s >= lines[first][0] - _HEAD_REACH}
        while last + 1 < len(lines) and (
            source[slice(*lines[last + 1])].strip() in seen or _CONTINUED.search(source, *lines[last + 1])
        ):
            last += 1  # (the next page's head, printed again)
        if first == 0 or last + 1 >= len(lines):
            index = last + 1
            continue
        cut_end, goes_on = lines[first - 1][1], lines[last + 1][0]
        cut = source[lines[first - 1][0] : cut_end].rstrip()
        if (
            grammar.match(grammar.DATE_LINE_RE, cut) is not None
            or grammar.match(grammar.HEADING_LINE_RE, source, *lines[last + 1]) is not None
        ):
            # (the page ended signed, its date last, or a list's pager stands over a notice's own heading: what
            # follows is another piece, not joined)
            joined = "\n\n"
        else:
            joined = "" if cut and cut[-1] not in _SENTENCE_ENDS else "\n"
        edits.append((cut_end, goes_on, joined))
        index = last + 1
    return edits


def under_pager(source: str, line: int) -> bool:
    """Does a web page's pager stand over the line starting at ``line``, only blank and link lines between (上一页　1　2
    下一页 > / 第1页　共2页 / 相关链接：…): the line is the next page's, its article going on?"""
    end = line
    for _ in range(_PAGER_REACH_LINES):
        if end <= 0:
            return False
        start = source.rfind("\n", 0, end - 1) + 1
        if _PAGER.fullmatch(source, start, end - 1 if source[end - 1 : end] == "\n" else end):
            return True
        if not _furniture(source, start, end):
            return False
        end = start
    return False


_PAGER_REACH_LINES = 6  # lines over a next page's head its pager and links may take, at the most


def _furniture(source: str, start: int, end: int) -> bool:
    """A blank line, a pager's, a page count's, or a link's line (相关链接：…, 【上一篇】…)."""
    line = source[start:end].strip()
    return not line or bool(_PAGER.fullmatch(line)) or line.startswith(_LINK_LINES)


_LINE = re.compile(r"^[^\n]*", re.MULTILINE)
_HEAD_REACH = 20_000  # characters above a pager its page's head may stand (a long article's page), at the most
_PAGER = grammar.compile_pattern(
    r"[^\S\n]*(?:[^\n]{0,30}?(?:上一页|下一页|尾页)[^\n]{0,60}"
    r"|第\s*\d{1,3}\s*(?:/\s*\d{1,3}\s*页|页\s*[，,]?\s*共\s*\d{1,3}\s*页))[^\S\n]*"
)
_LINK_LINES = ("相关链接", "【上一篇】", "【下一篇】", "上一篇", "下一篇", "<<", "< ")
_CONTINUED = re.compile(r"[（(]续[）)]\s*$")
_SENTENCE_ENDS = "。！!；;：:？?"


def _column_breaks(source: str, windows: list[Span]) -> list[Span]:
    """The column breaks to remove: only near notices (``windows``), so news is never rejoined (nor scanned)."""
    breaks = []
    for start, end in windows:
        # A break may start at the window's end and run on, over spaces: look a little past it.
        for match in _breaks_in(source, start, end, min(len(source), end + _BREAK_MARGIN)):
            if _is_column_break(source, *match.span()):
                breaks.append(match.span())
    return breaks


def _joined_with(text: str, start: int, end: int) -> str:
    """What a column break becomes: nothing, or a space between two words of a Latin name (（MARUFUKU / KAIUN CO.,
    LTD.）), not inside an identifier (（纳税人识别号：91330201MA2 / GQ7XL5D）)."""
    before = text[start - 1] if start else ""
    # (…SHIPPING (HK) / LIMITED）; a Cyrillic name's words too, （Владимир / Петрович Соколов）)
    latin = (before.isascii() or "\u0400" <= before <= "\u04ff") and (before.isalpha() or before == ")")
    if latin and (_LATIN_WORDS.match(text, end) or _LATIN_NAME_REST.match(text, end)):
        return " "
    return ""


_LATIN_WORDS = grammar.compile_pattern(rf"(?!{grammar.IDENTIFIER_REST}){grammar.LATIN_ALIAS_REST}")
# COLUMN_BREAK_RE's lookbehind: what the line before a break ends with.
_BREAK_AFTER = grammar.compile_pattern(grammar.COLUMN_BREAK_AFTER)
_LINE_END_SPACE = " \t\u3000\xa0"  # grammar.SP


def _breaks_in(source: str, start: int, last: int, endpos: int) -> list[regex.Match[str]]:
    """The matches of COLUMN_BREAK_RE in ``source[start:endpos]`` that start by ``last``, as its finditer
    finds them, tried only where one can start: a break holds a line end, and starts at the spaces (and
    CR) before it, after a character or digit (a search tries the rule at every character)."""
    found: list[regex.Match[str]] = []
    pos = start  # where a search would go on from
    line_end = source.find("\n", start, endpos)
    while line_end >= 0:
        at = line_end - 1 if line_end > 0 and source[line_end - 1] == "\r" else line_end
        while at > 0 and source[at - 1] in _LINE_END_SPACE:
            at -= 1
        if at > last:
            break
        if at >= pos and at > 0 and _BREAK_AFTER.match(source, at - 1):
            match = grammar.match(grammar.COLUMN_BREAK_RE, source, at, endpos)
            if match is not None:
                found.append(match)
                pos = match.end()
        line_end = source.find("\n", max(line_end + 1, pos), endpos)
    return found


# A line break written as the characters \n between two words of Chinese text (or beside a date's digits): a
# database's dump (PostgreSQL's COPY, a TSV with no quoting) writes its cells' line breaks so; no notice prints it.
_ESCAPED_LINE_END = re.compile(
    r"(?<=[^\x00-\x7f])(?:\\r)?\\n(?=[^\x00-\x7f0-9]|[0-9])|(?<=[0-9])(?:\\r)?\\n(?=[^\x00-\x7f])"
)


def _edits(source: str, extra: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every piece of noise in ``source``, in order; ``extra``
    (escapes inside string values, see ``containers``) are kept over the rest. (Column breaks and OCR's spaces are
    looked for with the digits OCR misread read as meant: 苏 / O5O6民初 is a number cut by the column.)"""
    misread = _misread(source)
    # (Characters read as the ones they stand for, one for one: a PDF's Kangxi radicals, a page's typeset spaces.)
    read_as = _radicals(source) + _typeset_spaces(source)
    read = _with(source, [edit for edit in misread if edit[2]] + read_as)
    pages = _web_page_breaks(source)
    windows = _notice_windows(read)
    # (A page's text kept in a string value, its line breaks written as \n — a layout tool's "content", a crawler's
    # pdftotext in JSON — has its column's cuts too: looked for there as in a page, each such line end one.)
    # (The key before a value's first line, "content": ", stands where the page's line starts: read as its margin.)
    lined = read
    if "\\n" in read:
        lined = _ESCAPED_BREAK.sub(lambda m: " " * (len(m.group()) - 1) + "\n", read)
        lined = _VALUE_KEY.sub(lambda m: " " * len(m.group()), lined)
    # (So is a page kept in pieces, its lines in strings apart — an OCR's lines as JSON objects, a PDF's as PyMuPDF's
    # spans —: the data between two lines, which reads as a line break, seen as one. Not a document's runs, XML or
    # S-expressions: its markup between words and blocks holds line ends of its own.)
    breaking = [
        (start, end, said)
        for start, end, said in extra
        if said == "\n" and end - start > 1 and not _MARKUP_MARKS.intersection(read[start:end])
    ]
    if breaking:
        lined = _with(lined, [(start, end, " " * (end - start - len(said)) + said) for start, end, said in breaking])
        windows = _stretched(windows, sorted(breaking))
    if "\n\n" in read:
        # (A PDF's lines written a paragraph each, a blank line between (Tika's XHTML, a converter's <p> per line):
        # each blank line inside such a column read as a line's end, its cuts looked for.)
        lined = _with(lined, [(at, at + 1, " ") for at in _double_spaced_columns(lined, windows)])
    breaks = _column_breaks(lined, windows)
    if pages:
        breaks = [cut for cut in breaks if not any(start < cut[1] and cut[0] < end for start, end, _ in pages)]
    breaks_at = [start for start, _ in breaks]
    if breaks:
        extra = [edit for edit in extra if not _within(breaks, breaks_at, edit[0], edit[1])]  # (the break's now)
    edits = [(start, end, _joined_with(read, start, end)) for start, end in breaks] + pages
    if "\\n" in source:
        escaped = {start for start, _, _ in extra}  # (a code string's escapes are read already)
        edits += [
            (m.start(), m.end(), "\n")
            for m in _ESCAPED_LINE_END.finditer(source)
            if m.start() not in escaped and not _within(breaks, breaks_at, m.start(), m.end())
        ]
    ocr = _ocr_spaces(read) or _spaces_near(read, misread)
    edits += ocr + read_as
    # (A spaced name on an OCR page: its single spaces are OCR's already.)
    spaced = (
        _spaced_issuers(source, breaks)
        + _letter_spaced(source, _SPACED_HEADING, "heading")
        + _letter_spaced(source, _SPACED_ADDRESSEE, "name")
        + _spaced_names(source)
    )
    edits += sorted(set(spaced) - set(ocr))
    # "> " quote marks, **emphasis** and list items' marks of a notice pasted into an e-mail, Markdown, an outline,
    # a wiki or a chat; one inside a column break goes with the break.
    rules: tuple[regex.Pattern[str], ...] = ()
    if ">" in source or "**" in source or "'''" in source:
        wiki = (grammar.WIKI_EMPHASIS_RE,) if "'''" in source else ()  # (apart: a search for it costs more)
        rules += (grammar.QUOTE_PREFIX_RE, grammar.EMPHASIS_RE, *wiki)
    if "- " in source or "* " in source or "+ " in source or "-\t" in source:
        rules += (grammar.LIST_MARK_RE,)
    if "*" in source:
        rules += (grammar.CHAT_EMPHASIS_RE,)  # (*某某*：, a chat's bold)
    if rules:
        starts = [start for start, _ in breaks]
        for rule in rules:
            for match in grammar.finditer(rule, source):
                at = bisect_right(starts, match.start()) - 1
                if match.end() > match.start() and not (at >= 0 and match.start() < breaks[at][1]):
                    edits.append((match.start(), match.end(), ""))
    # (Markup inside a string value is read with its escapes, ``extra``; inside a column break it goes with the break.)
    taken = sorted([(start, end) for start, end in breaks] + [(start, end) for start, end, _ in extra])
    taken_starts = [start for start, _ in taken]

    def free(start: int, end: int) -> bool:
        """Does ``source[start:end]`` overlap no edit already taken?"""
        return not _overlaps(taken, taken_starts, start, end)

    if "<" in source:
        # HTML a Markdown page or a text keeps inline (<p align="right">某某法院<br>2026年3月31日</p>).
        for match in _INLINE_TAG.finditer(source):
            if free(*match.span()):
                edits.append((match.start(), match.end(), "\n" if match.group("tag").lower() in _LINE_TAGS else ""))
    if "![" in source:
        # A Markdown image's alt text is what it shows: a post's seal and signature as a picture (![某某人民法院（院印）
        # 二〇三三年十二月十三日](https://…)); the marks and the address around it are not.
        for image in _MARKDOWN_IMAGE.finditer(source):
            if free(*image.span()):
                edits += [(image.start(), image.start("alt"), ""), (image.end("alt"), image.end(), "")]
    if "上接" in source:
        # A newspaper's mark that a notice goes on from another page, printed before its words (（上接第1版）莫某某：
        # 本院…): not the addressee's. (One on a line of its own is the page's furniture, read as such.)
        edits += [(m.start(), m.end(), "") for m in _CONTINUED_FROM.finditer(source)]
    if any(character in source for character in grammar.STRAY_CHARACTERS):
        starts = [start for start, _ in breaks]
        for match in grammar.finditer(grammar.STRAY_RE, source):
            at = bisect_right(starts, match.start()) - 1
            if at >= 0 and match.start() < breaks[at][1]:
                continue  # inside a column break, removed with it
            edits.append((*match.span(), "\n" if match.group(_STRAY["line_end"]) else ""))
    if any(source.find(" ", start, end) >= 0 for start, end in windows):
        # (Spaces nothing else read: a space OCR left, a spaced name, are read so already.)
        taken_spans = sorted((start, end) for start, end, _ in edits)
        taken_at = [start for start, _ in taken_spans]
        edits += [
            edit for edit in _column_joins(source, windows) if not _overlaps(taken_spans, taken_at, edit[0], edit[1])
        ]
    if extra:
        # (A value's escapes and joins are read already: what else was found inside them goes with them — the
        # markup between a document's pieces is no page's text; so does what was found inside a column break
        # across such markup, the markup with it.)
        held = sorted((start, end) for start, end, _ in extra)
        held_starts = [start for start, _ in held]
        kept = {cut for cut in breaks if not _overlaps(held, held_starts, *cut)}
        held = sorted([*held, *kept])
        held_starts = [start for start, _ in held]
        edits = [
            edit for edit in edits if edit[:2] in kept or not _overlaps(held, held_starts, edit[0], edit[1])
        ] + extra
    # A bilingual notice's lines in the region's other script (Tibetan, Uyghur, Mongolian, Korean, Yi), each under or
    # over its Chinese: a translation, not the notice's words; they stood between its addressee and body. (Looked for
    # near notices only, as column breaks are: a scan of a whole page for the scripts costs more than reading it. What
    # else was found inside them goes with them.)
    translated = [
        (m.start(), m.end(), "")
        for start, end in windows
        if _OTHER_SCRIPT.search(source, start, end) is not None
        for m in _TRANSLATED_LINE.finditer(source, start, end)
    ]
    if translated:
        lines = [(start, end) for start, end, _ in translated]
        starts = [start for start, _ in lines]
        edits = [edit for edit in edits if not _overlaps(lines, starts, edit[0], edit[1])] + translated
    edits.sort()
    return edits


def _column_joins(source: str, windows: list[Span]) -> list[tuple[int, int, str]]:
    """The spaces a layout tool joined a column's lines with, reading a paragraph as one line (Docling's text: …破产
    清算一 案，并于同日指定…担任晋城市泽 州县瑞通…; an OCR's text of a page run together): near notices, in a line of
    single spaces, the pieces that stand a column's width apart, evenly, three or more in a row; the space after each,
    removed (the last before the paragraph's short last line), not one between two Latin words."""
    edits = []
    for start, end in windows:
        for line in _SPACED_LINE.finditer(source, start, end):
            pieces = line.group().split(" ")
            at = line.start()
            ends = []  # where each piece ends, the space after it
            for piece in pieces:
                at += len(piece)
                ends.append(at)
                at += 1
            for first, last in _column_runs(pieces):
                for index in range(first, min(last + 1, len(pieces) - 1)):
                    if not (_LATIN_WORD_END.search(pieces[index]) and _LATIN_WORD_START.match(pieces[index + 1])):
                        edits.append((ends[index], ends[index] + 1, ""))
    return edits


def _double_spaced_columns(source: str, windows: list[Span]) -> list[int]:
    """Near notices, where a column's lines stand a blank line apart (a run of them, as ``_column_runs`` finds it,
    among lines one blank line apart): the first line break of each of those blank lines, the one after the
    column's last line too (its paragraph's short last line)."""
    found = []
    for start, end in windows:
        group: list[regex.Match[str]] = []  # (lines a blank line apart)
        for line in [*_SPACED_OUT_LINE.finditer(source, start, end), None]:
            if line is not None and (not group or source.count("\n", group[-1].end(), line.start()) == 2):
                group.append(line)
                continue
            for first, last in _column_runs([each.group() for each in group]):
                found += [source.index("\n", each.end()) for each in group[first : last + 1]]
            group = [line] if line is not None else []
    return found


# (A line followed by a blank line: its text, without the line's spaces around it.)
_SPACED_OUT_LINE = regex.compile(r"(?<=\n\n|\A)[^\S\n]*\K[^\n]*\S(?=[^\S\n]*\n\n)")


def _column_runs(pieces: list[str]) -> list[Span]:
    """(first, last) of each run of three pieces or more that are a column's lines: each holds Chinese, eight
    characters wide at the least, as wide as the others (by display width, or as many characters: a tool that cut by
    count). (Two alike may be a listing's cells, a single space apart.)"""
    runs = []
    first: int | None = None
    for index, piece in enumerate(pieces):
        fits = display_width(piece) >= _MIN_COLUMN and _HAN.search(piece) is not None
        if fits and first is not None and _even_lines(pieces[first : index + 1]):
            continue
        if first is not None and index - first >= _LEAST_LINES:
            runs.append((first, index - 1))
        first = index if fits else None
    if first is not None and len(pieces) - first >= _LEAST_LINES:
        runs.append((first, len(pieces) - 1))
    return runs


def _even_lines(pieces: list[str]) -> bool:
    widths = [display_width(piece) for piece in pieces]
    return max(widths) - min(widths) <= _COLUMN_SLACK or len({len(piece) for piece in pieces}) == 1


# (A line of words, three single spaces or more between them: none at its ends, no two together.)
_SPACED_LINE = regex.compile(r"^[^\S\n]*\K\S+(?: \S+){3,}(?=[^\S\n]*$)", regex.MULTILINE)
_MIN_COLUMN = 16  # a column's line is eight characters wide at the least
_LEAST_LINES = 3
_COLUMN_SLACK = 2  # (and its lines by a character at the most, a wide one that did not fit; a listing's cells more)
_LATIN_WORD_END = re.compile(r"[A-Za-z]\Z")
_LATIN_WORD_START = re.compile(r"[A-Za-z]")


def _within(spans: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Does one of ``spans`` (sorted, apart; ``starts`` their starts) hold ``start``–``end``?"""
    at = bisect_right(starts, start) - 1
    return at >= 0 and end <= spans[at][1]


_ESCAPED_BREAK = re.compile(r"(?:\\r)?\\n")
_MARKUP_MARKS = frozenset("<(")  # (what XML's and S-expressions' markup holds, and no JSON between two strings)
_VALUE_KEY = re.compile(r"""["'][^"'\n]{1,40}["'][ \t]*:[ \t]*["']""")


def _overlaps(spans: list[Span], starts: list[int], start: int, end: int) -> bool:
    """Does ``start``–``end`` overlap one of ``spans`` (sorted, apart; ``starts`` their starts)?"""
    at = bisect_right(starts, start) - 1
    return (at >= 0 and start < spans[at][1]) or (at + 1 < len(spans) and spans[at + 1][0] < end)


_SCRIPTS = r"\p{Tibetan}\p{Arabic}\p{Mongolian}\p{Hangul}\p{Yi}"
_OTHER_SCRIPT = regex.compile(rf"[{_SCRIPTS}]{{2}}")
# (A line of it with no Chinese, its spaces, digits and marks too, and its line break.)
_TRANSLATED_LINE = regex.compile(rf"^(?=[^\n\p{{Han}}]*[{_SCRIPTS}]{{2}})[^\n\p{{Han}}]*(?:\n|\Z)", regex.MULTILINE)
_MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]{1,80})\]\([^)\s]{1,300}\)")
# (From the bracket on, the line's indent kept: a column break before it may end there.)
_CONTINUED_FROM = grammar.compile_pattern(
    r"(?<=^[ \t\u3000]*)[（(]上接[^（）()\n]{0,8}[)）][ \t\u3000]*(?=[^\s])", regex.MULTILINE
)
_INLINE_TAG = grammar.compile_pattern(
    r"</?(?P<tag>p|br|div|span|font|strong|b|em|i|u|center|h[1-6])\b[^<>\n]{0,200}>", regex.IGNORECASE
)
_LINE_TAGS = frozenset(("p", "br", "div", "center", "h1", "h2", "h3", "h4", "h5", "h6"))


def clean(source: str, extra: list[tuple[int, int, str]] | None = None) -> CleanText:
    """``source`` without its noise; unchanged (and cheap) when there is none."""
    edits = _edits(source, extra or [])
    if not edits:
        return CleanText(source)
    pieces: list[str] = []
    starts, shifts = [0], [0]
    mapped = []
    kept_until = removed = 0
    for start, end, replacement in edits:
        pieces.append(source[kept_until:start])
        pieces.append(replacement)
        kept_until = end
        clean_start = start - removed
        removed += (end - start) - len(replacement)
        mapped.append((start, end, clean_start, clean_start + len(replacement)))
        # Everything after this point in the cleaned text sits `removed` characters earlier.
        starts.append(clean_start + len(replacement))
        shifts.append(removed)
    pieces.append(source[kept_until:])
    return CleanText("".join(pieces), starts, shifts, mapped)
