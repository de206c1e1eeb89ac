"""A local paper's towns before another state's namesake nothing supports (round 52 of issue 11).

home_first re-reads at home a town filed abroad; a local archive's towns also go to another region of its own
country. Judging a fresh Chicago Tribune archive, 9 of the 16 articles under Ohio came from Illinois towns --
Wadsworth (a Lake County village the gazetteer lacks; its only reading is Wadsworth, Ohio), then Aurora, which
the article's "Ohio" pulled from Aurora, Illinois -- and Barrington, Thornton, Riverdale and Northfield went to
Rhode Island, Colorado, Georgia and Minnesota.

An outlet's home region: the first-level region of its home country its articles name most, in at least
HOME_REGION_SHARE of them and in twice as many as any other, and not its capital's (a national wire names its
capital's region in nearly every story: KCNA's Pyongyang in 113 of 116). A mention read as a town of another region of the
home country is *doubtful* there when every reading of its name in that region is a town below
evidence.MAJOR_CITY that is no capital, its sentence does not place it ("Aurora, Colo.", "Wadsworth, Ohio"), and
the article names that region through no other mention that is not doubtful itself. A doubtful mention becomes
the home region's town by that name when the gazetteer has one ("Aurora" -> Aurora, Illinois); otherwise it
keeps the home country and loses the region: a wrong state is worse than none.
NEWSFACET_HOME_REGION=0 turns the pass off.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from search.model import NO_FACET, Article, Mention

from . import places, switches
from .evidence import MAJOR_CITY, comma_country, comma_region
from .gazetteer import country_name, is_capital

HOME_REGION_SHARE = 0.6  # of an outlet's articles: a local paper names its own state in most of them
# Round 54: ... or a metro daily with a national desk (the Los Angeles Times: California in 125 of 288 articles, New
# York next in 33) names it in this share, and in this many times as many as any other region (NEWSFACET_METRO_HOME=0:
# not enough).
METRO_SHARE = 0.4
METRO_LEAD = 3


def enabled() -> bool:
    return switches.get("NEWSFACET_HOME_REGION", "1") != "0"


def home_regions(articles: list[Article], homes: list[str | None]) -> list[str | None]:
    """Per article: the home region of its outlet (see the module docstring), or None. An outlet with none of its
    own whose articles name the batch's home region takes that one, as archive.home_countries does for the
    country (a suburban edition that names its own town most: the Aurora Beacon-News of a Tribune archive)."""
    by_outlet: dict[object, list[int]] = {}
    for i, a in enumerate(articles):
        by_outlet.setdefault(a.source, []).append(i)
    named = [{m.region for m in a.mentions if m.kind == "place" and m.country == home and m.region
              and m.label != NO_FACET} if home else set() for a, home in zip(articles, homes)]
    batch = _home_region(Counter(r for regions in named for r in regions), len(articles), homes)
    out: list[str | None] = [None] * len(articles)
    for idx in by_outlet.values():
        own = Counter(r for i in idx for r in named[i])
        region = _home_region(own, len(idx), [homes[i] for i in idx])
        if region is None and batch in own:
            region = batch
        for i in idx:
            out[i] = region if homes[i] else None
    return out


def _home_region(named: Counter, n: int, homes: list[str | None]) -> str | None:
    top = named.most_common(2)
    home = next((h for h in homes if h), None)
    if not top or not home or top[0][0] in _capital_regions(home):
        return None  # (a paper at home in its capital's region is a national one: KCNA's Pyongyang)
    k, second = top[0][1], top[1][1] if len(top) > 1 else 0
    if k >= HOME_REGION_SHARE * n and k >= 2 * second:
        return top[0][0]
    metro = switches.get("NEWSFACET_METRO_HOME", "1") != "0"
    return top[0][0] if metro and k >= METRO_SHARE * n and k >= METRO_LEAD * second else None


@lru_cache(maxsize=256)
def _capital_regions(country: str) -> frozenset[str]:
    from .gazetteer import _capitals

    out = set()
    for name in {name for cc, name in _capitals() if country_name(cc) == country}:
        found = [p for p in places.candidates(name) if is_capital(p) and country_name(p.country_code) == country
                 and isinstance(p.region, str)]
        if found:  # (the biggest by the name: towns called Washington lie in a score of states)
            out.add(max(found, key=lambda p: p.population).region)
    return frozenset(out)


def _datelines() -> bool:
    """Round 63: a local paper's dateline is as doubtful as its other towns ("CAMBRIDGE -- Ann L. Webster, 69, of
    Cambridge" in an Easton, Maryland daily went to Massachusetts in 72 articles, and anchored the article's other
    Cambridges there); NEWSFACET_HOME_DATELINES=0 leaves datelines as read (before round 63)."""
    return switches.get("NEWSFACET_HOME_DATELINES", "1") != "0"


def _doubtful(article: Article, m: Mention, home: str, region: str) -> bool:
    if m.kind != "place" or m.country != home or not m.region or m.region == region \
            or m.label == NO_FACET or m.label == "DATELINE" and not _datelines() or m.value in (m.region, m.country):
        return False
    there = [p for p in places.candidates(m.text) if country_name(p.country_code) == home and p.region == m.region]
    if not there or any(p.kind != "city" or p.population >= MAJOR_CITY or is_capital(p) for p in there):
        return False
    after = article.paragraphs[m.paragraph].text[m.end:m.end + 60]
    return not (comma_region(after, m.text) or places.located_in(after) or comma_country(after, m.text, m.label))


def settle_home_region(articles: list[Article], homes: list[str | None]) -> Counter:
    """Doubtful readings in another region of the home country (see the module docstring): the home region's town,
    or the home country alone. Returns counts per outcome."""
    counts: Counter = Counter()
    if not enabled():
        return counts
    for a, home, region in zip(articles, homes, home_regions(articles, homes)):
        if not region:
            continue
        doubt = {id(m) for m in a.mentions if _doubtful(a, m, home, region)}
        if not doubt:
            continue
        # a region the article names through a mention that is not doubtful is the article's own
        anchored = {m.region for m in a.mentions if m.kind == "place" and m.region and id(m) not in doubt
                    and m.label != NO_FACET}
        for m in a.mentions:
            if id(m) not in doubt or m.region in anchored:
                continue
            local = [p for p in places.candidates(m.text) if country_name(p.country_code) == home
                     and p.region == region and p.kind == "city"]
            if local:
                m.value, m.region = local[0].name, region
                counts["home region"] += 1
            else:
                m.region = None
                counts["country only"] += 1
    return counts
