"""Clock times written in four digits ("at 1430 GMT", "from 0900 to 1315 CST", "as of 1800 AEST").

Wire and broadcast copy gives times of day as four digits before a time zone; spaCy calls them DATE and
dateparser reads them as years, so "the talks resume at 1030 GMT" put the year 1030 in the date facet and
"at 2000 GMT" the year 2000. On the 45 real-archive corpora, 130 such clock numbers (16 corpora, BBC 2005
to Rappler 2023) gave 50 date mentions, none a date. A clock number is one of 0000-2359 with a zone, "hrs" or
"local time" after it, directly or after a second clock ("1430 EST/1930 GMT"). It is cut from the end or the
start of a date span; what is left is dated as it would have been ("Friday" of "1700 GMT on Friday").
"""
from __future__ import annotations

import re

_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"
# Upper-case zones only: "2000 est." or "1990 cat" are not times. "local" alone ends "the 2000 local elections".
_ZONE = (r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|IST|PKT|JST|KST|HKT|SGT|WIB|"
         r"AEST|AEDT|ACST|AWST|NZST|NZDT|SAST|EAT|WAT|CAT|[Gg]mt|hrs|local\s+time|local\s*/)")
_ZONE_AFTER = re.compile(rf"\s*(?:(?:-|–|to|and|/)\s*{_HHMM}\s*)?{_ZONE}(?![A-Za-z])")
_CLOCK_AT_END = re.compile(rf"(?:^|(?<=[\s(]))(?:(?:from|at|by|until|till|to|as\s+of|before|after|around|about)\s+)*{_HHMM}$",
                           re.I)
_CLOCK_AT_START = re.compile(rf"{_HHMM}(?=\s)")  # used with .match(text, pos): anchored there
_LEADING = re.compile(r"[\s,;:/()]*(?:(?:on|at)\s+)?")
_DANGLING = re.compile(r"(?:[\s,(]+|\s+(?:from|at|by|until|till|to|as\s+of|before|after|around|about|on))+$", re.I)


def cut_clock(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without a four-digit clock time at either end (start == end when nothing is left)."""
    while (m := _CLOCK_AT_END.search(text, start, end)) and _ZONE_AFTER.match(text, end):
        end = m.start()  # again for "from 1130 to" + "1215 GMT": the first clock has the second and its zone after it
        if dangling := _DANGLING.search(text, start, end):
            end = dangling.start()
    m = _CLOCK_AT_START.match(text, start, end)
    if m and (zone := _ZONE_AFTER.match(text, m.end())):
        start = min(end, zone.end())
        if lead := _LEADING.match(text, start, end):
            start = lead.end()
    return (start, end) if start < end else (start, start)
