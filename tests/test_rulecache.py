"""The grammar's compiled rules kept between runs (notices.rulecache): the same records either way, and a
rule taken from the file only where it is the one asked for."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest
import regex

from notices import rulecache

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("000_*.txt"))

# A process that parses the seed page with notices, printing how many rules it compiled, then its records.
PARSE = f"""
import datetime, json, notices
from notices import rulecache
records = notices.parse_text(open({str(SEED)!r}, encoding="utf-8").read(), today=datetime.date(2026, 5, 1))
print(rulecache.rules_compiled())
print(json.dumps([record.model_dump(mode="json") for record in records], ensure_ascii=False))
"""


def _run(cache: Path | str) -> tuple[int, list[object]]:
    env = {**os.environ, "NOTICES_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", PARSE], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    compiled, records = done.stdout.splitlines()
    return int(compiled), json.loads(records)


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[object], list[object], int, int]:
    cache = tmp_path_factory.mktemp("rules")
    first_compiled, first = _run(cache)
    second_compiled, second = _run(cache)
    return cache, first, second, first_compiled, second_compiled


def test_the_second_run_compiles_nothing_and_reads_the_same(
    kept: tuple[Path, list[object], list[object], int, int],
) -> None:
    cache, first, second, first_compiled, second_compiled = kept
    assert first_compiled > 100  # (the grammar's rules, compiled on a cold cache)
    assert second_compiled == 0
    assert len(first) == 13
    assert first == second
    assert len(list(cache.glob("rules-*.pickle"))) == 1


def test_every_kept_rule_reads_as_regex_compiles_it(kept: tuple[Path, list[object], list[object], int, int]) -> None:
    """Each kept rule finds what the rule compiled now finds, group for group, on the seed page. (Not the same
    bytes: regex's compiler orders some of its sets differently from one process to the next.)"""
    (path,) = kept[0].glob("rules-*.pickle")
    with path.open("rb") as file:
        rules = pickle.load(file)
    assert len(rules) > 100
    text = SEED.read_text(encoding="utf-8")
    for (pattern, flags), rule in rules.items():
        fresh = regex.compile(pattern, flags, cache_pattern=False, **rule.named_lists)
        assert (rule.pattern, rule.flags, rule.groupindex) == (fresh.pattern, fresh.flags, fresh.groupindex)
        found = [(match.span(), match.groups()) for match in rule.finditer(text, timeout=60)]
        assert found == [(match.span(), match.groups()) for match in fresh.finditer(text, timeout=60)], pattern[:80]


def test_a_broken_file_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    (
        tmp_path / f"rules-regex{regex.__version__}-py{sys.version_info.major}.{sys.version_info.minor}.pickle"
    ).write_bytes(b"not a pickle")
    compiled, records = _run(tmp_path)
    assert compiled > 100 and len(records) == 13
    assert _run(tmp_path)[0] == 0


def test_nothing_is_kept_where_the_folder_is_empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTICES_CACHE_DIR", "")
    assert rulecache.cache_file() is None
    monkeypatch.setenv("NOTICES_CACHE_DIR", str(tmp_path))
    assert rulecache.cache_file() is not None and rulecache.cache_file().parent == tmp_path  # type: ignore[union-attr]


def test_a_rule_with_other_words_is_compiled_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A kept rule whose word list has changed since (a word added to the lexicon) is not taken."""
    monkeypatch.setenv("NOTICES_CACHE_DIR", str(tmp_path))
    pattern = r"(?:\L<words>)案"
    old = regex.compile(pattern, 0, words=["借贷"], cache_pattern=False)
    path = rulecache.cache_file()
    assert path is not None
    path.write_bytes(pickle.dumps({(pattern, 0): old}))
    monkeypatch.setattr(rulecache, "_kept", None)
    monkeypatch.setattr(rulecache, "_used", {})
    monkeypatch.setattr(rulecache, "_missed", 0)
    rule = rulecache.compiled(pattern, 0, {"words": frozenset({"借贷", "劳动"})})
    assert rule.search("劳动案") is not None
    assert rulecache.compiled(r"(?:\L<words>)案", 0, {"words": frozenset({"借贷"})}).search("借贷案") is not None
