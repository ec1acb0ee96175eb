"""Hostile and damaged input, one case per item of issue #15: nothing crashes, nothing hangs, nothing is lost.

Each case asserts the records kept, the line on stderr, and the exit code. Large inputs are
generated here, never stored. Timings are not asserted (see benchmarks/adversarial.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import icalendar
import openpyxl
import pytest
from click.testing import CliRunner

from notices import Notice, parse_file
from notices.cli import main
from notices.export.csvout import to_csv
from notices.export.icsout import to_ics
from notices.export.options import ExportOptions
from notices.export.xlsxout import PRINT_COLUMNS, WRAPPED_LINE_HEIGHT, to_xlsx
from notices.textwidth import display_width

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
TEXT = PAGE.read_text(encoding="utf-8")
TODAY = "2026-03-06"
SEED_NOTICES = 13


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["parse", "--today", TODAY, *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def records(out: str) -> list[dict[str, object]]:
    return list(json.loads(out))


def errors(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("notices: error:")]


def warnings(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("notices: warning:")]


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><pre>{body}</pre></body></html>"


# ---------------------------------------------------------------- crashes that lost the whole batch

CONTROL = ["\v", "\f", "\x00", "\x01", "\x1f", "\x7f", "\ufffe", "\u2028", "\x85", "\x1c"]


def _poisoned(character: str) -> list[Notice]:
    """The seed's records with ``character`` inside a party, the venue and the file name."""
    found = parse_file(PAGE, today=dt.date(2026, 3, 6))
    first = found[0]
    poisoned = first.model_copy(
        update={
            "party": [f"刘{character}珍华"],
            "venue": f"青岛{character}市西海岸",
            "source": first.source.model_copy(update={"file": f"page{character}.txt"}),
        }
    )
    return [poisoned, *found[1:]]


@pytest.mark.parametrize("character", CONTROL, ids=[f"U+{ord(c):04X}" for c in CONTROL])
def test_xlsx_is_written_whatever_control_character_a_value_holds(character: str) -> None:
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx(_poisoned(character), ExportOptions())))
    sheet = book["全部公告"]
    head = [c.value for c in sheet[1]]
    row = [c.value for c in sheet[2]]
    assert len(list(sheet.iter_rows(min_row=2))) == SEED_NOTICES
    assert row[head.index("当事人")] in ("刘珍华", "刘\n珍华")
    assert character not in str(row)
    findings = str(row[head.index("检查结果")])
    assert findings.count("output_characters_replaced") == 3  # party, venue, source: each named
    rows = book["检查结果"].iter_rows(min_row=2, values_only=True)
    fields = {r[4] for r in rows if r[2] == "output_characters_replaced"}
    assert fields == {"party", "venue", "source"}


def test_a_page_with_a_page_break_in_a_value_gives_a_workbook(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(TEXT.replace("青岛市西海岸新区双珠路", "青岛\f市西海岸新区双珠路", 1), encoding="utf-8")
    code, _, err = run(str(source), "-o", str(tmp_path / "out.xlsx"))
    assert code == 0, err
    assert len(list(openpyxl.load_workbook(tmp_path / "out.xlsx")["全部公告"].iter_rows(min_row=2))) == SEED_NOTICES


@pytest.mark.parametrize(
    ("name", "html"),
    [
        ("xml-declaration", '<?xml version="1.0" encoding="UTF-8"?>\n' + page(TEXT)),
        ("meta-undefined", page(TEXT, '<meta charset="undefined">')),
    ],
)
def test_odd_html_is_read(tmp_path: Path, name: str, html: str) -> None:
    source = tmp_path / f"{name}.html"
    source.write_text(html, encoding="utf-8")
    code, out, err = run(str(source), str(PAGE))
    assert code == 0, err
    assert len(records(out)) == 2 * SEED_NOTICES
    assert errors(err) == []


def test_a_page_of_comments_only_is_a_page_without_notices(tmp_path: Path) -> None:
    source = tmp_path / "comment.html"
    source.write_text("<!-- nothing here -->", encoding="utf-8")
    code, out, err = run(str(source), str(PAGE))
    assert (code, len(records(out)), errors(err)) == (0, SEED_NOTICES, [])


def test_a_declared_undefined_charset_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "page.html"
    source.write_text(page(TEXT, '<meta charset="undefined">'), encoding="utf-8")
    _, _, err = run(str(source))
    assert warnings(err) == [
        f"notices: warning: {source}: declares charset 'undefined', which is not a known text encoding: "
        "detected instead"
    ]


def test_encoding_undefined_is_refused_before_reading() -> None:
    code, out, err = run(str(PAGE), "--encoding", "undefined")
    assert code == 2 and out == ""
    assert "'undefined' is not a text encoding" in err
    assert run(str(PAGE), "--encoding", "base64")[0] == 2


def test_an_unreadable_page_in_a_parallel_run_is_one_line(tmp_path: Path) -> None:
    deep = tmp_path / "deep.html"
    deep.write_text("<div>" * 3000 + page(TEXT) + "</div>" * 3000, encoding="utf-8")
    xml = tmp_path / "xml.html"
    xml.write_text('<?xml version="1.0" encoding="UTF-8"?>' + page(TEXT), encoding="utf-8")
    code, out, err = run(str(deep), str(xml), str(PAGE), "--jobs", "2", "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == 2 * SEED_NOTICES
    assert errors(err) == [f"notices: error: {deep}: not readable as HTML (Excessive depth in document: 2048)"]
    assert err.splitlines()[-1].endswith("; 1 file failed")


# ---------------------------------------------------------------- many or long addressees, one notice out of time


def _addressed(names: list[str]) -> str:
    """The seed's first notice addressed to ``names``."""
    start = TEXT.index("公告\n\n刘珍华:")  # (the seed prints an ASCII colon)
    end = TEXT.index("2026年3月6日", start) + len("2026年3月6日")
    return TEXT[start:end].replace("刘珍华:", "、".join(names) + "：", 1)


def test_twenty_two_addressees_are_all_parties() -> None:
    from notices import parse_text

    names = [f"青岛第{i}号建筑工程有限公司" for i in range(22)]
    [record] = parse_text(_addressed(names))
    assert record.party == names
    assert "你" not in record.applicants


def test_an_addressee_longer_than_fifty_characters_is_read() -> None:
    from notices import parse_text

    name = "青岛" + "某" * 50 + "有限公司"
    [record] = parse_text(_addressed([name]))
    assert record.party == [name]


def test_a_notice_that_times_out_does_not_lose_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pattern that runs out of time on one notice: that notice is a finding, the other 13 are kept."""
    from notices import parse_text
    from notices.extract import extract as real

    def slow_on_the_poison(page: Any, block: Any, *args: Any, **kwargs: Any) -> list[Notice]:
        if "毒" in page.folded[block.start : block.end]:
            raise TimeoutError
        return real(page, block, *args, **kwargs)

    monkeypatch.setattr("notices.reader.extract", slow_on_the_poison)
    records = parse_text(TEXT + "\n\n" + _addressed(["毒某"]))
    read = [r for r in records if not any(f.code == "notice_unreadable" for f in r.warnings)]
    assert len(read) == SEED_NOTICES
    [unreadable] = [r for r in records if r not in read]
    assert "a rule ran past its time limit" in unreadable.warnings[0].message


# ---------------------------------------------------------------- linear time (counted, not timed)


def _counting(monkeypatch: pytest.MonkeyPatch, helper: str) -> list[object]:
    """The rules ``grammar.<helper>`` is called with, from now on."""
    from notices import grammar

    calls: list[object] = []
    real = getattr(grammar, helper)

    def counted(rule: object, *args: object) -> object:
        calls.append(rule)
        return real(rule, *args)

    monkeypatch.setattr(grammar, helper, counted)
    return calls


def test_bracketed_year_fragments_are_searched_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """[2026]1、 repeated: each bracket was the start of a search to the end of the body (quadratic, 1,219 s/MB
    at 100 KB); a search that passed later brackets now answers for them."""
    from notices import grammar
    from notices.casenumbers import find_case_numbers

    calls = _counting(monkeypatch, "search")
    body = "本委受理青黄劳人仲案字" + "[2026]1、" * 1000 + "号劳动争议一案"
    found = list(find_case_numbers(body))
    assert calls.count(grammar.CASE_NUMBER_RE) <= len(found) + 1


def test_a_listing_is_tried_only_near_a_session_word(monkeypatch: pytest.MonkeyPatch) -> None:
    """本院定于 repeated: the listing rule ran at each 定于, scanning 200 characters for 开庭 each time."""
    from notices import grammar
    from notices.segment import find_blocks

    calls = _counting(monkeypatch, "match")
    find_blocks("本院定于" * 2000 + "开庭审理原告甲诉被告乙纠纷一案。")
    assert calls.count(grammar.LISTING_RE) < 200


def test_a_dump_written_on_one_line_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """An API's dump of 2,000 records on one line: the text before each string was searched back to the line's start
    (and an array's keys through the rest of the text), quadratic: a dump of 800 KB ran past its page's time budget
    and its notices were lost. What stands before a string is now looked at as far as a key reaches."""
    from notices import containers
    from notices.api import read_notices

    looked_at: list[int] = []

    class Recorded:
        def __init__(self, rule: Any) -> None:
            self.rule = rule

        def search(self, text: str, *args: Any) -> Any:
            looked_at.append(len(text))
            return self.rule.search(text, *args)

    for name in ("_BEFORE_VALUE", "_KEY_BEFORE"):
        monkeypatch.setattr(containers, name, Recorded(getattr(containers, name)))
    content = "刘{0}：本委受理申请人张三与你劳动争议一案，现依法向你公告送达开庭通知书。本委定于2026年4月20日14时开庭。"
    records = [{"id": i, "court": "青岛市劳动人事争议仲裁委员会", "content": content.format(i)} for i in range(2000)]
    found = read_notices(json.dumps({"data": records}, ensure_ascii=False))
    assert [r.party for r in found] == [[f"刘{i}"] for i in range(2000)]
    assert max(looked_at) <= containers._BEFORE_REACH + 1


# ---------------------------------------------------------------- a file that fails part-way, with --stream


def test_stream_counts_a_file_cut_short_as_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from notices.stream import notices_in as real

    def then_time_out(*args: object, **kwargs: object) -> object:
        yield from real(*args, **kwargs)  # type: ignore[arg-type]
        raise TimeoutError

    monkeypatch.setattr("notices.batch.notices_in", then_time_out)
    code, out, err = run(str(PAGE), "--stream", "--format", "jsonl")
    assert code == 1
    assert len(out.splitlines()) == SEED_NOTICES
    assert errors(err) == [f"notices: error: {PAGE}: parsing took too long; skipped"]
    assert err.splitlines()[-1].startswith("notices: 1 file read, 13 notices found;")
    assert err.splitlines()[-1].endswith("; 1 file failed part-way")


def test_a_bug_met_on_one_file_is_that_files_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from notices import api, batch

    other = tmp_path / "other.txt"
    shutil.copy(PAGE, other)
    real = api.read_file

    def broken_on_other(path: Path, *args: object) -> object:
        if path == other:
            raise KeyError("surprise")
        return real(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "read_file", broken_on_other)
    code, out, err = run(str(other), str(PAGE))
    assert code == 1
    assert len(records(out)) == SEED_NOTICES
    assert errors(err) == [f"notices: error: {other}: internal error (KeyError: 'surprise'); skipped"]


# ---------------------------------------------------------------- silent loss


def test_html_nested_254_deep_is_read(tmp_path: Path) -> None:
    source = tmp_path / "deep.html"
    source.write_text("<html><body>" + "<div>" * 254 + f"<pre>{TEXT}</pre>" + "</div>" * 254, encoding="utf-8")
    code, out, err = run(str(source))
    assert (code, len(records(out)), errors(err)) == (0, SEED_NOTICES, [])


def test_one_invalid_byte_is_replaced_and_reported(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    source = tmp_path / "page.txt"
    source.write_bytes(data[:100] + b"\xff" + data[100:])
    code, out, err = run(str(source))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    assert warnings(err) == [
        f"notices: warning: {source}: 1 invalid byte sequence replaced by U+FFFD (at byte 100; read as utf-8)"
    ]
    assert err.splitlines()[-1].endswith("; 1 input warning")


def test_invalid_bytes_in_gb18030_are_replaced(tmp_path: Path) -> None:
    data = TEXT.encode("gb18030")
    source = tmp_path / "page.txt"
    source.write_bytes(data[:40] + b"\xff" + data[40:])
    code, out, err = run(str(source))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    [line] = warnings(err)
    assert "replaced by U+FFFD (at byte 40" in line and "read as gb18030" in line


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le"])
def test_a_file_cut_mid_character_is_read_up_to_the_cut(tmp_path: Path, encoding: str) -> None:
    data = TEXT.encode(encoding)
    source = tmp_path / "page.txt"
    source.write_bytes(data[:-1])
    code, out, err = run(str(source))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    assert warnings(err) == [
        f"notices: warning: {source}: ends mid-character: the incomplete character at byte "
        f"{len(data) - (2 if encoding != 'utf-8' else 3):,} dropped"
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_text(tmp_path: Path, encoding: str) -> None:
    source = tmp_path / "page.txt"
    source.write_bytes(TEXT.encode(encoding))
    code, out, err = run(str(source), "--stream", "--format", "jsonl")
    assert (code, len(out.splitlines()), errors(err)) == (0, SEED_NOTICES, [])


@pytest.mark.parametrize(
    ("declared", "encoding", "said"),
    [
        ("gb2312", "utf-8", "declares charset 'gb2312' but is UTF-8: read as UTF-8"),
        ("utf-8", "gb18030", "declares charset 'utf-8' but is not utf-8 text (byte "),
        ("iso-8859-1", "gb18030", "declares charset 'iso-8859-1' but reads as Chinese only in gb18030"),
    ],
)
def test_a_wrong_declared_charset_is_checked_against_the_bytes(
    tmp_path: Path, declared: str, encoding: str, said: str
) -> None:
    source = tmp_path / "page.html"
    source.write_bytes(page(TEXT, f'<meta charset="{declared}">').encode(encoding))
    code, out, err = run(str(source))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    [line] = warnings(err)
    assert line.startswith(f"notices: warning: {source}: {said}")


def test_binary_is_still_refused(tmp_path: Path) -> None:
    source = tmp_path / "noise.txt"
    source.write_bytes(bytes(range(256)) * 40)
    code, _, err = run(str(source), str(PAGE))
    assert code == 1
    assert errors(err) == [f"notices: error: {source}: not a text file (binary)"]


# ---------------------------------------------------------------- other edges


def test_a_file_named_on_the_command_line_is_not_checked_by_click(monkeypatch: pytest.MonkeyPatch) -> None:
    # As a user who may not read it would see it (root reads anything): one line and a skip, never usage text.
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    code, out, err = run(str(PAGE))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    assert "Usage:" not in err


def _signals_as_at_a_terminal() -> None:
    """In the child: SIGINT as a terminal's Ctrl-C finds it. A run started in the background (a CI script's
    ``&``, nohup) inherits SIGINT ignored, and Python then sets no Ctrl-C handler: the test would not be
    sending the signal a user sends."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_stream_output_leaves_no_temporary_file(tmp_path: Path, signum: int) -> None:
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "notices", "parse", "-", "--stream", "-o", str(out)],
        stdin=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, preexec_fn=_signals_as_at_a_terminal,
    )  # fmt: skip
    assert process.stdin is not None
    process.stdin.write(TEXT.encode())  # stdin stays open: the run waits, its output file begun
    process.stdin.flush()
    for _ in range(200):  # until the temporary file is there (bounded, not a timing assertion)
        if list(tmp_path.iterdir()):
            break
        time.sleep(0.05)
    assert [p.name.startswith(".out.jsonl.") for p in tmp_path.iterdir()] == [True]
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert list(tmp_path.iterdir()) == []
    if signum == signal.SIGTERM:
        assert process.returncode == 128 + signal.SIGTERM
        assert b"notices: stopped by SIGTERM" in err


def test_xlsx_is_byte_identical_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1772755200")
    found = parse_file(PAGE, today=dt.date(2026, 3, 6))
    first = to_xlsx(found, ExportOptions())
    time.sleep(2.1)  # past the zip format's two-second resolution, and a new second for the properties
    assert to_xlsx(found, ExportOptions()) == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # before the zip format's 1980: still written
    assert to_xlsx(found, ExportOptions()).startswith(b"PK")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    code, _, err = run(str(PAGE), "--format", "xlsx", "-o", "-")
    assert code == 2 and "SOURCE_DATE_EPOCH='yesterday' is not a number of seconds" in err


ICS_BREAKERS = ["\v", "\x1c", "\x85", "\u2028", "\r", "\x00"]


@pytest.mark.parametrize("character", ICS_BREAKERS, ids=[f"U+{ord(c):04X}" for c in ICS_BREAKERS])
def test_ics_values_hold_no_control_character(character: str) -> None:
    data = to_ics(_poisoned(character), ExportOptions()).decode("utf-8")
    assert character not in data.replace("\r\n", "")  # the format's own line ends
    assert data.splitlines() == data.split("\r\n")[:-1]  # no line but the format's own
    events = list(icalendar.Calendar.from_ical(data).walk("VEVENT"))
    venues = [str(e["location"]) for e in events if "西海岸" in str(e.get("location", ""))]
    assert "青岛\n市西海岸" in venues or "青岛市西海岸" in venues
    assert "output_characters_replaced" in data


@pytest.mark.parametrize("character", ["\x00", "\v", "\u2028"], ids=["NUL", "VT", "LSEP"])
def test_csv_values_hold_no_control_character(character: str) -> None:
    data = to_csv(_poisoned(character), ExportOptions()).decode("utf-8-sig")
    assert character not in data
    [row, *_] = csv.DictReader(io.StringIO(data))
    assert row["当事人"] in ("刘珍华", "刘\n珍华")
    assert "output_characters_replaced" in row["检查结果"]


@pytest.mark.parametrize("name", ["a\nb.txt", "c\rd.txt", "e\x1b[2Jf.txt"])
def test_a_file_name_that_would_break_the_line_is_escaped(tmp_path: Path, name: str) -> None:
    missing = tmp_path / name
    code, _, err = run(str(missing), str(PAGE))
    assert code == 1
    escaped = str(missing).replace("\n", "\\n").replace("\r", "\\r").replace("\x1b", "\\x1b")
    assert errors(err) == [f"notices: error: {escaped}: no such file"]


# ---------------------------------------------------------------- seen as a new user


def test_output_into_a_missing_folder_is_said_before_reading(tmp_path: Path) -> None:
    target = tmp_path / "nope" / "x.json"
    code, _, err = run(str(PAGE), "-o", str(target))
    assert code == 2
    assert err == f"Error: {target}: no such folder '{target.parent}' (create it first)\n"


@pytest.mark.parametrize(("fmt", "start"), [(None, "["), ("csv", "\ufeff类型")])
def test_dash_output_is_stdout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str | None, start: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(str(PAGE), "-o", "-", *(["--format", fmt] if fmt else []))
    assert code == 0 and out.startswith(start)
    assert list(tmp_path.iterdir()) == []  # no file named -


def test_a_format_that_contradicts_the_extension_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    code, out, err = run(str(PAGE), "--format", "csv", "-o", str(target))
    assert code == 2 and out == ""
    assert f"{target}: the extension says xlsx but --format says csv" in err
    assert not target.exists()


def test_options_a_format_ignores_are_said() -> None:
    code, _, err = run(str(PAGE), "--format", "csv", "--deadlines", "--duration", "30", "--force")
    assert code == 0
    assert warnings(err) == [
        "notices: warning: --duration has no effect on csv output (only on ics)",
        "notices: warning: --deadlines has no effect on csv output (only on ics)",
        "notices: warning: --force has no effect without -o",
    ]
    assert warnings(run(str(PAGE), "--header", "en")[2]) == [
        "notices: warning: --header has no effect on json output (only on csv, xlsx)"
    ]
    assert warnings(run(str(PAGE), "--format", "csv", "--header", "en")[2]) == []


def test_globs_ignore_case_and_a_folder_with_no_match_is_hinted(tmp_path: Path) -> None:
    upper = tmp_path / "upper"
    upper.mkdir()
    shutil.copy(PAGE, upper / "PAGE.TXT")
    code, out, _ = run(str(upper))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy(PAGE, other / "page.text")
    code, out, err = run(str(other))
    assert (code, records(out)) == (0, [])
    assert warnings(err) == [
        f"notices: warning: {other}: no file matches *.txt *.html *.htm *.xhtml *.shtml *.shtm *.jhtml *.asp *.aspx "
        "*.jsp *.php *.hocr *.mhtml *.mht *.eml *.rtf *.xml *.fodt *.svg *.fpage *.json *.jsonl *.ndjson *.yaml *.yml "
        "*.md *.markdown *.csv *.tsv (1 other file, e.g. page.text; see --glob)"
    ]


def test_a_site_mirror_is_read_under_its_servers_names_and_its_documents_are_said(tmp_path: Path) -> None:
    """A crawl keeps a site's own names: pages as .shtml, .aspx, .jsp; an API's answer as .php; a static site's
    sources or a note app's export are Markdown; notices posted as PDF or Word files, which the tool does not read, are
    named rather than passed over."""
    pages = {
        ROOT / "fixtures" / "pages" / "addressed_titles.html": "court/gg/2037/1102.shtml",
        ROOT / "fixtures" / "pages" / "case_column.html": "court/ktgg/list.aspx",
        ROOT / "fixtures" / "records" / "api_response.in.json": "api/ggList.php",
        PAGE: "paper/20370101.jsp",
        ROOT / "fixtures" / "pages" / "markdown_headings.md": "blog/content/posts/2037-11-02-notice.md",
    }
    mirror = tmp_path / "mirror"
    for source, name in pages.items():
        (mirror / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, mirror / name)
    (mirror / "court" / "gg" / "2037" / "1103.pdf").write_bytes(b"%PDF-1.7\n")
    (mirror / "court" / "gg" / "2037" / "1104.DOCX").write_bytes(b"PK\x03\x04")
    (mirror / "court" / "logo.png").write_bytes(b"\x89PNG")
    code, out, err = run(str(mirror))
    assert code == 0
    expected = [  # each page's records as read under its own name, in the walk's order
        record
        for source, name in sorted(pages.items(), key=lambda page: page[1])
        for record in records(run(str(source))[1].replace(str(source), str(mirror / name)))
    ]
    assert len(expected) > len(pages)
    assert records(out) == expected
    assert warnings(err) == [
        f"notices: warning: {mirror}: 2 documents not read (1 .docx, 1 .pdf, e.g. court/gg/2037/1103.pdf): notices in "
        "them are not found (convert them to text first, e.g. with pdftotext -layout)"
    ]


def test_our_own_review_page_is_not_read_as_a_source(tmp_path: Path) -> None:
    review = tmp_path / "review.html"
    assert run(str(PAGE), "-o", str(review))[0] == 0
    code, out, err = run(str(review), str(PAGE))
    assert (code, len(records(out))) == (0, SEED_NOTICES)
    assert warnings(err) == [
        f"notices: warning: {review}: a review page written by notices, not a source: skipped "
        "(read the pages it was made from)"
    ]


def test_strict_says_why_it_exits_1(tmp_path: Path) -> None:
    code, _, err = run(str(PAGE), "--strict")
    assert code == 1
    assert err.splitlines()[-1] == "notices: --strict: exit 1 because 1 finding is an error"


def test_the_print_sheet_fits_a4_at_full_size() -> None:
    found = parse_file(PAGE, today=dt.date(2026, 3, 6))
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(found, ExportOptions())))["打印排期"]
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth) == ("landscape", 9, 1)
    assert sheet.print_title_rows == "$1:$1"
    widths = [sheet.column_dimensions[c].width for c in "ABCDE"]
    assert sum(widths) <= 140  # a landscape A4 page between the default margins, at 100%
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 8
    for row in rows:
        cells = [str(c.value or "") for c in row]
        for value, limit in zip(cells, PRINT_COLUMNS.values(), strict=True):
            assert all(display_width(line) <= limit for line in value.split("\n"))  # no further wrapping
        lines = max(value.count("\n") + 1 for value in cells)
        assert sheet.row_dimensions[int(row[0].row or 0)].height == WRAPPED_LINE_HEIGHT * lines


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")


def _has_carlito() -> bool:
    """Calibri's metric twin: without it LibreOffice measures columns in a wider font."""
    fc_list = shutil.which("fc-list")
    return bool(fc_list) and "Carlito" in subprocess.run([str(fc_list)], capture_output=True, text=True).stdout


@pytest.mark.skipif(
    not (SOFFICE and PDFTOTEXT and _has_carlito()) and not os.environ.get("NOTICES_REQUIRE_LIBREOFFICE"),
    reason="LibreOffice, pdftotext or Carlito is not installed (CI installs them; "
    "NOTICES_REQUIRE_LIBREOFFICE makes this fail)",
)
def test_the_print_sheet_printed_by_libreoffice_is_readable(tmp_path: Path) -> None:
    """The workbook printed to PDF by LibreOffice: the print sheet's text is near its 11 points."""
    workbook = tmp_path / "schedule.xlsx"
    assert run(str(PAGE), "-o", str(workbook))[0] == 0
    subprocess.run(
        [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(workbook)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    bbox = subprocess.run(
        [str(PDFTOTEXT), "-bbox", str(tmp_path / "schedule.pdf"), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = bbox.split("<page ")
    last = pages[-1]  # the print sheet is the last
    assert "待核对" in last and "时间待确认" in last
    import re

    word = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">开庭</word>', last)
    assert word is not None
    # Two CJK characters of 11-point text are 22 points wide; shrunk to one page the old way, 6.
    assert float(word.group(2)) - float(word.group(1)) >= 19


# ---------------------------------------------------------------- probes beyond the list of #15


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_a_pipe_or_a_device_is_refused_not_waited_on(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        special = tmp_path / "pipe.txt"
        os.mkfifo(special)  # with no writer, reading it would wait forever
    else:
        special = Path("/dev/zero")  # endless, and its size (0) passes --max-size
        if not special.exists():
            pytest.skip("no /dev/zero here")
    for extra in ([], ["--stream", "--format", "jsonl"]):
        code, out, err = run(str(special), str(PAGE), *extra)
        assert code == 1 and out.count("刘珍华") >= 1
        assert errors(err) == [
            f"notices: error: {special}: not a regular file (a pipe or a device; use - to read standard input)"
        ]


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_is_escaped_in_the_records(tmp_path: Path) -> None:
    name = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"page\xff.txt"))
    shutil.copy(PAGE, name)
    for fmt in ("json", "xlsx", "csv", "ics", "html"):
        code, _, err = run(name, "--format", fmt, "-o", str(tmp_path / f"out.{fmt}"))
        assert code == 0, err
    code, out, _ = run(name)
    assert {r["source"]["file"] for r in records(out)} == {f"{tmp_path}/page\\udcff.txt"}  # type: ignore[index]


def test_a_formula_behind_a_control_character_stays_text() -> None:
    """Removing the NUL must not uncover a formula: the check runs on the value as written."""
    from notices.catalogue import finding

    formula = '\x00=HYPERLINK("//evil.example/x")'
    first = parse_file(PAGE)[0]
    quoted = finding("party_missing", (0, len(formula)), "引文", "a quote of the printed text")
    hidden = first.model_copy(update={"party": [formula], "warnings": [quoted]})
    book = openpyxl.load_workbook(io.BytesIO(to_xlsx([hidden], ExportOptions(texts={str(PAGE): formula + TEXT}))))
    for cell in (book["全部公告"]["B2"], book["检查结果"]["G2"]):  # a value, and the printed text a finding quotes
        assert cell.value == formula[1:] and cell.data_type == "s" and cell.quotePrefix
    row = next(csv.DictReader(io.StringIO(to_csv([hidden], ExportOptions()).decode("utf-8-sig"))))
    assert row["当事人"] == '\'=HYPERLINK("//evil.example/x")'


def test_a_file_whose_first_megabyte_is_ascii_is_detected_again_where_it_changes(tmp_path: Path) -> None:
    source = tmp_path / "archive.txt"
    source.write_bytes(b"Market news in English.\n" * 50_000 + TEXT.encode("gb18030"))  # 1.2 MB of ASCII first
    code, out, err = run(str(source))
    assert (code, len(records(out)), warnings(err), errors(err)) == (0, SEED_NOTICES, [], [])


def test_a_stray_carriage_return_inside_a_line_is_no_line_end() -> None:
    """A line with commas and a carriage return inside it (…不成,\\r0), as a mangled page holds one: the check of a
    column's line counts its cells as CSV, which must not take the CR for a line end (the fuzz test found it)."""
    text = (
        "公告\n\n刘珍华:\n\n本委已受理你与甲有限公司、乙有限公司劳动争议一案(青黄劳人仲案字[2026]第20406号)。"
        "因向你直接、邮寄送达相关文书不成,\r0\n故依法向你公告送达开庭通知书,自本公告发布之日起经过30日即视为送达。"
        "本委定于2026年4月20日14时00分开庭审理此案。\n\n特此公告\n\n青岛市黄岛区劳动人事争议仲裁委员会\n\n2026年3月6日"
    )
    from notices import parse_text

    [record] = parse_text(text, today=dt.date(2026, 3, 6))
    assert record.party == ["刘珍华"] and record.hearing_date == dt.date(2026, 4, 20)
