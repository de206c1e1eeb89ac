"""Reporting periods: quarters, halves, fiscal years and the year-earlier comparisons around them.

Earnings and economic news date things by quarter: "third-quarter profit", "the fourth quarter",
"the quarter", "a year earlier". Without a year a quarter is the latest one that has begun by
publication (a November story's "third quarter" is this year's, a January story's "fourth quarter"
last year's), or the next one to end when the sentence looks ahead. "The quarter", "the latest quarter"
and "a year earlier" refer back to a period the story already named, so they use the document
context that mentions.py keeps; alone they fall back to the last completed quarter / the year before.
A fiscal quarter is read as the calendar quarter of that number, as TimeML annotators do; the actual
fiscal calendar of a company is not knowable from the text.
"""
from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from indexer.dates.context import Resolved
from indexer.dates.patterns import YEAR, month_end

if TYPE_CHECKING:
    from indexer.dates.context import Context

_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "final": 4, "last": 4}
_ORD = r"(?P<ord>first|1st|second|2nd|third|3rd|fourth|4th|final)"
_FISCAL = r"(?:fiscal[\s-]+)?"
_YEAR_OWNER = rf"(?:(?P<owner>this|last|next|the current|the previous|(?:the\s+)?year-(?:earlier|ago))\s+year'?s?\s+|(?:fiscal\s+)?(?P<yowner>{YEAR})'?s?\s+|(?P<yearlier>(?:the\s+)?year-(?:earlier|ago)|the\s+prior-year)\s+)?"
_PART = re.compile(
    rf"^(?:(?:the|its|their)\s+)?{_YEAR_OWNER}{_FISCAL}{_ORD}[\s-]+{_FISCAL}(?P<unit>quarter|half|period)"
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal|calendar)\s+)?(?P<y>{YEAR}|this year|last year|next year))?"
    rf"(?P<ago>\s+(?:a|one)\s+year\s+(?:earlier|ago|before))?$"
)
_Q = r"(?:(?P<q>[1-4])q|q(?P<q2>[1-4]))"
_QCODE = re.compile(rf"^{_Q}(?:\s*'?(?P<y>{YEAR}|\d{{2}}))?$")
_REL_QUARTER = re.compile(
    r"^(?:the\s+)?(?:(?P<owner>this year's|last year's)\s+)?(?P<rel>latest|last|previous|prior|most recent|recent|"
    r"just-ended|just ended|current|this|coming|next|same|year-earlier|year-ago|prior-year|comparable|corresponding)?"
    r"\s*(?:fiscal\s+)?(?P<unit>quarter|half|period)"
    r"(?P<ago>\s+(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year))?$"
)
_YEAR_EARLIER = re.compile(
    r"^(?:(?P<ago>(?:a|one)\s+year\s+ago)|(?:a|one)\s+year\s+(?:earlier|before)|"
    r"(?:the\s+)?(?:year-earlier|year-ago|prior-year)(?:\s+(?:results?|levels?|figures?))?)$"
)
# "the 1988 quarter" / "the 1989 period": the period under discussion, in that year.
_YEAR_PERIOD = re.compile(rf"^(?:the\s+)?(?P<y>{YEAR})\s+(?:fiscal\s+)?(?:quarter|period)$")
_FIRST_QUARTERS = re.compile(rf"^(?:the\s+)?first\s+(?P<n>two|three)\s+quarters(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?$")
# "the July-September quarter", "the September quarter" (the one ending in September), "the April-June period".
_MONTH_ALT = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|" \
             "jul|aug|sept|sep|oct|nov|dec"
_MONTHS_QUARTER = re.compile(rf"^(?:the\s+|its\s+)?(?:(?P<m1>{_MONTH_ALT})\.?\s*(?:-|–|to|through)\s*)?(?P<m2>{_MONTH_ALT})\.?\s+"
                             rf"(?:fiscal\s+)?(?P<unit>quarter|half|period)(?:\s+of\s+(?:fiscal\s+)?(?P<y>{YEAR}))?$")
_THAT_YEAR = re.compile(r"^(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?that\s+(?:same\s+)?year$")


def _quarter(year: int, q: int) -> Resolved:
    return Resolved(date(year, 3 * q - 2, 1), month_end(year, 3 * q), "month")


def _half(year: int, h: int) -> Resolved:
    return Resolved(date(year, 6 * h - 5, 1), month_end(year, 6 * h), "month")


_ABOUT_TO_BEGIN_DAYS = 31


def _latest(n: int, unit: str, base: date, way: str | None) -> Resolved:
    """The n-th quarter/half nearest publication: the latest begun; when the sentence looks ahead, this
    year's unless it ended more than a quarter ago (results are announced after a quarter closes, so
    "expects to report third-quarter profit" in October is still this year's third quarter)."""
    make = _quarter if unit == "quarter" else _half
    this = make(base.year, n)
    if way == "future":
        return this if (base - this.end).days <= 92 else make(base.year + 1, n)
    if way is None and 0 < (this.start - base).days <= _ABOUT_TO_BEGIN_DAYS:
        # "a further writeoff in the second quarter" in a late-March story: the one about to begin (last year's
        # would be written "last year's second quarter").
        return this
    return this if this.start <= base else make(base.year - 1, n)


def _shift_year(r: Resolved, years: int) -> Resolved:
    def move(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # Feb 29
            return d.replace(year=d.year + years, day=28)

    end = move(r.end)
    if r.end == month_end(r.end.year, r.end.month):
        end = month_end(end.year, end.month)
    return Resolved(move(r.start), end, r.granularity)


def _containing(base: date, unit: str) -> Resolved:
    if unit == "quarter":
        return _quarter(base.year, (base.month - 1) // 3 + 1)
    return _half(base.year, 1 if base.month <= 6 else 2)


def _completed(base: date, unit: str) -> Resolved:
    """The last quarter/half that ended before publication."""
    cur = _containing(base, unit)
    months = 3 if unit == "quarter" else 6
    prev_end = date(cur.start.year, cur.start.month, 1)
    y, m = (prev_end.year, prev_end.month - months) if prev_end.month > months else (prev_end.year - 1, prev_end.month - months + 12)
    n = (m - 1) // months + 1
    return _quarter(y, n) if unit == "quarter" else _half(y, n)


def _last_period(context: Context | None, unit: str, reported: bool = False) -> Resolved | None:
    """The quarter/half the story named last; with ``reported``, the last one that had ended by publication:
    a year-ago comparison is made with results, not with a forecast named in between ("losses through the
    third quarter of 1990 ... In the year-ago period")."""
    r = (context.reported or context.last) if reported and context is not None else context.last if context else None
    if r is None:
        return None
    months = (r.end.year - r.start.year) * 12 + r.end.month - r.start.month + 1
    want = 3 if unit == "quarter" else 6
    if r.start.day == 1 and r.end == month_end(r.end.year, r.end.month) and months == want:
        return r
    return None


def resolve_period(s: str, base: date | None, way: str | None, context: Context | None = None) -> Resolved | None:
    """ "the third quarter", "fiscal first-quarter", "this year's second half", "Q3 1998", "the quarter",
    "a year earlier"; None for anything else."""
    if base is None:
        return None
    s = s.replace("’", "'")
    if m := _PART.match(s):
        if m["unit"] == "period":
            return None
        n = _ORDINALS[m["ord"]]
        unit = m["unit"]
        make = _quarter if unit == "quarter" else _half
        y = m["y"] or m["yowner"]
        if y and y.isdigit():
            r = make(int(y), n)
        elif y == "this year" or m["owner"] in ("this", "the current"):
            r = make(base.year, n)
        elif y == "last year" or m["owner"] in ("last", "the previous"):
            r = make(base.year - 1, n)
        elif y == "next year" or m["owner"] == "next":
            r = make(base.year + 1, n)
        else:
            r = _latest(n, unit, base, way)
        if m["ago"] or m["yearlier"] or (m["owner"] or "").endswith(("earlier", "ago")):
            r = _shift_year(r, -1)
        return r
    if m := _QCODE.match(s):
        n = int(m["q"] or m["q2"])
        if m["y"]:
            y = int(m["y"]) if len(m["y"]) == 4 else 1900 + int(m["y"]) if int(m["y"]) > 50 else 2000 + int(m["y"])
            return _quarter(y, n)
        return _latest(n, "quarter", base, way)
    if m := _MONTHS_QUARTER.match(s):
        return _months_period(m, base, way)
    if m := _YEAR_PERIOD.match(s):
        named = _last_period(context, "quarter", reported=True)
        if named is None:
            return None
        return _shift_year(named, int(m["y"]) - named.start.year)
    if m := _FIRST_QUARTERS.match(s):
        y = int(m["y"]) if m["y"] else base.year
        return Resolved(date(y, 1, 1), month_end(y, 6 if m["n"] == "two" else 9), "month")
    if _THAT_YEAR.match(s):
        if context is None or context.last is None:
            return None
        y = context.last.start.year
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    if m := _REL_QUARTER.match(s):
        rel, unit = m["rel"] or "", m["unit"]
        if unit == "period":
            # "the latest period", "the year-earlier period": only after a quarter was named.
            if rel in ("", "current", "this", "coming", "next"):
                return None
            unit = "quarter"
        if m["owner"]:
            r = _containing(base, unit) if m["owner"] == "this year's" else _shift_year(_last_period(context, unit, True) or _completed(base, unit), -1)
            return r
        if rel in ("current", "this"):
            r = _containing(base, unit)
        elif rel in ("coming", "next"):
            r = _shift_months(_containing(base, unit), 3 if unit == "quarter" else 6)
        elif rel in ("last", "previous", "prior", "most recent", "recent", "just-ended", "just ended", "latest", ""):
            if rel == "" and (named := _last_period(context, unit)) is not None:
                r = named  # "the quarter" after "the third quarter" is that quarter
            elif rel in ("latest", "most recent") and (named := _last_period(context, unit, True)) is not None:
                r = named  # "the latest period": the reported one the story named (a fiscal quarter too)
            else:
                r = _completed(base, unit)
        else:  # same / year-earlier / year-ago / prior-year / comparable
            r = _shift_year(_last_period(context, unit, True) or _completed(base, unit), -1)
        if m["ago"]:
            r = _shift_year(r, -1)
        return r
    if m := _YEAR_EARLIER.match(s):
        # Compared with a quarter the story named: the same quarter a year before. Otherwise the year
        # before the one the story is about ("wages 3.8% higher than a year earlier").
        if (named := _last_period(context, "quarter", True)) is not None:
            return _shift_year(named, -1)
        if m["ago"]:
            return None  # "a year ago" alone: relative.ago's year before publication
        y = (context.last.start.year if context is not None and context.last is not None else base.year) - 1
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    return None


def _months_period(m: re.Match, base: date, way: str | None) -> Resolved | None:
    """A period named by its months: the stretch from its first month to its last, in the written year or
    the latest such stretch begun by publication (the next one when the sentence looks ahead, as _latest)."""
    from indexer.dates.patterns import month_number

    last = month_number(m["m2"])
    if m["m1"]:
        first = month_number(m["m1"])
        length = (last - first) % 12 + 1
    elif m["unit"] == "period":
        return None  # "the September period": not a known length
    else:
        length = 3 if m["unit"] == "quarter" else 6
        first = (last - length) % 12 + 1
    if length not in (3, 6) and m["unit"] != "period":
        return None  # "the July-August quarter": not a quarter
    end_year = int(m["y"]) if m["y"] else base.year
    start_year = end_year - (1 if first > last else 0)
    r = Resolved(date(start_year, first, 1), month_end(end_year, last), "month")
    if m["y"]:
        return r
    if way == "future":
        return r if (base - r.end).days <= 92 else _shift_year(r, 1)
    return r if r.start <= base else _shift_year(r, -1)


def _shift_months(r: Resolved, months: int) -> Resolved:
    total = r.start.year * 12 + r.start.month - 1 + months
    y, mo = total // 12, total % 12 + 1
    span = (r.end.year - r.start.year) * 12 + r.end.month - r.start.month
    total_end = total + span
    return Resolved(date(y, mo, 1), month_end(total_end // 12, total_end % 12 + 1), r.granularity)


_SAME = re.compile(r"\bthe\s+same\s+(?:period|quarter|month|half)\s+(?:of|in)\s+", re.I)


def same_period_of(s: str, before: str, context: Context | None) -> tuple[Resolved | None] | None:
    """ "in September from 2.83 million in the same month in 1995", "the first quarter ... compared to the same
    period of 2022": (the stretch the story just named, in that year,), or (None,) when the story named no stretch of
    whole months shorter than a year (the whole year would be wrong); None when ``s`` is no such phrase."""
    m = re.fullmatch(rf"(?:{_SAME.pattern})?({YEAR})", s, re.I)
    if not m or not (_SAME.match(s) or re.search(_SAME.pattern + "$", before, re.I)):
        return None
    last = context.last if context is not None else None
    if (last is None or last.start.day != 1 or last.end != month_end(last.end.year, last.end.month)
            or (last.end - last.start).days > 200):
        return (None,)
    shift = int(m.group(1)) - last.end.year
    return (Resolved(last.start.replace(year=last.start.year + shift), month_end(last.end.year + shift, last.end.month),
                     last.granularity),)


# "Indonesia invaded in 1975 and annexed the following year", "Two years later, Kiriyenko became ...", "March 19,
# 2020 ... The following month": counted from the period the story named last, never from publication (they
# say so: later than what was just told). Years and months only; hedged ones ("nearly a year later") and "the
# year before" / "the prior year" (a quarter's comparison in business copy) are left alone.
_LATER = re.compile(r"(?:the\s+following\s+(?P<u1>year|month)|(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|"
                    r"\d{1,2})\s+(?P<u2>year|month)s?\s+later)", re.I)
# How many paragraphs back the period may have been named: wire paragraphs are a sentence or two, and the right
# anchors on the seen sets and 810 unannotated corpus articles were 0-4 paragraphs back; the one wrong one, 10.
_LATER_REACH = 4
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def later_than(span: str, context: Context) -> Resolved | None:
    """ "the following year", "two years later": the year or month after the period named last, a few paragraphs
    back at most; None for other text, or with no such period."""
    m = _LATER.fullmatch(span)
    last = context.last if context.paragraph - context.last_paragraph <= _LATER_REACH else None
    if m is None or last is None:
        return None
    n = 1 if m["u1"] else int(m["n"]) if m["n"].isdigit() else _SMALL[m["n"].lower()]
    if (m["u1"] or m["u2"]).lower() == "year":
        y = last.start.year + n
        return Resolved(date(y, 1, 1), date(y, 12, 31), "year")
    if last.granularity not in ("day", "month") or last.start.month != last.end.month:
        return None  # "the following month" after a year or a quarter: which month is not said
    total = last.start.year * 12 + last.start.month - 1 + n
    y, mo = total // 12, total % 12 + 1
    return Resolved(date(y, mo, 1), month_end(y, mo), "month")
