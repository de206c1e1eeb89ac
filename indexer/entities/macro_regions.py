"""Macro-regions the model tags ORG: "Indo-Pacific", "Asia-Pacific", "the Americas", "Euro-Atlantic".

A name made only of continent and ocean words, joined by hyphens or led by a compass word, is a part of the world,
never a body: a place mention (labelled LOC, as the model tags "Pacific" or "Asia" alone) with no country or
region of its own. A name the gazetteer holds ("South Africa") is left to it. One part that is no such word keeps the name a body's ("Georgia-Pacific", "Asia Pacific
Broadcasting Union"). The words are generic geography (places.CONTINENTS and the oceans), no list of names.
NEWSFACET_MACRO_REGIONS=0 turns the rule off.
"""
from __future__ import annotations

import re

from . import switches
from .gazetteer import fold, lookup
from .places import CONTINENTS

_OCEANS = {"pacific", "atlantic", "arctic", "antarctic", "indian ocean", "mediterranean", "caribbean"}
# combining forms and compass words that only ever lead a macro-region's other part
_LEADS = {"indo", "euro", "afro", "sino", "sub", "north", "south", "east", "west", "central",
          "southeast", "northeast", "southwest", "northwest", "saharan"}
_PLURAL = {"americas"}
_THE = re.compile(r"^[Tt]he\s+")  # (compiled once: is_macro is asked of every ORG span)


def enabled() -> bool:
    return switches.get("NEWSFACET_MACRO_REGIONS", "1") != "0"


def _whole(part: str) -> bool:
    return part in CONTINENTS or part in _OCEANS or part in _PLURAL or part in ("america",)


def is_macro(text: str) -> bool:
    """Whether ``text`` names a macro-region: "Americas", or two parts or more, each a continent, an ocean or a
    leading combining/compass word, the last a continent or ocean ("Indo-Pacific", "Sub-Saharan Africa")."""
    if not enabled() or not text[:1].isupper():
        return False
    text = _THE.sub("", text)
    key = fold(text)
    if key in _PLURAL:
        return True
    parts = key.split()
    if len(parts) < 2 or "-" not in text and parts[0] not in _LEADS or lookup(text):
        return False  # one word; or a gazetteer place ("South Africa", "North America"): read as the place it is
    # "indian ocean" is one whole part
    joined = " ".join(parts)
    for whole in sorted(CONTINENTS | _OCEANS, key=len, reverse=True):
        if " " in whole:
            joined = joined.replace(whole, whole.replace(" ", "_"))
    parts = [p.replace("_", " ") for p in joined.split()]
    return _whole(parts[-1]) and all(_whole(p) or p in _LEADS for p in parts[:-1])


# Round 57: a part of the world named by position words alone ("the Middle East", "the Far East", "the Deep South"; one
# such word alone may be a district's name: Hong Kong's "Central")
_POSITIONS = {"middle", "far", "near", "deep", "east", "west", "north", "south", "central", "eastern", "western",
              "northern", "southern", "midwest", "mideast"}


def part_of_world(text: str) -> bool:
    """A continent, a macro-region or a part of the world by position words: a name that lies in no country, so
    no "X, Y" after it puts it in a region ("the Middle East, Northern Ireland, South Africa" is a list;
    "South America, Mexico, Australia" too)."""
    key = fold(_THE.sub("", text))
    words = key.split()
    return key in CONTINENTS or is_macro(text) or len(words) >= 2 and all(w in _POSITIONS for w in words)
