"""Round 63: a line of a sports listing names teams, not places: "Kentucky at Texas, 3:30 p.m. (ABC).", "Boston 32 10
.762 --", "Maryland 78, Minnesota 65", "BATTING: Kwan, Cleveland, .360; Perez, Kansas City, .355".

Local dailies reprint the day's television listings, standings, leaders and box scores, where a team goes by its
town, state or university alone. The place rules read "Texas" as the state: a fresh archive of a Maryland daily (The
Star Democrat, 2023-25) filed 91 of its top places, regions and countries mostly from such lines (Texas in 42
articles, 28 of them listings; Toronto in 20 of 20), and three fixtures' sides as people ("at James Madison"). A line
-- the text between two line breaks, after a label in capitals ("BATTING:", "Regional Coverage:") -- whose items,
one or several, are all of these shapes is a listing line, and no place or person is read in it:
- a fixture: a name, "at" or "vs.", a name; then perhaps a time or "noon" and a channel in brackets;
- a standings row: a name, two counts and a winning percentage (".762");
- a score: a name and a score, a comma, a name and a score;
- a leader: a name, a comma, a team, a comma, a figure ("Kwan, Cleveland, .360").
One bare item alone counts only on a listing page, an article with PAGE_LINES such lines ("Cleveland at Atlanta" of
a league's glance). NEWSFACET_SPORTS_LISTINGS=0 turns it off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches

_NAME = r"[A-Z][\w.'’&()\-]*(?: [A-Z(][\w.'’&()\-]*){0,4}"  # one to five capitalised words ("Michigan St.")
_TIME = r"(?:\d{1,2}(?::\d\d)?\s[ap]\.m\.|noon|midnight|TBA|canc\.)"
_FIXTURE = re.compile(rf"(No\. \d+ )?{_NAME}( \(\d+-\d+\))? (?:at|vs\.?) {_NAME}( \(\d+-\d+\))?"
                      rf"(,? (?:at {_NAME},? )?{_TIME})?( \([A-Z0-9+&\- ]{{2,12}}\))?")
_ROW = re.compile(rf"{_NAME} \d{{1,3}} \d{{1,3}} (?:1\.000|\.\d{{3}})\b.*"  # a standings row
                  rf"|{_NAME} \d{{1,3}}, {_NAME} \d{{1,3}}(?: \(\w+\))?")  # a score
_LEADER = re.compile(rf"{_NAME}, {_NAME}, [\d.]+")
_LABEL = re.compile(r"^(?:[A-Z][\w'’ ]{0,30}(?::| [-—–])\s+)?")
_SEPARATORS = re.compile(r",?\s+or\s+|[;.]?\s+|,\s+")


def enabled() -> bool:
    return switches.get("NEWSFACET_SPORTS_LISTINGS", "1") != "0"


def in_listing(text: str, start: int, page: bool = False) -> bool:
    """Whether the character at ``start`` lies on a listing line of ``text`` (module docstring). ``page``: the article
    is a listing page (listing_page), where one bare item is a listing line too ("Cleveland at Atlanta")."""
    if not enabled():
        return False
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    return _line_listing(text[a:b if b >= 0 else len(text)], page)


@lru_cache(maxsize=4096)  # asked for each mention on a line: the line's answer is the same
def _line_listing(line: str, page: bool) -> bool:
    return bool(_HINT.search(line)) and _listing(line.strip(), page)  # (every listing line holds a hint)


PAGE_LINES = 3  # marked listing lines that make an article a listing page
_SHORT = 200  # characters: a listing line is short; prose paragraphs are not asked


def listing_page(article) -> bool:
    """Whether an article holds PAGE_LINES listing lines at least (a day's TV listings, a league's glance, leaders):
    there a lone "Cleveland at Atlanta" or "Kwan, Cleveland, .360" is a listing's item too."""
    if not enabled():
        return False
    n = 0
    for p in article.paragraphs:
        if _HINT.search(p.text):
            for line in p.text.split("\n"):
                if len(line) <= _SHORT and _listing(line.strip()):
                    n += 1
                    if n >= PAGE_LINES:
                        return True
    return False


def _listing(line: str, page: bool = False) -> bool:
    """Items one after another, each of a listing's shapes, to the line's end; one item alone only when it carries a
    listing's own marks (a time, a channel, a record, a rank; a standings row or a score), or on a listing page: a
    heading's "Trump vs. Biden" or a caption's "Obama at Harvard" is no listing."""
    line = _LABEL.sub("", line, count=1).rstrip(".")
    pos, items, marked = 0, 0, False
    while pos < len(line):
        m = _FIXTURE.match(line, pos)
        if m is not None:
            marked = marked or any(m.groups())
        else:
            m = _ROW.match(line, pos)
            marked = marked or m is not None
            m = m or _LEADER.match(line, pos)
        if m is None:
            return False
        items += 1
        pos = m.end()
        sep = _SEPARATORS.match(line, pos)
        if pos < len(line) and sep is None:
            return False
        pos = sep.end() if sep else pos
    return marked or items >= 2 or page and items >= 1


_HINT = re.compile(r"\d|noon|midnight| at | vs")  # (cheap: most paragraphs are no listing)
