"""Round 63: a university's one-word name ("Ryerson", "Harvard") is its university in every article of the archive.

org_variants pairs a short form with the long form an article writes beside it, and carries the pair to the articles
that write the short form alone only where the archive mostly writes the two together: a short name ("Supreme Court",
"Navy") stands for other bodies elsewhere. The name before a "University" is no such generic name: where the archive
pairs it with that one long form and no other ("Ryerson" beside "Ryerson University"), it means that university
wherever it stands alone ("Back in the day, I was a professor at Ryerson"). A Canadian archive listed "Ryerson" (3
articles alone) beside "Ryerson University" (6). org_variant_shapes.university_first keeps the names that are also
towns ("Princeton", "Boston") out. NEWSFACET_UNIVERSITY_ALONE=0 turns it off.
"""
from __future__ import annotations

from collections import Counter

from . import switches
from .org_variant_shapes import university_first


def alone_names(learnt: dict[str, str], pairs: dict[str, Counter]) -> set[str]:
    """The short forms' keys (of ``learnt``: short form's key -> its long form) to read as their long form alone: one
    word, paired with one long form only, that word's university."""
    if switches.get("NEWSFACET_UNIVERSITY_ALONE", "1") == "0":
        return set()
    return {key for key, long in learnt.items() if " " not in key and len(pairs.get(key, ())) == 1
            and university_first(key.split(), long.split())}
