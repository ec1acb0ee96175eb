"""Bytes to text: the encoding found, and small damage repaired and reported, never fatal.

A page is kept whatever small damage it carries: an invalid byte is replaced by
U+FFFD and a character cut by the end of the file is dropped, each repair
reported in one line with its byte offset. Only input that is not text at all
(an image, an archive) or text in another encoding than the one forced is
refused.
"""

from __future__ import annotations

import codecs
import re
from contextvars import ContextVar
from dataclasses import dataclass, field

import regex

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip
# Tried in this order when charset-normalizer finds nothing: it gives up on a single invalid
# byte, and a damaged GB page is still a GB page; UTF-16 without a BOM shows as NULs in GB.
_FALLBACKS = ("gb18030", "utf-16-le", "utf-16-be")
# Control characters that no text file holds (line and page breaks are allowed: \t \n \v \f \r).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # (the standard library's re: twice regex's speed here)
_HAN = regex.compile(r"\p{Han}")
# At most this share of a text may be damage (replaced bytes, stray control characters).
DAMAGE_SHARE = 0.01
_SHOWN_OFFSETS = 5  # offsets named in a warning; the count says how many more

_HANDLER = "notices-repair"
_FOUND: ContextVar[list[tuple[int, int]]] = ContextVar("notices_repairs")


def _record(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: replace like errors='replace', and note where."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    _FOUND.get().append((error.start, error.end))
    return "\ufffd", error.end


codecs.register_error(_HANDLER, _record)


def is_text_codec(name: str) -> bool:
    """Does ``name`` name a codec that turns bytes into text ('undefined' and 'base64' do not)?"""
    try:
        # str.encode and bytes.decode refuse the codecs marked so (base64, rot13, zlib); the mark is
        # private to the codecs module, but it is what they read.
        if not getattr(codecs.lookup(name), "_is_text_encoding", True):
            return False
        codecs.getincrementaldecoder(name)().decode(b"a")  # the 'undefined' codec fails only when used
    except (LookupError, UnicodeError):
        return False
    return True


@dataclass
class Repairs:
    """What decoding changed: where bytes were replaced, and where a cut character began."""

    encoding: str
    count: int = 0
    offsets: list[int] = field(default_factory=list)  # the first few
    cut: int | None = None  # the byte offset of an incomplete last character, dropped

    def add(self, offset: int) -> None:
        self.count += 1
        if len(self.offsets) < _SHOWN_OFFSETS:
            self.offsets.append(offset)

    def lines(self) -> list[str]:
        """One line per kind of repair (without the file name)."""
        lines = []
        if self.count:
            where = ", ".join(f"{o:,}" for o in self.offsets) + (", …" if self.count > len(self.offsets) else "")
            noun = "sequence" if self.count == 1 else "sequences"
            lines.append(
                f"{self.count:,} invalid byte {noun} replaced by U+FFFD (at byte {where}; read as {self.encoding})"
            )
        if self.cut is not None:
            lines.append(f"ends mid-character: the incomplete character at byte {self.cut:,} dropped")
        return lines


class Decoder:
    """An incremental decoder that replaces invalid bytes and remembers their offsets."""

    def __init__(self, encoding: str) -> None:
        self._decoder = codecs.getincrementaldecoder(encoding)(errors=_HANDLER)
        self._position = 0  # bytes given so far
        self.repairs = Repairs(encoding)

    def decode(self, data: bytes, final: bool = False) -> str:
        # Error offsets count from the bytes the decoder held back from the last call.
        base = self._position - len(self._decoder.getstate()[0])
        self._position += len(data)
        found: list[tuple[int, int]] = []
        token = _FOUND.set(found)
        try:
            text = self._decoder.decode(data, final)
        finally:
            _FOUND.reset(token)
        for start, end in found:
            if final and base + end == self._position:
                # The last character, cut by the end of the file: read up to the cut.
                self.repairs.cut = base + start
                text = text[:-1]
            else:
                self.repairs.add(base + start)
        return text


def decode(data: bytes, encoding: str, final: bool = True) -> tuple[str, Repairs]:
    """``data`` as text in ``encoding``, invalid bytes replaced; what was repaired."""
    decoder = Decoder(encoding)
    return decoder.decode(data, final), decoder.repairs


def damage(text: str, repairs: Repairs) -> int:
    """How much of ``text`` is not text: bytes replaced and control characters no text holds."""
    return repairs.count + len(_CONTROL.findall(text))


def is_text(text: str, repairs: Repairs) -> bool:
    """Little enough damage to be text with a few bad bytes, not a binary file."""
    return damage(text, repairs) <= 1 + len(text) * DAMAGE_SHARE


def _is_utf8(head: bytes, whole: bool) -> bool:
    """UTF-8, perhaps with a few bad bytes: far more valid multi-byte characters than invalid bytes."""
    text, repairs = decode(head, "utf-8", whole)
    if not repairs.count:
        return True
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - repairs.count
    return multibyte >= 20 * repairs.count and is_text(text, repairs)


def is_utf8(head: bytes, whole: bool = True) -> bool:
    """Non-ASCII UTF-8 text (perhaps with a few bad bytes)."""
    return not head.isascii() and _is_utf8(head, whole)


def detect(head: bytes, whole: bool = True) -> str | None:
    """The encoding of a file that starts with ``head``, or None when it is not text.

    ``whole`` says ``head`` is the whole file (else a multi-byte character may be cut at its end)."""
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec
    if _is_utf8(head, whole):
        return "utf-8"  # the common case, and UTF-8 is never mistaken for noise
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(head).best()
    candidates = ([str(best.encoding)] if best is not None and best.encoding else []) + list(_FALLBACKS)
    for candidate in candidates:
        if is_text(*decode(head, candidate, whole)):
            return candidate
    return None


def han_count(text: str) -> int:
    return len(_HAN.findall(text))
