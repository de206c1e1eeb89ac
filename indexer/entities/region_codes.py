"""First-level region codes ("NSW", "QLD", "KZN", "T.N") read as the region they stand for.

News copy writes a state or province by its short code as often as by its name, and the model tags the code as
an organisation (or as a place the gazetteer cannot find, which the tagger then drops): the org facet fills with
"SA" and "QLD" while the place, region and country facets miss them. GeoNames holds region codes for the US only,
so the codes come from ISO 3166-2 (pycountry): each first-level subdivision's code suffix ("AU-NSW" -> "NSW"),
and the acronym ISO itself writes after a subdivision's name ("Autonomous Region in Muslim Mindanao (ARMM)").

A code is short and shared across countries ("SA" is South Australia, Santa Ana and Saida; "WA" Western Australia
and Washington), so it stands for a subdivision only in an article about that subdivision's country: exactly one
of its readings lies in a country the article's other places talk about (ties go to the paragraph's countries).
An acronym the alias table spells out as a body ("IDF"), a post-nominal ("MP", "QC") and a firm's legal form after a name
("Holcim SA") are never codes. NEWSFACET_REGION_CODES=0 turns the rule off.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import switches
from .gazetteer import Place, country_name, fold, lookup

# "NSW", "KZN", "T.N", "A.P.", "DPROK": two to five capitals, dotted throughout or not at all.
_SHAPE = re.compile(r"[A-Z]{2,5}|[A-Z](?:\.[A-Z]){1,4}\.?")
# ISO's own acronym after a subdivision's name: "Autonomous Region in Muslim Mindanao (ARMM)".
_ISO_ACRONYM = re.compile(r"\(([A-Z]{2,5})\)")
# A company's legal form that is also some country's code ("Holcim SA", "Shell NV"): after a name, the firm's.
_LEGAL_FORMS = {"SA", "AG", "NV", "CO", "AB", "AS", "SE", "BV"}
_NAME_BEFORE = re.compile(r"(?<![\w’'.\-])(?!(?:The|A|An|In|At|Of|For|From|To|And|But)\s)[A-Z][\w&’'.\-]*\s$")


def enabled() -> bool:
    return switches.get("NEWSFACET_REGION_CODES", "1") != "0"


def _region_entry(name: str, kind: str, country: str) -> Place | None:
    """The gazetteer's first-level region for an ISO subdivision name ("Kwazulu-Natal", "Lagos" State)."""
    name = re.sub(r"\s*[(\[].*?[)\]]", "", name).strip()
    for form in (name, f"{name} {kind}", f"{name} State", f"{name} Region", f"{name} Province"):
        hits = [p for p in lookup(form) if p.kind == "region" and p.country_code == country]
        if hits:
            return max(hits, key=lambda p: p.population)
    return None


@lru_cache(maxsize=1)
def _codes() -> dict[str, tuple[Place, ...]]:
    """Code letters -> the first-level regions (gazetteer entries) that ISO 3166-2 gives that code, and the
    countries whose official long form has those initials ("ROK": the Republic of Korea, and of Kenya)."""
    import pycountry

    from .country_names import acronyms
    from .gazetteer import _country_entries

    out: dict[str, list[Place]] = {}
    for s in pycountry.subdivisions:
        if getattr(s, "parent_code", None):
            continue  # first level only: a county's code is no state's
        region = _region_entry(s.name, s.type, s.country_code)
        if region is None:
            continue
        keys = {s.code.split("-", 1)[1]} | set(_ISO_ACRONYM.findall(s.name))
        for key in keys:
            if key.isalpha() and len(key) >= 2 and region not in out.setdefault(key, []):
                out[key].append(region)
    for key, codes in acronyms().items():
        out.setdefault(key, []).extend(p for p in map(_country_entries().get, sorted(codes)) if p is not None)
    return {k: tuple(v) for k, v in out.items()}


def _readings(key: str) -> tuple[Place, ...]:
    """The regions and countries code letters stand for: ISO's, and (round 49) the initials of a country's short
    name of two words or more ("SA" South Africa, "NZ", "HK", "PNG"): a South African paper's "an SA banking
    licence", "loves SA more" filled the org facet (NEWSFACET_COUNTRY_INITIALS=0: ISO's only)."""
    found = _codes().get(key, ())
    if switches.get("NEWSFACET_COUNTRY_INITIALS", "1") != "0":
        found += tuple(p for p in _country_initials().get(key, ()) if p not in found)
    return found


INITIALS_MIN = 1_000_000
# Initials English copy writes for something else far more often: public relations, the SS, Roman Catholic,
# integrated circuits, nautical miles.
_OTHER_INITIALISMS = {"PR", "SS", "RC", "IC", "NM"}


@lru_cache(maxsize=1)
def _country_initials() -> dict[str, tuple[Place, ...]]:
    """Initials of the countries' short names of two capitalised words or more, two to four letters, of
    INITIALS_MIN people or more ("FG" is a Nigerian paper's Federal Government, not French Guiana), none of three
    letters or more an English word ("CAR" of the Central African Republic is not read)."""
    from .gazetteer import _country_entries
    from .surname_bearers import english_word

    out: dict[str, list[Place]] = {}
    for p in _country_entries().values():
        if p is None:
            continue
        words = [w for w in re.split(r"[\s\-]+", p.name) if w[:1].isupper()]
        key = "".join(w[0] for w in words)
        if len(words) >= 2 and 2 <= len(key) <= 4 and p.population >= INITIALS_MIN and key not in _OTHER_INITIALISMS \
                and not (len(key) > 2 and english_word(key)):
            out.setdefault(key, []).append(p)
    # not another country's ISO code ("GB" is Britain's, not Guinea-Bissau's; "SK" Slovakia's, "ES" Spain's)
    return {k: tuple(v) for k, v in out.items() if _iso_country(k) in (None, *(p.country_code for p in v))}


def _iso_country(key: str) -> str | None:
    """The country whose ISO 3166 code two letters are ("GB", "SK"), or None."""
    from .gazetteer import country_name

    return key if len(key) == 2 and country_name(key) else None


def key_of(text: str) -> str | None:
    """The code letters of a code-shaped text ("T.N" -> "TN") that ISO gives some subdivision, else None."""
    if len(text) > 9 or not _SHAPE.fullmatch(text) or not enabled():
        return None
    return _key_of(text)


@lru_cache(maxsize=4096)  # asked for every candidate span, by tagger and place_mentions, the same few names
def _key_of(text: str) -> str | None:
    key = text.replace(".", "")
    if not _readings(key):
        return None
    from . import orgs
    from .person_titles import _POSTNOMINAL

    if key in _POSTNOMINAL:
        return None

    if orgs.known_org(text) not in (None, text) or any(p.kind == "country" for p in lookup(text)):
        return None  # "IDF" the army the alias table spells out, "UK" the country: what the name is already
    # (an outlet the table knows by its bare letters, "AP", is still Andhra Pradesh in a paper about its towns)
    return key


def reading(text: str, before: str, countries: set[str], regions: set[str]) -> Place | None:
    """The region ``text`` stands for in an article whose places lie in ``countries`` (country names) and
    ``regions`` (first-level regions), or None."""
    key = key_of(text)
    if key is None or key in _LEGAL_FORMS and _NAME_BEFORE.search(before[-40:]):
        return None
    inside = [p for p in _readings(key) if country_name(p.country_code) in countries
              and (p.kind == "country" or p.region in regions)]
    return inside[0] if len(inside) == 1 else None


def expanded(text: str, value: str) -> Place | None:
    """The region a place mention's code was read as (its value is the region's name), else None."""
    key = key_of(text)
    if key is None or fold(value) == fold(text):
        return None
    return next((p for p in _readings(key) if p.name == value), None)


def settle(article, found: list, codes: list) -> list:
    """``codes``: (Cand, kind_value or None) of the code-shaped names set aside while classifying. A code becomes
    the region it stands for where the article's other places lie in that region's country and in that region
    itself ("Scone, NSW"; "SA" beside Port Augusta), or where its paragraph lists it beside another code so
    read ("NSW, QLD and WA"); otherwise it keeps its own reading. A country alone is not enough: a Hollywood
    story's "LA" is Los Angeles, not Louisiana, though the story is about the US."""
    if not codes:
        return found
    from . import places
    from .evidence import country_sources

    countries = set(country_sources(found))
    regions = {r for c, kind, value in found if kind == "place" for r in [places.region_of(value)] if r}
    read: dict[int, Place] = {}
    for i, (c, _) in enumerate(codes):
        place = reading(c.text, article.paragraphs[c.paragraph].text[:c.start], countries, regions)
        if place is not None:
            read[i] = place
    for i, (c, _) in enumerate(codes):
        if i in read:
            continue
        near = {read[j].region for j, (d, _) in enumerate(codes)
                if j in read and d.paragraph == c.paragraph and read[j].kind == "region"}
        place = reading(c.text, article.paragraphs[c.paragraph].text[:c.start], countries,
                        {p.region for p in _readings(c.text.replace(".", "")) if _neighbour(p, near)})
        if place is not None:
            read[i] = place
    out = list(found)
    for i, (c, kind_value) in enumerate(codes):
        if i in read:
            out.append((_as_place(c), "place", read[i].name))  # the region's or country's own name
        elif kind_value:
            out.append((c, *kind_value))
    out.sort(key=lambda f: (f[0].paragraph, f[0].start))
    return out


def _neighbour(p: Place, near: set) -> bool:
    """Whether ``p`` shares its country with a region a code of the same paragraph was read as."""
    return any(q.country_code == p.country_code for q in _region_places(near))


def _region_places(regions: set) -> list[Place]:
    return [q for r in regions for q in lookup(r) if q.kind == "region" and q.region == r]


def _as_place(c):
    from dataclasses import replace

    return replace(c, label="GPE")  # a located place, as if the model had tagged it one


ARCHIVE_MIN = 3  # articles that must read a code one way before the archive's other articles follow


def settle_archive(articles) -> int:
    """Corpus pass: a code the archive reads as one region or country, the same one in ARCHIVE_MIN articles or
    more and never another, is that place in its articles that name no other place of it too ("ROK" in a state
    news agency's greetings lists, "QLD government" in a story that names no Queensland town). Returns the
    mentions refiled."""
    if not enabled():
        return 0
    from collections import defaultdict

    read: dict[str, set[tuple[str, str | None, str | None]]] = defaultdict(set)
    seen: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            if m.kind == "place" and m.value != m.text and key_of(m.text) and expanded(m.text, m.value):
                read[m.text].add((m.value, m.region, m.country))
                seen[m.text].add(a.id)
    sure = {t: next(iter(r)) for t, r in read.items() if len(r) == 1 and len(seen[t]) >= ARCHIVE_MIN}
    n = 0
    for a in articles:
        for m in a.mentions:
            if m.kind == "org" and m.text in sure:
                m.kind, (m.value, m.region, m.country), m.label = "place", sure[m.text], "GPE"
                n += 1
    return n + _home_codes(articles)


def _home_codes(articles) -> int:
    """Round 49: a code the model tagged a body that stands for the article's archive home country itself is that
    country ("an SA banking licence", "loves SA more" of a South African paper's briefs, which name no other place).
    Not a home region's code: an American paper's "VA" is Veterans Affairs as often as Virginia (held-out: five
    body mentions made places; measured, then narrowed). Not a firm's legal form after a name ("Holcim SA").
    NEWSFACET_HOME_CODES=0: not read."""
    if switches.get("NEWSFACET_HOME_CODES", "1") == "0":
        return 0
    coded = [(i, m, key) for i, a in enumerate(articles) for m in a.mentions if m.kind == "org"
             for key in [key_of(m.text)] if key is not None]
    if not coded:
        return 0  # (most archives: no home-country reading asked for)
    from .archive import home_countries

    homes = home_countries(articles)[0]
    n = 0
    for i, m, key in coded:
        home = homes[i]
        if not home or key in _LEGAL_FORMS and _NAME_BEFORE.search(articles[i].paragraphs[m.paragraph].text[:m.start][-40:]):
            continue
        if any(p.kind == "country" and country_name(p.country_code) == home for p in _readings(key)):
            m.kind, m.label, m.value, m.region, m.country = "place", "GPE", home, None, home
            n += 1
    return n
