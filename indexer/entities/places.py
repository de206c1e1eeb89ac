"""Resolving a place name to one gazetteer entry, its first-level region and its country.

Order of evidence: a region named right after the mention ("Dachne in the Dnipropetrovsk region",
"the villages of ... and Yalta in Donetsk"), then a clearly dominant entry (a country, a region, or a
city ten times bigger than any namesake), then the regions the article itself names, then agreement of
all namesakes. Otherwise the place keeps its name and country but gets no region: a wrong oblast is
worse for a journalist than none.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import city_of, other_forms, place_parts, region_forms, switches, town_qualifiers
from .gazetteer import CONTINENTS, Place, country_codes, country_name, fold, fuzzy_lookup, is_capital, lookup

DOMINANCE = 5  # population ratio that makes the biggest namesake the obvious reading
BIG_CITY = 100_000  # cities this big keep their own region whatever the sentence says around them
FOCUS = ("UA", "RU")  # the countries this corpus is about: their names win ties with namesakes abroad
SMALL = 10_000
# A capital or a city this big keeps its reading even in an article about another country ("Washington"
# in a British paper is still DC; "Sale" in one is Sale, not Salé).
FORMER_TOWN = 50_000  # a town this small does not own a name a world city was known by
WORLD_CITY = 1_000_000  # below this a namesake may be a hamlet GeoNames lacks: region only from the article
_NAME = r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?"
# What may sit between a place and the region that locates it: more list items, then "in (the) X (region)".
_LOCATED_IN = re.compile(
    r"^(?:(?:,\s*|\s+and\s+|,\s+and\s+)%s)*,?\s+(?:in|of|on)\s+(?:the\s+)?(?:(?:Russia|Ukraine)[’']s\s+)?"
    r"(?:[a-z]+ern\s+)?(%s(?:\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince))?)" % (_NAME, _NAME))


@dataclass(frozen=True)
class Resolved:
    value: str
    regions: tuple[str, ...]  # () when unknown; two for places such as Donbas
    country: str | None


def candidates(name: str, fuzzy: bool = False) -> list[Place]:
    """Gazetteer entries for a name; entries whose own name it is beat those listing it as an
    alternate ("Rome" is Rome, not Lome; "Kremenchuk" is not a village once called that)."""
    found = _candidates(name, fuzzy)
    if not found and not other_forms.none_for(name):  # "West Texas": a compass part of a region (round 46; switch
        part = place_parts.part_of(name)  # read per call) ... or a town's municipality, "the City of Johannesburg" (49)
        if part is not None:
            return [part]  # ... or (round 50) a region in another form: "Aichi Prefecture", "Gyeonggi Province"
        return list(city_of.city_named(name) or region_forms.region_named(name))
    return list(found)  # a fresh list: callers may change theirs, never the cache's


# Per distinct string: an article asks about the same names many times (tagging, cast, regions), and a
# corpus repeats them across articles. The answer depends on the gazetteer alone.
# Continents (gazetteer.CONTINENTS) are places with no country: never the town that shares their name (Asia,
# Philippines). The planets and the Moon: named like places ("on Earth", "life on Mars") but not where a story happens.
CELESTIAL = {"earth", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "the moon", "moon"}


@lru_cache(maxsize=65536)
def _candidates(name: str, fuzzy: bool) -> tuple[Place, ...]:
    if fold(name) in CONTINENTS:
        return ()
    found = lookup(name)
    if not found and fuzzy:
        found = list(fuzzy_lookup(name))
    key = fold(name)
    primary = [p for p in found if p.kind != "city" or fold(p.name) == key]
    others = [p.population for p in found if p not in primary and p.country_code in FOCUS]
    if primary and others and not any(p.country_code in FOCUS for p in primary) \
            and max(others) >= DOMINANCE * max(p.population for p in primary):
        return tuple(found)  # "St. Petersburg" is Russia's, not Florida's, whatever the spelling
    # a world city's former or English name ("Calcutta") is that city, not the one small town that carries
    # it as its own name today (a name several towns carry, "Canton", or a capital's, "Dili", is in use)
    former = [p for p in found if p not in primary and p.kind == "city" and p.population >= WORLD_CITY]
    if len(primary) == 1 and former and primary[0].kind == "city" and primary[0].population < FORMER_TOWN \
            and not is_capital(primary[0]):
        return tuple(former + primary)
    return tuple(primary or found)


def is_primary(name: str, found: list[Place]) -> bool:
    key = fold(name)
    return any(fold(p.name) == key for p in found)


def region_of(name: str) -> str | None:
    """The first-level region a name denotes or sits in, when unambiguous ("Donetsk" -> Donetsk Oblast)."""
    found = candidates(name)
    best = dominant(found) if found else None
    if best and isinstance(best.region, str):
        return best.region
    return None


def sure_region(name: str) -> str | None:
    """The region a name gives away on its own: a region, or a town with no namesake in its country.
    Only these set the article's context; an ambiguous village must not vouch for itself."""
    found = candidates(name)
    best = dominant(found)
    if best is None or not isinstance(best.region, str):
        return None
    if best.kind == "city" and (best.population < SMALL or best.population < BIG_CITY and any(
            p is not best and p.country_code == best.country_code for p in found)):
        return None
    return best.region


def located_in(after: str, sources: dict[str, set[str]] | None = None) -> str | None:
    """Region named right after a mention, from the paragraph text that follows it. With ``sources`` (the
    countries the article talks about -> the folded place names it talks about them through), a locating name
    that other countries' places also carry as their own ("Padada in Santa Cruz": a Bolivian department, and
    towns in the Philippines and California) locates nothing unless the article talks about its region's
    country through another name: its biggest reading is no evidence of where it is."""
    m = _LOCATED_IN.match(after)
    if not m:
        return None
    region = region_of(m.group(1))
    if region and sources is not None:
        best = dominant(candidates(m.group(1)))
        talked = best is not None and sources.get(country_name(best.country_code), set()) - {fold(m.group(1))}
        if _shared_abroad(m.group(1)) and not talked:
            return None
        # a small town abroad the article does not otherwise talk about locates nothing either: "Raginam in Umi"
        # (a Papua New Guinean local-level government) is no village of Umi, Fukuoka (round 13)
        if best is not None and best.kind == "city" and best.population < BIG_CITY and best.country_code not in FOCUS \
                and not talked:
            return None
    return region


def _shared_abroad(name: str) -> bool:
    """Whether places in more than one country carry ``name`` as their own name (or as the region's name),
    leaving out a capital or a world city, which is "the" place by that name."""
    found = candidates(name)
    if any(p.kind == "country" or is_capital(p) or p.kind == "city" and p.population >= WORLD_CITY for p in found):
        return False
    key = fold(name)
    own = {p.country_code for p in found if fold(p.name) == key or p.kind == "region" and fold(p.name).startswith(key + " ")}
    return len(own) > 1


def regions_named(name: str) -> list[Place]:
    """The first-level regions called ``name``, by their own name or as "name State" ("Washington": the state
    the gazetteer keys "Washington State", the bare name being the capital's; round 28)."""
    key = fold(name)
    return [p for p in candidates(name) + candidates(f"{name} State")
            if p.kind == "region" and key in (fold(p.name), fold(f"{p.name} State"))]


# A state's population at least: the gazetteer's loose "X State" also finds municipalities (Florida, Puerto Rico)
STATE_POPULATION = 200_000


def state_named(name: str) -> list[Place]:
    """The states "Washington state", "the state of Oaxaca" name: regions of that name this big, biggest first."""
    return sorted({p for p in regions_named(name) if p.population >= STATE_POPULATION}, key=lambda p: -p.population)


def dominant(found: list[Place]) -> Place | None:
    if not found:
        return None
    if len(found) == 1:
        return found[0]
    for kind in ("country", "region", "multi", "natural"):
        special = [p for p in found if p.kind == kind]
        if special:  # "Florida" the US state, not the Puerto Rican municipio: the bigger region
            return max(special, key=lambda p: p.population)
    ranked = sorted(found, key=lambda p: -p.population)
    if ranked[0].population >= 10_000 and ranked[0].population >= DOMINANCE * max(ranked[1].population, 1):
        return ranked[0]
    return None


def _resolved(p: Place, value: str | None = None) -> Resolved:
    if isinstance(p.region, tuple):
        regions = p.region
    else:
        regions = (p.region,) if p.region else ()
    if p.kind == "country":
        return Resolved(p.name, (), p.name)
    country = country_name(p.country_code)
    if p.kind == "city":
        # a first-level region named like its country ("Taiwan" for Taipei, "Guatemala" for Guatemala City)
        # reads as the country in the region facet: no region rather than a duplicate of the country
        regions = tuple(r for r in regions if r != country)
    return Resolved(value or p.name, regions, country)


def reading(p: Place) -> Resolved:
    """One gazetteer place as a resolved mention: its name, its regions and its country."""
    return _resolved(p)


_OWNER = re.compile(r"(?:\b(Russia|Ukraine)[’']s\s+(?:[a-z]+\s+){0,2}|\bin\s+(Russia|Ukraine),?\s+(?:the\s+)?"
                    r"(?:[a-z]+\s+){0,2})$")
_CODES = {"Russia": "RU", "Ukraine": "UA"}
# Any country's possessive right before a place: "Lebanon's Tripoli", "Lebanon's northern city of Tripoli".
_ANY_OWNER = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})[’']s\s+(?:(?:[a-z]+\s+){0,3}(?:of\s+))?$")


def owner_country(before: str, name: str = "") -> str | None:
    """"Russia's Marinovka airbase" -> "RU", "Lebanon's Tripoli" -> "LB": the country the text itself puts a
    place in. Any other country by its own name, possessive right before ``name``, counts only when ``name``
    has a town there: among namesakes it picks the one the sentence means ("India's Modi" is no place)."""
    m = _OWNER.search(window) if "Russia" in (window := before[-60:]) or "Ukraine" in window else None  # (each pattern needs
    if m:
        return _CODES[m.group(1) or m.group(2)]
    m = _ANY_OWNER.search(window) if name and ("’s" in window or "'s" in window) else None  # that word or a possessive)
    if not m:
        return None
    codes = set(country_codes(m.group(1)))
    code = next(iter(codes)) if len(codes) == 1 else None
    return code if code and any(p.country_code == code and p.kind == "city" for p in candidates(name)) else None


def _regions_stay_put() -> bool:
    return switches.get("NEWSFACET_REGIONS_STAY_PUT", "1") != "0"


def resolve(name: str, found: list[Place], local_region: str | None, article_regions: set[str],
            settlement: bool = False, owner: str | None = None, countries: set[str] = frozenset(),
            explicit: bool = False, alone: bool = False, short_region: bool = False) -> Resolved:
    """Pick the entry ``name`` denotes in this article; ``found`` are its gazetteer candidates.
    ``settlement``: the text calls it a village or town, so a big city of the same name is not meant.
    ``owner``: country code the sentence assigns ("Russia's ..."); namesakes elsewhere are not meant.
    ``countries``: names of the countries the article talks about; a namesake there beats a bigger one
    elsewhere unless that one is a world city ("Sale" near Manchester, not Salé; Paris is still Paris).
    ``explicit``: the region was written right after the name ("Brisbane, Calif.", "Paris, Texas"), which
    beats any namesake however big; ``alone``: that "Town, State" is no list item ("Tokyo, Chiba, Kanagawa"), so
    the state beats a big namesake in its own country too ("Mobile, Arizona"); ``short_region``: the region is
    written short ("N.H."), so even a country's name before it is a town ("Lebanon, N.H.")."""
    if owner and found and all(p.kind == "city" for p in found):
        inside = [p for p in found if p.country_code == owner] or [
            p for p in lookup(name) if p.country_code == owner and p.kind == "city"]  # by an older name
        if not inside:
            return Resolved(name, (), country_name(owner))
        found = inside
    elif owner and found and _owner_first() and not any(p.kind == "country" for p in found):
        # round 62: "Bari, Italy" is Italy's city though a Somali region is called Bari too: the country the
        # sentence writes wins over a region of the name elsewhere (a country's own name stays: "Venezuela, Cuba")
        found = [p for p in found if p.country_code == owner] or found
    if settlement:
        found = [p for p in found if p.kind == "city" and p.population < BIG_CITY] or found
    found = in_article_countries(name, spelt_as_written(name, found, countries), countries)
    best = dominant(found)
    big = best is not None and (best.kind != "city" or best.population >= BIG_CITY)
    if big and local_region and (best.kind == "city" and (best.population < WORLD_CITY or explicit)
                                 or best.kind == "region" and explicit or best.kind == "country" and alone
                                 and short_region and town_qualifiers.country_town(local_region)) \
            and _country_of_region(local_region) not in (None, country_name(best.country_code)):
        big = False  # "Portland in Victoria": the sentence puts it in another country than the big namesake
    if big and alone and best.kind == "city" and best.region != local_region and town_qualifiers.explicit_qualifier(local_region) \
            and (best.population < WORLD_CITY or town_qualifiers.qualified_namesake(found, local_region)):
        big = False  # "Mobile, Arizona", "Davenport, Calif.": the state written after it, in the big one's country
    if local_region and not big:
        inside = [p for p in found if p.region == local_region]
        if inside:
            return _resolved(max(inside, key=lambda p: p.population))
        if best is not None and best.kind in ("region", "country") and explicit and not alone \
                and _regions_stay_put() and not any(p.kind == "city" for p in found):
            return _resolved(best)  # round 43: a region or a country by its own name in a list is no village of
            # the next item ("British Columbia, Otago, Melbourne"); "New Providence, New Jersey" alone still is one
        # A village the gazetteer does not hold under that region: trust the sentence, keep the name.
        country = _country_of_region(local_region)
        return Resolved(found[0].name if found and _same_name(found) else name, (local_region,), country)
    if not found:
        return Resolved(name, (), None)
    namesakes = best is not None and best.kind == "city" and best.population < BIG_CITY and any(
        p is not best and p.country_code == best.country_code for p in found)
    if best and (best.kind != "city" or best.population >= SMALL) and not namesakes:
        return _resolved(best)
    in_context = [p for p in found if p.region in article_regions]
    if len({p.region for p in in_context}) == 1:
        return _resolved(max(in_context, key=lambda p: p.population))
    if namesakes:  # a town with village namesakes: its name and country, no region guessed
        return Resolved(best.name, (), country_name(best.country_code))
    # A village the article does not place: keep name and country, guess no region.
    countries = {p.country_code for p in found}
    value = found[0].name if _same_name(found) and is_primary(name, found) else name
    country = country_name(next(iter(countries))) if len(countries) == 1 else None
    return Resolved(value, (), country)


def _owner_first() -> bool:
    """NEWSFACET_OWNER_OVER_REGIONS=0: a country the sentence writes picks among city readings only (before round
    62)."""
    return switches.get("NEWSFACET_OWNER_OVER_REGIONS", "1") != "0"


def spelt_as_written(name: str, found: list[Place], countries: set[str] = frozenset()) -> list[Place]:
    """"Sale" is Sale, not Salé: readings whose own name differs from the text only by accents give way to
    one spelt exactly as written, unless they are world cities ("Sao Paulo" is São Paulo) or capitals -- a
    capital smaller than a town spelt as written only in a story about its country ("San Jose" is San José in
    a story about Costa Rica, San Jose, California elsewhere)."""
    low = name.lower()
    exact = [p for p in found if p.name.lower() == low]
    if not exact or len(exact) == len(found):
        return found
    biggest = max(p.population for p in exact)
    return [p for p in found if p in exact or p.kind != "city" or p.population >= WORLD_CITY or is_capital(p) and (
        p.population > biggest or country_name(p.country_code) in countries)]


def _capital_inside(inside: list[Place], outside: list[Place]) -> bool:
    """A capital of a country the article talks about, against namesakes abroad none of which is a capital: the
    capital's country decides, over a world city by population or a town of another country the article names
    (round 35; NEWSFACET_CAPITAL_INSIDE=0 leaves it to population)."""
    return switches.get("NEWSFACET_CAPITAL_INSIDE", "1") != "0" \
        and any(p.kind == "city" and is_capital(p) for p in inside) \
        and not any(p.kind != "city" or is_capital(p) for p in outside)


def in_article_countries(name: str, found: list[Place], countries: set[str]) -> list[Place]:
    """The readings of a name that lie in the countries the article talks about, when those exist and the
    name has no reading that is a world city or a country the article itself talks about."""
    inside = [p for p in found if country_name(p.country_code) in countries]
    if not inside or len(inside) == len(found):
        return found
    if all(p.kind == "country" for p in found):
        return inside  # two countries of one name ("Congo"): the one whose towns the article names
    outside = [p for p in found if p not in inside]
    if _capital_inside(inside, outside):  # "San Jose" in a story about Costa Rica: its capital, not the Californian city
        codes = {p.country_code for p in inside if p.kind == "city" and is_capital(p)}
        return [p for p in inside if p.country_code in codes]
    biggest = max(p.population for p in inside)
    if any(p.kind == "city" and (p.population >= WORLD_CITY or is_capital(p)) and p.population > biggest for p in outside):
        return found  # (a smaller capital abroad leaves the article's big town its own: "San Jose" in a US story)
    if any(p.kind == "country" for p in outside) and not any(p.kind == "region" for p in inside):
        return found  # "Georgia" is the country unless the article is about the US state's country
    return inside


def _same_name(found: list[Place]) -> bool:
    return len({p.name for p in found}) == 1


def _country_of_region(region: str) -> str | None:
    from .regions import ADMIN1

    for cc, table in ADMIN1.items():
        if region in table.values():
            return country_name(cc)
    bare = lookup(region)
    regions = {p.country_code for p in bare if p.kind == "region" and p.region == region}
    if not regions:
        # a region whose bare name is its capital's is keyed "X State", "X Province" (Washington, Quebec): in the
        # country of a town of that bare name only -- "Isabela" the Philippine province is no Puerto Rican one
        towns = {p.country_code for p in bare}
        regions = {p.country_code for name in (f"{region} State", f"{region} Province") for p in lookup(name)
                   if p.kind == "region" and p.region == region and p.country_code in towns}
    return country_name(next(iter(regions))) if len(regions) == 1 else None


def celestial(text: str) -> bool:
    return fold(text) in CELESTIAL


def misspelt(text: str) -> list[Place]:
    """"Kryvyi Rig" tagged PERSON: a close misspelling of a Ukrainian/Russian place with the same initial
    and word count (a looser match would turn surnames into towns)."""
    return list(_misspelt(text))


@lru_cache(maxsize=65536)  # asked for every PERSON span; the answer depends on the text alone
def _misspelt(text: str) -> tuple[Place, ...]:
    from rapidfuzz import fuzz

    from .people import FIRST_NAMES

    if not text.split() or fold(text.split()[0]) in FIRST_NAMES:
        return ()  # "Vladimir Putin" is never the Vladimir region misspelt
    return tuple(p for p in _candidates(text, True) if p.country_code in FOCUS
                 and p.name[:1] == text[:1] and len(text.split()) == len(p.name.split())
                 and all(fuzz.ratio(fold(a), fold(b)) >= 60 for a, b in zip(text.split(), p.name.split())))
