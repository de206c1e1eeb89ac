"""What makes a name a place: evidence beyond "the gazetteer knows a place called that".

Most words and names are also somebody's town. A span becomes a place when the model calls it GPE/LOC/FAC
and the gazetteer has it exactly, or when the text itself says so: a dateline ("LONDON (Reuters) -",
"VAIL, Colorado (AP) -"), "in X", "near X", "the village of X". A span the model called a person, an
organisation or a nationality ("Belo", "Sale" the rugby club, "Thai") is a place only when its country is
one the article already talks about through such evidence, or when it names a country or region outright.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import comma_provinces, orgs, place_parts, places, switches
from .cast import plausible_person
from .gazetteer import FUZZY_COUNTRIES, country_codes, fold, lookup
from .guards import Tail
from .macro_regions import part_of_world
from .region_lists import DC_AFTER, own_regions
from .spans import Cand

STRONG_LABELS = ("GPE", "LOC", "FAC", "GAZETTEER", "DATELINE")
WEAK_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT")
# Words before a name that put the reader in a place ("in Sale", "near Norilsk", "outside Cambridge").
_LOCATIVE = Tail(("in", "near", "outside", "across", "throughout", "around", "nearby", "downtown"), r"\s+(?:the\s+)?$",
                 re.I, also=("the",))
# "LONDON (Reuters) -", "VAIL, Colorado (AP) -", "WASHINGTON, Jan 5 (Reuters) -", "NEW YORK -": an article's
# first line (the New York Times wire sets the dash as an underscore: "MOSCOW (AP) _"). The name is upper
# case; a region after a comma is written normally.
_DATELINE = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][a-zA-Z.]+(?: [A-Z][a-zA-Z.]+){0,2}))?"
    r"(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([A-Za-z][\w .&-]{0,30}\))?\s*(?:--|-|–|—|:|_)\s")


def body_seat(name: str) -> bool:
    """Round 30: a dateline's name in a body's capitals ("UN, March 3 (Daily Mirror) -", "NATO -"): filed at the
    body's seat, no village of that name (Un, India)."""
    return name.isupper() and bool(orgs.known_org(name))


def dateline(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """(name span, region span or None) of a dateline opening ``text``."""
    m = _DATELINE.match(text)
    if not m or len(m.group("name")) < 3:
        return None
    region = m.span("region") if m.group("region") else None
    return m.span("name"), region


def dateline_region(text: str, start: int) -> str | None:
    """The first-level region a dateline gives its city ("VAIL, Colorado" -> Colorado)."""
    d = dateline(text)
    if not d or d[0][0] != start or not d[1]:
        return None
    return comma_region(text[d[0][1]:], text[d[0][0]:d[0][1]])


_COMMA_REGION = re.compile(r"^,\s+([A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,2})\b(?!\s+(?:and|or)\s+[A-Z])")


def region_abbreviated(after: str, region: str) -> bool:
    """Round 61: whether the region comma_region read after a town is written short ("Lebanon, N.H.", "Mexico, Mo."),
    as a town's state is, rather than by its own name, as a list's next item is ("Guam, Hawaii, or Alaska")."""
    m = _COMMA_REGION.match(after)
    return bool(m) and fold(m.group(1).split()[0].rstrip(".")) != fold(region.split()[0])


def comma_region(after: str, town: str = "") -> str | None:
    """"Springfield, Illinois": a world first-level region right after a comma locates the place before it
    (only a region by its own name; the oblasts of the corpus's countries are located by their own rules)."""
    m = _COMMA_REGION.match(after)
    if not m:
        return None
    province = comma_provinces.after_town(after)
    if province:
        return province  # round 63: "Lethbridge, Alta.", "Victoria, B.C.": the abbreviations no gazetteer name holds
    if town and _town_in_country(town, m.group(1)):
        return None  # round 56: "Tbilisi, Georgia" is the country's city, not a town in the US state
    if town and switches.get("NEWSFACET_WORLD_PARTS", "1") != "0" and part_of_world(town):
        return None  # round 57: "the Middle East, Northern Ireland": a list, no region of a continent
    found = [p for p in places.candidates(m.group(1)) if p.kind == "region"] \
        or _before_full_stop(m.group(1), town) or comma_state(m.group(1), after[m.end():], town)
    if town and len(found) > 1:  # "Ludhiana, Punjab": the Punjab the town lies in (India's), not the bigger one
        inside = {p.region for p in places.candidates(town) if p.kind == "city"}
        found = [p for p in found if p.region in inside] or found
    best = max(found, key=lambda p: p.population) if found else None
    if best is None or best.country_code in FUZZY_COUNTRIES or not isinstance(best.region, str):
        return None
    return best.region


def _town_in_country(town: str, name: str) -> bool:
    """Whether ``name`` is a country's own name and the town before the comma has a reading in that country."""
    codes = country_codes(name)
    return bool(codes) and any(p.country_code in codes for p in places.candidates(town) if p.kind == "city")


def _before_full_stop(words: str, town: str) -> list:
    """Round 54: a region's abbreviation closing a sentence before the next one's capitals ("Annapolis, Md. The
    Baltimore Sun"), where the town lies in that region: "Kukatpally, Md. Yusuf" is Mohammed's, "Paris, Texas
    Rangers" (no full stop) no cut at all. Round 55: a region's own name closing the sentence ("York, Maine. The new
    brewery") is that region wherever the town lies: the gazetteer's towns are only the big ones (its York is in
    Pennsylvania), and a full name is no initial's namesake."""
    parts = words.split()
    cuts = [n for n in range(len(parts) - 1, 0, -1) if parts[n - 1].endswith(".")] if town else []
    inside = {p.region for p in places.candidates(town) if p.kind == "city"} if cuts else set()
    for n in cuts:
        name = " ".join(parts[:n])
        whole = fold(name.rstrip("."))
        found = [p for p in places.candidates(name) if p.kind == "region"
                 and (p.region in inside or fold(p.name) == whole)]
        if found:
            return found
    return []


_LIST_GOES_ON = re.compile(r",\s+(?:(?:and|or)\s+)?[A-Z]|\s+(?:and|or)\b|,\s+(?:and|or)\b")


def comma_state(name: str, after: str, town: str) -> list:
    """Round 28: a state the gazetteer knows as "X State" whose bare name is a town's ("Vancouver, Washington"),
    when the town before the comma has a reading in it, or (round 56) none at all; not a country's name ("Toluca,
    Mexico" is the country), not the capital's "Washington, D.C.", not a list ("Nadi, Noumea, Auckland")."""
    if not town or DC_AFTER.match(after) or any(p.kind == "country" for p in places.candidates(name)):
        return []
    found = places.regions_named(name)
    readings = places.candidates(town)
    if not readings and switches.get("NEWSFACET_UNKNOWN_TOWN_STATE", "1") != "0":
        # round 56: a town too small for the gazetteer ("Founded in Snoqualmie, Washington") lies in the state
        # named by its own name after the comma, not in the capital that shares it
        return list(own_regions(name)[:1]) if len(found) == 1 else []
    inside = {p.region for p in readings if p.kind == "city" and isinstance(p.region, str)}
    kept = [p for p in found if p.region in inside]
    if not kept and len(found) == 1 and all(p.kind == "city" and p.population < places.BIG_CITY for p in readings) \
            and not _LIST_GOES_ON.match(after) and switches.get("NEWSFACET_SMALL_TOWN_STATE", "1") != "0":
        # round 62: "Hanford, Washington" -- a town the gazetteer holds only elsewhere, and small there (Hanford,
        # California) -- lies in the state written after it, as a town it lacks altogether does (round 56); not in a
        # list going on after it ("Nadi, Noumea, Auckland and ...", "Gwanda, Bulawayo, and Gweru": dev's three)
        return list(own_regions(name)[:1])
    return kept


# (round 61: a country whose name takes "the": "Erasmus Medical Center in Rotterdam, the Netherlands")
_COMMA_COUNTRY = re.compile(r"^,\s+(?:the\s+)?([A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,2})(?=\s*(?:[,.;:()_\-–—]|$))")


def comma_country(after: str, name: str, label: str = "") -> str | None:
    """"CALCUTTA, India (AP)", "born in Georgetown, Guyana.": the code of the country named right after a
    comma, which puts the town before it in that country -- in a dateline, or when the town has a reading
    there (not a list: "in London, Hong Kong, Osaka"; not a new clause: "in Paris, Japan promised")."""
    m = _COMMA_COUNTRY.match(after)
    if not m:
        return None
    found = places.candidates(m.group(1))
    if any(p.kind == "region" for p in found):
        return None  # "Atlanta, Georgia": the state
    codes = {p.country_code for p in found if p.kind == "country"}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    if label == "DATELINE" or any(p.country_code == code and p.kind == "city" for p in lookup(name)):
        return code
    return None


def locative(before: str) -> bool:
    return bool(_LOCATIVE.search(before[-40:]))


# Words other than "in" by which a sentence says where somebody or something is from: "Gary Hebberman from
# Jamestown", "Mayor Joe Smith of Price", "a former resident of Evansville".
_HOME_BEFORE = re.compile(r"(?:\bfrom|\b[Mm]ayor\s+(?:[A-Z][\w.’'\-]*\s+){0,3}of|\b(?:natives?|residents?|"
                          r"people|townspeople|citizens) of)\s+$")
LOCATED = "LOCATED"  # the label of a town the model called an organisation, placed by its sentence


_NOT_ALONE_AFTER = re.compile(r"^(?:[’']s?\b|\s+[A-Z])")


def located(para: str, c) -> bool:
    """Whether the sentence places the name at ``c`` without "in": "from X", "Mayor Y of X", "X, Idaho".
    Not a name with a capitalised word or a possessive after it ("from Liberal Democrat ...", "withdrew
    from Bath's team"): part of a longer name, or a body that owns something."""
    if _NOT_ALONE_AFTER.match(para[c.end:c.end + 3]):
        return False
    return bool(_HOME_BEFORE.search(para[max(0, c.start - 60):c.start])) or bool(comma_region(para[c.end:]))


def own(name: str) -> list:
    """Exact gazetteer entries whose own name this is (or a romanisation of a Ukrainian/Russian name):
    "Belo" is only an alternate name of Bello, so a person called Belo is not sent to Colombia."""
    key = fold(name)
    return [p for p in places.candidates(name) if fold(p.name) == key or p.kind in ("country", "region", "multi", "natural")
            or p.country_code in FUZZY_COUNTRIES]


def _outright(name: str) -> bool:
    """A country by its own name, a hand-listed feature ("Crimean Bridge"), or a region of the corpus's own
    countries ("Crimea" tagged ORG): a place whatever the label. World regions are not: "Bono", "Georgia", "Victoria" are also people."""
    return any(p.kind in ("country", "natural") or p.kind in ("region", "multi") and p.country_code in FUZZY_COUNTRIES
               for p in own(name))


def article_countries(found) -> set[str]:
    """Country names the article talks about, from places with strong evidence and one clear reading."""
    return set(country_sources(found))


def country_sources(found) -> dict[str, set[str]]:
    """Country name -> the (folded) place names through which the article talks about it."""
    out: dict[str, set[str]] = {}
    for c, kind, value in found:
        if kind != "place" or c.label not in STRONG_LABELS and not _outright(value):
            continue
        cands = places.spelt_as_written(value, places.candidates(value))
        best = places.dominant(cands) if len({p.country_code for p in cands}) > 1 else (cands or [None])[0]
        name = places.country_name(best.country_code) if best is not None else None
        if name:
            out.setdefault(name, set()).add(fold(value))
    return out


def abroad(text: str, res, sources: dict[str, set[str]], label: str = "") -> bool:
    """Whether an unlocated town reading lies in a country the article does not talk about while its other
    places talk about other countries: "Kimberley" in a story about Western Australian cattle is not the
    South African city, "Roma" beside Queensland towns is not Rome. The gazetteer lacks most small towns,
    so the namesake abroad is often its only entry; a wrong country is worse than none. A dateline, and a
    major city under its own name, keep their country ("Frankfurt" in a story about London traders)."""
    from .natural_features import natural_feature

    if not res.country or res.value == res.country or label == "DATELINE":
        return False
    key = fold(text)
    parts = [(p, whole) for p in places.candidates(text) if (whole := place_parts.base(p)) is not p]
    if parts:  # round 46: a region's part is talked about through other names than its region's ("East Choiseul",
        # "Choiseul Province" vouch for no Saint Lucia in a Solomon Islands story)
        stem = fold(parts[0][1].name)
        sources = {c: kept for c, names in sources.items() if (kept := {n for n in names if stem not in n})}
        if res.country not in sources and any(place_parts.ambiguous(p) for p, _ in parts):
            return True  # "East Santa Cruz" is Argentina's only in a story that talks about Argentina
    others = {country for country, names in sources.items() if names - {key}}
    if not others or res.country in others:
        return False
    focus = {places.country_name(cc) for cc in FUZZY_COUNTRIES}
    if res.country in focus and others & focus:
        return False  # the corpus's own countries are one theatre (a Ukrainian village in a story about Russia)
    entries = [place_parts.base(p) for p in places.candidates(text) if places.country_name(p.country_code) == res.country]
    if not entries or any(p.kind != "city" and not (p.kind == "region" and (p.population < MAJOR_CITY or
                                                                          natural_feature(p.name.split())))
                          for p in entries):
        return False  # a region or a country is named outright (a district smaller than a major city is as
        # ambiguous as a town: "Long Island" beside New York City is no Bahamian island district of 1,752; round 65:
        # so is a region named for a river, a lake or a mountain: Ugandan stories' "River Nile" is no Sudanese state)
    return not any(_own_spelling(p.name, key) and (p.population >= MAJOR_CITY or places.is_capital(p))
                   and not (p.kind == "region" and natural_feature(p.name.split())) for p in entries)


MAJOR_CITY = 250_000  # measured on the dev corpora: foreign namesakes of small towns lie below it


def _own_spelling(name: str, key: str) -> bool:
    """"Frankfurt" for Frankfurt am Main, "St Petersburg" for Saint Petersburg; not "Roma" for Rome."""
    own = re.sub(r"^the ", "", fold(name))  # "Hague" for The Hague
    key = re.sub(r"^st ", "saint ", key)
    return own == key or own.startswith(key + " ")


def supported(c, before: str, countries: set[str]) -> bool:
    """Whether a gazetteer name from a weakly labelled span may stand as a place."""
    if c.label not in WEAK_LABELS:
        return True
    entries = own(c.text) or places.misspelt(c.text)
    if locative(before):
        # "in Sale" puts the reader in a town of that name -- not "investors in Google", a name the
        # gazetteer holds only as another town's alternate name
        return bool(entries)  # "Kryvyi Rig": misspelt only within the corpus's countries
    if _outright(c.text):
        return True
    # the corpus's own countries count as one theatre: a Ukrainian village in an article about Russia's war
    focus = {places.country_name(cc) for cc in FUZZY_COUNTRIES}
    if any(p.country_code in FUZZY_COUNTRIES and focus & countries for p in entries):
        return True
    # a club or a company named after its town ("Sale", "Santa Fe") is the town only where the sentence
    # puts the reader there ("in Sale"); a person's name, when the article is about that country
    return c.label != "ORG" and any(places.country_name(p.country_code) in countries for p in entries)


def checked(text: str, res, countries: set[str]):
    """A place read only by fuzzy matching never brings its country into the article on its own: its name
    stays, its region and country go unless the article talks about that country anyway. An upper-case
    name as written ("CAMBRIDGE") is shown in title case."""
    if res.country and res.country not in countries and not places.candidates(text):
        res = places.Resolved(text, (), None)
    if res.value.isupper() and len(res.value) > 3 and "." not in res.value:
        res = places.Resolved(res.value.title(), res.regions, res.country)
    return res


def with_dateline(article, found):
    """"LONDON (Reuters) -", "VAIL, Colorado (AP) -": the dateline's names are places, whatever the model said."""
    if not article.paragraphs:
        return found
    text = article.paragraphs[0].text
    d = dateline(text)
    if not d:
        return found
    (a, b), region = d
    if not places.candidates(text[a:b]) and not (region and comma_region(text[b:])):
        return found  # "THE END -": an upper-case opener names a place only if the gazetteer or a region says so
    if body_seat(text[a:b]) and not (region and comma_region(text[b:])):
        return found
    spans = [(a, b)] + ([region] if region and places.candidates(text[region[0]:region[1]]) else [])
    out = [f for f in found if not (f[0].paragraph == 0 and any(f[0].start < b and a < f[0].end for a, b in spans))]
    for a, b in spans:
        out.append((Cand(0, a, b, text[a:b], "DATELINE"), "place", text[a:b]))
    out.sort(key=lambda f: (f[0].paragraph, f[0].start))
    return out


# A round of trade negotiations named after the city or country that opened it ("the Doha round of trade
# talks", "the Uruguay Round", "the Doha world trade talks"): the name of the negotiations, not a place.
# ("The Istanbul round of talks" was held there: a place.)
_ROUND_AFTER = re.compile(r"^\s+(?:Round\b|round\s+of\s+(?:world\s+)?trade\b|(?:world\s+)?trade\s+(?:talks|round|negotiations)\b)")


_STANCE = re.compile(r"(?:[Pp]ro|[Aa]nti|[Nn]on)-")


def _weighed(article, f, countries: set[str]):
    """A gazetteer name the model called a person or an organisation stays what the model said unless the
    article gives it evidence (its country named elsewhere, "in X"): "Belo", "Sale" the club, "Thai"."""
    c, kind, value = f
    if kind == "place" and _ROUND_AFTER.match(article.paragraphs[c.paragraph].text[c.end:c.end + 40]):
        return None
    if kind == "place" and _STANCE.match(c.text):
        return None  # "the Pro-Beijing camp", "anti-Moscow": a stance towards a place, not the place
    if kind != "place" or not (places.candidates(value) or places.misspelt(value)):
        return f  # unknown names were made places by their sentence ("the village of X"), not the gazetteer
    para = article.paragraphs[c.paragraph].text
    if supported(c, para[:c.start], countries):
        return f
    if c.label == "ORG" and located(para, c) and own(c.text) and not _sporty(article):
        # a town the model called an organisation, which its sentence places ("Tony Hedges, from Keith");
        # archive.py keeps it a place only in the archive's home country or where the sentence names its region
        return replace(c, label=LOCATED), kind, value
    if c.label == "PERSON" and plausible_person(c.text):
        return c, "person", c.text
    if c.label == "ORG":
        return c, "org", orgs.normalise_org(c.text)
    return None


def _sporty(article) -> bool:
    """A sports report: there a town the model calls an organisation is the club ("on loan from Bolton")."""
    from .namesakes import sporty

    return sporty(article)


def weigh(article, found):
    """``found`` (candidate, kind, value) with gazetteer places that lack evidence given back to the
    model's reading (a person, an organisation) or dropped."""
    countries = article_countries(found)
    return [f for f in (_weighed(article, f, countries) for f in found) if f]


_INITIAL_NEXT = re.compile(r"\.\s+[A-Z]\.")  # "Jos. C. Wendell": an old paper's Joseph, no Nigerian city


def short_place(label: str, text: str, after: str | None = None) -> bool:
    """Round 48: a three-letter name the model tagged as a place that names a big city or a region by its own name
    ("Jos", "Aba", "Uyo", "Ufa", "Goa") is one, unless an initial follows its dot (``after``: the text after it);
    the tagger drops other short names ("us", "Us"). NEWSFACET_SHORT_PLACES=0: none is."""
    return label in ("GPE", "LOC") and len(text) == 3 and text.istitle() and text.casefold() != "us" \
        and not (after is not None and _INITIAL_NEXT.match(after)) \
        and switches.get("NEWSFACET_SHORT_PLACES", "1") != "0" \
        and any(fold(p.name) == fold(text) and (p.kind == "region" or p.population >= places.BIG_CITY)
                for p in places.candidates(text))
