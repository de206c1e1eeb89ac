"""A paragraph that ties a place name to the archive's home country.

A local paper names its own towns beside each other: "one of the shells was found in Honiara and two in
the Henderson area", "landowners in Choiseul Province" next to "Police in Solomon Islands", "Binga and
Kariba". When the gazetteer's biggest reading of such a name lies abroad (Henderson, Nevada; Choiseul,
Saint Lucia; Binga in the Congo), only the outlet's habits could bring it home so far (archive.py), and an
outlet that names the foreign country in a few unrelated articles (a football draw against Gabon) kept
Nyanga, Zimbabwe in Gabon (round 14 of issue 11, judges' whys on rnz_solomons2018 and herald_zw2025).

The paragraph is the evidence here: it names other places of the home country (or the home country
itself) and no place of any other foreign country. Its own article names nothing else in the foreign
country either (lone_namesakes._lone_abroad). Such a name is the home country's: its home reading when the
country has a place by that name (a town, a first-level region by its bare name, the small-place tier's
village), and otherwise no region and no country (a name shared by several countries' places that the
paper does not place abroad by anything it writes: "Santa Cruz" in Temotu is no Bolivian department).
"""
from __future__ import annotations

import re
from functools import lru_cache

from search.model import NO_FACET, Article, Mention

from . import places
from .gazetteer import country_name

# A region's bare name, as a reporter writes it: "Choiseul" for Choiseul Province. The gazetteer keys a
# region's bare name only when no town abroad is bigger than the region's towns (build_gazetteer), which
# drops the bare names of small countries' provinces; their "X Province" form stays, so it is looked up too.
_REGION_WORDS = ("Province", "Region", "District", "Division", "State")


def linked_home(article: Article, m: Mention, home: str | None) -> bool:
    """Whether ``m``'s paragraph names another place of ``home`` (or ``home`` itself) and no place of a
    country other than ``home`` and ``m``'s own reading's."""
    if not home:
        return False
    at_home = False
    for o in article.mentions:
        if o.paragraph != m.paragraph or o.kind != "place" or o.label == NO_FACET or o.start == m.start:
            continue
        if o.country == home:
            at_home = True
        elif o.country and o.country != m.country:
            return False  # foreign context: "flights from Brisbane and Nadi"
    return at_home


_LIST_GAP = re.compile(r"^(?:,\s*|\s+and\s+|,\s+and\s+|\s*/\s*)$")


def listed_home(article: Article, m: Mention, home: str | None) -> bool:
    """Whether ``m`` is an item of a list holding at least two places of ``home`` next to it or to each other
    ("Lae, Huon Gulf, Markham, Nawaeb"; "Victoria Falls, Kariba and Nyanga"). One neighbour is not enough:
    "flights between Port Moresby and Cairns" pairs home with abroad."""
    para = article.paragraphs[m.paragraph].text
    spans = sorted({(o.start, o.end) for o in article.mentions if o.paragraph == m.paragraph and o.kind == "place"
                    and o.country == home and o.label != NO_FACET and o.start != m.start})

    def chain(start: int, end: int, step: int) -> int:
        n = 0
        while True:
            nxt = [s for s in spans if (s[1] <= start and _LIST_GAP.match(para[s[1]:start])) if step < 0] or \
                  [s for s in spans if (end <= s[0] and _LIST_GAP.match(para[end:s[0]])) if step > 0]
            if not nxt:
                return n
            n += 1
            start, end = nxt[0]

    return chain(m.start, m.end, -1) + chain(m.start, m.end, 1) >= 2


@lru_cache(maxsize=16384)
def home_regions(name: str, home: str | None) -> tuple:
    """The home country's first-level regions that ``name`` names by their own or bare name."""
    if not home:
        return ()
    key = places.fold(name)
    forms = [name] + [f"{name} {w}" for w in _REGION_WORDS if not key.endswith(w.lower())]
    out = []
    for form in forms:
        for p in places.candidates(form):
            if p.kind == "region" and country_name(p.country_code) == home and p not in out:
                out.append(p)
    return tuple(out)
