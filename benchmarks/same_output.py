"""Every record of every fixture input and labelled corpus as JSON lines, and their digest: run it before
and after a change meant to keep the parse as it was (a speed-up), and compare.

    python benchmarks/same_output.py OUT [EXTRA ...]

Reads the inputs of ``fixtures/`` (each golden's input, the corpora's ``raw/`` files, the pages), the seed
pages, ``../shared/realworld/raw`` when it stands beside the checkout, and any EXTRA files or folders (a
slice of the seeds corpus from ``benchmarks/corpus.py``); writes each file's records, checked against a
fixed day, to OUT, and prints the number of inputs and records and the digest. Two trees give the same
digest when every record is byte for byte the same; ``diff`` the two OUT files to see where they differ.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from notices.api import parse_file
from notices.errors import NoticesError

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 1, 1)  # pinned: findings do not change with the calendar


def _inputs(extra: list[str]) -> list[Path]:
    found: set[Path] = set()
    for path in (ROOT / "fixtures").rglob("*"):
        if not path.is_file() or (path.suffix == ".md" and "raw" not in path.parts):
            continue  # (a README; a corpus's raw page in Markdown is an input)
        if "raw" in path.parts:
            found.add(path)
        elif path.suffix == ".json":
            try:
                spec = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                continue
            if isinstance(spec, dict) and "input" in spec:
                found.add(ROOT / spec["input"])
        else:
            found.add(path)
    for folder in [ROOT / "seeds", ROOT.parent / "shared" / "realworld" / "raw", *map(Path, extra)]:
        found |= {folder} if folder.is_file() else {p for p in folder.rglob("*") if p.is_file()}
    return sorted(found, key=str)


def main() -> None:
    out_path, extra = sys.argv[1], sys.argv[2:]
    inputs = _inputs(extra)
    digest, count = hashlib.md5(), 0
    with open(out_path, "w", encoding="utf-8") as out:
        for path in inputs:
            out.write(f"### {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}\n")
            try:
                for record in parse_file(path, today=TODAY):
                    line = record.model_dump_json()
                    out.write(line + "\n")
                    digest.update(line.encode())
                    count += 1
            except (NoticesError, TimeoutError) as error:
                out.write(f"ERROR {error}\n")
    print(f"{len(inputs)} inputs, {count} records, digest {digest.hexdigest()}")


if __name__ == "__main__":
    main()
