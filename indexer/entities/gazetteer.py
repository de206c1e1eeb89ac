"""The place gazetteer: folded name -> GeoNames-derived entries, loaded lazily from data/gazetteer.json.gz.

Keys are folded (anyascii, lower case, apostrophes dropped, hyphens as spaces) so "Kyiv", "Київ",
"Zaporizhzhya" and "Zaporizhzhia" meet. Close misspellings of well-known places ("Zaphorizhzhia")
are matched with rapidfuzz against a short list of big names only: fuzzy matching against every
village would turn surnames into hamlets.
"""
from __future__ import annotations

import gzip
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from anyascii import anyascii

DATA_FILE = Path(__file__).parent / "data" / "gazetteer.json.gz"
FUZZY_MIN_POP = 100_000  # only cities this big (plus regions and countries) are fuzzy targets
FUZZY_MIN_LEN = 6
FUZZY_SCORE = 88


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
def _data() -> tuple[list[Place], dict[str, list[int]], dict[str, str]]:
    with gzip.open(DATA_FILE, "rt", encoding="utf-8") as fh:
        raw = json.load(fh)
    places = [Place(n, cc, tuple(r) if isinstance(r, list) else r, p, k) for n, cc, r, p, k in raw["entries"]]
    return places, raw["keys"], raw["countries"]


def country_name(code: str | None) -> str | None:
    return _data()[2].get(code) if code else None


def lookup(name: str) -> list[Place]:
    """Every entry a name may denote, exact (folded) match only."""
    places, keys, _ = _data()
    return [places[i] for i in keys.get(fold(name), ())]


@lru_cache(maxsize=1)
def _fuzzy_keys() -> tuple[list[str], list[list[int]]]:
    places, keys, _ = _data()
    names, ids = [], []
    for k, idx in keys.items():
        big = [i for i in idx if places[i].kind in ("region", "country", "multi")
               or (places[i].kind == "city" and places[i].population >= FUZZY_MIN_POP)]
        if big and len(k) >= FUZZY_MIN_LEN:
            names.append(k)
            ids.append(big)
    return names, ids


@lru_cache(maxsize=4096)
def fuzzy_lookup(name: str) -> tuple[Place, ...]:
    """Entries for a close misspelling of a well-known place name ("Zaphorizhzhia"), else ()."""
    from rapidfuzz import fuzz, process

    key = fold(name)
    if len(key) < FUZZY_MIN_LEN:
        return ()
    names, ids = _fuzzy_keys()
    hit = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=FUZZY_SCORE)
    if not hit:
        return ()
    places = _data()[0]
    return tuple(places[i] for i in ids[hit[2]])
