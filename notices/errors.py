"""The tool's own errors: each names the input and the problem in one line."""

from __future__ import annotations

import unicodedata


def one_line(name: str) -> str:
    """``name`` with every character that would break or disguise a line escaped (\\n, \\x1b, \\u202e):
    line breaks, terminal escapes, direction overrides, undecodable bytes of a file name."""
    if name.isprintable():
        return name
    return "".join(
        c if c.isprintable() or unicodedata.category(c) == "Zs" else c.encode("unicode_escape").decode("ascii")
        for c in name
    )


class NoticesError(Exception):
    """Base of every error the tool reports to its user."""


class InputError(NoticesError):
    """An input that could not be read; the run goes on with the others."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{one_line(source)}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        return InputError, (self.source, self.reason)  # crosses to and from worker processes whole


class OutputError(NoticesError):
    """An output that could not be written, or would overwrite a file."""
