"""Dotted numeric dates, day first: "a bond maturing on 15.12.2027" (South Asian and European market reports).

spaCy leaves "15.12.2027" untagged and the resolver reads no dotted form. Day-first is the order of the papers
that write dots; a date is read only when its order is certain: its first number is over 12 ("15.12.2027"), or
another dotted date of the same article is ("01.05.2028" beside "15.12.2027"), and no dotted date of the article
reads month first ("12.15.2027" would make every dotted date of the article undecidable). A dotted date needs a
four-digit year 19xx/20xx and is not part of a longer run of numbers (versions, IP addresses, "1.5.2020.3").

Measured (round 14, issue 14): handmade11's 3 bond maturities found (no other seen set has one, none changed);
in the entity corpora 7 dotted dates in 4 stories (dailymirror_lk2024 5, bangladesh2026's court orders 2), all 7
dated, all right by hand ("09.11.1994" day-first beside "19.12.1988").
"""
from __future__ import annotations

import re
from datetime import date

from search.model import Mention

_DOTTED = re.compile(r"(?<![\w.,/:-])(?P<a>[0-3]?\d)\.(?P<b>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\w/:-]|\.\d)")


def dotted_dates(found: list[Mention], texts: dict[int, str]) -> list[Mention]:
    """``found`` plus the article's day-first dotted dates, each a single day replacing any mention inside it
    (spaCy may tag the year alone)."""
    hits = [(n, d) for n, text in texts.items() for d in _DOTTED.finditer(text)]
    if not hits or any(int(d["b"]) > 12 for _, d in hits) or not any(int(d["a"]) > 12 for _, d in hits):
        return found
    out = list(found)
    for n, d in hits:
        try:
            day = date(int(d["y"]), int(d["b"]), int(d["a"]))
        except ValueError:
            continue
        a, b = d.span()
        out = [m for m in out if not (m.paragraph == n and a <= m.start and m.end <= b)]
        if any(m.paragraph == n and m.start < b and a < m.end for m in out):
            continue  # part of a longer mention, which decides
        out.append(Mention(paragraph=n, start=a, end=b, text=d.group(), kind="date", value=day.isoformat(),
                           date_end=day.isoformat(), granularity="day", label="DOTTED"))
    return sorted(out, key=lambda m: (m.paragraph, m.start))
