"""Second looks at one paragraph's resolved days, once every date in it is read: a day word restated by an
explicit day, a weekday stretch whose end fell before its start.

Kept apart from mentions.py (which finds and resolves the spans); article.py reads PLAIN_WEEKDAY too.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from indexer.dates.patterns import WEEKDAYS
from search.model import Mention

# A bare weekday as written ("on Friday", "Friday's", "Friday night"): what agree_weekdays (article.py) and the
# restated-day pass compare across a story.
PLAIN_WEEKDAY = re.compile(r"(?:on\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")(?:'s|’s)?"
                           r"(?:\s+(?:morning|afternoon|evening|night))?", re.I)
BARE_WEEKDAY = re.compile(r"^(?:" + "|".join(WEEKDAYS) + r")$", re.I)


# "published today (Oct. 28)", "it had to be tonight – Dec. 30": an explicit day in brackets or after a dash right
# after a relative day word restates it, and wins (a story is often published a day or more after it was written).
_DAY_WORD = re.compile(r"(?:today|tonight|yesterday|tomorrow)(?:'s|’s)?", re.I)
_RESTATED = re.compile(r"\s*(?:\(|[–—]|--?)\s*$")


def restated_days(text: str, found: list[Mention]) -> list[Mention]:
    out = list(found)
    for i, m in enumerate(out):
        if not _DAY_WORD.fullmatch(m.text):
            continue
        nxt = next((n for n in out if n.start > m.end), None)
        if (nxt is not None and nxt.value == nxt.date_end and re.search(r"\d", nxt.text)
                and _RESTATED.match(text[m.end:nxt.start])):
            out[i] = replace(m, value=nxt.value, date_end=nxt.date_end)
    return out


_RANGE_WORD = re.compile(r"\s*(?:to|through|until|till|-|–)\s*", re.I)


def ordered_weekday_ranges(text: str, found: list[Mention]) -> list[Mention]:
    """ "runs from Thursday to Sunday": a stretch ends after it starts. When the two weekdays were read on different
    sides of publication (the first as the coming one, the second as the last one), the end is the one after."""
    for i in range(1, len(found)):
        a, b = found[i - 1], found[i]
        if (BARE_WEEKDAY.match(b.text) and _RANGE_WORD.fullmatch(text[a.end:b.start]) and a.value == a.date_end
                and b.value == b.date_end and b.value < a.value and PLAIN_WEEKDAY.fullmatch(a.text)):
            day = (date.fromisoformat(b.value) + timedelta(days=7)).isoformat()
            found[i] = replace(b, value=day, date_end=day)
    return found
