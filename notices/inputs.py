"""Input files as text: size limits, encodings, HTML, and folders.

Every failure is an InputError naming the file and the reason in one line;
the caller reports it and goes on with the other files.
"""

from __future__ import annotations

import codecs
import contextlib
import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import InputError
from notices.models import SourceFormat

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
HEAD_BYTES = 1 << 20  # what encoding detection and HTML sniffing look at
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
_HTML_START = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s{0,200}(?:<!--[^>]{0,500}-->\s{0,200}){0,5}<(?:!doctype\s+html|html|head|body)\b", regex.I
)
_DECLARED_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.I)


@dataclass(frozen=True)
class SourceText:
    name: str  # as given, '<stdin>' for -
    text: str
    format: SourceFormat  # "html" when text was extracted from a page


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096]))


def detect_encoding(head: bytes, name: str, whole: bool = True) -> str:
    """The encoding of a file that starts with ``head``: a BOM, UTF-8, or what charset-normalizer finds.

    ``whole`` says ``head`` is the whole file (else a multi-byte character may be cut at its end)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=whole)
        return "utf-8"  # the common case, and UTF-8 is never mistaken for noise
    except UnicodeDecodeError:
        pass
    if b"\x00" in head[:8192]:
        raise InputError(name, "not a text file (binary)")
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(head).best()
    if best is None or best.encoding is None:
        raise InputError(name, "not a text file (binary)")
    return str(best.encoding)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    """``data`` as text, in ``encoding`` or the one detected from its first megabyte."""
    encoding = encoding or detect_encoding(data[:HEAD_BYTES], name, whole=len(data) <= HEAD_BYTES)
    try:
        return data.decode(encoding)
    except LookupError:
        raise InputError(name, f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise InputError(name, f"not {encoding} text (byte {error.start})") from None


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:8192])
    if not match:
        return None
    charset = match.group(1).decode("ascii").lower()
    # Pages that say gb2312 or gbk are, in practice, GB18030 (its superset).
    return "gb18030" if charset in ("gb2312", "gbk", "x-gbk") else charset


def to_source_text(data: bytes, name: str, encoding: str | None = None, html: bool | None = None) -> SourceText:
    """Decoded text, converted from HTML when it is a page (by suffix or by its start)."""
    if not data.strip():
        raise InputError(name, "empty file")
    is_html = looks_like_html(data) if html is None else html
    if not is_html:
        return SourceText(name, decode(data, name, encoding), "text")
    from notices.htmltext import html_to_text  # lxml only for pages

    declared = None if encoding else _declared_charset(data)
    try:
        page = decode(data, name, encoding or declared)
    except InputError:
        if not declared:
            raise
        page = decode(data, name)  # a wrong declaration: fall back to detection
    return SourceText(name, html_to_text(page), "html")


def _checked_size(path: Path, max_size: int) -> int:
    name = str(path)
    size = path.stat().st_size
    if path.is_dir():
        raise InputError(name, "is a folder, not a file")
    if size > max_size:
        # Refused before anything is read into memory.
        raise InputError(name, f"too large ({size:,} bytes; the limit is {max_size:,}, see --max-size)")
    return size


@contextlib.contextmanager
def _os_errors(path: Path) -> Iterator[None]:
    """OS errors while reading ``path`` as one-line InputErrors."""
    name = str(path)
    try:
        yield
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied)") from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None


def read_source(path: Path, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> SourceText:
    """The text of the file at ``path``, or an InputError saying why not."""
    name = str(path)
    with _os_errors(path):
        _checked_size(path, max_size)
        data = path.read_bytes()
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return to_source_text(data, name, encoding, html)


@dataclass
class SourceStream:
    """A file's text as pieces, read and decoded a megabyte at a time."""

    name: str
    format: SourceFormat
    pieces: Iterator[str]


def open_source(path: Path, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> SourceStream:
    """The text of the file at ``path`` as a stream; a page (HTML) is converted whole."""
    name = str(path)
    with _os_errors(path):
        size = _checked_size(path, max_size)
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(head):
        source = read_source(path, encoding, max_size)
        return SourceStream(source.name, source.format, iter([source.text]))
    if not head.strip():
        raise InputError(name, "empty file")
    codec = encoding or detect_encoding(head, name, whole=size <= len(head))
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(name, f"unknown encoding {codec!r}") from None
    return SourceStream(name, "text", _decoded(path, codec))


def open_stdin(encoding: str | None = None) -> SourceStream:
    """Standard input as a stream: read whole (it cannot be sniffed twice), then like a file."""
    import sys

    source = to_source_text(sys.stdin.buffer.read(), "<stdin>", encoding)
    return SourceStream(source.name, source.format, iter([source.text]))


def _decoded(path: Path, encoding: str) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder(encoding)()
    position = 0
    with _os_errors(path), path.open("rb") as handle:
        while data := handle.read(HEAD_BYTES):
            try:
                yield decoder.decode(data)
            except UnicodeDecodeError as error:
                raise InputError(str(path), f"not {encoding} text (byte {position + error.start})") from None
            position += len(data)
        yield decoder.decode(b"", final=True)


def expand_paths(paths: Iterable[Path], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Path]:
    """Files named, and the files under folders named that match ``globs``, in a stable order."""
    patterns = tuple(globs)
    for path in paths:
        if str(path) != "-" and path.is_dir():
            found = []
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                found += [Path(folder, f) for f in files if any(fnmatch.fnmatch(f, p) for p in patterns)]
            yield from sorted(found, key=lambda p: p.relative_to(path).parts)
        else:
            yield path
