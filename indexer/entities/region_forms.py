"""Round 50: a first-level region written with a kind word or in its own language's form, where the gazetteer holds
another ("Aichi Prefecture" for Aichi, "Gyeonggi Province" for Gyeonggi-do, "North Gyeongsang" for Gyeongsangbuk-do).

A Korean paper's provinces had no region and no country (Gyeonggi Province in 18 of 250 articles, Gangwon and the
Gyeongsangs too); only the one province GeoNames happens to spell in English ("North Chungcheong") rolled up. A name
the gazetteer lacks is read as a region when, without an English kind word after it ("Province", "Prefecture",
"State", ...) and/or with Korean's own province suffix ("-do"; "-buk-do"/"-nam-do" for north and south), it is the
name of a first-level region -- never a name of generic words only ("Western Region", "Capital Province"), and only
a region: a town so found is left alone. NEWSFACET_REGION_FORMS=0 turns it off.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import switches
from .admin1 import GENERIC
from .gazetteer import Place, fold, lookup

_KIND = re.compile(r"^(.+?)\s+(?:Province|Prefecture|Region|State|Governorate|Oblast|Department|Voivodeship|"
                   r"Territory)$")
_COMPASS = {"north": "buk", "south": "nam"}
_KOREAN = re.compile(r"^(.+?)(buk|nam)?-do$")


def enabled() -> bool:
    return switches.get("NEWSFACET_REGION_FORMS", "1") != "0"


def _forms(core: str, kind_word: bool) -> Iterator[str]:
    if kind_word:
        yield core
    words = core.split()
    if len(words) == 2 and words[0].lower() in _COMPASS:
        yield f"{words[1]}{_COMPASS[words[0].lower()]}-do"  # "North Gyeongsang" -> "Gyeongsangbuk-do"
    elif len(words) == 1 and "-" not in core:
        yield f"{core}-do"  # "Gyeonggi" -> "Gyeonggi-do"
    k = _KOREAN.match(core)
    if k:  # ... and back: "Chungcheongbuk-do" -> "North Chungcheong", "Jeju-do" -> "Jeju"
        yield f"{'North' if k.group(2) == 'buk' else 'South'} {k.group(1)}" if k.group(2) else k.group(1)


def region_named(name: str) -> tuple[Place, ...]:
    """The first-level regions ``name`` names in another form, or () (also with NEWSFACET_REGION_FORMS=0)."""
    return _region_named(name) if enabled() else ()


@lru_cache(maxsize=65536)  # asked for every name the gazetteer lacks, each time a rule asks about it
def _region_named(name: str) -> tuple[Place, ...]:
    m = _KIND.match(name)
    core = m.group(1) if m else name
    if not m and " " in core and core.split()[0].lower() not in _COMPASS:
        return ()  # (most names asked here are people's and bodies': no kind word, no Korean form)
    if all(w in GENERIC for w in fold(core).split()):
        return ()
    for form in _forms(core, m is not None):
        found = tuple(p for p in lookup(form) if p.kind == "region")
        if found:
            return found
    return ()
