"""A first-level region's name that is also a city's, written beside its country's other regions (round 56).

"State governments in Massachusetts and Washington have moved", "lawmakers in Oregon and Washington", "New South
Wales and Victoria": a list is one kind of thing, so the name beside other states is the state -- not the US
capital, nor the Canadian city of Victoria, which the gazetteer prefers by population when the name stands alone (a
fresh technology archive filed every such "Washington" under the District of Columbia). The neighbour must be a
first-level region by its own name (not a city's: "Seattle and Washington" reads nothing) of the same country as
the name's own region, one item away ("A and B", "A, B", "A or B", "A & B"), and no big city's name too ("the
attacks in New York and Washington" are the cities'); no "D.C." may follow the name.
NEWSFACET_REGION_LISTS=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import places, switches
from .gazetteer import country_name, fold
from .region_namesakes import big_city

_NAME = r"[A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,2}"
_BEFORE = re.compile(r"(?<![\w.’'\-])(%s)(?:\s*,|,?\s+and|,?\s+or|\s*&)\s+$" % _NAME)
_AFTER = re.compile(r"^(?:\s*,|,?\s+and|,?\s+or|\s*&)\s+(%s)" % _NAME)
DC_AFTER = re.compile(r"^,?\s*D\.?C\b")  # "Washington, D.C.": the capital, not the state (evidence's too)


def enabled() -> bool:
    return switches.get("NEWSFACET_REGION_LISTS", "1") != "0"


@lru_cache(maxsize=16384)
def own_regions(name: str) -> tuple:
    """The first-level regions called ``name`` by their own name ("Oregon"; "Washington" the state)."""
    return tuple(p for p in places.regions_named(name) if fold(p.name) == fold(name))


def _neighbour_countries(text: str, start: int, end: int) -> set[str]:
    out: set[str] = set()
    before = _BEFORE.search(text[max(0, start - 60):start])
    after = _AFTER.match(text[end:end + 60])
    for m in (before, after):
        if m is not None:
            name = m.group(1)
            for n in (len(name.split()), 2, 1):  # "in Oregon and": the whole capitalised run, else its last words
                words = name.split()[-n:] if m is before else name.split()[:n]
                found = own_regions(" ".join(words))
                if found and big_city(" ".join(words)):
                    break  # "in New York and Washington": the cities as likely, the list says nothing
                if found:
                    out.update(p.country_code for p in found)
                    break
    return out


def region_beside_regions(text: str, start: int, end: int):
    """places.Resolved of the region the name at text[start:end] is, when it is listed beside its country's
    regions (module docstring); else None."""
    if not enabled() or DC_AFTER.match(text[end:end + 5]):
        return None
    own = own_regions(text[start:end])
    if not own:
        return None
    countries = _neighbour_countries(text, start, end)
    fits = [p for p in own if p.country_code in countries]
    if len(fits) != 1:
        return None
    p = fits[0]
    return places.Resolved(p.name, (p.region,), country_name(p.country_code))


# Round 65: a country's name written beside another country's ("behind Pakistan, Burkina Faso and Niger") is the
# country, not a first-level region of that name abroad (Nigeria's Niger State, in a Guardian story that also named
# Nigeria) nor a town. NEWSFACET_COUNTRY_LISTS=0 turns it off.
def _own_country(name: str):
    return next((p for p in places.candidates(name) if p.kind == "country" and fold(p.name) == fold(name)), None)


def country_beside_countries(text: str, start: int, end: int):
    """places.Resolved of the country the name at text[start:end] is, when a neighbouring list item is a country by
    its own name; else None."""
    if switches.get("NEWSFACET_COUNTRY_LISTS", "1") == "0":
        return None
    own = _own_country(text[start:end])
    if own is None:
        return None
    before = _BEFORE.search(text[max(0, start - 60):start])
    after = _AFTER.match(text[end:end + 60])
    for m in (before, after):
        if m is not None:
            words = m.group(1).split()
            for n in range(len(words), 0, -1):  # the whole capitalised run, else its last (first) words
                if _own_country(" ".join(words[-n:] if m is before else words[:n])):
                    return places.reading(own)
    return None
