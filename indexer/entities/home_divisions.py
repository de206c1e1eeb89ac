"""A home province the model read as a person is the province (round 48 of issue 11).

"Talaingod, Davao del Norte", "the low pressure area off Surigao del Norte": the small model tags PERSON on a
Philippine province written like a Spanish name, and no gazetteer of the tagger holds it (the country's provinces are
second-level divisions, in the small-place tier read for the archive's home country only), so it became a person
value -- three of the person facet's top 40 in a fresh Philippine archive (round 48).

In an archive with a home country, a person mention of two words or more whose name is not a linked full name, does
not open with a given name, and is by its own name a first- or second-level division of the home country
(home_first.home_reading; not a town: "Victoria Cruz" is nobody's province) is that division. NEWSFACET_DIVISION_PEOPLE=0
leaves them people.

Round 53: the same for a county the model or the article's vote filed as a body. A US paper writes its counties with
their kind ("Cook County", "Will County"); a name closing on "County" reads as a club to the article's vote ("Derby
County") and to the ORG label, so a Chicago archive had "Lake County" in the org facet (16 articles) and "Cook
County" in no facet at all (52 mentions). An org mention written "X County" (or "County X", "X Parish") and nothing
more -- no capitalised word after it ("Cook County Board"), not in a sports report -- that is by its own name a
division of the home country is that division. NEWSFACET_DIVISION_BODIES=0 leaves them bodies.
"""
from __future__ import annotations

import re

from search.model import Article

from . import namesakes, switches
from .gazetteer import fold
from .home_first import home_reading
from .people import FIRST_NAMES
from .place_types import GOES_ON
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


_COUNTY = re.compile(r"[A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,2} (?:County|Parish)|County [A-Z][\w’'\-]+")


def settle_home_counties(articles: list[Article], homes: list[str | None]) -> int:
    """Re-file as places the home counties read as bodies; returns how many mentions changed."""
    if switches.get("NEWSFACET_DIVISION_BODIES", "1") == "0":
        return 0
    n = 0
    for a, home in zip(articles, homes):
        sporty = None
        for m in a.mentions if home else ():
            if m.kind != "org" or m.value != m.text or not _COUNTY.fullmatch(m.text) \
                    or GOES_ON.match(a.paragraphs[m.paragraph].text[m.end:m.end + 4]):  # "Cook County Board"
                continue
            reading = home_reading(m.text, home) if _division(m.text, home) else None
            if reading is None:
                continue
            if sporty is None:
                sporty = namesakes.sporty(a)  # (asked only where a county is met)
            if not sporty:
                region = reading[1] or _named_region(a, m.text, home)
                m.kind, m.value, m.region, m.country, m.label = "place", reading[0], region, home, DIVISION
                n += 1
    return n


def _named_region(article: Article, text: str, home: str) -> str | None:
    """Of the regions holding a county so named ("Cook County": Illinois, Georgia, Minnesota), the one region the
    article's places are in."""
    key = fold(text)
    held = {p.region for p in home_place(text, home) if fold(p.name) == key and isinstance(p.region, str)}
    named = {m.region for m in article.mentions if m.kind == "place" and m.region} & held
    return next(iter(named)) if len(named) == 1 else None
