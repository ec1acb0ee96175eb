"""Hostile input: no text, bytes or mangled page may crash or hang the parser.

A fixed number of examples, so CI time stays bounded. How fast hostile input is
read is measured by benchmarks/adversarial.py, as ratios in one run, never
asserted here: machines are shared and noisy (the grammar's patterns run with a
time limit besides, so nothing hangs).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from notices.api import parse_text, read_notices
from notices.errors import InputError
from notices.export import FORMATS, exporter
from notices.export.options import ExportOptions
from notices.inputs import to_source_text
from notices.validate import validate

ROOT = Path(__file__).resolve().parent.parent
PAGE = (ROOT / "seeds" / "000_b5490dbef0da2eda.txt").read_text(encoding="utf-8")
TODAY = dt.date(2026, 3, 6)
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters the grammar cares about, so random text hits its rules often.
NOTICE_ALPHABET = st.sampled_from(
    list("公告特此本委院定于年月日时分号第、：:（）()[]〔〕〇一二三四五六七八九十两0123456789")
    + list(" \n\r\u3000\u200b与诉你单位申请人被告纠纷争议一案开庭地址为领取")
)


def _parse_inside(text: str) -> None:
    records = parse_text(text, source="fuzz", today=TODAY)
    for record in records:  # every span stays inside the text
        for spans in record.spans.values():
            assert all(0 <= s <= e <= len(text) for s, e in spans)


@FUZZ
@given(st.text(max_size=3000))
def test_random_text(text: str) -> None:
    _parse_inside(text)


@FUZZ
@given(st.text(NOTICE_ALPHABET, max_size=3000))
def test_random_notice_like_text(text: str) -> None:
    _parse_inside(text)


@FUZZ
@given(st.binary(max_size=3000), st.sampled_from([None, True, False]))
def test_random_bytes(data: bytes, html: bool | None) -> None:
    try:
        source = to_source_text(data, "fuzz.bin", html=html)
    except InputError:
        return  # the tool's own, clear error: allowed
    validate(read_notices(source.text, source.name, source.format), TODAY)


@st.composite
def mangled_pages(draw: st.DrawFn) -> str:
    """The seed page with random cuts, insertions and duplications."""
    text = PAGE
    for _ in range(draw(st.integers(1, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 400)))
        operation = draw(st.sampled_from(["cut", "insert", "duplicate"]))
        if operation == "cut":
            text = text[:a] + text[b:]
        elif operation == "insert":
            text = text[:a] + draw(st.text(NOTICE_ALPHABET, max_size=50)) + text[a:]
        else:
            text = text[:b] + text[a:b] * draw(st.integers(1, 20)) + text[b:]
    return text


@FUZZ
@given(mangled_pages())
def test_mangled_seed_page(text: str) -> None:
    _parse_inside(text)


def test_pathological_repetitions_are_read() -> None:
    # Long runs of what the rules repeat: names, list separators, digits, brackets, headings.
    for text in (
        "公告\n\n" + "某" * 100_000 + "：",
        "公告\n\n" + "甲、" * 20_000 + "乙：",
        "[2026]第" + "1、" * 50_000 + "号",
        "(" * 50_000 + "2026" + ")" * 50_000,
        "公告\n" * 20_000,
        "本院定于" * 20_000 + "开庭",
        "定于" + "2026年4月20日" * 5_000,
    ):
        _parse_inside(text)


# Characters that break outputs rather than the parser: controls, line separators, non-characters.
HOSTILE_ALPHABET = st.sampled_from(list("\x00\x01\v\f\r\x1c\x1f\x7f\x85\u2028\u2029\ufffe\uffff<>&\"'=+-@\t"))


@st.composite
def hostile_pages(draw: st.DrawFn) -> tuple[bytes, bool | None]:
    """The seed page, mangled, with output-breaking characters inserted; as text or HTML, in some encoding."""
    text = draw(mangled_pages())
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(HOSTILE_ALPHABET, min_size=1, max_size=4)) + text[at:]
    as_html = draw(st.booleans())
    if as_html:
        head = draw(st.sampled_from(["", '<?xml version="1.0"?>', '<meta charset="undefined">', "<!-- x -->"]))
        text = f"{head}<html><body>{'<div>' * draw(st.integers(0, 300))}<pre>{text}</pre></body></html>"
    encoding = draw(st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):
        data = data[: draw(st.integers(1, len(data)))]  # cut anywhere, mid-character too
    return data, True if as_html else None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_pages())
def test_every_output_format_is_written_from_any_page(page: tuple[bytes, bool | None]) -> None:
    """The whole pipeline: bytes read, notices read and checked, then every format written and read back."""
    import io

    import icalendar
    import openpyxl

    data, html = page
    try:
        source = to_source_text(data, "fuzz", html=html)
    except InputError:
        return  # the tool's own one-line error: allowed
    records = validate(read_notices(source.text, source.name, source.format), TODAY)
    options = ExportOptions(texts={source.name: source.text}, deadlines=True)
    written = {fmt: exporter(fmt)(records, options) for fmt in FORMATS}
    openpyxl.load_workbook(io.BytesIO(written["xlsx"]))
    icalendar.Calendar.from_ical(written["ics"])
    assert written["json"].startswith(b"[")
