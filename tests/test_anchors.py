"""The grammar's anchors (``grammar.anchor``) change no match: a rule searched through its anchor finds
what the rule finds alone, on every fixture and seed page; and from every line start and to every line end on the
fixture pages outside the labelled corpora (whose ~7,000 pages would make this the suite's longest test many times
over, and hold no form the others lack)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from notices import grammar
from notices.fold import fold

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([*(ROOT / "fixtures").rglob("*.txt"), *(ROOT / "seeds").glob("*.txt")])
RULES = sorted(grammar.ANCHORS, key=lambda rule: rule.pattern)
NAMES = {rule: name for name, rule in vars(grammar).items() if isinstance(rule, regex.Pattern)}


def _texts() -> list[tuple[str, bool]]:
    """Each page's folded text, and whether to search it line window by line window too."""
    texts = []
    for path in PAGES:
        try:
            texts.append((fold(path.read_text(encoding="utf-8")), LABELLED not in path.parents))
        except UnicodeDecodeError:
            continue  # (fixtures of damaged input)
    return texts


LABELLED = ROOT / "fixtures" / "labelled"
TEXTS = _texts()


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=[NAMES.get(rule, "?") for rule in RULES])
def test_an_anchored_rule_finds_what_the_rule_finds(rule: regex.Pattern[str]) -> None:
    for text, windows in TEXTS:
        assert _spans(grammar.finditer(rule, text)) == _spans(rule.finditer(text))
        if not windows:
            continue
        starts = [0, *(i + 1 for i, c in enumerate(text) if c == "\n")]
        for start, end in zip(starts, [*starts[4:], len(text)], strict=False):  # windows of four lines
            found, alone = grammar.search(rule, text, start, end), rule.search(text, start, end)
            assert (found and found.span()) == (alone and alone.span())
            assert _spans(grammar.finditer(rule, text, start, end)) == _spans(rule.finditer(text, start, end))
