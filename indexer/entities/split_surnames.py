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


# Round 52: a long name the model cut in two person spans ("[Muhammad Fouzul] [Kabir Khan]", "[Amir Khosru]
# [Mahmud Chowdhury]", "[Lt Col Muhammad Sharif] [Khan]"): one space between, capitalised words only, no possessive
# ("[Manchester United's] [Alex Ferguson]"), and the first span, its titles cut, a name: no English word that is no
# given name ("[Makeup Artist] [Rea Ann Silva]" stays apart). A first span cut inside a word ("Quaid-e-[Awam Shaheed]
# [Zulfikar Ali Bhutto]") does not run on into the second either.
_NAME_WORDS = re.compile(r"[A-Z][\w.\-]*(?: [A-Z][\w.\-]*)*")
MAX_JOINED = 6  # words


def joins_people() -> bool:
    return switches.get("NEWSFACET_JOIN_PEOPLE", "1") != "0"


def join_people(text: str, spans: list) -> list:
    """Two person spans of one name, one space apart, as one span (see above); the others as they are."""
    from dataclasses import replace

    if not joins_people():
        return spans
    out: list = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and _adjacent(text, prev, s) and _first_part(text, prev, s) == "name":
            out[-1] = replace(prev, end=s.end, text=text[prev.start:s.end])
            continue
        out.append(s)
    return out


def people_apart(text: str, spans: list) -> set[int]:
    """Starts of person spans right after a person span cut inside a word, one space apart (see above): its name
    does not run on into them ("Quaid-e-[Awam Shaheed]" took "Zulfikar" and lost "Zulfikar Ali Bhutto")."""
    if not joins_people():
        return set()
    return {s.start for prev, s in zip(spans, spans[1:])
            if _adjacent(text, prev, s) and _first_part(text, prev, s) == "none"}


def _adjacent(text: str, first, second) -> bool:
    return first.label == second.label == "PERSON" and text[first.end:second.start] == " "


def _first_part(text: str, first, second) -> str:
    """"name": the first span opens the name the second closes; "none": it is cut inside a word; "other": neither (a
    possessive, lower-case or English words: left as the model read them)."""
    from .name_titles import strip_title
    from .people import _plain_word_first

    if first.start and (text[first.start - 1].isalnum() or text[first.start - 1] in "-’'"):
        return "none"  # cut inside a word ("Quaid-e-[Awam Shaheed]")
    if not (_NAME_WORDS.fullmatch(first.text) and _NAME_WORDS.fullmatch(second.text)):
        return "other"
    words = strip_title(first.text)[1].split()  # (titles alone: "[Dr.] [Hanafi Jabali]" is one name)
    if any(_plain_word_first(w) for w in words) or len(words) + len(second.text.split()) > MAX_JOINED:
        return "other"  # (WordNet lists "Faisal", "Raja" and "Sheikh" too: such a span is left as the model read it)
    return "name"
