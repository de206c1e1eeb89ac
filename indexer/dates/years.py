"""Years, decades and seasons: stretches named without a month-day ("2022", "late 2024", "1995-96",
"the 1980s", "last summer"). Split from resolve.py, which tries them in its chain of resolvers.
"""
from __future__ import annotations

import re
from datetime import date

from indexer.dates.context import Resolved
from indexer.dates.patterns import DASH, YEAR, month_end

_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
_SEASON = re.compile(rf"^(?:(?P<rel>this|last|next|the|this past)\s+)?(?:(?P<mod>early|late)\s+)?"
                     rf"(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?$")


def season(s: str, base: date | None) -> Resolved | None:
    m = _SEASON.match(s)
    if not m:
        return None
    first, last = _SEASONS[m["s"]]
    if m["y"]:
        year = int(m["y"])
    elif base is None or m["rel"] is None and m["mod"] is None:
        return None  # a bare "winter" ("dressed in winter clothing") is a kind of thing, not a time
    else:
        # The season that began most recently (possibly still under way).
        year = base.year if base.month >= first or first == 12 and base.month <= 2 else base.year - 1
        if first == 12 and base.month <= 2:
            year -= 1
        inside = base.month in ((12, 1, 2) if first == 12 else range(first, last + 1))
        if m["rel"] == "last":
            # "last summer" in an April story is the summer of the year before, the most recent one; only
            # while a summer is under way does it mean the one before that.
            year -= 1 if inside else 0
        elif m["rel"] == "this" and not inside and first != 12 and base.month < first:
            year += 1  # "this summer" in an April story: the one coming in that same calendar year
        elif m["rel"] == "next":
            year += 1
    start = date(year, first, 1)
    end = month_end(year + (1 if last < first else 0), last)
    return Resolved(start, end, "month")


_YEAR = re.compile(
    rf"^(?:between\s+)?(?:(?P<mod>early|mid|late|the end of|end of|the beginning of|the start of|the first half of|"
    rf"the second half of|the last half of|the latter half of|the first quarter of|the second quarter of|"
    rf"the third quarter of|the fourth quarter of|the final quarter of|fiscal|calendar)[\s-]+)?(?P<y>{YEAR})(?:'s)?"
    rf"(?:{DASH}(?P<y2>{YEAR})|\s*[-–/]\s*(?P<yy>\d\d))?$"
)
_YEAR_PARTS = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12), "the end of": (10, 12), "end of": (10, 12),
    "the beginning of": (1, 3), "the start of": (1, 3), "the first half of": (1, 6),
    "the second half of": (7, 12), "the first quarter of": (1, 3), "the second quarter of": (4, 6),
    "the third quarter of": (7, 9), "the fourth quarter of": (10, 12), "the final quarter of": (10, 12),
    "the last half of": (7, 12), "the latter half of": (7, 12),
}


def year(s: str) -> Resolved | None:
    """ "2022", "1944", "late 2024", "the first half of 2025", "between 1984 and 1991"."""
    m = _YEAR.match(s)
    if not m:
        return None
    y = int(m["y"])
    y2 = int(m["y2"]) if m["y2"] else y
    if m["yy"]:  # "1995-96", "1996/97": a season or fiscal year across two calendar years
        y2 = y // 100 * 100 + int(m["yy"])
        y2 += 100 if y2 < y else 0
        if y2 - y > 9:
            return None  # "1996-20": no season
    if y2 < y:
        return None
    first, last = _YEAR_PARTS.get(m["mod"] or "", (1, 12))
    return Resolved(date(y, first, 1), month_end(y2, last), "year")


_DECADE = re.compile(r"^(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<d>1\d{2}0|20\d0)'?s$")


def decade(s: str) -> Resolved | None:
    """ "the 1980s", "early 1990s"."""
    m = _DECADE.match(s)
    if not m:
        return None
    d = int(m["d"])
    first, last = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get(m["mod"] or "", (0, 9))
    return Resolved(date(d + first, 1, 1), date(d + last, 12, 31), "decade")


# A sentence that opens with the year it tells about: "In 2019, ...", "Last year ...", "Last summer, ...".
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"'”’]?\s+)(?=[\"“‘']?[A-Z])(?P<rest>[^.!?]*)$")
# Also a short opening phrase that ends in its year ("In one case in 1982,", "Back in 2005,", "During the London
# Olympics in 2012,", "But in 2019,"); not a noun phrase that opens as the subject ("And the decision in 2012, ...").
_OPENING_YEAR = re.compile(rf"^[\"“‘']?(?:(?:In|During)\s+(?:(?:early|late|mid-?)\s*)?(?P<y>{YEAR})\b|"
                           r"Last\s+(?P<unit>year|summer|spring|autumn|fall|winter)\b|"
                           rf"(?:(?:In|During|Back|Earlier|Later|Then|Once)(?:\s+[\w'’-]+){{0,4}}?|And|But)\s+in\s+(?P<y2>{YEAR}),)"
                           r"(?!['’-])")


def sentence_year(before: str, base: date) -> int | None:
    """The year a sentence's opening adverbial names, for a month-day later in it without its own year
    ("In 2018, the plant was fined on June 3"; "Last year, ... on July 13"): the sentence is about that year,
    not about the months around publication. None when another year stands between them."""
    masked = re.sub(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Gov|Gen|Sen|Rep|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|U\.S)\.",
                    lambda m: m.group()[:-1] + "_", before)
    m = _SENTENCE_START.search(masked)
    if not m or not (o := _OPENING_YEAR.match(m["rest"])) or re.search(YEAR, m["rest"][o.end():]):
        return None
    if o["y"] or o["y2"]:
        return int(o["y"] or o["y2"])
    if o["unit"] == "year":
        return base.year - 1
    last_one = season(f"last {o['unit']}", base)
    return last_one.start.year if last_one is not None and o["unit"] != "winter" else None
