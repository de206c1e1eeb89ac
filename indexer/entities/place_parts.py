"""Round 46: a compass part of a region or a country ("Northern California", "West Texas", "North East England",
"the North of England", "Mid Wales", "Eastern Ukraine") lies in it.

The gazetteer holds the regions and countries whose own names open with a compass word ("West Virginia", "South
Africa", "Northern Ireland", "West Bengal", "Western Australia"), not the parts of a region or a country news copy
names the same way. Such a name had no gazetteer reading: no region and no country, and with no place word around
it the evidence gate kept it out of the facet altogether ("wildfires across Northern California and West Texas"). A
name the gazetteer lacks that is a compass or area word (also "Upper", "Regional", "Coastal"; "Mainland", "Inner",
"Outer" of a country only) and then a first-level region or a country by its own name is a place in it: its value
is the name as written, its region the region's (none for a country's part), its country the region's or the
country itself.

Never a town's part ("East London" is a South African city as well as London's East End), never a continent's
("East Asia", "East Antarctica": the continent has no country), not "Central" (firms, agencies and universities are
named so as often: "Central Maine Power") nor "Greater" (a city's area or an irredentist's dream: "Greater
Victoria", "Greater Serbia"); a name the gazetteer holds keeps its own reading, as does one whose other compass form
it holds ("North Ireland" is Northern Ireland). A part is as ambiguous as its region (``base``: "South Choiseul"
is Saint Lucia's only in a story that talks about Saint Lucia), and a region whose name other countries' places
carry (``ambiguous``: "East Santa Cruz") places its part only in a story that talks about its country
(evidence.abroad). NEWSFACET_PLACE_PARTS=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches
from .gazetteer import Place, fold, lookup

# (the longer words first: "North East England" is no "North" of "East England")
_COMPASS = re.compile(r"(?:Far\s+)?(North[- ]East|North[- ]West|South[- ]East|South[- ]West|Northeastern|Northwestern|"
                      r"Southeastern|Southwestern|Northeast|Northwest|Southeast|Southwest|Northern|Southern|Eastern|"
                      r"Western|North|South|East|West|Upstate|Downstate|Upper|Lower|Mid|Rural|Regional|Outback|Coastal|"
                      r"Inner|Outer|Mainland)(?:\s+of(?:\s+the)?)?\s+(?=[A-Z])", re.I)
# words that make a town's or a city's area far more often than a region's ("Inner London"): a part of a country
# only ("Mainland China", "Outer Mongolia"). Not "Greater": a city's area ("Greater Victoria", the Canadian capital's)
# or an irredentist's dream ("Greater Serbia"), no part of a country
_COUNTRY_ONLY = {"inner", "outer", "mainland"}
# the other form of a compass word: "North Ireland" is Northern Ireland, a region of its own, not Ireland's north
_OTHER_FORM = {"north": "Northern", "south": "Southern", "east": "Eastern", "west": "Western", "northern": "North",
               "southern": "South", "eastern": "East", "western": "West"}


def enabled() -> bool:
    return switches.get("NEWSFACET_PLACE_PARTS", "1") != "0"


def part_of(name: str) -> Place | None:
    """The place a compass part of a region or a country is, as a gazetteer entry of its own (kind "multi": an
    area, not a town), or None. The caller asks only for names the gazetteer lacks."""
    return _part_of(name) if enabled() else None


def part_named(value: str, region: str) -> bool:
    """Whether a place value is a compass part of ``region`` ("East Wales" of Wales): a side's name as much as the
    region's own (side_cues.region_itself)."""
    m = _COMPASS.match(value)
    return bool(m) and value[m.end():] == region


def _whole_name(p: Place) -> str | None:
    """The region's or the country's name a part reading was made from ("Choiseul" of "South Choiseul"), else None."""
    m = _COMPASS.match(p.name) if p.kind == "multi" and p.population == 0 else None
    return p.name[m.end():] if m else None


def base(p: Place) -> Place:
    """The region or the country a part reading is a part of ("Choiseul" of "South Choiseul"), else ``p`` itself:
    a part is as ambiguous as the region it names (evidence.abroad reads the region's namesakes abroad)."""
    whole = _whole_name(p)
    found = [q for q in lookup(whole) if q.kind in ("region", "country") and q.country_code == p.country_code] \
        if whole else []
    return max(found, key=lambda q: q.population) if found else p


def ambiguous(p: Place) -> bool:
    """Whether a part reading's region or country is one of several places of that name in different countries
    ("East Santa Cruz": the Argentine province's, or the Californian city's east side): then only an article that
    talks about the region's country places it (evidence.abroad). "West Texas", "North Wales" are never so."""
    whole = _whole_name(p)
    return whole is not None and len({q.country_code for q in lookup(whole)}) > 1


@lru_cache(maxsize=65536)  # (the switch is read outside: a test or a run that turns it off sees no cached part)
def _part_of(name: str) -> Place | None:
    m = _COMPASS.match(name)
    if not m:
        return None
    rest = name[m.end():]
    other = _OTHER_FORM.get(m.group(1).lower()) if " of" not in name[:m.end()] else None
    if other and lookup(f"{other} {rest}"):
        return None  # "North Ireland", "Southern Sudan": another spelling of a place the gazetteer holds, not a part
    key = fold(rest)
    from .places import CONTINENTS  # (places imports this module)

    if key in CONTINENTS:
        return None  # "East Antarctica", "Western Europe": a continent's part has no country, as the continent has none
    kinds = ("country",) if m.group(1).lower() in _COUNTRY_ONLY else ("region", "country")
    whole = [p for p in lookup(rest) if p.kind in kinds and fold(p.name) == key]
    if not whole:
        return None
    best = max(whole, key=lambda p: p.population)
    compass = " ".join(w.lower() if w.lower() in ("of", "the") else w.capitalize() if w.isupper() or w.islower() else w
                       for w in name[:m.end()].split())
    return Place(f"{compass} {best.name}", best.country_code, best.region if best.kind == "region" else None, 0,
                 "multi")
