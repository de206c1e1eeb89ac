"""Where the name starts in a person span that holds an office after other words.

Round 13 of issue 11 (moved out of people.py to keep it one concept): the model often tags a place or portfolio,
an office and a name as one PERSON span ("Madang Governor Ramsey", "Solomon Islands Prime" + "Minister Jeremiah
Manele", "Town Clerk"); the person is what follows the office.
"""
from __future__ import annotations

import re

from .faker_names import given_names
from .gazetteer import fold
from .name_titles import OFFICE
from .people import _STOP_BEFORE, FIRST_NAMES, PARTICLES

# An office a person holds, written after other words of a span (inner_title): a title word and the space after.
# Offices only: honours and ranks that are surnames or name words too ("B.B. King", "Abu Sultan") are left out.
_NONSPACE = re.compile(r"\S+")  # (compiled once: inner_title reads every person span)
_PERSONAL_TITLE_AT = re.compile(r"(?:%s|(?:Vice[\s-])?(?:Governor|Premier|President|Mayor|Senator|Ambassador|"
                                r"Chairman|Chairwoman|Chairperson|Director|Manager|(?:Town\s+|City\s+)?Clerk|"
                                r"Councillor|Administrator|Commander|Superintendent|Chief Executive|CEO|MEP|MP|MLA|"
                                r"MNA|MHA|MPP|Emeritus|Emerita))(?:\s+|$|(?=[,;:]))" % OFFICE)


def inner_title(text: str, start: int, end: int) -> int | None:
    """Where the name starts in a person span that holds an office after words that are no given names
    ("Madang Governor Ramsey" + "Pariwa", "Solomon Islands Prime" + "Minister Jeremiah Manele", "Town Clerk"):
    the words before are the office's place or portfolio, the name is what follows the office. The office
    may run past the span's end; then the returned start is >= ``end`` (no name in the span). None: no such
    office (a given name before it is a person's: "James Clerk Maxwell", "Carole King")."""
    words = list(_NONSPACE.finditer(text[start:end]))
    for i in range(1, min(len(words), 4)):
        at = start + words[i].start()
        m = _PERSONAL_TITLE_AT.match(text, at, min(len(text), at + 80))
        if not m:
            continue
        lead = [w.group() for w in words[:i]]
        if not _place_name(" ".join(lead)) and any(not w[:1].isupper() or "." in w or w.isupper() or fold(w) in given_names() or fold(w) in FIRST_NAMES or w.lower() in PARTICLES
               or w.lower() in _STOP_BEFORE for w in lead):
            continue  # (a longer lead may be a place: "Solomon" is a name, "Solomon Islands" a country)
        return m.end()
    return None


def _place_name(text: str) -> bool:
    """A country or region by its own name ("Solomon Islands" before "Prime Minister", though Solomon is a name)."""
    from .places import candidates

    return any(p.kind in ("country", "region") and fold(p.name) == fold(text) for p in candidates(text))
