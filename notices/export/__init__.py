"""Writers: records to bytes in one format each, and an atomic file writer."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from notices.errors import OutputError


def write_atomically(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write ``data`` to ``path`` whole or not at all; never overwrite unless ``force``.

    The bytes go to a temporary file in the same folder, which is then renamed
    over ``path``: a crash or a full disk leaves the old file as it was.
    """
    if path.exists() and not force:
        raise OutputError(f"{path}: already exists (use --force to replace it)")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise
