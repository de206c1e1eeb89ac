"""Round 65: numbered editions of one event series the model tagged ORG ("Cop28", "COP29", "Cop30").

A conference, a fair or a games written as its short name glued to its number is one meeting of a series, not a
body: a Guardian archive had "Cop30" in 5 articles and "Cop28" in 4 ("released at the Cop28 climate summit"), a Papua
New Guinean paper "Cop30" beside "COP31". What tells an edition from a body named with a number (the G7 and the G20,
Channel 4) is the archive itself: the same letters glued to two or more different numbers of two digits or more,
letters of two to six. One-letter names ("G20", "A320", "F-35") and one-digit numbers ("ITV2", "PS5") never count.
NEWSFACET_ORG_EDITIONS=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from . import switches
from .gazetteer import fold

_EDITION = re.compile(r"([A-Za-z]{2,6})[\s\-]?(\d{2,4})")
# Bodies that number themselves: a broadcaster's stations by their channels ("Fox 10", "Fox 29"), a union's locals
# ("Local 32", "Local 1199").
_NUMBERED_BODIES = {"fox", "nbc", "cbs", "abc", "local"}


def counter_evidence(articles) -> dict[str, str]:
    """value -> why, for the org values that are numbered editions of a series the archive numbers twice or more."""
    if switches.get("NEWSFACET_ORG_EDITIONS", "1") == "0":
        return {}
    numbers: dict[str, set[str]] = defaultdict(set)
    values: dict[str, list[str]] = defaultdict(list)
    for v in {m.value for a in articles for m in a.mentions if m.kind == "org"}:  # (NO_FACET ones too: "COP31")
        m = _EDITION.fullmatch(v)
        if m and fold(m.group(1)) not in _NUMBERED_BODIES:
            numbers[fold(m.group(1))].add(m.group(2))
            values[fold(m.group(1))].append(v)
    return {v: "edition of a numbered series ('Cop28', 'Cop30')" for k, vs in values.items() if len(numbers[k]) >= 2
            for v in vs}
