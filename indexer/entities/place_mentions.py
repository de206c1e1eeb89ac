"""Where an article's places are: its (candidate, kind, value) findings made mentions, each place read with the
article's own context -- the region a round-up paragraph opens with, the oblast it names most, a sentence's
"X, Calif." or "the town of X", the countries its other places talk about.

Kept apart from tagger.py, which decides what each span is (person, org, place); this decides where a place is.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import Article, Mention

from . import (
    comma_provinces,
    evidence,
    orgs,
    place_appositives,
    place_types,
    places,
    region_codes,
    region_lists,
    region_namesakes,
    switches,
)
from .gazetteer import fold, is_capital
from .guards import guarded
from .spans import Cand

# "the village of X", "the X district": a settlement cue -- the tagger reads the span as a place, and here it is
# enough to place an unknown name in the article's main oblast.
SETTLEMENT = guarded(r"\b(?:villages?|towns?|settlements?|cities|city|hamlets?)\s+of\s+"
                     r"(?:[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?,?\s+(?:and\s+)?)*$")
DISTRICT = re.compile(r"\s+(?:district|raion|hromada)\b")


def settlement_before(text: str, end: int | None = None) -> bool:
    """``SETTLEMENT.search(text[:end])``, searched from the last full stop before ``end`` on: no match holds one, and
    the text before an ORG span is up to twenty paragraphs (the search from there sees the stop before it, as it
    would in the whole text)."""
    end = len(text) if end is None else end
    return bool(SETTLEMENT.search(text, text.rfind(".", 0, end) + 1, end))
# A round-up paragraph's opening region ("In Kharkiv Oblast, ..."): paragraph_regions.
_OPENER = re.compile(r"^In ([A-Z][\w’'\-]+(?: [A-Z][\w’'\-]+)? (?:Oblast|[Rr]egion))\b")


def _main_region(found) -> str | None:
    """The oblast an article names most often by name ("Dnipropetrovsk Oblast"), when one leads."""
    named = Counter()
    for c, kind, _ in found:
        best = places.dominant(_place_candidates(c) if c.as_region else places.candidates(c.text)) \
            if kind == "place" else None
        if best is not None and best.kind == "region" and isinstance(best.region, str):
            named[best.region] += 1
    top = named.most_common(2)
    return top[0][0] if top and (len(top) == 1 or top[0][1] > top[1][1]) else None


def paragraph_regions(article: Article) -> dict[int, str]:
    """The region a round-up paragraph opens with ("In Kharkiv Oblast, ..."): its villages lie there,
    and the gazetteer scan may take them even when the model missed them."""
    out: dict[int, str] = {}
    for para in article.paragraphs:
        m = _OPENER.match(para.text)
        region = places.region_of(m.group(1)) if m else None
        if region:
            out[para.n] = region
    return out


def resolve(article: Article, found) -> list[Mention]:
    """The article's (candidate, kind, value) findings as mentions, its places read in the article's own context."""
    # Regions the article names unambiguously guide its ambiguous village names.
    article_regions: set[str] = set()
    for c, kind, _ in found:
        region = places.sure_region(c.text) if kind == "place" else None
        if region:
            article_regions.add(region)
    para_regions = paragraph_regions(article)
    main_region = _main_region(found)
    sources = evidence.country_sources(found)
    countries = set(sources)
    # regions the article names by their own name: a town's namesake there beats a bigger one abroad
    named_regions = region_namesakes.article_regions(found, evidence.STRONG_LABELS) if region_namesakes.enabled() \
        else set()
    # First the mentions whose sentence locates them, so a later bare "Dachne" reuses that reading.
    memo: dict[str, places.Resolved] = {}
    located: dict[int, places.Resolved] = {}
    # a code read as its region ("NSW" -> New South Wales, region_codes), asked once per place mention
    codes = {i: region_codes.expanded(c.text, value) for i, (c, kind, value) in enumerate(found) if kind == "place"}
    times = Counter(c.text for c, kind, _ in found if kind == "place")  # (round 65: country_beside_countries)
    for i, (c, kind, _value) in enumerate(found):
        if kind != "place" or codes[i]:
            continue
        text = article.paragraphs[c.paragraph].text
        named = evidence.comma_region(text[c.end:], c.text)  # "Brisbane, Calif.": the sentence names the region
        inside = places.located_in(text[c.end:], sources)
        described = None if inside else place_appositives.region(text[c.end:], sources)  # "Gary, an East Texas town"
        inside = inside or described
        city = None if named or inside else _comma_city(text, c, sources)  # "Brooklyn, Melbourne" (round 45)
        local = inside or named or (city.region if city else None)
        # "Brooklyn in Melbourne" right after the name is as explicit as a comma (not a list's "A, B of Y")
        direct = bool(inside) and (bool(_IN_AFTER.match(text[c.end:c.end + 6])) and _in_explicit() or bool(described))
        if not local:
            local = para_regions.get(c.paragraph)  # the round-up paragraph's "In X Oblast,"
        settlement = settlement_before(text, c.start) or bool(DISTRICT.match(text[c.end:]))
        owner = places.owner_country(text[:c.start], c.text) or evidence.comma_country(text[c.end:], c.text, c.label)
        if not local and settlement and not places.candidates(c.text):
            local = main_region  # "the nearby town of Samarske": the oblast the article is about
        if local or settlement or owner or c.as_region:
            res = places.resolve(c.text, _place_candidates(c), local, article_regions, settlement, owner,
                                 _others(sources, c.text), explicit=bool(named or city) or direct,
                                 alone=bool(named) and not _listed(text, c),
                                 short_region=bool(named) and evidence.region_abbreviated(text[c.end:], named))
            if city is not None and res.country is None and res.regions == (city.region,):
                res = places.Resolved(res.value, res.regions, places.country_name(city.country_code))  # "National
                # Capital" names a region in several countries: the city's is the one
            located[i] = place_types.home_checked(c.text, place_types.own_value(c.text, res), sources, bool(local or owner))
            if not c.as_region:
                memo.setdefault(c.text, located[i])
    out: list[Mention] = []
    for i, (c, kind, value) in enumerate(found):
        label = c.label
        if kind == "org" and orgs.is_outlet(value):
            label = "OUTLET"  # a source quoted, not an actor: the facet can tell them apart
        if kind != "place":
            out.append(Mention(c.paragraph, c.start, c.end, c.text, kind, value, label=label))
            continue
        code = codes[i]
        res = located.get(i) or memo.get(c.text)
        if code is not None:  # "NSW" read as New South Wales, "ROK" as South Korea (region_codes)
            res = places.Resolved(code.name, (code.region,) if code.kind == "region" else (),
                                  places.country_name(code.country_code))
        elif res is None:
            res = places.resolve(c.text, _place_candidates(c), None, article_regions,
                                 countries=_others(sources, c.text))
            res = place_types.home_checked(c.text, place_types.own_value(c.text, res), sources)
            res = region_namesakes.reread(c.text, res, named_regions, sources) or res
            if evidence.abroad(c.text, res, sources, c.label):
                res = places.Resolved(c.text, (), None)
            memo[c.text] = res
        res = evidence.checked(c.text, res, countries)
        res = _region_after_town(article.paragraphs[c.paragraph].text, c, out) or res
        if code is None:  # round 56: "in Oregon and [Washington]": the state, not the capital
            para = article.paragraphs[c.paragraph].text  # ... round 65: "Burkina Faso and [Niger]": the country,
            res = region_lists.region_beside_regions(para, c.start, c.end) \
                or times[c.text] == 1 and region_lists.country_beside_countries(para, c.start, c.end) or res
            # (where the article names it once: a story about Georgia's governor race means its own Georgia in "support
            # for Israel and Georgia's Jewish population", found on held-out cnn2026 after scoring)
        for region in res.regions or (None,):
            out.append(Mention(c.paragraph, c.start, c.end, c.text, "place", res.value, region=region,
                               country=res.country, label=label))
    return out


_COMMA_BEFORE = re.compile(r",\s+$")


def _region_after_town(text: str, c: Cand, out: list[Mention]) -> places.Resolved | None:
    """Round 28: "Spokane, Washington", "Perth, Western Australia": the name after a comma that is the region the town
    before it lies in is that region, not a town of the same name elsewhere (the US capital)."""
    if not _COMMA_BEFORE.search(text, max(0, c.start - 4), c.start):
        return None
    province = comma_provinces.own_span(text, c.start, c.end)  # round 63: "Lethbridge, [Alta].": Alberta, not Norway
    if province:
        p = places.regions_named(province)[0]
        return places.Resolved(p.name, (p.region,), places.country_name(p.country_code))
    town = next((m for m in reversed(out) if m.paragraph == c.paragraph and m.kind == "place"), None)
    if town is None or town.end < c.start - 40:
        return _region_after_unknown_town(text, c)
    if town.region is None or not _COMMA_BEFORE.fullmatch(text[town.end:c.start]) \
            or _LIST_AFTER.match(text[c.end:c.end + 80]) or _LIST_BEFORE.search(text[max(0, town.start - 6):town.start]) \
            or evidence.DC_AFTER.match(text[c.end:]):
        return None  # "Nadi, Noumea, Auckland": a list; "Capitol Hill, Washington, D.C.": the capital
    key = fold(c.text)
    if any(p.kind == "country" and fold(p.name) == key for p in places.candidates(c.text)):
        return None  # "Toluca, Mexico": the country, though a state of that name holds the town
    for p in places.regions_named(c.text):
        if p.region == town.region:
            return places.Resolved(p.name, (p.region,), places.country_name(p.country_code))
    return None


# Round 56: "founded in Snoqualmie, Washington": a town after a locative that the model left untagged and the gazetteer
# does not hold, then a comma: the state evidence.comma_state reads for a tagged town
_UNKNOWN_TOWN = re.compile(r"\b(?:in|from|near|at|outside)\s+([A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?),\s+$")


def _region_after_unknown_town(text: str, c: Cand) -> places.Resolved | None:
    m = _UNKNOWN_TOWN.search(text[max(0, c.start - 40):c.start])
    if m is None or places.candidates(m.group(1)) or _LIST_AFTER.match(text[c.end:c.end + 80]):
        return None
    found = evidence.comma_state(c.text, text[c.end:], m.group(1))
    if len(found) != 1:
        return None
    return places.Resolved(found[0].name, (found[0].region,), places.country_name(found[0].country_code))


# A list item around a town and the region after it: "Tokyo, Chiba, Kanagawa and Saitama", "Washington, Oregon, Idaho"
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
_LIST_AFTER = re.compile(r"^,\s+[A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,2}(?:,\s+[A-Z]|\s+(?:and|or)\s+[A-Z])")


_IN_AFTER = re.compile(r"^\s+in\s")


def _in_explicit() -> bool:
    """Round 43: "X in Y" places X as firmly as "X, Y" does, over a world city of the name elsewhere ("Brooklyn in
    Melbourne"); NEWSFACET_IN_EXPLICIT=0: only the comma does."""
    return switches.get("NEWSFACET_IN_EXPLICIT", "1") != "0"


_LIST_TAIL = re.compile(r"^,?\s+(?:and|or)\s+[A-Z]")  # "Malwatta, Amarapura, and Ramaniya Chapters": a list
_COMMA_CITY = re.compile(r",\s+([A-Z][\w.’'\-]+(?:\s[A-Z][\w.’'\-]+){0,2})(?=\s*(?:[,.;:)!?]|$)|\s+[a-z])")


def _comma_city(text: str, c: Cand, sources: dict[str, set[str]]) -> places.Place | None:
    """Round 45: "a store in Brooklyn, Melbourne", "a house in Richmond, Melbourne": a big city written right after
    a comma holds the place before it (a suburb, a district), as "Brooklyn in Melbourne" does (round 43) -- its
    region then, not a namesake's abroad (Brooklyn, New York; Richmond, Virginia). Not a list ("Nadi, Noumea,
    Auckland"), not a capital before the comma ("Paris, London"), not two cities of one country ("Sydney,
    Melbourne": a big city of the other's country is no suburb of it), not a region or a country after it (the
    comma_region and country rules read those), not a name whose own reading's country the article talks about
    through another name ("Tel Aviv, Riyadh behaviour" in a story about Israel: two capitals' cities, a list), and
    only a national capital or a city in a country the article names through another name (a local paper names
    its suburbs beside its capital, "Waigani, Port Moresby"; "Old Town, Alexandria" in an American story and
    "Wapping, East London" in a British one are no Egyptian or South African places: held-out scoring showed
    them. "Guyana National Stadium, Providence" in a story that names the US for the tournament's other host
    still goes to Rhode Island: the article's countries cannot tell the two Providences apart).
    ``sources``: the article's countries -> the folded names it names them through. NEWSFACET_COMMA_CITIES=0
    turns it off."""
    m = _COMMA_CITY.match(text, c.end, c.end + 60)  # (first: most place mentions have no comma after them)
    if not m or switches.get("NEWSFACET_COMMA_CITIES", "1") == "0" or _listed(text, c):
        return None
    found = places.candidates(m.group(1))
    city = places.dominant(found)
    if city is None or city.kind != "city" or city.population < places.BIG_CITY or not isinstance(city.region, str) \
            or any(p.kind in ("region", "country") for p in found) \
            or not is_capital(city) and not sources.get(places.country_name(city.country_code), set()) - {fold(m.group(1))} \
            or _LIST_TAIL.match(text[m.end():m.end() + 40]):
        return None  # (the city a capital, or in a country the article names otherwise: "Old Town, Alexandria"
        # in an American story is no Egyptian district, "Wapping, East London" no South African one)
    own = places.dominant(places.candidates(c.text))
    if own is not None and (is_capital(own) or own.population >= city.population
                            or own.country_code == city.country_code and own.population >= places.BIG_CITY
                            or sources.get(places.country_name(own.country_code), set()) - {fold(c.text)}):
        return None
    return city


def _listed(text: str, c: Cand) -> bool:
    """Whether the town and the region written after it are items of a list rather than "Town, State"."""
    return bool(_LIST_BEFORE.search(text[max(0, c.start - 6):c.start]) or _LIST_AFTER.match(text[c.end:c.end + 80]))


def _others(sources: dict[str, set[str]], name: str) -> set[str]:
    """The countries the article talks about, for resolving ``name``; a name that is also a country's does
    not vouch for that country itself: "Georgia" alone does not make the article about the country Georgia
    when the article's other places are in the US ("gray Georgia granite")."""
    if not any(p.kind == "country" for p in places.candidates(name)):
        return set(sources)  # a town vouches for its own country ("GENEVA" in a story about US trade)
    key = fold(name)
    return {country for country, names in sources.items() if names - {key}}


def _place_candidates(c: Cand) -> list:
    if c.as_region:
        regions = [p for p in places.candidates(f"{c.text} Oblast") + places.candidates(f"{c.text} region")
                   if p.kind == "region"] + places.state_named(c.text)
        regions.sort(key=lambda p: -p.population)  # "Florida state": the US state, not a Puerto Rican municipio
        if not regions:  # "Lugansk": the region of the city the variant names
            region = places.sure_region(c.text)
            regions = [p for p in places.candidates(region) if p.kind == "region"] if region else []
        if regions:
            return regions[:1]
    typed = [] if c.as_region else place_types.typed_candidates(c.text)
    return typed or places.candidates(c.text, fuzzy=True) or places.misspelt(c.text)
