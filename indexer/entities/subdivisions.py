"""Round 51: a county or a district of a country the article talks about, not a foreign town of its name.

The gazetteer holds countries, first-level regions and towns; a country's second-level divisions -- England's
counties and London's boroughs, France's departments, Italy's provinces -- are not in it, so "Harlow, Essex" found
Essex, Maryland, and "Chevening House in Kent", "Southwold in Suffolk", "Westminster city council" filed a British
story's places under the United States (a Guardian archive, round 51: about 16 of its place mentions). ISO 3166-2
lists those divisions with their first-level parent (pycountry, a well-kept package the project uses already). A
place mention read as a town of a country the article hardly talks about, whose name is a second-level division of a
country it talks about more (by more of its place texts, the division namesakes aside; or its archive's home where
nothing else talks about the town's country), is that division: its own name, the parent's region, that country. An
article that names the town's country keeps the reading it had ("in Kent" beside "the United States"). A place left
unplaced is a division of the archive's home country or of a country two other place texts of the article talk
about (a British story's "Kent", "Westminster"; not "the duke of Ferrara" of a story naming Venice once).
``NEWSFACET_SUBDIVISIONS=0`` turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from search.model import NO_FACET, Article

from . import not_people, places, switches
from .gazetteer import country_name, fold

_ALTERNATE = re.compile(r"\s*\[.*\]$")  # "Caerphilly [Caerffili GB-CAF]": the English name
UNPLACED_SUPPORT = 2  # the article's place texts that must talk about a country to place an unplaced name in it
_LOCATED_AFTER = re.compile(r",\s*[A-Z]")  # "GREENWICH, Conn.": the place its comma names says where it is


@lru_cache(maxsize=1)
def _divisions() -> dict[str, tuple[tuple[str, str], ...]]:
    """Folded name of a second-level division -> ((country, first-level region), ...) as the gazetteer names them."""
    import pycountry

    parents: dict[str, tuple[str, str] | None] = {}
    out: dict[str, set[tuple[str, str]]] = {}
    for sub in pycountry.subdivisions:
        if not sub.parent_code:
            continue
        if sub.parent_code not in parents:
            parent = pycountry.subdivisions.get(code=sub.parent_code)
            country = country_name(sub.country_code)
            found = [p for p in places.regions_named(_ALTERNATE.sub("", parent.name))
                     if p.country_code == sub.country_code] if parent and country else []
            parents[sub.parent_code] = (country, places.reading(found[0]).value) if found else None
        where = parents[sub.parent_code]
        if where:
            out.setdefault(fold(_ALTERNATE.sub("", sub.name)), set()).add(where)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def _towns_too() -> bool:
    """Round 65: a foreign town read with its region is re-read too (a Guardian archive's "a new Google datacentre in
    Essex", "the Sandringham estate in Norfolk": Maryland's and Virginia's towns); NEWSFACET_SUBDIVISION_TOWNS=0: only
    a place left without a region, as in round 51."""
    return switches.get("NEWSFACET_SUBDIVISION_TOWNS", "1") != "0"


def _support(own: dict[str, set[str]], country: str) -> set[str]:
    """The article's place texts that talk about ``country``, but a division of another country read as its town."""
    return {t for t in own.get(country, ()) if not any(w[0] != country for w in _divisions().get(fold(t), ()))}


def settle_subdivisions(articles: list[Article], homes: list[str | None], sure: list[dict]) -> int:
    """Re-read foreign towns as divisions of the article's own countries (see the module docstring); returns how many.
    ``homes``, ``sure``: archive.home_countries'. The foreign country must be talked about by fewer of the article's
    place texts than the division's (its namesakes aside) and never named itself."""
    if switches.get("NEWSFACET_SUBDIVISIONS", "1") == "0":
        return 0
    n = 0
    for a, home, own in zip(articles, homes, sure):
        for m in a.mentions:
            if m.kind != "place" or m.label == NO_FACET or fold(m.value) != fold(m.text) \
                    or m.region and (fold(m.region) == fold(m.text) or not _towns_too()):
                continue  # (round 65: a town read with its region abroad too -- "Essex", Maryland; not a region)
            divisions = _divisions().get(fold(m.text), ())
            para = a.paragraphs[m.paragraph].text
            if not divisions or m.country and any(fold(t) == fold(m.country) for t in own.get(m.country, ())) \
                    or _LOCATED_AFTER.match(para, m.end) or not_people.kind_before(para[max(0, m.start - 30):m.start]):
                continue  # (no division of that name; the article names the town's country; "GREENWICH, Conn."; "the
                # duke of Ferrara", "the submarine Kursk": a style or a vessel the tagger left unplaced on purpose)
            if m.country:
                foreign = len(_support(own, m.country))
                found = [w for w in divisions if w[0] != m.country
                         and (len(_support(own, w[0])) > foreign or w[0] == home and not foreign)]
            else:  # an unplaced name: a division of the archive's home, or of a country two other places talk about
                found = [w for w in divisions if w[0] == home or len(_support(own, w[0])) >= UNPLACED_SUPPORT]
            if len(found) == 1:
                m.region, m.country = found[0][1], found[0][0]
                n += 1
    return n
