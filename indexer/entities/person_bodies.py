"""A name filed as a person that the archive speaks of as a business or a party (part of people linking).

Split from linking.py (round 15): the business cues ("X and Co", "privatise X", "a stake in X") and the
party or firm cues ("Umno members", "leaders of X", "a firm called X") decide together, against a
person's cues (a title before, "he"/"his" after), whether the value is refiled as an org.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import Article

from . import switches
from .gazetteer import fold
from .name_titles import title_before

# A pronoun for a person later in the mention's sentence ("Subroto said he ..."), or what only a person has
# ("Fico's administration", "Howard's wife").
PRONOUN_AFTER = re.compile(r"^(?:[^.!?\n]{0,100}?\b(?:he|she|his|her|him)\b|[’']s\s+(?:administration|government|"
                            r"cabinet|presidency|wife|husband|son|daughter|father|mother|family|spokes(?:man|woman|person)|"
                            r"lawyers?|aides?)\b)")


# What is said only of a business: "X and Co", "X Inc", "X's shares", "privatise X", "a stake in X".
_FIRM_AFTER = re.compile(r"^(?:,?\s+and\s+(?:Co|Company|Partners|Sons)\b|\s+(?:and\s+[A-Z][a-z]+|\([A-Z][\w ]{1,20}\))\s+"
                         r"(?:Inc|Ltd|Corp|Co)\b|,?\s+(?:Inc|Ltd|Corp|Co|PLC|plc|Plc|NV|AG|SA|"
                         r"GmbH|LLC|Limited|Pty)\b|[’']s\s+(?:shares?|shareholders|profit|board|directors|takeover|"
                         r"sale|privatisation|privatization)\b|\s+(?:shares?|shareholders|stock)\b)")
_FIRM_BEFORE = re.compile(r"\b(?:privati[sz]e|privati[sz]ing|privati[sz]ation of|sale of|offer for|bid for|stake in|"
                          r"shares? in|shareholders? (?:in|of)|takeover of|merger with|acquisition of|subsidiary of|"
                          r"units? of|company,?|firm,?|group|giant|processor|retailer|co-operative|cooperative|"
                          r"brokerage)\s+$")


# What is said of a party or a company and not of a person: its members and office holders right after it
# ("Umno members", "Bersatu deputy president", "Umno's president", "X (BN) Group"), its members before it
# ("leaders of X", "defected from X"), its kind right before it ("data site X", "a firm called X").
_BODY_AFTER = re.compile(r"^(?:(?:[’']s)?\s+(?:members?|lawmakers|legislators|MPs|leaders|(?:deputy\s+|vice[\s\-])?"
                         r"president|secretary-general|chairman|chairwoman|Youth|youth wing|division|branch|chapter|"
                         r"stronghold|grassroots)|\s+(?:\([A-Z]{2,6}\)\s+)?(?:Group|company|firm))\b")
_BODY_BEFORE = re.compile(r"(?:\b(?:members?|leaders?|ranks)\s+of|\bdefect(?:ed|ing|ion|ors?)\s+(?:from|to)|"
                          r"\b(?:site|website|portal|platform|app|party|company|firm|agency|newspaper|broadcaster|"
                          r"conglomerate|start-?up)(?:\s+(?:called|named))?)\s+$")
# Round 19: a firm named after its founders, by its staff and its trade ("Dean Witter analyst Karen Gibbs",
# "analyst Rosario Ilacqua of L.F. Rothschild", "Sanford C. Bernstein & Co. analysts", "an Ipsos Mori poll",
# "a survey by X"): a market analyst, economist, trader or pollster works for a firm, never for a person (a
# strategist after a name is a politician's: "Obama strategist"). Counted as body uses; NEWSFACET_FIRM_STAFF=0
# turns them off.
_STAFF_AFTER = re.compile(r"^(?:(?:[’']s)?\s+(?:(?:chief|senior|market|equity|credit|oil|energy|industry|bank)\s+)?"
                          r"(?:analysts?|economists?|traders?|dealers?|brokers?)|\s+(?:poll|polls|polling|survey|surveys)"
                          r"|,?\s*&\s*(?:Co|Company|Sons|Partners))\b")
_STAFF_BEFORE = re.compile(r"(?:\b(?:analysts?|economists?|strategists?|traders?|dealers?|brokers?)"
                           r"(?:\s+[A-Z][\w.’'\-]*){0,3}\s+(?:at|of|with)|\b(?:poll|polls|polling|survey|surveys)\s+by)\s+$")


def staff_use(before: str, after: str) -> bool:
    """Whether a mention's context names the firm's staff or trade (_STAFF_AFTER, _STAFF_BEFORE)."""
    return bool(_STAFF_AFTER.match(after[:40]) or _STAFF_BEFORE.search(before[-60:])) \
        and switches.get("NEWSFACET_FIRM_STAFF", "1") != "0"  # (the switch last: it costs most)


# Body uses (at least, and more than a person's cues) that make a value filed as a person a body.
BODY_MIN = 2


def firms_named_like_people(articles: list[Article]) -> None:
    """A name filed as a person that the corpus speaks of only as a business ("Touche Ross and Co",
    "privatise Snowy Hydro", "Coles Myer shares") and never as a person (no honorific or
    office before it, no "he"/"she" after it) is that business: its mentions become organisations. ("X says it
    is ..." is no cue: the "it" is as often a person's "it is time".)"""
    firm: Counter = Counter()
    personal: set[str] = set()
    body: Counter = Counter()  # mentions used as a party's or a firm's (_BODY_AFTER, _BODY_BEFORE)
    cues: Counter = Counter()  # mentions with a person's cue
    for a in articles:
        for m in a.mentions:
            if m.kind != "person":
                continue
            para = a.paragraphs[m.paragraph].text
            person_cue = title_before(para[:m.start]) or PRONOUN_AFTER.match(para[m.end:])
            if person_cue:
                cues[m.value] += 1
            elif _BODY_AFTER.match(para[m.end:m.end + 40]) or _BODY_BEFORE.search(para[max(0, m.start - 40):m.start]) \
                    and not re.match(r"[’']s\b", para[m.end:m.end + 3]) \
                    or staff_use(para[:m.start], para[m.end:]):  # ("members of Ardern's cabinet")
                body[m.value] += 1
            if m.value != m.text:
                continue  # a surname linked to a full name is a person's
            if person_cue:
                personal.add(m.value)
            elif _FIRM_AFTER.match(para[m.end:m.end + 40]) or _FIRM_BEFORE.search(para[max(0, m.start - 40):m.start]) \
                    or _named_for_a_place(m.value):
                firm[m.value] += 1
    # ... or that the archive uses as a body more often than as a person: offices and members after it ("Umno
    # vice-president X", "Bersatu lawmakers"), members of it before ("leaders of Umno"), its kind before it
    # ("pandemic data site Worldometer", "a firm called X"); a person's title or "he" counts against (body)
    bodies = {v for v, n in body.items() if n >= BODY_MIN and n > cues[v]}
    # ... or that the corpus files as an organisation at least as often as it files it as a person
    filed: dict[str, Counter] = {}
    for a in articles:
        for kind, text in {(m.kind, m.text) for m in a.mentions if m.kind in ("person", "org")}:
            filed.setdefault(text, Counter())[kind] += 1
    firm.update({v: 1 for v, c in filed.items() if c["person"] and c["org"] >= max(2, c["person"]) and " " in v})
    # round 37: ... or that opens a firm's name the archive writes with its legal form ("Lai Sun" of "Lai Sun
    # Development Co Ltd", "Dickson Concepts" of "Dickson Concepts (International) Ltd")
    firm.update({v: 1 for v in _firm_heads(articles) if v in filed and filed[v]["person"]})
    firms = {v for v in firm if v not in personal}
    if not firms and not bodies:
        return
    from .orgs import normalise_org

    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and (m.value in firms and m.value == m.text or m.value in bodies):
                m.kind, m.value = "org", normalise_org(m.value)  # ("Bersatu" linked to the party's full name)


def _firm_heads(articles: list[Article]) -> set[str]:
    """The first two words or more of the archive's org values that end in a legal form ("Lai Sun" of "Lai Sun
    Development Co Ltd"; not "Sean Hannity" of "Sean Hannity and Co."); NEWSFACET_FIRM_HEADS=0: none."""
    if switches.get("NEWSFACET_FIRM_HEADS", "1") == "0":
        return set()
    from .org_spans import firm_heads

    return {h for value in {m.value for a in articles for m in a.mentions if m.kind == "org"} for h in firm_heads(value)}


def _named_for_a_place(name: str) -> bool:
    """A team or a body named for its country, state or big city, the place last ("Sunrisers Hyderabad",
    "Kings XI Punjab", "Atletico Madrid", "Fuels Australia").
    Only a cue: a person so named keeps the person's evidence ("he", a title) and stays a person."""
    from .gazetteer import lookup

    words = name.split()
    if len(words) < 2:
        return False

    def big(word: str) -> bool:
        return any(fold(p.name) == fold(word) and (p.kind in ("country", "region") or p.population >= TEAM_CITY)
                   for p in lookup(word))
    return big(words[-1])  # (a place first is a given name as often: "Diana Ross", "Georgia May")


TEAM_CITY = 1_000_000
