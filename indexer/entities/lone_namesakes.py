"""A lone place filed abroad, re-read by its namesakes (the archive pass's second half, archive.py).

A place mention filed in a foreign country its article names nothing else in, unplaced by its sentence
("arrested in Henderson"), is re-read once the archive's home country is known: a home village or province of
that name takes it when its paragraph names only home places or the outlet writes the name alone more often
than it names that country; a far bigger namesake elsewhere unsettles it (the name stays, with no region or
country); a capital or world city abroad keeps it. See settle_namesakes.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article, Mention

from . import places, switches
from .evidence import comma_country, comma_region
from .gazetteer import country_name, is_capital
from .home_context import home_regions, linked_home, listed_home
from .small_places import small_place

# Round 53: a country the outlet names in fewer than one article in RARE_ABROAD of those naming home is no second
# home (archive.HOME_LEAD's ratio): a small town there named alone is as likely a home place the gazetteer lacks.
RARE_ABROAD = 2
NATIONAL_SHARE = 0.001  # a home town with this share of its country's people outranks a capital abroad


def home_value(m: Mention, readings: list, home: str):
    """(value, region, country) for the home readings of a name: a region only when one namesake fits."""
    one = {p.region for p in readings}
    region = readings[0].region if len(one) == 1 and isinstance(readings[0].region, str) else None
    return (readings[0].name if len({p.name for p in readings}) == 1 else m.value), region, home


def _world_reading(p) -> bool:
    """A country, a capital or a world city: "the" place by its name wherever it is written."""
    return p.kind == "country" or is_capital(p) or p.kind == "city" and p.population >= places.WORLD_CITY


def settle_namesakes(articles: list[Article], homes: list[str | None], outlets: dict | None = None,
                     log: list | None = None) -> Counter:
    """A place filed abroad, its article naming nothing else in that country, whose name other countries'
    towns carry as their own (round 11 of issue 11): "Santa Cruz" read as the Bolivian department in a
    Californian or a Philippine archive, "Isabela" as Puerto Rico's, "La Union" as El Salvador's. The foreign
    reading won on size or on being a region, not on anything the article says. Unless its sentence names its
    region ("X, Texas"), or it is a capital or a world city (the place by that name anywhere) and no
    national place at home carries the name as its own (round 12: "Rabat" in a Maltese paper that seldom
    names Morocco goes home; "Moscow" in a US wire stays):
    - a town of the archive's home country that carries the name as its own is meant (with its region when
      only one fits), when the outlet writes the name in more articles than it names the foreign country at
      all (``outlets``: home_countries' per-outlet article counts): "Santa Cruz" in a paper that seldom
      writes about Bolivia, but not "San Francisco" in one that writes about the US every day;
    - otherwise, when the foreign reading is not DOMINANCE times bigger than every namesake abroad (a coin
      toss among same-size places), the mention keeps its name and gives no region and no country.
    Returns counts per outcome (``log`` receives each mention changed)."""
    counts: Counter = Counter()
    lone = [_lone_abroad(a, home) for a, home in zip(articles, homes)]

    def counts_of(source) -> Counter:
        return (outlets or {}).get(source, Counter())
    written: Counter = Counter()  # (outlet, name, country) -> articles filing the name there on nothing else
    for a, ms in zip(articles, lone):
        for text, country in {(m.text, m.country) for m in ms}:
            written[(a.source, text, country)] += 1
    carried: dict[tuple, tuple] = {}  # (outlet, name, country) -> the reading its home paragraphs gave it
    for second in (False, True):
        for a, home, ms in zip(articles, homes, lone):
            done: set[tuple[int, int]] = set()
            # round 14: a paragraph naming only home places ties a name to home even where the article names
            # the foreign country elsewhere ("Gweru, Chirundu, Bulawayo" in a story that also lists Zambia),
            # when home has a village or a province by that name
            tied = [] if second else [m for m in _abroad(a, home) if m not in ms and linked_home(a, m, home)]
            at_home = home is not None and any(m.country == home for m in a.mentions if m.kind == "place")
            for m in ms + tied:
                key = (m.paragraph, m.start)
                if key in done or m.country == home or not m.country:
                    continue  # the span's other regions went with it; re-read in the first pass
                named = (outlets or {}).get(a.source, Counter()).get(m.country, 0)
                outlet = named < written[(a.source, m.text, m.country)]
                if second:
                    # the outlet's other articles: a name it writes more often than the foreign country
                    # takes the reading its home paragraphs gave it
                    new = carried.get((a.source, m.text, m.country)) if outlet else None
                else:
                    # its own paragraph ties the name to home: the outlet's habits need not vouch for it; an
                    # article about home places ties it to a home village or province the main gazetteer lacks
                    linked = m in tied or linked_home(a, m, home)
                    new = _namesake_reading(m, home if linked or outlet or at_home else None,
                                            linked and m not in tied, small_only=m in tied or not (linked or outlet),
                                            listed=linked and m not in tied and listed_home(a, m, home))
                    if new is None and not (m in tied or linked or outlet):
                        # no home village or province by that name (or no home at all): read as before round 14,
                        # without home, so the big namesake abroad still unsettles it (Birmingham, Michigan)
                        new = _namesake_reading(m, None)
                        if new is None and home and named * RARE_ABROAD < counts_of(a.source)[home] \
                                and _small_town_abroad(m):
                            new = (shown_name(m.text), None, None)
                    if new is not None and linked:
                        carried.setdefault((a.source, m.text, m.country), new)
                if new is None:
                    continue
                done.add(key)
                why = "none" if not new[2] else "home" if new[2] == home else "own name"
                counts[why] += 1
                if log is not None:
                    log.append((why, m.text, m.label, m.value, m.region, m.country, new))
                m.value, m.region, m.country = new
            if done:
                _one_per_span(a, done)
    return counts


def _one_per_span(a: Article, done: set[tuple[int, int]]) -> None:
    """A span with several regions keeps one mention once re-read."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for m in a.mentions:
        k = (m.paragraph, m.start)
        if m.kind == "place" and k in done:
            if k in seen:
                continue
            seen.add(k)
        kept.append(m)
    a.mentions = kept


def _abroad(a: Article, home: str | None) -> list[Mention]:
    """The article's place mentions filed in a foreign country by a name other than the country's, unplaced by
    their sentence."""
    return [m for m in a.mentions if m.kind == "place" and m.country and m.label != NO_FACET and m.country != home
            and m.value != m.country and not _placed(a.paragraphs[m.paragraph].text, m)]


def _lone_abroad(a: Article, home: str | None) -> list[Mention]:
    """The article's place mentions filed in a foreign country it names nothing else in, unplaced by their
    sentence."""
    values: dict[str, set[str]] = {}
    for m in a.mentions:
        if m.kind == "place" and m.country and m.label != NO_FACET:
            values.setdefault(m.country, set()).add(m.value)
    return [m for m in _abroad(a, home) if not values.get(m.country, set()) - {m.value}]


def _placed(para: str, m: Mention) -> bool:
    """The sentence names where it is: "X, Texas", "X, Portugal", "the Old Bridge in Mostar"."""
    after = para[m.end:]
    return bool(comma_region(after) or comma_country(after, m.text, m.label) or places.located_in(after))


def _namesake_reading(m: Mention, home: str | None, linked: bool = False, small_only: bool = False,
                      listed: bool = False):
    """``linked``: its paragraph names home places only; ``small_only``: only a home village of the small-place
    tier or a home province by its bare name may take it; ``listed``: an item of a list of home places."""
    readings = places.candidates(m.text)
    # (no reading there by this name: a derived form found it, "Isabela province" -> Puerto Rico's Isabela)
    there = [p for p in readings + places.candidates(m.value) if country_name(p.country_code) == m.country]
    key = places.fold(m.text)
    elsewhere = [p for p in readings if country_name(p.country_code) != m.country and p.kind != "country"
                 and places.fold(p.name) == key]
    at_home = [p for p in elsewhere if p.kind == "city" and country_name(p.country_code) == home]
    if small_only and at_home:
        return None  # a home town of the main gazetteer's size: the outlet's habits decide, as before
    if home and not at_home:  # a village of the home country the main gazetteer lacks ("Xagħra", round 13)
        at_home = [p for p in small_place(m.text, home) if places.fold(p.name) == key]
        elsewhere += at_home
    if home and not at_home:  # a home province by its bare name ("Choiseul" beside "Solomon Islands")
        at_home = [p for p in home_regions(m.text, home) if p not in there]
        elsewhere += at_home
    if small_only and not at_home:
        return None
    # a capital or world city abroad is "the" place by its name, except in an archive whose own town carries
    # the name, is a national place (NATIONAL_SHARE of the home country's people: a town the paper writes
    # about routinely), and whose outlet writes the name alone more often than it names that country
    # (round 12: "Rabat" in a Maltese paper that seldom names Morocco is the town by Mdina; Moscow, Idaho
    # and Paris, Texas are no national places, so a US wire's "Moscow" and "Paris" stay abroad)
    if not _national(at_home, home) and any(_world_reading(p) for p in there):
        return None
    if not elsewhere:  # one place abroad by this name: only a list of home places makes it none of its
        return (shown_name(m.text), None, None) if listed else None  # ("Lae, Huon Gulf, Markham, Nawaeb")
    if at_home:
        _, region, _ = home_value(m, at_home, home)
        return (at_home[0].name if len({p.name for p in at_home}) == 1 else shown_name(m.text)), region, home
    if not there and len({p.country_code for p in elsewhere}) == 1:
        # no entry of this name lies there (a derived or fuzzy form found it: "Idlib province" -> England):
        # the name's own entries, all in one country, are what it names
        _, region, country = home_value(m, elsewhere, country_name(elsewhere[0].country_code))
        return (elsewhere[0].name if len({p.name for p in elsewhere}) == 1 else shown_name(m.text)), region, country
    if not linked and max((p.population for p in there), default=0) >= \
            places.DOMINANCE * max(max(p.population for p in elsewhere), 1):
        return None  # (a paragraph naming only home places is no story about the big namesake abroad)
    return shown_name(m.text), None, None


def _small_town_abroad(m: Mention) -> bool:
    """Round 53: a town abroad smaller than places.BIG_CITY, no capital, named alone in a story of a paper that
    seldom names its country (RARE_ABROAD; "the Newburgh distillery's postman" of a Fife paper filed in New York,
    "a woman from Carlton" of a Nottingham paper in Victoria): a home place the gazetteer lacks as often as the town
    abroad, so no country is invented from it. NEWSFACET_LONE_SMALL_TOWNS=0: the biggest namesake keeps it, as before."""
    if switches.get("NEWSFACET_LONE_SMALL_TOWNS", "1") == "0" or m.label not in ("GPE", "LOC", "FAC"):
        return False  # (a mention the model read as a people or a body, "former [Marine] commandant", is left)
    there = [p for p in places.candidates(m.text) if country_name(p.country_code) == m.country
             and places.fold(p.name) == places.fold(m.text)]
    return bool(there) and all(p.kind == "city" and p.population < places.BIG_CITY and not is_capital(p)
                               for p in there)


def _national(at_home: list, home: str | None) -> bool:
    people = _country_population(home) if at_home else 0
    return bool(people) and max(p.population for p in at_home) >= NATIONAL_SHARE * people


@lru_cache(maxsize=256)
def _country_population(country: str | None) -> int:
    return max((p.population for p in places.candidates(country or "") if p.kind == "country"
                and country_name(p.country_code) == country), default=0)


def shown_name(text: str) -> str:
    """A mention's text as a value: a dateline's capitals in title case ("SAN ANTONIO" -> "San Antonio")."""
    return text.title() if text.isupper() and len(text) > 3 and "." not in text else text
