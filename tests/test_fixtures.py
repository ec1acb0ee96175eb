"""Every fixture: parse its input, compare every field with the golden file.

Golden files (fixtures/**/*.json) are written by hand from reading the
notice; see fixtures/README.md for their format. A field a golden record
leaves out must be empty (null or []).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from notices import Notice
from notices.api import read_notices
from notices.inputs import read_source
from notices.validate import validate

ROOT = Path(__file__).resolve().parent.parent
CHECKS = ROOT / "fixtures" / "checks"
STORE = ROOT / "fixtures" / "store"  # pages added to a store, over days: tests/test_store.py reads its goldens
LABELLED = ROOT / "fixtures" / "labelled"  # corpora labelled in the sample's format: tests/test_realworld.py
# (A fixture's input may be JSON too: named *.in.json, it is not a golden file.)
GOLDEN = sorted(
    p
    for p in (ROOT / "fixtures").rglob("*.json")
    if p.parent not in (CHECKS, STORE) and not p.name.endswith(".in.json") and LABELLED not in p.parents
)
# Fields compared value for value; warnings, spans and source are checked apart.
VALUE_FIELDS = [name for name in Notice.model_fields if name not in ("warnings", "spans", "source")]


# Hearings are judged past against this day unless a golden file says otherwise,
# so that the goldens do not change with the calendar.
TODAY = "2026-03-06"


def _load(golden: Path, key: str) -> tuple[str, dt.date, list[Any]]:
    spec = json.loads(golden.read_text(encoding="utf-8"))
    source = spec["input"]
    return source, dt.date.fromisoformat(spec.get("today", TODAY)), spec[key]


def _as_written(golden: Path) -> Callable[[str], str]:
    """How the text under a span reads: as it stands, or (for a notice in a JSON string or a CSV cell) as
    the literal it is written in: escapes read, doubled quotes one. The README promises this of spans."""
    written_as = json.loads(golden.read_text(encoding="utf-8")).get("written_as", "text")
    return {
        "text": lambda s: s,
        "json": lambda s: json.loads(f'"{s}"'),
        "csv": lambda s: s.replace('""', '"'),
        "word": _word_text,
        "alto": _alto_text,
        "json_strings": _json_strings_text,
        "ocr_objects": _ocr_objects_text,
        "rich_json": _rich_json_text,
        "message_json": _message_json_text,
        "ocr_words": _ocr_words_text,
        "odf": _odf_text,
        "abbyy": _abbyy_text,
        "page_xml": _page_xml_text,
        "svg": _svg_text,
        "xps": _xps_text,
        "djvu": _djvu_text,
        "layout_json": _layout_json_text,
    }[written_as]


def _word_text(written: str) -> str:
    """A span of a word processor's XML as it reads: the markup between its runs of text (<w:t>) removed, a
    paragraph's end a line break."""
    return re.sub(r"</w:t>.*?<w:t(?:\s[^>]*)?>", lambda m: "\n" if "</w:p>" in m.group() else "", written, flags=re.S)


def _alto_text(written: str) -> str:
    """A span of an OCR's ALTO XML as it reads: the markup between its strings' CONTENT removed, a line's end a line
    break, <SP/> a space, entities read."""

    def between(markup: re.Match[str]) -> str:
        marks = (("</TextBlock>", "\n\n"), ("</TextLine>", "\n"), ("<SP", " "))
        return next((said for mark, said in marks if mark in markup.group()), "")

    return html.unescape(re.sub(r'"[^<>]*/>.*?<String\b[^<>]*?\sCONTENT="', between, written, flags=re.S))


def _json_strings_text(written: str) -> str:
    """A span of JSON strings as it reads: each string read, what stands between two a line break (an OCR's lines,
    their boxes and scores between; a table's cells, in rows of lists)."""
    return "\n".join(json.loads(f'"{piece}"') for piece in re.split(r'"[^"]*"', written))


def _ocr_objects_text(written: str) -> str:
    """A span of an OCR's JSON whose lines are objects of their own ({"words": "…", "location": {…}}; PyMuPDF's spans,
    {"text": "…"}) as it reads: its lines' strings read, the keys and numbers between two a line break."""
    pieces = re.split(r'"[^\u4e00-\u9fff]*?"(?:words|word|DetectedText|text)"\s*:\s*"', written)
    return "\n".join(json.loads(f'"{piece}"') for piece in pieces)


def _ocr_words_text(written: str) -> str:
    """A span of an OCR's table of words (Tesseract's TSV) as it reads: its words' text, those of a line joined (a space
    between Latin words), a line break between lines, a blank line between blocks; other rows dropped. (A span starts
    inside its first word's row: that word is taken to stand where the next does.)"""
    first, *rows = written.split("\n")
    words: list[tuple[tuple[str, ...] | None, str]] = [(None, first)]
    for row in rows:
        cells = row.split("\t")
        if len(cells) == 12 and cells[0] == "5" and cells[11].strip():
            words.append((tuple(cells[1:5]), cells[11]))
    text, place = words[0][1], words[1][0] if len(words) > 1 else None
    for (where, word), (_, before) in zip(words[1:], words, strict=False):
        assert where is not None and place is not None
        if where[:3] != place[:3]:
            text += "\n\n"
        elif where[3] != place[3]:
            text += "\n"
        elif re.match(r"[A-Za-z0-9]", before[-1]) and re.match(r"[A-Za-z0-9]", word[0]):
            text += " "
        text, place = text + word, where
    return text


def _json_values(written: str) -> list[str]:
    """The string values (not the keys) of a span of JSON, read."""
    strings = re.finditer(r'"((?:[^"\\]|\\.)*)"(\s*:)?', f'"{written}"')
    return [json.loads(f'"{m.group(1)}"') for m in strings if not m.group(2)]


def _rich_json_text(written: str) -> str:
    """A span of a rich-text editor's JSON document as it reads: its strings of text read (those with words, and a
    Quill Delta's line breaks), keys, type tags and attributes dropped; a block editor's blocks a line each."""
    kept = [value for value in _json_values(written) if re.search(r"[\u4e00-\u9fff]", value) or value == "\n"]
    return ("" if '"insert"' in written else "\n").join(kept)


def _abbyy_text(written: str) -> str:
    """A span of ABBYY FineReader's XML as it reads: the markup between its runs removed, a line's end a line break,
    a block's a blank line."""

    def between(markup: re.Match[str]) -> str:
        return "\n\n" if "</block>" in markup.group() else "\n" if "</line>" in markup.group() else ""

    return html.unescape(re.sub(r"(?:\s*<[^<>]*>\s*)+", between, written))


def _page_xml_text(written: str) -> str:
    """A span of a PAGE XML document (Transkribus's, eScriptorium's) as it reads: its lines' text, a line break between
    two, a blank line between regions; a region's own text after its lines (the same again) and other markup dropped."""
    written = re.sub(r"</TextLine>\s*<TextEquiv>.*?</TextEquiv>", "</TextLine>", written, flags=re.S)

    def between(markup: re.Match[str]) -> str:
        return "\n\n" if "</TextRegion>" in markup.group() else "\n"

    return html.unescape(re.sub(r"</Unicode>.*?<Unicode>", between, written, flags=re.S))


def _svg_text(written: str) -> str:
    """A span of an SVG page (Inkscape's) as it reads: its <tspan>s' text, a line break where a <text> ends or a tspan
    says it is a line, other markup dropped."""
    pieces = re.split(r"((?:\s*<[^<>]*>\s*)+)", written)
    read = pieces[0]
    for markup, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        read += ("\n" if "</text>" in markup or 'role="line"' in markup else "") + piece
    return html.unescape(read)


def _xps_text(written: str) -> str:
    """A span of an XPS page as it reads: each <Glyphs>' UnicodeString a line."""
    return html.unescape(re.sub(r'"[^<>]*/>\s*<Glyphs\b[^<>]*?\sUnicodeString="(?:\{\})?', "\n", written))


def _djvu_text(written: str) -> str:
    """A span of DjVu's hidden text (djvused's print-txt) as it reads: a line's words joined, a line break between
    lines and paragraphs, a blank line between regions."""

    def between(markup: re.Match[str]) -> str:
        if re.search(r"\((?:page|column|region)\b", markup.group()):
            return "\n\n"
        return "\n" if re.search(r"\((?:para|line)\b", markup.group()) else ""

    return re.sub(r'"\).*?\(word(?:\s+-?[0-9]+){4}\s+"', between, written, flags=re.S)


def _odf_text(written: str) -> str:
    """A span of an OpenDocument's XML as it reads: a paragraph's end and a line break a line break, a tab a tab,
    <text:s/> a space, other markup dropped."""
    written = re.sub(r">\s+<", "><", written)  # (the document's indentation between elements)
    written = re.sub(r"</text:(?:p|h)>|<text:line-break/>", "\n", written)
    written = re.sub(r"<text:tab/>", "\t", written)
    written = re.sub(r"<text:s(?:\s[^>]*)?/>", " ", written)
    return re.sub(r"<[^>]+>", "", written)


def _layout_json_text(written: str) -> str:
    """A span of a layout tool's elements as it reads (Unstructured's, Docling's): each element's text once (Docling
    writes it twice, as "orig" and "text"), a line each; keys, ids and types dropped."""
    kept: list[str] = []
    for value in _json_values(written):
        if re.search(r"[\u4e00-\u9fff]", value) and (not kept or kept[-1] != value):
            kept.append(value)
    return "\n".join(kept)


def _message_json_text(written: str) -> str:
    """A span of a messenger's export as it reads (Telegram's "text": ["…", {"type": "bold", "text": "…"}, "\\n"]): its
    strings of text joined as they stand, line breaks among them; keys and type tags dropped."""
    values = _json_values(written)
    return "".join(value for value in values if re.search(r"[\u4e00-\u9fff]", value) or (value and value.isspace()))


def _parse(source: str, today: dt.date) -> tuple[str, list[Notice]]:
    """The text as the tool reads it (bytes decoded, pages converted), and its checked records."""
    read = read_source(ROOT / source)
    return read.text, validate(read_notices(read.text, source, read.format), today)


def _empty(name: str) -> Any:
    return [] if isinstance(Notice.model_fields[name].default_factory, type) else None


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_fixture(golden: Path) -> None:
    source, today, expected = _load(golden, "records")
    text, records = _parse(source, today)
    read = _as_written(golden)
    assert len(records) == len(expected), [r.party for r in records]
    for number, (record, want) in enumerate(zip(records, expected, strict=True), start=1):
        got = record.model_dump(mode="json")
        for name in VALUE_FIELDS:
            assert got[name] == want.get(name, _empty(name)), f"notice {number}, field {name}"

        findings = [
            {
                "code": w.code,
                "severity": w.severity,
                "field": w.field,
                "printed": None if w.span is None else read(text[w.span[0] : w.span[1]]),
            }
            for w in record.warnings
        ]
        assert findings == want.get("warnings", []), f"notice {number}, warnings"

        block = read(text[record.source.start : record.source.end])
        assert record.source.file == source
        assert block.startswith(want["block"]["starts_with"]), f"notice {number}, block start"
        assert block.endswith(want["block"]["ends_with"]), f"notice {number}, block end"
        assert record.source.format == want["block"].get("format", "text")

        # Every value stands in the source where its span says: verbatim, or as the golden file says it was printed.
        printed = want.get("printed", {})
        for name in VALUE_FIELDS:
            value = got[name]
            values = value if isinstance(value, list) else [] if value is None else [value]
            if name in ("kind", "party_role"):
                continue  # classifications, not printed values
            spans = record.spans.get(name, [])
            if name in want.get("unplaced", []):
                assert not spans, f"notice {number}, {name} has a span"  # printed in pieces: no one place
                continue
            assert len(spans) == len(values), f"notice {number}, spans of {name}"
            shown = [read(text[s:e]) for s, e in spans]
            assert shown == printed.get(name, values), f"notice {number}, printed {name}"


@pytest.mark.parametrize("golden", sorted(CHECKS.glob("*.json")), ids=lambda p: p.stem)
def test_check_fixture(golden: Path) -> None:
    """Each check's fixture: the notices that trigger it, and the near misses that must not."""
    source, today, expected = _load(golden, "findings")
    text, records = _parse(source, today)
    got = [
        [{"code": w.code, "printed": None if w.span is None else text[w.span[0] : w.span[1]]} for w in r.warnings]
        for r in records
    ]
    assert got == expected
