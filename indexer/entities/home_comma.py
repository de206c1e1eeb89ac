"""A town its sentence places in a home division is the home country's (round 48 of issue 11).

"SAN ANTONIO, Zambales --", "LAUREL, Batangas", "the fisheries centre in Kano, Kisumu on October 6": a local paper
writes a town with its province or county after a comma, the way "Springfield, Illinois" is written. The tagger
reads the comma only for a first-level region the main gazetteer holds (evidence.comma_region); a province or
county one level below it (a Philippine province, a Kenyan county written by its town's name) is in the small-place
tier, read for the archive's home country only, so the town went to its namesake abroad -- San Antonio, Texas;
Laurel, Mississippi; Kano, Nigeria (fresh Philippine and Kenyan archives, round 48) -- however big the namesake.

In an archive with a home country (archive.home_countries), a place mention filed abroad or nowhere that is followed
by a comma and the name of a home place (home_first.home_reading: a region, a second-level division, a town) is a
town of that place's region at home, valued by its own name -- unless the two are items of a list ("Manila, Cebu
and Davao"; "Lagos, Abuja, Kano"), the town is a country, or the name after the comma is also a place abroad the
article talks about, or the town's own home reading lies in another region. A kind word after the name is part of
it ("Keytesville, Chariton county": Missouri's county, not Iowa's town Chariton). NEWSFACET_HOME_COMMA=0 leaves the
namesakes abroad.
"""
from __future__ import annotations

import re
from collections import Counter

from search.model import NO_FACET, Article

from . import places, switches
from .gazetteer import country_name, is_capital
from .home_first import home_reading
from .lone_namesakes import shown_name

# The name after the comma, then punctuation, a kind word, a date or a preposition -- not a verb: "in Malawi's capital
# Lilongwe, Dayton serves customers" names a man after the comma.
_KINDS = "county|district|province|state|region|parish|municipality"
_AFTER = re.compile(r",\s+([A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})(?=\s*(?:[,.;:()\-–—]|$)|\s+(?:\d|on|in|at|from|"
                    rf"near|during|last|this|where|when|after|before|{_KINDS})\b)")
_KIND_AFTER = re.compile(rf"\s+({_KINDS})\b", re.I)
_LIST_ON = re.compile(r"^(?:,\s*[A-Z]|,?\s+(?:and|or)\s+[A-Z])")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor)\s*$")


def enabled() -> bool:
    return switches.get("NEWSFACET_HOME_COMMA", "1") != "0"


def settle_home_commas(articles: list[Article], homes: list[str | None]) -> Counter:
    """Re-read at home the towns their sentence places in a home division (see the module docstring)."""
    counts: Counter = Counter()
    if not enabled():
        return counts
    for a, home in zip(articles, homes):
        if not home:
            continue
        talked = {m.country for m in a.mentions if m.kind == "place" and m.country and m.label != NO_FACET}
        named = {(m.country, m.text) for m in a.mentions if m.kind == "place" and m.country and m.label != NO_FACET}
        done: dict[tuple[int, int], tuple] = {}
        kept = []
        for m in a.mentions:
            key = (m.paragraph, m.start)
            if key in done:
                if done[key] is not None:
                    continue  # the span's other readings went with its first mention
            elif m.kind == "place" and m.label != NO_FACET and m.country != home and m.value != m.country \
                    and not any(c == m.country and t != m.text for c, t in named) and not _capital(m):
                # (a town whose country the article names otherwise, or a capital, is meant abroad: "Malawi's
                # capital Lilongwe")
                done[key] = _home_division(a.paragraphs[m.paragraph].text, m, home, talked)
                if done[key] is not None:
                    (_, region, _), where = done[key]
                    m.value, m.region, m.country = shown_name(m.text), region, home
                    counts[where] += 1
            kept.append(m)
        a.mentions = kept
    return counts


def _capital(m) -> bool:
    return any(is_capital(p) for p in places.candidates(m.text) if country_name(p.country_code) == m.country)


def _home_division(para: str, m, home: str, talked: set[str]):
    """(home reading of the name after the comma, why) when it places the mention at home, else None."""
    after = _AFTER.match(para, m.end)
    if after is None or _LIST_ON.match(para[after.end():after.end() + 40]) \
            or _LIST_BEFORE.search(para[max(0, m.start - 6):m.start]):
        return None
    name = after.group(1)
    kind = _KIND_AFTER.match(para, after.end())
    if kind:  # "Keytesville, Chariton county": the county (Missouri's), not the town Chariton (Iowa's)
        name = f"{name} {kind.group(1)}"
    reading = home_reading(name, home)
    if reading is None or reading[1] is None:
        return None
    own = home_reading(m.text, home)
    if own is not None and own[1] is not None and own[1] != reading[1]:
        return None  # the town's own home reading lies elsewhere: the name after it is something else
    abroad = {country_name(p.country_code) for p in places.candidates(name)} - {home}
    if abroad & talked:
        return None  # "Georgia" after a town in a story that talks about the country: not placed at home for sure
    return reading, "dateline" if m.start == 0 else "sentence"
