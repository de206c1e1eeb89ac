"""Round 53: a state's chamber written as the nation's ("the state Senate", "Senate Bill 327", "House Bill 1557").

A US paper writes its state's legislature by the chamber's name alone, the word "state" before it in lower case or a
state bill's number after it (Congress numbers its bills "S. 123" and "H.R. 123"). The model tags the chamber ORG,
and the archive's passes file it with the nation's "Senate": a fresh Chicago archive's "U.S. Senate" had 10
articles, eight of them about the Illinois or Indiana Senate. Such a mention is its state's chamber -- the
first-level region its article names most, strictly more than any other ("Illinois Senate") -- or, with no such
region, no facet's value: a chamber of some state is no body a journalist can tick.
NEWSFACET_STATE_CHAMBERS=0 reads them as before.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import switches

CHAMBERS = {"senate": "Senate", "house": "House", "house of representatives": "House of Representatives",
            "assembly": "Assembly", "legislature": "Legislature", "house of delegates": "House of Delegates",
            "legislative assembly": "Legislative Assembly", "legislative council": "Legislative Council"}
_STATE_BEFORE = re.compile(r"\bstate\s+$")  # lower case: "the state Senate" (a capital "State" is in the name)
_BILL_AFTER = re.compile(r"^\s+(?:Bills?|(?:Joint\s+|Concurrent\s+)?Resolutions?)\s+(?:No\.\s*)?\d")


def enabled() -> bool:
    return switches.get("NEWSFACET_STATE_CHAMBERS", "1") != "0"


def state_chamber(value: str, before: str, after: str) -> bool:
    """Whether an org mention of a chamber's name is a state's: "state" before it, a bill's number after it."""
    return value.lower() in CHAMBERS and bool(_STATE_BEFORE.search(before[-8:]) or _BILL_AFTER.match(after[:40]))


def _region(mentions, home: str | None) -> str | None:
    """The first-level region the article's places are in most often, strictly more than any other, in its
    archive's home country (else in the country its places are in most often): a Chicago story's "Pilsen" read
    as Plzeň gives no Czech Senate."""
    places = [m for m in mentions if m.kind == "place" and m.country]
    if home is None:
        countries = Counter(m.country for m in places).most_common(1)
        home = countries[0][0] if countries else None
    counts = Counter(m.region for m in places if m.region and m.country == home).most_common(2)
    if not counts or len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return counts[0][0]


def settle(articles) -> int:
    """Each state chamber's mention valued as its state's ("Illinois Senate"), or out of the facet. Run before
    the org variants merge (a bare "Senate" beside "U.S. Senate" is the nation's there). Returns the mentions
    changed."""
    if not enabled():
        return 0
    found = {}
    for i, a in enumerate(articles):
        for m in a.mentions:
            if m.kind == "org" and m.value.lower() in CHAMBERS and m.label != NO_FACET:
                text = a.paragraphs[m.paragraph].text
                if state_chamber(m.value, text[:m.start], text[m.end:]):
                    found.setdefault(i, []).append(m)
    if not found:
        return 0
    from .archive import home_countries

    homes = home_countries(articles)[0]
    for i, chambers in found.items():
        region = _region(articles[i].mentions, homes[i])
        for m in chambers:
            if region:
                m.value = f"{region} {CHAMBERS[m.value.lower()]}"
            else:
                m.label = NO_FACET
    return sum(len(c) for c in found.values())
