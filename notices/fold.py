"""The text as the grammar reads it: traditional characters folded to simplified, one for one.

Notices reposted from Hong Kong, Taiwan or Big5 pages, and names such as 青島
in simplified ones, print 與, 訴, 開庭, 委員會, 勞動爭議, 號. The grammar and
its word lists are written in simplified characters; rather than spell every
rule twice, the text is read through a table that maps each traditional
character to its simplified form. The table maps one character to one
character, so the folded text has the same length and every offset found in it
points at the printed character: values are always taken from the printed
text, so names stay as printed (青島 stays 青島).

The table is OpenCC's own character dictionary (``TSCharacters``), read once
per process through the ``opencc`` package: its first choice for each
character, where that is a single character. A few characters are folded the
same way to others: OCR's 曰 for 日, and the numerals of amounts (贰, 叁, 拾).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from functools import cache

# The CJK blocks OpenCC's character table covers (Extension A, the unified block, compatibility ideographs).
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@cache
def _table() -> tuple[dict[int, str], re.Pattern[str]]:
    """The character table, and a pattern that finds any character it changes."""
    import opencc

    share = os.path.join(os.path.dirname(opencc.__file__), "clib", "share", "opencc")
    config = {
        "name": "Traditional to simplified, character by character",
        "conversion_chain": [{"dict": {"type": "ocd2", "file": os.path.join(share, "TSCharacters.ocd2")}}],
    }
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "t2s_characters.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(config, handle)
        converter = opencc.OpenCC(path)
    characters = [chr(code) for first, last in _RANGES for code in range(first, last)]
    # One character a line: each is converted alone, never as part of a phrase.
    converted = converter.convert("\n".join(characters)).split("\n")
    table = {ord(old): new for old, new in zip(characters, converted, strict=True) if len(new) == 1 and new != old}
    table.update({ord(old): new for old, new in _READ_AS.items()})
    # The standard library's re: it compiles a large class into a bitmap (0.2 µs per 100
    # characters; regex takes ~150 µs for the same class).
    changed = re.compile("[" + "".join(re.escape(chr(code)) for code in table) + "]")
    return table, changed


def fold(text: str) -> str:
    """``text`` with each traditional character replaced by its simplified form (same length).

    >>> fold("本院定於2026年4月20日開庭審理張三與李四勞動爭議一案（青勞人仲案字[2026]第1號）")
    '本院定于2026年4月20日开庭审理张三与李四劳动争议一案（青劳人仲案字[2026]第1号）'
    """
    table, changed = _table()
    found = changed.findall(text)
    if found:
        if len(found) * _SPARSE < len(text):
            # A page in simplified characters with a few traditional ones (青島): those alone are replaced;
            # str.translate looks every character of the page up in the table (a second per 16 MB).
            text = changed.sub(lambda character: table[ord(character.group())], text)
        else:
            text = text.translate(table)
    if "陆" in text or "伍" in text:
        text = _AMONG_NUMERALS.sub(lambda numeral: _SIX_FIVE[numeral.group()], text)
    return text


_SPARSE = 50  # characters of text per traditional character, at the least, where replacing them alone pays
# Characters read as others, one for one: a scanner's 曰 for 日 (2027年2月25曰, 之曰起: a notice never writes
# 曰), and the numerals of amounts (大写) a notice may date with (贰零贰柒年叁月拾日上午玖时) — 陆 and 伍 only
# between numerals and a date's units (贰零贰陆年, 拾伍日), since they are surnames far more often (陆兰, 伍某).
_READ_AS = {"曰": "日"} | dict(zip("壹贰貳叁肆柒捌玖拾佰仟", "一二二三四七八九十百千", strict=True))
_SIX_FIVE = {"陆": "六", "伍": "五"}
_NUMERALS = "〇零一二三四五六七八九十百千"
_AMONG_NUMERALS = re.compile(f"(?<=[{_NUMERALS}年月午时])[陆伍](?=[{_NUMERALS}年月日时分])")


def prepare() -> None:
    """Build the table now (before worker processes fork, so that each need not)."""
    _table()
