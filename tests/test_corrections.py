"""What a later notice changes, read from its own words: a table of the forms met, and the near misses."""

from __future__ import annotations

import pytest

from notices.corrections import read_change, stale

# (body as printed, what it changes, the rule that says so, the words it stands on); None: changes nothing.
CHANGES = [
    # Reschedulings.
    ("本委受理的你与某某公司劳动争议一案，原定于2026年4月22日14时00分开庭，现变更为2026年4月28日9时00分开庭，地点不变。",
     "rescheduled", "earlier_then_new", "变更为"),
    ("本委定于2026年5月21日9时00分开庭审理此案（原定于2026年5月19日14时00分），地点不变。",
     "rescheduled", "set_again", "定于"),
    ("某某一案开庭时间变更。本委定于2026年5月21日9时00分开庭审理此案。", "rescheduled", "rescheduled", "开庭时间变更"),
    ("因故，本案改期至2026年5月8日9时开庭。", "rescheduled", "rescheduled", "改期"),
    ("本委于2026年3月6日公告的黄涛与你公司劳动争议一案，开庭时间更正为2026年4月22日9时30分。特此更正。",
     "rescheduled", "rescheduled", "开庭时间更正"),
    ("本委于2026年3月6日刊登的公告中，“2026年4月22日”应为“2026年4月28日”。", "rescheduled", "earlier_then_new", "应为"),
    ("原定于2026年4月22日开庭审理的某某一案，延期至2026年5月8日9时00分开庭。",
     "rescheduled", "earlier_then_new", "延期至"),
    ("原定于2026年5月20日上午9时开庭审理，现将本案开庭时间提前至2026年5月6日上午9时30分，开庭地点不变。",
     "rescheduled", "earlier_then_new", "提前至"),
    ("……一案开庭日期有误，现予更正。", "rescheduled", "correction_closing", "现予更正"),
    # Called off, put off.
    ("原定于2026年5月20日14时30分开庭审理。因申请人已撤回仲裁申请，本委决定取消开庭。",
     "cancelled", "cancelled", "取消开庭"),
    ("原定于2026年4月21日的庭审取消。", "cancelled", "cancelled", "庭审取消"),
    ("原定于2026年4月21日9时15分开庭审理，因故延期开庭，开庭时间另行通知。", "postponed", "postponed", "延期开庭"),
    ("原定于2026年4月21日开庭，开庭时间另行通知。", "postponed", "postponed", "开庭时间另行通知"),
    # Near misses: regular notices that print the same words.
    ("本委定于2026年4月20日14时00分开庭审理此案。如需申请延期开庭，应于开庭三日前提出。", None, None, None),
    ("本委定于2026年4月20日14时00分开庭审理此案。具体事宜另行通知。", None, None, None),
    ("本委已受理你与某某公司劳动争议一案，现依法向你公告送达《受理、开庭通知书》。", None, None, None),
    ("请自本公告发布之日起30日内到本委领取仲裁裁决书，逾期不领取，即视为送达。", None, None, None),
]  # fmt: skip


@pytest.mark.parametrize(("body", "what", "rule", "words"), CHANGES, ids=[c[0][:16] for c in CHANGES])
def test_what_a_notice_changes(body: str, what: str | None, rule: str | None, words: str | None) -> None:
    text = f"新闻……\n\n公告\n\n某某：\n\n{body}\n\n特此公告\n\n某某劳动人事争议仲裁委员会\n\n2026年4月9日"
    start = text.index("公告")
    change = read_change(text, start, len(text))
    if what is None:
        assert change is None
        return
    assert change is not None
    assert (change.what, change.rule, text[change.span[0] : change.span[1]]) == (what, rule, words)


def test_a_heading_says_so() -> None:
    """A heading 更正公告 is a correction, and speaks of an earlier setting as 原定 does."""
    text = "更正公告\n\n某某：\n\n本委公告的某某一案案号有误。\n\n某某劳动人事争议仲裁委员会"
    change = read_change(text)
    assert change is not None and (change.what, change.rule) == ("rescheduled", "correction_heading")
    restated = "更正公告\n\n某某：\n\n本委定于2026年5月21日9时00分开庭审理此案。\n\n某某劳动人事争议仲裁委员会"
    change = read_change(restated)
    assert change is not None and (change.what, change.rule) == ("rescheduled", "set_again")


# (text, the printed time looked at, is it the old one)
STALE = [
    ("原定于2026年4月22日14时00分开庭，现变更为2026年4月28日9时00分", "2026年4月22日", True),
    ("原定于2026年4月22日14时00分开庭，现变更为2026年4月28日9时00分", "2026年4月28日", False),
    ("本委定于2026年5月21日9时00分开庭审理此案（原定于2026年5月19日14时00分）", "2026年5月21日", False),
    ("本委定于2026年5月21日9时00分开庭审理此案（原定于2026年5月19日14时00分）", "2026年5月19日", True),
    ("将原定于2026年4月22日的开庭改为2026年4月28日", "2026年4月22日", True),
    ("将原定于2026年4月22日的开庭改为2026年4月28日", "2026年4月28日", False),
    ("本委定于2026年4月20日14时00分开庭审理此案", "2026年4月20日", False),
]


@pytest.mark.parametrize(("text", "printed", "old"), STALE)
def test_which_printed_time_is_the_old_one(text: str, printed: str, old: bool) -> None:
    assert stale(text, text.index(printed)) is old
