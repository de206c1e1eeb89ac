"""The archive's home country: a corpus pass that re-reads towns rolled up to a foreign namesake.

tag_entities resolves an ambiguous town with what its own article says: the countries it talks about, a
region named after it. A short item in a small-town paper ("the hospital at Moscow", "arrested in
Florence Saturday") says nothing, and the biggest namesake wins: Moscow, Idaho is filed under Russia,
Florence, S.C. under Tuscany. A newsroom's archive says more: most of an outlet's articles talk about one
country. Here, per outlet (or the whole batch when an outlet has few articles), that home country is the
one most articles name through places with a single reading ("Idaho", "Chicago" are the US whatever the
outlet). A place filed abroad that also has a namesake at home, in an article that does not otherwise talk
about the foreign country, is read at home when
- a home region holding one of its namesakes is named in its article, or just after it ("went to Moscow
  to play the University of Idaho"), which also gives the region (a region that is also a big city, "New
  York", does not count: Rotterdam beside New York is still Rotterdam);
- the outlet placed the same name at home that way in another article (the town it keeps writing about),
  unless the foreign reading is a capital or world city of a country the outlet writes about elsewhere;
- no other article of the outlet names the foreign country, and the foreign reading is neither a capital
  nor a world city ("arrested in Florence Saturday" in a South Carolina paper). A wire that writes about the Netherlands
  keeps its Rotterdam.
Otherwise it stays: Paris, London and Vienna in a US paper are the capitals. The home reading gets a region
only when one namesake fits; "Florence" with several US namesakes becomes the US without a state -- a
wrong state is worse than none.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from search.model import Article, Mention

from . import comma_provinces, places, switches
from .dateline_towns import settle_dateline_towns
from .evidence import LOCATED, comma_country, comma_region
from .gazetteer import country_name, is_capital
from .home_comma import settle_home_commas
from .home_divisions import settle_home_counties, settle_home_divisions
from .home_first import settle_home_first
from .home_region import settle_home_region
from .home_unplaced import settle_unplaced
from .lone_namesakes import home_value as _home_value
from .lone_namesakes import settle_namesakes
from .lone_rollups import drop_lone_rollups
from .place_fragments import settle_short_forms
from .place_words import drop_lower_words, drop_place_words
from .small_places import own_named, small_place
from .subdivisions import settle_subdivisions

MIN_OUTLET = 5  # an outlet with fewer articles borrows the batch's home country
HOME_SHARE = 1 / 3  # the home country is named in at least this share of the articles ...
HOME_LEAD = 2  # ... and in this many times as many as the next country
NEAR = 60  # characters after a town in which a home region's name places it ("Moscow to play ... Idaho")


@lru_cache(maxsize=65536)
def sure_country(text: str) -> str | None:
    """The country a place name gives away on its own: every reading in one country, or a country or
    region by its own name."""
    found = places.candidates(text)
    if not found:
        return None
    codes = {p.country_code for p in found}
    if len(codes) == 1:
        return country_name(next(iter(codes)))
    best = places.dominant(found)
    if best is not None and best.kind == "country":
        return country_name(best.country_code)
    # a region gives its country away only when no town abroad carries the same name as its own: "Santa
    # Cruz" (a Bolivian department, and a Californian town) must not vote a Californian archive into Bolivia
    key = places.fold(text)
    if best is not None and best.kind == "region" and not any(
            p.country_code != best.country_code and places.fold(p.name) == key for p in found):
        return country_name(best.country_code)
    return None


def _article_countries(article: Article) -> dict[str, set[str]]:
    """Country -> the place texts through which the article talks about it with a single reading."""
    out: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.kind == "place" and m.label != LOCATED:  # a town the model called a body does not set the home
            # (round 63: "Alta" of "Lethbridge, Alta." votes for the province it was read as, not for Norway)
            country = sure_country(m.value if m.value != m.text and comma_provinces.abbreviation(m.text) else m.text)
            if country:
                out.setdefault(country, set()).add(m.text)
    return out


def _home(counts: Counter, n: int) -> str | None:
    top = counts.most_common(2)
    if not top or top[0][1] < HOME_SHARE * n:
        return None
    if len(top) > 1 and top[0][1] < HOME_LEAD * top[1][1]:
        return None
    return top[0][0]


def home_countries(articles: list[Article]) -> tuple[list[str | None], list[dict[str, set[str]]], dict]:
    """Per article: its archive's home country, its own sure countries; and per outlet the article counts."""
    sure = [_article_countries(a) for a in articles]
    outlets: dict[str | None, list[int]] = {}
    for i, a in enumerate(articles):
        outlets.setdefault(a.source, []).append(i)
    batch = Counter(c for s in sure for c in s)
    batch_home = _home(batch, len(articles))
    homes: list[str | None] = [None] * len(articles)
    counts: dict = {}
    for outlet, idx in outlets.items():
        own = Counter(c for i in idx for c in sure[i])
        home = _home(own, len(idx)) if len(idx) >= MIN_OUTLET else None
        if home is None and (len(idx) < MIN_OUTLET or batch_home in own):
            home, own = batch_home, batch
        counts[outlet] = own
        for i in idx:
            homes[i] = home
    return homes, sure, counts


@lru_cache(maxsize=4096)
def _big_city(name: str) -> bool:
    return any(p.kind == "city" and p.population >= places.BIG_CITY for p in places.candidates(name))


def _home_readings(text: str, home: str) -> list:
    """The home country's towns by this name, its small places (small_places.py, round 13) included."""
    return [p for p in places.candidates(text) if p.kind == "city" and country_name(p.country_code) == home] \
        + own_named(text, small_place(text, home))


def rehome_places(articles: list[Article]) -> None:
    homes, sure, counts = home_countries(articles)
    # first the towns their own article places at home (a home region named in it); then the outlet's
    # readings of each name, those included, carry to its other articles
    read_home: dict[tuple, Counter] = {}
    _rehome(articles, homes, sure, counts, read_home, second=False)
    _rehome(articles, homes, sure, counts, read_home, second=True)
    settle_dateline_towns(articles, homes)  # round 63: "VICTORIA --" in a Canadian outlet: its town, not the state
    for a, home, own in zip(articles, homes, sure):
        _settle_located(a, home, own)
    settle_home_commas(articles, homes)  # "SAN ANTONIO, Zambales": a town of a home division (round 48)
    settle_home_divisions(articles, homes)  # ... and "Davao del Norte" read as a person, the division
    settle_home_counties(articles, homes)  # ... and "Cook County" read as a body (round 53)
    # then the readings no sentence can make a place: languages, named days and other calendars' months, and
    # foreign roll-ups that alone invent a country on evidence of something else (round 9 of issue 11)
    drop_place_words(articles)
    drop_lower_words(articles)  # ... and words of the language no sentence places (round 39)
    settle_namesakes(articles, homes, counts)
    drop_lone_rollups(articles, homes)
    settle_home_first(articles, homes)  # a home story's towns filed under a foreign namesake nothing supports
    settle_home_region(articles, homes)  # ... and a local paper's under another state's (round 52)
    settle_unplaced(articles, homes)  # ... and its towns left unplaced between home and abroad (round 47)
    settle_subdivisions(articles, homes, sure)  # "Harlow, Essex" of a British story: the county, not Maryland's
    settle_short_forms(articles, homes)  # "the Solomons": the home country, never a person or a body


def _settle_located(article: Article, home: str | None, own: dict[str, set[str]]) -> None:
    """Towns the model called an organisation and only their sentence placed ("Tony Hedges, from Keith";
    label LOCATED): a place where the sentence names its region ("Evansville, Indiana"), where it lies in
    the archive's home country or in a country the article talks about anyway; a town with a namesake at
    home is that one; otherwise the model's organisation stands. The small model tags ORG on towns it
    does not know, which the gazetteer then matches to a namesake abroad ("Balaklava, SA" in an Australian
    farm paper is no Crimean town): such a reading never brings a foreign country into the facet."""
    from .orgs import normalise_org

    out: list[Mention] = []
    done: set[tuple[int, int]] = set()
    for m in article.mentions:
        if m.kind != "place" or m.label != LOCATED:
            out.append(m)
            continue
        key = (m.paragraph, m.start)
        if key in done:
            continue  # one reading per span: its other regions go with the first
        para = article.paragraphs[m.paragraph].text
        if comma_region(para[m.end:]) or m.country and (m.country == home or own.get(m.country, set()) - {m.text}):
            out.append(m)
            continue
        done.add(key)
        # a namesake in a country the article talks about through other places comes before the home one
        # ("arriving at Hillsborough ... south of Belfast" in a US wire)
        talked = [p for p in places.candidates(m.text) if p.kind == "city" and country_name(p.country_code) != home
                  and own.get(country_name(p.country_code), set()) - {m.text}]
        readings = talked if len({p.country_code for p in talked}) == 1 else \
            (_home_readings(m.text, home) if home and not talked else [])
        if readings:
            regions = {p.region for p in readings}
            one = len(regions) == 1 and isinstance(readings[0].region, str)
            m.value = readings[0].name if len({p.name for p in readings}) == 1 else m.text
            m.region, m.country = (readings[0].region if one else None), country_name(readings[0].country_code)
        else:
            m.kind, m.value, m.region, m.country = "org", normalise_org(m.text), None, None
        out.append(m)
    article.mentions = out


def _rehome(articles, homes, sure, counts, read_home: dict, second: bool) -> None:
    for a, home, own in zip(articles, homes, sure):
        if not home:
            continue
        regions = {m.region for m in a.mentions if m.kind == "place" and m.region and m.value == m.region
                   and not _big_city(m.text)}
        out: list[Mention] = []
        done: set[tuple[int, int]] = set()
        for m in a.mentions:
            if m.kind != "place" or not m.country or m.country == home:
                out.append(m)
                continue
            key = (m.paragraph, m.start)
            if key in done:
                continue  # the other regions of a span already re-read
            new = _reread(a, m, home, own, counts[a.source], regions, read_home.get((a.source, m.text)), second)
            if new is None:
                out.append(m)
                continue
            done.add(key)
            m.value, m.region, m.country = new
            if not second and m.region:  # placed at home by its own article: the outlet's reading
                read_home.setdefault((a.source, m.text), Counter())[m.region] += 1
            out.append(m)
        a.mentions = out


def _talks_about(own: dict[str, set[str]], country: str, text: str, home: str, small: bool) -> bool:
    """The article names places of ``country`` besides ``text``. With the switch on, a name that also has a
    namesake at home does not count ("Kent", "Norfolk", "Essex" read as US towns in a British story: the main
    gazetteer knows no English county), nor, when the foreign reading is a small town (no capital, region or
    world city), the country's own name: a British story that mentions the US once is not about Cheshire,
    Connecticut; one that names Cuba keeps its Havana."""
    others = own.get(country, set()) - {text}
    if switches.get("NEWSFACET_HOME_NAMESAKE_EVIDENCE", "1") != "0":
        others = {t for t in others if not _home_readings(t, home) and not (small and _country_by_name(t))}
    return bool(others)


@lru_cache(maxsize=8192)
def _country_by_name(text: str) -> bool:
    best = places.dominant(places.candidates(text))
    return best is not None and best.kind == "country"


def _abroad_elsewhere(article: Article, m: Mention, home: str, foreign) -> bool:
    """Round 61: a capital or a world city abroad in an article that names another place abroad, one that cannot be
    at home (a country by its own name, a capital or world city with no namesake at home) -- a tour's dates ("Milan,
    Italy ... Vienna, Austria ... Rosemont, Ill."): there a home region the article names, or the next item's after
    it ("Vienna, then Rosemont, Illinois"), is no evidence that the name means its small namesake; a music-press
    archive had sent Vienna to Illinois in four articles, London to California. A name with no such place abroad
    beside it ("Moscow" in a story naming Idaho) still comes home, and the outlet's own readings of the name still
    count. NEWSFACET_ABROAD_ELSEWHERE=0 lets the home region decide as before."""
    if not any(_world_city(p) for p in foreign):
        return False  # (not a region abroad: a Bahamas district by "Long Island" is no evidence of anything)
    if switches.get("NEWSFACET_ABROAD_ELSEWHERE", "1") == "0":
        return False
    # (only a place abroad that cannot itself be at home counts: a country by its own name, or a capital or world city
    # with no namesake at home -- "Santa Cruz" read as Bolivia's department beside "Santa Barbara", a Sydney story's
    # "Waterloo" read as Belgium's, are no evidence of anything abroad)
    return any(o.kind == "place" and o.country and o.country != home and o.text != m.text
               and (o.value == o.country or _big_abroad(o.text, o.country) and not _home_readings(o.text, home))
               for o in article.mentions)


@lru_cache(maxsize=8192)
def _big_abroad(text: str, country: str) -> bool:
    return any(country_name(p.country_code) == country and _world_city(p) for p in places.candidates(text))


def _world_city(p) -> bool:
    """A capital or a world city: the reading a name keeps abroad unless its own article brings it home."""
    return p.kind == "city" and (is_capital(p) or p.population >= places.WORLD_CITY)


def _reread(article: Article, m: Mention, home: str, own: dict[str, set[str]], outlet: Counter, regions: set[str],
            outlet_regions: Counter | None, second: bool):
    if m.value == m.country:
        return None  # a country by its own name (a region by its own name is caught below)
    after = article.paragraphs[m.paragraph].text[m.end:]
    if m.region and comma_region(after, m.text) == m.region:
        return None  # its sentence writes the region after it ("Vancouver, Washington" in a Canadian paper)
    code = comma_country(after, m.text, m.label) if switches.get("NEWSFACET_COMMA_COUNTRY_STAYS", "1") != "0" else None
    if code and country_name(code) == m.country:
        return None  # round 61: ... or the country ("Rotterdam, the Netherlands" in a US health story)
    readings = _home_readings(m.text, home)
    if not readings:
        return None  # no namesake at home
    foreign = [p for p in places.candidates(m.text) if country_name(p.country_code) == m.country]
    if not foreign or any(p.kind not in ("city", "region") for p in foreign):
        return None
    small = all(p.kind == "city" and not _world_city(p) for p in foreign)
    if _talks_about(own, m.country, m.text, home, small):
        return None  # the article talks about the foreign country's places anyway
    near = article.paragraphs[m.paragraph].text[m.end:m.end + NEAR]  # "Moscow to play the University of Idaho"
    if _abroad_elsewhere(article, m, home, foreign):
        regions, near = set(), ""  # a capital among other places abroad: no home region the article names decides
    named = sorted({p.region for p in readings if isinstance(p.region, str) and (
        p.region in regions or re.search(r"\b%s\b" % re.escape(p.region), near) and not _big_city(p.region))})
    if len(named) == 1:
        best = max((p for p in readings if p.region == named[0]), key=lambda p: p.population)
        return best.name, best.region, home
    if not second:
        return None
    # Then a home town whose own name it is beats a foreign place listing it as another spelling ("Monterey"
    # in a Californian paper is no misspelt Monterrey), and a home town of comparable size beats a bigger
    # namesake abroad the article does not talk about ("Hamilton" in a New Zealand paper is not Ontario's):
    # only a namesake DOMINANCE times bigger, a capital or a region is "the" place by default.
    own_name = [p for p in readings if places.fold(p.name) == places.fold(m.text)]
    spelt = not any(places.fold(p.name) == places.fold(m.text) for p in foreign)
    near_size = max(p.population for p in readings) * places.DOMINANCE > max(p.population for p in foreign)
    if all(p.kind == "city" and not is_capital(p) for p in foreign) and (own_name and spelt or near_size):
        return _home_value(m, own_name if own_name and spelt else readings, home)
    # a region abroad ("Santa Cruz" the Bolivian department) counts as big: only the outlet's own readings
    # bring it home, never its silence about the country
    big = any(p.kind != "city" or _world_city(p) for p in foreign)
    # Rome NY once does not make every Rome; but a name the outlet placed at home more often than it wrote
    # about the foreign country at all is its own town ("Santa Cruz" in a Californian campus paper)
    if outlet_regions and (not big or outlet.get(m.country, 0) < sum(outlet_regions.values())):
        region = outlet_regions.most_common(1)[0][0]
        inside = [p for p in readings if p.region == region]
        return (inside[0].name if inside else m.value), region, home
    if big:
        return None  # a capital or world city abroad is meant ("Moscow" in a 1987 wire writing "Soviet Union")
    if not outlet.get(m.country):
        return _home_value(m, readings, home)
    return None
