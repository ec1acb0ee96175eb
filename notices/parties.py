"""Who stands on which side: the parties a notice's body names, with their roles and the cause.

A notice names its case in one phrase, read here as a small state machine
over the grammar's tokens (role words, names, joining words, the cause):

    本院受理原告恒大地产集团有限公司诉被告严东房屋买卖合同纠纷一案
    本委受理的宋京林、王世桂与你单位、山东高迪鸿林工程技术有限公司农民工工资争议案件
    依法开庭审理第三人许鸣和刘朝华、被告许辉与原告正奇安徽金融控股有限公司债权人撤销权纠纷一案
    审理原审被告人李孟觉等5人犯贪污罪即上诉、抗诉一案

A role word decides its group's side (``lexicon.ROLE_SIDES``); without one,
the first group brings the case and the group after 诉 or 与 answers it.
``你`` (你单位, 你公司 …) stands for the addressees: its side is theirs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain, pairwise

import regex

from notices import grammar, lexicon
from notices.models import Span

Side = str  # "applicant" | "respondent" | "other"

# (及其所有人, 及其法定代表人: the party's own people, named after the word — lexicon.ITS_PEOPLE)
_SEPARATOR = grammar.compile_pattern(
    rf"[\x20\t\u3000\xa0]?(?:[、,，]|以及|和|及其{grammar.alt(lexicon.ITS_PEOPLE)}|及)[\x20\t\u3000\xa0]?"
)
# "你诉某某公司…一案", "案外人张丽萍对本院…", "某某人民检察院以犯罪嫌疑人某某涉嫌…罪…提出没收违法所得申请",
# "某某银行诉你…一案" (a side with no role): the case phrase opens the body.
_BODY_START = grammar.compile_pattern(
    rf"""[\x20\t\u3000\xa0\n]* (?= 你 | 您 | {grammar.ROLE} | \p{{Han}}{{2,30}}? 人民检察院 以 (?:犯罪嫌疑人|被告人)
                                | (?! [^诉与\n]{{0,40}}? {grammar.ROLE} ) {grammar.SUES_ADDRESSEE} )""",
    regex.VERBOSE,
)
_GAP = grammar.compile_pattern(r"[\x20\t\u3000\xa0]+")  # (before a role: 原告 甲  被告 乙, 公诉机关某某 被告人某某)
# Words between one side and the other: 诉 (因诉: 上诉人某某因诉被上诉人…), 与 (因与, 就与: 上诉人某某就与你公司
# 及原审被告…), 指控, 申请宣告(某某失踪), 申请没收(某某违法所得), 申请认定(某某无民事行为能力) — not 申请认定财产无主,
# which names no one; 不服 before the defendant's role (an administrative case: 原告某某不服被告某某县人民政府作出的
# …决定); 对 before the debtor of a bankruptcy applied for
# (受理某某对某某公司的破产清算申请), not in other senses (对本院查封的…提出异议); 以 before the one a procuratorate's
# application is against (某某人民检察院以犯罪嫌疑人某某涉嫌…罪…提出没收违法所得申请), or a creditor's (申请人某某以
# 被申请人某某公司不能清偿到期债务…为由，向本院申请…破产清算).
# (分别 may stand before the join: 申请人甲、乙分别与你公司劳动争议两案.)
_JOIN = grammar.compile_pattern(
    rf"{grammar.SP}? (?: 分别 {grammar.SP}? )?"
    # (…检察院提起公诉的被告人某某…)
    rf"(?P<join> (?<!投)(?:因|就)?诉|(?:(?:因|就)其?)?与|同|指控|(?:提起公诉|起诉|公诉)的(?=被告人)"
    # (申请人某某于2033年1月5日向本院申请宣告某某失踪: when the application was made, before it; 宣告公民某某死亡)
    # (or 就 before it: 申请人王秀华就申请宣告李国庆失踪一案)
    rf"|(?:就{grammar.SP}?)?(?:于[^，,。；;\n]{{1,20}}?向(?:本院|我院){grammar.SP}?)?申请(?:宣告|没收|认定(?!财产))(?:公民)?"
    # (申请执行人甲申请执行你公司…一案: the one enforced against; not a body's own decision, 申请强制执行其作出的…)
    rf"|申请(?:强制)?执行(?!人|其)"
    rf"|不服(?=被)|以(?=犯罪嫌疑人|被告人|被申请人|债务人)"
    rf"|{grammar.DEBTOR_JOIN} )"
    rf" {grammar.SP}?",
    regex.VERBOSE,
)
# After a role: its colon, and what the party is before its name (原告个体工商户某某五金店（经营者…）: the shop's name).
_ROLE_COLON = grammar.compile_pattern(r"[\x20\t\u3000\xa0]?[:：]?[\x20\t\u3000\xa0]?(?:个体工商户|个体户)?")
_INTRO = grammar.compile_pattern(
    rf"(?:立案)?(?:受理|(?:审理|审查)(?!认为|查明|终结)|执行(?!人|异议|复议|案件|依据|标的|过程|中)|(?<!\p{{Han}}(?<![在已法局委院将现拟正并]))处理(?!决定|意见|结果)"
    # (not 本院经审查认为，被宣告死亡的某某…: what the court holds, no party; nor 本局经立案调查，依据…: what a
    # bureau did)
    rf"|立案(?!调查|侦查|查处|检查))(?:了|完毕)?的?"
    rf"[\x20\t\u3000\xa0]?|(?={grammar.ROLE})|根据(?:申请人|债权人)?",  # (not 对处理决定不服的: a decision, no party)
    # (处理 ends no other word: 本局在处理…投诉, not 以染色处理翡翠冒充…, what a product underwent)
    regex.VERBOSE,
)
# After the parties: the cause and the case word, or a verb that goes on about the case.
# (…与…之间的争议; 申请人某某以你公司不能清偿到期债务为由…)
_GOES_ON = (
    rf"一案|二案|两案|案件|就|因|不服|犯|涉嫌|的申请|申请(?:强制)?执行(?!人)|{grammar.BANKRUPTCY_APPLIED}|提起|上诉|指控"
    rf"|申请(?:追加|变更)"  # (申请人某某公司申请追加孙某、刘某为…被执行人一案: the applicant, those to add after)
    rf"|的\p{{Han}}{{1,6}}?申请(?!人|书)"  # (本院立案受理申请人某某公司的公示催告申请)
    rf"|失踪|死亡|违法所得|之间|依据|根据"  # (申请人某某依据其与你方签订的合同中的仲裁条款…)
    rf"|称(?=[，,：:])"  # (申请人郭海燕称，其父…遗失，向本院申请公示催告)
    # (申请人马福成于2026年1月向本院申请撤销…: after a role and a name only, its particulars in brackets or not,
    # 申请人安红梅（女，1986年3月生）于…; not 你于2026年2月14日驾驶…, 立案调查，于…)
    rf"|(?<=(?:{grammar.alt(lexicon.PARTY_ROLES)})\p{{Han}}{{2,30}}(?:[（(][^（）()\n]{{1,81}}[)）])?)"
    rf"于(?=[0-9０-９〇一二三四五六七八九]{{2,4}}年)"
    rf"|{grammar.ON_GROUNDS}"
    # (…以被申请人某某公司不能清偿到期债务…为由)
    rf"|(?<=以(?:{grammar.alt(lexicon.PARTY_ROLES)})\p{{Han}}{{2,40}})(?:不能|无法)清偿"
)
_UP_TO = r"[\x20\t\u3000\xa0，,]{0,2}"
# (A contract's title in its cause: 申请人某某与被申请人某某《白酒区域经销协议》纠纷一案; or what the cause is about in
# brackets: …行政强制（强制拆除房屋）一案.)
_WORDS_TO = r"(?:\p{Han}|、|《[^《》\n]{1,30}》|(?<=\p{Han})[（(]\p{Han}{1,20}[)）]){1,30}?"
_CASE_ENDS = r"纠纷|争议|罪|一案|案件|等\p{Han}{0,3}案|(?<=执行\p{Han}{0,3})异议"  # (…，执行行为异议)
# (A listing's row may end with its cause, no 纠纷 or 罪: …被告人某某 危险驾驶, …诉被告某区人民政府行政强制.)
# (Or what the other side decided, in an administrative case: 原告某某不服被告某某县人民政府于2025年5月作出的…决定.)
_AFTER_PARTIES = grammar.compile_pattern(
    rf"{_UP_TO}(?:{_GOES_ON}|[（(\[〔【]|{_WORDS_TO}(?:{_CASE_ENDS}|案)|(?:于[^，,。；;\n]{{1,20}}?)?作出)"
    rf"|[\x20\t\u3000\xa0]+{grammar.alt(lexicon.CHARGE_HEADS)}|行政\p{{Han}}{{1,8}}[\x20\t\u3000\xa0]*$",
    regex.MULTILINE,
)
# A side named alone, with no role, is one only before its case (张三劳动争议一案, 你店销售…猪肉一案, 王博因…上诉一案),
# not before a bracket or a mere 案 (立案受理，案号为（…）, 在本局口头审理室（…）对本案进行…: no one).
# (Nor before a charge and its case, 王某某诈骗案: the one accused.)
_CASE_AFTER = grammar.compile_pattern(
    rf"{_UP_TO}(?:{_GOES_ON}|{_WORDS_TO}(?:{_CASE_ENDS})|{grammar.alt(lexicon.BARE_CHARGES)}案)"
)
# Words after a lone 你 and before its case that ask for nothing (…未经批准擅自采挖砂石一案, not …申请…一案,
# …不服…一案, …上诉一案): what the party did, the case a bureau's.
_DEEDS_CASE = grammar.compile_pattern(r"(?:(?!申请|诉|提起|不服|请求)[^。；;\n])*?(?:一案|案件)")
# Words after a name and before a complaint that are not its own (…工程农民工投诉; not 张三投诉, 张三等人投诉).
_COMPLAINT = "投诉|举报|反映"  # (the words a complaint to a bureau is told with; 控告 too, after a name)
_OTHERS_COMPLAIN = grammar.compile_pattern(rf"(?!等)\p{{Han}}{{1,20}}?(?:{_COMPLAINT})")
_OF_YOU = grammar.compile_pattern(rf"(?:{_COMPLAINT}|控告)[你您]")
_CHARGES = frozenset(lexicon.CHARGES) | frozenset(lexicon.BARE_CHARGES)
_KNOWN_CAUSES = frozenset(lexicon.CAUSES) | _CHARGES
_CAUSE_PREFIXES = frozenset(cause[:2] for cause in _KNOWN_CAUSES)
_CAUSE_START = grammar.compile_pattern(
    rf"(?:犯|涉嫌)?(?:{grammar.alt(lexicon.CAUSE_HEADS)}|{grammar.alt(lexicon.CHARGE_HEADS)})"
)
_APPLICATION = grammar.compile_pattern(r"[\x20\t\u3000\xa0]?的申请")
_CAUSE = grammar.group_numbers(grammar.CAUSE_RE)
_LATER_PARTY = grammar.group_numbers(grammar.LATER_OTHER_PARTY_RE)["party"]
_CLAIMED = grammar.group_numbers(grammar.COMPENSATION_BODY_RE)["party"]
_NAMED = grammar.group_numbers(grammar.NAMED_APPLICANT_RE)["party"]
_DEBTOR_OPENED = grammar.group_numbers(grammar.DEBTOR_OPENED_RE)
# How far into a body the case phrase is looked for.
_REACH = 400


@dataclass
class Sides:
    """The parties of a case phrase by side, where 你 stands, and the cause."""

    by_side: dict[Side, list[tuple[str, Span]]] = field(default_factory=dict)
    pronoun_side: Side | None = None
    cause: tuple[str, Span] | None = None
    # The causes of the further cases of one notice, in order (…一案（…号）及申请人某某与你单位…纠纷一案).
    later_causes: list[tuple[str, Span]] = field(default_factory=list)

    def add(self, side: Side, name: str, span: Span) -> None:
        self.by_side.setdefault(side, []).append((name, span))


@dataclass
class _Group:
    role: str | None
    names: list[tuple[str, Span]]
    join: str | None  # the word before it: 诉, 与, or None (first, or a list)


def _skip(rule: regex.Pattern[str], text: str, pos: int, end: int) -> int:
    match = rule.match(text, pos, end)
    return match.end() if match else pos


def _is_cause(text: str, pos: int, end: int) -> bool:
    """Does the cause of action (劳务合同纠纷, 劳动争议, 贪污罪 …, then 一案, or a listing's next field after a comma)
    start at ``pos``? Only a cause that starts with a known word is taken for one: a name may end in 纠纷's reach."""
    if not _CAUSE_START.match(text, pos, end):
        return False
    cause = grammar.match(grammar.CAUSE_RE, text, pos, end)
    if cause is None or _NO_CAUSE_HOLDS.search(cause.group()):
        return False
    after = cause.end()
    return grammar.CASE_WORD_RE.match(text, after, end) is not None or _FIELD_END.match(text, after, end) is not None


# What no cause holds: a county's name, a business's legal form, or a join to the other side (公安县某某有限公司
# 诉你公司买卖合同纠纷, 公安县宏丰轧花厂买卖合同纠纷: a party from 公安县, then the cause; not a cause that starts
# with 公安, as 公安行政管理 does).
_NO_CAUSE_HOLDS = grammar.compile_pattern(
    r"有限(?:责任)?公司|合作社|经营部|[县旗厂]|诉(?:你|您|被告|被申请人|被上诉人)"
)


def side_of(role: str) -> Side | None:
    """The side a printed role stands on: 上诉人（原审被告人） is an appellant; 当事人 only labels a line."""
    word = grammar.ROLE_WORD_RE.match(role)
    if word is None:
        return None
    printed = word.group()
    if printed not in lexicon.ROLE_SIDES and printed not in lexicon.LABEL_ROLES:
        printed = _COUNTED.sub("", printed)  # (第二被申请人: the side's second; not 第三人, a role of its own)
    return lexicon.ROLE_SIDES.get(printed) or lexicon.LABEL_ROLES.get(printed)


_COUNTED = grammar.compile_pattern(rf"^{grammar.COUNT_OF_SIDE}", regex.VERBOSE)


def _known_cause(text: str, start: int, end: int) -> int:
    """The length of the known cause or charge that starts at ``start`` and runs to the case word, or 0."""
    lead = start + 1 if text.startswith("犯", start) else start
    lead += 2 if text.startswith("涉嫌", lead) else 0
    if text[lead : lead + 2] not in _CAUSE_PREFIXES and text[lead : lead + 1] not in _CAUSE_PREFIXES:
        return 0  # no known cause begins so: the rule need not run (it is tried at every cut of a name)
    cause = grammar.match(grammar.CAUSE_RE, text, start, end)
    if cause is None or not grammar.CASE_WORD_RE.match(text, cause.end(), end):
        return 0
    printed = text[start : cause.end()].removeprefix("犯").removeprefix("涉嫌")
    return len(printed) if printed in _KNOWN_CAUSES else 0


def _person_split(text: str, start: int, end_of_name: int, end: int) -> Span:
    """Where a person's name that runs straight into the cause ends: "被告乙劳务合同纠纷一案" is
    乙 + 劳务合同纠纷, not 乙劳务 + 合同纠纷 — the longest cause the lexicon knows wins."""
    if end_of_name - start > lexicon.MAX_PERSON_NAME or not _known_cause(text, end_of_name, end):
        return start, end_of_name  # an organisation's name ends at its suffix
    best = max(range(start + 1, min(start + 4, end) + 1), key=lambda cut: (_known_cause(text, cut, end), -cut))
    return (start, best) if _known_cause(text, best, end) else (start, end_of_name)


_PRONOUN_FIRSTS = tuple({pronoun[0] for pronoun in lexicon.PRONOUNS})


def _group(text: str, pos: int, end: int) -> tuple[_Group | None, int]:
    """One side's run: an optional role word and its names (张三、李四等5人)."""
    role = None
    case_number = grammar.match(grammar.CASE_NUMBER_RE, text, pos, end)
    if case_number is not None:
        pos = case_number.end()  # 审理(2024)渝05民终413号上诉人… : the number, then the parties
    role_match = grammar.ROLE_RE.match(text, pos, end)
    if role_match:
        role = role_match.group()
        pos = _skip(_ROLE_COLON, text, role_match.end(), end)
    names: list[tuple[str, Span]] = []
    while True:
        if _is_cause(text, pos, end):
            break  # "被告人张小磊，劳务合同纠纷一案": after the comma, the cause; "审理的劳动争议案件": no one
        kin = _KIN_OF.match(text, pos, end)
        if kin is not None and kin.group("of") in dict(names):
            pos = kin.end()  # (被告韩立新、韩立新之妻孟庆芝: the wife, by her name)
        elif (kin := _THEIR_KIN.match(text, pos, end)) is not None:
            pos = kin.end()  # (申请人朱爱英申请宣告其丈夫朱建明失踪: the husband, by his name)
        elif (heirs := grammar.match(grammar.HEIRS_OF_RE, text, pos, end)) is not None:
            pos = heirs.end()  # (被告马福山的继承人马秀兰、马文斌: the heirs, by their names)
        if text.startswith(_PRONOUN_FIRSTS, pos):
            # 你, 你公司, 你们, 您: the addressees, whatever cause follows (诉你牲畜托管合同纠纷一案,
            # 诉你草场使用权纠纷一案: no name starts with 你)
            span = (pos, pos + max(len(pronoun) for pronoun in lexicon.PRONOUNS if text.startswith(pronoun, pos)))
        else:
            name = grammar.match(grammar.PARTY_NAME_RE, text, pos, end)
            if name is None or grammar.ROLE_RE.fullmatch(name.group()):
                break
            span = _person_split(text, name.start(), name.end(), end)
        names.append((text[span[0] : span[1]], span))
        pos = _skip(grammar.NAME_TRAILER_RE, text, span[1], end)
        separator = _SEPARATOR.match(text, pos, end)
        if separator is None or grammar.ROLE_RE.match(text, separator.end(), end):
            break  # the list goes on to another side's role: a join, read by the caller
        pos = separator.end()
    if not names:
        return None, pos
    others = grammar.AND_OTHERS_RE.match(text, pos, end)
    if others:
        pos = others.end()
        listed = _LISTED_OTHERS.match(text, pos, end)
        if listed is not None:
            # 罗某等3人（罗某、邓某、文某）: the others named in brackets, each a party of the side
            names += [name for name in _bracketed_names(text, *listed.span("names")) if name[0] not in dict(names)]
            pos = listed.end()
        else:
            pos = _skip(_LIST_POINTER, text, pos, end)  # 等15人（名单附后）与你们…: the list is read apart (listed.py)
    return _Group(role, names, None), pos


_KIN_OF = grammar.compile_pattern(rf"(?P<of>\p{{Han}}{{2,6}}?) 之 {grammar.alt(lexicon.KIN_WORDS)}", regex.VERBOSE)
_THEIR_KIN = grammar.compile_pattern(rf"其{grammar.alt(lexicon.KIN_WORDS)}(?=\p{{Han}}{{2}})")
# (Not a pointer to where they are listed: 等15人（名单附后）, （详见附件）.)
_LISTED_OTHERS = grammar.compile_pattern(r"[（(](?![^（）()\n]*(?:附|名单|详见))(?P<names>[^（）()\n:：]{2,300})[)）]")
_LIST_POINTER = grammar.compile_pattern(r"[（(][^（）()\n]{0,8}(?:附|名单|详见)[^（）()\n]{0,8}[)）]")
_NAME_SEPARATOR = grammar.compile_pattern(r"[、，,]")
# (A listing's cause is a field of its own: …被告某某公司，物业服务合同纠纷，公开开庭审理, or …纠纷  审判长某某.)
_FIELD_END = grammar.compile_pattern(r"[，,；;。\x20\t\u3000\xa0]|$")


def _bracketed_names(text: str, start: int, end: int) -> list[tuple[str, Span]]:
    """The names listed in ``text[start:end]`` apart by 、 — all of them names, or none."""
    found = []
    for piece_start, piece_end in grammar.pieces(_NAME_SEPARATOR, text, start, end):
        name = grammar.match(grammar.PARTY_NAME_RE, text, piece_start, piece_end)
        if name is None or name.end() != piece_end:
            return []
        found.append((name.group(), name.span()))
    return found


def _phrase(text: str, pos: int, end: int) -> tuple[list[_Group], int] | None:
    """The groups of a case phrase starting at ``pos``, and where it ends; None if there is none."""
    groups: list[_Group] = []
    ahead: tuple[_Group | None, int] | None = None  # the group after a join, read to see it is one
    while pos < end:
        group, after = ahead if ahead is not None else _group(text, pos, end)
        ahead = None
        if group is None:
            break
        groups.append(group)
        pos = after
        join = _JOIN.match(text, pos, end)
        if join:
            ahead = _group(text, join.end(), end)
            if ahead[0] is not None:
                pos = join.end()  # 甲诉乙 / 甲与乙: the other side follows
                continue
            ahead = None
        separator = _SEPARATOR.match(text, pos, end) or _GAP.match(text, pos, end)
        if separator and grammar.ROLE_RE.match(text, separator.end(), end):
            pos = separator.end()  # 第三人甲、被告乙 / 原告 甲  被告 乙: a list of sides
            continue
        break
    if not groups or _COMPLAINS.match(text, pos, end) or not _AFTER_PARTIES.match(text, pos, end):
        return None
    _mark_joins(text, groups)
    return groups, pos


# Names that complain (本局在处理陈某、何某等12名劳动者投诉你单位拖欠工资一案中): complainants to a bureau, no side of
# a case (nor a name read with its 投: 陈某投 / 诉你单位).
_COMPLAINS = grammar.compile_pattern(rf"[\x20\t\u3000\xa0]?(?:{_COMPLAINT}|控告|(?<=投)诉)")


_CLAUSE_END = grammar.compile_pattern(r"[\x20\t\u3000\xa0]*(?:[，,。；;\n]|$)")
_JOINS = ("诉", "与", "同", "指控", "申请", "对")  # the words after which the other side answers
_JOIN_WORD = grammar.compile_pattern("|".join(_JOINS))


def _mark_joins(text: str, groups: list[_Group]) -> None:
    for before, after in pairwise(groups):
        gap = text[before.names[-1][1][1] : after.names[0][1][0]]
        join = _JOIN_WORD.search(gap)  # 因与 joins as 与
        after.join = join.group() if join else None


def _sides(groups: list[_Group], applicant_named: bool) -> list[Side]:
    sides: list[Side] = []
    for index, group in enumerate(groups):
        if group.role is not None:
            sides.append(side_of(group.role) or "other")
        elif index == 0:
            sides.append("respondent" if applicant_named else "applicant")
        elif group.join in _JOINS:
            previous = sides[-1]
            sides.append("respondent" if previous == "applicant" else "applicant")
        else:
            sides.append(sides[-1])
    return sides


def read_sides(text: str, start: int, end: int, listing: bool = False) -> Sides | None:
    """The case phrase in ``text[start:end]`` (a body, or a session listing's line): parties by side, 你's side,
    the cause; and the parties on neither side that later clauses name (案外人某某对本院查封的…提出异议)."""
    result = _case_phrase(text, start, end, listing)
    named = {name for members in result.by_side.values() for name, _ in members} if result else set()
    found = grammar.finditer(grammar.LATER_OTHER_PARTY_RE, text, start, end)
    later = [("other", match.group(_LATER_PARTY), match.span(_LATER_PARTY)) for match in found]
    # 本案申请执行人为某某公司，被执行人为某某、你: the sides of the case the notice is about, said apart.
    # (Or in brackets after the case: …破产清算一案（申请人：某某公司）.)
    stated_sides: list[regex.Match[str]] = []
    for rule in (grammar.ROLE_STATED_RE, grammar.ROLE_ASIDE_RE):
        stated_sides.extend(grammar.finditer(rule, text, start, end))
    for stated in stated_sides:
        # (A name in brackets ends at their close: （申请人：某某有限公司）.)
        aside = stated.re is grammar.ROLE_ASIDE_RE
        group, _ = _group(text, stated.end(), _aside_end(text, stated.end(), end) if aside else end)
        side = side_of(stated.group("role"))
        # (Not what one side did for the other: 原告为被告定制加工犬粮、…, 原告为你公司在银行的借款提供保证 — a role of
        # its own after 为, or the clause going on after the names; a side stated ends its clause.)
        if group is None or group.role is not None or side not in ("applicant", "respondent"):
            continue
        if aside or _CLAUSE_END.match(text, _skip(grammar.NAME_TRAILER_RE, text, group.names[-1][1][1], end), end):
            later += [(side, name, span) for name, span in group.names]
    # 本委受理的下列申请人诉你单位…五案 / 1.申请人王振山，案号：…: the parties pointed to, each on its item's line.
    if (pointed := grammar.search(grammar.POINTED_ROLE_RE, text, start, end)) is not None:
        for item in grammar.finditer(grammar.ROLE_ITEM_RE, text, pointed.end(), end):
            group, _ = _group(text, item.end(), end)
            side = side_of(item.group("role"))
            if group is not None and side is not None and side == side_of(pointed.group("role")):
                # (not the item's next label, 案号：…, read on after its comma)
                later += [(side, name, span) for name, span in group.names if text[span[1] : span[1] + 1] not in ":："]
    # 你以某某区人民检察院错误逮捕为由申请国家赔偿: the body the claim is against answers it.
    for claim in grammar.finditer(grammar.COMPENSATION_BODY_RE, text, start, end):
        later.append(("respondent", claim.group(_CLAIMED), claim.span(_CLAIMED)))
    # 某某有限公司因遗失…向本院申请公示催告: the applicant opens the body, named with no role.
    # 某某公司因不能清偿到期债务…，债权人某某公司向本院申请对其进行破产清算: the debtor, then its creditor.
    # (Where no one stands on a side yet: 管理人 names someone acting, on none.)
    sided = result is not None and any(members for side, members in result.by_side.items() if side != "none")
    if not sided and (debtor := grammar.match(grammar.DEBTOR_OPENED_RE, text, start, end)) is not None:
        later.append(("applicant", debtor.group(_DEBTOR_OPENED["creditor"]), debtor.span(_DEBTOR_OPENED["creditor"])))
        later.append(("respondent", debtor.group(_DEBTOR_OPENED["debtor"]), debtor.span(_DEBTOR_OPENED["debtor"])))
    elif not sided and (opened := grammar.match(grammar.NAMED_APPLICANT_RE, text, start, end)) is not None:
        later.append(("applicant", opened.group(_NAMED), opened.span(_NAMED)))
    later = [(side, name, span) for side, name, span in later if name not in named]
    if not later:
        return result
    result = result or Sides()
    for side, name, span in later:
        result.add(side, name, span)  # (你公司 stands for the addressees: see extract)
        if grammar.PRONOUN_RE.match(name):
            result.pronoun_side = result.pronoun_side or side
    return result


def _case_phrase(text: str, start: int, end: int, listing: bool = False) -> Sides | None:
    reach = min(end, start + _REACH)
    # (…裁定受理某某公司破产清算一案（申请人：某某有限公司）: the applicant named in brackets after the case, the one
    # the case names with no role is the other side, as after 根据某某的申请.)
    applicant = _applicant_aside(text, start, reach, end)
    # (A listing's line names its case as a field of its own, no word before it: …第一法庭，张三与李四民间借贷纠纷.)
    fields = _field_starts(text, start, reach) if listing else ()
    # (Lazily: the first intro most often opens the phrase, and finding every role word ahead costs more.)
    for intro in chain((_BODY_START.match(text, start),), _INTRO.finditer(text, start, reach), fields):
        if intro is None:
            continue
        pos = intro.end()
        if intro.group().startswith("根据"):
            # 根据重庆某某公司的申请…受理某某公司破产清算一案: the applicant is named first.
            named = grammar.match(grammar.PARTY_NAME_RE, text, pos, reach)
            if named and _APPLICATION.match(text, named.end(), reach):
                applicant = (named.group(), named.span())
            continue
        found = _phrase(text, pos, end)
        if found is None:
            continue
        groups, after = found
        cause = grammar.match(grammar.CAUSE_RE, text, _skip(_CAUSE_LEAD, text, after, end), end)
        # (One named with no role before a charge is the one accused: 王某某诈骗案, 张某某涉嫌盗窃罪一案.)
        accused = cause is not None and cause.group(_CAUSE["cause"]) in _CHARGES
        if len(groups) == 1 and groups[0].role is None and not accused:
            if text.startswith("涉嫌", after):
                continue  # 你药房涉嫌串换药品…一案: one suspected, on no side (see grammar.INSPECTION_SUBJECT)
            if not _CASE_AFTER.match(text, after, end):
                continue  # no role, no other side, no case after: 立案受理，案号为（…）, 口头审理室（…）name no one
            if _OTHERS_COMPLAIN.match(text, after, end) or _OF_YOU.search(groups[0].names[0][0]):
                # a project others complain of (处理某煤矿进场道路工程农民工投诉…一案), or a complaint of you
                # (处理劳动者反映你公司拖欠…一案): no side named
                continue
            you = grammar.PRONOUN_RE.match(groups[0].names[0][0]) is not None
            if you and cause is None and _DEEDS_CASE.match(text, after, end):
                continue  # what you did (你公司未经批准擅自采挖砂石一案): a bureau's case of it, no side
        result = Sides()
        if applicant is not None:
            result.add("applicant", *applicant)
        _add_groups(result, groups, applicant is not None or (accused and len(groups) == 1))
        # (…行政强制（强制拆除房屋）一案: the case word after what the cause is about)
        case_word = (
            grammar.CASE_WORD_RE.match(text, _skip(_CAUSE_ASIDE, text, cause.end(), end), end)
            if cause is not None
            else None
        )
        # (…运输合同纠纷一案, or a listing's row that ends with its cause: …诉被告某某运输合同纠纷, or holds it as a
        # field: …被告某某公司，物业服务合同纠纷，公开开庭审理)
        first_cause = cause
        listed_cause = cause is not None and _FIELD_END.match(text, cause.end(), end) is not None
        ends = cause is not None and _ends(text, _skip(_CAUSE_ASIDE, text, cause.end(), end), end)
        if cause is not None and (case_word is not None or ends or listed_cause):
            result.cause = (cause.group(_CAUSE["cause"]), cause.span(_CAUSE["cause"]))
        # More cases of the one notice, each led by a role: …一案（…号）及申请人某某与你单位…纠纷一案, or listed with
        # the case word once, after the last (…买卖合同纠纷、原告某某诉被告某某买卖合同纠纷两案).
        listed: list[list[_Group]] = []  # the cases read since the last case word
        last_end = case_word.end() if case_word is not None else cause.end() if cause is not None else None
        while last_end is not None:
            more = _MORE_CASES.match(text, last_end, end)
            at = more.end() if more is not None else None
            if at is not None and text.startswith("诉", at):
                at += 1  # …一案（…号）、诉被告某某…一案: the same plaintiff's next case
            found = _phrase(text, at, end) if at is not None else None
            if found is None or found[0][0].role is None:
                break
            cause = grammar.match(grammar.CAUSE_RE, text, _skip(_CAUSE_LEAD, text, found[1], end), end)
            if cause is None:
                break
            listed.append(found[0])
            result.later_causes.append((cause.group(_CAUSE["cause"]), cause.span(_CAUSE["cause"])))
            case_word = grammar.CASE_WORD_RE.match(text, cause.end(), end)
            if case_word is not None:
                for groups in listed:
                    _add_groups(result, groups, False)
                listed = []
                if result.cause is None and first_cause is not None:
                    result.cause = (first_cause.group(_CAUSE["cause"]), first_cause.span(_CAUSE["cause"]))
            last_end = case_word.end() if case_word is not None else cause.end()
        _read_items(text, pos, end, result)
        return result
    if applicant is not None:
        result = Sides()
        result.add("applicant", *applicant)
        return result
    return None


# (…诉下列被告物业服务合同纠纷系列案, …诉下表所列被告…: the other side a list names, no name before the cause.)
_CAUSE_LEAD = grammar.compile_pattern(
    rf"[\x20\t\u3000\xa0，,]{{0,2}} (?: (?:诉|与) {grammar.SP}? {grammar.alt(lexicon.POINTING_WORDS)} (?:所列)?"
    rf" {grammar.alt(lexicon.PARTY_ROLES)}? 们? )?"
    r" (?: 之间 的? )?"  # (申请人某公司与你方之间的买卖合同争议仲裁案)
    # (the claim before the case with you: 申请人某某因追索劳动报酬、经济补偿与你单位劳动争议二案)
    rf" (?: 因 [^，,。；;\n]{{1,20}}? (?:与|诉) {grammar.SP}? (?> {grammar.PRONOUN} ) (?! {grammar.SP}? 发生 ) )?",
    regex.VERBOSE,
)
# An aside a listing's row prints after its cause: …离婚纠纷（不公开审理）, （简易程序）.
_CAUSE_ASIDE = grammar.compile_pattern(r"[\x20\u3000]?[（(][^（）()\n]{1,12}[)）]")
# Where a listing line's field starts: the line's start, or after a comma or a gap, at a character (not after 、, which
# lists the names of one field).
_FIELD_START = grammar.compile_pattern(r"(?:^|(?<=[，,；;\x20\t\u3000\xa0]))(?=\p{Han})", regex.MULTILINE)
_ROOM_FIELD = grammar.compile_pattern(rf"[^，,；;\s]{{0,20}}?{grammar.alt(lexicon.ROOM_NOUNS)}(?![^，,；;\s])")
# Between one case of a notice and the next: its number in brackets, then 及, 和, 、 or a semicolon (not a
# comma: 一案，被告某某因下落不明… goes on about the case).
# (The number's bracket may hold the number's own: 一案（（2026）吉0102民初3401号）及原告某某诉…)
_MORE_CASES = grammar.compile_pattern(
    r"[\x20\t\u3000\xa0]?(?:[（(](?:[^（）()\n]|[（(][^（）()\n]{1,10}[)）]){1,40}[)）])?"
    r"[\x20\t\u3000\xa0]?(?:以及|及|和|、|；|;)[\x20\t\u3000\xa0]?"
)


def _aside_end(text: str, pos: int, end: int) -> int:
    """Where the bracket holding ``pos`` closes (its names end there), or ``end``."""
    close = min((at for at in (text.find("）", pos, end), text.find(")", pos, end)) if at >= 0), default=-1)
    return end if close < 0 else close


def _applicant_aside(text: str, start: int, reach: int, end: int) -> tuple[str, Span] | None:
    """The one applicant a bracket after the case names (一案（申请人：某某有限公司）), if any."""
    for aside in grammar.finditer(grammar.ROLE_ASIDE_RE, text, start, reach):
        group, _ = _group(text, aside.end(), _aside_end(text, aside.end(), end))
        if group is not None and len(group.names) == 1 and side_of(aside.group("role")) == "applicant":
            return group.names[0]
    return None


def _read_items(text: str, pos: int, end: int, result: Sides) -> None:
    """The cases of the items after the one whose case phrase starts at ``pos`` (一、申请人甲与你单位劳动争议一案…；
    / 二、申请人乙与你单位劳动争议一案…): each item's sides, where each opens with its case, led by a role."""
    first = grammar.match(grammar.ITEM_LINE_START_RE, text, text.rfind("\n", 0, pos) + 1, end)
    if first is None or first.end() != pos:
        return
    for item in grammar.finditer(grammar.ITEM_LINE_START_RE, text, pos, end):
        found = _phrase(text, item.end(), end)
        if found is None or found[0][0].role is None:
            continue
        cause = grammar.match(grammar.CAUSE_RE, text, _skip(_CAUSE_LEAD, text, found[1], end), end)
        if cause is None or grammar.CASE_WORD_RE.match(text, cause.end(), end) is None:
            continue
        _add_groups(result, found[0], False)
        result.later_causes.append((cause.group(_CAUSE["cause"]), cause.span(_CAUSE["cause"])))


def _field_starts(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """Where each field of a listing's line starts that may name its case: not its room (…，第一法庭，张三与李四…)."""
    return (field for field in _FIELD_START.finditer(text, start, end) if not _ROOM_FIELD.match(text, field.end(), end))


def _add_groups(result: Sides, groups: list[_Group], applicant_named: bool) -> None:
    for group, side in zip(groups, _sides(groups, applicant_named), strict=True):
        for name, span in group.names:
            if grammar.PRONOUN_RE.match(name):
                result.pronoun_side = side
            result.add(side, name, span)


def _ends(text: str, pos: int, end: int) -> bool:
    """Does nothing but spaces and a full stop stand between ``pos`` and ``end``?"""
    return not text[pos:end].strip(" \t\u3000\xa0\n。")
