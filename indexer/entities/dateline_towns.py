"""A dateline names a town: one read as a region abroad is the archive's home town of that name.

A dateline ("VICTORIA --", "WATERLOO, Ont. --") says where the reporter filed from, and reporters file from towns. The
gazetteer gives a bare name its biggest reading, and a first-level region outranks every town: a Canadian outlet's
"VICTORIA -- A Victoria woman is asking ..." (British Columbia's capital, in CTV's BC stories) went to the Australian
state, five datelines and their stories' other "Victoria"s, which put those stories under Australia. The archive
passes (archive.py, home_first.py) leave datelines as filed, since a wire's datelines abroad are meant abroad; but
those are towns. So, in an archive with a home country, a dateline read as a region abroad whose name a town at home
carries is that town -- with its region when one home town is the name's by size (DOMINANCE times any other) -- and
so is one read as a smaller town abroad ("VANCOUVER --" beside Seattle went to Vancouver, Washington) or left
unplaced between a big home city (evidence.MAJOR_CITY) and smaller towns abroad; its article's other mentions of the
name filed the same way go with it. A dateline with a bigger town abroad stays: "LONDON --" in a Canadian paper,
"VANCOUVER --" in a US wire.
NEWSFACET_DATELINE_TOWNS=0 turns the rule off.
"""
from __future__ import annotations

import re

from search.model import Article

from . import places, switches
from .evidence import MAJOR_CITY, comma_country, comma_region
from .gazetteer import country_name
from .lone_namesakes import home_value

_AFTER_COMMA = re.compile(r",\s*$")


def enabled() -> bool:
    return switches.get("NEWSFACET_DATELINE_TOWNS", "1") != "0"


def _home_town(m, home: str, after: str):
    """(value, region, country) of the home town a dateline stands for, else None: filed as a region abroad, filed as
    a smaller town abroad than the home one ("VANCOUVER --" went to Washington state's), or left unplaced between
    namesakes of about one size at home and abroad."""
    if m.label != "DATELINE" or m.country == home or comma_region(after, m.text) \
            or comma_country(after, m.text, m.label):
        return None  # (nor one its line places: "VICTORIA, Australia --")
    found = places.candidates(m.text)
    towns = [p for p in found if p.kind == "city" and country_name(p.country_code) == home]
    if not towns:
        return None
    # (filed abroad: that country's readings; left unplaced: every reading abroad)
    foreign = [p for p in found if country_name(p.country_code) == m.country] if m.country else \
        [p for p in found if country_name(p.country_code) != home]
    if not m.country and max(p.population for p in towns) < MAJOR_CITY:
        return None  # ("DENTON --" of a Maryland daily: a small town's name is as likely the paper's own namesake's)
    if not foreign or any(p.kind == "country" for p in foreign) or all(p.kind == "city" for p in foreign) \
            and max(p.population for p in foreign) >= max(p.population for p in towns):
        return None  # "LONDON --" in a Canadian paper is England's, "VANCOUVER --" in a US wire British Columbia's
    best = places.dominant(towns)
    return (best.name, best.region, home) if best is not None else home_value(m, towns, home)


def settle_dateline_towns(articles: list[Article], homes: list[str | None]) -> None:
    if not enabled():
        return
    for a, home in zip(articles, homes):
        if not home:
            continue
        for m in a.mentions:
            if m.kind != "place" or m.label != "DATELINE":
                continue
            para = a.paragraphs[m.paragraph].text
            if _AFTER_COMMA.search(para[max(0, m.start - 3):m.start]):
                continue  # "MISSISSAUGA, Ontario --": the town's region, which its own name gives
            new = _home_town(m, home, para[m.end:])
            if new is None:
                continue
            filed = (m.value, m.region, m.country)
            for o in a.mentions:  # "A Victoria woman" in the story filed from Victoria: the same town
                if o.kind == "place" and o.text.lower() == m.text.lower() and (o.value, o.region, o.country) == filed:
                    o.value, o.region, o.country = new
