"""Round 16: a name the archive's own sentences use as a place is a place, whatever kind one sentence filed it under.

The small model tags a local paper's districts and suburbs ORG or PERSON by their shape ("14 from Banke", "a
resident of Boudha", "Police in Lalitpur"), and the gazetteer, which stops at first-level regions and towns of
15,000 people, cannot tell: Nepal's districts, London's boroughs and England's counties are not in it. The
archive can. The same string is written, across its articles, as a place far more often than as anything else:
- the model itself labels it GPE or LOC in other sentences ("76 in Morang, 52 in Kailali, 48 in Banke");
- a sentence puts something in it ("in Boudha", "near X", "throughout X"; "in the X" is left out: "in the
  Senate", "in the Vote Leave campaign");
- its own words say so: an area word after it ("Palpa district", "Lalitpur metropolitan city") or "X-based".
while nothing in the archive uses it as a body or a person (a body's cue around it, a team's sentence, a
title before it, "he"/"his" after it, "X said"). A name with place uses in PLACE_MIN articles or more and at
least PLACE_RATIO times as many as such body or personal uses is a place in every org or person mention whose
own sentence does not make it a body or a person (and outside sports reports, where a town is its club). The
mention takes the archive's located reading of the name where it has one (the gazetteer's own name for it too:
"Morobe" read as Morobe Province elsewhere; NEWSFACET_PLACE_USE_READINGS=0 takes only a value spelt as written),
else the name as an unlocated place. Names the alias or outlet tables know, or whose last word names a kind of body ("X Party"), are left alone.
NEWSFACET_PLACE_USES=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET

from . import corpus_words, evidence, orgs, switches
from .gazetteer import fold
from .guards import guarded, trie
from .name_titles import title_before
from .namesakes import _TEAM_AFTER, _TEAM_BEFORE
from .one_facet import org_by_name
from .org_evidence import _cued
from .org_other import STATE_HEADS
from .person_bodies import PRONOUN_AFTER
from .small_places import home_reading

# Place uses in at least this many articles, and at least PLACE_RATIO times the articles with a body's or a
# person's use of the same string.
PLACE_MIN = 2
PLACE_RATIO = 3
# The words of an area or a settlement after its name ("Palpa district", "Lalitpur metropolitan city",
# "Kathmandu Valley"; "Teku-based"), in lower case: the house style of most English papers for a unit's kind.
_AREA_AFTER = re.compile(r"^(?:-based\b|\s+based\b|\s+(?:(?:rural\s+|sub-)?(?:district|municipality|"
                         r"metropolitan\s+city|sub-metropolitan\s+city|village|town|township|county|borough|ward|"
                         r"constituency|province|valley|upazila|tehsil|taluk)s?)\b)")
# "in X" where the name ends the phrase: punctuation, a preposition, a conjunction or a verb after it; not "in
# Newa culture" (a modifier), "in Vote Leave's campaign", "in Banke Police Office" (part of a longer name)
_NAME_ENDS = re.compile(r"^(?:\s*[,.;:!?)\"”—–]|\s*$|\s+\(|\s+(?:and|or|but|on|in|at|to|of|for|from|with|since|"
                        r"during|after|before|last|this|where|which|that|who|is|are|was|were|has|have|had|will|"
                        r"would|could|can|did|does|do)\b)")
_BARE_LOCATIVE = re.compile(r"\b(?:in|near|outside|throughout|across)\s+$", re.I)
# a tally by place ("48 in Banke", "14 from Banke", "two each from Dang"): the counts of a daily report
_TALLY = re.compile(r"\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:each\s+)?(?:from|in)\s+$"
                    r"|\b\d{1,3},\s+(?:of|from)\s+$")  # ... and a person's home after the age ("Eileen Corder, 57, from X")
_CALENDAR = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                      "august september october november december mon tue tues wed thu thur thurs fri sat sun monday "
                      "tuesday wednesday thursday friday saturday sunday".split())
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+and\s+|,\s+and\s+)$")
_PLACE_LABELS = frozenset({"GPE", "LOC", "DATELINE", evidence.LOCATED})
# The label of a mention this pass refiled (not evidence.LOCATED: archive._settle_located would give a town it
# cannot locate back to the organisations).
PLACE_USE = "PLACE_USE"


def _place_use(para: str, m, listed: bool) -> bool:
    """Whether this mention's sentence uses its string as a place (see the module docstring). ``listed``: the
    mention is an item of a list beside a place mention ("Gorkha, Dang and Pyuthan")."""
    if listed or m.kind == "place" and m.label not in (NO_FACET, "GPE"):
        return True
    # the model's GPE alone is a guess it also makes of bodies (an agency "Mehr", a group "Daesh"): such a
    # mention counts as a place use only with its own sentence's cue below
    after = para[m.end:m.end + 40]
    if _AREA_AFTER.match(after):
        return True
    before = para[max(0, m.start - 30):m.start]
    return bool(_BARE_LOCATIVE.search(before) or _TALLY.search(before)) and bool(_NAME_ENDS.match(after))


def _body_use(para: str, m) -> bool:
    """Whether this mention's sentence uses its string as a body, a team or a person."""
    before, after = para[max(0, m.start - 60):m.start], para[m.end:m.end + 120]
    if _cued(para, m.start, m.end) or title_before(before):
        return True
    if _TEAM_BEFORE.search(before[-40:]) or _TEAM_AFTER.match(after[:40]):
        return True
    if m.kind == "person" and PRONOUN_AFTER.match(after):
        return True
    return bool(_SAID.match(after) or _HOUSE_AFTER.match(after))


# a legislature's business after its seat's name ("Holyrood elections", "the Holyrood's election"): the seat is
# the body there, as "Westminster" or "Stormont" are
_HOUSE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:elections?|polls?|ballot|seats?|session|sitting|debates?|chamber|"
                          r"committees?|bills?|mandate|majority|powers)\b")
_SAID = re.compile(r"^(?:[’']s)?,?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|announced|stated|tweeted|wrote|"
                   r"claimed|added|warned|urged|argued)\b")


def _eligible(m) -> bool:
    """An org or person mention whose value is its own text (not a surname linked to a full name, not a short
    form merged into a long one: "Karnali" of "Karnali Province Assembly"). One the gates left out of the facet
    (NO_FACET: no evidence of a body) is taken too: its string may still be the archive's place."""
    if m.kind not in ("org", "person"):
        return False
    if m.value != (m.text if m.kind == "person" else orgs.normalise_org(m.text)):
        return False
    words = m.text.split()
    if m.kind == "person" and len(words) > 1 or any(len(w) >= 2 and w.isupper() for w in words) or "of" in words:
        return False  # a full name ("in Eric Cantona"), a body's acronym ("BNP Paribas"), "City of Harare" (a council)
    return m.text[:1].isupper() and not any(ch.isdigit() for ch in m.text) and len(m.text.split()) <= 3 \
        and m.text.rstrip(".").lower() not in _CALENDAR  # "ISLAMABAD, Mar 11 (APP)": a dateline's month


def refile_place_uses(articles) -> int:
    """Org and person mentions of strings the archive uses as places become places (see the module
    docstring). Returns the number of mentions refiled."""
    if switches.get("NEWSFACET_PLACE_USES", "1") == "0":
        return 0
    from .org_places import _sports

    place: Counter = Counter()  # articles with a place use of the string
    other: Counter = Counter()  # articles with a body's or a person's use of it
    plain: Counter = Counter()  # articles filing it as a body or a person with neither use ("Holyrood should")
    readings: dict[str, Counter] = {}
    wanted: set[str] = set()
    # only the strings some org/person mention could be refiled under are tallied (same answer, a fraction of
    # the sentence checks: most mentions' strings are never candidates)
    wanted.update(m.text for a in articles for m in a.mentions if _eligible(m))
    for a in articles:
        here_place, here_other, here_plain = set(), set(), set()
        listed = _listed(a)
        for m in a.mentions:
            if m.kind not in ("place", "org", "person") or m.text not in wanted:
                continue
            para = a.paragraphs[m.paragraph].text
            if m.kind == "place" and m.country and _own_reading(m):
                readings.setdefault(m.text, Counter())[(m.value, m.region, m.country)] += 1
            if _body_use(para, m):
                here_other.add(m.text)
            elif _place_use(para, m, id(m) in listed):
                here_place.add(m.text)
            elif m.kind != "place":
                here_plain.add(m.text)
        place.update(here_place)
        other.update(here_other)
        plain.update(here_plain - here_place - here_other)
    places = {t for t in wanted if place[t] >= PLACE_MIN and place[t] >= PLACE_RATIO * other[t] and 2 * place[t] >= plain[t]
              and not orgs.known_org(t) and not orgs.is_outlet(t) and not org_by_name(t)}
    places -= _written_low(articles, places)  # "in Parliament", "in Congress": a common noun's capital
    # round 41: ... and a state institution's bare name wherever the house style capitalises it throughout ("said in
    # Parliament", "a majority in Parliament" of a Zimbabwean or a Singaporean paper): the body, not a place
    if switches.get("NEWSFACET_STATE_NOT_PLACE", "1") != "0":
        places = {t for t in places if fold(t) not in STATE_HEADS}
    # a full name the archive files as a person anywhere is that person's ("talks in Kazem Gharibabadi's" ORG)
    places -= {m.value for a in articles for m in a.mentions if m.kind == "person" and " " in m.value}
    if not places:
        return 0
    # the archive's usual located reading, only where it is the article's home country: a district the gazetteer
    # lacks is often matched to a namesake abroad ("Lalitpur" of Nepal to Uttar Pradesh), and a refiled mention
    # must not add to that roll-up; the article's own located reading of the name comes first
    from .archive import home_countries

    model = {t: c.most_common(1)[0][0] for t, c in readings.items()}
    homes = home_countries(articles)[0]
    n = 0
    for a, home in zip(articles, homes):
        if not any(_eligible(m) and m.text in places for m in a.mentions):
            continue
        sports = _sports(a)
        own = {m.text: (m.value, m.region, m.country) for m in a.mentions if m.kind == "place" and m.country}
        for m in a.mentions:
            if not _eligible(m) or m.text not in places:
                continue
            para = a.paragraphs[m.paragraph].text
            if _body_use(para, m) or sports and m.kind == "org":
                continue
            m.kind = "place"
            reading = own.get(m.text) or model.get(m.text)
            if not reading or reading not in own.values() and reading[2] != home:
                # round 49: else the home country's place of the name, which the model tagged a body or a person wherever
                # it appears ("Bamban, Tarlac Mayor Alice Guo": a Philippine province the main gazetteer lacks)
                at_home = home_reading(a, m, home) if switches.get("NEWSFACET_PLACE_USE_HOME", "1") != "0" else None
                reading = (m.text, *at_home) if at_home else (m.text, None, None)
            m.value, m.region, m.country = reading
            m.label = PLACE_USE
            n += 1
    return n


def _own_reading(m) -> bool:
    """The value is the name as written or the gazetteer's own name for it ("Morobe" -> "Morobe Province", round 35:
    a province written alone and refiled from ORG lost its region), not one a longer context gave."""
    from . import places

    return m.value == m.text or (switches.get("NEWSFACET_PLACE_USE_READINGS", "1") != "0"
                                 and any(p.name == m.value for p in places.candidates(m.text)))


def _written_low(articles, names: set[str]) -> set[str]:
    """The names the archive also writes in lower case, as an ordinary word ("parliament", "the valley"), and
    the names of several words whose last word it does ("Mount Carmel Hospital": a hospital is a body as often
    as a building). A place's own name is written so nowhere ("banke", "lalitpur"). One pass over the text."""
    if not names:
        return set()
    low: dict[str, set[str]] = {}
    for n in names:
        low.setdefault(n.split()[-1].lower(), set()).add(n)
    if all(map(corpus_words.plain, low)):  # (the archive's word counts: no pass over its text)
        return {n for word in corpus_words.written(low, articles) for n in low[word]}
    pattern = guarded(r"\b(?:%s)\b" % trie(low, longest=True))  # (a prefix tree: the same matches, faster)
    out: set[str] = set()
    for a in articles:
        for p in a.paragraphs:
            for m in pattern.finditer(p.text):
                out |= low[m.group()]
    return out


def _listed(article) -> set[int]:
    """ids of mentions listed right beside a place mention ("Gorkha, Dang and Pyuthan", "Mustang and Humla")."""
    ms = sorted((m for m in article.mentions if m.kind in ("place", "org", "person")), key=lambda m: (m.paragraph, m.start))
    out: set[int] = set()
    for x, y in zip(ms, ms[1:]):
        if x.paragraph != y.paragraph or (x.kind == "place") == (y.kind == "place"):
            continue
        if _LIST_GAP.match(article.paragraphs[x.paragraph].text[x.end:y.start]):
            out.add(id(y) if x.kind == "place" else id(x))
    return out
