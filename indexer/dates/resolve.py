"""Turn one date expression ("June 24-25", "last month", "Monday") into a start day, end day and granularity.

Everything is relative to ``base``, the article's publication day, never the machine clock: a 2025
story read in 2026 must still put "June 30" in 2025. Without a base only expressions that carry
their own year resolve. Explicit forms are handled by rules (they are exact and cheap); relative
forms live in relative.py; whatever is left but still looks calendar-like goes to dateparser with
``RELATIVE_BASE`` set to the base.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from indexer.dates.context import Context, Resolved
from indexer.dates.patterns import (
    DASH,
    DAY,
    MONTH,
    WEEKDAY,
    YEAR,
    month_end,
    month_number,
    nearest_month_year,
    nearest_year,
    safe_date,
    short_year_day,
)

# Words in front of a date that change nothing about which date it is.
_LEADING = re.compile(r"^(?:(?:on|in|since|from|by|until|till|as of|(?:as )?early as|(?:as )?late as|as soon as|"
                      r"no later than|starting|beginning|around|about|before|after|during|of|at least|at|to|"
                      r"sometime|some time|both|either|through)\s+)+")  # "at least" before "at": first match wins
# Cues shortly before a span, in the same clause, that the date lies after publication ("will meet on
# Friday", "expected as early as July"). Deliberately short: "by" and "until" also start past-tense
# phrases ("struck by drones on Monday"), so they only count at the very start of the span.
_FUTURE_CUE = re.compile(r"\b(?:will|is due|are due|due to|expected|scheduled|set to|plans? to|ahead of|"
                         r"as soon as|as early as|next|upcoming)\b[^.;]{0,80}$", re.I)


# "the Feb. 23 accord", "the Tuesday deadline": a date between "the" and the noun it qualifies.
# A photo credit closing the paragraph: the paragraph is a caption.
_CAPTION_CREDIT = re.compile(r"(?:^|[.!?]\s+|\s[|/-]\s)(?:Image|Photo|Photograph|Picture)\s*:\s*[A-Z][^.]*\.?\s*$")
_ATTRIBUTIVE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(r"\s+[\"“‘]?(?!(?:of|and|or|to|through|until|till|before|after|when|that|which|in|on|at|for|"
                                r"with|as|is|was|were|will|would|has|had|a\.m|p\.m)\b)[a-z][a-z-]+\b")


def clean(text: str) -> str:
    """Lowercase, single-spaced, without trailing glue ("June 25.According") or dangling "and"/"or"."""
    s = re.split(r"\.(?=[A-Za-z\"“'])", text, maxsplit=1)[0] if re.search(r"\d\.[A-Z\"“]", text) else text
    s = " ".join(s.lower().replace("’", "'").split())
    s = re.sub(r"(?:\s+(?:and|or|of|to|the))+$", "", s).strip(" ,;:\"“”")
    return re.sub(r"(?<=[a-z])'s$", "", s)  # "December's figures": the month


def future_cue(before: str, text: str) -> bool:
    """Does the span or the words just before it say the date is still to come?"""
    s = text.lower()
    if re.search(r"\b(?:next|coming|upcoming)\b", s) or re.match(r"(?:as soon as|as early as|by|until)\b", s):
        return True
    clause = re.split(r"[.;!?]\s", before)[-1] if before else ""
    return bool(_FUTURE_CUE.search(clause))


def _month_part(mod: str | None, year: int, month: int) -> tuple[date, date]:
    """Early / mid / late narrow a month to its first, middle or last third."""
    last = month_end(year, month)
    if mod in ("early", "beginning of", "the beginning of", "start of", "the start of"):
        return date(year, month, 1), date(year, month, 10)
    if mod == "mid":
        return date(year, month, 11), date(year, month, 20)
    if mod in ("late", "end of", "the end of"):
        return date(year, month, 21), last
    return date(year, month, 1), last


_MD = re.compile(
    rf"^(?:between\s+)?(?:the\s+)?(?:(?P<mod>early|late|earlier|later|mid)(?:\s+on)?[\s-]+)?"
    rf"(?:{WEEKDAY}(?:\s*(?:and|or|-|–)\s*{WEEKDAY})?,?\s+)?"
    rf"(?:(?P<m1>{MONTH})\s+(?P<d1>{DAY})|(?P<d1b>{DAY})\s+(?:of\s+)?(?P<m1b>{MONTH}))"
    rf"(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?(?:,?\s+(?P<y>{YEAR})|,?\s+(?P<rel>last|this|next)\s+year)?$"
)


def month_day(s: str, base: date | None, way: str | None = None) -> Resolved | None:
    """ "June 30", "Nov. 17, 2024", "June 24-25", "Friday and Saturday, June 27-28", "May 18 and 21, 1944".

    Without a year, ``way`` ("past"/"future", from tense.direction) picks the occurrence on that side of
    publication ("the fiscal year ended Jan. 31", "effective June 1"); without a cue the nearest wins.
    """
    m = _MD.match(s)
    if not m:
        return None
    m1 = month_number(m["m1"] or m["m1b"])
    d1 = int(re.match(r"\d+", m["d1"] or m["d1b"]).group())
    m2 = month_number(m["m2"]) if m["m2"] else m1
    d2 = int(re.match(r"\d+", m["d2"]).group()) if m["d2"] else d1
    if m["y"]:
        year = int(m["y"])
        if m["m2"] and m2 < m1:  # "Dec. 30-Jan. 2, 2025": the year belongs to the end
            year -= 1
    elif m["rel"] and base is not None:  # "on March 3 last year", "by June 5 next year"
        year = base.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    elif base is not None:
        year = _directed_year(m1, d1, base, way)
    else:
        return None
    if year is None:  # an impossible month-day ("June 31") has no nearest year
        return None
    start = safe_date(year, m1, d1)
    end = safe_date(year + (1 if m2 < m1 else 0), m2, d2)
    if start is None or end is None or end < start:
        return None
    return Resolved(start, end, "day")


_JUST_PASSED_DAYS = 31
_CLOCK_LAG_DAYS = 2


def _directed_year(month_: int, day: int, base: date, way: str | None) -> int | None:
    """Year of a month-day: the nearest (preferring the past), or the nearest on the side ``way`` says."""
    if way == "future" and (this_year := safe_date(base.year, month_, day)) is not None:
        if this_year >= base:
            return base.year
        # "to repatriate the child by Jan. 14" in a Jan. 15 story: a deadline just passed, not one a year
        # away (a date that far ahead is written with its year).
        return base.year if (base - this_year).days <= _JUST_PASSED_DAYS else base.year + 1
    if way == "past" and (this_year := safe_date(base.year, month_, day)) is not None:
        # "The study, published January 24" on a page stamped January 23: the stamp lags the text (time zones,
        # a web date set before the dateline's); a day a year back would have been written with its year.
        return base.year if (this_year - base).days <= _CLOCK_LAG_DAYS else base.year - 1
    return nearest_year(month_, day, base)


_MRANGE = re.compile(rf"^(?:between\s+)?(?P<m1>{MONTH})(?:\s+(?P<y1>{YEAR}))?{DASH}(?P<m2>{MONTH})(?:\s+(?P<y2>{YEAR}))?$")


def month_range(s: str, base: date | None, future: bool) -> Resolved | None:
    """ "May-June", "between January and April" (month granularity over several months)."""
    m = _MRANGE.match(s)
    if not m:
        return None
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    if m["y2"]:
        y2 = int(m["y2"])
    elif base is not None:
        y2 = nearest_month_year(m2, base, future)
    else:
        return None
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    return Resolved(date(y1, m1, 1), month_end(y2, m2), "month")


_MONTH = re.compile(
    rf"^(?:(?P<rel>last|this|next|this past|this coming|earlier in|later in|earlier this|the end of|end of|"
    rf"the beginning of|beginning of|the start of|start of|the middle of|early|late)\s+)?"
    rf"(?:(?P<mod>early|mid|late)[\s-]+)?(?P<m>{MONTH})(?:,?\s+(?:of\s+)?(?P<y>{YEAR}|that year|this year|last year|next year)|\s+(?P<yy>'\d\d|3[2-9]|[4-9]\d))?$"
)


def month(s: str, base: date | None, future: bool, before: str, way: str | None = None) -> Resolved | None:
    """ "June 2024", "in May", "last March", "early June", "mid-June", "September of that year"."""
    m = _MONTH.match(s)
    if not m:
        return None
    mon = month_number(m["m"])
    rel, mod = m["rel"], m["mod"]
    if rel in ("early", "late"):
        rel, mod = None, rel
    if rel in ("the middle of",):
        rel, mod = None, "mid"
    if rel and ("end of" in rel or "beginning of" in rel or "start of" in rel):
        rel, mod = None, rel.replace("the ", "")
    y = m["y"]
    if y and y.isdigit():
        year = int(y)
    elif m["yy"]:
        # "Dec 96", "June '97" (futures contracts, tables): the century nearest publication, 1900s without one.
        yy = int(m["yy"].lstrip("'"))
        century = (base.year // 100 * 100) if base else 1900
        year = min((century - 100 + yy, century + yy, century + 100 + yy), key=lambda c: abs(c - (base.year if base else 1950)))
        if base is None or abs(year - base.year) > 20:
            return None  # "June '45" is history: which century is not safe to guess
    elif y == "that year":
        # "September of that year": the year last written out earlier in the paragraph.
        years = re.findall(rf"\b({YEAR})\b", before)
        if not years:
            return None
        year = int(years[-1])
    elif base is None:
        return None
    elif y == "this year":
        year = base.year
    elif y == "last year":
        year = base.year - 1
    elif y == "next year":
        year = base.year + 1
    elif rel in ("last", "this past"):
        year = base.year if mon < base.month else base.year - 1
    elif rel in ("next", "this coming"):
        year = base.year if mon > base.month else base.year + 1
    elif rel in ("this", "earlier in", "later in", "earlier this"):
        year = base.year
    elif way == "past":
        year = base.year if mon <= base.month else base.year - 1
    else:
        year = nearest_month_year(mon, base, future)
    start, end = _month_part(mod, year, mon)
    return Resolved(start, end, "month")


_CALENDAR_WORD = re.compile(rf"\b(?:{MONTH}|{WEEKDAY}|{YEAR})\b|\d{{1,4}}[/-]\d{{1,2}}[/-]\d{{1,4}}")


def with_dateparser(s: str, base: date | None) -> Resolved | None:
    """Last resort for calendar-looking leftovers ("2025-07-03", "the 1st of July").

    Only text naming a month, a weekday or a year gets here: fed "we" or "now", dateparser answers
    with a date, which is how the old raw-text approach read "we" as Wednesday.
    """
    if not _CALENDAR_WORD.search(s):
        return None
    explicit_year = re.search(rf"\b{YEAR}\b", s)
    if base is None and not explicit_year:
        return None
    from dateparser.date import DateDataParser  # slow import, only when needed

    anchor = base or date(int(explicit_year.group()), 1, 1)
    settings = {
        "RELATIVE_BASE": datetime(anchor.year, anchor.month, anchor.day),
        "PREFER_DATES_FROM": "past",
        "RETURN_TIME_AS_PERIOD": False,
    }
    if base is None:
        settings["REQUIRE_PARTS"] = ["year"]
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(s)
    if data is None or data.date_obj is None:
        return None
    d = data.date_obj.date()
    period = data.period or "day"
    if period == "month":
        return Resolved(d.replace(day=1), month_end(d.year, d.month), "month")
    if period == "year":
        return Resolved(date(d.year, 1, 1), date(d.year, 12, 31), "year")
    if period == "week":
        monday = d - timedelta(days=d.weekday())
        return Resolved(monday, monday + timedelta(days=6), "week")
    return Resolved(d, d, "day")


_WEEK_OF = re.compile(rf"^(?:the\s+)?week\s+of\s+(?P<md>(?:{MONTH})\s+{DAY}(?:,?\s+{YEAR})?)$")


def week_of(s: str, base: date | None, way: str | None) -> Resolved | None:
    """ "the week of March 6": Monday..Sunday of the week holding that day."""
    m = _WEEK_OF.match(s)
    if not m:
        return None
    day = month_day(m["md"], base, way)
    if day is None:
        return None
    monday = day.start - timedelta(days=day.start.weekday())
    return Resolved(monday, monday + timedelta(days=6), "week")


def resolve(text: str, base: date | None, before: str = "", after: str = "",
            context: Context | None = None) -> Resolved | None:
    """Resolve one date expression; None when it is not a date or cannot be placed honestly.

    ``context`` carries what earlier mentions of the same document resolved to, for anaphora like
    "a year earlier" or "the quarter"; without it those stay unresolved.
    """
    from indexer.dates import named_days, periods, relative, years
    from indexer.dates.country import owner_country
    from indexer.dates.not_dates import in_days_ahead
    from indexer.dates.spoken import digits_for_spoken
    from indexer.dates.tense import AHEAD_OF, direction

    s = digits_for_spoken(clean(text), base)
    s = _LEADING.sub("", s).strip()
    # "this coming Sunday, March 8": the month-day decides; the modifier only agrees with it.
    s = re.sub(rf"^(?:this coming|this past|this|next|last)\s+(?={WEEKDAY},?\s+{MONTH}\s+{DAY})", "", s)
    s = re.sub(r"^(?:the\s+)?day\s+(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", "", s)
    # "earlier on Tuesday", "late on Monday" (wire style): the part of the day, as in "late Monday".
    s = re.sub(r"^(earlier|later|early|late)\s+on\s+(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)",
               r"\1 ", s)
    # "the early hours of Thursday morning", "the evening of Friday": a part of that day.
    s = re.sub(r"^(?:the\s+)?(?:(?:early|small|wee|late)\s+)?(?:hours|morning|afternoon|evening|night)\s+of\s+"
               r"(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b)", "", s)
    # "9 a.m. Tuesday", "15:00 GMT Saturday", "midnight April 28": the time of day does not change the day.
    s = re.sub(r"^(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:\(?(?:gmt|utc|[ecmp][sd]t|local time)\)?\s*)?"
               r"(?:on\s+)?(?=(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday)\b)", "", s)
    # Before a month-day only an unmistakable time: "3 March 1998" is a day, "midnight April 28" a time.
    s = re.sub(r"^(?:at\s+)?(?:midnight|noon|\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[:.]\d\d)\s*"
               rf"(?:\(?(?:gmt|utc|[ecmp][sd]t|local time)\)?\s*)?(?:on\s+)?(?={MONTH}\s+\d)", "", s)
    if not s:
        return None
    # "since April" looks back even in a sentence about what "will" happen.
    if re.fullmatch(YEAR, s) and re.match(r"\s+(?:fiscal\s+)?(?:period|quarter)\b", after):
        s += " period"  # "the 1988 period": that year's instance of the quarter under discussion
    if (same := periods.same_period_of(s, before, context)) is not None:
        return same[0]  # "the same month in 1995": the stretch just named, in that year (or no date)
    if re.fullmatch(r"last year|a year (?:ago|earlier)", s) and re.search(r"\b(?:period|quarter)\s*$", before):
        s = "the year-earlier period"  # "the corresponding period last year"
    since = re.search(r"\bsince\s*$", before, re.I)
    if base is not None and re.fullmatch(r"year(?:[\s-]|'s\s+)end", s):
        # "complete the deal by year-end", "the change since year-end": a boundary, the year's last day
        # (this year's; the last one passed after "since"). "around year end" stays December.
        edge = re.search(r"\b(by|since|until|till|as of)\s+(?:the\s+)?year(?:[\s-]|'s\s+)end$",
                         " ".join((before + " " + clean(text)).split()), re.I)
        if edge:
            y = base.year - 1 if edge.group(1).lower() == "since" else base.year
            return Resolved(date(y, 12, 31), date(y, 12, 31), "day")
    way = "past" if since else direction(before, clean(text), after=after)
    if way is None and _CAPTION_CREDIT.search(after):
        way = "past"  # a photo caption ("the floor shortly after opening Friday. Image: J. Doe.") shows what was
    if (re.match(r"\s*(?:'s|’s)\b", after) and not since and not re.search(r"\b(?:next|coming|last|past|previous)\b", s)
            and (way == "future" or way == "past" and direction(before, clean(text)) == "past")
            and not AHEAD_OF.search(before)):
        # "get around Wednesday's ruling", "with just Sunday's race left": a day that names an event is not placed
        # by the tense of the clause around it (the verb after it is its own: "Friday's deadline passed").
        way = None
    # A year is only turned backwards by a past verb right before the date ("ended Jan. 31").
    near_way = "past" if since else direction(before, clean(text), reach=True, after=after)
    if (_ATTRIBUTIVE_BEFORE.search(before) and _ATTRIBUTIVE_AFTER.match(after) and not re.search(r"\b(?:next|coming)\b", s)
            and (re.search(r"\d", s) or re.search(r"\bby\s+the\s+$", before, re.I))):
        # "as laid down by the Feb. 23 accord", "would look into the Aug. 7 blasts": a date naming an event
        # is not placed by the clause's tense ("by", "would" are about the sentence, not the accord). A
        # weekday only after "by the" ("by the Tuesday deadline"): "will attend the Friday meeting" is ahead.
        way = None if way == "future" else way
        near_way = None if near_way == "future" else near_way
    future = way == "future"
    if base is not None and (ahead := in_days_ahead(s, before, after)) is not None:
        d = base + timedelta(days=ahead)  # "will debate in one week"
        return Resolved(d, d, "day")
    if (base is not None and near_way == "past" and base.month < 12
            and re.fullmatch(r"(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|year[\s-]end", s)):
        # "flu cases peaked by the end of the year" in a March story: a past event, so last year's end.
        return Resolved(date(base.year - 1, 12, 1), date(base.year - 1, 12, 31), "month")
    if base is not None and (anchor := years.sentence_year(before, base)) is not None and (md := _MD.match(s)) \
            and not md["y"] and not md["rel"]:
        s = f"{s}, {anchor}"  # "Last summer, Hurricane Barry hit Louisiana on July 13": that summer's July 13
    for attempt in (
        lambda: week_of(s, base, near_way),
        lambda: month_day(s, base, near_way),
        lambda: month_range(s, base, future),
        lambda: month(s, base, future, before, near_way),
        lambda: years.year(s),
        lambda: years.decade(s),
        lambda: years.season(s, base),
        lambda: periods.resolve_period(s, base, way, context),
        lambda: relative.resolve_relative(s, base, future, way is None),
        lambda: named_days.resolve_named_day(s, base, way, owner_country(before, after)
                                             or (context.country() if context is not None else None)),
    ):
        r = attempt()
        if r is not None:
            return r
    embedded = _embedded(s, base, way, before, after)
    if embedded is not None:
        return embedded
    short = short_year_day(s, base)
    if short is not None:
        return Resolved(short, short, "day")
    return with_dateparser(s, base)


_EMBEDDED_MD = re.compile(rf"(?P<md>(?:{MONTH})\s+{DAY}(?:{DASH}(?:{MONTH}\s+)?{DAY})?(?:,?\s+{YEAR})?)$")


def _embedded(s: str, base: date | None, way: str | None = None, before: str = "", after: str = "") -> Resolved | None:
    """A month-day at the end of a longer phrase: "the weekend of June 7-8", "earlier on June 30".

    Not when the phrase joins two dates ("today through Nov. 17", "the quarter ended Sept. 30"): those
    are split into their parts by mentions.py. A phrase with a verb of its own ("the current fiscal year
    ends Sept. 30") is the date's clause: that verb, not one before the phrase, gives the way.
    """
    from indexer.dates.tense import _CUE, direction

    m = _EMBEDDED_MD.search(s)
    if not m or re.search(r"\b(?:to|through|until|till|and|or|ended|ending|from)\s*$", s[:m.start()]):
        return None
    if _CUE.search(s[:m.start()]):
        way = direction(before + " " + s[:m.start()], m["md"], after=after)
    return month_day(m["md"], base, way)
