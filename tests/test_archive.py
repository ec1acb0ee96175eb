"""Archives on a cluster (notices.archive): the part files, in order, are the CLI's JSONL byte for byte.

Each run is compared with `notices parse --format jsonl` run in the same test, not with a stored
file, so that it keeps holding as the parser improves. The cluster is a LocalCluster of two
worker processes, as on a real cluster: every task, its arguments and its result are pickled
and cross a process boundary, and each worker loads the grammar and calendars on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import multiprocessing
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import dask
import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster

from notices.archive import ArchiveJob, ArchiveRun, findings_by_part, run_on_dask
from notices.cli import main
from notices.errors import OutputError
from notices.inputs import expand_paths
from notices.report import format_severities

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "seeds" / "000_b5490dbef0da2eda.txt"
TODAY = dt.date(2026, 3, 6)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"

Runner = Callable[[list[Path], Path, int | None], ArchiveRun]


@contextlib.contextmanager
def local_cluster(scratch: Path) -> Iterator[Client]:
    """Two worker processes on this machine, the client open (Dask's default scheduler while it is)."""
    before = set(multiprocessing.active_children())
    with (
        dask.config.set({"temporary-directory": str(scratch)}),  # the cluster's scratch space, not /tmp
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as cluster,  # loopback only
        Client(cluster) as client,
    ):
        yield client
    assert set(multiprocessing.active_children()) <= before, "worker processes left running"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Client]:
    with local_cluster(tmp_path_factory.mktemp("dask")) as opened:
        yield opened


def on_dask(paths: list[Path], out: Path, partition_size: int | None) -> ArchiveRun:
    return run_on_dask(paths, out, today=TODAY, partition_size=partition_size)


def in_sequence(paths: list[Path], out: Path, partition_size: int | None) -> ArchiveRun:
    """The engine-neutral phases called one after another, as the README's Spark recipe calls them."""
    job = ArchiveJob.new(out, TODAY)
    hints: list[str] = []
    files = list(expand_paths(paths, hints=hints))
    size = partition_size or max(len(files), 1)
    reads = [job.read_part(n, files[start : start + size]) for n, start in enumerate(range(0, len(files), size))]
    later = findings_by_part(reads)
    return ArchiveRun.of([job.write_part(n, found) for n, found in enumerate(later)], reads, later, hints)


@pytest.fixture(params=["dask", "sequence"])
def runner(request: pytest.FixtureRequest) -> Runner:
    if request.param == "dask":
        request.getfixturevalue("client")  # opened once for the module, the default scheduler while open
        return on_dask
    return in_sequence


@functools.cache  # (the archive's six runs compare with one CLI run: the same files, the same output)
def cli(paths: tuple[Path, ...]) -> tuple[bytes, dict[str, list[str]], str]:
    """`notices parse PATHS --format jsonl --today`: its output, its error and warning lines, its summary."""
    result = CliRunner().invoke(main, ["parse", *map(str, paths), "--format", "jsonl", "--today", TODAY.isoformat()])
    said: dict[str, list[str]] = {"error": [], "warning": []}
    for line in result.stderr.splitlines():
        for kind, lines in said.items():
            if line.startswith(f"notices: {kind}: "):
                lines.append(line.removeprefix(f"notices: {kind}: "))
    return result.stdout_bytes, said, result.stderr.splitlines()[-1]


def assert_same_as_cli(run: ArchiveRun, paths: list[Path], out: Path) -> None:
    expected, said, summary = cli(tuple(paths))
    assert b"".join(part.read_bytes() for part in run.parts) == expected
    assert sorted(out.iterdir()) == run.parts  # no staging file left behind
    assert (run.errors, run.warnings) == (said["error"], said["warning"])
    counts = f"{run.files_read} files read, {run.notices} notices found; findings: {format_severities(run.severities)}"
    assert counts in summary


# The seed pages and every fixture folder, and the first seed page once more: republished, so
# that duplicate_notice and venue_conflict pair notices of different files and partitions. (Not the labelled
# corpora: 20 MB that test_realworld reads whole, of no form the other folders lack; here they were most of the
# suite's time, read twelve times.)
ARCHIVE = [
    ROOT / "seeds",
    *sorted(folder for folder in (ROOT / "fixtures").iterdir() if folder.is_dir() and folder.name != "labelled"),
    PAGE,
]


@pytest.mark.parametrize("partition_size", [1, 7, None], ids=["1 file each", "7 files each", "default"])
def test_the_parts_are_the_clis_jsonl(runner: Runner, partition_size: int | None, tmp_path: Path) -> None:
    run = runner(ARCHIVE, tmp_path / "out", partition_size)
    assert_same_as_cli(run, ARCHIVE, tmp_path / "out")
    assert run.notices > 13 * 2 and run.errors == []
    text = b"".join(part.read_bytes() for part in run.parts)
    assert text.count(b'"code":"duplicate_notice"') >= 13  # the republished page: across files and partitions


# Bad files among good ones: each named in one line, as the CLI names it (an error: skipped; a
# warning: read as repaired); the others are parsed.
BAD_FILES = [
    ("empty.txt", b"", "error", "empty file"),
    ("scan.txt", PNG, "error", "not a text file (binary)"),
    ("cut.txt", b"\xff\xfe" + "公告\n".encode("utf-16-le")[:-1], "warning",
     "ends mid-character: the incomplete character at byte 6 dropped"),
]  # fmt: skip


def test_bad_files_are_named_and_the_others_parsed(runner: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    shutil.copy(PAGE, folder / "a.txt")
    for name, data, _, _ in BAD_FILES:
        (folder / name).write_bytes(data)
    shutil.copy(PAGE, folder / "z.txt")
    missing = tmp_path / "nope.txt"
    scans = tmp_path / "scans"  # no file the globs match
    scans.mkdir()
    (scans / "page.pdf").write_bytes(b"%PDF-1.7")
    paths = [folder, missing, scans]

    run = runner(paths, tmp_path / "out", 2)

    def said(kind: str) -> list[str]:
        return [f"{folder / name}: {line}" for name, _, k, line in sorted(BAD_FILES) if k == kind]

    assert run.errors == [*said("error"), f"{missing}: no such file"]
    assert run.warnings[:-1] == said("warning")
    assert run.warnings[-1].startswith(f"{scans}: no file matches")
    assert (run.files_read, run.notices) == (3, 26)
    assert_same_as_cli(run, paths, tmp_path / "out")


def test_an_empty_folder_gives_no_line(runner: Runner, tmp_path: Path) -> None:
    (tmp_path / "archive").mkdir()
    run = runner([tmp_path / "archive"], tmp_path / "out", None)
    assert_same_as_cli(run, [tmp_path / "archive"], tmp_path / "out")
    assert run.notices == 0


def test_an_output_folder_that_is_not_empty_is_refused(tmp_path: Path) -> None:
    (tmp_path / "part-00000.jsonl").write_bytes(b"{}\n")  # an earlier run's
    with pytest.raises(OutputError, match=re.escape(f"{tmp_path}: not empty")):
        run_on_dask([PAGE], tmp_path, today=TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["part-00000.jsonl"]


def test_the_readme_recipe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The recipe as printed, its relative paths read by workers started in its folder."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Archives on a cluster", 1)[1]
    recipe = section.split("```python\n", 1)[1].split("```", 1)[0]
    shutil.copytree(ROOT / "seeds", tmp_path / "archive")
    monkeypatch.chdir(tmp_path)
    scope: dict[str, object] = {}
    with local_cluster(tmp_path / "scratch"):
        exec(recipe, scope)
    run = scope["run"]
    assert isinstance(run, ArchiveRun)
    assert b"".join(part.read_bytes() for part in run.parts) == cli((Path("archive"),))[0]


def test_the_cli_and_the_partition_functions_never_import_dask() -> None:
    """`notices` starts without dask, and Spark's executors need only this package."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from notices.cli import main\n"
        f"assert CliRunner().invoke(main, ['parse', {str(PAGE)!r}, '--format', 'jsonl']).exit_code == 0\n"
        "import notices.archive\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'dask', 'distributed'}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout == "[]\n"
