"""Real-world input: encodings, HTML, folders, bad files, parallel runs, progress, size limits."""

from __future__ import annotations

import gzip
import io
import json
import os
import shutil
from pathlib import Path
from typing import Any

import opencc
import pytest
from click.testing import CliRunner

from notices import parse_file, parse_text
from notices.cli import _progress, main
from notices.errors import InputError
from notices.inputs import decode, read_source

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
TEXT = PAGE.read_text(encoding="utf-8")
TODAY = "2026-03-06"


def _records(path: Path, exclude: set[str]) -> list[dict[str, Any]]:
    import datetime as dt

    return [r.model_dump(mode="json", exclude=exclude) for r in parse_file(path, today=dt.date(2026, 3, 6))]


def _rtf(text: str) -> str:
    """``text`` as a rich-text document written in code page 936: a line a paragraph, Chinese as escapes."""
    written = "".join(
        "\\par\n"
        if c == "\n"
        else f"\\{c}"
        if c in "\\{}"
        else c
        if ord(c) < 128
        else "".join(f"\\'{b:02x}" for b in c.encode("gb18030"))
        for c in text
    )
    return "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n\\pard " + written + "}\n"


def test_the_seed_page_as_rtf_gives_the_same_records_streamed_or_not(tmp_path: Path) -> None:
    document = tmp_path / "page.rtf"
    document.write_text(_rtf(TEXT), encoding="ascii")
    # Offsets index the document's text, which is the page's: the records are the same but for their format.
    want = _records(PAGE, {"source"})
    assert _records(document, {"source"}) == want
    assert {r.source.format for r in parse_file(document)} == {"rtf"}
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")

    def streamed(path: Path) -> list[dict[str, Any]]:
        result = CliRunner().invoke(main, ["parse", "--stream", "--format", "jsonl", "--today", TODAY, str(path)])
        assert result.exit_code == 0
        return [json.loads(line) for line in result.stdout.splitlines()]

    rtf_records, text_records = streamed(document), streamed(page)
    assert [r["source"] for r in rtf_records] == [
        {**r["source"], "file": str(document), "format": "rtf"} for r in text_records
    ]
    assert [{**r, "source": None} for r in rtf_records] == [{**r, "source": None} for r in text_records]


def _chunked(body: bytes, size: int) -> bytes:
    """``body`` as an HTTP response saved with its headers (curl -i --raw), compressed and sent in chunks."""
    squeezed = gzip.compress(body)
    chunks = [squeezed[at : at + size] for at in range(0, len(squeezed), size)]
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Encoding: gzip\r\n"
    head += b"Transfer-Encoding: chunked\r\n\r\n"
    return head + b"".join(b"%x\r\n%s\r\n" % (len(chunk), chunk) for chunk in chunks) + b"0\r\n\r\n"


def test_records_listed_under_blocks_that_say_no_type_are_records_not_one_document() -> None:
    """A rich-text document's blocks each say their type (fixtures/forms/rich_text_documents); a list of records
    under a key "blocks" (a site's sections) does not, and each record keeps its own court and date."""
    body = (
        "{name}：本院受理原告{plaintiff}诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本及开庭传票。"
        "自公告之日起经过三十日即视为送达。本院定于2026年8月{day}日上午9时在本院第三法庭开庭审理。"
    )
    page = json.dumps(
        {
            "blocks": [
                {"court": "北京市海淀区人民法院", "publishDate": "2026-05-11",
                 "content": body.format(name="周立新", plaintiff="赵海燕", day=12)},
                {"court": "北京市朝阳区人民法院", "publishDate": "2026-05-12",
                 "content": body.format(name="钱国强", plaintiff="孙晓梅", day=13)},
            ]
        },
        ensure_ascii=False,
    )  # fmt: skip
    records = parse_text(page)
    assert [(r.party, r.issuer, str(r.published)) for r in records] == [
        (["周立新"], "北京市海淀区人民法院", "2026-05-11"),
        (["钱国强"], "北京市朝阳区人民法院", "2026-05-12"),
    ]


def test_a_saved_http_response_is_read_as_its_body_and_a_cut_one_as_it_stands(tmp_path: Path) -> None:
    saved = tmp_path / "response.http"
    saved.write_bytes(_chunked(TEXT.encode("utf-8"), 4096))
    assert _records(saved, {"source"}) == _records(PAGE, {"source"})
    assert {r.source.format for r in parse_file(saved)} == {"message"}
    # Cut short, or not what its headers say: read as the file stands (here, bytes of no text: said, not lost).
    saved.write_bytes(_chunked(TEXT.encode("utf-8"), 4096)[:-3000])
    with pytest.raises(InputError, match="binary"):
        parse_file(saved)
    plain = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n" + TEXT.encode("utf-8")
    saved.write_bytes(plain)
    assert len(parse_file(saved)) == len(_records(PAGE, set()))


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_the_seed_page_in_other_encodings_gives_the_same_records(tmp_path: Path, encoding: str) -> None:
    copy = tmp_path / f"page-{encoding}.txt"
    copy.write_bytes(TEXT.encode(encoding))
    assert _records(copy, {"source"}) == _records(PAGE, {"source"})


def test_the_seed_page_as_html_gives_the_same_records(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line.replace('&', '&amp;')}</p>\n" for line in TEXT.split("\n\n") if line.strip())
    page = tmp_path / "page.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>公告</title>'
        "<script>document.write('公告')</script><style>p{margin:0}</style></head>"
        f"<body><div>{paragraphs}</div></body></html>",
        encoding="utf-8",
    )
    # Offsets index the text extracted from the page, so spans differ; every value is the same.
    got = _records(page, {"source", "spans"})
    want = _records(PAGE, {"source", "spans"})
    for record in got + want:
        for finding in record["warnings"]:
            finding.pop("span")
    assert got == want
    assert {r.source.format for r in parse_file(page)} == {"html"}


def test_big5_is_detected() -> None:
    traditional = opencc.OpenCC("s2t.json").convert(TEXT)
    data = traditional.encode("big5", errors="ignore")
    assert decode(data, "page.txt") == (data.decode("big5"), [])


def test_a_forced_encoding_is_used_and_reported_when_wrong(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(TEXT.encode("gb18030"))
    assert read_source(page, encoding="gb18030").text == TEXT
    with pytest.raises(InputError, match=r"page\.txt: not utf-8 text"):
        read_source(page, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'"):
        read_source(page, encoding="klingon")


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2026" / "03").mkdir(parents=True)
    shutil.copy(PAGE, folder / "2026" / "03" / "06.txt")
    shutil.copy(ROOT / "fixtures" / "forms" / "case_lists.txt", folder / "2026" / "03" / "07.txt")
    (folder / "2026" / "empty.txt").write_bytes(b"")
    (folder / "2026" / "scan.png").write_bytes(PNG)
    (folder / "2026" / "08.txt").write_text(TEXT[: TEXT.rindex("本委定于2026年4月23日14时00分")], encoding="utf-8")
    (folder / "2026" / "gone.txt").symlink_to(folder / "nowhere.txt")  # unreadable: points nowhere
    (folder / "notes.doc").write_text("not matched by the globs", encoding="utf-8")
    return folder


def test_a_folder_with_bad_files(tmp_path: Path) -> None:
    folder = _bad_folder(tmp_path)
    result = CliRunner().invoke(main, ["parse", str(folder), "--glob", "*.txt *.png", "--today", TODAY])
    assert result.exit_code == 1
    records = json.loads(result.stdout)
    files = [Path(r["source"]["file"]).relative_to(folder).as_posix() for r in records]
    # Stable order: folders walked sorted; 13 + 1 from the good pages, 13 from the cut-off copy.
    assert files == ["2026/03/06.txt"] * 13 + ["2026/03/07.txt"] + ["2026/08.txt"] * 13
    last = records[-1]
    assert [w["code"] for w in last["warnings"]][:1] == ["notice_truncated"]
    assert last["party"] == ["青島金能置业有限公司", "天津姚圣园林工程有限公司"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("notices: error:")]
    assert errors == [
        f"notices: error: {folder / '2026' / 'empty.txt'}: empty file",
        f"notices: error: {folder / '2026' / 'gone.txt'}: no such file",
        f"notices: error: {folder / '2026' / 'scan.png'}: not a text file (binary)",
    ]
    # (A document the patterns leave out, notes.doc, is named: a notice in it would not be found.)
    assert f"notices: warning: {folder}: 1 document not read (1 .doc, e.g. notes.doc): " in result.stderr
    assert result.stderr.splitlines()[-1].endswith("; 3 files failed; 1 input warning")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    locked.chmod(0)
    result = CliRunner().invoke(main, ["parse", str(locked), str(PAGE)])
    assert result.exit_code == 1
    assert f"notices: error: {locked}: cannot be read (permission denied)" in result.stderr


def test_jobs_2_gives_the_same_output_as_jobs_1(tmp_path: Path) -> None:
    folder = _bad_folder(tmp_path)
    for i in range(6):
        shutil.copy(ROOT / "fixtures" / "forms" / "times.txt", folder / f"times-{i}.txt")
    runs = [
        CliRunner().invoke(main, ["parse", str(folder), "--format", "jsonl", "--today", TODAY, "-j", jobs])
        for jobs in ("1", "2")
    ]
    assert runs[0].stdout_bytes == runs[1].stdout_bytes
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].stdout_bytes.count(b"\n") == 13 + 1 + 13 + 6 * 5


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_one_large_file_is_read_by_the_jobs_a_chunk_each_with_the_same_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """One file with --jobs 2: its chunks go to the processes (packed lines for JSONL, records otherwise) and
    come back in order; the bytes are those of one process. (Small chunks, for many of them.)"""
    from notices import batch, stream

    pages = [PAGE, *sorted((ROOT / "fixtures" / "forms").glob("*.txt"))]
    archive = tmp_path / "archive.txt"
    archive.write_text("\n\n".join(p.read_text(encoding="utf-8") for p in pages) * 2, encoding="utf-8")
    monkeypatch.setattr(stream, "CHUNK_CHARS", 3000)
    monkeypatch.setattr(batch, "PARTS_BYTES", 1)
    parts: list[int] = []
    monkeypatch.setattr(batch.FileReader, "in_parts", _counting(batch.FileReader.in_parts, parts))
    runs = [
        CliRunner().invoke(main, ["parse", str(archive), "--format", fmt, "--today", TODAY, "-j", jobs])
        for jobs in ("1", "2")
    ]
    assert parts == [2]  # the second run only
    assert runs[1].exit_code == 0, runs[1].stderr
    assert runs[0].stdout_bytes == runs[1].stdout_bytes
    assert runs[0].stderr == runs[1].stderr
    assert runs[0].stdout_bytes.count(b'"kind"') > 2 * 13


def _counting(method: Any, calls: list[int]) -> Any:
    def counted(self: Any, path: Path, jobs: int) -> Any:
        calls.append(jobs)
        return method(self, path, jobs)

    return counted


def test_one_large_file_that_cannot_be_read_is_said_with_jobs_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from notices import batch

    monkeypatch.setattr(batch, "PARTS_BYTES", 1)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    result = CliRunner().invoke(main, ["parse", str(binary), "-j", "2"])
    assert result.exit_code == 1
    assert f"notices: error: {binary}: not a text file (binary)\n" in result.stderr


def test_files_over_max_size_are_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[Path] = []

    def spy(self: Path) -> bytes:
        read.append(self)
        return b""

    monkeypatch.setattr(Path, "read_bytes", spy)
    result = CliRunner().invoke(main, ["parse", str(PAGE), "--max-size", "10K"])
    assert result.exit_code == 1
    assert "too large (19,122 bytes; the limit is 10,240, see --max-size)" in result.stderr
    assert read == []
    assert CliRunner().invoke(main, ["parse", str(PAGE), "--max-size", "lots"]).exit_code == 2


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from notices.api import FileResult

    results = [FileResult(f"{i}.txt", records=[]) for i in range(5)]
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert list(_progress(quiet=False)(iter(results), 5)) == results
    assert "5/5" in terminal.getvalue() and "notices" in terminal.getvalue()
    quiet = _Terminal()
    monkeypatch.setattr("sys.stderr", quiet)
    list(_progress(quiet=True)(iter(results), 5))
    assert quiet.getvalue() == ""
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    list(_progress(quiet=False)(iter(results), 5))
    assert piped.getvalue() == ""
