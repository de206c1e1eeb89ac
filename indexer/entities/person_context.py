"""What one sentence says of a name that only a person has, or what a person has too (split from person_evidence.py,
round 57): speech or a person's verb around it ("X said", "X, who", "according to X"), an age ("X, 45,"), an office
in apposition ("X, secretary of the C.C.") or in lower case before it ("civics teacher X"), kin ("X's wife"), a
title or an honorific. ``strong_context`` is what only a person has; ``personal_context`` adds speech.
"""
from __future__ import annotations

import re

from . import switches
from .guards import may_end
from .name_titles import TITLE_RE, royal_styled, starts_with_honorific, title_before

# Speech or a person's verb right after a name ("X said", "X, who", "X's wife" is linking's _PRONOUN_AFTER
# and too often somebody else's), or right before it ("said X", "according to X").
_SAID_AFTER = re.compile(r"^,?\s+(?:who\s+|also\s+|later\s+|then\s+|has\s+|had\s+)?(?:said|says|told|added|asked|"
                         r"explained|noted|stated|urged|argued|insisted|recalled|wrote|tweeted|replied|warned|"
                         r"claimed|admitted|denied|believes|died|resigned)\b|^,\s+who\b")
# Round 57: "X, who have just appointed ..." is a side's or a body's plural, never one person's "who has" -- unless
# X closes a list of people ("Casey McGlue and Paddy Castledine, who are revered as local heroes")
_PLURAL_WHO = re.compile(r"^,\s+who\s+(?:have|are|were)\b")
_LIST_END = re.compile(r"(?:\band|&|,)\s*$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|according to|told|asked|added|wrote)\s+$")
_AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?\d{1,3}\s*,")
# An office a person holds, in apposition ("Jo Yong Won, secretary of the C.C.", "X, a senior lecturer at"):
# the house style of wires that write no "said" (KCNA) and no title before a name.
_OFFICE_AFTER = re.compile(r"^,\s+(?!whose\b)(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:\w+-)?(?:member|secretary|chairman|chairwoman|"
                           r"chairperson|president|minister|director|head|chief|premier|ambassador|deputy|spokes\w+|"
                           r"leader|commander|governor|mayor|officer|professor|lecturer|manager|founder|editor|"
                           r"student|teacher|doctor|lawyer|coach|captain|executive|councillor|senator|MP)\b")
# Round 57: an office after a comma that is somebody else's: a verb of speech in front of it ("Newcastle will miss
# their opener against X, confirmed head coach Eddie Howe", "X, said manager Y") or a name right after it (the
# office is that name's title). A football archive's club had kept its person value by that one mention.
_NOT_APPOSITION = re.compile(r"\b(?:said|says|confirmed|confirms|added|adds|told|explained|insisted|revealed|admitted|"
                             r"according|announced|noted|warned|stressed|claimed|declared|wrote|tweeted)\b")
_NAME_NEXT = re.compile(r"\s+(?!of\b|for\b|at\b)[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+")
# Round 49: an office or a trade in lower case right before the name ("Springbok coach Rassie Erasmus", "ANC
# secretary-general Fikile Mbalula", "businessman Wandile Bozwana"): a South African paper's house style, with no
# "said" in a brief, left its rugby coach and the ruling party's secretary-general out of the person facet.
_ROLE_BEFORE = re.compile(r"(?<![\w\-])(?:[a-z]+-)?(?:coach|captain|striker|midfielder|defender|goalkeeper|"
                          r"batsman|bowler|skipper|secretary|secretary-general|chairman|chairwoman|chairperson|"
                          r"spokes(?:man|woman|person)|president|premier|minister|mayor|governor|senator|"
                          r"councillor|leader|founder|director|businessman|businesswoman|entrepreneur|rapper|"
                          r"singer|actor|actress|comedian|lawyer|advocate|attorney|judge|magistrate|activist|"
                          r"author|novelist|journalist|presenter|analyst|economist|professor|dr|commissioner|"
                          r"ceo|boss|chief|teacher|instructor|nurse|officer|doctor)\s+$")
# (guards.may_end: the words of letters a match ends with; "secretary-general" and "x-coach" end with a hyphened word;
# round 57: the trades a list of people gives ("civics teacher Froylan Jimenez, substitute teacher Ambria Taylor"),
# whose next item's title is no longer read as the name's office in apposition)
_ROLE_LASTS = frozenset((
    "coach captain striker midfielder defender goalkeeper batsman bowler skipper secretary chairman chairwoman "
    "chairperson spokesman spokeswoman spokesperson president premier minister mayor governor senator councillor "
    "leader founder director businessman businesswoman entrepreneur rapper singer actor actress comedian lawyer "
    "advocate attorney judge magistrate activist author novelist journalist presenter analyst economist professor "
    "dr commissioner ceo boss chief teacher instructor nurse officer doctor").split())


def role_before(before: str) -> bool:
    """An office or a trade in lower case right before a name (NEWSFACET_ROLE_BEFORE=0: no evidence)."""
    window = before[-40:]
    return may_end(window, _ROLE_LASTS) and bool(_ROLE_BEFORE.search(window)) \
        and switches.get("NEWSFACET_ROLE_BEFORE", "1") != "0"


# What only a person has ("Fico's administration", "Howard's wife"), as person_bodies.PRONOUN_AFTER.
_KIN_AFTER = re.compile(r"^[’']s\s+(?:administration|government|cabinet|presidency|wife|husband|son|daughter|father|"
                        r"mother|family|spokes(?:man|woman|person)|lawyers?|aides?)\b")

def personal_context(before: str, after: str, text: str) -> bool:
    """Whether one mention's sentence marks it as a person (see the module docstring)."""
    plural = _PLURAL_WHO.match(after) and not _LIST_END.search(before[-6:])
    return strong_context(before, after, text) or bool(
        not plural and _SAID_AFTER.match(after[:60]) or _SAID_BEFORE.search(before[-30:]))


def strong_context(before: str, after: str, text: str) -> bool:
    """Context only a person has: an honorific or office before it, an age, an office in apposition, kin.
    Speech is not: parties, outlets and buildings in lists "said" too ("said Mirpur, Uttara and ...")."""
    return title_before(before) or starts_with_honorific(text) or royal_styled(text) or bool(
        _AGE_AFTER.match(after[:12]) or _office_after(after) or _KIN_AFTER.match(after[:30])) \
        or role_before(before) and not TITLE_RE.match(text.split()[-1] + " ")  # ("director [Navy Capt]")


def _office_after(after: str) -> bool:
    """An office in apposition right after a name ("X, secretary of the C.C."), not a speaker's ("X, said coach Y")."""
    m = _OFFICE_AFTER.match(after[:80])
    if not m:
        return False
    if switches.get("NEWSFACET_APPOSITION_SPEAKERS", "1") == "0":
        return True
    return not (_NOT_APPOSITION.search(m.group()) or _NAME_NEXT.match(after, m.end()))
