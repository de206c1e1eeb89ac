"""Round 46: a town described right after its name as lying in a region is there: "Naples, a small town in East
Texas", "Gary, an East Texas town of 300 people", "Perth, a city in Scotland".

"X in Y" and "X, Y" locate a town (places.located_in, evidence.comma_region); the appositive that papers write for a
small place their readers do not know was read as neither, and the town took its biggest namesake (Naples in
Campania, Gary in Indiana, Perth in Western Australia). The description opens with "a"/"an", names the kind of
place (town, city, village, suburb, community, county, district ...) with up to three words before it, and
either goes on "in"/"of" a region ("a small town in East Texas") or carries the region's name before the kind
("an East Texas town", "a Queensland mining town"). The region is read as located_in reads one (the same guard
against a name the article's countries do not support), and it is as explicit as "X in Y": it beats a world city
of the name elsewhere. NEWSFACET_APPOSITIVE_PLACES=0 turns it off.
"""
from __future__ import annotations

import re

from . import places, switches

_KIND = (r"(?:town|city|village|suburb|community|hamlet|municipality|district|county|borough|settlement|township|"
         r"port|enclave|neighbou?rhood|resort)s?")
_NAME = r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+){0,2}"
_SIZE = r"(?:\s+of\s+(?:about\s+|some\s+|around\s+)?[\d,]+(?:\s+(?:people|residents|inhabitants))?)?"
# "Naples, a small town in East Texas", "Perth, a city in Scotland", "Albany, a farming town of 30,000 in Western
# Australia"
_KIND_IN = re.compile(r"^,\s+an?\s+(?:[a-z\-]+\s+){0,3}%s%s\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+ern\s+)?(%s)"
                      % (_KIND, _SIZE, _NAME))
# "Gary, an East Texas town", "Moranbah, a Queensland mining town"
_NAME_KIND = re.compile(r"^,\s+an?\s+(?:[a-z\-]+\s+){0,2}(%s)\s+(?:[a-z\-]+\s+)?%s\b" % (_NAME, _KIND))


def enabled() -> bool:
    return switches.get("NEWSFACET_APPOSITIVE_PLACES", "1") != "0"


def region(after: str, sources: dict[str, set[str]] | None = None) -> str | None:
    """The first-level region the appositive right after a place's name puts it in, or None."""
    if not after.startswith(",") or not enabled():
        return None
    m = _KIND_IN.match(after) or _NAME_KIND.match(after)
    if not m:
        return None
    return places.located_in(f" in {m.group(1)}", sources)
