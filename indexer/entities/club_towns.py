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
    from .namesakes import BRIEF_SPORT_WORDS, SPORT_WORDS, _kind, _placed, sport_words, us_sporty

    words = [sport_words(a) for a in articles]
    outlets: dict = defaultdict(list)
    for i, a in enumerate(articles):
        outlets[a.source].append(i)
    # (round 62: a US league's report counts by its box score's words too, namesakes.us_sporty -- an NBA outlet's
    # features and previews fell short of four sport words in half its stories)
    league = switches.get("NEWSFACET_CLUB_TOWN_NAMES", "1") != "0"
    reports = [n >= SPORT_WORDS or league and n > 0 and us_sporty(a) for a, n in zip(articles, words)]  # ("nba" is a
    # sport word: a story with none is read no further)
    sporty = {src for src, idx in outlets.items()
              if len(idx) >= MIN_OUTLET and sum(reports[i] for i in idx) >= SPORTS_SHARE * len(idx)}
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
    # (a state too: "Utah", "Indiana" of a league's "Utah Jazz", "Indiana Pacers")
    named = {town: club for town, club in _named_clubs(articles, words, as_place).items()
             if _kind(town) in ("city", "unknown", "region") and town not in people and fold(town) not in given}
    for town, club in named.items():
        clubs.add(town)
        values[town] = Counter({club: 1})  # (the club's full name, where round 50 kept the town's word as a body's)
    if not clubs:
        return
    old_guard = switches.get("NEWSFACET_CLUB_TOWN_MOVES", "1") == "0"
    for a, n in zip(articles, words):
        if a.source not in sporty or n < BRIEF_SPORT_WORDS:
            continue
        for m in a.mentions:
            if m.kind == "org" and m.value == m.text and m.text in named:
                m.value = named[m.text]  # "Golden State" beside the archive's "Golden State Warriors": that club
                continue
            if m.kind != "place" or m.text not in clubs or m.label == "DATELINE":
                continue
            para = a.paragraphs[m.paragraph].text
            if _placed(para, m) and (old_guard or _IN_TOWN.search(para[max(0, m.start - 20):m.start])):
                continue  # "in Newcastle": the town itself
            if m.text in named and _town_use(para, m):
                continue  # round 62: "The Seattle native", "Seattle, Wash.", "Milwaukee police": the town
            m.kind, m.value, m.region, m.country = "org", values[m.text].most_common(1)[0][0], None, None
            if m.label == NO_FACET:
                m.label = "ORG"  # (a town no sentence placed was kept out of the place facet: the club is shown)


# Round 62: a league's towns are written alone for their clubs more often than the model tags them ORG ("Houston is
# working quickly to fill its center hole", "snapped Houston's 20-game home winning streak"): a fresh NBA archive kept
# 19 of its clubs' towns as places, in 14 to 83 stories each. A town whose words open one club's name in the sports
# reports ("Houston Rockets"; DOMINANT times as many as open other clubs', each in one story: "Houston Dynamo"), in at
# least CLUB_SHARE as many of them as name the town as a place, is that club there too -- not a town whose name opens a
# paper's or a body's ("Toronto Star", "Houston Police"), nor one of two clubs ("Los Angeles": the Lakers and the
# Clippers, though the Clippers are mostly "LA Clippers"). NEWSFACET_CLUB_TOWN_NAMES=0: not these.
CLUB_SHARE = 1 / 3
DOMINANT = 3
_NOT_CLUB_LAST = frozenset("""star times post globe herald tribune news chronicle journal sun examiner gazette press
police council university college airport hospital city county state government department office finals final
conference playoffs series draft championship championships tournament league cup games classic open semifinals
semifinal quarterfinals""".split())
_NICKNAME = re.compile(r"[A-Z][\w’'\-]+|\d+[a-z]+")  # "Rockets", "76ers"


def _named_clubs(articles, words, as_place: Counter) -> dict[str, str]:
    """town -> the one club whose name it opens in the archive's sports reports (see above)."""
    if switches.get("NEWSFACET_CLUB_TOWN_NAMES", "1") == "0":
        return {}
    from .gazetteer import fold
    from .namesakes import SPORT_WORDS
    from .one_facet import is_event
    from .orgs import is_outlet

    opened: dict[str, Counter] = defaultdict(Counter)
    for a, n in zip(articles, words):
        if n < SPORT_WORDS:
            continue
        for v in {m.value for m in a.mentions if m.kind == "org" and m.label != NO_FACET}:
            town, _, last = v.rpartition(" ")
            if town and town in as_place and _NICKNAME.fullmatch(last) and fold(last) not in _NOT_CLUB_LAST \
                    and not is_outlet(v) and not is_event(v):
                opened[town][v] += 1
    out = {}
    for town, named in opened.items():
        (club, n), *rest = named.most_common()
        if n >= DOMINANT * sum(k for _, k in rest) and all(k < MIN_CLUB for _, k in rest) and n >= MIN_CLUB \
                and n >= CLUB_SHARE * as_place[town]:
            out[town] = club
    return out


# What only a town is or has, right after its name: its people, its services, its area, its state after a comma.
_TOWN_AFTER = re.compile(r"^(?:[’']s)?\s+(?:natives?|-born|born|residents?|area|metro|suburbs?|police|mayor|airport|"
                         r"city\s+council|bubble|skyline|streets?)\b|^-born\b")


def _town_use(para: str, m) -> bool:
    from .evidence import comma_region

    after = para[m.end:m.end + 40]
    return bool(_TOWN_AFTER.match(after) or comma_region(after, m.text))

