"""China's working days: public holidays and make-up working days (调休), from the ``holidays`` package.

A period that ends on a day off runs to the next working day (民事诉讼法 第八十五条: 期间届满的最后一日是
法定休假日的，以法定休假日后的第一日为期间届满的日期), and a hearing set on a day off is doubtful.
"""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import holidays

_ONE_DAY = dt.timedelta(days=1)


@cache
def china_calendar(language: str = "en_US") -> holidays.HolidayBase:
    import holidays  # imported on first use: most runs never need it

    return holidays.country_holidays("CN", language=language)


@lru_cache(maxsize=4096)
def day_off(day: dt.date) -> bool:
    """Is ``day`` not a working day in China (make-up working days minded)?"""
    return not china_calendar().is_working_day(day)


def describe_day_off(day: dt.date) -> tuple[str, str]:
    """What kind of day off ``day`` is, in Chinese and in English: 清明节 / a public holiday (Tomb-Sweeping Day)."""
    name = china_calendar().get(day)
    if name is None:
        return "周末", f"a {day:%A}"
    return china_calendar("zh_CN").get(day) or name, f"a public holiday ({name})"


def period_end(day: dt.date) -> dt.date:
    """The day a period whose last day is ``day`` ends: the next working day when ``day`` is off."""
    while day_off(day):
        day += _ONE_DAY
    return day
