"""A weekday written with a month-day but no year names the year too: "on Friday, Oct. 16" in a January 1989
story is 16 October 1987 (a Friday), not 1988 (a Sunday). The tense and nearness rules pick a year first;
when that year's day is another weekday, the nearest year whose day is that weekday wins (on a tie, the one on
the side the sentence points to, the past without a cue: a story recounting an old day). Past 11 years every weekday
has come round, so a weekday that fits no nearer year is a misprint and the first reading stands.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from indexer.dates.patterns import DAY, MONTH, WEEKDAY, WEEKDAYS, month_number

_WEEKDAY_MD = re.compile(rf"^(?:on\s+)?(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})$", re.I)
_REACH_YEARS = 11


def agree(s: str, start: date, end: date, way: str | None) -> date | None:
    """The day ``s`` ("friday, oct. 16", as cleaned by resolve) names when the weekday it states fits another
    year than ``start``'s; None when it fits already or fits no year within reach."""
    m = _WEEKDAY_MD.match(s)
    if not m or start != end:
        return None
    weekday = WEEKDAYS[m["wd"].lower()]
    if start.weekday() == weekday:
        return None
    month, day = month_number(m["m"]), int(re.match(r"\d+", m["d"]).group())
    step = 1 if way == "future" else -1
    for k in range(1, _REACH_YEARS + 1):
        for year in (start.year + step * k, start.year - step * k):
            try:
                other = date(year, month, day)
            except ValueError:  # 29 February
                continue
            if other.weekday() == weekday:
                return other
    return None


def fitted(s: str, r, way: str | None):
    """``r`` (a resolve.Resolved) moved to the year its stated weekday fits, else ``r`` itself."""
    other = agree(s, r.start, r.end, way)
    return r if other is None else replace(r, start=other, end=other)
