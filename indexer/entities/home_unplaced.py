"""A town left unplaced between a home reading and one abroad is the home town (round 47 of issue 11).

tag_entities leaves a name with no region and no country when its gazetteer readings lie in several countries the
article talks about and none is DOMINANCE times the others' size: in a Canadian archive "Vancouver" (662,000, British
Columbia) against Vancouver, Washington (196,000) in every story that also mentions the United States -- the Meng
Wanzhou arrest, a trade story -- so seven of thirteen Vancouver articles were in neither British Columbia nor Canada
(a fresh CBC archive, round 47). home_first re-reads towns filed abroad; these were filed nowhere.

In an archive with a home country (archive.home_countries), such a mention is the home reading (a town of places.SMALL
people or more, or a region, of the main gazetteer) unless its sentence places it abroad ("Vancouver, Wash.", "X,
Texas": home_first.placed_abroad), the article names the region of a foreign reading and none of the home readings', or a
big city abroad is places.DOMINANCE times every home reading's size ("Paris or Geneva" in an American archive).
NEWSFACET_HOME_UNPLACED=0 leaves them unplaced.
"""
from __future__ import annotations

from search.model import NO_FACET, Article

from . import places, switches
from .gazetteer import country_name
from .home_first import home_reading, placed_abroad


def enabled() -> bool:
    return switches.get("NEWSFACET_HOME_UNPLACED", "1") != "0"


def _home_and_abroad(text: str, home: str) -> tuple[list, list]:
    found = places.candidates(text)
    at_home = [p for p in found if country_name(p.country_code) == home
               and (p.kind == "region" or p.kind == "city" and p.population >= places.SMALL)]
    abroad = [p for p in found if country_name(p.country_code) != home]
    return at_home, abroad


def _far_bigger_abroad(at_home: list, abroad: list) -> bool:
    """A big city abroad (places.BIG_CITY or more) places.DOMINANCE times the size of every home reading."""
    big = max((p.population for p in abroad if p.kind == "city"), default=0)
    return big >= places.BIG_CITY and big >= places.DOMINANCE * max(p.population for p in at_home)


def settle_unplaced(articles: list[Article], homes: list[str | None]) -> int:
    """Give each unplaced mention its home reading where the module docstring says; returns how many moved."""
    if not enabled():
        return 0
    moved = 0
    for a, home in zip(articles, homes):
        if not home:
            continue
        regions = {m.region for m in a.mentions if m.kind == "place" and m.region and m.label != NO_FACET}
        for m in a.mentions:
            if m.kind != "place" or m.country or m.region or m.label in (NO_FACET, "DATELINE"):
                continue
            at_home, abroad = _home_and_abroad(m.text, home)
            if not at_home or not abroad:
                continue  # (a name with no home reading, or none abroad, was left unplaced for another reason)
            if _far_bigger_abroad(at_home, abroad):
                continue  # "Paris or Geneva" in an American archive: Geneva, Illinois is no rival to the Swiss city
            if any(p.region in regions for p in abroad if isinstance(p.region, str)) \
                    and not any(p.region in regions for p in at_home if isinstance(p.region, str)):
                continue  # the article is in the foreign namesake's state
            if placed_abroad(a.paragraphs[m.paragraph].text, m, home):
                continue
            new = home_reading(m.text, home)
            if new and new[2]:
                m.value, m.region, m.country = new
                moved += 1
    return moved
