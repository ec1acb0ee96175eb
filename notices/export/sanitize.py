"""Values made safe for formats that cannot carry every character, and the change made visible.

Notice text is untrusted and may hold anything a source held: Word's manual
line break (\\v), a PDF's page break (\\f), NUL, U+FFFE, U+2028. XML (so xlsx)
forbids most control characters, RFC 5545 forbids them in iCalendar text, and a
reader that splits lines with ``str.splitlines`` sees a new line at \\v, \\f,
\\x1c–\\x1e, U+0085, U+2028 and U+2029. For xlsx, CSV and iCalendar a
line-breaking character becomes a line feed (which each format writes its own
way), any other control character is removed, and the record gets an
``output_characters_replaced`` finding naming the field. JSON keeps every
value as read (its escapes carry any character), and so do the records.
"""

from __future__ import annotations

from typing import Any

import regex
from pydantic import BaseModel

from notices.catalogue import finding
from notices.models import Notice

# CR LF first, so that a Windows line end becomes one line feed, not two.
_LINE_BREAK = regex.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# What XML 1.0 and RFC 5545 refuse (the tab is allowed in both): C0 and C1 controls,
# non-characters U+FFFE/U+FFFF, lone surrogates (from undecodable file names).
_UNSAFE = regex.compile(r"\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]")
_NOT_REPORTED = frozenset({"warnings"})  # the tool's own messages: they quote fields already reported


def safe_text(value: str) -> str:
    """``value`` with line breaks as line feeds and no other control character."""
    if value.isprintable() or not _UNSAFE.search(value):
        return value  # the common case: one C-level check
    return _UNSAFE.sub(lambda m: "\n" if _LINE_BREAK.fullmatch(m.group()) else "", value)


def _unsafe_characters(value: Any, found: set[str]) -> Any:
    """``value`` made safe (strings, lists, models, recursively), the characters replaced added to ``found``;
    the same object when nothing changed."""
    if isinstance(value, str):
        safe = safe_text(value)
        if safe != value:
            found.update(c for c in set(value) if _UNSAFE.match(c))
            return safe
        return value
    if isinstance(value, list):
        items = [_unsafe_characters(item, found) for item in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, BaseModel):
        changed = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _unsafe_characters(old, found)
            if new is not old:
                changed[name] = new
        return value.model_copy(update=changed) if changed else value
    return value  # dates, numbers, spans


def safe_record(record: Notice) -> Notice:
    """``record`` with every text value safe (see the module), and a finding per field changed."""
    changed: dict[str, Any] = {}
    added = []
    for name in type(record).model_fields:
        found: set[str] = set()
        old = getattr(record, name)
        new = _unsafe_characters(old, found)
        if new is old:
            continue
        changed[name] = new
        if name in _NOT_REPORTED:
            continue
        codes = ", ".join(f"U+{ord(c):04X}" for c in sorted(found))
        spans = record.spans.get(name)
        added.append(
            finding(
                "output_characters_replaced",
                spans[0] if spans else None,
                f"输出时替换了控制字符（{codes}）：换行符写作换行，其余删除",
                f"control characters replaced in this output ({codes}): line breaks written as line feeds, "
                "the others removed",
                field=name,
            )
        )
    if not changed:
        return record
    changed["warnings"] = changed.get("warnings", record.warnings) + added
    return record.model_copy(update=changed)
