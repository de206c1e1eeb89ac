"""Round 46: a city a match report writes as a team ("Boston's 106-104 victory over Toronto", "beat Denver
120-111", "Toronto lost 4-2 to Montreal") is no place.

namesakes.national_teams reads countries and first-level regions used as sides; North American, Australian and
Asian league copy names its teams by their cities, and the place facet counted them, with their state or province
in the region facet (an NBA report under Ontario and Pennsylvania). A city is read as a side only by what is
written only of a match -- a score or a margin beside it:

- a score with a result word or a preposition just before it ("a 110-98 win over Miami", "lost 4-2 to
  Montreal") or a margin just after it ("beat Sydney by 20 points"): side_cues.score_cue;
- its own result after its possessive ("Boston's 106-104 victory", "Perth's 3-1 home win");
- a contest word before it and a score right after it ("beat Denver 120-111", "against Perth 3-1");
- a result verb right after it and a score before the sentence goes on ("Toronto lost 4-2", "Liverpool beat
  Everton 2-1").

The mention, and the same name again in its paragraph, keeps no facet value, as a national side does (no place,
region or country); the city's other mentions ("the parade in Boston") stay places, and so does a venue ("claim
victory in Adelaide by three strokes": "in", "at" or "near" before it). Only a name the model read as
a place (GPE, LOC): "Trump beat Clinton by seven points" is a race between people. Not a dateline. Not a
score that is a vote or a share ("voted 52-48", "a 60-40 split"): none of these shapes reads so.
NEWSFACET_CITY_SIDES=0 turns it off.
"""
from __future__ import annotations

import re

from search.model import NO_FACET

from . import side_cues, switches
from .namesakes import CONTEST_WORDS

_SCORE = r"\d{1,3}\s*[-–]\s*\d{1,3}\b"
_CONTEST_BEFORE = re.compile(r"\b(?:%s|against|over)\s+(?:the\s+)?$" % CONTEST_WORDS)
_SCORE_AFTER = re.compile(r"^\s+%s" % _SCORE)
# "Toronto lost 4-2", "Liverpool beat Everton 2-1", "Sydney drew 1-1 with": the city's own result
_NAME = r"(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}"
_OWN_RESULT = re.compile(r"^[’']s\s+%s\s+(?:[\w\-]+\s+){0,3}(?:win|victory|loss|defeat|draw|triumph|rout|romp|"
                         r"thrashing|hammering)\b" % _SCORE)
_RESULT_AFTER = re.compile(r"^\s+(?:beat|defeated|edged|downed|routed|crushed|thrashed|whipped|trounced|lost|won|"
                           r"drew|tied|fell|held)\s+(?:(?:to|with|against|over)\s+)?(?:%s\s+)?%s" % (_NAME, _SCORE))


def enabled() -> bool:
    return switches.get("NEWSFACET_CITY_SIDES", "1") != "0"


def _city(m) -> bool:
    """A place mention the model itself read as one (GPE, LOC: "Trump beat Clinton by seven points" is a contest
    of people) that names a town, not a country or a first-level region (national_teams reads those)."""
    return m.kind == "place" and m.label in ("GPE", "LOC") and m.value != m.country and m.value != m.region


# "claim victory in Adelaide by three strokes", "a 2-1 win at Perth": the match's venue, not a side
_VENUE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")


def side_cue(para: str, m) -> bool:
    """Whether the words beside the city write it as a side: a score or a margin (see the module's list)."""
    before, after = para[max(0, m.start - 30):m.start], para[m.end:m.end + 60]
    if _OWN_RESULT.match(after):
        return True  # ("in Boston's 106-104 victory": the possessive's result, whatever comes before)
    if _VENUE_BEFORE.search(before):
        return False
    return side_cues.score_cue(para, m) \
        or bool(_CONTEST_BEFORE.search(before) and _SCORE_AFTER.match(after)) or bool(_RESULT_AFTER.match(after))


def read_city_sides(article, mentions: list) -> list:
    """``mentions`` with the cities the article writes as teams labelled NO_FACET (no region, no country)."""
    if not enabled():
        return mentions
    sides: set[tuple[int, str]] = set()
    for m in mentions:
        if _city(m) and side_cue(article.paragraphs[m.paragraph].text, m):
            sides.add((m.paragraph, m.text))
    if not sides:
        return mentions
    for m in mentions:
        if (m.paragraph, m.text) in sides and _city(m):
            m.label, m.region, m.country = NO_FACET, None, None
    return mentions
