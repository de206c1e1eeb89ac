"""Home before a foreign namesake nothing supports: the archive pass's last word on towns filed abroad.

tag_entities resolves a name by population and by the countries its article talks about; archive.py then
re-reads a town filed abroad at home when a home namesake is about as big or the outlet placed it there
before. Left over (round 16 of issue 11, ukpress2016 and nepal_english2020 judges' whys): a home town or
county whose foreign namesake is bigger, or whose only gazetteer reading is foreign -- "Surrey" -> British
Columbia, "East London" -> Eastern Cape, "Boston" -> Massachusetts, "Canterbury" -> the New Zealand region in
a British paper; "Lalitpur" -> Uttar Pradesh, "Kanchanpur" -> Tripura in a Nepali one, where two such towns
even vouch for each other's India.

A foreign reading is *doubtful* when it is a town that is neither a capital nor a world city, or a first-level
region smaller than a major city (any region when the home country has a place by that name), that its
sentence does not place abroad ("X, Texas", "X, India", "X in Y" -- a placing name that is itself a home place
does not count: "Doti, Salyan"). In an archive with a home country, a doubtful reading is the home country's
when its own text ties it there:
- the sentence puts a home place inside it: "Romford, East London", "Epsom and Ewell in Surrey";
- it is an item of a list holding home places (home_context.listed_home: "Edinburgh, Newcastle, York"), or
  its paragraph names two home places (not the country itself: "from Lyon to Malta" pairs home with abroad)
  and no other foreign country ("in Kathmandu, 36 in Bhaktapur and 32 in Lalitpur");
- or, when the home country has a place by that name (Boston, Lincolnshire; Durham; Pātan, Nepal), its
  article names its foreign country through nothing else that is not doubtful itself (the country, a capital,
  a world city, a big region, a placed town): the article's countries, not population, pick the namesake.
unless the archive writes the name in articles that name its foreign country that way at least as often as in
articles that do not (the archive's own habit: "Gaza" beside Israel and Palestine).
Such a reading becomes the home place when the home country has one by that name (main gazetteer, small-place
tier, a first-level region by its bare name), with a region when one namesake fits; otherwise the mention
keeps its name and gives no region and no country: a wrong foreign region is worse than none.
NEWSFACET_HOME_FIRST=0 turns the pass off.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article, Mention

from . import places, switches
from .evidence import MAJOR_CITY, comma_country, comma_region
from .gazetteer import country_name, is_capital
from .home_context import home_regions, listed_home
from .lone_namesakes import shown_name
from .small_places import home_place

# What lies between a home place and a name that contains it: "Romford, East London", "Kingston in Surrey",
# "Great Yarmouth in Norfolk", "Barking and Dagenham, East London".
_INSIDE = re.compile(r"^(?:,\s*|\s+in\s+(?:the\s+)?|,\s+(?:also\s+)?in\s+)$")


def enabled() -> bool:
    return switches.get("NEWSFACET_HOME_FIRST", "1") != "0"


def _readings(m: Mention) -> list:
    """The gazetteer readings behind the mention's filing (its text's, else its value's)."""
    found = [p for p in places.candidates(m.text) if country_name(p.country_code) == m.country]
    return found or [p for p in places.candidates(m.value) if country_name(p.country_code) == m.country]


def _world(p, at_home: bool) -> bool:
    """A reading that is "the" place by its name wherever it is written (``at_home``: the home country has a
    town or region of the main gazetteer by that name, which a region abroad does not outrank by size alone;
    a village of the small-place tier does: "Victoria" in a New Zealand paper is no hamlet in Bay of Plenty)."""
    if p.kind in ("country", "natural", "multi"):
        return True
    if p.kind == "region":
        return not at_home and p.population >= MAJOR_CITY  # a small district is as ambiguous as a town
    return is_capital(p) or p.population >= places.WORLD_CITY


def placed_abroad(para: str, m: Mention, home: str) -> bool:
    """The sentence names where it is abroad: "X, Texas", "X, India", "X in the Y region" -- by a region's own
    name, not a town's ("Epsom and Ewell in Surrey" is placed by no Canadian region), nor a name that is a
    home place too ("Doti, Salyan": two home districts)."""
    after = para[m.end:]
    if comma_country(after, m.text, m.label):
        return True
    if not (comma_region(after) or places.located_in(after)):
        return False
    word = re.split(r"[,.;:()]", re.sub(r"^,?\s*(?:in|of|on)?\s*(?:the\s+)?", "", after), maxsplit=1)[0].strip()
    named = [p for p in places.candidates(word) if p.kind == "region"]
    named = named or [p for p in places.candidates(re.sub(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)$", "", word))
                      if p.kind == "region"]
    return bool(named) and not home_place(word, home)


@lru_cache(maxsize=16384)
def home_reading(text: str, home: str):
    """(value, region, country) of the home place named ``text``, or None."""
    key = places.fold(text)
    found = [p for p in home_place(text, home) if places.fold(p.name) == key or p.kind == "region"]
    found = found or list(home_regions(text, home))
    if not found:
        return None
    regions = {p.region if isinstance(p.region, str) else None for p in found}
    region = next(iter(regions)) if len(regions) == 1 else None
    value = found[0].name if len({p.name for p in found}) == 1 else text
    return value, (None if region == home else region), home


@lru_cache(maxsize=16384)
def main_home(text: str, home: str) -> bool:
    """Whether the main gazetteer has a home town of places.SMALL people or more, or a home region, by this own
    name (a hamlet it keeps as a seat of local government, "Victoria" in Bay of Plenty, is no rival to a state)."""
    key = places.fold(text)
    return any(country_name(p.country_code) == home and (p.kind == "region" or p.kind == "city" and p.population >= places.SMALL
               and places.fold(p.name) == key) for p in places.candidates(text)) \
        or bool(home_regions(text, home))


def doubtful(article: Article, m: Mention, home: str) -> bool:
    if m.kind != "place" or not m.country or m.country == home or m.label in (NO_FACET, "DATELINE") \
            or m.value == m.country:
        return False
    at_home = main_home(m.text, home)
    if any(_world(p, at_home) for p in _readings(m)):
        return False
    # (a name with no reading there was filed by its sentence's region: as doubtful as that placing)
    return not placed_abroad(article.paragraphs[m.paragraph].text, m, home)


def _anchors(article: Article, home: str, doubt: set[int]) -> dict[str, set[str]]:
    """Foreign country -> the texts through which the article names it by a mention that is not doubtful."""
    out: dict[str, set[str]] = {}
    for m in article.mentions:
        if m.kind == "place" and m.country and m.country != home and m.label != NO_FACET and id(m) not in doubt:
            out.setdefault(m.country, set()).add(m.text)
    return out


def _inside_home(article: Article, m: Mention, home: str) -> bool:
    """"Romford, East London", "Epsom and Ewell in Surrey": a home place right before the name lies in it."""
    para = article.paragraphs[m.paragraph].text
    return any(o.paragraph == m.paragraph and o.kind == "place" and o.label != NO_FACET and o.end <= m.start
               and _INSIDE.match(para[o.end:m.start])
               # (a home town the tagger left without a country, unsure which "East London" placed it)
               and (o.country == home or o.country is None and home_reading(o.text, home) is not None)
               for o in article.mentions)


HOME_NEIGHBOURS = 2  # home places its paragraph must name: one pairs home with abroad ("from Dover to Calais")


def _home_paragraph(article: Article, m: Mention, home: str, doubt: set[int]) -> bool:
    """Its paragraph names HOME_NEIGHBOURS places of the home country other than the country itself ("Malta
    and Strasbourg" pairs the country with abroad) and nothing of another foreign country but doubtful readings
    ("36 in Bhaktapur and 32 in Lalitpur", beside Kathmandu)."""
    values: set[str] = set()
    for o in article.mentions:
        if o.paragraph != m.paragraph or o.kind != "place" or o.label == NO_FACET or o.start == m.start:
            continue
        if o.country == home and o.value != home:
            values.add(o.value)
        elif o.country and o.country not in (home, m.country) and id(o) not in doubt:
            return False
    return len(values) >= HOME_NEIGHBOURS


def _tied(article: Article, m: Mention, home: str, anchored: dict[str, set[str]], doubt: set[int]) -> bool:
    if _inside_home(article, m, home) or listed_home(article, m, home) or _home_paragraph(article, m, home, doubt):
        return True
    return home_reading(m.text, home) is not None and not anchored.get(m.country, set()) - {m.text}


def settle_home_first(articles: list[Article], homes: list[str | None], log: list | None = None) -> Counter:
    """Doubtful foreign readings that their own text ties to the archive's home country (see the module
    docstring): read at home, or kept as the bare name. Returns counts per outcome (``log`` receives each)."""
    counts: Counter = Counter()
    if not enabled():
        return counts
    # per article, once: its doubtful mentions (a mention re-read at home later is home, so the set stays true)
    doubts = [{id(m) for m in a.mentions if doubtful(a, m, h)} if h else set() for a, h in zip(articles, homes)]
    anchors = [_anchors(a, h, d) if h else {} for a, h, d in zip(articles, homes, doubts)]
    # (name, country) -> articles filing the name there, anchored by another name (True) or not
    written: dict[tuple[str, str], Counter] = {}
    for a, h, anchored in zip(articles, homes, anchors):
        for text, country in {(m.text, m.country) for m in a.mentions if h and m.kind == "place" and m.country
                              and m.country != h and m.label != NO_FACET}:
            written.setdefault((text, country), Counter())[bool(anchored.get(country, set()) - {text})] += 1
    known = {k for k, c in written.items() if c[True] >= c[False]}
    for a, h, anchored, doubt in zip(articles, homes, anchors, doubts):
        if not h or not doubt:
            continue
        done: set[tuple[int, int]] = set()
        kept: list[Mention] = []
        for m in a.mentions:
            key = (m.paragraph, m.start)
            if key in done:
                continue  # the span's other regions went with its first mention
            if id(m) not in doubt or (m.text, m.country) in known or not _tied(a, m, h, anchored, doubt):
                kept.append(m)
                continue
            new = home_reading(m.text, h) or (shown_name(m.text), None, None)
            why = "home" if new[2] else "none"
            counts[why] += 1
            if log is not None:
                log.append((why, m.text, m.label, m.value, m.region, m.country, new,
                            a.paragraphs[m.paragraph].text[max(0, m.start - 60):m.end + 40]))
            done.add(key)
            m.value, m.region, m.country = new
            kept.append(m)
        a.mentions = kept
    return counts
