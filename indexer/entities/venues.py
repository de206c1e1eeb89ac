"""Round 19: org values the archive's own sentences use as a venue -- a ground, a room, an airport, a library
or a museum people go to -- are places.

Every corpus's gold files venues and landmarks as places ("at Old Trafford", "in the Oval Office", "visited
the X Museum", "arrived at X"), and the judges call such org values wrong. The small model tags them ORG by
their shape: a one-word ground, a capitalised name closing on "Library", "Center", "Office". The passes before
this one leave them so: place_uses does not count "at X" (a body's: "analysts at X") nor take a sports report's
org mentions (a town there is its club); org_uses and org_things take a few facility words out of the facet
but leave the mention an organisation, and only where nearly every sentence says "at"/"in the".
Counted per article over the archive, for a name that is neither an acronym nor closed by a body's head word
(a facility's word may close it: "Library", "Stadium", "Museum", "Office"):
- a VENUE use: "at/inside/outside/near (the) X" or "in/into the X" with the name closing its phrase,
  "visited/toured (the) X", a facility's noun in lower case after it ("X stadium", "X runway"), or an item of
  a list beside a place ("the Central Zoo, the X Museum and ..."). A name with no facility's word counts only
  bare after "at" in a sports report ("at Murrayfield"): "at Yale" is a body's as often;
- a BODY use: place_uses' (a body's cue around it, a title before it, a team's sentence, "X said"), a match's
  words before it ("beat X", "v X"), or a person's job or a career before its "at" ("a professor at X", "his
  spell at X"), a job after it ("X professor").
A name with venue uses in VENUE_MIN articles or more, VENUE_RATIO times its body uses and at least half its
other plain uses is a place in every org mention whose own sentence does not make it a body ("the Anfield club
said" stays), in sports reports too: a ground never plays. The mention takes its article's, else the archive's
home-country, located reading of the name (place_uses), else the name as an unlocated place.
NEWSFACET_VENUES=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from . import orgs, switches
from .gazetteer import fold
from .namesakes import _CONTEST_BEFORE, sport_terms
from .place_uses import _NAME_ENDS, _body_use, _listed

# Venue uses in at least VENUE_MIN articles (HEADLESS_MIN for a name with no facility's word), and at least
# VENUE_RATIO times the articles with a body's use of the name.
VENUE_MIN = 2
HEADLESS_MIN = 3
VENUE_RATIO = 3
# The last word of a venue's or a building's name. A body's name may close so too ("Home Office", "British
# Museum"), so the sentences decide; this list only lets such a name past the body-head test.
FACILITY_LAST = {"stadium", "ground", "grounds", "oval", "arena", "park", "field", "centre", "center", "museum",
                 "library", "gallery", "hotel", "airport", "farm", "garden", "gardens", "hall", "office", "room",
                 "theatre", "theater", "pavilion", "auditorium", "palace", "mansion", "residence", "building",
                 "site", "square", "plaza", "harbour", "harbor", "memorial", "monument", "racecourse", "showgrounds",
                 "complex", "dome", "tower", "terminal", "wharf", "pier", "beach", "forest", "suites"}
_LOCATIVE = re.compile(r"\b(?:[Aa]t|inside|outside|near|[Vv]isit(?:ed|ing|s)?|[Tt]our(?:ed|ing|s)?)\s+(?:the\s+)?$")
_BARE_AT = re.compile(r"\b(?:[Aa]t|inside|outside)\s+$")
_IN_THE = re.compile(r"\b(?:[Ii]n|into)\s+the\s+$")  # ("to the X", "from the X": a body's too: "report to the X")
# The name closes its phrase (place_uses' test, and a dash, "as", "under", "against" ... after it)
_ENDS_MORE = re.compile(r"^(?:\s+[-–—]\s|\s+(?:as|under|against|when|while|by|then|next|tonight|yesterday|today)\b)")
_FACILITY_AFTER = re.compile(r"^\s+(?:stadium|ground|arena|venue|runway|runways|taxiway|terminal|airport|"
                             r"campus|premises|compound|pitch|turf|stands?|forecourt|grounds|courtyard|lobby)\b")
# A person's job or a career before "at X": the body employs, it is no venue ("a professor at Harvard",
# "his spell at Chelsea"), and a job after the name ("Harvard professor").
_JOB_AT = re.compile(r"\b(?:professors?|lecturers?|students?|researchers?|scientists?|economists?|analysts?|"
                     r"strategists?|executives?|officials?|officers?|directors?|managers?|head|chief|fellows?|"
                     r"staff|employees?|workers?|engineers?|dean|spokes(?:man|woman|person)|work(?:s|ed|ing)?|"
                     r"job|jobs|studied|studying|studies|graduated?|teach(?:es|ing)?|taught|interns?|colleagues?|"
                     r"curators?|coach(?:es|ed|ing)?|players?|spell|stint|career|tenure|employed|hired|trained|"
                     r"doctors?|nurses?|partners?|members?|investors?|seasons?|years?|everyone|everybody)\s+(?:\w+\s+)?at\s+(?:the\s+)?$", re.I)
_JOB_AFTER = re.compile(r"^(?:[’']s)?\s+(?:professors?|lecturers?|students?|researchers?|scientists?|"
                        r"economists?|analysts?|graduates?|alumni|faculty|employees?|workers?|staff)\b")


def _eligible(m) -> bool:
    """An org mention whose value is its own text, a name of one to six words, no acronym, no digit, no
    possessive, no "of" or "for" ("Institute for X", "Bank of England": a body's), and no body's head word in it unless it is the last
    word and also a facility's ("Library", "Museum")."""
    if m.kind != "org" or m.value != orgs.normalise_org(m.text):
        return False
    words = m.text.split()
    if not words or len(words) > 6 or not m.text[:1].isupper() or any(ch.isdigit() for ch in m.text):
        return False
    if any(len(w) >= 2 and w.replace("&", "").isupper() for w in words) or {"of", "for", "on"} & set(words):
        return False  # "BNP Paribas", "SCG": an acronym is a body's as often as a ground's ("at the UN")
    if any(w.endswith(("'s", "’s", "s'", "s’")) for w in words):
        return False  # "Women's Center", "Prosecutor's Office": a unit serving or headed by someone, a body
    from .org_evidence import _heads

    heads = _heads()
    folded = [fold(w.strip(".,")) for w in words]
    return not any(w in heads for w in folded[:-1]) and (folded[-1] in FACILITY_LAST or folded[-1] not in heads)


def _facility(text: str) -> bool:
    """A name closing on a facility's word ("McHenry Library", "Oval Office")."""
    words = text.split()
    return len(words) >= 2 and fold(words[-1].strip(".,")) in FACILITY_LAST


def _venue_use(para: str, m, sports: bool) -> bool:
    """A venue's use of the mention's name in its sentence. A name with no facility's word is counted only in
    a sports report and only bare after "at" ("at Murrayfield", "at Wembley"): "at Yale", "at the Suns" are a
    body's and a team's as often."""
    before, after = para[max(0, m.start - 40):m.start], para[m.end:m.end + 40]
    facility = _facility(m.text)
    if not facility and not (sports or sport_terms(para)):
        return False
    if _FACILITY_AFTER.match(after):
        return True
    if not (_NAME_ENDS.match(after) or _ENDS_MORE.match(after)) or _JOB_AT.search(para[max(0, m.start - 60):m.start]):
        return False
    if facility:
        return bool(_LOCATIVE.search(before) or _IN_THE.search(before))
    return bool(_BARE_AT.search(before))


def _other_use(para: str, m) -> bool:
    before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 40]
    return bool(_body_use(para, m) or _CONTEST_BEFORE.search(before[-40:]) or _JOB_AT.search(before)
                or _JOB_AFTER.match(after))


def venues(articles) -> set[str]:
    """The org values the archive uses as venues (see the module docstring); one walk over the org mentions."""
    venue: Counter = Counter()
    body: Counter = Counter()
    plain: Counter = Counter()
    from .org_places import _sports

    for a in articles:
        here_venue, here_body, here_plain = set(), set(), set()
        sports = listed = None
        for m in a.mentions:
            if not _eligible(m):
                continue
            para = a.paragraphs[m.paragraph].text
            if sports is None:
                sports, listed = _sports(a), _listed(a)
            if _other_use(para, m):
                here_body.add(m.text)
            elif _venue_use(para, m, sports) or id(m) in listed and _facility(m.text):
                here_venue.add(m.text)
            else:
                here_plain.add(m.text)
        venue.update(here_venue)
        body.update(here_body)
        plain.update(here_plain - here_venue - here_body)
    # a facility's name is often written as the thing it houses ("win the Oval Office", "an Oval Office address"):
    # its plain uses may be four times its venue uses; a bare name's only twice
    return {t for t, n in venue.items() if n >= (VENUE_MIN if _facility(t) else HEADLESS_MIN)
            and n >= VENUE_RATIO * body[t] and (4 if _facility(t) else 2) * n >= plain[t]
            and not orgs.known_org(t) and not orgs.is_outlet(t)}


def refile_venues(articles) -> int:
    """Org mentions of the archive's venues become places. Returns the number of mentions refiled."""
    if switches.get("NEWSFACET_VENUES", "1") == "0":
        return 0
    names = venues(articles)
    if not names:
        return 0
    from .archive import home_countries
    from .place_uses import PLACE_USE

    readings: dict[str, Counter] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "place" and m.text in names and m.value == m.text and m.country:
                readings.setdefault(m.text, Counter())[(m.value, m.region, m.country)] += 1
    model = {t: c.most_common(1)[0][0] for t, c in readings.items()}
    homes = home_countries(articles)[0] if model else [None] * len(articles)
    n = 0
    for a, home in zip(articles, homes):
        own = None
        for m in a.mentions:
            if not _eligible(m) or m.text not in names or _other_use(a.paragraphs[m.paragraph].text, m):
                continue
            if own is None:
                own = {x.text: (x.value, x.region, x.country) for x in a.mentions if x.kind == "place" and x.country}
            reading = own.get(m.text) or model.get(m.text)
            if not reading or reading not in own.values() and reading[2] != home:
                reading = (m.text, None, None)
            m.kind = "place"
            m.value, m.region, m.country = reading
            m.label = PLACE_USE
            n += 1
    return n


__all__ = ["refile_venues", "venues", "FACILITY_LAST"]
