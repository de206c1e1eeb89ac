"""Two days of one month written with the month once: "8 and 9 July", "from 12 to 14 September",
"from April 21 to 26", "between October 11 and 13".

TimeML (and every hand-made gold set here) annotates each end as its own day, as it does for "April 24 and
25", which mentions.py already splits. spaCy reads these shapes badly, and each way loses a day: a day-first
pair ("8 and 9 July", British, South Asian and Australian style) kept only "9 July"; a pair joined by "to"
became one stretch of days; and "between October 11 and 13" came as the DATE span "between October 11 and",
the second day left outside it. Dashed ranges ("July 10-12", "June 24-25") are left whole, as the gold
annotates them as one stretch.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from indexer.dates.context import Resolved
from indexer.dates.patterns import DAY, MONTH, YEAR

_WORD = r"(?:and|&|to|through|until|till)"
_NUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# "from April 21 to 26", "between October 11 and 13": the month and the first day, then a bare day.
_MONTH_FIRST = re.compile(rf"^(?:(?:from|between)\s+)?(?P<a>{MONTH}\s+{DAY})\s+{_WORD}\s+(?P<b>{_NUM})$", re.I)
# "8 and 9 July", "from 12 to 14 September 2025": a bare day, then the second day with its month.
_DAY_FIRST = re.compile(rf"^(?:(?:from|between)\s+)?(?P<a>{_NUM})\s+{_WORD}\s+(?P<b>{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)$",
                        re.I)
# The second day spaCy left outside its span ("between October 11 and" + "13"): a bare day number that ends its
# phrase, so "and 13 people were hurt" or "to 26 percent" is never read as a day.
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:!?)]|$)|\s+(?:and|or|but|in|at|on|this|next|last|of|for|with|when|as|is|was|were|"
                          r"are|will|would)\b")
_LEFT_OUT = re.compile(rf"^\s+(?P<b>{_NUM})(?={_ENDS_PHRASE.pattern})")
_ENDS_IN_WORD = re.compile(rf"\s{_WORD}$", re.I)
_MONTH_START = re.compile(rf"^(?:(?:from|between)\s+)?{MONTH}\s+{DAY}\b", re.I)


def extend(text: str, start: int, end: int) -> int:
    """The end of a DATE span that stops at "and"/"to" after a month-day, moved past the bare day that follows
    ("between October 11 and" -> "between October 11 and 13"); ``end`` otherwise."""
    if _ENDS_IN_WORD.search(text[start:end]) and _MONTH_START.match(text[start:end]) and (m := _LEFT_OUT.match(text[end:])):
        return end + m.end("b")
    return end


def _day(num: str) -> int:
    return int(re.match(r"\d+", num).group())


def split(text: str, start: int, end: int, resolve_at: Callable[[int, int], Resolved | None]) -> list[tuple[int, int, Resolved]]:
    """Both days of a month-once pair in ``text[start:end]``, each its own mention ((start, end, day) twice), or []
    when the span is no such pair. ``resolve_at(a, b)`` resolves the written month-day (its year, by the same
    cues as any month-day); the bare day takes that month and year. The days must rise ("8 and 9 July"), so a
    day number that is not the first of the pair is never read as one."""
    span = text[start:end]
    if m := _MONTH_FIRST.match(span):
        written, bare = "a", "b"
    elif m := _DAY_FIRST.match(span):
        written, bare = "b", "a"
    else:
        return []
    if bare == "b" and not _ENDS_PHRASE.match(text[end:]):
        return []  # "from March 3 to 12 percent", "October 11 and 13 people": a count, not a day
    r = resolve_at(start + m.start(written), start + m.end(written))
    if r is None or r.granularity != "day" or r.start != r.end:
        return []
    try:
        other = r.start.replace(day=_day(m[bare]))
    except ValueError:  # "February 30"
        return []
    first, second = (r.start, other) if written == "a" else (other, r.start)
    if not first < second:
        return []
    days = {written: r.start, bare: other}
    return [(start + m.start(k), start + m.end(k), Resolved(days[k], days[k], "day")) for k in ("a", "b")]
