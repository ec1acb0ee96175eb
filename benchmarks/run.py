"""Speed and memory of `notices parse`, as ratios against a baseline measured in the same run.

    python benchmarks/run.py            # full: 100 MB mixed, 20,000 dense notices, 500 MB for memory
    python benchmarks/run.py --quick    # small sizes, a minute or so

Measures, on corpora from benchmarks/corpus.py:
1. the baseline: read + decode + count the 公告 headings of the mixed corpus;
2. `notices parse` end to end to JSONL on the mixed, the newspaper and the dense corpus
   (one process), and to xlsx for 10,000 notices;
3. `--jobs 2` against `--jobs 1` on a folder of many files, and the same folder on Dask
   (notices.archive on a LocalCluster, 2 worker processes against 1: benchmarks/on_dask.py);
4. peak memory (RSS) parsing one large file with --stream;
5. start-up: `notices --help`, and one seed page parsed with the rules kept from an earlier run against compiled.
With --compare NOTICES (another build's `notices` console script, e.g. a venv of commit 9b9a778),
also issue #14's targets in the same run: the seeds corpus (the 13 notices of seed page 000 repeated,
numbers and dates varied) against that build, news with few notices (benchmarks/corpus.py news)
against a Python process that reads, decodes and counts 公告 in the same file, both as whole
processes; and microseconds per notice by stage (benchmarks/stages.py) for this tree.
--targets runs only those, with the memory, --jobs and start-up measures.
Prints the figures and writes them to benchmarks/results.md. Never part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus

ROOT = Path(__file__).resolve().parent.parent
NOTICES = [sys.executable, "-m", "notices"]
TODAY = "2026-01-01"  # pinned: findings, and so output sizes, do not change with the calendar


def _timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, int]:
    """Wall seconds and peak RSS (KiB) of one run of ``command`` (in ``env``, if given, added to this one's)."""
    timer = shutil.which("time") or "/usr/bin/time"
    started = time.perf_counter()
    done = subprocess.run(
        [timer, "-f", "%M", *command], capture_output=True, text=True, check=False, env={**os.environ, **(env or {})}
    )
    seconds = time.perf_counter() - started
    if done.returncode not in (0, 1):  # 1: findings or a bad file; the output is still whole
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr}")
    return seconds, int(done.stderr.strip().splitlines()[-1])


def _best(command: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, int]:
    results = [_timed(command, env) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def baseline(path: Path, runs: int) -> float:
    """Seconds to read, decode and count the 公告 headings: the floor for a pure-Python tool."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        text = path.read_bytes().decode("utf-8")
        text.count("公告\n")
        best = min(best, time.perf_counter() - started)
    return best


def baseline_process(path: Path, runs: int) -> float:
    """Best wall seconds of a whole Python process that reads, decodes and counts 公告 in ``path``."""
    script = "import sys; print(open(sys.argv[1], 'rb').read().decode('utf-8').count('公告'))"
    return _best([sys.executable, "-c", script, str(path)], runs)[0]


def parse_with(notices: list[str], path: Path, out: Path, runs: int) -> float:
    """Best wall seconds of ``notices parse`` (any build's) to JSONL, streamed."""
    command = [*notices, "parse", str(path), "-o", str(out), "--force", "-q", "--today", TODAY, "--stream"]
    return _best(command, runs)[0]


def stages(python: str, path: Path) -> dict[str, float]:
    """Microseconds per notice by stage, from benchmarks/stages.py run by ``python``."""
    script = Path(__file__).resolve().parent / "stages.py"
    done = subprocess.run([python, str(script), str(path)], capture_output=True, text=True, check=True)
    return {name: float(value) for name, value in (line.split("\t") for line in done.stdout.splitlines())}


def parse(path: Path, out: Path, *extra: str, runs: int = 1) -> tuple[float, int]:
    return _best([*NOTICES, "parse", str(path), "-o", str(out), "--force", "-q", "--today", TODAY, *extra], runs)


def on_dask(folder: Path, out: Path, workers: int, expected: Path, runs: int) -> tuple[float, bool]:
    """Best seconds of run_on_dask with ``workers`` worker processes, and whether its parts are ``expected``."""
    script = Path(__file__).resolve().parent / "on_dask.py"
    results = []
    for run in range(runs):
        command = [sys.executable, str(script), str(folder), str(out / f"{workers}-{run}"), str(workers), TODAY]
        done = subprocess.run([*command, str(expected)], capture_output=True, text=True, check=True)
        seconds, same = done.stdout.split()
        results.append((float(seconds), same == "True"))
    return min(seconds for seconds, _ in results), all(same for _, same in results)


def lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for _ in handle)


def machine() -> str:
    model = "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        found = re.search(r"model name\s*:\s*(.+)", cpuinfo.read_text())
        model = found.group(1).strip() if found else model
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores ({model}), {memory:.0f} GiB, Python {platform.python_version()}"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()  # fmt: skip
    return done.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--work", type=Path, help="where corpora go (default: a temporary folder)")
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results.md")
    parser.add_argument("--compare", type=Path, help="another build's notices script: issue #14's targets against it")
    parser.add_argument("--targets", action="store_true", help="only issue #14's targets, memory, --jobs, start-up")
    args = parser.parse_args()
    mixed_size, dense_count, big_size, files, runs = (
        ("10M", 2000, "50M", 80, 1) if args.quick else ("100M", 20000, "500M", 400, 3)
    )
    work = args.work or Path(tempfile.mkdtemp(prefix="notices-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"corpora in {work}", file=sys.stderr)
    mixed, paper, dense, xlsx_input = work / "mixed.txt", work / "paper.txt", work / "dense.txt", work / "dense10k.txt"
    folder, big = work / "folder", work / "big.txt"
    seeds, news = work / "seeds.txt", work / "news.txt"
    if not args.targets:
        corpus.build("mixed", mixed_size, mixed)
        corpus.build("newspaper", mixed_size, paper)
        corpus.build("dense", str(dense_count), dense)
    xlsx_count = 1000 if args.quick else 10000
    if not args.targets:
        corpus.build("dense", str(xlsx_count), xlsx_input)
    corpus.build("mixed", mixed_size, folder, files=files)
    corpus.build("mixed", big_size, big)
    if args.compare:
        corpus.build("seeds", str(dense_count), seeds)
        corpus.build("news", "4M" if args.quick else "40M", news)

    rows: list[tuple[str, str]] = []

    def report(name: str, value: str) -> None:
        rows.append((name, value))
        print(f"{name:58s} {value}", file=sys.stderr)

    stage_rows = ""
    if args.compare:
        this = parse_with(NOTICES, seeds, work / "seeds.jsonl", runs)
        other = parse_with([str(args.compare)], seeds, work / "seeds-other.jsonl", runs)
        count = lines(work / "seeds.jsonl")
        report(
            f"0. seeds corpus ({count:,} notices), this tree against {args.compare.parent.parent.name}",
            f"{count / this:,.0f} against {count / other:,.0f} notices/s: {other / this:.2f}× (target 4×)",
        )
        news_mb = news.stat().st_size / 1e6
        news_base = baseline_process(news, runs)
        seconds = parse_with(NOTICES, news, work / "news.jsonl", runs)
        other_news = parse_with([str(args.compare)], news, work / "news-other.jsonl", runs)
        report(
            f"   news with few notices ({news_mb:,.0f} MB), against read + decode + count as a process",
            f"{news_mb / seconds:,.1f} MB/s against {news_mb / news_base:,.0f} MB/s: {news_base / seconds:.1%} "
            f"(target 50%; {args.compare.parent.parent.name}: {news_base / other_news:.1%})",
        )
        this_stages = stages(sys.executable, seeds)
        other_stages = stages(str(args.compare.parent / "python"), seeds)
        stage_rows = "\n".join(
            f"| {name} | {this_stages[name]:,.0f} | {other_stages.get(name, float('nan')):,.0f} |"
            for name in this_stages
        )
        stage_rows = (
            f"\n\nMicroseconds per notice by stage (benchmarks/stages.py, CPU time, the first 400,000 characters "
            f"of the seeds corpus):\n\n| stage | this tree | {args.compare.parent.parent.name} |\n|---|---|---|\n"
            + stage_rows
        )

    if args.targets:
        return _tail(args, work, rows, report, folder, big, files, runs, stage_rows, mixed_size, dense_count, big_size)
    mb = mixed.stat().st_size / 1e6
    base = baseline(mixed, runs)
    report("1. baseline: read + decode + count 公告 (mixed)", f"{mb / base:,.0f} MB/s")

    seconds, _ = parse(mixed, work / "mixed.jsonl", "--stream", runs=runs)
    notices_per_second = lines(work / "mixed.jsonl") / seconds
    report(
        "2. parse → JSONL, mixed corpus (--stream)", f"{mb / seconds:,.1f} MB/s, {notices_per_second:,.0f} notices/s"
    )
    report("   ratio to the baseline", f"{base / seconds:.1%}")
    paper_mb = paper.stat().st_size / 1e6
    paper_base = baseline(paper, runs)
    seconds, _ = parse(paper, work / "paper.jsonl", "--stream", runs=runs)
    report(
        "   parse → JSONL, newspaper corpus (the seed pages only, --stream)",
        f"{paper_mb / seconds:,.1f} MB/s, {lines(work / 'paper.jsonl') / seconds:,.0f} notices/s, "
        f"{paper_base / seconds:.1%} of its baseline ({paper_mb / paper_base:,.0f} MB/s)",
    )
    seconds, _ = parse(dense, work / "dense.jsonl", "--stream", runs=runs)
    report("   parse → JSONL, dense corpus, one process", f"{lines(work / 'dense.jsonl') / seconds:,.0f} notices/s")
    seconds, _ = parse(mixed, work / "mixed-batch.jsonl", "--format", "jsonl", runs=1)
    report("   parse → JSONL, mixed corpus (batch: all checks on both notices)", f"{mb / seconds:,.1f} MB/s")
    seconds, rss = parse(xlsx_input, work / "dense.xlsx", runs=1)
    report(f"   parse → xlsx, {xlsx_count:,} notices", f"{seconds:.1f} s, peak RSS {rss / 1024:,.0f} MB")

    _tail(args, work, rows, report, folder, big, files, runs, stage_rows, mixed_size, dense_count, big_size)


def _tail(
    args: argparse.Namespace, work: Path, rows: list[tuple[str, str]], report: Callable[[str, str], None],
    folder: Path, big: Path, files: int, runs: int, stage_rows: str, mixed_size: str, dense_count: int, big_size: str,
) -> None:  # fmt: skip
    """--jobs, Dask, memory and start-up; then results.md."""
    one, _ = parse(folder, work / "folder1.jsonl", "--format", "jsonl", "--jobs", "1", runs=runs)
    two, _ = parse(folder, work / "folder2.jsonl", "--format", "jsonl", "--jobs", "2", runs=runs)
    same = (work / "folder1.jsonl").read_bytes() == (work / "folder2.jsonl").read_bytes()
    report(
        f"3. --jobs 2 against --jobs 1, {files} files",
        f"{one / two:.2f}× ({one:.1f} → {two:.1f} s), same output: {same}",
    )
    if not args.targets:
        dask_one, _ = on_dask(folder, work / "dask", 1, work / "folder1.jsonl", runs)
        dask_two, same = on_dask(folder, work / "dask", 2, work / "folder1.jsonl", runs)
        report(
            "   Dask: 2 worker processes against 1 (notices.archive)",
            f"{dask_one / dask_two:.2f}× ({dask_one:.1f} → {dask_two:.1f} s), same output as the CLI: {same}",
        )

    seconds, rss = parse(big, work / "big.jsonl", "--stream", runs=1)
    big_mb = big.stat().st_size / 1e6
    report(f"4. peak RSS, one {big_mb:,.0f} MB file (--stream)", f"{rss / 1024:,.0f} MB ({big_mb / seconds:,.1f} MB/s)")

    script = Path(sys.executable).parent / "notices"  # the console script, as a clerk runs it
    help_seconds, _ = _best([str(script), "--help"], 5)
    report("5. start-up: notices --help", f"{help_seconds:.2f} s")
    # A clerk's run of one page: the grammar's rules kept from an earlier run (rulecache), or compiled anew.
    page = [
        str(script),
        "parse",
        "-q",
        "--today",
        TODAY,
        "--format",
        "jsonl",
        "-o",
        str(work / "page.jsonl"),
        str(corpus.SEEDS[0]),
    ]
    kept = {"NOTICES_CACHE_DIR": str(work / "rules")}
    _timed(page, kept)  # (fills the cache)
    kept_seconds, _ = _best(page, 5, kept)
    compiled_seconds, _ = _best(page, 5, {"NOTICES_CACHE_DIR": ""})
    report(
        "   one seed page, rules kept against compiled",
        f"{kept_seconds:.2f} against {compiled_seconds:.2f} s ({compiled_seconds / kept_seconds:.1f}×)",
    )

    table = "\n".join(f"| {name.strip()} | {value} |" for name, value in rows)
    args.results.write_text(
        f"# Benchmark results\n\n"
        f"- when: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC\n- machine: {machine()}\n- commit: {commit()}\n"
        f"- run: `python benchmarks/run.py{' --quick' if args.quick else ''}{' --targets' if args.targets else ''}"
        f"{' --compare ' + str(args.compare) if args.compare else ''}` "
        f"(mixed {mixed_size}, dense {dense_count:,} notices, memory file {big_size}, {files} files; "
        f"best of {runs})\n\n"
        f"| measure | result |\n|---|---|\n{table}\n{stage_rows}\n",
        encoding="utf-8",
    )
    print(f"written to {args.results}", file=sys.stderr)
    if not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
