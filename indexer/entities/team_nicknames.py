"""Round 53: a team by its nickname alone ("the Bears", "the Raptors") is the team the archive names in full.

A paper names its town's teams in full once ("the Chicago Bears") and by the nickname after, and the small model tags
the nickname LOC or GPE as often as ORG: a Chicago archive had "Bears" as a place in 9 articles -- a place no gazetteer
locates, beside the org value "Chicago Bears" in 11. A place mention (or an org one) whose whole text is the tail of one
archive org value named "<town or region> <tail>" ("Chicago Bears", "Toronto Maple Leafs"), with the tail no place of
the gazetteer, is that org. A tail two such values share ("Sox": "Chicago White Sox", "Boston Red Sox" end on "Red
Sox"/"White Sox", not on "Sox") names nobody in particular and is left alone. NEWSFACET_TEAM_NICKNAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from search.model import NO_FACET

from . import places, switches
from .gazetteer import fold
from .org_spans import BODY_LAST

# a plural nickname: "Bears", "Maple Leafs", "Red Sox" ("Congress", "Olympus", "Memphis" are no plurals)
_TAIL = re.compile(r"(?:[A-Z][\w’'.\-]*\s)*[A-Z][\w’'\-]*(?<![sui])s|(?:[A-Z][\w’'.\-]*\s)*Red Sox|White Sox")


def _tails(value: str) -> list[str]:
    """The nicknames a team value ends on after its place: "Chicago Bears" -> ["Bears"]; "Toronto Maple Leafs" ->
    ["Maple Leafs"] (its place the longest gazetteer town or region opening it)."""
    words = value.split()
    for k in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if _TAIL.fullmatch(tail) and any(p.kind in ("city", "region") for p in places.candidates(head)):
            return [tail]
    return []


def refile_team_nicknames(articles) -> int:
    """Re-file the nickname mentions as their teams; returns how many mentions changed."""
    if switches.get("NEWSFACET_TEAM_NICKNAMES", "1") == "0":
        return 0
    from .namesakes import BRIEF_SPORT_WORDS, sport_words

    teams: dict[str, set[str]] = defaultdict(set)
    holders: dict[str, list] = defaultdict(list)  # team value -> the articles naming it
    for a in articles:
        for v in {m.value for m in a.mentions if m.kind == "org" and m.label != NO_FACET and " " in m.value
                  and m.value[-1:] == "s"}:
            holders[v].append(a)
    for v in holders:
        for tail in _tails(v):
            # (a tail that is a team's whole name, "Chicago Bears" of "Ala. Chicago Bears", is no nickname, nor a
            # body's kind in the plural: "Reliance Industries", "Falkland Islands Services")
            if not _tails(tail) and not places.candidates(tail.split()[0]) and fold(tail.split()[-1]) not in BODY_LAST:
                teams[tail].add(v)
    # one team by the tail, and a team of the sports pages ("Brussels Eurocrats" is none)
    nicknames = {tail: team for tail, vs in teams.items() if len(vs) == 1 and not places.candidates(tail)
                 for team in vs if any(sport_words(a) >= BRIEF_SPORT_WORDS for a in holders[team])}
    n = 0
    for a in articles if nicknames else ():
        for m in a.mentions:
            team = nicknames.get(m.text) if m.kind in ("place", "org") else None
            if team and m.value in (m.text, team) and (m.kind, m.value) != ("org", team):
                m.kind, m.value, m.region, m.country = "org", team, None, None
                m.label = "ORG" if m.label in (None, "LOC", "GPE", "FAC", "ORG") else m.label
                n += 1
    return n
