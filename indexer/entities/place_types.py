"""Round 18: a name closing on a place-type word after a place's name is that place, not a body.

A state paper writes its cities and counties with their kind ("Sinuiju City", "Uiju County", "Islamabad Capital
Territory"); a US paper its counties ("Santa Cruz County"). The gazetteer holds the town or the region by its bare
name only, and the small model tags the whole name GPE as often as ORG. Two older rules then made it a body:
the article's vote (one_facet: a name closing on "City" or "County" is a club, "Manchester City", "Derby
County") and the ORG label itself. The evidence of a place is in the name: a place-type word closes it and the
words before it (less a "Capital" or "Metropolitan") name a gazetteer place, or the model itself read the whole
name as a place, and its sentence puts something there ("flood victims of X City", "farms in X County", "in X
City and Y County") with the name ending its phrase -- the council acting or employing ("Harare City buys a
house", "a Harare City employee") is the body. Such a name is a place unless
- the article is a sports report (a town's club is its team there: "Leicester City", "Notts County"),
- a capitalised word follows it (the name goes on: "Hamhung City People's Committee", "Kent County Council"),
- a body's word follows it ("X County's chairman", "X City club": one_facet's cues after a name).
Its region and country come from the head's gazetteer reading, by the usual rules (place_mentions.resolve); its value
stays the name as written. NEWSFACET_PLACE_TYPES=0 turns the rule off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import places, switches
from .admin1 import GENERIC
from .gazetteer import fold

# The kind words a name closes on, with the gazetteer kinds its head may have (None: any). A "City" is a town;
# a county, district or municipality may carry a town's or a region's name.
TYPE_WORDS: dict[str, tuple[str, ...] | None] = {
    "City": ("city",), "County": None, "District": None, "Province": ("region",), "Territory": ("region", "city"),
    "Municipality": None, "Prefecture": None, "Governorate": None,
}
# Words between the head and its kind that are no part of the place's own name ("Islamabad Capital Territory").
_BETWEEN = {"capital", "metropolitan", "special", "autonomous", "federal"}
# A sentence that puts something in the place ("flood victims of X City", "Farms in X County", "visited X City",
# "in X City and Y County") where the name ends its phrase; a council acting or a modifier ("X City buys", "X City staff") is no place use.
_LOCATIVE = re.compile(r"\b(?:in|of|at|from|to|into|near|around|across|throughout|outside|inside|within|visited|"
                       r"toured)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?$"
                       r"|\s(?:City|County|Province|District|Territory|Municipality|Prefecture|Governorate)(?:,|,?\s+and)\s+$")
_ENDS = re.compile(r"^(?:\s*[,.;:!?)\"”—–]|\s*$|\s+\(|\s+(?:and|or|of|on|in|at|to|for|from|with|where|which|"
                   r"that|who|since|during|after|before|last|this|is|are|was|were|has|have|had|will|would|could|can)\b)")
# Words that name no place alone: where in a country ("North", "Central", "Capital": admin1.GENERIC) and an
# ordinal ("Second City", a nickname and a theatre company's name).
_GENERIC = GENERIC | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
# The name goes on after the kind word: a capitalised word (not after a sentence's end) is a longer name's.
GOES_ON = re.compile(r"^(?:[’']s)?\s+[A-Z0-9]")


def enabled() -> bool:
    return switches.get("NEWSFACET_PLACE_TYPES", "1") != "0"


def head(text: str) -> str | None:
    """The place's own name in a name closing on a place-type word ("Uiju County" -> "Uiju"), else None."""
    words = text.split()
    if len(words) < 2 or words[-1] not in TYPE_WORDS:
        return None
    rest = words[:-1]
    while len(rest) > 1 and fold(rest[-1]) in _BETWEEN:
        rest = rest[:-1]
    name = " ".join(rest)
    return name if name[:1].isupper() and not any(ch.isdigit() for ch in name) else None


@lru_cache(maxsize=16384)
def head_places(text: str) -> tuple:
    """The gazetteer's exact readings of the head of ``text`` of the kinds its kind word allows; () when the
    name closes on no kind word or the gazetteer lacks its head (no fuzzy match: a loose find gives no place)."""
    name = head(text)
    if not name:
        return ()
    kinds = TYPE_WORDS[text.split()[-1]]
    return tuple(p for p in places.candidates(name) if kinds is None or p.kind in kinds)


def typed_place(text: str, label: str, before: str, after: str, sporty: bool, article_text: str = "") -> bool:
    """Whether the span ``text`` (the model's ``label``; ``before``/``after``: its paragraph around it) names a
    place by its kind word in a sentence that puts something there (see the module docstring). ``sporty``: the
    article is a sports report; ``article_text``: its text, where a head the gazetteer lacks must not be written
    in lower case nor be a generic or ordinal word ("his time at Second City": a theatre company's name)."""
    if sporty or head(text) is None or GOES_ON.match(after) or not enabled():  # (the switch last: it costs most)
        return False
    if not head_places(text):
        words = head(text).split()
        if label not in ("GPE", "LOC") or any(fold(w) in _GENERIC or re.search(r"\b%s\b" % re.escape(w.lower()),
                                                                                article_text) for w in words):
            return False
    from .one_facet import _ORG_AFTER

    return bool(_LOCATIVE.search(before[-30:]) and _ENDS.match(after)) and not _ORG_AFTER.match(after)


def typed_candidates(text: str) -> list:
    """The head's reading of a name closing on a kind word the gazetteer lacks whole ("Uiju County" -> the town
    Uiju's): where the name lies, for its region and country. Only a head with one region and country among its
    readings gives one: "Santa Cruz County" is no Bolivian department, "Monterey County" no Mexican city (a county
    is often named after a town abroad too)."""
    if not enabled() or places.candidates(text):
        return []
    found = head_places(text)
    return list(found) if len({(p.country_code, str(p.region)) for p in found}) == 1 else []


def own_value(text: str, res):
    """A name read by its head keeps its own name as the value ("Uiju County", not the town Uiju)."""
    if res.value != text and typed_candidates(text):
        return places.Resolved(text, res.regions, res.country)
    return res


def home_checked(name: str, res: places.Resolved, sources: dict[str, set[str]], located: bool = False):
    """A name read by its head town ("Palm Beach County" by Palm Beach) keeps the head's country only where its
    sentence locates it or the article's other places are in that country: a county is often named after a town
    abroad, and the head's one gazetteer reading is then a namesake (Queensland's Palm Beach for Florida's)."""
    if located or not res.country or not typed_candidates(name):
        return res
    own = {fold(name), fold(head(name) or name)}  # the bare head town vouches for nothing either
    if any(names - own for country, names in sources.items() if country == res.country):
        return res
    return places.Resolved(name, (), None)
