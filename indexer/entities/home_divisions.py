"""A home province the model read as a person is the province (round 48 of issue 11).

"Talaingod, Davao del Norte", "the low pressure area off Surigao del Norte": the small model tags PERSON on a
Philippine province written like a Spanish name, and no gazetteer of the tagger holds it (the country's provinces are
second-level divisions, in the small-place tier read for the archive's home country only), so it became a person
value -- three of the person facet's top 40 in a fresh Philippine archive (round 48).

In an archive with a home country, a person mention of two words or more whose name is not a linked full name, does
not open with a given name, and is by its own name a first- or second-level division of the home country
(home_first.home_reading; not a town: "Victoria Cruz" is nobody's province) is that division. NEWSFACET_DIVISION_PEOPLE=0
leaves them people.
"""
from __future__ import annotations

from search.model import Article

from . import switches
from .gazetteer import fold
from .home_first import home_reading
from .people import FIRST_NAMES
from .small_places import DIVISION_MIN, home_place, own_named, small_place

DIVISION = "DIVISION"


def settle_home_divisions(articles: list[Article], homes: list[str | None]) -> int:
    """Re-file as places the home divisions read as people; returns how many mentions changed."""
    if switches.get("NEWSFACET_DIVISION_PEOPLE", "1") == "0":
        return 0
    n = 0
    for a, home in zip(articles, homes):
        if not home:
            continue
        for m in a.mentions:
            if m.kind != "person" or m.value != m.text or " " not in m.text or fold(m.text.split()[0]) in FIRST_NAMES:
                continue
            reading = home_reading(m.text, home) if _division(m.text, home) else None
            if reading is not None:
                # (labelled as what it is: passes after this one read the model's PERSON as evidence of no place)
                m.kind, m.value, m.region, m.country, m.label = "place", reading[0], reading[1], home, DIVISION
                n += 1
    return n


def _division(text: str, home: str) -> bool:
    """Whether the home country has a region, or a division of small_places.DIVISION_MIN people or more, by this own
    name (no village: "Victoria Cruz" is nobody's province)."""
    key = fold(text)
    return any(fold(p.name) == key and p.kind == "region" for p in home_place(text, home)) \
        or any(p.population >= DIVISION_MIN for p in own_named(text, small_place(text, home)))
