"""People's names the tagger filed as places, given back to the people.

surnames_read_as_places: a lone word the model tagged PERSON that the tagger filed as a small town;
given_names_read_as_places: a one-word place its own sentences show to be somebody's name (round 17).

Round 13 of issue 11 (written by the people side, moved out of linking.py to keep one concept per module): the
model tags a surname alone ("Yoon", "Obama's") as PERSON, the place pass finds a small town of that name somewhere,
and the person is lost from the person facet and counted under a foreign village. The archive's own full names say
which words are people's.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from search.model import NO_FACET, Article

from . import switches
from .evidence import located, locative
from .gazetteer import fold
from .name_titles import honorific_before
from .person_edges import pageant_title


def surnames_read_as_places(articles: list[Article]) -> None:
    """A lone word the model tagged PERSON that the tagger read as a small town ("Yoon" in a KCNA piece, "Obama's
    national security advisor"), or one written before what a politician has ("the Clinton campaign", "the Bush
    legacy", round 29: whatever the model's label; NEWSFACET_SURNAME_ATTRIBUTES=0 turns that off), is a person
    when it is a word of full names the archive gives people ("Yoon Suk Yeol", "Barack Obama"): a surname or,
    where family names come first, the first word. A country, a region or
    a city of BIG_TOWN people keeps the place ("Georgia", "Houston"), and so does a place of the archive's home
    country ("Kandy" in a Colombo paper: the model tags its towns PERSON, and surnames are taken from them)."""
    from . import places
    from .archive import home_countries
    from .small_places import known_home_place as home_place

    words = {fold(w) for a in articles for m in a.mentions
             if m.kind == "person" and m.label == "PERSON" and len(m.value.split()) >= 2
             and m.value.split()[0].lower() not in _PLACE_ARTICLES  # "Los Patos" is a place read as a name
             for w in (m.value.split()[0], m.value.split()[-1])}
    if not words:
        return
    from .macro_regions import is_macro

    surnames = {fold(m.value.split()[-1]) for a in articles for m in a.mentions
                if m.kind == "person" and m.label == "PERSON" and len(m.value.split()) >= 2}
    homes = home_countries(articles)[0]
    attributes = switches.get("NEWSFACET_SURNAME_ATTRIBUTES", "1") != "0"
    famous = _famous_surnames(articles)
    for a, home in zip(articles, homes):
        personal: set[str] = set()  # surnames one of whose mentions here only a person's sentence explains
        for m in a.mentions:
            if m.kind != "place" or " " in m.text or fold(m.text) not in words or is_macro(m.text):
                continue
            found = places.candidates(m.text)
            if any(p.kind in ("country", "region", "multi") or p.population >= BIG_TOWN for p in found):
                continue
            para = a.paragraphs[m.paragraph].text
            # (a home town the model tags PERSON keeps its place; one before a politician's campaign is no town)
            if m.label == "PERSON" and (not home_place(m.text, home) or fold(m.text) in famous) \
                    or attributes and _attributive(para, m):
                m.kind, m.value, m.region, m.country = "person", m.text, None, None
            elif found and fold(m.text) in surnames and _personal_after() and _PERSONAL_AFTER.match(para[m.end:m.end + 40]) \
                    and not _THE_BEFORE.search(para[max(0, m.start - 30):m.start]):  # ("the X campaign": round 29's)
                # a surname of the archive's people filed as a small town, speaking or owning a campaign here
                m.kind, m.value, m.region, m.country = "person", m.text, None, None
                personal.add(fold(m.text))
        if personal and _personal_after():
            # ... and its other unplaced mentions in the article are that person too ("Trump and Clinton are
            # to meet" beside "Clinton said"): one name, one facet (round 31)
            for m in a.mentions:
                if m.kind == "place" and fold(m.text) in personal and not _placed(a.paragraphs[m.paragraph].text, m):
                    m.kind, m.value, m.region, m.country = "person", m.text, None, None


# Round 41: full-name articles a surname needs, and how many times its articles as a place, to be the person's
# where the model tags it PERSON, even when the archive's home country has a town of that name.
FAMOUS_ARTICLES = 5
FAMOUS_RATIO = 5


def _famous_surnames(articles: list[Article]) -> set[str]:
    """Round 41: the folded surnames of people the archive names in full in FAMOUS_ARTICLES articles or more, and in
    FAMOUS_RATIO times as many articles as the model reads the bare word as a place (GPE, LOC, a dateline). A home
    town keeps a word the model tags PERSON ("Kandy" in a Colombo paper), but not a national politician's surname in
    their own country's archive: "Trump beat Clinton" and "under Clinton" are no Clinton, Iowa in a US paper naming
    Hillary or Bill Clinton in thirty stories and never the town. NEWSFACET_FAMOUS_SURNAMES=0: none."""
    if switches.get("NEWSFACET_FAMOUS_SURNAMES", "1") == "0":
        return set()
    full: dict[str, set[str]] = defaultdict(set)
    placed: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            if m.kind == "person" and m.label != NO_FACET and len(m.value.split()) >= 2:
                full[fold(m.value.split()[-1])].add(a.id)
            elif m.kind == "place" and m.label in ("GPE", "LOC", "DATELINE") and " " not in m.text:
                placed[fold(m.text)].add(a.id)
    return {w for w, ids in full.items() if len(ids) >= FAMOUS_ARTICLES and len(ids) >= FAMOUS_RATIO * len(placed[w])}


# Round 29: "the Clinton campaign", "the Bush legacy", "the Obama years": a surname before what a politician has
# (whatever label the model gave it) -- read only for a word of the archive's full names (surnames_read_as_places).
_ATTRIBUTE_AFTER = re.compile(r"^\s+(?:campaign|legacy|era|years|presidency|administration|impeachment|aides|"
                              r"allies|loyalists|camp|emails|supporters)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:[a-z]+-)?[a-z]+\s+)?$")


# Round 31: what only a person does or has, right after the word, with or without "the" before it: speaking
# ("Clinton said", "Clinton insists"), a politician's possessions after a possessive ("Clinton's lead", "Clinton's
# emails") or bare ("emails from Clinton campaign chairman John Podesta"). A town speaks only as a big city's
# metonym ("Washington said"), and BIG_TOWN keeps those places.
_PERSONAL_AFTER = re.compile(r"^(?:[’']s\s+(?:campaign|legacy|presidency|administration|impeachment|aides|allies|"
                             r"loyalists|camp|emails|supporters|lead|running mate|husband|wife|daughter|son|"
                             r"spokes(?:man|woman|person)|lawyers?|chief of staff|nomination)|\s+(?:campaign|"
                             r"presidency|administration|aides|loyalists|supporters)|,?\s+(?:who\s+)?(?:has\s+|had\s+|"
                             r"also\s+)?(?:said|says|told|tells|argued|argues|insisted|insists|added|wrote|tweeted|"
                             r"declared|replied|responded|claimed|admitted|vowed|pledged|promised))\b")


def _attributive(para: str, m) -> bool:
    return bool(_ATTRIBUTE_AFTER.match(para[m.end:m.end + 20]) and _THE_BEFORE.search(para[max(0, m.start - 30):m.start]))


def _personal_after() -> bool:
    """NEWSFACET_PERSONAL_AFTER=0: only "the X campaign" and its kin make a surname read as a place a person."""
    return switches.get("NEWSFACET_PERSONAL_AFTER", "1") != "0"


# Articles and saints' titles that open place names ("Los Naranjos", "San Pedro"), never a person's first word.
_PLACE_ARTICLES = {"los", "las", "el", "la", "le", "les", "san", "santa", "santo", "são", "st", "st.", "saint"}
BIG_TOWN = 250_000  # as person_evidence.BIG_PLACE: a place that size inside a name marks a body named after it


# --- Round 17: a one-word place its own sentences show to be somebody's (given) name -------------------------
# A girl called Sofia, Charlotte or Georgia, a brother called Jordan, a contestant called Vienna: the model tags
# the name GPE (or PERSON, and the corpus's reading of the word as a place wins), the gazetteer finds the city,
# state or country of that name, and the region and country facets gain a foreign place the story never mentions.
# What tells them apart is the sentence, as it tells a place ("in X", "X, Region"): an age after the name, a kin
# word before it, an honorific or royal title before it, a family member after its possessive.
_KIN = (r"(?:daughters?|sons?|wife|husband|sisters?|brothers?|mother|father|mum|mom|dad|girl|boy|bab(?:y|ies)|"
        r"niece|nephew|grand(?:daughter|son|child|children)s?|children|kids|twins?|siblings?|cousin|"
        r"step(?:daughter|son)s?|child|fianc[ée]e?|boyfriend|girlfriend)")
_NAME = r"[A-Z][a-z’'\-]+(?:\s*\([^)]{0,30}\))?"
# "daughter Sofia", "sisters Emma and Victoria", "daughters Sunalini, Tara and Renuka", "twins, Austin and Oakley"
_KIN_BEFORE = re.compile(r"\b%s,?\s+(?:%s(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+))*$" % (_KIN, _NAME))
_ROYAL_BEFORE = re.compile(r"(?:^|[\s(\"“‘'])(?:King|Queen|Prince|Princess|Duchess|Sheikh|Sheikha)\s+$")
_AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?\d{1,3}\s*,(?!\d)")  # "Sofia, 4," (not "Victoria, 18,743")
_AGED_BEFORE = re.compile(r"\b[\w]+-(?:year|month|week)s?-old\s+$")  # "six-year-old Phoenix" ...
_NOT_MODIFIER = re.compile(r"^(?:\s*[(,.;:!?)]|\s+(?:and|&)\b|\s*$)")  # ... not "the 20-year-old Blacktown man"
_FAMILY_AFTER = re.compile(r"^[’']s\s+(?:mother|father|mum|mom|dad|husband|wife|boyfriend|girlfriend|fianc[ée]e?|"
                           r"sons?|daughters?|brothers?|sisters?|parents)\b")


def named_as_person(para: str, start: int, end: int) -> bool:
    """Whether the sentence around ``para[start:end]`` marks a one-word name as a person's (see above)."""
    before, after = para[max(0, start - 80):start], para[end:end + 30]
    titled = honorific_before(before) and not pageant_title(before, para[start:end])  # round 55: "Miss Namibia"
    return bool(_KIN_BEFORE.search(before) or _ROYAL_BEFORE.search(before[-12:]) or titled
                or _AGE_AFTER.match(after) or _FAMILY_AFTER.match(after)
                or _AGED_BEFORE.search(before[-24:]) and _NOT_MODIFIER.match(after))


def _placed(para: str, m) -> bool:
    return locative(para[:m.start]) or located(para, m)


def given_names_read_as_places(articles: list[Article]) -> int:
    """One-word place mentions that are a person's name (round 17 of issue 11): in an article where a mention of
    the word has a person's context (named_as_person) and none is placed by its sentence ("in X", "from X", "X,
    Region"), every place mention of that word becomes a person mention labelled NO_FACET -- a bare given name
    names nobody in particular, so it gives no person value either, and no place, region or country. In an
    article without such a sentence, the word still goes when the article names a person by it ("Charlotte
    Best" ... "Charlotte revealed") or lists it beside the archive's given names ("Katie and Georgia"), and the
    archive shows it as a person's name in at least as many articles as it places it. NEWSFACET_GIVEN_PLACES=0 turns the pass off. Returns the number of mentions refiled."""
    if switches.get("NEWSFACET_GIVEN_PLACES", "1") == "0":
        return 0
    words = {m.text for a in articles for m in a.mentions
             if m.kind == "place" and m.label != NO_FACET and _one_name(m.text)}
    if not words:
        return 0
    shown: list[tuple[set[str], set[str]]] = []  # per article: words shown as a person's name, words placed
    personal: Counter = Counter()  # articles showing a word as a person's name (in any of its mentions)
    placed: Counter = Counter()  # articles placing it
    for a in articles:
        person, where = set(), set()
        for m in a.mentions:
            if m.text in words and m.kind in ("place", "person"):
                para = a.paragraphs[m.paragraph].text
                if m.kind == "place" and _placed(para, m):
                    where.add(m.text)
                elif named_as_person(para, m.start, m.end):
                    person.add(m.text)
        shown.append((person, where))
        personal.update(person - where)
        placed.update(where)
    # the archive's given names that it never files as a place: "Katie and Georgia", "Todd and Jordan"
    first = {w for a in articles for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2
             for w in m.value.split()[:1]} - words
    done = 0
    for a, (person, where) in zip(articles, shown):
        named = {m.value.split()[0] for m in a.mentions if m.kind == "person" and len(m.value.split()) >= 2}
        listed = {m.text for m in a.mentions if m.kind == "place" and m.text in words and m.text not in named
                  and _beside_names(a.paragraphs[m.paragraph].text, m.start, m.end, first)}
        flip = (person | {w for w in named | listed if personal[w] and personal[w] >= placed[w]}) - where
        for m in a.mentions if flip else ():
            if m.kind == "place" and m.text in flip and m.label != NO_FACET:
                m.kind, m.value, m.region, m.country, m.label = "person", m.text, None, None, NO_FACET
                done += 1
    return done


_LIST_BEFORE = re.compile(r"(?:^|[\s(])([A-Z][a-z’'\-]+)(?:\s*\([^)]{0,30}\))?(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)$")
_LIST_AFTER = re.compile(r"^(?:\s*\([^)]{0,30}\))?(?:,\s+(?:and\s+)?|\s+(?:and|&)\s+)([A-Z][a-z’'\-]+)\b")


def _beside_names(para: str, start: int, end: int, first: set[str]) -> bool:
    """An item of a list or a pair whose neighbour is a given name of the archive's people and never one of its
    places ("Katie and Georgia (pictured)", "For girls, Charlotte, Olivia, Amelia")."""
    before = _LIST_BEFORE.search(para[max(0, start - 40):start])
    after = _LIST_AFTER.match(para[end:end + 40])
    return bool(before and before.group(1) in first or after and after.group(1) in first)


def _one_name(text: str) -> bool:
    """A capitalised single word, not an acronym ("UK MP" after "niece" is no girl called UK)."""
    return " " not in text and text[:1].isupper() and not text.isupper() and text.isalpha()
