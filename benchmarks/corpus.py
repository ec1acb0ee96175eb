"""Benchmark corpora: the seed pages and fixtures, repeated with varied details.

Dates, case numbers and names change from copy to copy, so that nothing the
parser (or the machine) might cache makes a repeated notice cheaper.

    python benchmarks/corpus.py mixed 100M out/mixed.txt     # seed pages and fixture pages
    python benchmarks/corpus.py newspaper 100M out/paper.txt # the seed pages only: 13 notices in 41 KB
    python benchmarks/corpus.py dense 10000 out/dense.txt    # notices only, by count
    python benchmarks/corpus.py seeds 20000 out/seeds.txt    # the 13 notices of seed page 000 only, by count
    python benchmarks/corpus.py news 40M out/news.txt        # the three news pages, seed page 000 once in 50 pages
    python benchmarks/corpus.py mixed 40M out/folder --files 400
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FIXTURE_PAGES = sorted((ROOT / "fixtures" / "forms").glob("*.txt")) + sorted(
    (ROOT / "fixtures" / "courts").glob("*.txt")
)

_DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
_CASE = re.compile(r"第(\d{3,6})(号|、)")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉玉兰春梅建国志红林海云飞鹏宇浩然欣怡子涵雨轩"
_PEOPLE = (
    "刘珍华",
    "王美艳",
    "杜珊珊",
    "赵娜",
    "刘杰",
    "杜吉东",
    "周双仁",
    "黄涛",
    "李长辉",
    "李振宇",
    "董春迪",
    "宋京林",
    "王世桂",
)


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def vary(text: str, rng: random.Random) -> str:
    """One copy of ``text`` with new case numbers, dates (all moved by the same days) and names."""
    text = _CASE.sub(lambda m: f"第{rng.randint(100, 99999)}{m.group(2)}", text)
    shift = dt.timedelta(days=rng.randint(-300, 300))

    def moved(m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))) + shift
        except ValueError:
            return m.group()  # a fixture's impossible date stays impossible
        return f"{day.year}年{day.month}月{day.day}日"

    text = _DATE.sub(moved, text)
    for person in _PEOPLE:
        text = text.replace(person, _name(rng))
    return text


def notices_only(text: str) -> str:
    """The notice part of a page: from its first heading line."""
    start = text.find("公告\n")
    return text[start:] if start >= 0 else ""


def pages(kind: str, rng: random.Random) -> Iterator[str]:
    """Endless varied copies: whole pages (mixed: seeds and fixtures; newspaper: the seeds,
    news pages as often as the page with notices), or the notices of pages with notices (dense),
    or of seed page 000 alone (seeds); news: the seed pages with no notice in turn, and seed page
    000 once in every fifty pages (issue #14's news with few notices)."""
    if kind == "news":
        news = [p.read_text(encoding="utf-8") for p in SEEDS[1:]]
        notices = SEEDS[0].read_text(encoding="utf-8")
        for count in itertools.count():
            yield vary(notices if count % 50 == 0 else news[count % len(news)], rng) + "\n\n"
    if kind == "seeds":
        notice_page = notices_only(SEEDS[0].read_text(encoding="utf-8"))
        while True:
            yield vary(notice_page, rng) + "\n\n"
    sources = [p.read_text(encoding="utf-8") for p in (SEEDS if kind == "newspaper" else SEEDS + FIXTURE_PAGES)]
    if kind == "dense":
        sources = [n for n in map(notices_only, sources) if n]
    while True:
        yield vary(rng.choice(sources), rng) + "\n\n"


def build(kind: str, size: str, out: Path, files: int = 1, seed: int = 2026) -> None:
    """Write ``size`` (bytes like 100M, or a notice count for dense) of corpus to ``out``."""
    rng = random.Random(seed)
    by_count = size.isdigit() and kind in ("dense", "seeds")
    target = int(size) if by_count else _bytes(size)
    generator = pages(kind, rng)
    paths = [out] if files == 1 else [out / f"page-{i:05d}.txt" for i in range(files)]
    if files > 1:
        out.mkdir(parents=True, exist_ok=True)
    per_file = -(-target // files)
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
        written = 0
        with path.open("w", encoding="utf-8") as handle:
            while written < per_file:
                page = next(generator)
                handle.write(page)
                written += page.count("特此公告") if by_count else len(page.encode("utf-8"))


def _bytes(size: str) -> int:
    scale = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}.get(size[-1:].upper(), 1)
    return int(size[:-1] if scale > 1 else size) * scale


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["mixed", "newspaper", "dense", "seeds", "news"])
    parser.add_argument("size", help="bytes (100M, 2G) or, for dense, a number of notices")
    parser.add_argument("out", type=Path)
    parser.add_argument("--files", type=int, default=1, help="split into this many files in the folder OUT")
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    build(args.kind, args.size, args.out, args.files, args.seed)


if __name__ == "__main__":
    main()
