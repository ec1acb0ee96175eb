"""The tool's own errors: each names the input and the problem in one line."""

from __future__ import annotations


class NoticesError(Exception):
    """Base of every error the tool reports to its user."""


class InputError(NoticesError):
    """An input that could not be read; the run goes on with the others."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class OutputError(NoticesError):
    """An output that could not be written, or would overwrite a file."""
