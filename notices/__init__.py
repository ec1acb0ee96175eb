"""notices: Chinese legal notices (公告) read into validated records.

>>> from notices import parse_text
>>> page = "公告\\n张三：\\n本委已受理你与某某有限公司劳动争议一案（某劳人仲案字[2026]第1、2号）。\\n"
>>> page += "特此公告\\n某某劳动人事争议仲裁委员会\\n2026年3月6日"
>>> [(n.party, n.party_role, n.case_numbers) for n in parse_text(page)]
[(['张三'], 'applicant', ['某劳人仲案字[2026]第1号', '某劳人仲案字[2026]第2号'])]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__all__ = ["Finding", "Notice", "Source", "parse_file", "parse_text"]
__version__ = "0.1.0"

if TYPE_CHECKING:
    from notices.api import parse_file, parse_text
    from notices.models import Finding, Notice, Source

# The verbs and models are imported on first use: `notices --help` need not compile the grammar.
_LAZY = {"parse_file": "notices.api", "parse_text": "notices.api", "Finding": "notices.models",
         "Notice": "notices.models", "Source": "notices.models"}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'notices' has no attribute {name!r}")
