"""Adjectives and peoples' names made from a country's or region's name ("Kuwaiti", "Victorian", "Solomon
Islanders"): no place themselves, and the gazetteer does not know them by themselves. Split from places.py (round 62).
"""
from __future__ import annotations

from functools import lru_cache

from .gazetteer import fold, lookup

_ADJECTIVE_ENDS = ("ian", "an", "n", "i", "ese", "ish")


@lru_cache(maxsize=16384)
def derived_adjective(text: str) -> bool:
    """"Kuwaiti", "Victorian", "Andalucían": an adjective made from a country's or region's name, which the
    gazetteer does not know by itself (fuzzy matching would make "Victorian" Victoria, Hong Kong)."""
    if not text[:1].isupper() or lookup(text):
        return False
    # a name of several words keeps its head ("West Papuan", "Solomon Islanders", "New Zealanders": round 14)
    head, _, word = text.rpartition(" ")
    if head and not (word[:1].isupper() and head.replace(" ", "").replace("-", "").isalpha()):
        return False
    lead = head + " " if head else ""
    # the people's plural ("Kuwaitis", "Sri Lankans", "Solomon Islanders") as well as the adjective
    forms = (word, word[:-1]) if head and word.endswith("s") else (word,)
    for form in forms:
        for end in _ADJECTIVE_ENDS + (("er",) if head else ()):
            if not form.endswith(end):
                continue
            stem = form[:-len(end)]
            # Kuwait-i, Victoria-n, Mexic(o)-an, Texa(s)-n (but "Kansai" is not from Kansas); Island-er(s)
            for cand in (stem,) if end == "i" else (stem, stem + "a", stem + "o", stem + "s"):
                if len(cand) >= 4 and any(p.kind in ("country", "region") and fold(p.name) == fold(lead + cand)
                                          for p in lookup(lead + cand)):
                    return True
    return False
