"""A self-contained review page: each notice's source text with its fields highlighted.

A clerk checks where every value came from, and what is doubtful, faster
than reading the newspaper again. One HTML file, no network: styles and the
few lines of script are inline, and a Content-Security-Policy allows only
that script (by its hash), so notice text can never run as code. Text is
rendered by Jinja2 with autoescaping on, never by string concatenation.
"""

from __future__ import annotations

import base64
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from importlib.resources import files

import jinja2

from notices import __version__
from notices.catalogue import CODES
from notices.export.options import ExportOptions
from notices.export.rows import schedule_order
from notices.models import Finding, Notice
from notices.report import KIND_LABELS

# Field → (legend label, CSS class). The order is the legend's; where two fields print the
# same text (the addressee is also an applicant), the first one names the highlight.
HIGHLIGHTS: dict[str, tuple[str, str]] = {
    "party": ("当事人 party", "hl-party"),
    "counterparty": ("对方当事人 counterparty", "hl-counter"),
    "applicants": ("其他当事人 other parties", "hl-side"),
    "respondents": ("其他当事人 other parties", "hl-side"),
    "case_numbers": ("案号 case number", "hl-case"),
    "hearing_date": ("开庭日期时间 date and time", "hl-when"),
    "hearing_time": ("开庭日期时间 date and time", "hl-when"),
    "venue": ("地点 venue", "hl-venue"),
    "issuer": ("发布机构 issuer", "hl-issuer"),
    "published": ("发布日期 published", "hl-published"),
}
FIELD_TABLE = [
    ("kind", "类型"), ("party", "当事人"), ("party_role", "当事人地位"), ("applicants", "申请人/原告"),
    ("respondents", "被申请人/被告"), ("counterparty", "对方当事人"), ("case_numbers", "案号"), ("cause", "案由"),
    ("documents", "送达文书"), ("hearing_date", "开庭日期"), ("hearing_time", "开庭时间"),
    ("hearing_text", "开庭时间原文"), ("venue", "地点"), ("issuer", "发布机构"), ("published", "发布日期"),
    ("served_on", "视为送达日"), ("respond_by", "期限"), ("phones", "电话"), ("contacts", "联系人"),
]  # fmt: skip


@dataclass
class Mark:
    """A highlighted stretch of a notice's text: a field's value, or a finding's subject."""

    start: int
    end: int
    css: str
    field_name: str | None = None
    finding: Finding | None = None
    children: list[Mark | str] = field(default_factory=list)

    @property
    def title(self) -> str:
        if self.finding is not None:
            return f"{self.finding.severity} {self.finding.code}: {self.finding.message}"
        return HIGHLIGHTS[self.field_name][0] if self.field_name else ""


def _marks(record: Notice) -> list[Mark]:
    marks: dict[tuple[int, int, str], Mark] = {}
    for name, (_, css) in HIGHLIGHTS.items():
        for start, end in record.spans.get(name, []):
            # One highlight per printed text: a case-number group, an addressee who is also a side.
            marks.setdefault((start, end, "field"), Mark(start, end, css, field_name=name))
    for finding in record.warnings:
        if finding.span is None:
            continue  # about something absent: listed beside the text, nothing to underline
        start, end = finding.span
        css = f"finding finding-{finding.severity}"
        marks.setdefault((start, end, f"{css} {finding.code}"), Mark(start, end, css, finding=finding))
    # Outer before inner: by start, then longest first.
    return sorted(marks.values(), key=lambda m: (m.start, -m.end))


def _nest(text: str, offset: int, marks: list[Mark]) -> list[Mark | str]:
    """The block's text as a tree of strings and marks; a mark crossing its parent's end is cut there."""
    root = Mark(offset, offset + len(text), "")
    stack = [root]
    cursor = offset
    for mark in marks:
        if not (root.start <= mark.start < mark.end <= root.end):
            continue  # outside the block (a span from elsewhere in the page)
        while stack[-1] is not root and mark.start >= stack[-1].end:
            top = stack.pop()
            top.children.append(text[cursor - offset : top.end - offset])
            cursor = top.end
        parent = stack[-1]
        mark.end = min(mark.end, parent.end)
        parent.children += [text[cursor - offset : mark.start - offset], mark]
        cursor = mark.start
        stack.append(mark)
    while stack:
        top = stack.pop()
        top.children.append(text[cursor - offset : top.end - offset])
        cursor = top.end
    return root.children


@dataclass
class NoticeView:
    number: int
    record: Notice
    anchor: str
    tree: list[Mark | str]
    worst: str | None
    fields: list[tuple[str, str]]


def _show(value: object) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


def _worst(findings: list[Finding]) -> str | None:
    severities = {f.severity for f in findings}
    return next((s for s in ("error", "warning", "info") if s in severities), None)


def _views(records: list[Notice], texts: dict[str | None, str]) -> list[NoticeView]:
    views = []
    for number, record in enumerate(records, start=1):
        text = texts.get(record.source.file, "")
        start, end = record.source.start, record.source.end
        block = text[start:end] if text else ""
        shown = {"kind": KIND_LABELS[record.kind]}
        fields = [(label, shown.get(name) or _show(getattr(record, name))) for name, label in FIELD_TABLE]
        tree = _nest(block, start, _marks(record))
        filled = [(label, value) for label, value in fields if value]
        views.append(NoticeView(number, record, f"notice-{number}", tree, _worst(record.warnings), filled))
    return views


def _environment() -> jinja2.Environment:
    template_dir = files("notices") / "templates"
    return jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: (template_dir / name).read_text(encoding="utf-8")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def to_html(records: list[Notice], options: ExportOptions) -> bytes:
    env = _environment()
    script = (files("notices") / "templates" / "review.js").read_text(encoding="utf-8")
    script_hash = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    views = _views(records, dict(options.texts))
    by_number = {id(v.record): v for v in views}
    schedule = [by_number[id(r)] for r in schedule_order(records)]
    page = env.get_template("review.html.j2").render(
        version=__version__,
        files=sorted(str(f) for f in options.texts),
        kinds=Counter(KIND_LABELS[r.kind] for r in records),
        severities=Counter(w.severity for r in records for w in r.warnings),
        views=views,
        schedule=schedule,
        legend=[(label, css) for label, css in dict.fromkeys(HIGHLIGHTS.values())],
        codes=CODES,
        script=script,
        script_hash=script_hash,
    )
    return page.encode("utf-8")
