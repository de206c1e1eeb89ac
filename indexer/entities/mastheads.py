"""A newspaper's name is an organisation's, whatever the model tagged it (round 37 of issue 11).

The small model reads a paper by its town: "the Gold Coast Bulletin" LOC, "the Santa Cruz County Sentinel" GPE,
"Orlando Sentinel" PERSON, "Sydney Morning Herald" ORG then linked to a person. As a place it was a value no
gazetteer locates (dev dailymail_au2020, ucsc1997: seven articles); as a person, a name nobody bears. The house
word of a masthead says which it is: a name of two words or more whose last word is one of _MASTHEAD ("Herald",
"Gazette", "Tribune") is a paper. A word that also ends people's or things' names ("Post", "Star", "Times",
"News": "David Post", "Newport News" the city) counts only after a place's name that is no given name
("Jakarta Post", "Solomon Star"; not a village's name, "Airport Express"), and never when the
whole name is a gazetteer place.
NEWSFACET_MASTHEADS=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches

# House words only papers end their names with.
_MASTHEAD = frozenset({"Herald", "Gazette", "Tribune", "Chronicle", "Courier", "Sentinel", "Bulletin", "Observer",
                       "Advertiser", "Examiner", "Inquirer", "Enquirer", "Telegraph", "Argus", "Journal",
                       "Dispatch", "Courant", "Clarion"})
# ... and words that end other names too: a paper's only after its place ("Yorkshire Post", "Jakarta Post")
_AFTER_PLACE = frozenset({"Post", "Times", "Star", "News", "Mail", "Express", "Standard", "Mercury", "Globe",
                          "Sun", "Record", "Echo", "Press", "Leader", "Register", "Review", "Independent"})
_WORDS = re.compile(r"[^\s]+")


def enabled() -> bool:
    return switches.get("NEWSFACET_MASTHEADS", "1") != "0"


def masthead(text: str) -> bool:
    """Whether ``text`` (a mention's text, "the" already cut) names a newspaper by its house word."""
    last = text.rsplit(None, 1)[-1] if text else ""
    if last not in _MASTHEAD and last not in _AFTER_PLACE or not enabled():
        return False  # (asked of every candidate span: the house word first, the environment only then)
    words = _WORDS.findall(text)
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    from . import places
    from .faker_names import given_names
    from .gazetteer import fold

    if places.candidates(text):
        return False  # "Newport News", Virginia
    if last in _MASTHEAD:
        return True
    head = " ".join(words[:-1])
    # (a country, a region or a town of BIG_PLACE people: a village's name is an ordinary word as often, "Airport
    # Express" is a railway)
    return fold(words[0]) not in given_names() and any(
        p.kind in ("country", "region") or p.population >= BIG_PLACE for p in places.candidates(head))


BIG_PLACE = 100_000
