"""Round 45: a body's organ written owner first or owner last is one organ.

Newsrooms name a party's, a parliament's or a union's organs both ways: "the WPK Central Committee" and "the
Central Committee of the WPK", "the Communist Party Politburo" and "the Politburo of the Communist Party",
"the National People's Congress Standing Committee" and "the Standing Committee of the National People's
Congress", "the Interior Ministry" and "the Ministry of the Interior". org_variants.variant_key already read a
bare head's two sides alike ("Agriculture Department" / "Department of Agriculture"); an organ whose name holds
a modifier ("Central Committee", "Security Council"), an organ head it did not invert ("committee", "board",
"politburo") or a "the" after "of" kept the two forms apart, as two values of one facet (kcna2024's dev list:
"WPK Central Committee" 8 articles, "Central Committee of the WPK" more).

The key of "ORGAN of (the) OWNER" -- an organ of one to three words closing in an organ head, no "of" inside --
is "OWNER ORGAN", the other form's own key; a head org_variants inverts itself ("ministry", "council", ...) is
turned only with a modifier before it ("Security Council of the United Nations"): a bare one already meets its
other side ("Ministry of Defence"). A country before the organ is its owner already ("US Department of
Agriculture": nothing to turn). Only keys change: two written forms merge only when an archive writes both.
An organ whose owner is written as its acronym ("WPK Central Committee") is the organ of the owner spelt out
("Central Committee of the Workers' Party of Korea") when the archive spells that acronym out one way only, in
two articles or more (org_variants' ``sole`` acronyms), and writes the spelt-out organ too (owner_acronyms).
NEWSFACET_ORGAN_OWNERS=0 turns both off.
"""
from __future__ import annotations

import re

from . import switches

# Heads of a body's organs: committees, boards and the like belong to the body named after "of".
ORGAN_HEADS = frozenset({"committee", "committees", "politburo", "presidium", "secretariat", "board", "assembly",
                         "directorate", "plenum", "caucus", "executive"})
# ... and heads org_variants inverts that an owner's organ names close in ("the WPK Central Military Commission").
_MODIFIED_HEADS = frozenset({"commission", "council", "ministry", "department", "bureau", "office"})
_OF = re.compile(r"^((?:\S+ ){0,2}?\S+) of (.+)$")


def enabled() -> bool:
    return switches.get("NEWSFACET_ORGAN_OWNERS", "1") != "0"


def owner_first(key: str, inverted_heads: frozenset[str] | set[str], country_word) -> str:
    """A folded org key with "of the" read as "of" and an organ's owner put first (see the module).
    ``country_word``: whether a word names a country ("us", "japanese"): "US Department of Agriculture" is
    the country's department of agriculture, no organ of agriculture's."""
    key = re.sub(r"\bof the\b", "of", key)
    m = _OF.match(key)
    if not m:
        return key
    organ, owner = m.group(1), m.group(2)  # (the organ holds no "of": the pattern stops at the first one)
    words = organ.split()
    if not (words[-1] in ORGAN_HEADS or words[-1] in inverted_heads and len(words) >= 2) \
            or any(w in ("and", "for", "in", "on") for w in words):
        return key
    if any(country_word(" ".join(words[:k])) for k in range(1, len(words))):
        return key  # "US Department of ...", "United States Department of ...", "New Zealand Ministry of ..."
    return f"{owner} {organ}"


def owner_acronyms(forms, canon: dict[str, str], learnt: dict[str, str], sole: set[str], variant_key) -> None:
    """Keys "ACRONYM ORGAN..." whose acronym is a ``sole`` one take the value of "LONG FORM ORGAN..." when the
    archive holds that key (see the module). ``forms``: the keys of the archive's org values."""
    if not enabled() or not sole:
        return
    for key in list(forms):
        first, _, rest = key.partition(" ")
        if not rest or first not in sole or rest.split()[-1] not in ORGAN_HEADS | _MODIFIED_HEADS:
            continue
        spelt = variant_key(f"{learnt[first]} {rest}")
        if spelt != key and spelt in canon:
            canon[key] = canon[spelt]


def organ_of(other: str, top: str, variant_key) -> bool:
    """Whether ``other`` names an organ of ``top`` ("Central Committee of the Workers' Party of Korea" of the
    "Workers' Party of Korea"): paired with top's acronym (its letters close the organ's name), it is no rival
    long form of the acronym."""
    if not enabled():
        return False
    key, owner = variant_key(other), variant_key(top)
    return key.startswith(owner + " ") and key.split()[-1] in ORGAN_HEADS | _MODIFIED_HEADS
