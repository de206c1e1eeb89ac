"""Place values that are pieces of a longer name: a compass point alone, a cut head, a generic head cut from its "of X".

Round 13 of issue 11 (judges' whys on thenational_png2025 and vbr_vanuatu2021, and the same class on eight other
archives): the model cuts place names at a word it does not know or at a coordination, and the pieces reach the
place facet:
- a compass point alone ("North", "South", "East", "West"): "North and South Korea", "East and West Sepik",
  "North Pentecost", "the West" the bloc. Judged on 12 corpora: 14 wrong, 4 right (dailymirror's "the North" and
  "the East" of Sri Lanka, a 1790s paper's and an interview's "the South"): a direction word names no one place
  wherever it is written, so the mention stays (NO_FACET) and gives no region or country;
- a generic head whose "of X" the model cut off ("Autonomous Region" of "Autonomous Region of Bougainville"):
  made only of geographic kind words (admin1.GENERIC) and followed by "of" and a name, it is the head of that name;
- a name whose first word the model left out ("PAPUA New Guinea" with a drop-capital first word, "French
  Polynesia"): when the capitalised word right before the mention and the mention together are a country or a
  first-level region by its own name, the mention is that place, its span widened to the whole name;
- a name whose last words the model left out ("[Port] Moresby", "[Andhra] Pradesh", "[Palmerston] North",
  "[Mashonaland] West", "[Aliso] Viejo" with "Viejo" read as a person): when the mention and the capitalised
  words right after it are by themselves a gazetteer place's own name, and no further capitalised word carries
  the name on ("Hamilton City Council", "Kansas City Chiefs" are bodies and teams), the mention is that place,
  its span widened and any mention inside the added words dropped (round 35; NEWSFACET_CUT_TAILS=0 keeps the
  model's cut);
- a country's letters that mark a currency ("US$ 5 million", "NZ$", "$US 256", "US dollars", "50 US-cents"): the
  money, not the place. Found on the thirteenth fresh set after it was scored (rnz_solomons2018: 47 of the 83
  articles under United States named only US$ amounts; herald_zw2025: most of 270), so it is measured there as
  seen text, not as fresh.
- a kind of place alone ("the Capital", "the Valley", "Province 2", "13 States"; KIND_ALONE, round 35): a
  reference to a place the reader knows, not its name -- the mention stays, with no value;
- a place that names an agreement, a treaty or a process ("the Paris climate agreement", "the Kyoto protocol", "the
  Doha round", "the Nairobi process", "the Treaty of Rome"; round 35): the mention stays with no value;
- a US state's wire abbreviation where no wire would write one -- not after a town and its comma, nor after a party
  letter ("Conn analyzed", "a special Mass.", "attended Penn"): a surname, a service, a university (round 33;
  NEWSFACET_STATE_ABBREVIATION_USE=0 reads them as the states).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article

from . import place_extents, places, switches
from .admin1 import GENERIC
from .gazetteer import all_country_names, country_name, fold
from .regions import STATE_ABBREVIATION_WORDS

COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
           "north east", "north west", "south east", "south west"}
# A kind of place alone, capitalised as the house style of many papers writes it ("the Capital" for Delhi, "the
# Valley" for Kathmandu's, "Province 2", "13 States", "constituency or District"): a reference, not a name. Judged on
# dev (round 34 judging): 6 values wrong, none right. (Not a water or land form: "the Gulf" is a region of its own.)
KIND_ALONE = {"capital", "valley", "province", "provinces", "district", "districts", "state", "states", "city",
              "centre", "center", "zone", "region", "regions", "county", "division", "municipality", "territory",
              "constituency", "township", "prefecture", "governorate", "department"}
# ... and a polity's kind after an ordinal (round 36): "the Second Republic" (Zimbabwe's era since 2017), "the Fifth
# Republic", "the Third Reich" -- a regime or an era, no place
_ORDINAL_POLITY = re.compile(r"^(?:the\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|1st|2nd|3rd|4th|5th|6th|7th)\s+"
                             r"(?:Republic|Reich|Empire|Kingdom|Dynasty)$", re.I)
_WORD_BEFORE = re.compile(r"(?:^|[\s(\"“‘])([A-Z][A-Za-z’'\-]+) $")
_OF_NAME = re.compile(r"^ of (?:the )?[A-Z]")
_CURRENCY_MARK = re.compile(r"^(?: ?\$|[\s-](?i:dollars?|cents?)\b)")
_DOLLAR_BEFORE = re.compile(r"\$ ?$")


def settle_fragments(articles: list[Article]) -> int:
    """Place mentions that are such pieces: widened to their whole place, or labelled NO_FACET with no region
    and no country (the mention stays, highlighted and searchable). Returns how many spans changed."""
    n = 0
    for a in articles:
        done: set[tuple[int, int]] = set()
        swallowed: set[tuple[int, int, int]] = set()  # (paragraph, start, end) of the words a cut tail took back
        kept = []
        for m in a.mentions:
            key = (m.paragraph, m.start)
            if m.kind != "place" or m.label == NO_FACET:
                kept.append(m)
                continue
            if key in done or any(m.paragraph == p and m.start >= s and m.end <= e for p, s, e in swallowed):
                continue  # the span's other regions went with its first mention; words a cut tail took back
            para = a.paragraphs[m.paragraph].text
            whole = _cut_head(para, m) or _lost_apostrophe(para, m)
            tail = None if whole is not None else _cut_tail(para, m) or place_extents.connective_tail(para, m)
            if whole is not None or tail is not None:
                if whole is not None:
                    start, res = whole
                    m.start, m.text = start, para[start:m.end]
                else:
                    end, res = tail
                    swallowed.add((m.paragraph, m.end, end))
                    m.end, m.text = end, para[m.start:end]
                m.value, m.region, m.country = res.value, (res.regions[0] if len(res.regions) == 1 else None), res.country
                done.add(key)
                n += 1
            elif _piece(para, m):
                m.label, m.region, m.country = NO_FACET, None, None
                done.add(key)
                n += 1
            kept.append(m)
        if swallowed:  # "Viejo" read as a person inside the widened "Aliso Viejo"
            kept = [m for m in kept if not any(m.paragraph == p and m.start >= s and m.end <= e for p, s, e in swallowed)]
        a.mentions = kept
    return n


# A water or landform head that names no place alone: "the Strait" (of Hormuz), "the Strip" (Gaza), "the Falls",
# "Cape" cut at a line break. (Not "Gulf", "Bay" or "Sea": "the Gulf" is a region of its own in Middle East
# news and was judged right on five archives.) Within an article naming one longer place with that head it is
# that place; otherwise the mention stays with no facet value.
LONE_HEADS = {"strait", "straits", "strip", "cape", "falls", "channel", "canal", "peninsula", "isthmus"}
# Round 37: an address's street word cut from its name ("1156 High [Street], Santa Cruz, CA" read as Street in
# Bolivia's Santa Cruz Department; dev ucsc1997) is no place alone either (NEWSFACET_STREET_HEADS=0: left as read).
_STREET_HEADS = frozenset({"street", "road", "avenue", "lane", "boulevard", "terrace", "crescent"})


def _street_word(m) -> bool:
    """A street word alone, as written or as read (NEWSFACET_STREET_HEADS=0: never)."""
    return bool(_STREET_HEADS & {fold(m.value), fold(m.text)}) and switches.get("NEWSFACET_STREET_HEADS", "1") != "0"
# A state's form used for the state ("the Islamic Republic", "the Kingdom", "our Republic"): the country the
# article names whose full name the archive writes with it ("the Islamic Republic of Iran"), or no value.
_FORM_HEADS = {"republic", "kingdom", "emirate", "sultanate", "principality"}
_FORM_WORDS = _FORM_HEADS | {"islamic", "people's", "people’s", "peoples", "democratic", "socialist", "arab",
                             "federal", "united", "hashemite", "the"}


def settle_heads_and_forms(articles: list[Article]) -> int:
    """Lone heads (LONE_HEADS) and state forms (_FORM_HEADS) filed as places: the one longer place of the
    article with that head, the article's country the archive names with that form, or NO_FACET. Returns how
    many mentions changed. The archive is read for "<form> of <Country>" only when some value needs it."""
    todo = [(a, m) for a in articles for m in a.mentions if m.kind == "place" and m.label != NO_FACET
            and (fold(m.value) in LONE_HEADS or _state_form(m.value) or _street_word(m))]
    if not todo:
        return 0
    forms = _forms_written(articles, {fold(m.value) for _, m in todo if _state_form(m.value)})
    n = 0
    for a, m in todo:
        key = fold(m.value)
        if _street_word(m):
            best = None  # (an address's word cut off: "the Street" is no anaphor of one street as "the Strait" is)
        elif key in LONE_HEADS:
            longer = {(o.value, o.region, o.country) for o in a.mentions if o.kind == "place" and o.label != NO_FACET
                      and " " in o.value and key in fold(o.value).split()}
            best = next(iter(longer)) if len({v for v, _, _ in longer}) == 1 else None
        else:
            named = Counter(o.country for o in a.mentions if o.kind == "place" and o.label != NO_FACET and o.country
                            and o.value == o.country)
            ranked = sorted(((forms.get((key, c), 0), c) for c in named), reverse=True)
            best = (ranked[0][1], None, ranked[0][1]) if ranked and ranked[0][0] > 0 and (
                len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else None
        if best:
            m.value, m.region, m.country = best
        else:
            m.label, m.region, m.country = NO_FACET, None, None
        n += 1
    return n


def _state_form(value: str) -> bool:
    words = fold(value).split()
    return bool(words) and all(w in _FORM_WORDS for w in words) and any(w in _FORM_HEADS for w in words) \
        and not any(p.kind == "country" for p in places.candidates(value))  # ("United Kingdom" is a country)


def _forms_written(articles: list[Article], forms: set[str]) -> Counter:
    """(folded form, country) -> how often the archive writes "<form> of <country>"."""
    pattern = re.compile(r"\b(%s) of (?:the )?([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+){0,2})" % "|".join(
        sorted((re.escape(f) for f in forms), key=len, reverse=True)), re.IGNORECASE)
    out: Counter = Counter()
    for a in articles:
        for p in a.paragraphs:
            for form, name in pattern.findall(p.text):
                for end in range(len(name.split()), 0, -1):  # "Iran Broadcasting": the longest country it opens with
                    country = " ".join(name.split()[:end])
                    found = [q for q in places.candidates(country) if q.kind == "country"]
                    if found:
                        out[(fold(form), country_name(found[0].country_code) or found[0].name)] += 1
                        break
    return out


_WORD_SEP = re.compile(r"[\s\-]+")


def _piece(para: str, m) -> bool:
    key = fold(m.text)
    if key in COMPASS or (key in KIND_ALONE or _ORDINAL_POLITY.match(m.text)) and kind_alone() \
            or _names_an_agreement(para, m) or _CURRENCY_MARK.match(para[m.end:m.end + 10]) \
            or _DOLLAR_BEFORE.search(para[max(0, m.start - 2):m.start]) or _abbreviation_as_word(para, m):
        return True
    words = [w for w in _WORD_SEP.split(key) if w]
    return len(words) > 1 and all(w in GENERIC for w in words) and bool(_OF_NAME.match(para[m.end:m.end + 8]))


# AP and wire style write a state's abbreviation only after a town and its comma ("Hartford, Conn.", "NORWOOD, Mass,
# June 29 -" in a Reuters dateline), after a party letter ("Sen. Tom Carper (D–Del.)") or alone in brackets after a
# lawmaker's name ("Robert Dole (Kan.)"): there it is the state. ("(Ind.)" alone is the party label Independent.)
_STATE_USE_BEFORE = re.compile(r"(?:[A-Za-z][\w.’'\-]*,\s*|\b[RDI]\s*[-–—]\s*)$")
_BRACKET_AFTER_NAME = re.compile(r"[A-Z][\w’'\-]+\s+\($")


def state_abbreviation_use() -> bool:
    """NEWSFACET_STATE_ABBREVIATION_USE=0 reads "Conn", "Mass.", "Penn" as the states wherever they stand (for measuring)."""
    return switches.get("NEWSFACET_STATE_ABBREVIATION_USE", "1") != "0"


def _abbreviation_as_word(para: str, m) -> bool:
    """A state read from its wire abbreviation where no wire would write one: "Conn analyzed", "a special Mass.",
    "attended Penn", "Joe Lieberman (Ind.)" are a surname, the Catholic service, a university, a party (round 33)."""
    word = m.text[:-1] if m.text.endswith(".") else m.text
    if word not in STATE_ABBREVIATION_WORDS or m.value == m.text or not state_abbreviation_use():
        return False  # (every place mention of the archive passes here: the set test first, the context after)
    before = para[max(0, m.start - 40):m.start]
    bracketed = word != "Ind" and _BRACKET_AFTER_NAME.search(before) and para[m.end:m.end + 1] == ")"
    return not _STATE_USE_BEFORE.search(before) and not bracketed


def _cut_head(para: str, m):
    """(new start, resolved whole place) when the word before the mention begins the place's own name."""
    hit = _WORD_BEFORE.search(para[max(0, m.start - 30):m.start])
    if not hit:
        return None
    word = hit.group(1)
    whole = f"{word} {m.text}"
    found = [p for p in places.candidates(whole) if p.kind in ("country", "region") and fold(p.name) == fold(whole)]
    if len({p.country_code for p in found}) != 1 or any(p.kind == "country" for p in places.candidates(m.text)):
        return None  # ("New Mexico" is not "Mexico" cut; a country by its own name is no piece)
    best = places.dominant(found)
    if best is None:
        return None
    res = places.Resolved(best.name, (best.region,) if best.kind == "region" and isinstance(best.region, str) else (),
                          country_name(best.country_code) if best.kind == "region" else best.name)
    return m.start - len(word) - 1, res


def _lost_apostrophe(para: str, m):
    """Round 36: (start, resolved place) for a possessive whose apostrophe the scrape lost -- "Africas best",
    "Zimbabwes most decorated Olympian": no place is called so, and the word less its "s" is a continent or a
    country (not "the Koreas", "the two Sudans": a plural after "the" or a number). The span keeps its
    start; its value is the place. NEWSFACET_LOST_APOSTROPHES=0 leaves such values as written."""
    if switches.get("NEWSFACET_LOST_APOSTROPHES", "1") == "0" or not m.text.endswith("s") or m.text.endswith("ss") \
            or len(m.text) < 5 or _PLURAL_BEFORE.search(para[max(0, m.start - 20):m.start]):
        return None
    stem = m.text[:-1]
    if any(fold(p.name) == fold(m.text) for p in places.candidates(m.text)):
        return None  # "Americas", "Philippines", "Seychelles"
    if fold(stem) in places.CONTINENTS:
        return m.start, places.Resolved(stem, (), None)  # "Africas best": a continent, as "Africa" reads
    # (a country only: first-level regions are every other plural's namesake -- "western Balkans" is no Balkan
    # Region of Turkmenistan, "the two Michaels" no Michael parish of the Isle of Man)
    found = [p for p in places.candidates(stem) if fold(p.name) == fold(stem) and p.kind == "country"]
    best = places.dominant(found) if found else None
    return None if best is None else (m.start, places.Resolved(best.name, (), best.name))


_PLURAL_BEFORE = re.compile(r"\b(?:[Tt]he|two|three|both|all|\d+)\s+(?:[A-Za-z]+\s+)?$")


# The capitalised words after a mention (one or two), and a further one that carries a longer name on.
_WORDS_AFTER = re.compile(r"^ [A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)?")
_NAME_GOES_ON = re.compile(r"^(?: [A-Z0-9]| (?:of|de|del|do|da)\b|-[A-Z])")


# A place that names an agreement, a treaty or a process ("the Paris climate agreement", "the Kyoto protocol", "the
# Doha round", "the Nairobi process", "the Treaty of Rome"): the story is about the agreement, not the place.
# (Not a possessive, the place's own: "Britain's declaration of war", "Sri Lanka's agreements"; nor a peace
# agreement or process, named after the land it is about: "the Bougainville peace agreement", "the Northern Ireland
# peace process", "the Israel-Jordan peace treaty"; nor one written with a hyphen between two places.)
_AGREEMENT_AFTER = re.compile(r"^\s+(?:climate\s+|trade\s+)?(?:[Aa]greements?|[Aa]ccords?|[Pp]rotocols?|[Pp]rocess|"
                              r"[Rr]ound|[Cc]onventions?|[Tt]reaty|[Dd]eclaration|[Cc]onsensus|[Pp]latform for)\b")
_AGREEMENT_BEFORE = re.compile(r"\b(?:Treaty|Treaties|Convention|Protocol|Declaration|Peace|Statute|Accords?) of (?:the )?$")


def named_agreements() -> bool:
    """NEWSFACET_NAMED_AGREEMENTS=0 keeps a place that names an agreement ("the Kyoto protocol") as a place value."""
    return switches.get("NEWSFACET_NAMED_AGREEMENTS", "1") != "0"


# Round 38: ... or holds the agreement's word itself, the model's span taking it in ("the Doha Round", "the Northern
# Ireland Protocol", "the Relationship Accord": dev abc_rural, govscot2022, scoop_nz2014, all three judged no place)
_AGREEMENT_LAST = re.compile(r"\s(?:Agreements?|Accords?|Protocols?|Round|Conventions?|Treaty|Declaration|Consensus)$")


def _names_an_agreement(para: str, m) -> bool:
    return named_agreements() and para[max(0, m.start - 1):m.start] not in ("-", "–") and bool(
        _AGREEMENT_AFTER.match(para[m.end:m.end + 40]) or _AGREEMENT_BEFORE.search(para[max(0, m.start - 30):m.start])
        or _AGREEMENT_LAST.search(m.text))


def kind_alone() -> bool:
    """NEWSFACET_KIND_ALONE=0 keeps a kind of place alone ("the Capital", "the Valley") as a place value (for measuring)."""
    return switches.get("NEWSFACET_KIND_ALONE", "1") != "0"


def cut_tails() -> bool:
    """NEWSFACET_CUT_TAILS=0 keeps a place span the model cut before its last words (for measuring)."""
    return switches.get("NEWSFACET_CUT_TAILS", "1") != "0"


def _cut_tail(para: str, m):
    """(new end, resolved whole place) when the capitalised words right after the mention end the place's own
    name: "Port" of "Port Moresby", "Andhra" of "Andhra Pradesh" -- not a body or a team named after it."""
    hit = _WORDS_AFTER.match(para[m.end:m.end + 60])
    if not hit or not cut_tails():
        return None
    end = m.end + len(hit.group())
    if _NAME_GOES_ON.match(para[end:end + 5]):
        return None  # "Hamilton City Council", "Kansas City Southern", "Green Bay Packers"
    whole = para[m.start:end]
    found = [p for p in places.candidates(whole) if fold(p.name) == fold(whole)]
    best = places.dominant(found)
    return (end, places.reading(best)) if best is not None else None


# A country named "<Name> Islands" is written "the <Name>s" ("the Solomons", "the Marshalls", "the Caymans").
_ISLANDS = re.compile(r"^(.+) (Islands)$")


# Round 51: two countries named by a compass word before one stem ("North Korea", "South Korea") share the stem as
# their short form ("Korea"), a name of no place itself. An archive at home in one of them means that one by it (a
# Korea Herald archive filed "Korea" in 39 articles under no country); elsewhere it stays as written: an article
# naming one of them in full may mean the other, or both, by the stem ("North Korea fired ...; Korea and Japan").
_COMPASS = re.compile(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western) (.+)$")


def short_forms(country: str, home: bool = False) -> dict[str, str]:
    """Short forms of a country's name that name no other place: "<Name>s" for "<Name> Islands"; and for the
    archive's ``home`` country the stem two countries' names share after a compass word."""
    m = _ISLANDS.match(country)
    if m:
        short = m.group(1).split()[-1] + "s"
        return {} if places.candidates(short) else {short: country}
    stem = _COMPASS.match(country)
    if home and stem and stem.group(1) in _shared_stems() and not places.candidates(stem.group(1)) \
            and switches.get("NEWSFACET_SHARED_STEMS", "1") != "0":
        return {stem.group(1): country}
    return {}


@lru_cache(maxsize=1)
def _shared_stems() -> frozenset[str]:
    """Stems that follow a compass word in two or more countries' names."""
    stems = Counter(m.group(1) for name in all_country_names() if (m := _COMPASS.match(name)))
    return frozenset(s for s, n in stems.items() if n >= 2)


def settle_short_forms(articles: list[Article], homes: list[str | None]) -> int:
    """The archive's home country by a short form ("Solomons" in a Solomon Islands paper; round 14 of issue 11:
    112 articles filed it as a person, 40 as an organisation) and any country's short form in an article that
    names that country in full: the country, whatever the model called it. A mention whose value grew into a
    longer name ("Solomons Red Cross") keeps it. Returns the number of mentions changed."""
    n = 0
    for a, home in zip(articles, homes):
        named = {m.country for m in a.mentions if m.kind == "place" and m.country and m.value == m.country}
        forms: dict[str, str] = {}
        for country in sorted(named | ({home} if home else set())):
            forms.update(short_forms(country, home=country == home))
        if not forms:
            continue
        for m in a.mentions:
            country = forms.get(m.text)
            if country and m.kind in ("person", "org", "place") and m.value == m.text:
                m.kind, m.value, m.region, m.country = "place", country, None, country
                if m.label == NO_FACET:  # a person or a body gated for want of evidence: the place is evidenced
                    m.label = "GPE"
                n += 1
    return n
