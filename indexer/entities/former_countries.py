"""Places of a story dated before their country's independence are filed under the country of that time (round 39
of issue 11).

A 1987 wire's "MOSCOW, March 3 -" rolled up to Russia, its "Belgrade" to Serbia and its "Prague" to the Czech
Republic: a journalist filtering an archive of the 1980s by "Soviet Union" missed the stories datelined in its
capital, and "Russia" held ten stories of the Soviet Union in the dev part of the Reuters archive. A place whose
country is a successor state, in an article published while the former country stood, takes the former country
(the gazetteer knows it: build_gazetteer.FORMER_COUNTRIES); its region stays. Of Germany's two states in a story
of 1949-1990, a town of the five eastern Länder is East Germany's, and one of the others, or "Germany" itself (the
Federal Republic, as the wires of the time wrote it), West Germany's; Berlin, both, stays Germany. Articles with no publication date are left alone. NEWSFACET_FORMER_COUNTRIES=0
turns it off.
"""
from __future__ import annotations

from datetime import date

from search.model import Article

from . import switches
from .gazetteer import country_name

# (former country, first day, first day no longer, country codes of its successor states then)
SPANS = (
    ("Soviet Union", date(1922, 12, 30), date(1991, 12, 26),
     ("RU", "UA", "BY", "KZ", "UZ", "GE", "AZ", "MD", "KG", "TJ", "AM", "TM")),
    ("Soviet Union", date(1940, 8, 3), date(1991, 9, 6), ("LT", "LV", "EE")),  # annexed; independence recognised
    ("Yugoslavia", date(1918, 12, 1), date(1991, 6, 25), ("HR", "SI")),
    ("Yugoslavia", date(1918, 12, 1), date(1991, 9, 8), ("MK",)),
    ("Yugoslavia", date(1918, 12, 1), date(1992, 3, 3), ("BA",)),
    ("Yugoslavia", date(1918, 12, 1), date(2003, 2, 4), ("RS", "ME", "XK")),  # the Federal Republic kept the name
    ("Serbia and Montenegro", date(2003, 2, 4), date(2006, 6, 3), ("RS", "ME", "XK")),
    ("Czechoslovakia", date(1918, 10, 28), date(1993, 1, 1), ("CZ", "SK")),
)


def enabled() -> bool:
    return switches.get("NEWSFACET_FORMER_COUNTRIES", "1") != "0"


def _published(article: Article) -> date | None:
    try:
        return date.fromisoformat(str(article.published)[:10]) if article.published else None
    except ValueError:
        return None


# The Länder of the German Democratic Republic, as the gazetteer names them (Berlin, both, is left out).
EAST_LANDER = frozenset({"Brandenburg", "Mecklenburg-Vorpommern", "Saxony", "Saxony-Anhalt", "Thuringia"})
GDR = (date(1949, 10, 7), date(1990, 10, 3))


def former_country(country: str | None, day: date, region: str | None = None) -> str | None:
    """The former country ``country`` (a successor state's name; ``region``: the place's first-level region) was
    part of on ``day``, or None."""
    for former, first, last, codes in SPANS:
        if first <= day < last and any(country == country_name(cc) for cc in codes):
            return former
    if country == country_name("DE") and region != "Berlin" and GDR[0] <= day < GDR[1]:
        return "East Germany" if region in EAST_LANDER else "West Germany"
    return None


def file_under_former_countries(articles: list[Article]) -> int:
    """Place mentions of successor states in stories of the former country's time: that country. Returns how many."""
    if not enabled():
        return 0
    n = 0
    for a in articles:
        day = _published(a)
        if day is None or day >= date(2006, 6, 3):
            continue
        for m in a.mentions:
            if m.kind == "place" and m.country:
                former = former_country(m.country, day, m.region)
                if former is not None:
                    m.country = former
                    n += 1
    return n
