"""A day of the month in brackets after a day word: "today (03)", "yesterday (20)", "on Friday (22)".

Some papers restate the calendar day of a relative day word in brackets (of our corpora, Sri Lankan ones:
Ada Derana in handmade11, the Daily Mirror in dailymirror_lk2024; the Indian, Bangladeshi and Pakistani corpora
never do). The number is a single day of its own (TimeML annotates it as one, as our gold does), and it
settles the day word's reading: "on Friday (22)" in a Tuesday 26th story is the Friday that is the 22nd,
whichever way the clause's tense pointed, and "today (03)" in a story the archive stamps the 4th is the 3rd.

Only a number 1-31 that is the day of the month of a day within a week of publication counts (one such day at
most: a 15-day window never holds one day of the month twice); for a weekday that day must also be that
weekday, for a day word ("today", "last evening") within two days of the word's own day. Anything else ("Act (17)", "aged (22)", a weekday whose 22nd is another weekday) is left alone.

Measured (round 14, issue 14): on handmade11 (Sri Lankan news 2025) single days .963/.782/.863 -> .977/.940/.958
(P/R/F1; all spans .977/.835/.901 -> .985/.937/.960: 19 bracketed numbers, "last evening", and "on Friday (22)"
read forward before); the 14 other seen sets unchanged. Of the South Asian entity corpora only dailymirror_lk2024
writes it: 44 in 41 of 703 stories, 43 dated (all checked by hand, right), 1 left ("last Thursday (7)", 8 days
back); they add 43 mentions and move 3 day words, all to the right day. bangladesh2026, hindu2017,
india_news2018 and app_pk2025 have none.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from search.model import Mention

_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:morning|afternoon|evening|night)"
# The day word as written, then the bracketed number. Case as papers write it: day words either way,
# weekdays capitalised (the lower-case word is rare and names are not followed by a day number anyway).
_BRACKETED = re.compile(
    rf"\b(?P<w>(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+(?:on\s+)?)?(?:(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)"
    rf"(?:\s+{_PART})?|(?:[Ll]ast|[Tt]his)\s+{_PART}|(?:(?:[Ll]ast|[Tt]his|[Nn]ext)\s+)?{_WEEKDAYS}(?:\s+{_PART})?))"
    r"\s*\(\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*\)")
_WEEKDAY_IN = re.compile(_WEEKDAYS)
_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def bracketed_day(word: str, number: str, base: date) -> date | None:
    """The day that ``number`` names after ``word``, or None when it names none near ``base``."""
    n = int(number)
    if not 1 <= n <= 31:
        return None
    day = next((d for k in range(-7, 8) if (d := base + timedelta(days=k)).day == n), None)
    if day is None:
        return None
    if wd := _WEEKDAY_IN.search(word):
        return day if _NAMES.index(wd.group()) == day.weekday() else None
    # A day word's bracket restates its own day, or the one next to it when the story was stamped a day late or
    # early ("yesterday (12)" in a paper of the 14th); farther off, the number is something else ("today (3)"
    # numbering a list).
    low = word.lower()
    own = base + timedelta(days=-1 if "yesterday" in low or low.startswith("last") else 1 if "tomorrow" in low else 0)
    return day if abs((day - own).days) <= 2 else None


def bracketed_days(found: list[Mention], texts: dict[int, str], base: date | None) -> list[Mention]:
    """``found`` with each bracketed day: the day word's mention set to it (or added, when the word was not
    found: "last evening (20)"), and the number added as a single day of its own. Running it twice changes
    nothing more (the article pass runs it before and after the passes that move weekdays)."""
    if base is None:
        return found
    out = list(found)
    for n, text in texts.items():
        for b in _BRACKETED.finditer(text):
            day = bracketed_day(b["w"], b["d"], base)
            if day is None:
                continue
            iso = day.isoformat()
            ws, we, ds, de = b.start("w"), b.end("w"), b.start("d"), b.end("d")
            over = [i for i, m in enumerate(out) if m.paragraph == n and m.start < de and ws < m.end]
            if any(out[i].value != out[i].date_end for i in over):
                continue  # inside a longer stretch ("from Monday (20) to ..."): the range decides
            # A mention reaching into the brackets ("Friday (22") is cut back to the word.
            word = next((i for i in over if out[i].start < we), None)
            if word is not None:
                m = out[word]
                out[word] = replace(m, end=min(m.end, we), text=text[m.start:min(m.end, we)], value=iso, date_end=iso)
            else:
                out.append(Mention(paragraph=n, start=ws, end=we, text=text[ws:we], kind="date", value=iso,
                                   date_end=iso, granularity="day", label="BRACKET"))
            if not any(m.paragraph == n and m.start < de and ds < m.end and m.start >= ds for m in out):
                out.append(Mention(paragraph=n, start=ds, end=de, text=text[ds:de], kind="date", value=iso,
                                   date_end=iso, granularity="day", label="BRACKET"))
    return sorted(out, key=lambda m: (m.paragraph, m.start))
