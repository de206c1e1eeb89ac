"""Dates that only mean something relative to publication: "Monday", "last week", "the weekend", "today".

All need ``base`` (the publication day); without it they stay unresolved rather than being guessed
from the machine clock.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from indexer.dates.context import Resolved
from indexer.dates.patterns import NUMBER_WORDS, WEEKDAYS, month_end

_WEEKDAY_RE = re.compile(
    r"^(?:(?P<mods>(?:(?:earlier|later|late|early|last|this|next|this past|this coming|coming|the|"
    r"previous|following)\s+)*))(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?"
    r"(?:\s*(?:-|–|through|to)\s*(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday))?"
    r"(?:\s+(?:morning|afternoon|evening|night|overnight))?$"
)
_WEEKEND_RE = re.compile(r"^(?:(?:over|during|on|at)\s+)?(?:(?P<rel>the|this|last|this past|next|the past)\s+)?weekend(?:'s)?$")
_WEEK_RE = re.compile(r"^(?P<rel>last|this|next|earlier this|later this|the past|the previous|this past)\s+week(?:'s)?$")
_MONTH_RE = re.compile(r"^(?P<rel>last|this|next|earlier this|later this|the previous|this past)\s+month(?:'s)?$")
# "the year ahead" is the next one; "the new year" too in the autumn, this one in its first two months.
_YEAR_AHEAD_RE = re.compile(r"^the\s+(?:year\s+ahead|new\s+year)$")
_YEAR_RE = re.compile(r"^(?P<rel>last|this|next|earlier this|later this|the end of(?: the| this)?|end of(?: the| this)?|"
                      r"the previous)\s+year(?:'s)?$")
# "early next year", "later this year", "earlier in the year", "the current fiscal year", "the full year",
# "year-end": parts of the publication year (or the one before / after).
_YEAR_PART_RE = re.compile(
    r"^(?:(?P<mod>early|earlier|mid|late|later)[\s-]+(?:in\s+)?)?(?:(?P<rel>last|this|next|the current|the full|"
    r"the coming|the previous|the)\s+)?(?:(?:fiscal|calendar)\s+)?(?:year(?P<end>[\s-]end)?|(?P<end2>year(?:[\s-]|'s\s+)end))$"
)
_AGO_RE = re.compile(r"^(?:(?:just|only|about|some|more than|nearly|almost|literally|roughly|around|over)\s+)*"
                     r"(?P<n>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
                     r"(?P<unit>day|week|month|year|decade)s?\s+ago$")
_DAY_WORDS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "earlier today": 0,
    "later today": 0, "yesterday": -1, "last night": -1, "yesterday morning": -1, "yesterday evening": -1,
    "tomorrow": 1,
}


# A story tells of a day five or six days past with a cue ("said Friday", "last Friday"); a bare "Friday"
# with none that far back is the coming one. Measured on the gold: TBAQ's 5 weekdays 5-6 days back all carry
# a past cue (the rule changes nothing there); the Reuters/AP hand gold has none that far back and 19 one or
# two days ahead. A limit of 4 days cost 2 right days on TBAQ dev.
_UNCUED_BACK_LIMIT = 5


def _week(monday: date) -> Resolved:
    return Resolved(monday, monday + timedelta(days=6), "week")


def weekday(s: str, base: date, future: bool, undecided: bool = False) -> Resolved | None:
    """A weekday is publication day itself in a story of that weekday, else the latest one before it.

    "next"/"coming" or a future cue ("will meet on Friday") flips it to the first one after. With no cue
    at all (``undecided``), a bare weekday five or six days back is the one in the next two days.
    """
    m = _WEEKDAY_RE.match(s)
    if not m:
        return None
    mods = m["mods"] or ""
    if re.search(r"\b(?:previous|following)\b", mods):
        return None  # "the following Monday": relative to another event, not to publication
    target = WEEKDAYS[m["wd"]]
    if re.search(r"\b(?:next|coming)\b", mods):
        start = base + timedelta(days=(target - base.weekday()) % 7 or 7)
    elif future and not re.search(r"\blast\b", mods):
        # "will meet Friday" in a Friday story is that day; otherwise the first one after publication.
        start = base + timedelta(days=(target - base.weekday()) % 7)
    else:
        back = (base.weekday() - target) % 7
        if back in (0, 1) and re.search(r"\blast\b", mods):
            # "last Monday" said on a Monday is a week ago; said on a Tuesday too (yesterday would be "yesterday"):
            # the seen gold reads it so 2 times of 2 (Dawn, the BBC), and "last Wednesday" two days back as that day.
            back += 7
        if undecided and back >= _UNCUED_BACK_LIMIT and not mods.strip():
            back -= 7  # "Ajax face AZ on Sunday" in a Friday story: the day after tomorrow
        start = base - timedelta(days=back)
    end = start
    if m["wd2"]:
        end = start + timedelta(days=(WEEKDAYS[m["wd2"]] - target) % 7)
    return Resolved(start, end, "day")


# "Wednesday next week", "Friday last week", "Monday of this week": one day of the named week, which the
# week word places (no tense cue needed; the weekday alone would be read in the current week or the last).
_WEEKDAY_OF_WEEK_RE = re.compile(r"^(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:of\s+)?(?P<rel>next|last|this)\s+week$")


def weekday_of_week(s: str, base: date) -> Resolved | None:
    m = _WEEKDAY_OF_WEEK_RE.match(s)
    if not m:
        return None
    monday = base - timedelta(days=base.weekday()) + timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[m["rel"]])
    d = monday + timedelta(days=WEEKDAYS[m["wd"]])
    return Resolved(d, d, "day")


def weekend(s: str, base: date, future: bool) -> Resolved | None:
    m = _WEEKEND_RE.match(s)
    if not m:
        return None
    rel = m["rel"] or ""
    if future and rel in ("", "the", "this") and base.weekday() == 5:
        saturday = base  # "to be moved over the weekend" in a Saturday story: the weekend under way, not the next
    elif rel == "next" or future and rel != "last":
        saturday = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
    elif base.weekday() == 6:
        saturday = base - timedelta(days=1)
    else:
        saturday = base - timedelta(days=(base.weekday() - 5) % 7)
    if rel == "last" and base.weekday() >= 5:
        saturday -= timedelta(days=7)  # "last weekend" said on a weekend is the one before
    return Resolved(saturday, saturday + timedelta(days=1), "day")


def _shift_month(d: date, n: int) -> tuple[int, int]:
    total = d.year * 12 + d.month - 1 + n
    return total // 12, total % 12 + 1


def calendar_unit(s: str, base: date) -> Resolved | None:
    """ "last week", "earlier this month", "this year", "the end of the year"."""
    this_monday = base - timedelta(days=base.weekday())
    if m := _WEEK_RE.match(s):
        rel = m["rel"]
        if rel in ("last", "the past", "the previous", "this past"):
            return _week(this_monday - timedelta(days=7))
        if rel == "next":
            return _week(this_monday + timedelta(days=7))
        return _week(this_monday)
    if m := _MONTH_RE.match(s):
        n = {"last": -1, "the previous": -1, "this past": -1, "next": 1}.get(m["rel"], 0)
        y, mo = _shift_month(base, n)
        return Resolved(date(y, mo, 1), month_end(y, mo), "month")
    if _YEAR_AHEAD_RE.match(s):
        y = base.year + 1 if "ahead" in s or base.month >= 10 else base.year if base.month <= 2 else None
        return None if y is None else Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    if (m := _YEAR_PART_RE.match(s)) and not (m["rel"] == "the" and not m["mod"] and not m["end"]):
        y = base.year + {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1}.get(m["rel"] or "", 0)
        # "earlier this year" is the year as a whole (the part already gone is not a calendar unit).
        first, last = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}.get(m["mod"] or "", (1, 12))
        if m["end"] or m["end2"]:
            first, last = 12, 12
        return Resolved(date(y, first, 1), month_end(y, last), "month" if (first, last) != (1, 12) else "year")
    if m := _YEAR_RE.match(s):
        rel = m["rel"]
        if "end of" in rel:
            return Resolved(date(base.year, 12, 1), date(base.year, 12, 31), "month")
        y = base.year + {"last": -1, "the previous": -1, "next": 1}.get(rel, 0)
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def ago(s: str, base: date) -> Resolved | None:
    """ "two days ago" is a day, "two weeks ago" a week, "four years ago" a year before publication."""
    m = _AGO_RE.match(s)
    if not m:
        return None
    n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS[m["n"]]
    unit = m["unit"]
    if unit == "day":
        d = base - timedelta(days=n)
        return Resolved(d, d, "day")
    if unit == "week":
        d = base - timedelta(days=7 * n)
        return _week(d - timedelta(days=d.weekday()))
    if unit == "month":
        y, mo = _shift_month(base, -n)
        return Resolved(date(y, mo, 1), month_end(y, mo), "month")
    y = base.year - n * (10 if unit == "decade" else 1)
    return Resolved(date(y, 1, 1), date(y, 12, 31), "year")


# "late yesterday", "early today", "yesterday afternoon", "tomorrow night": still that day.
_DAY_WORD_RE = re.compile(r"^(?:(?:late|early|earlier|later)\s+)?(?P<w>today|tonight|yesterday|tomorrow|"
                          r"this (?:morning|afternoon|evening)|last night)(?:'s)?"
                          r"(?:\s+(?:morning|afternoon|evening|night|noon|overnight))?$")


def resolve_relative(s: str, base: date | None, future: bool, undecided: bool = False) -> Resolved | None:
    if base is None:
        return None
    if s in _DAY_WORDS:
        d = base + timedelta(days=_DAY_WORDS[s])
        return Resolved(d, d, "day")
    if m := _DAY_WORD_RE.match(s):
        d = base + timedelta(days=_DAY_WORDS[m["w"]])
        return Resolved(d, d, "day")
    for attempt in (lambda: weekday_of_week(s, base), lambda: weekday(s, base, future, undecided), lambda: weekend(s, base, future),
                    lambda: calendar_unit(s, base), lambda: ago(s, base)):
        r = attempt()
        if r is not None:
            return r
    return None
