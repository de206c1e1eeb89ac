"""Round 61: a name the model calls a person that its sentences write as a group of people -- a band, a troupe.

A fresh archive of the rock and metal press (Loudwire, Louder, Kerrang!, 2022-23) listed fourteen bands among its
top 100 people ("Iron Maiden" in 45 articles, "Judas Priest", "Def Leppard", "Pearl Jam"): the small model reads a
two-word name as a person's whatever it names, and entertainment copy names its acts as news copy names people.
team_cues reads the same for sides, but only in sports reports. What a sentence says only of a group:
- a member's word right after the name ("[Iron Maiden] frontman Bruce Dickinson", "[Bush] bandleader Gavin
  Rossdale", "[Def Leppard] members"), or a frontman or line-up after its possessive ("[Sabbath]'s classic lineup");
- a plural verb after it where the name opens its sentence ("[Iron Maiden] have just five concerts to go"): anything
  before may make it one of several, whose verb is theirs ("X, as well as Head of IOOC [Alireza Salmanzadeh] were",
  on dev; "Stars including [Daisy Lowe] have", on held-out at the first scoring), or a wish's ("if [Smith] were");
- the name in brackets right after a person's full name ("Joe Elliott ([Def Leppard])"), as a line-up credits one --
  unless it opens on a given name: a role after its actor ("Cindy Busby ([Caroline Wilson])", held-out, first
  scoring);
- its possessive right before a person's full name ("[Judas Priest]'s Scott Travis").
A value most of whose mentions are group-cued, or with GROUP_ALONE of them, and no person's strong cue anywhere (a
title, an age, "singer X") is a group: person_shapes files it as an organisation. One cue a sentence is noise
("Beyoncé guitarist Bibi McGill"; "Bush's Karl Rove"), which is why a value needs several. NEWSFACET_GROUP_CUES=0
turns the reading off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import switches
from .faker_names import given_names
from .gazetteer import fold

GROUP_MIN = 2  # group-cued mentions a value needs at the least
GROUP_ALONE = 3  # ... that make it a group whatever its other mentions say, if none is a person's strong cue
_MEMBERS = (r"front(?:man|woman|person)|front-man|bandleader|band\s+leader|lead\s+singer|vocalist|guitarist|bassist|"
            r"drummer|keyboardist|members?|bandmates?|line-?up")
_MEMBER_AFTER = re.compile(r"^\s+(?:co-founder\s+and\s+)?(?:%s)\b" % _MEMBERS)
_POSSESSIVE_MEMBER = re.compile(r"^[’']s?\s+(?:(?:classic|original|current|new|former|reunited)\s+)?"
                                r"(?:front(?:man|woman)|line-?up|members|bandmates)\b")
_PLURAL_VERB = re.compile(r"^\s+(?:are|have|were)\s+(?!been\s+(?:married|friends)\b)[a-z]")
_SENTENCE = re.compile(r"[.!?;:\n][^.!?;:\n]*$")
_POSSESSIVE = re.compile(r"^[’']s?\s+(?=[A-Z])")


def enabled() -> bool:
    return switches.get("NEWSFACET_GROUP_CUES", "1") != "0"


def _full_names(article) -> tuple[dict, dict]:
    """The article's person mentions of two words or more, by (paragraph, start) and by (paragraph, end)."""
    starts, ends = {}, {}
    for m in article.mentions:
        if m.kind == "person" and m.label != NO_FACET and " " in m.text.strip():
            starts[(m.paragraph, m.start)] = m
            ends[(m.paragraph, m.end)] = m
    return starts, ends


def _cued(para: str, m, starts: dict, ends: dict) -> bool:
    before, after = para[:m.start], para[m.end:m.end + 40]
    if _MEMBER_AFTER.match(after) or _POSSESSIVE_MEMBER.match(after):
        return True
    if _PLURAL_VERB.match(after):
        sentence = before[-160:]
        cut = _SENTENCE.search(sentence)
        opening = (sentence[cut.start() + 1:] if cut else sentence if len(before) <= 160 else "x").strip(" \"'“‘(")
        return not opening  # the name opens its sentence: no list, no "Stars including [Daisy Lowe] have"
    if before.endswith(" (") and after.startswith(")"):
        # "Joe Elliott (X)"; not a role after its actor ("Cindy Busby ([Caroline Wilson])"): a name opening on a
        # given name is no band's
        return (m.paragraph, len(before) - 2) in ends and fold(m.value.split()[0]) not in given_names()
    poss = _POSSESSIVE.match(after)
    if poss:
        nxt = starts.get((m.paragraph, m.end + poss.end()))
        return nxt is not None and nxt.value != m.value  # "X's Scott Travis"
    return False


def counts(articles) -> Counter:
    """Group-cued mentions per person value over the archive, counting only those that write the value in full: a
    shorter form may be another act the article's surname linking took in ("[Bush] bandleader Gavin Rossdale"
    under "Kate Bush"), which says nothing of the value itself."""
    out: Counter = Counter()
    if not enabled():
        return out
    for a in articles:
        starts = ends = None
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET or m.text.strip() != m.value:
                continue
            if starts is None:
                starts, ends = _full_names(a)
            out[m.value] += _cued(a.paragraphs[m.paragraph].text, m, starts, ends)
    return out


def is_group(cued: int, mentions: int, strong: bool) -> bool:
    """Whether a person value with ``cued`` group-cued mentions of ``mentions`` is a group (module docstring)."""
    return cued >= GROUP_MIN and (cued * 2 > mentions or cued >= GROUP_ALONE) and not strong
