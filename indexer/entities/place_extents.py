"""Round 44: a place span the model cut before a connective of its own name takes the whole name.

The model tags part of a place's name and leaves the rest, joined by a connective, outside its span: "[Jammu] and
Kashmir", "the [Federated States] of Micronesia", "[Rio Grande] do Sul", "[Chaharmahal] and Bakhtiari". The cut name then
resolves to another place or to none ("Jammu" the city, "Rio Grande" a Texas town, "Federated States" nothing).
place_fragments' cut tail (round 35) takes back capitalised words only ("[Port] Moresby"); here the tail may open with
"and", "of", "de", "do", "del", "da", "dos", "das" when the whole is a country or a first-level region the gazetteer
holds (its own name or another of its names: "Federated States of Micronesia" is Micronesia), or a town by its own
name, and no further capitalised word carries the name on. The same reading keeps a span "X and Y" that is one such
place from being split as a list (spans._parts). NEWSFACET_PLACE_EXTENTS=0 keeps the model's cut.
"""
from __future__ import annotations

import re

from . import places, switches
from .gazetteer import fold

_CONNECTIVE_TAIL = re.compile(r"^ (?:and|of|de|del|do|da|dos|das) [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?")
_NAME_GOES_ON = re.compile(r"^(?: [A-Z0-9]|-[A-Z])")


def enabled() -> bool:
    return switches.get("NEWSFACET_PLACE_EXTENTS", "1") != "0"


def _whole_place(name: str):
    found = [p for p in places.candidates(name) if p.kind in ("country", "region") or fold(p.name) == fold(name)]
    return places.dominant(found)


def connective_tail(para: str, m):
    """(new end, resolved whole place) when a connective and capitalised words right after the mention close the
    place's name (see the module docstring), else None."""
    if not enabled():
        return None
    hit = _CONNECTIVE_TAIL.match(para[m.end:m.end + 60])
    if not hit:
        return None
    words = hit.group().split()
    for k in range(len(words), 1, -1):  # the longer tail first: "and Bakhtiari Province" before "and Bakhtiari"
        tail = " " + " ".join(words[:k])
        end = m.end + len(tail)
        if _NAME_GOES_ON.match(para[end:end + 3]):
            continue
        best = _whole_place(para[m.start:end])
        if best is not None:
            return end, places.reading(best)
    return None


def one_place(name: str) -> bool:
    """Whether a span of "X and Y" is one such place's name ("Jammu and Kashmir", "Chaharmahal and Bakhtiari"), no
    list of two (spans._parts splits a list)."""
    return enabled() and _whole_place(name) is not None
