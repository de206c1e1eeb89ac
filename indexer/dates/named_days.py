"""Holidays and other named days ("Thanksgiving Day", "Election Day", "Christmas", "New Year's Day").

The movable US federal holidays come from the ``holidays`` package, which knows their history
(Thanksgiving's fourth Thursday, Memorial Day's move to a Monday in 1971); fixed days and Easter are
simple rules. The year is the one nearest publication (preferring the past, as for a month-day), "last"
/ "next" or a written year, or the side the sentence's tense points to ("will be home for Christmas").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from functools import lru_cache

from indexer.dates.context import Resolved
from indexer.dates.patterns import YEAR
from indexer.dates.resolve import _JUST_PASSED_DAYS

# Our name -> the name the holidays package gives the US federal holiday.
_FEDERAL = {
    "new year's day": "New Year's Day",
    "martin luther king day": "Martin Luther King Jr. Day", "martin luther king jr. day": "Martin Luther King Jr. Day",
    "mlk day": "Martin Luther King Jr. Day",
    "presidents day": "Washington's Birthday", "presidents' day": "Washington's Birthday",
    "president's day": "Washington's Birthday", "washington's birthday": "Washington's Birthday",
    "memorial day": "Memorial Day", "independence day": "Independence Day", "fourth of july": "Independence Day",
    "july fourth": "Independence Day", "the fourth of july": "Independence Day",
    "labor day": "Labor Day", "columbus day": "Columbus Day", "veterans day": "Veterans Day",
    "veterans' day": "Veterans Day", "thanksgiving": "Thanksgiving Day", "thanksgiving day": "Thanksgiving Day",
    "christmas": "Christmas Day", "christmas day": "Christmas Day", "xmas": "Christmas Day",  # "Merry Xmas"
}


def _election_day(year: int) -> date:
    """US general elections: the Tuesday after the first Monday of November."""
    first = date(year, 11, 1)
    monday = first + timedelta(days=(0 - first.weekday()) % 7)
    return monday + timedelta(days=1)


def _easter(year: int) -> date:
    from dateutil.easter import easter

    return easter(year)


_RULES: dict[str, Callable[[int], date]] = {
    "new year's eve": lambda y: date(y, 12, 31),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14), "st. valentine's day": lambda y: date(y, 2, 14),
    "st. patrick's day": lambda y: date(y, 3, 17), "saint patrick's day": lambda y: date(y, 3, 17),
    # Fixed national days of other English-language news countries (and the US's newest federal holiday).
    "waitangi day": lambda y: date(y, 2, 6), "australia day": lambda y: date(y, 1, 26),
    "anzac day": lambda y: date(y, 4, 25), "canada day": lambda y: date(y, 7, 1),
    "bastille day": lambda y: date(y, 7, 14), "armistice day": lambda y: date(y, 11, 11),
    "remembrance day": lambda y: date(y, 11, 11), "juneteenth": lambda y: date(y, 6, 19),
    "election day": _election_day,
    "easter": _easter, "easter sunday": _easter,
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
}
# Named weeks: Monday..Sunday of the week holding the day.
_WEEKS = {"easter week": _easter, "holy week": _easter, "thanksgiving week": lambda y: day_of("thanksgiving", y),
          "christmas week": lambda y: date(y, 12, 25)}

# Names every country dates its own way: dated only where the article's country is known (country.py), from
# that country's own calendar (the holidays package: Pakistan's Independence Day is 14 August), else no date.
BY_COUNTRY = {"independence day": "independence day", "labor day": "labor day", "labour day": "labor day",
              "memorial day": "memorial day", "thanksgiving": "thanksgiving day", "thanksgiving day": "thanksgiving day",
              "election day": "election day"}
# "May Day" is May 1, the workers' day, unless the country's calendar has its own "May Day" (Britain's
# first Monday of May); it is not among the abstaining names, since its date rarely depends on the country.
_RULES["may day"] = lambda y: date(y, 5, 1)

_NAMES = "|".join(re.escape(n) for n in sorted(set(_FEDERAL) | set(_RULES) | set(_WEEKS) | set(BY_COUNTRY), key=len,
                                                reverse=True))
_NAMED = re.compile(rf"^(?:(?P<rel>last|this|next|this past|this coming|the)\s+)?(?P<name>{_NAMES})"
                    rf"(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?(?P<weekend>\s+(?:holiday\s+)?weekend)?$")


# Capitalised names in running text, for the regex pass in mentions.py ("was found Thanksgiving Day"); the
# apostrophe either way, as pages print it ("early on New Year’s Day", which spaCy often leaves untagged).
NAMED_DAY_RE = re.compile(
    r"\b(?:(?:last|next|this)\s+)?(?:New Year['’]s (?:Day|Eve)|Christmas(?: Day| Eve)?|Xmas|Thanksgiving(?: Day)?|Election Day|"
    r"Memorial Day|Labou?r Day|May Day|Independence Day|Veterans['’]? Day|Columbus Day|Presidents['’]? Day|"
    r"Martin Luther King(?: Jr\.)? Day|Easter(?: Sunday| Monday| week)?|Good Friday|Halloween|Valentine['’]s Day|"
    r"St\. Patrick['’]s Day|Boxing Day|Holy Week|Waitangi Day|Australia Day|Anzac Day|ANZAC Day|Canada Day|Bastille Day|"
    r"Armistice Day|Remembrance Day|Juneteenth)(?:,?\s+(?:1[0-9]{3}|20[0-9]{2}))?(?:\s+(?:holiday\s+)?weekend)?(?!\w)")


@lru_cache(maxsize=256)
def _federal(year: int) -> dict[str, date]:
    import warnings

    with warnings.catch_warnings():
        # holidays 0.x announces its future 1.0 API on import; nothing here depends on what changes.
        warnings.simplefilter("ignore")
        import holidays

    return {name: day for day, name in holidays.country_holidays("US", years=year).items() if "observed" not in name}


@lru_cache(maxsize=256)
def _national(country: str, year: int) -> dict[str, date]:
    """A country's own holidays in ``year`` by lower-case name ("labour" spelt "labor"); {} for a country
    the holidays package does not know."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import holidays

        try:
            days = holidays.country_holidays(country, years=year)
        except NotImplementedError:
            return {}
    return {name.lower().replace("labour", "labor"): day for day, name in sorted(days.items()) if "observed" not in name}


def day_of(name: str, year: int, country: str | None = "US") -> date | None:
    """The date of a named day in ``year`` (in ``country``'s calendar, for the names in BY_COUNTRY), or None
    when it did not exist then (MLK Day before 1986) or is not that country's."""
    if name == "may day" and country not in (None, "US"):
        return _national(country, year).get("may day") or _RULES[name](year)
    if name in BY_COUNTRY:
        if country is None:
            return None
        if country != "US" or name == "labour day":
            return _national(country, year).get(BY_COUNTRY[name])
        name = {"labour day": "labor day"}.get(name, name)
        if name == "election day":
            return _RULES[name](year)
    if name in _WEEKS:
        return _WEEKS[name](year)
    if name in _RULES:
        return _RULES[name](year)
    return _federal(year).get(_FEDERAL[name])


def resolve_named_day(s: str, base: date | None, way: str | None, country: str | None = None) -> Resolved | None:
    """``country``: the article's (country.py), for the names in BY_COUNTRY; None leaves them undated."""
    m = _NAMED.match(s.replace("’", "'"))
    if not m:
        return None
    name, rel = m["name"], m["rel"] or ""
    if name.startswith("thanksgiving") and country not in ("CA", "??"):  # "??": a foreign people named (country.py)
        # Only the US and Canada keep a Thanksgiving, and a Canadian story names Canadian places: anywhere else
        # it is America's (the NYT's "plucked from the Atlantic on Thanksgiving Day", a story set in Cuba).
        country = "US"
    if name in BY_COUNTRY and country is None:
        return None
    if m["y"]:
        d = day_of(name, int(m["y"]), country)
    elif base is None:
        return None
    else:
        cands = [(y, day_of(name, y, country)) for y in (base.year - 1, base.year, base.year + 1)]
        days = [d for _, d in cands if d is not None]
        if name in _WEEKS:  # a named week is placed by its Monday: "as Easter week began" on that Monday
            days = [d - timedelta(days=d.weekday()) for d in days]
        if not days:
            return None
        past = [d for d in days if d <= base]
        ahead = [d for d in days if d >= base]
        if rel in ("last", "this past") or way == "past":
            d = max(past) if past else None
        elif rel in ("next", "this coming"):
            d = min(ahead) if ahead else None
        elif way == "future":
            # "As we move past Labor Day, we will ..." the day after it: a holiday just passed, not next
            # year's (as for month-days, resolve._JUST_PASSED_DAYS: a day a year away is written with its year).
            recent = [d for d in past if 0 < (base - d).days <= _JUST_PASSED_DAYS]
            d = max(recent) if recent else min(ahead) if ahead else None
        else:
            back = (base - max(past)).days if past else None
            fwd = (min(ahead) - base).days if ahead else None
            d = max(past) if fwd is None or (back is not None and back <= 2 * fwd) else min(ahead)
    if d is None:
        return None
    if name in _WEEKS:
        monday = d - timedelta(days=d.weekday())  # idempotent for the Monday chosen above
        return Resolved(monday, monday + timedelta(days=6), "week")
    if m["weekend"]:
        # "the Labor Day weekend": the Saturday and Sunday before a Monday holiday, after a Thursday or
        # Friday one ("the Thanksgiving weekend"), around it otherwise; the holiday itself when it is a Monday.
        saturday = d + timedelta(days=(5 - d.weekday()) % 7) if d.weekday() in (3, 4) else d - timedelta(days=(d.weekday() - 5) % 7)
        return Resolved(saturday, max(saturday + timedelta(days=1), d), "day")
    return Resolved(d, d, "day")
