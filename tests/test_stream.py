"""Streaming: chunks cut between notices give the records the whole text gives, offsets and all."""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from notices import api, inputs, segment, stream
from notices.cli import main
from notices.models import Notice

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "fixtures" / "labelled"  # corpora in several encodings, scored by tests/test_realworld.py
PAGES = [
    ROOT / "seeds" / "000_b5490dbef0da2eda.txt",
    *sorted(p for p in (ROOT / "fixtures").rglob("*.txt") if LABELLED not in p.parents),
]
TODAY = "2026-03-06"


def _archive(tmp_path: Path) -> Path:
    """Every page with notices in one file, twice (a republished archive), in GB18030."""
    text = "\n\n".join(p.read_bytes().decode("utf-8") for p in PAGES) * 2
    archive = tmp_path / "archive.txt"
    archive.write_bytes(text.encode("gb18030"))
    return archive


def _dump(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


def test_small_chunks_give_the_same_records_as_the_whole_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = _archive(tmp_path)
    whole = CliRunner().invoke(main, ["parse", str(archive), "--format", "jsonl", "--today", TODAY, "--stream"])
    assert whole.exit_code == 0, whole.stderr
    # Cut every ~3,000 characters and read 4 KiB at a time: many cuts, many partial characters.
    monkeypatch.setattr(stream, "CHUNK_CHARS", 3000)
    monkeypatch.setattr(inputs, "HEAD_BYTES", 4096)
    chunked = CliRunner().invoke(main, ["parse", str(archive), "--format", "jsonl", "--today", TODAY, "--stream"])
    assert chunked.exit_code == 0, chunked.stderr
    assert chunked.stdout == whole.stdout
    text = archive.read_bytes().decode("gb18030")
    noise = str.maketrans("", "", "\r\n\u200b\u200d\ufeff")  # what the noise fixtures put inside values
    # (and a PDF's Kangxi radicals for the characters they look like, read as those: README, Spans)
    radicals = {code: unicodedata.normalize("NFKC", chr(code)) for code in range(0x2F00, 0x2FE0)}
    spaced = str.maketrans("", "", " \u3000")  # and a name printed with spaces inside (人 民 法 院, 覃 海 燕 ：)
    for record in _dump(chunked.stdout):
        spans = record["spans"]
        assert isinstance(spans, dict)
        for name in ("party", "venue", "issuer"):
            if record[name] and name not in spans:
                continue  # printed in pieces (a box's cell, a column's lines side by side): no span (README)
            values = record[name] if isinstance(record[name], list) else [record[name]]
            # (a value wrapped over an indented column's lines: the line's end and the next one's indent are no part)
            shown = [
                _WRAP.sub("", _joined(text[s:e])).translate(noise).translate(radicals) for s, e in spans.get(name, [])
            ]
            if name in ("issuer", "party"):
                shown, values = [p.translate(spaced) for p in shown], [v.translate(spaced) for v in values if v]
            assert shown == [v for v in values if v]


_WRAP = re.compile(r"\r?\n[\x20\u3000]*")


def _joined(printed: str) -> str:
    """A value's printed text as read: where a web article's page break stands inside it (pages/paginated_article:
    本委第 / 上一页 1 2 下一页 / … / the next page's head / 三仲裁庭), its first line and its last, the furniture
    between them gone."""
    lines = printed.split("\n")
    return lines[0] + lines[-1] if any("下一页" in line for line in lines) else printed


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_chunks_are_cut_at_heading_lines_whatever_the_line_ends(line_end: str) -> None:
    """Cuts are made in the raw text, before CRLF is cleaned: a Windows page is cut too."""
    page = PAGES[0].read_text(encoding="utf-8").replace("\n", line_end)
    pieces = [chunk for _, chunk in stream.chunks([page * 4], size=3000)]
    assert len(pieces) > 4
    assert "".join(pieces) == page * 4
    for chunk in pieces[1:]:
        assert chunk.split(line_end, 1)[0].strip() == "公告"


def test_news_with_no_heading_is_searched_for_one_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A buffer that holds no heading grows; what was searched is not searched again (news of megabytes was read in
    time growing with the square of its length)."""
    news = (ROOT / "seeds" / "001_5c4f81da8e198fe9.txt").read_text(encoding="utf-8")
    text = news * (20 * 3000 // len(news) + 1)  # twenty chunks' worth
    searched = []
    headings = segment.headings

    def counted(buffer: str, start: int = 0) -> list[Any]:
        searched.append(len(buffer) - start)
        return headings(buffer, start)

    monkeypatch.setattr(stream, "headings", counted)
    pieces = [chunk for _, chunk in stream.chunks([text], size=3000)]
    assert "".join(pieces) == text
    assert sum(searched) < 2 * len(text)


def test_read_notices_chunks_a_long_text_the_same_way(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in PAGES[:6])
    whole = api.read_notices(text, "x")
    monkeypatch.setattr(stream, "CHUNK_CHARS", 2000)
    chunked = api.read_notices(text, "x")
    assert [r.model_dump() for r in chunked] == [r.model_dump() for r in whole]


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_wherever_a_chunk_is_cut_the_records_are_the_same(monkeypatch: pytest.MonkeyPatch, line_end: str) -> None:
    """Issuer lines over headings (after a blank line, after a rule of dashes, over a site's menu, after a notice
    signed by its court alone) and under dates (a notice signed with its date over its court's name), a notice left
    unsigned under the next one's heading, whose signature at the foot signs both, a listing's closing sentence right
    over the next heading: a cut before a heading takes with it what the notice's own reading takes, at every chunk
    size."""
    names = [
        "noise/heading_spaced.txt", "forms/issuer_over_next_heading.txt", "realforms/reschedule_forms.txt",
        "forms/date_over_issuer.txt", "courts/signed_at_foot.txt", "forms/scanned_digits.txt",
        "pages/menu_over_heading.txt",
    ]  # fmt: skip
    text = "\n\n".join((ROOT / "fixtures" / name).read_text(encoding="utf-8") for name in names) * 3
    text = text.replace("\n", line_end)
    whole = [r.model_dump() for r in api.read_notices(text, "x")]
    assert len(whole) == 3 * 13
    for size in range(400, 4000, 97):
        monkeypatch.setattr(stream, "CHUNK_CHARS", size)
        assert [r.model_dump() for r in api.read_notices(text, "x")] == whole, size


def test_a_heading_on_the_last_line_read_so_far_is_no_place_to_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    """A piece of the file may end inside a line: 公告 at the end of what was read is the start of 公告类型：公示催告,
    under the notice's title (公示催告, a blank line), no heading. A cut there had left the title with the notice
    before: the notice started at its labels when read in pieces, at its title when read whole."""
    before = (ROOT / "fixtures" / "courts" / "signed_at_foot.txt").read_text(encoding="utf-8")
    text = (
        before + "\n\n\n" + (ROOT / "fixtures" / "realforms" / "card_special_procedure.txt").read_text(encoding="utf-8")
    )
    at = text.index("公告类型") + len("公告")
    whole = api.read_notices(text, "x")
    monkeypatch.setattr(stream, "CHUNK_CHARS", at)  # (the first piece fills a chunk: a cut is looked for there)
    assert [r.source for r in stream.notices_in([text[:at], text[at:]], "x")] == [r.source for r in whole]


def test_a_chunk_cut_at_a_notices_issuer_line_is_no_page_of_that_body(monkeypatch: pytest.MonkeyPatch) -> None:
    """A court's name at the top of a page is the issuer of what speaks as 本院 there and is signed by no one; a chunk
    that starts at the issuer line of a notice in the middle of a page is no such page (a listing line under news
    had taken the court of the notice its chunk started at, and the first court of the page when read whole)."""
    notices = [
        (ROOT / "fixtures" / name).read_text(encoding="utf-8")
        for name in ("courts/bankruptcy_calls.txt", "courts/joint_appeals.txt")
    ]
    news = "本报讯 近日，区法院推出网上立案服务。"
    unsigned = "本院定于2026年5月24日上午9时在本院新兴法庭公开开庭审理原告甲与被告乙劳务合同纠纷一案。"
    text = "本报讯 某地举办读书节。\n" * 600 + "\n" + "\n\n".join([*notices, news, unsigned]) + "\n"
    whole = [r.model_dump() for r in api.read_notices(text, "x")]
    assert [r["issuer"] for r in whole] == ["广东省佛山市中级人民法院"] * 3 + ["吉林省长春林区中级法院", None]
    cut_there = 0
    for size in range(700, 3000, 50):
        monkeypatch.setattr(stream, "CHUNK_CHARS", size)
        cut_there += any(chunk.startswith("吉林省长春林区中级法院") for _, chunk in stream.chunks([text]))
        assert [r.model_dump() for r in api.read_notices(text, "x")] == whole, size
    assert cut_there


def test_stream_output_equals_the_batch_output_but_for_earlier_batch_findings(tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    args = ["parse", str(archive), "--format", "jsonl", "--today", TODAY]
    batch, streamed = (_dump(CliRunner().invoke(main, args + extra).stdout) for extra in ([], ["--stream"]))
    assert len(batch) == len(streamed) > 40
    later_only = {"venue_conflict", "duplicate_notice", "hearing_conflict"}  # (the last: after a correction only)
    for one, other in zip(batch, streamed, strict=True):
        assert {k: v for k, v in one.items() if k != "warnings"} == {k: v for k, v in other.items() if k != "warnings"}
        assert [w for w in other["warnings"] if w["code"] not in later_only] == [
            w for w in one["warnings"] if w["code"] not in later_only
        ]
    # The republished half: every notice of the second copy with a case number is a duplicate.
    second = [r for r in streamed[len(streamed) // 2 :] if r["case_numbers"]]
    assert second and all(any(w["code"] == "duplicate_notice" for w in r["warnings"]) for r in second)


def test_stream_is_for_line_formats_and_writes_csv(tmp_path: Path) -> None:
    page = PAGES[0]
    refused = CliRunner().invoke(
        main, ["parse", str(page), "--stream", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]
    )
    assert refused.exit_code == 2 and "--stream writes jsonl or csv" in refused.stderr
    out = tmp_path / "schedule.csv"
    done = CliRunner().invoke(main, ["parse", str(page), "--stream", "-o", str(out), "--today", TODAY])
    assert done.exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert len(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 1 + 13
    assert done.stderr == "notices: 1 file read, 13 notices found; findings: 1 error, 0 warnings, 13 info\n"


def test_stream_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = CliRunner().invoke(main, ["parse", str(empty), str(PAGES[0]), "--stream", "--format", "jsonl"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 13
    assert f"notices: error: {empty}: empty file" in result.stderr


def test_stream_reads_stdin() -> None:
    page = PAGES[0].read_bytes()
    result = CliRunner().invoke(main, ["parse", "-", "--stream", "--format", "jsonl"], input=page)
    assert result.exit_code == 0
    records = _dump(result.stdout)
    assert len(records) == 13 and records[0]["source"]["file"] == "<stdin>"


def test_stream_tells_a_hearing_met_after_its_correction(tmp_path: Path) -> None:
    """A page printed newest first: the correction, then the notice whose time it moved. The hearing is told of the
    correction's time (the correction itself, written before the hearing was met, is not)."""
    page = ROOT / "fixtures" / "checks" / "hearing_conflict.txt"
    result = CliRunner().invoke(main, ["parse", str(page), "--format", "jsonl", "--stream", "--today", TODAY])
    correction, hearing = _dump(result.stdout)
    assert (correction["kind"], hearing["kind"]) == ("other", "hearing")
    assert [w["field"] for w in hearing["warnings"] if w["code"] == "hearing_conflict"] == ["hearing_time"]
    assert not any(w["code"] == "hearing_conflict" for w in correction["warnings"])


def test_a_sites_court_name_over_its_menu_stays_with_the_page_it_heads() -> None:
    """A chunk cut before a page's heading takes the court's name over the site's menu with it, whatever ends the text
    above (here a newspaper page's foot, no date): the segmenter reads the name as heading the page's notice, so a
    chunk that lost it read the page's notices differently from the whole text."""
    above = "上海市闵行区人民法院\n2026年5月9日\n\n                          第5版\n\n\n"
    header = "银川铁路运输法院\n首页 | 法院概况 | 审务公开 | 开庭公告 | 诉讼服务\n\n"
    page = (
        "开庭公告\n\n1. 2026年9月7日（星期一）上午9:00\u3000第一法庭\n"
        "（2026）宁8601行初57号\u3000原告马兰英诉被告银川市金凤区人民政府行政强制一案\n"
    )
    assert stream._cut(above + header + page, patience=0) == len(above)


def test_code_beside_a_table_is_read_as_it_is_alone() -> None:
    """An API's documentation quoting a JSON record reads the same with a table of hearings before it in one text: a
    stream's chunk may hold both or only the documentation (containers decide a text's layout)."""
    table = (ROOT / "fixtures" / "courts" / "table_in_notice.tsv").read_text(encoding="utf-8")
    documentation = (ROOT / "fixtures" / "records" / "api_doc.txt").read_text(encoding="utf-8")
    alone = api.read_notices(documentation)
    offset = len(table) + 2
    together = [r for r in api.read_notices(table + "\n\n" + documentation) if r.source.start >= offset]
    assert alone

    def as_read(record: Notice) -> dict[str, Any]:  # (a finding's message names its line in the text read)
        dumped = record.model_dump(mode="json", exclude={"warnings"})
        return {**dumped, "warnings": [(w.code, w.field, w.span) for w in record.warnings]}

    assert [as_read(stream.moved(r, -offset)) for r in together] == [as_read(r) for r in alone]


def test_no_cut_between_a_web_articles_pages() -> None:
    """A web article read page after page prints its head again on the next page, a heading line: no chunk is cut
    there, under the pager, or the pages could not be joined (pages/paginated_article)."""
    text = (ROOT / "fixtures" / "pages" / "paginated_article.txt").read_text(encoding="utf-8")
    pager = text.index("上一页")
    cuts = [offset for offset, _ in stream.chunks([text], 200)]
    assert not [cut for cut in cuts if cut > pager]
    assert [record.venue for record in stream.notices_in([text], None)] == ["本委第三仲裁庭"]


def test_no_cut_under_a_posts_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    """A WeChat post's head (its account, its time, its title, its byline 原创 …) is read as its notice's first lines:
    a chunk cut between the byline and the post's 公告 heading read the post as two notices, at every chunk size."""
    names = ["forms/date_over_issuer.txt", "pages/wechat_byline_under_title.txt", "forms/scanned_digits.txt"]
    text = "\n\n".join((ROOT / "fixtures" / name).read_text(encoding="utf-8") for name in names) * 2
    whole = [r.model_dump() for r in api.read_notices(text, "x")]
    for size in range(300, 3000, 53):
        monkeypatch.setattr(stream, "CHUNK_CHARS", size)
        assert [r.model_dump() for r in api.read_notices(text, "x")] == whole, size


def test_no_cut_at_a_number_under_a_signature(monkeypatch: pytest.MonkeyPatch) -> None:
    """A case's number alone under a notice's signature, right over the next notice's heading (…灵璧县人民法院 /
    二〇三三年六月二十一日 / （2033）皖1323民特97号 / 萧县人民法院公告): whose it is, the segmenter decides with the
    page around it. A cut before the number had given it to the next notice when read in chunks."""
    first = (
        "灵璧县人民法院公告\n　　本院受理申请人赵秀兰申请宣告赵长林失踪一案，经查：赵长林，男，1978年4月6日出生，"
        "于2030年3月离家外出打工后下落不明。赵长林应当自公告之日起三个月内向本院申报其具体地址及联系方式。\n"
        "　　特此公告。\n　　　　灵璧县人民法院\n　　　　二〇三三年六月二十一日\n（2033）皖1323民特97号\n"
    )
    second = (
        "萧县人民法院公告\n刘海：\n　　原告王秀芝诉你民间借贷纠纷一案，本院已立案受理，案号为（2033）皖1322民初2102号。"
        "因你下落不明，现依法向你公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。自公告之日起经过三十日即视为送达。"
        "本院定于2033年9月12日上午9时在本院第三法庭开庭审理。\n　　特此公告。\n"
        "　　萧县人民法院\n　　二〇三三年六月二十一日\n"
    )
    text = "本报讯 某地举办读书节。\n" * 40 + "\n" + first + second
    whole = [r.model_dump() for r in api.read_notices(text, "x")]
    assert [r["case_numbers"] for r in whole] == [["（2033）皖1323民特97号"], ["（2033）皖1322民初2102号"]]
    for size in range(400, 1200, 23):
        monkeypatch.setattr(stream, "CHUNK_CHARS", size)
        assert [r.model_dump() for r in api.read_notices(text, "x")] == whole, size
