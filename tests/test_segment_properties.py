"""Property tests of finding notices: by their evidence, not by one part of them.

News with court words sprinkled through it is still news; a real notice with
its heading or its signature taken away is still a notice, of the same party;
notices printed side by side are the notices printed one after another.
"""

from __future__ import annotations

import datetime as dt
from itertools import zip_longest
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from notices import parse_file, parse_text
from notices.textwidth import display_width

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
# The three seed pages that hold no notice: news, a listed company's report, a page of links.
NEWS = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("00[123]_*.txt"))]
TODAY = dt.date(2026, 3, 6)
COURT_WORDS = [
    "法院", "人民法院", "本院", "开庭", "审理", "公告", "送达", "公告送达", "纠纷", "判决书", "原告", "被告",
    "案号", "仲裁委员会", "特此公告", "传票", "缺席判决", "下落不明", "（2026）鲁02民初1号", "2026年4月20日",
]  # fmt: skip
PROPERTY = settings(max_examples=40, deadline=None)


def _notices() -> list[tuple[str, list[str]]]:
    """Each seed notice's text and its addressees."""
    page = SEED.read_text(encoding="utf-8")
    return [(page[r.source.start : r.source.end], r.party) for r in parse_file(SEED, today=TODAY)]


NOTICES = _notices()


@st.composite
def sprinkled_news(draw: st.DrawFn) -> str:
    """A stretch of a notice-free seed page with court words put in at random places."""
    page = draw(st.sampled_from(NEWS))
    start = draw(st.integers(0, max(0, len(page) - 3000)))
    text = page[start : start + 3000]
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(COURT_WORDS)) + text[at:]
    return text


@PROPERTY
@given(sprinkled_news())
def test_news_with_court_words_sprinkled_in_is_no_notice(text: str) -> None:
    assert parse_text(text, source="news", today=TODAY) == []


def _without_heading(notice: str) -> str:
    """The notice from its addressee on: the 公告 line above it dropped."""
    first, _, rest = notice.partition("\n")
    assert first.strip().endswith("公告"), first
    return rest.lstrip("\n")


def _without_signature(notice: str) -> str:
    """The notice up to its body's last sentence: 特此公告, the issuer and the date dropped."""
    return notice[: notice.rindex("。") + 1]


@PROPERTY
@given(st.sampled_from(NOTICES), st.sampled_from([_without_heading, _without_signature]), st.sampled_from(NEWS))
def test_a_notice_without_its_heading_or_signature_is_still_found(
    notice: tuple[str, list[str]], cut: object, news: str
) -> None:
    text, party = notice
    assert callable(cut)
    page = news[:2000] + "\n\n" + cut(text) + "\n\n" + news[-2000:]
    found = parse_text(page, source="page", today=TODAY)
    assert [record.party for record in found] == [party]


@PROPERTY
@given(st.lists(st.sampled_from([",", "\t", "|", " "]), max_size=8), st.sampled_from(["开庭公告", "公告"]))
def test_a_tables_title_row_names_its_issuer_whatever_empty_cells_follow(cells: list[str], heading: str) -> None:
    title = f"苏州工业园区劳动人事争议仲裁委员会{heading}" + "".join(cells)
    rows = (
        "序号,案号,申请人,被申请人,开庭日期,开庭时间,仲裁庭\n"
        "1,苏园劳人仲案字〔2026〕第2217号,沈佳怡,苏州星辰精密电子有限公司,2026/12/1,9:30,第一仲裁庭\n"
    )
    records = parse_text(f"{title}\n{rows}", today=TODAY)
    assert [record.issuer for record in records] == ["苏州工业园区劳动人事争议仲裁委员会"]


def _column(notice: str, width: int) -> list[str]:
    """``notice`` as a newspaper's column ``width`` wide prints it: each line wrapped at the width, no blank lines."""
    lines = []
    for line in notice.split("\n"):
        line = line.strip()
        while line:
            cut = 1
            while cut < len(line) and display_width(line[: cut + 1]) <= width:
                cut += 1
            lines.append(line[:cut])
            line = line[cut:]
    return lines


@PROPERTY
@given(
    st.sampled_from(range(len(NOTICES))),
    st.sampled_from(range(len(NOTICES))),
    st.sampled_from(range(len(NOTICES))),
    st.integers(24, 44),
    st.integers(3, 8),
)
def test_notices_side_by_side_read_as_one_after_another(
    first: int, second: int, third: int, width: int, gap: int
) -> None:
    """Notices laid out in two columns side by side, as pdftotext -layout writes a newspaper's page (the left column
    holding two of them), are the notices read one column after another: the same addressees, in that order."""
    # (At least as wide as the addressees' lines: an addressee wrapped over two lines is another question.)
    width = max(width, *(display_width(NOTICES[i][0].split("\n")[2].strip()) for i in (first, second, third)))
    left = _column(NOTICES[first][0], width) + _column(NOTICES[third][0], width)
    right = _column(NOTICES[second][0], width)
    rows = zip_longest(left, right, fillvalue="")
    page = "\n".join((one + " " * (width - display_width(one) + gap) + other).rstrip() for one, other in rows)
    read = parse_text(page + "\n", source="page", today=TODAY)
    assert sorted(r.party for r in read) == sorted(NOTICES[i][1] for i in (first, second, third))
    assert [r.party for r in sorted(read, key=lambda r: r.source.start)][:1] == [NOTICES[first][1]]
