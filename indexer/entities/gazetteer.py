"""The place gazetteer: folded name -> GeoNames-derived entries, loaded lazily from geonames/gazetteer.json.gz.

Keys are folded (anyascii, lower case, apostrophes dropped, hyphens as spaces) so "Kyiv", "Київ",
"Zaporizhzhya" and "Zaporizhzhia" meet. Close misspellings of well-known Ukrainian and Russian places
("Zaphorizhzhia") are matched with rapidfuzz against a short list of big names only: fuzzy matching
against every village, or against world names, would turn surnames and words into places.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

from . import country_names  # imports this module only inside its functions: no import cycle

DATA_FILE = Path(__file__).parent / "geonames" / "gazetteer.json.gz"
SMALL_FILE = Path(__file__).parent / "geonames" / "small_places.json.gz"  # read by small_places.py only
FUZZY_MIN_POP = 100_000  # only cities this big (plus regions and countries) are fuzzy targets
FUZZY_MIN_LEN = 6
FUZZY_SCORE = 88
# Countries whose names English news writes in several romanisations (Kharkov/Kharkiv, Zaporozhye/
# Zaporizhzhia): the only fuzzy targets.
FUZZY_COUNTRIES = ("UA", "RU")


@dataclass(frozen=True)
class Place:
    name: str  # display name
    country_code: str | None
    region: str | tuple[str, ...] | None  # first-level region; a tuple for places spanning several
    population: int
    kind: str  # country | region | city | natural | multi


_APOSTROPHES = re.compile(r"['`’ʼ]")
_SEPARATORS = re.compile(r"[-‐–.,]")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    text = anyascii(text).lower()
    text = _APOSTROPHES.sub("", text)
    text = _SEPARATORS.sub(" ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _raw() -> dict:
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def _data() -> tuple[list[Place], dict[str, list[int]], dict[str, str]]:
    raw = _raw()
    places = [Place(n, cc, tuple(r) if isinstance(r, list) else r, p, k) for n, cc, r, p, k in raw["entries"]]
    return places, raw["keys"], raw["countries"]


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    return frozenset((cc, name) for cc, name in _raw().get("capitals", {}).items())


def is_capital(p: Place) -> bool:
    return p.kind == "city" and (p.country_code, p.name) in _capitals()


def country_name(code: str | None) -> str | None:
    return _data()[2].get(code) if code else None


# Continents are places with no country ("Antarctica" is no country's name here, whatever GeoNames files under AQ).
CONTINENTS = {"africa", "asia", "europe", "north america", "south america", "latin america", "oceania",
              "antarctica", "australasia", "eurasia"}


@lru_cache(maxsize=16384)
def country_codes(name: str) -> tuple[str, ...]:
    """The codes of the countries called ``name`` by their own name ("Vanuatu", "New Zealand"; not an alternate,
    "Holland"), in the gazetteer's order."""
    key = fold(name)
    if key in CONTINENTS:
        return ()
    return tuple(dict.fromkeys(p.country_code for p in lookup(name) if p.kind == "country" and fold(p.name) == key))


def all_country_names() -> list[str]:
    return list(_data()[2].values())


def lookup(name: str) -> list[Place]:
    """Every entry a name may denote, exact (folded) match only; a country's official long form the gazetteer
    lacks ("Lao People's Democratic Republic") is that country (country_names.py)."""
    places, keys, _ = _data()
    key = fold(name)
    found = keys.get(key)
    if found is None and " " in key:  # official names are two words or more
        code = country_names.country_code(key)
        country = _country_entries().get(code) if code else None
        return [country] if country else []
    return [places[i] for i in found or ()]


@lru_cache(maxsize=1)
def first_words() -> dict[str, int]:
    """The first folded word of every name lookup() can find (gazetteer keys and official country names) -> the
    most words such a name has. A word that opens none of them opens no place, and a run of more words than its
    longest name is none, so a scan over running text need not try them (each word of text folds to a word or
    more: a run of n words is a key of n words or more)."""
    from .country_names import official_keys

    out: dict[str, int] = {}
    for key in (*_data()[1], *official_keys()):
        words = key.split(" ")
        if len(words) > out.get(words[0], 0):
            out[words[0]] = len(words)
    return out


@lru_cache(maxsize=1)
def _country_entries() -> dict[str | None, Place]:
    out: dict[str | None, Place] = {}
    for p in _data()[0]:
        if p.kind == "country" and (p.country_code not in out or p.population > out[p.country_code].population):
            out[p.country_code] = p
    return out


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[list[str], list[list[int]]]:
    places, keys, _ = _data()
    names, ids = [], []
    for k, idx in keys.items():
        # transliteration variants of the corpus's own countries only: a loose match on any world name
        # turns English words and Western names into foreign places ("Kansas" -> Krasnoyarsk Krai)
        big = [i for i in idx if places[i].country_code in FUZZY_COUNTRIES and (
               places[i].kind in ("region", "country", "multi")
               or (places[i].kind == "city" and places[i].population >= FUZZY_MIN_POP))]
        if big and len(k) >= FUZZY_MIN_LEN:
            names.append(k)
            ids.append(big)
    return names, ids


def _length_window(n: int) -> range:
    """Key lengths that can reach FUZZY_SCORE against a key of length ``n``: fuzz.ratio is at most
    100 * (1 - |n - m| / (n + m)), so other lengths cannot match and need not be scored at all."""
    lo = n
    while lo > 1 and 100 * (1 - (n - lo + 1) / (n + lo - 1)) >= FUZZY_SCORE - 1:
        lo -= 1
    hi = n
    while 100 * (1 - (hi + 1 - n) / (n + hi + 1)) >= FUZZY_SCORE - 1:
        hi += 1
    return range(lo, hi + 1)  # one point of slack each side: an extra key scored costs little


@lru_cache(maxsize=1)
def _gram_index() -> dict[str, set[int]]:
    """Every 2- and 3-letter substring of the fuzzy keys -> positions of the keys holding it."""
    index: dict[str, set[int]] = {}
    for i, k in enumerate(_fuzzy_keys()[0]):
        for q in (2, 3):
            for j in range(len(k) - q + 1):
                index.setdefault(k[j:j + q], set()).add(i)
    return index


def _fuzzy_choices(key: str) -> list[int] | None:
    """Positions of the keys that can score FUZZY_SCORE against ``key``, in order; None: score them all.

    fuzz.ratio is 100 * (1 - d / (n + m)) for d insertions and deletions, so a match allows at most
    D = 12% of n + m of them. Cut ``key`` into D + 1 pieces: each edit spoils at most one piece, so a
    match contains at least one piece intact, and hence every 2-3 letter substring of that piece.
    """
    window = _length_window(len(key))
    edits = int((100 - FUZZY_SCORE + 1) / 100 * (len(key) + window[-1]))  # slack as in _length_window
    pieces = edits + 1
    if len(key) < 2 * pieces:
        return None
    index = _gram_index()
    found: set[int] = set()
    for p in range(pieces):
        piece = key[p * len(key) // pieces:(p + 1) * len(key) // pieces]
        q = 3 if len(piece) >= 3 else 2
        grams = sorted((index.get(piece[j:j + q], set()) for j in range(len(piece) - q + 1)), key=len)
        found |= grams[0].intersection(*grams[1:])
    return sorted(found)  # keys of other lengths are cut by extractOne's own length check, in C


@lru_cache(maxsize=65536)
def fuzzy_lookup(name: str) -> tuple[Place, ...]:
    """Entries for a close misspelling of a well-known place name ("Zaphorizhzhia"), else ()."""
    from rapidfuzz import fuzz, process

    key = fold(name)
    if len(key) < FUZZY_MIN_LEN:
        return ()
    names, ids = _fuzzy_keys()
    positions = _fuzzy_choices(key)
    if positions is None:
        hit = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
    else:
        # the same first best key as over the whole list: the survivors keep their order
        hit = process.extractOne(key, [names[i] for i in positions], scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
        hit = hit and (hit[0], hit[1], positions[hit[2]])
    if not hit:
        return ()
    places = _data()[0]
    return tuple(places[i] for i in ids[hit[2]])


@lru_cache(maxsize=1)
def _keys_by_entry() -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for k, idx in _data()[1].items():
        for i in idx:
            out.setdefault(i, []).append(k)
    return out


def _best(name: str, country: str | None, kinds: tuple[str, ...]) -> int | None:
    places, _, countries = _data()
    code = {v: k for k, v in countries.items()}.get(country) if country else None
    best = None
    for i in _data()[1].get(fold(name), ()):
        p = places[i]
        if p.name != name or p.kind not in kinds or (code and p.country_code not in (code, None)):
            continue
        if best is None or p.population > places[best].population:
            best = i
    return best


ALL_KINDS = ("city", "region", "country", "natural", "multi")


def names_of(name: str, country: str | None = None, kinds: tuple[str, ...] = ALL_KINDS) -> tuple[list[str], str | None]:
    """The folded names (GeoNames alternate names included) of the biggest place displayed as ``name``
    (in ``country``, a display name, when given), and its country code: what query expansion may search
    it by (issue 15). ([], None) when the gazetteer has no such place."""
    best = _best(name, country, kinds)
    if best is None:
        return [], None
    return sorted(_keys_by_entry().get(best, ())), _data()[0][best].country_code
