"""Round 49: a town written as its municipality ("the City of Johannesburg", "the City of Ekurhuleni", "Municipality
of Anchorage") lies where the town does.

A South African paper names its metros so ("Solidarity is taking the City of Johannesburg to court"); the gazetteer
holds the town, not the municipality's name, so the place had no region and no country. Such a name the gazetteer
lacks, whose town it holds by its own name, lies where that town does; its value stays the name as written (the
"City of London" is the Square Mile, not London). NEWSFACET_CITY_OF=0 turns it off.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import switches
from .gazetteer import Place, fold, lookup

_CITY_OF = re.compile(r"(?:[Tt]he\s+)?(?:City|Municipality|Town|Borough|Township|Metro|Metropolitan Municipality)"
                      r"\s+of\s+(\S.*)")


def city_named(name: str) -> tuple[Place, ...]:
    """The towns ``name`` names as "City of X" (own name X), each under the name as written ("The" aside), or ()
    -- also with NEWSFACET_CITY_OF=0."""
    m = _CITY_OF.fullmatch(name)
    if not m or switches.get("NEWSFACET_CITY_OF", "1") == "0":
        return ()
    town, written = fold(m.group(1)), re.sub(r"^[Tt]he\s+", "", name)
    return tuple(replace(p, name=written) for p in lookup(m.group(1)) if p.kind == "city" and fold(p.name) == town)
