"""A place written with its owner's possessive ("east Delhi's Geeta Colony", "Ottawa's Innes Road", "East New Britain's
Vudal") is the owned place, inside the owner.

The model keeps the owner inside the span when the owned name is one it does not know; the whole then matched no
gazetteer entry and the facet showed "Delhi's Geeta Colony" with no region or country (round 43 of issue 11: one such
value in each of three dev parts). Here a place mention whose text is "Owner's Name", the owner a place with one
dominant reading (a country, a region or a town), the whole text no gazetteer entry, the owned name no single English
word ("St Paul's Bay", "St John's Wood" are names of their own), becomes the mention of the Name alone, with the owner's
region and country where it has none of its own. NEWSFACET_PLACE_OWNERS=0 turns it off.
"""
from __future__ import annotations

import re

from search.model import Article

from . import places, switches
from .gazetteer import country_name
from .small_places import _english_words

_OWNED = re.compile(r"^([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})[’']s\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})$")


def enabled() -> bool:
    return switches.get("NEWSFACET_PLACE_OWNERS", "1") != "0"


def settle_owned_places(articles: list[Article]) -> int:
    """Place mentions written with a place's possessive (see the module docstring): the owned place. Returns how
    many changed."""
    if not enabled():
        return 0
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "place" or m.country is not None and m.value != m.text:
                continue
            hit = _OWNED.match(m.text)
            if not hit or places.candidates(m.text):
                continue
            owner = places.dominant(places.candidates(hit.group(1)))
            if owner is None or owner.kind not in ("country", "region", "city"):
                continue
            name = hit.group(2)
            if " " not in name and name.lower() in _english_words():
                continue  # "St Paul's Bay", "St John's Wood": one name whose last word is a kind, not an owned place
            m.start += hit.start(2)
            m.text = m.value = name
            if m.country is None:
                m.region = owner.region if isinstance(owner.region, str) else None
                m.country = country_name(owner.country_code)
            n += 1
    return n
