"""notices.archive.run_on_dask on a LocalCluster of N worker processes, against the CLI on the same folder.

    python benchmarks/on_dask.py FOLDER OUT WORKERS TODAY EXPECTED

Prints the seconds of one run into the new folder OUT (the cluster's start-up, a second or
so, not counted) and whether the part files are the bytes of EXPECTED, the output of
`notices parse FOLDER --format jsonl --today TODAY`. run.py calls it with 1 and 2 workers.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import dask
from distributed import Client, LocalCluster

from notices.archive import run_on_dask


def main() -> None:
    folder, out, workers, today, expected = sys.argv[1:]
    with (
        dask.config.set({"temporary-directory": str(Path(out).parent)}),  # scratch space beside the corpora
        LocalCluster(
            n_workers=int(workers), threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as cluster,
        Client(cluster),
    ):
        started = time.perf_counter()
        run = run_on_dask([folder], out, today=dt.date.fromisoformat(today))
        seconds = time.perf_counter() - started
    same = b"".join(part.read_bytes() for part in run.parts) == Path(expected).read_bytes()
    print(f"{seconds:.3f} {same}")


if __name__ == "__main__":
    main()
