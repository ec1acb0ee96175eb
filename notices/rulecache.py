"""The grammar's compiled rules, kept between runs.

regex's compiler is written in Python: compiling the grammar's rules took about 1.5 s of every process's
start, more than reading a newspaper page of notices. A compiled pattern pickles as what the compiler made
of it (regex's own pickling: its opcodes, groups and word lists, handed back to the engine on loading, not
compiled again), so the rules a process compiled are kept in one file of the user's cache folder and loaded
the next time. A rule is taken from the file only if its pattern, flags and word lists are the ones asked
for, and the file is named by regex's and Python's versions; anything else, or a file that cannot be read,
is compiled as before. A process that compiled a rule the file lacked writes the file again, whole
(a temporary file renamed over it), with the rules it used.

``NOTICES_CACHE_DIR`` names another folder; set empty, nothing is kept.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

import platformdirs
import regex

_Key = tuple[str, int]

_lock = threading.Lock()
_kept: dict[_Key, regex.Pattern[str]] | None = None  # what the file held, loaded on the first compile
_used: dict[_Key, regex.Pattern[str]] = {}
_missed = 0  # rules compiled this run (not in the file): the file is written at exit if any were


def cache_file() -> Path | None:
    """The file of kept rules, or None where nothing is kept."""
    folder = os.environ.get("NOTICES_CACHE_DIR")
    if folder == "":
        return None
    base = Path(folder) if folder is not None else Path(platformdirs.user_cache_dir("notices"))
    return base / f"rules-regex{regex.__version__}-py{sys.version_info.major}.{sys.version_info.minor}.pickle"


def compiled(pattern: str, flags: int, lists: dict[str, Any]) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags, **lists)``, from the file when it holds the same rule."""
    global _missed
    key = (pattern, int(flags))
    with _lock:
        kept = _load().get(key)
        if kept is None or kept.named_lists != {name: frozenset(words) for name, words in lists.items()}:
            kept = regex.compile(pattern, flags, **lists)
            _missed += 1
        _used[key] = kept
    return kept


def rules_compiled() -> int:
    """How many rules this process compiled, not finding them in the file."""
    return _missed


def _load() -> dict[_Key, regex.Pattern[str]]:
    global _kept
    if _kept is None:
        _kept = {}
        path = cache_file()
        if path is not None:
            # (A file from an older or broken run, or not ours, is no error: its rules are compiled again.)
            with contextlib.suppress(Exception), path.open("rb") as kept:
                loaded = pickle.load(kept)
                if isinstance(loaded, dict):
                    _kept = loaded
    return _kept


@atexit.register
def _write() -> None:
    path = cache_file()
    if path is None or not _missed:
        return
    with _lock:
        rules = dict(_used)
    # (A folder that cannot be written, a full disk: the next run compiles again.)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(rules, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
