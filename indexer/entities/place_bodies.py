"""A name no gazetteer knows, filed as a place, that a sentence of the archive marks as a body: the body.

The model tags a charity, a firm or a branch LOC or GPE where nothing says what it is ("worked for aid agency Oxfam",
"the charity Oxfam", "Pacific humanitarian manager for Oxfam New Zealand"); no gazetteer reading locates it, so the
place facet showed it with no country (round 43 of issue 11: ukpress2016's and abc_tonga2013's dev parts).
unproven.drop_unplaced keeps a LOC/FAC name out of its gate (rivers and valleys are right three times in four), so such
a body stayed a place. Here a never-located place value becomes an organisation when a sentence of the archive marks it
as one -- a body's descriptor before it, its people or its statement before or after it, someone working for it -- and
no sentence places it ("in X", "from X", "X, Idaho", "the village of X", a dateline), no gazetteer holds the name at all
(not a mountain range's, a sea's or a part of the world's: "the Alps", "Melanesia") and no sports sentence made it a
side. The org gates then judge it like any body. NEWSFACET_PLACE_BODIES=0 turns it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET, Article

from . import evidence, places, switches
from .macro_regions import is_macro

# What only a body is called or has, right before or after the name: a body's descriptor ("the charity X",
# "aid agency X"), its people ("spokesman for X", "worked for X", "X chief executive"), its statement or shares.
# (Not org_evidence's looser cues, written for spans the model already called bodies: "officials of X" has
# a power station's, "rival the X" a mountain range's, "X unit" a machine's.)
_BODY_BEFORE = re.compile(r"\b(?:(?:charity|agency|firm|company|organi[sz]ation|NGO|retailer|airline|broadcaster|"
                          r"newspaper|magazine|website|watchdog|regulator|think[- ]tank|consultancy|insurer|"
                          r"lender|bank)\s+|(?:spokes(?:man|woman|person)|chief executive|CEO|chairman|chairwoman|"
                          r"founder|employees?|staff)\s+(?:of|for|at)\s+|(?:work(?:s|ed|ing)?|volunteer(?:s|ed|ing)?)"
                          r"\s+(?:for|with)\s+)(?:the\s+)?$")
_BODY_AFTER = re.compile(r"^(?:[’']s)?\s+(?:said in a statement|spokes(?:man|woman|person)|chief executive|CEO|"
                         r"chairman|chairwoman|employees|shareholders|shares)\b")
# names the model tags LOC that are places by their sentence (a dateline's label is its own)
_PLACED_LABELS = frozenset({"DATELINE", evidence.LOCATED})


def enabled() -> bool:
    return switches.get("NEWSFACET_PLACE_BODIES", "1") != "0"


def refile_cued_bodies(articles: list[Article]) -> int:
    """Place mentions of the values described in the module docstring: organisation mentions. Returns how many."""
    if not enabled():
        return 0
    from .orgs import normalise_org
    from .unproven import sentence_places

    located: set[str] = set()
    placed: set[str] = set()
    cued: set[str] = set()
    for a in articles:
        for m in a.mentions:
            if m.kind != "place" or m.label == NO_FACET:
                continue  # (a side a sports sentence names is no facet value: not the body here)
            if m.country is not None or m.region is not None:
                located.add(m.value)
                continue
            para = a.paragraphs[m.paragraph].text
            if m.label in _PLACED_LABELS or sentence_places(para, m):
                placed.add(m.value)
            elif _BODY_BEFORE.search(para[max(0, m.start - 40):m.start]) or _BODY_AFTER.match(para[m.end:m.end + 40]):
                cued.add(m.value)
    bodies = {v for v in cued - placed - located if not places.candidates(v) and not is_macro(v)}
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "place" and m.value in bodies:
                label = NO_FACET if m.label == NO_FACET else "ORG"  # (a mention kept out of the facet stays out)
                m.kind, m.value, m.region, m.country, m.label = "org", normalise_org(m.text), None, None, label
                n += 1
    return n
