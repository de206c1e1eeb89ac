"""Round 59: a name the archive writes with a stock ticker after it is a listed company wherever it is filed as a place.

"Spain's [Santander] ( SAN.MC )", "[Nestle] ( NESN.VX )", "[BlackRock] ( BLK.N )": a financial wire brackets a listed
company's instrument code after its name (tickers.py), the surest sign there is that the name is a firm. The model
tags such a name GPE or PERSON now and then, and the gazetteer finds a town of that name: a fresh Reuters archive
filed the bank Santander under the city in Cantabria (its region facet's "Cantabria" counted eight bank stories),
Mizuho under a town in Gifu, EADS under Eads, Colorado, and Nestle and BlackRock as places. A place mention whose
text the archive writes with a ticker after it in any article is that company (an org mention, its name as the
firm's value), but where its own words make it a place: "the city of Santander", "Santander, Spain", "in Santander"
followed by no business of the firm. NEWSFACET_LISTED_FIRMS=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches, tickers

# A place's own words: "the city/port/province of X", "X, Spain" (a comma and a capitalised place name).
_PLACE_BEFORE = re.compile(r"\b(?:city|town|port|province|region|village|state|capital)\s+of\s+$", re.I)
_PLACE_AFTER = re.compile(r"^,\s+[A-Z][a-z]")
_IN_BEFORE = re.compile(r"\b(?:in|near|outside)\s+$")
# A longer name the mention closes: "Corp of", "Bank of", "Service of" (the ticker is that name's).
_NAME_BEFORE = re.compile(r"(?:\bof|[A-Z][\w&.\-]*)\s+$")


def enabled() -> bool:
    return switches.get("NEWSFACET_LISTED_FIRMS", "1") != "0"


def _listed(articles) -> set[str]:
    """The mention texts the archive writes with a ticker right after them -- the whole name, not the end of a longer
    one ("First Union Corp of [Georgia] <FUNC>" is the bank's ticker) -- and no country's name (no firm is filed
    under a country by its ticker alone)."""
    from . import places

    out = set()
    for a in articles:
        for m in a.mentions:
            para = a.paragraphs[m.paragraph].text
            if m.text not in out and tickers.ticker_after(para[m.end:m.end + 40]) \
                    and not _NAME_BEFORE.search(para[max(0, m.start - 30):m.start]):
                out.add(m.text)
    return {t for t in out if not any(p.kind == "country" for p in places.candidates(t))}


def _place_words(para: str, start: int, end: int) -> bool:
    before, after = para[max(0, start - 30):start], para[end:end + 30]
    return bool(_PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after)
                or _IN_BEFORE.search(before) and not tickers.ticker_after(after))


def refile_listed_firms(articles) -> int:
    """File the place mentions of listed companies' names as those companies. Returns how many."""
    if not enabled():
        return 0
    from search.model import NO_FACET

    from .orgs import normalise_org

    listed = _listed(articles)
    if not listed:
        return 0
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind != "place" or m.text not in listed:
                continue
            para = a.paragraphs[m.paragraph].text
            if _place_words(para, m.start, m.end):
                continue
            m.kind, m.value, m.region, m.country = "org", normalise_org(m.text), None, None
            if m.label == NO_FACET:
                m.label = "ORG"  # (a gated place: the ticker is the firm's evidence)
            n += 1
    return n
