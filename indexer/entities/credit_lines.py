"""Round 51: the names of a story's credit line are its staff, no people of the story.

"(Reporting by Jane Doe in London; Editing by Ann Poe)", "Associated Press writer Jane Doe contributed to this
report", since round 61 "Write to Jane Doe at jd@wsj.com" and "REUTERS/Jane Doe" (extract/credit_line.py finds
them), and a byline standing as a paragraph of its own at the top ("By DAVID
CRARY, Associated Press Writer": 21 AP bylines in capitals were person values of a 1998-2000 AP archive). On a
Reuters business archive 29 of the person facet's top 40 values were its reporters and editors, each counted in
every story they worked on. As with a lead's byline
(lead_bylines.py), each name stays a person mention -- highlighted and searchable -- counted under no facet value;
the author facet holds the reporters (bylines.authors). A name the model tagged ORG or GPE there ("Lisa Von Ahn"
as an ORG) is a person's when it is shaped like one; an outlet or agency credited ("Reporting by Reuters TV")
stays what it is, out of the facets too. A place the credit puts a reporter in ("Jane Doe in London") stays a place
mention of no facet value (round 59: a Reuters archive's bureau "Bangalore" was a place of 58 stories about American
firms; NEWSFACET_CREDIT_PLACES=0 leaves it as tagged). ``NEWSFACET_CREDIT_LINES=0`` leaves every credit's names as
tagged.
"""
from __future__ import annotations

import re

from indexer.bylines import person_name
from indexer.extract.credit_line import credits
from indexer.extract.lines import parse_byline, parse_staff_line
from search.model import NO_FACET

from . import switches

# "Jane Doe in London", "in Washington, D.C.", "in Springfield, Missouri": where the reporter filed from
_PLACED_AFTER = re.compile(r"\b(?:in|at|from)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,3},\s*)?$")
_CUES = ("by", "By", "BY", "contributed", "reported from", "Contributing")  # (a paragraph without one holds no credit)
HEAD = 3  # the paragraphs a byline of its own may stand in (bylines.authors reads the same)


# Round 52: the closing "With files from The Associated Press" (Canadian Press copy) credits the outlet, as a
# byline of its own in the "Name, Outlet" style does (lines.parse_staff_line): no story's people or bodies.
_WITH_FILES = re.compile(r"\W*[Ww]ith\s+files\s+from\s+[A-Z][^.!?]{1,80}\.?\s*$")


def staff_line(text: str) -> bool:
    return switches.get("NEWSFACET_STAFF_LINES", "1") != "0" and parse_staff_line(text) is not None


def _credit_places() -> bool:
    return switches.get("NEWSFACET_CREDIT_PLACES", "1") != "0"


def label_credits(article, mentions: list, places: bool = False) -> list:
    """The article's mentions with those of its credit lines' names out of the facets (see the module docstring);
    ``places``: the places the credits put reporters in too -- asked last, after the archive's passes, so a credit's
    "in Gwanda" is still the archive's evidence of that town for the stories that name it."""
    if switches.get("NEWSFACET_CREDIT_LINES", "1") == "0":
        return mentions
    slots: dict[int, list[tuple[int, int]]] = {}
    for pi in {m.paragraph for m in mentions}:
        text = article.paragraphs[pi].text
        if pi < HEAD and staff_line(text) or _WITH_FILES.match(text):
            slots[pi] = [(0, len(text))]  # round 52: "Greg Beacham, The Associated Press"; "With files from CP"
            continue
        if any(cue in text for cue in _CUES) or "/" in text or "Write to" in text:  # (round 61: staff marks)
            found = [(a, b) for c in credits(text) for _, a, b in c.roles]
            if pi < HEAD and parse_byline(text):
                found.append((0, len(text)))  # "By DAVID CRARY, Associated Press Writer": a byline of its own
            if found:
                slots[pi] = found
    if not slots:
        return mentions
    for m in mentions:
        text = article.paragraphs[m.paragraph].text
        slot = next(((a, b) for a, b in slots.get(m.paragraph, ()) if a <= m.start < b), None)
        if slot is None or m.kind not in ("person", "org", "place"):
            continue
        if _PLACED_AFTER.search(text[slot[0]:m.start]):
            if places and m.kind == "place" and _credit_places():
                m.label = NO_FACET  # round 59: where the reporter sat ("Reporting by Jane Doe in Bangalore"), no story's place
            continue
        if m.kind != "person" and person_name(m.text) == m.text:
            m.kind, m.value, m.region, m.country = "person", m.text, None, None
        m.label = NO_FACET
    return mentions
