"""Round 63: "Londoners", "New Yorkers", "Parisians": the people of a place, named after it, are no place.

The model tags a city's people GPE or NORP by their shape, and with no gazetteer reading such a word stayed a place of
its own name: a UK regional archive (BBC regional pages, the Evening Standard) listed "Londoners" among its places in
17 mentions. A word that is a place's name with "ers", "ians" or "ites" after it ("London"+"ers", "Paris"+"ians",
"Brooklyn"+"ites"), and no place of its own, is the place's people: no mention. The place's name has five letters or
more and is a region's, a country's or a big city's ("Hammers", "Peters", "Lakers" are no people of a small town).
NEWSFACET_CITY_PEOPLES=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import places, switches

_PEOPLE = re.compile(r"(.+?)(ers|ians|ites)")


def peoples(text: str) -> bool:
    """Whether ``text`` names the people of a place (module docstring)."""
    return text[-1:] == "s" and switches.get("NEWSFACET_CITY_PEOPLES", "1") != "0" and _peoples(text)


@lru_cache(maxsize=16384)
def _peoples(text: str) -> bool:
    m = _PEOPLE.fullmatch(text)
    if m is None or not text[:1].isupper() or places.candidates(text):
        return False
    stem = m.group(1)  # (five letters at least, a big city's or a region's: "Hammers" is no people of Hamm)
    return len(stem) >= 5 and any(p.kind in ("region", "country") or p.kind == "city"
                                  and p.population >= places.BIG_CITY for p in places.candidates(stem))
