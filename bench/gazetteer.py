"""Replacement names beyond the seeds': places from indexer/entities' gazetteer, people recombined.

Five seed files name ~110 people and ~150 places; a year of a newsroom's archive names thousands, and facet
counting costs grow with the number of distinct values. Places come from the entities gazetteer (so the
tagger resolves them to regions and countries, as it would real names); people are seed first names
crossed with seed surnames, which NER reads as people just as it reads the originals.
"""
from __future__ import annotations

import gzip
import json
import random

from indexer.entities.gazetteer import DATA_FILE as GAZETTEER_FILE  # one place says where the data lives

# Towns big enough to make the news often, plus the world's big cities and every country.
MIN_POP_LOCAL = 10_000  # Ukraine and Russia, where the seeds' stories happen
MIN_POP_WORLD = 1_000_000
RECOMBINED_PEOPLE = 1500


def place_pools() -> dict[tuple[str, str], set[str]]:
    """(kind, slot) -> names from the gazetteer (which the project ships)."""
    try:
        with gzip.open(GAZETTEER_FILE, "rt", encoding="utf-8") as fh:
            entries = json.load(fh)["entries"]
    except (OSError, ValueError, KeyError):
        return {}
    plain: set[str] = set()
    regions: set[str] = set()
    for name, cc, _region, pop, kind in entries:
        if kind == "country" or (kind == "city" and pop >= (MIN_POP_LOCAL if cc in ("UA", "RU") else MIN_POP_WORLD)):
            plain.add(name)
        elif kind == "region" and name.endswith(" Oblast"):
            regions.add(name[: -len(" Oblast")])  # the seeds write "<X> region" / "<X> Oblast"
    return {("place", "plain"): plain, ("place", "region"): regions}


def people_pool(seed_people: list[str]) -> set[str]:
    """Seed full names plus first-name x surname recombinations, deterministic."""
    names = [n.split() for n in seed_people if 2 <= len(n.split()) <= 3 and all(w[:1].isupper() and w[1:].islower()
                                                                                  for w in n.replace("-", "").split())]
    firsts = sorted({n[0] for n in names})
    lasts = sorted({n[-1] for n in names})
    combos = sorted({f"{f} {s}" for f in firsts for s in lasts})
    rng = random.Random(0)
    return {" ".join(n) for n in names} | set(rng.sample(combos, min(RECOMBINED_PEOPLE, len(combos))))
