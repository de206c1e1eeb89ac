"""A surname the model tagged apart from the name it closes (round 39 of issue 11).

The small model sometimes ends a person span one word early and reads the last word as a body or a place:
"[Shah Mahmood] [Qureshi]ORG said", "Lt Col [Muhammad Talha] [Ansari]ORG", "Minister [Fernando Grande]
[Marlaska]ORG", "[Cristina Isabel] [Tallador]GPE of Pavia" (dev parts of the real-archive evaluation). The person value became a given name and a middle
name, and the surname a word no facet shows, so "Qureshi said" later linked to nothing. A person span extends
over such a word (people.extend_name) when the word stands right after it with one space between and is no
name of anything else: one capitalised word of letters only, no word of English however inflected, no place of
the gazetteer, no known body, and no capitalised word after it (a longer name is a body's: "Tiger Woods
Foundation"). NEWSFACET_SPLIT_SURNAMES=0 turns it off.
"""
from __future__ import annotations

import re

from . import switches

_WORD = re.compile(r"[A-Z][a-z]{2,}")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z]")


def enabled() -> bool:
    return switches.get("NEWSFACET_SPLIT_SURNAMES", "1") != "0"


def split_off(text: str, person, span) -> bool:
    """Whether ``span`` (a non-person NER span) is the surname of the ``person`` span right before it."""
    if person is None or person.label != "PERSON" or span.label not in ("ORG", "GPE", "LOC", "FAC", "NORP"):
        return False
    if text[person.end:span.start] != " " or not _WORD.fullmatch(span.text) or not enabled():
        return False
    if not re.search(r"[A-Z][a-z]+$", person.text) or _NEXT_CAPITAL.match(text, span.end):
        return False
    from . import orgs, places
    from .english_words import inflected, misspelt
    from .surname_bearers import english_word

    word = span.text
    return not (english_word(word) or inflected(word) or misspelt(word) or places.candidates(word)
                or orgs.known_org(word))
