"""Calendar vocabulary and the regular expressions shared by the date modules.

Kept in one place so the resolver, the regex fallback pass in mentions.py and the publication-date
inference in published.py agree on what a month, a weekday or a month-day looks like.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    # "Seventeen years ago", "forty years ago": counts of years spelled out in quotes and features.
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}

# Longest alternatives first so "sept" wins over "sep" and "june" over "jun".
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = rf"(?:{_MONTH_ALT})\.?"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
DASH = r"\s*(?:-|–|—|to|through|and|until)\s*"

# Case-sensitive on purpose: a capital letter separates the month "May" from the verb "may".
MONTH_DAY_RE = re.compile(
    rf"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:{'|'.join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True))})\.?\s+"
    rf"{DAY}(?:{DASH}{DAY})?(?:,?\s+{YEAR})?\b(?!-)"
)


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


def month_end(year: int, month: int) -> date:
    nxt = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return nxt - timedelta(days=1)


def safe_date(year: int, month: int, day: int) -> date | None:
    """A calendar date or None for impossible ones ("June 31") instead of an exception."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nearest_year(month: int, day: int, base: date) -> int | None:
    """The year that puts month-day nearest ``base``, preferring the past.

    News reports mostly look back, so a future reading must be more than twice as close to win
    ("July 9" in a July 3 story is upcoming; "December 15" in a July story is last December).
    """
    best: tuple[float, int] | None = None
    for year in (base.year - 1, base.year, base.year + 1):
        d = safe_date(year, month, day)
        if d is None:
            continue
        delta = (d - base).days
        cost = -delta if delta <= 0 else 2 * delta
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def nearest_month_year(month: int, base: date, future: bool = False) -> int:
    """Year for a bare month name: the most recent such month (this one counts), or the next one.

    A future month wins when it is less than half as far away as the past one ("in October" said in
    July is this October; "in January" said in July is last January), or when the context says so.
    """
    back = (base.month - month) % 12
    ahead = (month - base.month) % 12
    if future and back == 1:
        # "than if the May report was weak" under a "will" in a June story: the month just ended, not one
        # eleven months away (as for month-days: a date a year ahead is written with its year).
        return base.year if month < base.month else base.year - 1
    if future:
        return base.year if month >= base.month else base.year + 1
    if back == 0 or back <= 2 * ahead:
        return base.year if month <= base.month else base.year - 1
    return base.year if month > base.month else base.year + 1


# An all-digit day as web pages write it: "2025/11/01", "2025-11-01", "12/16/25", "11/13/2025". Slashes only
# for the day-first/month-first forms (a hyphen joins scores and ranges: "6-3-2"); not inside a path, a URL,
# a version or a longer number run.
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.:-])(?:(?:19|20)\d\d([/-])(?:0?[1-9]|1[0-2])\1(?:[12]\d|3[01]|0?[1-9])"
    r"|(?:[12]\d|3[01]|0?[1-9])/(?:[12]\d|3[01]|0?[1-9])/(?:(?:19|20)\d\d|\d\d))(?![\w/:-]|\.\d)"
)
_SHORT_YEAR = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<yy>\d\d)")


def short_year_day(s: str, base: date | None) -> date | None:
    """"12/16/25" in a December 2025 page is 16 December 2025: the two-digit year in the century nearest
    publication, whichever side of it (dateparser's past preference reads a day after publication as 1925).
    Month first as in US pages; None when the order is ambiguous (both parts up to 12) or without a base."""
    m = _SHORT_YEAR.fullmatch(s)
    if m is None or base is None:
        return None
    a, b, yy = int(m["a"]), int(m["b"]), int(m["yy"])
    if a <= 12 and b <= 12 and a != b:
        return None
    month, day = (a, b) if a <= 12 else (b, a)
    century = base.year // 100 * 100
    year = min((century - 100 + yy, century + yy, century + 100 + yy), key=lambda y: abs(y - base.year))
    return safe_date(year, month, day)
