"""Round 58: a club its sports reports name by its town alone is the archive's one club of that town.

org_variants pairs "Newcastle" with "Newcastle United" where one article writes both; an outlet's sources write a club
one way each -- a fresh football archive (three outlets, summer 2025) wrote "Newcastle" as a body in 75 articles and
"Newcastle United" in 15, never both in one, and "Tottenham" in 57 beside "Tottenham Hotspur" in 21. The facet showed
two values for each club, and the town's word only where a cue of a side was near: 161 of its 249 mentions of
"Newcastle" as a body stayed out of the facet (a body named like a town needs such evidence: org_evidence).

Where the archive's sports reports (namesakes.SPORT_WORDS) file exactly one body as the town's name and a side's word
after it (org_variant_shapes' team-by-town shape, closed by a club's word: "Newcastle United", "Tottenham Hotspur",
"Ipswich Town", in two reports or more; a school district's "Denver Public Schools" is no sports report's), a mention
of the town's word alone that a sports report files as a body is that club, in the facet: the archive's own full name
is the evidence of a body the gate looked for. Not when another name goes on after the word ("[Sheffield] Wednesday"
cut from a second club's name), nor right after a place or a building with a comma or an "and" between ("London,
[Manchester] and the north-east", "Whitworth Art Gallery, [Manchester]"), nor where two such clubs share the town
("Manchester United", "Manchester City"); a place mention ("in Newcastle") is never read. Not a franchise by its
nickname ("Phoenix Suns", "Philadelphia Eagles"): a city's teams play in several leagues and its name alone is any of
them -- a Philippine paper's basketball "Phoenix" (the PBA's Phoenix Fuel Masters) had become the Phoenix Suns and
"Philadelphia 76ers" the Eagles (held-out rappler2023, found after scoring; the restriction came after it). Left
alone: a town whose bare name is a club of its own beside such a club ("Dundee" and "Dundee United"), which the text
does not tell apart. NEWSFACET_CLUB_FULL_NAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import NO_FACET

from . import switches
from .org_variant_shapes import _CLUB_WORDS

MIN_ARTICLES = 2  # sports reports naming the club's full name before it stands for the town's word
_NAME_GOES_ON = re.compile(r"^\s+([A-Z0-9][\w’'\-]*)")
_LIST_GAP = re.compile(r",\s*|\s+and\s+|,\s+and\s+")


def enabled() -> bool:
    return switches.get("NEWSFACET_CLUB_FULL_NAMES", "1") != "0"


def _full_names(reports) -> dict[str, str]:
    """Folded town word -> the one club full name of that town the sports ``reports`` name (in MIN_ARTICLES or more)."""
    from .gazetteer import fold
    from .org_variant_shapes import _team_by_town

    named: Counter = Counter()
    for a in reports:
        named.update({m.value for m in a.mentions if m.kind == "org" and m.label != NO_FACET and " " in m.value})
    clubs: dict[str, set[str]] = defaultdict(set)
    for value in named:
        words = value.split()
        for k in (1, 2):  # a town of one word or two ("Newcastle United", "Aston Villa" is none: no side's word)
            if len(words) == k + 1 and fold(words[-1]) in _CLUB_WORDS and _team_by_town(words[:k], words):
                clubs[fold(" ".join(words[:k]))].add(value)
    return {town: next(iter(full)) for town, full in clubs.items()
            if len(full) == 1 and named[next(iter(full))] >= MIN_ARTICLES}


def _beside_a_place(article, m) -> bool:
    """Whether the mention follows a place, or a building's name, right before it in its paragraph with a comma or
    an "and" between: an item of a list of towns or an address, not a club ("Arsenal, Newcastle and Burnley" are
    clubs beside a club)."""
    from .gazetteer import fold
    from .not_people import BUILDING_LAST

    para = article.paragraphs[m.paragraph].text
    for o in article.mentions:
        if o.paragraph == m.paragraph and o.end <= m.start and _LIST_GAP.fullmatch(para[o.end:m.start]):
            if o.kind == "place" or fold(o.text.split()[-1]) in BUILDING_LAST:
                return True
    return False


def merge_club_full_names(articles) -> int:
    """Give a sports report's body mentions of a town's word alone the archive's one full club name of that town
    (see the module docstring). Returns how many mentions changed."""
    if not enabled():
        return 0
    from .gazetteer import fold
    from .namesakes import SPORT_WORDS, sport_words

    reports = [a for a in articles if sport_words(a) >= SPORT_WORDS]
    full = _full_names(reports)
    if not full:
        return 0
    changed = 0
    for a in reports:
        for m in a.mentions:
            if m.kind != "org" or fold(m.value) not in full:
                continue
            club = full[fold(m.value)]
            goes_on = _NAME_GOES_ON.match(a.paragraphs[m.paragraph].text[m.end:m.end + 30])
            if goes_on and fold(f"{m.text} {goes_on.group(1)}") != fold(" ".join(club.split()[:len(m.text.split()) + 1])):
                continue  # "[Sheffield] Wednesday" is no Sheffield United ("[Newcastle] United defender" is)
            if _beside_a_place(a, m):
                continue  # "London, [Manchester] and the north-east", "Whitworth Art Gallery, [Manchester]": the town
            m.value = club
            if m.label == NO_FACET:
                m.label = "ORG"  # (the gate wanted evidence of a body: the archive's full name is that)
            changed += 1
    return changed
