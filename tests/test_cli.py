"""The CLI through click's CliRunner, and once through the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from notices import __version__
from notices.catalogue import CODES
from notices.cli import main

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
NEWS = ROOT / "seeds" / "001_5c4f81da8e198fe9.txt"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


SUMMARY = "notices: 1 file read, 13 notices found; findings: 1 error, 0 warnings, 14 info\n"


def test_parse_prints_a_json_array_and_a_summary() -> None:
    code, out, err = run("parse", "--today", "2026-03-06", str(PAGE))
    assert code == 0
    records = json.loads(out)
    assert len(records) == 13
    assert records[8]["hearing_text"] == "2026年4月22日30分"
    assert records[8]["hearing_time"] is None
    assert err == SUMMARY


def test_strict_exits_1_on_an_error_finding_after_writing() -> None:
    code, out, err = run("parse", "--strict", "--today", "2026-03-06", str(PAGE))
    assert code == 1
    assert len(json.loads(out)) == 13
    assert err == SUMMARY + "notices: --strict: exit 1 because 1 finding is an error\n"
    assert run("parse", "--strict", str(NEWS))[0] == 0


def test_today_decides_which_hearings_are_past() -> None:
    _, out, _ = run("parse", "--today", "2026-04-22", str(PAGE))
    past = [[w["code"] for w in r["warnings"]].count("hearing_in_past") for r in json.loads(out)]
    assert sum(past) == 5  # two hearings on 04-20 and three on 04-21; 04-22 itself is not past
    assert run("parse", "--today", "22/04/2026", str(PAGE))[0] == 2


def test_check_reports_each_notice_and_its_findings() -> None:
    code, out, err = run("check", "--today", "2026-03-06", str(PAGE))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == str(PAGE)
    assert lines[1] == "  1. 开庭  青黄劳人仲案字[2026]第20406号 等2件 · 刘珍华 · 2026-04-20 14:00"
    assert "  9. 开庭  青黄劳人仲案字[2025]第9208号 · 青島佳多样工贸有限公司 · 2026-04-22 时间不明" in lines
    at = lines.index("  9. 开庭  青黄劳人仲案字[2025]第9208号 · 青島佳多样工贸有限公司 · 2026-04-22 时间不明")
    assert lines[at + 1].startswith("     error    hearing_time_malformed: ")
    assert lines[at + 2] == "              「30分」"
    assert lines[-1] == "13 notices: 1 error, 0 warnings, 14 info"
    assert err == SUMMARY
    assert run("check", "--strict", "--today", "2026-03-06", str(PAGE))[0] == 1


def test_jsonl_is_one_record_per_line() -> None:
    code, out, _ = run("parse", "--format", "jsonl", str(PAGE))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 13
    assert [json.loads(line)["kind"] for line in lines].count("hearing") == 8


def test_stdin_is_read_with_dash() -> None:
    code, out, _ = run("parse", "-", stdin=PAGE.read_text(encoding="utf-8"))
    assert code == 0
    records = json.loads(out)
    assert len(records) == 13
    assert records[0]["source"]["file"] == "<stdin>"


def test_page_without_notices_is_not_an_error() -> None:
    code, out, err = run("parse", str(NEWS))
    assert (code, json.loads(out)) == (0, [])
    assert "0 notices found" in err


def test_missing_file_is_named_and_the_others_still_parsed(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    code, out, err = run("parse", "--today", "2026-11-23", str(missing), str(PAGE))
    assert code == 1
    assert len(json.loads(out)) == 13
    assert f"notices: error: {missing}: no such file\n" in err
    assert err.endswith("1 file read, 13 notices found; findings: 1 error, 0 warnings, 22 info; 1 file failed\n")


def test_output_file_format_from_extension_and_never_overwritten(tmp_path: Path) -> None:
    out_file = tmp_path / "records.jsonl"
    assert run("parse", str(PAGE), "-o", str(out_file))[0] == 0
    assert len(out_file.read_text(encoding="utf-8").splitlines()) == 13
    out_file.write_text("edited by a clerk", encoding="utf-8")
    code, _, err = run("parse", str(PAGE), "-o", str(out_file))
    assert code == 2
    assert "already exists" in err and str(out_file) in err
    assert out_file.read_text(encoding="utf-8") == "edited by a clerk"
    assert run("parse", str(PAGE), "-o", str(out_file), "--force")[0] == 0
    assert len(out_file.read_text(encoding="utf-8").splitlines()) == 13
    assert [p.name for p in tmp_path.iterdir()] == ["records.jsonl"]  # no temporary file left


def test_schema_is_the_records_json_schema() -> None:
    code, out, _ = run("schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Notice"
    assert {"kind", "party", "case_numbers", "hearing_time", "spans", "source"} <= set(schema["properties"])


def test_version() -> None:
    code, out, _ = run("--version")
    assert (code, out) == (0, f"notices, version {__version__}\n")


def _console_script() -> str:
    script = Path(sys.executable).parent / "notices"
    if script.exists():
        return str(script)
    found = shutil.which("notices")
    if found is None:
        pytest.fail("the notices console script is not installed (pip install -e '.[test]')")
    return found


def test_installed_console_script() -> None:
    result = subprocess.run(
        [_console_script(), "parse", str(PAGE), "--format", "jsonl"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 13
    assert "13 notices found" in result.stderr


def test_python_dash_m() -> None:
    result = subprocess.run([sys.executable, "-m", "notices", "--version"], capture_output=True, text=True, check=False)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_seed_copy_is_unchanged() -> None:
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for seed in shared.iterdir():
        assert (ROOT / "seeds" / seed.name).read_bytes() == seed.read_bytes()


def test_every_command_and_option_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"notices {name}" in readme, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("-"):
                    assert opt in readme, f"{name} {opt}"


def test_every_finding_code_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in CODES:
        assert f"`{code}`" in readme, code


def test_parallel_jsonl_equals_the_records_of_the_library(tmp_path: Path) -> None:
    """With --jobs, JSONL is written from packed lines and batch keys; it must equal the records, byte for byte."""
    import datetime as dt

    from notices.api import read_notices
    from notices.export.jsonout import to_jsonl
    from notices.validate import validate

    text = PAGE.read_text(encoding="utf-8")
    pages = [tmp_path / "monday.txt", tmp_path / "tuesday.txt"]  # republished: duplicates, venue conflicts
    for page in pages:
        page.write_text(text, encoding="utf-8")
    code, out, _ = run("parse", *map(str, pages), "--format", "jsonl", "--today", "2026-03-06", "--jobs", "2")
    assert code == 0
    records = validate([r for p in pages for r in read_notices(text, str(p))], dt.date(2026, 3, 6))
    assert sum("duplicate_notice" in str(r.warnings) for r in records) == 13
    assert out.encode() == to_jsonl(records)
