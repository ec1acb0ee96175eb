"""What a later notice does to a hearing set earlier, read from its own printed text.

A committee moves a hearing with a correction (更正公告, 特此更正), a
rescheduling (改期, 变更开庭时间, 原定…现变更为…), or calls it off (取消开庭,
延期开庭…另行通知). The parser may read such a notice as a hearing or as
``other``; these small named rules read what it changes from its text alone,
whatever kind it was given. The new time is the record's own hearing fields,
unless they hold the old time (printed after 原定): then the new time is
unread, and the store says so rather than move the hearing to a time it
cannot trust.

>>> text = "公告\\n甲某：\\n本委受理的案件，原定于2026年4月22日14时00分开庭，现变更为2026年4月28日9时00分。\\n特此公告"
>>> change = read_change(text)
>>> change.what, change.rule, text[change.span[0] : change.span[1]]
('rescheduled', 'earlier_then_new', '变更为')
>>> stale(text, text.index("2026年4月22日")), stale(text, text.index("2026年4月28日"))
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from notices import grammar
from notices.models import Span

ChangeKind = Literal["rescheduled", "cancelled", "postponed"]

# ---------------------------------------------------------------- the words

# The notice speaks of a hearing already set: 原定于…, 原开庭时间, 原公告, 本委于…发布的公告.
EARLIER = r"原定|原订|原开庭|原公告|原(?:庭审|审理)时间|(?:刊登|发布|公告)的[^。]{0,40}?公告"
# A heading that says so: 更正公告, 变更公告, 改期公告, 延期开庭公告, 取消开庭公告, 开庭时间变更公告.
HEADING = r"\A\s{0,20}(?:关于)?[^\n]{0,20}?(?:更正|变更|改期|延期|取消开庭|撤销开庭)[^\n]{0,10}?公告"
# A closing that says so: 特此更正, 现予更正, 更正如下.
CLOSING = r"特此更正|予以更正|现予更正|更正如下"
# What a new time follows: 变更为, 改为, 调整至, 推迟到, 提前至, 更正为, 应为, 现定于, 重新定于, 另定于.
NEW_TIME = (
    r"(?:变更|更改|调整|更正|推迟|推后|顺延|延期|提前|改)(?:为|至|到|在)|应为|现定于|重新定于|另定于|改定于|改期至?"
)
# A rescheduling said outright: 改期, 变更开庭时间, 开庭时间变更/调整.
RESCHEDULED = r"改期|变更(?:开庭|庭审|审理)(?:时间|日期)|(?:开庭|庭审|审理)(?:时间|日期)(?:变更|调整|更改|更正|有变)"
# A hearing set afresh, beside the earlier setting: 本委定于2026年4月28日…开庭（原定于4月21日）.
SET_AGAIN = r"(?<![原订])定于"
# Called off: 取消开庭, 取消原定的开庭, 开庭取消, 撤销开庭 (the parser's words), 不再开庭.
CANCELLED = rf"{grammar.HEARING_CALLED_OFF}|不再开庭"
# Put off with no new time (the parser's words): it counts only beside EARLIER or a heading, since regular
# notices say the time of a later step 另行通知 too.
POSTPONED = grammar.HEARING_PUT_OFF

_EARLIER_RE = grammar.compile_pattern(EARLIER)
_NEW_TIME_RE = grammar.compile_pattern(NEW_TIME)
_HEADING_RE = grammar.compile_pattern(HEADING)
_CLAUSE_START = grammar.compile_pattern(r"[，,。；;：:（(）)\n]")


@dataclass(frozen=True)
class Rule:
    """A named way a notice says it changes a hearing: what it means, and whether it needs the
    notice also to speak of the earlier setting (words that regular notices print too)."""

    name: str
    what: ChangeKind
    pattern: regex.Pattern[str]
    needs_earlier: bool = False


# Specific before general: a call-off first (its notice may also print 原定 and a time), then a
# postponement, then the ways a rescheduling is said.
RULES = [
    Rule("cancelled", "cancelled", grammar.compile_pattern(CANCELLED)),
    Rule("postponed", "postponed", grammar.compile_pattern(POSTPONED), needs_earlier=True),
    Rule("rescheduled", "rescheduled", grammar.compile_pattern(RESCHEDULED)),
    Rule("earlier_then_new", "rescheduled", _NEW_TIME_RE, needs_earlier=True),
    Rule("set_again", "rescheduled", grammar.compile_pattern(SET_AGAIN), needs_earlier=True),
    Rule("correction_closing", "rescheduled", grammar.compile_pattern(CLOSING)),
    Rule("correction_heading", "rescheduled", _HEADING_RE),
]


@dataclass(frozen=True)
class Change:
    """What a notice changes about a hearing, by which rule, and where its text says so."""

    what: ChangeKind
    rule: str
    span: Span  # offsets into the text given to read_change


def read_change(text: str, start: int = 0, end: int | None = None) -> Change | None:
    """What the notice printed in ``text[start:end]`` changes about a hearing set earlier, or None
    for a notice that changes nothing. Spans are offsets into ``text``."""
    block = text[start:end]
    earlier = _EARLIER_RE.search(block) is not None or _HEADING_RE.search(block) is not None
    for rule in RULES:
        if rule.needs_earlier and not earlier:
            continue
        match = rule.pattern.search(block)
        if match is not None:
            # A postponement that prints a new time is a rescheduling (延期至2026年5月8日).
            what = rule.what
            if what == "postponed" and _NEW_TIME_RE.search(block) is not None:
                what = "rescheduled"
            return Change(what, rule.name, (start + match.start(), start + match.end()))
    return None


def stale(text: str, at: int) -> bool:
    """Is the time printed at ``text[at]`` the old one, the time a hearing was first set for?

    It is when its clause speaks of the earlier setting (原定于…) and no new-time phrase (变更为…)
    stands between that and the time: "原定于2026年4月22日" is stale, "现变更为2026年4月28日"
    and "将原定于4月22日的开庭改为2026年4月28日" are not."""
    clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, at - 60), at)), default=max(0, at - 60))
    before = text[clause_start:at]
    earlier = [m.end() for m in _EARLIER_RE.finditer(before)]
    return bool(earlier) and _NEW_TIME_RE.search(before, earlier[-1]) is None
