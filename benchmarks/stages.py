"""Microseconds per notice of each stage of `notices parse`, in one process, after a warm-up.

    python benchmarks/stages.py CORPUS [CHARACTERS]

Reads the first CHARACTERS (default 400,000: one chunk) of CORPUS and times, by CPU time:
segment (``segment.find_blocks``), extract (``extract.extract``), the rest of reading (containers,
cleaning, folding, offsets), validate (the checks) and serialise (a JSON line per record).
Prints one line per stage; run.py puts them in results.md. Run it with the interpreter of the tree
to measure (another commit's venv measures that commit, where its modules have the same names).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from notices import api
from notices.validate import validate

try:  # where the reading loop calls the segmenter and the extractor (api.py in older trees)
    from notices import reader as caller
except ImportError:
    caller = api  # type: ignore[assignment]
read_notices = api.read_notices

TODAY = dt.date(2026, 1, 1)


def main() -> None:
    characters = int(sys.argv[2]) if len(sys.argv) > 2 else 400_000
    text = Path(sys.argv[1]).read_text(encoding="utf-8")[:characters]
    text = text[: text.rfind("\n\n") + 1]  # whole pages only
    validate(read_notices(text[:30_000]), TODAY)  # warm-up: compiled rules, caches, imports
    spent: dict[str, float] = {"segment": 0.0, "extract": 0.0}

    def timed(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - started

        return run

    caller.find_blocks = timed("segment", caller.find_blocks)  # type: ignore[attr-defined]
    caller.extract = timed("extract", caller.extract)  # type: ignore[attr-defined]
    started = time.process_time()
    records = read_notices(text, "corpus.txt")
    spent["rest of reading"] = time.process_time() - started - spent["segment"] - spent["extract"]
    started = time.process_time()
    records = validate(records, TODAY)
    spent["validate"] = time.process_time() - started
    started = time.process_time()
    for record in records:
        record.model_dump_json()
    spent["serialise"] = time.process_time() - started
    spent["total"] = sum(spent.values())
    for name, seconds in spent.items():
        print(f"{name}\t{seconds * 1e6 / len(records):.0f}")
    print(f"notices\t{len(records)}")


if __name__ == "__main__":
    main()
