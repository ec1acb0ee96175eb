"""The adversarial corpus of issue #15: hostile inputs at 1×, 10× and 100× their base size, in seconds per MB.

    python benchmarks/adversarial.py            # every input at 1×, 10×, 100×; writes benchmarks/adversarial.md
    python benchmarks/adversarial.py --quick    # 1× and 10× only
    python benchmarks/adversarial.py --only fragments --budget 60

Each input is generated here (nothing stored) and run through the whole pipeline in a process of
its own: bytes decoded, page converted, notices read and checked, then written as JSONL (and as
xlsx, CSV and iCalendar for the control-character input). The clock covers that pipeline, run
once at 1× beforehand, not the interpreter's start-up nor first imports, so small inputs are
measured fairly. A run past ``--budget`` seconds
is stopped and reported as such. Costs are compared with the seed page's at the same scale:
linear growth keeps seconds per MB flat from 1× to 100×, and no input should cost over 5× the
seed's seconds per MB. Never part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_b5490dbef0da2eda.txt").read_text(encoding="utf-8")
SCALES = (1, 10, 100)
TODAY = dt.date(2026, 1, 1)
RATIO_LIMIT = 5.0
YARDSTICKS = ("seed", "seed_exports")


def _notice(body: str, names: str = "刘珍华") -> str:
    return f"公告\n\n{names}：\n{body}\n特此公告\n\n青岛西海岸新区劳动人事争议仲裁委员会\n\n2026年3月6日\n\n"


def _html(text: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body><pre>{text}</pre></body></html>"


def _every_thousand_bytes(data: bytes, bad: bytes = b"\xff") -> bytes:
    return b"".join(data[i : i + 1000] + bad for i in range(0, len(data), 1000))


_HEARING = "本委定于2026年4月20日14时00分开庭。"
_MANY = "、".join(f"青岛第{i}号有限公司" for i in range(22))
_CONTROLLED = SEED.replace("刘珍华", "刘\v珍\x00华").replace("青岛市西海岸", "青岛\f市\u2028西海岸")
_TEXT, _PAGE, _CHECKED = False, True, ("xlsx", "csv", "ics")


def _labelled_rows(count: int) -> str:
    row = "案号：（2026）京0105民初{0}号\n开庭时间：2026年5月{1}日上午9时\n当事人：张{0}\n\n"
    return "".join(row.format(i, i % 28 + 1) for i in range(count))


_JSONL = ("jsonl",)

# name → (what it is, bytes at a scale, is it HTML, the formats written). Base sizes: a few KB
# for the inputs whose cost grew with the square of their size, whole seed pages for the rest.
INPUTS: dict[str, tuple[str, Callable[[int], bytes], bool, tuple[str, ...]]] = {
    "seed": ("the seed page, repeated (the yardstick)", lambda n: (SEED * n).encode(), _TEXT, _JSONL),
    "seed_exports": (
        "the seed page, repeated, written as xlsx, CSV and iCalendar (the yardstick of control_chars)",
        lambda n: (SEED * n).encode(), _TEXT, _CHECKED,
    ),
    "fragments": (
        "one notice whose case is bracketed-year fragments, [2026]1、 repeated (1 KB at 1×)",
        lambda n: _notice("本委受理青黄劳人仲案字" + "[2026]1、" * (100 * n) + "号劳动争议一案。" + _HEARING).encode(),
        _TEXT, _JSONL,
    ),
    "listing": (
        "本院定于 repeated, then 开庭 (24 KB at 1×)",
        lambda n: ("本院定于" * (2000 * n) + "开庭").encode(), _TEXT, _JSONL,
    ),
    "spaces": (
        "one notice with a run of spaces and newlines inside it (4,000 characters at 1×)",
        lambda n: _notice("本委定于2026年4月20日" + " \n" * (2000 * n) + "开庭。").encode(), _TEXT, _JSONL,
    ),
    "nbsp": (
        "the same run as &nbsp; in a page (4,000 entities at 1×)",
        lambda n: _html(_notice("本委定于2026年4月20日" + "&nbsp;" * (4000 * n) + "开庭。")).encode(), _PAGE, _JSONL,
    ),
    "headings": (
        "heading lines only, 公告 (100 KB at 1×)", lambda n: ("公告\n" * (14_000 * n)).encode(), _TEXT, _JSONL,
    ),
    "one_line": (
        "a page that is one line of addressees and bodies, 张某：本院受理 repeated (42 KB at 1×)",
        lambda n: ("张某：本院受理" * (2000 * n)).encode(), _TEXT, _JSONL,
    ),
    "suffix_line": (
        "one line of issuer suffixes, 法院 repeated (30 KB at 1×)",
        lambda n: ("法院" * (5000 * n)).encode(), _TEXT, _JSONL,
    ),
    "poisoned": (
        "the seed page, repeated, and one notice of 10 KB of fragments after it",
        lambda n: (SEED * n + _notice("[2026]1、" * 1000)).encode(), _TEXT, _JSONL,
    ),
    "addressees": (
        "notices with 22 addressees each (one at 1×)", lambda n: (_notice(_HEARING, _MANY) * n).encode(), _TEXT, _JSONL,
    ),
    "deep_html": (
        "the seed page under 254 nested elements, repeated",
        lambda n: ("<div>" * 254 + _html(SEED) + "</div>" * 254).encode() * n, _PAGE, _JSONL,
    ),
    "invalid_bytes": (
        "the seed page with an invalid byte every 1,000 bytes, repeated",
        lambda n: _every_thousand_bytes(SEED.encode() * n), _TEXT, _JSONL,
    ),
    "utf16_no_bom": (
        "the seed page in UTF-16-LE without BOM, repeated", lambda n: (SEED * n).encode("utf-16-le"), _TEXT, _JSONL,
    ),
    "wrong_charset": (
        "the seed page in GB18030 declaring iso-8859-1, repeated",
        lambda n: _html(SEED * n, '<meta charset="iso-8859-1">').encode("gb18030"), _PAGE, _JSONL,
    ),
    "labelled_rows": (
        "a listing's rows as labelled lines, 案号：/开庭时间：/当事人：, with no notice (200 rows, 11 KB at 1×)",
        lambda n: _labelled_rows(200 * n).encode(), _TEXT, _JSONL,
    ),
    "control_chars": (
        "the seed page with \\v, \\f, NUL and U+2028 in its values, written as xlsx, CSV and iCalendar",
        lambda n: (_CONTROLLED * n).encode(), _TEXT, _CHECKED,
    ),
}  # fmt: skip


def run_one(name: str, scale: int) -> None:
    """In a process of its own: the pipeline on one input, its seconds printed."""
    from notices.export import exporter
    from notices.export.options import ExportOptions
    from notices.inputs import to_source_text
    from notices.validate import prepare_checks, validate

    sys.path.insert(0, str(ROOT))
    from notices.api import read_notices

    _, make, html, formats = INPUTS[name]
    prepare_checks()

    def pipeline(data: bytes) -> int:
        source = to_source_text(data, f"{name}.{'html' if html else 'txt'}", html=html or None)
        records = validate(read_notices(source.text, source.name, source.format), TODAY)
        for fmt in formats:
            exporter(fmt)(records, ExportOptions(texts={source.name: source.text}))
        return len(records)

    # Once at 1× first: imports and first calls (charset-normalizer, openpyxl) are not the input's cost per MB.
    pipeline(make(1))
    data = make(scale)
    started = time.perf_counter()
    count = pipeline(data)
    print(f"{time.perf_counter() - started:.6f} {len(data)} {count}")


def measure(name: str, scale: int, budget: float) -> tuple[float | None, int, int]:
    """(seconds, or None past the budget; bytes; records)."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--one", name, str(scale)],
            capture_output=True, text=True, timeout=budget, check=False, cwd=ROOT,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, len(INPUTS[name][1](scale)), 0
    if done.returncode != 0:
        raise SystemExit(f"{name} ×{scale} failed:\n{done.stderr}")
    seconds, size, records = done.stdout.split()
    return float(seconds), int(size), int(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1× and 10× only")
    parser.add_argument("--budget", type=float, default=300, help="seconds a run may take before it is stopped")
    parser.add_argument("--only", action="append", choices=list(INPUTS), help="measure these inputs (and the seed)")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "adversarial.md")
    parser.add_argument("--one", nargs=2, metavar=("NAME", "SCALE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_one(args.one[0], int(args.one[1]))
        return
    scales = SCALES[:2] if args.quick else SCALES
    # Each input is compared with the seed page written in the same formats.
    yardsticks = {INPUTS[name][3]: name for name in ("seed", "seed_exports")}
    names = [*yardsticks.values(), *(n for n in INPUTS if n not in YARDSTICKS and (not args.only or n in args.only))]
    seed_cost: dict[tuple[str, int], float] = {}
    lines = []
    for name in names:
        cells, ratios, costs = [], [], []
        for scale in scales:
            seconds, size, records = measure(name, scale, args.budget)
            mb = size / 1e6
            if seconds is None:
                cells.append(f"{mb:,.3f} MB: over {args.budget:.0f} s")
                ratios.append(float("inf"))
                costs.append(float("inf"))
                continue
            cost = seconds / mb
            costs.append(cost)
            if name in YARDSTICKS:
                seed_cost[name, scale] = cost
            ratios.append(cost / seed_cost[yardsticks[INPUTS[name][3]], scale])
            cells.append(f"{mb:,.3f} MB, {records:,} notices: {seconds:.3f} s = {cost:,.2f} s/MB")
        worst = max(ratios)
        growth = costs[-1] / costs[0] if costs[0] not in (0, float("inf")) else float("inf")
        verdict = "ok" if worst <= RATIO_LIMIT and growth <= 2 else "NOT OK"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {worst:,.1f}× | {growth:,.2f} | {verdict} |")
        print(lines[-1], file=sys.stderr)
    head = " | ".join(f"{s}×" for s in scales)
    described = "\n".join(f"- **{n}**: {INPUTS[n][0]}" for n in names)
    args.results.write_text(
        f"# Adversarial benchmark (issue #15)\n\n- when: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n"
        f"- run: `python benchmarks/adversarial.py{' --quick' if args.quick else ''}` "
        f"(budget {args.budget:.0f} s a run)\n"
        f"- worst ratio: the input's seconds per MB over the seed page's at the same scale (limit {RATIO_LIMIT:.0f}×);"
        " growth: seconds per MB at the largest scale over the smallest (linear: about 1)\n\n"
        f"{described}\n\n| input | {head} | worst ratio | growth | |\n|---|{'---|' * len(scales)}---|---|---|\n"
        + "\n".join(lines) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    print(f"written to {args.results}", file=sys.stderr)


if __name__ == "__main__":
    main()
