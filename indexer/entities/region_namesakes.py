"""A town's namesake in a first-level region its own article names, over a bigger namesake nothing else supports.

tag_entities reads an unplaced town by size and by the countries its article talks about -- but a town vouches
for its own reading's country (a "GENEVA" in a story about US trade stays Swiss), so a town whose biggest
namesake lies abroad stays there even when the article names the region of a smaller one: "Lauren, 22, Naples,
Florida" in a British paper went to Campania, "Salem" in a story naming Oregon to Tamil Nadu (round 20 of
issue 11, the judges' whys on homonyms abroad). archive.py does this for the archive's home country only (a home region named in the article brings a town home); this is the same
evidence for any country, read per article at tagging time.

A town reading moves to its namesake in a first-level region the article names by the region's own name (a
state or province written out: "Florida", "Oregon"; not a name that is also a big city's, bare or with "City":
"New York", "Washington", "Mexico") when
- the namesake carries the name as its own (a town, not an alternate spelling) and is the only one in the named
  regions;
- the reading it leaves is a town (not a region, a country or a feature), no capital or world city, in a country
  the article talks about through nothing but this name (a story naming Italy or Rome keeps its Naples).
NEWSFACET_REGION_NAMESAKES=0 turns it off.
"""
from __future__ import annotations

from functools import lru_cache

from . import places, switches
from .gazetteer import country_name, fold, is_capital


def enabled() -> bool:
    return switches.get("NEWSFACET_REGION_NAMESAKES", "1") != "0"


@lru_cache(maxsize=8192)
def named_region(text: str) -> str | None:
    """The first-level region a place text names by the region's own name, unless a big city shares it."""
    found = places.candidates(text)
    key = fold(text)
    regions = [p for p in found if p.kind == "region" and isinstance(p.region, str) and fold(p.region) == key]
    if len({p.region for p in regions}) != 1:
        return None
    if big_city(text):
        return None  # "New York" (City), "Mexico": the city is as likely meant as the region
    return regions[0].region


@lru_cache(maxsize=8192)
def big_city(text: str) -> bool:
    """Whether a big city bears the name, bare or with "City" ("New York", "Mexico City")."""
    return any(p.kind == "city" and p.population >= places.BIG_CITY
               for p in places.candidates(text) + places.candidates(f"{text} City"))


def article_regions(found, strong_labels) -> set[str]:
    """Regions the article names outright, by places the model or a dateline read as places."""
    out: set[str] = set()
    for c, kind, _ in found:
        if kind == "place" and c.label in strong_labels:
            region = named_region(c.text)
            if region:
                out.add(region)
    return out


def reread(text: str, res, named: set[str], sources: dict[str, set[str]]):
    """``res`` (places.Resolved) moved to the town's namesake in a region of ``named``, or None."""
    if not named or not res.country or res.value == res.country or set(res.regions) & named:
        return None
    if sources.get(res.country, set()) - {fold(text)}:
        return None  # the article talks about the reading's country anyway
    key = fold(text)
    found = places.candidates(text)
    left = [p for p in found if country_name(p.country_code) == res.country]
    if not left or any(p.kind != "city" or is_capital(p) or p.population >= places.WORLD_CITY for p in left):
        return None  # a region, a capital or a world city is "the" place by its name: Hamburg beside New York
    there = [p for p in found if p.kind == "city" and p.region in named and fold(p.name) == key
             and country_name(p.country_code) != res.country]
    if len({p.region for p in there}) != 1:
        return None
    best = max(there, key=lambda p: p.population)
    return places.Resolved(best.name, (best.region,), country_name(best.country_code))
