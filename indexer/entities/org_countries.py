"""Round 27: a body named by its kind alone is one country's, and an archive of several countries keeps them apart.

"The Ministry of Health", "the Supreme Court", "the National Assembly", "the Electoral Commission", "the
Central Bank": every country has one, and a paper names its own by the kind alone. In an archive of one
country's press the value is that country's body; in a pooled archive (a newswire of eighteen African sites, a
world desk) one facet value "Ministry of Health" holds Ghana's, Kenya's and Namibia's ministries at once, and a
journalist ticking it gets all of them. Here such a value is written with its country, "Ministry of Health
(Ghana)", whenever the archive's mentions of it belong to more than one country.

A generic body's name: a state institution's head word ("Ministry", "Court", "Assembly", "Commission", "Police",
...) and otherwise only ordinary English words (WordNet's, as small_places reads them: "Health", "Supreme",
"Electoral", "National"), no name, no nationality, nothing international ("World Bank", "European Commission" are
one body each), and not one country's body by the name it alone goes by ("State Department", "Home Office").
Its country, per mention: a country's possessive or adjective before the value in the article ("Kenya's Ministry
of Health", "the Kenyan Supreme Court"); else the home country of the article's outlet (archive.home_countries)
when the article talks about no other country; else unknown, and the mention keeps the bare value.
NEWSFACET_ORG_COUNTRIES=0 turns the pass off.

Round 52: a party by its creed alone ("Communist Party") is such a body too. With NEWSFACET_GENERIC_OWNERS, a mention
also names its country after the body ("the Communist Party of Vietnam"; that mention's alone: a list names several),
and a story filed from abroad about that country ("GUATEMALA CITY (AP) --") names that country's; a story placing
anything abroad is no home story even where it names no country for sure ("LONDON, April 29 -"). Where the value has
two countries or more, a mention left unknown is the country's that owns more than half of the value's stories (a US
wire's "Congress"), or, with none such, leaves the facet: it names no body one can tell, and a bare value beside the
qualified ones would lump them.

Round 54 (NEWSFACET_STORY_COUNTRY): in an archive with no home country, a story about one country names that country's
bodies, where the body's paragraph names that country before it (_story_country); parties travel and are left out.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from search.model import NO_FACET, Article

from . import switches
from .gazetteer import fold

# The head words of a state's own institutions, one of which every country has.
_HEADS = frozenset("""
ministry ministries department court courts parliament assembly senate congress cabinet police army navy
commission council tribunal treasury bureau secretariat inspectorate directorate authority agency service
office judiciary legislature gendarmerie prosecutor presidency party
""".split())
_TWO_WORD_HEADS = ("air force", "central bank", "reserve bank", "attorney general", "auditor general",
                   "electoral commission", "election commission", "armed forces", "defence force", "defense force",
                   "revenue authority", "prisons service", "fire service", "police service")
# Words that make a body international or name it by something other than its kind.
_NOT_GENERIC = frozenset("""
world international global united nations european asian african arab american islamic commonwealth
pacific atlantic regional federal
""".split())
# One country's body by the name it alone goes by, though its words are generic ("the State Department" is
# Washington's, "the Home Office" London's, "the Security Council" the UN's).
_CONVENTIONAL = frozenset({"state department", "justice department", "home office", "foreign office", "treasury",
                           "security council", "general assembly", "human rights council", "war office",
                           "cabinet office", "privy council", "foreign and commonwealth office", "pentagon"})
_LINKS = frozenset({"of", "for", "and", "&", "the", "on", "in"})
_ADJECTIVE = re.compile(r"\b([A-Z][a-z]{3,})\s+$")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORG_COUNTRIES", "1") != "0"


def owners_enabled() -> bool:
    """Round 52's owners (NEWSFACET_GENERIC_OWNERS=0: off): a country named after the body ("the Supreme Court of
    the DPRK"), a dateline abroad, no home story that places anything abroad, and the mentions no sentence gives an
    owner (module docstring)."""
    return switches.get("NEWSFACET_GENERIC_OWNERS", "1") != "0"


@lru_cache(maxsize=16384)
def generic_body(value: str) -> bool:
    """Whether an org value names a state institution by its kind alone ("Ministry of Health", "Supreme Court")."""
    from .small_places import _english_words

    words = value.split()
    if not 1 <= len(words) <= 6 or any(not w[:1].isupper() and w.lower() not in _LINKS for w in words):
        return False
    low = [w.lower().strip("’'") for w in words]
    text = " ".join(low)
    if not (_HEADS & set(low) or any(h in text for h in _TWO_WORD_HEADS)):
        return False
    if _NOT_GENERIC & set(low) or any(w.isupper() and len(w) > 1 for w in words) or text in _CONVENTIONAL:
        return False
    english = _english_words()
    if not english or not all(w in _LINKS or w in english for w in low):
        return False
    # WordNet lists countries and big cities too ("Ghana Health Service", "Colombo High Court": one body each)
    return not any(_place_word(w) for w in words if w.lower() not in _LINKS)


@lru_cache(maxsize=16384)
def _place_word(word: str) -> bool:
    from . import places
    from .org_words import nationality

    return nationality(word) or any(p.kind in ("country", "region", "multi") or p.population >= 100_000
                                    for p in places.candidates(word) if fold(p.name) == fold(word))


def _named_country(before: str) -> str | None:
    """A country named right before the body: "Kenya's", "Kenya's health", "the Kenyan"."""
    from . import places
    from .archive import sure_country
    from .org_words import nationality_country

    m = places._ANY_OWNER.search(before[-60:])  # (the possessive places.owner_country reads before a town)
    if m:
        country = sure_country(m.group(1))
        if country and fold(country) == fold(m.group(1)):
            return country
    m = _ADJECTIVE.search(before[-30:])
    return nationality_country(m.group(1)) if m else None


def qualify_generic_bodies(articles: list[Article]) -> int:
    """Generic bodies of more than one country in the archive take their country into their value (see the
    module docstring). Returns the number of mentions rewritten."""
    if not enabled() or not articles:
        return 0
    from .archive import home_countries
    from .org_country_prefix import join_prefixed

    wanted = [(i, m) for i, a in enumerate(articles) for m in a.mentions
              if m.kind == "org" and m.label != NO_FACET and generic_body(m.value)]
    if not wanted:  # (the prefix pass reads the home countries itself, only when it has prefixed values)
        return join_prefixed(articles, {}, None)
    homes, sure, _ = home_countries(articles)
    owner: dict[int, str | None] = {}
    countries: dict[str, set[str]] = defaultdict(set)
    named: dict[tuple[int, str], str] = {}  # (article, value) -> the country a sentence of the article names
    owners_here = owners_enabled()
    own: dict[int, str] = {}  # round 52: the country a mention's own words name after it ("Communist Party of Vietnam")
    for i, m in wanted:
        para = articles[i].paragraphs[m.paragraph].text
        country = _named_country(para[:m.start])
        if country:
            named.setdefault((i, m.value), country)
        elif owners_here:
            country = _country_after(para[m.end:m.end + 60])
            if country:
                own[id(m)] = country
    # (read only for the articles that hold a generic body)
    holding = {i for i, _ in wanted} if owners_here else set()
    datelines = {i: _dateline_abroad(articles[i], homes[i], set(sure[i])) for i in holding}
    abroad = {i: _places_abroad(articles[i], homes[i]) for i in holding}
    for i, m in wanted:
        country = own.get(id(m)) or named.get((i, m.value))
        if country is None and homes[i] and set(sure[i]) <= {homes[i]} and not abroad.get(i, False):
            # a home story: a paper names its own country's bodies by the kind alone. A story that also talks
            # about another country decides nothing ("the Foreign Ministry" of a Washington wire story on
            # Tokyo's trade talks is Tokyo's; "the Ministry of Defence" of a London paper's story on Iraq London's)
            country = homes[i]
        if country is None and owners_here:
            country = datelines[i]
        if country is None and homes[i] is None and story_enabled() and not _party(m.value):
            country = _story_country(articles[i], m)
        owner[id(m)] = country
        if country:
            countries[m.value].add(country)
    # (read before the values change: the articles each country owns a value in)
    unowned = _unowned_owners(wanted, owner, countries) if owners_here else {}
    n = 0
    for _, m in wanted:
        country = owner[id(m)] or unowned.get(m.value)
        if country and len(countries[m.value]) >= 2:
            m.value = f"{m.value} ({country})"
            n += 1
        elif country is None and m.value in unowned:
            m.label = NO_FACET  # a value of several countries, none of which this mention can be told to be
    # "U.S. Congress" beside the archive's "Congress", "Kenyan Supreme Court" beside "Supreme Court (Kenya)": one body
    return n + join_prefixed(articles, countries, homes)


# "the Supreme Court of the DPRK", "Communist Party of Vietnam": the country the body's name goes on to name
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})")


def _country_after(after: str) -> str | None:
    from .archive import sure_country

    m = _OF_COUNTRY.match(after)
    if not m:
        return None
    words = m.group(1).split()
    for n in range(len(words), 0, -1):  # the longest run of its capitalised words that names a country
        name = " ".join(words[:n]).rstrip(".,")
        country = sure_country(name)
        if country and (fold(country) == fold(name) or _is_country(name)):
            return country
    return None


@lru_cache(maxsize=4096)
def _is_country(name: str) -> bool:
    from . import places

    return any(p.kind == "country" for p in places.candidates(name))


DOMINANT_SHARE = 0.5  # more than this share of a value's owned articles: its unowned mentions are that country's body


def _unowned_owners(wanted, owner, countries) -> dict[str, str | None]:
    """For each generic value of several countries: the country its mentions no sentence gives an owner are of,
    the one that owns more than half of the value's owned articles (the archive's usual body by that
    name, "Congress" of a US wire), or None: then such a mention names no body one can tell, and leaves the
    facet (a value "Senate" holding Brazil's and Paraguay's senates is no one body)."""
    tally: dict[str, Counter] = defaultdict(Counter)
    for value, _, country in {(m.value, i, owner[id(m)]) for i, m in wanted if owner[id(m)]}:
        tally[value][country] += 1  # (one vote per article)
    out: dict[str, str | None] = {}
    for value, owners in tally.items():
        if len(countries[value]) >= 2:
            top, k = owners.most_common(1)[0]
            out[value] = top if k > DOMINANT_SHARE * sum(owners.values()) else None
    return out


STORY_SHARE = 2 / 3  # a pooled archive's story is about one country when at least this share of its places are its


def story_enabled() -> bool:
    """Round 54 (NEWSFACET_STORY_COUNTRY=0: off): a pooled archive's story about one country names its bodies."""
    return switches.get("NEWSFACET_STORY_COUNTRY", "1") != "0"


def _party(value: str) -> bool:
    """A party by its creed ("Labour Party") travels: a story on Iraq names Britain's."""
    return value.split()[-1].lower() == "party"


def _story_country(article: Article, body) -> str | None:
    """Round 54: the one country a story of an archive with no home (a pooled wire of a continent's papers) is
    about, where the body's own sentence names it before the body, and no other country: at least two of the story's place mentions and
    two thirds of them are that country's. Such a story names its own country's bodies by their kind alone ("In El
    Salvador, the Ministry of Agriculture and Livestock (MAG) projects ..."); a story of several countries, or a
    paragraph naming none before the body, decides nothing (a world desk's "ministers must respond in Parliament to claims
    that the legal advice on Iraq ..." is London's)."""
    named: Counter = Counter()
    here: set[str] = set()
    for m in article.mentions:
        if m.kind == "place" and m.country and m.label != NO_FACET:
            named[m.country] += 1
            if m.paragraph == body.paragraph and m.start < body.start:
                here.add(m.country)
    if len(here) != 1:
        return None
    top, k = named.most_common(1)[0]
    return top if top in here and k >= 2 and k >= STORY_SHARE * sum(named.values()) else None


def _dateline_abroad(article: Article, home: str | None, own: set[str]) -> str | None:
    """The country of a story filed from abroad about that country ("PYONGYANG, North Korea (AP) --"), whose
    bodies named by their kind alone are its; None for a story filed at home, with no dateline, or filed from one
    country about another (a Seoul dateline on the North's cabinet meeting: the country it names most must be the
    dateline's, and no other as often)."""
    filed = next((m.country for m in article.mentions if m.kind == "place" and m.label == "DATELINE"), None)
    if not filed or filed == home or filed not in own:
        return None
    named = Counter(m.country for m in article.mentions if m.kind == "place" and m.country
                    and m.label not in ("DATELINE", NO_FACET)).most_common(2)  # (the story's own sentences)
    return filed if named and named[0][0] == filed and (len(named) == 1 or named[1][1] < named[0][1]) else None


def _places_abroad(article: Article, home: str | None) -> bool:
    """Whether the story places something in another country than its archive's home ("LONDON, April 29 -" of a
    US wire's archive: London has namesakes, so it is no sure country, but it was read as England's)."""
    return any(m.kind == "place" and m.country and m.country != home and m.label != NO_FACET for m in article.mentions)
