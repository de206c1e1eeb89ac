"""Round 19: org values the archive's sentences use as a PEOPLE or an ILLNESS, not as a body.

The small model tags a people's name and a disease's ORG by their shape ("Tongans", "Aboriginal", "Latino",
"LGBT", "COVID-19", "Omicron"); the evidence gate admits them as brands (one word, never written in lower
case). On the judged top-100 org values of the 40 seen corpora they were ~45 wrong values in 25 corpora
(wrong19.txt: demonyms, peoples, community adjectives, diseases). Nobody in them has a spokesman or a
chairman; the words around a value's mentions, tallied over the archive, say what it is:
- a PEOPLE: counted as people ("many Tongans", "most Queenslanders", "61 per cent of Tongans", "fellow
  Sydneysiders"; the name in the plural) or an adjective before a people's noun or thing ("an Aboriginal
  woman", "Latino men", "the LGBT community", "Confederate statues", "Indigenous Australians");
- an ILLNESS: what one catches, dies of, tests positive for, is vaccinated against ("cases of COVID-19",
  "tested positive to COVID-19", "died from X"), or before a disease's words ("the Omicron variant", "the COVID-19
  pandemic").
A value whose mentions read so in a third of them (at least MIN_USES) and almost never as a body (a role or
a descriptor around it, org_evidence._cued: "X chairman", "the party X"; for an illness also a body's own
verbs, org_programmes._BODY_AFTER: "X said") names no body. The gold of every evaluation corpus leaves
nationalities, demonyms, peoples and diseases unannotated (eval/corpora/*/SOURCE.md): its mentions go, but
for one whose own sentence makes it a body ("the Kelvoans Party chairman"). A party by a people's everyday
word ("Greens", "Democrats", org_evidence._ONE_BODY), a name closed by a body's head word, and the alias and
outlet tables win. NEWSFACET_ORG_PEOPLES=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter

from . import orgs, switches
from .gazetteer import fold

# The share of a value's mentions that must read as a people or an illness (with at least MIN_USES), as
# org_programmes' share; and how few body readings it may have beside them (a people's word cut out of a
# party's name is a body in its own sentences).
SHARE = 1 / 3
MIN_USES = 2
BODY_SHARE = 1 / 4
# A people counted: a quantifier or a share before a plural name ("many Tongans", "all Queenslanders", "61 per
# cent of Tongans", "fellow Sydneysiders"). (Not a bare number: "the 2020 Wallabies" is a team's season.)
_COUNTED_BEFORE = re.compile(r"\b(?:many|most|some|all|few|fewer|more|fellow|ordinary|everyday|young|older|elderly|"
                             r"(?:per cent|percent|%|proportion|majority|minority|number|numbers|thousands|"
                             r"hundreds|millions|tens of thousands|generations|lives|health|safety|interests) of"
                             r"(?: all| the| our| their)?)\s+$", re.I)
# Round 23: a place's people counted by a number or a quantifier, a word or two between ("50 Tongans", "two
# Queenslanders", "thousands of expatriate Tongans"); read only for a place's people by its plural (place_people),
# where a team's season ("the 2020 Wallabies") cannot come in: a year is no count.
_NUMBERED_BEFORE = re.compile(r"(?:\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*|\b(?:two|three|four|five|six|seven|eight|"
                              r"nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozens|hundreds|"
                              r"thousands|millions|many|most|some|all|few|several|more)(?:\s+of)?)"
                              r"\s+(?:(?:the\s+)?[a-z][a-z\-]+\s+){0,2}$")
_PLURAL_NOUN_NEXT = re.compile(r"^\s+[a-z]+s\b")  # "many Woolworths stores": the plural is the noun after it
# A people's noun or a thing of a people after an adjective ("an Aboriginal woman", "Latino voters' ... men",
# "the LGBT community", "Confederate statues", "Indigenous Australians"). (Not staff, workers, members, voters,
# supporters, leaders, patients, land: a body's too -- "Labor voters", "Hamas leaders", "NHS patients", "Crown
# land".)
_PEOPLE_AFTER = re.compile(r"^\s+(?:man|woman|men|women|boy|boys|girl|girls|child|children|kids|youth|youths|people|"
                           r"peoples|person|persons|individuals|communit(?:y|ies)|famil(?:y|ies)|elders?|descent|"
                           r"heritage|ancestry|origins?|cultures?|language|languages|identity|identities|flags?|"
                           r"statues?|monuments?|memorials?|artists?|rights|activists?|Australians|Americans|"
                           r"Canadians|New Zealanders|population|populations|immigrants|migrants|adults|teenagers|"
                           r"couples?|descendants|ancestors|ancestral|tribes?|clans?)\b")
# An illness caught, fought, died of, tested for ("cases of COVID-19", "tested positive to X", "died from X").
_ILL_BEFORE = re.compile(r"\b(?:cases? of|spread of|positive (?:for|to|with)|negative for|die[sd]? (?:of|from)|dying "
                         r"(?:of|from)|deaths? from|infected with|infections? of|recover(?:ed|ing|y)? from|"
                         r"symptoms of|vaccinated against|vaccines? against|"
                         r"protection against|protected against|immuni[sz]ed against|outbreak of|diagnosed with|"
                         r"sick with|ill with|suffer(?:ed|ing|s)? from|strain of|variant of|tests? for|tested for|"
                         r"hospitali[sz]ed with|"
                         # (round 23) named after a disease's word: "the novel coronavirus, known as X", "the
                         # disease, officially called X" -- a body is never a virus's or a disease's name
                         r"(?:coronavirus|virus|disease|illness|infection|influenza|flu|fever|syndrome|pneumonia)"
                         r"(?:\s*\([^)]{0,20}\))?,?\s+(?:also\s+|officially\s+|scientifically\s+|commonly\s+|now\s+"
                         r"|formally\s+)?(?:known\s+as|called|named|dubbed))\s+(?:the\s+)?$",
                         re.I)
# What only a disease's name modifies ("the COVID-19 pandemic", "the Omicron variant", "COVID-19-related deaths").
# (Not "cases", "outbreak", "cluster", "lockdown": places have them too -- "the CBD outbreak", "Sydney cases";
# not "vaccine", "jab", "booster", "test", "patients": a maker's or a health service's -- "the Pfizer vaccine",
# "Abbott tests", "NHS patients".)
ILLNESS_AFTER = {"pandemic", "pandemics", "epidemic", "variant", "variants", "infection", "infections", "virus",
                 "symptoms", "positive", "related", "antibodies", "immunity"}
# A town's, a state's or a country's people by its name and an ending ("Queenslanders", "Sydneysiders").
_PLACE_PEOPLE_ENDS = ("er", "sider", "ite")
_NEXT = re.compile(r"^(?:-\d+)?[\s\-]+([a-z]+)")


def _readings(para: str, start: int, end: int, value: str) -> tuple[bool, bool]:
    """(people, illness) readings of one mention by the words around it."""
    before, after = para[max(0, start - 60):start], para[end:end + 60]
    people = bool(_PEOPLE_AFTER.match(after)
                  or value.endswith("s") and _COUNTED_BEFORE.search(before) and not _PLURAL_NOUN_NEXT.match(after))
    nxt = _NEXT.match(after)
    ill = bool(_ILL_BEFORE.search(before) or nxt and nxt.group(1) in ILLNESS_AFTER)
    return people, ill


def _numbered(para: str, start: int, end: int, value: str) -> bool:
    """A plural name counted ("50 Tongans", "thousands of expatriate Tongans"), no noun after it."""
    return value.endswith("s") and bool(_NUMBERED_BEFORE.search(para[max(0, start - 60):start])) \
        and not _PLURAL_NOUN_NEXT.match(para[end:end + 30])


# A plural with no article or determiner or name before it is said of people at large ("encouraged Queenslanders
# to", "protect Queenslanders from", "for Tongans"); a team or a body by a people's word takes "the" ("the Tongans
# had too much experience", "the Pacific Islanders side").
_DETERMINED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er|[Ii]ts|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)"
                                r"|[A-Z][\w’'\-]*|[’']s)\s+$")


def _bare(para: str, start: int, end: int, value: str) -> bool:
    return value.endswith("s") and not _DETERMINED_BEFORE.search(para[max(0, start - 20):start]) \
        and not _PLURAL_NOUN_NEXT.match(para[end:end + 30])


def _body_readings(para: str, start: int, end: int) -> tuple[bool, bool]:
    """(body, acts): a role or a descriptor around the mention ("X chairman", "the party X"); it speaks or is
    told things ("X said", "according to X")."""
    from .org_evidence import _cued
    from .org_programmes import _BODY_AFTER, _BODY_BEFORE

    return _cued(para, start, end), bool(_BODY_AFTER.match(para[end:end + 60])
                                         or _BODY_BEFORE.search(para[max(0, start - 60):start]))


def features(articles) -> dict[str, Counter]:
    """Per org value: its mentions, and how many read as a people's, an illness's, a body's (a role or a
    descriptor), an actor's (it speaks, it is told). The body readings are asked only of values with a people's
    or an illness's reading (a second walk: most org values have neither). A known body's mentions are counted, not
    read: apply exempts it."""
    out: dict[str, Counter] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind != "org":
                continue
            f = out.setdefault(m.value, Counter())
            f["n"] += 1
            if orgs.known_body(m.value):
                continue
            people, ill = _readings(a.paragraphs[m.paragraph].text, m.start, m.end, m.value)
            f["people"] += people
            f["numbered"] += not people and _numbered(a.paragraphs[m.paragraph].text, m.start, m.end, m.value)
            f["bare"] += _bare(a.paragraphs[m.paragraph].text, m.start, m.end, m.value)
            f["illness"] += ill
    asked = {v for v, f in out.items() if f["people"] or f["illness"] or f["numbered"] or f["bare"] >= MIN_USES}
    for a in articles if asked else ():
        for m in a.mentions:
            if m.kind == "org" and m.value in asked:
                body, acts = _body_readings(a.paragraphs[m.paragraph].text, m.start, m.end)
                out[m.value]["body"] += body
                out[m.value]["acts"] += acts
    return out


def place_people(v: str) -> bool:
    """A plural made from a gazetteer place's name: a country's or a region's people ("Tongans", "Solomon
    Islanders", place_adjectives.derived_adjective) or a town's or a state's ("Queenslanders", "Sydneysiders")."""
    from . import place_adjectives, places

    if not v.endswith("s") or len(v) < 6:
        return False
    stem = v[:-1]
    if place_adjectives.derived_adjective(stem) or place_adjectives.derived_adjective(v):
        return True
    for end in _PLACE_PEOPLE_ENDS:
        base = stem[:-len(end)]
        if stem.endswith(end) and len(base) >= 4 and any(
                fold(p.name) == fold(base) and p.kind in ("country", "region", "city") for p in places.lookup(base)):
            return True
    return False


def decide(f: Counter, v: str = "") -> str | None:
    """What a value's mentions (``f``: its ``features``) read as instead of a body, or None. A place's people
    by its plural ("Tongans") needs one counted use and no more body readings than people readings: it is
    written bare in most sentences ("for Tongans", "the Tongans")."""
    n = f["n"]
    if not n:
        return None
    counted = f["people"] + f["numbered"]  # (round 23: or written bare in a third of its mentions, twice or more)
    if (counted or f["bare"] >= max(MIN_USES, SHARE * n)) and f["body"] <= max(counted, f["bare"]) and v \
            and place_people(v):
        return "people (a place's people in the plural)"
    if f["illness"] >= MIN_USES and f["illness"] >= SHARE * n and f["body"] + f["acts"] <= BODY_SHARE * f["illness"]:
        return "illness"
    if f["people"] >= MIN_USES and f["people"] >= SHARE * n and f["body"] <= BODY_SHARE * f["people"]:
        return "people"
    return None


def _exempt(v: str, heads: set[str]) -> bool:
    from .org_evidence import _ONE_BODY
    from .org_programmes import _headed

    return bool(orgs.known_org(v) or orgs.is_outlet(v) or fold(v) in _ONE_BODY or _headed(v, heads))


def apply(articles) -> int:
    """Drop the org mentions of values the archive uses as a people or an illness, but for those whose own
    sentence makes them a body. Returns the number dropped."""
    if switches.get("NEWSFACET_ORG_PEOPLES", "1") == "0":
        return 0
    from .org_evidence import _cued, _heads

    heads = _heads()
    drop = {v for v, f in features(articles).items() if decide(f, v) and not _exempt(v, heads)}
    if not drop:
        return 0
    n = 0
    for a in articles:
        kept = [m for m in a.mentions if not (m.kind == "org" and m.value in drop
                                              and not _cued(a.paragraphs[m.paragraph].text, m.start, m.end))]
        n += len(a.mentions) - len(kept)
        a.mentions = kept
    return n
