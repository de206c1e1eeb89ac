"""Round 50: a sports outlet's towns that its reports use as clubs.

A football archive (BBC Sport, Sky Sports and the Guardian, summer 2025: 230 of 252 articles sports reports) filed
"Newcastle" as a place in 32 articles and as the club in 47: a transfer story names the club with too few sport words
to be read as a sports report at tag time ("Newcastle have signed forward Anthony Elanga", three sport words), and a
report's sentence may say nothing of teams ("Newcastle's pre-season tour"). Where most of an outlet's articles are
sports reports (SPORTS_SHARE of MIN_OUTLET or more), a town's word its sports reports file as a body at least as often
as a place is that body in the outlet's sports items (BRIEF_SPORT_WORDS or more), unless its sentence places it
("in Newcastle": namesakes._placed, since round 57 by "in", "near" or "outside" only). A general paper's sports pages
do not make it a sports outlet. NEWSFACET_CLUB_TOWNS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import NO_FACET

from . import switches

# Round 57: in such an outlet a club's word after "at", "from" or "to" is the club ("his playing days at Tottenham",
# "£71m from Tottenham", "the transfer he wants to Tottenham": 7 of a football archive's 7 such mentions); only "in",
# "near", "outside" and a home town's "from" still say the town (NEWSFACET_CLUB_TOWN_MOVES=0: every preposition
# kept the town).
_IN_TOWN = re.compile(r"\b(?:in|near|outside)\s+$|\b(?:originally|is|was|are|were|not|hails?|hailed|comes?|came|born|"
                      r"native)\s+from\s+$")  # ("Chester is not from Birmingham")
SPORTS_SHARE = 0.6  # of an outlet's articles that are sports reports
MIN_OUTLET = 10  # articles of an outlet before its share says anything
MIN_CLUB = 2  # sports reports filing the word as a body


def refile_club_towns(articles) -> None:
    if switches.get("NEWSFACET_CLUB_TOWNS", "1") == "0":
        return
    from .faker_names import english_genders
    from .gazetteer import fold
    from .namesakes import BRIEF_SPORT_WORDS, SPORT_WORDS, _kind, _placed, sport_words

    words = [sport_words(a) for a in articles]
    outlets: dict = defaultdict(list)
    for i, a in enumerate(articles):
        outlets[a.source].append(i)
    sporty = {src for src, idx in outlets.items()
              if len(idx) >= MIN_OUTLET and sum(words[i] >= SPORT_WORDS for i in idx) >= SPORTS_SHARE * len(idx)}
    if not sporty:
        return
    as_org: Counter = Counter()
    as_place: Counter = Counter()
    values: dict[str, Counter] = defaultdict(Counter)
    for a, n in zip(articles, words):
        if n < SPORT_WORDS:
            continue
        as_org.update({m.text for m in a.mentions if m.kind == "org" and m.label != NO_FACET})
        as_place.update({m.text for m in a.mentions if m.kind == "place" and m.label != NO_FACET})
        for m in a.mentions:
            if m.kind == "org" and m.label != NO_FACET:
                values[m.text][m.value] += 1
    # (a town or a name the gazetteer lacks -- a country or a region its sports reports name as a side stays
    # namesakes' national-team reading -- and no name the archive gives a person, nor an English given name: the
    # winger "Antony" is no club of Antony)
    people = {w for a in articles for m in a.mentions if m.kind == "person" for w in (m.text, m.value)}
    given = english_genders()
    clubs = {t for t, n in as_org.items() if n >= MIN_CLUB and n >= as_place[t] and _kind(t) in ("city", "unknown")
             and t not in people and fold(t) not in given}
    if not clubs:
        return
    old_guard = switches.get("NEWSFACET_CLUB_TOWN_MOVES", "1") == "0"
    for a, n in zip(articles, words):
        if a.source not in sporty or n < BRIEF_SPORT_WORDS:
            continue
        for m in a.mentions:
            if m.kind != "place" or m.text not in clubs or m.label == "DATELINE":
                continue
            para = a.paragraphs[m.paragraph].text
            if _placed(para, m) and (old_guard or _IN_TOWN.search(para[max(0, m.start - 20):m.start])):
                continue  # "in Newcastle": the town itself
            m.kind, m.value, m.region, m.country = "org", values[m.text].most_common(1)[0][0], None, None
            if m.label == NO_FACET:
                m.label = "ORG"  # (a town no sentence placed was kept out of the place facet: the club is shown)
