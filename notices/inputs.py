"""Input files as text: size limits, encodings, HTML, and folders.

Every failure is an InputError naming the file and the reason in one line;
the caller reports it and goes on with the other files. What was repaired on
the way (bytes replaced, a cut character, a wrong declared charset) is kept
beside the text as warning lines, each naming the file.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import fnmatch
import io
import os
import stat
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

import regex

from notices import encodings
from notices.defaults import DEFAULT_GLOBS, DEFAULT_MAX_SIZE
from notices.errors import InputError, one_line
from notices.models import SourceFormat

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".shtm"}  # (a server page, .aspx or .php, may be JSON: sniffed)
HEAD_BYTES = 1 << 20  # what encoding detection and HTML sniffing look at
_HTML_START = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s{0,200}(?:<\?xml[^>]{0,200}>\s{0,200})?(?:<!--[^>]{0,500}-->\s{0,200}){0,5}"
    rb"<(?:!doctype\s+html|html|head|body|div|p|table|section|article|h[1-6])\b",
    regex.I,
)
# <meta charset=…>, <meta http-equiv content="…; charset=…">, or an XML declaration's encoding.
_DECLARED_CHARSET = regex.compile(
    rb"""<(?:meta[^>]{0,200}?charset|\?xml[^>]{0,200}?encoding)\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.I
)
# The review page this tool writes (export/htmlout.py): read back, it would give its own words as notices.
_REVIEW_PAGE = regex.compile(rb"""<meta\s+name=["']generator["']\s+content=["']notices[ "']""", regex.I)
# The tool's own JSON, JSON Lines and CSV exports: their fields would read as a listing of hearings.
_OWN_EXPORT = regex.compile(
    rb"""\A(?:\xef\xbb\xbf)?(?:\[\s*)?\{\s*"kind":\s*"(?:hearing|award_service|inspection_inquiry|other)",\s*"party":"""
    rb"""|\A\xef\xbb\xbf(?:kind,party,counterparty,|""" + "类型,当事人,对方当事人,".encode() + rb")"
)
_SKIPPED = "written by notices, not a source: skipped (read the pages it was made from)"


@dataclass(frozen=True)
class SourceText:
    name: str  # as given, '<stdin>' for -
    text: str
    format: SourceFormat  # "html" when text was extracted from a page (see models.Source)
    warnings: tuple[str, ...] = ()  # what was repaired or skipped, one line each, naming the file


def looks_like_html(data: bytes) -> bool:
    return bool(_HTML_START.match(data[:4096]))


def _named(name: str, lines: Iterable[str]) -> list[str]:
    return [f"{one_line(name)}: {line}" for line in lines]


def detect_encoding(head: bytes, name: str, whole: bool = True) -> str:
    """The encoding of a file that starts with ``head`` (see ``encodings.detect``), or an InputError."""
    found = encodings.detect(head, whole)
    if found is None:
        raise InputError(name, "not a text file (binary)")
    return found


def checked_codec(encoding: str, name: str) -> str:
    if not encodings.is_text_codec(encoding):
        raise InputError(name, f"unknown encoding {encoding!r}")
    return encoding


def decode(data: bytes, name: str, encoding: str | None = None) -> tuple[str, list[str]]:
    """``data`` as text, in ``encoding`` or the one detected from its first megabyte, and the
    repairs made (invalid bytes replaced, a cut last character dropped) as warning lines."""
    detected = encoding is None
    if encoding is None:
        encoding = detect_encoding(data[:HEAD_BYTES], name, whole=len(data) <= HEAD_BYTES)
    text, repairs = encodings.decode(data, checked_codec(encoding, name))
    if detected and repairs.offsets:
        # The first megabyte may say one encoding and the rest be another (ASCII news, then GB
        # notices): detected again where the damage starts, kept if it repairs less.
        first = repairs.offsets[0]
        again = encodings.detect(data[first - first % 4 : first + HEAD_BYTES], whole=first + HEAD_BYTES >= len(data))
        if again is not None and again != encoding:
            other = encodings.decode(data, again)
            if other[1].count + (other[1].cut is not None) < repairs.count + (repairs.cut is not None):
                text, repairs = other
    _check_text(text, repairs, name)
    return text, _named(name, repairs.lines())


def _check_text(text: str, repairs: encodings.Repairs, name: str) -> None:
    """An InputError when ``text`` is too damaged to be text in its encoding (a wrong --encoding)."""
    if not encodings.is_text(text, repairs):
        where = f", the first at byte {repairs.offsets[0]:,}" if repairs.offsets else ""
        raise InputError(name, f"not {repairs.encoding} text ({repairs.count:,} invalid byte sequences{where})")


def _declared_charset(data: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(data[:8192])
    return match.group(1).decode("ascii").lower() if match else None


def _codec(charset: str) -> str:
    # Pages that say gb2312 or gbk are, in practice, GB18030 (its superset).
    return "gb18030" if charset in ("gb2312", "gbk", "x-gbk") else charset


def _page_encoding(data: bytes, name: str) -> tuple[str | None, list[str]]:
    """The charset a page declares, if the bytes bear it out (None: detect); and why it was not used.

    Pages often declare what their server was once set to: UTF-8 bytes under gb2312, GBK
    bytes under iso-8859-1. A declaration is kept only when the page decodes in it and,
    for a page with non-ASCII bytes, gives Chinese text where detection does."""
    declared = _declared_charset(data)
    if declared is None or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None, []  # a byte-order mark outranks a declaration
    head = data[:HEAD_BYTES]
    whole = len(data) <= HEAD_BYTES
    codec = _codec(declared)
    if not encodings.is_text_codec(codec):
        return None, [f"declares charset {declared!r}, which is not a known text encoding: detected instead"]
    if codecs.lookup(codec).name != "utf-8" and encodings.is_utf8(head, whole):
        return "utf-8", [f"declares charset {declared!r} but is UTF-8: read as UTF-8"]
    text, repairs = encodings.decode(head, codec, whole)
    if repairs.count:
        where = repairs.offsets[0]
        return None, [f"declares charset {declared!r} but is not {declared} text (byte {where:,}): detected instead"]
    if not head.isascii() and not encodings.han_count(text):
        detected = encodings.detect(head, whole)
        if detected and encodings.han_count(encodings.decode(head, detected, whole)[0]):
            why = f"declares charset {declared!r} but reads as Chinese only in {detected}: read as {detected}"
            return detected, [why]
    return codec, []


def to_source_text(data: bytes, name: str, encoding: str | None = None, html: bool | None = None) -> SourceText:
    """Decoded text, converted from HTML when it is a page (by suffix or by its start)."""
    if not data.strip():
        raise InputError(name, "empty file")
    message = _message_body(data) or _http_body(data)
    if message is not None:
        data, charset, html = message
        encoding = encoding or charset
        if not html:
            text, warnings = decode(data, name, encoding)
            return SourceText(name, text, "message", tuple(warnings))
    if _is_rtf(data):
        text, warnings = decode(data, name, encoding)
        return SourceText(name, _rtf_text(text), "rtf", tuple(warnings))
    is_html = looks_like_html(data) if html is None else html
    if not is_html:
        if _OWN_EXPORT.match(data):
            return SourceText(name, "", "text", tuple(_named(name, [f"an export {_SKIPPED}"])))
        text, warnings = decode(data, name, encoding)
        if _marked_up(text):
            from notices.htmltext import html_to_text

            return SourceText(name, html_to_text(text, name), "html", tuple(warnings))
        return SourceText(name, text, "text", tuple(warnings))
    if _REVIEW_PAGE.search(data[:4096]):
        return SourceText(name, "", "html", tuple(_named(name, [f"a review page {_SKIPPED}"])))
    from notices.htmltext import html_to_text  # lxml only for pages

    notes: list[str] = []
    if encoding is None:
        encoding, notes = _page_encoding(data, name)
    page, repairs = decode(data, name, encoding)
    text = html_to_text(page, name)
    if len(_ESCAPED_TAG.findall(page, 0, _MARKUP_HEAD * 4)) >= _MARKUP_TAGS and _marked_up(text):
        text = html_to_text(text, name)  # (a page that shows its notice's markup escaped: &lt;p&gt; read as text)
    return SourceText(name, text, "html", tuple(_named(name, notes) + repairs))


def _marked_up(text: str) -> bool:
    """Is ``text`` a web page's markup, though it does not open as a page: a CMS's text copied with its tags
    (赵<span style=…>立新</span>：…<br />), or a page's text that is its notice's markup escaped once too often? Not a
    record's JSON (its markup is inside strings, read there)."""
    head = text[:_MARKUP_HEAD].lstrip("\ufeff \t\r\n")
    if head.startswith(("{", "[", "<?xml")) or _CODE.search(head):
        return False  # (a component's or a page's code: its strings are read where they stand)
    if _MARKDOWN_RULE.search(head):
        return False  # (a Markdown table, its cells' line breaks written <br>: a document's text, its table read there)
    return len(_MARKUP_TAG.findall(head)) >= _MARKUP_TAGS


_MARKUP_HEAD = 4096
# (Markup inside a program's or a dump's strings: '<p>…', "<p>…", \"text-align\", INSERT INTO …: read there.)
_CODE = regex.compile(r"""<(?:script|template|style)\b|\{\{|\binsert\s+into\b|\\"|['"]<[a-z]""", regex.I)
_ESCAPED_TAG = regex.compile(r"&lt;/?(?:br|p|span|div|font|strong|td)\b", regex.I)
_MARKUP_TAGS = 4  # tags of text markup in the head, at the least
_MARKDOWN_RULE = regex.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}", regex.M)  # (| --- | :---: |)
_MARKUP_TAG = regex.compile(
    r"<(?:br|p|span|div|font|strong|td)\b[^<>\n]{0,300}>|</(?:p|span|div|font|strong|td)>", regex.I
)


def _message_body(data: bytes) -> tuple[bytes, str | None, bool] | None:
    """The body of a MIME message, read by the standard library's email package: of a page a browser saved as
    one file (.mhtml), its HTML; of an e-mail (.eml), its text, else its HTML (not an attachment's), where it is
    written in quoted-printable or base64. As bytes, the charset the part declares (where Python knows it), and
    whether it is HTML; None when ``data`` is no such message, or an e-mail whose text is as written."""
    if not _is_message(data[:_MIME_HEAD]):
        return None
    message = email.message_from_bytes(data, policy=email.policy.default)
    saved_page = message.get_content_type() == "multipart/related"
    bodies: dict[str, tuple[EmailMessage, bytes]] = {}  # the first body of each kind
    for part in message.walk():
        kind = part.get_content_type()
        if kind in ("text/plain", "text/html") and kind not in bodies and not part.is_attachment():
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload.strip():
                bodies[kind] = (part, payload)
    plain, page = bodies.get("text/plain"), bodies.get("text/html")
    # (A text that only says to read the HTML, 本邮件为HTML格式，请使用支持HTML的邮件客户端查看: the HTML is the mail.)
    if saved_page or (plain is not None and page is not None and len(plain[1]) * _STUB_RATIO < len(page[1])):
        plain = None
    chosen = plain or page
    if chosen is None:
        return None
    part, payload = chosen
    if not saved_page and part.get("Content-Transfer-Encoding", "").lower() not in _ENCODED:
        return None  # an e-mail whose text is as written: the file is read as it stands
    return payload, _known_codec(part.get_content_charset()), chosen is page


_STUB_RATIO = 10  # an e-mail's text a tenth of its HTML's length, or less, is a stub


def _is_rtf(head: bytes) -> bool:
    return _RTF_START.match(head) is not None


def _rtf_text(rtf: str) -> str:
    """A rich-text document's text, by striprtf: its control words dropped, its escapes (\\'c4\\'fe) read in the
    code page it declares (\\ansicpg936), a paragraph a line."""
    from striprtf.striprtf import rtf_to_text  # (only for such files)

    return str(rtf_to_text(rtf, errors="replace"))  # type: ignore[no-untyped-call]  # (it has no annotations)


# A rich-text document (.rtf, or a .doc that is one) starts with its group's first control word.
_RTF_START = regex.compile(rb"\A(?:\xef\xbb\xbf)?\s{0,200}\{\\rtf")


def _http_body(data: bytes) -> tuple[bytes, str | None, bool] | None:
    """The body of an HTTP response saved with its headers (``curl -i --raw``) where it is sent in chunks, or
    compressed: read by the standard library's http.client (the chunks' sizes between its lines removed) and
    zlib. As bytes, the charset it declares, and whether it is HTML; None for any other file, or a response
    whose body is as written (read as the file stands)."""
    if not _is_chunked_response(data[:_MIME_HEAD]):
        return None
    import http.client
    import zlib

    response = http.client.HTTPResponse(_Saved(data))  # type: ignore[arg-type]  # (it only calls makefile)
    try:
        response.begin()
        body = response.read()
        if response.headers.get("Content-Encoding", "").lower() in ("gzip", "deflate"):
            body = zlib.decompressobj(zlib.MAX_WBITS | 32).decompress(body)  # (32: either header)
    except (http.client.HTTPException, zlib.error, ValueError):
        return None  # cut short, or not what its headers say: read as the file stands, so that nothing is lost
    if not body.strip():
        return None
    kind = response.headers.get_content_type()
    return body, _known_codec(response.headers.get_content_charset()), kind in ("text/html", "application/xhtml+xml")


class _Saved:
    """A saved response as the socket http.client reads it from."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data))


def _is_chunked_response(head: bytes) -> bool:
    """Does a file start as an HTTP response whose body is sent in chunks or compressed?"""
    return _STATUS_LINE.match(head) is not None and _CODED_BODY.search(head) is not None


_STATUS_LINE = regex.compile(rb"\AHTTP/1\.[01] [0-9]{3}\b")
_CODED_BODY = regex.compile(
    rb"^(?:Transfer-Encoding:[ \t]*chunked|Content-Encoding:[ \t]*(?:gzip|deflate))[ \t]*\r?$",
    regex.IGNORECASE | regex.MULTILINE,
)


def _is_message(head: bytes) -> bool:
    """Does a file start as a MIME message does: header lines, one of them MIME's?"""
    return _HEADER_LINE.match(head) is not None and _MIME_MARK.search(head) is not None


def _known_codec(charset: str | None) -> str | None:
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None  # (detected instead)


_MIME_HEAD = 4096  # bytes at the top of a message where its MIME headers stand
_ENCODED = frozenset(("quoted-printable", "base64"))
_HEADER_LINE = regex.compile(rb"\A[A-Za-z][A-Za-z0-9-]{0,60}:")
_MIME_MARK = regex.compile(
    rb"^(?:MIME-Version:|Content-Type:[ \t]*multipart/related)", regex.IGNORECASE | regex.MULTILINE
)


def _checked_size(path: Path, max_size: int) -> int:
    name = str(path)
    status = path.stat()
    size = status.st_size
    if stat.S_ISDIR(status.st_mode):
        raise InputError(name, "is a folder, not a file")
    if not stat.S_ISREG(status.st_mode):
        # A pipe would wait for a writer forever; a device (/dev/zero) has no size to check.
        raise InputError(name, "not a regular file (a pipe or a device; use - to read standard input)")
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


def source_name(path: Path) -> str:
    """The file's name as records carry it: escaped where it could not be written as UTF-8 text on one
    line (bytes that are not UTF-8 in a POSIX file name come as lone surrogates, which JSON refuses)."""
    return one_line(str(path))


def read_source(path: Path, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> SourceText:
    """The text of the file at ``path``, or an InputError saying why not."""
    name = source_name(path)
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
    warnings: list[str] = field(default_factory=list)  # complete once the pieces are read


def open_source(path: Path, encoding: str | None = None, max_size: int = DEFAULT_MAX_SIZE) -> SourceStream:
    """The text of the file at ``path`` as a stream; a page (HTML), an e-mail or a rich-text document is
    converted whole."""
    name = source_name(path)
    with _os_errors(path):
        size = _checked_size(path, max_size)
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
    if (
        path.suffix.lower() in HTML_SUFFIXES
        or looks_like_html(head)
        or _marked_up(head[:_MARKUP_HEAD].decode("utf-8", "replace"))  # (its tags are ASCII in any encoding)
        or _is_message(head)
        or _is_chunked_response(head)
        or _is_rtf(head)
    ):
        source = read_source(path, encoding, max_size)
        return SourceStream(source.name, source.format, iter([source.text]), list(source.warnings))
    if not head.strip():
        raise InputError(name, "empty file")
    if _OWN_EXPORT.match(head):
        return SourceStream(name, "text", iter(()), _named(name, [f"an export {_SKIPPED}"]))
    whole = size <= len(head)
    codec = checked_codec(encoding, name) if encoding else detect_encoding(head, name, whole)
    _check_text(*encodings.decode(head, codec, whole), name)
    stream = SourceStream(name, "text", iter(()))
    stream.pieces = _decoded(path, codec, stream.warnings)
    return stream


def open_stdin(encoding: str | None = None) -> SourceStream:
    """Standard input as a stream: read whole (it cannot be sniffed twice), then like a file."""
    import sys

    source = to_source_text(sys.stdin.buffer.read(), "<stdin>", encoding)
    return SourceStream(source.name, source.format, iter([source.text]), list(source.warnings))


def _decoded(path: Path, encoding: str, warnings: list[str]) -> Iterator[str]:
    decoder = encodings.Decoder(encoding)
    with _os_errors(path), path.open("rb") as handle:
        while data := handle.read(HEAD_BYTES):
            yield decoder.decode(data)
        yield decoder.decode(b"", final=True)
    warnings += _named(source_name(path), decoder.repairs.lines())


def _matches(name: str, patterns: tuple[str, ...]) -> bool:
    # Case-insensitive, as on the Windows PCs the archives come from: PAGE.TXT is a *.txt.
    return any(fnmatch.fnmatchcase(name.lower(), p.lower()) for p in patterns)


# Documents a court or bureau posts notices in that are not text: a folder's are said, not passed over in silence.
UNREAD_DOCUMENTS = (".pdf", ".ofd", ".doc", ".docx", ".wps", ".odt", ".xls", ".xlsx", ".et")


def _unread(folder: Path, found: list[Path], others: list[Path], patterns: tuple[str, ...]) -> list[str]:
    """A line for a folder where no file matches, or where documents that may hold notices were not read."""
    name = one_line(str(folder))
    if not found and others:
        example = one_line(min(others).relative_to(folder).as_posix())
        return [
            f"{name}: no file matches {' '.join(patterns)} "
            f"({len(others):,} other file{'' if len(others) == 1 else 's'}, e.g. {example}; see --glob)"
        ]
    documents = sorted(p for p in others if p.suffix.lower() in UNREAD_DOCUMENTS)
    if not documents:
        return []
    kinds = Counter(p.suffix.lower() for p in documents)
    counts = ", ".join(f"{n:,} {suffix}" for suffix, n in sorted(kinds.items(), key=lambda kind: (-kind[1], kind[0])))
    example = one_line(documents[0].relative_to(folder).as_posix())
    return [
        f"{name}: {len(documents):,} document{'' if len(documents) == 1 else 's'} not read ({counts}, e.g. {example}): "
        "notices in them are not found (convert them to text first, e.g. with pdftotext -layout)"
    ]


def expand_paths(
    paths: Iterable[Path], globs: Iterable[str] = DEFAULT_GLOBS, hints: list[str] | None = None
) -> Iterator[Path]:
    """Files named, and the files under folders named that match ``globs``, in a stable order.

    A folder where no file matches adds a line to ``hints`` (it would otherwise read as empty)."""
    patterns = tuple(globs)
    for path in paths:
        if str(path) != "-" and path.is_dir():
            found: list[Path] = []
            others: list[Path] = []
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                for f in files:
                    (found if _matches(f, patterns) else others).append(Path(folder, f))
            if hints is not None:
                hints += _unread(path, found, others, patterns)
            yield from sorted(found, key=lambda p: p.relative_to(path).parts)
        else:
            yield path
