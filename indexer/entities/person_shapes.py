"""Person values that their own mentions show to be something named like a person, or no name at all.

Round 13 of issue 11. After round 12 the wrong person values of the local archives (Port Moresby, Malta, Port
Vila) were no longer people the model misread one sentence at a time, but things the archive itself tells
apart from people by how it writes them:
- a nationality or a language ("Maltese", "Papua New Guineans", hindu2017's "Sri Lankan" army): CLDR's English
  language and territory names (babel, already a dependency) and the regular ways English makes a people of a
  country ("Kenya" -> "Kenyan", "Malta" -> "Maltese", "Jordan" -> "Jordanian");
- a storm ("cyclone Harold", "TC Harold"): a storm word before most of its mentions;
- a thing named after a person, a ship or a craft ("Sir John Guise stadium", "Mater Dei Hospital", "the Alan
  Kurdi", "a Twin Otter"): a facility or craft noun after, or an article before, most of its mentions (people
  are not "the" anybody, one_facet's weak cue, here counted over the archive);
- a title, an acronym or a place fused in front of a person the archive names without it ("MEP David Casa" ->
  "David Casa", "Punjab Maryam Nawaz"): the value becomes that person.
Round 14 added, from the archives of set 13 (RNZ on Solomon Islands, The Herald of Harare):
- an island group's short form ("the Solomons": CLDR's "X Islands" made "Xs") and a team by its own word
  ("Team Wellington", "X FC");
- more thing cues: a vessel's prefix ("MV Solomon Trader"), "The" with its capital inside a sentence ("told The
  Herald"), the tail of a portfolio after "Minister of ... and" ("... Development and Vocational Training"); a
  thing's cues in most of its mentions outweigh a stray person's cue;
- a possessive an ASCII scrape wrote without its apostrophe ("Auxillia Mnangagwas"): the bare person;
- titles the archive itself uses before many names (person_titles.py: "Cde", "Amai", "Clr", "VP").
Round 20 added a possessive inside the value ("X’s Aramm", "X’s Twitter": somebody's film, platform or law) and a
place or office fused in front of a name the archive writes alone only among the value's own mentions (linking
folded "Sarfraz Bugti" into "Balochistan Sarfraz Bugti").
Round 61 added a group of people the model reads as one ("[Iron Maiden] have", "[Iron Maiden] frontman Bruce
Dickinson": group_cues.py), filed as an organisation as a club is.
Each gate keeps the mentions (highlighted, stored) but labels them NO_FACET; NEWSFACET_PERSON_SHAPES=0 turns
them off. Tried and left out (measured on the 27 seen archives): speech as the only evidence of a value with no
given name (parties and firms "say"; 18 judged-ok people lost for 8 wrong values caught), and a value the model
never tagged PERSON (7 judged-ok people lost for 1 wrong value caught).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article

from . import group_cues, person_words, switches, team_cues
from .english_words import inflected
from .gazetteer import fold

# Storm words before a name ("cyclone Harold", "Tropical Cyclone Harold", "TC Harold", "Typhoon Haiyan").
_STORM_BEFORE = re.compile(r"(?i:\b(?:cyclone|hurricane|typhoon|storm|tropical\s+depression)|\bT[CS])\s+$")
_STORM_LEAD = re.compile(r"^(?:TC|STC|TS)\s+[A-Z]")
# What closes the name of a place, a building or a craft named after a person ("Sir John Guise stadium",
# "Mater Dei Hospital", "a Twin Otter aircraft"): nouns nobody has for a given name, any case.
_THING_AFTER = re.compile(r"^(?:[’']s)?\s+(?i:stadium|hospital|airport|airfield|oval|road|street|avenue|highway|"
                          r"bridge|building|centre|center|school|college|university|library|museum|memorial|hotel|"
                          r"resort|clinic|terminal|wharf|market|aircraft|airplane|plane|flights?|ship|vessel|"
                          r"boat|ferry|corridors?)\b")
# An article right before the name: "the Alan Kurdi", "a Twin Otter" (people are not "the" anybody).
_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(\"“‘])(?:the|The|a|A|an|An)\s+$")
# A vessel's prefix right before the name ("MV Solomon Trader", "the HMNZS Canterbury"): a ship.
_VESSEL_BEFORE = re.compile(r"(?:^|[\s(\"“‘])(?:MV|MS|SS|RV|FV|MT|HMS|HMAS|HMNZS|HMCS|USS|RMS|RFA)\s+$")
# "The" with its capital inside a sentence ("told The Herald", "by The Herald"): the name of a paper, a band or
# a show; people are not "The" anybody even at one word (sentence openers "The ..." are left out).
_TITLE_THE_BEFORE = re.compile(r"[\w,;’'”\"]\s+The\s+$")
# The last part of a portfolio's name after "Minister of ... and" ("Ministry of Youth Empowerment, Development and
# Vocational Training"): a fragment of an office's or a ministry's name.
_PORTFOLIO_BEFORE = re.compile(r"\b(?:Minist(?:er|ry)|Department|Portfolio)\s+(?:of|for)\s+"
                               r"(?:(?:[A-Z][\w’'\-]*|of|for|the)[\s,]+)*(?:and|&)\s+$")
# A team's own word before or after a name ("Team Wellington", "Hekari United FC"): a club, not a person.
_TEAM = re.compile(r"^(?:Team|FC|AFC)\s+[A-Z]|\s(?:FC|AFC)$")
# Round 54: a club's name by the word that closes it, which no person's name ends with, or by a saint's "St" ("Luton
# Town", "Hamilton Academical", "Preston North End", "St Johnstone"). A sports report files such a PERSON value
# under the club: a BBC Sport archive had six clubs among its top 40 people (NEWSFACET_CLUB_SHAPES=0: left).
_CLUB_SHAPE = re.compile(r"\s(?:Town|City|United|Rovers|Athletic|Academical|Albion|Wanderers|Hotspur|Argyle|Orient|"
                         r"Swifts|Thistle|Wednesday|Dynamo|North End)$|^St\.?\s+[A-Z]")
# A share of a value's mentions with such a cue, and a least number of them, that make it a thing. Chosen
# leave-one-corpus-out over the judged person values of the 27 seen archives among shares 1/3, 1/2, 2/3, 1 and
# least numbers 1, 2, 3: every fold where it mattered (8 archives) chose 1/3 and 2: 9 judged-wrong values out, no
# judged-ok one (a least number of 1 takes 4 judged-ok people out, on one "the X" each).
THING_SHARE = 1 / 3
THING_MIN = 2


def enabled() -> bool:
    return switches.get("NEWSFACET_PERSON_SHAPES", "1") != "0"


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    """Folded names of peoples and languages: CLDR's English language names that end like one ("Maltese",
    "Samoan", "Turkish"), and the regular demonyms of CLDR's territory names ("Papua New Guinean", "Sri Lankan",
    "Jordanian", "Bangladeshi"), each also plural. Forms a given name could take ("Malin" of Mali) are not made:
    a name ending in "a" takes "n", one ending in a consonant "ian"/"ese", "i" only after "-stan"/"-desh"."""
    from babel import Locale

    loc = Locale("en")
    out: set[str] = set()
    for name in loc.languages.values():
        if " " not in name and re.search(r"(?:ese|ish|ian|an|ic)$", name):
            out.add(fold(name))
    for name in loc.territories.values():
        t = fold(name)
        if not t or not t[0].isalpha() or any(ch.isdigit() for ch in t):
            continue
        forms = set()
        if t.endswith("a"):
            forms |= {t + "n", t[:-1] + "ese", t + "ian"}
        elif t.endswith("o"):
            forms |= {t[:-1] + "an"}
        elif t.endswith(("i", "u")):
            forms |= {t + "an"}
        elif t.endswith("islands"):
            forms |= {t[:-1] + "er"}
        elif t[-1] not in "aeiouy":
            forms |= {t + "ian", t + "ese"}
            if t.endswith(("stan", "desh")):
                forms.add(t + "i")
        out |= forms
    from .faker_names import given_names

    out -= given_names()  # "Danish", "Shan", "Emilian" are people's given names too
    return frozenset(out | {f + "s" for f in out})


def nationality(text: str) -> bool:
    """Whether the whole text names a people, a nationality or a language ("Papua New Guineans", "Maltese")."""
    key = fold(text.strip())
    return bool(key) and key in _peoples()


SIDE_ALONE = 3  # round 44: cues of a body that make a value a team whatever its other mentions (NEWSFACET_CLUB_BOARD)


def gate_person_shapes(articles: list[Article], strong_of=None, given=None) -> dict[str, str]:
    """Label NO_FACET (or rename) the person values the module docstring describes. ``strong_of(before, after,
    text)``: person_context.strong_context; ``given(word)``: whether a word is a given name. Returns
    {value: why} for every value gated or renamed."""
    if not enabled():
        return {}
    from .namesakes import sporty
    from .person_context import personal_context, strong_context
    strong_of = strong_of or strong_context
    given = given or _given

    renamed_first = _possessives(articles)
    from .person_titles import drop_learned_titles
    renamed_first.update(drop_learned_titles(articles))
    mentions: Counter = Counter()
    storm: Counter = Counter()
    thing: Counter = Counter()
    side: Counter = Counter()  # mentions a sports report writes as a team's (team_cues.person_side)
    strong: set[str] = set()
    said: set[str] = set()
    clubbed: Counter = Counter()  # mentions of a club-shaped value in sports reports
    sports: dict[int, bool] = {}
    clubs_on = switches.get("NEWSFACET_CLUB_SHAPES", "1") != "0"
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET:
                continue
            v = m.value
            mentions[v] += 1
            para = a.paragraphs[m.paragraph].text
            before, after = para[:m.start], para[m.end:]
            is_storm = bool(_STORM_BEFORE.search(before[-25:]) or _STORM_LEAD.match(m.text))
            # (a surname alone after "the" is a family's: "the Coe family", "the Fisher's supermarket")
            is_thing = " " in m.text.strip() and bool(_THING_AFTER.match(after[:24])
                                                      or _ARTICLE_BEFORE.search(before[-5:])) \
                or bool(_VESSEL_BEFORE.search(before[-8:]) or _TITLE_THE_BEFORE.search(before[-8:])
                        or _PORTFOLIO_BEFORE.search(before[-160:]))
            storm[v] += is_storm
            thing[v] += is_thing
            side[v] += team_cues.person_side(a, m)
            if clubs_on and _CLUB_SHAPE.search(v):
                if id(a) not in sports:
                    sports[id(a)] = sporty(a)
                clubbed[v] += sports[id(a)]
            if not (is_storm or is_thing):
                if strong_of(before, after, m.text):
                    strong.add(v)
                elif personal_context(before, after, m.text):
                    said.add(v)
    why: dict[str, str] = {}
    club_board = switches.get("NEWSFACET_CLUB_BOARD", "1") != "0"  # (read per run, as every switch)
    owned, group = _owned_things(mentions, strong | said), group_cues.counts(articles)
    for v, n in mentions.items():
        if v in owned:
            why[v] = "possessive"
        elif nationality(v):
            why[v] = "nationality"
        elif short_form(v):
            why[v] = "short form of a place"
        elif _TEAM.search(v):
            why[v] = "team"
        elif clubbed[v] * 2 > n and v not in strong:
            why[v] = "club"
        elif side[v] >= 2 and (side[v] * 2 > n or side[v] >= SIDE_ALONE and club_board) and v not in strong:
            # "Asante Kotoko players", "Asante Kotoko 0-0 Berekum Chelsea"; round 44: three cues of a body and no
            # person's strong cue ("Villa boss", "Villa chairman", "Villa's website" among "Villa's fortunes", "Villa are")
            why[v] = "team"
        elif group_cues.is_group(group[v], n, v in strong):
            why[v] = "group"  # round 61: "[Iron Maiden] frontman Bruce Dickinson", "[Iron Maiden] have"
        elif storm[v] * 2 >= n:
            why[v] = "storm"
        elif thing[v] >= max(THING_MIN, THING_SHARE * n) and (v not in strong or thing[v] * 2 > n):
            # (a person's cue in a few of them is noise when most say thing: "the MV Solomon Trader")
            why[v] = "thing"
    for v in person_words.ordinary_names(set(mentions) - set(why), articles, given):
        why[v] = "ordinary words"  # "Vote Leave", "Fact Check", "Harbour Tunnel" (round 23)
    renamed = _fused(articles, mentions, strong | said, given)
    # round 57: a team the run also files as a body is that body (NEWSFACET_TEAM_ORGS=0: only out of this facet)
    bodies = {m.value for a in articles for m in a.mentions if m.kind == "org" and m.label != NO_FACET} \
        if "team" in why.values() and switches.get("NEWSFACET_TEAM_ORGS", "1") != "0" else set()
    renamed.update({v: owner for v, owner in owned.items() if owner})
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or m.label == NO_FACET:
                continue
            if renamed.get(m.value) == "":
                m.label = NO_FACET  # round 37: "Meet Romulus", "Acting Dean": a word glued to a given name alone
            elif m.value in renamed:
                m.value = renamed[m.value]
                if m.text.endswith(" " + m.value):  # the words in front leave the span too ("Coroner" of ...)
                    m.start = m.end - len(m.value)
                    m.text = m.value
            elif why.get(m.value) in ("club", "group") or why.get(m.value) == "team" and m.value in bodies:
                m.kind, m.label = "org", "ORG"  # (the club itself, one entity in one facet)
            elif m.value in why:
                m.label = NO_FACET
    for v, new in list(renamed_first.items()) + list(renamed.items()):
        why[v] = f"fused -> {new}"
    if switches.get("NEWSFACET_DEBUG_SHAPES"):
        import sys
        for v in sorted(set(why) | {v for v in mentions if thing[v] or storm[v]}):
            print(f"SHAPE\t{why.get(v, '-')}\t{v}\t{mentions[v]}\t{thing[v]}\t{storm[v]}\t{v in strong}", file=sys.stderr)
    return why


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """Folded short forms of the names of island countries and territories, the way news writes them ("the
    Solomons" for Solomon Islands, "the Falklands", "the Caymans"): the first word made plural (CLDR)."""
    from babel import Locale

    out = set()
    for name in Locale("en").territories.values():
        words = fold(name).split()
        if len(words) >= 2 and words[-1] in ("islands", "isles") and words[0].isalpha() and len(words[0]) >= 4:
            out.add(words[0] + "s")  # (an island group is the only plural: "the Solomons", never "the Papuas")
    return frozenset(out)


def short_form(text: str) -> bool:
    """Whether the whole text is such a short form of a country's name ("Solomons"): a place, never a person."""
    return fold(text.strip()) in _short_forms()


def _possessives(articles: list[Article]) -> dict[str, str]:
    """A value that is another person value of the archive with an "s" glued on, as a scrape that dropped every
    apostrophe writes the possessive ("Auxillia Mnangagwas wife", "Cde Chigudus"): that person, when the
    archive writes the bare form at least as often, in an archive that writes fewer possessives after a name
    with an apostrophe than such forms (abc_rural's "Chris Groves" is a name). The bare form's own labels decide (a gated name stays
    gated)."""
    count: Counter = Counter()
    faceted: set[str] = set()
    apostrophes = 0  # possessives the archive writes with their apostrophe ("Chris Groves" is then a name)
    for a in articles:
        for m in a.mentions:
            if m.kind == "person":
                count[m.value] += 1
                apostrophes += a.paragraphs[m.paragraph].text.startswith(("'s", "’s"), m.end)
                if m.label != NO_FACET:
                    faceted.add(m.value)
    renamed = {v: v[:-1] for v in count
               if v.endswith("s") and len(v.split()[-1]) >= 4 and count[v[:-1]] >= count[v]}
    if not renamed or apostrophes >= sum(count[v] for v in renamed):
        return {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.value in renamed:
                m.value = renamed[m.value]
                if m.value not in faceted:
                    m.label = NO_FACET
    return renamed


# A possessive inside the value, before a capitalised word ("Nayanthara’s Aramm", "Trump’s Twitter", "Anne’s Law",
# "Massey’s Wellington"): somebody's film, platform, law or campus, never one person's name (round 20: 18 judged
# wrong person values of ten seen archives, no judged-right one). NEWSFACET_OWNED_THINGS=0 turns it off.
_OWNED = re.compile(r"\S[’']s\s+(?=[A-Z])")


def _owned_things(mentions: Counter, evident: set[str]) -> dict[str, str | None]:
    """Values holding a possessive before a capitalised word -> the words after it, when they are a person value
    the archive shows in a person's context (``evident``: "Duke’s Jon Scheyer" is Jon Scheyer; an award's name
    opening with a given name is not), else None (the thing leaves the facet)."""
    if switches.get("NEWSFACET_OWNED_THINGS", "1") == "0":
        return {}
    out: dict[str, str | None] = {}
    for v in mentions:
        m = _OWNED.search(v)
        if m:
            rest = v[m.end():]
            out[v] = rest if len(rest.split()) >= 2 and rest in evident and not _OWNED.search(rest) else None
    return out


def _given(word: str) -> bool:
    from .faker_names import given_names

    return (len(word) == 1 and word.isupper()) or fold(word) in given_names()


def _words(value: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", value.replace(".", " ")) if w]


def _fused(articles: list[Article], mentions: Counter, evident: set[str], given) -> dict[str, str]:
    """Values that are another person value of the archive with words fused in front that are no given names
    ("MEP David Casa", "Emeritus Marie-Louise Coleiro Preca") -> that person."""
    out: dict[str, str] = {}
    values = set(mentions)
    full = {v for v in values if len(v.split()) >= 2}
    lead: dict[str, tuple[list[str], str]] = {}
    loose: dict[str, tuple[str, str]] = {}  # one ordinary word glued before a name the archive never writes alone
    alone = _written_alone(articles, full & evident)
    for v in full:
        words = v.split()
        for i in range(1, len(words) - 1):
            rest = " ".join(words[i:])
            # (an acronym in front needs no evidence for the rest: "MEP Francis Zammit Dimech" said it; nor does
            # a rest the archive writes alone among the value's own mentions, once linking folded it into the
            # longer form: "Chief Minister Balochistan Sarfraz Bugti" beside "Sarfraz Bugti said")
            if (rest in full and (rest in evident or all(_acronym(w) for w in words[:i])) or rest in alone.get(v, ())) \
                    and not any(given(w) for w in words[:i]) \
                    and all(w[:1].isupper() for w in words[:i]):
                lead[v] = (words[:i], rest)
                break
        else:
            if len(words) >= 3 and person_words.loose_lead(words[0]) and not given(words[0]) and given(words[1]) \
                    and not _title(words[1]):  # ("Crown Prince X": a title, not a given name, follows)
                loose[v] = (words[0], " ".join(words[1:]))
            elif len(words) == 2 and person_words.loose_lead(words[0]) and not given(words[0]) and given(words[1]) \
                    and person_words.lead_verbs() and inflected(words[0]):
                # round 37: a word of English before a given name alone ("Meet Romulus", "Honour Francis's
                # vision", "Acting Dean"): a headline's verb, a noun or a role glued on; a given name alone is
                # nobody in particular, so the value leaves the facet ("" below)
                loose[v] = (words[0], words[1])
    out.update({v: ("" if " " not in rest else rest) for v, rest in person_words.loose_leads(articles, loose, full).items()})
    # ... only where the words in front are no family name ("Ganta Srinivasa Rao" is not any Srinivasa Rao): an
    # acronym or initials ("MEP", "KSA", "AHM"), a title, a place, or a word the archive writes in lower case
    # ("Telecommunication Shaza Fatima", "Emeritus")
    lower = _lower_words({w for words, _ in lead.values() for w in words}, articles)
    for v, (words, rest) in lead.items():
        if all(_acronym(w) or _title(w) or _territory(w) or w.lower() in lower for w in words):
            out[v] = rest
    return out



def _written_alone(articles: list[Article], values: set[str]) -> dict[str, set[str]]:
    """For each of ``values``: the texts of two words or more its own mentions are written as, other than the value
    (round 20: linking folds "Sarfraz Bugti" into the archive's "Balochistan Sarfraz Bugti"). NEWSFACET_FUSED_ALONE=0
    turns the reading off."""
    if switches.get("NEWSFACET_FUSED_ALONE", "1") == "0":
        return {}
    out: dict[str, set[str]] = {}
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.value in values and m.text != m.value and " " in m.text.strip():
                out.setdefault(m.value, set()).add(m.text.strip())
    return out


def _acronym(word: str) -> bool:
    """An office or a body by its initials ("MEP", "KSA", "NAB"); not a person's own initials ("K.", "K.T.": "K.
    Srinivasa Rao" and "V. Srinivasa Rao" are two people)."""
    return len(word) >= 2 and word.isupper() and word.isalpha()


def _title(word: str) -> bool:
    from .name_titles import strip_title

    return strip_title(word + " X")[0] > 0


def _lower_words(words: set[str], articles: list[Article]) -> set[str]:
    """Those of ``words`` the archive writes in lower case somewhere."""
    return set(person_words.lower_counts({w for w in words if w.isalpha()}, articles))


def _territory(word: str) -> bool:
    """A country or a region by its own name ("Cherry Growers Australia", "Rural Doctors Tasmania" are bodies)."""
    from . import places

    return any(p.kind in ("country", "region", "multi") and fold(p.name) == fold(word) for p in places.candidates(word))


