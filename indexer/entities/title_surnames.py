"""Round 64: an office written in capitals before a bare surname names the archive's holder of that office: "CM Bugti
vowed to crush the militants" is Sarfraz Bugti, whom the archive calls "Chief Minister Sarfraz Bugti".

South Asian copy writes offices as capitals before a name ("CM Bugti", "SHO Topi", "DGP Singh"); the model tags the
pair PERSON, or ORG, and the facet listed "CM Bugti" and "CM Shah" beside Sarfraz Bugti and Murad Ali Shah (a fresh
archive of Dawn, Pakistan, 2025: eleven mentions in seven articles). Only offices (OFFICES): two capitals before a
surname are initials as often ("CJ Perez", "AJ Brown"), and the surname must be no word of English ("CM House", "PM
Office" are bodies). The mention becomes the surname's person: the one full name of the archive with that surname that
is written after the same office, in capitals or spelt out ("CM Sarfraz Bugti", "Chief Minister Sarfraz Bugti"), or
else the bare surname, for the linking passes to place or gate as any other. NEWSFACET_TITLE_SURNAMES=0 turns it off.
"""
from __future__ import annotations

import re
from collections import defaultdict

from search.model import Article

from . import switches
from .gazetteer import fold

# office in capitals -> the words it stands for (how name_titles.title_word ends when the copy spells it out)
OFFICES = {"CM": "chief minister", "PM": "prime minister", "DGP": "director general of police",
           "IGP": "inspector general of police", "DIG": "deputy inspector general", "SSP": "senior superintendent",
           "SHO": "station house officer", "DPO": "district police officer", "CJI": "chief justice",
           "MNA": "member of the national assembly", "MPA": "member of the provincial assembly"}
_SURNAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_OFFICE_BEFORE = re.compile(r"\b(%s)\s+$" % "|".join(OFFICES))


def enabled() -> bool:
    return switches.get("NEWSFACET_TITLE_SURNAMES", "1") != "0"


def _holders(articles: list[Article]) -> dict[str, set[str]]:
    """Office -> the archive's full names written right after it, in its capitals or spelt out."""
    from .name_titles import title_word

    out: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            if m.kind != "person" or len(m.value.split()) < 2:
                continue
            before = a.paragraphs[m.paragraph].text[max(0, m.start - 60):m.start]
            short = _OFFICE_BEFORE.search(before[-8:])
            if short:
                out[short.group(1)].add(m.value)
                continue
            title = title_word(before)
            for office, words in OFFICES.items():
                if title and (title == words or title.endswith(" " + words)):
                    out[office].add(m.value)
    return out


def settle(articles: list[Article]) -> int:
    """Give each "OFFICE Surname" person or org mention its person (module docstring). Returns the mentions renamed."""
    if not enabled():
        return 0
    from .surname_bearers import english_word

    found = []
    for a in articles:
        for m in a.mentions:
            words = m.value.split()
            if m.kind in ("person", "org") and len(words) == 2 and words[0] in OFFICES \
                    and _SURNAME.fullmatch(words[1]) and not english_word(words[1]):
                found.append((m, words[0], words[1]))
    if not found:
        return 0
    holders = _holders(articles)
    for m, office, surname in found:
        named = {v for v in holders.get(office, ()) if fold(v.split()[-1]) == fold(surname)}
        m.kind, m.label = "person", "PERSON"
        m.value = next(iter(named)) if len(named) == 1 else surname
    return len(found)
