"""Where notices may stand: text far from every word notices print is passed over, and that changes no
record — the same notices, the same fields, the same spans (moved by the text put before them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from notices import parse_text
from notices.candidates import REACH, windows
from notices.models import Notice
from notices.stream import moved

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_b5490dbef0da2eda.txt").read_text(encoding="utf-8")
NEWS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("00[123]_*.txt"))]
TODAY = dt.date(2026, 3, 6)


def _news(length: int, page: int = 0) -> str:
    """About ``length`` characters of the notice-free seed pages, whole lines, ending in a line end."""
    text = ""
    while len(text) < length:
        text += NEWS[(page + len(text)) % len(NEWS)].rstrip("\n") + "\n\n"
    return text


def _as_json(records: list[Notice], offset: int = 0) -> list[str]:
    return [moved(record, -offset).model_dump_json() for record in records]


def test_news_pages_hold_no_place_to_read() -> None:
    assert [windows(page) for page in NEWS] == [[], [], []]
    assert windows(_news(200_000)) == []


def test_a_page_of_notices_in_a_newspaper_is_read_with_the_lines_around_it_only() -> None:
    before, after = _news(3 * REACH), _news(3 * REACH, page=1)
    text = before + SEED + after
    (start, end), *more = windows(text)
    assert more == []
    assert 0 < start <= len(before) + SEED.index("公告") - REACH  # the news far above is passed over
    assert len(before) + len(SEED) + REACH <= end < len(text)
    assert text[start - 1] == "\n" and text[end - 1] == "\n"  # whole lines


def test_notices_far_apart_are_read_as_two_windows() -> None:
    text = SEED + _news(5 * REACH) + SEED
    assert len(windows(text)) == 2


def test_pages_the_containers_read_are_read_whole() -> None:
    news = _news(5 * REACH)
    for page in (
        '{"content": "' + SEED[-2000:].replace("\n", "\\n") + '"}\n' + news,  # code's strings
        "<ggnr>" + SEED[-2000:] + "</ggnr>\n" + news,  # XML
        "案号\t当事人\t开庭时间\n（2026）鲁02民初1号\t张某\t2026年4月20日\n" + news,  # a table
        "| 案号 | 法庭 |\n|---|---|\n| （2026）鲁02民初1号 | 第一法庭 |\n" + news,  # a Markdown table
    ):
        assert windows(page) == [(0, len(page))]


def test_a_newspaper_masthead_keeps_the_page_whole_for_its_date() -> None:
    page = "人民法院报　2026年3月2日\n" + _news(5 * REACH) + SEED
    assert windows(page) == [(0, len(page))]


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 4 * REACH), st.integers(0, 4 * REACH), st.integers(0, 2))
def test_news_around_notices_changes_none_of_their_records(before: int, after: int, page: int) -> None:
    news_before, news_after = _news(before, page), _news(after, page + 1)
    alone = _as_json(parse_text(SEED, source="paper", today=TODAY))
    among_news = parse_text(news_before + SEED + news_after, source="paper", today=TODAY)
    assert _as_json(among_news, len(news_before)) == alone
