"""A person's name the model tagged as a place that no gazetteer holds is the person, where its sentence says so
(round 47 of issue 11).

The small model tags some people's names GPE or LOC, non-English ones most ("The Ambassador of Japan to Pakistan,
Akamatsu Shuichi, on Monday extended his greetings", "The director of the Eleos Justice group, Mai Sato, said",
"Beverly Tillery, executive director of the ... Project"). With no gazetteer entry of that name the tagger kept the
span as an unplaced place: the place facet listed a person (dev: three such values in the judged top 100s of two
archives, more below the cut). A name that no gazetteer holds is a person when it reads as a person's name (two or
three capitalised words, one of them a given name of Faker's shared tables or the other a common surname) and its
sentence gives what only people have (two of these for a name Faker's tables lack):
- an office in apposition or a title before it, an age, kin (person_context.strong_context), or speech right
  beside it ("X said", "according to X");
- the office it holds, before it with a comma ("The Ambassador of Japan to Pakistan, X", "The director of the
  group, X,");
- its own "his"/"her" a few words on ("X on Monday extended his greetings").
"Downing Street said", "Capitol Hill" hold no given name; "Sydney Harbour", "Mt Druitt" neither. A name the
gazetteer holds is never asked here (the tagger resolves those places first). NEWSFACET_UNPLACED_PEOPLE=0 keeps
such spans places.
"""
from __future__ import annotations

import re

from . import switches
from .gazetteer import fold

# An office opening the sentence's subject before the name, with a comma: "The Ambassador of Japan to Pakistan, X",
# "The director of the Eleos Justice group, X", "Chief executive of the bank, X"
_OFFICE_BEFORE = re.compile(
    r"(?:^|[.:;!?\"“]\s*|\(\w+\):?\s*)(?:The|the)?\s*(?:[A-Z][\w\-]*\s+|[a-z][\w\-]*\s+){0,2}?(?i:ambassador|envoy|director|"
    r"president|chairman|chairwoman|chairperson|minister|secretary|spokes(?:man|woman|person)|head|chief|governor|"
    r"mayor|commander|founder|leader|consul|executive|editor|professor|chief executive)"
    r"\b[^.;:!?]{0,60},\s*$")
# A place's first word: "Mount Vernon", "Port Douglas", "Lake Tahoe" hold a given name, and are places
_PLACE_LEADS = {"mount", "mt", "lake", "fort", "port", "cape", "saint", "st", "san", "santa", "new", "north", "south",
                "east", "west", "upper", "lower", "greater", "little", "old", "glen", "isle", "point", "bad"}
# A place's kind word anywhere in it: "Green County Georgia", "Zimbabwe Republic"
_PLACE_KINDS = {"county", "city", "district", "state", "province", "region", "republic", "kingdom", "empire",
                "island", "islands", "valley", "town", "village", "territory", "oblast", "parish", "borough"}
# Its own pronoun a few words after it: "X on Monday extended his", "X told reporters she"
# (a verb's words between, no clause: "HBO Latin America and in which she played" is somebody else)
_OWN_PRONOUN = re.compile(r"^,?(?:\s+(?!(?:said|says|told|quoted|reported|added|and|or|but|when|where|which|who|while|"
                          r"because|if|that|as|in|there)\b)[\w\-]+){1,5}\s+(?:his|her|she|he)\b")


def enabled() -> bool:
    return switches.get("NEWSFACET_UNPLACED_PEOPLE", "1") != "0"


def _name_shape(text: str) -> bool:
    from .macro_regions import is_macro
    from .not_people import named_feature
    from .people import looks_like_name

    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words) \
        and fold(words[0]) not in _PLACE_LEADS and not _PLACE_KINDS & {fold(w) for w in words} \
        and not named_feature(text) and not is_macro(text) and looks_like_name(text)
    # ("Mount Vernon", "Fort Worth", "Darwin Harbour": a place's words, whatever given names they hold)


def _known_name(text: str) -> bool:
    from .faker_names import common_surnames, shared_given_names

    folded = [fold(w) for w in text.split()]
    given = shared_given_names()
    # a given name first or (family-name-first order) last, or a common surname last
    return folded[0] in given or folded[-1] in given or folded[-1] in common_surnames()


def is_person(text: str, before: str, after: str) -> bool:
    """Whether an unplaced GPE/LOC span ``text`` (no gazetteer place) is a person by its name and sentence: one cue
    beside a known given name or surname, or two cues (a name Faker's tables lack: "Akamatsu Shuichi")."""
    if not _name_shape(text) or not enabled():
        return False
    from .evidence import locative
    from .person_context import personal_context

    if locative(before):
        return False  # "at a school in Biggin Hill near his home": where, whoever "his" is

    cues = personal_context(before, after, text) + bool(_OFFICE_BEFORE.search(before[-120:])) \
        + bool(_OWN_PRONOUN.match(after[:60]))
    return cues >= 2 or cues == 1 and _known_name(text)
