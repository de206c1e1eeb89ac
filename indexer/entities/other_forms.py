"""Whether a name the gazetteer lacks has no other form the place readers know, asked once per string.

places.candidates gives a name the gazetteer lacks three more readings: a compass part of a region (place_parts), a
town's municipality (city_of), a region in another form (region_forms). Each reads its switch on every call, and the
name is no such form at all far more often than not: people's names and bodies' ("Kim Jong Un", "Labour Party")
are asked about by most rules that read places, some twenty times a name over the seeds. That none of the three
shapes fits does not depend on any switch (a switch only turns a fitting reading off), so it is kept per string.
"""
from __future__ import annotations

from functools import lru_cache

from . import city_of, place_parts, region_forms


@lru_cache(maxsize=65536)  # per distinct name: every rule that reads places asks again about the same names
def none_for(name: str) -> bool:
    """Whether no compass part, no municipality and no other region form reads ``name``, whatever the switches."""
    return place_parts._part_of(name) is None and not city_of._CITY_OF.fullmatch(name) \
        and not region_forms._region_named(name)
