"""From a notice block to a record.

Each field is read by the grammar's rules, run only inside the block (or its
body), on the folded text (``fold``); values are taken from the printed text
at the same offsets, so they stay as printed. Specific forms are tried before
general ones; a field that cannot be read stays null, and where that matters a
finding says why.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

import regex

from notices import corrections, grammar, identity, lexicon
from notices.casenumbers import cut_case_numbers, cut_number_finding, find_case_numbers
from notices.catalogue import finding
from notices.models import Finding, Kind, Notice, PartyRole, Source, Span
from notices.parties import Sides, read_sides, side_of
from notices.segment import Block, page_title_over, speaker
from notices.sittings import SIDES, CaseSides, per_case
from notices.timeparse import DateReading, Sitting, TimeReading, WhenReading, read_date, read_when, to_int
from notices.validate import simplified
from notices.workdays import period_end

# Group numbers of the rules read here (see grammar.group_numbers).
_SUBJECT = grammar.group_numbers(grammar.INSPECTION_SUBJECT_RE)
_SERVED_NAME = grammar.group_numbers(grammar.SERVED_PARTIES_RE)["name"]
_CORRECTED_NAME = grammar.group_numbers(grammar.CORRECTED_PARTIES_RE)["name"]
_TITLE = grammar.group_numbers(grammar.DOCUMENT_TITLE_RE)
_SERVED = grammar.group_numbers(grammar.SERVED_DOCUMENTS_RE)
_DECISION = grammar.group_numbers(grammar.DECISION_DOCUMENT_RE)
_DECIDED = grammar.group_numbers(grammar.DECISION_SERVED_RE)["document"]
_HEARING = grammar.group_numbers(grammar.HEARING_RE)
_EARLIER_ROOM = grammar.group_numbers(grammar.EARLIER_ROOM_RE)
_MOVED_PLACE = grammar.group_numbers(grammar.MOVED_PLACE_RE)
_PRELIMINARY = grammar.group_numbers(grammar.PRELIMINARY_SITTING_RE)
_EARLIER_WHEN = grammar.group_numbers(grammar.EARLIER_HEARING_RE)["when"]
_PLACE = {
    rule: grammar.group_numbers(rule)
    for rule in (
        grammar.VENUE_ADDRESS_RE,
        grammar.COLLECT_PLACE_RE,
        grammar.PICKUP_PLACE_RE,
        grammar.INQUIRY_PLACE_RE,
        grammar.ONLINE_PLACE_RE,
        grammar.ALL_HEARD_AT_RE,
    )
}
_PICKUP_ADDRESS = grammar.group_numbers(grammar.PICKUP_PLACE_RE)["address"]
_PICKUP_ROOM = grammar.group_numbers(grammar.PICKUP_PLACE_RE)["room"]
_PICKUP_COLLECT = grammar.group_numbers(grammar.PICKUP_PLACE_RE)["collect"]
_INQUIRY_TIME = grammar.group_numbers(grammar.INQUIRY_TIME_RE)
_PERIOD = grammar.group_numbers(grammar.SERVICE_PERIOD_RE)
_DEADLINE = grammar.group_numbers(grammar.AFTER_SERVICE_DEADLINE_RE)
_SET = grammar.group_numbers(grammar.SET_DEADLINE_RE)
_ANSWER = grammar.group_numbers(grammar.ANSWER_PERIOD_RE)
_PHONES = grammar.group_numbers(grammar.PHONES_RE)
_CONTACTS = grammar.group_numbers(grammar.CONTACTS_RE)
_SPACES = " \t\u3000\xa0\n"
# The words a later hearing sentence is set by (…定于同日下午2时30分…): looked for before the sentences are.
_SETS_AGAIN = re.compile("定于|将于|同日|当日|当天")
_SERVES_YOU = re.compile("向你们[^。；;\n]{0,12}?送达")
# (案    号：, spaced to a form's width; 文号：, the number of the document served: a case number where it reads as one)
_CASE_LABEL_WORDS = rf"(?:案 {grammar.SP}* 号|案件编号|文 {grammar.SP}* 号)"
_CASE_LABEL = grammar.compile_pattern(rf"{_CASE_LABEL_WORDS} {grammar.SP}? [:：] {grammar.SP}?", regex.VERBOSE)
# The label on a line of its own, blank lines after it at the most (a form's 文号 over the addressee), or the line
# in brackets (（案号：（2019）鲁1326民初2970号）).
_CASE_LABEL_LINE = grammar.compile_pattern(
    rf"\s* [（(]? (?P<label> {_CASE_LABEL_WORDS} {grammar.SP}? [:：] ) [^\n]{{1,40}} \s* \Z", regex.VERBOSE
)
_CASE_LABEL_GROUP = grammar.group_numbers(_CASE_LABEL_LINE)["label"]
_LABELLED_NUMBER = grammar.compile_pattern(
    rf"""(?<= (?: {_CASE_LABEL_WORDS} | 编号为 ) {grammar.SP}? [:：]? {grammar.SP}? )
         (?P<number> {grammar.INSTITUTION_NUMBER} )
         (?= {grammar.SP}? (?: [）)，,。；;的\n] | $ ) )""",
    regex.VERBOSE,
)
_POINTING_BACK = ("上述", "前述", "上列", "以上")  # a time printed before: 定于上述时间
# Hearing sentences by how surely they give the hearing: a correction's new time first, then
# 定于/将于, then 本院于, then a 开庭时间 label.
_TRUNCATION = ("...", "…")


@dataclass(frozen=True)
class Page:
    """A container's text as printed, and as the grammar reads it (same length), and where it starts."""

    printed: str
    folded: str
    base: int = 0  # the container's offset in the whole (cleaned) text: added to every span

    def at(self, span: Span) -> Span:
        """``span`` in this page, as a span of the whole text."""
        return span[0] + self.base, span[1] + self.base

    def placed(self, found: Finding) -> Finding:
        """A finding read in this page, its span moved to the whole text."""
        return found if found.span is None else found.model_copy(update={"span": self.at(found.span)})


class _Fields:
    """Values and their spans, collected field by field."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.values: dict[str, Any] = {}
        self.spans: dict[str, list[Span]] = {}
        self.findings: list[Finding] = []
        self.later: list[Sitting] = []  # the hearings the hearing sentence lists after the first
        self.causes: list[Span] = []  # each case's cause, where the notice names several cases

    def set(self, name: str, value: Any, span: Span) -> None:
        self.values[name] = value
        self.spans[name] = [self.page.at(span)]

    def add(self, name: str, value: str, span: Span) -> None:
        """Append to a list field, once per value."""
        values = self.values.setdefault(name, [])
        if value not in values:
            values.append(value)
            self.spans.setdefault(name, []).append(self.page.at(span))

    def printed(self, span: Span) -> str:
        return self.page.printed[span[0] : span[1]]

    def add_printed(self, name: str, span: Span) -> None:
        self.add(name, self.printed(span), span)

    def set_printed(self, name: str, span: Span) -> None:
        self.set(name, self.printed(span), span)

    def note(self, found: Finding) -> None:
        """A finding read in this page: its span moved to the whole text."""
        self.findings.append(self.page.placed(found))


def _search(rule: regex.Pattern[str], text: str, span: Span) -> regex.Match[str] | None:
    return grammar.search(rule, text, span[0], span[1])


def _finditer(rule: regex.Pattern[str], text: str, span: Span) -> list[regex.Match[str]]:
    return list(grammar.finditer(rule, text, span[0], span[1]))


def _addressed(text: str, block: Block) -> tuple[Span, ...]:
    """The addressees: the names the notice is addressed to, or, where it prints none, those its body
    serves by name (现依法向被告某某有限公司公告送达…), or the words that point to them in a table
    (向下列纳税人公告送达: see listed.fill_listed), or those of the notice a correction corrects (…刊登的某某法院致
    李某的公告中…)."""
    if block.parties:
        if block.role_word and text[block.role_word[0] : block.role_word[1]] == "当事人":
            body = text[block.body[0] : block.body[1]]
            if all(f"申请人{text[start:end]}" in body for start, end in block.parties):
                return ()  # (a card's 当事人 that the body names as a special procedure's applicant: 公示催告)
        served = _search(grammar.SERVED_PARTIES_RE, text, block.body) if block.role_word else None
        if served is not None:
            # (原告：甲 / 被告：乙 / 被告：丙 / …现向被告乙公告送达…: the case's parties labelled a line each, the one
            # served by name the addressee)
            labelled = {text[start:end] for start, end in block.parties}
            named = [span for span in served.spans(_SERVED_NAME) if text[span[0] : span[1]] in labelled]
            if named and len(named) < len(labelled):
                return tuple(named)
        return block.parties
    served = _search(grammar.SERVED_PARTIES_RE, text, block.body)
    if served:
        return tuple(served.spans(_SERVED_NAME))
    pointer = _search(grammar.SERVED_POINTER_RE, text, block.body)
    if pointer:
        return (pointer.span("pointer"),)
    corrected = _search(grammar.CORRECTED_PARTIES_RE, text, block.body)
    return tuple(corrected.spans(_CORRECTED_NAME)) if corrected else ()


def _page_title(text: str, block: Block, named: bool) -> Span | None:
    """The page's title that may name the notice's case: over a heading that is none ((2037)晋0226民初628号 变更开庭时间
    公告 / 发布时间：… / 某某人民法院 / 公　告), or, where the notice names no case (not ``named``), over its addressee,
    its heading none or a site's menu far above (陈晓峰公告（2020）冀1082民初5218号 / 发布时间：… / 陈晓峰：)."""
    if block.heading is not None:
        title = page_title_over(text, block.start, block.heading)
        if title is not None:
            return title
    if named:
        return None
    addressed = block.parties[0][0] if block.parties else block.body[0]
    return page_title_over(text, text.rfind("\n", 0, addressed) + 1, block.heading)


def _read_sides(fields: _Fields, block: Block, parties: tuple[Span, ...]) -> None:
    """Applicants, respondents, other parties, the addressees' role, the cause, the counterparty."""
    text = fields.page.folded
    addressees = [(fields.printed(span), span) for span in parties]
    sides = read_sides(text, *block.body, listing=block.listing)
    role: PartyRole | None = None
    # Each side's names as the body lists them, spans in the page: an addressee counted with others (龙再富等3人：)
    # stands for the names its side lists beside it.
    beside: dict[str, list[tuple[str, Span]]] = {}
    if sides is not None:
        names = {name for name, _ in addressees}
        # (An addressee joined on neither side, 通知你作为第三人: a party's name a character apart is a relative's.)
        as_other = _search(grammar.ADDRESSEE_AS_OTHER_PARTY_RE, text, block.body) is not None
        misprinted = (
            {}
            if as_other
            else {
                **_aliased_addressees(text, addressees, sides),
                **_run_on_addressees(addressees, sides),
                **_cut_short_addressees(text, addressees, sides),
                **_misprinted_addressees(fields, addressees, sides),
            }
        )
        for addressee, addressee_span in addressees if as_other else []:
            fields.add("other_parties", addressee, addressee_span)
        for side, members in sides.by_side.items():
            if side == "none":
                continue  # 法定代表人, 委托代理人: people acting for a party, not parties
            listed = beside.setdefault(side, [])
            name_field = {"applicant": "applicants", "respondent": "respondents"}.get(side, "other_parties")
            for name, span in members:
                if span in misprinted:
                    name, span = misprinted[span]  # (the addressee, named a character apart in the body)
                    fields.add(name_field, name, span)
                    listed.append((name, span))
                    if side in ("applicant", "respondent"):
                        role = "applicant" if side == "applicant" else "respondent"
                    continue
                if grammar.PRONOUN_RE.match(name):
                    # "你单位" stands for every addressee, in the place it is printed (根据你单位的申请: the applicant).
                    for addressee, addressee_span in addressees:
                        fields.add(name_field, addressee, addressee_span)
                    if addressees and side in ("applicant", "respondent"):
                        role = "applicant" if side == "applicant" else "respondent"
                    continue
                fields.add_printed(name_field, span)
                listed.append((fields.printed(span), span))
                if fields.printed(span) in names and side in ("applicant", "respondent"):
                    role = "applicant" if side == "applicant" else "respondent"
        if sides.pronoun_side in ("applicant", "respondent") and addressees:
            role = "applicant" if sides.pronoun_side == "applicant" else "respondent"
        if sides.cause is not None:
            # (Not from inside a name the body read short: 被告阿的木呷买卖合同纠纷, the cause after the whole name.)
            cause_start = max(
                [
                    sides.cause[1][0],
                    *(end for _, (start, end) in misprinted.values() if start < sides.cause[1][0] < end),
                ]
            )
            cause = (cause_start, sides.cause[1][1])
            fields.set_printed("cause", cause)
            fields.causes = [cause, *(span for _, span in sides.later_causes)]
    if role is None and addressees:
        subject = _search(grammar.INSPECTION_SUBJECT_RE, text, block.body)
        if subject:
            role = "subject"
            if "cause" not in fields.values:
                fields.set_printed("cause", subject.span(_SUBJECT["cause"]))
    if role is None and block.role_word and addressees:
        word = text[block.role_word[0] : block.role_word[1]]
        label_side = side_of(word)
        role = "applicant" if label_side == "applicant" else "respondent" if label_side == "respondent" else None
        # (第三人某某：, addressed on neither side: a party of neither, with no side opposing it.)
        listed_as = f"{role}s" if role is not None else "other_parties" if label_side == "other" else None
        if listed_as is not None:
            for addressee, addressee_span in addressees:
                fields.add(listed_as, addressee, addressee_span)
    if (
        role is None
        and addressees
        and not any(name.startswith(lexicon.POINTING_WORDS) for name, _ in addressees)  # (下列被执行人: a table's)
        and fields.values.get("applicants")
        and not fields.values.get("respondents")
    ):
        # 申请人某某以你公司…为由，向本院申请对你公司进行破产清算: the addressees, named on no side, answer the only
        # side the case names.
        role = "respondent"
        for addressee, addressee_span in addressees:
            fields.add("respondents", addressee, addressee_span)
    if role in ("applicant", "respondent") and len(addressees) == 1 and _COUNTED.match(text, addressees[0][1][1]):
        named = beside.get(role, [])
        if addressees[0][0] in (name for name, _ in named):
            for name, span in named:
                fields.add("party", name, span)  # (龙再富等3人： / …诉被告龙再富、龙再贵、龙秀英…)
            addressees = named
    fields.values["party_role"] = role
    opposing = {"applicant": "respondents", "respondent": "applicants"}.get(role or "")
    if opposing:
        for name, span in zip(fields.values.get(opposing, []), fields.spans.get(opposing, []), strict=True):
            fields.values.setdefault("counterparty", [])
            if name not in fields.values["counterparty"] and name not in {n for n, _ in addressees}:
                fields.values["counterparty"].append(name)
                fields.spans.setdefault("counterparty", []).append(span)


_COUNTED = grammar.compile_pattern(rf"[\x20\u3000]? 等 {grammar.COUNT} (?:人|名)", regex.VERBOSE)


def _postscript(text: str, own: Span, end: int) -> Span | None:
    """The note the body ``own`` points to (开庭时间及地点详见文末附注, （开庭地点见注）), printed under its signature,
    labelled (附注：本案定于…开庭审理, 注：开庭地点为…, 附言：…): its words, on the first line after ``end`` that starts
    with a note's label, near; else None. (Only where the body points to it: a note under a page of notices is the
    one's that points to it, not the last's.)"""
    if _search(_POINTS_TO_NOTE, text, own) is None:
        return None
    label = _POSTSCRIPT_LABEL.search(text, end, min(len(text), end + _POSTSCRIPT_REACH))
    if label is None:
        return None
    line_end = text.find("\n", label.end())
    return label.end(), len(text) if line_end < 0 else line_end


_POINTS_TO_NOTE = grammar.compile_pattern(r"见[^。；;，,\n]{0,8}?(?:附注|附言|备注|注|之附)")
_POSTSCRIPT_REACH = 2000  # characters under a notice where the note it points to may stand (a page of notices, signed)
_POSTSCRIPT_LABEL = grammar.compile_pattern(
    r"(?<=\n)[\x20\t\u3000]*(?:附注|附言|备注|注|附)[\x20\u3000]*[:：][\x20\u3000]*"
)


def _number_after_end(text: str, end: int, printed: str) -> list[tuple[str, Span]]:
    """The case number printed after a notice's last words on their line (…人民法院 2027年10月20日
    （2027）鄂0111民催29号), or on the line under them where the text ends with it (…2030年9月11日 /
    （2030）川0703民催58号, a record's value): the notice's, as a record's text ends with it."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    label = grammar.match(_AFTER_END_LABEL, text, end, line_end)
    if label is not None and label.end() == line_end < len(text):
        under = text.find("\n", line_end + 1)
        under = len(text) if under < 0 else under
        if _TEXT_ENDS.match(text, under):  # (the line under is the text's last: nothing after it)
            label = grammar.match(_AFTER_END_LABEL, text, line_end + 1, under)
            line_end = under
    if label is None or label.end() == line_end:
        return []
    postscript = grammar.match(_POSTSCRIPT_NUMBER, text, end, line_end)
    start, close = (postscript.end(), postscript["close"] or "") if postscript else (label.end(), "")
    numbers = list(find_case_numbers(text, start, line_end, printed=printed))
    if len(numbers) != 1 or text[numbers[0][1][1] : line_end].strip(f"{_POSTSCRIPT_END}{close}"):
        return []
    return numbers if numbers[0][1][0] == start else []


_TEXT_ENDS = re.compile(r"\s*\Z")
# Or inside a bracketed postscript on that line, labelled, the bracket's last words (…2031年9月10日 （票据信息：票号…，
# 金额…；案号（2031）湘0603民催6号）): a record's particulars appended to its text.
_POSTSCRIPT_NUMBER = grammar.compile_pattern(
    rf"{grammar.SP}* (?: [（(] [^（()）\n]*? (?<=[（(：:；;，,。\s]) {_CASE_LABEL_WORDS} {grammar.SP}? [:：]?"
    rf"{grammar.SP}? (?= .*? (?P<close>[）)]) {grammar.SP}* $)"
    # (or its particulars after it, each under a label in 【】: …二〇三二年九月十四日 【票据信息】…【案号】（2032）…号)
    rf"| 【 [^】\n]{{1,10}} 】 [^\n]*? 【 {grammar.SP}? {_CASE_LABEL_WORDS} {grammar.SP}? 】"
    rf"{grammar.SP}? [:：]? {grammar.SP}? )",
    regex.VERBOSE | regex.MULTILINE,
)
_POSTSCRIPT_END = " \t\u3000。；;"
_AFTER_END_LABEL = grammar.compile_pattern(
    rf"{grammar.SP}* (?: {_CASE_LABEL_WORDS} {grammar.SP}? [:：] {grammar.SP}? )?", regex.VERBOSE
)


def _aliased_addressees(text: str, addressees: list[tuple[str, Span]], sides: Sides) -> dict[Span, tuple[str, Span]]:
    """The body's names that an addressee's line prints in brackets after it, the same party's other name (CHEN
    SHIPPING CO., LTD.（辰海航运有限公司）： / …诉被告辰海航运有限公司…): each is the addressee, as
    ``_misprinted_addressees``."""
    found: dict[Span, tuple[str, Span]] = {}
    for addressee, addressee_span in addressees:
        alias = _ALIAS.match(text, addressee_span[1])
        if alias is None:
            continue
        for members in sides.by_side.values():
            for name, span in members:
                if name == alias.group("name") and name != addressee:
                    found[span] = (addressee, addressee_span)
    return found


_ALIAS = grammar.compile_pattern(r"[\x20\u3000]?[（(](?P<name>[^（）()\n]{2,40})[)）]")


def _run_on_addressees(addressees: list[tuple[str, Span]], sides: Sides) -> dict[Span, tuple[str, Span]]:
    """The body's names that are an addressee's (a person's) run on into the words before the cause, what was traded
    (徐海东： / …与被申请人某某公司、徐海东船用燃油买卖合同纠纷一案), or that name the addressee's own shop (龙春生： /
    …被申请人龙春生民宿…; 程卫东： / …程卫东酒店客房包销合同纠纷): each is the addressee, its span the name's own
    characters. Not a company's name that starts with a person's (徐海东船务有限公司), nor another person's (丁某 and
    丁某军: a person's name is four characters at the most, and what runs on is a word)."""
    found: dict[Span, tuple[str, Span]] = {}
    named = {name for members in sides.by_side.values() for name, _ in members}
    for addressee, _ in addressees:
        if addressee in named or not _PERSONS_NAME.fullmatch(addressee):
            continue
        for members in sides.by_side.values():
            for name, span in members:
                if (
                    name.startswith(addressee)
                    and len(name) - len(addressee) >= _RUN_ON
                    and len(name) > _LONGEST_PERSONS_NAME
                    and (not name.endswith(_ORG_ENDS) or name[len(addressee) :] in lexicon.SHOP_WORDS)
                ):
                    found[span] = (addressee, (span[0], span[0] + len(addressee)))
    return found


def _cut_short_addressees(text: str, addressees: list[tuple[str, Span]], sides: Sides) -> dict[Span, tuple[str, Span]]:
    """The body's names read short of an addressee's that the text prints whole after them: a Yi name holding a
    character of sentences (俄的尔日： / …与被执行人俄的尔日买卖合同纠纷: the body's name stops at 的)."""
    return {
        span: (addressee, (span[0], span[0] + len(addressee)))
        for members in sides.by_side.values()
        for name, span in members
        for addressee, _ in addressees
        if len(name) < len(addressee) and addressee.startswith(name) and text.startswith(addressee, span[0])
    }


_ORG_ENDS = tuple(lexicon.ORG_SUFFIXES)
_LONGEST_PERSONS_NAME = 4
# (A person's name, as an addressee's line prints it.)
_PERSONS_NAME = grammar.compile_pattern(rf"\p{{Han}}{{2,{_LONGEST_PERSONS_NAME}}}")
_RUN_ON = 2  # characters of a word run on after a name, at the least (玉米, 果品, 船用燃油)


def _misprinted_addressees(
    fields: _Fields, addressees: list[tuple[str, Span]], sides: Sides
) -> dict[Span, tuple[str, Span]]:
    """The body's names that stand for an addressee it never names as addressed, printed a character apart
    (李春燕： / …诉被告李春艳…): each is the addressee (by the span of the body's name: the addressee's name and
    span), said. Only a name of three characters or more, and only where it is the one such name."""
    named = {name for members in sides.by_side.values() for name, _ in members}
    found: dict[Span, tuple[str, Span]] = {}
    if any(grammar.PRONOUN_RE.match(name) for name in named):
        return found  # (the body names the addressees as 你: a name a character apart is someone else's)
    for addressee, addressee_span in addressees:
        if addressee in named or len(addressee) < _LEAST_NAME_TO_MATCH or _MASKED.search(addressee):
            continue
        near = [
            (name, span)
            for members in sides.by_side.values()
            for name, span in members
            if (_one_apart(name, addressee) or _abridged(name, addressee))
            and simplified(name) != simplified(addressee)  # (陳志明 and 陈志明: one name, in two scripts)
        ]
        if len(near) == 1:
            name, span = near[0]
            found[span] = (addressee, addressee_span)
            if _one_apart(name, addressee):
                zh = f"正文中的“{name}”与受送达人“{addressee}”仅一字之差，按同一人读取，请核对"
                en = f"the body's {name} differs from the addressee {addressee} by one character: read as the addressee"
            else:
                zh = f"正文中的“{name}”与受送达人“{addressee}”略有出入（字有增减），按同一当事人读取，请核对"
                en = f"the body's {name} is the addressee {addressee}, characters added or left out: read as it"
            fields.note(finding("party_name_differs", span, zh, en))
    return found


def _note_heading_names(fields: _Fields, block: Block, parties: tuple[Span, ...]) -> None:
    """The title that names whom the notice serves (关于向周建平公告送达…的公告) a little apart from its addressee
    (周建萍：): the addressee is read, and party_name_differs quotes the title's name."""
    if block.heading is None or not block.parties:
        return
    text = fields.page.folded
    line = (text.rfind("\n", 0, block.heading[0]) + 1, block.heading[1])
    served = _search(grammar.SERVED_PARTIES_RE, text, line)
    addressees = [fields.printed(span) for span in parties]
    for span in served.spans(_SERVED_NAME) if served is not None else ():
        name = fields.printed(span)
        if name in addressees or _MASKED.search(name):
            continue
        near = [a for a in addressees if len(a) >= _LEAST_NAME_TO_MATCH and (_one_apart(name, a) or _abridged(name, a))]
        if len(near) == 1:
            zh = f"标题中的“{name}”与受送达人“{near[0]}”不一致，按受送达人读取，请核对"
            en = f"the title names {name}, the addressee is {near[0]}: read as the addressee"
            fields.note(finding("party_name_differs", span, zh, en))


_LEAST_NAME_TO_MATCH = 3  # (two-character names a character apart are as often two people)
_LEAST_ABRIDGED = 6  # (an organisation's name: a person's two or three characters abridged are another's)
_MOST_LEFT_OUT = 2


def _one_apart(name: str, other: str) -> bool:
    """Are ``name`` and ``other`` as long, and a character apart (李春燕, 李春艳)?"""
    return len(name) == len(other) and sum(a != b for a, b in zip(name, other, strict=True)) == 1


def _abridged(name: str, other: str) -> bool:
    """Is one of two organisations' names the other with a character or two left out, its start and its end the
    same (重庆嘉汇隆建材有限公司, 重庆嘉汇隆建筑材料有限公司)?"""
    short, long = sorted((name, other), key=len)
    return (
        len(short) >= _LEAST_ABRIDGED
        and 0 < len(long) - len(short) <= _MOST_LEFT_OUT
        and short[:2] == long[:2]
        and short[-2:] == long[-2:]
        and _shortened(short, long)
    )


_MASKED = grammar.compile_pattern(r"[某×xX*＊]")  # (郑某某 and 吴某某: names masked, not misprinted)


def _served_defendants(fields: _Fields) -> None:
    """An item of a list under a sentence that serves ``你们`` (下列当事人：本院受理的下列案件，因你们下落不明，…向你们
    公告送达起诉状副本…): those it serves in the item's case are its defendants, the addressees; the plaintiffs, the
    side opposing them."""
    respondents = fields.values.get("respondents", [])
    if not respondents:
        return
    fields.values["party"] = list(respondents)
    fields.spans["party"] = list(fields.spans.get("respondents", []))
    fields.values["party_role"] = "respondent"
    if fields.values.get("applicants"):
        fields.values["counterparty"] = list(fields.values["applicants"])
        fields.spans["counterparty"] = list(fields.spans.get("applicants", []))


def _read_documents(fields: _Fields, body: Span) -> None:
    text = fields.page.folded
    titled = _finditer(grammar.DOCUMENT_TITLE_RE, text, body)
    if titled:
        for match in titled:
            fields.add_printed("documents", match.span(_TITLE["document"]))
        return
    served = _search(grammar.SERVED_DOCUMENTS_RE, text, body)
    if served is not None and _told_as_served_before(text, body, served.start()):
        # (Those served now, not those told of as served before: 本院已于…向你公告送达起诉状副本…现…送达…民事裁定书.)
        found = _finditer(grammar.SERVED_DOCUMENTS_RE, text, (served.end(), body[1]))
        served = next((m for m in found if not _told_as_served_before(text, body, m.start())), served)
    if served:
        for span in served.spans(_SERVED["document"]):
            fields.add_printed("documents", span)
        return
    decision = _search(grammar.DECISION_DOCUMENT_RE, text, body)
    if decision:
        start, end = decision.span(_DECISION["document"])
        # 决定书 glued to words before it is the end of a title the rule does not know (税务处理决定书): not the name
        glued = start > 0 and _HAN.match(text, start - 1) is not None
        if decision.group(_DECISION["document"]) not in lexicon.DECISION_DOCUMENTS or not glued:
            fields.add_printed("documents", (start, end))


def _hearing_sentence(text: str, body: Span) -> tuple[regex.Match[str] | None, regex.Match[str] | None]:
    """The sentence that sets the hearing: a correction's new time before any other; and, for a correction, the
    sentence before it that set the hearing it moves (whose day 同日 names, whose place 地点不变 keeps), or says it
    had been set (原定于…在本院温州法庭开庭审理): a match whose groups are read by name, either rule's."""
    found = _finditer(grammar.HEARING_RE, text, body)
    if not found:
        return None, None
    corrected = [m for m in found if m.group(_HEARING["corrected"])]
    if not corrected:
        return found[0], None
    earlier = [m for m in found if not m.group(_HEARING["corrected"]) and m.end() <= corrected[-1].start()]
    if not earlier:
        earlier = _finditer(grammar.EARLIER_HEARING_RE, text, (body[0], corrected[-1].start()))
    return corrected[-1], earlier[-1] if earlier else None


def _read_when(
    fields: _Fields, when: Span, aside_end: int | None, published: dt.date | None,
    earlier: regex.Match[str] | None = None,
) -> WhenReading:  # fmt: skip
    """hearing_text, hearing_date and hearing_time from the printed ``when``, with its findings; ``earlier``: the
    sentence that set the hearing a correction moves. The reading, for what else it holds."""
    text = fields.page.folded
    start, end = _trimmed(text, when)
    same_day = read_when(text, *earlier.span("when"), published).date if earlier is not None else None
    reading: WhenReading = read_when(text, start, end, published, same_day)
    # （遇法定节假日顺延） belongs to the printed time.
    fields.set_printed("hearing_text", (start, aside_end or end))
    if reading.date is not None and reading.date.value is not None:
        fields.set("hearing_date", reading.date.value, reading.date.span)
    if reading.time is not None and reading.time.value is not None:
        fields.set("hearing_time", reading.time.value, reading.time.span)
    for found in reading.findings:
        fields.note(found)
    fields.later = reading.later
    return reading


def _trimmed(text: str, span: Span) -> Span:
    """``span`` without the spaces and line breaks at its ends (…本院定于 / 2033年9月20日…: a line break after 定于)."""
    start, end = span
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    while start < end and text[start] in _SPACES:
        start += 1
    return start, end


def _note_preliminary(fields: _Fields, sitting: regex.Match[str]) -> None:
    """A sitting set before the hearing (…组织双方当事人进行证据交换): said, so that a clerk diarises it too."""
    when = fields.printed(sitting.span(_PRELIMINARY["when"]))
    what = sitting.group(_PRELIMINARY["what"])
    zh, en = f"开庭前另定{what}：{when}，请一并安排", f"a {what} is set before the hearing, {when}: attend it too"
    fields.note(finding("preliminary_sitting", sitting.span(_PRELIMINARY["when"]), zh, en))


def _later_hearings(text: str, after: Span, published: dt.date | None, first: WhenReading) -> list[Sitting]:
    """The hearings set by sentences of their own after the first's (…本院定于同日下午2时30分在本院第五法庭开庭审理):
    each its date (同日: the one before), time, place and printed time. A sentence that sets a time set already
    (the notice's words printed twice) or points back to it (定于上述时间、地点开庭审理) sets no other hearing."""
    later: list[Sitting] = []
    day = first.date
    seen = {_when(first.date, first.time)}
    for match in _finditer(grammar.HEARING_RE, text, after):
        if match.group(_HEARING["corrected"]) or not match.group(_HEARING["when"]):
            continue
        start, end = _trimmed(text, match.span(_HEARING["when"]))
        if text.startswith(_POINTING_BACK, start):
            continue
        reading = read_when(text, start, end, published, day)
        day = reading.date or day
        if _when(reading.date, reading.time) in seen:
            continue
        seen.add(_when(reading.date, reading.time))
        venue = match.span(_HEARING["venue"]) if match.group(_HEARING["venue"]) else None
        later.append(Sitting(reading.date, reading.time, venue, (start, end)))
    return later


def _when(date: DateReading | None, time: TimeReading | None) -> tuple[dt.date | None, str | None]:
    return (date.value if date else None, time.value if time else None)


def _read_called_off(fields: _Fields, body: Span, hearing: regex.Match[str] | None) -> bool:
    """A notice that calls a hearing off and sets no new time (a new time is a correction's, read as the
    hearing): the time printed, the hearing's that will not take place, is kept as hearing_text only —
    no date, time or place to attend — and a finding says it is called off."""
    text = fields.page.folded
    if hearing is not None and hearing.group(_HEARING["corrected"]):
        return False
    called_off = _search(grammar.HEARING_CALLED_OFF_RE, text, body)
    if called_off is None:
        return False
    was = hearing or _search(grammar.EARLIER_HEARING_RE, text, body)
    if was is None:
        zh, en = "公告取消开庭", "the notice calls the hearing off"
    else:
        start, end = was.span(_EARLIER_WHEN if hearing is None else _HEARING["when"])
        end = len(text[start:end].rstrip(_SPACES)) + start
        fields.set_printed("hearing_text", (start, end))
        was_set = fields.printed((start, end))
        zh, en = f"公告取消了原定{was_set}的开庭", f"the notice calls off the hearing set for {was_set}"
    fields.note(finding("hearing_cancelled", called_off.span(), zh, en))
    return True


def _read_hearing(
    fields: _Fields, body: Span, published: dt.date | None
) -> tuple[regex.Match[str] | None, Span | None]:
    """The hearing sentence read; and, for a correction that moves a hearing set before, that hearing's place."""
    text = fields.page.folded
    hearing, earlier = _hearing_sentence(text, body)
    if _read_called_off(fields, body, hearing):
        return None, None
    if hearing is not None and grammar.match(grammar.HEARING_HELD_RE, text, hearing.end(), body[1]) is not None:
        return None, None  # (本院于…开庭审理，你经本院传票传唤，无正当理由拒不到庭…: held, and the ruling served)
    if hearing is not None:
        aside = hearing.end(_HEARING["aside"]) if hearing.group(_HEARING["aside"]) else None
        when = hearing.span(_HEARING["when"])
        if earlier is None and not hearing.group(_HEARING["corrected"]):
            # (本院定于2033年12月在本院第九审判庭…开庭 / 具体开庭时间：2033年12月21日14时30分: the sentence's month, the
            # label's day and time)
            exact = _exact_restatement(text, body, when, published)
            if exact is not None:
                when, aside = exact, None
        first = _read_when(fields, when, aside, published, earlier)
        place = earlier.span("venue") if earlier is not None and earlier.group("venue") else None
        preliminary = _search(grammar.PRELIMINARY_SITTING_RE, text, (body[0], hearing.start()))
        if preliminary is not None:
            _note_preliminary(fields, preliminary)
        if (
            earlier is None
            and not hearing.group(_HEARING["corrected"])
            and _SETS_AGAIN.search(text, hearing.end(), body[1])
        ):
            fields.later += _later_hearings(text, (hearing.end(), body[1]), published, first)
        if earlier is None and not hearing.group(_HEARING["corrected"]):
            _note_restated(fields, body, hearing, first, published)
        return hearing, place
    appearance = _search(grammar.INQUIRY_TIME_RE, text, body)
    if appearance is not None:
        # 于2022年10月20日上午9时…到…接受调查询问: the inquiry's time, read like a hearing's.
        _read_when(fields, appearance.span(_INQUIRY_TIME["when"]), None, published)
        return None, None
    later = _search(grammar.HEARING_PUT_OFF_RE, text, body)
    if later:
        # 开庭时间另行通知: no time yet, and the notice says so — not a time the tool failed to find.
        shown = fields.printed(later.span())
        zh, en = f"公告称“{shown}”：尚无开庭时间", f"the notice says '{shown}': no hearing time is set yet"
        fields.note(finding("hearing_cancelled", later.span(), zh, en))
        return None, None
    said = _search(grammar.HEARING_MARKER_RE, text, body)
    if said:
        zh, en = "公告提到开庭，但未找到开庭时间", "the notice speaks of a hearing but no hearing time was found"
        fields.note(finding("hearing_not_found", said.span(), zh, en))
    return None, None


def _exact_restatement(text: str, body: Span, when: Span, published: dt.date | None) -> Span | None:
    """Where the hearing sentence's time (``when``) gives no day (2033年12月, 近期), the time a label states after it
    with its day and hour (开庭时间：2033年12月21日14时30分), if any."""
    said = read_when(text, *_trimmed(text, when), published)
    if said.date is not None and said.date.value is not None:
        return None
    # (The label may stand on the line under a listing's sentence, past the block: 本院定于2033年12月在…公开开庭审理…
    # 一案。 / 具体开庭时间：2033年12月21日14时30分。)
    end = body[1]
    label = _LABEL_UNDER.match(text, end)
    if label is not None:
        line_end = text.find("\n", label.end())
        end = len(text) if line_end < 0 else line_end
    for other in _finditer(grammar.HEARING_RE, text, (when[1], end)):
        if other.group(_HEARING["corrected"]) or not text.startswith(grammar.HEARING_TIME_LABELS, other.start()):
            continue
        again = _trimmed(text, other.span(_HEARING["when"]))
        reading = read_when(text, *again, published)
        if all(part is not None and part.value is not None for part in (reading.date, reading.time)):
            return again
    return None


_LABEL_UNDER = grammar.compile_pattern(
    rf"[^\S\n]* \n \s* (?: 具体 )? {grammar.alt(grammar.HEARING_TIME_LABELS)}", regex.VERBOSE
)


def _note_restated(
    fields: _Fields, body: Span, hearing: regex.Match[str], first: WhenReading, published: dt.date | None
) -> None:
    """The hearing stated again in the notice, as a label states it (…定于2026年8月11日上午9时…开庭 / 开庭时间：
    2026年8月13日上午9时), at another date or time: the first is read, and a clerk is told the notice says both."""
    text = fields.page.folded
    for other in _finditer(grammar.HEARING_RE, text, (hearing.end(), body[1])):
        labelled = (
            text.startswith(grammar.HEARING_TIME_LABELS, position) for position in (hearing.start(), other.start())
        )
        if other.group(_HEARING["corrected"]) or not any(labelled):
            continue
        when = _trimmed(text, other.span(_HEARING["when"]))
        again = read_when(text, *when, published)
        said = [(r.date.value if r.date else None, r.time.value if r.time else None) for r in (first, again)]
        if None in said[1] or said[0] == said[1]:
            continue
        shown = fields.printed(when)
        zh = f"本公告另一处写明开庭时间为“{shown}”，与所读时间不一致"
        en = f"the notice also states the hearing as '{shown}', another date or time than the one read"
        field = "hearing_time" if said[0][0] == said[1][0] else "hearing_date"
        fields.note(finding("hearing_conflict", when, zh, en, field=field))
        return


_AS_ABOVE_ASIDE = grammar.compile_pattern(r"[\x20\u3000]?[（(](?:地址|地点)?[:：]?同上[)）]$")
# A room's address in brackets right after it, before the session's words (…仲裁庭（周口市川汇区八一路××号）开庭审理).
_ROOM_ADDRESS = grammar.compile_pattern(
    r"[\x20\u3000]?[（(](?:地址[:：])?(?=[^（）()\n]{0,40}?(?:[市区县镇路街道巷村]|[0-9０-９×Xx＊*]+号))"
    r"(?![^（）()\n]*同上)[^（）()\n]{4,60}[)）](?=[\x20\u3000]?(?:公开|不公开)?(?:开庭|审理|进行|召开|举行))"
)


def _read_venue(
    fields: _Fields, kind: Kind, body: Span, hearing: regex.Match[str] | None, kept: Span | None = None
) -> None:
    """``kept``: the place of the hearing a correction moves, where it names none (时间变更为…，地点不变)."""
    text = fields.page.folded
    moved = _search(grammar.MOVED_PLACE_RE, text, (hearing.start(), body[1])) if hearing is not None else None
    if moved is not None:
        fields.set_printed("venue", moved.span(_MOVED_PLACE["venue"]))  # (开庭地点调整为本院第九法庭: the new room)
        return
    if hearing is not None and hearing.group(_HEARING["venue"]):
        # 在本院第一法庭公开开庭: the court names the room in the hearing sentence; 在同一审判庭, the room named before.
        place = hearing.span(_HEARING["venue"])
        if grammar.fullmatch(grammar.SAME_ROOM_RE, text[place[0] : place[1]]) is not None:
            earlier = _finditer(grammar.EARLIER_ROOM_RE, text, (body[0], hearing.start()))
            place = earlier[-1].span(_EARLIER_ROOM["venue"]) if earlier else place
        if (as_above := _AS_ABOVE_ASIDE.search(text, *place)) is not None:
            place = (place[0], as_above.start())  # (本委第一仲裁庭（地址同上）: the room alone)
        elif (room_address := _ROOM_ADDRESS.match(text, place[1])) is not None:
            place = (place[0], room_address.end())  # (本会第一仲裁庭（周口市川汇区八一路××号）开庭: as printed)
        if grammar.search(grammar.BLANK_ROOM_RE, text, *place) is None:
            fields.set_printed("venue", place)  # (a room left blank is none: venue_missing says so)
        return
    if hearing is not None and hearing.group(_HEARING["cut"]):
        return  # the place was cut off by the source ("在本院第十七..."): no half a room
    if kept is not None:
        fields.set_printed("venue", kept)
        return
    after_hearing = (hearing.end(), body[1]) if hearing is not None else body
    rules = [grammar.VENUE_ADDRESS_RE, grammar.PICKUP_PLACE_RE, grammar.ONLINE_PLACE_RE, grammar.ALL_HEARD_AT_RE]
    if kind == "other" and hearing is None:
        # A notice that summons nobody to a hearing: only a place to collect something is a venue
        # (受理地点, 办公地点 are not).
        rules = [grammar.PICKUP_PLACE_RE, grammar.COLLECT_PLACE_RE]

    if kind == "inspection_inquiry":
        rules.insert(0, grammar.INQUIRY_PLACE_RE)
    bare: Span | None = None  # (到本局接受询问: the body's own name for itself, where no rule after names the place)
    for rule in rules:
        match = _search(rule, text, after_hearing)
        if match is None:
            continue
        if rule is grammar.PICKUP_PLACE_RE and match.group(_PICKUP_COLLECT) is None:
            # (a place to collect the papers at, after one to do business at: 责令你…到主管税务机关办税服务厅办理纳税
            # 申报。…请于公告期内到某某税务分局（…）领取上述文书: where the addressee goes for them)
            match = next(
                (
                    later
                    for later in _finditer(rule, text, (match.end(), after_hearing[1]))
                    if later.group(_PICKUP_COLLECT)
                ),
                match,
            )
        place = match.span(_PLACE[rule]["venue"])
        if rule is grammar.VENUE_ADDRESS_RE and (office := _office_before(text, after_hearing, match.start())):
            place = office  # (到本委立案窗口领取裁决书，地址：…大厅二楼: the office named, its address after it)
        if rule is grammar.INQUIRY_PLACE_RE and text[place[0] : place[1]] in lexicon.OPENERS:
            bare = bare or place  # (询问地点：某某支队302室（…） printed apart says where)
            continue
        address = match.group(_PICKUP_ADDRESS) if rule is grammar.PICKUP_PLACE_RE else None
        if address and not address.endswith("同上"):  # （地址同上）: the place says where
            closed = text[match.end(_PICKUP_ADDRESS) : match.end(_PICKUP_ADDRESS) + 1] in ("）", ")")
            if text[place[0] : place[1]] in lexicon.OPENERS and not closed:
                place = match.span(_PICKUP_ADDRESS)  # 到本委（苏州市…4楼，电话：…）领取: the address, not the phone
            else:
                # 本院虎门仲裁庭（东莞市…三楼）, 本委（苏州市…4楼）: as printed
                place = (place[0], match.end(_PICKUP_ADDRESS) + 1)
            if match.group(_PICKUP_ROOM):
                # （…128号）三楼法制室: the room after the address, the place printed whole (本局（…）6楼603室)
                place = (match.start(_PLACE[rule]["venue"]), match.end(_PICKUP_ROOM))
        fields.set_printed("venue", place)
        return
    if bare is not None:
        fields.set_printed("venue", bare)
        return
    if hearing is not None:
        # (Or the means of an online hearing said before its time, in its sentence: 本院决定通过人民法院在线服务平台
        # 视频开庭，定于…开庭审理.)
        sentence = max(body[0], *(text.rfind(mark, body[0], hearing.start()) + 1 for mark in "。；;\n"))
        online = _search(grammar.ONLINE_PLACE_RE, text, (sentence, hearing.start()))
        if online is not None:
            fields.set_printed("venue", online.span(_PLACE[grammar.ONLINE_PLACE_RE]["venue"]))


# (领取|裁决书，|地址：…; 领取|（|地址：…）)
_THEN_ADDRESS = grammar.compile_pattern(r"[^。；;\n，,（(]{0,12}(?:[，,][\x20\u3000]*|[（(])")


def _office_before(text: str, area: Span, address: int) -> Span | None:
    """The place to collect at, named in the clause just before an address at ``address`` (到本委立案窗口领取裁决书，
    地址：…; 到本会秘书处领取（地址：…）) and more than the body's name for itself; None if there is none."""
    clause = max(text.rfind(stop, area[0], address) for stop in "。；;\n") + 1
    pickup = _search(grammar.PICKUP_PLACE_RE, text, (max(area[0], clause), address))
    if pickup is None or pickup.group(_PICKUP_ADDRESS) or not _THEN_ADDRESS.fullmatch(text, pickup.end(), address):
        return None
    place = pickup.span(_PLACE[grammar.PICKUP_PLACE_RE]["venue"])
    return None if text[place[0] : place[1]] in lexicon.OPENERS else place


def _read_deadlines(fields: _Fields, kind: Kind, body: Span, published: dt.date | None, over: tuple[Span, ...]) -> None:
    """served_on = publication + the stated period; respond_by where a deadline is set: N days from
    service (询问通知书送达之日起3日内), or a court's answer period (公告期满后15日内). A period that ends on
    a day off runs to the next working day. Each is looked for in the body, then in the sentences ``over`` it."""
    if published is None:
        return
    text = fields.page.folded
    areas = (body, *over)
    periods = (found for area in areas for found in _finditer(grammar.SERVICE_PERIOD_RE, text, area))
    period = next((found for found in periods if _serves(text, found)), None)
    if not period:
        return
    served_on = _served_after(published, period)
    fields.set("served_on", served_on, period.span())
    collects = (
        kind == "award_service"
        or (kind == "other" and _search(grammar.DECISION_SERVED_RE, text, body) is not None)
        or _COLLECTED_WITHIN.match(text, period.end(), body[1]) is not None  # 三十日内到本中心执法科领取
    )
    if collects and period.group(_PERIOD["within"]):
        # 请自本公告发布之日起30日内…领取 (a judgment, an award, a bureau's decision): the pick-up deadline is that day.
        fields.set("respond_by", served_on, period.span())
    for area in areas:
        deadline = _search(grammar.AFTER_SERVICE_DEADLINE_RE, text, area)
        answers = _finditer(grammar.ANSWER_PERIOD_RE, text, area)
        _note_answer_periods(fields, text, answers)
        answer = min(answers, key=lambda m: to_int(m.group(_ANSWER["days"])), default=None)
        found, group = (deadline, _DEADLINE["days"]) if deadline else (answer, _ANSWER["days"])
        if found:
            _period_end(fields, "respond_by", served_on, found.group(group), found.span())
            return


def _note_answer_periods(fields: _Fields, text: str, answers: list[regex.Match[str]]) -> None:
    """The answer period stated twice, at two lengths (提出答辩状的期限为公告期满后十五日内 … 应在公告期满后三十日内
    向本院提交答辩状): the shorter is read, and a clerk is told. (An answer and an evidence period of two lengths,
    答辩和举证的期限分别为15日和30日, are two periods, not one stated twice.)"""
    only_answer = [m for m in answers if "答辩" in m.group() and "举证" not in m.group()]
    lengths = {to_int(m.group(_ANSWER["days"])) for m in only_answer}
    if len(lengths) > 1:
        shown = "、".join(fields.printed(m.span()) for m in only_answer)
        zh, en = f"答辩期限前后不一致：{shown}", f"the answer period is stated at two lengths: {shown}"
        fields.note(finding("deadline_conflict", only_answer[-1].span(), zh, en))


def _read_set_deadline(fields: _Fields, body: Span) -> None:
    """respond_by where a day to come by is printed as a date (请你单位于2026年8月14日前到…办理)."""
    found = _search(grammar.SET_DEADLINE_RE, fields.page.folded, body)
    date = grammar.match(grammar.DATE_RE, fields.page.folded, *found.span(_SET["deadline"])) if found else None
    if date is None:
        return
    reading = read_date(date, "respond_by")
    for problem in reading.findings:
        fields.note(problem)
    if reading.value is not None:
        fields.set("respond_by", reading.value, reading.span)


def _serves(text: str, period: regex.Match[str]) -> bool:
    """Is ``period`` the service's (公告期为三十日; 自公告之日起经过三十日即视为送达; …三十日内来本院领取), not
    one to do something in (请你公司自本公告发布之日起十五日内将上述款项支付至…)?"""
    return period.group().startswith("公告期") or _SERVICE_SAID.match(text, period.end()) is not None


# The sentence of a service period says 送达 or 领取 after it.
_SERVICE_SAID = grammar.compile_pattern(r"[^。；;]{0,200}?(?:送达|领取)")
# The period is the one to collect a document in: 领取 said in its sentence, after it.
_COLLECTED_WITHIN = grammar.compile_pattern(r"[^。；;\n]{0,40}?领取")


def service_end(text: str, span: Span, published: dt.date) -> tuple[dt.date, Span] | None:
    """When service is done by the period ``text[span]`` prints (…经过三十日即视为送达), counted from ``published`` and
    moved past days off; and where the period stands. None where it prints none."""
    for period in _finditer(grammar.SERVICE_PERIOD_RE, text, span):
        if _serves(text, period):
            return _served_after(published, period), period.span()
    return None


def _served_after(published: dt.date, period: regex.Match[str]) -> dt.date:
    """The day service is done by ``period`` (SERVICE_PERIOD_RE: N days, or N months, a party abroad or in Hong Kong's
    经过三个月), counted from ``published`` and moved past days off."""
    months = period.group(_PERIOD["months"])
    if months is None:
        return period_end(published + dt.timedelta(days=to_int(period.group(_PERIOD["days"]))))
    month = published.month - 1 + to_int(months)
    year, month = published.year + month // 12, month % 12 + 1
    return period_end(dt.date(year, month, min(published.day, calendar.monthrange(year, month)[1])))


def _period_end(fields: _Fields, name: str, start: dt.date, days: str, span: Span) -> dt.date:
    """Set ``name`` to the end of a period of ``days`` from ``start`` (printed at ``span``), moved past days off."""
    end = period_end(start + dt.timedelta(days=to_int(days)))
    fields.set(name, end, span)
    return end


def _corrects(text: str, body: Span, hearing: regex.Match[str] | None) -> bool:
    """Does the notice change one printed before (更正为, 变更为, 改期至; 开庭时间“…”应为“…”), serving no summons
    itself?"""
    corrects = _search(grammar.CORRECTION_MARKER_RE, text, body) is not None or bool(
        hearing is not None and hearing.group(_HEARING["corrected"])
    )
    return corrects and not _serves_summons_now(text, body)


def _note_moved(fields: _Fields) -> None:
    """A correction that moves a hearing to a day it names (现该案开庭时间变更为2034年11月2日下午2时30分): kind other,
    as a correction is, but a hearing for the schedule and the calendar, which a clerk would otherwise miss when the
    notice that set it first is not among those read (hearing_rescheduled)."""
    when = fields.values.get("hearing_text")
    if fields.values.get("hearing_date") is None or when is None:
        return
    if corrections.stale(fields.page.folded, fields.spans["hearing_text"][0][0] - fields.page.base):
        return  # (the time read is the one set before, 原定于…: the new one unread, no hearing to list)
    zh = f"更正或变更公告（类型为其他）所定的开庭时间为{when}：仍列入开庭日程与日历"
    en = f"a correction or change (kind other) that sets the hearing at {when}: listed in the schedule and the calendar"
    fields.findings.append(finding("hearing_rescheduled", fields.spans["hearing_text"][0], zh, en))


def _kind(text: str, body: Span, hearing: regex.Match[str] | None, addressed: bool, issuer: str | None) -> Kind:
    if _corrects(text, body, hearing):
        return "other"  # a correction: it changes a notice, it is not one (its new time is still read)
    if hearing is not None and not _calls_meeting(text, body, hearing):
        return "hearing"
    if _serves_summons_now(text, body):
        return "hearing"  # (not a summons served before: 本院已于…向你公告送达…开庭传票，…现向你公告送达…民事裁定书)
    if _search(grammar.INSPECTION_MARKER_RE, text, body) and (addressed or "你" in text[body[0] : body[1]]):
        return "inspection_inquiry"  # a summons to someone, not a notice that mentions inquiries
    if text.find(_CREDITORS_MEETING, *body) >= 0:
        return "other"  # a bankruptcy's call to its creditors, whatever ruling it also serves the debtor
    decision = _search(grammar.DECISION_SERVED_RE, text, body)
    if decision and not _bureaus_decision(decision.group(_DECIDED), issuer, text, body):
        return "award_service"
    return "other"


_CREDITORS_MEETING = "债权人会议"


def _calls_meeting(text: str, body: Span, hearing: regex.Match[str]) -> bool:
    """Does the hearing sentence call a meeting (第一次债权人会议…召开), not a hearing (召开听证会)? Cut short before
    its verb (…定于2026年5月20日上午9时在...), by what the sentence says comes: 债权人会议定于…"""
    session = hearing.group(_HEARING["session"])
    sentence = max(body[0], *(text.rfind(mark, body[0], hearing.start()) + 1 for mark in "。；;\n"))
    said = text[sentence : hearing.start()]
    if session is None:
        return "会议" in said
    # (本机关决定对本案举行听证，定于…在…听证室举行: the hearing the sentence names, held)
    held = text.startswith("听证", hearing.end(_HEARING["session"])) or ("听证" in said and "会议" not in said)
    return session in lexicon.MEETING_VERBS and not held


def _serves_summons_now(text: str, body: Span) -> bool:
    """Does the notice serve a summons itself (现依法向你公告送达…开庭传票), its hearing then moved in a later sentence
    (…上述开庭时间顺延至…)? Not one that tells of a summons served before, its clause saying when (已于…公告向你送达
    开庭传票, 本院于2025年8月20日向你公告送达…)."""
    return any(
        not _told_as_served_before(text, body, served.start())
        for served in _finditer(grammar.SUMMONS_SERVED_RE, text, body)
    )


def _told_as_served_before(text: str, body: Span, service: int) -> bool:
    """Does the clause of the service starting at ``service`` say it was done before: 已, or a date in it, or 已于 in
    its sentence (本院已于…在《人民法院报》刊登公告，向你公司送达…)?"""
    window = max(body[0], service - _BEFORE_SERVICE)
    sentence = max(window, *(text.rfind(mark, window, service) + 1 for mark in "。；;"))
    clause = max(sentence, *(text.rfind(mark, window, service) + 1 for mark in "，,"))
    return (
        "已" in text[clause:service]
        or _search(grammar.DATE_RE, text, (clause, service)) is not None
        or "已于" in text[sentence:service]
    )


_BEFORE_SERVICE = 40  # characters before the service's words where its clause may say it was done before


def _bureaus_decision(document: str, issuer: str | None, text: str, body: Span) -> bool:
    """Is ``document`` a bureau's 决定书 (行政处罚决定书, 限期拆除决定书): a penalty or an order it decides, not an
    award, a judgment or a ruling in a case a court or a committee heard? Where no one signs (a record's text, its
    body named in a field), a bureau's unless a court or a committee speaks in it (本院, 本委): most 决定书 are."""
    if not document.endswith("决定书"):
        return False
    if issuer is not None:
        return _ADJUDICATOR.search(issuer) is None
    said = speaker(text, body)
    return said is None or said not in _ADJUDICATORS_WORDS


_ADJUDICATOR = grammar.compile_pattern("法院|法庭|仲裁")
_ADJUDICATORS_WORDS = frozenset(
    ("本院", "我院", "本庭", "我庭", "本委", "我委", "本会", "我会", "本仲裁委", "本仲裁院")
)  # fmt: skip
_HAN = grammar.compile_pattern(grammar.HAN)


def _read_published(fields: _Fields, block: Block) -> dt.date | None:
    if not block.published:
        return None
    date_match = grammar.match(grammar.DATE_RE, fields.page.folded, *block.published)
    if not date_match:
        return None
    reading = read_date(date_match, "published")
    for found in reading.findings:
        fields.note(found)
    if reading.value is not None:
        fields.set("published", reading.value, reading.span)
    return reading.value


def _is_cut(text: str, block: Block) -> bool:
    return text[block.body[0] : block.body[1]].rstrip(_SPACES + "。").endswith(_TRUNCATION)


def _note_other_issuer(fields: _Fields, block: Block, issuer: Span) -> None:
    """A heading, or the body's first words, that name another body than the one that signs
    (合肥市蜀山区人民法院公告, or 佛山市南海区人民法院受理原告…, signed 佛山市顺德区人民法院): the signature is the
    issuer, and a clerk is told. Not a division of it (某某中级人民法院赔偿委员会, 某某互联网法庭), nor its name
    shortened (阿坝州… for 阿坝藏族羌族自治州…, 沈阳市… for 辽宁省沈阳市…)."""
    text = fields.page.folded
    named: Span | None = None
    said_in = "heading"
    if block.heading is not None:
        line_start = text.rfind("\n", 0, block.heading[0]) + 1
        line_end = text.find("\n", block.heading[1])
        heading = grammar.match(grammar.HEADING_LINE_RE, text, line_start, len(text) if line_end < 0 else line_end)
        if heading is not None and heading.group("heading_issuer"):
            named = heading.span("heading_issuer")
    # (An administrator signs for the court that appointed it: 某某人民法院受理…, signed 某某公司管理人.)
    administrator = text[slice(*issuer)].endswith(lexicon.ADMINISTRATORS)
    opening = text[block.body[0] : block.body[0] + _ACTING_REACH]
    acting = (
        grammar.match(grammar.ACTING_BODY_RE, text, *block.body)
        if not administrator and "受理" in opening and not opening.lstrip().startswith(lexicon.OPENERS)
        else None
    )
    if named is None and acting is not None:
        named, said_in = acting.span("issuer"), "body"
    if named is None:
        return
    printed = (text[slice(*named)], text[slice(*issuer)])
    said, signed = (_DIVISION_AT_END.sub("", _GAPS.sub("", value)) for value in printed)
    if _shortened(said, signed) or _shortened(signed, said):
        return
    zh = f"{'标题' if said_in == 'heading' else '正文'}所列机构“{said}”与落款“{signed}”不一致"
    en = f"the {said_in} names {said}, the signature {signed}"
    fields.note(finding("issuer_conflict", named, zh, en))


_ACTING_REACH = 80  # (an issuer's name, at most 30 characters and its suffix, 于 and a date, then 受理)
_GAPS = grammar.compile_pattern(r"[\x20\t\u3000\xa0]+")
_DIVISION_AT_END = grammar.compile_pattern(r"(?:赔偿委员会|审判委员会|执行局|\p{Han}{0,8}?(?:法庭|审判庭))$")


def _shortened(short: str, name: str) -> bool:
    """Is ``short`` ``name`` with characters left out (its characters in order in it)?"""
    rest = iter(name)
    return all(character in rest for character in short)


def extract(
    page: Page, block: Block, file: str | None = None, in_record: bool = False,
    record_published: dt.date | None = None, over: tuple[Span, ...] = (),
) -> list[Notice]:  # fmt: skip
    """The record for one block of ``page`` (one per hearing, where it sets several for several cases: sittings).
    ``in_record``: the block is a string value of a record (an API's
    content field), whose court and date stand in other fields, so no signature is no sign of a cut; and
    ``record_published``, the date such a field gives, counts the periods the text sets when it prints none.
    ``over``: the sentences over (or under) the list the block is an item of (下列当事人：…经过三十日即视为送达;
    上述案件均通过…平台在线开庭审理), whose periods, documents and place are the item's where it sets none."""
    text = page.folded
    fields = _Fields(page)
    parties = _addressed(text, block)
    for span in parties:
        fields.add_printed("party", span)

    _note_heading_names(fields, block, parties)
    published = _read_published(fields, block)
    if block.issuer:
        fields.set_printed("issuer", block.issuer)
        _note_other_issuer(fields, block, block.issuer)

    # (A judgment the notice prints whole tells of hearings held and appeals: the notice's own words set its kind.)
    own = block.body if block.quoted is None else (block.body[0], block.quoted[0])
    hearing, kept_place = _read_hearing(fields, own, published)
    # (Looked for only where the body sets no hearing or names no place: most notices do both.)
    postscript = _postscript(text, own, block.end) if hearing is None else None
    if postscript is not None:
        # (附注：本案定于2026年10月20日上午9时在本院第三审判庭公开开庭审理, under the signature the body points to)
        hearing, kept_place = _read_hearing(fields, postscript, published)
        if hearing is not None:  # (found there: the body's hearing is not missing)
            fields.findings = [found for found in fields.findings if found.code != "hearing_not_found"]
    issuer = text[block.issuer[0] : block.issuer[1]] if block.issuer else None
    kind = _kind(text, own, hearing, bool(parties), issuer)
    if kind == "other" and hearing is not None and _corrects(text, own, hearing):
        _note_moved(fields)
    if (
        kind == "other"
        and hearing is None
        and any(_kind(text, span, None, bool(parties), issuer) == "award_service" for span in over)
    ):
        kind = "award_service"  # (一、甲公司：…已作出仲裁裁决。 / …现向其公告送达上述案件仲裁裁决书, below them all)
    _read_sides(fields, block, parties)
    if over and not parties and any(_SERVES_YOU.search(text, *span) for span in over):
        _served_defendants(fields)
    # (The case's number over the body, or under its signature: …某某人民法院 / 日期 / （2033）…民特97号.)
    case_area = (block.body[0], block.body[1])
    if block.case_line is not None:
        case_area = (min(block.case_line[0], block.body[0]), max(block.case_line[1], block.body[1]))
    if block.parties and block.parties[0][0] < case_area[0]:
        # (The number of what each addressee is served, in brackets after its name: 某公司（西环听通〔2026〕11号）：)
        case_area = (block.parties[0][0], case_area[1])
    if block.heading is not None and block.heading[1] < case_area[0]:
        # A site's line of facts under the heading (发布日期：… 案号：（2026）内08破3号) names the notice's case.
        label = _search(_CASE_LABEL, text, (block.heading[1], case_area[0]))
        if label is not None:
            case_area = (label.end(), case_area[1])
    elif block.heading is None:
        # Or, with no heading, a line of its own just above the addressee (文号：洛人社监询字〔2026〕第037号).
        last = block.start  # (the end of the last line above with words on it)
        while last > 0 and text[last - 1].isspace():
            last -= 1
        label = grammar.match(_CASE_LABEL_LINE, text, text.rfind("\n", 0, last) + 1, block.start)
        if label is not None:
            case_area = (label.end(_CASE_LABEL_GROUP), case_area[1])
    numbers = list(find_case_numbers(text, *case_area, printed=page.printed))
    numbers += _number_after_end(text, block.end, page.printed)
    if block.heading is None or block.heading[1] <= case_area[0]:
        if block.heading is not None:
            # (A title that names the case: 关于（2026）粤0703民初5521号案件的公告.)
            numbers += find_case_numbers(text, *block.heading, printed=page.printed)
        title = _page_title(text, block, named=bool(numbers))
        if title is not None:
            numbers += find_case_numbers(text, *title, printed=page.printed)
    # (An arbitration institution's own numbers, in Latin letters, where the text labels them: （案号：SHA20251123）.)
    numbers += [
        (fields.printed(m.span("number")), m.span("number")) for m in _finditer(_LABELLED_NUMBER, text, case_area)
    ]
    seen = set()  # (one case printed twice, its brackets half-width and full-width: one number, as first printed)
    for number, span in sorted(numbers, key=lambda found: found[1]):
        if identity.fold(number) not in seen:
            seen.add(identity.fold(number))
            fields.add("case_numbers", number, span)
    for span in cut_case_numbers(text, *case_area):
        fields.note(cut_number_finding(fields.printed(span), span))
    _read_documents(fields, block.body)
    for span in over:
        if "documents" not in fields.values:
            _read_documents(fields, span)  # (what the sentence over the list serves, where the item names nothing)
    _read_venue(fields, kind, block.body, hearing, kept_place)
    if "venue" not in fields.values and kind == "hearing" and postscript is None:
        postscript = _postscript(text, own, block.end)
    if "venue" not in fields.values and kind == "hearing" and postscript is not None:
        _read_venue(fields, kind, postscript, None)  # (…定于…上午9时开庭审理（开庭地点见注） / 注：开庭地点为…)
    # (下列被申请人：…开庭地点均为本会第四仲裁庭。 over items naming none; 上述两案均在本院第十五法庭开庭审理 under)
    for span in over:
        if "venue" not in fields.values:
            _read_venue(fields, kind, span, None)
    _read_deadlines(fields, kind, block.body, published or record_published, over)
    if "respond_by" not in fields.values:
        _read_set_deadline(fields, block.body)
    # Contact lines may stand after the closing, before the signature.
    contact_area = (block.body[0], block.end)
    for match in _finditer(grammar.PHONES_RE, text, contact_area):
        for span in match.spans(_PHONES["phone"]):
            fields.add_printed("phones", span)
    for match in _finditer(grammar.CONTACTS_RE, text, contact_area):
        for span in match.spans(_CONTACTS["contact"]):
            fields.add_printed("contacts", span)

    if (block.truncated and not in_record) or _is_cut(text, block):
        zh, en = "公告不完整：没有“特此公告”，也没有落款", "the notice is cut off: no closing and no signature"
        fields.note(finding("notice_truncated", (block.start, block.end), zh, en))
    record = Notice(
        kind=kind,
        **fields.values,
        warnings=fields.findings,
        spans=fields.spans,
        source=Source(file=file, start=block.start + page.base, end=block.end + page.base),
    )
    sentence = hearing.span() if hearing is not None else block.body

    def read_case(words: Span) -> CaseSides:
        """The sides and cause of the case phrase in ``words``, as the notice's own are read."""
        case = _Fields(page)
        _read_sides(case, replace(block, body=words, role_word=None), parties)
        read = {name: (case.values[name], case.spans[name]) for name in SIDES if case.values.get(name)}
        if "cause" in case.values:
            read["cause"] = ([case.values["cause"]], case.spans["cause"])
        return read

    unsplit = record.model_copy(deep=True) if block.case_line else None  # (per_case may add a finding to it)
    records = per_case(record, fields.later, sentence, page, fields.causes, read_case)
    in_body = _numbers_in_body(unsplit, page, block.body) if len(records) == 1 and unsplit is not None else None
    if unsplit is not None and in_body is not None:
        # (The numbers printed on a line over the addressee, then each after its case's words in the body: the
        # body's tell the cases apart, 一案〔（2026）…1号〕，以及…一案〔（2026）…2号〕.)
        moved = unsplit
        moved.spans["case_numbers"] = in_body
        split = per_case(moved, fields.later, sentence, page, fields.causes, read_case)
        if len(split) > 1:
            return split
    return records


def _numbers_in_body(record: Notice, page: Page, body: Span) -> list[Span] | None:
    """Where the body prints each of ``record``'s case numbers, in order, as spans of the whole text; None where it
    does not print each once."""
    found = {number: span for number, span in find_case_numbers(page.folded, *body, printed=page.printed)}
    spans = [found.get(number) for number in record.case_numbers]
    if any(span is None for span in spans) or len(found) != len(record.case_numbers):
        return None
    return [page.at(span) for span in spans if span is not None]
