"""Round 44: a place the model cut from a team's or a party's name is that name, an organisation.

The model tags the town or the country inside a side's name and leaves the rest of the name outside its span:
"against the [Sacramento] Kings", "the [Chicago] Cubs trying to hold their parade", "the [Sweden] Democrats",
"[Team] Argentina won the final". The place facet then filed a town or a country no sentence talks about (dev parts of
issue 11: rappler2023, nationalreview2018, cbn2018, ukpress2016, scoop_nz2014). Two shapes are read here, each from the
words right beside the span:
- "the X Ys": "the", the place, then one or two capitalised words closing on a plural -- a club's or a party's
  nickname ("Kings", "Cubs", "Red Wings", "Democrats"); not a place's own plural ("the Falkland Islands", "the Golan
  Heights"), a paper ("the Los Angeles Times"), nor an event ("the Tokyo Olympics", "the Commonwealth Games");
- "Team X": a national squad by its country ("Team GB", "Team Argentina", "Team New Zealand").
The span grows over the whole name, tagged ORG; the organisation gates judge it as any body.
NEWSFACET_TEAM_NAMES=0 keeps the model's span.
"""
from __future__ import annotations

import re

from . import switches
from .place_forms import KIND_WORDS

# Plurals that close a place's own name, a paper's or an event's, never a side's nickname.
_NOT_NICKNAMES = {"islands", "isles", "heights", "falls", "springs", "hills", "mountains", "highlands", "lowlands",
                  "lakes", "plains", "keys", "downs", "flats", "sands", "woods", "fields", "gardens", "rapids", "banks",
                  "narrows", "straits", "territories", "provinces", "regions", "districts", "counties", "states",
                  "emirates", "times", "news", "olympics", "paralympics", "games", "championships", "awards", "talks",
                  "accords", "protocols", "agreements", "affairs", "riots", "protests", "elections", "floods",
                  "fires", "attacks", "bombings", "crossings", "docks", "waters", "wars", "trials", "commons", "lords",
                  "series", "nationals", "open", "masters"} | {w + "s" for w in KIND_WORDS}
_NICKNAME_AFTER = re.compile(r"^ ((?:[A-Z][a-z]+ )?[A-Z][a-z]+[a-rt-z]s)\b(?![’'\-])")
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_TEAM_BEFORE = re.compile(r"(?:^|[^\w’'\-])Team $")


def enabled() -> bool:
    return switches.get("NEWSFACET_TEAM_NAMES", "1") != "0"


def team_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The whole side's name around the place at text[start:end] (see the module docstring), or None."""
    if not enabled():
        return None
    if after_team_word(text, start):
        return start - 5, end
    nick = _NICKNAME_AFTER.match(text[end:end + 40])
    if nick is None or not _THE_BEFORE.search(text[max(0, start - 4):start]):
        return None
    words = nick.group(1).lower().split()
    if words[-1] in _NOT_NICKNAMES or words[-1].endswith(("ss", "us", "is")):
        return None
    return start, end + nick.end()


def after_team_word(text: str, start: int) -> bool:
    """Whether "Team " stands right before text[start:] ("Team GB"): the gazetteer scan takes no place there either."""
    return enabled() and bool(_TEAM_BEFORE.search(text[max(0, start - 6):start]))
