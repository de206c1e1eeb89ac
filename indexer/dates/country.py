"""The country an article is written from, read from its own text, for the holidays each country dates its own way.

"Independence Day" in an Islamabad story is 14 August, in a Manila one 12 June, in a Washington one 4 July;
"Labour Day" is May 1 in most of the world and September's first Monday in the US and Canada. Such a name is
dated only when the article says where it stands: its dateline ("ISLAMABAD/RAWALPINDI:", "WASHINGTON (AP) --")
or, failing that, the places it names (spaCy's GPE spans), when one country clearly leads them. Otherwise the
holiday abstains: a wrong day in the date facet is worse than none. Places are read through the entity
gazetteer (indexer.entities.gazetteer), counting only names that name a country, or whose readings lie in one country, or whose biggest
reading dwarfs its namesakes abroad (a name shared by two real cities decides nothing).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

DOMINANT = 10  # a place name's biggest reading outweighs its namesakes abroad this many times over
LEAD = 2  # the leading country is named at least this many times as often as the next one

# A wire dateline: capitalised place names (several joined by "/"), an optional ", Region" or date, then ":",
# "(Agency)" or a dash -- "KARACHI:", "ISLAMABAD/RAWALPINDI:", "WASHINGTON (AP) --", "Kyiv, Ukraine —".
_DATELINE = re.compile(r"^(?P<places>[A-Z][A-Za-z.'’ -]{1,30}?(?:\s*/\s*[A-Z][A-Za-z.'’ -]{1,30}?)*)"
                       r"(?:,\s*(?P<region>[A-Z][A-Za-z.' ]{1,30}?))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                       r"\s*(?::|\(|—|–|--)")


@lru_cache(maxsize=8192)
def country_of(name: str) -> str | None:
    """The country code a place name gives away on its own (a country by name, or every reading in one country)."""
    from indexer.entities.gazetteer import fold, is_capital, lookup

    name = re.sub(r"^the\s+", "", name.strip(" .'’"), flags=re.I)
    found = lookup(name)
    countries = [p for p in found if p.kind == "country"] or [p for p in found if is_capital(p) and fold(p.name) == fold(name)]
    if len(countries) == 1:  # a country by name, or a national capital ("Islamabad", not a namesake elsewhere)
        return countries[0].country_code
    codes = {p.country_code for p in found}
    if len(codes) <= 1:
        return next(iter(codes), None)
    # "Islamabad", "New York": a namesake village abroad does not hide the city everyone means, when the
    # biggest reading outweighs every reading in another country DOMINANT times over.
    best = max(found, key=lambda p: p.population)
    rivals = [p.population for p in found if p.country_code != best.country_code]
    return best.country_code if best.population >= DOMINANT * max(rivals) else None


def dateline_country(paragraph: str) -> str | None:
    """The country of a lead paragraph's dateline, when its places agree on one."""
    m = _DATELINE.match(paragraph)
    if not m or len(m.group("places")) > 60:
        return None
    names = [n for n in re.split(r"\s*/\s*", m.group("places")) if n.strip()]
    if m.group("region"):
        names.append(m.group("region"))
    codes = {country_of(n.title() if n.isupper() else n) for n in names} - {None}
    return next(iter(codes)) if len(codes) == 1 else None


def leading_country(counts: Counter) -> str | None:
    """The country the places named so far point to: named, and LEAD times as often as any other."""
    ranked = counts.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][1] >= LEAD * ranked[1][1]:
        return ranked[0][0]
    return None


# The holiday's own country, named beside it: "Tunisia's 69th Independence Day", "the Independence Day of Peru",
# "Mexican Independence Day". It decides over the article's country (a Pakistani agency covering Tunisia's day).
_OWNER_BEFORE = re.compile(r"\b(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})(?:'s|’s|’|')\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
_OWNER_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
_DEMONYM_BEFORE = re.compile(r"\b(?P<name>[A-Z][a-z]+(?:an|ese|ish|i))\s+(?:\d+(?:st|nd|rd|th)\s+)?$")
FOREIGN = "??"  # a country is named as the holiday's owner but not recognised: no calendar, so no date


def owner_country(before: str, after: str) -> str | None:
    """The country a holiday name is said to belong to; FOREIGN for a people's adjective other than "American"
    ("Mexican Independence Day"), None when no country is named (a "Trump's" or "the nation's" names none)."""
    if m := _OWNER_BEFORE.search(before) or _OWNER_AFTER.match(after):
        if code := country_of(m["name"]):
            return code
    if m := _DEMONYM_BEFORE.search(before):
        # "Pakistani", "Indian", "Kenyan": the country whose name the word is made from; any other ("Mexican",
        # "Sri Lankan"): FOREIGN, so no date rather than the article's country's.
        from indexer.entities.gazetteer import lookup

        name = m["name"]
        found = {p.country_code for p in lookup(name[:-1]) if p.kind == "country"}
        return "US" if name == "American" else next(iter(found)) if len(found) == 1 else FOREIGN
    return None
