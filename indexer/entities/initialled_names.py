"""People written with their initials run together ("AB de Villiers", "JP Duminy", "OG Anunoby", "RP Singh"), which
the model reads as organisations: two or three capitals look like an acronym's, as in "GE Healthcare", "UC Davis",
"JP Morgan", "US Army". Round 62: a fresh sports archive filed three cricketers and a basketball player among its top
organisations (27, 23 and 18 stories); dev's india_news2018 had JP Duminy too.

What tells them apart is the stories themselves: a person's stories write the surname alone as a person's
("Duminy was dismissed", "de Villiers made 50"); a body's do not ("Morgan" alone is rarely anyone beside "JP
Morgan"). An organisation value shaped so -- the capitals, then a surname (with "de", "du", "van" ...) -- whose
stories mostly write its surname alone as a person, and whose capitals the archive never writes alone as a body or
a place ("UC", "GE", "LA"), is that person in every story. Run by linking before the people's forms are counted, so
the surname alone then links to the full name as any other. NEWSFACET_INITIALLED_NAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import orgs, places, switches
from .english_words import inflected
from .faker_names import common_surnames
from .gazetteer import fold
from .org_person_cues import _listed_with_person, _person_cue

_PARTICLE = r"(?:de|du|van|von|der|den|da|di|le|la|del|dos|das|ten|ter)\s+"  # "de Villiers", "van der Dussen"
_SHAPE = re.compile(r"([A-Z]{2,3}|(?:[A-Z]\.){2,3})\s+((?:%s){0,2}[A-Z][a-z][\w’'\-]*)" % _PARTICLE)
_MOST = 0.5  # more than this share of the value's stories write the surname alone as a person
# ... or more than this share mark a person at all, in two stories at least (a sentence's cue alone misreads a body now
# and then: "GW Pharma", "LG Electronics" in one dev story each)
_CUED, _CUED_MIN = 0.25, 2


def enabled() -> bool:
    return switches.get("NEWSFACET_INITIALLED_NAMES", "1") != "0"


def refile_initialled_names(articles) -> int:
    """Refile the org mentions of initialled people's names as persons (module docstring); returns how many."""
    if not enabled():
        return 0
    shaped = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value not in shaped:
                hit = _SHAPE.fullmatch(m.value)
                shaped[m.value] = hit.groups() if hit else None
    shaped = {v: g for v, g in shaped.items() if g}
    if not shaped:
        return 0
    alone = {fold(m.text) for a in articles for m in a.mentions if m.kind in ("org", "place")}
    stories: dict[str, set[str]] = defaultdict(set)
    own: dict[str, set[str]] = defaultdict(set)  # stories writing the surname alone as a person's
    cued: dict[str, set[str]] = defaultdict(set)  # ... or the name where its sentence marks a person (org_person_cues)
    for a in articles:
        people = {fold(m.text) for m in a.mentions if m.kind == "person"}
        for m in a.mentions:
            v = m.value
            if m.kind != "org" or v not in shaped:
                continue
            stories[v].add(a.id)
            if fold(shaped[v][1]) in people:
                own[v].add(a.id)
            elif a.id not in cued[v] and (_person_cue(a, m) or _listed_with_person(a, m)):
                cued[v].add(a.id)
    people_values = {v for v, (caps, surname) in shaped.items() if _surname(surname) and not _caps_a_name(caps, alone)
                     and (len(own[v]) > _MOST * len(stories[v])
                          or len(own[v] | cued[v]) >= _CUED_MIN and len(own[v] | cued[v]) > _CUED * len(stories[v]))}
    moved = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.value in people_values:
                m.kind = "person"
                moved += 1
    return moved


def _surname(words: str) -> bool:
    """Whether the words after the capitals close on a surname: a common one, or no English word ("Duminy", not
    "Healthcare", "Electronics"). (A town's name may be one: "de Villiers"; "UC Davis" is the capitals' own name.)"""
    last = words.split()[-1]
    return fold(last) in common_surnames() or not inflected(last)


def _caps_a_name(caps: str, alone: set[str]) -> bool:
    """Whether the capitals are a name of their own: written alone as a body or a place in the archive, a known
    body's, or a place's ("LA", "SF")."""
    bare = caps.replace(".", "")
    return fold(caps) in alone or fold(bare) in alone or bool(orgs.known_org(bare)) or bool(places.candidates(bare))
